//! Several keys at once: marking rows with their checkboxes, Ctrl- and Shift-click and
//! "Select all shown", then switching them off or deleting them with one request each.

use docspace_keys::app::Dialog;
use docspace_keys::demo::Fault;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

/// Clicks the row showing `name` (its name cell) with these modifier keys held.
fn click_row_with(harness: &mut AppHarness, name: &str, modifiers: egui::Modifiers) {
    harness.get_by_label(name).click_modifiers(modifiers);
    harness.run_ok();
}

/// The names of the marked keys, in the portal's order.
fn marked_names(harness: &AppHarness) -> Vec<String> {
    let screen = grid(harness);
    screen
        .keys()
        .iter()
        .filter(|key| screen.marked.contains(&key.id))
        .map(|key| key.name.clone())
        .collect()
}

fn no_bulk_under_way(app: &docspace_keys::app::DocSpaceKeysApp) -> bool {
    keys_screen(app).is_some_and(|screen| screen.bulk.is_none() && screen.pending.is_empty())
}

/// The text of the toasts up, one string each.
fn toast_texts(harness: &AppHarness) -> Vec<String> {
    harness
        .state()
        .toasts()
        .iter()
        .map(|toast| said(Some(&toast.text)))
        .collect()
}

#[test]
fn three_keys_marked_by_checkbox_and_ctrl_click_are_switched_off_with_one_put_each() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let names = ["Zapier automation", "Power BI reports", "Helpdesk bot"];

    click_control(&mut harness, "Select Zapier automation");
    assert!(is_ticked(&harness, "Select Zapier automation"));
    click_row_with(&mut harness, "Power BI reports", egui::Modifiers::COMMAND);
    click_row_with(&mut harness, "Helpdesk bot", egui::Modifiers::COMMAND);
    // A Ctrl-click on a marked key unmarks it, and another marks it again.
    click_row_with(
        &mut harness,
        "Slack notifications",
        egui::Modifiers::COMMAND,
    );
    click_row_with(
        &mut harness,
        "Slack notifications",
        egui::Modifiers::COMMAND,
    );
    let mut marked = marked_names(&harness);
    marked.sort();
    let mut wanted = names.map(str::to_owned).to_vec();
    wanted.sort();
    assert_eq!(marked, wanted);
    harness.get_by_label("3 selected");
    assert!(is_ticked(&harness, "Select Helpdesk bot"));

    fixture.demo.faults().record_requests();
    click(&mut harness, "Switch off…");
    assert!(matches!(
        dialog(harness.state()),
        Some(Dialog::ConfirmBulk(_))
    ));
    harness.get_by_label("Switch off these 3 keys?");
    for name in names {
        harness.get_by_label(&format!("• {name}"));
    }
    click(&mut harness, "Switch off 3 keys");
    wait_until(&mut harness, "the three answers", no_bulk_under_way);

    let puts = fixture.demo.faults().key_requests("PUT");
    assert_eq!(puts.len(), 3, "one PUT per key: {puts:?}");
    for name in names {
        let stored = fixture.stored_key(name).unwrap();
        assert!(!stored.is_active, "{name} is off at the portal");
        let sent: Vec<_> = puts
            .iter()
            .filter(|put| put.path.ends_with(&stored.id))
            .collect();
        assert_eq!(sent.len(), 1, "one PUT for {name}");
        let body = sent[0].body.as_ref().expect("a body");
        assert_eq!(body["isActive"], serde_json::Value::Bool(false));
        assert!(!key_named(&harness, name).active);
        assert!(!is_ticked(&harness, &format!("Active: {name}")));
    }
    assert!(fixture.stored_key("Slack notifications").unwrap().is_active);
    assert!(toast_texts(&harness).contains(&"Switched off 3 keys.".to_owned()));
}

#[test]
fn a_shift_click_marks_the_shown_range_and_delete_asks_once_naming_them() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    // Newest first: Helpdesk bot, Personal scripts, Intern sandbox are rows 2 to 4.
    let names = ["Helpdesk bot", "Personal scripts", "Intern sandbox"];
    click_control(&mut harness, "Select Helpdesk bot");
    click_row_with(&mut harness, "Intern sandbox", egui::Modifiers::SHIFT);
    assert_eq!(marked_names(&harness), names);

    fixture.demo.faults().record_requests();
    click(&mut harness, "Delete…");
    harness.get_by_label("Delete these 3 keys?");
    for name in names {
        harness.get_by_label(&format!("• {name}"));
    }
    click(&mut harness, "Delete 3 keys");
    wait_until(&mut harness, "the three deletions", no_bulk_under_way);

    assert_eq!(fixture.demo.faults().key_requests("DELETE").len(), 3);
    for name in names {
        assert!(fixture.stored_key(name).is_none(), "{name} is gone");
        assert!(!visible_names(&harness).contains(&name.to_owned()));
    }
    assert_eq!(visible_names(&harness).len(), 11);
    assert!(
        grid(&harness).marked.is_empty(),
        "gone keys are no longer marked"
    );
    // The bar stays, greyed out, so the rows do not move when a key is marked again.
    assert!(shows(&harness, "0 selected"));
    assert!(is_disabled(&harness, "Delete…"));
    assert!(toast_texts(&harness).contains(&"Deleted 3 keys.".to_owned()));
}

#[test]
fn a_key_the_portal_refuses_to_delete_is_named_in_the_summary_and_stays() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let names = ["Zapier automation", "Power BI reports", "Old CRM sync"];
    for name in names {
        click_control(&mut harness, &format!("Select {name}"));
    }
    fixture.demo.faults().record_requests();
    fixture
        .demo
        .faults()
        .push_for_method("DELETE", Fault::ServerError);
    click(&mut harness, "Delete…");
    click(&mut harness, "Delete 3 keys");
    wait_until(&mut harness, "the three answers", no_bulk_under_way);
    // A refresh follows a failure, so the grid shows each key as the portal has it.
    wait_until(&mut harness, "the refresh", |app| {
        keys_screen(app).is_some_and(|screen| !screen.loading)
    });

    assert_eq!(fixture.demo.faults().key_requests("DELETE").len(), 3);
    let left: Vec<&str> = names
        .into_iter()
        .filter(|name| fixture.stored_key(name).is_some())
        .collect();
    let [failed] = left[..] else {
        panic!("exactly one key stays at the portal: {left:?}");
    };
    assert!(
        visible_names(&harness).contains(&failed.to_owned()),
        "{failed} stays in the grid"
    );
    for name in names.into_iter().filter(|name| *name != failed) {
        assert!(!visible_names(&harness).contains(&name.to_owned()));
    }
    let summary = toast_texts(&harness)
        .into_iter()
        .find(|text| text.starts_with("Deleted 2 keys."))
        .expect("one summary");
    assert!(
        summary.contains(&format!("Could not delete \"{failed}\":")),
        "{summary}"
    );
    assert_eq!(marked_names(&harness), [failed]);
}

#[test]
fn an_expired_key_is_left_out_of_a_switch_and_the_summary_says_so() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click_control(&mut harness, "Select Calendar sync");
    click_control(&mut harness, "Select Zapier automation");
    fixture.demo.faults().record_requests();
    click(&mut harness, "Switch off…");
    harness.get_by_label("Switch off this key?");
    assert!(shows_text_containing(
        &harness,
        "Left out, as it has expired and DocSpace cannot switch it: Calendar sync."
    ));
    assert!(!shows(&harness, "• Calendar sync"));
    click(&mut harness, "Switch off 1 key");
    wait_until(&mut harness, "the answer", no_bulk_under_way);
    assert_eq!(fixture.demo.faults().key_requests("PUT").len(), 1);
    assert!(!fixture.stored_key("Zapier automation").unwrap().is_active);
    let summary = toast_texts(&harness).join(" | ");
    assert!(summary.contains("Switched off 1 key."), "{summary}");
    assert!(summary.contains("Calendar sync"), "{summary}");

    // Switching on asks nothing: the key goes back on, the expired one is left out again.
    click(&mut harness, "Switch on");
    wait_until(&mut harness, "the answer", no_bulk_under_way);
    assert_eq!(fixture.demo.faults().key_requests("PUT").len(), 2);
    assert!(fixture.stored_key("Zapier automation").unwrap().is_active);
}

#[test]
fn select_all_shown_marks_only_the_keys_the_search_shows_and_escape_clears() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    type_into(&mut harness, Role::TextInput, "Search", "sync");
    let shown = visible_names(&harness);
    assert!(shown.len() >= 2 && shown.len() < 14, "{shown:?}");
    click_control(&mut harness, "Select all shown");
    let mut marked = marked_names(&harness);
    marked.sort();
    let mut wanted = shown.clone();
    wanted.sort();
    assert_eq!(marked, wanted);
    assert!(is_ticked(&harness, "Select all shown"));
    harness.get_by_label(&format!("{} selected", shown.len()));

    // Esc in the search field leaves it; Esc on the grid clears the selection.
    harness.get_by_label("Select all shown").focus();
    harness.run_ok();
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(grid(&harness).marked.is_empty());
    assert!(shows(&harness, "0 selected"));
    assert!(is_disabled(&harness, "Switch on"));
    assert!(is_disabled(&harness, "Clear selection"));
}

#[test]
fn marking_the_first_key_does_not_move_the_rows() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let top = |harness: &AppHarness| harness.get_by_label("Select Helpdesk bot").rect().min.y;
    let before = top(&harness);
    click_control(&mut harness, "Select Document archiver");
    assert_eq!(grid(&harness).marked.len(), 1);
    assert_eq!(top(&harness), before, "the next box is where it was");
}

#[test]
fn the_delete_key_asks_about_the_marked_keys() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click_control(&mut harness, "Select Helpdesk bot");
    click_control(&mut harness, "Select Intern sandbox");
    harness.key_press(egui::Key::Delete);
    harness.run_ok();
    harness.get_by_label("Delete these 2 keys?");
    harness.get_by_label("• Helpdesk bot");
    harness.get_by_label("• Intern sandbox");
}
