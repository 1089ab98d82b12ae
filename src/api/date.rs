//! Dates as DocSpace writes them (§3, "ApiDateTime format").
//!
//! `ApiDateTime` is `yyyy-MM-ddTHH:mm:ss.fffffff` in the portal's time zone,
//! followed by `Z` for a zero offset or `±hh:mm` otherwise. The login answer's
//! `expires` is a plain .NET `DateTime`, sometimes without any offset
//! (`0001-01-01T00:00:00`), which is read as UTC.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime, Offset, TimeZone, Timelike, Utc};

/// The years a portal can write: .NET's `DateTime` runs from 0001 to 9999.
/// Anything outside (chrono reads signed, six-digit years) is refused rather
/// than carried to code that shifts it by a time zone.
const YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

/// Parses an `ApiDateTime` string (any RFC 3339 offset, any number of fractional digits).
/// `None` for anything else, including years outside 0000–9999.
pub fn parse_api_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .ok()
        .or_else(|| parse_naive_utc(text).map(|utc| utc.fixed_offset()))
        .filter(|date| YEARS.contains(&date.year()))
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
