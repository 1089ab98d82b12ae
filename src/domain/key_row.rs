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
