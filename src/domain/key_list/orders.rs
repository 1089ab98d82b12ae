//! Every key kept in order by each column whose values do not change with the clock, so that
//! sorting the grid by another column, or filtering it, is one pass over the keys.

use std::cmp::Ordering;

use crate::domain::key_row::{SortKey, compare_rows};
use crate::domain::{SortColumn, SortDirection, SortOrder};

use super::entry::{Entry, display_order};

/// Whether the keys are kept in order by `column`: every column but Active, since a key's
/// state changes with the clock, and with four states its order is quicker made from portal
/// order (see [`super::KeyList`]'s `resort`).
fn kept(column: SortColumn) -> bool {
    column != SortColumn::Active
}

/// For each kept column, by its place in [`SortColumn::ALL`], the slots of every key in
/// ascending display order: by the column's value, ties by rank. Empty for a column not kept.
/// Slots are held as `u32`, half the memory of `usize` (seven orders of 100 000 keys: 2.8 MB
/// less); a list's answer is at most 256 MiB, far fewer keys than `u32` counts.
#[derive(Debug, Clone, Default)]
pub(super) struct ColumnOrders {
    ascending: [Vec<u32>; SortColumn::ALL.len()],
}

/// `slot` as the orders hold it.
fn held(slot: usize) -> u32 {
    // Unreachable past u32::MAX (see `ColumnOrders`); such a slot would name no key.
    u32::try_from(slot).unwrap_or(u32::MAX)
}

impl ColumnOrders {
    /// Sorts the keys in `slots` by every kept column.
    pub(super) fn build(slots: &[Option<Entry>]) -> ColumnOrders {
        let mut orders = ColumnOrders::default();
        let mut keyed: Vec<(SortKey<'_>, i64, u32)> = Vec::with_capacity(slots.len());
        for (column, order) in orders.kept_mut() {
            keyed.clear();
            keyed.extend(slots.iter().enumerate().filter_map(|(slot, entry)| {
                let entry = entry.as_ref()?;
                Some((
                    entry.row().sort_key(column, entry.state),
                    entry.rank,
                    held(slot),
                ))
            }));
            // Ranks are unique, so the order is strict and an unstable sort gives a stable
            // result. The values compare as `display_order` compares the rows.
            keyed.sort_unstable_by(|(key_a, rank_a, _), (key_b, rank_b, _)| {
                key_a.cmp(key_b).then_with(|| rank_a.cmp(rank_b))
            });
            order.reserve_exact(keyed.len());
            order.extend(keyed.iter().map(|&(_, _, slot)| slot));
        }
        orders
    }

    /// Each kept column with its order.
    fn kept_mut(&mut self) -> impl Iterator<Item = (SortColumn, &mut Vec<u32>)> {
        SortColumn::ALL
            .into_iter()
            .zip(&mut self.ascending)
            .filter(|&(column, _)| kept(column))
    }

    /// Forgets every key; the buffers are kept.
    pub(super) fn clear(&mut self) {
        self.ascending.iter_mut().for_each(Vec::clear);
    }

    /// The slots in ascending order by `column`; `None` for a column not kept.
    pub(super) fn ascending(&self, column: SortColumn) -> Option<&[u32]> {
        let index = SortColumn::ALL.iter().position(|&other| other == column)?;
        kept(column)
            .then(|| self.ascending.get(index).map(Vec::as_slice))
            .flatten()
    }

    /// Puts the key in `slot` in its place in every kept order, by its current values.
    pub(super) fn insert(&mut self, slots: &[Option<Entry>], slot: usize) {
        let Some(key) = entry(slots, slot) else {
            return;
        };
        for (column, order) in self.kept_mut() {
            let position = order.partition_point(|&other| {
                entry(slots, other as usize).is_some_and(|other| {
                    display_order(ascending(column), other, key) == Ordering::Less
                })
            });
            order.insert(position, held(slot));
        }
    }

    /// Takes the key in `slot` out of every kept order. Call it while the key still has the
    /// values it was put in with.
    pub(super) fn remove(&mut self, slots: &[Option<Entry>], slot: usize) {
        let Some(key) = entry(slots, slot) else {
            return;
        };
        for (column, order) in self.kept_mut() {
            let found = order.binary_search_by(|&other| {
                entry(slots, other as usize).map_or(Ordering::Less, |other| {
                    display_order(ascending(column), other, key)
                })
            });
            if let Some(position) = super::confirmed(order, found, held(slot)) {
                order.remove(position);
            }
        }
    }
}

/// Appends to `visible` the slots of `ascending` (an order of [`ColumnOrders`] by `column`)
/// whose keys `keep` accepts, in display order by `column` turned `direction`. Descending
/// reverses the runs of equal values, not the keys within them, so that ties keep portal order
/// both ways.
pub(super) fn extend_in_direction(
    visible: &mut Vec<usize>,
    slots: &[Option<Entry>],
    ascending: &[u32],
    column: SortColumn,
    direction: SortDirection,
    keep: impl Fn(&Entry) -> bool,
) {
    let kept = |slot: &usize| entry(slots, *slot).is_some_and(&keep);
    match direction {
        SortDirection::Ascending => {
            visible.extend(ascending.iter().map(|&slot| slot as usize).filter(kept))
        }
        SortDirection::Descending => {
            let same =
                |&a: &u32, &b: &u32| match (entry(slots, a as usize), entry(slots, b as usize)) {
                    (Some(a), Some(b)) => {
                        compare_rows(a.row(), b.row(), column, || (a.state, b.state))
                            == Ordering::Equal
                    }
                    _ => false,
                };
            for run in ascending.chunk_by(same).rev() {
                visible.extend(run.iter().map(|&slot| slot as usize).filter(kept));
            }
        }
    }
}

fn entry(slots: &[Option<Entry>], slot: usize) -> Option<&Entry> {
    slots.get(slot)?.as_ref()
}

fn ascending(column: SortColumn) -> SortOrder {
    SortOrder {
        column,
        direction: SortDirection::Ascending,
    }
}
