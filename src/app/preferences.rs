//! What the window remembers between runs: view settings only, never a secret.

use chrono::Duration;
use serde::{Deserialize, Serialize};

use crate::domain::{KeyQuery, ReviewThresholds, SortOrder, StatusFilter};
use crate::i18n::LanguageChoice;

/// The key under which the preferences are kept in the window's storage.
pub const PREFERENCES_KEY: &str = "docspace-keys/preferences";

/// The grid's order and status filter as the user left them, and the settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub order: SortOrder,
    pub status: StatusFilter,
    pub clear_clipboard: ClearDelay,
    /// The window's language: the system's unless chosen in the settings.
    pub language: LanguageChoice,
    /// Light or dark, or as the system is set.
    pub theme: Theme,
    /// When the security review counts a key as unused.
    pub review: ReviewThresholds,
}

impl Preferences {
    /// The grid's query a new session starts with: the remembered filter and
    /// order, no search.
    pub fn grid_query(&self) -> KeyQuery {
        KeyQuery {
            status: self.status,
            search: String::new(),
            order: self.order,
        }
    }
}

/// How long a copied key stays on the clipboard before the app clears it (if
/// the clipboard still holds it). It is cleared on exit in every case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClearDelay {
    Seconds30,
    Minute1,
    #[default]
    Minutes2,
    Minutes5,
    /// Only on exit.
    Never,
}

impl ClearDelay {
    /// The choices, in the order the settings menu shows them.
    pub const ALL: [ClearDelay; 5] = [
        ClearDelay::Seconds30,
        ClearDelay::Minute1,
        ClearDelay::Minutes2,
        ClearDelay::Minutes5,
        ClearDelay::Never,
    ];

    /// The delay; `None` for [`ClearDelay::Never`].
    pub fn duration(self) -> Option<Duration> {
        match self {
            ClearDelay::Seconds30 => Some(Duration::seconds(30)),
            ClearDelay::Minute1 => Some(Duration::minutes(1)),
            ClearDelay::Minutes2 => Some(Duration::minutes(2)),
            ClearDelay::Minutes5 => Some(Duration::minutes(5)),
            ClearDelay::Never => None,
        }
    }
}

/// Light or dark, or as the system is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The choices, in the order the settings menu shows them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_saved_before_the_clipboard_delay_existed_get_two_minutes() {
        let old: Preferences = serde_json::from_str(r#"{"status":"All"}"#).expect("reads");
        assert_eq!(old.clear_clipboard, ClearDelay::Minutes2);
        assert_eq!(old.clear_clipboard.duration(), Some(Duration::minutes(2)));
        assert_eq!(
            old.language,
            LanguageChoice::System,
            "and the system's language"
        );
        let again: Preferences =
            serde_json::from_str(&serde_json::to_string(&old).expect("writes")).expect("reads");
        assert_eq!(again, old);
        assert_eq!(old.theme, Theme::System);
        let dark = Preferences {
            theme: Theme::Dark,
            ..Preferences::default()
        };
        let again: Preferences =
            serde_json::from_str(&serde_json::to_string(&dark).expect("writes")).expect("reads");
        assert_eq!(again.theme, Theme::Dark);
    }

    #[test]
    fn a_chosen_language_is_remembered() {
        let chosen = Preferences {
            language: LanguageChoice::Chosen("ru".to_owned()),
            ..Preferences::default()
        };
        let again: Preferences =
            serde_json::from_str(&serde_json::to_string(&chosen).expect("writes")).expect("reads");
        assert_eq!(again.language, LanguageChoice::Chosen("ru".to_owned()));
    }
}
