//! What the app tells the user, kept as data. The window turns each message into
//! words in its language (`ui/messages.rs`); the portal's own words, where it gave any,
//! follow untranslated. The command line never sees these: it prints the English
//! `Display` texts of the errors themselves.

use std::path::PathBuf;

use super::bulk::BulkOutcome;
use super::command::SignInError;
use crate::api::{ApiError, PortalUrlError};
use crate::domain::{DraftProblem, OldKeyStep, RotationProblem};
use crate::platform::{RememberError, StoreError};

/// One message for the window: a toast, a note, or why something failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A request to the portal failed.
    Api(ApiError),
    /// Signing in failed.
    SignIn(SignInError),
    /// The portal address cannot be used.
    PortalAddress(PortalUrlError),
    /// The sign-in could not be remembered.
    NotRemembered(RememberError),
    EnterEmailAndPassword,
    EnterCode,
    PasteApiKey,
    /// The remembered sign-in did not work at start-up.
    RememberedSignInFailed(Box<Message>),
    /// The keychain could not be used.
    Keychain(StoreError),
    SignedOut,
    /// Signed out, but the remembered sign-in is still in the keychain.
    KeychainNotRemoved(StoreError),
    /// Signed out and the keychain entry removed, but the list of remembered sign-ins
    /// still names it.
    AccountNotForgotten {
        path: PathBuf,
        reason: String,
    },
    /// The portal ended the session (a 401); `detail` is the portal's own words.
    SessionEnded {
        api_key: bool,
        detail: Option<String>,
    },
    /// The last run crashed, so the app did not sign in by itself.
    AfterCrash,
    /// The key used to sign in may list keys but not change them.
    ReadOnlyKey,
    RefreshFailed(ApiError),
    /// What a form cannot be sent with.
    Problems(Vec<DraftProblem>),
    SwitchedOn {
        name: String,
    },
    SwitchedOff {
        name: String,
    },
    Saved {
        name: String,
    },
    Deleted {
        name: String,
    },
    /// A new key would have been hidden, so the search and the filter were cleared.
    ShownAgain,
    /// Copying the new key failed; `detail` is the system's words.
    CopyFailed {
        detail: String,
    },
    /// Saving the new key to a file failed; `detail` is the system's words.
    SaveFailed {
        path: PathBuf,
        detail: String,
    },
    /// A key cannot be rotated.
    Rotation(RotationProblem),
    /// A rotation's old key was switched off, deleted or, expired, left as it is.
    OldKeyRetired {
        name: String,
        step: OldKeyStep,
    },
    /// A rotation's old key could not be switched off or deleted: both keys exist.
    OldKeyNotRetired {
        name: String,
        step: OldKeyStep,
        error: ApiError,
    },
    /// The shown keys were exported to `path`.
    Exported {
        count: usize,
        path: PathBuf,
    },
    /// The export failed; `detail` is the system's words.
    ExportFailed {
        detail: String,
    },
    /// What became of switching or deleting several keys at once.
    Bulk(BulkOutcome),
    ClipboardCleared,
    ClipboardReplaced,
    ClipboardClearFailed {
        detail: String,
    },
}

impl From<ApiError> for Message {
    fn from(error: ApiError) -> Self {
        Message::Api(error)
    }
}

impl From<SignInError> for Message {
    fn from(error: SignInError) -> Self {
        Message::SignIn(error)
    }
}
