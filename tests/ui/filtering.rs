//! Narrowing the grid by status and by search. The expected rows are written
//! out from the seed (`src/demo/seed.rs`).

use std::collections::BTreeSet;

use docspace_keys::demo::UnreadableDates;
use docspace_keys::domain::StatusFilter;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

fn filter_button_label(harness: &AppHarness, filter: StatusFilter) -> String {
    let prefix = format!("{} (", filter.label());
    harness
        .get_by(|node| node.label().is_some_and(|label| label.starts_with(&prefix)))
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

fn visible_set(harness: &AppHarness) -> BTreeSet<String> {
    visible_names(harness).into_iter().collect()
}

fn set_of(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn status_filters_and_search_narrow_the_rows() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();

    harness.get_by_label("Expired (2)");
    let expectations: [(StatusFilter, &[&str]); 6] = [
        (
            StatusFilter::Active,
            &[
                "Document archiver",
                "Helpdesk bot",
                "Personal scripts",
                "Intern sandbox",
                "CI deploy bot",
                "Mobile scanner app",
                "Power BI reports",
                "Slack notifications",
                "Zapier automation",
                "Nightly backup script",
            ],
        ),
        // Switched off and not expired.
        (
            StatusFilter::Inactive,
            &["Website contact form", "Moodle integration"],
        ),
        // Past their lifetime, whether switched off or not.
        (StatusFilter::Expired, &["Calendar sync", "Old CRM sync"]),
        // Within seven days of expiring: in about 2, 4 and 5 days.
        (
            StatusFilter::ExpiringSoon,
            &["Intern sandbox", "Helpdesk bot", "CI deploy bot"],
        ),
        (
            StatusFilter::NeverUsed,
            &[
                "Document archiver",
                "Helpdesk bot",
                "Intern sandbox",
                "Website contact form",
            ],
        ),
        (StatusFilter::All, &SEED_KEYS_NEWEST_FIRST),
    ];
    for (filter, expected) in expectations {
        let expected = set_of(expected);
        let label = filter_button_label(&harness, filter);
        assert_eq!(label, format!("{} ({})", filter.label(), expected.len()));
        click(&mut harness, &label);
        assert_eq!(grid(&harness).query.status, filter);
        assert_eq!(visible_set(&harness), expected, "{filter:?}");
    }
    assert_eq!(
        visible_set(&harness).len(),
        fixture.demo.keys().len(),
        "All shows everything again"
    );

    // Search matches names, key endings and creators, case-insensitively. Only two names hold
    // "sync"; no creator's does, and key endings are hex digits.
    type_into(&mut harness, Role::TextInput, "Search", "SYNC");
    let syncs = set_of(&["Calendar sync", "Old CRM sync"]);
    assert_eq!(visible_set(&harness), syncs);

    // Search and filter together: both sync keys have expired.
    let expired = filter_button_label(&harness, StatusFilter::Expired);
    click(&mut harness, &expired);
    assert_eq!(visible_set(&harness), syncs);
    assert_eq!(
        filter_button_label(&harness, StatusFilter::Expired),
        "Expired (2)",
        "the counts follow the search"
    );
    assert_eq!(
        filter_button_label(&harness, StatusFilter::All),
        "All (2)",
        "only the two matches are counted"
    );
    assert_eq!(
        filter_button_label(&harness, StatusFilter::Active),
        "Active (0)"
    );

    // Nothing matches: the way back is offered.
    replace_text(
        &mut harness,
        Role::TextInput,
        "Search",
        "no such key anywhere",
    );
    assert!(visible_names(&harness).is_empty());
    harness.get_by_label("No keys match the search or the filter.");
    click(&mut harness, "Show all keys");
    assert_eq!(visible_set(&harness), set_of(&SEED_KEYS_NEWEST_FIRST));
    assert_eq!(grid(&harness).query.search, "");
}

#[test]
fn the_search_box_has_a_clear_button() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    assert!(
        harness.query_by_label("Clear the search").is_none(),
        "nothing to clear yet"
    );
    type_into(&mut harness, Role::TextInput, "Search", "SYNC");
    assert_eq!(visible_names(&harness).len(), 2);
    click(&mut harness, "Clear the search");
    assert_eq!(visible_names(&harness).len(), 14);
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Search")
            .value()
            .as_deref(),
        Some("")
    );
}

#[test]
fn a_key_with_dates_the_app_cannot_read_shows_unknown_and_counts_as_neither() {
    let fixture = Fixture::new();
    // Found by fuzzing: shown west of UTC, this year overflowed and the window panicked.
    fixture
        .demo
        .faults()
        .set_unreadable_dates(Some(UnreadableDates {
            name: "Zapier automation".to_owned(),
            text: "-262143-01-01T00:00:00".to_owned(),
        }));
    let mut harness = fixture.start_demo();
    harness.run();

    assert!(visible_set(&harness).contains("Zapier automation"));
    let unknown = harness.query_all_by_label("unknown").count();
    assert!(unknown >= 3, "created, last used and expires: {unknown}");
    let key = key_named(&harness, "Zapier automation");
    assert!(key.expires.is_unreadable() && key.last_used.is_unreadable());
    // One active key fewer than the seed's ten; neither expired nor never used.
    harness.get_by_label("Active (9)");
    harness.get_by_label("Expired (2)");
    harness.get_by_label("All (14)");
    for filter in [StatusFilter::Active, StatusFilter::NeverUsed] {
        let label = filter_button_label(&harness, filter);
        click(&mut harness, &label);
        harness.run();
        assert!(
            !visible_set(&harness).contains("Zapier automation"),
            "{label}"
        );
    }
}
