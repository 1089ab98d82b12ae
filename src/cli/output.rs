//! What the command line prints: a readable table, or JSON with the API's field names.

use std::io::{self, Write};

use chrono::{DateTime, FixedOffset, Local};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::{Value, json};
use zeroize::Zeroize;

use crate::api::NewKeySecret;
use crate::domain::ApiKey;

/// One key as a JSON object: the API's names, dates as RFC 3339, absent dates as null.
fn key_json(key: &ApiKey) -> Value {
    json!({
        "id": key.id,
        "name": key.name,
        "keyPostfix": key.postfix,
        "permissions": key.permissions,
        "isActive": key.active,
        "createOn": key.created.map(|date| date.to_rfc3339()),
        "lastUsed": key.last_used.map(|date| date.to_rfc3339()),
        "expiresAt": key.expires.map(|date| date.to_rfc3339()),
        "createBy": { "id": key.creator.id, "displayName": key.creator.name },
    })
}

pub fn write_keys_json(out: &mut impl Write, keys: &[ApiKey]) -> io::Result<()> {
    let array = Value::Array(keys.iter().map(key_json).collect());
    serde_json::to_writer_pretty(&mut *out, &array)?;
    writeln!(out)
}

/// The created key, including its secret under `key` as in the API's create answer.
pub fn write_created_json(
    out: &mut impl Write,
    key: &ApiKey,
    secret: &NewKeySecret,
) -> io::Result<()> {
    let mut object = key_json(key);
    if let Value::Object(map) = &mut object {
        map.insert("key".to_owned(), Value::String(secret.expose().to_owned()));
    }
    let written = serde_json::to_writer_pretty(&mut *out, &object);
    // The copy of the secret in the JSON value is zeroed, whatever became of the writing.
    if let Value::Object(map) = &mut object
        && let Some(Value::String(copy)) = map.get_mut("key")
    {
        copy.zeroize();
    }
    written?;
    writeln!(out)
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
            key.id.clone(),
            key.name.clone(),
            key.masked(),
            access(key),
            key.state(now).label().to_lowercase(),
            local_date(key.created, "-"),
            local_date(key.last_used, "never"),
            local_date(key.expires, "never"),
            key.creator.name.clone(),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{} key(s)", keys.len())
}

/// Full access, or the stored scopes as they are.
fn access(key: &ApiKey) -> String {
    if key.is_unrestricted() {
        "all".to_owned()
    } else {
        key.permissions.join(", ")
    }
}

fn local_date(date: Option<DateTime<FixedOffset>>, missing: &str) -> String {
    match date {
        Some(date) => date
            .with_timezone(&Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        None => missing.to_owned(),
    }
}
