//! The security review from the keys screen's header: what it names on the demo portal's
//! seed, and a fix that works at the portal.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

#[test]
fn the_review_names_a_full_access_key_and_switching_it_off_fixes_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "Security review");
    assert!(grid(&harness).review_open);
    // The document archiver has full access and no expiry date; the old CRM sync expired.
    harness.get_by_label("Document archiver");
    assert!(shows(&harness, "Full access, and it never expires."));
    assert!(shows_text_containing(&harness, ", but still listed."));
    // An expired key can only be deleted.
    assert!(harness.query_by_label("Switch off Old CRM sync").is_none());
    harness.get_by_role_and_label(Role::Button, "Delete Old CRM sync");

    click(&mut harness, "Switch off Document archiver");
    wait_until(&mut harness, "the key to be switched off", |app| {
        keys_screen(app).is_some_and(|screen| {
            screen.pending.is_empty()
                && screen
                    .keys()
                    .iter()
                    .any(|key| key.name == "Document archiver" && !key.active)
        })
    });
    let stored = fixture
        .stored_key("Document archiver")
        .expect("still there");
    assert!(!stored.is_active, "switched off at the portal");
    // Switched off, made a day ago and never used: nothing more to say about it.
    harness.run_ok();
    assert!(
        harness
            .query_by_label("Switch off Document archiver")
            .is_none()
    );
    assert!(harness.query_by_label("Delete Document archiver").is_none());
    // The same Undo as a switch in the grid.
    harness.get_by_label("Undo");

    click(&mut harness, "Back to all keys");
    assert!(!grid(&harness).review_open);
    harness.get_by_label("Active: Document archiver");

    // A status filter is about the grid, so it shows the grid again.
    click(&mut harness, "Security review");
    assert!(grid(&harness).review_open);
    click(&mut harness, "Inactive (3)");
    assert!(!grid(&harness).review_open);
    assert!(visible_names(&harness).contains(&"Document archiver".to_owned()));
}

/// Settings, then the review's thresholds, then the choice named `days`.
fn choose_threshold(harness: &mut AppHarness, days: &str) {
    click(harness, "Settings");
    click(harness, "Security review thresholds");
    click(harness, days);
}

#[test]
fn the_review_thresholds_are_settings_and_remembered() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "Security review");
    // Moodle integration is switched off and was last used about 50 days ago.
    assert!(
        harness
            .query_by_label("Delete Moodle integration")
            .is_none()
    );

    choose_threshold(&mut harness, "60 days");
    assert_eq!(harness.state().preferences().review.unused_days, 60);
    assert!(
        harness
            .query_by_label("Delete Moodle integration")
            .is_none()
    );

    choose_threshold(&mut harness, "7 days");
    let review = harness.state().preferences().review;
    assert_eq!((review.unused_days, review.never_used_days), (60, 7));
    // The intern's sandbox: active, never used, made 12 days ago.
    harness.get_by_role_and_label(Role::Button, "Switch off Intern sandbox");
}

/// Every node whose name starts with one of `prefixes` lies inside the window.
#[track_caller]
fn all_inside(harness: &AppHarness, prefixes: &[&str]) {
    let window = harness.ctx.content_rect();
    let mut seen = 0;
    for node in harness.query_all_by(|node| {
        node.role() == Role::Button
            && node
                .label()
                .is_some_and(|label| prefixes.iter().any(|prefix| label.starts_with(prefix)))
    }) {
        seen += 1;
        let rect = node.rect();
        assert!(
            rect.min.x >= window.min.x && rect.max.x <= window.max.x + 0.5,
            "{:?} is cut off at {rect:?} in {window:?}",
            node.accesskit_node().label()
        );
    }
    assert!(seen > 0, "none of {prefixes:?} is shown");
}

#[test]
fn the_banner_and_the_review_fit_the_smallest_window_and_double_zoom_in_german() {
    let fixture = Fixture::new().in_language("de");
    for (size, scale) in [(egui::vec2(760.0, 480.0), 1.0), (WINDOW, 2.0)] {
        let mut harness = fixture.start_demo_in(size, scale);
        all_inside(
            &harness,
            &["Abgelaufen: ", "Laufen innerhalb", "Ausblenden"],
        );
        click(&mut harness, "Sicherheitsprüfung");
        all_inside(&harness, &["Sicherheitsprüfung", "Zurück zu allen"]);
        all_inside(&harness, &["Document archiver deaktivieren"]);
    }
}
