//! Short messages at the bottom of the window, and, once a new key's dialog is
//! closed, the countdown to clearing it from the clipboard.

use chrono::{DateTime, Utc};

use crate::app::{ClipboardStatus, Toast, ToastKind, UiAction};

const CLEAR_NOW: &str = "Clear now";
const UNDO: &str = "Undo";

pub fn ui(
    ui: &mut egui::Ui,
    toasts: &[Toast],
    clipboard: Option<&ClipboardStatus>,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let waiting = match clipboard {
        Some(ClipboardStatus::Waiting { at, .. }) => Some(*at),
        _ => None,
    };
    if toasts.is_empty() && waiting.is_none() {
        return;
    }
    egui::Panel::bottom("toasts").show(ui, |ui| {
        if let Some(at) = waiting {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "The new key is on the clipboard. {}",
                    clearing_text(at, now)
                ));
                if ui.button(CLEAR_NOW).clicked() {
                    actions.push(UiAction::ClearClipboardNow);
                }
            });
        }
        for toast in toasts {
            let color = match toast.kind {
                ToastKind::Success => ui.visuals().text_color(),
                ToastKind::Error => ui.visuals().error_fg_color,
            };
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Label::new(egui::RichText::new(&toast.text).color(color)).wrap());
                if toast.undo.is_some() && ui.button(UNDO).clicked() {
                    actions.push(UiAction::Undo(toast.id));
                }
            });
        }
    });
}

/// "It will be cleared in 25 s." or, with no delay, "…when the app closes."
fn clearing_text(at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    match at {
        Some(at) => {
            let left = (at - now).num_seconds().max(0);
            format!("It will be cleared in {left} s.")
        }
        None => "It will be cleared when the app closes.".to_owned(),
    }
}
