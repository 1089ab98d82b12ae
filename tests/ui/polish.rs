//! Small things an admin notices: a new key that a search would hide, Undo
//! after switching a key off, access in words, the theme, and the window's finish
//! (tooltips on dates, text size, button colours, dialogs that stay put), measured
//! from what egui laid out and painted.

use docspace_keys::app::Theme;
use docspace_keys::domain::StatusFilter;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

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

// ---- window polish, measured from what egui laid out and painted ----

/// Every shape egui painted in the last frame, nested lists flattened.
fn painted(harness: &AppHarness) -> Vec<egui::Shape> {
    fn flatten(shape: &egui::Shape, out: &mut Vec<egui::Shape>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|shape| flatten(shape, out)),
            other => out.push(other.clone()),
        }
    }
    let mut shapes = Vec::new();
    for clipped in &harness.output().shapes {
        flatten(&clipped.shape, &mut shapes);
    }
    shapes
}

/// Each run of text egui painted in the last frame, with its font size in points.
fn painted_text(harness: &AppHarness) -> Vec<(String, f32)> {
    painted(harness)
        .iter()
        .filter_map(|shape| match shape {
            egui::Shape::Text(text) => Some(text.galley.clone()),
            _ => None,
        })
        .flat_map(|galley| {
            galley
                .job
                .sections
                .iter()
                .map(|section| {
                    let text = galley
                        .job
                        .text
                        .get(section.byte_range.start.0..section.byte_range.end.0)
                        .unwrap_or_default()
                        .to_owned();
                    (text, section.format.font_id.size)
                })
                .collect::<Vec<_>>()
        })
        .filter(|(text, _)| !text.trim().is_empty())
        .collect()
}

/// Fails on any text of the last frame smaller than 12 points; `expected` must be among it.
#[track_caller]
fn assert_no_text_below_12_points(harness: &AppHarness, screen: &str, expected: &[&str]) {
    let text = painted_text(harness);
    for wanted in expected {
        assert!(
            text.iter().any(|(run, _)| run.contains(wanted)),
            "{screen}: {wanted:?} is painted; painted: {text:?}"
        );
    }
    let small: Vec<_> = text.iter().filter(|(_, size)| *size < 12.0).collect();
    assert!(
        small.is_empty(),
        "{screen}: text below 12 points: {small:?}"
    );
}

#[test]
fn no_text_is_smaller_than_12_points_at_zoom_1() {
    // The name's counter, "0/30", is small text.
    let counter = format!("/{}", docspace_keys::domain::MAX_NAME_LENGTH);
    let fixture = Fixture::new();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    click(&mut harness, "API key");
    assert_no_text_below_12_points(&harness, "connect", &["The key needs full access"]);

    let mut harness = fixture.start_demo();
    assert_no_text_below_12_points(&harness, "key grid", &["Showing 14 of 14", "Updated"]);

    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    click_control(&mut harness, "Custom");
    assert_no_text_below_12_points(
        &harness,
        "create dialog",
        &[&counter, "Expires on", "What the key is for"],
    );
    harness.key_press(egui::Key::Escape);
    harness.run_ok();

    double_click(&mut harness, "Moodle integration");
    assert_no_text_below_12_points(&harness, "edit dialog", &[&counter, "Never expires"]);
}

/// The fill of the topmost filled rectangle egui painted under the button with this name.
#[track_caller]
fn button_fill(harness: &AppHarness, label: &str) -> egui::Color32 {
    let button = harness.get_by_role_and_label(Role::Button, label).rect();
    painted(harness)
        .iter()
        .filter_map(|shape| match shape {
            egui::Shape::Rect(rect) if rect.fill != egui::Color32::TRANSPARENT => Some(rect),
            _ => None,
        })
        // The button's frame: it covers the button, and not much more (hovered, it grows a little).
        .rfind(|rect| {
            rect.rect.expand(0.5).contains_rect(button)
                && button.expand(3.0).contains_rect(rect.rect)
        })
        .map(|rect| rect.fill)
        .unwrap_or_else(|| panic!("a filled frame is painted under {label:?}"))
}

#[track_caller]
fn assert_fill(harness: &AppHarness, label: &str, ordinary: &str, wanted: egui::Color32) {
    let fill = button_fill(harness, label);
    let other = button_fill(harness, ordinary);
    assert_ne!(fill, other, "{label:?} looks unlike {ordinary:?}");
    assert_eq!(fill, wanted, "{label:?} has the palette's colour");
}

#[test]
fn primary_actions_are_filled_with_the_accent_and_delete_with_the_danger_colour() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    let palette = docspace_keys::ui::palette::for_theme(harness.ctx.theme());
    let ordinary = harness
        .ctx
        .style_of(harness.ctx.theme())
        .visuals
        .widgets
        .inactive
        .weak_bg_fill;
    let sign_in = button_fill(&harness, "Sign in");
    assert_ne!(sign_in, ordinary, "Sign in looks unlike an ordinary button");
    assert_eq!(sign_in, palette.accent);

    let mut harness = fixture.start_demo();
    let palette = docspace_keys::ui::palette::for_theme(harness.ctx.theme());
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, "Name", "Invoice export");
    assert_fill(&harness, "Create", "Cancel", palette.accent);
    click(&mut harness, "Cancel");

    double_click(&mut harness, "Moodle integration");
    assert_fill(&harness, "Save", "Cancel", palette.accent);
    click(&mut harness, "Cancel");

    click(&mut harness, "Delete Slack notifications");
    assert_fill(&harness, "Delete", "Cancel", palette.danger);
}

#[test]
fn a_greyed_out_primary_or_destructive_action_is_drawn_plain() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let palette = docspace_keys::ui::palette::for_theme(harness.ctx.theme());
    // Nothing marked: the selection bar's Delete… is greyed out like its neighbours.
    assert!(is_disabled(&harness, "Delete…"));
    assert_ne!(button_fill(&harness, "Delete…"), palette.danger);
    assert_eq!(
        button_fill(&harness, "Delete…"),
        button_fill(&harness, "Switch off…")
    );
    click_control(&mut harness, "Select Helpdesk bot");
    assert_eq!(button_fill(&harness, "Delete…"), palette.danger);

    // A dialog's confirm button too: Create waits for a name.
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    assert!(is_disabled(&harness, "Create"));
    let [r, g, b, _] = button_fill(&harness, "Create").to_array();
    let spread = r.max(g).max(b) - r.min(g).min(b);
    assert!(
        spread < 16,
        "greyed out, Create is grey, not a faded accent: {r} {g} {b}"
    );
    type_into(&mut harness, Role::TextInput, "Name", "Invoice export");
    assert_eq!(button_fill(&harness, "Create"), palette.accent);
}

/// Where egui placed the dialog whose heading is `heading`: the rect of the window (area)
/// that holds the heading.
#[track_caller]
fn dialog_rect(harness: &AppHarness, heading: &str) -> egui::Rect {
    let heading = harness.get_by_label(heading).rect();
    let layer = harness
        .ctx
        .layer_id_at(heading.center())
        .expect("a window under the heading");
    let rect = harness
        .ctx
        .memory(|memory| memory.area_rect(layer.id))
        .expect("the dialog's window has a place");
    assert!(rect.contains_rect(heading), "{rect:?} holds {heading:?}");
    rect
}

#[test]
fn the_key_dialogs_keep_their_top_edge_when_they_grow() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    let before = dialog_rect(&harness, "New API key");
    click_control(&mut harness, "Custom");
    let after = dialog_rect(&harness, "New API key");
    assert!(
        after.height() > before.height() + 50.0,
        "Custom makes the dialog taller"
    );
    assert_eq!(after.min.y, before.min.y, "its top edge stays");
    harness.key_press(egui::Key::Escape);
    harness.run_ok();

    // "Nightly backup script" may read everything: Read only.
    double_click(&mut harness, "Nightly backup script");
    let before = dialog_rect(&harness, "Edit API key");
    click_control(&mut harness, "Custom");
    let after = dialog_rect(&harness, "Edit API key");
    assert!(
        after.height() > before.height() + 50.0,
        "Custom makes the dialog taller"
    );
    assert_eq!(after.min.y, before.min.y, "its top edge stays");
}

/// Where egui shows a tooltip this frame.
fn tooltip_rects(harness: &AppHarness) -> Vec<egui::Rect> {
    harness.ctx.memory(|memory| {
        memory
            .areas()
            .visible_layer_ids()
            .into_iter()
            .filter(|layer| layer.order == egui::Order::Tooltip)
            .filter_map(|layer| memory.area_rect(layer.id))
            .collect()
    })
}

/// What the tooltips on screen say: the text painted inside them.
fn tooltips(harness: &AppHarness) -> Vec<String> {
    let areas = tooltip_rects(harness);
    painted(harness)
        .iter()
        .filter_map(|shape| match shape {
            egui::Shape::Text(text) => Some(text),
            _ => None,
        })
        .filter(|text| {
            let rect = text.galley.rect.translate(text.pos.to_vec2());
            areas
                .iter()
                .any(|area| area.expand(1.0).contains_rect(rect))
        })
        .map(|text| text.galley.text().to_owned())
        .collect()
}

/// Steps until a tooltip is up, or two seconds passed with the pointer still; then
/// where the tooltips are.
fn tooltips_after_a_pause(harness: &mut AppHarness) -> Vec<egui::Rect> {
    for _ in 0..8 {
        harness.step();
        let up = tooltip_rects(harness);
        if !up.is_empty() {
            return up;
        }
    }
    Vec::new()
}

/// Steps until a tooltip says `wanted`, or two seconds passed with the pointer still;
/// then what the tooltips say.
fn tooltip_saying(harness: &mut AppHarness, wanted: &str) -> Vec<String> {
    let mut said = Vec::new();
    for _ in 0..8 {
        harness.step();
        said = tooltips(harness);
        if said.iter().any(|text| text.contains(wanted)) {
            break;
        }
    }
    said
}

/// The text a node shows.
fn text_of(node: &egui_kittest::Node<'_>) -> String {
    let node = node.accesskit_node();
    node.label().or_else(|| node.value()).unwrap_or_default()
}

#[test]
fn no_tooltip_from_under_the_dialogs_shows_over_the_new_keys_dialog() {
    let fixture = Fixture::new();
    // Where the pointer rests while the user works with the keyboard: on "New key" (its
    // tooltip says Ctrl+N), or on a date in the grid below where the dialogs will be.
    for rest in ["New key", "a date"] {
        let mut harness = fixture.start_demo();
        let pointer = if rest == "New key" {
            harness.get_by_label("New key").rect().center()
        } else {
            harness
                .query_all_by_label_contains(" ago")
                .map(|node| node.rect().center())
                .rfind(|center| center.y > 340.0)
                .expect("a date below the dialogs")
        };
        harness.hover_at(pointer);
        let before = tooltips_after_a_pause(&mut harness);
        assert!(
            !before.is_empty(),
            "{rest}: its tooltip is up to begin with"
        );

        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
        harness.run_ok();
        assert!(is_create_dialog(harness.state()));
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .type_text("Invoice export");
        harness.run_ok();
        let in_create = tooltips_after_a_pause(&mut harness);
        assert_eq!(
            in_create,
            Vec::<egui::Rect>::new(),
            "{rest}: over the create dialog"
        );
        harness.key_press(egui::Key::Enter);
        wait_until(&mut harness, "the reveal dialog", |app| {
            reveal(app).is_some()
        });
        let over_reveal = tooltips_after_a_pause(&mut harness);
        assert_eq!(
            over_reveal,
            Vec::<egui::Rect>::new(),
            "{rest}: over the new key's dialog"
        );
        // The pointer was over the dialog's backdrop all along, not outside it.
        assert_eq!(
            harness.ctx.layer_id_at(pointer).map(|layer| layer.order),
            Some(egui::Order::Foreground)
        );
    }
}

/// The left edge of the grid's column with this heading (its sort arrow aside).
#[track_caller]
fn column_x(harness: &AppHarness, heading: &str) -> f32 {
    harness
        .get_by(|node| {
            node.role() == Role::Button
                && node
                    .label()
                    .is_some_and(|label| label.trim_end_matches(['⬆', '⬇', ' ']) == heading)
        })
        .rect()
        .min
        .x
}

#[test]
fn every_date_in_the_grid_has_its_exact_date_and_time_in_its_tooltip() {
    use chrono::Local;
    use docspace_keys::domain::KeyDate;

    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let edges = ["Created", "Last used", "Expires", "Created by"].map(|h| column_x(&harness, h));
    type Field = fn(&docspace_keys::domain::ApiKey) -> &KeyDate;
    let columns: [(&str, f32, f32, Field); 3] = [
        ("Created", edges[0], edges[1], |key| &key.created),
        ("Last used", edges[1], edges[2], |key| &key.last_used),
        ("Expires", edges[2], edges[3], |key| &key.expires),
    ];
    let mut relative = Vec::new();
    let mut checked = 0;
    for name in visible_names(&harness) {
        let row = harness
            .get_by_role_and_label(Role::Button, &format!("Edit {name}"))
            .rect()
            .center()
            .y;
        let key = key_named(&harness, &name).clone();
        for (column, left, right, field) in columns {
            let KeyDate::Known(date) = field(&key) else {
                continue;
            };
            let exact = date
                .with_timezone(&Local)
                .format("%Y-%m-%d %H:%M")
                .to_string();
            // No tooltip of the cell before covers this one.
            harness.remove_cursor();
            harness.run_ok();
            let (cell, shown) = harness
                .query_all_by(|node| node.role() == Role::Label)
                .map(|node| (node.rect(), text_of(&node)))
                .find(|(rect, _)| {
                    (left..right).contains(&rect.min.x) && (rect.center().y - row).abs() < 6.0
                })
                .unwrap_or_else(|| panic!("{name}: a {column} cell"));
            harness.hover_at(cell.center());
            let tooltip = tooltip_saying(&mut harness, &exact);
            assert!(
                tooltip.iter().any(|text| text.contains(&exact)),
                "{name}, {column} {shown:?}: the tooltip {tooltip:?} says {exact}"
            );
            checked += 1;
            // The grid writes dates within 30 days of now in words, others as dates.
            if chrono::NaiveDate::parse_from_str(&shown, "%Y-%m-%d").is_err() {
                relative.push((name.clone(), column, shown));
            }
        }
    }
    assert!(checked >= 30, "{checked} dates checked");
    assert!(
        relative.contains(&(
            "Helpdesk bot".to_owned(),
            "Created",
            "3 days ago".to_owned()
        )),
        "relative dates checked: {relative:?}"
    );
    assert!(relative.len() >= 10, "relative dates checked: {relative:?}");
}

/// The English screens draw from the built-in fonts alone: a glyph only the system's fonts
/// have makes the frame that first shows it wait until they are all enumerated (about
/// 50 ms at start-up on this machine). The grid with its expiry banner, a sorted column, the
/// portal menu, a key dialog and the connect screen of "Add portal…". (The settings menu
/// names each language in its own script, which takes the system's fonts, once it opens.)
#[test]
fn the_english_screens_need_no_font_from_the_system() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    assert!(
        shows_text_containing(&harness, "Expired: 2"),
        "the expiry banner is up"
    );
    click(&mut harness, "Name");
    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    click(&mut harness, "Cancel");
    open_portal_menu(&mut harness, &fixture.demo.url());
    click(&mut harness, "Add portal…");
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    let asked = fixture.font_fallbacks.lock().unwrap().clone();
    assert!(
        asked.is_empty(),
        "looked up in the system's fonts: {asked:?}"
    );

    // And the check can fail: a Chinese name is drawn from the system's fonts.
    click(
        &mut harness,
        &format!("Back to {}", host(&fixture.demo.url())),
    );
    type_into(&mut harness, Role::TextInput, "Search", "备份");
    let asked = fixture.font_fallbacks.lock().unwrap().clone();
    assert!(asked.iter().any(|text| text.starts_with('备')), "{asked:?}");
}
