//! The settings menu in the window's header. Each choice is an action; the
//! app keeps it in the preferences, which are remembered between runs.

use crate::app::{ClearDelay, Preferences, Theme, UiAction};

const SETTINGS: &str = "Settings";
const CLEAR_CLIPBOARD: &str = "Clear a copied key from the clipboard";
const THEME: &str = "Theme";

pub fn ui(ui: &mut egui::Ui, preferences: &Preferences, actions: &mut Vec<UiAction>) {
    ui.menu_button(SETTINGS, |ui| {
        ui.strong(CLEAR_CLIPBOARD);
        for delay in ClearDelay::ALL {
            if ui
                .radio(preferences.clear_clipboard == delay, delay.label())
                .clicked()
            {
                actions.push(UiAction::SetClearDelay(delay));
                ui.close();
            }
        }
        ui.separator();
        ui.strong(THEME);
        for theme in Theme::ALL {
            if ui
                .radio(preferences.theme == theme, theme.label())
                .clicked()
            {
                actions.push(UiAction::SetTheme(theme));
                ui.close();
            }
        }
    });
}
