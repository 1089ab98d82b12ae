//! The key list written out for other programs: CSV for spreadsheets, JSON with the API's field
//! names. Never a secret: an [`ApiKey`] holds none, only the last four characters.

use std::io::{self, Write};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{ApiKey, KeyDate};

/// The file formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl ExportFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

/// The CSV header row: one column per thing the grid shows.
pub const CSV_HEADER: [&str; 9] = [
    "id",
    "name",
    "key ending",
    "access",
    "state",
    "created",
    "last used",
    "expires",
    "created by",
];

/// One key as a JSON object: the API's names, in alphabetical order; dates as RFC 3339 and
/// absent dates as null. A date the portal sent but the app cannot read is written as the
/// portal's text, verbatim: a script that reads it as a date fails on it rather than
/// mistaking it for "never". Borrowed from the key, so nothing is copied per key.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyRecord<'a> {
    pub create_by: CreatorRecord<'a>,
    pub create_on: DateRecord<'a>,
    pub expires_at: DateRecord<'a>,
    pub id: &'a str,
    pub is_active: bool,
    /// The new key's secret, in a create or rotate answer on the command line only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<&'a str>,
    pub key_postfix: &'a str,
    pub last_used: DateRecord<'a>,
    pub name: &'a str,
    pub permissions: &'a [String],
    /// The id of the key this one replaces, after a rotation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaces: Option<&'a str>,
}

/// `createBy` of a [`KeyRecord`].
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatorRecord<'a> {
    pub display_name: &'a str,
    pub id: &'a str,
}

/// A key's date as JSON: RFC 3339, `null` when absent, the portal's text when unreadable.
pub struct DateRecord<'a>(pub &'a KeyDate);

impl Serialize for DateRecord<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            KeyDate::Absent => serializer.serialize_none(),
            KeyDate::Known(date) => serializer.collect_str(&date.to_rfc3339()),
            KeyDate::Unreadable(text) => serializer.serialize_str(text),
        }
    }
}

impl<'a> KeyRecord<'a> {
    /// The record of `key`, without a secret.
    pub fn of(key: &'a ApiKey) -> Self {
        KeyRecord {
            create_by: CreatorRecord {
                display_name: &key.creator.name,
                id: &key.creator.id,
            },
            create_on: DateRecord(&key.created),
            expires_at: DateRecord(&key.expires),
            id: &key.id,
            is_active: key.active,
            key: None,
            key_postfix: &key.postfix,
            last_used: DateRecord(&key.last_used),
            name: &key.name,
            permissions: &key.permissions,
            replaces: None,
        }
    }
}

/// Full access as "all", or the stored scopes as they are.
pub fn access_text(key: &ApiKey) -> String {
    if key.is_unrestricted() {
        "all".to_owned()
    } else {
        key.permissions.join(", ")
    }
}

/// The CSV cells of `key` at `now`, in the order of [`CSV_HEADER`], before any cell is
/// made safe for spreadsheets.
pub fn csv_cells(key: &ApiKey, now: DateTime<Utc>) -> [String; 9] {
    [
        key.id.clone(),
        key.name.clone(),
        key.postfix.clone(),
        access_text(key),
        key.state(now).label().to_lowercase(),
        csv_date(&key.created),
        csv_date(&key.last_used),
        csv_date(&key.expires),
        key.creator.name.clone(),
    ]
}

/// RFC 3339, empty when absent, and the portal's text when it is not a readable date.
fn csv_date(date: &KeyDate) -> String {
    match date {
        KeyDate::Known(date) => date.to_rfc3339(),
        KeyDate::Absent => String::new(),
        KeyDate::Unreadable(text) => text.clone(),
    }
}

/// `cell`, with a `'` in front when a spreadsheet would take it for a formula (it starts with
/// `=`, `+`, `-` or `@`, or with a tab or carriage return, which some spreadsheets skip
/// before looking).
pub fn defuse_formula(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The keys as RFC 4180 CSV: a header row, then one row a key, in UTF-8 with CRLF line
/// ends. Every cell is passed through `clean` (the command line makes it harmless for a
/// terminal) and then [`defuse_formula`].
pub fn write_csv<'a>(
    out: impl Write,
    keys: impl IntoIterator<Item = &'a ApiKey>,
    now: DateTime<Utc>,
    clean: impl Fn(String) -> String,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(CSV_HEADER).map_err(io::Error::from)?;
    for key in keys {
        let cells = csv_cells(key, now).map(|cell| defuse_formula(clean(cell)));
        writer.write_record(&cells).map_err(io::Error::from)?;
    }
    writer.flush()
}

/// The keys as one pretty JSON array of [`KeyRecord`]s and a final newline.
pub fn write_json<'a>(
    mut out: impl Write,
    keys: impl IntoIterator<Item = &'a ApiKey>,
) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::pretty(&mut out);
    serde::Serializer::collect_seq(&mut serializer, keys.into_iter().map(KeyRecord::of))?;
    writeln!(out)
}

/// The whole export of `keys` in `format`, as the bytes of a file.
pub fn export<'a>(
    format: ExportFormat,
    keys: impl IntoIterator<Item = &'a ApiKey>,
    now: DateTime<Utc>,
) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match format {
        ExportFormat::Csv => write_csv(&mut bytes, keys, now, |cell| cell)?,
        ExportFormat::Json => write_json(&mut bytes, keys)?,
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{at, key, now, strings};

    fn keys() -> Vec<ApiKey> {
        let mut formula = key("=HYPERLINK(\"http://x\")");
        formula.creator.name = "@admin".to_owned();
        formula.permissions = strings(&["files:read", "rooms:read"]);
        formula.expires = at(-1);
        let mut chinese = key("密钥, \"备份\"");
        chinese.creator.name = "+1 team".to_owned();
        let mut arabic = key("نسخ احتياطي");
        arabic.creator.name = "-x".to_owned();
        arabic.last_used = KeyDate::Absent;
        arabic.expires = KeyDate::Unreadable("+262142-12-31".to_owned());
        vec![formula, chinese, arabic]
    }

    #[test]
    fn csv_has_a_header_quotes_per_rfc_4180_and_defuses_formulas() {
        let bytes = export(ExportFormat::Csv, &keys(), now()).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap(), CSV_HEADER.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][1], "'=HYPERLINK(\"http://x\")");
        assert_eq!(&rows[0][3], "files:read, rooms:read");
        assert_eq!(&rows[0][4], "expired");
        assert_eq!(&rows[0][8], "'@admin");
        assert_eq!(&rows[1][1], "密钥, \"备份\"");
        assert_eq!(&rows[1][3], "all");
        assert_eq!(&rows[1][7], "", "never expires: empty");
        assert_eq!(&rows[1][8], "'+1 team");
        assert_eq!(&rows[2][1], "نسخ احتياطي");
        assert_eq!(&rows[2][6], "", "never used: empty");
        assert_eq!(&rows[2][7], "'+262142-12-31");
        assert_eq!(&rows[2][8], "'-x");
        let created = &rows[0][5];
        assert!(DateTime::parse_from_rfc3339(created).is_ok(), "{created}");
        assert!(text.contains("\"密钥, \"\"备份\"\"\""), "{text}");
        assert!(text.ends_with("\r\n"));
    }

    #[test]
    fn a_tab_or_carriage_return_in_front_is_defused_too() {
        assert_eq!(defuse_formula("\t=1".to_owned()), "'\t=1");
        assert_eq!(defuse_formula("\r=1".to_owned()), "'\r=1");
        assert_eq!(defuse_formula("a=1".to_owned()), "a=1");
    }

    #[test]
    fn json_has_the_api_names_and_no_secret() {
        let bytes = export(ExportFormat::Json, &keys(), now()).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let items = value.as_array().unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(items[1]["name"], "密钥, \"备份\"");
        assert_eq!(items[2]["lastUsed"], serde_json::Value::Null);
        assert!(items.iter().all(|item| item.get("key").is_none()));
        assert!(items.iter().all(|item| item.get("replaces").is_none()));
    }
}
