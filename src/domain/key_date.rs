//! A date the portal gives for a key: given, left out, or given in a form the app cannot read.
//!
//! The three must stay apart. A left-out `expiresAt` means "never expires" and a left-out
//! `lastUsed` "never used"; a date the app cannot read (not a date at all, or a year outside
//! 0000–9999) means neither, and is shown and counted as "unknown".

use chrono::{DateTime, FixedOffset, Utc};

/// One of a key's dates, as the portal listed it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum KeyDate {
    /// The portal left the field out (or sent `null`).
    #[default]
    Absent,
    /// A date, in the portal's time zone.
    Known(DateTime<FixedOffset>),
    /// Text that is not a date the app can read, kept as the portal sent it.
    Unreadable(String),
}

impl KeyDate {
    /// The date, when there is one the app can read.
    pub fn known(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            KeyDate::Known(date) => Some(*date),
            KeyDate::Absent | KeyDate::Unreadable(_) => None,
        }
    }

    /// True when the portal left the field out.
    pub fn is_absent(&self) -> bool {
        matches!(self, KeyDate::Absent)
    }

    /// True when the portal sent something the app cannot read as a date.
    pub fn is_unreadable(&self) -> bool {
        matches!(self, KeyDate::Unreadable(_))
    }

    /// The same, in UTC and without the unreadable text: what sorting and counting need.
    pub fn moment(&self) -> Moment {
        match self {
            KeyDate::Absent => Moment::Absent,
            KeyDate::Known(date) => Moment::At(date.to_utc()),
            KeyDate::Unreadable(_) => Moment::Unknown,
        }
    }
}

impl From<DateTime<FixedOffset>> for KeyDate {
    fn from(date: DateTime<FixedOffset>) -> KeyDate {
        KeyDate::Known(date)
    }
}

impl From<Option<DateTime<FixedOffset>>> for KeyDate {
    fn from(date: Option<DateTime<FixedOffset>>) -> KeyDate {
        date.map_or(KeyDate::Absent, KeyDate::Known)
    }
}

/// A [`KeyDate`] in UTC, small enough to copy: the form rows keep and compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moment {
    /// Not given.
    Absent,
    At(DateTime<Utc>),
    /// Given, but not readable.
    Unknown,
}

impl Moment {
    /// The moment, when known.
    pub fn at(self) -> Option<DateTime<Utc>> {
        match self {
            Moment::At(at) => Some(at),
            Moment::Absent | Moment::Unknown => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_kinds_stay_apart() {
        let date = DateTime::parse_from_rfc3339("2026-07-01T13:00:00+03:00").unwrap();
        let known = KeyDate::from(date);
        assert_eq!(known.known(), Some(date));
        assert_eq!(known.moment().at(), Some(date.to_utc()));
        let absent = KeyDate::from(None);
        assert!(absent.is_absent() && !absent.is_unreadable());
        assert_eq!(absent.moment(), Moment::Absent);
        let unreadable = KeyDate::Unreadable("yesterday".to_owned());
        assert!(unreadable.is_unreadable() && !unreadable.is_absent());
        assert_eq!(unreadable.known(), None);
        assert_eq!(unreadable.moment(), Moment::Unknown);
        assert_eq!(unreadable.moment().at(), None);
    }
}
