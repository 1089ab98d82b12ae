//! What the window asks the background to do, and what comes back.

use std::path::PathBuf;

use secrecy::SecretString;

use crate::api::CreateKeyRequest;
use crate::api::{
    ApiError, DocSpaceClient, NewKeySecret, PortalUrl, SecondFactor, UpdateKeyRequest,
};
use crate::domain::{ApiKey, Person};

/// Work for the tokio runtime. Each command ends in exactly one [`Event`].
pub enum Command {
    /// Sign in with the remembered credential of the most recent account, if any.
    Restore,
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
    /// Forget the remembered credential and end the session on the portal.
    SignOut {
        client: DocSpaceClient,
        account: String,
        remembered: bool,
    },
    /// Remove a credential that stopped working from the keychain.
    Forget {
        portal: String,
        account: String,
    },
    /// Ask the user where to save a new key (a native file dialog).
    PickKeyFile {
        suggested_name: String,
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
    /// Why remembering failed, if it was asked for and failed.
    pub keychain_note: Option<String>,
    /// Set when the key may list but not change keys.
    pub read_only_note: Option<String>,
    pub keys: Vec<ApiKey>,
    pub catalogue: Vec<String>,
}

/// Results, delivered to the UI thread in order.
pub enum Event {
    /// No remembered sign-in (or it no longer works): show the connect screen.
    NothingToRestore {
        portal: Option<String>,
        reason: Option<String>,
    },
    SignedIn(Box<SessionStart>),
    NeedsCode(SecondFactor),
    SignInFailed(String),
    KeysLoaded {
        keys: Vec<ApiKey>,
        catalogue: Vec<String>,
    },
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
    SignedOut {
        note: Option<String>,
    },
    KeyFilePicked(Option<PathBuf>),
    Forgotten,
}
