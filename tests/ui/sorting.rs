//! Sorting the grid from its column headers. The expected orders are written
//! out from the seed (`src/demo/seed.rs`): each key's age, last use, lifetime,
//! creator, scopes and active flag.

use docspace_keys::domain::{SortColumn, SortDirection, SortOrder};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

fn header_labels(column: SortColumn) -> [String; 3] {
    let label = column.label();
    [label.to_owned(), format!("{label} ⬆"), format!("{label} ⬇")]
}

/// The header button of `column`, whatever arrow it carries.
fn header_label(harness: &AppHarness, column: SortColumn) -> String {
    let names = header_labels(column);
    harness
        .get_by(|node| {
            node.role() == Role::Button && node.label().is_some_and(|label| names.contains(&label))
        })
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

fn click_header(harness: &mut AppHarness, column: SortColumn) {
    let label = header_label(harness, column);
    click(harness, &label);
}

/// The seed's rows, top to bottom, in `order`; `None` for the Key column, whose endings are
/// random. Ties keep the portal's order, newest first, in both directions.
fn seed_rows(order: SortOrder) -> Option<[&'static str; 14]> {
    use SortDirection::{Ascending, Descending};
    let rows = match (order.column, order.direction) {
        // By name, ignoring case: "Calendar" before "CI", "Mobile" before "Moodle".
        (SortColumn::Name, Ascending) => [
            "Calendar sync",
            "CI deploy bot",
            "Document archiver",
            "Helpdesk bot",
            "Intern sandbox",
            "Mobile scanner app",
            "Moodle integration",
            "Nightly backup script",
            "Old CRM sync",
            "Personal scripts",
            "Power BI reports",
            "Slack notifications",
            "Website contact form",
            "Zapier automation",
        ],
        (SortColumn::Name, Descending) => [
            "Zapier automation",
            "Website contact form",
            "Slack notifications",
            "Power BI reports",
            "Personal scripts",
            "Old CRM sync",
            "Nightly backup script",
            "Moodle integration",
            "Mobile scanner app",
            "Intern sandbox",
            "Helpdesk bot",
            "Document archiver",
            "CI deploy bot",
            "Calendar sync",
        ],
        (SortColumn::Key, _) => return None,
        // All (no scopes, or `*:write`), then Read only (`*:read`), then custom access by its
        // summary: "Contacts: read and write", "Files: read", "Files: read and write" (two
        // keys), "Files: read and write · Rooms: read", "Profile: read · Contacts: read",
        // "Rooms: read", "Rooms: read and write" (two keys).
        (SortColumn::Access, Ascending) => [
            "Document archiver",
            "Intern sandbox",
            "CI deploy bot",
            "Old CRM sync",
            "Nightly backup script",
            "Helpdesk bot",
            "Slack notifications",
            "Personal scripts",
            "Mobile scanner app",
            "Zapier automation",
            "Moodle integration",
            "Power BI reports",
            "Website contact form",
            "Calendar sync",
        ],
        (SortColumn::Access, Descending) => [
            "Website contact form",
            "Calendar sync",
            "Power BI reports",
            "Moodle integration",
            "Zapier automation",
            "Personal scripts",
            "Mobile scanner app",
            "Slack notifications",
            "Helpdesk bot",
            "Nightly backup script",
            "Document archiver",
            "Intern sandbox",
            "CI deploy bot",
            "Old CRM sync",
        ],
        // Oldest first: created 200, 160, 130, 95, 75, 60, 45, 40, 30, 25, 12, 8, 3 and 1 days ago.
        (SortColumn::Created, Ascending) => [
            "Old CRM sync",
            "Nightly backup script",
            "Calendar sync",
            "Zapier automation",
            "Moodle integration",
            "Slack notifications",
            "Website contact form",
            "Power BI reports",
            "Mobile scanner app",
            "CI deploy bot",
            "Intern sandbox",
            "Personal scripts",
            "Helpdesk bot",
            "Document archiver",
        ],
        (SortColumn::Created, Descending) => SEED_KEYS_NEWEST_FIRST,
        // The four never-used keys first, then by last use: 115 and 50 days, 11 days, 3 days,
        // a day, 9 hours, 2 hours, an hour, 31 minutes and 5 minutes ago.
        (SortColumn::LastUsed, Ascending) => [
            "Document archiver",
            "Helpdesk bot",
            "Intern sandbox",
            "Website contact form",
            "Old CRM sync",
            "Moodle integration",
            "Calendar sync",
            "Slack notifications",
            "Power BI reports",
            "Nightly backup script",
            "Zapier automation",
            "Personal scripts",
            "CI deploy bot",
            "Mobile scanner app",
        ],
        (SortColumn::LastUsed, Descending) => [
            "Mobile scanner app",
            "CI deploy bot",
            "Personal scripts",
            "Zapier automation",
            "Nightly backup script",
            "Power BI reports",
            "Slack notifications",
            "Calendar sync",
            "Moodle integration",
            "Old CRM sync",
            "Document archiver",
            "Helpdesk bot",
            "Intern sandbox",
            "Website contact form",
        ],
        // By expiry: about 110 and 10 days ago, in 2, 4 and 5 days, in 175, 325 and 335 days;
        // then the six keys that never expire.
        (SortColumn::Expires, Ascending) => [
            "Old CRM sync",
            "Calendar sync",
            "Intern sandbox",
            "Helpdesk bot",
            "CI deploy bot",
            "Zapier automation",
            "Power BI reports",
            "Mobile scanner app",
            "Document archiver",
            "Personal scripts",
            "Website contact form",
            "Slack notifications",
            "Moodle integration",
            "Nightly backup script",
        ],
        (SortColumn::Expires, Descending) => [
            "Document archiver",
            "Personal scripts",
            "Website contact form",
            "Slack notifications",
            "Moodle integration",
            "Nightly backup script",
            "Mobile scanner app",
            "Power BI reports",
            "Zapier automation",
            "CI deploy bot",
            "Helpdesk bot",
            "Intern sandbox",
            "Calendar sync",
            "Old CRM sync",
        ],
        // Alex Smith's five keys, Dana Lee's five, Jordan Park's three, Sam Rivera's one.
        (SortColumn::CreatedBy, Ascending) => [
            "Document archiver",
            "CI deploy bot",
            "Zapier automation",
            "Nightly backup script",
            "Old CRM sync",
            "Intern sandbox",
            "Mobile scanner app",
            "Website contact form",
            "Slack notifications",
            "Calendar sync",
            "Helpdesk bot",
            "Power BI reports",
            "Moodle integration",
            "Personal scripts",
        ],
        (SortColumn::CreatedBy, Descending) => [
            "Personal scripts",
            "Helpdesk bot",
            "Power BI reports",
            "Moodle integration",
            "Intern sandbox",
            "Mobile scanner app",
            "Website contact form",
            "Slack notifications",
            "Calendar sync",
            "Document archiver",
            "CI deploy bot",
            "Zapier automation",
            "Nightly backup script",
            "Old CRM sync",
        ],
        // Ten active keys, two switched off, two expired (one of them still flagged active).
        (SortColumn::Active, Ascending) => [
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
            "Website contact form",
            "Moodle integration",
            "Calendar sync",
            "Old CRM sync",
        ],
        (SortColumn::Active, Descending) => [
            "Calendar sync",
            "Old CRM sync",
            "Website contact form",
            "Moodle integration",
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
    };
    Some(rows)
}

/// The key endings are random, so the Key column's rows are checked against the endings the
/// portal stores for them.
#[track_caller]
fn assert_rows_sorted_by_key_ending(
    harness: &AppHarness,
    fixture: &Fixture,
    direction: SortDirection,
) {
    let names = visible_names(harness);
    assert_eq!(
        names.len(),
        SEED_KEYS_NEWEST_FIRST.len(),
        "every row is visible"
    );
    let endings: Vec<String> = names
        .iter()
        .map(|name| {
            fixture
                .stored_key(name)
                .and_then(|key| key.key_postfix)
                .unwrap_or_else(|| panic!("the portal has an ending for {name:?}"))
        })
        .collect();
    let mut sorted = endings.clone();
    sorted.sort();
    if direction == SortDirection::Descending {
        sorted.reverse();
    }
    assert_eq!(
        endings, sorted,
        "rows by key ending, {direction:?}: {names:?}"
    );
    assert_ne!(endings.first(), endings.last(), "{endings:?}");
}

#[test]
fn every_column_sorts_both_ways_from_its_header() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    // The portal's own order to begin with: newest first.
    assert_eq!(header_label(&harness, SortColumn::Created), "Created ⬇");
    assert_eq!(visible_names(&harness), SEED_KEYS_NEWEST_FIRST);

    for column in SortColumn::ALL {
        // A new column sorts ascending; a second click reverses it.
        for (direction, arrow) in [
            (SortDirection::Ascending, "⬆"),
            (SortDirection::Descending, "⬇"),
        ] {
            click_header(&mut harness, column);
            let order = SortOrder { column, direction };
            assert_eq!(grid(&harness).query.order, order);
            assert_eq!(
                header_label(&harness, column),
                format!("{} {arrow}", column.label())
            );
            match seed_rows(order) {
                Some(rows) => assert_eq!(visible_names(&harness), rows, "rows by {order:?}"),
                None => assert_rows_sorted_by_key_ending(&harness, &fixture, direction),
            }
        }
    }
    assert_eq!(
        harness.state().preferences().order,
        grid(&harness).query.order,
        "the order is remembered for the next start"
    );
}

/// Every row on screen has its Edit, Delete and Active controls inside the window.
#[track_caller]
fn row_controls_fit(harness: &AppHarness) {
    row_controls_fit_in(harness, ["Edit {}", "Delete {}", "Active: {}"]);
}

/// As [`row_controls_fit`], with the controls' names in the window's language: each is a
/// template in which `{}` stands for the key's name.
#[track_caller]
fn row_controls_fit_in(harness: &AppHarness, [edit, delete, active]: [&str; 3]) {
    let window = harness.ctx.content_rect();
    let named = |template: &str, name: &str| template.replace("{}", name);
    let names: Vec<String> = SEED_KEYS_NEWEST_FIRST
        .iter()
        .filter(|name| harness.query_by_label(&named(delete, name)).is_some())
        .map(|name| (*name).to_owned())
        .collect();
    assert!(!names.is_empty(), "rows are shown");
    for name in names {
        for template in [edit, delete, active] {
            let label = named(template, &name);
            let Some(node) = harness.query_by_label(&label) else {
                // An expired key has no switch: it says "expired" instead.
                assert!(template == active, "{label} is missing");
                continue;
            };
            let rect = node.rect();
            assert!(
                rect.max.x <= window.max.x + 0.5 && rect.min.x >= window.min.x,
                "{label} is cut off at {rect:?} in a window of {window:?}"
            );
        }
    }
}

#[test]
fn every_row_keeps_its_controls_at_the_smallest_window_and_at_double_zoom() {
    let fixture = Fixture::new();
    let harness = fixture.start_demo_in(egui::vec2(760.0, 480.0), 1.0);
    row_controls_fit(&harness);
    assert!(
        harness.query_by_label("Created by").is_none(),
        "folded away first"
    );
    harness.get_by_label("Expires");

    // 200 % on a 1280 × 800 window leaves 640 × 400 points.
    let harness = fixture.start_demo_in(WINDOW, 2.0);
    assert_eq!(harness.ctx.content_rect().width(), 640.0);
    row_controls_fit(&harness);
    harness.get_by_label("Expires");
}

#[test]
fn russian_rows_keep_their_controls_at_the_smallest_window_and_at_double_zoom() {
    let fixture = Fixture::new().in_language("ru");
    let russian = ["Изменить {}", "Удалить {}", "Активен: {}"];
    let harness = fixture.start_demo_in(egui::vec2(760.0, 480.0), 1.0);
    row_controls_fit_in(&harness, russian);
    harness.get_by_label("Истекает");
    let harness = fixture.start_demo_in(WINDOW, 2.0);
    row_controls_fit_in(&harness, russian);
}

#[test]
fn german_rows_keep_their_controls_at_the_smallest_window_and_at_double_zoom() {
    let fixture = Fixture::new().in_language("de");
    let german = ["{} bearbeiten", "{} löschen", "Aktiv: {}"];
    let harness = fixture.start_demo_in(egui::vec2(760.0, 480.0), 1.0);
    row_controls_fit_in(&harness, german);
    harness.get_by_label("Läuft ab");
    let harness = fixture.start_demo_in(WINDOW, 2.0);
    row_controls_fit_in(&harness, german);
}

#[test]
fn a_wide_window_shows_every_column() {
    let fixture = Fixture::new();
    let harness = fixture.start_demo();
    for column in SortColumn::ALL {
        assert!(
            shows_text_containing(&harness, column.label()),
            "{} is shown",
            column.label()
        );
    }
}

#[test]
fn an_expired_date_fits_its_column_and_says_expired_in_its_tooltip() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let now = chrono::Utc::now();
    let expired: Vec<String> = keys_screen(harness.state())
        .expect("the grid is shown")
        .keys()
        .iter()
        .filter(|key| key.is_expired(now))
        .filter_map(|key| match key.expires {
            docspace_keys::domain::KeyDate::Known(date) => Some(
                date.with_timezone(&chrono::Local)
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            _ => None,
        })
        .collect();
    assert_eq!(expired.len(), 2, "the seed has two expired keys");
    let column = harness
        .get_by_label(&header_label(&harness, SortColumn::Expires))
        .rect();
    let next = harness
        .get_by_label(&header_label(&harness, SortColumn::CreatedBy))
        .rect();
    for date in &expired {
        let cell = harness
            .query_all_by_label(date)
            .map(|node| node.rect())
            .find(|rect| rect.min.x >= column.min.x - 0.5 && rect.min.x < next.min.x)
            .unwrap_or_else(|| panic!("{date} is shown whole in the Expires column"));
        assert!(
            cell.max.x <= next.min.x,
            "{date} runs into the next column: {cell:?}, next at {next:?}"
        );
        harness.get_by_label(date).hover();
        harness.run_ok();
        assert!(
            shows_text_containing(&harness, &format!("{date} "))
                && shows_text_containing(&harness, "(expired)"),
            "the tooltip of {date} says it expired"
        );
    }
}

#[test]
fn the_header_keeps_its_parts_apart_in_german_at_double_zoom() {
    let fixture = Fixture::new().in_language("de");
    let harness = fixture.start_demo_in(WINDOW, 2.0);
    let person = harness
        .query_all_by_label_contains("Besitzer")
        .next()
        .expect("the account is shown")
        .rect();
    let updated = harness
        .query_all_by_label_contains("Aktualisiert ")
        .next()
        .expect("the refresh time is shown")
        .rect();
    assert!(
        updated.min.x >= person.max.x,
        "\"Updated\" ({updated:?}) runs over the account ({person:?})"
    );
}
