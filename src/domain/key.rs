use chrono::{DateTime, Utc};

use super::scope::grants_full_access;
use super::{ExpiryStatus, KeyDate, KeyState};

/// One API key as the portal lists it. The secret itself is never part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// The key's GUID, used in `PUT`/`DELETE` routes.
    pub id: String,
    pub name: String,
    /// The last four characters of the secret.
    pub postfix: String,
    /// Scope strings as stored. Empty means unrestricted (so does any list containing `*`, and
    /// `*:write` is full access in effect).
    pub permissions: Vec<String>,
    pub created: KeyDate,
    /// [`KeyDate::Absent`]: never used.
    pub last_used: KeyDate,
    /// [`KeyDate::Absent`]: never expires. An unreadable expiry is neither "never" nor a
    /// date, so the key is neither active nor expired as far as the app can tell.
    pub expires: KeyDate,
    pub creator: Creator,
    pub active: bool,
}

/// Who created a key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Creator {
    pub id: String,
    pub name: String,
}

impl ApiKey {
    /// The masked form DocSpace shows: `sk-***abcd`.
    pub fn masked(&self) -> String {
        format!("sk-***{}", self.postfix)
    }

    /// True when the key may do everything its creator may: stored permissions that are empty,
    /// contain `*`, or contain `*:write` (see [`grants_full_access`]).
    pub fn is_unrestricted(&self) -> bool {
        grants_full_access(&self.permissions)
    }

    /// How the key's expiry date relates to `now`.
    pub fn expiry_status(&self, now: DateTime<Utc>) -> ExpiryStatus {
        ExpiryStatus::of(self.expires.moment(), now)
    }

    /// True once the expiry moment has passed. An expired key cannot be edited or revived.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expiry_status(now) == ExpiryStatus::Expired
    }

    /// True when the key has never authenticated a request (not when its last use is
    /// unreadable).
    pub fn is_never_used(&self) -> bool {
        self.last_used.is_absent()
    }

    /// The state shown to users: Active, Inactive, Expired, or Unknown when the expiry
    /// date is unreadable.
    pub fn state(&self, now: DateTime<Utc>) -> KeyState {
        KeyState::of(self.active, self.expires.moment(), now)
    }
}
