//! Narrowing the grid by status and by search.

use std::collections::BTreeSet;

use docspace_keys::domain::{ApiKey, ExpiryStatus, KeyState, StatusFilter};
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

#[test]
fn status_filters_and_search_narrow_the_rows() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    let now = now(&fixture);
    let keys = grid(&harness).keys.clone();
    let names_where = |keep: &dyn Fn(&ApiKey) -> bool| -> BTreeSet<String> {
        keys.iter()
            .filter(|key| keep(key))
            .map(|key| key.name.clone())
            .collect()
    };

    harness.get_by_label("Expired (2)");
    let expectations: [(StatusFilter, BTreeSet<String>); 6] = [
        (
            StatusFilter::Active,
            names_where(&|k| k.state(now) == KeyState::Active),
        ),
        (
            StatusFilter::Inactive,
            names_where(&|k| k.state(now) == KeyState::Inactive),
        ),
        (
            StatusFilter::Expired,
            names_where(&|k| k.state(now) == KeyState::Expired),
        ),
        (
            StatusFilter::ExpiringSoon,
            names_where(&|k| k.expiry_status(now) == ExpiryStatus::ExpiringSoon),
        ),
        (
            StatusFilter::NeverUsed,
            names_where(&|k| k.last_used.is_none()),
        ),
        (StatusFilter::All, names_where(&|_| true)),
    ];
    for (filter, expected) in expectations {
        assert!(!expected.is_empty(), "the seed has {filter:?} keys");
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

    // Search matches names, key endings and creators, case-insensitively.
    type_into(&mut harness, Role::TextInput, "Search", "SYNC");
    let syncs = names_where(&|k| {
        k.name.to_lowercase().contains("sync")
            || k.postfix.to_lowercase().contains("sync")
            || k.creator.name.to_lowercase().contains("sync")
    });
    assert!(syncs.contains("Calendar sync") && syncs.contains("Old CRM sync"));
    assert_eq!(visible_set(&harness), syncs);

    // Search and filter together.
    let expired = filter_button_label(&harness, StatusFilter::Expired);
    click(&mut harness, &expired);
    let expired_syncs: BTreeSet<String> = syncs
        .iter()
        .filter(|name| key_named(&harness, name).state(now) == KeyState::Expired)
        .cloned()
        .collect();
    assert_eq!(visible_set(&harness), expired_syncs);
    assert_eq!(
        filter_button_label(&harness, StatusFilter::Expired),
        format!("Expired ({})", expired_syncs.len()),
        "the counts follow the search"
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
    assert_eq!(visible_set(&harness), names_where(&|_| true));
    assert_eq!(grid(&harness).query.search, "");
}
