//! What the window remembers between runs: view settings only, never a secret.

use serde::{Deserialize, Serialize};

use crate::domain::{SortOrder, StatusFilter};

/// The key under which the preferences are kept in the window's storage.
pub const PREFERENCES_KEY: &str = "docspace-keys/preferences";

/// The grid's order and status filter, as the user left them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub order: SortOrder,
    pub status: StatusFilter,
}
