//! Failures and races: a session that ends, a create the portal refuses, and
//! a double click that must not create two keys.

use std::time::Duration;

use docspace_keys::app::{Dialog, DocSpaceKeysApp};
use docspace_keys::demo::{ADMIN_EMAIL, Fault};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

fn create_error(app: &DocSpaceKeysApp) -> Option<&str> {
    match dialog(app) {
        Some(Dialog::Create(create)) => create.error.as_deref(),
        _ => None,
    }
}

#[test]
fn an_ended_session_returns_to_the_connect_screen_keeping_the_address() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();
    let mut harness = fixture.start_normal();
    sign_in_with_password(&mut harness, &portal, ADMIN_EMAIL);
    assert_eq!(fixture.store.len(), 1, "the sign-in is remembered");

    // F5 finds the session gone.
    fixture.demo.end_sessions();
    harness.key_press(egui::Key::F5);
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    wait_until(&mut harness, "the dead sign-in to be forgotten", |_| {
        fixture.store.is_empty()
    });
    let address = harness
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal);
    let notice = form(&harness).notice.clone().unwrap_or_default();
    assert!(notice.contains("sign in again"), "{notice}");
    assert!(
        notice.contains("Your sign-in to this portal has ended"),
        "{notice}"
    );
    assert!(
        !notice.contains("key"),
        "a password session is not a key: {notice}"
    );
    assert!(shows(&harness, &notice));
    assert_email_kept_and_password_focused(&harness, ADMIN_EMAIL);

    // So does the Refresh button.
    sign_in_with_password(&mut harness, &portal, ADMIN_EMAIL);
    fixture.demo.end_sessions();
    click(&mut harness, "Refresh");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert!(
        form(&harness)
            .notice
            .as_deref()
            .is_some_and(|notice| notice.contains("sign in again"))
    );
    let address = harness
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal);
}

#[test]
fn a_failed_create_keeps_every_input_and_a_retry_creates_the_key() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let before = fixture.demo.keys().len();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Retry me");
    click(&mut harness, "Custom");
    click_control(&mut harness, "Rooms: read");
    click(&mut harness, "90 days");

    fixture.demo.faults().push(Fault::ServerError);
    click(&mut harness, "Create");
    wait_until(&mut harness, "the create error", |app| {
        create_error(app).is_some()
    });
    let error = create_error(harness.state()).unwrap_or_default().to_owned();
    assert!(shows(&harness, &error), "the error is on screen: {error}");
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Retry me")
    );
    assert!(is_ticked(&harness, "Rooms: read"));
    assert!(is_ticked(&harness, "90 days"));
    assert!(is_ticked(&harness, "Custom"));
    assert_eq!(fixture.demo.keys().len(), before, "nothing was created");

    click(&mut harness, "Create");
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    let created: Vec<_> = fixture
        .demo
        .keys()
        .into_iter()
        .filter(|key| key.name == "Retry me")
        .collect();
    assert_eq!(created.len(), 1);
    assert_eq!(
        created[0].permissions.as_deref(),
        Some(&["rooms:read".to_owned()][..])
    );
    assert!(created[0].expires_at.is_some());
}

#[test]
fn a_double_click_on_create_creates_one_key() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let before = fixture.demo.keys().len();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Clicked twice");

    // Slow answers, so the second click lands while the first request runs.
    fixture
        .demo
        .faults()
        .set_latency(Duration::from_millis(400));
    let create = harness.get_by_label("Create");
    create.click();
    create.click();
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    fixture.demo.faults().set_latency(Duration::ZERO);
    // Any second request would have been sent by now; give it time to land.
    std::thread::sleep(Duration::from_millis(600));
    harness.run_steps(2);

    let keys = fixture.demo.keys();
    assert_eq!(keys.len(), before + 1);
    assert_eq!(
        keys.iter()
            .filter(|key| key.name == "Clicked twice")
            .count(),
        1
    );
}

#[test]
fn a_create_whose_answer_is_lost_says_the_key_may_exist_and_finds_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Lost answer");
    fixture.demo.faults().push(Fault::Truncated);
    click(&mut harness, "Create");
    wait_until(&mut harness, "the create error", |app| {
        create_error(app).is_some()
    });
    let error = create_error(harness.state()).unwrap_or_default().to_owned();
    assert!(error.contains("may have created the key"), "{error}");
    assert!(error.contains("Do not simply try again"), "{error}");

    // The list is read again, and the key the portal did make is pointed out.
    let made = fixture
        .stored_key("Lost answer")
        .expect("the portal made the key");
    wait_until(&mut harness, "the key to be found", |app| {
        keys_screen(app).is_some_and(|screen| screen.orphan.as_deref() == Some(made.id.as_str()))
    });
    assert_eq!(grid(&harness).selected.as_deref(), Some(made.id.as_str()));
    click(&mut harness, "Cancel");
    assert!(shows_text_containing(
        &harness,
        "its secret never reached this app"
    ));
    click(&mut harness, "Delete that key");
    click(&mut harness, "Delete");
    wait_until(&mut harness, "the key to be deleted", |_| {
        fixture.stored_key("Lost answer").is_none()
    });
    wait_until(&mut harness, "the note to go", |app| {
        keys_screen(app).is_some_and(|screen| screen.orphan.is_none())
    });
}

#[test]
fn cancel_works_while_create_waits_and_the_key_is_still_shown_when_it_comes() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Slow portal");
    fixture.demo.faults().push(Fault::SlowAnswer {
        delay: std::time::Duration::from_millis(1500),
    });
    click(&mut harness, "Create");
    assert!(!is_disabled(&harness, "Cancel"), "Cancel stays usable");
    click(&mut harness, "Cancel");
    assert!(no_dialog(harness.state()), "the dialog goes at once");
    wait_until(&mut harness, "the new key", |app| reveal(app).is_some());
    assert_eq!(
        reveal(harness.state()).map(|reveal| reveal.key().name.clone()),
        Some("Slow portal".to_owned())
    );
}
