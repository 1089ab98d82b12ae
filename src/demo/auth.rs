//! Who is calling: the scheme selection of §5.1, API keys (§5.2), login tokens
//! (§5.3) and the scope rules of §4.2.

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use chrono::{DateTime, Utc};

use super::answer::Refusal;
use super::people::Person;
use super::store::{Digest, Store};

/// The cookie that carries a login token.
pub(crate) const AUTH_COOKIE: &str = "asc_auth_key";

/// An authenticated caller.
#[derive(Debug, Clone)]
pub(crate) enum Caller {
    /// Signed in with a login token (header or cookie): full scope.
    Session {
        person: &'static Person,
        token: Digest,
    },
    /// An API key: acts as its creator, narrowed by its scopes.
    Key {
        person: &'static Person,
        /// Stored permissions; `None` (NULL), empty, or containing `*` is unrestricted.
        scopes: Option<Vec<String>>,
    },
}

/// The scope an endpoint needs (§4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Need {
    /// A GET outside the area table: `*:read` or `*:write`.
    Read,
    /// A POST/PUT/DELETE outside the area table: `*:write`.
    Write,
    /// `GET /people/@self`: `accounts.self:read|write` or `*:read|write`.
    OwnProfileRead,
    /// `GET /keys/@self`: any valid key.
    AnyKey,
}

impl Caller {
    /// The person the request acts as.
    pub fn person(&self) -> &'static Person {
        match self {
            Caller::Session { person, .. } | Caller::Key { person, .. } => person,
        }
    }

    /// Whether this caller's scopes cover `need`. Login tokens get `*:write`.
    pub fn permits(&self, need: Need) -> bool {
        let Caller::Key { scopes, .. } = self else {
            return true;
        };
        let scopes = scopes.as_deref().unwrap_or_default();
        if scopes.is_empty() || scopes.iter().any(|scope| scope == "*") {
            return true;
        }
        let accepted: &[&str] = match need {
            Need::Read => &["*:read", "*:write"],
            Need::Write => &["*:write"],
            Need::OwnProfileRead => &[
                "accounts.self:read",
                "accounts.self:write",
                "*:read",
                "*:write",
            ],
            Need::AnyKey => return true,
        };
        scopes
            .iter()
            .any(|scope| accepted.contains(&scope.as_str()))
    }
}

/// Identifies the caller, or `None` when nothing valid was presented. A valid
/// API key gets its `lastUsed` set to `now`, as the real portal does while
/// authenticating, even if the request is then refused for lack of scope.
pub(crate) fn identify(
    store: &mut Store,
    headers: &HeaderMap,
    now: DateTime<Utc>,
) -> Option<Caller> {
    let Some(header) = headers.get(AUTHORIZATION) else {
        return session(store, &cookie_token(headers)?, now);
    };
    // A header that is not plain text fits no scheme.
    let header = header.to_str().ok()?;
    if header.starts_with("Basic ") {
        // HTTP Basic exists on the real portal; the demo does not accept it.
        return None;
    }
    if let Some(rest) = header.strip_prefix("Bearer ")
        && rest.trim().starts_with("sk-")
    {
        return api_key(store, rest.trim(), now);
    }
    // The cookie handler: the cookie wins; otherwise the header, minus "Bearer ".
    let token = match cookie_token(headers) {
        Some(token) => token,
        None => header
            .strip_prefix("Bearer ")
            .unwrap_or(header)
            .trim()
            .to_owned(),
    };
    session(store, &token, now)
}

/// The scope gate of an endpoint that needs a caller: 401 without one, 403
/// when a key lacks the scope.
pub(crate) fn require(caller: Option<Caller>, need: Need) -> Result<Caller, Refusal> {
    let caller = caller.ok_or(Refusal::Unauthorized)?;
    if caller.permits(need) {
        Ok(caller)
    } else {
        Err(Refusal::Forbidden)
    }
}

/// The scope gate of an anonymous endpoint: since v3.7.1 a key without the
/// scope is refused there too (§4.2, bug 81239); anyone else passes.
pub(crate) fn screen(caller: Option<&Caller>, need: Need) -> Result<(), Refusal> {
    match caller {
        Some(caller) if !caller.permits(need) => Err(Refusal::Forbidden),
        _ => Ok(()),
    }
}

fn api_key(store: &mut Store, secret: &str, now: DateTime<Utc>) -> Option<Caller> {
    let key = store.by_digest_mut(&Digest::of(secret))?;
    if !key.is_active(now) {
        return None;
    }
    key.last_used = Some(now);
    Some(Caller::Key {
        person: key.creator,
        scopes: key.permissions.clone(),
    })
}

fn session(store: &Store, token: &str, now: DateTime<Utc>) -> Option<Caller> {
    if token.is_empty() {
        return None;
    }
    let digest = Digest::of(token);
    let person = store.session(&digest, now)?;
    Some(Caller::Session {
        person,
        token: digest,
    })
}

/// The value of the `asc_auth_key` cookie, if one was sent and is not empty.
fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| name.trim() == AUTH_COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::people::OWNER;

    fn key(scopes: Option<&[&str]>) -> Caller {
        Caller::Key {
            person: &OWNER,
            scopes: scopes.map(|list| list.iter().map(|s| (*s).to_owned()).collect()),
        }
    }

    #[test]
    fn empty_null_and_star_scopes_are_unrestricted() {
        for scopes in [None, Some(&[][..]), Some(&["*", "files:read"][..])] {
            assert!(key(scopes).permits(Need::Write));
        }
    }

    #[test]
    fn read_only_keys_may_read_but_not_write() {
        let reader = key(Some(&["*:read"]));
        assert!(reader.permits(Need::Read));
        assert!(reader.permits(Need::OwnProfileRead));
        assert!(!reader.permits(Need::Write));
    }

    #[test]
    fn area_scopes_do_not_reach_key_management() {
        let files = key(Some(&["files:read", "files:write"]));
        assert!(!files.permits(Need::Read));
        assert!(!files.permits(Need::OwnProfileRead));
        assert!(files.permits(Need::AnyKey));
        assert!(key(Some(&["accounts.self:read"])).permits(Need::OwnProfileRead));
    }

    #[test]
    fn the_auth_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "a=1; asc_auth_key=tok; b=2".parse().unwrap());
        assert_eq!(cookie_token(&headers).as_deref(), Some("tok"));
        headers.insert(COOKIE, "asc_auth_key=".parse().unwrap());
        assert_eq!(cookie_token(&headers), None);
    }
}
