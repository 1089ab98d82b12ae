//! The create and edit dialogs.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, access_grid, error_text, labelled, messages, words};
use crate::app::{CreateDialog, EditDialog, LifetimeChoice, UiAction};
use crate::domain::{DraftProblem, KeyDate, Lifetime, MAX_NAME_LENGTH};
use crate::{i18n, tr};

pub fn create_ui(
    ctx: &egui::Context,
    dialog: &mut CreateDialog,
    catalogue: &[String],
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("create-key").show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr!("form-create-title"));
        ui.add_space(8.0);
        ui.add_enabled_ui(!dialog.busy, |ui| {
            let name = name_ui(ui, &mut dialog.draft.name);
            // Only while nothing else has focus, so Tab can still leave an empty name.
            let nothing_focused = ui.memory(|memory| memory.focused().is_none());
            if dialog.draft.name.is_empty()
                && !dialog.busy
                && dialog.error.is_none()
                && nothing_focused
            {
                name.request_focus();
            }
            ui.add_space(8.0);
            ui.strong(tr!("form-access"));
            if access_grid::ui(ui, &mut dialog.draft.access, catalogue) {
                dialog.error = None;
            }
            ui.add_space(8.0);
            lifetime_ui(ui, dialog, now);
        });
        ui.add_space(8.0);
        let problems = dialog.draft.validate();
        if let Some(error) = &dialog.error {
            error_text(ui, &messages::text(error));
        } else if let Some(problem) = problems
            .iter()
            // The lifetime's own note already says what is wrong with the days.
            .find(|problem| !matches!(problem, DraftProblem::DaysOutOfRange { .. }))
        {
            // Why Create is disabled; a name not typed yet is no error, only the next step.
            if *problem == DraftProblem::NameMissing {
                ui.label(RichText::new(words::problem(*problem)).weak());
            } else {
                error_text(ui, &words::problem(*problem));
            }
        }
        DialogFooter {
            confirm: tr!("form-create"),
            working: tr!("form-creating"),
            busy: dialog.busy,
            ready: problems.is_empty(),
            destructive: false,
            cancel_while_busy: true,
        }
        .ui(ui, UiAction::SubmitCreate, actions);
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}

pub fn edit_ui(
    ctx: &egui::Context,
    dialog: &mut EditDialog,
    catalogue: &[String],
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("edit-key").show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr!("form-edit-title"));
        ui.label(RichText::new(dialog.original.masked()).monospace().weak());
        ui.add_space(8.0);
        ui.add_enabled_ui(!dialog.busy, |ui| {
            name_ui(ui, &mut dialog.edit.name);
            ui.add_space(8.0);
            ui.strong(tr!("form-access"));
            if access_grid::ui(ui, &mut dialog.edit.access, catalogue) {
                dialog.error = None;
            }
            ui.add_space(8.0);
            ui.checkbox(&mut dialog.edit.active, tr!("form-active"));
            ui.add_space(4.0);
            let expiry = match dialog.original.expires {
                KeyDate::Known(expires) if expires < now => {
                    tr!("form-expired-on", date = i18n::date(&expires, &Local))
                }
                KeyDate::Known(expires) => {
                    tr!("form-expires-on", date = i18n::date(&expires, &Local))
                }
                KeyDate::Absent => tr!("form-never-expires"),
                KeyDate::Unreadable(_) => tr!("form-expiry-unknown"),
            };
            ui.label(RichText::new(expiry).weak());
        });
        ui.add_space(8.0);
        let problems = dialog.edit.validate();
        if let Some(error) = &dialog.error {
            error_text(ui, &messages::text(error));
        } else if let Some(problem) = problems.first() {
            error_text(ui, &words::problem(*problem));
        }
        DialogFooter {
            confirm: tr!("form-save"),
            working: tr!("form-saving"),
            busy: dialog.busy,
            ready: problems.is_empty(),
            destructive: false,
            cancel_while_busy: false,
        }
        .ui(ui, UiAction::SubmitEdit, actions);
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let rotate = ui.add_enabled(!dialog.busy, egui::Button::new(tr!("row-rotate")));
            if rotate.clicked() {
                actions.push(UiAction::AskRotate(dialog.original.id.clone()));
            }
            ui.label(RichText::new(tr!("form-rotate-hint")).weak());
        });
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}

fn name_ui(ui: &mut egui::Ui, name: &mut String) -> egui::Response {
    let response = labelled(ui, &tr!("form-name"), |ui| {
        ui.add(
            egui::TextEdit::singleline(name)
                .hint_text(tr!("form-name-hint"))
                .desired_width(f32::INFINITY),
        )
    });
    let length = name.trim().encode_utf16().count();
    let counter = format!("{length}/{MAX_NAME_LENGTH}");
    let color = if length > MAX_NAME_LENGTH {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().weak_text_color()
    };
    ui.label(RichText::new(counter).small().color(color));
    response
}

fn lifetime_ui(ui: &mut egui::Ui, dialog: &mut CreateDialog, now: DateTime<Utc>) {
    ui.strong(tr!("form-lifetime"));
    ui.horizontal_wrapped(|ui| {
        for preset in Lifetime::PRESETS {
            let choice = LifetimeChoice::Preset(preset);
            if ui
                .radio(dialog.lifetime == choice, words::lifetime(preset))
                .clicked()
            {
                dialog.choose_lifetime(choice);
            }
        }
        let custom = dialog.lifetime == LifetimeChoice::Custom;
        let response = ui.radio(custom, tr!("form-lifetime-custom"));
        let enabled = ui.is_enabled();
        // Its name for screen readers: the access chooser has a "Custom" too.
        let name = tr!("form-lifetime-custom-name");
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, enabled, custom, &name)
        });
        if response.clicked() && !custom {
            dialog.choose_lifetime(LifetimeChoice::Custom);
        }
        if dialog.lifetime == LifetimeChoice::Custom {
            let label = ui.label(tr!("form-days"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut dialog.custom_days).desired_width(48.0))
                .labelled_by(label.id);
            if field.changed() {
                dialog.custom_days_edited();
            }
        }
    });
    let text = if dialog.draft.lifetime.is_valid() {
        match dialog.draft.lifetime.expiry_date(now) {
            Some(date) => tr!("form-expires-on", date = i18n::date(&date, &Local)),
            None => tr!("form-never-expires"),
        }
    } else {
        tr!("form-days-range")
    };
    let color = if dialog.draft.lifetime.is_valid() {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().error_fg_color
    };
    ui.label(RichText::new(text).small().color(color));
}
