//! The few internals the fuzz targets in `fuzz/` reach beyond the public API: what the
//! command line prints for a decoded key list, and the test for characters a terminal
//! acts on. Not an API; hidden from the documentation.

pub use crate::cli::output::{write_keys_json, write_keys_table};
pub use crate::cli::terminal::acts_on;
