//! "Delete this key?" — names the key and when it was last used.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, error_text};
use crate::app::{DeleteDialog, UiAction};
use crate::domain::{KeyDate, moment_text};

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
    let modal = egui::Modal::new(egui::Id::unique("delete-key")).show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(TITLE);
        ui.add_space(6.0);
        ui.label(format!("Delete \"{}\"?", dialog.name));
        let used = match dialog.last_used {
            KeyDate::Known(date) => format!("It was last used {}.", moment_text(date, now, &Local)),
            KeyDate::Absent => "It has never been used.".to_owned(),
            KeyDate::Unreadable(_) => "When it was last used is unknown.".to_owned(),
        };
        ui.label(used);
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
