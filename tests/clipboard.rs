//! The real clipboard under X11 (Xvfb in CI): a copied key can be pasted by
//! another program, is marked for password managers and clipboard history, and
//! can be cleared. With no display, copying fails with a plain error.

use std::process::Command;

use docspace_keys::platform::{ClipDigest, SecretClipboard, SystemClipboard};

const KEY: &str = "sk-00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

fn xclip(args: &[&str]) -> Option<String> {
    let output = Command::new("xclip").args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn a_copied_key_reaches_other_programs_and_is_cleared() {
    let mut clipboard = SystemClipboard::new();
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        let error = clipboard.copy_secret(KEY).unwrap_err();
        assert!(
            error.to_string().contains("clipboard is not available"),
            "{error}"
        );
        return;
    }
    clipboard.copy_secret(KEY).unwrap();
    assert_eq!(clipboard.current_digest(), Some(ClipDigest::of(KEY)));
    if let Some(pasted) = xclip(&["-o", "-selection", "clipboard"]) {
        assert_eq!(pasted, KEY);
        let targets =
            xclip(&["-o", "-selection", "clipboard", "-t", "TARGETS"]).unwrap_or_default();
        assert!(targets.contains("x-kde-passwordManagerHint"), "{targets}");
    }
    clipboard.clear().unwrap();
    assert_ne!(clipboard.current_digest(), Some(ClipDigest::of(KEY)));
    assert_ne!(
        xclip(&["-o", "-selection", "clipboard"]).as_deref(),
        Some(KEY)
    );
}
