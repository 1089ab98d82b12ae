//! Times the key grid's preparation, sorting, searching and counting on 100 000 generated keys,
//! with the one-off [`KeyTable`] and with the [`KeyList`] that is changed one key at a time.
//!
//! Run with `cargo bench --bench key_table`. Prints the median of several runs per case (of
//! many runs for the single-key changes).

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone, Utc};
use docspace_keys::domain::{
    ApiKey, Creator, KeyList, KeyQuery, KeyTable, SortColumn, SortDirection, SortOrder,
    StatusFilter,
};

const KEY_COUNT: usize = 100_000;
const RUNS: usize = 9;
/// Runs of the single-key changes, each on another key.
const CHANGE_RUNS: usize = 1001;

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

    let searched = searched_query();
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

    key_list_figures(&keys, now);
}

/// Building a [`KeyList`], and changing one key among [`KEY_COUNT`].
fn key_list_figures(keys: &[ApiKey], now: DateTime<Utc>) {
    let by_name = KeyQuery {
        order: SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Ascending,
        },
        ..KeyQuery::default()
    };
    report_timed("key list: build, sort by name", RUNS, || {
        let keys = keys.to_vec();
        let start = Instant::now();
        let list = black_box(KeyList::new(keys, by_name.clone(), now));
        let elapsed = start.elapsed();
        drop(list);
        elapsed
    });
    let mut list = KeyList::new(keys.to_vec(), by_name.clone(), now);
    let searched = searched_query();
    report_timed("key list: search + filter + sort by name", RUNS, || {
        let start = Instant::now();
        list.set_query(searched.clone(), now);
        let elapsed = start.elapsed();
        list.set_query(by_name.clone(), now);
        elapsed
    });
    let typing = |search: &str| KeyQuery {
        search: search.to_owned(),
        ..searched.clone()
    };
    report_timed("key list: set query, one more letter", RUNS, || {
        list.set_query(typing("deplo"), now);
        let start = Instant::now();
        list.set_query(typing("deploy"), now);
        start.elapsed()
    });
    list.set_query(by_name.clone(), now);
    // As a click on a column's header does: the whole list sorted again by that column.
    for column in SortColumn::ALL {
        let by = |direction| KeyQuery {
            order: SortOrder { column, direction },
            ..KeyQuery::default()
        };
        report_timed(&format!("key list: sort again by {column:?}"), RUNS, || {
            list.set_query(by(SortDirection::Descending), now);
            let start = Instant::now();
            list.set_query(by(SortDirection::Ascending), now);
            start.elapsed()
        });
    }
    list.set_query(by_name.clone(), now);

    let ids: Vec<String> = keys.iter().map(|key| key.id.clone()).collect();
    let mut serial = 0;
    let mut next_id = || {
        serial = (serial + 7919) % ids.len().max(1);
        ids.get(serial).cloned().unwrap_or_default()
    };
    report_timed("key list: update (rename) one key", CHANGE_RUNS, || {
        let id = next_id();
        let start = Instant::now();
        black_box(list.update(&id, now, |key| key.name.insert_str(0, "renamed ")));
        start.elapsed()
    });
    report_timed("key list: remove one key", CHANGE_RUNS, || {
        let id = next_id();
        let start = Instant::now();
        let removed = black_box(list.remove(&id, now));
        let elapsed = start.elapsed();
        if let Some(removed) = removed {
            list.insert_first(removed, now);
        }
        elapsed
    });
    let template = keys.first().cloned();
    let mut created = 0;
    report_timed("key list: insert_first one key", CHANGE_RUNS, || {
        let Some(mut key) = template.clone() else {
            return Duration::ZERO;
        };
        created += 1;
        key.id = format!("new-{created}");
        key.name = format!("Created {created}");
        let start = Instant::now();
        list.insert_first(key, now);
        start.elapsed()
    });
    report("key list: recompute, no expiry passed", || {
        list.recompute(now);
        list.visible_len()
    });
    let mut later = now;
    report("key list: recompute 1 hour later", || {
        later += TimeDelta::hours(1);
        list.recompute(later);
        list.visible_len()
    });
    report("key list: recompute 1 day later", || {
        later += TimeDelta::days(1);
        list.recompute(later);
        list.visible_len()
    });
}

/// Active keys matching "deploy", by name descending.
fn searched_query() -> KeyQuery {
    KeyQuery {
        status: StatusFilter::Active,
        search: "  Deploy ".to_owned(),
        order: SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending,
        },
    }
}

/// Runs `work` [`RUNS`] times and prints the median time.
fn report(label: &str, mut work: impl FnMut() -> usize) {
    report_timed(label, RUNS, || {
        let start = Instant::now();
        black_box(work());
        start.elapsed()
    });
}

/// Runs `run`, which times its own work, `runs` times and prints the median time.
fn report_timed(label: &str, runs: usize, mut run: impl FnMut() -> Duration) {
    let mut times: Vec<Duration> = (0..runs).map(|_| run()).collect();
    times.sort();
    let median = times.get(runs / 2).copied().unwrap_or_default();
    println!("{label:<44} {:>9.3} ms", median.as_secs_f64() * 1000.0);
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
                created: created.with_timezone(&offset).into(),
                last_used: last_used.into(),
                expires: expires.into(),
                creator: Creator {
                    id: String::new(),
                    name: PEOPLE.get(pick(PEOPLE.len())).unwrap_or(&"").to_string(),
                },
                active: pick(10) != 0,
            }
        })
        .collect()
}
