//! The connect screen: portal address, then email and password (and a
//! two-factor code when asked) or a pasted API key.

use egui::{Align, Key, Layout, RichText};

use super::{error_text, forget_history, labelled, messages, sign_in_label};
use crate::api::SecondFactor;
use crate::app::{ConnectField, ConnectForm, SignInMethod, UiAction};
use crate::platform::StoreError;
use crate::tr;

pub fn ui(ui: &mut egui::Ui, form: &mut ConnectForm, actions: &mut Vec<UiAction>) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(440.0);
                ui.add_space(24.0);
                ui.heading(tr!("connect-title"));
                ui.add_space(12.0);
                ui.with_layout(Layout::top_down(Align::Min), |ui| {
                    form_ui(ui, form, actions)
                });
            });
        });
    });
}

fn form_ui(ui: &mut egui::Ui, form: &mut ConnectForm, actions: &mut Vec<UiAction>) {
    if let Some(back) = &form.back {
        // Came from a key grid ("Add portal…", or a remembered sign-in that no longer
        // works): the way back to it, also by Esc.
        let text = tr!("portal-back", portal = back);
        let clicked = ui
            .add_enabled(!form.busy, egui::Button::new(text))
            .clicked();
        let escaped = !form.busy && ui.input(|input| input.key_pressed(Key::Escape));
        if clicked || escaped {
            actions.push(UiAction::BackToPortal);
        }
        ui.add_space(8.0);
    }
    if let Some(notice) = &form.notice {
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(messages::text(notice)).color(ui.visuals().warn_fg_color),
                    )
                    .wrap(),
                );
            });
        ui.add_space(8.0);
    }
    let enabled = !form.busy;
    ui.add_enabled_ui(enabled, |ui| {
        let mut submit = false;
        let portal = labelled(ui, &tr!("connect-portal"), |ui| {
            ui.add(
                egui::TextEdit::singleline(&mut form.portal)
                    .hint_text(tr!("connect-portal-hint"))
                    .desired_width(f32::INFINITY),
            )
        });
        submit |= entered(ui, &portal);
        focus_if_asked(form, ConnectField::Portal, &portal);
        let mut chosen = None;
        if !form.recent.is_empty() {
            ui.label(RichText::new(tr!("connect-recent")).small());
            ui.horizontal_wrapped(|ui| {
                for known in &form.recent {
                    let button = ui.small_button(sign_in_label(known));
                    // With a keychain, a remembered sign-in opens at once; without one,
                    // it fills in the form.
                    let button = if form.can_remember {
                        button.on_hover_text(tr!("connect-recent-open"))
                    } else {
                        button
                    };
                    if button.clicked() {
                        chosen = Some(known.clone());
                    }
                }
            });
        }
        match chosen {
            Some(known) if form.can_remember => actions.push(UiAction::SwitchTo(known)),
            Some(known) => {
                form.portal = known.portal;
                form.fill_account(&known.account);
            }
            None => {}
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut form.method,
                SignInMethod::Password,
                tr!("connect-with-password"),
            );
            ui.selectable_value(
                &mut form.method,
                SignInMethod::ApiKey,
                tr!("connect-with-key"),
            );
        });
        ui.add_space(4.0);
        match form.method {
            SignInMethod::Password => {
                let email = labelled(ui, &tr!("connect-email"), |ui| {
                    ui.add(egui::TextEdit::singleline(&mut form.email).desired_width(f32::INFINITY))
                });
                submit |= entered(ui, &email);
                focus_if_asked(form, ConnectField::Email, &email);
                let password = labelled(ui, &tr!("connect-password"), |ui| {
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
                    let code = labelled(ui, &tr!("connect-code"), |ui| {
                        ui.add(egui::TextEdit::singleline(&mut *form.code).desired_width(120.0))
                    });
                    forget_history(ui, &code);
                    submit |= entered(ui, &code);
                    focus_if_asked(form, ConnectField::Code, &code);
                }
            }
            SignInMethod::ApiKey => {
                let key = labelled(ui, &tr!("connect-key"), |ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut *form.api_key)
                            .password(true)
                            .desired_width(f32::INFINITY),
                    )
                });
                forget_history(ui, &key);
                submit |= entered(ui, &key);
                focus_if_asked(form, ConnectField::ApiKey, &key);
                ui.label(RichText::new(tr!("connect-key-note")).small());
            }
        }
        if form.can_remember || form.keychain_problem.is_some() {
            ui.add_enabled(
                form.can_remember,
                egui::Checkbox::new(&mut form.remember, tr!("connect-remember")),
            )
            .on_hover_text(tr!("connect-remember-hint"));
        }
        if let Some(problem) = &form.keychain_problem {
            let text = match problem {
                StoreError::Unavailable => tr!("connect-no-keychain"),
                StoreError::Locked => tr!("connect-keychain-locked"),
                StoreError::Failed(detail) => tr!("connect-keychain-failed", detail = detail),
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
            if ui
                .add(super::palette::primary(ui, &tr!("connect-sign-in")))
                .clicked()
                || submit
            {
                actions.push(UiAction::SignIn);
            }
        });
    });
    if form.busy {
        ui.horizontal(|ui| {
            super::spinner::spinner(ui);
            ui.label(tr!("connect-signing-in"));
        });
    }
    if let Some(error) = &form.error {
        ui.add_space(4.0);
        error_text(ui, &messages::text(error));
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
        SecondFactor::App { setup_key: None } => tr!("code-from-app"),
        SecondFactor::App { setup_key: Some(_) } => tr!("code-setup-first"),
        SecondFactor::Sms { phone: Some(phone) } => tr!("code-by-sms-to", phone = phone),
        SecondFactor::Sms { phone: None } => tr!("code-by-sms"),
    }
}
