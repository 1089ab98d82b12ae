//! Everything the app reaches outside itself, bundled so tests can swap each part.

use std::path::PathBuf;
use std::sync::Arc;

use crate::platform::{AccountsFile, Clock, LazyKeychain, SecretStore, SystemClock};

/// Picks where to save a new key. Blocking: called off the UI thread.
pub trait KeyFilePicker: Send + Sync {
    fn pick(&self, suggested_name: &str) -> Option<PathBuf>;
}

/// The operating system's save dialog (rfd: portal or zenity on Linux, native elsewhere).
pub struct NativeFilePicker;

impl KeyFilePicker for NativeFilePicker {
    fn pick(&self, suggested_name: &str) -> Option<PathBuf> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Save the new API key")
            .set_file_name(suggested_name)
            .add_filter("Text file", &["txt"]);
        let handle = tokio::runtime::Handle::try_current().ok()?;
        handle
            .block_on(dialog.save_file())
            .map(|file| file.path().to_path_buf())
    }
}

/// A picker that always answers with the same path (or none), for tests.
pub struct FixedFilePicker(pub Option<PathBuf>);

impl KeyFilePicker for FixedFilePicker {
    fn pick(&self, _suggested_name: &str) -> Option<PathBuf> {
        self.0.clone()
    }
}

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
