//! Remembers that the window ended in a panic, so that the next start does not
//! sign in by itself straight into the same crash (a remembered sign-in whose
//! key list cannot be drawn would otherwise make the app unstartable).

use std::path::{Path, PathBuf};

use super::accounts::settings_dir;

const FILE_NAME: &str = "crashed";

/// A marker file in the settings folder. It holds nothing: its presence is the message.
#[derive(Debug, Clone)]
pub struct CrashMarker {
    path: PathBuf,
}

impl CrashMarker {
    /// The marker in the app's settings folder; `None` where there is none.
    pub fn default_location() -> Option<Self> {
        Some(Self::in_dir(&settings_dir()?))
    }

    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join(FILE_NAME),
        }
    }

    /// Leaves the marker. Called from a panic hook: it must not panic itself.
    pub fn record(&self) {
        if let Some(dir) = self.path.parent() {
            // Nothing more can be done from inside a panic if the folder cannot be made.
            std::fs::create_dir_all(dir).ok();
        }
        // Likewise: without the marker, the next start merely tries the remembered sign-in.
        std::fs::write(&self.path, b"").ok();
    }

    /// True if the last run ended in a panic; the marker is removed, so this answers once.
    pub fn take(&self) -> bool {
        std::fs::remove_file(&self.path).is_ok()
    }

    /// Makes every later panic leave the marker, after the usual report on stderr.
    pub fn record_panics(&self) {
        let marker = self.clone();
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            marker.record();
            report(info);
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_crash_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let marker = CrashMarker::in_dir(&dir.path().join("not-yet-made"));
        assert!(!marker.take(), "no crash yet");
        marker.record();
        assert!(marker.take());
        assert!(!marker.take(), "answered once");
    }

    #[test]
    fn a_panic_leaves_the_marker() {
        let dir = tempfile::tempdir().unwrap();
        let marker = CrashMarker::in_dir(dir.path());
        marker.record_panics();
        let outcome = std::thread::spawn(|| panic!("a drawing bug")).join();
        // Hooks are process-wide: put the default one back for the other tests.
        drop(std::panic::take_hook());
        assert!(outcome.is_err());
        assert!(marker.take());
    }
}
