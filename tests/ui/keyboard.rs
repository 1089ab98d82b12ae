//! Keyboard and mouse shortcuts: Ctrl+N, Escape, Delete, Tab and a double
//! click on a row.

use docspace_keys::app::Dialog;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

#[test]
fn ctrl_n_opens_the_create_dialog_and_escape_closes_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run_ok();
    assert!(is_create_dialog(harness.state()));
    harness.get_by_label("New API key");
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(no_dialog(harness.state()));
    assert!(harness.query_by_label("New API key").is_none());
}

#[test]
fn the_delete_key_asks_before_deleting_the_selected_row() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let before = fixture.demo.keys().len();
    harness.get_by_label("Slack notifications").click();
    harness.run_ok();
    let selected = grid(&harness).selected.clone();
    assert_eq!(
        selected.as_deref(),
        Some(key_named(&harness, "Slack notifications").id.as_str())
    );

    harness.key_press(egui::Key::Delete);
    harness.run_ok();
    assert!(matches!(
        dialog(harness.state()),
        Some(Dialog::ConfirmDelete(d)) if d.name == "Slack notifications"
    ));
    harness.get_by_label("Delete \"Slack notifications\"?");
    click(&mut harness, "Cancel");
    assert!(no_dialog(harness.state()));
    assert_eq!(fixture.demo.keys().len(), before, "nothing was deleted");
}

#[test]
fn a_double_click_on_a_row_opens_it_for_editing() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    double_click(&mut harness, "Moodle integration");
    assert!(matches!(
        dialog(harness.state()),
        Some(Dialog::Edit(edit)) if edit.original.name == "Moodle integration"
    ));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Moodle integration")
    );
}

#[test]
fn the_create_dialog_starts_in_the_name_field_and_tab_can_leave_it_empty() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run_ok();
    let name_focused = |harness: &AppHarness| {
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    };
    assert!(name_focused(&harness), "typing can start at once");

    harness.key_press(egui::Key::Tab);
    harness.run_ok();
    harness.run_steps(3);
    assert!(!name_focused(&harness), "Tab moves on from an empty name");
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(no_dialog(harness.state()));
}
