//! The state of the dialogs over the key grid that edit or delete a key. The
//! dialog that shows a new key is in `reveal.rs`.

use chrono::{DateTime, FixedOffset};

use super::reveal::RevealDialog;
use crate::domain::{Access, ApiKey, KeyDraft, KeyEdit, Lifetime};

/// The dialog on top of the grid, at most one.
pub enum Dialog {
    Create(CreateDialog),
    Edit(EditDialog),
    Reveal(RevealDialog),
    ConfirmDelete(DeleteDialog),
}

impl Dialog {
    /// True while the dialog's request is on its way; it stays up until the answer came.
    pub fn is_busy(&self) -> bool {
        match self {
            Dialog::Create(dialog) => dialog.busy,
            Dialog::Edit(dialog) => dialog.busy,
            Dialog::ConfirmDelete(dialog) => dialog.busy,
            Dialog::Reveal(_) => false,
        }
    }
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
                access: Access::All,
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

impl EditDialog {
    /// The form for `key`, filled in with what it has now.
    pub fn new(key: ApiKey, catalogue: &[String]) -> Self {
        Self {
            edit: KeyEdit::from_key(&key, catalogue),
            original: key,
            busy: false,
            error: None,
        }
    }
}

/// "Delete this key?"
pub struct DeleteDialog {
    pub id: String,
    pub name: String,
    pub last_used: Option<DateTime<FixedOffset>>,
    pub busy: bool,
    pub error: Option<String>,
}

impl DeleteDialog {
    /// The question for `key`.
    pub fn new(key: &ApiKey) -> Self {
        Self {
            id: key.id.clone(),
            name: key.name.clone(),
            last_used: key.last_used,
            busy: false,
            error: None,
        }
    }
}
