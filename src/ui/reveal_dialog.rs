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
use crate::app::{ClipboardStatus, KeyFileAccess, Message, RetireStatus, RevealDialog, UiAction};
use crate::domain::OldKeyStep;
use crate::tr;

const MASKED: &str = "sk-••••••••••••••••••••••••••••••••";
const KEY_SIZE: f32 = 13.0;

/// After a rotation: what became of the old key, once the new one is on screen.
fn retiring_ui(ui: &mut egui::Ui, dialog: &RevealDialog) {
    let Some(retiring) = dialog.retiring() else {
        return;
    };
    let name = retiring.old_name.as_str();
    match &retiring.status {
        RetireStatus::Working => {
            ui.horizontal_wrapped(|ui| {
                let text = match retiring.step {
                    OldKeyStep::Delete => tr!("rotate-deleting-old", name = name),
                    OldKeyStep::SwitchOff | OldKeyStep::LeaveExpired => {
                        tr!("rotate-switching-off-old", name = name)
                    }
                };
                ui.label(text);
                super::spinner::spinner(ui);
            });
        }
        RetireStatus::Done => {
            ui.label(super::messages::old_key_retired(name, retiring.step));
        }
        RetireStatus::Failed(message) => error_text(ui, &super::messages::text(message)),
    }
}

/// What the dialog shows besides the key itself.
pub struct Context<'a> {
    pub clipboard: Option<&'a ClipboardStatus>,
    /// Why the portal ended the session, while this key is still unkept.
    pub session_ended: Option<&'a Message>,
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
        ui.heading(tr!("reveal-title"));
        ui.label(format!("\"{}\"", dialog.key().name));
        ui.add_space(6.0);
        if let Some(reason) = context.session_ended {
            let reason = super::messages::text(reason);
            error_text(ui, &format!("{reason} {}", tr!("reveal-session-ended")));
            ui.add_space(6.0);
        }
        ui.label(
            RichText::new(tr!("reveal-warning"))
                .color(ui.visuals().warn_fg_color)
                .strong(),
        );
        retiring_ui(ui, dialog);
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
                .button(if dialog.is_shown() {
                    tr!("reveal-hide")
                } else {
                    tr!("reveal-show")
                })
                .clicked()
            {
                actions.push(UiAction::ToggleShown);
            }
            if ui.button(tr!("reveal-copy")).clicked() {
                actions.push(UiAction::CopyKey);
            }
            if ui
                .add_enabled(!dialog.is_saving(), egui::Button::new(tr!("reveal-save")))
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
                    tr!(
                        "reveal-saved-private",
                        path = saved.path.display().to_string()
                    )
                }
                KeyFileAccess::Default => {
                    tr!("reveal-saved", path = saved.path.display().to_string())
                }
            };
            ui.label(text);
        }
        if let Some(fallback) = dialog.no_file_dialog() {
            error_text(ui, &tr!("reveal-no-file-dialog"));
            if let Some(path) = fallback {
                ui.horizontal_wrapped(|ui| {
                    let save = ui.add_enabled(
                        !dialog.is_saving(),
                        egui::Button::new(tr!("reveal-save-to-downloads")),
                    );
                    if save.clicked() {
                        actions.push(UiAction::SaveKeyToFallback);
                    }
                    ui.label(RichText::new(path.display().to_string()).small());
                });
            }
        }
        if let Some(error) = dialog.error() {
            error_text(ui, &super::messages::text(error));
        }
        ui.add_space(8.0);
        if ui.button(tr!("reveal-done")).clicked() {
            actions.push(UiAction::CloseDialog);
        }
    });
    if dialog.is_asking_to_close() {
        let confirm = super::dialog("reveal-key-confirm").show(ctx, |ui| {
            ui.set_width(360.0);
            ui.label(RichText::new(tr!("reveal-not-copied")).strong());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("reveal-go-back")).clicked() {
                    actions.push(UiAction::KeepKey);
                }
                if ui.button(tr!("reveal-close-anyway")).clicked() {
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
                        tr!("reveal-copied-clearing", seconds = left)
                    }
                    None => tr!("reveal-copied-clearing-on-exit"),
                };
                ui.label(text);
                if ui.button(tr!("reveal-clear-now")).clicked() {
                    actions.push(UiAction::ClearClipboardNow);
                }
            });
        }
        Some(ClipboardStatus::Cleared) => {
            ui.label(tr!("reveal-copied-cleared"));
        }
        Some(ClipboardStatus::Replaced) => {
            ui.label(tr!("reveal-copied-replaced"));
        }
        Some(ClipboardStatus::ClearFailed(error)) => error_text(
            ui,
            &tr!(
                "reveal-copied-clear-failed",
                error = super::messages::clipboard_unavailable(error)
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
