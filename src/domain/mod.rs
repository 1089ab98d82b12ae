//! Pure logic on the application's own types. No I/O and no async.

mod key;
mod person;

pub use key::{ApiKey, Creator};
pub use person::{Person, Role};
