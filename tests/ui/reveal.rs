//! The reveal dialog after a key is created: copying (and clearing the
//! clipboard again), saving to a file, and closing before either.

use docspace_keys::app::{ClearDelay, ClipboardStatus};
use docspace_keys::platform::MemoryClipboard;
use egui_kittest::kittest::Queryable;

use crate::support::*;

#[test]
fn copy_puts_the_key_on_the_clipboard_and_clears_it_after_two_minutes() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Copied key");
    click(&mut harness, "Copy");
    assert_eq!(fixture.clipboard.content(), Some(secret.clone()));
    assert!(shows_text_containing(&harness, "will be cleared in 120 s"));

    fixture.clock.advance(chrono::Duration::seconds(10));
    harness.run_steps(2);
    assert_eq!(fixture.clipboard.content(), Some(secret.clone()));
    assert!(shows_text_containing(&harness, "will be cleared in 110 s"));

    fixture.clock.advance(chrono::Duration::seconds(111));
    harness.run_steps(2);
    assert_eq!(fixture.clipboard.content(), None, "cleared");
    assert_eq!(fixture.clipboard.log.lock().unwrap().clears, 1);
    assert_eq!(
        harness.state().clipboard_status(),
        Some(&ClipboardStatus::Cleared)
    );
    harness.get_by_label("Copied. The clipboard has been cleared.");

    // Copied, so Done closes without asking.
    click(&mut harness, "Done");
    assert!(no_dialog(harness.state()));
}

#[test]
fn the_clipboard_is_left_alone_when_another_program_replaced_the_key() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Copied key");
    click(&mut harness, "Copy");
    assert_eq!(fixture.clipboard.content(), Some(secret));
    fixture.clipboard.overwrite("a shopping list");

    fixture.clock.advance(chrono::Duration::seconds(121));
    harness.run_steps(2);
    assert_eq!(
        fixture.clipboard.content().as_deref(),
        Some("a shopping list")
    );
    assert_eq!(fixture.clipboard.log.lock().unwrap().clears, 0);
    assert_eq!(
        harness.state().clipboard_status(),
        Some(&ClipboardStatus::Replaced)
    );
    assert!(!shows_text_containing(&harness, "has been cleared"));
    harness.get_by_label(
        "Copied. Something else was copied since, so the clipboard was left as it is.",
    );
}

#[test]
fn closing_an_uncopied_key_asks_first() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    create_key_in_dialog(&mut harness, "Uncopied key");
    let question = "You have not copied this key. It cannot be shown again.";

    click(&mut harness, "Done");
    harness.get_by_label(question);
    click(&mut harness, "Go back");
    assert!(harness.query_by_label(question).is_none());
    assert!(reveal(harness.state()).is_some(), "the key is still there");
    harness.get_by_label("Your new API key");

    // Escape asks too.
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    harness.get_by_label(question);
    click(&mut harness, "Close anyway");
    assert!(
        no_dialog(harness.state()),
        "the secret went with the dialog"
    );
    assert!(harness.query_by_label("Your new API key").is_none());
    assert!(fixture.clipboard.log.lock().unwrap().copies.is_empty());
    // The key itself stays on the portal and in the grid.
    assert!(fixture.stored_key("Uncopied key").is_some());
    assert!(visible_names(&harness).contains(&"Uncopied key".to_owned()));
}

#[test]
fn a_failed_copy_says_so_and_shows_the_key() {
    let fixture = Fixture::new().with_clipboard(MemoryClipboard::failing());
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Uncopyable key");
    click(&mut harness, "Copy");
    assert!(shows_text_containing(
        &harness,
        "The clipboard is not available"
    ));
    assert!(reveal(harness.state()).is_some_and(|reveal| reveal.is_shown() && !reveal.is_copied()));
    assert_eq!(full_keys_on_screen(&harness), [secret]);
    assert!(fixture.clipboard.log.lock().unwrap().copies.is_empty());
    assert!(harness.state().clipboard_status().is_none());
}

#[test]
fn save_to_file_writes_the_key_readable_only_by_its_owner() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("key.txt");
    let fixture = Fixture::new().with_file_picker(path.clone());
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Saved key");
    click(&mut harness, "Save to file…");
    wait_until(&mut harness, "the file to be written", |app| {
        reveal(app).is_some_and(|reveal| reveal.saved().is_some())
    });
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{secret}\n")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(shows_text_containing(&harness, "readable only by you"));
    // Saved, so Done closes without asking.
    click(&mut harness, "Done");
    assert!(no_dialog(harness.state()));
}

#[test]
fn closing_the_window_twice_on_an_uncopied_key_only_brings_the_question_back() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    create_key_in_dialog(&mut harness, "Uncopied key");
    let question = "You have not copied this key. It cannot be shown again.";

    assert!(!close_window(&mut harness), "the first close is held back");
    harness.get_by_label(question);
    assert!(!close_window(&mut harness), "and so is the second");
    assert!(!close_window(&mut harness), "and the third");
    harness.get_by_label(question);
    assert!(reveal(harness.state()).is_some(), "the key is still there");

    click(&mut harness, "Close anyway");
    assert!(
        close_window(&mut harness),
        "once the key is let go, the window closes"
    );
}

#[test]
fn a_copied_key_lets_the_window_close() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    create_key_in_dialog(&mut harness, "Copied key");
    click(&mut harness, "Copy");
    assert!(close_window(&mut harness));
}

#[test]
fn after_the_dialog_closes_the_countdown_stays_with_clear_now() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Copied key");
    click(&mut harness, "Copy");
    click(&mut harness, "Done");
    assert!(no_dialog(harness.state()));
    fixture.clock.advance(chrono::Duration::seconds(60));
    harness.run_steps(2);
    harness.get_by_label("The new key is on the clipboard. It will be cleared in 60 s.");
    assert_eq!(fixture.clipboard.content(), Some(secret));

    click(&mut harness, "Clear now");
    assert_eq!(fixture.clipboard.content(), None);
    harness.get_by_label("The new key has been cleared from the clipboard.");
    assert!(!shows_text_containing(&harness, "is on the clipboard"));
}

#[test]
fn the_clipboard_delay_is_a_setting() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "Settings");
    click(&mut harness, "After 30 seconds");
    assert_eq!(
        harness.state().preferences().clear_clipboard,
        ClearDelay::Seconds30,
        "remembered with the other preferences"
    );
    create_key_in_dialog(&mut harness, "Short-lived copy");
    click(&mut harness, "Copy");
    assert!(shows_text_containing(&harness, "will be cleared in 30 s"));

    click(&mut harness, "Done");
    click(&mut harness, "Settings");
    click(&mut harness, "Only when the app closes");
    create_key_in_dialog(&mut harness, "Kept copy");
    click(&mut harness, "Copy");
    fixture.clock.advance(chrono::Duration::minutes(10));
    harness.run_steps(2);
    harness.get_by_label("Copied. The clipboard will be cleared when the app closes.");
    assert!(fixture.clipboard.content().is_some());
    harness.state_mut().exiting();
    assert_eq!(fixture.clipboard.content(), None, "cleared on exit");
}

#[test]
fn with_no_save_dialog_the_key_can_be_saved_to_downloads_under_a_clear_name() {
    let downloads = tempfile::tempdir().unwrap();
    std::fs::write(
        downloads.path().join("docspace-key-Backup-robot.txt"),
        "older",
    )
    .unwrap();
    let fixture = Fixture::new().without_file_dialog(downloads.path().to_path_buf());
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Backup robot");
    click(&mut harness, "Save to file…");
    wait_until(&mut harness, "the answer from the save dialog", |app| {
        reveal(app).is_some_and(|reveal| reveal.no_file_dialog().is_some())
    });
    assert!(shows_text_containing(
        &harness,
        "This computer has no save dialog"
    ));
    let path = downloads.path().join("docspace-key-Backup-robot (2).txt");
    harness.get_by_label(&path.display().to_string());

    click(&mut harness, "Save to Downloads");
    wait_until(&mut harness, "the file to be written", |app| {
        reveal(app).is_some_and(|reveal| reveal.saved().is_some())
    });
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{secret}\n")
    );
    assert_eq!(
        std::fs::read_to_string(downloads.path().join("docspace-key-Backup-robot.txt")).unwrap(),
        "older",
        "an existing file is never replaced"
    );
    assert!(shows_text_containing(
        &harness,
        &format!("Saved to {}", path.display())
    ));
    assert!(!shows_text_containing(&harness, "no save dialog"));
}
