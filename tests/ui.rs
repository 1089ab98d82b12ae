//! The window, driven by role and label the way a user drives it, against the
//! built-in demo portal on 127.0.0.1. Every test checks a real outcome: what
//! the portal stores, what reached the clipboard, the keychain or a file, or
//! which screen the app shows.

mod ui_support;

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use docspace_keys::api::{CreateKeyRequest, Credential, Portal, PortalUrl, SignIn};
use docspace_keys::app::{ClipboardStatus, Dialog, DocSpaceKeysApp, Screen};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, Fault, TFA_CODE, TFA_EMAIL};
use docspace_keys::domain::{
    AccessKind, ApiKey, ExpiryStatus, KeyState, SortColumn, SortDirection, SortOrder, StatusFilter,
    permissions_summary,
};
use docspace_keys::platform::MemoryClipboard;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use secrecy::SecretString;
use ui_support::*;

// ---------------------------------------------------------------------------
// Helpers for these tests
// ---------------------------------------------------------------------------

fn connect_form(app: &DocSpaceKeysApp) -> Option<&docspace_keys::app::ConnectForm> {
    match app.screen() {
        Screen::Connect(form) => Some(form),
        _ => None,
    }
}

#[track_caller]
fn form(harness: &AppHarness) -> &docspace_keys::app::ConnectForm {
    connect_form(harness.state()).expect("the connect screen is showing")
}

fn reveal(app: &DocSpaceKeysApp) -> Option<&docspace_keys::app::RevealDialog> {
    match dialog(app) {
        Some(Dialog::Reveal(reveal)) => Some(reveal),
        _ => None,
    }
}

/// The new key's id and secret, read from the reveal dialog that is up: the
/// secret as the user sees it after "Show", which is then hidden again.
#[track_caller]
fn revealed(harness: &mut AppHarness) -> (String, String) {
    let id = reveal(harness.state())
        .expect("the reveal dialog is up")
        .key()
        .id
        .clone();
    click(harness, "Show");
    let shown = full_keys_on_screen(harness);
    click(harness, "Hide");
    let [secret] = <[String; 1]>::try_from(shown).expect("one full key is shown");
    (id, secret)
}

fn is_create_dialog(app: &DocSpaceKeysApp) -> bool {
    matches!(dialog(app), Some(Dialog::Create(_)))
}

fn create_error(app: &DocSpaceKeysApp) -> Option<&str> {
    match dialog(app) {
        Some(Dialog::Create(create)) => create.error.as_deref(),
        _ => None,
    }
}

/// The portal address without the trailing slash some forms of it carry.
fn bare(portal: &str) -> &str {
    portal.trim_end_matches('/')
}

/// Fills in the connect screen's password form and signs in; ends on the key grid.
fn sign_in_with_password(harness: &mut AppHarness, portal: &str, email: &str) {
    wait_until(harness, "the connect screen", on_connect_screen);
    replace_text(harness, Role::TextInput, "Portal address", portal);
    replace_text(harness, Role::TextInput, "Email", email);
    replace_text(harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    click(harness, "Sign in");
    wait_until(harness, "the key grid", |app| keys_screen(app).is_some());
}

/// "New key", a name, "Create" with the default access and lifetime; ends on the reveal dialog.
fn create_key_in_dialog(harness: &mut AppHarness, name: &str) -> (String, String) {
    click(harness, "New key");
    wait_until(harness, "the create dialog", is_create_dialog);
    type_into(harness, Role::TextInput, "Name", name);
    click(harness, "Create");
    wait_until(harness, "the reveal dialog", |app| reveal(app).is_some());
    revealed(harness)
}

/// The key grid's keys by name.
fn key_named<'a>(harness: &'a AppHarness, name: &str) -> &'a ApiKey {
    grid(harness)
        .keys()
        .iter()
        .find(|key| key.name == name)
        .unwrap_or_else(|| panic!("the app knows a key named {name:?}"))
}

/// A full key as DocSpace makes them: "sk-" and 64 lower-case hex digits.
fn is_full_key(text: &str) -> bool {
    text.strip_prefix("sk-").is_some_and(|hex| {
        hex.len() == 64 && hex.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
    })
}

/// Whether any node of the widget tree has `text` in its name or value.
fn any_node_contains(harness: &AppHarness, text: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.label().is_some_and(|label| label.contains(text))
                || node.value().is_some_and(|value| value.contains(text))
        })
        .next()
        .is_some()
}

/// Every label on screen that holds a full key.
fn full_keys_on_screen(harness: &AppHarness) -> Vec<String> {
    harness
        .query_all_by(|node| {
            node.role() == Role::Label && node.value().is_some_and(|value| is_full_key(&value))
        })
        .filter_map(|node| node.accesskit_node().value())
        .collect()
}

fn now(fixture: &Fixture) -> DateTime<Utc> {
    use docspace_keys::platform::Clock;
    fixture.clock.now()
}

// ---------------------------------------------------------------------------
// Start and sign-in
// ---------------------------------------------------------------------------

#[test]
fn the_demo_start_opens_on_the_key_grid() {
    let fixture = Fixture::new();
    let harness = fixture.start_demo();
    harness.get_by_label("Zapier automation");
    harness.get_by_label("Nightly backup script");
    harness.get_by_label("New key");
    let shown: BTreeSet<String> = visible_names(&harness).into_iter().collect();
    let stored: BTreeSet<String> = fixture.demo.keys().into_iter().map(|k| k.name).collect();
    assert_eq!(shown, stored, "every key of the portal has a row");
}

#[test]
fn signing_in_with_a_password_remembers_it_restores_it_and_sign_out_forgets_it() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();

    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    type_into(&mut harness, Role::TextInput, "Email", ADMIN_EMAIL);
    type_into(&mut harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    assert!(
        is_ticked(&harness, "Remember on this computer"),
        "remembering is offered and on by default"
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the key grid", |app| {
        keys_screen(app).is_some()
    });
    harness.get_by_label("Zapier automation");
    assert!(grid(&harness).remembered);
    assert_eq!(fixture.store.len(), 1, "one keychain entry");
    let accounts = fixture.accounts().load();
    assert_eq!(accounts.len(), 1, "{accounts:?}");
    assert_eq!(bare(&accounts[0].portal), portal);
    assert_eq!(accounts[0].account, ADMIN_EMAIL);
    drop(harness);

    // The next start finds the remembered sign-in and skips the connect screen.
    let mut again = fixture.start_normal();
    wait_until(&mut again, "the restored key grid", |app| {
        keys_screen(app).is_some()
    });
    again.get_by_label("Zapier automation");
    assert!(grid(&again).remembered);

    click(&mut again, "Sign out");
    wait_until(&mut again, "the connect screen", on_connect_screen);
    assert!(fixture.store.is_empty(), "the keychain entry is deleted");
    let address = again
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal, "the portal address is kept");
    assert!(shows_text_containing(&again, "signed out"));
}

#[test]
fn two_factor_sign_in_asks_for_the_code_and_accepts_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(
        &mut harness,
        Role::TextInput,
        "Portal address",
        &fixture.demo.url(),
    );
    type_into(&mut harness, Role::TextInput, "Email", TFA_EMAIL);
    type_into(&mut harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Two-factor code")
            .is_none()
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the code field", |app| {
        connect_form(app).is_some_and(|form| form.second_factor.is_some())
    });
    assert!(shows_text_containing(&harness, "authenticator app"));
    type_into(&mut harness, Role::TextInput, "Two-factor code", TFA_CODE);
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the key grid", |app| {
        keys_screen(app).is_some()
    });
    assert_eq!(grid(&harness).person.email, TFA_EMAIL);
    assert_eq!(grid(&harness).account, TFA_EMAIL);
    harness.get_by_label("Personal scripts");
}

#[test]
fn a_key_without_key_scopes_is_refused_with_the_missing_scopes_named() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();
    let secret = fixture.runtime.block_on(async {
        let docspace = Portal::new(PortalUrl::parse(&portal).unwrap()).unwrap();
        let token = match docspace
            .sign_in(ADMIN_EMAIL, &SecretString::from(DEMO_PASSWORD), None)
            .await
            .unwrap()
        {
            SignIn::Token { token, .. } => token,
            SignIn::NeedsCode(_) => panic!("the admin needs no code"),
        };
        let admin = docspace.with_credential(Credential::LoginToken(token));
        let request = CreateKeyRequest {
            name: "Files only".to_owned(),
            permissions: Some(vec!["files:read".to_owned()]),
            expires_in_days: None,
        };
        let (_, secret) = admin.create_key(&request).await.unwrap();
        secret.expose().to_owned()
    });

    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    click(&mut harness, "API key");
    type_into(&mut harness, Role::PasswordInput, "API key (sk-…)", &secret);
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the sign-in error", |app| {
        connect_form(app).is_some_and(|form| form.error.is_some())
    });

    let error = form(&harness).error.clone().unwrap_or_default();
    assert!(error.contains("\"*:read\""), "{error}");
    assert!(error.contains("\"*:write\""), "{error}");
    assert!(
        error.contains("files:read"),
        "names the key's own scopes: {error}"
    );
    assert!(shows(&harness, &error), "the error is on screen");
    assert!(on_connect_screen(harness.state()));
    let address = harness
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal, "the address is kept");
    assert!(
        harness
            .query_by_role_and_label(Role::PasswordInput, "API key (sk-…)")
            .is_some()
    );
    assert_eq!(form(&harness).api_key.as_str(), secret, "the key is kept");
    assert!(fixture.store.is_empty(), "nothing was remembered");
}

// ---------------------------------------------------------------------------
// The grid: sorting, filtering, searching
// ---------------------------------------------------------------------------

/// A value to compare rows by, computed here from each key rather than by the app.
fn sort_value(column: SortColumn, key: &ApiKey, now: DateTime<Utc>) -> (i64, String) {
    let time = |date: Option<DateTime<chrono::FixedOffset>>, missing: i64| {
        date.map_or(missing, |date| date.timestamp())
    };
    match column {
        SortColumn::Name => (0, key.name.to_lowercase()),
        SortColumn::Key => (0, key.postfix.to_lowercase()),
        SortColumn::Access => match AccessKind::of_permissions(&key.permissions) {
            AccessKind::All => (0, String::new()),
            AccessKind::ReadOnly => (1, String::new()),
            AccessKind::Custom => (2, permissions_summary(&key.permissions).to_lowercase()),
        },
        SortColumn::Created => (time(key.created, i64::MIN), String::new()),
        // Never used reads as older than any use; never expires as later than any date.
        SortColumn::LastUsed => (time(key.last_used, i64::MIN), String::new()),
        SortColumn::Expires => (time(key.expires, i64::MAX), String::new()),
        SortColumn::CreatedBy => (0, key.creator.name.to_lowercase()),
        SortColumn::Active => (
            match key.state(now) {
                KeyState::Active => 0,
                KeyState::Inactive => 1,
                KeyState::Expired => 2,
            },
            String::new(),
        ),
    }
}

fn header_labels(column: SortColumn) -> [String; 3] {
    let label = column.label();
    [label.to_owned(), format!("{label} ⬆"), format!("{label} ⬇")]
}

/// The header button of `column`, whatever arrow it carries.
fn header_label(harness: &AppHarness, column: SortColumn) -> String {
    let names = header_labels(column);
    harness
        .get_by(|node| {
            node.role() == Role::Button && node.label().is_some_and(|label| names.contains(&label))
        })
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

fn click_header(harness: &mut AppHarness, column: SortColumn) {
    let label = header_label(harness, column);
    click(harness, &label);
}

#[track_caller]
fn assert_rows_sorted(harness: &AppHarness, fixture: &Fixture, order: SortOrder) {
    let now = now(fixture);
    let names = visible_names(harness);
    assert_eq!(
        names.len(),
        grid(harness).keys().len(),
        "every row is visible"
    );
    let values: Vec<_> = names
        .iter()
        .map(|name| sort_value(order.column, key_named(harness, name), now))
        .collect();
    let in_order = values.windows(2).all(|pair| match order.direction {
        SortDirection::Ascending => pair[0] <= pair[1],
        SortDirection::Descending => pair[0] >= pair[1],
    });
    assert!(in_order, "rows by {order:?}: {names:?}\nvalues: {values:?}");
    let (first, last) = (&values[0], &values[values.len() - 1]);
    match order.direction {
        SortDirection::Ascending => assert!(first < last, "{order:?}: {first:?} vs {last:?}"),
        SortDirection::Descending => assert!(first > last, "{order:?}: {first:?} vs {last:?}"),
    }
}

#[test]
fn every_column_sorts_both_ways_from_its_header() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    // The portal's own order to begin with: newest first.
    assert_eq!(header_label(&harness, SortColumn::Created), "Created ⬇");
    assert_rows_sorted(&harness, &fixture, SortOrder::default());

    for column in SortColumn::ALL {
        // A new column sorts ascending; a second click reverses it.
        for (direction, arrow) in [
            (SortDirection::Ascending, "⬆"),
            (SortDirection::Descending, "⬇"),
        ] {
            click_header(&mut harness, column);
            let order = SortOrder { column, direction };
            assert_eq!(grid(&harness).query.order, order);
            assert_eq!(
                header_label(&harness, column),
                format!("{} {arrow}", column.label())
            );
            assert_rows_sorted(&harness, &fixture, order);
        }
    }
    assert_eq!(
        harness.state().preferences().order,
        grid(&harness).query.order,
        "the order is remembered for the next start"
    );
}

fn filter_button_label(harness: &AppHarness, filter: StatusFilter) -> String {
    let prefix = format!("{} (", filter.label());
    harness
        .get_by(|node| node.label().is_some_and(|label| label.starts_with(&prefix)))
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

fn visible_set(harness: &AppHarness) -> BTreeSet<String> {
    visible_names(harness).into_iter().collect()
}

#[test]
fn status_filters_and_search_narrow_the_rows() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let now = now(&fixture);
    let keys = grid(&harness).keys().to_vec();
    let names_where = |keep: &dyn Fn(&ApiKey) -> bool| -> BTreeSet<String> {
        keys.iter()
            .filter(|key| keep(key))
            .map(|key| key.name.clone())
            .collect()
    };

    harness.get_by_label("Expired (2)");
    let expectations: [(StatusFilter, BTreeSet<String>); 6] = [
        (
            StatusFilter::Active,
            names_where(&|k| k.state(now) == KeyState::Active),
        ),
        (
            StatusFilter::Inactive,
            names_where(&|k| k.state(now) == KeyState::Inactive),
        ),
        (
            StatusFilter::Expired,
            names_where(&|k| k.state(now) == KeyState::Expired),
        ),
        (
            StatusFilter::ExpiringSoon,
            names_where(&|k| k.expiry_status(now) == ExpiryStatus::ExpiringSoon),
        ),
        (
            StatusFilter::NeverUsed,
            names_where(&|k| k.last_used.is_none()),
        ),
        (StatusFilter::All, names_where(&|_| true)),
    ];
    for (filter, expected) in expectations {
        assert!(!expected.is_empty(), "the seed has {filter:?} keys");
        let label = filter_button_label(&harness, filter);
        assert_eq!(label, format!("{} ({})", filter.label(), expected.len()));
        click(&mut harness, &label);
        assert_eq!(grid(&harness).query.status, filter);
        assert_eq!(visible_set(&harness), expected, "{filter:?}");
    }
    assert_eq!(
        visible_set(&harness).len(),
        fixture.demo.keys().len(),
        "All shows everything again"
    );

    // Search matches names, key endings and creators, case-insensitively.
    type_into(&mut harness, Role::TextInput, "Search", "SYNC");
    let syncs = names_where(&|k| {
        k.name.to_lowercase().contains("sync")
            || k.postfix.to_lowercase().contains("sync")
            || k.creator.name.to_lowercase().contains("sync")
    });
    assert!(syncs.contains("Calendar sync") && syncs.contains("Old CRM sync"));
    assert_eq!(visible_set(&harness), syncs);

    // Search and filter together.
    let expired = filter_button_label(&harness, StatusFilter::Expired);
    click(&mut harness, &expired);
    let expired_syncs: BTreeSet<String> = syncs
        .iter()
        .filter(|name| key_named(&harness, name).state(now) == KeyState::Expired)
        .cloned()
        .collect();
    assert_eq!(visible_set(&harness), expired_syncs);
    assert_eq!(
        filter_button_label(&harness, StatusFilter::Expired),
        format!("Expired ({})", expired_syncs.len()),
        "the counts follow the search"
    );

    // Nothing matches: the way back is offered.
    replace_text(
        &mut harness,
        Role::TextInput,
        "Search",
        "no such key anywhere",
    );
    assert!(visible_names(&harness).is_empty());
    harness.get_by_label("No keys match the search or the filter.");
    click(&mut harness, "Show all keys");
    assert_eq!(visible_set(&harness), names_where(&|_| true));
    assert_eq!(grid(&harness).query.search, "");
}

// ---------------------------------------------------------------------------
// Creating and revealing a key
// ---------------------------------------------------------------------------

#[test]
fn create_dialog_sends_exactly_the_ticked_scopes_and_reveals_the_key_once() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Reporting export");
    click(&mut harness, "Custom");

    click(&mut harness, "Files: write");
    assert!(is_ticked(&harness, "Files: write"));
    assert!(is_ticked(&harness, "Files: read"), "write ticks read");
    assert!(is_disabled(&harness, "Files: read"), "and locks it");
    click(&mut harness, "Rooms: read");
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
        .and_then(|reveal| reveal.key().expires)
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

#[test]
fn copy_puts_the_key_on_the_clipboard_and_clears_it_after_thirty_seconds() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let (_, secret) = create_key_in_dialog(&mut harness, "Copied key");
    click(&mut harness, "Copy");
    assert_eq!(fixture.clipboard.content(), Some(secret.clone()));
    assert!(shows_text_containing(&harness, "will be cleared in 30 s"));

    fixture.clock.advance(chrono::Duration::seconds(10));
    harness.run_steps(2);
    assert_eq!(fixture.clipboard.content(), Some(secret.clone()));
    assert!(shows_text_containing(&harness, "will be cleared in 20 s"));

    fixture.clock.advance(chrono::Duration::seconds(21));
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

    fixture.clock.advance(chrono::Duration::seconds(31));
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

// ---------------------------------------------------------------------------
// Editing, switching and deleting
// ---------------------------------------------------------------------------

#[test]
fn edit_renames_a_key_and_keeps_its_scopes_and_escape_saves_nothing() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let before = fixture.stored_key("Zapier automation").unwrap();

    click(&mut harness, "Edit Zapier automation");
    wait_until(&mut harness, "the edit dialog", |app| {
        matches!(dialog(app), Some(Dialog::Edit(_)))
    });
    harness.get_by_label("Edit API key");
    replace_text(&mut harness, Role::TextInput, "Name", "Zapier (marketing)");
    click(&mut harness, "Save");
    wait_until(&mut harness, "the edit to be saved", no_dialog);

    let after = fixture
        .stored_key_by_id(&before.id)
        .expect("the key is still there");
    assert_eq!(after.name, "Zapier (marketing)");
    assert_eq!(after.permissions, before.permissions);
    assert_eq!(after.is_active, before.is_active);
    assert!(visible_names(&harness).contains(&"Zapier (marketing)".to_owned()));
    assert!(!visible_names(&harness).contains(&"Zapier automation".to_owned()));

    // Escape closes without saving.
    click(&mut harness, "Edit Power BI reports");
    wait_until(&mut harness, "the edit dialog", |app| {
        matches!(dialog(app), Some(Dialog::Edit(_)))
    });
    replace_text(&mut harness, Role::TextInput, "Name", "Something else");
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(no_dialog(harness.state()));
    // Give a request that should not have been sent every chance to arrive.
    harness.run_steps(3);
    assert!(fixture.stored_key("Power BI reports").is_some());
    assert!(fixture.stored_key("Something else").is_none());
    assert!(visible_names(&harness).contains(&"Power BI reports".to_owned()));
}

#[test]
fn the_active_checkbox_switches_a_key_off_and_on_at_the_portal() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let label = "Active: Zapier automation";
    assert!(fixture.stored_key("Zapier automation").unwrap().is_active);
    assert!(is_ticked(&harness, label));

    click(&mut harness, label);
    wait_until(&mut harness, "the key to be switched off", |app| {
        keys_screen(app).is_some_and(|screen| {
            screen.pending.is_empty()
                && screen
                    .keys()
                    .iter()
                    .any(|k| k.name == "Zapier automation" && !k.active)
        })
    });
    assert!(!fixture.stored_key("Zapier automation").unwrap().is_active);
    assert!(!is_ticked(&harness, label));

    click(&mut harness, label);
    wait_until(&mut harness, "the key to be switched on", |app| {
        keys_screen(app).is_some_and(|screen| {
            screen.pending.is_empty()
                && screen
                    .keys()
                    .iter()
                    .any(|k| k.name == "Zapier automation" && k.active)
        })
    });
    assert!(fixture.stored_key("Zapier automation").unwrap().is_active);
    assert!(is_ticked(&harness, label));
}

#[test]
fn delete_asks_naming_the_key_and_removes_the_row_only_once_the_portal_confirmed() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let name = "Old CRM sync";
    click(&mut harness, &format!("Delete {name}"));
    wait_until(&mut harness, "the delete question", |app| {
        matches!(dialog(app), Some(Dialog::ConfirmDelete(_)))
    });
    harness.get_by_label(&format!("Delete \"{name}\"?"));
    assert!(shows_text_containing(&harness, "It was last used"));

    // The portal refuses once: the row stays and the dialog says why.
    fixture.demo.faults().push(Fault::ServerError);
    click(&mut harness, "Delete");
    wait_until(
        &mut harness,
        "the delete error",
        |app| matches!(dialog(app), Some(Dialog::ConfirmDelete(d)) if d.error.is_some() && !d.busy),
    );
    assert!(fixture.stored_key(name).is_some());
    assert!(visible_names(&harness).contains(&name.to_owned()));

    click(&mut harness, "Delete");
    wait_until(&mut harness, "the deletion", no_dialog);
    assert!(fixture.stored_key(name).is_none(), "the portal deleted it");
    assert!(!visible_names(&harness).contains(&name.to_owned()));
    harness.get_by_label(&format!("Deleted \"{name}\"."));
}

// ---------------------------------------------------------------------------
// Failures and races
// ---------------------------------------------------------------------------

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
    assert!(shows(&harness, &notice));

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
    click(&mut harness, "Rooms: read");
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

// ---------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------

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
    // Both clicks in one frame, so they are well within the double-click time.
    let pos = harness.get_by_label("Calendar sync").rect().center();
    let press = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.input_mut().events.extend([
        egui::Event::PointerMoved(pos),
        press(true),
        press(false),
        press(true),
        press(false),
    ]);
    harness.step();
    harness.run_ok();
    assert!(matches!(
        dialog(harness.state()),
        Some(Dialog::Edit(edit)) if edit.original.name == "Calendar sync"
    ));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Calendar sync")
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
