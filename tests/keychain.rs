//! The real system keychain. Under `scripts/with-secret-service.sh` (as in CI)
//! a private GNOME Keyring is running and the round trip must work; the script
//! sets DOCSPACE_KEYS_REQUIRE_SECRET_SERVICE so a missing service fails the test.
//! Without a Secret Service, the app must say so plainly instead.

use docspace_keys::platform::{KeychainStore, SecretStore, StoreError};
use secrecy::{ExposeSecret, SecretString};

#[test]
fn a_credential_is_stored_read_and_deleted_in_the_real_secret_service() {
    let required = std::env::var_os("DOCSPACE_KEYS_REQUIRE_SECRET_SERVICE").is_some();
    let store = match KeychainStore::open() {
        Ok(store) => store,
        Err(error) => {
            assert!(!required, "the Secret Service should be running: {error}");
            assert_eq!(error, StoreError::Unavailable);
            assert!(error.to_string().contains("session only"));
            return;
        }
    };
    let portal = "https://keychain-test.example.com";
    let account = format!("test-{}@example.com", std::process::id());
    let secret =
        SecretString::from("sk-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    match store.save(portal, &account, &secret) {
        Ok(()) => {}
        Err(error) => {
            assert!(!required, "saving should work: {error}");
            return;
        }
    }
    let loaded = store.load(portal, &account).unwrap().expect("stored");
    assert_eq!(loaded.expose_secret(), secret.expose_secret());
    assert!(
        store
            .load(portal, "someone-else@example.com")
            .unwrap()
            .is_none()
    );
    store.delete(portal, &account).unwrap();
    assert!(store.load(portal, &account).unwrap().is_none());
}
