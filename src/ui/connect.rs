//! The connect screen: portal address, then email and password (and a
//! two-factor code when asked) or a pasted API key.

use egui::{Align, Key, Layout, RichText};

use super::{error_text, forget_history, labelled};
use crate::api::SecondFactor;
use crate::app::{ConnectField, ConnectForm, SignInMethod, UiAction};
use crate::platform::StoreError;

const TITLE: &str = "Connect to your DocSpace portal";
const PORTAL: &str = "Portal address";
const PORTAL_HINT: &str = "myportal.onlyoffice.com";
const RECENT: &str = "Recent portals";
const WITH_PASSWORD: &str = "Email and password";
const WITH_KEY: &str = "API key";
const EMAIL: &str = "Email";
const PASSWORD: &str = "Password";
const CODE: &str = "Two-factor code";
const KEY: &str = "API key (sk-…)";
const REMEMBER: &str = "Remember on this computer";
const REMEMBER_HINT: &str =
    "Keeps the sign-in in the system keychain, so next time the app opens straight on your keys.";
const NO_KEYCHAIN: &str = "There is no keychain on this computer (on Linux, a Secret Service such as \
     GNOME Keyring or KWallet), so the sign-in cannot be remembered: you will sign in again next time.";
const KEYCHAIN_LOCKED: &str = "The keychain is locked. Unlock it (for example by signing in to your \
     desktop again) to be remembered.";
const SIGN_IN: &str = "Sign in";
const SIGNING_IN: &str = "Signing in…";
const KEY_NOTE: &str = "The key needs full access, or the \"*:write\" scope, to manage keys (\"*:read\" to only view them).";

pub fn ui(ui: &mut egui::Ui, form: &mut ConnectForm, actions: &mut Vec<UiAction>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(440.0);
                ui.add_space(24.0);
                ui.heading(TITLE);
                ui.add_space(12.0);
                ui.with_layout(Layout::top_down(Align::Min), |ui| {
                    form_ui(ui, form, actions)
                });
            });
        });
    });
}

fn form_ui(ui: &mut egui::Ui, form: &mut ConnectForm, actions: &mut Vec<UiAction>) {
    if let Some(notice) = &form.notice {
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(RichText::new(notice).color(ui.visuals().warn_fg_color))
                        .wrap(),
                );
            });
        ui.add_space(8.0);
    }
    let enabled = !form.busy;
    ui.add_enabled_ui(enabled, |ui| {
        let mut submit = false;
        let portal = labelled(ui, PORTAL, |ui| {
            ui.add(
                egui::TextEdit::singleline(&mut form.portal)
                    .hint_text(PORTAL_HINT)
                    .desired_width(f32::INFINITY),
            )
        });
        submit |= entered(ui, &portal);
        focus_if_asked(form, ConnectField::Portal, &portal);
        let mut chosen = None;
        if !form.recent.is_empty() {
            ui.label(RichText::new(RECENT).small());
            ui.horizontal_wrapped(|ui| {
                for known in &form.recent {
                    let text = format!("{} · {}", host_of(&known.portal), known.account);
                    if ui.small_button(text).clicked() {
                        chosen = Some(known.clone());
                    }
                }
            });
        }
        if let Some(known) = chosen {
            form.portal = known.portal;
            form.fill_account(&known.account);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut form.method, SignInMethod::Password, WITH_PASSWORD);
            ui.selectable_value(&mut form.method, SignInMethod::ApiKey, WITH_KEY);
        });
        ui.add_space(4.0);
        match form.method {
            SignInMethod::Password => {
                let email = labelled(ui, EMAIL, |ui| {
                    ui.add(egui::TextEdit::singleline(&mut form.email).desired_width(f32::INFINITY))
                });
                submit |= entered(ui, &email);
                focus_if_asked(form, ConnectField::Email, &email);
                let password = labelled(ui, PASSWORD, |ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut *form.password)
                            .password(true)
                            .desired_width(f32::INFINITY),
                    )
                });
                forget_history(ui, &password);
                submit |= entered(ui, &password);
                focus_if_asked(form, ConnectField::Password, &password);
                if let Some(factor) = &form.second_factor {
                    ui.label(code_hint(factor));
                    let code = labelled(ui, CODE, |ui| {
                        ui.add(egui::TextEdit::singleline(&mut *form.code).desired_width(120.0))
                    });
                    forget_history(ui, &code);
                    submit |= entered(ui, &code);
                    focus_if_asked(form, ConnectField::Code, &code);
                }
            }
            SignInMethod::ApiKey => {
                let key = labelled(ui, KEY, |ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut *form.api_key)
                            .password(true)
                            .desired_width(f32::INFINITY),
                    )
                });
                forget_history(ui, &key);
                submit |= entered(ui, &key);
                focus_if_asked(form, ConnectField::ApiKey, &key);
                ui.label(RichText::new(KEY_NOTE).small());
            }
        }
        if form.can_remember || form.keychain_problem.is_some() {
            ui.add_enabled(
                form.can_remember,
                egui::Checkbox::new(&mut form.remember, REMEMBER),
            )
            .on_hover_text(REMEMBER_HINT);
        }
        if let Some(problem) = &form.keychain_problem {
            let text = match problem {
                StoreError::Unavailable => NO_KEYCHAIN.to_owned(),
                StoreError::Locked => KEYCHAIN_LOCKED.to_owned(),
                StoreError::Failed(_) => problem.to_string(),
            };
            ui.add(
                egui::Label::new(
                    RichText::new(text)
                        .small()
                        .color(ui.visuals().warn_fg_color),
                )
                .wrap(),
            );
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.add(super::palette::primary(ui, SIGN_IN)).clicked() || submit {
                actions.push(UiAction::SignIn);
            }
        });
    });
    if form.busy {
        ui.horizontal(|ui| {
            super::spinner::spinner(ui);
            ui.label(SIGNING_IN);
        });
    }
    if let Some(error) = &form.error {
        ui.add_space(4.0);
        error_text(ui, error);
    }
}

/// Puts the cursor in `field` when the app asked for it, once.
fn focus_if_asked(form: &mut ConnectForm, field: ConnectField, response: &egui::Response) {
    if form.focus == Some(field) && !form.busy {
        response.request_focus();
        form.focus = None;
    }
}

/// Enter pressed in this single-line field.
fn entered(ui: &egui::Ui, response: &egui::Response) -> bool {
    response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter))
}

fn code_hint(factor: &SecondFactor) -> String {
    match factor {
        SecondFactor::App { setup_key: None } => "Enter the code from your authenticator app.".to_owned(),
        SecondFactor::App { setup_key: Some(_) } => {
            "Two-factor authentication is not set up for this account yet. Set it up in DocSpace in your \
             browser first, then enter the code from your authenticator app."
                .to_owned()
        }
        SecondFactor::Sms { phone: Some(phone) } => format!("Enter the code sent by text message to {phone}."),
        SecondFactor::Sms { phone: None } => "Enter the code sent to you by text message.".to_owned(),
    }
}

fn host_of(portal: &str) -> &str {
    portal.split("://").nth(1).unwrap_or(portal)
}
