//! The key grid's model, changed in place one key at a time: [`KeyList`].

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use super::key_row::{KeyRow, search_needle};
use super::{ApiKey, KeyQuery, KeyState, SortColumn, SortOrder, StatusCounts, StatusFilter};

mod entry;
mod evaluation;
mod ids;
mod orders;

use entry::{Entry, display_order};
use evaluation::Evaluation;
use ids::IdIndex;
use orders::ColumnOrders;

/// Above this many keys changing state at once, moving them one by one costs more than
/// sorting everything again.
const FEW_CHANGES: usize = 64;

/// A portal's keys with everything the grid shows of them: their prepared sort and search
/// values, the query, the keys shown in display order and the filter counts.
///
/// **Same results as a full recompute.** After any sequence of calls, [`KeyList::visible_keys`]
/// and [`KeyList::counts`] are exactly what [`super::KeyTable::visible_rows`] and
/// [`super::KeyTable::counts`] give for the keys in [`KeyList::iter`] order, the current query
/// and the latest `now` passed: the same filters, search and stable order (ties keep portal
/// order in both directions).
///
/// **The clock.** Every call that takes `now` brings the whole list to that moment before doing
/// its work, so what it shows is never a mix of moments (calls on an unknown id change nothing,
/// not even the clock). That is cheap: a key's expiry status only changes at `expires − 7 days`
/// and at `expires`, so the list keeps the span of time around its last evaluation in which no
/// status changes. Within it, a new `now` costs nothing; past it, the few keys whose status
/// changed are moved one by one (or, if many did, everything is sorted again). Calling
/// [`KeyList::recompute`] every frame is therefore fine.
///
/// **Cost.** [`KeyList::insert_first`], [`KeyList::update`] and [`KeyList::remove`] prepare one
/// row, binary-search its place and shift the visible order: no re-preparation, no sorting.
/// [`KeyList::new`], [`KeyList::replace_all`] and [`KeyList::set_query`] sort in full.
///
/// **Identity.** Keys are told apart by `id`. A list given two keys with the same id keeps the
/// first in portal order; [`KeyList::insert_first`] with a known id replaces that key; and
/// [`KeyList::update`] cannot change a key's id.
#[derive(Debug, Clone, Default)]
pub struct KeyList {
    /// The keys by slot. A slot keeps its key for the key's lifetime; `None` is a free slot,
    /// listed in `free`.
    slots: Vec<Option<Entry>>,
    free: Vec<usize>,
    ids: IdIndex,
    /// Slots in portal order, which is ascending rank.
    portal: Vec<usize>,
    /// Slots in order by each column that does not change with the clock.
    orders: ColumnOrders,
    /// The rank of the next key put first in portal order: below every rank in use.
    first_rank: i64,
    query: KeyQuery,
    /// The query's search as rows match it.
    needle: String,
    /// Slots of the keys shown, in display order.
    visible: Vec<usize>,
    counts: StatusCounts,
    evaluation: Evaluation,
}

impl KeyList {
    /// A list of `keys`, given in portal order (newest first), shown by `query` at `now`.
    pub fn new(keys: Vec<ApiKey>, query: KeyQuery, now: DateTime<Utc>) -> KeyList {
        let mut list = KeyList {
            needle: search_needle(&query.search),
            query,
            ..KeyList::default()
        };
        list.fill(keys, now);
        list
    }

    /// Replaces every key, as after a refresh. The query stays.
    pub fn replace_all(&mut self, keys: Vec<ApiKey>, now: DateTime<Utc>) {
        // Drop the old keys first, so old and new are not both held; the buffers are reused.
        self.slots.clear();
        self.free.clear();
        self.ids.clear();
        self.portal.clear();
        self.orders.clear();
        self.visible.clear();
        self.fill(keys, now);
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.portal.len()
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.portal.is_empty()
    }

    /// The key with this id.
    pub fn get(&self, id: &str) -> Option<&ApiKey> {
        let slot = self.ids.find(&self.slots, id)?;
        self.entry(slot).map(|entry| &entry.key)
    }

    /// Every key, in portal order.
    pub fn iter(&self) -> impl Iterator<Item = &ApiKey> {
        self.keys_of(&self.portal)
    }

    /// Adds a newly created key, first in portal order. A key with the same id is replaced.
    pub fn insert_first(&mut self, key: ApiKey, now: DateTime<Utc>) {
        self.remove(&key.id, now);
        self.bring_to(now);
        let rank = self.first_rank;
        self.first_rank = rank.saturating_sub(1);
        let entry = Entry::new(key, rank, &self.needle, now);
        self.evaluation.narrow(entry.row().expires());
        let slot = self.store(entry);
        self.ids.insert(&self.slots, slot);
        self.portal.insert(0, slot);
        self.orders.insert(&self.slots, slot);
        self.attach(slot);
    }

    /// Changes the key with this id and moves it to its new place. Returns false, without
    /// calling `change`, when no key has this id. The id itself cannot change: a change to it
    /// is undone.
    pub fn update(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut ApiKey),
    ) -> bool {
        let Some(slot) = self.ids.find(&self.slots, id) else {
            return false;
        };
        self.bring_to(now);
        self.detach(slot);
        self.orders.remove(&self.slots, slot);
        if let Some(entry) = self.slots.get_mut(slot).and_then(Option::as_mut) {
            change(&mut entry.key);
            if entry.key.id != id {
                id.clone_into(&mut entry.key.id);
            }
            entry.prepared = KeyRow::new(&entry.key);
            entry.matches = entry.row().matches_search(&self.needle);
            entry.evaluate(now);
            self.evaluation.narrow(entry.row().expires());
        }
        self.orders.insert(&self.slots, slot);
        self.attach(slot);
        true
    }

    /// Takes the key with this id out of the list; `None` when no key has it.
    pub fn remove(&mut self, id: &str, now: DateTime<Utc>) -> Option<ApiKey> {
        let slot = self.ids.find(&self.slots, id)?;
        self.bring_to(now);
        self.detach(slot);
        self.orders.remove(&self.slots, slot);
        if let Some(position) = self.portal_position(slot) {
            self.portal.remove(position);
        }
        self.ids.remove(&self.slots, id);
        let entry = self.slots.get_mut(slot)?.take()?;
        self.free.push(slot);
        Some(entry.key)
    }

    /// What the grid shows: the status filter, the search and the sort order.
    pub fn query(&self) -> &KeyQuery {
        &self.query
    }

    /// Shows the keys by another query: filters, counts and sorts again.
    pub fn set_query(&mut self, query: KeyQuery, now: DateTime<Utc>) {
        if query == self.query {
            self.recompute(now);
            return;
        }
        if self.evaluation.covers(now) {
            self.evaluation.at = now;
        } else {
            self.evaluate_all(now);
        }
        let needle = search_needle(&query.search);
        if needle != self.needle {
            // While typing, a longer search only drops keys and a shorter one only adds keys,
            // so the keys on the other side need not be searched again.
            let narrower = needle.contains(self.needle.as_str());
            let wider = self.needle.contains(needle.as_str());
            for entry in self.slots.iter_mut().flatten() {
                let settled = if entry.matches { wider } else { narrower };
                if !settled {
                    entry.matches = entry.row().matches_search(&needle);
                }
            }
            self.needle = needle;
            self.recount();
        }
        self.query = query;
        self.resort();
    }

    /// Brings the time-dependent values (expiry, and so state, filters, order and counts) to
    /// `now`. Costs nothing while no key's expiry status has changed since the last evaluation.
    pub fn recompute(&mut self, now: DateTime<Utc>) {
        self.bring_to(now);
    }

    /// The number of keys shown.
    pub fn visible_len(&self) -> usize {
        self.visible.len()
    }

    /// The key shown in this row, counting from 0 in display order.
    pub fn visible(&self, row: usize) -> Option<&ApiKey> {
        let slot = *self.visible.get(row)?;
        self.entry(slot).map(|entry| &entry.key)
    }

    /// The keys shown, in display order.
    pub fn visible_keys(&self) -> impl Iterator<Item = &ApiKey> {
        self.keys_of(&self.visible)
    }

    /// How many keys matching the search each status filter would show.
    pub fn counts(&self) -> &StatusCounts {
        &self.counts
    }

    fn fill(&mut self, keys: Vec<ApiKey>, now: DateTime<Utc>) {
        self.evaluation = Evaluation::starting(now);
        self.slots.reserve(keys.len());
        self.portal.reserve(keys.len());
        self.ids.reserve(&self.slots, keys.len());
        for key in keys {
            if self.ids.find(&self.slots, &key.id).is_some() {
                continue;
            }
            let slot = self.slots.len();
            let rank = i64::try_from(slot).unwrap_or(i64::MAX);
            let entry = Entry::new(key, rank, &self.needle, now);
            self.evaluation.narrow(entry.row().expires());
            self.slots.push(Some(entry));
            self.ids.insert(&self.slots, slot);
            self.portal.push(slot);
        }
        self.first_rank = -1;
        self.orders = ColumnOrders::build(&self.slots);
        self.recount();
        self.resort();
    }

    fn entry(&self, slot: usize) -> Option<&Entry> {
        self.slots.get(slot)?.as_ref()
    }

    fn keys_of<'a>(&'a self, slots: &'a [usize]) -> impl Iterator<Item = &'a ApiKey> {
        slots
            .iter()
            .filter_map(|&slot| self.entry(slot))
            .map(|entry| &entry.key)
    }

    /// Puts an entry in a free slot, or a new one.
    fn store(&mut self, entry: Entry) -> usize {
        while let Some(slot) = self.free.pop() {
            if let Some(place) = self.slots.get_mut(slot)
                && place.is_none()
            {
                *place = Some(entry);
                return slot;
            }
        }
        self.slots.push(Some(entry));
        self.slots.len() - 1
    }

    /// Takes a key out of the counts and the visible order, by its current values.
    fn detach(&mut self, slot: usize) {
        let Some(entry) = self.slots.get(slot).and_then(Option::as_ref) else {
            return;
        };
        if entry.matches {
            self.counts
                .remove(entry.state, entry.expiry, entry.row().is_never_used());
        }
        if entry.is_shown(self.query.status)
            && let Some(position) = self.visible_position(slot)
        {
            self.visible.remove(position);
        }
    }

    /// Puts a key into the counts and, if shown, its place in the visible order.
    fn attach(&mut self, slot: usize) {
        let Some(entry) = self.slots.get(slot).and_then(Option::as_ref) else {
            return;
        };
        if entry.matches {
            self.counts
                .add(entry.state, entry.expiry, entry.row().is_never_used());
        }
        if entry.is_shown(self.query.status) {
            let order = self.query.order;
            let slots = &self.slots;
            let position = self.visible.partition_point(|&other| {
                slots
                    .get(other)
                    .and_then(Option::as_ref)
                    .is_some_and(|other| display_order(order, other, entry) == Ordering::Less)
            });
            self.visible.insert(position, slot);
        }
    }

    fn visible_position(&self, slot: usize) -> Option<usize> {
        let entry = self.entry(slot)?;
        let order = self.query.order;
        let found = self.visible.binary_search_by(|&other| {
            self.entry(other)
                .map_or(Ordering::Less, |other| display_order(order, other, entry))
        });
        confirmed(&self.visible, found, slot)
    }

    fn portal_position(&self, slot: usize) -> Option<usize> {
        let rank = self.entry(slot)?.rank;
        let found = self.portal.binary_search_by(|&other| {
            self.entry(other)
                .map_or(Ordering::Less, |other| other.rank.cmp(&rank))
        });
        confirmed(&self.portal, found, slot)
    }

    /// Brings the time-dependent values to `now`.
    fn bring_to(&mut self, now: DateTime<Utc>) {
        if self.evaluation.covers(now) {
            self.evaluation.at = now;
            return;
        }
        let mut evaluation = Evaluation::starting(now);
        let mut changed = Vec::new();
        for (slot, entry) in self.slots.iter().enumerate() {
            let Some(entry) = entry else {
                continue;
            };
            evaluation.narrow(entry.row().expires());
            if entry.evaluated(now) != (entry.state, entry.expiry) {
                changed.push(slot);
            }
        }
        if changed.len() > FEW_CHANGES {
            self.evaluate_all(now);
            if depends_on_the_clock(&self.query) {
                self.resort();
            }
            return;
        }
        self.evaluation = evaluation;
        for slot in changed {
            self.detach(slot);
            if let Some(entry) = self.slots.get_mut(slot).and_then(Option::as_mut) {
                entry.evaluate(now);
            }
            self.attach(slot);
        }
    }

    /// Evaluates every key at `now` and counts again; the visible order is left alone.
    fn evaluate_all(&mut self, now: DateTime<Utc>) {
        self.evaluation = Evaluation::starting(now);
        for entry in self.slots.iter_mut().flatten() {
            entry.evaluate(now);
            self.evaluation.narrow(entry.row().expires());
        }
        self.recount();
    }

    fn recount(&mut self) {
        let mut counts = StatusCounts::default();
        for entry in self.slots.iter().flatten().filter(|entry| entry.matches) {
            counts.add(entry.state, entry.expiry, entry.row().is_never_used());
        }
        self.counts = counts;
    }

    /// Filters the keys and puts them in display order again: one pass over a kept order, or
    /// for the Active column over portal order.
    fn resort(&mut self) {
        let status = self.query.status;
        let SortOrder { column, direction } = self.query.order;
        let shown = |entry: &Entry| entry.is_shown(status);
        self.visible.clear();
        if let Some(ascending) = self.orders.ascending(column) {
            orders::extend_in_direction(
                &mut self.visible,
                &self.slots,
                ascending,
                column,
                direction,
                shown,
            );
            return;
        }
        // By state, ties in portal order: a stable sort of portal order by state.
        let mut by_state: Vec<(KeyState, usize)> = self
            .portal
            .iter()
            .filter_map(|&slot| Some((self.entry(slot)?, slot)))
            .filter(|(entry, _)| shown(entry))
            .map(|(entry, slot)| (entry.state, slot))
            .collect();
        by_state.sort_by(|(a, _), (b, _)| direction.apply(a.cmp(b)));
        self.visible
            .extend(by_state.into_iter().map(|(_, slot)| slot));
    }
}

/// The binary search's answer if it found `slot`, else a plain search: the orders are strict,
/// so this only falls back if the list's own bookkeeping went wrong.
fn confirmed<Slot: PartialEq + Copy>(
    slots: &[Slot],
    found: Result<usize, usize>,
    slot: Slot,
) -> Option<usize> {
    found
        .ok()
        .filter(|&position| slots.get(position) == Some(&slot))
        .or_else(|| slots.iter().position(|&other| other == slot))
}

/// True when the clock can change which keys the query shows or their order.
fn depends_on_the_clock(query: &KeyQuery) -> bool {
    query.order.column == SortColumn::Active
        || !matches!(query.status, StatusFilter::All | StatusFilter::NeverUsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{at, key, now};
    use crate::domain::{KeyDate, KeyTable, SortDirection, SortOrder};
    use chrono::TimeDelta;

    /// A fixed pseudo-random sequence (xorshift), so failures repeat.
    struct Dice(u64);

    impl Dice {
        fn roll(&mut self, sides: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % sides as u64) as usize
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items
                .get(self.roll(items.len()))
                .copied()
                .unwrap_or_default()
        }
    }

    fn hours_from_now(hours: i64) -> KeyDate {
        at(0)
            .known()
            .map(|moment| moment + TimeDelta::hours(hours))
            .into()
    }

    /// Makes `key` a random-ish key, with few distinct values so that ties are common and with
    /// expiry dates close to [`now`], so that moving the clock changes states.
    fn vary(key: &mut ApiKey, dice: &mut Dice) {
        key.name = dice
            .pick(&["alpha", "Alpha", "beta", "Deploy bot", "deploy", "zeta"])
            .to_owned();
        key.postfix = dice.pick(&["0000", "beef", "BEEF", "a1b2"]).to_owned();
        key.creator.name = dice
            .pick(&["Alex Smith", "adam", "Maria Deployer"])
            .to_owned();
        key.permissions = match dice.roll(5) {
            0 => Vec::new(),
            1 => vec!["*:read".to_owned()],
            2 => vec!["*:write".to_owned()],
            3 => vec!["files:read".to_owned()],
            _ => vec!["rooms:write".to_owned(), "files:read".to_owned()],
        };
        key.created = at(-(dice.roll(4) as i64));
        key.last_used = match dice.roll(4) {
            0 => KeyDate::Absent,
            1 => KeyDate::Unreadable("yesterday".to_owned()),
            days => at(-(days as i64)),
        };
        key.expires = match dice.roll(5) {
            0 => KeyDate::Absent,
            4 => KeyDate::Unreadable("+262142-12-31T23:59:59".to_owned()),
            1 => hours_from_now(dice.roll(48) as i64 - 24),
            2 => hours_from_now(24 * 7 + dice.roll(48) as i64 - 24),
            _ => at(100),
        };
        key.active = dice.roll(4) != 0;
    }

    fn varied_key(serial: usize, dice: &mut Dice) -> ApiKey {
        let mut varied = key("any");
        varied.id = format!("id-{serial}");
        vary(&mut varied, dice);
        varied
    }

    fn query(status: StatusFilter, search: &str, order: SortOrder) -> KeyQuery {
        KeyQuery {
            status,
            search: search.to_owned(),
            order,
        }
    }

    fn ids<'a>(keys: impl Iterator<Item = &'a ApiKey>) -> Vec<&'a str> {
        keys.map(|key| key.id.as_str()).collect()
    }

    /// Asserts that `list` holds `model` (in portal order) and shows what a full recompute
    /// shows: by today's [`KeyTable`] and by a fresh [`KeyList`].
    fn assert_like_a_fresh_list(list: &KeyList, model: &[ApiKey], now: DateTime<Utc>) {
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            model.iter().collect::<Vec<_>>()
        );
        assert_eq!(list.len(), model.len());
        let table = KeyTable::new(model);
        let expected: Vec<&ApiKey> = table
            .visible_rows(list.query(), now)
            .into_iter()
            .filter_map(|row| model.get(row))
            .collect();
        assert_eq!(list.visible_keys().collect::<Vec<_>>(), expected);
        assert_eq!(list.visible_len(), expected.len());
        let by_row: Vec<&ApiKey> = (0..list.visible_len())
            .filter_map(|row| list.visible(row))
            .collect();
        assert_eq!(by_row, expected);
        assert_eq!(*list.counts(), table.counts(&list.query().search, now));
        let fresh = KeyList::new(model.to_vec(), list.query().clone(), now);
        assert_eq!(ids(fresh.visible_keys()), ids(list.visible_keys()));
        assert_eq!(fresh.counts(), list.counts());
        for key in model {
            assert_eq!(list.get(&key.id), Some(key));
        }
    }

    /// Applies a random-ish sequence of changes to a list and to a plain vector, checking the
    /// list against a full recompute after each.
    fn run_changes(query: KeyQuery, seed: u64) {
        let mut dice = Dice(seed);
        let mut serial = 0;
        let mut model: Vec<ApiKey> = (0..30)
            .map(|_| {
                serial += 1;
                varied_key(serial, &mut dice)
            })
            .collect();
        let mut moment = now();
        let mut list = KeyList::new(model.clone(), query, moment);
        assert_like_a_fresh_list(&list, &model, moment);
        for _ in 0..60 {
            if dice.roll(4) == 0 {
                // Mostly forwards, sometimes back, by up to a day and a half.
                moment += TimeDelta::hours(dice.roll(40) as i64 - 4);
            }
            match dice.roll(10) {
                0..=3 if !model.is_empty() => {
                    let index = dice.roll(model.len());
                    let Some(target) = model.get_mut(index) else {
                        continue;
                    };
                    vary(target, &mut dice);
                    let changed = target.clone();
                    let id = changed.id.clone();
                    assert!(list.update(&id, moment, |key| *key = changed));
                }
                4 | 5 => {
                    serial += 1;
                    let mut new = varied_key(serial, &mut dice);
                    if dice.roll(5) == 0
                        && let Some(existing) = model.get(dice.roll(model.len().max(1)))
                    {
                        new.id = existing.id.clone();
                    }
                    model.retain(|key| key.id != new.id);
                    model.insert(0, new.clone());
                    list.insert_first(new, moment);
                }
                6 | 7 if !model.is_empty() => {
                    let removed = model.remove(dice.roll(model.len()));
                    assert_eq!(list.remove(&removed.id, moment), Some(removed));
                }
                8 => list.recompute(moment),
                _ => {
                    assert!(!list.update("id-unknown", moment, |_| {}));
                    assert_eq!(list.remove("id-unknown", moment), None);
                    list.recompute(moment);
                }
            }
            assert_like_a_fresh_list(&list, &model, moment);
        }
        // The orders kept for the other columns followed every change too.
        let current = list.query().clone();
        for column in SortColumn::ALL {
            for direction in [SortDirection::Ascending, SortDirection::Descending] {
                let order = SortOrder { column, direction };
                list.set_query(
                    KeyQuery {
                        order,
                        ..current.clone()
                    },
                    moment,
                );
                assert_like_a_fresh_list(&list, &model, moment);
            }
        }
    }

    #[test]
    fn changes_in_place_match_a_full_recompute_for_every_column_direction_and_query() {
        let queries = [
            (StatusFilter::All, ""),
            (StatusFilter::Active, ""),
            (StatusFilter::Inactive, "  "),
            (StatusFilter::Expired, "dep"),
            (StatusFilter::ExpiringSoon, ""),
            (StatusFilter::NeverUsed, " A "),
            (StatusFilter::All, "BEEF"),
            (StatusFilter::Active, "nothing matches this"),
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d;
        for column in SortColumn::ALL {
            for direction in [SortDirection::Ascending, SortDirection::Descending] {
                for (status, search) in queries {
                    seed += 1;
                    run_changes(query(status, search, SortOrder { column, direction }), seed);
                }
            }
        }
    }

    #[test]
    fn changing_the_query_matches_a_fresh_list() {
        let mut dice = Dice(7);
        let model: Vec<ApiKey> = (0..50)
            .map(|serial| varied_key(serial, &mut dice))
            .collect();
        let mut list = KeyList::new(model.clone(), KeyQuery::default(), now());
        let mut moment = now();
        for _ in 0..40 {
            let column = SortColumn::ALL
                .get(dice.roll(SortColumn::ALL.len()))
                .copied()
                .unwrap_or(SortColumn::Name);
            let status = StatusFilter::ALL
                .get(dice.roll(StatusFilter::ALL.len()))
                .copied()
                .unwrap_or_default();
            let order = SortOrder {
                column,
                direction: SortDirection::Ascending,
            };
            let order = if dice.roll(2) == 0 {
                order
            } else {
                order.clicked(column)
            };
            let search = dice.pick(&["", "d", "de", "dep", " Deploy ", "ALPHA", "al", "adam"]);
            moment += TimeDelta::hours(dice.roll(12) as i64);
            list.set_query(query(status, search, order), moment);
            assert_like_a_fresh_list(&list, &model, moment);
        }
    }

    #[test]
    fn removing_an_unknown_id_returns_none_and_changes_nothing() {
        let mut list = KeyList::new(vec![key("a"), key("b")], KeyQuery::default(), now());
        assert_eq!(list.remove("id-c", now()), None);
        assert_eq!(ids(list.iter()), ["id-a", "id-b"]);
        assert_eq!(list.counts().all, 2);
    }

    #[test]
    fn updating_an_unknown_id_returns_false_without_calling_the_change() {
        let mut list = KeyList::new(vec![key("a")], KeyQuery::default(), now());
        let mut called = false;
        assert!(!list.update("id-b", now(), |_| called = true));
        assert!(!called);
        assert_eq!(list.get("id-a"), Some(&key("a")));
    }

    #[test]
    fn an_inserted_key_comes_first_in_portal_order_and_first_among_ties_both_ways() {
        let keys = vec![key("same"), key("other")];
        for direction in [SortDirection::Ascending, SortDirection::Descending] {
            let order = SortOrder {
                column: SortColumn::Name,
                direction,
            };
            let mut list = KeyList::new(keys.clone(), query(StatusFilter::All, "", order), now());
            let mut new = key("same");
            new.id = "id-new".to_owned();
            list.insert_first(new, now());
            assert_eq!(ids(list.iter()), ["id-new", "id-same", "id-other"]);
            let shown = ids(list.visible_keys());
            let new_at = shown.iter().position(|id| *id == "id-new");
            let old_at = shown.iter().position(|id| *id == "id-same");
            assert!(new_at < old_at, "{direction:?}: {shown:?}");
        }
    }

    #[test]
    fn an_update_moves_the_key_to_its_new_place_and_recounts() {
        let order = SortOrder {
            column: SortColumn::Name,
            direction: SortDirection::Ascending,
        };
        let keys = vec![key("a"), key("b"), key("c")];
        let mut list = KeyList::new(keys, query(StatusFilter::Active, "", order), now());
        assert!(list.update("id-a", now(), |key| key.name = "d".to_owned()));
        assert_eq!(ids(list.visible_keys()), ["id-b", "id-c", "id-a"]);
        assert!(list.update("id-b", now(), |key| key.active = false));
        assert_eq!(ids(list.visible_keys()), ["id-c", "id-a"]);
        assert_eq!(list.counts().active, 2);
        assert_eq!(list.counts().inactive, 1);
        assert_eq!(list.get("id-a").map(|key| key.name.as_str()), Some("d"));
    }

    #[test]
    fn an_update_cannot_change_the_id() {
        let mut list = KeyList::new(vec![key("a")], KeyQuery::default(), now());
        assert!(list.update("id-a", now(), |key| key.id = "id-z".to_owned()));
        assert!(list.get("id-z").is_none());
        assert_eq!(list.get("id-a").map(|key| key.id.as_str()), Some("id-a"));
    }

    #[test]
    fn duplicate_ids_keep_the_first_key_and_inserting_a_known_id_replaces_it() {
        let mut second = key("a");
        second.name = "second".to_owned();
        let mut list = KeyList::new(vec![key("a"), second, key("b")], KeyQuery::default(), now());
        assert_eq!(list.len(), 2);
        assert_eq!(list.get("id-a"), Some(&key("a")));
        let mut replacement = key("b");
        replacement.name = "replacement".to_owned();
        list.insert_first(replacement.clone(), now());
        assert_eq!(ids(list.iter()), ["id-b", "id-a"]);
        assert_eq!(list.get("id-b"), Some(&replacement));
        assert_eq!(list.counts().all, 2);
    }

    #[test]
    fn moving_the_clock_past_an_expiry_updates_filters_order_and_counts() {
        let mut soon = key("soon");
        soon.expires = hours_from_now(1);
        let keys = vec![soon, key("steady")];
        let order = SortOrder {
            column: SortColumn::Active,
            direction: SortDirection::Ascending,
        };
        let mut list = KeyList::new(keys.clone(), query(StatusFilter::Active, "", order), now());
        assert_eq!(list.visible_len(), 2);
        assert_eq!(list.counts().expiring_soon, 1);
        let later = now() + TimeDelta::hours(2);
        list.recompute(later);
        assert_eq!(ids(list.visible_keys()), ["id-steady"]);
        assert_eq!(list.counts().expired, 1);
        assert_eq!(list.counts().expiring_soon, 0);
        assert_like_a_fresh_list(&list, &keys, later);
        // Back before the expiry, the key is active again.
        list.recompute(now());
        assert_like_a_fresh_list(&list, &keys, now());
    }

    #[test]
    fn many_keys_expiring_at_once_are_sorted_again_like_a_fresh_list() {
        let keys: Vec<ApiKey> = (0..FEW_CHANGES * 3)
            .map(|serial| {
                let mut expiring = key(&format!("key {serial}"));
                expiring.expires = hours_from_now(1 + (serial % 3) as i64);
                expiring.active = serial % 5 != 0;
                expiring
            })
            .collect();
        for column in [SortColumn::Active, SortColumn::Name] {
            let order = SortOrder {
                column,
                direction: SortDirection::Descending,
            };
            for status in StatusFilter::ALL {
                let mut list = KeyList::new(keys.clone(), query(status, "", order), now());
                for hours in [2, 3, 5, 0] {
                    let moment = now() + TimeDelta::hours(hours);
                    list.recompute(moment);
                    assert_like_a_fresh_list(&list, &keys, moment);
                }
            }
        }
    }

    #[test]
    fn a_change_brings_the_whole_list_to_its_moment() {
        let mut soon = key("soon");
        soon.expires = hours_from_now(1);
        let mut keys = vec![soon, key("other")];
        let mut list = KeyList::new(keys.clone(), KeyQuery::default(), now());
        let later = now() + TimeDelta::hours(2);
        assert!(list.update("id-other", later, |key| key.active = false));
        if let Some(other) = keys.get_mut(1) {
            other.active = false;
        }
        assert_eq!(list.counts().expired, 1);
        assert_like_a_fresh_list(&list, &keys, later);
    }

    #[test]
    fn replace_all_forgets_the_old_keys_and_keeps_the_query() {
        let searched = query(StatusFilter::All, "b", SortOrder::default());
        let mut list = KeyList::new(vec![key("a"), key("b")], searched.clone(), now());
        list.replace_all(vec![key("bc"), key("cd")], now());
        assert!(list.get("id-a").is_none());
        assert_eq!(list.query(), &searched);
        assert_eq!(ids(list.visible_keys()), ["id-bc"]);
        assert_like_a_fresh_list(&list, &[key("bc"), key("cd")], now());
    }

    #[test]
    fn an_unreadable_expiry_is_neither_never_nor_active_nor_expired() {
        let mut unknown = key("unknown");
        unknown.expires = KeyDate::Unreadable("-262143-01-01T00:00:00".to_owned());
        let mut unknown_use = key("unknown use");
        unknown_use.last_used = KeyDate::Unreadable("not a date".to_owned());
        let mut never_used = key("never used");
        never_used.last_used = KeyDate::Absent;
        let keys = vec![unknown, unknown_use, never_used, key("plain")];
        let shown = |status| {
            let list = KeyList::new(keys.clone(), query(status, "", SortOrder::default()), now());
            let mut names: Vec<String> = list.visible_keys().map(|key| key.name.clone()).collect();
            names.sort();
            names
        };
        assert_eq!(shown(StatusFilter::All).len(), 4);
        assert_eq!(
            shown(StatusFilter::Active),
            ["never used", "plain", "unknown use"]
        );
        assert!(shown(StatusFilter::Expired).is_empty());
        assert!(shown(StatusFilter::ExpiringSoon).is_empty());
        assert_eq!(shown(StatusFilter::NeverUsed), ["never used"]);
        let list = KeyList::new(keys.clone(), KeyQuery::default(), now());
        let counts = list.counts();
        assert_eq!((counts.all, counts.active, counts.unknown), (4, 3, 1));
        assert_eq!((counts.expired, counts.never_used), (0, 1));
        // Sorted by expiry, "never" comes after every date and "unknown" after that.
        let order = SortOrder {
            column: SortColumn::Expires,
            direction: SortDirection::Ascending,
        };
        let mut dated = key("dated");
        dated.expires = at(30);
        let mut sorted_keys = keys.clone();
        sorted_keys.push(dated);
        let sorted = KeyList::new(sorted_keys, query(StatusFilter::All, "", order), now());
        let names: Vec<&str> = sorted.visible_keys().map(|key| key.name.as_str()).collect();
        assert_eq!(names.first(), Some(&"dated"));
        assert_eq!(names.last(), Some(&"unknown"));
    }

    #[test]
    fn an_empty_list_shows_nothing_and_rows_past_the_end_are_none() {
        let mut list = KeyList::default();
        assert!(list.is_empty());
        assert_eq!(list.visible(0), None);
        assert_eq!(*list.counts(), StatusCounts::default());
        list.insert_first(key("a"), now());
        assert_eq!(list.visible(0), Some(&key("a")));
        assert_eq!(list.visible(1), None);
        assert_eq!(list.remove("id-a", now()), Some(key("a")));
        assert!(list.is_empty());
        assert_eq!(list.visible_len(), 0);
        assert_eq!(*list.counts(), StatusCounts::default());
    }
}
