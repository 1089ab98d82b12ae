//! A refresh of many keys: the list shown is handed over to be freed before the new one is
//! decoded, and an answer that cannot be read leaves the list shown as it was.

use docspace_keys::demo::Fault;

use crate::support::*;

/// Above the 10 000 keys from which the window hands its list over.
const MANY: usize = 12_000;

fn key_count(harness: &AppHarness) -> usize {
    grid(harness).keys().len()
}

#[test]
fn a_refresh_of_many_keys_says_it_is_reading_and_shows_every_key_again() {
    let fixture = Fixture::with_extra_keys(MANY);
    let mut harness = fixture.start_demo();
    let before = key_count(&harness);
    assert!(before > MANY);

    click(&mut harness, "Refresh");
    // Frame by frame until the list is back: the grid says it is reading while the list
    // shown has been handed over (decoding 12 000 keys takes a while in a test build).
    let started = std::time::Instant::now();
    let mut saw_reading = false;
    while grid(&harness).loading {
        harness.step();
        if grid(&harness).handed_over {
            assert!(
                grid(&harness).keys().is_empty(),
                "the old keys were handed over"
            );
            // The filter row keeps the figures of the list that was shown.
            assert_eq!(grid(&harness).shown_of_total(), (before, before));
            assert_eq!(grid(&harness).counts().all, before);
            saw_reading |= shows(&harness, "Reading the new list of keys…");
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "the refresh never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    harness.run_ok();
    assert!(saw_reading, "the grid said it was reading the list");
    assert_eq!(key_count(&harness), before);
    assert!(!grid(&harness).handed_over);
    assert!(!shows(&harness, "Reading the new list of keys…"));
}

#[test]
fn a_large_answer_that_cannot_be_read_leaves_the_keys_shown() {
    let fixture = Fixture::with_extra_keys(MANY);
    let mut harness = fixture.start_demo();
    let before = key_count(&harness);

    fixture.demo.faults().push(Fault::Truncated);
    click(&mut harness, "Refresh");
    wait_until(&mut harness, "the failed refresh", |app| {
        keys_screen(app).is_some_and(|screen| !screen.loading)
    });
    let screen = grid(&harness);
    assert!(screen.banner.is_some(), "the failure is shown");
    assert!(!screen.handed_over && !screen.list_unread);
    assert_eq!(key_count(&harness), before, "every key is still shown");
    assert!(!shows(
        &harness,
        "The list of keys could not be read. Refresh (F5) to try again."
    ));
}
