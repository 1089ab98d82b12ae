//! The settings menu in the window's header. Each choice is an action; the
//! app keeps it in the preferences, which are remembered between runs.

use crate::app::{ClearDelay, Preferences, Theme, UiAction};
use crate::i18n::{LanguageChoice, shipped};
use crate::tr;

pub fn ui(ui: &mut egui::Ui, preferences: &Preferences, actions: &mut Vec<UiAction>) {
    ui.menu_button(tr!("settings"), |ui| {
        ui.strong(tr!("settings-clear-clipboard"));
        for delay in ClearDelay::ALL {
            if ui
                .radio(preferences.clear_clipboard == delay, delay_label(delay))
                .clicked()
            {
                actions.push(UiAction::SetClearDelay(delay));
                ui.close();
            }
        }
        ui.separator();
        ui.strong(tr!("settings-theme"));
        for theme in Theme::ALL {
            if ui
                .radio(preferences.theme == theme, theme_label(theme))
                .clicked()
            {
                actions.push(UiAction::SetTheme(theme));
                ui.close();
            }
        }
        ui.separator();
        ui.strong(tr!("settings-language"));
        let system = LanguageChoice::System;
        if ui
            .radio(preferences.language == system, tr!("language-system"))
            .clicked()
        {
            actions.push(UiAction::SetLanguage(system));
            ui.close();
        }
        // Each language in its own words, so anyone can find theirs.
        for language in shipped() {
            let choice = LanguageChoice::Chosen(language.tag.to_owned());
            if ui
                .radio(preferences.language == choice, language.name)
                .clicked()
            {
                actions.push(UiAction::SetLanguage(choice));
                ui.close();
            }
        }
    });
}

fn delay_label(delay: ClearDelay) -> String {
    match delay {
        ClearDelay::Seconds30 => tr!("clear-after-30-seconds"),
        ClearDelay::Minute1 => tr!("clear-after-1-minute"),
        ClearDelay::Minutes2 => tr!("clear-after-2-minutes"),
        ClearDelay::Minutes5 => tr!("clear-after-5-minutes"),
        ClearDelay::Never => tr!("clear-on-exit"),
    }
}

fn theme_label(theme: Theme) -> String {
    match theme {
        Theme::System => tr!("theme-system"),
        Theme::Light => tr!("theme-light"),
        Theme::Dark => tr!("theme-dark"),
    }
}
