//! A date the portal gives for a key: given, left out, or given in a form the app cannot read.
//!
//! The three must stay apart. A left-out `expiresAt` means "never expires" and a left-out
//! `lastUsed` "never used"; a date the app cannot read (not a date at all, or a year outside
//! 0000–9999) means neither, and is shown and counted as "unknown".

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

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

/// Writes `date` as [`DateTime::to_rfc3339`] does (seconds, the fraction only when there is
/// one, in 3, 6 or 9 digits, and the offset as `+HH:MM`), without making a `String` of it: a
/// list of 100 000 keys writes 300 000 dates. Dates chrono writes otherwise (a year outside
/// 0000–9999, a leap second, an offset with seconds) are left to chrono.
pub fn write_rfc3339(out: &mut Vec<u8>, date: &DateTime<FixedOffset>) {
    let offset = date.offset().local_minus_utc();
    // Each of a `DateTime`'s fields works out the local time anew: once here.
    let local = date.naive_local();
    let nanos = local.nanosecond();
    if !(0..=9999).contains(&local.year()) || nanos >= 1_000_000_000 || offset % 60 != 0 {
        out.extend_from_slice(date.to_rfc3339().as_bytes());
        return;
    }
    let year = local.year() as u32;
    two_digits(out, year / 100);
    two_digits(out, year % 100);
    for (separator, value) in [
        (b'-', local.month()),
        (b'-', local.day()),
        (b'T', local.hour()),
        (b':', local.minute()),
        (b':', local.second()),
    ] {
        out.push(separator);
        two_digits(out, value);
    }
    if nanos != 0 {
        out.push(b'.');
        let (value, width) = if nanos.is_multiple_of(1_000_000) {
            (nanos / 1_000_000, 3)
        } else if nanos.is_multiple_of(1000) {
            (nanos / 1000, 6)
        } else {
            (nanos, 9)
        };
        let mut digits = [b'0'; 9];
        let mut rest = value;
        for digit in digits[..width].iter_mut().rev() {
            *digit = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        out.extend_from_slice(&digits[..width]);
    }
    out.push(if offset < 0 { b'-' } else { b'+' });
    let minutes = offset.unsigned_abs() / 60;
    two_digits(out, minutes / 60);
    out.push(b':');
    two_digits(out, minutes % 60);
}

/// `value` (below 100) in two digits.
#[inline(always)]
fn two_digits(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&[b'0' + (value / 10) as u8, b'0' + (value % 10) as u8]);
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

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        use chrono::TimeZone;
        let offsets = [
            0,
            3 * 3600,
            -(5 * 3600 + 30 * 60),
            14 * 3600,
            -12 * 3600,
            45 * 60,
            59,
            -3601,
        ];
        let fractions = [
            0,
            1,
            999_999_999,
            120_000_000,
            5_000,
            123_456_789,
            1_000_000,
            1_500_000_000,
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut checked = 0;
        for moment in [
            -62_167_219_200_i64,
            -62_167_219_201,
            0,
            1_782_900_000,
            253_402_300_799,
            253_402_300_800,
        ]
        .into_iter()
        .chain((0..500).map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 320_000_000_000) as i64 - 62_167_219_200 - 1_000_000_000
        })) {
            for offset in offsets {
                for nanos in fractions {
                    let zone = FixedOffset::east_opt(offset).unwrap();
                    let Some(date) = zone.timestamp_opt(moment, nanos).single() else {
                        continue;
                    };
                    let mut written = Vec::new();
                    write_rfc3339(&mut written, &date);
                    assert_eq!(String::from_utf8(written).unwrap(), date.to_rfc3339());
                    checked += 1;
                }
            }
        }
        assert!(checked > 20_000, "{checked}");
    }
}
