//! The window's words in the admin's language: Fluent catalogues under
//! `assets/locales/<lang>/`, built into the binary, looked up with [`tr!`].
//!
//! The language is set per thread with [`use_language`]: the window sets it at the start of
//! every frame, on the thread that draws, and every text shown is made on that thread. That
//! keeps two windows (or two UI tests running side by side) in their own languages without
//! passing a catalogue through every drawing function. The command line never calls this
//! and stays in English.

mod format;
mod languages;

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

pub use format::{date, date_time, moment, number, relative};
pub use languages::{LANGUAGES, Language, LanguageChoice, resolve, shipped, system_language};

static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en",
        // Unicode isolation marks around each placeable would reach egui, which has no bidi
        // reordering to use them: they would only draw as boxes.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format::number_formatter));
        },
    };
}

thread_local! {
    static ACTIVE: RefCell<LanguageIdentifier> = RefCell::new(languages::english());
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
}

/// Shows this thread's texts in `language` from now on.
pub fn use_language(language: &LanguageIdentifier) {
    ACTIVE.with(|active| {
        if *active.borrow() != *language {
            *active.borrow_mut() = language.clone();
        }
    });
}

/// The language this thread's texts are in.
pub fn active_language() -> LanguageIdentifier {
    ACTIVE.with(|active| active.borrow().clone())
}

/// Test support: wraps every message of this thread in `«` and `»`, so a test can find text
/// that did not come from the catalogue. Not reachable from the window or the command line.
#[doc(hidden)]
pub fn use_pseudo_locale(on: bool) {
    PSEUDO.with(|pseudo| pseudo.set(on));
}

/// A Fluent variable's value: text, or a number (which selects plural forms and is shown
/// with the language's thousands separator).
pub struct Arg(FluentValue<'static>);

macro_rules! number_args {
    ($($num:ty)+) => {$(
        impl From<$num> for Arg {
            fn from(value: $num) -> Self {
                Arg(FluentValue::from(value))
            }
        }
    )+};
}
number_args!(u8 u16 u32 u64 usize i32 i64);

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg(FluentValue::from(value))
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg(FluentValue::from(value.clone()))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg(FluentValue::from(value.to_owned()))
    }
}

/// The message `id` in this thread's language, with `args` for its variables. Use [`tr!`],
/// which the catalogue test can find in the source.
pub fn text(id: &str, args: &[(&'static str, Arg)]) -> String {
    let language = active_language();
    let text = if args.is_empty() {
        LOCALES.lookup(&language, id)
    } else {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(name, Arg(value))| (Cow::Borrowed(*name), value.clone()))
            .collect();
        LOCALES.lookup_with_args(&language, id, &args)
    };
    if PSEUDO.with(Cell::get) {
        format!("«{text}»")
    } else {
        text
    }
}

/// The languages that have a catalogue in this build.
pub fn catalogues() -> Vec<LanguageIdentifier> {
    LOCALES.locales().cloned().collect()
}

/// A message of the window's catalogue in the current language, by its literal id, then
/// `name = value` pairs for its variables. `tests/catalogue.rs` finds every use in `src/`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests;
