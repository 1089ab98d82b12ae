//! The key grid's screen: header, search and status filter, notes, the table
//! (`key_table.rs`) and keyboard shortcuts.

use chrono::{DateTime, Local, Utc};
use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use crate::app::{KeysScreen, Preferences, UiAction};
use crate::domain::{StatusFilter, local_date_time, relative_time};

const NEW_KEY: &str = "New key";
const REFRESH: &str = "Refresh";
const SIGN_OUT: &str = "Sign out";
const SEARCH: &str = "Search";
const SEARCH_HINT: &str = "Name, key ending or creator";
const CLEAR_SEARCH: &str = "Clear the search";
const DELETE_ORPHAN: &str = "Delete that key";
const EMPTY: &str =
    "No API keys yet. Create one for each integration that needs access to this portal.";
const NO_MATCH: &str = "No keys match the search or the filter.";
const CLEAR_FILTERS: &str = "Show all keys";

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
            ui.add(egui::Label::new(RichText::new(note).color(ui.visuals().warn_fg_color)).wrap());
        }
        orphan_ui(ui, screen, actions);
        if screen.keys().is_empty() {
            empty_ui(ui, screen, EMPTY, actions);
        } else if screen.visible_len() == 0 {
            empty_ui(ui, screen, NO_MATCH, actions);
        } else {
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
        if !typing
            && input.consume_key(Modifiers::NONE, Key::Delete)
            && let Some(id) = &screen.selected
        {
            actions.push(UiAction::AskDelete(id.clone()));
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
            ui.strong(screen.client.portal().host());
            ui.label(format!(
                "{} · {}",
                screen.person.name,
                screen.person.role.label()
            ));
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(SIGN_OUT).clicked() {
                actions.push(UiAction::SignOut);
            }
            super::settings_menu::ui(ui, preferences, actions);
            let new_key = ui
                .add_enabled(screen.can_change(), egui::Button::new(NEW_KEY))
                .on_hover_text("Ctrl+N");
            if new_key.clicked() {
                actions.push(UiAction::NewKey);
            }
            let refresh = ui
                .add_enabled(!screen.loading, egui::Button::new(REFRESH))
                .on_hover_text("F5");
            if refresh.clicked() {
                actions.push(UiAction::Refresh);
            }
            if screen.loading {
                super::spinner::spinner(ui);
            } else if let Some(at) = screen.last_refresh {
                ui.label(RichText::new(format!("Updated {}", relative_time(at, now))).weak())
                    .on_hover_text(local_date_time(at, &Local));
            }
        });
    });
    ui.add_space(4.0);
}

fn filter_ui(ui: &mut egui::Ui, screen: &mut KeysScreen, actions: &mut Vec<UiAction>) {
    ui.add_space(2.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(SEARCH);
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut screen.query.search)
                    .hint_text(SEARCH_HINT)
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
            let clear = ui.small_button("×").on_hover_text(CLEAR_SEARCH);
            clear.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, CLEAR_SEARCH));
            if clear.clicked() {
                screen.query.search.clear();
                actions.push(UiAction::FilterChanged);
            }
        }
        ui.separator();
        for filter in StatusFilter::ALL {
            let text = format!("{} ({})", filter.label(), screen.counts().count(filter));
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
        ui.label(
            RichText::new(format!(
                "Showing {} of {}",
                screen.visible_len(),
                screen.keys().len()
            ))
            .weak(),
        );
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
        let text = format!(
            "The key \"{}\" (ending {}) was created just now, but its secret never reached this \
             app. Delete it and create the key again.",
            key.name, key.postfix
        );
        ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
        if ui.button(DELETE_ORPHAN).clicked() {
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
            if screen.can_change() && ui.button(NEW_KEY).clicked() {
                actions.push(UiAction::NewKey);
            }
        } else if ui.button(CLEAR_FILTERS).clicked() {
            screen.query.search.clear();
            screen.query.status = StatusFilter::All;
            actions.push(UiAction::FilterChanged);
        }
    });
}
