//! The key grid's table: the columns that fit the window, sortable headers,
//! one row a key with its Active switch, Edit, Rotate and Delete, and the row menu.

use chrono::{DateTime, Local, Utc};
use egui::{Color32, RichText, Sense};
use egui_extras::{Column, TableBuilder};

use super::words;
use crate::app::{KeysScreen, UiAction};
use crate::domain::{ApiKey, ExpiryStatus, KeyDate, SortColumn, SortDirection};
use crate::{i18n, tr};

pub(super) fn ui(
    ui: &mut egui::Ui,
    screen: &mut KeysScreen,
    now: DateTime<Utc>,
    actions: &mut Vec<UiAction>,
) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let order = screen.query.order;
    let can_change = screen.can_change();
    // A click anywhere on a row selects it; selectable cell text would take the click instead.
    ui.style_mut().interaction.selectable_labels = false;
    let mut clicked = None;
    let actions_width = actions_width(ui);
    let mark_width = mark_width(ui);
    let shown =
        fitting_columns(ui.available_width() - (actions_width - ACTIONS_WIDTH) - mark_width - GAP);
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    table = table.column(Column::exact(mark_width));
    for &column in &shown {
        table = match column {
            // The name takes whatever the other columns leave.
            SortColumn::Name => table.column(Column::remainder().at_least(NAME_WIDTH).clip(true)),
            other => table.column(Column::exact(width_of(other)).clip(true)),
        };
    }
    table = table.column(Column::exact(actions_width));
    let to_top = std::mem::take(&mut screen.scroll_to_top);
    let to_key = screen
        .scroll_to_key
        .take()
        .and_then(|id| screen.keys().visible_keys().position(|key| key.id == id));
    if let Some(row) = to_key {
        table = table.scroll_to_row(row, None);
    } else if to_top {
        table = table.scroll_to_row(0, Some(egui::Align::TOP));
    }
    table
        .header(row_height + 4.0, |mut header| {
            header.col(|ui| {
                let all = screen.visible_len() > 0
                    && screen
                        .keys()
                        .visible_keys()
                        .all(|key| screen.marked.contains(&key.id));
                if mark_box(ui, all, &tr!("bulk-select-all-shown")).clicked() {
                    actions.push(UiAction::MarkAllShown);
                }
            });
            for &column in &shown {
                header.col(|ui| {
                    // The proportional default font has no arrows; the monospace one does.
                    let arrow = match order.direction_of(column) {
                        Some(SortDirection::Ascending) => "⬆",
                        Some(SortDirection::Descending) => "⬇",
                        None => "",
                    };
                    let label = RichText::new(words::column(column)).strong();
                    let button = if arrow.is_empty() {
                        egui::Button::new(label)
                    } else {
                        egui::Button::new((label, RichText::new(arrow).monospace().strong()))
                    }
                    .frame(false);
                    if ui
                        .add(button)
                        .on_hover_text(tr!("column-sort-hint"))
                        .clicked()
                    {
                        actions.push(UiAction::SortBy(column));
                    }
                });
            }
            header.col(|ui| {
                ui.strong(tr!("column-actions"));
            });
        })
        .body(|body| {
            body.rows(row_height, screen.visible_len(), |mut row| {
                let Some(key) = screen.visible(row.index()) else {
                    return;
                };
                let selected = screen.selected.as_deref() == Some(key.id.as_str());
                let pending = screen.pending.contains(&key.id);
                let marked = screen.marked.contains(&key.id);
                row.set_selected(selected || marked);
                let enabled = can_change && !pending;
                row.col(|ui| {
                    let name = tr!("bulk-select-name", name = &key.name);
                    if mark_box(ui, marked, &name).clicked() {
                        actions.push(UiAction::ToggleMarked(key.id.clone()));
                    }
                });
                for &column in &shown {
                    row.col(|ui| cell_ui(ui, column, key, now, enabled, actions));
                }
                let expired = key.is_expired(now);
                row.col(|ui| {
                    ui.add_enabled_ui(can_change && !pending, |ui| {
                        ui.add_enabled_ui(!expired, |ui| {
                            let name = tr!("row-edit-name", name = &key.name);
                            let edit = named_button(ui, &tr!("row-edit"), &name)
                                .on_disabled_hover_text(tr!("row-expired-no-edit"));
                            if edit.clicked() {
                                actions.push(UiAction::EditKey(key.id.clone()));
                            }
                        });
                        let name = tr!("row-rotate-name", name = &key.name);
                        if named_button(ui, &tr!("row-rotate"), &name).clicked() {
                            actions.push(UiAction::AskRotate(key.id.clone()));
                        }
                        let name = tr!("row-delete-name", name = &key.name);
                        if named_button(ui, &tr!("row-delete"), &name).clicked() {
                            actions.push(UiAction::AskDelete(key.id.clone()));
                        }
                    });
                    if pending {
                        super::spinner::spinner(ui);
                    }
                });
                let response = row.response();
                if response.clicked() {
                    let modifiers = ui_modifiers(&response);
                    if modifiers.command {
                        actions.push(UiAction::ToggleMarked(key.id.clone()));
                    } else if modifiers.shift {
                        actions.push(UiAction::MarkRange(key.id.clone()));
                    } else {
                        clicked = Some(key.id.clone());
                    }
                }
                if response.double_clicked() && can_change && !expired {
                    actions.push(UiAction::EditKey(key.id.clone()));
                }
                response.context_menu(|ui| {
                    ui.add_enabled_ui(can_change && !pending, |ui| {
                        let edit = ui
                            .add_enabled(!expired, egui::Button::new(tr!("row-edit")))
                            .on_disabled_hover_text(tr!("row-expired-no-edit"));
                        if edit.clicked() {
                            actions.push(UiAction::EditKey(key.id.clone()));
                        }
                        let toggle = if key.active {
                            tr!("row-switch-off")
                        } else {
                            tr!("row-switch-on")
                        };
                        if ui
                            .add_enabled(!expired, egui::Button::new(toggle))
                            .clicked()
                        {
                            actions.push(UiAction::SetActive(key.id.clone(), !key.active));
                        }
                        if ui.button(tr!("row-rotate")).clicked() {
                            actions.push(UiAction::AskRotate(key.id.clone()));
                        }
                        if ui.button(tr!("row-delete")).clicked() {
                            actions.push(UiAction::AskDelete(key.id.clone()));
                        }
                    });
                });
            });
        });
    if clicked.is_some() {
        screen.selected = clicked;
    }
}

/// The modifier keys held as the row was clicked: those of the button's release, which
/// a release of Ctrl or Shift later in the same frame does not change.
fn ui_modifiers(response: &egui::Response) -> egui::Modifiers {
    response.ctx.input(|input| {
        input
            .events
            .iter()
            .rev()
            .find_map(|event| match event {
                egui::Event::PointerButton {
                    pressed: false,
                    modifiers,
                    ..
                } => Some(*modifiers),
                _ => None,
            })
            .unwrap_or(input.modifiers)
    })
}

/// The space egui puts between columns.
const GAP: f32 = 8.0;

/// The checkbox column: a box and no more, so it takes nothing the controls need.
fn mark_width(ui: &egui::Ui) -> f32 {
    ui.spacing().interact_size.y + 2.0
}

/// A checkbox without text whose accessible name says what it marks.
fn mark_box(ui: &mut egui::Ui, checked: bool, name: &str) -> egui::Response {
    let mut on = checked;
    let response = ui.add(egui::Checkbox::without_text(&mut on));
    let name = name.to_owned();
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, checked, name.clone())
    });
    response
}

/// The narrowest the name column gets.
const NAME_WIDTH: f32 = 120.0;
/// Edit, Rotate and Delete, and a spinner while a change is on its way.
const ACTIONS_WIDTH: f32 = 190.0;
/// Room for Edit, Rotate and Delete in the window's language (German and Russian words are
/// longer), and a spinner; never less than [`ACTIONS_WIDTH`].
fn actions_width(ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text_width = |text: String| {
        ui.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(text, font.clone(), Color32::WHITE)
                .size()
                .x
        })
    };
    let spacing = ui.spacing();
    let buttons =
        text_width(tr!("row-edit")) + text_width(tr!("row-rotate")) + text_width(tr!("row-delete"));
    let padding = 6.0 * spacing.button_padding.x + 4.0 * spacing.item_spacing.x;
    (buttons + padding + spacing.interact_size.y).max(ACTIONS_WIDTH)
}

/// What stays however narrow the window: the name, and the Active switch.
const ALWAYS_SHOWN: [SortColumn; 2] = [SortColumn::Name, SortColumn::Active];
/// The other columns, most important first: the last ones fold away first
/// when the window is narrow.
const BY_IMPORTANCE: [SortColumn; 6] = [
    SortColumn::Expires,
    SortColumn::Access,
    SortColumn::LastUsed,
    SortColumn::Key,
    SortColumn::Created,
    SortColumn::CreatedBy,
];

fn width_of(column: SortColumn) -> f32 {
    match column {
        SortColumn::Name => NAME_WIDTH,
        SortColumn::Key => 90.0,
        SortColumn::Access => 150.0,
        SortColumn::Created => 95.0,
        SortColumn::LastUsed => 105.0,
        SortColumn::Expires => 110.0,
        SortColumn::CreatedBy => 120.0,
        SortColumn::Active => 72.0,
    }
}

/// The columns that fit in `width`, in the grid's order: the name, Active and
/// the actions always; the others by importance while they fit.
fn fitting_columns(width: f32) -> Vec<SortColumn> {
    let mut used = ACTIONS_WIDTH
        + ALWAYS_SHOWN
            .iter()
            .map(|&column| width_of(column) + GAP)
            .sum::<f32>();
    let mut fitting = ALWAYS_SHOWN.to_vec();
    for column in BY_IMPORTANCE {
        let needed = width_of(column) + GAP;
        if used + needed > width {
            break;
        }
        used += needed;
        fitting.push(column);
    }
    SortColumn::ALL
        .into_iter()
        .filter(|column| fitting.contains(column))
        .collect()
}

fn cell_ui(
    ui: &mut egui::Ui,
    column: SortColumn,
    key: &ApiKey,
    now: DateTime<Utc>,
    enabled: bool,
    actions: &mut Vec<UiAction>,
) {
    match column {
        // Truncated text shows in full on hover.
        SortColumn::Name => {
            ui.add(egui::Label::new(&key.name).truncate());
        }
        SortColumn::Key => {
            ui.monospace(key.masked());
        }
        SortColumn::Access => {
            // Narrow, it ends in an ellipsis; the whole summary is in the tooltip.
            let summary = words::access_summary(&key.permissions);
            ui.add(egui::Label::new(&summary).truncate())
                .on_hover_text(summary);
        }
        SortColumn::Created => date_cell(ui, &key.created, now, "–"),
        SortColumn::LastUsed => match key.last_used {
            KeyDate::Absent => {
                ui.label(RichText::new(tr!("row-never")).italics().weak());
            }
            _ => date_cell(ui, &key.last_used, now, "–"),
        },
        SortColumn::Expires => expires_cell(ui, key, now),
        SortColumn::CreatedBy => {
            ui.add(egui::Label::new(&key.creator.name).truncate());
        }
        SortColumn::Active => active_cell(ui, key, now, enabled, actions),
    }
}

/// A small button whose accessible name says which key it acts on.
pub(super) fn named_button(ui: &mut egui::Ui, text: &str, name: &str) -> egui::Response {
    let response = ui.small_button(text);
    let name = name.to_owned();
    let enabled = ui.is_enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name.clone()));
    response
}

fn date_cell(ui: &mut egui::Ui, date: &KeyDate, now: DateTime<Utc>, missing: &str) {
    match date {
        KeyDate::Known(date) => {
            ui.label(i18n::moment(date, now, &Local))
                .on_hover_text(i18n::date_time(date, &Local));
        }
        KeyDate::Absent => {
            ui.label(missing);
        }
        KeyDate::Unreadable(_) => unknown_date(ui),
    }
}

/// "unknown", for a date the portal sent but the app cannot read.
fn unknown_date(ui: &mut egui::Ui) {
    ui.label(RichText::new(tr!("date-unknown")).italics())
        .on_hover_text(tr!("row-date-unreadable"));
}

fn expires_cell(ui: &mut egui::Ui, key: &ApiKey, now: DateTime<Utc>) {
    let expires = match key.expires {
        KeyDate::Known(expires) => expires,
        KeyDate::Absent => {
            ui.label(RichText::new(tr!("row-never")).weak());
            return;
        }
        KeyDate::Unreadable(_) => return unknown_date(ui),
    };
    let text = i18n::date(&expires, &Local);
    let exact = i18n::date_time(&expires, &Local);
    // An expired key's date is red, and its Active column says "expired"; the cell stays
    // as narrow as any other date, and the tooltip says it in words.
    let (label, tooltip) = match key.expiry_status(now) {
        ExpiryStatus::Expired => (
            RichText::new(text).color(ui.visuals().error_fg_color),
            tr!("row-expired-on", date = exact),
        ),
        status => {
            let tooltip = tr!(
                "row-expires-exact",
                date = exact,
                when = i18n::relative(&expires, now)
            );
            let label = if status == ExpiryStatus::ExpiringSoon {
                RichText::new(text)
                    .color(super::palette::of(ui).expiring)
                    .strong()
            } else {
                RichText::new(text)
            };
            (label, tooltip)
        }
    };
    ui.label(label).on_hover_text(tooltip);
}

fn active_cell(
    ui: &mut egui::Ui,
    key: &ApiKey,
    now: DateTime<Utc>,
    enabled: bool,
    actions: &mut Vec<UiAction>,
) {
    if key.expiry_status(now) == ExpiryStatus::Expired {
        ui.label(RichText::new(tr!("row-expired")).color(ui.visuals().error_fg_color));
        return;
    }
    let mut active = key.active;
    let response = ui.add_enabled(
        enabled,
        egui::Checkbox::new(
            &mut active,
            if key.active {
                tr!("row-on")
            } else {
                tr!("row-off")
            },
        ),
    );
    let name = tr!("row-active-name", name = &key.name);
    let was_active = key.active;
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, was_active, name.clone())
    });
    if response.clicked() {
        actions.push(UiAction::SetActive(key.id.clone(), !key.active));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_windows_fold_the_least_important_columns_first() {
        use SortColumn::*;
        assert_eq!(fitting_columns(2000.0), SortColumn::ALL.to_vec());
        assert_eq!(fitting_columns(330.0), [Name, Active]);
        // Edit, Rotate and Delete take room of their own: a column folds 60 points sooner than
        // with two buttons.
        let laptop = fitting_columns(800.0);
        assert_eq!(laptop, [Name, Access, LastUsed, Expires, Active]);
        let half = fitting_columns(680.0);
        assert_eq!(half, [Name, Access, Expires, Active]);
        assert_eq!(fitting_columns(670.0), [Name, Expires, Active]);
    }
}
