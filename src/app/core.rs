//! The application: which screen is up, the background dispatcher, the
//! clipboard and the toasts. Events from the background and actions from the
//! window come in here and go to the flow that handles them (`session`,
//! `keys`, `reveal`).

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use chrono::{DateTime, Utc};

use super::action::UiAction;
use super::command::{Command, Event};
use super::connect_form::{ConnectForm, DemoSignIn};
use super::dialogs::Dialog;
use super::keys_screen::KeysScreen;
use super::message::Message;
use super::preferences::Preferences;
use super::reveal::ClipboardStatus;
use super::services::Services;
use super::tasks::{Dispatcher, GridQuery, Tagged};
use super::toasts::{Toast, ToastKind, Toasts};
use super::wake::Wake;
use crate::platform::{SecretClipboard, StoreError};

/// Which screen the window shows.
pub enum Screen {
    /// Looking for a remembered sign-in.
    Starting,
    Connect(Box<ConnectForm>),
    Keys(Box<KeysScreen>),
}

/// How the window starts.
#[derive(Debug, Clone)]
pub enum StartMode {
    /// Restore the remembered sign-in, or show the connect screen.
    Normal,
    /// The last run ended in a crash: show the connect screen, and do not sign
    /// in by itself, so a sign-in whose keys cannot be drawn cannot crash it again.
    AfterCrash,
    /// Sign in to the built-in demo portal straight away.
    Demo(DemoSignIn),
}

/// What one frame draws.
pub struct View<'a> {
    pub screen: &'a mut Screen,
    pub preferences: &'a Preferences,
    pub toasts: &'a [Toast],
    pub clipboard: Option<&'a ClipboardStatus>,
    pub now: DateTime<Utc>,
}

/// The application: state, the background dispatcher and the clipboard.
pub struct DocSpaceKeysApp {
    pub(super) screen: Screen,
    pub(super) dispatcher: Dispatcher,
    events: Receiver<Tagged>,
    wake: Wake,
    pub(super) clipboard: Box<dyn SecretClipboard>,
    pub(super) clipboard_status: Option<ClipboardStatus>,
    pub(super) toasts: Toasts,
    pub(super) preferences: Preferences,
    pub(super) demo: Option<DemoSignIn>,
    /// What the keychain check found; `None` until it answered.
    pub(super) keychain: Option<Result<(), StoreError>>,
    /// The key grid the user left to add or open another portal, kept until that one
    /// is signed in to, so that "Back" returns to it as it was.
    pub(super) parked: Option<Box<KeysScreen>>,
}

impl DocSpaceKeysApp {
    /// Builds the app and starts the first command (restore, or the demo sign-in).
    pub fn new(
        services: Services,
        clipboard: Box<dyn SecretClipboard>,
        start: StartMode,
        preferences: Preferences,
    ) -> Self {
        let (sender, events) = channel();
        let wake = Wake::default();
        let grid = GridQuery::new(preferences.grid_query());
        let dispatcher = Dispatcher::new(Arc::new(services), sender, wake.clone(), grid);
        let mut app = Self {
            screen: Screen::Starting,
            dispatcher,
            events,
            wake,
            clipboard,
            clipboard_status: None,
            toasts: Toasts::default(),
            preferences,
            demo: None,
            keychain: None,
            parked: None,
        };
        if !matches!(start, StartMode::Demo(_)) {
            app.dispatcher.send(Command::CheckKeychain);
        }
        match start {
            StartMode::Normal => app.dispatcher.send(Command::Restore(None)),
            StartMode::AfterCrash => app.show_connect_screen(None, None, Some(Message::AfterCrash)),
            StartMode::Demo(sign_in) => {
                app.demo = Some(sign_in);
                app.show_connect_screen(None, None, None);
                app.sign_in();
            }
        }
        app
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn toasts(&self) -> &[Toast] {
        self.toasts.as_slice()
    }

    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// What became of the last key copied to the clipboard.
    pub fn clipboard_status(&self) -> Option<&ClipboardStatus> {
        self.clipboard_status.as_ref()
    }

    /// Sets how the background wakes the window when a result is waiting.
    pub fn install_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        self.wake.install(wake);
    }

    pub(super) fn now(&self) -> DateTime<Utc> {
        self.dispatcher.services().clock.now()
    }

    /// Takes in finished background work and runs the timers (clipboard, toasts).
    /// Called once a frame, before drawing; returns the frame's time.
    pub fn tick(&mut self) -> DateTime<Utc> {
        while let Ok(Tagged { session, event }) = self.events.try_recv() {
            if session != self.dispatcher.session() && event.is_about_the_grid() {
                // Meant for a portal the user has left: it must not land on this one.
                self.dispatcher.discard(event);
                continue;
            }
            self.handle(event);
        }
        let now = self.now();
        self.clear_clipboard_when_due(now);
        self.toasts.expire(now);
        let thresholds = self.preferences.review;
        if let Some(screen) = self.keys_screen_mut() {
            screen.catch_up(now);
            screen.refresh_review(thresholds, now);
        }
        now
    }

    /// What to draw this frame.
    pub fn view(&mut self, now: DateTime<Utc>) -> View<'_> {
        View {
            screen: &mut self.screen,
            preferences: &self.preferences,
            toasts: self.toasts.as_slice(),
            clipboard: self.clipboard_status.as_ref(),
            now,
        }
    }

    /// True while something counts down on screen (the clipboard, toasts), so
    /// the window should draw again in a moment even without input.
    pub fn has_timers(&self) -> bool {
        matches!(
            self.clipboard_status,
            Some(ClipboardStatus::Waiting { at: Some(_), .. })
        ) || !self.toasts.is_empty()
    }

    /// The user closes the window. False when closing now would lose a new key
    /// that is neither copied nor saved: the dialog asks first, as its Done does.
    pub fn close_requested(&mut self) -> bool {
        match &mut self.screen {
            Screen::Keys(screen) => match &mut screen.dialog {
                Some(Dialog::Reveal(reveal)) => reveal.request_close(),
                _ => true,
            },
            _ => true,
        }
    }

    /// The window is closing: a key we copied does not outlive it on the clipboard.
    pub fn exiting(&mut self) {
        self.clear_clipboard_if_ours();
    }

    pub(super) fn toast(&mut self, kind: ToastKind, text: Message) {
        let now = self.now();
        self.toasts.push(kind, text, now);
    }

    pub(super) fn keys_screen_mut(&mut self) -> Option<&mut KeysScreen> {
        match &mut self.screen {
            Screen::Keys(screen) => Some(screen),
            _ => None,
        }
    }

    /// Takes in one result of background work.
    pub fn handle(&mut self, event: Event) {
        match event {
            Event::NothingToRestore {
                portal,
                account,
                reason,
            } => self.nothing_to_restore(portal, account, reason),
            Event::SignedIn(start) => self.start_session(*start),
            Event::NeedsCode(factor) => self.needs_code(factor),
            Event::SignInFailed(error) => self.sign_in_failed(error),
            Event::SignedOut {
                note,
                portal,
                account,
            } => self.signed_out(note, portal, account),
            // Nothing left to show: the user is already on the connect screen with the reason.
            Event::Forgotten => {}
            Event::KeychainChecked(result) => self.keychain_checked(result),
            Event::KeysLoaded(keys) => self.keys_loaded(*keys),
            Event::ListArrived(hand_over) => self.hand_over(hand_over),
            Event::LoadFailed(error) => self.load_failed(error),
            Event::KeyCreated(key, secret) => self.key_created(*key, secret),
            Event::CreateFailed(error) => self.create_failed(error),
            Event::KeyUpdated { id, request } => self.key_updated(&id, request),
            Event::UpdateFailed { id, error } => self.update_failed(&id, error),
            Event::KeyDeleted(id) => self.key_deleted(&id),
            Event::DeleteFailed { id, error } => self.delete_failed(&id, error),
            Event::KeyRotated {
                key,
                secret,
                rotation,
            } => self.key_rotated(*key, secret, *rotation),
            Event::RotateFailed { old_id, error } => self.rotate_failed(&old_id, error),
            Event::OldKeyRetired {
                old_id,
                step,
                result,
            } => self.old_key_retired(&old_id, step, result),
            Event::Exported(result) => self.exported(result),
            Event::KeyFilePicked { key_id, path } => self.key_file_picked(&key_id, path),
            Event::NoFileDialog { key_id, fallback } => self.no_file_dialog(&key_id, fallback),
            Event::KeyFileWritten {
                key_id,
                path,
                result,
            } => self.key_file_written(&key_id, path, result),
        }
    }

    /// Acts on what the user asked for.
    pub fn apply(&mut self, action: UiAction) {
        match action {
            UiAction::SignIn => self.sign_in(),
            UiAction::SignOut => self.sign_out(),
            UiAction::SwitchTo(known) => self.switch_to(known),
            UiAction::AddPortal => self.add_portal(),
            UiAction::BackToPortal => self.back_to_portal(),
            UiAction::Refresh => self.refresh(),
            UiAction::NewKey => self.open_create(),
            UiAction::EditKey(id) => self.open_edit(&id),
            UiAction::SetActive(id, active) => self.set_active(&id, active),
            UiAction::AskDelete(id) => self.ask_delete(&id),
            UiAction::ConfirmDelete => self.confirm_delete(),
            UiAction::AskRotate(id) => self.ask_rotate(&id),
            UiAction::ConfirmRotate => self.confirm_rotate(),
            UiAction::Export(format) => self.export(format),
            UiAction::SubmitCreate => self.submit_create(),
            UiAction::SubmitEdit => self.submit_edit(),
            UiAction::CloseDialog => self.close_dialog(),
            UiAction::DiscardKey => self.discard_key(),
            UiAction::KeepKey => self.keep_key(),
            UiAction::ToggleShown => self.toggle_shown(),
            UiAction::CopyKey => self.copy_key(),
            UiAction::ClearClipboardNow => self.clear_clipboard_if_ours(),
            UiAction::SetClearDelay(delay) => self.preferences.clear_clipboard = delay,
            UiAction::SetLanguage(language) => self.preferences.language = language,
            UiAction::SetTheme(theme) => self.preferences.theme = theme,
            UiAction::Undo(toast) => {
                if let Some(undo) = self.toasts.take_undo(toast) {
                    self.apply(undo);
                }
            }
            UiAction::SaveKey => self.pick_key_file(),
            UiAction::SaveKeyToFallback => self.save_to_fallback(),
            UiAction::SortBy(column) => self.sort_by(column),
            UiAction::FilterChanged => {
                // A filter or a search is about the grid: it shows the grid.
                if let Some(screen) = self.keys_screen_mut() {
                    screen.review_open = false;
                }
                self.filter_changed();
            }
            UiAction::ShowReview(shown) => {
                if let Some(screen) = self.keys_screen_mut() {
                    screen.review_open = shown;
                }
            }
            UiAction::DismissExpiryWatch => {
                if let Some(screen) = self.keys_screen_mut() {
                    screen.dismiss_expiry_watch();
                }
            }
            UiAction::SetReviewThresholds(thresholds) => self.preferences.review = thresholds,
            UiAction::ToggleMarked(id) => self.toggle_marked(&id),
            UiAction::MarkRange(id) => self.mark_range(&id),
            UiAction::MarkAllShown => self.mark_all_shown(),
            UiAction::ClearMarked => self.clear_marked(),
            UiAction::AskBulk(action) => self.ask_bulk(action),
            UiAction::ConfirmBulk => self.confirm_bulk(),
        }
    }

    /// Closes the dialog that is up, unless its request is on its way (its
    /// answer needs somewhere to land) or it holds a key not yet kept.
    fn close_dialog(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        let may_close = match &mut screen.dialog {
            Some(Dialog::Reveal(reveal)) => reveal.request_close(),
            Some(dialog) => !dialog.is_busy(),
            None => false,
        };
        if may_close {
            screen.dialog = None;
            self.end_session_if_ended();
        }
    }

    /// "Close anyway": the new key goes with its dialog.
    fn discard_key(&mut self) {
        let Some(screen) = self.keys_screen_mut() else {
            return;
        };
        if matches!(screen.dialog, Some(Dialog::Reveal(_))) {
            screen.dialog = None;
            self.end_session_if_ended();
        }
    }
}
