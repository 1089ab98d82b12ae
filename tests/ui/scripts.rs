//! Key names in every script draw with real glyphs: kittest panics on a glyph
//! no font has, and the harness carries the system-font provider the window
//! gets from eframe, so these pass only where the system's fonts cover them.

use docspace_keys::app::Dialog;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::support::*;

/// A name per script the issue names: Chinese, Japanese, Korean, Hebrew,
/// Arabic, Thai, Devanagari, and one with an emoji.
const NAMES: [&str; 8] = [
    "报表导出服务",
    "日本語のバックアップ",
    "한국어 백업 키",
    "מפתח גיבוי",
    "مفتاح النسخ الاحتياطي",
    "กุญแจสำรองข้อมูล",
    "हिंदी रिपोर्ट कुंजी",
    "Deploy bot 🚀🔑",
];

#[test]
fn names_in_every_script_render_in_the_grid_the_edit_field_and_the_delete_dialog() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    for name in NAMES {
        create_key_in_dialog(&mut harness, name);
        click(&mut harness, "Done");
        click(&mut harness, "Close anyway");
        wait_until(&mut harness, "the grid again", no_dialog);
        assert!(
            fixture.stored_key(name).is_some(),
            "the portal stores {name:?}"
        );
    }
    // Every name is a row of the grid, drawn (a missing glyph would have panicked).
    let shown = visible_names(&harness);
    for name in NAMES {
        assert!(
            shown.iter().any(|row| row == name),
            "{name:?} is in the grid"
        );
    }

    // The edit field and the delete confirmation draw the name too.
    let name = NAMES[0];
    click(&mut harness, &format!("Edit {name}"));
    wait_until(&mut harness, "the edit dialog", |app| {
        matches!(dialog(app), Some(Dialog::Edit(_)))
    });
    let field = harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .value()
        .unwrap_or_default();
    assert_eq!(field, name);
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    for name in NAMES {
        click(&mut harness, &format!("Delete {name}"));
        wait_until(&mut harness, "the delete dialog", |app| {
            matches!(dialog(app), Some(Dialog::ConfirmDelete(_)))
        });
        assert!(
            shows_text_containing(&harness, name),
            "the dialog names {name:?}"
        );
        harness.key_press(egui::Key::Escape);
        harness.run_ok();
    }
}
