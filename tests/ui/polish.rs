//! Small things an admin notices: a new key that a search would hide, Undo
//! after switching a key off, access in words, and the theme.

use docspace_keys::app::Theme;
use docspace_keys::domain::StatusFilter;
use egui::accesskit::Role;

use crate::support::*;

#[test]
fn a_key_created_while_the_search_hides_it_is_shown_and_selected() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    type_into(&mut harness, Role::TextInput, "Search", "Zapier");
    click(&mut harness, "Expiring soon (0)");
    assert_eq!(visible_names(&harness), Vec::<String>::new());

    create_key_in_dialog(&mut harness, "Invoice export");
    let screen = grid(&harness);
    assert_eq!(screen.query.search, "");
    assert_eq!(screen.query.status, StatusFilter::All);
    let new_id = key_named(&harness, "Invoice export").id.clone();
    assert_eq!(grid(&harness).selected.as_deref(), Some(new_id.as_str()));
    assert!(
        grid(&harness)
            .keys()
            .visible_keys()
            .any(|key| key.id == new_id)
    );
    assert!(shows_text_containing(
        &harness,
        "The search and the filter were cleared"
    ));
    click(&mut harness, "Done");
    click(&mut harness, "Close anyway");
    wait_until(&mut harness, "the dialog to close", no_dialog);
    assert!(visible_names(&harness).contains(&"Invoice export".to_owned()));
}

#[test]
fn a_key_created_that_the_search_shows_leaves_the_search_alone() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    type_into(&mut harness, Role::TextInput, "Search", "Invoice");
    create_key_in_dialog(&mut harness, "Invoice export");
    assert_eq!(grid(&harness).query.search, "Invoice");
    assert!(!shows_text_containing(
        &harness,
        "The search and the filter were cleared"
    ));
}

#[test]
fn switching_a_key_off_offers_undo_which_switches_it_back_on() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let label = "Active: Zapier automation";
    click(&mut harness, label);
    wait_until(&mut harness, "the toast with Undo", |app| {
        app.toasts().iter().any(|toast| toast.undo.is_some())
    });
    assert!(!fixture.stored_key("Zapier automation").unwrap().is_active);
    assert!(shows(&harness, "\"Zapier automation\" is switched off."));

    click(&mut harness, "Undo");
    wait_until(&mut harness, "the key to be on again", |app| {
        keys_screen(app).is_some_and(|screen| {
            screen.pending.is_empty()
                && screen
                    .keys()
                    .iter()
                    .any(|key| key.name == "Zapier automation" && key.active)
        })
    });
    assert!(fixture.stored_key("Zapier automation").unwrap().is_active);
    assert!(is_ticked(&harness, label));
    // The Undo went with its toast: it cannot be pressed twice.
    assert!(!shows(&harness, "Undo"));
    assert!(shows(&harness, "\"Zapier automation\" is switched on."));
}

#[test]
fn switching_a_key_on_offers_no_undo() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "Active: Moodle integration");
    wait_until(&mut harness, "the key to be on", |app| {
        keys_screen(app).is_some_and(|screen| {
            screen.pending.is_empty()
                && screen
                    .keys()
                    .iter()
                    .any(|key| key.name == "Moodle integration" && key.active)
        })
    });
    assert!(fixture.stored_key("Moodle integration").unwrap().is_active);
    assert!(!shows(&harness, "Undo"));
}

#[test]
fn the_grid_says_what_a_key_may_do_in_words() {
    let fixture = Fixture::new();
    let harness = fixture.start_demo();
    assert!(shows(&harness, "Files: read and write · Rooms: read"));
    assert!(shows(&harness, "Profile: read · Contacts: read"));
    assert!(!shows_text_containing(&harness, " rw"));
}

#[test]
fn the_theme_is_chosen_in_the_settings_menu_and_remembered() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    for (choice, theme, expected) in [
        ("Dark", Theme::Dark, egui::Theme::Dark),
        ("Light", Theme::Light, egui::Theme::Light),
    ] {
        click(&mut harness, "Settings");
        click(&mut harness, choice);
        harness.run_ok();
        assert_eq!(harness.state().preferences().theme, theme);
        assert_eq!(harness.ctx.theme(), expected);
        let panel = harness.ctx.style_of(expected).visuals.panel_fill;
        let dark = expected == egui::Theme::Dark;
        assert_eq!(panel.r() < 128, dark, "{choice}: panel {panel:?}");
    }
}
