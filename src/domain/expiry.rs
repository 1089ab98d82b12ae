//! Whether a key has expired or soon will, and the state shown to users, against an injected
//! clock.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

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
}

impl ExpiryStatus {
    /// The status of an expiry date (`None`: never expires) at `now`.
    pub fn of<Tz: TimeZone>(expires: Option<DateTime<Tz>>, now: DateTime<Utc>) -> ExpiryStatus {
        let Some(expires) = expires else {
            return ExpiryStatus::Never;
        };
        let expires = expires.with_timezone(&Utc);
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
}

impl KeyState {
    /// The state of a key with this active flag and expiry date at `now`.
    pub fn of<Tz: TimeZone>(
        active: bool,
        expires: Option<DateTime<Tz>>,
        now: DateTime<Utc>,
    ) -> KeyState {
        if ExpiryStatus::of(expires, now) == ExpiryStatus::Expired {
            KeyState::Expired
        } else if active {
            KeyState::Active
        } else {
            KeyState::Inactive
        }
    }

    /// The state's label.
    pub fn label(self) -> &'static str {
        match self {
            KeyState::Active => "Active",
            KeyState::Inactive => "Inactive",
            KeyState::Expired => "Expired",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::now;
    use crate::domain::{ApiKey, Creator};
    use chrono::FixedOffset;

    fn moscow(moment: DateTime<Utc>) -> DateTime<FixedOffset> {
        moment.with_timezone(&FixedOffset::east_opt(3 * 3600).expect("valid offset"))
    }

    fn key(active: bool, expires: Option<DateTime<Utc>>) -> ApiKey {
        ApiKey {
            id: "id".to_owned(),
            name: "name".to_owned(),
            postfix: "abcd".to_owned(),
            permissions: Vec::new(),
            created: None,
            last_used: None,
            expires: expires.map(moscow),
            creator: Creator::default(),
            active,
        }
    }

    #[test]
    fn no_expiry_date_never_expires() {
        assert_eq!(ExpiryStatus::of::<Utc>(None, now()), ExpiryStatus::Never);
    }

    #[test]
    fn expiry_within_seven_days_is_expiring_soon() {
        let in_seven_days = now() + TimeDelta::days(7);
        assert_eq!(
            ExpiryStatus::of(Some(moscow(in_seven_days)), now()),
            ExpiryStatus::ExpiringSoon
        );
        let in_an_hour = now() + TimeDelta::hours(1);
        assert_eq!(
            ExpiryStatus::of(Some(in_an_hour), now()),
            ExpiryStatus::ExpiringSoon
        );
    }

    #[test]
    fn expiry_beyond_seven_days_is_valid() {
        let later = now() + TimeDelta::days(7) + TimeDelta::seconds(1);
        assert_eq!(
            ExpiryStatus::of(Some(moscow(later)), now()),
            ExpiryStatus::Valid
        );
    }

    #[test]
    fn expiry_at_or_before_now_is_expired() {
        assert_eq!(
            ExpiryStatus::of(Some(moscow(now())), now()),
            ExpiryStatus::Expired
        );
        let earlier = now() - TimeDelta::days(30);
        assert_eq!(
            ExpiryStatus::of(Some(earlier), now()),
            ExpiryStatus::Expired
        );
    }

    #[test]
    fn offsets_do_not_change_the_moment_compared() {
        // 14:59 at +03:00 is 11:59 UTC: one minute before now, so expired.
        let expires = FixedOffset::east_opt(3 * 3600)
            .and_then(|offset| offset.with_ymd_and_hms(2026, 7, 1, 14, 59, 0).single());
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
        unused.last_used = Some(moscow(now()));
        assert!(!unused.is_never_used());
    }
}
