//! Plain-English relative times ("3 hours ago", "in 5 days") and local dates, given `now`.
//!
//! Relative times count whole elapsed periods, rounded down: 23 hours is "23 hours ago", 47
//! hours is "yesterday" (one whole day), whatever the calendar dates are. That keeps them
//! independent of the time zone; the absolute date form takes the zone explicitly.

use chrono::{DateTime, NaiveDateTime, Offset, TimeZone, Utc};

/// What a date reads as when it cannot be shown in the display zone (a year
/// far outside the calendar a portal could mean).
pub const UNKNOWN_DATE: &str = "unknown";

/// Moments closer to now than this many days are shown relatively by [`moment_text`].
pub const RELATIVE_WITHIN_DAYS: u64 = 30;

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;

/// "just now", "5 minutes ago", "yesterday", "3 days ago", "2 weeks ago", "4 months ago",
/// "2 years ago", or for moments ahead "in 5 minutes", "tomorrow", "in 5 days". Moments less
/// than a minute away in either direction are "just now".
pub fn relative_time<Tz: TimeZone>(moment: DateTime<Tz>, now: DateTime<Utc>) -> String {
    match relative_moment(moment, now) {
        Relative::JustNow => "just now".to_owned(),
        Relative::Ago(Span::OneDay) => "yesterday".to_owned(),
        Relative::In(Span::OneDay) => "tomorrow".to_owned(),
        Relative::Ago(span) => format!("{} ago", span.text()),
        Relative::In(span) => format!("in {}", span.text()),
    }
}

/// Where a moment lies from now, in words' terms: the window says it in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Less than a minute away, either way.
    JustNow,
    Ago(Span),
    In(Span),
}

/// How far `moment` is from `now`, in whole periods rounded down (see [`relative_time`]).
pub fn relative_moment<Tz: TimeZone>(moment: DateTime<Tz>, now: DateTime<Utc>) -> Relative {
    let seconds = now
        .signed_duration_since(moment.with_timezone(&Utc))
        .num_seconds();
    if seconds.unsigned_abs() < MINUTE {
        return Relative::JustNow;
    }
    let span = elapsed_span(seconds.unsigned_abs());
    if seconds > 0 {
        Relative::Ago(span)
    } else {
        Relative::In(span)
    }
}

/// Whether `moment` is near enough to `now` to be shown relatively by [`moment_text`].
pub fn is_recent<Tz: TimeZone>(moment: &DateTime<Tz>, now: DateTime<Utc>) -> bool {
    now.signed_duration_since(moment.with_timezone(&Utc))
        .num_seconds()
        .unsigned_abs()
        < RELATIVE_WITHIN_DAYS * DAY
}

/// The moment as the key grid shows it: relative when it is less than
/// [`RELATIVE_WITHIN_DAYS`] days from now, otherwise its date in `zone` (`2026-07-31`).
pub fn moment_text<Tz: TimeZone, Zone: TimeZone>(
    moment: DateTime<Tz>,
    now: DateTime<Utc>,
    zone: &Zone,
) -> String {
    if is_recent(&moment, now) {
        relative_time(moment, now)
    } else {
        local_date(moment, zone)
    }
}

/// The moment's date in `zone`: `2026-07-31`, or [`UNKNOWN_DATE`].
pub fn local_date<Tz: TimeZone, Zone: TimeZone>(moment: DateTime<Tz>, zone: &Zone) -> String {
    in_zone(&moment, zone).map_or_else(
        || UNKNOWN_DATE.to_owned(),
        |local| local.format("%Y-%m-%d").to_string(),
    )
}

/// The moment's date and time in `zone`, to the minute: `2026-07-31 13:00`, or
/// [`UNKNOWN_DATE`]. For tooltips.
pub fn local_date_time<Tz: TimeZone, Zone: TimeZone>(moment: DateTime<Tz>, zone: &Zone) -> String {
    in_zone(&moment, zone).map_or_else(
        || UNKNOWN_DATE.to_owned(),
        |local| local.format("%Y-%m-%d %H:%M").to_string(),
    )
}

/// The wall-clock time of `moment` in `zone`; `None` when that falls outside
/// what chrono can represent (a moment at the edge of its range, shifted by the
/// zone's offset), where `with_timezone(..).naive_local()` would panic.
pub fn in_zone<Tz: TimeZone, Zone: TimeZone>(
    moment: &DateTime<Tz>,
    zone: &Zone,
) -> Option<NaiveDateTime> {
    let utc = moment.naive_utc();
    let offset = zone.offset_from_utc_datetime(&utc).fix();
    utc.checked_add_offset(offset)
}

/// A distance in time, in the largest unit that fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Minutes(u64),
    Hours(u64),
    OneDay,
    Days(u64),
    Weeks(u64),
    Months(u64),
    Years(u64),
}

fn elapsed_span(seconds: u64) -> Span {
    let days = seconds / DAY;
    match days {
        0 if seconds < HOUR => Span::Minutes(seconds / MINUTE),
        0 => Span::Hours(seconds / HOUR),
        1 => Span::OneDay,
        2..7 => Span::Days(days),
        7..30 => Span::Weeks(days / 7),
        30..365 => Span::Months(days / 30),
        _ => Span::Years(days / 365),
    }
}

impl Span {
    fn text(self) -> String {
        match self {
            Span::Minutes(count) => counted(count, "minute"),
            Span::Hours(count) => counted(count, "hour"),
            Span::OneDay => counted(1, "day"),
            Span::Days(count) => counted(count, "day"),
            Span::Weeks(count) => counted(count, "week"),
            Span::Months(count) => counted(count, "month"),
            Span::Years(count) => counted(count, "year"),
        }
    }
}

/// "1 minute", "5 minutes".
fn counted(count: u64, unit: &str) -> String {
    if count == 1 {
        format!("1 {unit}")
    } else {
        format!("{count} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::now;
    use chrono::{FixedOffset, TimeDelta};

    fn ago(delta: TimeDelta) -> String {
        relative_time(now() - delta, now())
    }

    fn ahead(delta: TimeDelta) -> String {
        relative_time(now() + delta, now())
    }

    fn offset(hours: i32) -> FixedOffset {
        FixedOffset::east_opt(hours * 3600).expect("valid offset")
    }

    #[test]
    fn under_a_minute_either_way_is_just_now() {
        assert_eq!(ago(TimeDelta::zero()), "just now");
        assert_eq!(ago(TimeDelta::seconds(59)), "just now");
        assert_eq!(ahead(TimeDelta::seconds(59)), "just now");
    }

    #[test]
    fn past_moments_use_the_largest_whole_unit() {
        assert_eq!(ago(TimeDelta::minutes(1)), "1 minute ago");
        assert_eq!(ago(TimeDelta::minutes(5)), "5 minutes ago");
        assert_eq!(ago(TimeDelta::minutes(59)), "59 minutes ago");
        assert_eq!(ago(TimeDelta::hours(1)), "1 hour ago");
        assert_eq!(ago(TimeDelta::hours(3)), "3 hours ago");
        assert_eq!(ago(TimeDelta::hours(23)), "23 hours ago");
        assert_eq!(ago(TimeDelta::days(3)), "3 days ago");
        assert_eq!(ago(TimeDelta::days(7)), "1 week ago");
        assert_eq!(ago(TimeDelta::days(14)), "2 weeks ago");
        assert_eq!(ago(TimeDelta::days(29)), "4 weeks ago");
        assert_eq!(ago(TimeDelta::days(30)), "1 month ago");
        assert_eq!(ago(TimeDelta::days(120)), "4 months ago");
        assert_eq!(ago(TimeDelta::days(365)), "1 year ago");
        assert_eq!(ago(TimeDelta::days(800)), "2 years ago");
    }

    #[test]
    fn one_whole_day_ago_is_yesterday() {
        assert_eq!(ago(TimeDelta::hours(24)), "yesterday");
        assert_eq!(ago(TimeDelta::hours(47)), "yesterday");
        assert_eq!(ago(TimeDelta::hours(48)), "2 days ago");
    }

    #[test]
    fn future_moments_read_in_and_tomorrow() {
        assert_eq!(ahead(TimeDelta::minutes(5)), "in 5 minutes");
        assert_eq!(ahead(TimeDelta::hours(2)), "in 2 hours");
        assert_eq!(ahead(TimeDelta::hours(30)), "tomorrow");
        assert_eq!(ahead(TimeDelta::days(5)), "in 5 days");
        assert_eq!(ahead(TimeDelta::days(21)), "in 3 weeks");
        assert_eq!(ahead(TimeDelta::days(90)), "in 3 months");
    }

    #[test]
    fn offset_of_the_moment_does_not_change_the_distance() {
        let moment = (now() - TimeDelta::hours(3)).with_timezone(&offset(3));
        assert_eq!(relative_time(moment, now()), "3 hours ago");
    }

    #[test]
    fn recent_moments_are_relative_and_older_ones_a_local_date() {
        let zone = offset(3);
        assert_eq!(
            moment_text(now() - TimeDelta::days(29), now(), &zone),
            "4 weeks ago"
        );
        assert_eq!(
            moment_text(now() - TimeDelta::days(30), now(), &zone),
            "2026-06-01"
        );
        assert_eq!(
            moment_text(now() + TimeDelta::days(30), now(), &zone),
            "2026-07-31"
        );
    }

    #[test]
    fn moments_at_the_edge_of_the_calendar_read_unknown_in_any_zone() {
        // Found by fuzzing: these made `with_timezone(..).naive_local()` overflow.
        let earliest = DateTime::<Utc>::MIN_UTC.fixed_offset();
        let latest = DateTime::<Utc>::MAX_UTC.fixed_offset();
        assert_eq!(local_date(earliest, &offset(-5)), UNKNOWN_DATE);
        assert_eq!(local_date_time(latest, &offset(9)), UNKNOWN_DATE);
        for moment in [earliest, latest] {
            for zone in [offset(-12), offset(0), offset(14)] {
                local_date(moment, &zone);
                local_date_time(moment, &zone);
                moment_text(moment, now(), &zone);
            }
            local_date(moment, &chrono::Local);
            moment_text(moment, now(), &chrono::Local);
            assert!(relative_time(moment, now()).contains("years"));
        }
        assert_eq!(
            local_date(earliest, &offset(0)),
            earliest.format("%Y-%m-%d").to_string()
        );
    }

    #[test]
    fn local_date_uses_the_display_zone() {
        let late_evening_utc = Utc
            .with_ymd_and_hms(2026, 7, 31, 22, 30, 0)
            .single()
            .expect("valid date");
        assert_eq!(local_date(late_evening_utc, &offset(0)), "2026-07-31");
        assert_eq!(local_date(late_evening_utc, &offset(3)), "2026-08-01");
        assert_eq!(
            local_date_time(late_evening_utc, &offset(-5)),
            "2026-07-31 17:30"
        );
    }
}
