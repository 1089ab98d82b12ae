//! Numbers, dates and relative times in the window's language: thousands separators and
//! the day/month order come from small rules per language (the separator here, the date
//! pattern in each catalogue), plural forms from Fluent.

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use fluent_templates::fluent_bundle::FluentValue;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::domain::{Relative, Span, in_zone, is_recent, relative_moment};
use crate::tr;

/// How a language groups the digits of a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Grouping {
    separator: &'static str,
    /// Numbers with fewer digits than this are not grouped (Spanish and Polish write 1000).
    min_digits: usize,
}

impl Grouping {
    fn of(language: &LanguageIdentifier) -> Grouping {
        let (separator, min_digits) = match language.language.as_str() {
            "de" | "es" | "it" | "pt" | "tr" => (
                ".",
                if language.language.as_str() == "es" {
                    5
                } else {
                    4
                },
            ),
            "fr" | "ru" | "uk" | "cs" => ("\u{a0}", 4),
            "pl" => ("\u{a0}", 5),
            _ => (",", 4),
        };
        Grouping {
            separator,
            min_digits,
        }
    }

    fn apply(self, digits: &str) -> String {
        if digits.len() < self.min_digits {
            return digits.to_owned();
        }
        let mut grouped = String::with_capacity(digits.len() * 2);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(self.separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}

impl Memoizable for Grouping {
    type Args = ();
    type Error = ();

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Grouping::of(&language))
    }
}

/// Fluent's formatter for numbers: whole numbers get the language's thousands separator.
pub(super) fn number_formatter(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if !whole || number.options.minimum_fraction_digits.is_some() {
        return None;
    }
    let digits = format!("{}", number.value.abs() as u64);
    let grouped = memoizer
        .with_try_get::<Grouping, _, _>((), |grouping| grouping.apply(&digits))
        .ok()?;
    Some(if number.value < 0.0 {
        format!("-{grouped}")
    } else {
        grouped
    })
}

/// A count as the window shows it: `100,014`, `100 014`, `100.014`.
pub fn number(count: u64) -> String {
    Grouping::of(&super::active_language()).apply(&count.to_string())
}

/// The moment's date in `zone`, in the language's order (`31.07.2026`, `2026/07/31`).
pub fn date<Tz: TimeZone, Zone: TimeZone>(moment: &DateTime<Tz>, zone: &Zone) -> String {
    let Some(local) = in_zone(moment, zone) else {
        return tr!("date-unknown");
    };
    tr!(
        "date",
        year = local.year().to_string(),
        month = format!("{:02}", local.month()),
        day = format!("{:02}", local.day()),
    )
}

/// The moment's date and time in `zone`, to the minute. For tooltips.
pub fn date_time<Tz: TimeZone, Zone: TimeZone>(moment: &DateTime<Tz>, zone: &Zone) -> String {
    let Some(local) = in_zone(moment, zone) else {
        return tr!("date-unknown");
    };
    tr!(
        "date-time",
        date = date(moment, zone),
        time = format!("{:02}:{:02}", local.hour(), local.minute()),
    )
}

/// "3 days ago", "in 5 minutes", "yesterday", "just now", with the language's plurals.
pub fn relative<Tz: TimeZone>(moment: &DateTime<Tz>, now: DateTime<Utc>) -> String {
    match relative_moment(moment.clone(), now) {
        Relative::JustNow => tr!("time-just-now"),
        Relative::Ago(span) => match span {
            Span::Minutes(count) => tr!("time-minutes-ago", count = count),
            Span::Hours(count) => tr!("time-hours-ago", count = count),
            Span::OneDay => tr!("time-yesterday"),
            Span::Days(count) => tr!("time-days-ago", count = count),
            Span::Weeks(count) => tr!("time-weeks-ago", count = count),
            Span::Months(count) => tr!("time-months-ago", count = count),
            Span::Years(count) => tr!("time-years-ago", count = count),
        },
        Relative::In(span) => match span {
            Span::Minutes(count) => tr!("time-in-minutes", count = count),
            Span::Hours(count) => tr!("time-in-hours", count = count),
            Span::OneDay => tr!("time-tomorrow"),
            Span::Days(count) => tr!("time-in-days", count = count),
            Span::Weeks(count) => tr!("time-in-weeks", count = count),
            Span::Months(count) => tr!("time-in-months", count = count),
            Span::Years(count) => tr!("time-in-years", count = count),
        },
    }
}

/// The moment as the key grid shows it: relative when it is less than 30 days from now,
/// otherwise its date in `zone`.
pub fn moment<Tz: TimeZone, Zone: TimeZone>(
    moment: &DateTime<Tz>,
    now: DateTime<Utc>,
    zone: &Zone,
) -> String {
    if is_recent(moment, now) {
        relative(moment, now)
    } else {
        date(moment, zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouped(tag: &str, count: u64) -> String {
        Grouping::of(&tag.parse().expect("a tag")).apply(&count.to_string())
    }

    #[test]
    fn thousands_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(grouped("en", 100_014), "100,014");
        assert_eq!(grouped("ru", 100_014), "100\u{a0}014");
        assert_eq!(grouped("de", 1_234_567), "1.234.567");
        assert_eq!(grouped("ja", 999), "999");
        assert_eq!(grouped("es", 1000), "1000");
        assert_eq!(grouped("es", 10_000), "10.000");
        assert_eq!(grouped("pl", 1000), "1000");
        assert_eq!(grouped("fr", 1000), "1\u{a0}000");
        assert_eq!(grouped("en", 0), "0");
    }
}
