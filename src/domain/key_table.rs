//! Sorting, searching and filtering the key grid.
//!
//! [`KeyTable`] prepares each key's sort and search text once (lower-cased names, the access
//! summary, dates in UTC), so that re-sorting or filtering tens of thousands of keys on every
//! click allocates nothing per comparison. Rebuild it whenever the list of keys changes; the
//! row numbers it returns are indices into the slice it was built from. [`super::KeyList`]
//! follows the same rules but owns the keys and takes one change at a time.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::key_row::{KeyRow, Row, compare_rows, search_needle};
use super::{ApiKey, ExpiryStatus, KeyState};

/// A column of the key grid that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SortColumn {
    Name,
    /// The masked key, that is its last four characters.
    Key,
    /// All first, then Read only, then custom access by its summary text.
    Access,
    Created,
    LastUsed,
    Expires,
    CreatedBy,
    /// The state shown to users: Active, then Inactive, then Expired.
    Active,
}

impl SortColumn {
    /// Every column, in the grid's order.
    pub const ALL: [SortColumn; 8] = [
        SortColumn::Name,
        SortColumn::Key,
        SortColumn::Access,
        SortColumn::Created,
        SortColumn::LastUsed,
        SortColumn::Expires,
        SortColumn::CreatedBy,
        SortColumn::Active,
    ];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            SortColumn::Name => "Name",
            SortColumn::Key => "Key",
            SortColumn::Access => "Access",
            SortColumn::Created => "Created",
            SortColumn::LastUsed => "Last used",
            SortColumn::Expires => "Expires",
            SortColumn::CreatedBy => "Created by",
            SortColumn::Active => "Active",
        }
    }
}

/// Which way a column is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SortDirection {
    #[default]
    Ascending,
    Descending,
}

impl SortDirection {
    /// The other direction.
    pub fn toggle(self) -> SortDirection {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }

    /// An ascending comparison turned this way.
    pub(super) fn apply(self, ascending: Ordering) -> Ordering {
        match self {
            SortDirection::Ascending => ascending,
            SortDirection::Descending => ascending.reverse(),
        }
    }
}

/// The grid's sort column and direction. The default is the portal's own order: newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SortOrder {
    pub column: SortColumn,
    pub direction: SortDirection,
}

impl Default for SortOrder {
    fn default() -> SortOrder {
        SortOrder {
            column: SortColumn::Created,
            direction: SortDirection::Descending,
        }
    }
}

impl SortOrder {
    /// The order after a click on a column heading: the same column reverses, another column
    /// sorts by that column ascending.
    pub fn clicked(self, column: SortColumn) -> SortOrder {
        if column == self.column {
            SortOrder {
                column,
                direction: self.direction.toggle(),
            }
        } else {
            SortOrder {
                column,
                direction: SortDirection::Ascending,
            }
        }
    }

    /// The direction to mark on `column`'s heading, if the grid is sorted by it.
    pub fn direction_of(self, column: SortColumn) -> Option<SortDirection> {
        (column == self.column).then_some(self.direction)
    }
}

/// Which keys the grid shows, by state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum StatusFilter {
    #[default]
    All,
    /// Active and not expired.
    Active,
    /// Deactivated and not expired.
    Inactive,
    /// Past their expiry date, whatever their active flag.
    Expired,
    /// Expiring within [`super::EXPIRING_SOON_DAYS`] days, whatever their active flag.
    ExpiringSoon,
    /// Never used to authenticate a request.
    NeverUsed,
}

impl StatusFilter {
    /// Every filter, in the order the UI offers them.
    pub const ALL: [StatusFilter; 6] = [
        StatusFilter::All,
        StatusFilter::Active,
        StatusFilter::Inactive,
        StatusFilter::Expired,
        StatusFilter::ExpiringSoon,
        StatusFilter::NeverUsed,
    ];

    /// The filter's label.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "All",
            StatusFilter::Active => "Active",
            StatusFilter::Inactive => "Inactive",
            StatusFilter::Expired => "Expired",
            StatusFilter::ExpiringSoon => "Expiring soon",
            StatusFilter::NeverUsed => "Never used",
        }
    }

    /// True when a key with this state, expiry status and use shows under the filter.
    pub(super) fn accepts(self, state: KeyState, expiry: ExpiryStatus, never_used: bool) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Active => state == KeyState::Active,
            StatusFilter::Inactive => state == KeyState::Inactive,
            StatusFilter::Expired => state == KeyState::Expired,
            StatusFilter::ExpiringSoon => expiry == ExpiryStatus::ExpiringSoon,
            StatusFilter::NeverUsed => never_used,
        }
    }
}

/// What the grid shows: a state filter, a search text and a sort order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyQuery {
    pub status: StatusFilter,
    /// Matched case-insensitively, after trimming, against the name, the key's last four
    /// characters and the creator's name.
    pub search: String,
    pub order: SortOrder,
}

/// How many keys each [`StatusFilter`] would show, for labels such as "Active 12".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusCounts {
    pub all: usize,
    pub active: usize,
    pub inactive: usize,
    pub expired: usize,
    pub expiring_soon: usize,
    pub never_used: usize,
    /// Keys whose expiry date the app cannot read: neither active nor expired, so they show
    /// under All only.
    pub unknown: usize,
}

impl StatusCounts {
    /// Counts one more key with this state, expiry status and use.
    pub(super) fn add(&mut self, state: KeyState, expiry: ExpiryStatus, never_used: bool) {
        self.change(state, expiry, never_used, |count| *count += 1);
    }

    /// Takes back a key that [`StatusCounts::add`] counted.
    pub(super) fn remove(&mut self, state: KeyState, expiry: ExpiryStatus, never_used: bool) {
        self.change(state, expiry, never_used, |count| {
            *count = count.saturating_sub(1);
        });
    }

    fn change(
        &mut self,
        state: KeyState,
        expiry: ExpiryStatus,
        never_used: bool,
        step: impl Fn(&mut usize),
    ) {
        step(&mut self.all);
        step(match state {
            KeyState::Active => &mut self.active,
            KeyState::Inactive => &mut self.inactive,
            KeyState::Expired => &mut self.expired,
            KeyState::Unknown => &mut self.unknown,
        });
        if expiry == ExpiryStatus::ExpiringSoon {
            step(&mut self.expiring_soon);
        }
        if never_used {
            step(&mut self.never_used);
        }
    }

    /// The count for one filter.
    pub fn count(&self, filter: StatusFilter) -> usize {
        match filter {
            StatusFilter::All => self.all,
            StatusFilter::Active => self.active,
            StatusFilter::Inactive => self.inactive,
            StatusFilter::Expired => self.expired,
            StatusFilter::ExpiringSoon => self.expiring_soon,
            StatusFilter::NeverUsed => self.never_used,
        }
    }
}

/// The keys' sort and search values, prepared once.
///
/// Sorting is stable: keys that compare equal keep the order of the slice (the portal lists
/// newest first), in both directions. Text compares case-insensitively by lower-cased code
/// points, not by locale. Missing dates are placed where they read naturally:
/// - Last used: "never used" counts as older than any date, so it comes first ascending.
/// - Expires: "never expires" counts as later than any date, so it comes last ascending.
/// - Created (always present in practice): a missing date counts as older than any date.
#[derive(Debug, Clone, Default)]
pub struct KeyTable<'a> {
    keys: &'a [ApiKey],
    prepared: Vec<KeyRow>,
}

impl<'a> KeyTable<'a> {
    /// Prepares the sort and search values of `keys`.
    pub fn new(keys: &'a [ApiKey]) -> KeyTable<'a> {
        KeyTable {
            keys,
            prepared: keys.iter().map(KeyRow::new).collect(),
        }
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.keys
            .iter()
            .zip(&self.prepared)
            .map(|(key, prepared)| prepared.of(key))
    }

    /// The number of keys the table was built from.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the table was built from no keys.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The keys to show, filtered and sorted, as indices into the slice the table was built from.
    pub fn visible_rows(&self, query: &KeyQuery, now: DateTime<Utc>) -> Vec<usize> {
        let needle = search_needle(&query.search);
        let mut visible: Vec<(usize, Row<'_>)> = self
            .rows()
            .enumerate()
            .filter(|(_, row)| row.matches_search(&needle))
            .filter(|(_, row)| {
                query
                    .status
                    .accepts(row.state(now), row.expiry(now), row.is_never_used())
            })
            .collect();
        let SortOrder { column, direction } = query.order;
        // `sort_by` is stable, and reversing the comparison (not the result) keeps ties in
        // slice order when descending too.
        visible.sort_by(|(_, a), (_, b)| {
            let ordering = compare_rows(*a, *b, column, || (a.state(now), b.state(now)));
            direction.apply(ordering)
        });
        visible.into_iter().map(|(index, _)| index).collect()
    }

    /// How many keys matching `search` each status filter would show.
    pub fn counts(&self, search: &str, now: DateTime<Utc>) -> StatusCounts {
        let needle = search_needle(search);
        let mut counts = StatusCounts::default();
        for row in self.rows().filter(|row| row.matches_search(&needle)) {
            counts.add(row.state(now), row.expiry(now), row.is_never_used());
        }
        counts
    }
}

/// The keys to show, filtered and sorted, as indices into `keys`. Builds a [`KeyTable`] each
/// time; keep one instead when the same keys are queried repeatedly.
pub fn visible_rows(keys: &[ApiKey], query: &KeyQuery, now: DateTime<Utc>) -> Vec<usize> {
    KeyTable::new(keys).visible_rows(query, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::KeyDate;
    use crate::domain::test_support::{at, key, now};

    fn query(status: StatusFilter, search: &str, column: SortColumn) -> KeyQuery {
        KeyQuery {
            status,
            search: search.to_owned(),
            order: SortOrder {
                column,
                direction: SortDirection::Ascending,
            },
        }
    }

    fn sorted_by(keys: &[ApiKey], column: SortColumn, direction: SortDirection) -> Vec<usize> {
        let query = KeyQuery {
            order: SortOrder { column, direction },
            ..KeyQuery::default()
        };
        visible_rows(keys, &query, now())
    }

    fn names(keys: &[ApiKey], rows: &[usize]) -> Vec<String> {
        rows.iter()
            .filter_map(|row| keys.get(*row))
            .map(|key| key.name.clone())
            .collect()
    }

    #[test]
    fn default_order_is_newest_created_first() {
        let mut old = key("old");
        old.created = at(-30);
        let mut new = key("new");
        new.created = at(-1);
        let keys = [old, new];
        let rows = visible_rows(&keys, &KeyQuery::default(), now());
        assert_eq!(names(&keys, &rows), ["new", "old"]);
    }

    #[test]
    fn clicking_the_sorted_column_reverses_it() {
        let order = SortOrder::default().clicked(SortColumn::Created);
        assert_eq!(order.column, SortColumn::Created);
        assert_eq!(order.direction, SortDirection::Ascending);
        assert_eq!(
            order.clicked(SortColumn::Created).direction,
            SortDirection::Descending
        );
    }

    #[test]
    fn clicking_another_column_sorts_it_ascending() {
        let order = SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Descending,
        }
        .clicked(SortColumn::Expires);
        assert_eq!(
            order,
            SortOrder {
                column: SortColumn::Expires,
                direction: SortDirection::Ascending
            }
        );
        assert_eq!(order.direction_of(SortColumn::Name), None);
        assert_eq!(
            order.direction_of(SortColumn::Expires),
            Some(SortDirection::Ascending)
        );
    }

    #[test]
    fn sort_order_survives_a_round_trip_through_json() {
        let order = SortOrder {
            column: SortColumn::LastUsed,
            direction: SortDirection::Descending,
        };
        let json = serde_json::to_string(&order).expect("serializes");
        let back: SortOrder = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, order);
    }

    #[test]
    fn name_sort_ignores_case() {
        let keys = [key("beta"), key("Alpha"), key("gamma"), key("Delta")];
        let rows = sorted_by(&keys, SortColumn::Name, SortDirection::Ascending);
        assert_eq!(names(&keys, &rows), ["Alpha", "beta", "Delta", "gamma"]);
    }

    #[test]
    fn sorting_is_stable_for_equal_names() {
        let keys = [key("same"), key("other"), key("SAME"), key("Same")];
        let ascending = sorted_by(&keys, SortColumn::Name, SortDirection::Ascending);
        assert_eq!(ascending, [1, 0, 2, 3]);
        let descending = sorted_by(&keys, SortColumn::Name, SortDirection::Descending);
        assert_eq!(descending, [0, 2, 3, 1]);
    }

    #[test]
    fn never_used_sorts_first_when_ascending_by_last_used() {
        let mut recent = key("recent");
        recent.last_used = at(-1);
        let mut never = key("never");
        never.last_used = KeyDate::Absent;
        let mut long_ago = key("long ago");
        long_ago.last_used = at(-300);
        let keys = [recent, never, long_ago];
        let ascending = sorted_by(&keys, SortColumn::LastUsed, SortDirection::Ascending);
        assert_eq!(names(&keys, &ascending), ["never", "long ago", "recent"]);
        let descending = sorted_by(&keys, SortColumn::LastUsed, SortDirection::Descending);
        assert_eq!(names(&keys, &descending), ["recent", "long ago", "never"]);
    }

    #[test]
    fn never_expiring_sorts_last_when_ascending_by_expires() {
        let mut never = key("never");
        never.expires = KeyDate::Absent;
        let mut soon = key("soon");
        soon.expires = at(2);
        let mut later = key("later");
        later.expires = at(200);
        let keys = [never, later, soon];
        let ascending = sorted_by(&keys, SortColumn::Expires, SortDirection::Ascending);
        assert_eq!(names(&keys, &ascending), ["soon", "later", "never"]);
        let descending = sorted_by(&keys, SortColumn::Expires, SortDirection::Descending);
        assert_eq!(names(&keys, &descending), ["never", "later", "soon"]);
    }

    #[test]
    fn access_sorts_all_then_read_only_then_custom_by_summary() {
        let mut rooms = key("rooms");
        rooms.permissions = vec!["rooms:read".to_owned()];
        let mut files = key("files");
        files.permissions = vec!["files:write".to_owned()];
        let mut read_only = key("read only");
        read_only.permissions = vec!["*:read".to_owned()];
        let all = key("all");
        let keys = [rooms, files, read_only, all];
        let rows = sorted_by(&keys, SortColumn::Access, SortDirection::Ascending);
        assert_eq!(names(&keys, &rows), ["all", "read only", "files", "rooms"]);
    }

    #[test]
    fn active_column_sorts_active_then_inactive_then_expired() {
        let mut expired = key("expired");
        expired.expires = at(-1);
        let mut inactive = key("inactive");
        inactive.active = false;
        let active = key("active");
        let keys = [expired, inactive, active];
        let rows = sorted_by(&keys, SortColumn::Active, SortDirection::Ascending);
        assert_eq!(names(&keys, &rows), ["active", "inactive", "expired"]);
    }

    #[test]
    fn creator_and_key_columns_sort_by_their_text() {
        let mut first = key("first");
        first.creator.name = "zoe".to_owned();
        first.postfix = "aaaa".to_owned();
        let mut second = key("second");
        second.creator.name = "Adam".to_owned();
        second.postfix = "ffff".to_owned();
        let keys = [first, second];
        let by_creator = sorted_by(&keys, SortColumn::CreatedBy, SortDirection::Ascending);
        assert_eq!(names(&keys, &by_creator), ["second", "first"]);
        let by_key = sorted_by(&keys, SortColumn::Key, SortDirection::Ascending);
        assert_eq!(names(&keys, &by_key), ["first", "second"]);
    }

    #[test]
    fn search_matches_name_postfix_and_creator_ignoring_case_and_spaces() {
        let mut by_name = key("Deploy bot");
        by_name.creator.name = "Kim".to_owned();
        let mut by_postfix = key("other");
        by_postfix.postfix = "beef".to_owned();
        let mut by_creator = key("third");
        by_creator.creator.name = "Maria Deployer".to_owned();
        let unrelated = key("unrelated");
        let keys = [by_name, by_postfix, by_creator, unrelated];
        let found = visible_rows(
            &keys,
            &query(StatusFilter::All, "  DEPLOY ", SortColumn::Name),
            now(),
        );
        assert_eq!(names(&keys, &found), ["Deploy bot", "third"]);
        let found = visible_rows(
            &keys,
            &query(StatusFilter::All, "BEEF", SortColumn::Name),
            now(),
        );
        assert_eq!(names(&keys, &found), ["other"]);
    }

    #[test]
    fn blank_search_shows_every_key() {
        let keys = [key("a"), key("b")];
        let rows = visible_rows(
            &keys,
            &query(StatusFilter::All, "   ", SortColumn::Name),
            now(),
        );
        assert_eq!(rows, [0, 1]);
    }

    fn status_sample() -> Vec<ApiKey> {
        let active = key("active");
        let mut inactive = key("inactive");
        inactive.active = false;
        let mut expired_but_flagged_active = key("expired");
        expired_but_flagged_active.expires = at(-1);
        let mut expiring = key("expiring");
        expiring.expires = at(3);
        let mut unused = key("unused");
        unused.last_used = KeyDate::Absent;
        unused.expires = at(100);
        vec![
            active,
            inactive,
            expired_but_flagged_active,
            expiring,
            unused,
        ]
    }

    #[test]
    fn status_filters_pick_keys_by_effective_state() {
        let keys = status_sample();
        let shown = |status| {
            let rows = visible_rows(&keys, &query(status, "", SortColumn::Name), now());
            names(&keys, &rows)
        };
        assert_eq!(
            shown(StatusFilter::Active),
            ["active", "expiring", "unused"]
        );
        assert_eq!(shown(StatusFilter::Inactive), ["inactive"]);
        assert_eq!(shown(StatusFilter::Expired), ["expired"]);
        assert_eq!(shown(StatusFilter::ExpiringSoon), ["expiring"]);
        assert_eq!(shown(StatusFilter::NeverUsed), ["unused"]);
        assert_eq!(shown(StatusFilter::All).len(), 5);
    }

    #[test]
    fn counts_agree_with_the_filters() {
        let keys = status_sample();
        let table = KeyTable::new(&keys);
        let counts = table.counts("", now());
        for filter in StatusFilter::ALL {
            let shown = table.visible_rows(&query(filter, "", SortColumn::Name), now());
            assert_eq!(counts.count(filter), shown.len(), "{filter:?}");
        }
        assert_eq!(counts.active, 3);
    }

    #[test]
    fn counts_only_include_keys_matching_the_search() {
        let keys = status_sample();
        let counts = KeyTable::new(&keys).counts("EXP", now());
        assert_eq!(counts.all, 2);
        assert_eq!(counts.expired, 1);
        assert_eq!(counts.expiring_soon, 1);
        assert_eq!(counts.inactive, 0);
    }

    #[test]
    fn filter_and_sort_combine() {
        let keys = status_sample();
        let query = KeyQuery {
            status: StatusFilter::Active,
            search: String::new(),
            order: SortOrder {
                column: SortColumn::Name,
                direction: SortDirection::Descending,
            },
        };
        let rows = visible_rows(&keys, &query, now());
        assert_eq!(names(&keys, &rows), ["unused", "expiring", "active"]);
    }

    #[test]
    fn empty_table_shows_nothing() {
        let table = KeyTable::new(&[]);
        assert!(table.is_empty());
        assert!(table.visible_rows(&KeyQuery::default(), now()).is_empty());
        assert_eq!(table.counts("", now()), StatusCounts::default());
    }
}
