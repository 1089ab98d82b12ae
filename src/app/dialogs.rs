//! The state of the dialogs over the key grid that edit or delete a key. The
//! dialog that shows a new key is in `reveal.rs`.

use super::bulk::BulkDialog;
use super::message::Message;
use super::reveal::RevealDialog;
use crate::domain::{
    Access, ApiKey, KeyDate, KeyDraft, KeyEdit, Lifetime, OldKeyChoice, Rotation, RotationProblem,
};

/// The dialog on top of the grid, at most one.
pub enum Dialog {
    Create(CreateDialog),
    Edit(EditDialog),
    Reveal(RevealDialog),
    ConfirmDelete(DeleteDialog),
    ConfirmRotate(RotateDialog),
    /// Switching off or deleting the marked keys.
    ConfirmBulk(BulkDialog),
}

impl Dialog {
    /// True while the dialog's request is on its way and the dialog must stay
    /// up for its answer. A create may be left: its key is shown when it comes.
    pub fn is_busy(&self) -> bool {
        match self {
            Dialog::Create(_) => false,
            Dialog::Edit(dialog) => dialog.busy,
            Dialog::ConfirmDelete(dialog) => dialog.busy,
            Dialog::ConfirmRotate(dialog) => dialog.busy,
            Dialog::Reveal(_) => false,
            // Its requests go out as it closes.
            Dialog::ConfirmBulk(_) => false,
        }
    }
}

/// The create form.
pub struct CreateDialog {
    pub draft: KeyDraft,
    /// Which lifetime choice is ticked. Kept apart from the draft's lifetime, so
    /// typing 30 custom days is not taken for the "30 days" preset.
    pub lifetime: LifetimeChoice,
    /// The custom lifetime's days exactly as typed, kept while a preset is chosen.
    pub custom_days: String,
    pub busy: bool,
    pub error: Option<Message>,
}

/// A preset lifetime, or the custom number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifetimeChoice {
    Preset(Lifetime),
    Custom,
}

/// The lifetime a new key gets unless the admin chooses another: a key that
/// expires by itself is the safer default.
const DEFAULT_LIFETIME: Lifetime = Lifetime::Days(90);

impl CreateDialog {
    pub fn new() -> Self {
        Self {
            draft: KeyDraft {
                name: String::new(),
                access: Access::All,
                lifetime: DEFAULT_LIFETIME,
            },
            lifetime: LifetimeChoice::Preset(DEFAULT_LIFETIME),
            custom_days: "14".to_owned(),
            busy: false,
            error: None,
        }
    }

    /// Chooses a lifetime; the draft follows.
    pub fn choose_lifetime(&mut self, choice: LifetimeChoice) {
        self.lifetime = choice;
        self.draft.lifetime = match choice {
            LifetimeChoice::Preset(lifetime) => lifetime,
            LifetimeChoice::Custom => custom_lifetime(&self.custom_days),
        };
    }

    /// The custom days were edited; the draft follows while Custom is chosen.
    pub fn custom_days_edited(&mut self) {
        if self.lifetime == LifetimeChoice::Custom {
            self.draft.lifetime = custom_lifetime(&self.custom_days);
        }
    }
}

/// The lifetime the typed days ask for. Text that is not a whole number of
/// days counts as 0 days, which the draft refuses as out of range.
fn custom_lifetime(text: &str) -> Lifetime {
    Lifetime::Days(text.trim().parse().unwrap_or(0))
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
    pub error: Option<Message>,
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
    pub last_used: KeyDate,
    pub busy: bool,
    pub error: Option<Message>,
}

impl DeleteDialog {
    /// The question for `key`.
    pub fn new(key: &ApiKey) -> Self {
        Self {
            id: key.id.clone(),
            name: key.name.clone(),
            last_used: key.last_used.clone(),
            busy: false,
            error: None,
        }
    }
}

/// "Rotate this key?": what the new key gets, and what becomes of the old one.
pub struct RotateDialog {
    /// The key to replace, as it was when the dialog opened.
    pub key: ApiKey,
    /// True when the key had expired when the dialog opened: it is then left as it is or
    /// deleted, since the portal refuses to switch off an expired key.
    pub expired: bool,
    /// What the admin chose for the old key.
    pub choice: OldKeyChoice,
    /// The rotation as the dialog shows it, or why the key cannot be rotated.
    pub rotation: Result<Rotation, RotationProblem>,
    pub busy: bool,
    pub error: Option<Message>,
}

impl RotateDialog {
    /// The question for `key` at `now`; the old key is switched off unless the admin
    /// chooses to delete it.
    pub fn new(key: &ApiKey, now: chrono::DateTime<chrono::Utc>) -> Self {
        let choice = OldKeyChoice::default();
        Self {
            key: key.clone(),
            expired: key.is_expired(now),
            choice,
            rotation: Rotation::of(key, choice, now),
            busy: false,
            error: None,
        }
    }

    /// Chooses what becomes of the old key; the rotation follows.
    pub fn choose(&mut self, choice: OldKeyChoice, now: chrono::DateTime<chrono::Utc>) {
        self.choice = choice;
        self.rotation = Rotation::of(&self.key, choice, now);
    }
}
