//! The window's state: which screen is up, the forms, the key grid and its dialogs.
//!
//! Secrets typed by the user live in `Zeroizing` strings and are wiped on drop;
//! a new key lives only inside its reveal dialog.

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use crate::api::{DocSpaceClient, NewKeySecret, SecondFactor};
use crate::domain::{
    ApiKey, KeyDraft, KeyEdit, KeyQuery, KeyTable, Lifetime, Person, StatusCounts,
};
use crate::platform::KnownAccount;

/// Which screen the window shows.
pub enum Screen {
    /// Looking for a remembered sign-in.
    Starting,
    Connect(Box<ConnectForm>),
    Keys(Box<KeysScreen>),
}

/// How the user signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInMethod {
    Password,
    ApiKey,
}

/// The connect screen's form. Survives a failed sign-in untouched.
pub struct ConnectForm {
    pub portal: String,
    pub method: SignInMethod,
    pub email: String,
    pub password: Zeroizing<String>,
    /// Set when the portal asked for a two-factor code.
    pub second_factor: Option<SecondFactor>,
    pub code: Zeroizing<String>,
    pub api_key: Zeroizing<String>,
    pub remember: bool,
    /// False in the demo, which never touches the keychain.
    pub can_remember: bool,
    pub busy: bool,
    pub error: Option<String>,
    /// Why the user is here (signed out, sign-in expired).
    pub notice: Option<String>,
    pub recent: Vec<KnownAccount>,
}

impl ConnectForm {
    pub fn new(can_remember: bool, recent: Vec<KnownAccount>) -> Self {
        Self {
            portal: recent
                .first()
                .map(|known| known.portal.clone())
                .unwrap_or_default(),
            method: SignInMethod::Password,
            email: String::new(),
            password: Zeroizing::default(),
            second_factor: None,
            code: Zeroizing::default(),
            api_key: Zeroizing::default(),
            remember: can_remember,
            can_remember,
            busy: false,
            error: None,
            notice: None,
            recent,
        }
    }
}

/// A signed-in session and its key grid.
pub struct KeysScreen {
    pub client: DocSpaceClient,
    pub person: Person,
    pub account: String,
    pub remembered: bool,
    /// Set when the credential may list but not change keys.
    pub read_only: Option<String>,
    pub keys: Vec<ApiKey>,
    pub catalogue: Vec<String>,
    pub table: KeyTable,
    pub query: KeyQuery,
    /// Indices into `keys`, in display order.
    pub rows: Vec<usize>,
    pub counts: StatusCounts,
    /// Set when `rows` and `counts` must be recomputed.
    pub rows_stale: bool,
    pub selected: Option<String>,
    pub loading: bool,
    pub last_refresh: Option<DateTime<Utc>>,
    /// Keys with a change or deletion on its way.
    pub pending: HashSet<String>,
    pub dialog: Option<Dialog>,
    /// A lasting message above the grid (keychain trouble, a failed refresh).
    pub banner: Option<String>,
    pub focus_search: bool,
}

impl KeysScreen {
    /// Replaces the key list and marks the view for recomputation.
    pub fn set_keys(&mut self, keys: Vec<ApiKey>) {
        self.table = KeyTable::new(&keys);
        self.keys = keys;
        self.rows_stale = true;
        if let Some(selected) = &self.selected
            && !self.keys.iter().any(|key| &key.id == selected)
        {
            self.selected = None;
        }
    }

    /// Recomputes the visible rows and the filter counts, when needed.
    pub fn refresh_rows(&mut self, now: DateTime<Utc>) {
        if self.rows_stale {
            self.rows = self.table.visible_rows(&self.query, now);
            self.counts = self.table.counts(&self.query.search, now);
            self.rows_stale = false;
        }
    }

    pub fn key(&self, id: &str) -> Option<&ApiKey> {
        self.keys.iter().find(|key| key.id == id)
    }

    pub fn key_mut(&mut self, id: &str) -> Option<&mut ApiKey> {
        self.keys.iter_mut().find(|key| key.id == id)
    }

    pub fn can_change(&self) -> bool {
        self.read_only.is_none()
    }
}

/// The dialog on top of the grid, at most one.
pub enum Dialog {
    Create(CreateDialog),
    Edit(EditDialog),
    Reveal(RevealDialog),
    ConfirmDelete(DeleteDialog),
}

/// The create form.
pub struct CreateDialog {
    pub draft: KeyDraft,
    /// The custom lifetime's days, kept while another preset is chosen.
    pub custom_days: u32,
    pub busy: bool,
    pub error: Option<String>,
}

impl CreateDialog {
    pub fn new() -> Self {
        Self {
            draft: KeyDraft {
                name: String::new(),
                access: crate::domain::Access::All,
                lifetime: Lifetime::Never,
            },
            custom_days: 14,
            busy: false,
            error: None,
        }
    }
}

impl Default for CreateDialog {
    fn default() -> Self {
        Self::new()
    }
}

/// The edit form.
pub struct EditDialog {
    pub original: ApiKey,
    pub edit: KeyEdit,
    pub busy: bool,
    pub error: Option<String>,
}

/// Shows a new key once. The secret is wiped when this is dropped.
pub struct RevealDialog {
    pub key: ApiKey,
    pub secret: NewKeySecret,
    pub shown: bool,
    pub copied: bool,
    pub saved_to: Option<PathBuf>,
    pub picking_file: bool,
    pub error: Option<String>,
    /// Asking "you have not copied this key" before closing.
    pub confirm_close: bool,
}

impl RevealDialog {
    pub fn new(key: ApiKey, secret: NewKeySecret) -> Self {
        Self {
            key,
            secret,
            shown: false,
            copied: false,
            saved_to: None,
            picking_file: false,
            error: None,
            confirm_close: false,
        }
    }

    /// True once the key was copied or saved, so closing loses nothing.
    pub fn is_kept(&self) -> bool {
        self.copied || self.saved_to.is_some()
    }
}

/// "Delete this key?"
pub struct DeleteDialog {
    pub id: String,
    pub name: String,
    pub last_used: Option<DateTime<chrono::FixedOffset>>,
    pub busy: bool,
    pub error: Option<String>,
}

/// A short message at the bottom of the window.
#[derive(Debug, Clone)]
pub struct Toast {
    pub text: String,
    pub kind: ToastKind,
    pub until: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Error,
}

/// A copied key waiting to be cleared from the clipboard.
#[derive(Debug, Clone, Copy)]
pub struct PendingClear {
    pub digest: crate::platform::ClipDigest,
    pub at: DateTime<Utc>,
}
