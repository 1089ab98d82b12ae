//! The fuzz targets' properties on stable, under proptest. `fuzz/fuzz_targets/*.rs` and these
//! tests call the very same functions (`docspace_keys::fuzzing`), so what the fuzzer checks on
//! nightly is checked here under every `cargo test`:
//!
//! - every seed in `fuzz/seeds/<target>/`, as it is: the corpus is a regression suite;
//! - arbitrary bytes;
//! - inputs built to reach deep: DocSpace envelopes and key objects with hostile strings
//!   (controls, escape sequences, huge text), wrong types, nulls and odd numbers; dates around
//!   DocSpace's format and moments near the ends of the years it can write; portal addresses
//!   from schemes, user names, hosts, ports, paths and whitespace.
//!
//! The case counts are bounded so that the file runs in well under a minute in a debug build;
//! `PROPTEST_CASES`, when set, replaces them all. Failures are not written anywhere: an input
//! that fails here must be added to `fuzz/seeds/<target>/` as a regression file, in the
//! target's input format (for `envelope` the two status bytes first, for `api_date` the mode
//! byte first), where the seed test below and the fuzzer both keep it.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};
use docspace_keys::api::date::format_api_date;
use docspace_keys::fuzzing;
use proptest::collection::vec;
use proptest::option::weighted;
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// The test's own case count unless `PROPTEST_CASES` is set; no failure persistence.
fn config(cases: u32) -> ProptestConfig {
    // The default reads the `PROPTEST_*` environment variables.
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config.failure_persistence = None;
    config
}

/// A target's input, shown as a byte string when proptest reports it (to copy into a seed).
#[derive(Clone)]
struct Input(Vec<u8>);

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "b\"{}\"", self.0.escape_ascii())
    }
}

impl std::ops::Deref for Input {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

/// Arbitrary bytes, up to `most`.
fn bytes(most: usize) -> impl Strategy<Value = Input> {
    vec(any::<u8>(), 0..=most).prop_map(Input)
}

// ---------------------------------------------------------------------------------------
// The seed corpora.

/// Runs `property` on every file in `fuzz/seeds/<target>/`, which must hold at least one.
fn every_seed(target: &str, property: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no seeds in {}", dir.display());
    for path in paths {
        let input = fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        if let Err(panic) = catch_unwind(AssertUnwindSafe(|| property(&input))) {
            eprintln!("the seed {} fails its property", path.display());
            resume_unwind(panic);
        }
    }
}

#[test]
fn every_key_list_seed_holds() {
    every_seed("key_list", fuzzing::key_list);
}

#[test]
fn every_envelope_seed_holds() {
    every_seed("envelope", fuzzing::envelope);
}

#[test]
fn every_api_date_seed_holds() {
    every_seed("api_date", fuzzing::api_date);
}

#[test]
fn every_portal_url_seed_holds() {
    every_seed("portal_url", fuzzing::portal_url);
}

// ---------------------------------------------------------------------------------------
// Hostile text.

/// Pieces a hostile or broken portal might send: terminal escape sequences, controls,
/// bidirectional overrides, quotes and the ordinary text they hide among.
const PIECES: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;owned\u{7}",
    "\u{1b}[2J\u{1b}[H",
    "\u{1b}P+q\u{1b}\\",
    "\u{9b}1m",
    "\u{9d}8;;http://x\u{9c}",
    "\r",
    "\n",
    "\t",
    "\0",
    "\u{7f}",
    "\u{8}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "\u{fffd}",
    "e\u{301}",
    "\u{1f600}",
    "日本語",
    "\"",
    "\\",
    "'",
    " ",
    "%s%n",
    "{{name}}",
    "<script>",
    "sk-***1a2b",
    "Rust desktop client",
    "files:read",
    "*",
    "2026-07-01T13:00:00.0000000+03:00",
    "3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b",
];

fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => proptest::char::range(' ', '~'),
        2 => any::<char>(),
        1 => proptest::char::range('\0', '\u{1f}'),
        1 => proptest::char::range('\u{7f}', '\u{9f}'),
        1 => select(vec!['\u{1b}', '\u{202e}', '\u{200b}', '\u{feff}', '\u{2028}', 'é', '日']),
    ]
    .boxed()
}

fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => vec(hostile_char(), 0..24).prop_map(String::from_iter),
        4 => vec(select(PIECES), 0..8).prop_map(|pieces| pieces.concat()),
        // Around the longest portal message kept (300 characters).
        1 => vec(hostile_char(), 280..330).prop_map(String::from_iter),
        // Huge.
        1 => (select(PIECES), 2_000usize..20_000).prop_map(|(piece, n)| piece.repeat(n / piece.len() + 1)),
        1 => Just(String::new()),
        1 => "[ \t\r\n\u{a0}\u{3000}]{1,6}",
    ]
    .boxed()
}

/// A JSON string, as serde_json writes it (controls escaped).
fn json_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string is JSON")
}

/// JSON texts that one reader may take and another refuse: numbers out of range or of the
/// wrong kind, lone surrogates, escapes, deep nesting.
const ODD_JSON: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "0.0",
    "1",
    "-1",
    "200",
    "200.0",
    "2e2",
    "1e400",
    "-1e400",
    "1e-400",
    "18446744073709551616",
    "-9223372036854775809",
    "9223372036854775807",
    "65536",
    "1.7976931348623157e308",
    "\"\"",
    "\" \"",
    "\"\\u001b[31mred\\u001b[0m\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\ud83d\\ude00\"",
    "\"\\u00e9\\u0301\"",
    "\"\\/\\b\\f\\n\\r\\t\"",
    "[]",
    "{}",
    "[null]",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"a\":{\"b\":{\"c\":[1,{\"d\":null}]}}}",
];

/// Nesting around serde_json's recursion limit (128).
fn deep_json() -> impl Strategy<Value = String> {
    (120usize..136).prop_map(|depth| format!("{}{}", "[".repeat(depth), "]".repeat(depth)))
}

/// Any JSON value: odd texts, scalars, hostile strings, small arrays and objects.
fn any_json() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(ODD_JSON).prop_map(str::to_owned),
        2 => hostile_string().prop_map(|text| json_string(&text)),
        1 => any::<i64>().prop_map(|n| n.to_string()),
        1 => any::<u64>().prop_map(|n| n.to_string()),
        1 => any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(|n| n.to_string())),
        1 => vec(hostile_string(), 0..3).prop_map(|items| format!("[{}]", items.iter().map(|s| json_string(s)).collect::<Vec<_>>().join(","))),
        1 => (hostile_string(), select(ODD_JSON)).prop_map(|(key, value)| format!("{{{}:{value}}}", json_string(&key))),
        1 => deep_json(),
    ]
    .boxed()
}

/// Mostly a string of the given kind, sometimes any JSON at all.
fn string_or_not(right: impl Strategy<Value = String> + 'static) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => right.prop_map(|text| json_string(&text)),
        1 => any_json(),
    ]
    .boxed()
}

fn bool_or_not() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => any::<bool>().prop_map(|b| b.to_string()),
        1 => any_json(),
    ]
    .boxed()
}

/// A JSON object from its fields, written in the order given (a name may come twice).
fn object(fields: Vec<(String, String)>) -> String {
    let fields: Vec<String> = fields
        .into_iter()
        .map(|(name, value)| format!("{}:{value}", json_string(&name)))
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// A field no decoder reads, or one that repeats a real name.
fn extra_field(names: &'static [&'static str]) -> impl Strategy<Value = (String, String)> {
    let name = prop_oneof![
        2 => select(vec!["x", "links", "total", "avatar", "", "\u{1b}", "Response", "STATUS"]).prop_map(str::to_owned),
        2 => select(names).prop_map(str::to_owned),
        1 => hostile_string(),
    ];
    let value = prop_oneof![
        2 => select(ODD_JSON).prop_map(str::to_owned),
        1 => any_json(),
    ];
    (name, value)
}

/// Puts the fields that are there in a random order, with some extra ones, as an object.
fn shuffled_object(
    fields: impl Strategy<Value = Vec<Option<(&'static str, String)>>> + 'static,
    names: &'static [&'static str],
) -> impl Strategy<Value = String> {
    (fields, vec(extra_field(names), 0..3))
        .prop_map(|(fields, extra)| {
            let mut all: Vec<(String, String)> = fields
                .into_iter()
                .flatten()
                .map(|(name, value)| (name.to_owned(), value))
                .collect();
            all.extend(extra);
            all
        })
        .prop_shuffle()
        .prop_map(object)
        .boxed()
}

fn field(
    name: &'static str,
    present: f64,
    value: impl Strategy<Value = String> + 'static,
) -> impl Strategy<Value = Option<(&'static str, String)>> {
    weighted(present, value.prop_map(move |value| (name, value))).boxed()
}

// ---------------------------------------------------------------------------------------
// DocSpace's shapes.

const KEY_FIELDS: &[&str] = &[
    "id",
    "name",
    "key",
    "keyPostfix",
    "permissions",
    "lastUsed",
    "createOn",
    "createBy",
    "expiresAt",
    "isActive",
];

const ENVELOPE_FIELDS: &[&str] = &[
    "response",
    "error",
    "count",
    "links",
    "status",
    "statusCode",
];

const PERMISSIONS: &[&str] = &[
    "*",
    "files:read",
    "files:write",
    "rooms:read",
    "rooms:write",
    "accounts:read",
    "accounts:write",
    "accounts.self:read",
    "accounts.self:write",
    "",
    "FILES:READ",
];

fn uuid_like() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        1 => hostile_string(),
    ]
}

fn masked_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "sk-\\*\\*\\*[0-9a-z]{4}",
        1 => "sk-[0-9a-zA-Z]{32,64}",
        1 => hostile_string(),
    ]
}

fn permissions() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => vec(prop_oneof![4 => select(PERMISSIONS).prop_map(str::to_owned), 1 => hostile_string()], 0..6)
            .prop_map(|items| format!("[{}]", items.iter().map(|s| json_string(s)).collect::<Vec<_>>().join(","))),
        1 => any_json(),
    ]
}

fn create_by() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => shuffled_object(
            (
                field("id", 0.9, string_or_not(uuid_like())),
                field("displayName", 0.8, string_or_not(hostile_string())),
                field("avatar", 0.3, string_or_not(hostile_string())),
                field("profileUrl", 0.3, string_or_not(hostile_string())),
                field("hasAvatar", 0.5, bool_or_not()),
                field("isAnonim", 0.3, bool_or_not()),
            )
                .prop_map(|(a, b, c, d, e, f)| vec![a, b, c, d, e, f]),
            &["id", "displayName", "hasAvatar"],
        ),
        1 => any_json(),
    ]
}

/// A key object (`ApiKeyResponseDto`): the real fields, mostly of the right type, in any order.
fn key_object() -> impl Strategy<Value = String> {
    shuffled_object(
        (
            field("id", 0.95, string_or_not(uuid_like())),
            field("name", 0.95, string_or_not(hostile_string())),
            field("key", 0.8, string_or_not(masked_key())),
            field("keyPostfix", 0.5, string_or_not("[0-9a-z]{4}")),
            field("permissions", 0.8, permissions()),
            field("lastUsed", 0.6, string_or_not(date_text())),
            field("createOn", 0.8, string_or_not(date_text())),
            field("createBy", 0.6, create_by()),
            field("expiresAt", 0.5, string_or_not(date_text())),
            field("isActive", 0.8, bool_or_not()),
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i, j)| vec![a, b, c, d, e, f, g, h, i, j]),
        KEY_FIELDS,
    )
    .boxed()
}

fn key_array() -> impl Strategy<Value = String> {
    vec(prop_oneof![8 => key_object(), 1 => any_json()], 0..5)
        .prop_map(|keys| format!("[{}]", keys.join(",")))
        .boxed()
}

fn error_object() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => shuffled_object(
            (
                field("message", 0.9, string_or_not(hostile_string())),
                field("type", 0.7, string_or_not(Just("System.ArgumentException".to_owned()))),
                field("stack", 0.5, prop_oneof![Just("null".to_owned()), string_or_not(hostile_string())]),
                field("hresult", 0.5, prop_oneof![any::<i32>().prop_map(|n| n.to_string()), any_json()]),
            )
                .prop_map(|(a, b, c, d)| vec![a, b, c, d]),
            &["message", "type"],
        ),
        1 => any_json(),
    ]
}

/// ASP.NET's `ValidationProblemDetails`, with up to 25 fields of up to 3 messages.
fn validation_problem() -> impl Strategy<Value = String> {
    let messages = vec(string_or_not(hostile_string()), 0..4)
        .prop_map(|messages| format!("[{}]", messages.join(",")));
    let errors = prop_oneof![
        4 => vec((hostile_string(), messages), 0..26).prop_map(object),
        1 => any_json(),
    ];
    shuffled_object(
        (
            field("errors", 0.9, errors),
            field("title", 0.5, string_or_not(hostile_string())),
            field(
                "status",
                0.5,
                prop_oneof![Just("400".to_owned()), any_json()],
            ),
            field("traceId", 0.3, string_or_not(hostile_string())),
        )
            .prop_map(|(a, b, c, d)| vec![a, b, c, d]),
        &["errors"],
    )
}

fn status_code() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(vec!["200", "201", "204", "400", "401", "403", "404", "422", "429", "500", "503"]).prop_map(str::to_owned),
        1 => any::<u16>().prop_map(|n| n.to_string()),
        1 => any_json(),
    ]
}

/// The DocSpace envelope, `{"response": …, "count": n, "status": 0, "statusCode": 200}`, and
/// its error shapes, with any of its parts missing, odd or of the wrong type.
fn envelope_body() -> impl Strategy<Value = String> {
    let response = prop_oneof![
        4 => key_array(),
        2 => key_object(),
        2 => any::<bool>().prop_map(|b| b.to_string()),
        2 => validation_problem(),
        2 => any_json(),
    ];
    let status = prop_oneof![
        4 => Just("0".to_owned()),
        2 => Just("1".to_owned()),
        1 => any_json(),
    ];
    shuffled_object(
        (
            field("response", 0.85, response),
            field("error", 0.25, error_object()),
            field("count", 0.6, prop_oneof![(0u32..10).prop_map(|n| n.to_string()), any_json()]),
            field("links", 0.3, prop_oneof![Just("[{\"href\":\"https://portal.example.com/api/2.0/keys\",\"action\":\"GET\"}]".to_owned()), any_json()]),
            field("status", 0.85, status),
            field("statusCode", 0.85, status_code()),
        )
            .prop_map(|(a, b, c, d, e, f)| vec![a, b, c, d, e, f]),
        ENVELOPE_FIELDS,
    )
    .boxed()
}

/// A successful key list, the shape `GET /api/2.0/keys` answers with.
fn key_list_envelope() -> impl Strategy<Value = String> {
    shuffled_object(
        (
            field("response", 0.95, key_array()),
            field(
                "count",
                0.8,
                prop_oneof![(0u32..10).prop_map(|n| n.to_string()), any_json()],
            ),
            field(
                "status",
                0.95,
                prop_oneof![8 => Just("0".to_owned()), 1 => any_json()],
            ),
            field(
                "statusCode",
                0.9,
                prop_oneof![8 => Just("200".to_owned()), 1 => status_code()],
            ),
        )
            .prop_map(|(a, b, c, d)| vec![a, b, c, d]),
        ENVELOPE_FIELDS,
    )
    .boxed()
}

/// A body as sent, or cut off, or with whitespace, a byte-order mark or junk around it.
fn as_sent(body: impl Strategy<Value = String> + 'static) -> impl Strategy<Value = Input> {
    (body, 0u8..12, any::<Index>())
        .prop_map(|(body, how, at)| {
            let mut bytes = body.into_bytes();
            match how {
                0 => bytes.truncate(at.index(bytes.len() + 1)),
                1 => bytes = [&b" \r\n\t"[..], &bytes].concat(),
                2 => bytes = ["\u{feff}".as_bytes(), &bytes].concat(),
                3 => bytes.extend_from_slice(b" \n"),
                4 => bytes.extend_from_slice(b"}"),
                5 => {
                    let at = at.index(bytes.len() + 1);
                    bytes.insert(at, 0xff);
                }
                _ => {}
            }
            Input(bytes)
        })
        .boxed()
}

/// An HTTP status, as the envelope target reads it: two bytes, 100 + n % 500.
fn status_bytes() -> impl Strategy<Value = [u8; 2]> {
    prop_oneof![
        3 => Just(200u16),
        4 => select(vec![200u16, 201, 204, 299, 300, 400, 401, 403, 404, 422, 429, 500, 502, 503, 504, 599]),
        2 => 100u16..600,
    ]
    .prop_map(|status| (status - 100).to_be_bytes())
}

/// The envelope target's input: the status bytes, then the body.
fn with_status(body: impl Strategy<Value = Input> + 'static) -> impl Strategy<Value = Input> {
    (status_bytes(), body).prop_map(|(status, body)| Input([&status[..], &body].concat()))
}

// ---------------------------------------------------------------------------------------
// Dates.

/// Text around `yyyy-MM-ddTHH:mm:ss.fffffff±hh:mm`: each part in range or just outside it.
fn date_text() -> impl Strategy<Value = String> {
    let year = prop_oneof![
        4 => (0u32..=9999).prop_map(|y| format!("{y:04}")),
        1 => select(vec!["0000", "0001", "9999", "10000", "+10000", "-0001", "+2026", "+002026", "-262143", "+262142", "99999", "1", "20260"]).prop_map(str::to_owned),
    ];
    let month = prop_oneof![
        4 => (1u32..=12).prop_map(|m| format!("{m:02}")),
        1 => select(vec!["00", "13", "1", "99"]).prop_map(str::to_owned),
    ];
    let day = prop_oneof![
        4 => (1u32..=31).prop_map(|d| format!("{d:02}")),
        1 => select(vec!["00", "32", "1"]).prop_map(str::to_owned),
    ];
    let hour = prop_oneof![
        4 => (0u32..=23).prop_map(|h| format!("{h:02}")),
        1 => select(vec!["24", "25", "1"]).prop_map(str::to_owned),
    ];
    let minute = prop_oneof![
        4 => (0u32..=59).prop_map(|m| format!("{m:02}")),
        1 => select(vec!["60", "5"]).prop_map(str::to_owned),
    ];
    let second = prop_oneof![
        4 => (0u32..=59).prop_map(|s| format!("{s:02}")),
        1 => select(vec!["60", "61", "5"]).prop_map(str::to_owned),
    ];
    let fraction = prop_oneof![
        2 => Just(String::new()),
        4 => "\\.[0-9]{7}",
        2 => "\\.[0-9]{1,12}",
        1 => select(vec![".", ",5", ".9999999999"]).prop_map(str::to_owned),
    ];
    let offset = prop_oneof![
        3 => Just("Z".to_owned()),
        3 => (any::<bool>(), 0u32..=23, 0u32..=59).prop_map(|(west, h, m)| format!("{}{h:02}:{m:02}", if west { '-' } else { '+' })),
        2 => Just(String::new()),
        1 => select(vec!["z", "+24:00", "-24:00", "+23:59", "+05", "+0530", "+05:30:00", "UTC", " +03:00", "+3:00", "-00:00"]).prop_map(str::to_owned),
    ];
    let separator = select(vec!["T", "T", "T", "t", " ", "_"]);
    let around = select(vec!["", "", "", " ", "\t", "\n", "\u{a0}", "\u{feff}"]);
    (
        (year, month, day),
        separator,
        (hour, minute, second),
        fraction,
        offset,
        around.clone(),
        around,
    )
        .prop_map(|((y, mo, d), t, (h, mi, s), f, z, before, after)| {
            format!("{before}{y}-{mo}-{d}{t}{h}:{mi}:{s}{f}{z}{after}")
        })
        .boxed()
}

/// Seconds since 1970 near the ends of 0000–9999, of chrono's range, of 1970 and of today.
fn seconds() -> impl Strategy<Value = i64> {
    const DAYS: i64 = 3 * 86_400;
    // 0000-01-01T00:00:00Z, 10000-01-01T00:00:00Z, chrono's first and last seconds.
    let edges = [
        -62_167_219_200i64,
        253_402_300_800,
        DateTime::<Utc>::MIN_UTC.timestamp(),
        DateTime::<Utc>::MAX_UTC.timestamp(),
        0,
        1_780_000_000,
    ];
    let near = select(edges.to_vec())
        .prop_flat_map(|edge| (edge.saturating_sub(DAYS))..=(edge.saturating_add(DAYS)));
    let any = any::<i64>();
    prop_oneof![
        4 => near,
        1 => any,
    ]
    .prop_flat_map(|s| {
        // Sometimes the last second of a minute, where chrono allows a leap second.
        prop_oneof![Just(s), Just((s - s.rem_euclid(60)).saturating_add(59))]
    })
}

fn nanoseconds() -> impl Strategy<Value = u32> {
    prop_oneof![
        2 => 0u32..1_000_000_000,
        1 => 999_999_900u32..1_000_000_100,
        1 => 1_000_000_000u32..2_000_000_000,
        1 => select(vec![0u32, 100, 999_999_999, 1_999_999_999, 2_000_000_000, u32::MAX]),
        1 => any::<u32>(),
    ]
}

fn offset_minutes() -> impl Strategy<Value = i16> {
    prop_oneof![
        3 => -1439i16..=1439,
        1 => select(vec![0i16, 1439, -1439, 1440, -1440, 180, -330, 345, i16::MIN, i16::MAX]),
        1 => any::<i16>(),
    ]
}

/// A moment as the target reads one: an odd mode byte, then seconds, nanoseconds, offset.
fn moment_input() -> impl Strategy<Value = Input> {
    (
        (0u8..128).prop_map(|b| b * 2 + 1),
        seconds(),
        nanoseconds(),
        offset_minutes(),
    )
        .prop_map(|(mode, s, n, m)| {
            let mut input = vec![mode];
            input.extend(s.to_le_bytes());
            input.extend(n.to_le_bytes());
            input.extend(m.to_le_bytes());
            Input(input)
        })
}

/// A date DocSpace could write, with one character changed, removed or added.
fn written_date_changed() -> impl Strategy<Value = String> {
    (
        -62_167_219_200i64..253_402_300_800,
        0u32..1_000_000_000,
        -1439i32..=1439,
        0u8..3,
        any::<Index>(),
        prop_oneof![
            hostile_char(),
            select(vec!['0', '9', '+', '-', ':', '.', 'Z', 'T'])
        ],
    )
        .prop_map(|(s, n, m, how, at, c)| {
            let moment = DateTime::<Utc>::from_timestamp(s, n).expect("within chrono's range");
            let zone = FixedOffset::east_opt(m * 60).expect("under a day");
            let mut chars: Vec<char> = format_api_date(&moment, zone).chars().collect();
            let at = at.index(chars.len());
            match how {
                0 => chars[at] = c,
                1 => {
                    chars.remove(at);
                }
                _ => chars.insert(at, c),
            }
            chars.into_iter().collect()
        })
}

/// A text input: an even mode byte, then the text.
fn text_input(text: impl Strategy<Value = String> + 'static) -> impl Strategy<Value = Input> {
    ((0u8..128).prop_map(|b| b * 2), text).prop_map(|(mode, text)| {
        let mut input = vec![mode];
        input.extend(text.into_bytes());
        Input(input)
    })
}

// ---------------------------------------------------------------------------------------
// Portal addresses.

fn address() -> impl Strategy<Value = String> {
    let around = select(vec![
        "", "", "", "", " ", "\t", "\n", "\u{a0}", "\u{3000}", "\u{200b}", "\u{feff}",
    ]);
    let scheme = prop_oneof![
        3 => Just(""),
        3 => select(vec!["https://", "http://"]),
        2 => select(vec!["HTTP://", "HtTpS://", "ftp://", "file://", "javascript:", "https:/", "https:", "//", "http:\\\\", "wss://", "https://https://", "http:///", "https:// "]),
    ];
    let userinfo = prop_oneof![
        6 => Just(""),
        1 => select(vec!["me@", "me:pw@", ":@", "@", "a@b@", "%40@", "user:@", ":pw@"]),
    ];
    let host = prop_oneof![
        4 => select(vec![
            "localhost", "LOCALHOST", "localhost.", "LocalHost", "127.0.0.1", "127.1", "0x7f.1",
            "2130706433", "127.255.255.255", "[::1]", "[::ffff:127.0.0.1]", "[0:0:0:0:0:0:0:1]",
            "[::]", "0.0.0.0", "10.0.0.1", "192.168.1.1", "myportal.onlyoffice.com", "x.example",
            "portal", "portal.localhost", "a.localhost.", "xn--80ak6aa92e.com", "пример.рф",
            "例え.テスト", "ExAmPlE.CoM", "a..b", "-a.com", "a_b.com", "%41.com", "[::1", "1.2.3.4.5",
            "999.1.1.1", "", ".", "xn--", "a.b.c.d.e.f", "\u{0}x.com", "ex%00ample.com",
        ])
        .prop_map(str::to_owned),
        2 => "[a-z0-9-]{1,10}(\\.[a-z0-9-]{1,10}){0,3}",
        1 => vec(hostile_char(), 0..16).prop_map(String::from_iter),
    ];
    let port = prop_oneof![
        4 => Just(String::new()),
        1 => select(vec![":", ":0", ":80", ":443", ":8092", ":65535", ":65536", ":-1", ":99999999999", ":abc", ": 80", ":080"]).prop_map(str::to_owned),
        1 => any::<u16>().prop_map(|p| format!(":{p}")),
    ];
    let path = prop_oneof![
        3 => Just(String::new()),
        2 => select(vec![
            "/", "/a?b#c", "?x", "#frag", "/api/2.0/keys", "//evil.example", "/..", "\\\\evil",
            "/%2e%2e", "?@evil.com", "#@evil.com", "/@evil.com", "\\@evil.com", "/ /",
        ])
        .prop_map(str::to_owned),
        1 => "(/[a-zA-Z0-9%._~@:-]{0,8}){1,3}(\\?[a-z=&@]{0,8})?(#[a-z@/]{0,6})?",
    ];
    (around.clone(), scheme, userinfo, host, port, path, around)
        .prop_map(|(before, scheme, userinfo, host, port, path, after)| {
            format!("{before}{scheme}{userinfo}{host}{port}{path}{after}")
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn key_list_holds_for_any_bytes(body in bytes(256)) {
        fuzzing::key_list(&body);
    }

    #[test]
    fn key_list_holds_for_key_lists(body in as_sent(key_list_envelope())) {
        fuzzing::key_list(&body);
    }

    #[test]
    fn key_list_holds_for_any_envelope(body in as_sent(envelope_body())) {
        fuzzing::key_list(&body);
    }

    #[test]
    fn envelope_holds_for_any_bytes(data in bytes(256)) {
        fuzzing::envelope(&data);
    }

    #[test]
    fn envelope_holds_for_envelopes(data in with_status(as_sent(envelope_body()))) {
        fuzzing::envelope(&data);
    }

    #[test]
    fn envelope_holds_for_key_lists(data in with_status(as_sent(key_list_envelope()))) {
        fuzzing::envelope(&data);
    }
}

proptest! {
    #![proptest_config(config(4096))]

    #[test]
    fn api_date_holds_for_any_bytes(data in bytes(48)) {
        fuzzing::api_date(&data);
    }

    #[test]
    fn api_date_holds_for_texts_like_dates(data in text_input(date_text())) {
        fuzzing::api_date(&data);
    }

    #[test]
    fn api_date_holds_for_written_dates_changed(data in text_input(written_date_changed())) {
        fuzzing::api_date(&data);
    }

    #[test]
    fn api_date_holds_for_any_text(data in text_input(any::<String>())) {
        fuzzing::api_date(&data);
    }

    #[test]
    fn api_date_holds_for_moments(data in moment_input()) {
        fuzzing::api_date(&data);
    }

    #[test]
    fn portal_url_holds_for_any_bytes(data in bytes(64)) {
        fuzzing::portal_url(&data);
    }

    #[test]
    fn portal_url_holds_for_any_text(text in vec(hostile_char(), 0..40).prop_map(String::from_iter)) {
        fuzzing::portal_url(text.as_bytes());
    }

    #[test]
    fn portal_url_holds_for_addresses(text in address()) {
        fuzzing::portal_url(text.as_bytes());
    }
}
