//! One key's sort and search values, prepared once, and the rules that order and match them.
//!
//! Shared by [`super::KeyTable`] and [`super::KeyList`], so both sort, search and filter by
//! exactly the same rules.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::Moment;

use super::scope::permissions_summary;
use super::{AccessKind, ApiKey, ExpiryStatus, KeyState, SortColumn};

/// One key's prepared values: lower-cased text, the access summary and dates in UTC.
#[derive(Debug, Clone)]
pub(super) struct KeyRow {
    name: String,
    postfix: String,
    creator: String,
    access_kind: AccessKind,
    /// Lower-cased summary for custom access; empty otherwise.
    access_summary: String,
    created: Moment,
    last_used: Moment,
    expires: Moment,
    active: bool,
}

impl KeyRow {
    /// Prepares the values of one key.
    pub(super) fn new(key: &ApiKey) -> KeyRow {
        let access_kind = AccessKind::of_permissions(&key.permissions);
        let access_summary = match access_kind {
            AccessKind::Custom => permissions_summary(&key.permissions).to_lowercase(),
            AccessKind::All | AccessKind::ReadOnly => String::new(),
        };
        KeyRow {
            name: key.name.to_lowercase(),
            postfix: key.postfix.to_lowercase(),
            creator: key.creator.name.to_lowercase(),
            access_kind,
            access_summary,
            created: key.created.moment(),
            last_used: key.last_used.moment(),
            expires: key.expires.moment(),
            active: key.active,
        }
    }

    /// True when the name, the key's last four characters or the creator's name contains
    /// `needle` (see [`search_needle`]); an empty needle matches every key.
    pub(super) fn matches_search(&self, needle: &str) -> bool {
        needle.is_empty()
            || self.name.contains(needle)
            || self.postfix.contains(needle)
            || self.creator.contains(needle)
    }

    pub(super) fn state(&self, now: DateTime<Utc>) -> KeyState {
        KeyState::of(self.active, self.expires, now)
    }

    pub(super) fn expiry(&self, now: DateTime<Utc>) -> ExpiryStatus {
        ExpiryStatus::of(self.expires, now)
    }

    pub(super) fn is_never_used(&self) -> bool {
        self.last_used == Moment::Absent
    }

    /// When the key expires, if ever and if known.
    pub(super) fn expires(&self) -> Option<DateTime<Utc>> {
        self.expires.at()
    }
}

/// The search text as rows match it: trimmed and lower-cased.
pub(super) fn search_needle(search: &str) -> String {
    search.trim().to_lowercase()
}

/// Ascending order of two rows by one column. `states` gives both rows' states and is only
/// called for [`SortColumn::Active`], the one column that depends on the clock.
pub(super) fn compare_rows(
    a: &KeyRow,
    b: &KeyRow,
    column: SortColumn,
    states: impl FnOnce() -> (KeyState, KeyState),
) -> Ordering {
    match column {
        SortColumn::Name => a.name.cmp(&b.name),
        SortColumn::Key => a.postfix.cmp(&b.postfix),
        SortColumn::Access => a
            .access_kind
            .cmp(&b.access_kind)
            .then_with(|| a.access_summary.cmp(&b.access_summary)),
        // Missing dates come first, as older than any date; unreadable ones last.
        SortColumn::Created => compare_missing_first(a.created, b.created),
        SortColumn::LastUsed => compare_missing_first(a.last_used, b.last_used),
        SortColumn::Expires => compare_missing_last(a.expires, b.expires),
        SortColumn::CreatedBy => a.creator.cmp(&b.creator),
        SortColumn::Active => {
            let (a, b) = states();
            a.cmp(&b)
        }
    }
}

/// Orders dates with a missing one ("never used") before every date and an unreadable one
/// after every date.
fn compare_missing_first(a: Moment, b: Moment) -> Ordering {
    let rank = |moment: Moment| match moment {
        Moment::Absent => (0, None),
        Moment::At(at) => (1, Some(at)),
        Moment::Unknown => (2, None),
    };
    rank(a).cmp(&rank(b))
}

/// Orders dates with a missing one ("never expires") after every date, and an unreadable one
/// after that.
fn compare_missing_last(a: Moment, b: Moment) -> Ordering {
    let rank = |moment: Moment| match moment {
        Moment::At(at) => (0, Some(at)),
        Moment::Absent => (1, None),
        Moment::Unknown => (2, None),
    };
    rank(a).cmp(&rank(b))
}

/// A row's value in one column, laid out so that a full sort compares it without reaching
/// into the row: numbers, then the text's first bytes held inline as integers, and only when
/// those are equal and the text is longer than them, the text itself. Two rows' keys compare
/// exactly as [`compare_rows`] compares the rows: the inline bytes, zero-padded and read
/// big-endian, order as the text does wherever they differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SortKey<'a> {
    head: i64,
    nanos: u32,
    prefix: (u128, u64),
    text: &'a str,
}

/// How many of a text's bytes a [`SortKey`] holds inline: key names are at most 30
/// characters, so most fit whole.
const PREFIX: usize = 24;

fn prefix(text: &str) -> (u128, u64) {
    let mut bytes = [0; PREFIX];
    let length = text.len().min(PREFIX);
    bytes[..length].copy_from_slice(&text.as_bytes()[..length]);
    let (high, low) = bytes.split_at(16);
    let high: [u8; 16] = high.try_into().unwrap_or_default();
    let low: [u8; 8] = low.try_into().unwrap_or_default();
    (u128::from_be_bytes(high), u64::from_be_bytes(low))
}

impl Ord for SortKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.head
            .cmp(&other.head)
            .then(self.nanos.cmp(&other.nanos))
            .then(self.prefix.cmp(&other.prefix))
            .then_with(|| {
                let whole = |text: &str| text.len() <= PREFIX;
                if whole(self.text) && self.text.len() == other.text.len() {
                    // The same bytes, all of them inline.
                    Ordering::Equal
                } else {
                    self.text.cmp(other.text)
                }
            })
    }
}

impl PartialOrd for SortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl KeyRow {
    /// This row's key in `column`, for a key in `state` (the Active column sorts by it).
    pub(super) fn sort_key(&self, column: SortColumn, state: KeyState) -> SortKey<'_> {
        let key = |head, text| SortKey {
            head,
            nanos: 0,
            prefix: prefix(text),
            text,
        };
        // Dates by their class (as `compare_missing_first` and `_last` rank them), then the
        // instant; chrono's seconds span far less than 2^60 either way.
        let date = |moment: Moment, absent_class: i64| match moment {
            Moment::At(at) => SortKey {
                head: ((1 - absent_class) << 61) + at.timestamp().clamp(-(1 << 60), 1 << 60),
                nanos: at.timestamp_subsec_nanos(),
                prefix: (0, 0),
                text: "",
            },
            Moment::Absent => key(absent_class << 61, ""),
            Moment::Unknown => key(2 << 61, ""),
        };
        match column {
            SortColumn::Name => key(0, &self.name),
            SortColumn::Key => key(0, &self.postfix),
            SortColumn::Access => key(self.access_kind as i64, &self.access_summary),
            SortColumn::Created => date(self.created, 0),
            SortColumn::LastUsed => date(self.last_used, 0),
            SortColumn::Expires => date(self.expires, 1),
            SortColumn::CreatedBy => key(0, &self.creator),
            SortColumn::Active => key(state as i64, ""),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;
    use crate::domain::KeyDate;
    use crate::domain::test_support::{at, key, moment, now, strings};

    /// Keys that differ in every column, with ties, dates a few nanoseconds apart, dates
    /// missing and unreadable, access of every kind, and names that share their first 24
    /// bytes, end in a NUL, or are empty.
    fn keys() -> Vec<ApiKey> {
        let close = moment(5).map(|date| date + TimeDelta::nanoseconds(3));
        let dates = [
            at(5),
            close.into(),
            KeyDate::Absent,
            KeyDate::Unreadable("yesterday-ish".to_owned()),
            at(-400),
        ];
        let access = [
            strings(&[]),
            strings(&["*:read"]),
            strings(&["files:read", "rooms:write"]),
            strings(&["files:write"]),
        ];
        let names = [
            "beta",
            "Alpha",
            "alpha",
            "",
            "Ωmega",
            "beta",
            "a name twenty-four bytes",
            "a name twenty-four bytes long",
            "a name twenty-four bytes longer",
            "beta\0",
        ];
        let mut keys = Vec::new();
        for (i, name) in names.into_iter().enumerate() {
            for (j, date) in dates.iter().enumerate() {
                let mut key = key(name);
                key.postfix = format!("{:04}", (i * 7 + j) % 5);
                key.permissions = access[(i + j) % access.len()].clone();
                key.created = dates[(j + 1) % dates.len()].clone();
                key.last_used = date.clone();
                key.expires = dates[(i + j) % dates.len()].clone();
                key.creator.name = names[(j + 2) % names.len()].to_owned();
                key.active = (i + j) % 2 == 0;
                keys.push(key);
            }
        }
        keys
    }

    #[test]
    fn sort_keys_compare_as_the_rows_do_in_every_column() {
        let keys = keys();
        let rows: Vec<(KeyRow, KeyState)> = keys
            .iter()
            .map(|key| {
                let row = KeyRow::new(key);
                let state = row.state(now());
                (row, state)
            })
            .collect();
        for column in SortColumn::ALL {
            for (a, state_a) in &rows {
                for (b, state_b) in &rows {
                    assert_eq!(
                        a.sort_key(column, *state_a)
                            .cmp(&b.sort_key(column, *state_b)),
                        compare_rows(a, b, column, || (*state_a, *state_b)),
                        "{column:?}: {a:?} against {b:?}"
                    );
                }
            }
        }
    }
}
