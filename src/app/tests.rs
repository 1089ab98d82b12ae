//! The application's state machine, driven by events and actions alone: no
//! portal answers, no window. Commands that do go out are aimed at a closed
//! loopback port, and no test waits for their answers.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Duration, Utc};
use secrecy::SecretString;

use super::*;
use crate::api::{ApiError, Credential, DocSpaceClient, NewKeySecret, PortalUrl};
use crate::domain::{ApiKey, Creator, KeyList, Person, Role};
use crate::platform::{
    ClipDigest, ClipboardError, FixedFilePicker, ManualClock, MemoryClipboard, SecretClipboard,
};

const SECRET: &str = "sk-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const PORTAL: &str = "http://127.0.0.1:9";

struct Rig {
    app: DocSpaceKeysApp,
    clock: ManualClock,
    // Dropped last: the app's background work runs on it.
    _runtime: tokio::runtime::Runtime,
}

fn rig_with(clipboard: Box<dyn SecretClipboard>) -> Rig {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let clock = ManualClock::new(Utc::now());
    let services = Services {
        runtime: runtime.handle().clone(),
        secret_store: None,
        accounts: None,
        clock: Arc::new(clock.clone()),
        file_picker: Arc::new(FixedFilePicker::answering(None)),
    };
    let mut app = DocSpaceKeysApp::new(
        services,
        clipboard,
        StartMode::Normal,
        Preferences::default(),
    );
    app.handle(Event::SignedIn(Box::new(session())));
    Rig {
        app,
        clock,
        _runtime: runtime,
    }
}

fn rig() -> Rig {
    rig_with(Box::new(MemoryClipboard::new()))
}

fn session() -> SessionStart {
    let url = PortalUrl::parse(PORTAL).expect("a loopback address");
    let credential = Credential::from_secret(SecretString::from("a-login-token"));
    SessionStart {
        client: DocSpaceClient::new(url, credential).expect("a client"),
        person: Person {
            id: "1".to_owned(),
            name: "Admin".to_owned(),
            email: "admin@example.com".to_owned(),
            role: Role::Owner,
        },
        account: "admin@example.com".to_owned(),
        remembered: false,
        not_remembered: None,
        read_only_note: None,
        keys: KeyList::new(
            vec![key("old", "Old key")],
            Preferences::default().grid_query(),
            Utc::now(),
        ),
        catalogue: Vec::new(),
        known: Vec::new(),
    }
}

fn key(id: &str, name: &str) -> ApiKey {
    ApiKey {
        id: id.to_owned(),
        name: name.to_owned(),
        postfix: "cdef".to_owned(),
        permissions: Vec::new(),
        created: Utc::now().fixed_offset().into(),
        last_used: Default::default(),
        expires: Default::default(),
        creator: Creator::default(),
        active: true,
    }
}

fn created(app: &mut DocSpaceKeysApp) {
    app.handle(Event::KeyCreated(
        Box::new(key("new", "New key")),
        NewKeySecret::new(SECRET.to_owned()),
    ));
}

fn keys_screen(app: &DocSpaceKeysApp) -> &KeysScreen {
    match app.screen() {
        Screen::Keys(screen) => screen,
        _ => panic!("the key grid is showing"),
    }
}

fn reveal(app: &DocSpaceKeysApp) -> Option<&RevealDialog> {
    match app.screen() {
        Screen::Keys(screen) => match &screen.dialog {
            Some(Dialog::Reveal(reveal)) => Some(reveal),
            _ => None,
        },
        _ => None,
    }
}

fn signed_out() -> ApiError {
    ApiError::Unauthorized { message: None }
}

#[test]
fn a_created_key_opens_the_reveal_masked_and_joins_the_grid_first() {
    let mut rig = rig();
    created(&mut rig.app);
    let reveal = reveal(&rig.app).expect("the reveal dialog is up");
    assert_eq!(reveal.key().name, "New key");
    assert_eq!(reveal.shown_secret(), None, "masked until asked");
    let screen = keys_screen(&rig.app);
    assert_eq!(screen.visible(0).map(|key| key.id.as_str()), Some("new"));
    assert_eq!(screen.selected.as_deref(), Some("new"));
    rig.app.apply(UiAction::ToggleShown);
    assert_eq!(reveal_secret(&rig.app), Some(SECRET.to_owned()));
}

fn reveal_secret(app: &DocSpaceKeysApp) -> Option<String> {
    reveal(app).and_then(|reveal| reveal.shown_secret().map(str::to_owned))
}

#[test]
fn done_on_an_unkept_key_asks_first_and_close_anyway_drops_it() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.apply(UiAction::CloseDialog);
    assert!(reveal(&rig.app).is_some_and(RevealDialog::is_asking_to_close));
    rig.app.apply(UiAction::KeepKey);
    assert!(reveal(&rig.app).is_some_and(|reveal| !reveal.is_asking_to_close()));
    rig.app.apply(UiAction::CloseDialog);
    rig.app.apply(UiAction::DiscardKey);
    assert!(reveal(&rig.app).is_none());
    assert!(
        keys_screen(&rig.app).key("new").is_some(),
        "the key stays in the grid"
    );
}

#[test]
fn closing_the_window_on_an_unkept_key_asks_first_as_done_does() {
    let mut rig = rig();
    created(&mut rig.app);
    assert!(!rig.app.close_requested(), "the first close is held back");
    assert!(reveal(&rig.app).is_some_and(RevealDialog::is_asking_to_close));
    assert!(
        !rig.app.close_requested(),
        "so is a second one while the question is up"
    );
    rig.app.apply(UiAction::DiscardKey);
    assert!(
        rig.app.close_requested(),
        "once the key is let go, the window closes"
    );
}

#[test]
fn a_copied_key_closes_without_asking() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.apply(UiAction::CopyKey);
    assert!(rig.app.close_requested());
    rig.app.apply(UiAction::CloseDialog);
    assert!(reveal(&rig.app).is_none());
}

#[test]
fn a_401_while_a_key_is_unkept_keeps_the_dialog_and_asks_before_dropping_the_key() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.handle(Event::LoadFailed(signed_out()));
    let screen = keys_screen(&rig.app);
    assert!(
        screen.ended.is_some(),
        "the sign-in problem is kept for the dialog"
    );
    assert!(!screen.can_change());
    assert_eq!(reveal(&rig.app).and_then(|r| r.shown_secret()), None);
    rig.app.apply(UiAction::CloseDialog);
    assert!(reveal(&rig.app).is_some_and(RevealDialog::is_asking_to_close));
    rig.app.apply(UiAction::DiscardKey);
    match rig.app.screen() {
        Screen::Connect(form) => {
            assert_eq!(form.portal, PortalUrl::parse(PORTAL).unwrap().to_string());
            assert_eq!(
                form.notice,
                Some(Message::SessionEnded {
                    api_key: false,
                    detail: None
                })
            );
            assert_eq!(form.email, "admin@example.com", "the account is kept");
        }
        _ => panic!("the connect screen follows once the key is gone"),
    }
}

#[test]
fn a_401_after_the_key_was_kept_goes_straight_to_the_connect_screen() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.apply(UiAction::CopyKey);
    rig.app.handle(Event::UpdateFailed {
        id: "old".to_owned(),
        error: signed_out(),
    });
    assert!(matches!(rig.app.screen(), Screen::Connect(_)));
}

#[test]
fn the_clipboard_is_cleared_when_due_and_the_dialog_says_so() {
    let clipboard = MemoryClipboard::new();
    let mut rig = rig_with(Box::new(clipboard.clone()));
    created(&mut rig.app);
    rig.app.apply(UiAction::CopyKey);
    assert_eq!(clipboard.content(), Some(SECRET.to_owned()));
    assert!(matches!(
        rig.app.clipboard_status(),
        Some(ClipboardStatus::Waiting { .. })
    ));
    rig.clock
        .advance(Duration::minutes(2) - Duration::seconds(1));
    rig.app.tick();
    assert_eq!(clipboard.content(), Some(SECRET.to_owned()));
    rig.clock.advance(Duration::seconds(1));
    rig.app.tick();
    assert_eq!(clipboard.content(), None);
    assert_eq!(rig.app.clipboard_status(), Some(&ClipboardStatus::Cleared));
}

#[test]
fn a_clipboard_that_holds_something_else_is_left_alone_and_not_called_cleared() {
    let clipboard = MemoryClipboard::new();
    let mut rig = rig_with(Box::new(clipboard.clone()));
    created(&mut rig.app);
    rig.app.apply(UiAction::CopyKey);
    clipboard.overwrite("something else");
    rig.clock.advance(Duration::minutes(2));
    rig.app.tick();
    assert_eq!(clipboard.content(), Some("something else".to_owned()));
    assert_eq!(rig.app.clipboard_status(), Some(&ClipboardStatus::Replaced));
}

/// A clipboard that takes the copy but cannot be emptied.
struct StickyClipboard(Option<ClipDigest>);

impl SecretClipboard for StickyClipboard {
    fn copy_secret(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.0 = Some(ClipDigest::of(text));
        Ok(())
    }

    fn current_digest(&mut self) -> Option<ClipDigest> {
        self.0
    }

    fn clear(&mut self) -> Result<(), ClipboardError> {
        Err(ClipboardError("no owner".to_owned()))
    }
}

#[test]
fn a_failed_clear_is_reported_not_called_cleared() {
    let mut rig = rig_with(Box::new(StickyClipboard(None)));
    created(&mut rig.app);
    rig.app.apply(UiAction::CopyKey);
    rig.app.exiting();
    assert!(matches!(
        rig.app.clipboard_status(),
        Some(ClipboardStatus::ClearFailed(reason)) if reason.contains("no owner")
    ));
}

#[test]
fn a_picked_file_for_another_key_is_ignored_and_a_written_one_is_named() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.apply(UiAction::SaveKey);
    assert!(reveal(&rig.app).is_some_and(RevealDialog::is_saving));
    let path = PathBuf::from("/tmp/key.txt");
    rig.app.handle(Event::KeyFileWritten {
        key_id: "old".to_owned(),
        path: path.clone(),
        result: Ok(KeyFileAccess::OwnerOnly),
    });
    assert!(reveal(&rig.app).is_some_and(|reveal| reveal.saved().is_none()));
    rig.app.handle(Event::KeyFileWritten {
        key_id: "new".to_owned(),
        path: path.clone(),
        result: Ok(KeyFileAccess::Default),
    });
    let reveal = reveal(&rig.app).expect("the reveal dialog is up");
    assert_eq!(
        reveal.saved(),
        Some(&SavedKeyFile {
            path,
            access: KeyFileAccess::Default
        })
    );
    assert!(!reveal.is_saving() && reveal.is_kept());
}

#[test]
fn a_cancelled_save_dialog_lets_the_user_try_again() {
    let mut rig = rig();
    created(&mut rig.app);
    rig.app.apply(UiAction::SaveKey);
    rig.app.handle(Event::KeyFilePicked {
        key_id: "new".to_owned(),
        path: None,
    });
    assert!(reveal(&rig.app).is_some_and(|reveal| !reveal.is_saving() && !reveal.is_kept()));
}

#[test]
fn a_saved_change_updates_the_row_in_place_and_a_delete_removes_it() {
    let mut rig = rig();
    rig.app.handle(Event::KeyUpdated {
        id: "old".to_owned(),
        request: crate::api::UpdateKeyRequest {
            name: Some("Renamed".to_owned()),
            permissions: Some(vec!["*".to_owned(), "files:read".to_owned()]),
            is_active: None,
        },
    });
    let updated = keys_screen(&rig.app).key("old").expect("the key is there");
    assert_eq!(updated.name, "Renamed");
    assert!(
        updated.permissions.is_empty(),
        "a list with \"*\" is stored unrestricted"
    );
    assert_eq!(
        rig.app.toasts()[0].text,
        Message::Saved {
            name: "Renamed".to_owned()
        }
    );
    rig.app.handle(Event::KeyDeleted("old".to_owned()));
    assert!(keys_screen(&rig.app).keys().is_empty());
    assert_eq!(
        rig.app.toasts()[1].text,
        Message::Deleted {
            name: "Renamed".to_owned()
        }
    );
}

#[test]
fn after_a_crash_the_app_does_not_sign_in_by_itself() {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let services = Services {
        runtime: runtime.handle().clone(),
        secret_store: None,
        accounts: None,
        clock: Arc::new(ManualClock::new(Utc::now())),
        file_picker: Arc::new(FixedFilePicker::answering(None)),
    };
    let app = DocSpaceKeysApp::new(
        services,
        Box::new(MemoryClipboard::new()),
        StartMode::AfterCrash,
        Preferences::default(),
    );
    match app.screen() {
        Screen::Connect(form) => {
            assert_eq!(form.notice, Some(Message::AfterCrash));
            assert!(!form.busy);
        }
        _ => panic!("the connect screen is up"),
    }
}

/// "Rotate…" on the key "old" and the confirmation: the create is on its way.
fn rotation_asked(rig: &mut Rig) -> crate::domain::Rotation {
    rig.app.apply(UiAction::AskRotate("old".to_owned()));
    rig.app.apply(UiAction::ConfirmRotate);
    let screen = keys_screen(&rig.app);
    assert!(matches!(&screen.dialog, Some(Dialog::ConfirmRotate(d)) if d.busy));
    assert!(screen.pending.contains("old"), "the old key waits");
    let old = screen.key("old").expect("the old key").clone();
    crate::domain::Rotation::of(&old, crate::domain::OldKeyChoice::SwitchOff, Utc::now())
        .expect("a rotation")
}

#[test]
fn a_rotation_whose_create_answer_was_lost_stays_in_its_dialog_and_looks_for_the_key() {
    let mut rig = rig();
    rotation_asked(&mut rig);
    let lost = ApiError::CreateAnswerLost {
        name: "Old key".to_owned(),
        reason: "no answer came in time".to_owned(),
    };
    rig.app.handle(Event::RotateFailed {
        old_id: "old".to_owned(),
        error: lost.clone(),
    });
    let screen = keys_screen(&rig.app);
    assert!(matches!(
        &screen.dialog,
        Some(Dialog::ConfirmRotate(d)) if !d.busy && d.error == Some(Message::Api(lost.clone()))
    ));
    assert!(screen.pending.is_empty());
    assert_eq!(screen.lost_create.as_deref(), Some("Old key"));
    assert!(screen.loading, "the list is read again to find it");
}

#[test]
fn the_old_key_is_dealt_with_only_once_the_new_one_is_shown_and_a_failure_later_is_a_toast() {
    let mut rig = rig();
    let rotation = rotation_asked(&mut rig);
    rig.app.handle(Event::KeyRotated {
        key: Box::new(key("new", "Old key")),
        secret: NewKeySecret::new(SECRET.to_owned()),
        rotation: Box::new(rotation),
    });
    let retiring = reveal(&rig.app)
        .and_then(RevealDialog::retiring)
        .expect("the reveal dialog says what becomes of the old key");
    assert_eq!(retiring.status, RetireStatus::Working);
    assert!(keys_screen(&rig.app).pending.contains("old"));

    // The dialog is let go before the portal answers; the failure comes as a toast.
    rig.app.apply(UiAction::DiscardKey);
    let error = ApiError::Server {
        status: 500,
        message: None,
    };
    rig.app.handle(Event::OldKeyRetired {
        old_id: "old".to_owned(),
        step: crate::domain::OldKeyStep::SwitchOff,
        result: Err(error.clone()),
    });
    let screen = keys_screen(&rig.app);
    assert!(screen.pending.is_empty());
    assert!(screen.key("old").is_some_and(|old| old.active), "left on");
    assert!(screen.key("new").is_some());
    assert_eq!(
        rig.app.toasts().last().map(|toast| &toast.text),
        Some(&Message::OldKeyNotRetired {
            name: "Old key".to_owned(),
            step: crate::domain::OldKeyStep::SwitchOff,
            error,
        })
    );
}

/// Brings the grid to the clock, as a frame's tick does (without taking in the
/// background's answers, which would race with the test).
fn catch_up(app: &mut DocSpaceKeysApp) {
    let now = app.now();
    if let Some(screen) = app.keys_screen_mut() {
        screen.catch_up(now);
    }
}

#[test]
fn a_dismissed_expiry_banner_returns_for_a_newly_expiring_key_only() {
    let mut rig = rig();
    catch_up(&mut rig.app);
    assert!(
        keys_screen(&rig.app).expiry_watch().is_none(),
        "nothing expires"
    );
    let in_days = |days| Some((Utc::now() + Duration::days(days)).fixed_offset()).into();
    let soon = ApiKey {
        expires: in_days(3),
        ..key("soon", "Soon")
    };
    rig.app.handle(Event::KeysLoaded(Box::new(KeyList::new(
        vec![soon.clone(), key("old", "Old key")],
        Preferences::default().grid_query(),
        Utc::now(),
    ))));
    catch_up(&mut rig.app);
    let watch = keys_screen(&rig.app).expiry_watch().expect("the banner");
    assert_eq!((watch.expired(), watch.expiring()), (0, 1));

    rig.app.apply(UiAction::DismissExpiryWatch);
    catch_up(&mut rig.app);
    assert!(keys_screen(&rig.app).expiry_watch().is_none(), "dismissed");
    // A refresh with the same keys, and a day passing, are no news.
    rig.app.handle(Event::KeysLoaded(Box::new(KeyList::new(
        vec![soon, key("old", "Old key")],
        Preferences::default().grid_query(),
        Utc::now(),
    ))));
    rig.clock.advance(Duration::days(1));
    catch_up(&mut rig.app);
    assert!(keys_screen(&rig.app).expiry_watch().is_none());

    // A new key that expires in three days is.
    rig.app.handle(Event::KeyCreated(
        Box::new(ApiKey {
            expires: in_days(3),
            ..key("new", "New key")
        }),
        NewKeySecret::new(SECRET.to_owned()),
    ));
    catch_up(&mut rig.app);
    let watch = keys_screen(&rig.app).expiry_watch().expect("back");
    assert_eq!(watch.expiring(), 2);
}

fn three_keys(rig: &mut Rig) {
    let keys = vec![key("a", "Alpha"), key("b", "Beta"), key("c", "Gamma")];
    let list = KeyList::new(keys, Preferences::default().grid_query(), Utc::now());
    rig.app.handle(Event::KeysLoaded(Box::new(list)));
}

fn marked(app: &DocSpaceKeysApp) -> Vec<&str> {
    let mut ids: Vec<&str> = keys_screen(app).marked.iter().map(String::as_str).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn marked_keys_that_a_refresh_or_a_delete_takes_away_are_no_longer_marked() {
    let mut rig = rig();
    three_keys(&mut rig);
    for id in ["a", "b", "c"] {
        rig.app.apply(UiAction::ToggleMarked(id.to_owned()));
    }
    rig.app.apply(UiAction::ToggleMarked("b".to_owned()));
    rig.app.apply(UiAction::ToggleMarked("b".to_owned()));
    assert_eq!(marked(&rig.app), ["a", "b", "c"]);
    let list = KeyList::new(
        vec![key("a", "Alpha"), key("c", "Gamma")],
        Preferences::default().grid_query(),
        Utc::now(),
    );
    rig.app.handle(Event::KeysLoaded(Box::new(list)));
    assert_eq!(marked(&rig.app), ["a", "c"]);
    rig.app.handle(Event::KeyDeleted("a".to_owned()));
    assert_eq!(marked(&rig.app), ["c"]);
    rig.app.apply(UiAction::ClearMarked);
    assert!(marked(&rig.app).is_empty());
}

#[test]
fn a_bulk_delete_sends_each_key_once_and_sums_up_in_one_toast_naming_the_failure() {
    let mut rig = rig();
    three_keys(&mut rig);
    rig.app.apply(UiAction::ToggleMarked("a".to_owned()));
    rig.app.apply(UiAction::ToggleMarked("b".to_owned()));
    rig.app.apply(UiAction::AskBulk(BulkAction::Delete));
    let names: Vec<&str> = match &keys_screen(&rig.app).dialog {
        Some(Dialog::ConfirmBulk(dialog)) => {
            dialog.keys.iter().map(|key| key.name.as_str()).collect()
        }
        _ => panic!("the confirmation is up"),
    };
    assert_eq!(names, ["Alpha", "Beta"]);
    rig.app.apply(UiAction::ConfirmBulk);
    let screen = keys_screen(&rig.app);
    assert!(screen.dialog.is_none(), "the window does not wait");
    assert!(screen.pending.contains("a") && screen.pending.contains("b"));
    // A second press while the answers come sends nothing more.
    rig.app.apply(UiAction::AskBulk(BulkAction::Delete));
    assert!(keys_screen(&rig.app).dialog.is_none());

    rig.app.handle(Event::KeyDeleted("a".to_owned()));
    assert!(rig.app.toasts().is_empty(), "one summary, at the end");
    rig.app.handle(Event::DeleteFailed {
        id: "b".to_owned(),
        error: ApiError::NotFound,
    });
    let screen = keys_screen(&rig.app);
    assert!(screen.bulk.is_none() && screen.pending.is_empty());
    assert!(screen.key("b").is_some(), "the failed key stays");
    assert!(screen.loading, "a refresh shows the portal's state");
    let [toast] = rig.app.toasts() else {
        panic!("one toast: {:?}", rig.app.toasts());
    };
    assert_eq!(toast.kind, ToastKind::Error);
    assert_eq!(
        toast.text,
        Message::Bulk(BulkOutcome {
            action: BulkAction::Delete,
            done: 1,
            failed: vec![("Beta".to_owned(), ApiError::NotFound)],
            skipped_expired: Vec::new(),
        })
    );
}

fn many_keys(count: usize) -> KeyList {
    let keys = (0..count)
        .map(|serial| key(&format!("id-{serial}"), &format!("Key {serial}")))
        .collect();
    KeyList::new(keys, Preferences::default().grid_query(), Utc::now())
}

/// The grid with `count` keys, and a refresh of them on its way.
fn refreshing(rig: &mut Rig, count: usize) {
    rig.app
        .handle(Event::KeysLoaded(Box::new(many_keys(count))));
    rig.app.apply(UiAction::Refresh);
}

/// Asks for the list shown, as a refresh with a large answer does.
fn ask_for_the_list(app: &mut DocSpaceKeysApp) -> tokio::sync::oneshot::Receiver<KeyList> {
    let (reply, handed) = tokio::sync::oneshot::channel();
    app.handle(Event::ListArrived(super::command::HandOver(reply)));
    handed
}

#[test]
fn a_refresh_of_many_keys_is_handed_the_list_shown_and_the_grid_says_it_is_reading() {
    let mut rig = rig();
    refreshing(&mut rig, 10_000);
    let mut handed = ask_for_the_list(&mut rig.app);
    let old = handed.try_recv().expect("the list shown is handed over");
    assert_eq!(old.len(), 10_000);
    let screen = keys_screen(&rig.app);
    assert!(screen.handed_over && screen.loading);
    assert!(
        screen.keys().is_empty(),
        "the grid no longer holds the old keys"
    );
    // An export now would write an empty file: it waits for the new list.
    rig.app
        .apply(UiAction::Export(crate::domain::ExportFormat::Csv));
    assert!(!keys_screen(&rig.app).exporting);

    rig.app
        .handle(Event::KeysLoaded(Box::new(many_keys(10_001))));
    let screen = keys_screen(&rig.app);
    assert!(!screen.handed_over && !screen.loading && !screen.list_unread);
    assert_eq!(screen.keys().len(), 10_001);
}

#[test]
fn a_small_list_a_dialog_or_no_refresh_keeps_the_list_shown() {
    let mut rig = rig();
    // A small list: the old keys stay on screen until the new ones are ready.
    refreshing(&mut rig, 9_999);
    assert!(ask_for_the_list(&mut rig.app).try_recv().is_err());
    assert_eq!(keys_screen(&rig.app).keys().len(), 9_999);
    assert!(!keys_screen(&rig.app).handed_over);

    // A dialog open: it may need the grid's keys.
    rig.app
        .handle(Event::KeysLoaded(Box::new(many_keys(10_000))));
    rig.app.apply(UiAction::NewKey);
    rig.app.apply(UiAction::Refresh);
    assert!(keys_screen(&rig.app).dialog.is_some());
    assert!(ask_for_the_list(&mut rig.app).try_recv().is_err());
    assert_eq!(keys_screen(&rig.app).keys().len(), 10_000);

    // No refresh on its way (an answer from an earlier one): nothing is asked for.
    rig.app.apply(UiAction::CloseDialog);
    rig.app
        .handle(Event::KeysLoaded(Box::new(many_keys(10_000))));
    assert!(!keys_screen(&rig.app).loading);
    assert!(ask_for_the_list(&mut rig.app).try_recv().is_err());
    assert_eq!(keys_screen(&rig.app).keys().len(), 10_000);
}

#[test]
fn a_refresh_that_fails_after_the_hand_over_says_the_list_could_not_be_read() {
    let mut rig = rig();
    refreshing(&mut rig, 10_000);
    let _old = ask_for_the_list(&mut rig.app)
        .try_recv()
        .expect("handed over");
    rig.app.handle(Event::LoadFailed(ApiError::Server {
        status: 500,
        message: None,
    }));
    let screen = keys_screen(&rig.app);
    assert!(screen.list_unread && !screen.handed_over && !screen.loading);
    assert!(screen.banner.is_some());

    rig.app.apply(UiAction::Refresh);
    rig.app.handle(Event::KeysLoaded(Box::new(many_keys(3))));
    let screen = keys_screen(&rig.app);
    assert!(!screen.list_unread && screen.banner.is_none());
    assert_eq!(screen.keys().len(), 3);
}
