//! "Delete this key?" — names the key and when it was last used.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, error_text, messages};
use crate::app::{DeleteDialog, UiAction};
use crate::domain::KeyDate;
use crate::{i18n, tr};

pub fn ui(
    ctx: &egui::Context,
    dialog: &mut DeleteDialog,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("delete-key").show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(tr!("delete-title"));
        ui.add_space(6.0);
        ui.label(tr!("delete-question", name = &dialog.name));
        match dialog.last_used {
            KeyDate::Known(date) => {
                ui.label(tr!(
                    "delete-last-used",
                    when = i18n::moment(&date, now, &Local)
                ))
                .on_hover_text(i18n::date_time(&date, &Local));
            }
            KeyDate::Absent => {
                ui.label(tr!("delete-never-used"));
            }
            KeyDate::Unreadable(_) => {
                ui.label(tr!("delete-last-used-unknown"));
            }
        }
        ui.label(RichText::new(tr!("delete-for-good")).weak());
        if let Some(error) = &dialog.error {
            error_text(ui, &messages::text(error));
        }
        ui.add_space(8.0);
        DialogFooter {
            confirm: tr!("delete-confirm"),
            working: tr!("delete-deleting"),
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
