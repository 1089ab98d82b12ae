//! Finding a key's slot by its id, without a second copy of every id.

use std::hash::{BuildHasher, RandomState};

use hashbrown::HashTable;

use super::entry::Entry;

/// The slots of a [`super::KeyList`]'s keys, found by the id each key holds. A map from id to
/// slot would hold every id twice; this table holds only slots and reads the ids from the
/// slots it is given, which must be the list's (8 bytes a key instead of about 90).
#[derive(Debug, Clone, Default)]
pub(super) struct IdIndex {
    table: HashTable<usize>,
    hasher: RandomState,
}

impl IdIndex {
    /// The slot of the key with this id.
    pub(super) fn find(&self, slots: &[Option<Entry>], id: &str) -> Option<usize> {
        self.table
            .find(self.hasher.hash_one(id), |&slot| {
                id_of(slots, slot) == Some(id)
            })
            .copied()
    }

    /// Adds the key in `slot`, already stored there, by its id. Its id must not be indexed
    /// yet (see [`IdIndex::find`]).
    pub(super) fn insert(&mut self, slots: &[Option<Entry>], slot: usize) {
        let Some(id) = id_of(slots, slot) else {
            return;
        };
        let hasher = &self.hasher;
        self.table
            .insert_unique(hasher.hash_one(id), slot, |&other| {
                hasher.hash_one(id_of(slots, other).unwrap_or_default())
            });
    }

    /// Forgets the key with this id; its slot must still hold it.
    pub(super) fn remove(&mut self, slots: &[Option<Entry>], id: &str) {
        if let Ok(found) = self.table.find_entry(self.hasher.hash_one(id), |&slot| {
            id_of(slots, slot) == Some(id)
        }) {
            found.remove();
        }
    }

    pub(super) fn reserve(&mut self, slots: &[Option<Entry>], additional: usize) {
        let hasher = &self.hasher;
        self.table.reserve(additional, |&slot| {
            hasher.hash_one(id_of(slots, slot).unwrap_or_default())
        });
    }

    pub(super) fn clear(&mut self) {
        self.table.clear();
    }
}

fn id_of(slots: &[Option<Entry>], slot: usize) -> Option<&str> {
    Some(slots.get(slot)?.as_ref()?.key.id.as_str())
}
