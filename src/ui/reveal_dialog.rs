//! Shows a new key once: masked, with Show, Copy (cleared after 30 s) and Save
//! to file. The key is drawn as a label that cannot be selected, so it never
//! reaches the Linux PRIMARY selection by accident.
//!
//! While the key is masked, nothing of it is in egui's text or the
//! accessibility tree. Shown, it is laid out once into a galley kept in egui's
//! temporary memory, not copied into a new string every frame; the galley goes
//! when the key is hidden or the dialog closes.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use egui::{FontId, Galley, RichText};

use super::error_text;
use crate::app::{ClipboardStatus, KeyFileAccess, RevealDialog, UiAction};
use crate::platform::NoFileDialog;

const TITLE: &str = "Your new API key";
const WARNING: &str = "Copy or save the key now. DocSpace will not show it again.";
const MASKED: &str = "sk-••••••••••••••••••••••••••••••••";
const SHOW: &str = "Show";
const HIDE: &str = "Hide";
const COPY: &str = "Copy";
const SAVE: &str = "Save to file…";
const DONE: &str = "Done";
const NOT_COPIED: &str = "You have not copied this key. It cannot be shown again.";
const CLOSE_ANYWAY: &str = "Close anyway";
const GO_BACK: &str = "Go back";
const SESSION_ENDED: &str =
    "Copy or save the key before you close this dialog; then sign in again.";
const KEY_SIZE: f32 = 13.0;
const CLEAR_NOW: &str = "Clear now";
const SAVE_TO_DOWNLOADS: &str = "Save to Downloads";

/// What the dialog shows besides the key itself.
pub struct Context<'a> {
    pub clipboard: Option<&'a ClipboardStatus>,
    /// Why the portal ended the session, while this key is still unkept.
    pub session_ended: Option<&'a str>,
    pub now: DateTime<Utc>,
}

pub fn ui(
    ctx: &egui::Context,
    dialog: &RevealDialog,
    context: Context<'_>,
    actions: &mut Vec<UiAction>,
) {
    let modal = super::dialog("reveal-key").show(ctx, |ui| {
        ui.set_width(600.0);
        ui.heading(TITLE);
        ui.label(format!("\"{}\"", dialog.key().name));
        ui.add_space(6.0);
        if let Some(reason) = context.session_ended {
            error_text(ui, &format!("{reason} {SESSION_ENDED}"));
            ui.add_space(6.0);
        }
        ui.label(
            RichText::new(WARNING)
                .color(ui.visuals().warn_fg_color)
                .strong(),
        );
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = match dialog.shown_secret() {
                Some(secret) => egui::Label::new(shown_key(ui, secret)),
                None => {
                    forget_shown_key(ui.ctx());
                    egui::Label::new(RichText::new(MASKED).monospace().size(KEY_SIZE))
                }
            };
            ui.add(label.selectable(false).wrap());
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .button(if dialog.is_shown() { HIDE } else { SHOW })
                .clicked()
            {
                actions.push(UiAction::ToggleShown);
            }
            if ui.button(COPY).clicked() {
                actions.push(UiAction::CopyKey);
            }
            if ui
                .add_enabled(!dialog.is_saving(), egui::Button::new(SAVE))
                .clicked()
            {
                actions.push(UiAction::SaveKey);
            }
            if dialog.is_saving() {
                super::spinner::spinner(ui);
            }
        });
        if dialog.is_copied() {
            clipboard_ui(ui, context.clipboard, context.now, actions);
        }
        if let Some(saved) = dialog.saved() {
            let text = match saved.access {
                KeyFileAccess::OwnerOnly => {
                    format!("Saved to {} (readable only by you).", saved.path.display())
                }
                KeyFileAccess::Default => format!("Saved to {}.", saved.path.display()),
            };
            ui.label(text);
        }
        if let Some(fallback) = dialog.no_file_dialog() {
            error_text(ui, &NoFileDialog.to_string());
            if let Some(path) = fallback {
                ui.horizontal_wrapped(|ui| {
                    let save =
                        ui.add_enabled(!dialog.is_saving(), egui::Button::new(SAVE_TO_DOWNLOADS));
                    if save.clicked() {
                        actions.push(UiAction::SaveKeyToFallback);
                    }
                    ui.label(RichText::new(path.display().to_string()).small());
                });
            }
        }
        if let Some(error) = dialog.error() {
            error_text(ui, error);
        }
        ui.add_space(8.0);
        if ui.button(DONE).clicked() {
            actions.push(UiAction::CloseDialog);
        }
    });
    if dialog.is_asking_to_close() {
        let confirm = super::dialog("reveal-key-confirm").show(ctx, |ui| {
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

/// What became of the copy on the clipboard, said as it is.
fn clipboard_ui(
    ui: &mut egui::Ui,
    status: Option<&ClipboardStatus>,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    match status {
        Some(ClipboardStatus::Waiting { at, .. }) => {
            ui.horizontal_wrapped(|ui| {
                let text = match at {
                    Some(at) => {
                        let left = (*at - now).num_seconds().max(0);
                        format!("Copied. The clipboard will be cleared in {left} s.")
                    }
                    None => "Copied. The clipboard will be cleared when the app closes.".to_owned(),
                };
                ui.label(text);
                if ui.button(CLEAR_NOW).clicked() {
                    actions.push(UiAction::ClearClipboardNow);
                }
            });
        }
        Some(ClipboardStatus::Cleared) => {
            ui.label("Copied. The clipboard has been cleared.");
        }
        Some(ClipboardStatus::Replaced) => {
            ui.label(
                "Copied. Something else was copied since, so the clipboard was left as it is.",
            );
        }
        Some(ClipboardStatus::ClearFailed(error)) => error_text(
            ui,
            &format!(
                "Copied, but the clipboard could not be cleared: {error} Copy something else \
                 to replace the key on the clipboard."
            ),
        ),
        None => {}
    }
}

fn shown_key_id() -> egui::Id {
    egui::Id::unique("reveal-key-shown")
}

/// The shown key, laid out once and kept until it is hidden.
fn shown_key(ui: &egui::Ui, secret: &str) -> Arc<Galley> {
    let id = shown_key_id();
    if let Some(galley) = ui.data(|data| data.get_temp::<Arc<Galley>>(id)) {
        return galley;
    }
    let job = egui::text::LayoutJob::simple(
        secret.to_owned(),
        FontId::monospace(KEY_SIZE),
        ui.visuals().text_color(),
        ui.available_width(),
    );
    let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
    ui.data_mut(|data| data.insert_temp(id, Arc::clone(&galley)));
    galley
}

/// Drops the laid-out key once it is hidden or its dialog has closed.
pub fn forget_shown_key(ctx: &egui::Context) {
    ctx.data_mut(|data| data.remove::<Arc<Galley>>(shown_key_id()));
}
