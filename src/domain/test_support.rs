//! Fixtures shared by the domain's unit tests.

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};

use super::{ApiKey, Creator, KeyDate};

/// The fixed "now" of the tests: 2026-07-01 12:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A moment this many days from [`now`], as the portal writes it (at +03:00).
pub fn at(days_from_now: i64) -> KeyDate {
    moment(days_from_now).into()
}

/// As [`at`], as a plain date.
pub fn moment(days_from_now: i64) -> Option<DateTime<FixedOffset>> {
    let offset = FixedOffset::east_opt(3 * 3600)?;
    Some((now() + TimeDelta::days(days_from_now)).with_timezone(&offset))
}

/// An active, unrestricted key named `name` (id `id-{name}`), created ten days ago, used
/// yesterday, never expiring.
pub fn key(name: &str) -> ApiKey {
    ApiKey {
        id: format!("id-{name}"),
        name: name.to_owned(),
        postfix: "0000".to_owned(),
        permissions: Vec::new(),
        created: at(-10),
        last_used: at(-1),
        expires: KeyDate::Absent,
        creator: Creator {
            id: "creator".to_owned(),
            name: "Alex Smith".to_owned(),
        },
        active: true,
    }
}

/// Owned strings from literals.
pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

/// The scope catalogue of DocSpace v3.2.1 and later, in the portal's order.
pub fn catalogue() -> Vec<String> {
    strings(&[
        "*",
        "*:read",
        "*:write",
        "accounts:read",
        "accounts:write",
        "accounts.self:read",
        "accounts.self:write",
        "files:read",
        "files:write",
        "rooms:read",
        "rooms:write",
    ])
}
