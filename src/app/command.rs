//! What the window asks the background to do, and what comes back.

use std::path::PathBuf;

use secrecy::SecretString;
use thiserror::Error;

use super::connect_form::ConnectField;
use super::message::Message;
use crate::api::{
    ApiError, CreateKeyRequest, DocSpaceClient, NewKeySecret, PortalUrl, SecondFactor,
    UpdateKeyRequest,
};
use crate::domain::{ApiKey, ExportFormat, KeyList, OldKeyStep, Person, Rotation};
use crate::platform::{KeyFileAccess, KnownAccount, RememberError, StoreError};

/// Work for the tokio runtime. Each command ends in exactly one [`Event`].
pub enum Command {
    /// Sign in with the remembered credential of this account (a portal chosen in the
    /// header or on the connect screen), or of the most recent one when `None`.
    Restore(Option<KnownAccount>),
    /// Find out whether the keychain can remember a sign-in.
    CheckKeychain,
    SignInWithPassword {
        portal: PortalUrl,
        email: String,
        password: SecretString,
        code: Option<String>,
        remember: bool,
    },
    SignInWithKey {
        portal: PortalUrl,
        key: SecretString,
        remember: bool,
    },
    /// Reload the key list (and the scope catalogue).
    Refresh(DocSpaceClient),
    CreateKey(DocSpaceClient, CreateKeyRequest),
    UpdateKey {
        client: DocSpaceClient,
        id: String,
        request: UpdateKeyRequest,
    },
    DeleteKey(DocSpaceClient, String),
    /// A rotation's first step: create the replacement (one `POST`).
    RotateKey(DocSpaceClient, Box<Rotation>),
    /// A rotation's second step, once the new key is shown: switch off or delete the old key.
    RetireOldKey {
        client: DocSpaceClient,
        old_id: String,
        step: OldKeyStep,
    },
    /// Ask where to save `keys` (a save dialog, or the Downloads folder without one), then
    /// write them there in `format`.
    ExportKeys {
        format: ExportFormat,
        keys: Vec<ApiKey>,
        suggested_name: String,
    },
    /// Forget the remembered credential and end the session on the portal.
    SignOut {
        client: DocSpaceClient,
        account: String,
        remembered: bool,
    },
    /// End a login session on the portal that nothing leads back to (a sign-in not
    /// remembered, left for another portal). Answers [`Event::Forgotten`].
    EndSession(DocSpaceClient),
    /// Remove a credential that stopped working from the keychain.
    Forget {
        portal: String,
        account: String,
    },
    /// Ask the user where to save the new key with this id (a native file dialog).
    PickKeyFile {
        key_id: String,
        suggested_name: String,
    },
    /// Write the new key with this id to the file the user picked.
    WriteKeyFile {
        key_id: String,
        path: PathBuf,
        secret: SecretString,
    },
}

/// A signed-in session, ready for the key grid.
pub struct SessionStart {
    pub client: DocSpaceClient,
    pub person: Person,
    /// Email, or the masked key for an API-key sign-in.
    pub account: String,
    /// True when the credential is in the keychain.
    pub remembered: bool,
    /// Why the sign-in could not be remembered, when that was asked for.
    pub not_remembered: Option<RememberError>,
    /// Set when the key may list but not change keys.
    pub read_only_note: Option<Message>,
    /// The keys, already sorted and indexed for the grid.
    pub keys: KeyList,
    pub catalogue: Vec<String>,
    /// Every remembered sign-in, most recent first, for switching portals.
    pub known: Vec<KnownAccount>,
}

/// Where the window puts the list it shows, so that a refresh of many keys never holds the
/// old keys beside the new ones: freed first, the old keys' memory is reused for the new.
pub struct HandOver(pub tokio::sync::oneshot::Sender<KeyList>);

/// Results, delivered to the UI thread in order.
pub enum Event {
    /// No remembered sign-in (or it no longer works): show the connect screen.
    NothingToRestore {
        portal: Option<String>,
        /// The remembered account (an email, or a masked key).
        account: Option<String>,
        reason: Option<Message>,
    },
    SignedIn(Box<SessionStart>),
    NeedsCode(SecondFactor),
    SignInFailed(SignInError),
    /// The keys of a refresh, already sorted and indexed for the grid. (The portal's
    /// list of scopes is read once, at sign-in.)
    KeysLoaded(Box<KeyList>),
    /// A refresh's answer has arrived whole and reads as JSON, and is large: the list shown
    /// may be handed over, to be freed before the new keys are decoded (see
    /// [`HandOver`]). Not handing it over (dropping this) lets the refresh go on as well.
    ListArrived(HandOver),
    LoadFailed(ApiError),
    KeyCreated(Box<ApiKey>, NewKeySecret),
    CreateFailed(ApiError),
    KeyUpdated {
        id: String,
        request: UpdateKeyRequest,
    },
    UpdateFailed {
        id: String,
        error: ApiError,
    },
    KeyDeleted(String),
    DeleteFailed {
        id: String,
        error: ApiError,
    },
    /// The replacement of `rotation`'s old key exists; its secret is to be shown once.
    KeyRotated {
        key: Box<ApiKey>,
        secret: NewKeySecret,
        rotation: Box<Rotation>,
    },
    /// Creating the replacement failed: nothing changed (unless the answer was lost).
    RotateFailed {
        old_id: String,
        error: ApiError,
    },
    /// The old key of a rotation was switched off, deleted or left (`Ok`), or why not.
    OldKeyRetired {
        old_id: String,
        step: OldKeyStep,
        result: Result<(), ApiError>,
    },
    /// The export was written (`Some`), the user cancelled (`None`), or why it failed.
    Exported(Result<Option<Exported>, String>),
    /// The session ended: this portal and account are forgotten, the others kept.
    SignedOut {
        note: Option<Message>,
        portal: String,
        account: String,
    },
    /// Where to save the new key with this id; `None` when the user cancelled.
    KeyFilePicked {
        key_id: String,
        path: Option<PathBuf>,
    },
    /// The system has no save dialog; `fallback` is a free path in the Downloads folder.
    NoFileDialog {
        key_id: String,
        fallback: Option<PathBuf>,
    },
    /// The new key with this id was written to `path` (or why not).
    KeyFileWritten {
        key_id: String,
        path: PathBuf,
        result: Result<KeyFileAccess, String>,
    },
    Forgotten,
    /// Whether the keychain can remember a sign-in (`Ok`), or why not.
    KeychainChecked(Result<(), StoreError>),
}

impl Event {
    /// True for the answers about the key grid of one session (its keys and their
    /// changes), which must be dropped when they come back after the user left it.
    /// Sign-in, keychain and file answers are about the window, not a grid.
    pub fn is_about_the_grid(&self) -> bool {
        matches!(
            self,
            Event::KeysLoaded(_)
                | Event::ListArrived(_)
                | Event::LoadFailed(_)
                | Event::KeyCreated(..)
                | Event::CreateFailed(_)
                | Event::KeyUpdated { .. }
                | Event::UpdateFailed { .. }
                | Event::KeyDeleted(_)
                | Event::DeleteFailed { .. }
                | Event::KeyRotated { .. }
                | Event::RotateFailed { .. }
                | Event::OldKeyRetired { .. }
        )
    }
}

/// A written export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub path: PathBuf,
    /// How many keys it holds.
    pub count: usize,
}

/// Why signing in failed, in words for the connect screen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SignInError {
    #[error("That is not an API key. DocSpace API keys start with \"sk-\".")]
    NotAnApiKey,
    #[error(
        "The portal does not accept this API key. Check that you copied all of it (it starts with \
         \"sk-\"); a key that was deleted, switched off or has expired no longer works."
    )]
    KeyNotValid,
    #[error(
        "This API key may not manage API keys: it lacks the \"*:read\" scope (to list keys) and \
         \"*:write\" (to change them). Its scopes are: {scopes}. Create a key with full access or \
         \"*:write\" for this app."
    )]
    KeyCannotListKeys { scopes: String },
    /// The portal refused the email and password; its own words follow ours.
    #[error("{}", wrong_password_text(.0.as_deref()))]
    WrongPassword(Option<String>),
    #[error("The portal did not accept the code. Try again.")]
    CodeRefused,
    #[error(transparent)]
    Portal(#[from] ApiError),
}

impl SignInError {
    /// The field where the cursor goes so the user can fix what went wrong.
    pub fn field_to_fix(&self) -> Option<ConnectField> {
        match self {
            SignInError::NotAnApiKey
            | SignInError::KeyNotValid
            | SignInError::KeyCannotListKeys { .. } => Some(ConnectField::ApiKey),
            SignInError::WrongPassword(_) => Some(ConnectField::Password),
            SignInError::CodeRefused => Some(ConnectField::Code),
            SignInError::Portal(
                ApiError::InvalidPortal(_)
                | ApiError::Offline { .. }
                | ApiError::NotDocSpace { .. },
            ) => Some(ConnectField::Portal),
            SignInError::Portal(_) => None,
        }
    }
}

fn wrong_password_text(detail: Option<&str>) -> String {
    with_portal_words(
        "The email or password is not correct. Check both, then sign in again.",
        detail,
    )
}

/// The app's own sentence, with the portal's words after it when it gave any.
fn with_portal_words(text: &str, detail: Option<&str>) -> String {
    match detail.map(str::trim).filter(|detail| !detail.is_empty()) {
        Some(detail) => format!("{text} (The portal said: {detail})"),
        None => text.to_owned(),
    }
}
