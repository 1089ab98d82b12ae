//! The access chooser shared by the create and edit dialogs: All, Read only,
//! or Custom with a grid of areas × Read/Write.

use super::words;
use crate::domain::{Access, AccessKind, ScopeGrid};
use crate::tr;

/// Draws the chooser; returns true when the access changed.
pub fn ui(ui: &mut egui::Ui, access: &mut Access, catalogue: &[String]) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        for kind in AccessKind::ALL {
            if ui
                .radio(access.kind() == kind, words::access_kind(kind))
                .clicked()
                && access.kind() != kind
            {
                *access = match kind {
                    AccessKind::All => Access::All,
                    AccessKind::ReadOnly => Access::ReadOnly,
                    AccessKind::Custom => Access::custom(catalogue),
                };
                changed = true;
            }
        }
    });
    if let Access::Custom(grid) = access {
        changed |= grid_ui(ui, grid);
    }
    changed
}

fn grid_ui(ui: &mut egui::Ui, grid: &mut ScopeGrid) -> bool {
    let mut changed = false;
    egui::Grid::new("scope-grid")
        .striped(true)
        .num_columns(3)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            ui.strong(tr!("form-area"));
            ui.strong(tr!("form-read"));
            ui.strong(tr!("form-write"));
            ui.end_row();
            for index in 0..grid.rows().len() {
                let Some(row) = grid.rows().get(index) else {
                    continue;
                };
                let label = words::area(row.area());
                let (offers_read, offers_write) = (row.offers_read(), row.offers_write());
                let (mut read, mut write) = (row.is_read_ticked(), row.is_write_ticked());
                let locked = grid.read_locked(index);
                ui.label(&label);
                if offers_read {
                    let response = ui.add_enabled(!locked, egui::Checkbox::without_text(&mut read));
                    let name = tr!("form-area-read", area = &label);
                    name_checkbox(&response, &name, read, !locked);
                    if response.changed() {
                        grid.set_read(index, read);
                        changed = true;
                    }
                } else {
                    ui.label("–");
                }
                if offers_write {
                    let response = ui.add(egui::Checkbox::without_text(&mut write));
                    let name = tr!("form-area-write", area = &label);
                    name_checkbox(&response, &name, write, true);
                    if response.changed() {
                        grid.set_write(index, write);
                        changed = true;
                    }
                } else {
                    ui.label("–");
                }
                ui.end_row();
            }
        });
    if !grid.extra().is_empty() {
        ui.label(tr!("form-also-kept", scopes = grid.extra().join(", ")));
    }
    ui.label(
        egui::RichText::new(tr!("form-write-includes-read"))
            .small()
            .weak(),
    );
    changed
}

/// Gives a text-less checkbox a name for screen readers (and tests).
fn name_checkbox(response: &egui::Response, name: &str, ticked: bool, enabled: bool) {
    let name = name.to_owned();
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, ticked, name.clone())
    });
}
