//! The expiry watch: which keys have expired and which expire within
//! [`EXPIRING_SOON_DAYS`] days, for the banner above the grid and for
//! `keys list --expiring-within`.
//!
//! It counts the way the grid's filters do (Expired and Expiring soon, whatever the active
//! flag), so a click on the banner shows exactly the keys it counted. A key whose expiry date
//! cannot be read is counted in neither: it is "unknown", never "never expires".

use std::collections::BTreeSet;

use chrono::{DateTime, TimeDelta, Utc};

use super::{ApiKey, EXPIRING_SOON_DAYS, ExpiryStatus, Moment};

/// What the expiry watch saw at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpiryWatch {
    /// Ids of the keys past their expiry date.
    expired: BTreeSet<String>,
    /// Ids of the keys expiring within [`EXPIRING_SOON_DAYS`] days.
    expiring: BTreeSet<String>,
    /// The earliest expiry among the expiring keys.
    soonest: Option<DateTime<Utc>>,
    /// The next moment at which some key's status changes (it starts expiring soon, or
    /// expires): until then the watch stays true.
    next_change: Option<DateTime<Utc>>,
}

impl ExpiryWatch {
    /// The watch over `keys` at `now`.
    pub fn of<'a>(keys: impl IntoIterator<Item = &'a ApiKey>, now: DateTime<Utc>) -> ExpiryWatch {
        let mut watch = ExpiryWatch::default();
        for key in keys {
            watch.add(key, now);
        }
        watch
    }

    /// Takes in one more key, as [`ExpiryWatch::of`] would have: a key just created. `now`
    /// must be the moment the watch is for.
    pub fn add(&mut self, key: &ApiKey, now: DateTime<Utc>) {
        let Moment::At(expires) = key.expires.moment() else {
            return;
        };
        let change = match ExpiryStatus::of(Moment::At(expires), now) {
            ExpiryStatus::Expired => {
                self.expired.insert(key.id.clone());
                None
            }
            ExpiryStatus::ExpiringSoon => {
                self.expiring.insert(key.id.clone());
                self.soonest = Some(self.soonest.map_or(expires, |s| s.min(expires)));
                Some(expires)
            }
            _ => expires.checked_sub_signed(TimeDelta::days(EXPIRING_SOON_DAYS)),
        };
        if let Some(change) = change {
            self.next_change = Some(self.next_change.map_or(change, |c| c.min(change)));
        }
    }

    /// Forgets a key that is gone. False when that is not enough, because the key was among
    /// the expiring ones and the soonest expiry may have been its: make the watch again.
    pub fn remove(&mut self, id: &str) -> bool {
        self.expired.remove(id);
        !self.expiring.contains(id)
    }

    /// How many keys have expired.
    pub fn expired(&self) -> usize {
        self.expired.len()
    }

    /// How many keys expire within [`EXPIRING_SOON_DAYS`] days.
    pub fn expiring(&self) -> usize {
        self.expiring.len()
    }

    /// When the first of the expiring keys expires.
    pub fn soonest(&self) -> Option<DateTime<Utc>> {
        self.soonest
    }

    /// True when no key has expired or expires soon: nothing to say.
    pub fn is_quiet(&self) -> bool {
        self.expired.is_empty() && self.expiring.is_empty()
    }

    /// True while `now` is before the next moment a key's status changes, so the watch
    /// still holds for the same keys.
    pub fn holds_at(&self, now: DateTime<Utc>) -> bool {
        self.next_change.is_none_or(|change| now < change)
    }

    /// True when this watch has something `seen` did not: a key that has newly expired or
    /// newly started expiring soon. What was dismissed stays dismissed until then.
    pub fn has_news_since(&self, seen: &ExpiryWatch) -> bool {
        !self.expired.is_subset(&seen.expired) || !self.expiring.is_subset(&seen.expiring)
    }
}

/// True when `key` has expired, expires within `days` days of `now`, or has an expiry date
/// that cannot be read (so it may): what `keys list --expiring-within` lists.
pub fn expires_within(key: &ApiKey, now: DateTime<Utc>, days: u32) -> bool {
    match key.expires.moment() {
        Moment::Absent => false,
        Moment::Unknown => true,
        Moment::At(expires) => expires <= now + TimeDelta::days(i64::from(days)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::KeyDate;
    use crate::domain::test_support::{at, key, now};

    fn expiring(name: &str, days: i64) -> ApiKey {
        ApiKey {
            expires: at(days),
            ..key(name)
        }
    }

    #[test]
    fn counts_expired_and_expiring_keys_as_the_filters_do() {
        let mut off = expiring("off and expiring", 2);
        off.active = false;
        let keys = [
            expiring("expired", -3),
            expiring("in two days", 2),
            expiring("in five days", 5),
            expiring("in a month", 30),
            off,
            key("never"),
        ];
        let watch = ExpiryWatch::of(&keys, now());
        assert_eq!(watch.expired(), 1);
        assert_eq!(watch.expiring(), 3, "switched off or not");
        assert_eq!(watch.soonest(), at(2).moment().at());
        assert!(!watch.is_quiet());
    }

    #[test]
    fn an_unreadable_expiry_is_neither_counted_nor_never() {
        let mut unknown = key("unknown");
        unknown.expires = KeyDate::Unreadable("soon-ish".to_owned());
        let watch = ExpiryWatch::of([&unknown], now());
        assert!(watch.is_quiet());
        assert!(expires_within(&unknown, now(), 7), "it may expire: listed");
        assert!(!expires_within(&key("never"), now(), 36_500));
    }

    #[test]
    fn holds_until_the_next_key_changes_status() {
        let keys = [expiring("in a month", 30), expiring("in two days", 2)];
        let watch = ExpiryWatch::of(&keys, now());
        // The key in two days expires first; the one in a month starts expiring soon at
        // day 23.
        assert!(watch.holds_at(now() + TimeDelta::days(2) - TimeDelta::seconds(1)));
        assert!(!watch.holds_at(now() + TimeDelta::days(2)));
        assert!(ExpiryWatch::of([&key("never")], now()).holds_at(now() + TimeDelta::days(999)));
    }

    #[test]
    fn news_is_a_key_newly_expiring_or_newly_expired() {
        let keys = [expiring("in two days", 2), expiring("in a month", 30)];
        let seen = ExpiryWatch::of(&keys, now());
        assert!(!seen.has_news_since(&seen));
        let a_day_later = ExpiryWatch::of(&keys, now() + TimeDelta::days(1));
        assert!(
            !a_day_later.has_news_since(&seen),
            "the same key, still expiring"
        );
        let expired = ExpiryWatch::of(&keys, now() + TimeDelta::days(3));
        assert!(expired.has_news_since(&seen), "it has expired since");
        let month = ExpiryWatch::of(&keys, now() + TimeDelta::days(24));
        assert!(month.has_news_since(&expired), "the other started expiring");
        let fewer = ExpiryWatch::of(&keys[1..], now());
        assert!(!fewer.has_news_since(&seen), "a key gone is no news");
    }

    #[test]
    fn adding_and_removing_a_key_is_as_making_the_watch_again() {
        let keys = [
            expiring("expired", -3),
            expiring("in two days", 2),
            expiring("in a month", 30),
        ];
        let mut watch = ExpiryWatch::of(&keys[1..], now());
        watch.add(&keys[0], now());
        assert_eq!(watch, ExpiryWatch::of(&keys, now()));
        assert!(
            watch.remove("id-expired"),
            "an expired key goes without more ado"
        );
        assert_eq!(watch, ExpiryWatch::of(&keys[1..], now()));
        assert!(
            !watch.remove("id-in two days"),
            "the soonest must be found again"
        );
    }

    #[test]
    fn expires_within_counts_the_last_day_and_what_has_expired() {
        assert!(expires_within(&expiring("expired", -400), now(), 0));
        assert!(expires_within(&expiring("in 10 days", 10), now(), 10));
        assert!(!expires_within(&expiring("in 11 days", 11), now(), 10));
        assert!(!expires_within(&expiring("in 1 day", 1), now(), 0));
    }
}
