//! The properties the fuzz targets in `fuzz/` check, as plain functions: each fuzz target
//! calls one, and `tests/fuzz_properties.rs` runs the same ones on stable under proptest,
//! with the seed corpora (`fuzz/seeds/<target>/`) as regression inputs. Each function returns
//! when its property holds for the input and panics, saying why, when it does not.
//!
//! Not an API; hidden from the documentation. Nothing in the app calls these.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::date::{format_api_date, parse_api_date, parse_by_chrono, parse_login_expiry};
use crate::api::decode::{
    ArrivingKeys, LONGEST_PORTAL_MESSAGE, RawAnswer, decode, decode_keys, decode_payload,
    decode_through_values,
};
use crate::api::wire::ApiKeyDto;
use crate::api::{ApiError, PortalUrl};
use crate::cli::output::{write_keys_json, write_keys_table, write_records_json};
use crate::cli::terminal::acts_on;
use crate::domain::ApiKey;

/// The portal's host in every answer the properties decode.
const HOST: &str = "portal.example.com";

/// Any answer to `GET /api/2.0/keys`, through to what `keys list` prints. Decoding never
/// panics, and decoding as the answer arrives gives the same keys or gives up; the JSON
/// written for the keys is what serde_json writes for their records, valid JSON with one
/// object per key and nothing in it a terminal would act on; the table has no such
/// characters either.
///
/// Input: the body of a 200 answer.
pub fn key_list(body: &[u8]) {
    let answer = RawAnswer {
        status: 200,
        retry_after: None,
        body,
        host: HOST,
    };
    let decoded = decode_keys(answer);
    // Decoded as it arrives, in pieces of every size, it gives the same keys or nothing;
    // so it does on two threads, split at any key that seems to begin (a `{` after a `,`: at
    // a key, in a string, in the envelope's tail).
    let pieces = pieces(body);
    let seeming_keys = body
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| pair == b",{")
        .map(|(at, _)| at)
        .take(8);
    let split = seeming_keys.chain([body.len() / 2]).map(|near| {
        let mut keys = ArrivingKeys::new();
        keys.push_split_near(&pieces, near)
            .then(|| keys.finish())
            .flatten()
    });
    let utf8 = std::str::from_utf8(body).is_ok();
    for arrived in std::iter::once(in_pieces(&pieces)).chain(split) {
        if let Some(arrived) = arrived
            && utf8
        {
            match &decoded {
                Ok(keys) => assert!(keys == &arrived, "decoded as it arrived, the keys differ"),
                Err(err) => panic!("decoded as it arrived, but not whole: {err}"),
            }
        }
    }
    let Ok(keys) = decoded else {
        return;
    };

    let mut json = Vec::new();
    write_keys_json(&mut json, &keys).expect("writing to memory does not fail");
    let mut through_serde = Vec::new();
    write_records_json(&mut through_serde, &keys).expect("writing to memory does not fail");
    assert!(
        json == through_serde,
        "the JSON differs from serde_json's: {:?} against {:?}",
        String::from_utf8_lossy(&json),
        String::from_utf8_lossy(&through_serde)
    );
    let json = String::from_utf8(json).expect("the JSON is UTF-8");
    assert!(
        !json.chars().any(|c| acts_on(c) && c != '\n'),
        "the JSON would drive a terminal: {json:?}"
    );
    let printed: Value = serde_json::from_str(&json).expect("the printed JSON parses");
    let objects = printed.as_array().expect("the printed JSON is an array");
    assert_eq!(objects.len(), keys.len());
    for (object, key) in objects.iter().zip(&keys) {
        assert_eq!(object["id"], Value::from(key.id.as_str()));
        assert_eq!(object["name"], Value::from(key.name.as_str()));
    }

    let mut table = Vec::new();
    write_keys_table(&mut table, &keys).expect("writing to memory does not fail");
    let table = String::from_utf8(table).expect("the table is UTF-8");
    assert!(
        !table.chars().any(|c| acts_on(c) && c != '\n'),
        "the table would drive a terminal: {table:?}"
    );
}

/// `body` in pieces of 1, 2, 3, … 97 bytes, and again.
fn pieces(mut body: &[u8]) -> Vec<&[u8]> {
    let mut pieces = Vec::new();
    let mut size = 1;
    while !body.is_empty() {
        let (piece, rest) = body.split_at(size.min(body.len()));
        pieces.push(piece);
        body = rest;
        size = size % 97 + 1;
    }
    pieces
}

/// `pieces` decoded as they arrive.
fn in_pieces(pieces: &[&[u8]]) -> Option<Vec<ApiKey>> {
    let mut keys = ArrivingKeys::new();
    pieces
        .iter()
        .all(|piece| keys.push(piece))
        .then(|| keys.finish())
        .flatten()
}

/// Any status and body a portal can send. Decoding never panics; a body decoded in one
/// pass gives exactly what decoding it through `serde_json::Value`s gives (the same payload
/// or the same error) whenever a `Value` can hold the body (see `same_either_way`); and
/// each portal message kept for display is short and not empty.
///
/// Input: two bytes for the HTTP status (100–599, big-endian, taken modulo 500 above 100),
/// then the body.
pub fn envelope(data: &[u8]) {
    let Some((status, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let answer = RawAnswer {
        status: 100 + u16::from_be_bytes(*status) % 500,
        retry_after: None,
        body,
        host: HOST,
    };
    if let Err(err) = decode_payload(answer) {
        check_messages(&err);
    }
    same_either_way::<Vec<ApiKeyDto>>(answer);
    same_either_way::<Option<ApiKeyDto>>(answer);
    same_either_way::<bool>(answer);
}

/// The fast path (`decode`) and the slow one agree, payload for payload and error for error,
/// for every body that `serde_json::Value` can hold. A body that is well-formed JSON but
/// that `Value` refuses (a number too large for a float, a lone surrogate escape, nesting
/// deeper than 128) the slow path refuses whole; the fast path reads only the fields it uses
/// and skips the rest unchecked, so there it may accept what the slow path refuses, or
/// refuse for another reason. It must still never panic, and keep its messages short.
fn same_either_way<T: DeserializeOwned + Serialize>(answer: RawAnswer<'_>) {
    let fast = decode::<T>(answer);
    let slow = decode_through_values::<T>(answer);
    let beyond_values = serde_json::from_slice::<serde::de::IgnoredAny>(answer.body).is_ok()
        && serde_json::from_slice::<serde_json::Value>(answer.body).is_err();
    match (&fast, &slow) {
        (_, Err(_)) if beyond_values => {}
        (Ok(fast), Ok(slow)) => assert_eq!(
            serde_json::to_string(fast).ok(),
            serde_json::to_string(slow).ok(),
            "the two ways decode different payloads"
        ),
        (Err(fast), Err(slow)) => assert_eq!(fast, slow),
        _ => panic!(
            "one way succeeds and the other fails: {:?} / {:?}",
            fast.as_ref().err(),
            slow.as_ref().err()
        ),
    }
    if let Err(err) = fast {
        check_messages(&err);
    }
}

/// Every portal message an error keeps is not empty and at most
/// [`LONGEST_PORTAL_MESSAGE`] characters and an ellipsis; a validation error keeps 1–20.
fn check_messages(err: &ApiError) {
    let short = |text: &String| {
        assert!(!text.is_empty(), "an empty portal message is kept");
        assert!(
            text.chars().count() <= LONGEST_PORTAL_MESSAGE + 1,
            "a portal message of {} characters",
            text.chars().count()
        );
    };
    match err {
        ApiError::Unauthorized { message }
        | ApiError::Forbidden { message }
        | ApiError::Server { message, .. } => message.iter().for_each(short),
        ApiError::Validation { messages } => {
            assert!(!messages.is_empty() && messages.len() <= 20, "{messages:?}");
            messages.iter().for_each(short);
        }
        _ => {}
    }
}

/// Dates both ways.
///
/// Text (first byte even): `parse_api_date` never panics and reads what chrono alone reads,
/// in the same offset (its shortcut for DocSpace's own form changes nothing); a date it
/// accepts is in the years 0000–9999, and writing it as DocSpace does and reading that again
/// gives the same moment (to DocSpace's 100 ns) in the same offset.
///
/// Moment (first byte odd): any moment chrono can hold, written in a whole-minute offset (as
/// every real time zone is) with `format_api_date`, reads back as the same moment and offset
/// when its local year is in 0000–9999, and is refused otherwise. The bytes after the first:
/// seconds since 1970 (8, little-endian), nanoseconds (4, taken modulo 2 000 000 000, so
/// leap seconds too) and the offset in minutes (2, taken modulo 24 × 60).
pub fn api_date(data: &[u8]) {
    match data.split_first() {
        Some((mode, rest)) if mode % 2 == 0 => date_text(rest),
        Some((_, rest)) => date_moment(rest),
        None => {}
    }
}

fn date_text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_login_expiry(text);
    let read = parse_api_date(text);
    let by_chrono = parse_by_chrono(text);
    assert_eq!(read, by_chrono, "{text:?} read unlike chrono");
    assert_eq!(
        read.map(|date| *date.offset()),
        by_chrono.map(|date| *date.offset()),
        "{text:?} read in another offset than chrono's"
    );
    let Some(date) = read else {
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

fn date_moment(data: &[u8]) {
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

/// Any text typed as the portal's address. Parsing never panics; an accepted address is an
/// origin (no path, query, fragment or credentials), plain http only for this computer, and
/// reading it again gives the same address.
///
/// Input: the text, as UTF-8 (anything else is skipped).
pub fn portal_url(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(portal) = PortalUrl::parse(text) else {
        return;
    };
    let origin = portal.as_str();
    let rest = if let Some(rest) = origin.strip_prefix("https://") {
        rest
    } else if let Some(rest) = origin.strip_prefix("http://") {
        assert!(
            portal.is_loopback(),
            "plain http to another computer: {origin}"
        );
        rest
    } else {
        panic!("neither https nor http: {origin}");
    };
    assert!(!rest.is_empty(), "no host: {origin}");
    assert!(
        !rest.contains(['/', '?', '#', '@']),
        "more than an origin: {origin}"
    );
    assert_eq!(portal.to_string(), origin);
    assert_eq!(
        PortalUrl::parse(origin).as_ref(),
        Ok(&portal),
        "read again, {origin} is another address"
    );
    assert_eq!(
        portal.join("/api/2.0/keys"),
        format!("{origin}/api/2.0/keys")
    );
}
