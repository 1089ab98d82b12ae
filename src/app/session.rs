//! Signing in and out: the connect form, restoring a remembered sign-in, the
//! start of a session, and the way back to the connect screen when the portal
//! no longer accepts the sign-in (a 401 at any time).

use secrecy::SecretString;

use super::command::{Command, SessionStart, SignInError};
use super::connect_form::{ConnectField, ConnectForm, SignInMethod};
use super::core::{DocSpaceKeysApp, Screen};
use super::dialogs::Dialog;
use super::keys_screen::KeysScreen;
use super::message::Message;
use crate::api::{ApiError, PortalUrl, SecondFactor};
use crate::platform::{KnownAccount, StoreError};

impl DocSpaceKeysApp {
    fn connect_form(&self) -> ConnectForm {
        let services = self.dispatcher.services();
        let recent = services
            .accounts
            .as_ref()
            .map(|file| file.load())
            .unwrap_or_default();
        let mut form = ConnectForm::new(services.secret_store.is_some(), recent);
        if let Some(demo) = &self.demo {
            demo.fill(&mut form);
        } else if let Some(result) = &self.keychain {
            form.keychain_checked(result.clone());
        }
        form
    }

    pub(super) fn keychain_checked(&mut self, result: Result<(), StoreError>) {
        let demo = self.demo.is_some();
        if let Some(form) = self.connect_form_mut()
            && !demo
        {
            form.keychain_checked(result.clone());
        }
        self.keychain = Some(result);
    }

    /// Shows the connect screen, keeping the portal address and the account of
    /// the last sign-in and saying why.
    pub(super) fn show_connect_screen(
        &mut self,
        portal: Option<String>,
        account: Option<String>,
        notice: Option<Message>,
    ) {
        let mut form = self.connect_form();
        if self.demo.is_none() {
            if let Some(portal) = portal {
                form.portal = portal;
            }
            if let Some(account) = account {
                form.fill_account(&account);
            }
        }
        form.notice = notice;
        form.back = self
            .parked
            .as_ref()
            .map(|parked| parked.client.portal().host());
        self.screen = Screen::Connect(Box::new(form));
    }

    fn connect_form_mut(&mut self) -> Option<&mut ConnectForm> {
        match &mut self.screen {
            Screen::Connect(form) => Some(form),
            _ => None,
        }
    }

    pub(super) fn nothing_to_restore(
        &mut self,
        portal: Option<String>,
        account: Option<String>,
        reason: Option<Message>,
    ) {
        let notice = reason.map(|reason| Message::RememberedSignInFailed(Box::new(reason)));
        self.show_connect_screen(portal, account, notice);
    }

    pub(super) fn needs_code(&mut self, factor: SecondFactor) {
        if let Some(form) = self.connect_form_mut() {
            form.busy = false;
            form.second_factor = Some(factor);
            form.error = None;
            form.focus = Some(ConnectField::Code);
        }
    }

    pub(super) fn sign_in_failed(&mut self, error: SignInError) {
        if let Some(form) = self.connect_form_mut() {
            form.busy = false;
            form.focus = error.field_to_fix();
            form.error = Some(Message::SignIn(error));
        }
    }

    /// Back on the connect screen after "Sign out of this portal", its address kept.
    pub(super) fn signed_out(&mut self, note: Option<Message>, portal: String, account: String) {
        let note = note.unwrap_or(Message::SignedOut);
        self.show_connect_screen(Some(portal), Some(account), Some(note));
    }

    /// Leaves the key grid, keeping it for "Back". False (and nothing changes) while
    /// the grid has a dialog up or a change on its way, whose answer needs the grid.
    fn park(&mut self) -> bool {
        if !matches!(&self.screen, Screen::Keys(screen) if screen.may_leave()) {
            return false;
        }
        let Screen::Keys(screen) = std::mem::replace(&mut self.screen, Screen::Starting) else {
            return false;
        };
        // A refresh still on its way belongs to the grid left behind: its answer is dropped.
        self.dispatcher.new_session();
        self.parked = Some(screen);
        true
    }

    /// A remembered sign-in chosen in the header's portal menu or on the connect screen:
    /// signs in with its keychain entry, nothing to type. If that no longer works, the
    /// connect screen comes up for it, with the reason and the way back.
    pub(super) fn switch_to(&mut self, known: KnownAccount) {
        match &self.screen {
            Screen::Keys(_) => {
                if !self.park() {
                    return;
                }
            }
            Screen::Connect(form) if !form.busy => self.screen = Screen::Starting,
            _ => return,
        }
        self.dispatcher.send(Command::Restore(Some(known)));
    }

    /// "Add portal…": the connect screen for another portal, the grid kept for "Back".
    pub(super) fn add_portal(&mut self) {
        if !self.park() {
            return;
        }
        let demo = self.demo.take();
        self.show_connect_screen(None, None, None);
        self.demo = demo;
        if let Some(form) = self.connect_form_mut() {
            // Another portal: the most recent address would be the one just left.
            form.portal.clear();
            form.focus_first_empty_field();
        }
    }

    /// "Back to …" on the connect screen: the grid left for it, as it was.
    pub(super) fn back_to_portal(&mut self) {
        if matches!(&self.screen, Screen::Connect(form) if form.busy) {
            return;
        }
        let Some(mut screen) = self.parked.take() else {
            return;
        };
        // Answers sent before it was left were dropped; a refresh brings it up to date.
        let was_loading = std::mem::take(&mut screen.loading);
        self.screen = Screen::Keys(screen);
        if was_loading {
            self.refresh();
        }
    }

    /// "Sign in" on the connect form: checks what was typed, then asks the portal.
    pub(super) fn sign_in(&mut self) {
        let Screen::Connect(form) = &mut self.screen else {
            return;
        };
        if form.busy {
            return;
        }
        let portal = match PortalUrl::parse(&form.portal) {
            Ok(portal) => portal,
            Err(error) => {
                form.error = Some(Message::PortalAddress(error));
                form.focus = Some(ConnectField::Portal);
                return;
            }
        };
        let remember = form.remember && form.can_remember;
        let command = match form.method {
            SignInMethod::Password => {
                if form.email.trim().is_empty() || form.password.is_empty() {
                    form.error = Some(Message::EnterEmailAndPassword);
                    form.focus_first_empty_field();
                    return;
                }
                let code = form
                    .second_factor
                    .as_ref()
                    .map(|_| form.code.trim().to_owned())
                    .filter(|code| !code.is_empty());
                if form.second_factor.is_some() && code.is_none() {
                    form.error = Some(Message::EnterCode);
                    form.focus = Some(ConnectField::Code);
                    return;
                }
                Command::SignInWithPassword {
                    portal,
                    email: form.email.trim().to_owned(),
                    password: SecretString::from(form.password.as_str()),
                    code,
                    remember,
                }
            }
            SignInMethod::ApiKey => {
                if form.api_key.trim().is_empty() {
                    form.error = Some(Message::PasteApiKey);
                    form.focus = Some(ConnectField::ApiKey);
                    return;
                }
                Command::SignInWithKey {
                    portal,
                    key: SecretString::from(form.api_key.trim()),
                    remember,
                }
            }
        };
        form.busy = true;
        form.error = None;
        form.notice = None;
        self.dispatcher.send(command);
    }

    pub(super) fn start_session(&mut self, start: SessionStart) {
        self.dispatcher.new_session();
        let parked = self.parked.take();
        if let Some(parked) = &parked
            && !parked.remembered
            && !parked.client.credential().is_api_key()
        {
            // Nothing can lead back to a sign-in that was not remembered, so its session on
            // the portal is ended too.
            self.dispatcher
                .send(Command::EndSession(parked.client.clone()));
        }
        // Also gives back what loading the keys freed (the answer's body, among others).
        self.dispatcher.discard(parked);
        // An Undo from the portal left behind must not act on this one.
        self.toasts.drop_undos();
        let now = self.now();
        let query = self.preferences.grid_query();
        self.dispatcher.grid_query().set(&query);
        self.screen = Screen::Keys(Box::new(KeysScreen::new(start, query, now)));
    }

    pub(super) fn sign_out(&mut self) {
        let Screen::Keys(screen) = &self.screen else {
            return;
        };
        let command = Command::SignOut {
            client: screen.client.clone(),
            account: screen.account.clone(),
            remembered: screen.remembered,
        };
        self.dispatcher.send(command);
        self.screen = Screen::Starting;
    }

    /// A 401 at any time ends the session: the remembered credential is
    /// forgotten and the connect screen comes back, address kept, reason shown.
    /// While a new key is neither copied nor saved, its dialog stays up with
    /// the reason beside it, and the connect screen follows once it closes.
    /// Returns false when the error is not about the sign-in.
    pub(super) fn signed_out_by(&mut self, error: &ApiError) -> bool {
        if !error.needs_sign_in() {
            return false;
        }
        let Screen::Keys(screen) = &mut self.screen else {
            self.show_connect_screen(None, None, Some(Message::Api(error.clone())));
            return true;
        };
        if screen.ended.is_none() && screen.remembered {
            // The remembered credential no longer works: forget it, so the next start does not try it.
            self.dispatcher.send(Command::Forget {
                portal: screen.client.portal().to_string(),
                account: screen.account.clone(),
            });
        }
        screen.ended = Some(session_ended(
            screen.client.credential().is_api_key(),
            error,
        ));
        screen.loading = false;
        screen.pending.clear();
        let unkept_key =
            matches!(&screen.dialog, Some(Dialog::Reveal(reveal)) if !reveal.is_kept());
        if !unkept_key {
            self.end_session_if_ended();
        }
        true
    }

    /// Goes to the connect screen if the portal ended the session while a dialog was up.
    pub(super) fn end_session_if_ended(&mut self) {
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(notice) = screen.ended.take() else {
            return;
        };
        let portal = screen.client.portal().to_string();
        let account = screen.account.clone();
        self.show_connect_screen(Some(portal), Some(account), Some(notice));
    }
}

/// Why the session ended, for how the user signed in, with the portal's own words
/// when it gave any.
fn session_ended(api_key: bool, error: &ApiError) -> Message {
    let detail = match error {
        ApiError::Unauthorized { message } => message.clone(),
        _ => None,
    };
    Message::SessionEnded { api_key, detail }
}
