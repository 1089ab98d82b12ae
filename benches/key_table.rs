//! Times the key grid's preparation, sorting, searching and counting on 100 000 generated keys.
//!
//! Run with `cargo bench --bench key_table`. Prints the median of several runs per case.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use docspace_keys::domain::{
    ApiKey, Creator, KeyQuery, KeyTable, SortColumn, SortDirection, SortOrder, StatusFilter,
};

const KEY_COUNT: usize = 100_000;
const RUNS: usize = 9;

fn main() {
    let now = Utc
        .with_ymd_and_hms(2026, 7, 1, 12, 0, 0)
        .single()
        .unwrap_or_default();
    let keys = generated_keys(KEY_COUNT, now);
    println!("{KEY_COUNT} keys, median of {RUNS} runs");

    report("prepare table", || KeyTable::new(&keys).len());
    let table = KeyTable::new(&keys);

    for column in SortColumn::ALL {
        let query = KeyQuery {
            order: SortOrder {
                column,
                direction: SortDirection::Ascending,
            },
            ..KeyQuery::default()
        };
        report(&format!("sort by {}", column.label()), || {
            table.visible_rows(&query, now).len()
        });
    }

    let searched = KeyQuery {
        status: StatusFilter::Active,
        search: "  Deploy ".to_owned(),
        order: SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending,
        },
    };
    report("search + filter + sort by name", || {
        table.visible_rows(&searched, now).len()
    });
    report("counts for all filters", || table.counts("", now).all);
    report("prepare + sort by name (one-off)", || {
        let query = KeyQuery {
            order: SortOrder {
                column: SortColumn::Name,
                direction: SortDirection::Ascending,
            },
            ..KeyQuery::default()
        };
        KeyTable::new(&keys).visible_rows(&query, now).len()
    });
}

/// Runs `work` several times and prints the median time.
fn report(label: &str, mut work: impl FnMut() -> usize) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(work());
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times.get(RUNS / 2).copied().unwrap_or_default();
    println!("{label:<34} {:>8.2} ms", median.as_secs_f64() * 1000.0);
}

/// Keys with varied names, creators, scopes and dates, from a fixed pseudo-random sequence.
fn generated_keys(count: usize, now: DateTime<Utc>) -> Vec<ApiKey> {
    const WORDS: [&str; 8] = [
        "Deploy",
        "backup",
        "CI",
        "Reporting",
        "sync",
        "Zapier",
        "export",
        "mobile",
    ];
    const PEOPLE: [&str; 6] = [
        "Alex Smith",
        "maria garcía",
        "Kim Lee",
        "Олег Иванов",
        "Zoë Brown",
        "admin",
    ];
    const SCOPES: [&[&str]; 6] = [
        &[],
        &["*"],
        &["*:read"],
        &["files:read", "files:write", "rooms:read"],
        &["accounts.self:read"],
        &["rooms:write", "accounts:read"],
    ];
    let Some(offset) = FixedOffset::east_opt(3 * 3600) else {
        return Vec::new();
    };
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut pick = |len: usize| (next() % len as u64) as usize;
    (0..count)
        .map(|index| {
            let name = format!(
                "{} {} {index}",
                WORDS.get(pick(WORDS.len())).unwrap_or(&""),
                WORDS.get(pick(WORDS.len())).unwrap_or(&"")
            );
            let days_ago = pick(700) as i64;
            let created = now - TimeDelta::days(days_ago) - TimeDelta::minutes(pick(1440) as i64);
            let last_used = (pick(4) != 0)
                .then(|| created + TimeDelta::hours(pick(24 * 30) as i64))
                .map(|moment| moment.with_timezone(&offset));
            let expires = (pick(3) != 0)
                .then(|| created + TimeDelta::days(1 + pick(365) as i64))
                .map(|moment| moment.with_timezone(&offset));
            ApiKey {
                id: format!("{index:032x}"),
                name,
                postfix: format!("{:04x}", pick(0x10000)),
                permissions: SCOPES
                    .get(pick(SCOPES.len()))
                    .map(|scopes| scopes.iter().map(|scope| (*scope).to_owned()).collect())
                    .unwrap_or_default(),
                created: Some(created.with_timezone(&offset)),
                last_used,
                expires,
                creator: Creator {
                    id: String::new(),
                    name: PEOPLE.get(pick(PEOPLE.len())).unwrap_or(&"").to_string(),
                },
                active: pick(10) != 0,
            }
        })
        .collect()
}
