//! Where credentials are remembered: the operating system's keychain.
//!
//! Calls are blocking (D-Bus, Keychain Services, Credential Manager). Run them
//! with `tokio::task::spawn_blocking` or on a plain thread, never directly on a
//! tokio worker: the Secret Service store starts its own runtime.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Error as KeyringError};
use secrecy::{ExposeSecret, SecretString};
use thiserror::Error;

/// The keychain "service" under which every entry of this app is filed.
pub const SERVICE: &str = "docspace-keys";

/// Why the keychain could not be used. Carries no secret: the keyring crates'
/// own errors may hold the stored bytes, so they are never kept or formatted.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    #[error(
        "No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring \
         or KWallet). You stay signed in for this session only."
    )]
    Unavailable,
    #[error(
        "The keychain is locked or refused access. Unlock it (for example by signing in to your desktop \
         again) to be remembered; for now you stay signed in for this session only."
    )]
    Locked,
    #[error("The keychain entry could not be read or written ({0}).")]
    Failed(String),
}

/// A place to keep one secret per portal and account.
pub trait SecretStore: Send + Sync {
    /// The stored secret, or `None` when there is none.
    fn load(&self, portal: &str, account: &str) -> Result<Option<SecretString>, StoreError>;
    fn save(&self, portal: &str, account: &str, secret: &SecretString) -> Result<(), StoreError>;
    /// Removes the entry; removing a missing entry is not an error.
    fn delete(&self, portal: &str, account: &str) -> Result<(), StoreError>;

    /// Whether the store can be used now, found by looking up an entry that
    /// never exists: `Unavailable` when there is no keychain service, `Locked`
    /// when it refuses access.
    fn probe(&self) -> Result<(), StoreError> {
        self.load(PROBE_PORTAL, PROBE_ACCOUNT).map(drop)
    }
}

/// The entry [`SecretStore::probe`] looks up. Nothing is ever stored under it.
const PROBE_PORTAL: &str = "docspace-keys://availability-check";
const PROBE_ACCOUNT: &str = "nobody";

/// The entry's user name in the keychain: `account @ portal`, unique per pair.
pub fn entry_user(portal: &str, account: &str) -> String {
    format!("{account} @ {portal}")
}

/// The operating system's keychain through keyring-core and its per-OS store.
pub struct KeychainStore {
    store: Arc<CredentialStore>,
}

impl KeychainStore {
    /// Connects to the platform's store (Secret Service, Keychain, Credential Manager).
    pub fn open() -> Result<Self, StoreError> {
        let store = platform_store().map_err(|err| map_error(&err))?;
        Ok(Self { store })
    }

    /// Uses a given keyring-core store (for example `keyring_core::mock::Store`).
    pub fn with_store(store: Arc<CredentialStore>) -> Self {
        Self { store }
    }

    fn entry(&self, portal: &str, account: &str) -> Result<keyring_core::Entry, StoreError> {
        self.store
            .build(SERVICE, &entry_user(portal, account), None)
            .map_err(|err| map_error(&err))
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(KeyringError::NotSupportedByStore(
        "no keychain on this platform".to_owned(),
    ))
}

impl SecretStore for KeychainStore {
    fn load(&self, portal: &str, account: &str) -> Result<Option<SecretString>, StoreError> {
        match self.entry(portal, account)?.get_password() {
            Ok(secret) => Ok(Some(SecretString::from(secret))),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(err) => Err(map_error(&err)),
        }
    }

    fn save(&self, portal: &str, account: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.entry(portal, account)?
            .set_password(secret.expose_secret())
            .map_err(|err| map_error(&err))
    }

    fn delete(&self, portal: &str, account: &str) -> Result<(), StoreError> {
        match self.entry(portal, account)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(err) => Err(map_error(&err)),
        }
    }
}

/// Maps a keyring error without formatting anything that may hold secret bytes.
fn map_error(err: &KeyringError) -> StoreError {
    match err {
        KeyringError::NoStorageAccess(_) => StoreError::Locked,
        KeyringError::PlatformFailure(_)
        | KeyringError::NoDefaultStore
        | KeyringError::NotSupportedByStore(_) => StoreError::Unavailable,
        KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => {
            StoreError::Failed("the stored entry is not readable".to_owned())
        }
        KeyringError::TooLong(name, limit) => StoreError::Failed(format!(
            "{name} is longer than the keychain allows ({limit})"
        )),
        KeyringError::Ambiguous(_) => {
            StoreError::Failed("there is more than one matching entry".to_owned())
        }
        _ => StoreError::Failed("unexpected keychain error".to_owned()),
    }
}

/// A secret store in memory, for tests and for sessions that must not touch the keychain.
#[derive(Default)]
pub struct MemorySecretStore {
    entries: Mutex<HashMap<String, SecretString>>,
    failure: Mutex<Option<StoreError>>,
}

impl MemorySecretStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store whose every call fails with `error` (e.g. [`StoreError::Unavailable`]).
    pub fn failing(error: StoreError) -> Self {
        Self {
            entries: Mutex::default(),
            failure: Mutex::new(Some(error)),
        }
    }

    /// How many entries are stored.
    pub fn len(&self) -> usize {
        self.entries
            .lock()
            .map(|entries| entries.len())
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check(&self) -> Result<(), StoreError> {
        match self.failure.lock().ok().and_then(|failure| failure.clone()) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    fn with_entries<T>(
        &self,
        f: impl FnOnce(&mut HashMap<String, SecretString>) -> T,
    ) -> Result<T, StoreError> {
        self.check()?;
        let mut entries = self
            .entries
            .lock()
            .map_err(|_| StoreError::Failed("the in-memory store is poisoned".to_owned()))?;
        Ok(f(&mut entries))
    }
}

impl SecretStore for MemorySecretStore {
    fn load(&self, portal: &str, account: &str) -> Result<Option<SecretString>, StoreError> {
        self.with_entries(|entries| entries.get(&entry_user(portal, account)).cloned())
    }

    fn save(&self, portal: &str, account: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.with_entries(|entries| {
            entries.insert(entry_user(portal, account), secret.clone());
        })
    }

    fn delete(&self, portal: &str, account: &str) -> Result<(), StoreError> {
        self.with_entries(|entries| {
            entries.remove(&entry_user(portal, account));
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(store: &dyn SecretStore) {
        let portal = "https://portal.example.com";
        assert!(store.load(portal, "alex@example.com").unwrap().is_none());
        store
            .save(portal, "alex@example.com", &SecretString::from("token-1"))
            .unwrap();
        store
            .save(portal, "dana@example.com", &SecretString::from("sk-2"))
            .unwrap();
        let loaded = store.load(portal, "alex@example.com").unwrap().unwrap();
        assert_eq!(loaded.expose_secret(), "token-1");
        store.delete(portal, "alex@example.com").unwrap();
        assert!(store.load(portal, "alex@example.com").unwrap().is_none());
        store.delete(portal, "alex@example.com").unwrap();
        let other = store.load(portal, "dana@example.com").unwrap().unwrap();
        assert_eq!(other.expose_secret(), "sk-2");
    }

    #[test]
    fn memory_store_keeps_one_entry_per_portal_and_account() {
        round_trip(&MemorySecretStore::new());
    }

    #[test]
    fn keychain_store_round_trips_through_keyring_core() {
        let mock = keyring_core::mock::Store::new().unwrap();
        round_trip(&KeychainStore::with_store(mock));
    }

    #[test]
    fn a_failing_store_reports_its_reason() {
        let store = MemorySecretStore::failing(StoreError::Unavailable);
        let err = store.load("p", "a").unwrap_err();
        assert!(err.to_string().contains("No keychain is available"));
    }

    #[test]
    fn errors_with_secret_bytes_do_not_leak_them() {
        let err = map_error(&KeyringError::BadEncoding(b"sk-secret".to_vec()));
        assert!(!format!("{err:?} {err}").contains("sk-secret"));
    }
}

/// Runs a blocking keychain call on tokio's blocking threads. Keychain calls
/// block, and the Secret Service store runs its own runtime, which must not be
/// started on an async worker.
pub async fn keychain_call<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|_| {
        Err(StoreError::Failed(
            "the keychain call did not finish".to_owned(),
        ))
    })
}

/// The OS keychain, connected on first use (which blocks, so it happens on a
/// background thread rather than at start-up).
#[derive(Default)]
pub struct LazyKeychain {
    store: std::sync::OnceLock<Result<KeychainStore, StoreError>>,
}

impl LazyKeychain {
    pub fn new() -> Self {
        Self::default()
    }

    fn store(&self) -> Result<&KeychainStore, StoreError> {
        self.store
            .get_or_init(KeychainStore::open)
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl SecretStore for LazyKeychain {
    fn load(&self, portal: &str, account: &str) -> Result<Option<SecretString>, StoreError> {
        self.store()?.load(portal, account)
    }

    fn save(&self, portal: &str, account: &str, secret: &SecretString) -> Result<(), StoreError> {
        self.store()?.save(portal, account, secret)
    }

    fn delete(&self, portal: &str, account: &str) -> Result<(), StoreError> {
        self.store()?.delete(portal, account)
    }
}
