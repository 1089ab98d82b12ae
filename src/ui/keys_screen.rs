//! The key grid's screen: header, search and status filter, notes, the table
//! (`key_table.rs`) and keyboard shortcuts.

use chrono::{DateTime, Local, Utc};
use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use super::words;
use crate::app::{BulkAction, KeysScreen, Preferences, UiAction};
use crate::domain::{ExportFormat, StatusFilter};
use crate::{i18n, tr};

pub fn ui(
    ui: &mut egui::Ui,
    screen: &mut KeysScreen,
    preferences: &Preferences,
    now: DateTime<Utc>,
    dialog_open: bool,
    actions: &mut Vec<UiAction>,
) {
    if !dialog_open {
        shortcuts(ui, screen, actions);
    }
    egui::Panel::top("session").show(ui, |ui| header_ui(ui, screen, preferences, now, actions));
    egui::Panel::top("filters").show(ui, |ui| filter_ui(ui, screen, actions));
    egui::CentralPanel::default().show(ui, |ui| {
        for note in [&screen.read_only, &screen.banner].into_iter().flatten() {
            let note = super::messages::text(note);
            ui.add(egui::Label::new(RichText::new(note).color(ui.visuals().warn_fg_color)).wrap());
        }
        orphan_ui(ui, screen, actions);
        if screen.review_open {
            super::review::ui(ui, screen, now, actions);
            return;
        }
        super::expiry_banner::ui(ui, screen, actions);
        if screen.handed_over {
            ui.vertical_centered(|ui| {
                ui.add_space(48.0);
                super::spinner::spinner(ui);
                ui.label(RichText::new(tr!("keys-reading")).size(16.0));
            });
        } else if screen.list_unread && screen.keys().is_empty() {
            empty_ui(ui, screen, &tr!("keys-unread"), actions);
        } else if screen.keys().is_empty() {
            empty_ui(ui, screen, &tr!("keys-empty"), actions);
        } else if screen.visible_len() == 0 {
            empty_ui(ui, screen, &tr!("keys-no-match"), actions);
        } else {
            super::bulk::bar_ui(ui, screen, actions);
            super::key_table::ui(ui, screen, now, actions);
        }
    });
}

fn shortcuts(ui: &mut egui::Ui, screen: &mut KeysScreen, actions: &mut Vec<UiAction>) {
    let typing = ui.ctx().egui_wants_keyboard_input();
    ui.input_mut(|input| {
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::N)) {
            actions.push(UiAction::NewKey);
        }
        if input.consume_key(Modifiers::NONE, Key::F5) {
            actions.push(UiAction::Refresh);
        }
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
            screen.focus_search = true;
        }
        // Delete asks about the marked keys when there are any, else about the highlighted one.
        if !typing && input.consume_key(Modifiers::NONE, Key::Delete) {
            if !screen.marked.is_empty() {
                actions.push(UiAction::AskBulk(BulkAction::Delete));
            } else if let Some(id) = &screen.selected {
                actions.push(UiAction::AskDelete(id.clone()));
            }
        }
        if !screen.marked.is_empty() && input.consume_key(Modifiers::NONE, Key::Escape) {
            actions.push(UiAction::ClearMarked);
        }
    });
}

fn header_ui(
    ui: &mut egui::Ui,
    screen: &KeysScreen,
    preferences: &Preferences,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            portal_menu(ui, screen, actions);
            ui.label(tr!(
                "person-role",
                name = &screen.person.name,
                role = words::role(screen.person.role),
            ));
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr!("keys-sign-out")).clicked() {
                actions.push(UiAction::SignOut);
            }
            super::settings_menu::ui(ui, preferences, actions);
            let new_key = ui
                .add_enabled(screen.can_change(), egui::Button::new(tr!("keys-new")))
                .on_hover_text("Ctrl+N");
            if new_key.clicked() {
                actions.push(UiAction::NewKey);
            }
            let refresh = ui
                .add_enabled(!screen.loading, egui::Button::new(tr!("keys-refresh")))
                .on_hover_text("F5");
            if refresh.clicked() {
                actions.push(UiAction::Refresh);
            }
            if screen.loading {
                super::spinner::spinner(ui);
            } else if let Some(at) = screen.last_refresh {
                // Whatever room the buttons leave, and no more: narrow (or zoomed in), it
                // ends in an ellipsis rather than running over the portal and the account.
                let updated = RichText::new(tr!("keys-updated", when = i18n::relative(&at, now)));
                ui.add(egui::Label::new(updated.weak()).truncate())
                    .on_hover_text(i18n::date_time(&at, &Local));
            }
        });
    });
    ui.add_space(4.0);
}

/// The portal signed in to, as a menu: the other remembered sign-ins to switch to
/// (nothing to type), "Add portal…", and "Sign out of this portal".
fn portal_menu(ui: &mut egui::Ui, screen: &KeysScreen, actions: &mut Vec<UiAction>) {
    let host = screen.client.portal().host();
    // The built-in proportional font has no arrows; the monospace one does (a glyph from the
    // system's fonts would make the first frame wait for them to be enumerated).
    let button =
        egui::Button::new(RichText::new(&host).strong()).right_text(RichText::new("▾").monospace());
    let may_leave = screen.may_leave();
    let (response, _) = egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
        ui.label(RichText::new(tr!("portal-signed-in", account = &screen.account)).weak());
        ui.separator();
        ui.add_enabled_ui(may_leave, |ui| {
            let mut others = screen.other_portals().peekable();
            if others.peek().is_some() {
                ui.strong(tr!("portal-switch-to"));
            }
            for known in others {
                if ui.button(super::sign_in_label(known)).clicked() {
                    actions.push(UiAction::SwitchTo(known.clone()));
                    ui.close();
                }
            }
            if ui.button(tr!("portal-add")).clicked() {
                actions.push(UiAction::AddPortal);
                ui.close();
            }
        })
        .response
        .on_disabled_hover_text(tr!("portal-busy"));
        ui.separator();
        if ui.button(tr!("portal-sign-out")).clicked() {
            actions.push(UiAction::SignOut);
            ui.close();
        }
    });
    response.on_hover_text(tr!("portal-menu-hint"));
}

/// "Export…": the keys shown, as CSV or JSON, never a secret.
fn export_ui(ui: &mut egui::Ui, screen: &KeysScreen, actions: &mut Vec<UiAction>) {
    let enabled = !screen.exporting && screen.visible_len() > 0;
    ui.add_enabled_ui(enabled, |ui| {
        ui.menu_button(tr!("keys-export"), |ui| {
            ui.label(RichText::new(tr!("keys-export-hint")).weak());
            if ui.button(tr!("export-csv")).clicked() {
                actions.push(UiAction::Export(ExportFormat::Csv));
                ui.close();
            }
            if ui.button(tr!("export-json")).clicked() {
                actions.push(UiAction::Export(ExportFormat::Json));
                ui.close();
            }
        });
    });
}

fn filter_ui(ui: &mut egui::Ui, screen: &mut KeysScreen, actions: &mut Vec<UiAction>) {
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("keys-search"));
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut screen.query.search)
                    .hint_text(tr!("keys-search-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
        if screen.focus_search {
            search.request_focus();
            screen.focus_search = false;
        }
        if search.changed() {
            actions.push(UiAction::FilterChanged);
        }
        if !screen.query.search.is_empty() {
            let name = tr!("keys-clear-search");
            let clear = ui.small_button("×").on_hover_text(&name);
            clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if clear.clicked() {
                screen.query.search.clear();
                actions.push(UiAction::FilterChanged);
            }
        }
        ui.separator();
        for filter in StatusFilter::ALL {
            let text = tr!(
                "keys-filter",
                filter = words::filter(filter),
                count = screen.counts().count(filter),
            );
            if ui
                .selectable_label(screen.query.status == filter, text)
                .clicked()
                && screen.query.status != filter
            {
                screen.query.status = filter;
                actions.push(UiAction::FilterChanged);
            }
        }
        ui.separator();
        // Here rather than beside New key: the header's buttons already fill a narrow window
        // in German, and this row wraps.
        let review = ui.selectable_label(screen.review_open, tr!("review-toggle"));
        if review.clicked() {
            actions.push(UiAction::ShowReview(!screen.review_open));
        }
        ui.separator();
        let (shown, total) = screen.shown_of_total();
        ui.label(RichText::new(tr!("keys-showing", shown = shown, total = total)).weak());
        // Next to the count it exports: the keys shown.
        export_ui(ui, screen, actions);
    });
    ui.add_space(2.0);
}

/// A key that a create whose answer was lost probably made: it exists, but
/// nobody has its secret.
fn orphan_ui(ui: &mut egui::Ui, screen: &KeysScreen, actions: &mut Vec<UiAction>) {
    let Some(key) = screen.orphan.as_deref().and_then(|id| screen.key(id)) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let text = tr!("keys-orphan", name = &key.name, postfix = &key.postfix);
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
        if ui.button(tr!("keys-delete-orphan")).clicked() {
            actions.push(UiAction::AskDelete(key.id.clone()));
        }
    });
}

fn empty_ui(ui: &mut egui::Ui, screen: &mut KeysScreen, text: &str, actions: &mut Vec<UiAction>) {
    ui.vertical_centered(|ui| {
        ui.add_space(48.0);
        ui.label(RichText::new(text).size(16.0));
        ui.add_space(12.0);
        if screen.keys().is_empty() {
            if screen.can_change() && ui.button(tr!("keys-new")).clicked() {
                actions.push(UiAction::NewKey);
            }
        } else if ui.button(tr!("keys-show-all")).clicked() {
            screen.query.search.clear();
            screen.query.status = StatusFilter::All;
            actions.push(UiAction::FilterChanged);
        }
    });
}
