//! One error type for everything that can go wrong talking to a portal,
//! each case with a message a non-programmer can act on.

use std::time::Duration;

use thiserror::Error;

use super::portal::PortalUrlError;

/// Why a request to the portal did not succeed.
///
/// The `Display` text is the plain-language message shown to the user.
/// No variant ever carries a credential or a key.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ApiError {
    #[error("{0}")]
    InvalidPortal(#[from] PortalUrlError),

    #[error(
        "Could not reach {host}. Check the portal address and your internet connection, then try again."
    )]
    Offline { host: String },

    #[error("{host} did not answer in time. The portal may be busy; try again in a moment.")]
    Timeout { host: String },

    #[error(
        "The secure connection to {host} could not be verified. If your portal uses a certificate \
         from your organisation, make sure that certificate is installed on this computer."
    )]
    Tls { host: String },

    #[error("{}", unauthorized_message(.message))]
    Unauthorized { message: Option<String> },

    #[error("{}", forbidden_message(.message))]
    Forbidden { message: Option<String> },

    #[error(
        "The portal does not know this item (HTTP 404). It may have been deleted; refresh the list."
    )]
    NotFound,

    #[error("{}", rate_limited_message(.retry_after))]
    RateLimited { retry_after: Option<Duration> },

    #[error("The portal reported a problem (HTTP {status}){}. Try again later.", detail_suffix(.message))]
    Server {
        status: u16,
        message: Option<String>,
    },

    #[error(
        "The answer from {host} is not a DocSpace answer ({detail}). Check that the address is your \
         DocSpace portal."
    )]
    NotDocSpace { host: String, detail: String },

    #[error("The portal refused the request: {}", .messages.join(" "))]
    Validation { messages: Vec<String> },

    #[error("{reason}")]
    Refused { reason: Refusal },

    /// A 3xx answer. The DocSpace API never redirects, and following one would send the
    /// password or the key to wherever it points, so it is not followed.
    #[error("{}", redirect_message(*.status, .location))]
    Redirected {
        status: u16,
        /// Where it pointed, without user name, query or fragment, and shortened.
        location: Option<String>,
    },

    /// An answer longer than the client reads for this call.
    #[error(
        "The answer from {host} was larger than {} and was not read. Check that the address is \
         your DocSpace portal.",
        size_in_words(*.limit)
    )]
    AnswerTooLarge { host: String, limit: usize },

    /// `POST /keys` went out, but its answer did not come back whole: the key may exist
    /// without anyone having seen its secret, and a blind retry would make a second key.
    #[error(
        "The portal may have created the key \"{name}\", but its answer was lost ({reason}), so \
         its secret cannot be shown. Do not simply try again: refresh the list, delete any key \
         named \"{name}\" created in the last few minutes, then create a new one."
    )]
    CreateAnswerLost { name: String, reason: String },

    /// The API key or token holds characters an HTTP header cannot carry.
    #[error(
        "The API key or token contains characters that cannot be sent (such as a line break or a \
         non-ASCII character inside it). Copy it again, without anything around it."
    )]
    UnusableCredential,

    #[error("The request could not be sent: {0}")]
    Request(String),
}

fn redirect_message(status: u16, location: &Option<String>) -> String {
    match location {
        Some(location) => format!(
            "The portal answered with a redirect to {location} (HTTP {status}). Check the portal \
             address (enter the address you reach after the redirect)."
        ),
        None => format!(
            "The portal answered with a redirect (HTTP {status}) without saying where to. Check the \
             portal address."
        ),
    }
}

fn size_in_words(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{} KiB", bytes.div_ceil(1024))
    }
}

fn unauthorized_message(message: &Option<String>) -> String {
    match message {
        Some(text) if !text.trim().is_empty() => format!("{} Please sign in again.", ensure_period(text)),
        _ => "Your sign-in is no longer valid (the key was revoked, switched off or has expired, or the \
              session ended). Please sign in again."
            .to_owned(),
    }
}

fn forbidden_message(message: &Option<String>) -> String {
    let base = "This account or key may not manage API keys. An API key needs the \"*:write\" scope \
                (or full access) to manage keys, and \"*:read\" to list them.";
    match message {
        Some(text) if !text.trim().is_empty() && text != "Access denied" => {
            format!("{} ({base})", ensure_period(text))
        }
        _ => base.to_owned(),
    }
}

fn rate_limited_message(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(wait) => format!(
            "The portal is limiting requests. Wait {} s, then try again.",
            wait.as_secs().max(1)
        ),
        None => "The portal is limiting requests. Wait a minute, then try again.".to_owned(),
    }
}

fn detail_suffix(message: &Option<String>) -> String {
    match message {
        Some(text) if !text.trim().is_empty() => format!(": {}", text.trim_end_matches('.')),
        _ => String::new(),
    }
}

fn ensure_period(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

impl ApiError {
    /// True when the user must sign in again (any 401).
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, ApiError::Unauthorized { .. })
    }
}

/// Why the portal did not make a change: it answered `false`, or did not know the key.
/// The English sentences are the command line's; the window words these itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// An update answered `false`.
    NotChanged,
    /// A delete answered `false`.
    NotDeleted,
    /// The portal answered with an error for an id it does not know.
    UnknownKey,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Refusal::NotChanged => {
                "The portal did not change the key. Keys that have expired cannot be changed, \
                 and only the key's creator or a DocSpace administrator may change it. Refresh \
                 the list to see its current state."
            }
            Refusal::NotDeleted => {
                "The portal did not delete the key. Only the key's creator or a DocSpace \
                 administrator may delete it. Refresh the list to see its current state."
            }
            Refusal::UnknownKey => {
                "The portal could not find this key (it answered with an error). It may \
                 already have been deleted; refresh the list."
            }
        })
    }
}
