//! Rotating a key from the grid, and exporting the keys it shows.
//!
//! A rotation asks first (what becomes of the old key), creates the replacement, shows its
//! secret in the reveal dialog, and only then switches the old key off or deletes it. If the
//! second step fails, both keys stay and the dialog (or a toast) says so; the create is never
//! sent again.

use super::command::{Command, Exported};
use super::core::DocSpaceKeysApp;
use super::dialogs::{Dialog, RotateDialog};
use super::message::Message;
use super::reveal::{RetireStatus, Retiring};
use super::toasts::ToastKind;
use crate::api::{ApiError, NewKeySecret};
use crate::domain::{ApiKey, ExportFormat, OldKeyStep, Rotation};

impl DocSpaceKeysApp {
    /// "Rotate…": the question, over the grid or in place of the key's edit dialog.
    pub(super) fn ask_rotate(&mut self, id: &str) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let free = match &screen.dialog {
            None => true,
            Some(Dialog::Edit(edit)) => !edit.busy && edit.original.id == id,
            Some(_) => false,
        };
        if !free || !screen.can_change() || screen.pending.contains(id) {
            return;
        }
        let Some(key) = screen.key(id) else {
            return;
        };
        let dialog = RotateDialog::new(key, now);
        screen.selected = Some(id.to_owned());
        screen.dialog = Some(Dialog::ConfirmRotate(dialog));
    }

    pub(super) fn confirm_rotate(&mut self) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let can_change = screen.can_change();
        let Some(Dialog::ConfirmRotate(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy || !can_change {
            return;
        }
        // Worked out again now: the key may have expired while the question was up.
        let rotation = match Rotation::of(&dialog.key, dialog.choice, now) {
            Ok(rotation) => rotation,
            Err(problem) => {
                dialog.error = Some(Message::Rotation(problem));
                return;
            }
        };
        dialog.busy = true;
        dialog.error = None;
        screen.pending.insert(rotation.old_id.clone());
        let command = Command::RotateKey(screen.client.clone(), Box::new(rotation));
        self.dispatcher.send(command);
    }

    /// The replacement exists: it is shown once, and only now is the old key dealt with.
    pub(super) fn key_rotated(&mut self, key: ApiKey, secret: NewKeySecret, rotation: Rotation) {
        self.key_created(key, secret);
        let status = match rotation.old_step {
            OldKeyStep::LeaveExpired => RetireStatus::Done,
            OldKeyStep::SwitchOff | OldKeyStep::Delete => RetireStatus::Working,
        };
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let client = screen.client.clone();
        if let Some(Dialog::Reveal(reveal)) = &mut screen.dialog {
            reveal.set_retiring(Retiring {
                old_id: rotation.old_id.clone(),
                old_name: rotation.old_name.clone(),
                step: rotation.old_step,
                status: status.clone(),
            });
        }
        if status == RetireStatus::Done {
            screen.pending.remove(&rotation.old_id);
            return;
        }
        self.dispatcher.send(Command::RetireOldKey {
            client,
            old_id: rotation.old_id,
            step: rotation.old_step,
        });
    }

    /// Creating the replacement failed: nothing changed, and the question says why.
    pub(super) fn rotate_failed(&mut self, old_id: &str, error: ApiError) {
        if let Some(screen) = self.keys_screen_mut() {
            screen.pending.remove(old_id);
        }
        self.new_key_failed(error, |dialog, error| match dialog {
            Dialog::ConfirmRotate(dialog) => {
                dialog.busy = false;
                dialog.error = Some(Message::Api(error.clone()));
                true
            }
            _ => false,
        });
    }

    /// The old key was switched off or deleted, or why not: the grid follows, and the reveal
    /// dialog (or, once it is closed, a toast) says what happened.
    pub(super) fn old_key_retired(
        &mut self,
        old_id: &str,
        step: OldKeyStep,
        result: Result<(), ApiError>,
    ) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        screen.pending.remove(old_id);
        let mut name = screen.key(old_id).map(|key| key.name.clone());
        if result.is_ok() {
            match step {
                OldKeyStep::SwitchOff => {
                    screen.update_key(old_id, now, |key| key.active = false);
                }
                OldKeyStep::Delete => {
                    if let Some(removed) = screen.remove_key(old_id, now) {
                        name = Some(removed.name);
                    }
                }
                OldKeyStep::LeaveExpired => {}
            }
        }
        let message = match &result {
            Ok(()) => None,
            Err(error) => Some(Message::OldKeyNotRetired {
                name: name.clone().unwrap_or_default(),
                step,
                error: error.clone(),
            }),
        };
        let shown = match self.reveal_mut().and_then(|reveal| reveal.retiring_mut()) {
            Some(retiring) if retiring.old_id == old_id => {
                retiring.status = match &message {
                    None => RetireStatus::Done,
                    Some(message) => RetireStatus::Failed(message.clone()),
                };
                true
            }
            _ => false,
        };
        if let Err(error) = &result
            && self.signed_out_by(error)
        {
            return;
        }
        if shown {
            return;
        }
        match message {
            Some(message) => self.toast(ToastKind::Error, message),
            None => {
                let name = name.unwrap_or_default();
                self.toast(ToastKind::Success, Message::OldKeyRetired { name, step });
            }
        }
    }

    /// "Export…": the keys the grid shows, after search and filter, in the grid's order.
    pub(super) fn export(&mut self, format: ExportFormat) {
        let now = self.now();
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        // Nothing to export while the list shown is handed over to a refresh.
        if screen.exporting || screen.handed_over {
            return;
        }
        screen.exporting = true;
        let keys: Vec<ApiKey> = screen.keys().visible_keys().cloned().collect();
        let host = screen.client.portal().host();
        let suggested_name = export_file_name(&host, now, format);
        self.dispatcher.send(Command::ExportKeys {
            format,
            keys,
            suggested_name,
        });
    }

    pub(super) fn exported(&mut self, result: Result<Option<Exported>, String>) {
        if let Some(screen) = self.keys_screen_mut() {
            screen.exporting = false;
        }
        match result {
            Ok(None) => {}
            Ok(Some(Exported { path, count })) => {
                self.toast(ToastKind::Success, Message::Exported { count, path });
            }
            Err(detail) => self.toast(ToastKind::Error, Message::ExportFailed { detail }),
        }
    }
}

/// `docspace-keys-myportal.onlyoffice.com-2026-07-01.csv`: the portal and the day, with
/// anything a file name should not hold replaced.
fn export_file_name(
    host: &str,
    now: chrono::DateTime<chrono::Utc>,
    format: ExportFormat,
) -> String {
    let host: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!(
        "docspace-keys-{host}-{}.{}",
        now.format("%Y-%m-%d"),
        format.extension()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_file_is_named_after_the_portal_and_the_day() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-07-01T12:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            export_file_name("127.0.0.1:8092", now, ExportFormat::Csv),
            "docspace-keys-127.0.0.1-8092-2026-07-01.csv"
        );
        assert_eq!(
            export_file_name("my/portal", now, ExportFormat::Json),
            "docspace-keys-my-portal-2026-07-01.json"
        );
    }
}
