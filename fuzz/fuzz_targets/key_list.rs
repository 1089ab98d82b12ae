//! Any answer to `GET /api/2.0/keys`, through to what `keys list` prints: the property is
//! `docspace_keys::fuzzing::key_list` (stable runs it too, in `tests/fuzz_properties.rs`).
//!
//! Input: the body of a 200 answer.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| docspace_keys::fuzzing::key_list(body));
