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
    // Every finding takes the same height, so only those on screen are drawn, however
    // many keys a portal has: a name line, a reasons line (in full on hover) and the fixes.
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let spacing = ui.spacing().item_spacing.y;
    let row_height = 3.0 * line + 2.0 * spacing + ui.spacing().button_padding.y * 2.0 + 18.0;
    let findings = screen.findings();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, findings.len(), |ui, rows| {
            for finding in findings.get(rows).unwrap_or_default() {
                let size = egui::vec2(ui.available_width(), row_height);
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                ui.painter().rect_stroke(
                    rect,
                    ui.visuals().widgets.noninteractive.corner_radius,
                    ui.visuals().widgets.noninteractive.bg_stroke,
                    egui::StrokeKind::Inside,
                );
                // A key deleted since the review was made leaves its place empty until the
                // review is made again.
                let Some(key) = screen.key(&finding.key_id) else {
                    continue;
                };
                let inner = egui::UiBuilder::new()
                    .max_rect(rect.shrink(6.0))
                    .layout(egui::Layout::top_down(egui::Align::Min));
                ui.scope_builder(inner, |ui| {
                    ui.horizontal(|ui| {
                        ui.add(egui::Label::new(RichText::new(&key.name).strong()).truncate());
                        ui.label(RichText::new(key.masked()).weak());
                    });
                    let reasons: Vec<String> = finding
                        .reasons
                        .iter()
                        .map(|reason| reason_text(*reason, now))
                        .collect();
                    let reasons = reasons.join(" · ");
                    ui.add(egui::Label::new(&reasons).truncate());
                    let pending = screen.pending.contains(&key.id);
                    ui.horizontal(|ui| {
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
