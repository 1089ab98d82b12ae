//! The security review, shown instead of the grid: each key that deserves a look, why, and
//! the fixes that apply. The fixes are the grid's own actions (switch off, delete), so they
//! go through the same commands and dialogs.

use chrono::{DateTime, Utc};
use egui::RichText;

use super::key_table::named_button;
use crate::app::{KeysScreen, UiAction};
use crate::domain::{Fix, Reason};
use crate::{i18n, tr};

pub fn ui(ui: &mut egui::Ui, screen: &KeysScreen, now: DateTime<Utc>, actions: &mut Vec<UiAction>) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!("review-title"));
        if ui.button(tr!("review-back")).clicked() {
            actions.push(UiAction::ShowReview(false));
        }
    });
    ui.add(egui::Label::new(RichText::new(tr!("review-intro")).weak()).wrap());
    ui.add_space(4.0);
    if screen.findings().is_empty() {
        ui.label(tr!("review-none"));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for finding in screen.findings() {
                // A key deleted since the review was made is left out until it is made again.
                let Some(key) = screen.key(&finding.key_id) else {
                    continue;
                };
                let pending = screen.pending.contains(&key.id);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&key.name);
                        ui.label(RichText::new(key.masked()).weak());
                    });
                    for reason in &finding.reasons {
                        let text = reason_text(*reason, now);
                        ui.add(egui::Label::new(format!("• {text}")).wrap());
                    }
                    ui.horizontal_wrapped(|ui| {
                        ui.add_enabled_ui(screen.can_change() && !pending, |ui| {
                            for fix in &finding.fixes {
                                fix_ui(ui, *fix, &key.id, &key.name, actions);
                            }
                            // "Give it a lifetime" (rotate) joins these once the grid has it.
                        });
                        if pending {
                            super::spinner::spinner(ui);
                        }
                    });
                });
            }
        });
}

fn fix_ui(ui: &mut egui::Ui, fix: Fix, id: &str, name: &str, actions: &mut Vec<UiAction>) {
    match fix {
        Fix::SwitchOff => {
            let label = tr!("review-switch-off-name", name = name);
            if named_button(ui, &tr!("row-switch-off"), &label).clicked() {
                actions.push(UiAction::SetActive(id.to_owned(), false));
            }
        }
        Fix::Delete => {
            let label = tr!("row-delete-name", name = name);
            if named_button(ui, &tr!("row-delete"), &label).clicked() {
                actions.push(UiAction::AskDelete(id.to_owned()));
            }
        }
    }
}

fn reason_text(reason: Reason, now: DateTime<Utc>) -> String {
    match reason {
        Reason::FullAccessNoExpiry => tr!("review-full-access"),
        Reason::Unused { last_used } => {
            tr!("review-unused", when = i18n::relative(&last_used, now))
        }
        Reason::NeverUsed { created } => {
            tr!("review-never-used", when = i18n::relative(&created, now))
        }
        Reason::Expired { at } => tr!("review-expired", when = i18n::relative(&at, now)),
        Reason::SwitchedOffUnused { since, used: true } => {
            tr!("review-switched-off", when = i18n::relative(&since, now))
        }
        Reason::SwitchedOffUnused { since, used: false } => {
            tr!(
                "review-switched-off-never",
                when = i18n::relative(&since, now)
            )
        }
    }
}
