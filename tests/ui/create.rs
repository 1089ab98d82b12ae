//! Creating a key: the scopes ticked in the dialog are exactly what the portal
//! stores, and the new key is revealed once, masked until asked for.

use chrono::Utc;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

#[test]
fn create_dialog_sends_exactly_the_ticked_scopes_and_reveals_the_key_once() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Reporting export");
    click(&mut harness, "Custom");

    click_control(&mut harness, "Files: write");
    assert!(is_ticked(&harness, "Files: write"));
    assert!(is_ticked(&harness, "Files: read"), "write ticks read");
    assert!(is_disabled(&harness, "Files: read"), "and locks it");
    click_control(&mut harness, "Rooms: read");
    assert!(is_ticked(&harness, "Rooms: read"));
    assert!(!is_ticked(&harness, "Rooms: write"));
    click(&mut harness, "30 days");
    click(&mut harness, "Create");
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    harness.get_by_label("Your new API key");
    harness.get_by_label("Copy or save the key now. DocSpace will not show it again.");

    let (id, secret) = revealed(&mut harness);
    let stored = fixture
        .stored_key_by_id(&id)
        .expect("the portal has the key");
    assert_eq!(stored.name, "Reporting export");
    let mut scopes = stored.permissions.clone().unwrap_or_default();
    scopes.sort();
    assert_eq!(scopes, ["files:read", "files:write", "rooms:read"]);
    assert!(stored.expires_at.is_some(), "the key has an expiry");
    let expires = reveal(harness.state())
        .and_then(|reveal| reveal.key().expires.known())
        .expect("the app knows the expiry");
    let days = (expires.with_timezone(&Utc) - Utc::now()).num_hours() as f64 / 24.0;
    assert!((29.0..=30.5).contains(&days), "about 30 days: {days}");

    // Masked until asked for: nothing of the secret is in the widget tree.
    assert!(full_keys_on_screen(&harness).is_empty());
    assert!(!any_node_contains(&harness, &secret[3..15]));
    assert!(!any_node_contains(&harness, &secret[secret.len() - 12..]));
    click(&mut harness, "Show");
    let shown = full_keys_on_screen(&harness);
    assert_eq!(shown, [secret.as_str()]);
    assert!(is_full_key(&secret), "{secret}");
    assert_eq!(
        stored.key_postfix.as_deref(),
        Some(&secret[secret.len() - 4..])
    );
    harness.get_by_label("Hide");
}

/// The custom lifetime's text field, as a screen reader reads it.
fn days_typed(harness: &AppHarness) -> Option<String> {
    harness
        .get_by_role_and_label(Role::TextInput, "Days")
        .value()
}

#[test]
fn the_custom_lifetime_keeps_every_digit_typed_and_explains_its_range() {
    use docspace_keys::platform::Clock;
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Yearly export");
    assert!(
        is_ticked(&harness, "90 days"),
        "a lifetime is chosen from the start"
    );

    click(&mut harness, "Custom lifetime");
    replace_text(&mut harness, Role::TextInput, "Days", "3");
    type_into(&mut harness, Role::TextInput, "Days", "0");
    type_into(&mut harness, Role::TextInput, "Days", "0");
    assert_eq!(
        days_typed(&harness).as_deref(),
        Some("300"),
        "30 on the way is not the preset"
    );
    assert!(is_ticked(&harness, "Custom lifetime"));
    assert!(!is_ticked(&harness, "30 days"));
    let in_300_days = (fixture.clock.now() + chrono::Duration::days(300))
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d")
        .to_string();
    assert!(shows_text_containing(
        &harness,
        &format!("Expires on {in_300_days}.")
    ));
    assert!(!is_disabled(&harness, "Create"));

    type_into(&mut harness, Role::TextInput, "Days", "0");
    assert_eq!(
        days_typed(&harness).as_deref(),
        Some("3000"),
        "not cut to 365"
    );
    harness.get_by_label("Enter a number of days from 1 to 365.");
    assert!(is_disabled(&harness, "Create"));
    replace_text(&mut harness, Role::TextInput, "Days", "ten");
    harness.get_by_label("Enter a number of days from 1 to 365.");
    assert!(is_disabled(&harness, "Create"));

    // A preset and back: Custom can be chosen again, with what was typed.
    click(&mut harness, "30 days");
    assert!(harness.query_by_label("Days").is_none());
    click(&mut harness, "Custom lifetime");
    assert_eq!(days_typed(&harness).as_deref(), Some("ten"));
    replace_text(&mut harness, Role::TextInput, "Days", "300");
    click(&mut harness, "Create");
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    let stored = fixture
        .stored_key("Yearly export")
        .expect("the portal has the key");
    let expires = stored
        .expires_at
        .as_deref()
        .and_then(|text| chrono::DateTime::parse_from_rfc3339(text).ok());
    let days = expires.map(|date| (date.with_timezone(&Utc) - Utc::now()).num_hours() / 24);
    assert_eq!(days, Some(299), "about 300 days: {expires:?}");
}

#[test]
fn a_disabled_create_says_what_is_missing() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    assert!(is_disabled(&harness, "Create"));
    harness.get_by_label("Enter a name.");
    type_into(&mut harness, Role::TextInput, "Name", "Named");
    assert!(!is_disabled(&harness, "Create"));
    assert!(harness.query_by_label("Enter a name.").is_none());
}
