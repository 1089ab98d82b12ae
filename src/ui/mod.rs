//! One file per screen or dialog. Each draws from state and returns what the
//! user asked for as [`UiAction`]s; none performs I/O.

mod access_grid;
mod connect;
mod delete_dialog;
mod key_form;
mod keys_screen;
mod reveal_dialog;
mod toasts;

use chrono::{DateTime, Utc};

use crate::app::{Dialog, KeysScreen, PendingClear, Screen, Toast};
use crate::domain::SortColumn;

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    SignIn,
    Refresh,
    NewKey,
    EditKey(String),
    SetActive(String, bool),
    AskDelete(String),
    ConfirmDelete,
    SubmitCreate,
    SubmitEdit,
    /// Esc, Cancel or Done on the dialog that is up.
    CloseDialog,
    /// "Close anyway" on the not-copied warning.
    DiscardKey,
    /// "Go back" on the not-copied warning.
    KeepKey,
    CopyKey,
    SaveKey,
    SortBy(SortColumn),
    FilterChanged,
    SignOut,
}

/// Draws the whole window.
pub fn app_ui(
    ui: &mut egui::Ui,
    screen: &mut Screen,
    toasts: &[Toast],
    pending_clear: Option<PendingClear>,
    now: DateTime<Utc>,
) -> Vec<UiAction> {
    let mut actions = Vec::new();
    toasts::ui(ui, toasts);
    match screen {
        Screen::Starting => {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Signing in…");
                    });
                });
            });
        }
        Screen::Connect(form) => connect::ui(ui, form, &mut actions),
        Screen::Keys(screen) => {
            let dialog_open = screen.dialog.is_some();
            keys_screen::ui(ui, screen, now, dialog_open, &mut actions);
            let KeysScreen {
                dialog, catalogue, ..
            } = &mut **screen;
            match dialog {
                Some(Dialog::Create(dialog)) => {
                    key_form::create_ui(ui.ctx(), dialog, catalogue, now, &mut actions)
                }
                Some(Dialog::Edit(dialog)) => {
                    key_form::edit_ui(ui.ctx(), dialog, catalogue, now, &mut actions)
                }
                Some(Dialog::Reveal(dialog)) => {
                    reveal_dialog::ui(ui.ctx(), dialog, pending_clear, now, &mut actions);
                }
                Some(Dialog::ConfirmDelete(dialog)) => {
                    delete_dialog::ui(ui.ctx(), dialog, now, &mut actions)
                }
                None => {}
            }
        }
    }
    actions
}

/// Drops egui's undo history of a secret field, which would otherwise keep
/// earlier versions of the secret in memory.
fn forget_history(ui: &egui::Ui, response: &egui::Response) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), response.id) {
        state.clear_undoer();
        state.store(ui.ctx(), response.id);
    }
}

/// A label, then a widget that screen readers (and tests) know by that label.
fn labelled(
    ui: &mut egui::Ui,
    label: &str,
    add: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> egui::Response {
    let label = ui.label(label);
    add(ui).labelled_by(label.id)
}

/// The foot of a form dialog: the confirm button (also Enter), Cancel, and a
/// spinner while the request runs. Confirm is disabled until `ready` and while `busy`,
/// so a double click sends one request.
struct DialogFooter<'a> {
    confirm: &'a str,
    working: &'a str,
    busy: bool,
    ready: bool,
    destructive: bool,
}

impl DialogFooter<'_> {
    fn ui(self, ui: &mut egui::Ui, on_confirm: UiAction, actions: &mut Vec<UiAction>) {
        ui.horizontal(|ui| {
            let text = egui::RichText::new(if self.busy {
                self.working
            } else {
                self.confirm
            });
            let text = if self.destructive {
                text.color(ui.visuals().error_fg_color)
            } else {
                text
            };
            let enabled = self.ready && !self.busy;
            let confirm = ui.add_enabled(enabled, egui::Button::new(text));
            let enter = enabled && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if confirm.clicked() || enter {
                actions.push(on_confirm);
            }
            if ui
                .add_enabled(!self.busy, egui::Button::new(CANCEL))
                .clicked()
            {
                actions.push(UiAction::CloseDialog);
            }
            if self.busy {
                ui.spinner();
            }
        });
    }
}

const CANCEL: &str = "Cancel";

/// Text in the error colour, wrapped.
fn error_text(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(egui::RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
}
