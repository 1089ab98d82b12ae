//! Any status and body a portal can send; the one-pass and the `Value` decoding agree: the
//! property is `docspace_keys::fuzzing::envelope` (stable runs it too, in
//! `tests/fuzz_properties.rs`).
//!
//! Input: two bytes for the HTTP status (100–599), then the body.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| docspace_keys::fuzzing::envelope(data));
