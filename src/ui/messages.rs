//! The app's messages in the window's language. The portal's own words, and the
//! system's where it gave them, follow untranslated; the command line keeps the
//! errors' English `Display` texts.

use crate::api::{ApiError, PortalUrlError, Refusal};
use crate::app::{Message, SignInError};
use crate::domain::{OldKeyStep, RotationProblem};
use crate::platform::{RememberError, StoreError};
use crate::tr;

use super::words;

pub fn text(message: &Message) -> String {
    match message {
        Message::Api(error) | Message::SignIn(SignInError::Portal(error)) => api(error),
        Message::SignIn(error) => sign_in(error),
        Message::PortalAddress(error) => portal_address(error),
        Message::NotRemembered(error) => not_remembered(error),
        Message::EnterEmailAndPassword => tr!("msg-enter-email-and-password"),
        Message::EnterCode => tr!("msg-enter-code"),
        Message::PasteApiKey => tr!("msg-paste-api-key"),
        Message::RememberedSignInFailed(reason) => {
            tr!("msg-remembered-sign-in-failed", reason = text(reason))
        }
        Message::Keychain(error) => keychain(error),
        Message::SignedOut => tr!("msg-signed-out"),
        Message::KeychainNotRemoved(error) => {
            tr!("msg-keychain-not-removed", reason = keychain(error))
        }
        Message::AccountNotForgotten { path, reason } => tr!(
            "msg-account-not-forgotten",
            path = path.display().to_string(),
            reason = reason
        ),
        Message::SessionEnded { api_key, detail } => {
            let text = if *api_key {
                tr!("msg-session-ended-key")
            } else {
                tr!("msg-session-ended")
            };
            with_portal_words(text, detail.as_deref())
        }
        Message::AfterCrash => tr!("msg-after-crash"),
        Message::ReadOnlyKey => tr!("msg-read-only-key"),
        Message::RefreshFailed(error) => tr!("msg-refresh-failed", reason = api(error)),
        Message::Problems(problems) => problems
            .iter()
            .map(|problem| words::problem(*problem))
            .collect::<Vec<_>>()
            .join(" "),
        Message::SwitchedOn { name } => tr!("msg-switched-on", name = name),
        Message::SwitchedOff { name } => tr!("msg-switched-off", name = name),
        Message::Saved { name } => tr!("msg-saved", name = name),
        Message::Deleted { name } => tr!("msg-deleted", name = name),
        Message::ShownAgain => tr!("msg-shown-again"),
        Message::CopyFailed { detail } => {
            tr!("msg-copy-failed", reason = clipboard_unavailable(detail))
        }
        Message::SaveFailed { path, detail } => tr!(
            "msg-save-failed",
            path = path.display().to_string(),
            detail = detail
        ),
        Message::Rotation(problem) => rotation_problem(*problem),
        Message::OldKeyRetired { name, step } => old_key_retired(name, *step),
        Message::OldKeyNotRetired { name, step, error } => old_key_not_retired(name, *step, error),
        Message::Exported { count, path } => tr!(
            "msg-exported",
            count = *count,
            path = path.display().to_string()
        ),
        Message::ExportFailed { detail } => tr!("msg-export-failed", detail = detail),
        Message::Bulk(outcome) => super::bulk::outcome_text(outcome),
        Message::ClipboardCleared => tr!("msg-clipboard-cleared"),
        Message::ClipboardReplaced => tr!("msg-clipboard-replaced"),
        Message::ClipboardClearFailed { detail } => {
            tr!(
                "msg-clipboard-clear-failed",
                reason = clipboard_unavailable(detail)
            )
        }
    }
}

pub fn rotation_problem(problem: RotationProblem) -> String {
    match problem {
        RotationProblem::LifetimeUnknown => tr!("rotate-lifetime-unknown"),
    }
}

/// What became of a rotation's old key.
pub fn old_key_retired(name: &str, step: OldKeyStep) -> String {
    match step {
        OldKeyStep::SwitchOff => tr!("rotate-old-switched-off", name = name),
        OldKeyStep::Delete => tr!("rotate-old-deleted", name = name),
        OldKeyStep::LeaveExpired => tr!("rotate-old-left-expired", name = name),
    }
}

/// A rotation's old key could not be dealt with: both keys exist.
pub fn old_key_not_retired(name: &str, step: OldKeyStep, error: &ApiError) -> String {
    let reason = api(error);
    match step {
        OldKeyStep::Delete => tr!("rotate-old-not-deleted", name = name, reason = reason),
        OldKeyStep::SwitchOff | OldKeyStep::LeaveExpired => {
            tr!("rotate-old-not-switched-off", name = name, reason = reason)
        }
    }
}

/// Our sentence, then the portal's words when it gave any.
fn with_portal_words(text: String, detail: Option<&str>) -> String {
    match detail.map(str::trim).filter(|detail| !detail.is_empty()) {
        Some(detail) => tr!("msg-portal-said", text = text, detail = detail),
        None => text,
    }
}

/// The portal's words, given without a trailing full stop so ours can follow.
fn portal_words(message: &Option<String>) -> Option<&str> {
    message
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
}

pub(super) fn api(error: &ApiError) -> String {
    match error {
        ApiError::InvalidPortal(error) => portal_address(error),
        ApiError::Offline { host } => tr!("api-offline", host = host),
        ApiError::Timeout { host } => tr!("api-timeout", host = host),
        ApiError::Tls { host } => tr!("api-tls", host = host),
        ApiError::Unauthorized { message } => match portal_words(message) {
            Some(said) => tr!("api-unauthorized-said", detail = ensure_period(said)),
            None => tr!("api-unauthorized"),
        },
        ApiError::Forbidden { message } => match portal_words(message) {
            Some(said) if said != "Access denied" => {
                tr!("api-forbidden-said", detail = ensure_period(said))
            }
            _ => tr!("api-forbidden"),
        },
        ApiError::NotFound => tr!("api-not-found"),
        ApiError::RateLimited { retry_after } => match retry_after {
            Some(wait) => tr!("api-rate-limited-for", seconds = wait.as_secs().max(1)),
            None => tr!("api-rate-limited"),
        },
        ApiError::Server { status, message } => match portal_words(message) {
            Some(said) => tr!(
                "api-server-said",
                status = status.to_string(),
                detail = said.trim_end_matches('.')
            ),
            None => tr!("api-server", status = status.to_string()),
        },
        ApiError::NotDocSpace { host, detail } => {
            tr!("api-not-docspace", host = host, detail = detail)
        }
        ApiError::Validation { messages } => {
            tr!("api-validation", detail = messages.join(" "))
        }
        ApiError::Refused { reason } => match reason {
            Refusal::NotChanged => tr!("api-refused-not-changed"),
            Refusal::NotDeleted => tr!("api-refused-not-deleted"),
            Refusal::UnknownKey => tr!("api-refused-unknown-key"),
        },
        ApiError::Redirected { status, location } => match location {
            Some(location) => tr!(
                "api-redirected-to",
                status = status.to_string(),
                location = location
            ),
            None => tr!("api-redirected", status = status.to_string()),
        },
        ApiError::AnswerTooLarge { host, limit } => {
            tr!(
                "api-answer-too-large",
                host = host,
                size = size_in_words(*limit)
            )
        }
        ApiError::CreateAnswerLost { name, reason } => {
            tr!("api-create-answer-lost", name = name, detail = reason)
        }
        ApiError::UnusableCredential => tr!("api-unusable-credential"),
        ApiError::Request(detail) => tr!("api-request", detail = detail),
    }
}

fn sign_in(error: &SignInError) -> String {
    match error {
        SignInError::NotAnApiKey => tr!("sign-in-not-an-api-key"),
        SignInError::KeyNotValid => tr!("sign-in-key-not-valid"),
        SignInError::KeyCannotListKeys { scopes } => {
            tr!("sign-in-key-cannot-list-keys", scopes = scopes)
        }
        SignInError::WrongPassword(detail) => {
            with_portal_words(tr!("sign-in-wrong-password"), detail.as_deref())
        }
        SignInError::CodeRefused => tr!("sign-in-code-refused"),
        SignInError::Portal(error) => api(error),
    }
}

fn portal_address(error: &PortalUrlError) -> String {
    match error {
        PortalUrlError::Empty => tr!("portal-empty"),
        PortalUrlError::NotAnAddress { input } => tr!("portal-not-an-address", input = input),
        PortalUrlError::UnsupportedScheme { scheme } => {
            tr!("portal-unsupported-scheme", scheme = scheme)
        }
        PortalUrlError::InsecureRemote { host } => tr!("portal-insecure-remote", host = host),
        PortalUrlError::InsecureLocalName { host } => {
            tr!("portal-insecure-local-name", host = host)
        }
        PortalUrlError::CredentialsInAddress => tr!("portal-credentials-in-address"),
    }
}

fn keychain(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable => tr!("keychain-unavailable"),
        StoreError::Locked => tr!("keychain-locked"),
        StoreError::Failed(detail) => tr!("keychain-failed", detail = detail),
    }
}

fn not_remembered(error: &RememberError) -> String {
    match error {
        RememberError::NoSettingsFolder => tr!("remember-no-settings-folder"),
        RememberError::AccountsFile { path, reason } => tr!(
            "remember-accounts-file",
            path = path.display().to_string(),
            detail = reason
        ),
        RememberError::Keychain(error) => tr!("remember-keychain", reason = keychain(error)),
    }
}

fn ensure_period(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// "2 MiB", "64 KiB", with the language's digits.
fn size_in_words(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB {
        tr!("size-mib", count = bytes / MIB)
    } else {
        tr!("size-kib", count = bytes.div_ceil(1024))
    }
}

/// "The clipboard is not available (…)", with the system's words.
pub fn clipboard_unavailable(detail: &str) -> String {
    tr!("clipboard-unavailable", detail = detail)
}
