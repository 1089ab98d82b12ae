//! "Rotate this key?" — what the new key gets, and the choice of what becomes of the old one
//! (switched off or deleted; an expired key is left as it is or deleted).

use chrono::{DateTime, Utc};
use egui::RichText;

use super::{DialogFooter, error_text, messages};
use crate::app::{RotateDialog, UiAction};
use crate::domain::{Lifetime, OldKeyChoice};
use crate::tr;

pub fn ui(
    ctx: &egui::Context,
    dialog: &mut RotateDialog,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("rotate-key").show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr!("rotate-title"));
        ui.label(RichText::new(dialog.key.masked()).monospace().weak());
        ui.add_space(6.0);
        ui.label(tr!("rotate-question", name = &dialog.key.name));
        match &dialog.rotation {
            Ok(rotation) => {
                let text = match rotation.lifetime() {
                    Lifetime::Never => tr!("rotate-new-key-never", name = &dialog.key.name),
                    Lifetime::Days(days) => {
                        tr!("rotate-new-key-days", name = &dialog.key.name, days = days)
                    }
                };
                ui.add(egui::Label::new(text).wrap());
            }
            Err(problem) => error_text(ui, &messages::rotation_problem(*problem)),
        }
        ui.add_space(6.0);
        ui.strong(tr!("rotate-then"));
        let mut choice = dialog.choice;
        ui.add_enabled_ui(!dialog.busy, |ui| {
            let keep = if dialog.expired {
                tr!("rotate-choice-leave-expired")
            } else {
                tr!("rotate-choice-switch-off")
            };
            ui.radio_value(&mut choice, OldKeyChoice::SwitchOff, keep);
            ui.radio_value(
                &mut choice,
                OldKeyChoice::Delete,
                tr!("rotate-choice-delete"),
            );
        });
        if choice != dialog.choice {
            dialog.choose(choice, now);
            dialog.error = None;
        }
        let note = match (dialog.choice, dialog.expired) {
            (OldKeyChoice::Delete, _) => tr!("rotate-delete-note"),
            (OldKeyChoice::SwitchOff, false) => tr!("rotate-switch-off-note"),
            (OldKeyChoice::SwitchOff, true) => tr!("rotate-expired-note"),
        };
        ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
        if let Some(error) = &dialog.error {
            error_text(ui, &messages::text(error));
        }
        ui.add_space(8.0);
        DialogFooter {
            confirm: tr!("rotate-confirm"),
            working: tr!("rotate-rotating"),
            busy: dialog.busy,
            ready: dialog.rotation.is_ok(),
            destructive: dialog.choice == OldKeyChoice::Delete,
            cancel_while_busy: false,
        }
        .ui(ui, UiAction::ConfirmRotate, actions);
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}
