//! Several portals: a remembered sign-in per portal and account, switched between from the
//! header's portal menu without typing anything again; "Add portal…" with its way back to
//! the grid; "Sign out of this portal", which forgets that one only.

use std::time::Duration;

use docspace_keys::api::PortalUrl;
use docspace_keys::demo::{ADMIN_EMAIL, DemoConfig, DemoPortal, Fault};
use docspace_keys::platform::SecretStore;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

/// The second portal's keys: three generated ones, none of the first portal's seed.
const SECOND_PORTAL_KEYS: [&str; 3] = [
    "Generated key 00001",
    "Generated key 00002",
    "Generated key 00003",
];

fn second_portal(fixture: &Fixture) -> DemoPortal {
    fixture
        .runtime
        .block_on(DemoPortal::start(DemoConfig {
            seed: false,
            extra_keys: SECOND_PORTAL_KEYS.len(),
            ..DemoConfig::default()
        }))
        .expect("the second demo portal starts")
}

/// The address the app keeps for a portal (the accounts file, the keychain).
fn kept(url: &str) -> String {
    PortalUrl::parse(url)
        .expect("a portal address")
        .as_str()
        .to_owned()
}

/// The portal the key grid is signed in to.
fn grid_portal(harness: &AppHarness) -> String {
    grid(harness).client.portal().as_str().to_owned()
}

/// Whether the grid is up and signed in to `url`.
fn on_grid_of(app: &docspace_keys::app::DocSpaceKeysApp, url: &str) -> bool {
    keys_screen(app).is_some_and(|screen| screen.client.portal().as_str() == kept(url))
}

/// The entry of the portal menu (and the connect screen) that opens this sign-in.
fn entry(url: &str) -> String {
    format!("{} · {ADMIN_EMAIL}", host(url))
}

/// The portals of the accounts file, most recent first.
fn remembered(fixture: &Fixture) -> Vec<String> {
    let accounts = fixture.accounts().load();
    accounts.into_iter().map(|known| known.portal).collect()
}

/// Signs in to the first portal, then adds the second with "Add portal…"; both are
/// remembered, and the grid ends on the second.
fn signed_in_to_both(fixture: &Fixture, second: &DemoPortal) -> AppHarness {
    let (first_url, second_url) = (fixture.demo.url(), second.url());
    let mut harness = fixture.start_normal();
    sign_in_with_password(&mut harness, &first_url, ADMIN_EMAIL);
    assert!(grid(&harness).remembered);
    open_portal_menu(&mut harness, &first_url);
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    sign_in_with_password(&mut harness, &second_url, ADMIN_EMAIL);
    assert_eq!(grid_portal(&harness), kept(&second_url));
    harness
}

#[test]
fn remembered_portals_are_switched_from_the_header_without_typing_again() {
    let fixture = Fixture::new();
    let second = second_portal(&fixture);
    let (first_url, second_url) = (fixture.demo.url(), second.url());

    let mut harness = fixture.start_normal();
    sign_in_with_password(&mut harness, &first_url, ADMIN_EMAIL);
    harness.get_by_label("Zapier automation");

    open_portal_menu(&mut harness, &first_url);
    assert!(
        shows(&harness, &format!("Signed in as {ADMIN_EMAIL}")),
        "the menu says who is signed in"
    );
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert_eq!(
        form(&harness).portal,
        "",
        "another portal: the address is empty"
    );
    assert!(shows(&harness, &format!("Back to {}", host(&first_url))));
    sign_in_with_password(&mut harness, &second_url, ADMIN_EMAIL);
    let mut names = visible_names(&harness);
    names.sort();
    assert_eq!(names, SECOND_PORTAL_KEYS, "the second portal's keys only");
    assert_eq!(fixture.store.len(), 2, "one keychain entry per portal");
    assert_eq!(remembered(&fixture), [kept(&second_url), kept(&first_url)]);

    // Back to the first portal: two clicks, nothing typed.
    open_portal_menu(&mut harness, &second_url);
    click(&mut harness, &entry(&first_url));
    wait_until(&mut harness, "the first portal's grid", |app| {
        on_grid_of(app, &first_url)
    });
    harness.get_by_label("Zapier automation");
    assert!(harness.query_by_label(SECOND_PORTAL_KEYS[0]).is_none());
    assert!(grid(&harness).remembered);
    assert_eq!(
        remembered(&fixture),
        [kept(&first_url), kept(&second_url)],
        "the portal switched to is the most recent one, for the next start and the command line"
    );

    // And over again to the second.
    open_portal_menu(&mut harness, &first_url);
    click(&mut harness, &entry(&second_url));
    wait_until(&mut harness, "the second portal's grid", |app| {
        on_grid_of(app, &second_url)
    });
    harness.get_by_label(SECOND_PORTAL_KEYS[1]);
    assert!(harness.query_by_label("Zapier automation").is_none());
    drop(harness);

    // The next start opens the portal used last.
    let mut again = fixture.start_normal();
    wait_until(&mut again, "the restored grid", |app| {
        on_grid_of(app, &second_url)
    });
}

#[test]
fn sign_out_of_this_portal_forgets_only_that_one_and_the_other_opens_with_one_click() {
    let fixture = Fixture::new();
    let second = second_portal(&fixture);
    let (first_url, second_url) = (fixture.demo.url(), second.url());
    let mut harness = signed_in_to_both(&fixture, &second);

    open_portal_menu(&mut harness, &second_url);
    click(&mut harness, "Sign out of this portal");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert_eq!(fixture.store.len(), 1, "the other portal's entry stays");
    let first = kept(&first_url);
    assert!(fixture.store.load(&first, ADMIN_EMAIL).unwrap().is_some());
    assert!(
        fixture
            .store
            .load(&kept(&second_url), ADMIN_EMAIL)
            .unwrap()
            .is_none()
    );
    assert_eq!(remembered(&fixture), [first]);
    assert_eq!(
        bare(&form(&harness).portal),
        kept(&second_url),
        "the address signed out of is kept"
    );
    assert!(shows_text_containing(&harness, "signed out"));

    // The remembered one is a click away on the connect screen.
    click(&mut harness, &entry(&first_url));
    wait_until(&mut harness, "the first portal's grid", |app| {
        on_grid_of(app, &first_url)
    });
    harness.get_by_label("Zapier automation");
}

#[test]
fn add_portal_goes_back_to_the_grid_as_it_was_with_back_or_esc() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let url = fixture.demo.url();
    type_into(&mut harness, Role::TextInput, "Search", "Zapier");
    wait_until(&mut harness, "the search to apply", |app| {
        keys_screen(app).is_some_and(|screen| screen.visible_len() == 1)
    });

    open_portal_menu(&mut harness, &url);
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert_eq!(
        form(&harness).portal,
        "",
        "not filled in with the demo portal"
    );
    type_into(
        &mut harness,
        Role::TextInput,
        "Portal address",
        "portal.example.com",
    );
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(keys_screen(harness.state()).is_some(), "Esc goes back");
    assert_eq!(grid(&harness).query.search, "Zapier", "the search is kept");
    assert_eq!(visible_names(&harness), ["Zapier automation"]);

    open_portal_menu(&mut harness, &url);
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    click(&mut harness, &format!("Back to {}", host(&url)));
    assert_eq!(visible_names(&harness), ["Zapier automation"]);
}

#[test]
fn a_refresh_on_its_way_from_the_portal_left_never_lands_on_the_next() {
    let fixture = Fixture::new();
    let second = second_portal(&fixture);
    let (first_url, second_url) = (fixture.demo.url(), second.url());
    let mut harness = signed_in_to_both(&fixture, &second);

    let delay = Duration::from_millis(1500);
    second.faults().push(Fault::SlowAnswer { delay });
    click(&mut harness, "Refresh");
    assert!(grid(&harness).loading);
    open_portal_menu(&mut harness, &second_url);
    click(&mut harness, &entry(&first_url));
    wait_until(&mut harness, "the first portal's grid", |app| {
        on_grid_of(app, &first_url)
    });
    // Let the second portal's slow answer arrive, and the window take it in.
    std::thread::sleep(delay + Duration::from_millis(500));
    for _ in 0..5 {
        harness.step();
    }
    harness.run_ok();
    assert_eq!(grid_portal(&harness), kept(&first_url));
    harness.get_by_label("Zapier automation");
    assert!(
        harness.query_by_label(SECOND_PORTAL_KEYS[0]).is_none(),
        "the second portal's keys never show under the first"
    );
    assert_eq!(grid(&harness).keys().len(), fixture.demo.keys().len());
}

#[test]
fn the_portal_cannot_be_left_while_a_change_is_on_its_way() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let url = fixture.demo.url();
    fixture.demo.faults().push(Fault::SlowAnswer {
        delay: Duration::from_millis(1500),
    });
    click(&mut harness, "Active: Zapier automation");
    assert!(!grid(&harness).pending.is_empty());
    open_portal_menu(&mut harness, &url);
    assert!(
        is_disabled(&harness, "Add portal…"),
        "the answer to the change needs this grid"
    );
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    wait_until(&mut harness, "the change to be done", |app| {
        keys_screen(app).is_some_and(|screen| screen.pending.is_empty())
    });
    open_portal_menu(&mut harness, &url);
    assert!(!is_disabled(&harness, "Add portal…"));
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
}

#[test]
fn a_remembered_sign_in_that_no_longer_works_asks_to_sign_in_with_the_way_back() {
    let fixture = Fixture::new();
    let second = second_portal(&fixture);
    let (first_url, second_url) = (fixture.demo.url(), second.url());
    let mut harness = signed_in_to_both(&fixture, &second);

    // The first portal ends every session (its admin signed out everywhere).
    fixture.demo.end_sessions();
    open_portal_menu(&mut harness, &second_url);
    click(&mut harness, &entry(&first_url));
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert_eq!(bare(&form(&harness).portal), kept(&first_url));
    assert_email_kept_and_password_focused(&harness, ADMIN_EMAIL);
    assert!(form(&harness).notice.is_some(), "the reason is given");

    click(&mut harness, &format!("Back to {}", host(&second_url)));
    assert_eq!(grid_portal(&harness), kept(&second_url));
    harness.get_by_label(SECOND_PORTAL_KEYS[2]);
}
