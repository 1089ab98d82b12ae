//! Sorting the grid from its column headers.

use chrono::{DateTime, Utc};
use docspace_keys::domain::{
    AccessKind, ApiKey, KeyState, SortColumn, SortDirection, SortOrder, permissions_summary,
};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::*;

/// A value to compare rows by, computed here from each key rather than by the app.
fn sort_value(column: SortColumn, key: &ApiKey, now: DateTime<Utc>) -> (i64, String) {
    let time = |date: Option<DateTime<chrono::FixedOffset>>, missing: i64| {
        date.map_or(missing, |date| date.timestamp())
    };
    match column {
        SortColumn::Name => (0, key.name.to_lowercase()),
        SortColumn::Key => (0, key.postfix.to_lowercase()),
        SortColumn::Access => match AccessKind::of_permissions(&key.permissions) {
            AccessKind::All => (0, String::new()),
            AccessKind::ReadOnly => (1, String::new()),
            AccessKind::Custom => (2, permissions_summary(&key.permissions).to_lowercase()),
        },
        SortColumn::Created => (time(key.created, i64::MIN), String::new()),
        // Never used reads as older than any use; never expires as later than any date.
        SortColumn::LastUsed => (time(key.last_used, i64::MIN), String::new()),
        SortColumn::Expires => (time(key.expires, i64::MAX), String::new()),
        SortColumn::CreatedBy => (0, key.creator.name.to_lowercase()),
        SortColumn::Active => (
            match key.state(now) {
                KeyState::Active => 0,
                KeyState::Inactive => 1,
                KeyState::Expired => 2,
            },
            String::new(),
        ),
    }
}

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

#[track_caller]
fn assert_rows_sorted(harness: &AppHarness, fixture: &Fixture, order: SortOrder) {
    let now = now(fixture);
    let names = visible_names(harness);
    assert_eq!(
        names.len(),
        grid(harness).keys.len(),
        "every row is visible"
    );
    let values: Vec<_> = names
        .iter()
        .map(|name| sort_value(order.column, key_named(harness, name), now))
        .collect();
    let in_order = values.windows(2).all(|pair| match order.direction {
        SortDirection::Ascending => pair[0] <= pair[1],
        SortDirection::Descending => pair[0] >= pair[1],
    });
    assert!(in_order, "rows by {order:?}: {names:?}\nvalues: {values:?}");
    let (first, last) = (&values[0], &values[values.len() - 1]);
    match order.direction {
        SortDirection::Ascending => assert!(first < last, "{order:?}: {first:?} vs {last:?}"),
        SortDirection::Descending => assert!(first > last, "{order:?}: {first:?} vs {last:?}"),
    }
}

#[test]
fn every_column_sorts_both_ways_from_its_header() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    // The portal's own order to begin with: newest first.
    assert_eq!(header_label(&harness, SortColumn::Created), "Created ⬇");
    assert_rows_sorted(&harness, &fixture, SortOrder::default());

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
            assert_rows_sorted(&harness, &fixture, order);
        }
    }
    assert_eq!(
        harness.state().preferences().order,
        grid(&harness).query.order,
        "the order is remembered for the next start"
    );
}
