//! Application state and the command/event loop: the UI asks for something, a
//! tokio task does it through `api` and `platform`, an event comes back on a
//! channel and the state changes. The one place that knows both sides.

mod command;
mod services;
mod state;
mod tasks;
pub mod window;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use chrono::{DateTime, Duration, Utc};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

pub use command::{Command, Event, SessionStart};
pub use services::{FixedFilePicker, KeyFilePicker, NativeFilePicker, Services};
pub use state::{
    ConnectForm, CreateDialog, DeleteDialog, Dialog, EditDialog, KeysScreen, PendingClear,
    RevealDialog, Screen, SignInMethod, Toast, ToastKind,
};
use tasks::{Dispatcher, Repaint};

use crate::api::{ApiError, CreateKeyRequest, PortalUrl, UpdateKeyRequest};
use crate::domain::{KeyChanges, KeyEdit, KeyQuery, SortOrder, StatusFilter};
use crate::platform::{ClipDigest, SecretClipboard, write_secret_file};
use crate::ui::{self, UiAction};

/// How long a copied key stays on the clipboard.
pub const CLIPBOARD_CLEAR_AFTER: Duration = Duration::seconds(30);
/// How long a toast stays up.
const TOAST_FOR: Duration = Duration::seconds(6);
/// The key under which the preferences are kept in eframe's storage.
const PREFERENCES_KEY: &str = "docspace-keys/preferences";

/// What the window remembers between runs: view settings only, never a secret.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub order: SortOrder,
    pub status: StatusFilter,
}

/// The demo portal's sign-in, filled in after signing out of the demo. The
/// password is the demo's published one, not a secret.
#[derive(Debug, Clone)]
pub struct DemoSignIn {
    pub portal: String,
    pub email: String,
    pub password: String,
}

/// How the window starts.
#[derive(Debug, Clone)]
pub enum StartMode {
    /// Restore the remembered sign-in, or show the connect screen.
    Normal,
    /// Sign in to the built-in demo portal straight away.
    Demo(DemoSignIn),
}

/// The application: state, the background dispatcher and the clipboard.
pub struct DocSpaceKeysApp {
    screen: Screen,
    dispatcher: Dispatcher,
    events: Receiver<Event>,
    repaint: Repaint,
    clipboard: Box<dyn SecretClipboard>,
    pending_clear: Option<PendingClear>,
    toasts: Vec<Toast>,
    preferences: Preferences,
    demo: Option<DemoSignIn>,
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
        let repaint = Repaint::default();
        let dispatcher = Dispatcher::new(Arc::new(services), sender, repaint.clone());
        let mut app = Self {
            screen: Screen::Starting,
            dispatcher,
            events,
            repaint,
            clipboard,
            pending_clear: None,
            toasts: Vec::new(),
            preferences,
            demo: None,
        };
        match start {
            StartMode::Normal => app.dispatcher.send(Command::Restore),
            StartMode::Demo(sign_in) => {
                let mut form = app.connect_form();
                form.portal = sign_in.portal.clone();
                form.email = sign_in.email.clone();
                *form.password = sign_in.password.clone();
                form.remember = false;
                form.can_remember = false;
                app.demo = Some(sign_in);
                app.screen = Screen::Connect(Box::new(form));
                app.sign_in();
            }
        }
        app
    }

    /// The app as eframe creates it, with the preferences it saved last time.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        services: Services,
        clipboard: Box<dyn SecretClipboard>,
        start: StartMode,
    ) -> Self {
        let preferences = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, PREFERENCES_KEY))
            .unwrap_or_default();
        Self::new(services, clipboard, start, preferences)
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn screen_mut(&mut self) -> &mut Screen {
        &mut self.screen
    }

    pub fn toasts(&self) -> &[Toast] {
        &self.toasts
    }

    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    pub fn pending_clear(&self) -> Option<PendingClear> {
        self.pending_clear
    }

    fn now(&self) -> DateTime<Utc> {
        self.dispatcher.services().clock.now()
    }

    /// One frame: take in finished work, run timers, draw, act on what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.repaint.attach(ui.ctx());
        while let Ok(event) = self.events.try_recv() {
            self.handle(event);
        }
        self.keep_unsaved_key_on_close(ui.ctx());
        let now = self.now();
        self.clear_clipboard_when_due(now);
        self.toasts.retain(|toast| toast.until > now);
        if let Screen::Keys(screen) = &mut self.screen {
            screen.refresh_rows(now);
        }
        let actions = ui::app_ui(ui, &mut self.screen, &self.toasts, self.pending_clear, now);
        for action in actions {
            self.apply(action);
        }
        // Keep the countdown and toasts moving, about once a second, only while they exist.
        if self.pending_clear.is_some() || !self.toasts.is_empty() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        }
    }

    /// Closing the window while a new key is neither copied nor saved would lose
    /// it for good: cancel the close and ask first, as the dialog's Done does.
    fn keep_unsaved_key_on_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) {
            return;
        }
        if let Screen::Keys(screen) = &mut self.screen
            && let Some(Dialog::Reveal(reveal)) = &mut screen.dialog
            && !reveal.is_kept()
            && !reveal.confirm_close
        {
            reveal.confirm_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
    }

    fn connect_form(&self) -> ConnectForm {
        let services = self.dispatcher.services();
        let recent = services
            .accounts
            .as_ref()
            .map(|file| file.load())
            .unwrap_or_default();
        ConnectForm::new(services.secret_store.is_some(), recent)
    }

    /// Shows the connect screen, keeping the portal address and saying why.
    fn show_connect_screen(&mut self, portal: Option<String>, notice: Option<String>) {
        let mut form = self.connect_form();
        if let Some(portal) = portal {
            form.portal = portal;
        }
        if let Some(demo) = &self.demo {
            form.portal = demo.portal.clone();
            form.email = demo.email.clone();
            *form.password = demo.password.clone();
            form.remember = false;
            form.can_remember = false;
        }
        form.notice = notice;
        self.screen = Screen::Connect(Box::new(form));
    }

    fn toast(&mut self, kind: ToastKind, text: impl Into<String>) {
        let until = self.now() + TOAST_FOR;
        self.toasts.push(Toast {
            text: text.into(),
            kind,
            until,
        });
        if self.toasts.len() > 4 {
            self.toasts.remove(0);
        }
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::NothingToRestore { portal, reason } => {
                let notice = reason.map(|reason| {
                    format!("Could not sign in with the remembered sign-in: {reason}")
                });
                self.show_connect_screen(portal, notice);
            }
            Event::SignedIn(start) => self.start_session(*start),
            Event::NeedsCode(factor) => {
                if let Screen::Connect(form) = &mut self.screen {
                    form.busy = false;
                    form.second_factor = Some(factor);
                    form.error = None;
                }
            }
            Event::SignInFailed(message) => {
                if let Screen::Connect(form) = &mut self.screen {
                    form.busy = false;
                    form.error = Some(message);
                }
            }
            Event::KeysLoaded { keys, catalogue } => {
                let now = self.now();
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.loading = false;
                    screen.banner = None;
                    screen.catalogue = catalogue;
                    screen.set_keys(keys);
                    screen.last_refresh = Some(now);
                }
            }
            Event::LoadFailed(error) => {
                if self.signed_out_by(&error) {
                    return;
                }
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.loading = false;
                    screen.banner = Some(format!("Could not refresh the list. {error}"));
                }
            }
            Event::KeyCreated(key, secret) => {
                if let Screen::Keys(screen) = &mut self.screen {
                    let mut keys = std::mem::take(&mut screen.keys);
                    keys.insert(0, (*key).clone());
                    screen.set_keys(keys);
                    screen.selected = Some(key.id.clone());
                    screen.dialog = Some(Dialog::Reveal(RevealDialog::new(*key, secret)));
                }
            }
            Event::CreateFailed(error) => {
                if self.signed_out_by(&error) {
                    return;
                }
                if let Screen::Keys(screen) = &mut self.screen
                    && let Some(Dialog::Create(dialog)) = &mut screen.dialog
                {
                    dialog.busy = false;
                    dialog.error = Some(error.to_string());
                }
            }
            Event::KeyUpdated { id, request } => self.key_updated(&id, request),
            Event::UpdateFailed { id, error } => {
                if self.signed_out_by(&error) {
                    return;
                }
                let mut in_dialog = false;
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.pending.remove(&id);
                    if let Some(Dialog::Edit(dialog)) = &mut screen.dialog
                        && dialog.original.id == id
                    {
                        dialog.busy = false;
                        dialog.error = Some(error.to_string());
                        in_dialog = true;
                    }
                }
                if !in_dialog {
                    self.toast(ToastKind::Error, error.to_string());
                }
            }
            Event::KeyDeleted(id) => {
                let mut name = None;
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.pending.remove(&id);
                    name = screen.key(&id).map(|key| key.name.clone());
                    let keys = screen
                        .keys
                        .iter()
                        .filter(|key| key.id != id)
                        .cloned()
                        .collect();
                    screen.set_keys(keys);
                    if matches!(&screen.dialog, Some(Dialog::ConfirmDelete(dialog)) if dialog.id == id)
                    {
                        screen.dialog = None;
                    }
                }
                self.toast(
                    ToastKind::Success,
                    format!("Deleted \"{}\".", name.unwrap_or_default()),
                );
            }
            Event::DeleteFailed { id, error } => {
                if self.signed_out_by(&error) {
                    return;
                }
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.pending.remove(&id);
                    if let Some(Dialog::ConfirmDelete(dialog)) = &mut screen.dialog {
                        dialog.busy = false;
                        dialog.error = Some(error.to_string());
                    }
                }
            }
            Event::SignedOut { note } => {
                self.show_connect_screen(
                    None,
                    Some(note.unwrap_or_else(|| "You are signed out.".to_owned())),
                );
            }
            Event::KeyFilePicked(path) => self.save_key_file(path),
            // Nothing left to show: the user is already on the connect screen with the reason.
            Event::Forgotten => {}
        }
    }

    /// A 401 at any time: back to the connect screen, address kept, reason shown.
    fn signed_out_by(&mut self, error: &ApiError) -> bool {
        if !error.needs_sign_in() {
            return false;
        }
        let mut portal = None;
        if let Screen::Keys(screen) = &self.screen {
            portal = Some(screen.client.portal().to_string());
            // The remembered credential no longer works: forget it, so the next start does not try it.
            if screen.remembered {
                self.dispatcher.send(Command::Forget {
                    portal: screen.client.portal().to_string(),
                    account: screen.account.clone(),
                });
            }
        }
        self.show_connect_screen(portal, Some(error.to_string()));
        true
    }

    fn start_session(&mut self, start: SessionStart) {
        let now = self.now();
        let banner = start.keychain_note.clone();
        let query = KeyQuery {
            status: self.preferences.status,
            search: String::new(),
            order: self.preferences.order,
        };
        let mut screen = KeysScreen {
            client: start.client,
            person: start.person,
            account: start.account,
            remembered: start.remembered,
            read_only: start.read_only_note,
            keys: Vec::new(),
            catalogue: start.catalogue,
            table: Default::default(),
            query,
            rows: Vec::new(),
            counts: Default::default(),
            rows_stale: true,
            selected: None,
            loading: false,
            last_refresh: Some(now),
            pending: Default::default(),
            dialog: None,
            banner,
            focus_search: false,
        };
        screen.set_keys(start.keys);
        self.screen = Screen::Keys(Box::new(screen));
    }

    fn key_updated(&mut self, id: &str, request: UpdateKeyRequest) {
        let mut toast = None;
        if let Screen::Keys(screen) = &mut self.screen {
            screen.pending.remove(id);
            if let Some(key) = screen.key_mut(id) {
                if let Some(name) = &request.name {
                    key.name = name.clone();
                }
                if let Some(permissions) = &request.permissions {
                    key.permissions = if permissions.iter().any(|scope| scope == "*") {
                        Vec::new()
                    } else {
                        permissions.clone()
                    };
                }
                if let Some(active) = request.is_active {
                    key.active = active;
                }
                let name = key.name.clone();
                toast = Some(
                    match (
                        request.is_active,
                        request.name.is_some() || request.permissions.is_some(),
                    ) {
                        (Some(true), false) => format!("\"{name}\" is switched on."),
                        (Some(false), false) => format!("\"{name}\" is switched off."),
                        _ => format!("Saved \"{name}\"."),
                    },
                );
            }
            let keys = std::mem::take(&mut screen.keys);
            screen.set_keys(keys);
            if matches!(&screen.dialog, Some(Dialog::Edit(dialog)) if dialog.original.id == id) {
                screen.dialog = None;
            }
        }
        if let Some(text) = toast {
            self.toast(ToastKind::Success, text);
        }
    }

    fn apply(&mut self, action: UiAction) {
        match action {
            UiAction::SignIn => self.sign_in(),
            UiAction::Refresh => self.refresh(),
            UiAction::NewKey => {
                if let Screen::Keys(screen) = &mut self.screen
                    && screen.dialog.is_none()
                    && screen.can_change()
                {
                    screen.dialog = Some(Dialog::Create(CreateDialog::new()));
                }
            }
            UiAction::EditKey(id) => {
                if let Screen::Keys(screen) = &mut self.screen
                    && screen.dialog.is_none()
                    && screen.can_change()
                    && let Some(key) = screen.key(&id).cloned()
                {
                    let edit = KeyEdit::from_key(&key, &screen.catalogue);
                    screen.selected = Some(id);
                    screen.dialog = Some(Dialog::Edit(EditDialog {
                        original: key,
                        edit,
                        busy: false,
                        error: None,
                    }));
                }
            }
            UiAction::SetActive(id, active) => {
                self.send_changes(&id, KeyChanges::activation(active))
            }
            UiAction::AskDelete(id) => {
                if let Screen::Keys(screen) = &mut self.screen
                    && screen.dialog.is_none()
                    && screen.can_change()
                    && !screen.pending.contains(&id)
                    && let Some(key) = screen.key(&id)
                {
                    screen.dialog = Some(Dialog::ConfirmDelete(DeleteDialog {
                        id: key.id.clone(),
                        name: key.name.clone(),
                        last_used: key.last_used,
                        busy: false,
                        error: None,
                    }));
                }
            }
            UiAction::ConfirmDelete => {
                if let Screen::Keys(screen) = &mut self.screen
                    && let Some(Dialog::ConfirmDelete(dialog)) = &mut screen.dialog
                    && !dialog.busy
                {
                    dialog.busy = true;
                    dialog.error = None;
                    screen.pending.insert(dialog.id.clone());
                    let command = Command::DeleteKey(screen.client.clone(), dialog.id.clone());
                    self.dispatcher.send(command);
                }
            }
            UiAction::SubmitCreate => self.submit_create(),
            UiAction::SubmitEdit => self.submit_edit(),
            UiAction::CloseDialog => {
                if let Screen::Keys(screen) = &mut self.screen {
                    let busy = match &screen.dialog {
                        Some(Dialog::Create(dialog)) => dialog.busy,
                        Some(Dialog::Edit(dialog)) => dialog.busy,
                        Some(Dialog::ConfirmDelete(dialog)) => dialog.busy,
                        Some(Dialog::Reveal(reveal)) => {
                            if !reveal.is_kept() && !reveal.confirm_close {
                                if let Some(Dialog::Reveal(reveal)) = &mut screen.dialog {
                                    reveal.confirm_close = true;
                                }
                                return;
                            }
                            false
                        }
                        None => false,
                    };
                    // A request on its way finishes first, so its answer has somewhere to land.
                    if !busy {
                        screen.dialog = None;
                    }
                }
            }
            UiAction::DiscardKey => {
                if let Screen::Keys(screen) = &mut self.screen
                    && matches!(screen.dialog, Some(Dialog::Reveal(_)))
                {
                    screen.dialog = None;
                }
            }
            UiAction::KeepKey => {
                if let Screen::Keys(screen) = &mut self.screen
                    && let Some(Dialog::Reveal(reveal)) = &mut screen.dialog
                {
                    reveal.confirm_close = false;
                }
            }
            UiAction::CopyKey => self.copy_key(),
            UiAction::SaveKey => {
                if let Screen::Keys(screen) = &mut self.screen
                    && let Some(Dialog::Reveal(reveal)) = &mut screen.dialog
                    && !reveal.picking_file
                {
                    reveal.picking_file = true;
                    let suggested_name = format!("{}.txt", file_stem(&reveal.key.name));
                    self.dispatcher
                        .send(Command::PickKeyFile { suggested_name });
                }
            }
            UiAction::SortBy(column) => {
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.query.order = screen.query.order.clicked(column);
                    screen.rows_stale = true;
                    self.preferences.order = screen.query.order;
                }
            }
            UiAction::FilterChanged => {
                if let Screen::Keys(screen) = &mut self.screen {
                    screen.rows_stale = true;
                    self.preferences.status = screen.query.status;
                }
            }
            UiAction::SignOut => {
                if let Screen::Keys(screen) = &self.screen {
                    let command = Command::SignOut {
                        client: screen.client.clone(),
                        account: screen.account.clone(),
                        remembered: screen.remembered,
                    };
                    self.dispatcher.send(command);
                    self.screen = Screen::Starting;
                }
            }
        }
    }

    fn sign_in(&mut self) {
        let Screen::Connect(form) = &mut self.screen else {
            return;
        };
        if form.busy {
            return;
        }
        let portal = match PortalUrl::parse(&form.portal) {
            Ok(portal) => portal,
            Err(error) => {
                form.error = Some(error.to_string());
                return;
            }
        };
        let command = match form.method {
            crate::app::SignInMethod::Password => {
                if form.email.trim().is_empty() || form.password.is_empty() {
                    form.error = Some("Enter your email and password.".to_owned());
                    return;
                }
                let code = form
                    .second_factor
                    .as_ref()
                    .map(|_| form.code.trim().to_owned())
                    .filter(|code| !code.is_empty());
                if form.second_factor.is_some() && code.is_none() {
                    form.error = Some("Enter the code.".to_owned());
                    return;
                }
                Command::SignInWithPassword {
                    portal,
                    email: form.email.trim().to_owned(),
                    password: SecretString::from(form.password.as_str()),
                    code,
                    remember: form.remember && form.can_remember,
                }
            }
            crate::app::SignInMethod::ApiKey => {
                if form.api_key.trim().is_empty() {
                    form.error = Some("Paste an API key (it starts with \"sk-\").".to_owned());
                    return;
                }
                Command::SignInWithKey {
                    portal,
                    key: SecretString::from(form.api_key.trim()),
                    remember: form.remember && form.can_remember,
                }
            }
        };
        form.busy = true;
        form.error = None;
        form.notice = None;
        self.dispatcher.send(command);
    }

    fn refresh(&mut self) {
        if let Screen::Keys(screen) = &mut self.screen
            && !screen.loading
        {
            screen.loading = true;
            self.dispatcher
                .send(Command::Refresh(screen.client.clone()));
        }
    }

    fn submit_create(&mut self) {
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(Dialog::Create(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy {
            return;
        }
        let new_key = match dialog.draft.to_new_key() {
            Ok(new_key) => new_key,
            Err(problems) => {
                dialog.error = Some(problems_text(&problems));
                return;
            }
        };
        dialog.busy = true;
        dialog.error = None;
        let request = CreateKeyRequest {
            name: new_key.name,
            permissions: Some(new_key.permissions),
            expires_in_days: new_key.expires_in_days,
        };
        self.dispatcher
            .send(Command::CreateKey(screen.client.clone(), request));
    }

    fn submit_edit(&mut self) {
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(Dialog::Edit(dialog)) = &mut screen.dialog else {
            return;
        };
        if dialog.busy {
            return;
        }
        let problems = dialog.edit.validate();
        if !problems.is_empty() {
            dialog.error = Some(problems_text(&problems));
            return;
        }
        let changes = dialog.edit.changes(&dialog.original, &screen.catalogue);
        if changes.is_empty() {
            screen.dialog = None;
            return;
        }
        dialog.busy = true;
        dialog.error = None;
        let id = dialog.original.id.clone();
        self.send_changes(&id, changes);
    }

    fn send_changes(&mut self, id: &str, changes: KeyChanges) {
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        if !screen.can_change() || screen.pending.contains(id) {
            return;
        }
        screen.pending.insert(id.to_owned());
        let request = UpdateKeyRequest {
            name: changes.name,
            permissions: changes.permissions,
            is_active: changes.active,
        };
        self.dispatcher.send(Command::UpdateKey {
            client: screen.client.clone(),
            id: id.to_owned(),
            request,
        });
    }

    fn copy_key(&mut self) {
        let now = self.now();
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(Dialog::Reveal(reveal)) = &mut screen.dialog else {
            return;
        };
        match self.clipboard.copy_secret(reveal.secret.expose()) {
            Ok(()) => {
                reveal.copied = true;
                reveal.error = None;
                self.pending_clear = Some(PendingClear {
                    digest: ClipDigest::of(reveal.secret.expose()),
                    at: now + CLIPBOARD_CLEAR_AFTER,
                });
            }
            Err(error) => {
                // Keep the key visible so it is not lost.
                reveal.shown = true;
                reveal.error = Some(format!(
                    "{error} Select the key above by hand, or save it to a file instead."
                ));
            }
        }
    }

    fn save_key_file(&mut self, path: Option<std::path::PathBuf>) {
        let Screen::Keys(screen) = &mut self.screen else {
            return;
        };
        let Some(Dialog::Reveal(reveal)) = &mut screen.dialog else {
            return;
        };
        reveal.picking_file = false;
        let Some(path) = path else {
            return;
        };
        match write_secret_file(&path, reveal.secret.expose()) {
            Ok(()) => {
                reveal.error = None;
                reveal.saved_to = Some(path);
            }
            Err(error) => {
                reveal.error = Some(format!("Could not save to {}: {error}", path.display()));
            }
        }
    }

    /// Clears the clipboard once the time is up, only if it still holds our copy.
    fn clear_clipboard_when_due(&mut self, now: DateTime<Utc>) {
        if let Some(pending) = self.pending_clear
            && now >= pending.at
        {
            self.clear_clipboard_if_ours();
        }
    }

    fn clear_clipboard_if_ours(&mut self) {
        if let Some(pending) = self.pending_clear.take()
            && self.clipboard.current_digest() == Some(pending.digest)
        {
            // Nothing else can be done if clearing fails; the copy stays until something replaces it.
            let _ = self.clipboard.clear();
        }
    }
}

/// The form's problems as one message.
fn problems_text(problems: &[crate::domain::DraftProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A file name made from a key name: letters, digits, dashes and underscores.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "docspace-api-key".to_owned()
    } else {
        format!("docspace-key-{stem}")
    }
}

impl eframe::App for DocSpaceKeysApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFERENCES_KEY, &self.preferences);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.clear_clipboard_if_ours();
    }

    /// egui's own memory (text-field states, scroll offsets) is not written to disk.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
