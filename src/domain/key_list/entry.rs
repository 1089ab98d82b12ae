//! One key in a [`super::KeyList`], with its prepared row and its place in the orders.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use crate::domain::key_row::{KeyRow, Row, compare_rows};
use crate::domain::{ApiKey, ExpiryStatus, KeyState, SortOrder, StatusFilter};

/// One key and what the list knows of it.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) key: ApiKey,
    /// What the key's row keeps beside it (see [`Entry::row`]).
    pub(super) prepared: KeyRow,
    /// Position in portal order: lower comes first. Breaks ties in display order.
    pub(super) rank: i64,
    /// The key's state and expiry status at the list's evaluation moment.
    pub(super) state: KeyState,
    pub(super) expiry: ExpiryStatus,
    /// Whether the key matches the query's search.
    pub(super) matches: bool,
}

impl Entry {
    pub(super) fn new(key: ApiKey, rank: i64, needle: &str, now: DateTime<Utc>) -> Entry {
        let prepared = KeyRow::new(&key);
        let row = prepared.of(&key);
        let (matches, state, expiry) =
            (row.matches_search(needle), row.state(now), row.expiry(now));
        Entry {
            matches,
            state,
            expiry,
            key,
            prepared,
            rank,
        }
    }

    /// The key's row: what it is sorted, searched and filtered by.
    pub(super) fn row(&self) -> Row<'_> {
        self.prepared.of(&self.key)
    }

    pub(super) fn evaluated(&self, now: DateTime<Utc>) -> (KeyState, ExpiryStatus) {
        (self.row().state(now), self.row().expiry(now))
    }

    pub(super) fn evaluate(&mut self, now: DateTime<Utc>) {
        (self.state, self.expiry) = self.evaluated(now);
    }

    pub(super) fn is_shown(&self, status: StatusFilter) -> bool {
        self.matches && status.accepts(self.state, self.expiry, self.row().is_never_used())
    }
}

/// The strict display order: the query's column and direction, then portal order.
pub(super) fn display_order(order: SortOrder, a: &Entry, b: &Entry) -> Ordering {
    let ascending = compare_rows(a.row(), b.row(), order.column, || (a.state, b.state));
    order
        .direction
        .apply(ascending)
        .then_with(|| a.rank.cmp(&b.rank))
}
