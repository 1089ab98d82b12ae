//! "Delete this key?" — names the key and when it was last used.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{UiAction, error_text};
use crate::app::DeleteDialog;
use crate::domain::moment_text;

const TITLE: &str = "Delete API key";
const DELETE: &str = "Delete";
const DELETING: &str = "Deleting…";
const CANCEL: &str = "Cancel";
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
            Some(date) => format!("It was last used {}.", moment_text(date, now, &Local)),
            None => "It has never been used.".to_owned(),
        };
        ui.label(used);
        ui.label(RichText::new(FOR_GOOD).weak());
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let label = if dialog.busy { DELETING } else { DELETE };
            let delete = egui::Button::new(RichText::new(label).color(ui.visuals().error_fg_color));
            let enter = ui.input(|input| input.key_pressed(egui::Key::Enter)) && !dialog.busy;
            if ui.add_enabled(!dialog.busy, delete).clicked() || enter {
                actions.push(UiAction::ConfirmDelete);
            }
            if ui
                .add_enabled(!dialog.busy, egui::Button::new(CANCEL))
                .clicked()
            {
                actions.push(UiAction::CloseDialog);
            }
            if dialog.busy {
                ui.spinner();
            }
        });
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}
