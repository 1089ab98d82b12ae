//! Rotating a key from its row or its edit dialog: one create with the old key's name, scopes
//! and lifetime, the new secret shown once, then the old key switched off or deleted.

use docspace_keys::app::{Dialog, RetireStatus};
use docspace_keys::demo::Fault;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

fn is_rotate_dialog(app: &docspace_keys::app::DocSpaceKeysApp) -> bool {
    matches!(dialog(app), Some(Dialog::ConfirmRotate(_)))
}

/// Waits until the reveal dialog shows what became of the old key (done or failed).
#[track_caller]
fn wait_for_old_key(harness: &mut AppHarness) -> RetireStatus {
    wait_until(harness, "the old key to be dealt with", |app| {
        reveal(app)
            .and_then(|reveal| reveal.retiring())
            .is_some_and(|retiring| retiring.status != RetireStatus::Working)
    });
    let retiring = reveal(harness.state()).and_then(|reveal| reveal.retiring());
    retiring.expect("the old key's status").status.clone()
}

/// The radio button with this name, ticked or not.
fn radio_ticked(harness: &AppHarness, label: &str) -> bool {
    let node = harness.get_by_role_and_label(Role::RadioButton, label);
    node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

#[test]
fn rotate_on_a_row_creates_a_key_like_the_old_one_shows_it_and_then_switches_the_old_off() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let old = fixture.stored_key("CI deploy bot").unwrap();
    fixture.demo.faults().record_requests();

    click(&mut harness, "Rotate CI deploy bot");
    wait_until(&mut harness, "the rotate question", is_rotate_dialog);
    harness.get_by_label("Rotate \"CI deploy bot\"?");
    assert!(shows_text_containing(&harness, "expires 30 days after"));
    assert!(radio_ticked(&harness, "Switch the old key off"));
    assert!(!radio_ticked(&harness, "Delete the old key"));
    assert!(
        fixture.demo.faults().key_requests("POST").is_empty(),
        "nothing before the confirmation"
    );

    click(&mut harness, "Rotate");
    wait_until(&mut harness, "the new key", |app| reveal(app).is_some());
    let (new_id, secret) = revealed(&mut harness);
    assert_eq!(wait_for_old_key(&mut harness), RetireStatus::Done);
    harness.get_by_label("The old key \"CI deploy bot\" was switched off.");

    let faults = fixture.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1, "exactly one create");
    let body = posts[0].body.clone().unwrap();
    assert_eq!(body["name"], "CI deploy bot");
    assert_eq!(body["permissions"], serde_json::json!(["*:write"]));
    assert_eq!(body["expiresInDays"], 30);
    let puts = faults.key_requests("PUT");
    assert_eq!(puts.len(), 1, "exactly one switch-off");
    assert_eq!(puts[0].path, format!("/api/2.0/keys/{}", old.id));
    assert_eq!(puts[0].body, Some(serde_json::json!({ "isActive": false })));
    assert!(faults.key_requests("DELETE").is_empty());

    assert!(!fixture.stored_key_by_id(&old.id).unwrap().is_active);
    let new = fixture
        .stored_key_by_id(&new_id)
        .expect("the new key exists");
    assert_eq!(new.name, "CI deploy bot");
    assert_eq!(
        new.key_postfix.as_deref(),
        Some(&secret[secret.len() - 4..])
    );
    let grid_old = grid(&harness).key(&old.id).expect("the old row stays");
    assert!(!grid_old.active, "the grid shows it switched off");

    click(&mut harness, "Copy");
    click(&mut harness, "Done");
    assert!(no_dialog(harness.state()));
}

#[test]
fn rotate_in_the_edit_dialog_can_delete_the_old_key_instead() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let old = fixture.stored_key("Zapier automation").unwrap();
    fixture.demo.faults().record_requests();

    click(&mut harness, "Edit Zapier automation");
    wait_until(&mut harness, "the edit dialog", |app| {
        matches!(dialog(app), Some(Dialog::Edit(_)))
    });
    click(&mut harness, "Rotate…");
    wait_until(&mut harness, "the rotate question", is_rotate_dialog);
    click_control(&mut harness, "Delete the old key");
    assert!(radio_ticked(&harness, "Delete the old key"));
    assert!(shows_text_containing(&harness, "This cannot be undone."));
    click(&mut harness, "Rotate");
    wait_until(&mut harness, "the new key", |app| reveal(app).is_some());
    assert_eq!(wait_for_old_key(&mut harness), RetireStatus::Done);
    harness.get_by_label("The old key \"Zapier automation\" was deleted.");

    let faults = fixture.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().unwrap();
    assert_eq!(
        body["permissions"],
        serde_json::json!(["files:read", "files:write", "rooms:read"])
    );
    assert_eq!(body["expiresInDays"], 270);
    let deletes = faults.key_requests("DELETE");
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].path, format!("/api/2.0/keys/{}", old.id));
    assert!(faults.key_requests("PUT").is_empty());
    assert!(fixture.stored_key_by_id(&old.id).is_none());
    assert!(grid(&harness).key(&old.id).is_none(), "its row is gone");
}

#[test]
fn an_expired_key_can_be_rotated_and_is_then_left_as_it_is() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let old = fixture.stored_key("Old CRM sync").unwrap();
    fixture.demo.faults().record_requests();

    assert!(!is_disabled(&harness, "Rotate Old CRM sync"));
    click(&mut harness, "Rotate Old CRM sync");
    wait_until(&mut harness, "the rotate question", is_rotate_dialog);
    assert!(radio_ticked(&harness, "Leave the old key as it is"));
    assert!(shows_text_containing(&harness, "The old key has expired"));
    click(&mut harness, "Rotate");
    wait_until(&mut harness, "the new key", |app| reveal(app).is_some());
    assert_eq!(wait_for_old_key(&mut harness), RetireStatus::Done);
    harness.get_by_label("The old key \"Old CRM sync\" has expired and was left as it is.");

    let faults = fixture.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().unwrap();
    assert_eq!(body["permissions"], serde_json::json!(["*"]));
    assert_eq!(body["expiresInDays"], 90);
    assert!(
        faults.key_requests("PUT").is_empty(),
        "no edit of an expired key"
    );
    assert!(faults.key_requests("DELETE").is_empty());
    assert!(fixture.stored_key_by_id(&old.id).is_some());
}

#[test]
fn a_rotation_whose_create_fails_changes_nothing_and_says_why() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let before = fixture.demo.keys().len();
    let faults = fixture.demo.faults();
    faults.record_requests();
    faults.push_for_method("POST", Fault::ServerError);

    click(&mut harness, "Rotate Power BI reports");
    wait_until(&mut harness, "the rotate question", is_rotate_dialog);
    click(&mut harness, "Rotate");
    wait_until(
        &mut harness,
        "the error",
        |app| matches!(dialog(app), Some(Dialog::ConfirmRotate(d)) if d.error.is_some() && !d.busy),
    );
    assert!(shows_text_containing(&harness, "HTTP 500"));
    assert_eq!(faults.key_requests("POST").len(), 1);
    assert!(faults.key_requests("PUT").is_empty());
    assert!(faults.key_requests("DELETE").is_empty());
    assert_eq!(fixture.demo.keys().len(), before, "no new key");
    assert!(fixture.stored_key("Power BI reports").unwrap().is_active);
    assert!(grid(&harness).pending.is_empty());
    click(&mut harness, "Cancel");
    assert!(no_dialog(harness.state()));
}

#[test]
fn a_rotation_whose_switch_off_fails_keeps_both_keys_and_says_so() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let old = fixture.stored_key("Slack notifications").unwrap();
    let faults = fixture.demo.faults();
    faults.record_requests();
    faults.push_for_method("PUT", Fault::ServerError);

    click(&mut harness, "Rotate Slack notifications");
    wait_until(&mut harness, "the rotate question", is_rotate_dialog);
    click(&mut harness, "Rotate");
    wait_until(&mut harness, "the new key", |app| reveal(app).is_some());
    assert!(matches!(
        wait_for_old_key(&mut harness),
        RetireStatus::Failed(_)
    ));
    assert!(shows_text_containing(
        &harness,
        "The old key \"Slack notifications\" could not be switched off"
    ));
    assert!(shows_text_containing(&harness, "Both keys exist now"));
    let (new_id, _) = revealed(&mut harness);

    assert_eq!(faults.key_requests("POST").len(), 1, "never created twice");
    assert_eq!(faults.key_requests("PUT").len(), 1);
    assert!(fixture.stored_key_by_id(&old.id).unwrap().is_active);
    assert!(fixture.stored_key_by_id(&new_id).unwrap().is_active);
    assert!(grid(&harness).key(&old.id).is_some_and(|key| key.active));
}
