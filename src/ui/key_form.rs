//! The create and edit dialogs.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::{DialogFooter, access_grid, error_text, labelled};
use crate::app::{CreateDialog, EditDialog, UiAction};
use crate::domain::{Lifetime, MAX_NAME_LENGTH, local_date};

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
            lifetime_ui(ui, &mut dialog.draft.lifetime, &mut dialog.custom_days, now);
        });
        ui.add_space(8.0);
        let problems = dialog.draft.validate();
        if let Some(error) = &dialog.error {
            error_text(ui, error);
        } else if let Some(problem) = problems
            .first()
            .filter(|_| !dialog.draft.name.trim().is_empty())
        {
            error_text(ui, &problem.to_string());
        }
        DialogFooter {
            confirm: CREATE,
            working: CREATING,
            busy: dialog.busy,
            ready: problems.is_empty(),
            destructive: false,
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
                Some(expires) if expires < now => {
                    format!("Expired on {}.", local_date(expires, &Local))
                }
                Some(expires) => format!(
                    "Expires on {}. {LIFETIME_NOTE}",
                    local_date(expires, &Local)
                ),
                None => format!("Never expires. {LIFETIME_NOTE}"),
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

fn lifetime_ui(
    ui: &mut egui::Ui,
    lifetime: &mut Lifetime,
    custom_days: &mut u32,
    now: DateTime<Utc>,
) {
    ui.strong(LIFETIME);
    ui.horizontal_wrapped(|ui| {
        for preset in Lifetime::PRESETS {
            if ui.radio(*lifetime == preset, preset.label()).clicked() {
                *lifetime = preset;
            }
        }
        let custom = !lifetime.is_preset();
        let response = ui.radio(custom, CUSTOM_DAYS);
        let enabled = ui.is_enabled();
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, enabled, custom, CUSTOM_DAYS_NAME)
        });
        if response.clicked() && !custom {
            *lifetime = Lifetime::Days(*custom_days);
        }
        if !lifetime.is_preset() {
            let label = ui.label(DAYS);
            let drag = ui
                .add(
                    egui::DragValue::new(custom_days)
                        .range(Lifetime::MIN_DAYS..=Lifetime::MAX_DAYS),
                )
                .labelled_by(label.id);
            if drag.changed() {
                *lifetime = Lifetime::Days(*custom_days);
            }
        }
    });
    let text = match lifetime.expiry_date(now) {
        Some(date) => format!("Expires on {}. {LIFETIME_NOTE}", local_date(date, &Local)),
        None => format!("Never expires. {LIFETIME_NOTE}"),
    };
    ui.label(RichText::new(text).small().weak());
}
