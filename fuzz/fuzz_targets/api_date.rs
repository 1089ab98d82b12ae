//! Dates both ways.
//!
//! Text (first byte even): `parse_api_date` never panics; a date it accepts is in the years
//! 0000–9999, and writing it as DocSpace does and reading that again gives the same moment
//! (to DocSpace's 100 ns) in the same offset.
//!
//! Moment (first byte odd): any moment chrono can hold, written in a whole-minute offset (as
//! every real time zone is) with `format_api_date`, reads back as the same moment and offset
//! when its local year is in 0000–9999, and is refused otherwise.

#![no_main]

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use docspace_keys::api::date::{format_api_date, parse_api_date, parse_login_expiry};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((mode, rest)) if mode % 2 == 0 => text(rest),
        Some((_, rest)) => moment(rest),
        None => {}
    }
});

fn text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_login_expiry(text);
    let Some(date) = parse_api_date(text) else {
        return;
    };
    assert!((0..=9999).contains(&date.year()), "{text:?} gave {date:?}");
    let written = format_api_date(&date, *date.offset());
    assert_eq!(
        parse_api_date(&written),
        Some(to_ticks(date)),
        "{text:?} was written as {written:?}"
    );
}

fn moment(data: &[u8]) {
    let Some((seconds, rest)) = data.split_first_chunk::<8>() else {
        return;
    };
    let Some((nanos, rest)) = rest.split_first_chunk::<4>() else {
        return;
    };
    let Some((minutes, _)) = rest.split_first_chunk::<2>() else {
        return;
    };
    // Anything chrono holds, leap seconds included (nanoseconds up to 1 999 999 999).
    let Some(moment) = DateTime::<Utc>::from_timestamp(
        i64::from_le_bytes(*seconds),
        u32::from_le_bytes(*nanos) % 2_000_000_000,
    ) else {
        return;
    };
    // Offsets of up to ±23:59, in whole minutes.
    let minutes = i32::from(i16::from_le_bytes(*minutes)) % (24 * 60);
    let zone = FixedOffset::east_opt(minutes * 60).expect("under a day");
    let written = format_api_date(&moment, zone);
    let read = parse_api_date(&written);
    let year = moment.with_timezone(&zone).year();
    if (0..=9999).contains(&year) {
        assert_eq!(
            read,
            Some(to_ticks(moment.with_timezone(&zone))),
            "{moment:?} in {zone} was written as {written:?}"
        );
    } else {
        assert_eq!(read, None, "year {year} was read back from {written:?}");
    }
}

/// The moment as DocSpace can write it: in ticks of 100 ns.
fn to_ticks(date: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let nanos = date.nanosecond() / 100 * 100;
    date.with_nanosecond(nanos)
        .expect("fewer nanoseconds are valid")
}
