//! Whether a key has expired or soon will, and the state shown to users, against an injected
//! clock.

use chrono::{DateTime, TimeDelta, Utc};

use super::Moment;

/// A key counts as expiring soon when it expires within this many days from now.
pub const EXPIRING_SOON_DAYS: i64 = 7;

/// How a key's expiry date relates to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExpiryStatus {
    /// The key has no expiry date.
    Never,
    /// The key expires more than [`EXPIRING_SOON_DAYS`] days from now.
    Valid,
    /// The key expires within [`EXPIRING_SOON_DAYS`] days from now.
    ExpiringSoon,
    /// The expiry moment has passed (or is exactly now): the server refuses the key.
    Expired,
    /// The portal sent an expiry date the app cannot read.
    Unknown,
}

impl ExpiryStatus {
    /// The status of an expiry date (absent: never expires) at `now`.
    pub fn of(expires: Moment, now: DateTime<Utc>) -> ExpiryStatus {
        let expires = match expires {
            Moment::Absent => return ExpiryStatus::Never,
            Moment::Unknown => return ExpiryStatus::Unknown,
            Moment::At(expires) => expires,
        };
        if expires <= now {
            ExpiryStatus::Expired
        } else if expires <= now + TimeDelta::days(EXPIRING_SOON_DAYS) {
            ExpiryStatus::ExpiringSoon
        } else {
            ExpiryStatus::Valid
        }
    }

    /// Short text for a status column or tooltip.
    pub fn label(self) -> &'static str {
        match self {
            ExpiryStatus::Never => "Never expires",
            ExpiryStatus::Valid => "Valid",
            ExpiryStatus::ExpiringSoon => "Expires soon",
            ExpiryStatus::Expired => "Expired",
            ExpiryStatus::Unknown => "Expiry unknown",
        }
    }
}

/// The state shown to users. Expiry wins over the active flag: the server refuses an expired
/// key whatever the flag says, and a background job deactivates it within minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyState {
    Active,
    Inactive,
    Expired,
    /// The expiry date is unreadable, so whether the server still accepts the key is not
    /// known.
    Unknown,
}

impl KeyState {
    /// The state of a key with this active flag and expiry date at `now`.
    pub fn of(active: bool, expires: Moment, now: DateTime<Utc>) -> KeyState {
        match ExpiryStatus::of(expires, now) {
            ExpiryStatus::Expired => KeyState::Expired,
            ExpiryStatus::Unknown => KeyState::Unknown,
            _ if active => KeyState::Active,
            _ => KeyState::Inactive,
        }
    }

    /// The state's label.
    pub fn label(self) -> &'static str {
        match self {
            KeyState::Active => "Active",
            KeyState::Inactive => "Inactive",
            KeyState::Expired => "Expired",
            KeyState::Unknown => "Unknown",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::now;
    use crate::domain::{ApiKey, Creator, KeyDate};
    use chrono::FixedOffset;
    use chrono::TimeZone;

    fn moscow(moment: DateTime<Utc>) -> DateTime<FixedOffset> {
        moment.with_timezone(&FixedOffset::east_opt(3 * 3600).expect("valid offset"))
    }

    fn key(active: bool, expires: Option<DateTime<Utc>>) -> ApiKey {
        ApiKey {
            id: "id".to_owned(),
            name: "name".to_owned(),
            postfix: "abcd".to_owned(),
            permissions: Vec::new(),
            created: KeyDate::Absent,
            last_used: KeyDate::Absent,
            expires: expires.map(moscow).into(),
            creator: Creator::default(),
            active,
        }
    }

    #[test]
    fn no_expiry_date_never_expires() {
        assert_eq!(ExpiryStatus::of(Moment::Absent, now()), ExpiryStatus::Never);
    }

    #[test]
    fn expiry_within_seven_days_is_expiring_soon() {
        let in_seven_days = now() + TimeDelta::days(7);
        assert_eq!(
            ExpiryStatus::of(Moment::At(in_seven_days), now()),
            ExpiryStatus::ExpiringSoon
        );
        let in_an_hour = now() + TimeDelta::hours(1);
        assert_eq!(
            ExpiryStatus::of(Moment::At(in_an_hour), now()),
            ExpiryStatus::ExpiringSoon
        );
    }

    #[test]
    fn expiry_beyond_seven_days_is_valid() {
        let later = now() + TimeDelta::days(7) + TimeDelta::seconds(1);
        assert_eq!(
            ExpiryStatus::of(Moment::At(later), now()),
            ExpiryStatus::Valid
        );
    }

    #[test]
    fn expiry_at_or_before_now_is_expired() {
        assert_eq!(
            ExpiryStatus::of(Moment::At(now()), now()),
            ExpiryStatus::Expired
        );
        let earlier = now() - TimeDelta::days(30);
        assert_eq!(
            ExpiryStatus::of(Moment::At(earlier), now()),
            ExpiryStatus::Expired
        );
    }

    #[test]
    fn offsets_do_not_change_the_moment_compared() {
        // 14:59 at +03:00 is 11:59 UTC: one minute before now, so expired.
        let expires = FixedOffset::east_opt(3 * 3600)
            .and_then(|offset| offset.with_ymd_and_hms(2026, 7, 1, 14, 59, 0).single());
        let expires = KeyDate::from(expires).moment();
        assert_eq!(ExpiryStatus::of(expires, now()), ExpiryStatus::Expired);
    }

    #[test]
    fn expired_key_shows_expired_even_while_flagged_active() {
        let expired = key(true, Some(now() - TimeDelta::minutes(1)));
        assert!(expired.is_expired(now()));
        assert_eq!(expired.state(now()), KeyState::Expired);
    }

    #[test]
    fn active_flag_decides_between_active_and_inactive() {
        assert_eq!(key(true, None).state(now()), KeyState::Active);
        let future = Some(now() + TimeDelta::days(1));
        assert_eq!(key(false, future).state(now()), KeyState::Inactive);
    }

    #[test]
    fn key_without_last_used_is_never_used() {
        let mut unused = key(true, None);
        assert!(unused.is_never_used());
        unused.last_used = KeyDate::Known(moscow(now()));
        assert!(!unused.is_never_used());
        unused.last_used = KeyDate::Unreadable("-262143-01-01T00:00:00".to_owned());
        assert!(
            !unused.is_never_used(),
            "an unreadable last use is not \"never\""
        );
    }

    #[test]
    fn an_unreadable_expiry_is_unknown_whatever_the_active_flag() {
        for active in [true, false] {
            let mut key = key(active, None);
            key.expires = KeyDate::Unreadable("not a date".to_owned());
            assert_eq!(key.expiry_status(now()), ExpiryStatus::Unknown);
            assert_eq!(key.state(now()), KeyState::Unknown);
            assert!(!key.is_expired(now()));
        }
    }
}
