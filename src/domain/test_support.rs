//! Fixtures shared by the domain's unit tests.

use chrono::{DateTime, TimeZone, Utc};

/// The fixed "now" of the tests: 2026-07-01 12:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
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
