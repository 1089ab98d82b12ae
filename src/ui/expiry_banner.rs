//! The expiry banner above the grid: how many keys have expired and how many expire within
//! seven days (and when the first does), each a click that filters the grid to them, and a
//! way to dismiss it until another key expires or nears its expiry.

use chrono::Local;
use egui::RichText;

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
            ui.label(RichText::new("⚠").color(ui.visuals().warn_fg_color));
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
