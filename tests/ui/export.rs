//! "Export…": the keys the grid shows, after search and filter, saved as CSV or JSON through
//! the save dialog (or to Downloads without one), never with a secret.

use std::path::Path;

use docspace_keys::api::{CreateKeyRequest, Credential, Portal, PortalUrl, SignIn};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD};
use egui::accesskit::Role;
use secrecy::SecretString;

use crate::support::*;

/// Creates keys with these names on the demo portal, as another admin would; gives their secrets.
fn create_on_portal(fixture: &Fixture, names: &[&str]) -> Vec<String> {
    fixture.runtime.block_on(async {
        let portal = Portal::new(PortalUrl::parse(&fixture.demo.url()).unwrap()).unwrap();
        let password = SecretString::from(DEMO_PASSWORD);
        let SignIn::Token { token, .. } =
            portal.sign_in(ADMIN_EMAIL, &password, None).await.unwrap()
        else {
            panic!("the admin signs in in one step");
        };
        let client = portal.with_credential(Credential::LoginToken(token));
        let mut secrets = Vec::new();
        for name in names {
            let request = CreateKeyRequest {
                name: (*name).to_owned(),
                permissions: Some(vec!["files:read".to_owned()]),
                expires_in_days: Some(30),
            };
            let (_, secret) = client.create_key(&request).await.unwrap();
            secrets.push(secret.expose().to_owned());
        }
        secrets
    })
}

/// "Export…", then the format's entry; waits for the file.
fn export(harness: &mut AppHarness, entry: &str, path: &Path) {
    click(harness, "Export…");
    click(harness, entry);
    wait_until(harness, "the export", |app| {
        keys_screen(app).is_some_and(|screen| !screen.exporting)
    });
    assert!(path.is_file(), "{} was written", path.display());
}

/// Whether `text` holds a full key: "sk-" and 64 lower-case hex digits.
fn holds_a_full_key(text: &str) -> bool {
    text.match_indices("sk-")
        .any(|(at, _)| text.get(at..at + 67).is_some_and(is_full_key))
}

const NAMES: [&str; 4] = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "备份密钥", "نسخ احتياطي"];

#[test]
fn csv_export_holds_exactly_the_shown_keys_with_formulas_defused_and_no_secret() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("keys.csv");
    let fixture = Fixture::new().with_file_picker(path.clone());
    let secrets = create_on_portal(&fixture, &NAMES);
    let mut harness = fixture.start_demo();

    // Only what the search lets through.
    type_into(&mut harness, Role::TextInput, "Search", "sync");
    let shown: Vec<String> = grid(&harness)
        .keys()
        .visible_keys()
        .map(|key| key.id.clone())
        .collect();
    assert!(shown.len() >= 2 && shown.len() < fixture.demo.keys().len());
    export(&mut harness, "CSV (for spreadsheets)…", &path);
    let text = std::fs::read_to_string(&path).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(&reader.headers().unwrap()[2], "key ending");
    let ids: Vec<String> = reader
        .records()
        .map(|row| row.unwrap()[0].to_owned())
        .collect();
    assert_eq!(ids, shown, "the shown keys, once each, in the grid's order");
    assert!(shows_text_containing(&harness, "Exported "));

    // Everything, with the awkward names.
    click(&mut harness, "Clear the search");
    assert_eq!(grid(&harness).visible_len(), fixture.demo.keys().len());
    export(&mut harness, "CSV (for spreadsheets)…", &path);
    let text = std::fs::read_to_string(&path).expect("UTF-8");
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()));
    }
    assert!(!holds_a_full_key(&text) && !text.contains("sk-"), "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut ids: Vec<&str> = rows.iter().map(|row| &row[0]).collect();
    ids.sort();
    let mut expected: Vec<String> = fixture.demo.keys().into_iter().map(|key| key.id).collect();
    expected.sort();
    assert_eq!(ids, expected, "every key once");
    let names: Vec<&str> = rows.iter().map(|row| &row[1]).collect();
    for name in [
        "'=cmd|' /C calc'!A0",
        "'@SUM(1+1)",
        "备份密钥",
        "نسخ احتياطي",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert!(
        rows.iter()
            .all(|row| chrono::DateTime::parse_from_rfc3339(&row[5]).is_ok())
    );
}

#[test]
fn json_export_has_the_api_names_every_key_once_and_no_secret() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("keys.json");
    let fixture = Fixture::new().with_file_picker(path.clone());
    let secrets = create_on_portal(&fixture, &NAMES);
    let mut harness = fixture.start_demo();
    export(&mut harness, "JSON…", &path);
    let text = std::fs::read_to_string(&path).expect("UTF-8");
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()));
    }
    assert!(!holds_a_full_key(&text));
    let keys: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(keys.len(), fixture.demo.keys().len());
    assert!(keys.iter().all(|key| key.get("key").is_none()));
    for name in NAMES {
        assert!(
            keys.iter().any(|key| key["name"] == name),
            "{name} kept verbatim"
        );
    }
}

#[test]
fn without_a_save_dialog_the_export_goes_to_downloads() {
    let downloads = tempfile::tempdir().unwrap();
    let fixture = Fixture::new().without_file_dialog(downloads.path().to_path_buf());
    let mut harness = fixture.start_demo();
    click(&mut harness, "Export…");
    click(&mut harness, "CSV (for spreadsheets)…");
    wait_until(&mut harness, "the export", |app| {
        keys_screen(app).is_some_and(|screen| !screen.exporting)
    });
    let files: Vec<_> = std::fs::read_dir(downloads.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    let [file] = files.as_slice() else {
        panic!("one file in Downloads: {files:?}");
    };
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("docspace-keys-") && name.ends_with(".csv"),
        "{name}"
    );
    let text = std::fs::read_to_string(file).unwrap();
    assert_eq!(text.lines().count(), fixture.demo.keys().len() + 1);
    assert!(shows_text_containing(&harness, &name));
}
