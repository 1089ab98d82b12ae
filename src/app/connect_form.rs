//! The connect screen's state: the sign-in form.
//!
//! Secrets typed by the user live in `Zeroizing` strings and are wiped on drop.

use zeroize::Zeroizing;

use super::message::Message;
use crate::api::SecondFactor;
use crate::platform::{KnownAccount, StoreError};

/// How the user signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInMethod {
    Password,
    ApiKey,
}

/// A field of the connect form, for putting the cursor where something needs fixing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectField {
    Portal,
    Email,
    Password,
    Code,
    ApiKey,
}

/// The connect screen's form. Survives a failed sign-in untouched.
pub struct ConnectForm {
    pub portal: String,
    pub method: SignInMethod,
    pub email: String,
    pub password: Zeroizing<String>,
    /// Set when the portal asked for a two-factor code.
    pub second_factor: Option<SecondFactor>,
    pub code: Zeroizing<String>,
    pub api_key: Zeroizing<String>,
    pub remember: bool,
    /// False in the demo, which never touches the keychain, and where there is no keychain.
    pub can_remember: bool,
    /// Why the keychain cannot remember a sign-in, found before signing in.
    pub keychain_problem: Option<StoreError>,
    pub busy: bool,
    pub error: Option<Message>,
    /// Why the user is here (signed out, sign-in expired).
    pub notice: Option<Message>,
    pub recent: Vec<KnownAccount>,
    /// The portal of the key grid left for this screen ("Add portal…", or a switch
    /// whose sign-in no longer works): "Back to" it is offered.
    pub back: Option<String>,
    /// The field to put the cursor in on the next frame.
    pub focus: Option<ConnectField>,
}

impl ConnectForm {
    /// An empty form, with the most recent portal filled in.
    pub fn new(can_remember: bool, recent: Vec<KnownAccount>) -> Self {
        let mut form = Self {
            portal: recent
                .first()
                .map(|known| known.portal.clone())
                .unwrap_or_default(),
            method: SignInMethod::Password,
            email: String::new(),
            password: Zeroizing::default(),
            second_factor: None,
            code: Zeroizing::default(),
            api_key: Zeroizing::default(),
            remember: can_remember,
            can_remember,
            keychain_problem: None,
            busy: false,
            error: None,
            notice: None,
            recent,
            back: None,
            focus: None,
        };
        form.focus_first_empty_field();
        form
    }

    /// What the keychain check found. With no keychain at all, remembering is
    /// not offered; a locked one is still offered, since it may be unlocked.
    pub fn keychain_checked(&mut self, result: Result<(), StoreError>) {
        match result {
            Ok(()) => self.keychain_problem = None,
            Err(StoreError::Unavailable) => {
                self.remember = false;
                self.can_remember = false;
                self.keychain_problem = Some(StoreError::Unavailable);
            }
            Err(error) => self.keychain_problem = Some(error),
        }
    }

    /// Fills in the account of an earlier sign-in: an email, or (for a masked
    /// API key, which cannot be used again) the API-key method.
    pub fn fill_account(&mut self, account: &str) {
        if account.contains('@') {
            self.method = SignInMethod::Password;
            self.email = account.to_owned();
        } else {
            self.method = SignInMethod::ApiKey;
        }
        self.focus_first_empty_field();
    }

    /// Puts the cursor in the first field still to be filled in.
    pub fn focus_first_empty_field(&mut self) {
        self.focus = Some(if self.portal.trim().is_empty() {
            ConnectField::Portal
        } else {
            match self.method {
                SignInMethod::Password if self.email.trim().is_empty() => ConnectField::Email,
                SignInMethod::Password => ConnectField::Password,
                SignInMethod::ApiKey => ConnectField::ApiKey,
            }
        });
    }
}

/// The demo portal's sign-in, filled in at the start and after signing out of
/// the demo. The password is the demo's published one, not a secret.
#[derive(Debug, Clone)]
pub struct DemoSignIn {
    pub portal: String,
    pub email: String,
    pub password: String,
}

impl DemoSignIn {
    /// Fills `form` with the demo's address and account. The demo never
    /// touches the keychain, so nothing is remembered.
    pub fn fill(&self, form: &mut ConnectForm) {
        form.method = SignInMethod::Password;
        form.portal = self.portal.clone();
        form.email = self.email.clone();
        *form.password = self.password.clone();
        form.remember = false;
        form.can_remember = false;
        form.focus_first_empty_field();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_fills_the_form_and_never_remembers() {
        let mut form = ConnectForm::new(true, Vec::new());
        form.method = SignInMethod::ApiKey;
        let demo = DemoSignIn {
            portal: "http://127.0.0.1:1".to_owned(),
            email: "admin@example.com".to_owned(),
            password: "demo".to_owned(),
        };
        demo.fill(&mut form);
        assert_eq!(form.method, SignInMethod::Password);
        assert_eq!(form.portal, "http://127.0.0.1:1");
        assert_eq!(form.email, "admin@example.com");
        assert_eq!(form.password.as_str(), "demo");
        assert!(!form.remember && !form.can_remember);
    }
}
