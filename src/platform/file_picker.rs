//! Asking the user where to save a new key or an export: the operating system's save dialog,
//! and where to save it when the system has none.

use std::path::{Path, PathBuf};

use thiserror::Error;

/// The system has no save dialog to show (on Linux: no desktop portal and no zenity).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error(
    "This computer has no save dialog (on Linux, install xdg-desktop-portal-gtk or zenity to get one)."
)]
pub struct NoFileDialog;

/// What a file is saved for: the save dialog's title and file type follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    /// A new key's secret, as a text file.
    NewKey,
    /// The key list (no secrets) as CSV.
    Csv,
    /// The key list (no secrets) as JSON.
    Json,
}

impl SaveKind {
    fn title(self) -> &'static str {
        match self {
            SaveKind::NewKey => "Save the new API key",
            SaveKind::Csv | SaveKind::Json => "Export the API keys",
        }
    }

    fn filter(self) -> (&'static str, &'static str) {
        match self {
            SaveKind::NewKey => ("Text file", "txt"),
            SaveKind::Csv => ("CSV file", "csv"),
            SaveKind::Json => ("JSON file", "json"),
        }
    }
}

/// Picks where to save a file: a new key, or an export of the list. Blocking: called off
/// the UI thread.
pub trait KeyFilePicker: Send + Sync {
    /// The path the user chose; `None` when they cancelled.
    fn pick(&self, kind: SaveKind, suggested_name: &str) -> Result<Option<PathBuf>, NoFileDialog>;

    /// Where a file goes when there is no dialog to ask: the Downloads folder.
    fn fallback_folder(&self) -> Option<PathBuf> {
        let dirs = directories::UserDirs::new()?;
        Some(
            dirs.download_dir()
                .unwrap_or_else(|| dirs.home_dir())
                .to_path_buf(),
        )
    }
}

/// The operating system's save dialog (rfd: portal or zenity on Linux, native elsewhere).
pub struct NativeFilePicker;

impl KeyFilePicker for NativeFilePicker {
    fn pick(&self, kind: SaveKind, suggested_name: &str) -> Result<Option<PathBuf>, NoFileDialog> {
        // rfd answers "cancelled" when it finds no dialog to show; ask first.
        if !dialog_available() {
            return Err(NoFileDialog);
        }
        let (file_type, extension) = kind.filter();
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(kind.title())
            .set_file_name(suggested_name)
            .add_filter(file_type, &[extension]);
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return Err(NoFileDialog);
        };
        Ok(handle
            .block_on(dialog.save_file())
            .map(|file| file.path().to_path_buf()))
    }
}

/// Whether rfd can show a save dialog: the desktop portal on the session bus,
/// or zenity on the `PATH`.
#[cfg(target_os = "linux")]
fn dialog_available() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    zenity || portal_on_bus(PORTAL).unwrap_or(false)
}

#[cfg(target_os = "linux")]
fn portal_on_bus(name: &str) -> zbus::Result<bool> {
    let connection = zbus::blocking::Connection::session()?;
    let bus = zbus::blocking::fdo::DBusProxy::new(&connection)?;
    let name = zbus::names::BusName::try_from(name)?;
    if bus.name_has_owner(name.clone())? {
        return Ok(true);
    }
    Ok(bus
        .list_activatable_names()?
        .iter()
        .any(|activatable| activatable.as_str() == name.as_str()))
}

/// Windows and macOS always have their own save dialog.
#[cfg(not(target_os = "linux"))]
fn dialog_available() -> bool {
    true
}

/// `folder/name`, or `folder/stem (2).ext` and so on when that file exists: a
/// fallback save never replaces a file.
pub fn unused_path(folder: &Path, name: &str) -> PathBuf {
    let first = folder.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) => (stem, format!(".{extension}")),
        None => (name, String::new()),
    };
    (2..)
        .map(|n| folder.join(format!("{stem} ({n}){extension}")))
        .find(|path| !path.exists())
        .unwrap_or(first)
}

/// A picker that always answers the same, for tests.
pub struct FixedFilePicker {
    pub answer: Result<Option<PathBuf>, NoFileDialog>,
    pub fallback: Option<PathBuf>,
}

impl FixedFilePicker {
    /// Answers with `path` (or "cancelled" for `None`).
    pub fn answering(path: Option<PathBuf>) -> Self {
        Self {
            answer: Ok(path),
            fallback: None,
        }
    }

    /// Has no dialog; keys go to `fallback` instead.
    pub fn without_dialog(fallback: PathBuf) -> Self {
        Self {
            answer: Err(NoFileDialog),
            fallback: Some(fallback),
        }
    }
}

impl KeyFilePicker for FixedFilePicker {
    fn pick(
        &self,
        _kind: SaveKind,
        _suggested_name: &str,
    ) -> Result<Option<PathBuf>, NoFileDialog> {
        self.answer.clone()
    }

    fn fallback_folder(&self) -> Option<PathBuf> {
        self.fallback.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fallback_name_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let first = unused_path(dir.path(), "docspace-key-Zapier.txt");
        assert_eq!(first, dir.path().join("docspace-key-Zapier.txt"));
        std::fs::write(&first, "").unwrap();
        let second = unused_path(dir.path(), "docspace-key-Zapier.txt");
        assert_eq!(second, dir.path().join("docspace-key-Zapier (2).txt"));
        std::fs::write(&second, "").unwrap();
        assert_eq!(
            unused_path(dir.path(), "docspace-key-Zapier.txt"),
            dir.path().join("docspace-key-Zapier (3).txt")
        );
    }
}
