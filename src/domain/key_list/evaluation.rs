//! The span of time in which no key of a [`super::KeyList`] changes its expiry status.

use chrono::{DateTime, TimeDelta, Utc};

use crate::domain::EXPIRING_SOON_DAYS;

/// The moment the time-dependent values were evaluated at, and the span around it in which no
/// key's expiry status changes.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Evaluation {
    pub(super) at: DateTime<Utc>,
    /// Inclusive; `None` is unbounded.
    steady_from: Option<DateTime<Utc>>,
    /// Exclusive; `None` is unbounded.
    steady_until: Option<DateTime<Utc>>,
}

impl Evaluation {
    pub(super) fn starting(at: DateTime<Utc>) -> Evaluation {
        Evaluation {
            at,
            steady_from: None,
            steady_until: None,
        }
    }

    /// True when no key's expiry status differs between `now` and the evaluation moment.
    pub(super) fn covers(&self, now: DateTime<Utc>) -> bool {
        self.steady_from.is_none_or(|from| from <= now)
            && self.steady_until.is_none_or(|until| now < until)
    }

    /// Shrinks the steady span to exclude the moments a key with this expiry changes status.
    pub(super) fn narrow(&mut self, expires: Option<DateTime<Utc>>) {
        let Some(expires) = expires else {
            return;
        };
        let expiring_soon = expires.checked_sub_signed(TimeDelta::days(EXPIRING_SOON_DAYS));
        for change in [expiring_soon, Some(expires)].into_iter().flatten() {
            if change <= self.at {
                self.steady_from = Some(self.steady_from.map_or(change, |from| from.max(change)));
            } else {
                self.steady_until =
                    Some(self.steady_until.map_or(change, |until| until.min(change)));
            }
        }
    }
}
