//! The clipboard, for the one moment a new key is copied.
//!
//! The copy is marked for exclusion from clipboard history, and only a digest
//! of it is kept, so that clearing later touches the clipboard only if it still
//! holds our copy.

use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};
use thiserror::Error;

/// Why the clipboard could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("The clipboard is not available ({0}).")]
pub struct ClipboardError(pub String);

/// A clipboard that can take a secret and later tell whether it still holds it.
pub trait SecretClipboard: Send {
    /// Puts `text` on the clipboard, excluded from clipboard history where the system supports it.
    fn copy_secret(&mut self, text: &str) -> Result<(), ClipboardError>;
    /// The digest of what the clipboard holds now, if it holds text.
    fn current_digest(&mut self) -> Option<ClipDigest>;
    /// Empties the clipboard.
    fn clear(&mut self) -> Result<(), ClipboardError>;
}

/// A SHA-256 digest of copied text: enough to recognise it, useless to recover it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ClipDigest([u8; 32]);

impl ClipDigest {
    pub fn of(text: &str) -> Self {
        Self(Sha256::digest(text.as_bytes()).into())
    }
}

impl std::fmt::Debug for ClipDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClipDigest(..)")
    }
}

/// The system clipboard through arboard, opened once and kept for the app's life
/// (on X11 and Wayland the copy lives only as long as its owner does).
#[derive(Default)]
pub struct SystemClipboard {
    handle: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    pub fn new() -> Self {
        Self::default()
    }

    fn handle(&mut self) -> Result<&mut arboard::Clipboard, ClipboardError> {
        if self.handle.is_none() {
            self.handle =
                Some(arboard::Clipboard::new().map_err(|err| ClipboardError(describe(&err)))?);
        }
        self.handle
            .as_mut()
            .ok_or_else(|| ClipboardError("no clipboard".to_owned()))
    }
}

fn describe(err: &arboard::Error) -> String {
    match err {
        arboard::Error::ClipboardNotSupported => "not supported on this system".to_owned(),
        arboard::Error::ClipboardOccupied => "another program is using it".to_owned(),
        arboard::Error::ContentNotAvailable => "it holds no text".to_owned(),
        _ => "no clipboard could be reached".to_owned(),
    }
}

impl SecretClipboard for SystemClipboard {
    fn copy_secret(&mut self, text: &str) -> Result<(), ClipboardError> {
        let set = self.handle()?.set();
        #[cfg(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "openbsd",
            target_os = "netbsd"
        ))]
        let set = {
            use arboard::SetExtLinux;
            set.exclude_from_history()
        };
        #[cfg(target_os = "windows")]
        let set = {
            use arboard::SetExtWindows;
            set.exclude_from_history()
                .exclude_from_cloud()
                .exclude_from_monitoring()
        };
        #[cfg(target_os = "macos")]
        let set = {
            use arboard::SetExtApple;
            set.exclude_from_history()
        };
        set.text(text.to_owned())
            .map_err(|err| ClipboardError(describe(&err)))
    }

    fn current_digest(&mut self) -> Option<ClipDigest> {
        let text = zeroize::Zeroizing::new(self.handle().ok()?.get_text().ok()?);
        Some(ClipDigest::of(&text))
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        self.handle()?
            .clear()
            .map_err(|err| ClipboardError(describe(&err)))
    }
}

/// What an in-memory clipboard has seen; shared with the test that made it.
///
/// `Debug` counts the copies but never shows them: they are secrets.
#[derive(Default)]
pub struct ClipboardLog {
    /// The current content.
    pub content: Option<String>,
    /// Every text ever copied, in order.
    pub copies: Vec<String>,
    /// How many times it was cleared.
    pub clears: usize,
}

impl std::fmt::Debug for ClipboardLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let content = if self.content.is_some() {
            "Some([REDACTED])"
        } else {
            "None"
        };
        f.debug_struct("ClipboardLog")
            .field("content", &format_args!("{content}"))
            .field(
                "copies",
                &format_args!("[REDACTED, {} copies]", self.copies.len()),
            )
            .field("clears", &self.clears)
            .finish()
    }
}

/// An in-memory clipboard for tests; `failing` makes every call fail.
#[derive(Clone, Default)]
pub struct MemoryClipboard {
    pub log: Arc<Mutex<ClipboardLog>>,
    failing: bool,
}

impl MemoryClipboard {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn failing() -> Self {
        Self {
            failing: true,
            ..Self::default()
        }
    }

    /// Another program puts `text` on the clipboard.
    pub fn overwrite(&self, text: &str) {
        if let Ok(mut log) = self.log.lock() {
            log.content = Some(text.to_owned());
        }
    }

    pub fn content(&self) -> Option<String> {
        self.log.lock().ok().and_then(|log| log.content.clone())
    }

    fn check(&self) -> Result<(), ClipboardError> {
        if self.failing {
            Err(ClipboardError("no clipboard could be reached".to_owned()))
        } else {
            Ok(())
        }
    }
}

impl SecretClipboard for MemoryClipboard {
    fn copy_secret(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.check()?;
        let mut log = self
            .log
            .lock()
            .map_err(|_| ClipboardError("poisoned".to_owned()))?;
        log.content = Some(text.to_owned());
        log.copies.push(text.to_owned());
        Ok(())
    }

    fn current_digest(&mut self) -> Option<ClipDigest> {
        self.content().map(|text| ClipDigest::of(&text))
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        self.check()?;
        let mut log = self
            .log
            .lock()
            .map_err(|_| ClipboardError("poisoned".to_owned()))?;
        log.content = None;
        log.clears += 1;
        Ok(())
    }
}
