//! Asking the user where to save a new key: the operating system's save dialog.

use std::path::PathBuf;

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
