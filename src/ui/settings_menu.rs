//! The settings menu in the window's header. Each choice is an action; the
//! app keeps it in the preferences, which are remembered between runs.

use crate::app::{ClearDelay, Preferences, Theme, UiAction};
use crate::domain::ReviewThresholds;
use crate::i18n::{LanguageChoice, shipped};
use crate::tr;

pub fn ui(ui: &mut egui::Ui, preferences: &Preferences, actions: &mut Vec<UiAction>) {
    ui.menu_button(tr!("settings"), |ui| {
        ui.strong(tr!("settings-clear-clipboard"));
        for delay in ClearDelay::ALL {
            let chosen = preferences.clear_clipboard == delay;
            choice(
                ui,
                chosen,
                delay_label(delay),
                UiAction::SetClearDelay(delay),
                actions,
            );
        }
        ui.separator();
        ui.strong(tr!("settings-theme"));
        for theme in Theme::ALL {
            let chosen = preferences.theme == theme;
            choice(
                ui,
                chosen,
                theme_label(theme),
                UiAction::SetTheme(theme),
                actions,
            );
        }
        ui.separator();
        ui.menu_button(tr!("settings-review"), |ui| {
            review_ui(ui, preferences.review, actions);
        });
        ui.separator();
        ui.strong(tr!("settings-language"));
        let system = LanguageChoice::System;
        let chosen = preferences.language == system;
        choice(
            ui,
            chosen,
            tr!("language-system"),
            UiAction::SetLanguage(system),
            actions,
        );
        // Each language in its own words, so anyone can find theirs.
        for language in shipped() {
            let language_choice = LanguageChoice::Chosen(language.tag.to_owned());
            let chosen = preferences.language == language_choice;
            let action = UiAction::SetLanguage(language_choice);
            choice(ui, chosen, language.name.to_owned(), action, actions);
        }
    });
}

/// One radio entry of the menu: clicked, it asks for `action` and closes the menu.
fn choice(
    ui: &mut egui::Ui,
    chosen: bool,
    label: String,
    action: UiAction,
    actions: &mut Vec<UiAction>,
) {
    if ui.radio(chosen, label).clicked() {
        actions.push(action);
        ui.close();
    }
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

/// When the security review counts a key as unused, and a never-used key as unused.
fn review_ui(ui: &mut egui::Ui, thresholds: ReviewThresholds, actions: &mut Vec<UiAction>) {
    ui.strong(tr!("settings-review-unused"));
    let unused = ReviewThresholds::UNUSED_CHOICES.map(|days| ReviewThresholds {
        unused_days: days,
        ..thresholds
    });
    days_choices(ui, thresholds, &unused, |t| t.unused_days, actions);
    ui.strong(tr!("settings-review-never-used"));
    let never_used = ReviewThresholds::NEVER_USED_CHOICES.map(|days| ReviewThresholds {
        never_used_days: days,
        ..thresholds
    });
    days_choices(ui, thresholds, &never_used, |t| t.never_used_days, actions);
}

/// One radio entry per choice, named by the number of days `days` reads from it.
fn days_choices(
    ui: &mut egui::Ui,
    current: ReviewThresholds,
    choices: &[ReviewThresholds],
    days: impl Fn(&ReviewThresholds) -> u32,
    actions: &mut Vec<UiAction>,
) {
    for option in choices {
        let label = tr!("form-lifetime-days", days = days(option));
        let action = UiAction::SetReviewThresholds(*option);
        choice(ui, *option == current, label, action, actions);
    }
}
