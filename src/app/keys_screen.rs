//! The key grid's state: the signed-in session, the keys in display order, the
//! query the user set, the selection and the dialog on top.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::bulk::BulkRun;
use super::command::SessionStart;
use super::dialogs::Dialog;
use super::message::Message;
use crate::api::DocSpaceClient;
use crate::domain::{
    ApiKey, ExpiryWatch, Finding, KeyList, KeyQuery, Person, ReviewThresholds, StatusCounts,
};
use crate::platform::KnownAccount;

/// How far back a key made by a create whose answer was lost is looked for.
const LOST_CREATE_MINUTES: i64 = 10;
/// How long the security review's findings stand before they are made again: its rules
/// count days, so a minute late is never wrong by much.
const REVIEW_FRESH_SECONDS: i64 = 60;

/// A signed-in session and its key grid.
pub struct KeysScreen {
    pub client: DocSpaceClient,
    pub person: Person,
    pub account: String,
    pub remembered: bool,
    /// Every remembered sign-in when this one started, most recent first: the header's
    /// portal menu offers the others.
    pub known: Vec<KnownAccount>,
    /// Set when the credential may list but not change keys.
    pub read_only: Option<Message>,
    pub catalogue: Vec<String>,
    /// The search, filter and order as the user set them. The grid follows
    /// after [`KeysScreen::apply_query`].
    pub query: KeyQuery,
    /// The keys, in display order too, changed one at a time in place.
    keys: KeyList,
    pub selected: Option<String>,
    /// The keys marked for an action on several at once (checkboxes, Ctrl- and Shift-click).
    pub marked: HashSet<String>,
    /// Where a Shift-click's range starts: the key last marked or unmarked.
    pub mark_anchor: Option<String>,
    /// A switch or a deletion of several keys whose answers are still coming in.
    pub bulk: Option<BulkRun>,
    pub loading: bool,
    /// The keys shown were handed over to a refresh, to be freed before the new ones are
    /// decoded: the grid shows that the list is being read until they arrive.
    pub handed_over: bool,
    /// The filter row's figures of the list handed over: its counts, and how many of its keys
    /// were shown of how many, shown until the new list arrives.
    figures_before: (StatusCounts, usize, usize),
    /// A refresh failed after the keys shown were handed over: there is no list to show
    /// until the next refresh.
    pub list_unread: bool,
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
    /// Whether the security review is shown instead of the grid.
    pub review_open: bool,
    /// The expired and soon-expiring keys, as of the last key change or status change.
    watch: ExpiryWatch,
    /// What the expiry banner showed when it was dismissed.
    watch_dismissed: Option<ExpiryWatch>,
    /// The review's findings while it is shown, and the thresholds and time they are for.
    findings: Vec<Finding>,
    findings_for: Option<(ReviewThresholds, DateTime<Utc>)>,
    /// Set when a key changed: the watch is made again.
    watch_stale: bool,
    /// Set when a key changed: the findings are made again.
    review_stale: bool,
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
            known: start.known,
            read_only: start.read_only_note,
            catalogue: start.catalogue,
            query,
            keys,
            selected: None,
            marked: HashSet::new(),
            mark_anchor: None,
            bulk: None,
            loading: false,
            handed_over: false,
            figures_before: Default::default(),
            list_unread: false,
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
            review_open: false,
            watch: ExpiryWatch::default(),
            watch_dismissed: None,
            findings: Vec::new(),
            findings_for: None,
            watch_stale: true,
            review_stale: true,
        }
    }

    /// The expiry banner's news: `None` when no key has expired or expires soon, or when
    /// the banner was dismissed and nothing has expired or started expiring since.
    pub fn expiry_watch(&self) -> Option<&ExpiryWatch> {
        let news = self
            .watch_dismissed
            .as_ref()
            .is_none_or(|seen| self.watch.has_news_since(seen));
        (news && !self.watch.is_quiet()).then_some(&self.watch)
    }

    /// Hides the expiry banner until a key newly expires or starts expiring soon.
    pub fn dismiss_expiry_watch(&mut self) {
        self.watch_dismissed = Some(self.watch.clone());
    }

    /// The security review's findings, as of the last [`KeysScreen::refresh_review`].
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Makes the review's findings again while it is shown, when a key changed, the
    /// thresholds changed or the findings are a minute old.
    pub fn refresh_review(&mut self, thresholds: ReviewThresholds, now: DateTime<Utc>) {
        if !self.review_open {
            return;
        }
        let fresh = self.findings_for.is_some_and(|(made_with, at)| {
            made_with == thresholds && (now - at).num_seconds().abs() < REVIEW_FRESH_SECONDS
        });
        if fresh && !self.review_stale {
            return;
        }
        self.findings = crate::domain::review(self.keys.iter(), now, thresholds);
        self.findings_for = Some((thresholds, now));
        self.review_stale = false;
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

    /// How many keys each status filter would show with the current search (while the list
    /// is handed over to a refresh, of the list that was shown).
    pub fn counts(&self) -> &StatusCounts {
        if self.handed_over {
            &self.figures_before.0
        } else {
            self.keys.counts()
        }
    }

    /// How many keys are shown, of how many (while the list is handed over to a refresh, of
    /// the list that was shown).
    pub fn shown_of_total(&self) -> (usize, usize) {
        if self.handed_over {
            (self.figures_before.1, self.figures_before.2)
        } else {
            (self.keys.visible_len(), self.keys.len())
        }
    }

    /// Takes the list shown out, for a refresh to free before it decodes the new one; the
    /// grid shows that the list is being read until [`KeysScreen::set_keys`].
    pub(super) fn hand_over_keys(&mut self) -> KeyList {
        self.figures_before = (
            *self.keys.counts(),
            self.keys.visible_len(),
            self.keys.len(),
        );
        self.handed_over = true;
        std::mem::take(&mut self.keys)
    }

    /// Puts back a list that was not taken after all.
    pub(super) fn take_back_keys(&mut self, keys: KeyList) {
        self.keys = keys;
        self.handed_over = false;
    }

    /// Replaces the key list (a refresh) with one sorted in the background.
    /// Puts in a new list, and hands back the old one for the caller to drop where
    /// it costs the window nothing.
    #[must_use = "the old list is to be dropped off the window's thread"]
    pub fn set_keys(&mut self, keys: KeyList, now: DateTime<Utc>) -> KeyList {
        let old = std::mem::replace(&mut self.keys, keys);
        self.watch_stale = true;
        self.review_stale = true;
        if self.keys.query() != &self.query {
            self.keys.set_query(self.query.clone(), now);
        }
        self.keys.recompute(now);
        if let Some(selected) = &self.selected
            && self.keys.get(selected).is_none()
        {
            self.selected = None;
        }
        let keys = &self.keys;
        self.marked.retain(|id| keys.get(id).is_some());
        if let Some(anchor) = &self.mark_anchor
            && self.keys.get(anchor).is_none()
        {
            self.mark_anchor = None;
        }
        old
    }

    /// Adds a key the portal has just created, first in the portal's order.
    pub fn insert_first(&mut self, key: ApiKey, now: DateTime<Utc>) {
        // Brought to `now` first, so the key is added to a watch of the same moment.
        self.catch_up(now);
        self.watch.add(&key, now);
        self.keys.insert_first(key, now);
        self.review_stale = true;
    }

    /// Changes the key with this id in place; false when there is none.
    pub fn update_key(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut ApiKey),
    ) -> bool {
        let expires = self.keys.get(id).map(|key| key.expires.clone());
        let changed = self.keys.update(id, now, change);
        self.review_stale |= changed;
        // DocSpace cannot change a key's expiry date, so the watch stands but for a change
        // made here.
        self.watch_stale |= self.keys.get(id).map(|key| &key.expires) != expires.as_ref();
        changed
    }

    /// Removes the key with this id and returns it.
    pub fn remove_key(&mut self, id: &str, now: DateTime<Utc>) -> Option<ApiKey> {
        let removed = self.keys.remove(id, now);
        if removed.is_some() {
            self.review_stale = true;
            self.watch_stale |= !self.watch.remove(id);
        }
        if self.selected.as_deref() == Some(id) {
            self.selected = None;
        }
        self.marked.remove(id);
        if self.mark_anchor.as_deref() == Some(id) {
            self.mark_anchor = None;
        }
        removed
    }

    /// Brings the time-dependent state (expired, expiring soon) to `now`; free
    /// while no key's expiry state changed since the last call.
    pub fn catch_up(&mut self, now: DateTime<Utc>) {
        self.keys.recompute(now);
        if self.watch_stale || !self.watch.holds_at(now) {
            self.watch = ExpiryWatch::of(self.keys.iter(), now);
            self.watch_stale = false;
        }
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

    /// The remembered sign-ins other than this one, most recent first.
    pub fn other_portals(&self) -> impl Iterator<Item = &KnownAccount> {
        let portal = self.client.portal().as_str();
        self.known
            .iter()
            .filter(move |known| !(known.portal == portal && known.account == self.account))
    }

    pub fn can_change(&self) -> bool {
        self.read_only.is_none() && self.ended.is_none()
    }

    /// Whether the user may leave this grid for another portal now: not while a dialog
    /// is up or a change, a deletion or an export is on its way, since its answer (a
    /// failure to report, the old key of a rotation) needs this grid. A refresh on its
    /// way does not hold the user back: its answer is simply dropped.
    pub fn may_leave(&self) -> bool {
        self.dialog.is_none()
            && self.pending.is_empty()
            && self.bulk.is_none()
            && !self.exporting
            && self.ended.is_none()
    }
}
