use super::*;

fn in_language<T>(tag: &str, run: impl FnOnce() -> T) -> T {
    let before = active_language();
    use_language(&tag.parse().expect("a language tag"));
    let result = run();
    use_language(&before);
    result
}

#[test]
fn counts_choose_plural_forms_and_show_thousands_separators() {
    let days = |count: u64| tr!("time-days-ago", count = count);
    assert_eq!(in_language("en", || days(3)), "3 days ago");
    assert_eq!(in_language("ru", || days(2)), "2 дня назад");
    assert_eq!(in_language("ru", || days(5)), "5 дней назад");
    assert_eq!(in_language("ru", || days(21)), "21 день назад");
    let showing = || tr!("keys-showing", shown = 100_014u64, total = 100_014u64);
    assert_eq!(in_language("en", showing), "Showing 100,014 of 100,014");
    assert_eq!(
        in_language("ru", showing),
        "Показано 100\u{a0}014 из 100\u{a0}014"
    );
}

#[test]
fn dates_follow_each_language_s_order() {
    let moment = chrono::DateTime::parse_from_rfc3339("2026-07-31T13:05:00+00:00").expect("a date");
    let utc = chrono::Utc;
    assert_eq!(in_language("en", || date(&moment, &utc)), "2026-07-31");
    assert_eq!(in_language("ru", || date(&moment, &utc)), "31.07.2026");
    assert_eq!(in_language("ja", || date(&moment, &utc)), "2026/07/31");
    assert_eq!(
        in_language("ja", || date_time(&moment, &utc)),
        "2026/07/31 13:05"
    );
}

#[test]
fn the_system_language_is_negotiated_against_the_catalogues() {
    let tags = |tags: &[&str]| tags.iter().map(|tag| (*tag).to_owned()).collect::<Vec<_>>();
    assert_eq!(negotiate_for_test(&tags(&["ru_RU.UTF-8"])), "ru");
    assert_eq!(negotiate_for_test(&tags(&["ja-JP"])), "ja");
    assert_eq!(
        negotiate_for_test(&tags(&["ar-SA", "ru"])),
        "ru",
        "the first one there is"
    );
    assert_eq!(
        negotiate_for_test(&tags(&["ar-SA"])),
        "en",
        "English when none is"
    );
    assert_eq!(negotiate_for_test(&tags(&["C", ""])), "en");
    assert_eq!(negotiate_for_test(&[]), "en");
}

fn negotiate_for_test(tags: &[String]) -> String {
    languages::negotiate(tags).to_string()
}

#[test]
fn a_chosen_language_wins_unless_this_build_lacks_it() {
    assert_eq!(
        resolve(&LanguageChoice::Chosen("ja".to_owned())).to_string(),
        "ja"
    );
    assert_eq!(
        resolve(&LanguageChoice::Chosen("xx".to_owned())),
        system_language(),
        "an unknown choice falls back to the system's language"
    );
}

#[test]
fn every_catalogue_is_one_of_the_fourteen_languages() {
    let known: Vec<LanguageIdentifier> = LANGUAGES.iter().map(|language| language.id()).collect();
    for catalogue in catalogues() {
        assert!(
            known.contains(&catalogue),
            "{catalogue} is not in LANGUAGES"
        );
    }
    assert!(shipped().iter().any(|language| language.tag == "en"));
}

#[test]
fn the_pseudo_locale_marks_every_message() {
    use_pseudo_locale(true);
    let text = tr!("keys-new");
    use_pseudo_locale(false);
    assert_eq!(text, "«New key»");
    assert_eq!(tr!("keys-new"), "New key");
}
