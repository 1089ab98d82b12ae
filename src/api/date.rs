//! Dates as DocSpace writes them (§3, "ApiDateTime format").
//!
//! `ApiDateTime` is `yyyy-MM-ddTHH:mm:ss.fffffff` in the portal's time zone,
//! followed by `Z` for a zero offset or `±hh:mm` otherwise. The login answer's
//! `expires` is a plain .NET `DateTime`, sometimes without any offset
//! (`0001-01-01T00:00:00`), which is read as UTC.

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc,
};

/// The years a portal can write: .NET's `DateTime` runs from 0001 to 9999.
/// Anything outside (chrono reads signed, six-digit years) is refused rather
/// than carried to code that shifts it by a time zone.
const YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Parses an `ApiDateTime` string (any RFC 3339 offset, any number of fractional digits).
/// `None` for anything else, including years outside 0000–9999.
pub fn parse_api_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    // Four digits: always in YEARS.
    parse_as_docspace_writes(text.as_bytes()).or_else(|| parse_by_chrono(text))
}

/// [`parse_api_date`] by chrono alone: its RFC 3339 parser, then the offset-less form. What
/// the shortcut reads, it reads as this does (the tests and the `api_date` fuzz property
/// check that).
pub(crate) fn parse_by_chrono(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .ok()
        .or_else(|| parse_naive_utc(text).map(|utc| utc.fixed_offset()))
        .filter(|date| YEARS.contains(&date.year()))
}

/// Reads a date written exactly as DocSpace writes it (`2026-07-01T13:00:00.0000000+03:00`:
/// a four-digit year, `T`, up to nine fractional digits, `Z` or `±hh:mm` with hours to 23),
/// as chrono's RFC 3339 parser reads it, but without its general machinery: a list of
/// 100 000 keys has 300 000 dates. `None` for anything else, which is then left to chrono,
/// as is every value out of range (a month 13, a leap second, a 30 February).
fn parse_as_docspace_writes(text: &[u8]) -> Option<DateTime<FixedOffset>> {
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        m0,
        m1,
        b'-',
        d0,
        d1,
        b'T',
        h0,
        h1,
        b':',
        i0,
        i1,
        b':',
        s0,
        s1,
        rest @ ..,
    ] = text
    else {
        return None;
    };
    let year = number(&[*y0, *y1, *y2, *y3])?;
    let (month, day) = (number(&[*m0, *m1])?, number(&[*d0, *d1])?);
    let (hour, minute, second) = (
        number(&[*h0, *h1])?,
        number(&[*i0, *i1])?,
        number(&[*s0, *s1])?,
    );
    let (nanos, zone) = match rest {
        [b'.', rest @ ..] => {
            let digits = rest.iter().take_while(|byte| byte.is_ascii_digit()).count();
            if !(1..=9).contains(&digits) {
                return None;
            }
            let fraction = number(&rest[..digits])? * 10u32.pow(9 - digits as u32);
            (fraction, &rest[digits..])
        }
        _ => (0, rest),
    };
    let offset = match zone {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), h0, h1, b':', m0, m1] => {
            let (hours, minutes) = (number(&[*h0, *h1])?, number(&[*m0, *m1])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let east = (hours * 3600 + minutes * 60) as i32;
            if *sign == b'-' { -east } else { east }
        }
        _ => return None,
    };
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let local = NaiveDate::from_ymd_opt(year as i32, month, day)?
        .and_hms_nano_opt(hour, minute, second, nanos)?;
    FixedOffset::east_opt(offset)?
        .from_local_datetime(&local)
        .single()
}

/// The decimal number `digits` spell, if they are all digits.
#[inline(always)]
fn number(digits: &[u8]) -> Option<u32> {
    let mut value = 0;
    for &byte in digits {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(byte - b'0');
    }
    Some(value)
}

/// Parses the login `expires` field. `0001-01-01T00:00:00` (session sign-in, or
/// a two-factor step) means "no expiry given" and yields `None`.
pub fn parse_login_expiry(text: &str) -> Option<DateTime<Utc>> {
    let parsed = parse_api_date(text)?.with_timezone(&Utc);
    (parsed.timestamp() > 0).then_some(parsed)
}

fn parse_naive_utc(text: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|naive| Utc.from_utc_datetime(&naive))
}

/// Writes a moment the way DocSpace does, in the given portal time zone.
pub fn format_api_date<Tz: TimeZone>(moment: &DateTime<Tz>, zone: FixedOffset) -> String {
    let local = moment.with_timezone(&zone);
    let stem = seven_digit_stem(&local);
    if zone.fix().local_minus_utc() == 0 {
        format!("{stem}Z")
    } else {
        format!("{stem}{}", local.format("%:z"))
    }
}

/// Writes a .NET UTC `DateTime` as the login answer does (`…1234567Z`).
pub fn format_login_expiry(moment: &DateTime<Utc>) -> String {
    format!("{}Z", seven_digit_stem(moment))
}

/// `yyyy-MM-ddTHH:mm:ss.fffffff`: .NET writes ticks of 100 ns, seven digits.
fn seven_digit_stem<Tz: TimeZone>(moment: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let ticks = moment.nanosecond() % 1_000_000_000 / 100;
    format!("{}.{ticks:07}", moment.format("%Y-%m-%dT%H:%M:%S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_seven_fractional_digits_with_offset() {
        let date = parse_api_date("2026-07-01T13:00:00.0000000+03:00").unwrap();
        assert_eq!(date.to_rfc3339(), "2026-07-01T13:00:00+03:00");
        assert_eq!(
            date.with_timezone(&Utc).to_rfc3339(),
            "2026-07-01T10:00:00+00:00"
        );
    }

    #[test]
    fn reads_zulu_negative_offsets_and_no_offset() {
        assert!(parse_api_date("2026-07-31T10:00:00.1234567Z").is_some());
        let west = parse_api_date("2026-07-31T10:00:00.0000000-05:30").unwrap();
        assert_eq!(west.offset().local_minus_utc(), -(5 * 3600 + 1800));
        let naive = parse_api_date("2026-07-31T10:00:00").unwrap();
        assert_eq!(naive.to_rfc3339(), "2026-07-31T10:00:00+00:00");
        assert!(parse_api_date("yesterday").is_none());
        assert!(parse_api_date("").is_none());
    }

    #[test]
    fn years_outside_0000_to_9999_are_refused_and_the_edges_round_trip() {
        // Found by fuzzing: chrono reads these signed, extended years.
        assert_eq!(parse_api_date("-262143-01-01T00:00:00"), None);
        assert_eq!(parse_api_date("+262142-12-31T23:59:59"), None);
        assert_eq!(parse_api_date("10000-01-01T00:00:00"), None);
        let zone = FixedOffset::east_opt(0).unwrap();
        for text in [
            "0000-01-01T00:00:00.0000000Z",
            "9999-12-31T23:59:59.9999999Z",
        ] {
            let date = parse_api_date(text).expect("an edge year parses");
            assert_eq!(format_api_date(&date, zone), text);
        }
    }

    #[test]
    fn dates_are_read_as_chrono_reads_them() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % below
        };
        let fractions = [
            "",
            ".",
            ".0000000",
            ".1234567",
            ".5",
            ".123456789",
            ".1234567891",
            ".12a",
        ];
        let offsets = [
            "Z", "z", "+03:00", "-05:30", "+00:00", "-00:00", "+23:59", "-23:59", "+24:00",
            "+14:60", "+0300", "+03", "", " ", "Z ", "+03:00x", "+3:00", "GMT",
        ];
        let (mut same, mut taken) = (0, 0);
        for round in 0..60_000 {
            // Mostly real dates; now and then a value out of range.
            let wide = round % 5 == 0;
            let year = if wide { next(10_000) } else { 1990 + next(60) };
            let month = if wide { next(100) } else { 1 + next(12) };
            let day = if wide { next(100) } else { 1 + next(31) };
            let hour = if wide { next(100) } else { next(24) };
            let (minute, second) = if wide {
                (next(100), next(100))
            } else {
                (next(60), next(60))
            };
            let fraction = fractions[next(fractions.len() as u64) as usize];
            let offset = offsets[next(offsets.len() as u64) as usize];
            let mut text = format!(
                "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{fraction}{offset}"
            )
            .into_bytes();
            // And now and then one byte changed, dropped or the text cut short.
            match next(12) {
                0 => {
                    let at = next(text.len() as u64) as usize;
                    text[at] = b"0123456789-:T.Z+ x"[next(18) as usize];
                }
                1 => {
                    text.remove(next(text.len() as u64) as usize);
                }
                2 => text.truncate(next(text.len() as u64) as usize),
                _ => {}
            }
            let text = String::from_utf8(text).unwrap();
            let read = parse_api_date(&text);
            assert_eq!(read, parse_by_chrono(&text), "{text:?}");
            assert_eq!(
                read.map(|date| *date.offset()),
                parse_by_chrono(&text).map(|date| *date.offset()),
                "{text:?}"
            );
            same += 1;
            taken += usize::from(parse_as_docspace_writes(text.as_bytes()).is_some());
        }
        // About one in seven is written as DocSpace writes: those are the shortcut's.
        assert!(taken > same / 10, "the shortcut read {taken} of {same}");
        for text in [
            "2026-07-01T13:00:00.0000000+03:00",
            "2026-07-31T10:00:00.1234567Z",
            "2026-07-31T10:00:00-05:30",
        ] {
            assert!(
                parse_as_docspace_writes(text.as_bytes()).is_some(),
                "{text}"
            );
        }
    }

    #[test]
    fn login_expiry_of_year_one_means_none() {
        assert_eq!(parse_login_expiry("0001-01-01T00:00:00"), None);
        let real = parse_login_expiry("2026-07-31T10:00:00.1234567Z").unwrap();
        assert_eq!(real.timestamp_subsec_nanos(), 123_456_700);
    }

    #[test]
    fn writes_portal_zone_and_z_for_utc() {
        let moment = Utc.with_ymd_and_hms(2026, 7, 1, 10, 0, 0).unwrap();
        let msk = FixedOffset::east_opt(3 * 3600).unwrap();
        assert_eq!(
            format_api_date(&moment, msk),
            "2026-07-01T13:00:00.0000000+03:00"
        );
        let utc = FixedOffset::east_opt(0).unwrap();
        assert_eq!(
            format_api_date(&moment, utc),
            "2026-07-01T10:00:00.0000000Z"
        );
        assert_eq!(format_login_expiry(&moment), "2026-07-01T10:00:00.0000000Z");
    }
}
