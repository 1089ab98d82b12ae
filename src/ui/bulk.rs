//! Several keys at once: the selection bar over the grid ("3 selected", Switch on,
//! Switch off, Delete, Clear selection), the confirmation that names the keys, and the
//! summary's words.

use egui::RichText;

use super::{DialogFooter, messages};
use crate::app::{BulkAction, BulkDialog, BulkOutcome, KeysScreen, UiAction};
use crate::tr;

/// The bar above the grid: how many keys are marked and what can be done to them. It is
/// there, greyed out, while none are, so that marking the first key does not move the rows
/// under the pointer.
pub fn bar_ui(ui: &mut egui::Ui, screen: &KeysScreen, actions: &mut Vec<UiAction>) {
    let any = !screen.marked.is_empty();
    ui.horizontal_wrapped(|ui| {
        let count = RichText::new(tr!("bulk-selected", count = screen.marked.len()));
        ui.label(if any { count.strong() } else { count.weak() });
        let enabled = any && screen.can_change() && screen.bulk.is_none();
        ui.add_enabled_ui(enabled, |ui| {
            if ui.button(tr!("bulk-switch-on")).clicked() {
                actions.push(UiAction::AskBulk(BulkAction::SwitchOn));
            }
            if ui.button(tr!("bulk-switch-off")).clicked() {
                actions.push(UiAction::AskBulk(BulkAction::SwitchOff));
            }
            if ui
                .add(super::palette::destructive(ui, &tr!("bulk-delete")))
                .clicked()
            {
                actions.push(UiAction::AskBulk(BulkAction::Delete));
            }
        });
        let clear = ui.add_enabled(any, egui::Button::new(tr!("bulk-clear")));
        if clear.on_hover_text("Esc").clicked() {
            actions.push(UiAction::ClearMarked);
        }
        if screen.bulk.is_some() {
            super::spinner::spinner(ui);
        }
    });
}

/// "Delete these 3 keys?" or "Switch off these 3 keys?", with their names.
pub fn dialog_ui(ctx: &egui::Context, dialog: &BulkDialog, actions: &mut Vec<UiAction>) {
    let count = dialog.keys.len();
    let (title, question, note, confirm) = match dialog.action {
        BulkAction::Delete => (
            tr!("bulk-delete-title"),
            tr!("bulk-delete-question", count = count),
            tr!("bulk-delete-note"),
            tr!("bulk-delete-confirm", count = count),
        ),
        BulkAction::SwitchOff | BulkAction::SwitchOn => (
            tr!("bulk-switch-off-title"),
            tr!("bulk-switch-off-question", count = count),
            tr!("bulk-switch-off-note"),
            tr!("bulk-switch-off-confirm", count = count),
        ),
    };
    let modal = super::dialog("bulk-keys").show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(title);
        ui.add_space(6.0);
        if count > 0 {
            ui.label(question);
            egui::ScrollArea::vertical()
                .max_height(180.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for key in &dialog.keys {
                        ui.add(egui::Label::new(format!("• {}", key.name)).truncate());
                    }
                });
        }
        if !dialog.skipped_expired.is_empty() {
            ui.add(egui::Label::new(skipped_text(&dialog.skipped_expired)).wrap());
        }
        if count > 0 {
            ui.label(RichText::new(note).weak());
        }
        ui.add_space(8.0);
        DialogFooter {
            confirm: confirm.clone(),
            working: confirm,
            busy: false,
            ready: count > 0,
            destructive: true,
            cancel_while_busy: false,
        }
        .ui(ui, UiAction::ConfirmBulk, actions);
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}

fn skipped_text(names: &[String]) -> String {
    tr!(
        "bulk-skipped-expired",
        count = names.len(),
        names = names.join(", ")
    )
}

/// The summary: how many keys it was done to, each key it failed for and why, and the
/// expired keys left out.
pub fn outcome_text(outcome: &BulkOutcome) -> String {
    let done = outcome.done;
    let mut parts = Vec::new();
    if done > 0 || outcome.failed.is_empty() {
        parts.push(match outcome.action {
            BulkAction::SwitchOn => tr!("bulk-switched-on", count = done),
            BulkAction::SwitchOff => tr!("bulk-switched-off", count = done),
            BulkAction::Delete => tr!("bulk-deleted", count = done),
        });
    }
    for (name, error) in &outcome.failed {
        let reason = messages::api(error);
        parts.push(match outcome.action {
            BulkAction::SwitchOn => tr!("bulk-not-switched-on", name = name, reason = reason),
            BulkAction::SwitchOff => tr!("bulk-not-switched-off", name = name, reason = reason),
            BulkAction::Delete => tr!("bulk-not-deleted", name = name, reason = reason),
        });
    }
    if !outcome.skipped_expired.is_empty() {
        parts.push(skipped_text(&outcome.skipped_expired));
    }
    parts.join(" ")
}
