//! "Delete this key?" — names the key and when it was last used.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, error_text};
use crate::app::{DeleteDialog, UiAction};
use crate::domain::{local_date_time, moment_text};

const TITLE: &str = "Delete API key";
const DELETE: &str = "Delete";
const DELETING: &str = "Deleting…";
const FOR_GOOD: &str = "Anything that uses it will stop working. This cannot be undone.";

pub fn ui(
    ctx: &egui::Context,
    dialog: &mut DeleteDialog,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("delete-key").show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(TITLE);
        ui.add_space(6.0);
        ui.label(format!("Delete \"{}\"?", dialog.name));
        match dialog.last_used {
            Some(date) => {
                ui.label(format!(
                    "It was last used {}.",
                    moment_text(date, now, &Local)
                ))
                .on_hover_text(local_date_time(date, &Local));
            }
            None => {
                ui.label("It has never been used.");
            }
        }
        ui.label(RichText::new(FOR_GOOD).weak());
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        }
        ui.add_space(8.0);
        DialogFooter {
            confirm: DELETE,
            working: DELETING,
            busy: dialog.busy,
            ready: true,
            destructive: true,
            cancel_while_busy: false,
        }
        .ui(ui, UiAction::ConfirmDelete, actions);
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}
