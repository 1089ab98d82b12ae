//! What the command line prints: a readable table, JSON with the API's field names, or CSV.
//!
//! Both are safe on a terminal whatever the portal sent (see `terminal.rs`): the table
//! shows escapes instead of control characters, and the JSON escapes them.

use std::io::{self, Write};

use chrono::Local;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use zeroize::Zeroizing;

use super::terminal::{acts_on, shortened};
use crate::api::NewKeySecret;
use crate::domain::{
    ApiKey, Finding, Fix, KeyDate, KeyRecord, Reason, UNKNOWN_DATE, access_text, write_rfc3339,
};

/// The most characters a table cell shows; a real key's name has at most 30.
const LONGEST_CELL: usize = 100;

/// Every key as one pretty JSON array: byte for byte what [`write_records_json`] writes
/// (each key's [`KeyRecord`] through serde_json's `PrettyFormatter`), written by hand for
/// speed. At 100 000 keys serde_json took a quarter of `keys list --json`'s time, as this
/// crate is built for size; here each plain string is copied as it is, and only a string
/// that needs escaping goes through serde_json. A long list is made by two threads, each
/// into a buffer of its own, when the machine has two cores or more; the first half is
/// written while the second is made.
pub fn write_keys_json(out: &mut impl Write, keys: &[ApiKey]) -> io::Result<()> {
    if keys.is_empty() {
        return out.write_all(b"[]\n");
    }
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let (first, second) = if keys.len() >= SPLIT_FROM && threads > 1 {
        keys.split_at(keys.len() / 2)
    } else {
        (keys, &[][..])
    };
    std::thread::scope(|scope| {
        let rest = (!second.is_empty()).then(|| {
            scope.spawn(|| {
                let mut text = Vec::with_capacity(second.len() * BYTES_PER_KEY);
                write_json_keys(&mut text, second, false);
                text
            })
        });
        // The first half is written while the second is being made.
        let mut text = Vec::with_capacity(first.len() * BYTES_PER_KEY);
        write_json_keys(&mut text, first, true);
        out.write_all(b"[")?;
        out.write_all(&text)?;
        if let Some(rest) = rest {
            // A panic in the other thread is this one's too.
            let rest = rest
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            out.write_all(&rest)?;
        }
        out.write_all(b"\n]\n")
    })
}

/// From how many keys [`write_keys_json`] writes with two threads.
const SPLIT_FROM: usize = 4096;

/// About how many bytes one key takes in [`write_keys_json`]'s output.
const BYTES_PER_KEY: usize = 448;

/// The keys' objects, each after a comma unless it is the array's `first`.
fn write_json_keys(text: &mut Vec<u8>, keys: &[ApiKey], first: bool) {
    for (at, key) in keys.iter().enumerate() {
        text.extend_from_slice(if first && at == 0 {
            b"\n  {"
        } else {
            b",\n  {"
        });
        text.extend_from_slice(b"\n    \"createBy\": {\n      \"displayName\": ");
        json_string(text, &key.creator.name);
        text.extend_from_slice(b",\n      \"id\": ");
        json_string(text, &key.creator.id);
        text.extend_from_slice(b"\n    },\n    \"createOn\": ");
        json_date(text, &key.created);
        text.extend_from_slice(b",\n    \"expiresAt\": ");
        json_date(text, &key.expires);
        text.extend_from_slice(b",\n    \"id\": ");
        json_string(text, &key.id);
        text.extend_from_slice(b",\n    \"isActive\": ");
        text.extend_from_slice(if key.active { b"true" } else { b"false" });
        text.extend_from_slice(b",\n    \"keyPostfix\": ");
        json_string(text, &key.postfix);
        text.extend_from_slice(b",\n    \"lastUsed\": ");
        json_date(text, &key.last_used);
        text.extend_from_slice(b",\n    \"name\": ");
        json_string(text, &key.name);
        text.extend_from_slice(b",\n    \"permissions\": ");
        if key.permissions.is_empty() {
            text.extend_from_slice(b"[]");
        } else {
            for (at, scope) in key.permissions.iter().enumerate() {
                text.extend_from_slice(if at == 0 { b"[\n      " } else { b",\n      " });
                json_string(text, scope);
            }
            text.extend_from_slice(b"\n    ]");
        }
        text.extend_from_slice(b"\n  }");
    }
}

/// `text` as a JSON string, escaped as [`TerminalSafe`] escapes it.
fn json_string(out: &mut Vec<u8>, text: &str) {
    // Printable ASCII but for the two characters JSON escapes: written as it is.
    if text
        .bytes()
        .all(|byte| is_printable_ascii(byte) && byte != b'"' && byte != b'\\')
    {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        let mut serializer =
            serde_json::Serializer::with_formatter(out, TerminalSafe(PrettyFormatter::new()));
        // Writing to memory does not fail, and a `str` always serialises.
        let _ = serde::Serializer::serialize_str(&mut serializer, text);
    }
}

/// A space, or a visible ASCII character: nothing a terminal acts on.
fn is_printable_ascii(byte: u8) -> bool {
    (b' '..b'\x7f').contains(&byte)
}

/// A key's date as [`crate::domain::DateRecord`] writes it: RFC 3339, `null`, or the portal's text.
fn json_date(out: &mut Vec<u8>, date: &KeyDate) {
    match date {
        KeyDate::Absent => out.extend_from_slice(b"null"),
        // RFC 3339 is printable ASCII: nothing to escape.
        KeyDate::Known(date) => {
            out.push(b'"');
            write_rfc3339(out, date);
            out.push(b'"');
        }
        KeyDate::Unreadable(text) => json_string(out, text),
    }
}

/// Every key's [`KeyRecord`] as one pretty JSON array, through serde_json: what
/// [`write_keys_json`] writes, the slow way. For tests and the fuzz targets.
#[doc(hidden)]
pub fn write_records_json(out: &mut impl Write, keys: &[ApiKey]) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, TerminalSafe(PrettyFormatter::new()));
    serde::Serializer::collect_seq(&mut serializer, keys.iter().map(KeyRecord::of))?;
    writeln!(out)
}

/// Pretty JSON in which nothing reaches the terminal raw that it would act on.
fn write_json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(out, TerminalSafe(PrettyFormatter::new()));
    Ok(value.serialize(&mut serializer)?)
}

/// `PrettyFormatter`, except that the characters a terminal acts on which serde_json
/// leaves raw (DEL, C1 controls, bidi marks; it escapes C0 itself) are written as
/// `\uXXXX`: the same JSON value, harmless when printed.
struct TerminalSafe(PrettyFormatter<'static>);

impl Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Printable ASCII, as nearly all of a key list is, has nothing a terminal acts on.
        if fragment.bytes().all(is_printable_ascii) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|(_, c)| acts_on(*c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            // Every such character is in the Basic Multilingual Plane: one `\u` escape.
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

/// The created key, including its secret under `key` as in the API's create answer, and
/// after a rotation the id of the key it `replaces`.
///
/// The JSON is built in a buffer that is zeroed when dropped and then written whole, so the
/// only copies of the secret this makes are that buffer and whatever the writer keeps.
pub fn write_created_json(
    out: &mut impl Write,
    key: &ApiKey,
    secret: &NewKeySecret,
    replaces: Option<&str>,
) -> io::Result<()> {
    let mut text = Zeroizing::new(Vec::with_capacity(1024));
    let object = KeyRecord {
        key: Some(secret.expose()),
        replaces,
        ..KeyRecord::of(key)
    };
    write_json(&mut *text, &object)?;
    text.push(b'\n');
    out.write_all(&text)
}

/// True when `stdout` leads nowhere: closed (the Rust runtime then puts /dev/null in
/// its place) or /dev/null itself. A new key's secret written there would be lost.
#[cfg(unix)]
pub fn goes_nowhere(stdout: &impl std::os::fd::AsFd) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(descriptor) = stdout.as_fd().try_clone_to_owned() else {
        return true;
    };
    let output = std::fs::File::from(descriptor).metadata();
    match (output, std::fs::metadata("/dev/null")) {
        (Ok(output), Ok(null)) => {
            output.file_type().is_char_device() && output.rdev() == null.rdev()
        }
        // When either cannot be looked at, the secret is written and any failure reported.
        _ => false,
    }
}

/// Elsewhere a closed or discarded standard output is not recognised in advance; the
/// secret is written and any failure to write it reported.
#[cfg(not(unix))]
pub fn goes_nowhere<T>(_stdout: &T) -> bool {
    false
}

/// Every key as RFC 4180 CSV (see [`crate::domain::write_csv`]), each cell harmless on a
/// terminal: a character a terminal acts on is written as a visible escape, as in the table.
pub fn write_keys_csv(out: &mut impl Write, keys: &[ApiKey]) -> io::Result<()> {
    crate::domain::write_csv(out, keys, chrono::Utc::now(), |cell| {
        super::terminal::printable(&cell).into_owned()
    })
}

pub fn write_keys_table(out: &mut impl Write, keys: &[ApiKey]) -> io::Result<()> {
    if keys.is_empty() {
        return writeln!(
            out,
            "No API keys yet. Create one with `docspace-keys keys create --name NAME`."
        );
    }
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_header([
        "ID",
        "Name",
        "Key",
        "Access",
        "State",
        "Created",
        "Last used",
        "Expires",
        "Created by",
    ]);
    let now = chrono::Utc::now();
    for key in keys {
        table.add_row([
            shortened(&key.id, LONGEST_CELL),
            shortened(&key.name, LONGEST_CELL),
            shortened(&key.masked(), LONGEST_CELL),
            shortened(&access_text(key), LONGEST_CELL),
            key.state(now).label().to_lowercase(),
            local_date(&key.created, "-"),
            local_date(&key.last_used, "never"),
            local_date(&key.expires, "never"),
            shortened(&key.creator.name, LONGEST_CELL),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} key(s)", keys.len())
}

/// One finding of the review as a JSON object.
#[derive(Serialize)]
struct FindingJson<'a> {
    id: &'a str,
    name: &'a str,
    reasons: Vec<ReasonJson>,
    fixes: Vec<&'static str>,
}

/// A reason by its rule's name, with the date it is about (`null` for none).
#[derive(Serialize)]
struct ReasonJson {
    rule: &'static str,
    since: Option<String>,
}

impl ReasonJson {
    fn of(reason: &Reason) -> Self {
        let (rule, since) = match reason {
            Reason::FullAccessNoExpiry => ("fullAccessNoExpiry", None),
            Reason::Unused { last_used } => ("unused", Some(last_used)),
            Reason::NeverUsed { created } => ("neverUsed", Some(created)),
            Reason::Expired { at } => ("expired", Some(at)),
            Reason::SwitchedOffUnused { since, .. } => ("switchedOffUnused", Some(since)),
        };
        ReasonJson {
            rule,
            since: since.map(|date| date.to_rfc3339()),
        }
    }
}

fn fix_name(fix: Fix) -> &'static str {
    match fix {
        Fix::SwitchOff => "switchOff",
        Fix::Delete => "delete",
    }
}

/// The review's findings as one pretty JSON array; `keys` are the keys reviewed.
pub fn write_review_json(
    out: &mut impl Write,
    keys: &[ApiKey],
    findings: &[Finding],
) -> io::Result<()> {
    let names = names_by_id(keys);
    let findings: Vec<FindingJson<'_>> = findings
        .iter()
        .map(|finding| FindingJson {
            id: &finding.key_id,
            name: names.get(finding.key_id.as_str()).copied().unwrap_or(""),
            reasons: finding.reasons.iter().map(ReasonJson::of).collect(),
            fixes: finding.fixes.iter().copied().map(fix_name).collect(),
        })
        .collect();
    write_json(out, &findings)?;
    writeln!(out)
}

/// The review's findings as a table, one key a row.
pub fn write_review_table(
    out: &mut impl Write,
    keys: &[ApiKey],
    findings: &[Finding],
) -> io::Result<()> {
    if findings.is_empty() {
        return writeln!(out, "Every key passes the review.");
    }
    let names = names_by_id(keys);
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_header(["ID", "Name", "Why", "Fix"]);
    for finding in findings {
        let name = names.get(finding.key_id.as_str()).copied().unwrap_or("");
        let why: Vec<String> = finding.reasons.iter().map(reason_text).collect();
        // The id came from the portal: each line is made harmless on its own.
        let id = shortened(&finding.key_id, LONGEST_CELL);
        let fixes: Vec<String> = finding
            .fixes
            .iter()
            .map(|fix| match fix {
                Fix::SwitchOff => format!("keys update {id} --active false"),
                Fix::Delete => format!("keys delete {id}"),
            })
            .collect();
        table.add_row([
            id.clone(),
            shortened(name, LONGEST_CELL),
            why.join("\n"),
            fixes.join("\n"),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} key(s) to look at", findings.len())
}

fn names_by_id(keys: &[ApiKey]) -> std::collections::HashMap<&str, &str> {
    keys.iter()
        .map(|key| (key.id.as_str(), key.name.as_str()))
        .collect()
}

/// A reason in words, with its date in the local time zone.
fn reason_text(reason: &Reason) -> String {
    let day = |date: &chrono::DateTime<chrono::Utc>| {
        date.with_timezone(&Local).format("%Y-%m-%d").to_string()
    };
    match reason {
        Reason::FullAccessNoExpiry => "full access, never expires".to_owned(),
        Reason::Unused { last_used } => format!("not used since {}", day(last_used)),
        Reason::NeverUsed { created } => format!("never used, created {}", day(created)),
        Reason::Expired { at } => format!("expired {}, still listed", day(at)),
        Reason::SwitchedOffUnused { since, used: true } => {
            format!("switched off, not used since {}", day(since))
        }
        Reason::SwitchedOffUnused { since, used: false } => {
            format!("switched off, never used, created {}", day(since))
        }
    }
}

fn local_date(date: &KeyDate, missing: &str) -> String {
    match date {
        KeyDate::Known(date) => date
            .with_timezone(&Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        KeyDate::Absent => missing.to_owned(),
        KeyDate::Unreadable(_) => UNKNOWN_DATE.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_keeps_the_value() {
        let name = "\u{1b}]52;c;aGk=\u{7}\u{9b}2J\u{7f}\u{202e}\u{2069}密钥 مفتاح";
        let value = json!({ "name": name, "plain": "x" });
        let mut out = Vec::new();
        write_json(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.chars().any(|c| acts_on(c) && c != '\n'), "{text:?}");
        assert!(
            text.contains("\\u009b") && text.contains("\\u202e"),
            "{text}"
        );
        assert!(text.contains("密钥 مفتاح"), "{text}");
        assert!(
            text.contains("\n  \"plain\": \"x\""),
            "still pretty: {text}"
        );
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_key_list_is_written_as_serde_json_writes_its_records() {
        use crate::domain::test_support::{at, key, strings};
        let mut keys = Vec::new();
        for (i, name) in [
            "Backup script",
            "数据备份 脚本",
            "نسخ احتياطي ليلي",
            "quote \" and backslash \\",
            "\u{1b}[2J\u{7f}\u{9b}\u{202e}tab\tnew\nline",
            "",
        ]
        .into_iter()
        .enumerate()
        {
            let mut key = key(name);
            key.permissions = [
                strings(&[]),
                strings(&["*"]),
                strings(&["files:read", "rooms:write"]),
            ][i % 3]
                .clone();
            key.created = at(-(i as i64));
            key.last_used = [
                KeyDate::Absent,
                at(-1),
                KeyDate::Unreadable("yesterday \"ish\"".into()),
            ][i % 3]
                .clone();
            key.expires = [at(30), KeyDate::Absent][i % 2].clone();
            key.creator.name = format!("Creator {name}");
            key.active = i % 2 == 0;
            keys.push(key);
        }
        // Twice as many as the list written by two threads, so both halves are there.
        let many: Vec<ApiKey> = keys
            .iter()
            .cycle()
            .take(2 * SPLIT_FROM + 3)
            .cloned()
            .collect();
        for keys in [&keys[..], &keys[..1], &[][..], &many[..]] {
            let mut fast = Vec::new();
            write_keys_json(&mut fast, keys).unwrap();
            let mut serde = Vec::new();
            write_records_json(&mut serde, keys).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(serde).unwrap()
            );
        }
    }
}
