//! Shows a new key once: masked, with Show, Copy (cleared after 30 s) and Save
//! to file. The key is drawn as a label that cannot be selected, so it never
//! reaches the Linux PRIMARY selection by accident.

use chrono::{DateTime, Utc};
use egui::RichText;

use super::{UiAction, error_text};
use crate::app::{PendingClear, RevealDialog};

const TITLE: &str = "Your new API key";
const WARNING: &str = "Copy or save the key now. DocSpace will not show it again.";
const SHOW: &str = "Show";
const HIDE: &str = "Hide";
const COPY: &str = "Copy";
const SAVE: &str = "Save to file…";
const DONE: &str = "Done";
const NOT_COPIED: &str = "You have not copied this key. It cannot be shown again.";
const CLOSE_ANYWAY: &str = "Close anyway";
const GO_BACK: &str = "Go back";

pub fn ui(
    ctx: &egui::Context,
    dialog: &mut RevealDialog,
    pending_clear: Option<PendingClear>,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = egui::Modal::new(egui::Id::unique("reveal-key")).show(ctx, |ui| {
        ui.set_width(600.0);
        ui.heading(TITLE);
        ui.label(format!("\"{}\"", dialog.key.name));
        ui.add_space(6.0);
        ui.label(
            RichText::new(WARNING)
                .color(ui.visuals().warn_fg_color)
                .strong(),
        );
        ui.add_space(6.0);
        let text = if dialog.shown {
            dialog.secret.expose().to_owned()
        } else {
            format!("sk-{}", "•".repeat(32))
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(RichText::new(text).monospace().size(13.0))
                    .selectable(false)
                    .wrap(),
            );
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(if dialog.shown { HIDE } else { SHOW }).clicked() {
                dialog.shown = !dialog.shown;
            }
            if ui.button(COPY).clicked() {
                actions.push(UiAction::CopyKey);
            }
            if ui
                .add_enabled(!dialog.picking_file, egui::Button::new(SAVE))
                .clicked()
            {
                actions.push(UiAction::SaveKey);
            }
            if dialog.picking_file {
                ui.spinner();
            }
        });
        if dialog.copied {
            let text = match pending_clear {
                Some(pending) => {
                    let left = (pending.at - now).num_seconds().max(0);
                    format!("Copied. The clipboard will be cleared in {left} s.")
                }
                None => "Copied. The clipboard has been cleared.".to_owned(),
            };
            ui.label(text);
        }
        if let Some(path) = &dialog.saved_to {
            ui.label(format!(
                "Saved to {} (readable only by you).",
                path.display()
            ));
        }
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        }
        ui.add_space(8.0);
        if ui.button(DONE).clicked() {
            actions.push(UiAction::CloseDialog);
        }
    });
    if dialog.confirm_close {
        let confirm = egui::Modal::new(egui::Id::unique("reveal-key-confirm")).show(ctx, |ui| {
            ui.set_width(360.0);
            ui.label(RichText::new(NOT_COPIED).strong());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(GO_BACK).clicked() {
                    actions.push(UiAction::KeepKey);
                }
                if ui.button(CLOSE_ANYWAY).clicked() {
                    actions.push(UiAction::DiscardKey);
                }
            });
        });
        if confirm.should_close() {
            actions.push(UiAction::KeepKey);
        }
    } else if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}
