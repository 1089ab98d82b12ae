//! Any text typed as the portal's address: the property is
//! `docspace_keys::fuzzing::portal_url` (stable runs it too, in `tests/fuzz_properties.rs`).
//!
//! Input: the text, as UTF-8.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| docspace_keys::fuzzing::portal_url(data));
