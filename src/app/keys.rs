//! The key grid's flows: refresh, create, edit, switch on and off, delete,
//! and the grid's order and filter.

use super::action::UiAction;
use super::command::{Command, HandOver};
use super::core::DocSpaceKeysApp;
use super::dialogs::{CreateDialog, DeleteDialog, Dialog, EditDialog};
use super::message::Message;
use super::reveal::RevealDialog;
use super::toasts::ToastKind;
use crate::api::{ApiError, CreateKeyRequest, NewKeySecret, UpdateKeyRequest};
use crate::domain::{ApiKey, KeyChanges, KeyList, SortColumn, StatusFilter};

/// From this many keys on, a refresh frees the list shown before decoding the new one: 10 000
/// keys hold about 10 MB, and the grid showing "reading" for the fraction of a second the new
/// list takes to decode is a fair price for not holding both. Below, the old list stays on
/// screen until the new one is ready.
pub(super) const HAND_OVER_FROM_KEYS: usize = 10_000;

impl DocSpaceKeysApp {
    pub(super) fn refresh(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if screen.loading || screen.ended.is_some() {
            return;
        }
        screen.loading = true;
        let command = Command::Refresh(screen.client.clone());
        self.dispatcher.send(command);
    }

    /// Gives the list shown to the refresh on its way when it is large and nothing else
    /// needs it: no dialog open, no change, bulk action or export on its way. Otherwise the
    /// refresh goes on with the old list kept.
    pub(super) fn hand_over(&mut self, hand_over: HandOver) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if !screen.loading || screen.keys().len() < HAND_OVER_FROM_KEYS || !screen.may_leave() {
            return;
        }
        let shown = screen.hand_over_keys();
        if let Err(shown) = hand_over.0.send(shown) {
            // The refresh is gone already; keep showing the keys.
            screen.take_back_keys(shown);
        }
    }

    pub(super) fn keys_loaded(&mut self, keys: KeyList) {
        let now = self.now();
        if let Some(screen) = self.keys_screen_mut() {
            screen.loading = false;
            screen.handed_over = false;
            screen.list_unread = false;
            screen.banner = None;
            let old = screen.set_keys(keys, now);
            screen.last_refresh = Some(now);
            screen.find_lost_create(now);
            self.dispatcher.discard(old);
        }
    }

    pub(super) fn load_failed(&mut self, error: ApiError) {
        if self.signed_out_by(&error) {
            return;
        }
        if let Some(screen) = self.keys_screen_mut() {
            screen.loading = false;
            screen.list_unread = std::mem::take(&mut screen.handed_over);
            screen.banner = Some(Message::RefreshFailed(error));
        }
    }

    pub(super) fn open_create(&mut self) {
        if let Some(screen) = self.keys_screen_mut()
            && screen.dialog.is_none()
            && screen.can_change()
        {
            screen.dialog = Some(Dialog::Create(CreateDialog::new()));
        }
    }

    pub(super) fn submit_create(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let Some(Dialog::Create(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy {
            return;
        }
        let new_key = match dialog.draft.to_new_key() {
            Ok(new_key) => new_key,
            Err(problems) => {
                dialog.error = Some(Message::Problems(problems));
                return;
            }
        };
        dialog.busy = true;
        dialog.error = None;
        let request = CreateKeyRequest {
            name: new_key.name,
            permissions: Some(new_key.permissions),
            expires_in_days: new_key.expires_in_days,
        };
        let command = Command::CreateKey(screen.client.clone(), request);
        self.dispatcher.send(command);
    }

    /// The portal created the key: it joins the grid, and its secret is shown once.
    pub(super) fn key_created(&mut self, key: ApiKey, secret: NewKeySecret) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.insert_first(key.clone(), now);
        screen.selected = Some(key.id.clone());
        screen.scroll_to_key = Some(key.id.clone());
        let hidden = !screen.keys().visible_keys().any(|shown| shown.id == key.id);
        screen.dialog = Some(Dialog::Reveal(RevealDialog::new(key, secret)));
        if hidden {
            // The search or the filter would hide the new key: the grid shows everything again.
            screen.query.search.clear();
            screen.query.status = StatusFilter::All;
            self.filter_changed();
            self.toast(ToastKind::Success, Message::ShownAgain);
        }
    }

    pub(super) fn create_failed(&mut self, error: ApiError) {
        self.new_key_failed(error, |dialog, error| match dialog {
            Dialog::Create(dialog) => {
                dialog.busy = false;
                dialog.error = Some(Message::Api(error.clone()));
                true
            }
            _ => false,
        });
    }

    /// A create (or a rotation's create) failed. `show` puts the error in the dialog that
    /// asked, if it is still up, and says whether it did; otherwise a toast says it. When the
    /// answer was lost, the list is refreshed to see whether the key exists.
    pub(super) fn new_key_failed(
        &mut self,
        error: ApiError,
        show: impl FnOnce(&mut Dialog, &ApiError) -> bool,
    ) {
        if self.signed_out_by(&error) {
            return;
        }
        let lost_name = match &error {
            ApiError::CreateAnswerLost { name, .. } => Some(name.clone()),
            _ => None,
        };
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let in_dialog = screen
            .dialog
            .as_mut()
            .is_some_and(|dialog| show(dialog, &error));
        if let Some(name) = lost_name {
            // The key may exist without its secret: the list shows whether it does.
            screen.lost_create = Some(name);
            self.refresh();
        }
        if !in_dialog {
            self.toast(ToastKind::Error, Message::Api(error));
        }
    }

    pub(super) fn open_edit(&mut self, id: &str) {
        let now = self.now();
        if let Some(screen) = self.keys_screen_mut()
            && screen.dialog.is_none()
            && screen.can_change()
            && let Some(key) = screen.key(id).cloned()
            && !key.is_expired(now)
        {
            screen.selected = Some(key.id.clone());
            screen.dialog = Some(Dialog::Edit(EditDialog::new(key, &screen.catalogue)));
        }
    }

    pub(super) fn submit_edit(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let Some(Dialog::Edit(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy {
            return;
        }
        let problems = dialog.edit.validate();
        if !problems.is_empty() {
            dialog.error = Some(Message::Problems(problems));
            return;
        }
        let changes = dialog.edit.changes(&dialog.original, &screen.catalogue);
        if changes.is_empty() {
            screen.dialog = None;
            return;
        }
        dialog.busy = true;
        dialog.error = None;
        let id = dialog.original.id.clone();
        self.send_changes(&id, changes);
    }

    pub(super) fn set_active(&mut self, id: &str, active: bool) {
        self.send_changes(id, KeyChanges::activation(active));
    }

    pub(super) fn send_changes(&mut self, id: &str, changes: KeyChanges) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if !screen.can_change() || screen.pending.contains(id) {
            return;
        }
        screen.pending.insert(id.to_owned());
        let request = UpdateKeyRequest {
            name: changes.name,
            permissions: changes.permissions,
            is_active: changes.active,
        };
        let command = Command::UpdateKey {
            client: screen.client.clone(),
            id: id.to_owned(),
            request,
        };
        self.dispatcher.send(command);
    }

    /// The portal saved a change: the grid shows it, in place.
    pub(super) fn key_updated(&mut self, id: &str, request: UpdateKeyRequest) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.pending.remove(id);
        let mut name = None;
        screen.update_key(id, now, |key| {
            if let Some(new_name) = &request.name {
                key.name = new_name.clone();
            }
            if let Some(permissions) = &request.permissions {
                // The portal stores a list containing "*" as unrestricted, which it lists as [].
                key.permissions = if permissions.iter().any(|scope| scope == "*") {
                    Vec::new()
                } else {
                    permissions.clone()
                };
            }
            if let Some(active) = request.is_active {
                key.active = active;
            }
            name = Some(key.name.clone());
        });
        if matches!(&screen.dialog, Some(Dialog::Edit(dialog)) if dialog.original.id == id) {
            screen.dialog = None;
        }
        if self.bulk_answered(id, Ok(())) {
            return;
        }
        let Some(name) = name else {
            return;
        };
        let renamed_or_rescoped = request.name.is_some() || request.permissions.is_some();
        match (request.is_active, renamed_or_rescoped) {
            (Some(true), false) => self.toast(ToastKind::Success, Message::SwitchedOn { name }),
            // Switched off by a click in the grid: a few seconds to take it back.
            (Some(false), false) => {
                let now = self.now();
                let undo = UiAction::SetActive(id.to_owned(), true);
                let text = Message::SwitchedOff { name };
                self.toasts.push_with_undo(text, undo, now);
            }
            _ => self.toast(ToastKind::Success, Message::Saved { name }),
        }
    }

    pub(super) fn update_failed(&mut self, id: &str, error: ApiError) {
        if self.signed_out_by(&error) {
            return;
        }
        let mut in_dialog = false;
        if let Some(screen) = self.keys_screen_mut() {
            screen.pending.remove(id);
        }
        if self.bulk_answered(id, Err(error.clone())) {
            return;
        }
        if let Some(screen) = self.keys_screen_mut()
            && let Some(Dialog::Edit(dialog)) = &mut screen.dialog
            && dialog.original.id == id
        {
            dialog.busy = false;
            dialog.error = Some(Message::Api(error.clone()));
            in_dialog = true;
        }
        if !in_dialog {
            self.toast(ToastKind::Error, Message::Api(error));
        }
    }

    pub(super) fn ask_delete(&mut self, id: &str) {
        if let Some(screen) = self.keys_screen_mut()
            && screen.dialog.is_none()
            && screen.can_change()
            && !screen.pending.contains(id)
            && let Some(key) = screen.key(id)
        {
            screen.dialog = Some(Dialog::ConfirmDelete(DeleteDialog::new(key)));
        }
    }

    pub(super) fn confirm_delete(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let Some(Dialog::ConfirmDelete(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy {
            return;
        }
        dialog.busy = true;
        dialog.error = None;
        let id = dialog.id.clone();
        self.send_delete(&id);
    }

    /// Sends the key's deletion; the key shows as pending until the answer.
    pub(super) fn send_delete(&mut self, id: &str) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.pending.insert(id.to_owned());
        let command = Command::DeleteKey(screen.client.clone(), id.to_owned());
        self.dispatcher.send(command);
    }

    /// The portal deleted the key: only now does its row go.
    pub(super) fn key_deleted(&mut self, id: &str) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.pending.remove(id);
        if screen.orphan.as_deref() == Some(id) {
            screen.orphan = None;
        }
        let removed = screen.remove_key(id, now);
        if screen.selected.as_deref() == Some(id) {
            screen.selected = None;
        }
        if matches!(&screen.dialog, Some(Dialog::ConfirmDelete(dialog)) if dialog.id == id) {
            screen.dialog = None;
        }
        if self.bulk_answered(id, Ok(())) {
            return;
        }
        let name = removed.map(|key| key.name).unwrap_or_default();
        self.toast(ToastKind::Success, Message::Deleted { name });
    }

    pub(super) fn delete_failed(&mut self, id: &str, error: ApiError) {
        if self.signed_out_by(&error) {
            return;
        }
        if let Some(screen) = self.keys_screen_mut() {
            screen.pending.remove(id);
        }
        if self.bulk_answered(id, Err(error.clone())) {
            return;
        }
        if let Some(screen) = self.keys_screen_mut()
            && let Some(Dialog::ConfirmDelete(dialog)) = &mut screen.dialog
        {
            dialog.busy = false;
            dialog.error = Some(Message::Api(error));
        }
    }

    pub(super) fn sort_by(&mut self, column: SortColumn) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.query.order = screen.query.order.clicked(column);
        screen.apply_query(now);
        screen.scroll_to_top = true;
        let query = screen.query.clone();
        self.preferences.order = query.order;
        self.dispatcher.grid_query().set(&query);
    }

    pub(super) fn filter_changed(&mut self) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.apply_query(now);
        screen.scroll_to_top = true;
        let query = screen.query.clone();
        self.preferences.status = query.status;
        self.dispatcher.grid_query().set(&query);
    }
}
