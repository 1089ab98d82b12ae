//! Everything the app reaches outside itself, bundled so tests can swap each part.

use std::sync::Arc;

use crate::platform::{
    AccountsFile, Clock, KeyFilePicker, LazyKeychain, NativeFilePicker, SecretStore, SystemClock,
};

/// The app's outside world.
pub struct Services {
    pub runtime: tokio::runtime::Handle,
    /// Where credentials are remembered; `None` for a session that must never
    /// touch the keychain (the demo).
    pub secret_store: Option<Arc<dyn SecretStore>>,
    /// Remembered portal addresses and accounts; `None` in the demo.
    pub accounts: Option<AccountsFile>,
    pub clock: Arc<dyn Clock>,
    pub file_picker: Arc<dyn KeyFilePicker>,
}

impl Services {
    /// The real outside world: the OS keychain, the settings folder, the system clock.
    pub fn system(runtime: tokio::runtime::Handle) -> Self {
        Self {
            runtime,
            secret_store: Some(Arc::new(LazyKeychain::new())),
            accounts: AccountsFile::default_location(),
            clock: Arc::new(SystemClock),
            file_picker: Arc::new(NativeFilePicker),
        }
    }

    /// The demo: no keychain, no settings file.
    pub fn demo(runtime: tokio::runtime::Handle) -> Self {
        Self {
            secret_store: None,
            accounts: None,
            ..Self::system(runtime)
        }
    }
}
