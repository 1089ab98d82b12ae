//! Pure logic on the application's own types. No I/O and no async.

mod key;
mod person;
mod scope;

pub use key::{ApiKey, Creator};
pub use person::{Person, Role};
pub use scope::{Access, AccessKind, ScopeGrid, ScopeRow, area_label, permissions_summary};
