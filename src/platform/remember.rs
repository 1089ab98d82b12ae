//! "Remember on this computer": the account goes to the accounts file, its secret
//! to the keychain. The command line's `login` and the window share this, so both
//! say the same thing when it cannot be done.

use std::path::PathBuf;
use std::sync::Arc;

use secrecy::SecretString;
use thiserror::Error;

use super::accounts::AccountsFile;
use super::secret_store::{SecretStore, StoreError, keychain_call};

/// Why a sign-in could not be remembered. The sign-in itself worked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RememberError {
    #[error(
        "The sign-in could not be remembered: this computer has no settings folder for the app."
    )]
    NoSettingsFolder,
    #[error(
        "The sign-in could not be remembered: the list of remembered sign-ins ({}) could not be \
         written ({reason}).",
        path.display()
    )]
    AccountsFile { path: PathBuf, reason: String },
    #[error("The sign-in could not be kept in the keychain. {0}")]
    Keychain(StoreError),
}

/// Remembers a sign-in: `account` at `portal` in `accounts`, and `secret` in `store`.
///
/// `accounts` is `None` when there is no settings folder; nothing is stored then.
///
/// The accounts file is written first and the keychain second. A keychain entry is
/// found only through the accounts file, so writing it first could leave a secret
/// behind that nothing lists and `logout` could never remove; in this order a
/// failure leaves at most a list entry, which holds no secret. When the keychain
/// refuses, a list entry this call added is taken out again (best effort), so that
/// a failed "remember" leaves the list as it was; an account listed before stays,
/// as its earlier keychain entry may still work.
pub async fn remember_sign_in(
    store: Arc<dyn SecretStore>,
    accounts: Option<&AccountsFile>,
    portal: &str,
    account: &str,
    secret: SecretString,
) -> Result<(), RememberError> {
    let accounts = accounts.ok_or(RememberError::NoSettingsFolder)?;
    let was_listed = accounts
        .load()
        .iter()
        .any(|known| known.portal == portal && known.account == account);
    accounts
        .remember(portal, account)
        .map_err(|err| RememberError::AccountsFile {
            path: accounts.path().to_owned(),
            reason: err.to_string(),
        })?;
    let (portal_key, account_key) = (portal.to_owned(), account.to_owned());
    let saved = keychain_call(move || store.save(&portal_key, &account_key, &secret)).await;
    if let Err(err) = saved {
        if !was_listed {
            // An entry without a secret is harmless, so failing to remove it needs no report.
            accounts.forget(portal, account).ok();
        }
        return Err(RememberError::Keychain(err));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;
    use crate::platform::{KnownAccount, MemorySecretStore};

    const PORTAL: &str = "https://portal.example.com";
    const ACCOUNT: &str = "alex@example.com";

    fn secret() -> SecretString {
        SecretString::from("login-token")
    }

    fn listed(portal: &str, account: &str) -> KnownAccount {
        KnownAccount {
            portal: portal.to_owned(),
            account: account.to_owned(),
        }
    }

    #[tokio::test]
    async fn remembering_lists_the_account_and_keeps_the_secret() {
        let dir = tempfile::tempdir().unwrap();
        let accounts = AccountsFile::in_dir(dir.path());
        let store = Arc::new(MemorySecretStore::new());
        remember_sign_in(store.clone(), Some(&accounts), PORTAL, ACCOUNT, secret())
            .await
            .unwrap();
        assert_eq!(accounts.load(), [listed(PORTAL, ACCOUNT)]);
        let kept = store.load(PORTAL, ACCOUNT).unwrap().unwrap();
        assert_eq!(kept.expose_secret(), "login-token");
    }

    #[tokio::test]
    async fn an_unwritable_accounts_file_is_reported_and_nothing_reaches_the_keychain() {
        let dir = tempfile::tempdir().unwrap();
        // A folder inside a regular file cannot be created, not even by root.
        let not_a_folder = dir.path().join("a file");
        std::fs::write(&not_a_folder, "x").unwrap();
        let accounts = AccountsFile::in_dir(&not_a_folder.join("config"));
        let store = Arc::new(MemorySecretStore::new());
        let err = remember_sign_in(store.clone(), Some(&accounts), PORTAL, ACCOUNT, secret())
            .await
            .unwrap_err();
        let RememberError::AccountsFile { path, .. } = &err else {
            panic!("expected an accounts file error, got {err:?}");
        };
        assert_eq!(path, accounts.path());
        let message = err.to_string();
        assert!(message.contains("could not be remembered"), "{message}");
        assert!(
            message.contains(&accounts.path().display().to_string()),
            "{message}"
        );
        assert!(store.is_empty(), "no keychain entry without a list entry");
    }

    #[tokio::test]
    async fn a_refusing_keychain_is_reported_and_leaves_no_new_list_entry() {
        let dir = tempfile::tempdir().unwrap();
        let accounts = AccountsFile::in_dir(dir.path());
        accounts.remember(PORTAL, "dana@example.com").unwrap();
        let store = Arc::new(MemorySecretStore::failing(StoreError::Locked));
        let err = remember_sign_in(store, Some(&accounts), PORTAL, ACCOUNT, secret())
            .await
            .unwrap_err();
        assert_eq!(err, RememberError::Keychain(StoreError::Locked));
        assert!(err.to_string().contains("locked"), "{err}");
        assert_eq!(
            accounts.load(),
            [listed(PORTAL, "dana@example.com")],
            "the earlier sign-in stays first"
        );
    }

    #[tokio::test]
    async fn a_refusing_keychain_keeps_an_account_that_was_already_listed() {
        let dir = tempfile::tempdir().unwrap();
        let accounts = AccountsFile::in_dir(dir.path());
        accounts.remember(PORTAL, ACCOUNT).unwrap();
        let store = Arc::new(MemorySecretStore::failing(StoreError::Unavailable));
        let err = remember_sign_in(store, Some(&accounts), PORTAL, ACCOUNT, secret())
            .await
            .unwrap_err();
        assert_eq!(err, RememberError::Keychain(StoreError::Unavailable));
        assert_eq!(accounts.load(), [listed(PORTAL, ACCOUNT)]);
    }

    #[tokio::test]
    async fn without_a_settings_folder_nothing_is_stored() {
        let store = Arc::new(MemorySecretStore::new());
        let err = remember_sign_in(store.clone(), None, PORTAL, ACCOUNT, secret())
            .await
            .unwrap_err();
        assert_eq!(err, RememberError::NoSettingsFolder);
        assert!(store.is_empty());
    }
}
