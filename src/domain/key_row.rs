//! One key's sort and search values, and the rules that order and match them.
//!
//! Shared by [`super::KeyTable`] and [`super::KeyList`], so both sort, search and filter by
//! exactly the same rules.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::Moment;

use super::scope::permissions_summary;
use super::{AccessKind, ApiKey, ExpiryStatus, KeyState, SortColumn};

/// What a key's row keeps beside the key: its access, summarised, and the lower-cased copies
/// of its texts that lower-casing ASCII letters alone would not give. Everything else a row
/// compares is read from the key itself (see [`Row`]), so that 100 000 keys do not hold a
/// second copy of every name.
#[derive(Debug, Clone)]
pub(super) struct KeyRow {
    access_kind: AccessKind,
    /// Lower-cased summary for custom access; empty otherwise.
    access_summary: Box<str>,
    /// `None` when every text of the key folds by lower-casing its ASCII letters.
    lowered: Option<Box<Lowered>>,
}

/// A key's texts lower-cased, each only when lower-casing its ASCII letters is not enough.
#[derive(Debug, Clone, Default)]
struct Lowered {
    name: Option<Box<str>>,
    postfix: Option<Box<str>>,
    creator: Option<Box<str>>,
}

/// `text` lower-cased, when that differs from `text` with only its ASCII letters lower-cased
/// (a capital beyond ASCII, such as "Ä" or "Ω"); `None` otherwise, which is nearly always.
fn lower_cased_copy(text: &str) -> Option<Box<str>> {
    if text.is_ascii() {
        return None;
    }
    let lower = text.to_lowercase();
    let ascii_only = text.bytes().map(|byte| byte.to_ascii_lowercase());
    (!lower.bytes().eq(ascii_only)).then(|| lower.into_boxed_str())
}

impl KeyRow {
    /// Prepares what the rows of `key` need beside it.
    pub(super) fn new(key: &ApiKey) -> KeyRow {
        let access_kind = AccessKind::of_permissions(&key.permissions);
        let access_summary = match access_kind {
            AccessKind::Custom => permissions_summary(&key.permissions).to_lowercase(),
            AccessKind::All | AccessKind::ReadOnly => String::new(),
        };
        let folded = Lowered {
            name: lower_cased_copy(&key.name),
            postfix: lower_cased_copy(&key.postfix),
            creator: lower_cased_copy(&key.creator.name),
        };
        let any = folded.name.is_some() || folded.postfix.is_some() || folded.creator.is_some();
        KeyRow {
            access_kind,
            access_summary: access_summary.into_boxed_str(),
            lowered: any.then(|| Box::new(folded)),
        }
    }

    /// The row of `key`, which this was prepared from.
    pub(super) fn of<'a>(&'a self, key: &'a ApiKey) -> Row<'a> {
        Row {
            key,
            prepared: self,
        }
    }
}

/// A key with what its row keeps: the values it is sorted, searched and filtered by.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row<'a> {
    key: &'a ApiKey,
    prepared: &'a KeyRow,
}

/// A text as rows compare and search it: lower-cased. Held as a text whose bytes, with
/// their ASCII letters lower-cased, are the bytes of the lower-cased text: the key's own
/// text, or the row's lower-cased copy of it. Equal, like ordered, by the lower-cased text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Folded<'a>(&'a str);

impl<'a> Folded<'a> {
    fn bytes(self) -> impl Iterator<Item = u8> + 'a {
        self.0.bytes().map(|byte| byte.to_ascii_lowercase())
    }

    fn len(self) -> usize {
        self.0.len()
    }

    /// True when the lower-cased text contains `needle`, itself lower-cased.
    fn contains(self, needle: &str) -> bool {
        let (text, needle) = (self.0.as_bytes(), needle.as_bytes());
        let Some((&first, rest)) = needle.split_first() else {
            return true;
        };
        let Some(last_start) = text.len().checked_sub(needle.len()) else {
            return false;
        };
        // Where the needle's first byte is, in either case, and then the rest of it there.
        memchr::memchr2_iter(first, first.to_ascii_uppercase(), &text[..=last_start]).any(|at| {
            text[at + 1..at + needle.len()]
                .iter()
                .zip(rest)
                .all(|(byte, wanted)| byte.to_ascii_lowercase() == *wanted)
        })
    }
}

impl Ord for Folded<'_> {
    /// The lower-cased texts' bytes in order, read eight at a time.
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        let (a_words, _) = a.as_chunks::<8>();
        let (b_words, _) = b.as_chunks::<8>();
        for (a_word, b_word) in a_words.iter().zip(b_words) {
            let (a_word, b_word) = (u64::from_be_bytes(*a_word), u64::from_be_bytes(*b_word));
            if a_word != b_word {
                let (a_word, b_word) = (lower_ascii(a_word), lower_ascii(b_word));
                if a_word != b_word {
                    return a_word.cmp(&b_word);
                }
            }
        }
        // The rest: fewer than eight bytes of one of them, before it ends.
        let common = a_words.len().min(b_words.len()) * 8;
        let (a, b) = (&a[common..], &b[common..]);
        a.iter()
            .map(u8::to_ascii_lowercase)
            .cmp(b.iter().map(u8::to_ascii_lowercase))
    }
}

impl PartialOrd for Folded<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Folded<'_> {}

/// Each of the eight bytes of `word` with an ASCII capital lower-cased, the others as they
/// are: a capital's byte is 0x41 to 0x5a, and gains 0x20.
fn lower_ascii(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits, so that adding to them carries into no other byte.
    let low = word & !HIGH;
    // The high bit of each byte is set where the byte is at least b'A', and where above b'Z'.
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let beyond_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    let capitals = from_a & !beyond_z & !word & HIGH;
    word | (capitals >> 2)
}

impl<'a> Row<'a> {
    fn lowered(&self, pick: impl Fn(&'a Lowered) -> &'a Option<Box<str>>) -> Option<&'a str> {
        self.prepared
            .lowered
            .as_deref()
            .and_then(|lowered| pick(lowered).as_deref())
    }

    fn name(&self) -> Folded<'a> {
        Folded(self.lowered(|l| &l.name).unwrap_or(&self.key.name))
    }

    fn postfix(&self) -> Folded<'a> {
        Folded(self.lowered(|l| &l.postfix).unwrap_or(&self.key.postfix))
    }

    fn creator(&self) -> Folded<'a> {
        Folded(
            self.lowered(|l| &l.creator)
                .unwrap_or(&self.key.creator.name),
        )
    }

    fn access_summary(&self) -> Folded<'a> {
        Folded(&self.prepared.access_summary)
    }

    fn created(&self) -> Moment {
        self.key.created.moment()
    }

    fn last_used(&self) -> Moment {
        self.key.last_used.moment()
    }

    fn expires_at(&self) -> Moment {
        self.key.expires.moment()
    }

    /// True when the name, the key's last four characters or the creator's name contains
    /// `needle` (see [`search_needle`]); an empty needle matches every key.
    pub(super) fn matches_search(&self, needle: &str) -> bool {
        needle.is_empty()
            || self.name().contains(needle)
            || self.postfix().contains(needle)
            || self.creator().contains(needle)
    }

    pub(super) fn state(&self, now: DateTime<Utc>) -> KeyState {
        KeyState::of(self.key.active, self.expires_at(), now)
    }

    pub(super) fn expiry(&self, now: DateTime<Utc>) -> ExpiryStatus {
        ExpiryStatus::of(self.expires_at(), now)
    }

    pub(super) fn is_never_used(&self) -> bool {
        self.key.is_never_used()
    }

    /// When the key expires, if ever and if known.
    pub(super) fn expires(&self) -> Option<DateTime<Utc>> {
        self.expires_at().at()
    }
}

/// The search text as rows match it: trimmed and lower-cased.
pub(super) fn search_needle(search: &str) -> String {
    search.trim().to_lowercase()
}

/// Ascending order of two rows by one column. `states` gives both rows' states and is only
/// called for [`SortColumn::Active`], the one column that depends on the clock.
pub(super) fn compare_rows(
    a: Row<'_>,
    b: Row<'_>,
    column: SortColumn,
    states: impl FnOnce() -> (KeyState, KeyState),
) -> Ordering {
    match column {
        SortColumn::Name => a.name().cmp(&b.name()),
        SortColumn::Key => a.postfix().cmp(&b.postfix()),
        SortColumn::Access => a
            .prepared
            .access_kind
            .cmp(&b.prepared.access_kind)
            .then_with(|| a.access_summary().cmp(&b.access_summary())),
        // Missing dates come first, as older than any date; unreadable ones last.
        SortColumn::Created => compare_missing_first(a.created(), b.created()),
        SortColumn::LastUsed => compare_missing_first(a.last_used(), b.last_used()),
        SortColumn::Expires => compare_missing_last(a.expires_at(), b.expires_at()),
        SortColumn::CreatedBy => a.creator().cmp(&b.creator()),
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
/// into the row: numbers, then the lower-cased text's first bytes held inline as integers,
/// and only when those are equal and the text is longer than them, the text itself. Two
/// rows' keys compare exactly as [`compare_rows`] compares the rows: the inline bytes,
/// zero-padded and read big-endian, order as the text does wherever they differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SortKey<'a> {
    head: i64,
    nanos: u32,
    prefix: (u128, u64),
    text: Folded<'a>,
}

/// How many of a text's bytes a [`SortKey`] holds inline: key names are at most 30
/// characters, so most fit whole.
const PREFIX: usize = 24;

fn prefix(text: Folded<'_>) -> (u128, u64) {
    let mut bytes = [0; PREFIX];
    for (slot, byte) in bytes.iter_mut().zip(text.bytes()) {
        *slot = byte;
    }
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
                let whole = |text: Folded<'_>| text.len() <= PREFIX;
                if whole(self.text) && self.text.len() == other.text.len() {
                    // The same bytes, all of them inline.
                    Ordering::Equal
                } else {
                    self.text.cmp(&other.text)
                }
            })
    }
}

impl PartialOrd for SortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<'a> Row<'a> {
    /// This row's key in `column`, for a key in `state` (the Active column sorts by it).
    pub(super) fn sort_key(&self, column: SortColumn, state: KeyState) -> SortKey<'a> {
        let key = |head, text| SortKey {
            head,
            nanos: 0,
            prefix: prefix(text),
            text,
        };
        let none = Folded("");
        // Dates by their class (as `compare_missing_first` and `_last` rank them), then the
        // instant; chrono's seconds span far less than 2^60 either way.
        let date = |moment: Moment, absent_class: i64| match moment {
            Moment::At(at) => SortKey {
                head: ((1 - absent_class) << 61) + at.timestamp().clamp(-(1 << 60), 1 << 60),
                nanos: at.timestamp_subsec_nanos(),
                prefix: (0, 0),
                text: none,
            },
            Moment::Absent => key(absent_class << 61, none),
            Moment::Unknown => key(2 << 61, none),
        };
        match column {
            SortColumn::Name => key(0, self.name()),
            SortColumn::Key => key(0, self.postfix()),
            SortColumn::Access => key(self.prepared.access_kind as i64, self.access_summary()),
            SortColumn::Created => date(self.created(), 0),
            SortColumn::LastUsed => date(self.last_used(), 0),
            SortColumn::Expires => date(self.expires_at(), 1),
            SortColumn::CreatedBy => key(0, self.creator()),
            SortColumn::Active => key(state as i64, none),
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
        let prepared: Vec<KeyRow> = keys.iter().map(KeyRow::new).collect();
        let rows: Vec<(Row<'_>, KeyState)> = keys
            .iter()
            .zip(&prepared)
            .map(|(key, prepared)| {
                let row = prepared.of(key);
                (row, row.state(now()))
            })
            .collect();
        for column in SortColumn::ALL {
            for (a, state_a) in &rows {
                for (b, state_b) in &rows {
                    assert_eq!(
                        a.sort_key(column, *state_a)
                            .cmp(&b.sort_key(column, *state_b)),
                        compare_rows(*a, *b, column, || (*state_a, *state_b)),
                        "{column:?}: {a:?} against {b:?}"
                    );
                }
            }
        }
    }

    /// Texts whose lower-case forms are not their ASCII letters lower-cased, and texts whose
    /// are; Greek with a final sigma, Turkish dotted capitals, the Kelvin sign, Chinese and
    /// Arabic.
    const TEXTS: [&str; 16] = [
        "Backup",
        "backup",
        "BACKUP 2",
        "Ωmega",
        "ωMEGA",
        "ÄRGER",
        "ärger",
        "ΟΔΟΣ",
        "οδος",
        "İstanbul",
        "istanbul",
        "\u{212a}elvin",
        "kelvin",
        "数据备份 脚本",
        "نسخ احتياطي ليلي",
        "",
    ];

    #[test]
    fn texts_compare_and_match_as_their_lower_cased_forms_do() {
        let keys: Vec<ApiKey> = TEXTS
            .iter()
            .map(|text| {
                let mut key = key(text);
                key.postfix = text.chars().rev().collect();
                key.creator.name = format!("{text} Creator");
                key
            })
            .collect();
        let prepared: Vec<KeyRow> = keys.iter().map(KeyRow::new).collect();
        let rows: Vec<Row<'_>> = keys.iter().zip(&prepared).map(|(k, p)| p.of(k)).collect();
        let no_state = || (KeyState::Active, KeyState::Active);
        for (a, key_a) in rows.iter().zip(&keys) {
            for (b, key_b) in rows.iter().zip(&keys) {
                let lower = |text: &str| text.to_lowercase();
                assert_eq!(
                    compare_rows(*a, *b, SortColumn::Name, no_state),
                    lower(&key_a.name).cmp(&lower(&key_b.name)),
                    "{:?} against {:?}",
                    key_a.name,
                    key_b.name
                );
                assert_eq!(
                    a.name() == b.name(),
                    lower(&key_a.name) == lower(&key_b.name),
                    "equal as ordered"
                );
                assert_eq!(
                    compare_rows(*a, *b, SortColumn::Key, no_state),
                    lower(&key_a.postfix).cmp(&lower(&key_b.postfix))
                );
                assert_eq!(
                    compare_rows(*a, *b, SortColumn::CreatedBy, no_state),
                    lower(&key_a.creator.name).cmp(&lower(&key_b.creator.name))
                );
            }
            for search in
                TEXTS
                    .iter()
                    .chain(&["ME", "Ω", "ς", "i̇s", "备份", "احتياطي", " creator "])
            {
                let needle = search_needle(search);
                let expected = [&key_a.name, &key_a.postfix, &key_a.creator.name]
                    .iter()
                    .any(|text| text.to_lowercase().contains(&needle));
                assert_eq!(
                    a.matches_search(&needle),
                    expected,
                    "{:?} searched for {search:?}",
                    key_a.name
                );
            }
        }
    }

    #[test]
    fn eight_bytes_are_lower_cased_as_each_alone_would_be() {
        for first in 0..=255u8 {
            for second in [
                0u8, b'@', b'A', b'Z', b'[', b'`', b'a', b'z', 0x7f, 0x80, 0xc1, 0xda, 0xff,
            ] {
                let bytes = [first, second, first, 0xff, b'Z', second, first, b'A'];
                let expected = bytes.map(|byte| byte.to_ascii_lowercase());
                assert_eq!(
                    lower_ascii(u64::from_be_bytes(bytes)).to_be_bytes(),
                    expected,
                    "{bytes:?}"
                );
            }
        }
    }

    #[test]
    fn a_row_keeps_a_lower_cased_copy_only_when_ascii_lower_casing_is_not_enough() {
        let row = |name: &str| KeyRow::new(&key(name));
        assert!(row("Backup Script 2").lowered.is_none());
        assert!(row("数据备份 脚本").lowered.is_none());
        assert!(row("ärger").lowered.is_none());
        assert_eq!(
            row("ÄRGER")
                .lowered
                .and_then(|lowered| lowered.name)
                .as_deref(),
            Some("ärger")
        );
    }
}
