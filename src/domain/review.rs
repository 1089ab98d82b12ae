//! The security review: keys that deserve a look, each with its reasons and the fixes that
//! apply, against an injected clock.
//!
//! The rules, per key (a key may break several):
//! - full access and no expiry date (an unreadable expiry is not "no expiry");
//! - active, and not used for [`ReviewThresholds::unused_days`] days;
//! - active, never used, and created at least [`ReviewThresholds::never_used_days`] days ago;
//! - expired, but still listed (DocSpace never removes an expired key by itself);
//! - switched off, and not used for [`ReviewThresholds::unused_days`] days. DocSpace's key
//!   object has no "switched off since" date (it has `createOn`, `lastUsed`, `expiresAt` and
//!   `isActive` only), so the last use stands in for it: a switched-off key cannot be used, so
//!   it was switched off some time after its last use. The rule says "not used since", never
//!   "switched off since".
//!
//! Left out: "the creator no longer manages the key". The key object names its creator
//! (`createBy`: id and display name) but says nothing of whether that person is still on the
//! portal or still an admin, so the rule cannot be decided from the key list.
//!
//! A date that cannot be read never counts as old or as absent: such a key is not judged by
//! the rule that needs that date.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::{ApiKey, KeyDate, KeyState};

/// How old a last use (or a creation without use) must be for the review to name a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewThresholds {
    /// A key not used for this many days counts as unused.
    pub unused_days: u32,
    /// A key never used this many days after its creation counts as unused.
    pub never_used_days: u32,
}

impl Default for ReviewThresholds {
    fn default() -> Self {
        ReviewThresholds {
            unused_days: 90,
            never_used_days: 30,
        }
    }
}

impl ReviewThresholds {
    /// The choices the settings offer for [`ReviewThresholds::unused_days`].
    pub const UNUSED_CHOICES: [u32; 4] = [60, 90, 180, 365];
    /// The choices the settings offer for [`ReviewThresholds::never_used_days`]; none is also
    /// an unused choice, so each radio button's name is unique in the menu.
    pub const NEVER_USED_CHOICES: [u32; 3] = [7, 14, 30];
}

/// Why the review names a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Unrestricted (or `*:write`) and no expiry date.
    FullAccessNoExpiry,
    /// Active, last used at this moment, longer ago than the threshold.
    Unused { last_used: DateTime<Utc> },
    /// Active, never used, created at this moment, longer ago than the threshold.
    NeverUsed { created: DateTime<Utc> },
    /// Expired at this moment, and still in the list.
    Expired { at: DateTime<Utc> },
    /// Switched off, and not used since this moment (or, with `used: false`, never used
    /// since its creation at this moment) for longer than the threshold.
    SwitchedOffUnused { since: DateTime<Utc>, used: bool },
}

/// A fix the review offers. Each is an action the grid already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fix {
    SwitchOff,
    Delete,
    // "Give it a lifetime" (rotate the key into one that expires) belongs here once the
    // grid can rotate a key; `FullAccessNoExpiry` would offer it first.
}

/// One key the review names, with every reason it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub key_id: String,
    pub reasons: Vec<Reason>,
    /// What can be done about it, best first.
    pub fixes: Vec<Fix>,
}

/// The findings for `keys` at `now`, in the keys' order.
pub fn review<'a>(
    keys: impl IntoIterator<Item = &'a ApiKey>,
    now: DateTime<Utc>,
    thresholds: ReviewThresholds,
) -> Vec<Finding> {
    keys.into_iter()
        .filter_map(|key| finding(key, now, thresholds))
        .collect()
}

/// The review of one key; `None` when it passes.
pub fn finding(key: &ApiKey, now: DateTime<Utc>, thresholds: ReviewThresholds) -> Option<Finding> {
    let unused = TimeDelta::days(i64::from(thresholds.unused_days));
    let never_used = TimeDelta::days(i64::from(thresholds.never_used_days));
    let older_than = |date: &KeyDate, age: TimeDelta| {
        date.moment()
            .at()
            .filter(|at| now.signed_duration_since(*at) >= age)
    };
    let mut reasons = Vec::new();
    let state = key.state(now);
    if state == KeyState::Expired {
        if let Some(at) = key.expires.moment().at() {
            reasons.push(Reason::Expired { at });
        }
    } else if key.active {
        if key.is_unrestricted() && key.expires.is_absent() {
            reasons.push(Reason::FullAccessNoExpiry);
        }
        if let Some(last_used) = older_than(&key.last_used, unused) {
            reasons.push(Reason::Unused { last_used });
        } else if key.is_never_used()
            && let Some(created) = older_than(&key.created, never_used)
        {
            reasons.push(Reason::NeverUsed { created });
        }
    } else if let Some(since) = older_than(&key.last_used, unused) {
        reasons.push(Reason::SwitchedOffUnused { since, used: true });
    } else if key.is_never_used()
        && let Some(since) = older_than(&key.created, unused)
    {
        reasons.push(Reason::SwitchedOffUnused { since, used: false });
    }
    if reasons.is_empty() {
        return None;
    }
    // An expired key is refused by the server and cannot be edited: only deleting helps. A
    // switched-off key is off already.
    let fixes = if key.active && state != KeyState::Expired {
        vec![Fix::SwitchOff, Fix::Delete]
    } else {
        vec![Fix::Delete]
    };
    Some(Finding {
        key_id: key.id.clone(),
        reasons,
        fixes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{at, key, now, strings};

    fn reasons(key: &ApiKey) -> Vec<Reason> {
        finding(key, now(), ReviewThresholds::default())
            .map(|finding| finding.reasons)
            .unwrap_or_default()
    }

    fn moment(days_from_now: i64) -> DateTime<Utc> {
        at(days_from_now).moment().at().unwrap_or_default()
    }

    /// A key that passes every rule: restricted, expiring in a month, used yesterday.
    fn tidy(name: &str) -> ApiKey {
        ApiKey {
            permissions: strings(&["files:read"]),
            expires: at(30),
            ..key(name)
        }
    }

    #[test]
    fn a_tidy_key_passes() {
        assert_eq!(
            finding(&tidy("tidy"), now(), ReviewThresholds::default()),
            None
        );
    }

    #[test]
    fn full_access_without_expiry_is_named() {
        for permissions in [vec![], strings(&["*"]), strings(&["*:write"])] {
            let wide = ApiKey {
                permissions,
                expires: KeyDate::Absent,
                ..tidy("wide")
            };
            assert_eq!(reasons(&wide), [Reason::FullAccessNoExpiry]);
        }
        let read_only = ApiKey {
            permissions: strings(&["*:read"]),
            expires: KeyDate::Absent,
            ..tidy("read only")
        };
        assert_eq!(reasons(&read_only), []);
        let expiring = ApiKey {
            permissions: vec![],
            ..tidy("expiring")
        };
        assert_eq!(reasons(&expiring), [], "it has a lifetime");
        let unknown = ApiKey {
            permissions: vec![],
            expires: KeyDate::Unreadable("later".to_owned()),
            ..tidy("unknown")
        };
        assert_eq!(
            reasons(&unknown),
            [],
            "an unreadable expiry is not \"never\""
        );
    }

    #[test]
    fn unused_for_the_threshold_is_named_and_a_day_less_is_not() {
        let old = ApiKey {
            last_used: at(-90),
            ..tidy("old")
        };
        assert_eq!(
            reasons(&old),
            [Reason::Unused {
                last_used: moment(-90)
            }]
        );
        let recent = ApiKey {
            last_used: at(-89),
            ..tidy("recent")
        };
        assert_eq!(reasons(&recent), []);
        let shorter = ReviewThresholds {
            unused_days: 60,
            ..ReviewThresholds::default()
        };
        assert!(
            finding(&recent, now(), shorter).is_some(),
            "the threshold is a setting"
        );
        let unreadable = ApiKey {
            last_used: KeyDate::Unreadable("long ago".to_owned()),
            created: at(-400),
            ..tidy("unreadable")
        };
        assert_eq!(reasons(&unreadable), [], "neither old nor never used");
    }

    #[test]
    fn never_used_after_the_threshold_since_creation_is_named() {
        let idle = ApiKey {
            last_used: KeyDate::Absent,
            created: at(-30),
            ..tidy("idle")
        };
        assert_eq!(
            reasons(&idle),
            [Reason::NeverUsed {
                created: moment(-30)
            }]
        );
        let new = ApiKey {
            created: at(-29),
            ..idle.clone()
        };
        assert_eq!(reasons(&new), []);
        let unknown_creation = ApiKey {
            created: KeyDate::Unreadable("?".to_owned()),
            ..idle
        };
        assert_eq!(reasons(&unknown_creation), []);
    }

    #[test]
    fn an_expired_key_still_listed_is_named_and_can_only_be_deleted() {
        let expired = ApiKey {
            expires: at(-1),
            last_used: at(-200),
            ..key("expired")
        };
        let found = finding(&expired, now(), ReviewThresholds::default());
        let found = found.expect("named");
        assert_eq!(found.reasons, [Reason::Expired { at: moment(-1) }]);
        assert_eq!(found.fixes, [Fix::Delete]);
    }

    #[test]
    fn switched_off_and_unused_is_named_by_its_last_use() {
        let off = ApiKey {
            active: false,
            last_used: at(-90),
            ..tidy("off")
        };
        let found = finding(&off, now(), ReviewThresholds::default()).expect("named");
        let since = moment(-90);
        assert_eq!(
            found.reasons,
            [Reason::SwitchedOffUnused { since, used: true }]
        );
        assert_eq!(found.fixes, [Fix::Delete], "it is off already");
        let lately = ApiKey {
            last_used: at(-89),
            ..off.clone()
        };
        assert_eq!(reasons(&lately), []);
        let never = ApiKey {
            last_used: KeyDate::Absent,
            created: at(-90),
            ..off
        };
        let since = moment(-90);
        assert_eq!(
            reasons(&never),
            [Reason::SwitchedOffUnused { since, used: false }]
        );
        let wide_but_off = ApiKey {
            permissions: vec![],
            expires: KeyDate::Absent,
            ..tidy("wide but off")
        };
        let wide_but_off = ApiKey {
            active: false,
            ..wide_but_off
        };
        assert_eq!(
            reasons(&wide_but_off),
            [],
            "switched off, it grants nothing"
        );
    }

    #[test]
    fn an_active_key_may_break_two_rules_and_can_be_switched_off() {
        let both = ApiKey {
            permissions: vec![],
            expires: KeyDate::Absent,
            last_used: at(-120),
            ..tidy("both")
        };
        let found = finding(&both, now(), ReviewThresholds::default()).expect("named");
        assert_eq!(
            found.reasons,
            [
                Reason::FullAccessNoExpiry,
                Reason::Unused {
                    last_used: moment(-120)
                }
            ]
        );
        assert_eq!(found.fixes, [Fix::SwitchOff, Fix::Delete]);
    }

    #[test]
    fn review_keeps_the_keys_order_and_skips_tidy_ones() {
        let keys = [
            ApiKey {
                expires: at(-1),
                ..key("expired")
            },
            tidy("tidy"),
            ApiKey {
                permissions: vec![],
                expires: KeyDate::Absent,
                ..tidy("wide")
            },
        ];
        let ids: Vec<String> = review(&keys, now(), ReviewThresholds::default())
            .into_iter()
            .map(|finding| finding.key_id)
            .collect();
        assert_eq!(ids, ["id-expired", "id-wide"]);
    }

    #[test]
    fn thresholds_saved_without_a_field_get_its_default() {
        let old: ReviewThresholds = serde_json::from_str(r#"{"unused_days":60}"#).expect("reads");
        assert_eq!(old.unused_days, 60);
        assert_eq!(old.never_used_days, 30);
    }
}
