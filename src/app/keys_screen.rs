//! The key grid's state: the signed-in session, the keys in display order, the
//! query the user set, the selection and the dialog on top.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::command::SessionStart;
use super::dialogs::Dialog;
use super::message::Message;
use crate::api::DocSpaceClient;
use crate::domain::{ApiKey, KeyList, KeyQuery, Person, StatusCounts};

/// How far back a key made by a create whose answer was lost is looked for.
const LOST_CREATE_MINUTES: i64 = 10;

/// A signed-in session and its key grid.
pub struct KeysScreen {
    pub client: DocSpaceClient,
    pub person: Person,
    pub account: String,
    pub remembered: bool,
    /// Set when the credential may list but not change keys.
    pub read_only: Option<Message>,
    pub catalogue: Vec<String>,
    /// The search, filter and order as the user set them. The grid follows
    /// after [`KeysScreen::apply_query`].
    pub query: KeyQuery,
    /// The keys, in display order too, changed one at a time in place.
    keys: KeyList,
    pub selected: Option<String>,
    pub loading: bool,
    pub last_refresh: Option<DateTime<Utc>>,
    /// Keys with a change or deletion on its way.
    pub pending: HashSet<String>,
    pub dialog: Option<Dialog>,
    /// A lasting message above the grid (keychain trouble, a failed refresh).
    pub banner: Option<Message>,
    pub focus_search: bool,
    /// Set when the order or the filter changed: the grid starts again at its top.
    pub scroll_to_top: bool,
    /// A key whose row the grid scrolls to once (a key just created).
    pub scroll_to_key: Option<String>,
    /// Why the session ended while a new key was still neither copied nor
    /// saved: the connect screen follows once the key's dialog is closed.
    pub ended: Option<Message>,
    /// The name of a key whose create answer was lost: the next list shows
    /// whether the portal made it.
    pub lost_create: Option<String>,
    /// A key that was probably made by a create whose answer was lost: it
    /// exists, but its secret is gone.
    pub orphan: Option<String>,
    /// An export is being saved.
    pub exporting: bool,
}

impl KeysScreen {
    /// The grid of a session that has just started.
    pub fn new(start: SessionStart, query: KeyQuery, now: DateTime<Utc>) -> Self {
        let mut keys = start.keys;
        // The user may have sorted or filtered while the list was on its way.
        if keys.query() != &query {
            keys.set_query(query.clone(), now);
        }
        Self {
            client: start.client,
            person: start.person,
            account: start.account,
            remembered: start.remembered,
            read_only: start.read_only_note,
            catalogue: start.catalogue,
            query,
            keys,
            selected: None,
            loading: false,
            last_refresh: Some(now),
            pending: HashSet::new(),
            dialog: None,
            banner: start.not_remembered.map(Message::NotRemembered),
            focus_search: false,
            scroll_to_top: false,
            scroll_to_key: None,
            ended: None,
            lost_create: None,
            orphan: None,
            exporting: false,
        }
    }

    /// Every key.
    pub fn keys(&self) -> &KeyList {
        &self.keys
    }

    pub fn key(&self, id: &str) -> Option<&ApiKey> {
        self.keys.get(id)
    }

    /// How many keys the search and filter let through.
    pub fn visible_len(&self) -> usize {
        self.keys.visible_len()
    }

    /// The `row`-th key in display order.
    pub fn visible(&self, row: usize) -> Option<&ApiKey> {
        self.keys.visible(row)
    }

    /// How many keys each status filter would show with the current search.
    pub fn counts(&self) -> &StatusCounts {
        self.keys.counts()
    }

    /// Replaces the key list (a refresh) with one sorted in the background.
    pub fn set_keys(&mut self, keys: KeyList, now: DateTime<Utc>) {
        // The old list goes before the new one is adjusted.
        self.keys = keys;
        if self.keys.query() != &self.query {
            self.keys.set_query(self.query.clone(), now);
        }
        self.keys.recompute(now);
        if let Some(selected) = &self.selected
            && self.keys.get(selected).is_none()
        {
            self.selected = None;
        }
    }

    /// Adds a key the portal has just created, first in the portal's order.
    pub fn insert_first(&mut self, key: ApiKey, now: DateTime<Utc>) {
        self.keys.insert_first(key, now);
    }

    /// Changes the key with this id in place; false when there is none.
    pub fn update_key(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut ApiKey),
    ) -> bool {
        self.keys.update(id, now, change)
    }

    /// Removes the key with this id and returns it.
    pub fn remove_key(&mut self, id: &str, now: DateTime<Utc>) -> Option<ApiKey> {
        let removed = self.keys.remove(id, now);
        if self.selected.as_deref() == Some(id) {
            self.selected = None;
        }
        removed
    }

    /// Brings the time-dependent state (expired, expiring soon) to `now`; free
    /// while no key's expiry state changed since the last call.
    pub fn catch_up(&mut self, now: DateTime<Utc>) {
        self.keys.recompute(now);
    }

    /// Makes the grid follow [`KeysScreen::query`].
    pub fn apply_query(&mut self, now: DateTime<Utc>) {
        self.keys.set_query(self.query.clone(), now);
    }

    /// After a create whose answer was lost: the newest key of that name made
    /// in the last few minutes is probably the one, and is selected and named.
    pub fn find_lost_create(&mut self, now: DateTime<Utc>) {
        let Some(name) = self.lost_create.take() else {
            return;
        };
        let recent = now - chrono::Duration::minutes(LOST_CREATE_MINUTES);
        let found = self
            .keys
            .iter()
            .filter(|key| key.name == name)
            .filter(|key| {
                key.created
                    .known()
                    .is_some_and(|created| created.to_utc() >= recent)
            })
            .max_by_key(|key| key.created.known())
            .map(|key| key.id.clone());
        if let Some(id) = &found {
            self.selected = Some(id.clone());
        }
        self.orphan = found;
    }

    pub fn can_change(&self) -> bool {
        self.read_only.is_none() && self.ended.is_none()
    }
}
