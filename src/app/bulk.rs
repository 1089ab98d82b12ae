//! Several keys at once: the keys marked in the grid (checkboxes, Ctrl- and Shift-click),
//! switching them on or off or deleting them with one request per key, and one summary
//! when every answer is in.

use super::core::DocSpaceKeysApp;
use super::dialogs::Dialog;
use super::message::Message;
use super::toasts::ToastKind;
use crate::api::ApiError;
use crate::domain::KeyChanges;

/// What is done to the marked keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    SwitchOn,
    SwitchOff,
    Delete,
}

/// One key the bulk action is for: its id and its name as it was when asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkKey {
    pub id: String,
    pub name: String,
}

/// "Delete these keys?" or "Switch these keys off?", naming them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkDialog {
    pub action: BulkAction,
    /// The keys a request goes to, in the grid's order.
    pub keys: Vec<BulkKey>,
    /// The names of the expired keys left out: DocSpace cannot switch them.
    pub skipped_expired: Vec<String>,
}

/// What became of a bulk action, once every answer is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkOutcome {
    pub action: BulkAction,
    /// How many keys it was done to.
    pub done: usize,
    /// The keys it failed for, by name, and why.
    pub failed: Vec<(String, ApiError)>,
    /// The expired keys left out of a switch.
    pub skipped_expired: Vec<String>,
}

/// A bulk action whose answers are still coming in.
#[derive(Debug)]
pub struct BulkRun {
    action: BulkAction,
    /// The ids still waiting for their answer, and each key's name.
    waiting: Vec<BulkKey>,
    done: usize,
    failed: Vec<(String, ApiError)>,
    skipped_expired: Vec<String>,
}

impl BulkRun {
    fn is_waiting_for(&self, id: &str) -> bool {
        self.waiting.iter().any(|key| key.id == id)
    }
}

impl DocSpaceKeysApp {
    /// A checkbox or a Ctrl-click: the key is marked, or no longer.
    pub(super) fn toggle_marked(&mut self, id: &str) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if screen.key(id).is_none() {
            return;
        }
        if !screen.marked.remove(id) {
            screen.marked.insert(id.to_owned());
        }
        screen.mark_anchor = Some(id.to_owned());
    }

    /// A Shift-click: every shown key from the last key marked (or the selected row) to
    /// this one, in the grid's order, is marked.
    pub(super) fn mark_range(&mut self, id: &str) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let anchor = screen
            .mark_anchor
            .clone()
            .or_else(|| screen.selected.clone());
        let shown: Vec<&str> = screen
            .keys()
            .visible_keys()
            .map(|key| key.id.as_str())
            .collect();
        let Some(to) = shown.iter().position(|shown| *shown == id) else {
            return;
        };
        let from = anchor
            .and_then(|anchor| shown.iter().position(|shown| *shown == anchor))
            .unwrap_or(to);
        let range: Vec<String> = shown[from.min(to)..=from.max(to)]
            .iter()
            .map(|id| (*id).to_owned())
            .collect();
        screen.marked.extend(range);
        if screen.mark_anchor.is_none() {
            screen.mark_anchor = Some(id.to_owned());
        }
    }

    /// "Select all shown": marks every key the search and filter show, or, when they all
    /// are marked already, unmarks them.
    pub(super) fn mark_all_shown(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let shown: Vec<String> = screen
            .keys()
            .visible_keys()
            .map(|key| key.id.clone())
            .collect();
        if shown.iter().all(|id| screen.marked.contains(id)) {
            for id in &shown {
                screen.marked.remove(id);
            }
        } else {
            screen.marked.extend(shown);
        }
    }

    pub(super) fn clear_marked(&mut self) {
        if let Some(screen) = self.keys_screen_mut() {
            screen.marked.clear();
            screen.mark_anchor = None;
        }
    }

    /// Switch on, Switch off or Delete on the selection bar. Switching off and deleting ask
    /// first; switching on goes straight away.
    pub(super) fn ask_bulk(&mut self, action: BulkAction) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if screen.dialog.is_some() || !screen.can_change() || screen.bulk.is_some() {
            return;
        }
        let mut keys = Vec::new();
        let mut skipped_expired = Vec::new();
        for key in screen.keys().iter() {
            if !screen.marked.contains(&key.id) || screen.pending.contains(&key.id) {
                continue;
            }
            if action != BulkAction::Delete && key.is_expired(now) {
                skipped_expired.push(key.name.clone());
                continue;
            }
            keys.push(BulkKey {
                id: key.id.clone(),
                name: key.name.clone(),
            });
        }
        if keys.is_empty() && skipped_expired.is_empty() {
            return;
        }
        let dialog = BulkDialog {
            action,
            keys,
            skipped_expired,
        };
        if action == BulkAction::SwitchOn {
            self.run_bulk(dialog);
        } else {
            screen.dialog = Some(Dialog::ConfirmBulk(dialog));
        }
    }

    /// The confirmation's button: the dialog closes, and one request per key goes out.
    pub(super) fn confirm_bulk(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let Some(Dialog::ConfirmBulk(dialog)) = screen.dialog.take() else {
            return;
        };
        self.run_bulk(dialog);
    }

    fn run_bulk(&mut self, dialog: BulkDialog) {
        let BulkDialog {
            action,
            keys,
            skipped_expired,
        } = dialog;
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.bulk = Some(BulkRun {
            action,
            waiting: keys.clone(),
            done: 0,
            failed: Vec::new(),
            skipped_expired,
        });
        for key in &keys {
            match action {
                BulkAction::SwitchOn => self.send_changes(&key.id, KeyChanges::activation(true)),
                BulkAction::SwitchOff => {
                    self.send_changes(&key.id, KeyChanges::activation(false));
                }
                BulkAction::Delete => self.send_delete(&key.id),
            }
        }
        self.finish_bulk_if_done();
    }

    /// Takes in the answer for `id` when it belongs to the bulk action under way; false
    /// when it does not, and the answer is the single key's.
    pub(super) fn bulk_answered(&mut self, id: &str, result: Result<(), ApiError>) -> bool {
        let Some(run) = self
            .keys_screen_mut()
            .and_then(|screen| screen.bulk.as_mut())
            .filter(|run| run.is_waiting_for(id))
        else {
            return false;
        };
        let Some(index) = run.waiting.iter().position(|key| key.id == id) else {
            return false;
        };
        let key = run.waiting.remove(index);
        match result {
            Ok(()) => run.done += 1,
            Err(error) => run.failed.push((key.name, error)),
        }
        self.finish_bulk_if_done();
        true
    }

    /// Once every answer is in: one summary, and, when some failed, a fresh list so the
    /// grid shows each key as the portal has it.
    fn finish_bulk_if_done(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if screen
            .bulk
            .as_ref()
            .is_none_or(|run| !run.waiting.is_empty())
        {
            return;
        }
        let Some(run) = screen.bulk.take() else {
            return;
        };
        let outcome = BulkOutcome {
            action: run.action,
            done: run.done,
            failed: run.failed,
            skipped_expired: run.skipped_expired,
        };
        let kind = if outcome.failed.is_empty() {
            ToastKind::Success
        } else {
            ToastKind::Error
        };
        let failed = !outcome.failed.is_empty();
        self.toast(kind, Message::Bulk(outcome));
        if failed {
            self.refresh();
        }
    }
}
