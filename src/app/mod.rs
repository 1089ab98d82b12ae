//! Application state and the command/event loop: the window asks for
//! something ([`UiAction`]), a tokio task does it through `api` and `platform`
//! ([`Command`]), an [`Event`] comes back on a channel and the state changes.
//! Knows nothing of how the window draws.
//!
//! - `core`: the app, its screens, and where events and actions go
//! - `session`: sign-in, restore, sign-out, a 401 at any time
//! - `keys`: refresh, create, edit, switch on and off, delete, order and filter
//! - `bulk`: several marked keys switched or deleted at once, and the summary
//! - `rotate`: rotating a key (a new key, then the old one off), exporting the list
//! - `reveal`: the new key: show, copy, save, clipboard clearing
//! - `toasts`: short messages that go away by themselves
//! - `connect_form`, `keys_screen`, `dialogs`: each screen's state
//! - `tasks`: the background side; `command`: what goes there and back

mod action;
mod bulk;
mod command;
mod connect_form;
mod core;
mod dialogs;
mod keys;
mod keys_screen;
mod message;
mod preferences;
mod reveal;
mod rotate;
mod services;
mod session;
mod tasks;
mod toasts;
mod wake;

#[cfg(test)]
mod tests;

pub use action::UiAction;
pub use bulk::{BulkAction, BulkDialog, BulkKey, BulkOutcome};
pub use command::{Command, Event, Exported, SessionStart, SignInError};
pub use connect_form::{ConnectField, ConnectForm, DemoSignIn, SignInMethod};
pub use core::{DocSpaceKeysApp, Screen, StartMode, View};
pub use dialogs::{CreateDialog, DeleteDialog, Dialog, EditDialog, LifetimeChoice, RotateDialog};
pub use keys_screen::KeysScreen;
pub use message::Message;
pub use preferences::{ClearDelay, PREFERENCES_KEY, Preferences, Theme};
pub use reveal::{ClipboardStatus, RetireStatus, Retiring, RevealDialog, SavedKeyFile};
pub use services::Services;
pub use toasts::{Toast, ToastKind};

/// Who may read a saved key file; the reveal dialog says so.
pub use crate::platform::KeyFileAccess;
