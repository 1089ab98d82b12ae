//! The languages the window speaks, the user's choice among them, and the
//! system's language negotiated against the catalogues there are.

use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the window: its tag (the folder under `assets/locales/`) and its name in
/// itself, as the language menu shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub tag: &'static str,
    pub name: &'static str,
}

/// The languages the window is to speak, in the menu's order. Those with a catalogue in
/// this build are [`shipped`]; the others wait for their translation.
pub const LANGUAGES: [Language; 14] = [
    Language {
        tag: "en",
        name: "English",
    },
    Language {
        tag: "de",
        name: "Deutsch",
    },
    Language {
        tag: "fr",
        name: "Français",
    },
    Language {
        tag: "es",
        name: "Español",
    },
    Language {
        tag: "pt-BR",
        name: "Português (Brasil)",
    },
    Language {
        tag: "it",
        name: "Italiano",
    },
    Language {
        tag: "pl",
        name: "Polski",
    },
    Language {
        tag: "cs",
        name: "Čeština",
    },
    Language {
        tag: "tr",
        name: "Türkçe",
    },
    Language {
        tag: "ru",
        name: "Русский",
    },
    Language {
        tag: "uk",
        name: "Українська",
    },
    Language {
        tag: "zh-CN",
        name: "简体中文",
    },
    Language {
        tag: "ja",
        name: "日本語",
    },
    Language {
        tag: "ko",
        name: "한국어",
    },
];

impl Language {
    pub fn id(self) -> LanguageIdentifier {
        self.tag.parse().unwrap_or_else(|_| english())
    }
}

/// The languages of [`LANGUAGES`] that have a catalogue in this build.
pub fn shipped() -> Vec<Language> {
    let catalogues = super::catalogues();
    LANGUAGES
        .into_iter()
        .filter(|language| catalogues.contains(&language.id()))
        .collect()
}

/// Which language the window speaks: the system's, or one the user chose in the settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageChoice {
    #[default]
    System,
    /// A language tag such as `de` or `pt-BR`.
    Chosen(String),
}

/// The language to show for `choice`: the chosen one if this build has it, otherwise the
/// system's.
pub fn resolve(choice: &LanguageChoice) -> LanguageIdentifier {
    match choice {
        LanguageChoice::Chosen(tag) => shipped()
            .into_iter()
            .find(|language| language.tag == tag)
            .map_or_else(system_language, Language::id),
        LanguageChoice::System => system_language(),
    }
}

/// The system's preferred languages, negotiated against the catalogues; English when none
/// of them has one.
pub fn system_language() -> LanguageIdentifier {
    static SYSTEM: LazyLock<LanguageIdentifier> =
        LazyLock::new(|| negotiate(&sys_locale::get_locales().collect::<Vec<_>>()));
    SYSTEM.clone()
}

/// The best catalogue for languages in the order a user prefers them (`de-AT`, `pt_BR`,
/// `zh-Hans-CN`, `C`…); English when none fits.
pub fn negotiate(preferred: &[String]) -> LanguageIdentifier {
    let requested: Vec<LanguageIdentifier> = preferred
        .iter()
        .filter_map(|tag| {
            // POSIX locales look like `pt_BR.UTF-8@euro`.
            let tag = tag.split(['.', '@']).next().unwrap_or_default();
            tag.replace('_', "-").parse().ok()
        })
        .collect();
    let available: Vec<LanguageIdentifier> = shipped().into_iter().map(Language::id).collect();
    let fallback = english();
    negotiate_languages(
        &requested,
        &available,
        Some(&fallback),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map_or_else(english, |language| (*language).clone())
}

pub(super) fn english() -> LanguageIdentifier {
    unic_langid::langid!("en")
}
