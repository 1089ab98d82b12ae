//! Dates both ways, as text read and written again and as moments written and read: the
//! property is `docspace_keys::fuzzing::api_date` (stable runs it too, in
//! `tests/fuzz_properties.rs`).
//!
//! Input: one byte for the mode (even: text, odd: moment), then the text or the moment.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| docspace_keys::fuzzing::api_date(data));
