//! Secrets: the credential a request is sent with, and a freshly created key.
//!
//! Both wrap `secrecy::SecretString`, so their `Debug` output is redacted and
//! their memory is zeroed when dropped. Neither implements `Display` or `Serialize`.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroize;

/// What `Debug` output shows in place of a secret.
pub(crate) const REDACTED: &str = "[REDACTED]";

/// An optional secret as `Debug` output shows it: whether there is one, never what it is.
pub(crate) struct Redacted<'a, T>(pub &'a Option<T>);

impl<T> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(_) => write!(f, "Some({REDACTED})"),
            None => f.write_str("None"),
        }
    }
}

/// Moves a secret that arrived as a plain `String` into a `SecretString`, zeroing the original.
///
/// `SecretString::from(String)` shrinks the buffer to fit, and a shrinking reallocation may
/// leave the old bytes in freed memory; copying and then zeroing leaves no such copy.
pub(crate) fn secret_from_string(mut text: String) -> SecretString {
    let secret = SecretString::from(text.as_str());
    text.zeroize();
    secret
}

/// What a request authenticates with.
#[derive(Clone)]
pub enum Credential {
    /// An API key (`sk-…`), sent as `Authorization: Bearer sk-…` (§5.2).
    ApiKey(SecretString),
    /// A login token from `POST /api/2.0/authentication`, sent raw in `Authorization` (§5.3).
    LoginToken(SecretString),
}

impl Credential {
    /// Classifies a stored or pasted secret: `sk-…` is an API key, anything else a login token.
    pub fn from_secret(secret: SecretString) -> Self {
        if secret.expose_secret().trim().starts_with("sk-") {
            Credential::ApiKey(SecretString::from(secret.expose_secret().trim()))
        } else {
            Credential::LoginToken(SecretString::from(secret.expose_secret().trim()))
        }
    }

    /// The value of the `Authorization` header for this credential.
    pub(crate) fn authorization_header(&self) -> SecretString {
        match self {
            Credential::ApiKey(key) => {
                secret_from_string(format!("Bearer {}", key.expose_secret()))
            }
            Credential::LoginToken(token) => token.clone(),
        }
    }

    /// The secret itself, for the keychain.
    pub fn expose(&self) -> &str {
        match self {
            Credential::ApiKey(secret) | Credential::LoginToken(secret) => secret.expose_secret(),
        }
    }

    /// True for an API key, false for a login token.
    pub fn is_api_key(&self) -> bool {
        matches!(self, Credential::ApiKey(_))
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::ApiKey(_) => write!(f, "Credential::ApiKey({REDACTED})"),
            Credential::LoginToken(_) => write!(f, "Credential::LoginToken({REDACTED})"),
        }
    }
}

/// The full secret of a key that was just created. DocSpace shows it only once.
pub struct NewKeySecret(SecretString);

impl NewKeySecret {
    /// Takes the secret as decoded from the create answer; the `String` is zeroed.
    pub fn new(secret: String) -> Self {
        Self(secret_from_string(secret))
    }

    /// The secret, for copying to the clipboard or saving to a file.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// True when it has the documented shape: `sk-` and 64 lower-case hex digits.
    pub fn is_well_formed(&self) -> bool {
        let text = self.expose();
        text.len() == 67
            && text.starts_with("sk-")
            && text[3..]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }
}

impl fmt::Debug for NewKeySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NewKeySecret({REDACTED})")
    }
}

/// A well-formed key for tests (`sk-` and 64 hex digits), made when asked for, so that no
/// full-looking secret is written in the sources.
#[cfg(test)]
pub(crate) fn sample_secret() -> String {
    format!("sk-{}", "0123456789abcdef".repeat(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let key = Credential::from_secret(SecretString::from(sample_secret()));
        let token = Credential::from_secret(SecretString::from("opaque-login-token"));
        let new_key = NewKeySecret::new(sample_secret());
        for text in [
            format!("{key:?}"),
            format!("{token:?}"),
            format!("{new_key:?}"),
        ] {
            assert!(!text.contains("0123456789abcdef"), "{text}");
            assert!(!text.contains("opaque"), "{text}");
            assert!(text.contains("REDACTED"), "{text}");
        }
    }

    #[test]
    fn classifies_keys_and_tokens_and_builds_headers() {
        let key = Credential::from_secret(SecretString::from(format!("  {}\n", sample_secret())));
        assert!(key.is_api_key());
        assert_eq!(
            key.authorization_header().expose_secret(),
            format!("Bearer {}", sample_secret())
        );
        let token = Credential::from_secret(SecretString::from("abc.def"));
        assert!(!token.is_api_key());
        assert_eq!(token.authorization_header().expose_secret(), "abc.def");
    }

    #[test]
    fn recognises_the_documented_secret_shape() {
        assert!(NewKeySecret::new(sample_secret()).is_well_formed());
        assert!(!NewKeySecret::new("sk-***1a2b".to_owned()).is_well_formed());
        assert!(!NewKeySecret::new(sample_secret().to_uppercase()).is_well_formed());
    }
}
