//! The keys a fresh demo portal holds: a dozen realistic ones, plus any number
//! of generated ones for testing long lists. Their secrets are never known.

use chrono::{DateTime, TimeDelta, Utc};
use rand::rngs::SmallRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use super::answer::hex;
use super::people::{OWNER, PEOPLE, Person, SECOND_ADMIN, TFA_USER, USER};
use super::store::{Digest, Store, StoredKey};

const HOUR: i64 = 60;
const DAY: i64 = 24 * HOUR;

/// One seed key, with times relative to the portal's start.
struct SeedKey {
    name: &'static str,
    creator: &'static Person,
    scopes: &'static [&'static str],
    created_minutes_ago: i64,
    lifetime_days: Option<i64>,
    used_minutes_ago: Option<i64>,
    /// The stored flag; expired keys show as inactive regardless.
    active: bool,
}

/// Covers every permission style, expired, deactivated, soon-expiring,
/// never-used and never-expiring keys, by three different creators.
static SEED: &[SeedKey] = &[
    SeedKey {
        name: "Zapier automation",
        creator: &OWNER,
        scopes: &["files:read", "files:write", "rooms:read"],
        created_minutes_ago: 95 * DAY + 4 * HOUR,
        lifetime_days: Some(270),
        used_minutes_ago: Some(2 * HOUR),
        active: true,
    },
    SeedKey {
        name: "Nightly backup script",
        creator: &OWNER,
        scopes: &["*:read"],
        created_minutes_ago: 160 * DAY + 7 * HOUR,
        lifetime_days: None,
        used_minutes_ago: Some(9 * HOUR + 12),
        active: true,
    },
    SeedKey {
        name: "Power BI reports",
        creator: &SECOND_ADMIN,
        scopes: &["rooms:read"],
        created_minutes_ago: 40 * DAY + 2 * HOUR,
        lifetime_days: Some(365),
        used_minutes_ago: Some(DAY + 3 * HOUR),
        active: true,
    },
    SeedKey {
        name: "CI deploy bot",
        creator: &OWNER,
        scopes: &["*:write"],
        created_minutes_ago: 25 * DAY + 5 * HOUR,
        lifetime_days: Some(30),
        used_minutes_ago: Some(31),
        active: true,
    },
    SeedKey {
        name: "Slack notifications",
        creator: &USER,
        scopes: &["files:read"],
        created_minutes_ago: 60 * DAY + 9 * HOUR,
        lifetime_days: None,
        used_minutes_ago: Some(3 * DAY + HOUR),
        active: true,
    },
    SeedKey {
        name: "Old CRM sync",
        creator: &OWNER,
        scopes: &[],
        created_minutes_ago: 200 * DAY + 6 * HOUR,
        lifetime_days: Some(90),
        used_minutes_ago: Some(115 * DAY),
        active: true,
    },
    SeedKey {
        name: "Moodle integration",
        creator: &SECOND_ADMIN,
        scopes: &["accounts:read", "accounts.self:read"],
        created_minutes_ago: 75 * DAY + 3 * HOUR,
        lifetime_days: None,
        used_minutes_ago: Some(50 * DAY + 2 * HOUR),
        active: false,
    },
    SeedKey {
        name: "Intern sandbox",
        creator: &USER,
        scopes: &[],
        created_minutes_ago: 12 * DAY + 8 * HOUR,
        lifetime_days: Some(14),
        used_minutes_ago: None,
        active: true,
    },
    SeedKey {
        name: "Mobile scanner app",
        creator: &USER,
        scopes: &["files:write"],
        created_minutes_ago: 30 * DAY + HOUR,
        lifetime_days: Some(365),
        used_minutes_ago: Some(5),
        active: true,
    },
    SeedKey {
        name: "Calendar sync",
        creator: &USER,
        scopes: &["rooms:read", "rooms:write"],
        created_minutes_ago: 130 * DAY + 10 * HOUR,
        lifetime_days: Some(120),
        used_minutes_ago: Some(11 * DAY),
        active: false,
    },
    SeedKey {
        name: "Helpdesk bot",
        creator: &SECOND_ADMIN,
        scopes: &["accounts:read", "accounts:write"],
        created_minutes_ago: 3 * DAY + 2 * HOUR,
        lifetime_days: Some(7),
        used_minutes_ago: None,
        active: true,
    },
    SeedKey {
        name: "Website contact form",
        creator: &USER,
        scopes: &["rooms:write"],
        created_minutes_ago: 45 * DAY + 4 * HOUR,
        lifetime_days: None,
        used_minutes_ago: None,
        active: false,
    },
    SeedKey {
        name: "Document archiver",
        creator: &OWNER,
        scopes: &[],
        created_minutes_ago: DAY + 6 * HOUR,
        lifetime_days: None,
        used_minutes_ago: None,
        active: true,
    },
    SeedKey {
        name: "Personal scripts",
        creator: &TFA_USER,
        scopes: &["files:read", "files:write"],
        created_minutes_ago: 8 * DAY + 5 * HOUR,
        lifetime_days: None,
        used_minutes_ago: Some(HOUR),
        active: true,
    },
];

/// Adds the seed keys, dated relative to `now`.
pub(crate) fn plant_seed(store: &mut Store, now: DateTime<Utc>) {
    for seed in SEED {
        let created = now - TimeDelta::minutes(seed.created_minutes_ago);
        store.insert(StoredKey {
            id: uuid::Uuid::new_v4(),
            name: seed.name.to_owned(),
            digest: Digest::random(&mut rand::rng()),
            postfix: random_postfix(&mut rand::rng()),
            permissions: Some(seed.scopes.iter().map(|s| (*s).to_owned()).collect()),
            created,
            last_used: seed
                .used_minutes_ago
                .map(|minutes| now - TimeDelta::minutes(minutes)),
            expires: seed
                .lifetime_days
                .map(|days| created + TimeDelta::days(days)),
            active: seed.active,
            creator: seed.creator,
        });
    }
}

/// The scope lists generated keys pick from.
const GENERATED_SCOPES: &[&[&str]] = &[
    &[],
    &["*:read"],
    &["*:write"],
    &["files:read"],
    &["files:read", "files:write"],
    &["rooms:read"],
    &["files:read", "files:write", "rooms:read"],
    &["accounts:read", "accounts.self:read"],
    &["accounts.self:read"],
];

/// Adds `count` generated keys ("Generated key 00042"), created over the past
/// year by everybody in turn, with varied scopes, lifetimes and activity.
/// Linear in `count`.
pub(crate) fn plant_generated(store: &mut Store, now: DateTime<Utc>, count: usize) {
    // A fast generator: the cryptographic one costs seconds for 100 000 keys in
    // a debug build, and nothing here needs to be unpredictable (a SHA-256
    // preimage stays unknown however its hash was picked).
    let mut rng = SmallRng::from_rng(&mut rand::rng());
    let creators = PEOPLE.iter().copied().cycle();
    for (number, creator) in (1..=count).zip(creators) {
        let created = now - TimeDelta::seconds(rng.random_range(0..365 * 24 * 3600));
        let expires = rng
            .random_bool(2.0 / 3.0)
            .then(|| created + TimeDelta::days(rng.random_range(1..=365)));
        let latest_use = expires.map_or(now, |expires| expires.min(now));
        let span = (latest_use - created).num_seconds();
        let last_used = (span > 0 && rng.random_bool(0.7))
            .then(|| created + TimeDelta::seconds(rng.random_range(0..=span)));
        let scopes = GENERATED_SCOPES
            .choose(&mut rng)
            .copied()
            .unwrap_or_default();
        store.insert(StoredKey {
            id: uuid::Builder::from_random_bytes(rng.random()).into_uuid(),
            name: format!("Generated key {number:05}"),
            digest: Digest::random(&mut rng),
            postfix: random_postfix(&mut rng),
            permissions: Some(scopes.iter().map(|s| (*s).to_owned()).collect()),
            created,
            last_used,
            expires,
            active: rng.random_bool(0.9),
            creator,
        });
    }
}

fn random_postfix(rng: &mut impl Rng) -> String {
    hex(&rng.random::<[u8; 2]>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_covers_every_kind_of_key() {
        let now = crate::demo::now_in_seconds();
        let mut store = Store::default();
        plant_seed(&mut store, now);
        let keys = store.visible(None);
        assert!(keys.len() >= 12);
        let soon = now + TimeDelta::days(7);
        assert!(keys.iter().any(|k| k.is_expired(now)));
        assert!(keys.iter().any(|k| !k.active && !k.is_expired(now)));
        assert!(
            keys.iter()
                .any(|k| k.is_active(now) && k.expires.is_some_and(|e| e < soon))
        );
        assert!(keys.iter().any(|k| k.last_used.is_none()));
        assert!(keys.iter().any(|k| k.expires.is_none()));
        assert!(keys.iter().any(|k| k.permissions.as_deref() == Some(&[])));
        for key in keys {
            assert!(
                key.last_used
                    .is_none_or(|used| used >= key.created && used <= now)
            );
        }
    }

    #[test]
    fn generated_keys_are_numbered_and_used_only_while_valid() {
        let now = crate::demo::now_in_seconds();
        let mut store = Store::default();
        plant_generated(&mut store, now, 500);
        let keys = store.visible(None);
        assert_eq!(keys.len(), 500);
        assert!(keys.iter().any(|k| k.name == "Generated key 00042"));
        for key in keys {
            let limit = key.expires.map_or(now, |expires| expires.min(now));
            assert!(
                key.last_used
                    .is_none_or(|used| used >= key.created && used <= limit)
            );
        }
    }
}
