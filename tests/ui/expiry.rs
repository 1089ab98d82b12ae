//! The expiry banner above the grid: what it counts on the demo portal's seed (two expired
//! keys, three expiring in about 2, 4 and 5 days), its clicks that filter the grid, and its
//! dismissal, which lasts until another key expires. Time moves by the app's injected clock.

use std::collections::BTreeSet;

use docspace_keys::domain::StatusFilter;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

const EXPIRED: &str = "Expired: 2";
const EXPIRING: &str = "Expiring within 7 days: ";

fn set_of(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

fn shown(harness: &AppHarness) -> BTreeSet<String> {
    visible_names(harness).into_iter().collect()
}

/// The label of the banner's "expiring" button, if it is shown.
fn expiring_button(harness: &AppHarness) -> Option<String> {
    harness
        .query_all_by(|node| {
            node.role() == Role::Button && node.label().is_some_and(|l| l.starts_with(EXPIRING))
        })
        .next()
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn the_banner_counts_expired_and_expiring_keys_and_filters_the_grid_to_them() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();

    harness.get_by_role_and_label(Role::Button, EXPIRED);
    let expiring = expiring_button(&harness).expect("the banner names the expiring keys");
    // The first to expire is the intern's sandbox, in about two days.
    let soonest = key_named(&harness, "Intern sandbox")
        .expires
        .known()
        .expect("it has an expiry date");
    let date = docspace_keys::i18n::date(&soonest, &chrono::Local);
    assert_eq!(expiring, format!("{EXPIRING}3, the first on {date}"));

    click(&mut harness, EXPIRED);
    assert_eq!(grid(&harness).query.status, StatusFilter::Expired);
    assert_eq!(shown(&harness), set_of(&["Calendar sync", "Old CRM sync"]));

    click(&mut harness, &expiring);
    assert_eq!(grid(&harness).query.status, StatusFilter::ExpiringSoon);
    assert_eq!(
        shown(&harness),
        set_of(&["Intern sandbox", "Helpdesk bot", "CI deploy bot"])
    );
    assert_eq!(
        harness.state().preferences().status,
        StatusFilter::ExpiringSoon,
        "as a click on the filter itself"
    );
}

#[test]
fn a_dismissed_banner_stays_away_until_another_key_expires() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    harness.get_by_role_and_label(Role::Button, EXPIRED);

    click(&mut harness, "Dismiss");
    assert!(!shows(&harness, EXPIRED), "dismissed");
    assert!(expiring_button(&harness).is_none());

    // A refresh brings the same keys: still dismissed.
    click(&mut harness, "Refresh");
    wait_until(&mut harness, "the refresh", |app| {
        keys_screen(app).is_some_and(|screen| !screen.loading)
    });
    assert!(!shows(&harness, EXPIRED), "nothing new since");

    // Two days on, the intern's sandbox has expired: that is news.
    fixture.clock.advance(chrono::Duration::days(2));
    harness.run_ok();
    harness.get_by_role_and_label(Role::Button, "Expired: 3");
    let expiring = expiring_button(&harness);
    assert_eq!(
        expiring.map(|label| label.starts_with("Expiring within 7 days: 2,")),
        Some(true),
        "the other two still expire soon"
    );
}

#[test]
fn no_banner_when_no_key_has_expired_or_expires_soon() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    for name in [
        "Calendar sync",
        "Old CRM sync",
        "Intern sandbox",
        "Helpdesk bot",
        "CI deploy bot",
    ] {
        click(&mut harness, &format!("Delete {name}"));
        wait_until(&mut harness, "the confirm dialog", |app| !no_dialog(app));
        click_control(&mut harness, "Delete");
        wait_until(&mut harness, "the deletion", no_dialog);
    }
    assert!(fixture.stored_key("Old CRM sync").is_none());
    assert!(!shows_text_containing(&harness, "Expired: "));
    assert!(!shows(&harness, "Dismiss"));
}
