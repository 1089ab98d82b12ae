//! The expiry banner above the grid: how many keys have expired and how many expire within
//! seven days (and when the first does), each a click that filters the grid to them, and a
//! way to dismiss it until another key expires or nears its expiry.

use chrono::Local;

use crate::app::{KeysScreen, UiAction};
use crate::domain::StatusFilter;
use crate::{i18n, tr};

pub fn ui(ui: &mut egui::Ui, screen: &mut KeysScreen, actions: &mut Vec<UiAction>) {
    let Some(watch) = screen.expiry_watch() else {
        return;
    };
    let expired = watch.expired();
    let expiring = watch.expiring();
    let soonest = watch.soonest();
    let mut filter = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            warning_sign(ui);
            if expired > 0 && ui.button(tr!("watch-expired", count = expired)).clicked() {
                filter = Some(StatusFilter::Expired);
            }
            if let Some(soonest) = soonest
                && expiring > 0
            {
                let date = i18n::date(&soonest, &Local);
                let text = tr!("watch-expiring", count = expiring, date = date);
                if ui.button(text).clicked() {
                    filter = Some(StatusFilter::ExpiringSoon);
                }
            }
            if ui
                .small_button(tr!("watch-dismiss"))
                .on_hover_text(tr!("watch-dismiss-hint"))
                .clicked()
            {
                actions.push(UiAction::DismissExpiryWatch);
            }
        });
    });
    if let Some(filter) = filter {
        // As a click on the filter of that name: the search stays.
        screen.query.status = filter;
        actions.push(UiAction::FilterChanged);
    }
}

/// A warning triangle, drawn: the built-in fonts have no "⚠", and a glyph from the system's
/// fonts would make the first frame wait for them to be enumerated.
fn warning_sign(ui: &mut egui::Ui) {
    // Large enough for its "!" to keep to the 12-point minimum of every text in the window.
    let side = ui.text_style_height(&egui::TextStyle::Body).max(17.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    let colour = ui.visuals().warn_fg_color;
    let top = rect.center_top() + egui::vec2(0.0, side * 0.05);
    let corners = vec![
        top,
        rect.left_bottom() + egui::vec2(0.0, -side * 0.05),
        rect.right_bottom() + egui::vec2(0.0, -side * 0.05),
    ];
    ui.painter().add(egui::Shape::convex_polygon(
        corners,
        colour,
        egui::Stroke::NONE,
    ));
    ui.painter().text(
        rect.center() + egui::vec2(0.0, side * 0.15),
        egui::Align2::CENTER_CENTER,
        "!",
        egui::FontId::proportional(12.0),
        ui.visuals().extreme_bg_color,
    );
}
