//! Rotating a key: DocSpace has no call for it, so a rotation is a new key with the old one's
//! name, permissions and lifetime, after which the old key is switched off or deleted.
//!
//! This file works out what to send and what becomes of the old key; `api::rotate` sends it.

use std::fmt;

use chrono::{DateTime, Utc};

use super::{ApiKey, KeyDate, Lifetime, NewKey};

/// What the admin wants done with the old key once the new one exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OldKeyChoice {
    /// Switch it off (`PUT isActive:false`); it stays in the list and can be switched on again.
    #[default]
    SwitchOff,
    /// Delete it for good.
    Delete,
}

/// What will happen to the old key, given the admin's choice and the key's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OldKeyStep {
    /// `PUT /keys/{id}` with `isActive: false`.
    SwitchOff,
    /// `DELETE /keys/{id}`.
    Delete,
    /// Nothing: the key has expired, so it no longer works, and the portal refuses to edit it.
    LeaveExpired,
}

impl OldKeyStep {
    /// The step for `choice` on a key that has (or has not) expired.
    pub fn for_choice(choice: OldKeyChoice, expired: bool) -> OldKeyStep {
        match (choice, expired) {
            (OldKeyChoice::Delete, _) => OldKeyStep::Delete,
            (OldKeyChoice::SwitchOff, false) => OldKeyStep::SwitchOff,
            (OldKeyChoice::SwitchOff, true) => OldKeyStep::LeaveExpired,
        }
    }
}

/// Why a key cannot be rotated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RotationProblem {
    /// The key expires, but its creation or expiry date is unreadable (or missing), so its
    /// lifetime cannot be worked out.
    LifetimeUnknown,
}

impl fmt::Display for RotationProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RotationProblem::LifetimeUnknown => write!(
                formatter,
                "The key's lifetime is unknown (the portal sent a date this app cannot read), so \
                 a replacement with the same lifetime cannot be made. Create a new key instead."
            ),
        }
    }
}

/// A rotation worked out: the key to create, and what then happens to the old one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// The old key's id.
    pub old_id: String,
    /// The old key's name, which the new key gets too.
    pub old_name: String,
    /// The create request: same name and permissions, same lifetime length.
    pub new_key: NewKey,
    /// What happens to the old key once the new one exists.
    pub old_step: OldKeyStep,
}

impl Rotation {
    /// The rotation of `key` at `now`, with the old key dealt with as `choice` asks.
    pub fn of(
        key: &ApiKey,
        choice: OldKeyChoice,
        now: DateTime<Utc>,
    ) -> Result<Rotation, RotationProblem> {
        let lifetime = lifetime_of(key)?;
        // The portal stores a list containing "*" (and an omitted or empty one) as [], which
        // it lists as []: unrestricted. Sent as ["*"], the new key is unrestricted too.
        let permissions = if key.permissions.is_empty() {
            vec!["*".to_owned()]
        } else {
            key.permissions.clone()
        };
        Ok(Rotation {
            old_id: key.id.clone(),
            old_name: key.name.clone(),
            new_key: NewKey {
                name: key.name.clone(),
                permissions,
                expires_in_days: lifetime.expires_in_days(),
            },
            old_step: OldKeyStep::for_choice(choice, key.is_expired(now)),
        })
    }

    /// The new key's lifetime.
    pub fn lifetime(&self) -> Lifetime {
        self.new_key
            .expires_in_days
            .map_or(Lifetime::Never, Lifetime::Days)
    }
}

/// How long `key` lived from creation to expiry, in whole days (rounded to the nearest day and
/// kept within 1–365, which is what the portal accepts); [`Lifetime::Never`] when it never
/// expires.
pub fn lifetime_of(key: &ApiKey) -> Result<Lifetime, RotationProblem> {
    let expires = match &key.expires {
        KeyDate::Absent => return Ok(Lifetime::Never),
        KeyDate::Known(expires) => *expires,
        KeyDate::Unreadable(_) => return Err(RotationProblem::LifetimeUnknown),
    };
    let created = key
        .created
        .known()
        .ok_or(RotationProblem::LifetimeUnknown)?;
    const DAY_SECONDS: i64 = 24 * 60 * 60;
    let seconds = (expires - created).num_seconds();
    let days = (seconds + DAY_SECONDS / 2).div_euclid(DAY_SECONDS);
    let days = days.clamp(i64::from(Lifetime::MIN_DAYS), i64::from(Lifetime::MAX_DAYS));
    Ok(Lifetime::Days(
        u32::try_from(days).unwrap_or(Lifetime::MAX_DAYS),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{at, key, now, strings};

    #[test]
    fn the_new_key_keeps_name_permissions_and_the_lifetimes_length() {
        let mut old = key("CI deploy bot");
        old.permissions = strings(&["files:read", "rooms:read"]);
        old.created = at(-25);
        old.expires = at(5);
        let rotation = Rotation::of(&old, OldKeyChoice::SwitchOff, now()).unwrap();
        assert_eq!(rotation.new_key.name, "CI deploy bot");
        assert_eq!(rotation.new_key.permissions, ["files:read", "rooms:read"]);
        assert_eq!(rotation.new_key.expires_in_days, Some(30));
        assert_eq!(rotation.old_step, OldKeyStep::SwitchOff);
        assert_eq!(rotation.old_id, old.id);
    }

    #[test]
    fn an_unrestricted_key_that_never_expires_stays_so() {
        let old = key("Backup");
        let rotation = Rotation::of(&old, OldKeyChoice::Delete, now()).unwrap();
        assert_eq!(rotation.new_key.permissions, ["*"]);
        assert_eq!(rotation.new_key.expires_in_days, None);
        assert_eq!(rotation.lifetime(), Lifetime::Never);
        assert_eq!(rotation.old_step, OldKeyStep::Delete);
    }

    #[test]
    fn an_expired_key_is_left_as_it_is_unless_it_is_to_be_deleted() {
        let mut old = key("Old CRM sync");
        old.created = at(-200);
        old.expires = at(-110);
        let left = Rotation::of(&old, OldKeyChoice::SwitchOff, now()).unwrap();
        assert_eq!(left.old_step, OldKeyStep::LeaveExpired);
        assert_eq!(left.new_key.expires_in_days, Some(90));
        let deleted = Rotation::of(&old, OldKeyChoice::Delete, now()).unwrap();
        assert_eq!(deleted.old_step, OldKeyStep::Delete);
    }

    #[test]
    fn lifetimes_round_to_whole_days_within_what_the_portal_accepts() {
        let mut old = key("x");
        old.created = at(0);
        old.expires = at(0);
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Days(1)));
        old.expires = at(800);
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Days(365)));
        let created = old.created.known().unwrap();
        old.expires = KeyDate::Known(created + chrono::TimeDelta::hours(7 * 24 + 11));
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Days(7)));
        old.expires = KeyDate::Known(created + chrono::TimeDelta::hours(7 * 24 + 13));
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Days(8)));
        // Expiry before creation (a broken portal): the shortest lifetime, not a panic.
        old.expires = KeyDate::Known(created - chrono::TimeDelta::days(3));
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Days(1)));
    }

    #[test]
    fn an_unreadable_date_makes_the_lifetime_unknown() {
        let mut old = key("x");
        old.expires = KeyDate::Unreadable("soon".to_owned());
        assert_eq!(
            Rotation::of(&old, OldKeyChoice::SwitchOff, now()),
            Err(RotationProblem::LifetimeUnknown)
        );
        old.expires = at(10);
        old.created = KeyDate::Unreadable("long ago".to_owned());
        assert_eq!(lifetime_of(&old), Err(RotationProblem::LifetimeUnknown));
        // A key that never expires needs no creation date.
        old.expires = KeyDate::Absent;
        assert_eq!(lifetime_of(&old), Ok(Lifetime::Never));
    }
}
