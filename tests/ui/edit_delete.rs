//! Editing, switching and deleting keys from the grid.

use docspace_keys::app::Dialog;
use docspace_keys::demo::Fault;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

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

#[test]
fn an_expired_key_cannot_be_opened_for_editing_but_can_be_deleted() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    assert!(is_disabled(&harness, "Edit Calendar sync"));
    assert!(!is_disabled(&harness, "Delete Calendar sync"));
    assert!(!is_disabled(&harness, "Edit Moodle integration"));
    double_click(&mut harness, "Calendar sync");
    assert!(
        no_dialog(harness.state()),
        "a double click does not open it either"
    );
    click(&mut harness, "Delete Calendar sync");
    assert!(matches!(
        dialog(harness.state()),
        Some(Dialog::ConfirmDelete(delete)) if delete.name == "Calendar sync"
    ));
}
