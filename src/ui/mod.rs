//! One file per screen or dialog. Each draws from the app's state and returns
//! what the user asked for as [`UiAction`]s; none performs I/O.

mod access_grid;
mod bulk;
mod connect;
mod delete_dialog;
mod expiry_banner;
mod key_form;
mod key_table;
mod keys_screen;
mod messages;
pub mod palette;
mod reveal_dialog;
mod review;
mod rotate_dialog;
mod settings_menu;
mod spinner;
mod toasts;
mod words;

/// An app message in the window's language, as the window shows it.
pub use messages::text as message_text;

use crate::app::{Dialog, KeysScreen, Screen, Theme, UiAction, View};
use crate::tr;

/// Draws the whole window and returns what the user asked for.
pub fn app_ui(ui: &mut egui::Ui, view: View<'_>) -> Vec<UiAction> {
    let View {
        screen,
        preferences,
        toasts,
        clipboard,
        now,
    } = view;
    let mut actions = Vec::new();
    set_theme(ui.ctx(), preferences.theme);
    let reveal_up = matches!(
        screen,
        Screen::Keys(screen) if matches!(screen.dialog, Some(Dialog::Reveal(_)))
    );
    // While the key's dialog is up, the dialog itself says what happens to the copy.
    let clipboard_notice = clipboard.filter(|_| !reveal_up);
    toasts::ui(ui, toasts, clipboard_notice, now, &mut actions);
    match screen {
        Screen::Starting => {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.horizontal(|ui| {
                        spinner::spinner(ui);
                        ui.label(tr!("starting-signing-in"));
                    });
                });
            });
        }
        Screen::Connect(form) => connect::ui(ui, form, &mut actions),
        Screen::Keys(screen) => {
            let dialog_open = screen.dialog.is_some();
            if dialog_open {
                // Nothing under a dialog answers the pointer. egui keeps a tooltip open
                // while the pointer rests on its widget, even once a dialog covers it; a
                // disabled widget shows none. Drawn as before: the backdrop dims it already.
                ui.visuals_mut().disabled_alpha = 1.0;
                ui.disable();
            }
            keys_screen::ui(ui, screen, preferences, now, dialog_open, &mut actions);
            let KeysScreen {
                dialog,
                catalogue,
                ended,
                ..
            } = &mut **screen;
            match dialog {
                Some(Dialog::Create(dialog)) => {
                    key_form::create_ui(ui.ctx(), dialog, catalogue, now, &mut actions)
                }
                Some(Dialog::Edit(dialog)) => {
                    key_form::edit_ui(ui.ctx(), dialog, catalogue, now, &mut actions)
                }
                Some(Dialog::Reveal(dialog)) => {
                    let context = reveal_dialog::Context {
                        clipboard,
                        session_ended: ended.as_ref(),
                        now,
                    };
                    reveal_dialog::ui(ui.ctx(), dialog, context, &mut actions);
                }
                Some(Dialog::ConfirmDelete(dialog)) => {
                    delete_dialog::ui(ui.ctx(), dialog, now, &mut actions)
                }
                Some(Dialog::ConfirmRotate(dialog)) => {
                    rotate_dialog::ui(ui.ctx(), dialog, now, &mut actions)
                }
                Some(Dialog::ConfirmBulk(dialog)) => {
                    bulk::dialog_ui(ui.ctx(), dialog, &mut actions)
                }
                None => {}
            }
        }
    }
    if !reveal_up {
        reveal_dialog::forget_shown_key(ui.ctx());
    }
    actions
}

/// Shows the chosen theme, with the app's palette in both themes.
fn set_theme(ctx: &egui::Context, theme: Theme) {
    let installed = egui::Id::unique("docspace-keys/palette");
    if !ctx.data(|data| data.get_temp::<bool>(installed).unwrap_or(false)) {
        palette::install(ctx);
        ctx.data_mut(|data| data.insert_temp(installed, true));
    }
    let wanted = match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    };
    if ctx.options(|options| options.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// How far below the window's top edge a dialog starts.
const DIALOG_TOP: f32 = 48.0;

/// A dialog held by its top edge, so it grows downwards when its content
/// changes instead of jumping under the pointer.
fn dialog(id: &str) -> egui::Modal {
    let id = egui::Id::unique(id);
    egui::Modal::new(id)
        .area(egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, DIALOG_TOP]))
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
struct DialogFooter {
    confirm: String,
    working: String,
    busy: bool,
    ready: bool,
    destructive: bool,
    /// Cancel stays usable while the request runs (its answer is still handled).
    cancel_while_busy: bool,
}

impl DialogFooter {
    fn ui(self, ui: &mut egui::Ui, on_confirm: UiAction, actions: &mut Vec<UiAction>) {
        ui.horizontal(|ui| {
            let text = if self.busy {
                self.working
            } else {
                self.confirm
            };
            let enabled = self.ready && !self.busy;
            let confirm = ui
                .add_enabled_ui(enabled, |ui| {
                    // Drawn inside the disabled scope, so that greyed out it is drawn plain.
                    ui.add(if self.destructive {
                        palette::destructive(ui, &text)
                    } else {
                        palette::primary(ui, &text)
                    })
                })
                .inner;
            let enter = enabled && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if confirm.clicked() || enter {
                actions.push(on_confirm);
            }
            if ui
                .add_enabled(
                    !self.busy || self.cancel_while_busy,
                    egui::Button::new(tr!("dialog-cancel")),
                )
                .clicked()
            {
                actions.push(UiAction::CloseDialog);
            }
            if self.busy {
                spinner::spinner(ui);
            }
        });
    }
}

/// Text in the error colour, wrapped.
fn error_text(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(egui::RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
}

/// A remembered sign-in as the portal menu and the connect screen name it: "host · account".
fn sign_in_label(known: &crate::platform::KnownAccount) -> String {
    let portal = &known.portal;
    let host = portal.split("://").nth(1).unwrap_or(portal);
    tr!("portal-entry", portal = host, account = &known.account)
}
