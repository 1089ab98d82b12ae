//! The portal's memory: keys (by id and by secret hash) and sign-in sessions.
//!
//! Secrets and login tokens are never kept, only their SHA-256 hashes, so
//! nothing here can leak one through `Debug` or a log.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::answer::hex;
use super::people::Person;

/// The SHA-256 hash of a secret or token.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Digest([u8; 32]);

impl Digest {
    /// Hashes a secret as presented by a client.
    pub fn of(secret: &str) -> Self {
        Digest(Sha256::digest(secret.as_bytes()).into())
    }

    /// A hash nobody knows a secret for: the seed keys' secrets are discarded,
    /// and random bytes stand in for the hash of a random secret at a
    /// fraction of the cost (it matters with 100 000 generated keys).
    pub fn random(rng: &mut impl rand::Rng) -> Self {
        Digest(rng.random())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Digest(..)")
    }
}

/// A fresh API key secret: `sk-` and 32 random bytes as lower-case hex (§1.1).
/// Deliberately not `Debug`.
pub(crate) struct NewSecret(String);

impl NewSecret {
    pub fn generate() -> Self {
        let bytes: [u8; 32] = rand::random();
        NewSecret(format!("sk-{}", hex(&bytes)))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The last four characters, shown as `keyPostfix`.
    pub fn postfix(&self) -> String {
        let tail = self.0.len().saturating_sub(4);
        self.0.get(tail..).unwrap_or_default().to_owned()
    }
}

/// One stored key.
#[derive(Debug, Clone)]
pub(crate) struct StoredKey {
    pub id: Uuid,
    pub name: String,
    pub digest: Digest,
    pub postfix: String,
    /// `None` is the database NULL a `PUT` with `["*"]` leaves; `Some([])` is unrestricted too.
    pub permissions: Option<Vec<String>>,
    pub created: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
    pub expires: Option<DateTime<Utc>>,
    /// The stored flag; an expired key is reported inactive whatever it says.
    pub active: bool,
    pub creator: &'static Person,
}

impl StoredKey {
    /// True once `expiresAt` has passed.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires.is_some_and(|expires| expires <= now)
    }

    /// Active as the portal reports it: the background worker deactivates
    /// expired keys (§3), so an expired key is never active.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.active && !self.is_expired(now)
    }
}

/// One sign-in session, found by the hash of its login token.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    pub person: &'static Person,
    pub expires: DateTime<Utc>,
}

/// How long a login token stays valid.
pub(crate) const SESSION_LIFETIME: TimeDelta = TimeDelta::days(30);

/// Keys and sessions.
#[derive(Debug, Default)]
pub(crate) struct Store {
    keys: HashMap<Uuid, StoredKey>,
    by_digest: HashMap<Digest, Uuid>,
    sessions: HashMap<Digest, Session>,
}

impl Store {
    /// Adds a key. Ids and hashes are random, so a clash would be a broken generator.
    pub fn insert(&mut self, key: StoredKey) {
        self.by_digest.insert(key.digest, key.id);
        self.keys.insert(key.id, key);
    }

    pub fn get(&self, id: &Uuid) -> Option<&StoredKey> {
        self.keys.get(id)
    }

    pub fn get_mut(&mut self, id: &Uuid) -> Option<&mut StoredKey> {
        self.keys.get_mut(id)
    }

    /// The key whose secret hashes to `digest`, whatever its state.
    pub fn by_digest_mut(&mut self, digest: &Digest) -> Option<&mut StoredKey> {
        let id = self.by_digest.get(digest)?;
        self.keys.get_mut(id)
    }

    /// Deletes a key for good.
    pub fn remove(&mut self, id: &Uuid) -> Option<StoredKey> {
        let key = self.keys.remove(id)?;
        self.by_digest.remove(&key.digest);
        Some(key)
    }

    /// Every key `viewer` may see (all of them for `None`), newest first.
    pub fn visible(&self, viewer: Option<&Person>) -> Vec<&StoredKey> {
        let mut keys: Vec<&StoredKey> = self
            .keys
            .values()
            .filter(|key| match viewer {
                None => true,
                Some(viewer) => viewer.sees_all_keys() || key.creator.id == viewer.id,
            })
            .collect();
        // Same-second ties are broken by id so that the order is stable between calls.
        keys.sort_unstable_by(|a, b| b.created.cmp(&a.created).then(a.id.cmp(&b.id)));
        keys
    }

    /// Starts a session for `token`.
    pub fn open_session(&mut self, token: &str, person: &'static Person, now: DateTime<Utc>) {
        let session = Session {
            person,
            expires: now + SESSION_LIFETIME,
        };
        self.sessions.insert(Digest::of(token), session);
    }

    /// The person a still-valid login token belongs to.
    pub fn session(&self, digest: &Digest, now: DateTime<Utc>) -> Option<&'static Person> {
        self.sessions
            .get(digest)
            .filter(|session| session.expires > now)
            .map(|session| session.person)
    }

    /// Ends one session.
    pub fn close_session(&mut self, digest: &Digest) {
        self.sessions.remove(digest);
    }

    /// Ends every session.
    pub fn end_sessions(&mut self) {
        self.sessions.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::people::{OWNER, USER};

    fn key(creator: &'static Person, created: DateTime<Utc>) -> StoredKey {
        StoredKey {
            id: Uuid::new_v4(),
            name: "k".to_owned(),
            digest: Digest::random(&mut rand::rng()),
            postfix: "abcd".to_owned(),
            permissions: Some(Vec::new()),
            created,
            last_used: None,
            expires: None,
            active: true,
            creator,
        }
    }

    #[test]
    fn new_secrets_are_sk_and_64_hex_digits_with_a_four_character_postfix() {
        let secret = NewSecret::generate();
        let text = secret.expose();
        assert_eq!(text.len(), 67);
        assert!(text.starts_with("sk-"));
        assert!(
            text[3..]
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
        );
        assert_eq!(secret.postfix(), &text[63..]);
    }

    #[test]
    fn keys_are_found_by_the_hash_of_their_secret_and_forgotten_on_removal() {
        let mut store = Store::default();
        let mut stored = key(&OWNER, Utc::now());
        stored.digest = Digest::of("sk-secret");
        let id = stored.id;
        store.insert(stored);
        assert!(store.by_digest_mut(&Digest::of("sk-secret")).is_some());
        assert!(store.remove(&id).is_some());
        assert!(store.by_digest_mut(&Digest::of("sk-secret")).is_none());
    }

    #[test]
    fn users_see_only_their_own_keys_newest_first() {
        let mut store = Store::default();
        let now = Utc::now();
        store.insert(key(&OWNER, now));
        store.insert(key(&USER, now - TimeDelta::days(2)));
        store.insert(key(&USER, now - TimeDelta::days(1)));
        let mine = store.visible(Some(&USER));
        assert_eq!(mine.len(), 2);
        assert!(mine[0].created > mine[1].created);
        assert_eq!(store.visible(Some(&OWNER)).len(), 3);
    }

    #[test]
    fn expired_sessions_are_not_accepted() {
        let mut store = Store::default();
        let then = Utc::now() - TimeDelta::days(31);
        store.open_session("token", &USER, then);
        assert!(store.session(&Digest::of("token"), Utc::now()).is_none());
        assert!(store.session(&Digest::of("token"), then).is_some());
    }

    #[test]
    fn digests_do_not_show_in_debug_output() {
        assert_eq!(format!("{:?}", Digest::of("sk-secret")), "Digest(..)");
    }
}
