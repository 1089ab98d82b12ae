//! The create and edit dialogs.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, access_grid, error_text, labelled};
use crate::app::{CreateDialog, EditDialog, LifetimeChoice, UiAction};
use crate::domain::{DraftProblem, KeyDate, Lifetime, MAX_NAME_LENGTH, local_date};

const CREATE_TITLE: &str = "New API key";
const EDIT_TITLE: &str = "Edit API key";
const NAME: &str = "Name";
const NAME_HINT: &str = "What the key is for, e.g. Zapier";
const ACCESS: &str = "Access";
const LIFETIME: &str = "Lifetime";
const CUSTOM_DAYS: &str = "Custom";
/// The custom lifetime's name for screen readers: the access chooser has a "Custom" too.
const CUSTOM_DAYS_NAME: &str = "Custom lifetime";
const DAYS: &str = "Days";
const DAYS_RANGE: &str = "Enter a number of days from 1 to 365.";
const CREATE: &str = "Create";
const CREATING: &str = "Creating…";
const SAVE: &str = "Save";
const SAVING: &str = "Saving…";
const ACTIVE: &str = "Active";
const LIFETIME_NOTE: &str = "DocSpace cannot change a key's lifetime after it is created.";

pub fn create_ui(
    ctx: &egui::Context,
    dialog: &mut CreateDialog,
    catalogue: &[String],
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let modal = egui::Modal::new(egui::Id::unique("create-key")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(CREATE_TITLE);
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
            ui.strong(ACCESS);
            if access_grid::ui(ui, &mut dialog.draft.access, catalogue) {
                dialog.error = None;
            }
            ui.add_space(8.0);
            lifetime_ui(ui, dialog, now);
        });
        ui.add_space(8.0);
        let problems = dialog.draft.validate();
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        } else if let Some(problem) = problems
            .iter()
            // The lifetime's own note already says what is wrong with the days.
            .find(|problem| !matches!(problem, DraftProblem::DaysOutOfRange { .. }))
        {
            // Why Create is disabled; a name not typed yet is no error, only the next step.
            if *problem == DraftProblem::NameMissing {
                ui.label(RichText::new(problem.to_string()).weak());
            } else {
                error_text(ui, &problem.to_string());
            }
        }
        DialogFooter {
            confirm: CREATE,
            working: CREATING,
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
    let modal = egui::Modal::new(egui::Id::unique("edit-key")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(EDIT_TITLE);
        ui.label(RichText::new(dialog.original.masked()).monospace().weak());
        ui.add_space(8.0);
        ui.add_enabled_ui(!dialog.busy, |ui| {
            name_ui(ui, &mut dialog.edit.name);
            ui.add_space(8.0);
            ui.strong(ACCESS);
            if access_grid::ui(ui, &mut dialog.edit.access, catalogue) {
                dialog.error = None;
            }
            ui.add_space(8.0);
            ui.checkbox(&mut dialog.edit.active, ACTIVE);
            ui.add_space(4.0);
            let expiry = match dialog.original.expires {
                KeyDate::Known(expires) if expires < now => {
                    format!("Expired on {}.", local_date(expires, &Local))
                }
                KeyDate::Known(expires) => format!(
                    "Expires on {}. {LIFETIME_NOTE}",
                    local_date(expires, &Local)
                ),
                KeyDate::Absent => format!("Never expires. {LIFETIME_NOTE}"),
                KeyDate::Unreadable(_) => format!(
                    "The expiry date is unknown: the portal sent a date this app cannot read. \
                     {LIFETIME_NOTE}"
                ),
            };
            ui.label(RichText::new(expiry).weak());
        });
        ui.add_space(8.0);
        let problems = dialog.edit.validate();
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        } else if let Some(problem) = problems.first() {
            error_text(ui, &problem.to_string());
        }
        DialogFooter {
            confirm: SAVE,
            working: SAVING,
            busy: dialog.busy,
            ready: problems.is_empty(),
            destructive: false,
            cancel_while_busy: false,
        }
        .ui(ui, UiAction::SubmitEdit, actions);
    });
    if modal.should_close() {
        actions.push(UiAction::CloseDialog);
    }
}

fn name_ui(ui: &mut egui::Ui, name: &mut String) -> egui::Response {
    let response = labelled(ui, NAME, |ui| {
        ui.add(
            egui::TextEdit::singleline(name)
                .hint_text(NAME_HINT)
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
    ui.strong(LIFETIME);
    ui.horizontal_wrapped(|ui| {
        for preset in Lifetime::PRESETS {
            let choice = LifetimeChoice::Preset(preset);
            if ui
                .radio(dialog.lifetime == choice, preset.label())
                .clicked()
            {
                dialog.choose_lifetime(choice);
            }
        }
        let custom = dialog.lifetime == LifetimeChoice::Custom;
        let response = ui.radio(custom, CUSTOM_DAYS);
        let enabled = ui.is_enabled();
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, enabled, custom, CUSTOM_DAYS_NAME)
        });
        if response.clicked() && !custom {
            dialog.choose_lifetime(LifetimeChoice::Custom);
        }
        if dialog.lifetime == LifetimeChoice::Custom {
            let label = ui.label(DAYS);
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
            Some(date) => format!("Expires on {}. {LIFETIME_NOTE}", local_date(date, &Local)),
            None => format!("Never expires. {LIFETIME_NOTE}"),
        }
    } else {
        DAYS_RANGE.to_owned()
    };
    let color = if dialog.draft.lifetime.is_valid() {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().error_fg_color
    };
    ui.label(RichText::new(text).small().color(color));
}
