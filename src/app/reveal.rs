//! A new key, from the moment the portal created it until its dialog closes:
//! show it once, copy it (and clear the clipboard later), save it to a file.
//!
//! [`RevealDialog`] is the one owner of the new key's secret. The secret is
//! wiped when the dialog is dropped; the window gets it only while the user
//! has asked to see it.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use secrecy::SecretString;

use super::command::Command;
use super::core::{DocSpaceKeysApp, Screen};
use super::dialogs::Dialog;
use super::message::Message;
use super::toasts::ToastKind;
use crate::api::NewKeySecret;
use crate::domain::{ApiKey, OldKeyStep};
use crate::platform::{ClipDigest, KeyFileAccess};

/// Shows a new key once.
pub struct RevealDialog {
    key: ApiKey,
    secret: NewKeySecret,
    shown: bool,
    copied: bool,
    saved: Option<SavedKeyFile>,
    /// The save dialog is up, or the file is being written.
    saving: bool,
    error: Option<Message>,
    /// Asking "you have not copied this key" before closing.
    confirm_close: bool,
    /// The system has no save dialog: where the key can go instead (if anywhere).
    no_file_dialog: Option<Option<PathBuf>>,
    /// Set when the new key replaces an old one: what becomes of the old key.
    retiring: Option<Retiring>,
}

/// The old key of a rotation, while and after it is switched off or deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retiring {
    pub old_id: String,
    pub old_name: String,
    pub step: OldKeyStep,
    pub status: RetireStatus,
}

/// How far the old key of a rotation has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetireStatus {
    /// The request is on its way.
    Working,
    /// Switched off, deleted, or (expired) left as it is.
    Done,
    /// The portal did not switch it off or delete it: both keys exist.
    Failed(Message),
}

/// Where the new key was saved, and who may read the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedKeyFile {
    pub path: PathBuf,
    pub access: KeyFileAccess,
}

impl RevealDialog {
    pub fn new(key: ApiKey, secret: NewKeySecret) -> Self {
        Self {
            key,
            secret,
            shown: false,
            copied: false,
            saved: None,
            saving: false,
            error: None,
            confirm_close: false,
            no_file_dialog: None,
            retiring: None,
        }
    }

    /// What becomes of the key this one replaces, after a rotation.
    pub fn retiring(&self) -> Option<&Retiring> {
        self.retiring.as_ref()
    }

    pub(super) fn retiring_mut(&mut self) -> Option<&mut Retiring> {
        self.retiring.as_mut()
    }

    pub(super) fn set_retiring(&mut self, retiring: Retiring) {
        self.retiring = Some(retiring);
    }

    /// The key as the portal lists it (no secret in it).
    pub fn key(&self) -> &ApiKey {
        &self.key
    }

    /// The secret, only while the user has asked to see it.
    pub fn shown_secret(&self) -> Option<&str> {
        self.shown.then(|| self.secret.expose())
    }

    pub fn is_shown(&self) -> bool {
        self.shown
    }

    pub fn is_copied(&self) -> bool {
        self.copied
    }

    pub fn saved(&self) -> Option<&SavedKeyFile> {
        self.saved.as_ref()
    }

    pub fn is_saving(&self) -> bool {
        self.saving
    }

    pub fn error(&self) -> Option<&Message> {
        self.error.as_ref()
    }

    /// Set when the system has no save dialog; holds the free path in the
    /// Downloads folder the key can be saved to instead, if there is one.
    pub fn no_file_dialog(&self) -> Option<Option<&PathBuf>> {
        self.no_file_dialog.as_ref().map(Option::as_ref)
    }

    /// True while the dialog asks "you have not copied this key".
    pub fn is_asking_to_close(&self) -> bool {
        self.confirm_close
    }

    /// True once the key was copied or saved, so closing loses nothing.
    pub fn is_kept(&self) -> bool {
        self.copied || self.saved.is_some()
    }

    /// Someone wants the dialog gone (Done, Esc, closing the window). True when
    /// it may close now because the key is kept. Otherwise the dialog asks
    /// first, and this is false, however often it is asked: only "Close
    /// anyway" lets the key go.
    pub fn request_close(&mut self) -> bool {
        if self.is_kept() {
            return true;
        }
        self.confirm_close = true;
        false
    }
}

/// What became of the copied key on the clipboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClipboardStatus {
    /// On the clipboard, to be cleared at `at` (or on exit when `None`) if the
    /// clipboard still holds it.
    Waiting {
        digest: ClipDigest,
        at: Option<DateTime<Utc>>,
    },
    /// Cleared from the clipboard.
    Cleared,
    /// Something else was copied since; the clipboard was left as it is.
    Replaced,
    /// Clearing failed: the key may still be on the clipboard. Holds the system's words.
    ClearFailed(String),
}

impl DocSpaceKeysApp {
    pub(super) fn reveal_mut(&mut self) -> Option<&mut RevealDialog> {
        match &mut self.screen {
            Screen::Keys(screen) => match &mut screen.dialog {
                Some(Dialog::Reveal(reveal)) => Some(reveal),
                _ => None,
            },
            _ => None,
        }
    }

    /// The reveal dialog for the key with `id`, if it is the one up.
    fn reveal_for(&mut self, id: &str) -> Option<&mut RevealDialog> {
        self.reveal_mut().filter(|reveal| reveal.key.id == id)
    }

    pub(super) fn toggle_shown(&mut self) {
        if let Some(reveal) = self.reveal_mut() {
            reveal.shown = !reveal.shown;
        }
    }

    pub(super) fn keep_key(&mut self) {
        if let Some(reveal) = self.reveal_mut() {
            reveal.confirm_close = false;
        }
    }

    pub(super) fn copy_key(&mut self) {
        let now = self.now();
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(Dialog::Reveal(reveal)) = &mut screen.dialog else {
            return;
        };
        match self.clipboard.copy_secret(reveal.secret.expose()) {
            Ok(()) => {
                reveal.copied = true;
                reveal.error = None;
                let delay = self.preferences.clear_clipboard.duration();
                self.clipboard_status = Some(ClipboardStatus::Waiting {
                    digest: ClipDigest::of(reveal.secret.expose()),
                    at: delay.map(|delay| now + delay),
                });
            }
            Err(error) => {
                // Keep the key visible so it is not lost.
                reveal.shown = true;
                reveal.error = Some(Message::CopyFailed { detail: error.0 });
            }
        }
    }

    pub(super) fn pick_key_file(&mut self) {
        let Some(reveal) = self.reveal_mut() else {
            return;
        };
        if reveal.saving {
            return;
        }
        reveal.saving = true;
        let command = Command::PickKeyFile {
            key_id: reveal.key.id.clone(),
            suggested_name: format!("{}.txt", file_stem(&reveal.key.name)),
        };
        self.dispatcher.send(command);
    }

    pub(super) fn key_file_picked(&mut self, key_id: &str, path: Option<PathBuf>) {
        let Some(reveal) = self.reveal_for(key_id) else {
            return;
        };
        let Some(path) = path else {
            reveal.saving = false;
            return;
        };
        // A copy for the writing task alone, wiped when the task drops it.
        let secret = SecretString::from(reveal.secret.expose());
        let command = Command::WriteKeyFile {
            key_id: key_id.to_owned(),
            path,
            secret,
        };
        self.dispatcher.send(command);
    }

    pub(super) fn no_file_dialog(&mut self, key_id: &str, fallback: Option<PathBuf>) {
        if let Some(reveal) = self.reveal_for(key_id) {
            reveal.saving = false;
            reveal.no_file_dialog = Some(fallback);
        }
    }

    /// "Save to Downloads", offered when the system has no save dialog.
    pub(super) fn save_to_fallback(&mut self) {
        let Some(reveal) = self.reveal_mut() else {
            return;
        };
        let Some(Some(path)) = reveal.no_file_dialog.clone() else {
            return;
        };
        if reveal.saving {
            return;
        }
        reveal.saving = true;
        let key_id = reveal.key.id.clone();
        self.key_file_picked(&key_id, Some(path));
    }

    pub(super) fn key_file_written(
        &mut self,
        key_id: &str,
        path: PathBuf,
        result: Result<KeyFileAccess, String>,
    ) {
        let Some(reveal) = self.reveal_for(key_id) else {
            return;
        };
        reveal.saving = false;
        match result {
            Ok(access) => {
                reveal.error = None;
                reveal.no_file_dialog = None;
                reveal.saved = Some(SavedKeyFile { path, access });
            }
            Err(error) => {
                reveal.error = Some(Message::SaveFailed {
                    path,
                    detail: error,
                });
            }
        }
    }

    /// Clears the clipboard once the time is up, only if it still holds our copy.
    pub(super) fn clear_clipboard_when_due(&mut self, now: DateTime<Utc>) {
        if let Some(ClipboardStatus::Waiting { at: Some(at), .. }) = &self.clipboard_status
            && now >= *at
        {
            self.clear_clipboard_if_ours();
        }
    }

    /// Clears the clipboard now (on time, on exit or by "Clear now") if it still
    /// holds the copied key, and says what happened.
    pub(super) fn clear_clipboard_if_ours(&mut self) {
        let Some(ClipboardStatus::Waiting { digest, .. }) = &self.clipboard_status else {
            return;
        };
        let digest = *digest;
        let status = if self.clipboard.current_digest() != Some(digest) {
            ClipboardStatus::Replaced
        } else {
            match self.clipboard.clear() {
                Ok(()) => ClipboardStatus::Cleared,
                Err(error) => ClipboardStatus::ClearFailed(error.0),
            }
        };
        // With the key's dialog closed, a toast says what became of the copy.
        let dialog_closed = !matches!(
            &self.screen,
            Screen::Keys(screen) if matches!(screen.dialog, Some(Dialog::Reveal(_)))
        );
        if dialog_closed {
            let (kind, text) = match &status {
                ClipboardStatus::Cleared => (ToastKind::Success, Message::ClipboardCleared),
                ClipboardStatus::Replaced => (ToastKind::Success, Message::ClipboardReplaced),
                ClipboardStatus::ClearFailed(detail) => (
                    ToastKind::Error,
                    Message::ClipboardClearFailed {
                        detail: detail.clone(),
                    },
                ),
                ClipboardStatus::Waiting { .. } => return,
            };
            self.toast(kind, text);
        }
        self.clipboard_status = Some(status);
    }
}

/// A file name made from a key name: letters, digits, dashes and underscores.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "docspace-api-key".to_owned()
    } else {
        format!("docspace-key-{stem}")
    }
}
