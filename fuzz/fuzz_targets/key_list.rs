//! Any answer to `GET /api/2.0/keys`, through to what `keys list` prints. Decoding never
//! panics; the JSON written for the keys is valid JSON with one object per key and nothing
//! in it a terminal would act on; the table has no such characters either.
//!
//! Input: the body of a 200 answer.

#![no_main]

use docspace_keys::api::decode::{RawAnswer, decode_keys};
use docspace_keys::fuzzing::{acts_on, write_keys_json, write_keys_table};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|body: &[u8]| {
    let answer = RawAnswer {
        status: 200,
        retry_after: None,
        body,
        host: "portal.example.com",
    };
    let Ok(keys) = decode_keys(answer) else {
        return;
    };

    let mut json = Vec::new();
    write_keys_json(&mut json, &keys).expect("writing to memory does not fail");
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
});
