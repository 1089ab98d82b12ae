//! Short messages at the bottom of the window.

use crate::app::{Toast, ToastKind};

pub fn ui(ui: &mut egui::Ui, toasts: &[Toast]) {
    if toasts.is_empty() {
        return;
    }
    egui::Panel::bottom("toasts").show(ui, |ui| {
        for toast in toasts {
            let color = match toast.kind {
                ToastKind::Success => ui.visuals().text_color(),
                ToastKind::Error => ui.visuals().error_fg_color,
            };
            ui.add(egui::Label::new(egui::RichText::new(&toast.text).color(color)).wrap());
        }
    });
}
