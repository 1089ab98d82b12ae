//! Runs [`Command`]s on the tokio runtime and sends each result back as an
//! [`Event`], waking the window. Nothing here touches egui state.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};

use secrecy::{ExposeSecret, SecretString};

use super::command::{Command, Event, Exported, HandOver, SessionStart, SignInError};
use super::message::Message;
use super::services::Services;
use super::wake::Wake;
use crate::api::{ApiError, Credential, DocSpaceClient, Portal, PortalUrl, SignIn};
use crate::domain::{ApiKey, ExportFormat, KeyList, KeyQuery, Person, Role};
use crate::platform::{
    KnownAccount, SaveKind, StoreError, keychain_call, remember_sign_in, save_secret_file,
    unused_path,
};

/// The grid's search, filter and order as the user last set them, so that a
/// key list arriving from the portal is sorted off the UI thread, the way the
/// grid shows it.
#[derive(Clone, Default)]
pub struct GridQuery(Arc<Mutex<KeyQuery>>);

impl GridQuery {
    pub fn new(query: KeyQuery) -> Self {
        Self(Arc::new(Mutex::new(query)))
    }

    pub fn set(&self, query: &KeyQuery) {
        if let Ok(mut slot) = self.0.lock() {
            slot.clone_from(query);
        }
    }

    fn get(&self) -> KeyQuery {
        self.0.lock().map(|slot| slot.clone()).unwrap_or_default()
    }
}

/// Sorts and indexes `keys` for the grid on a blocking thread: with 100 000
/// keys that takes a noticeable fraction of a second.
async fn key_list(keys: Vec<ApiKey>, services: &Services, grid: &GridQuery) -> KeyList {
    let (query, now) = (grid.get(), services.clock.now());
    tokio::task::spawn_blocking(move || KeyList::new(keys, query, now))
        .await
        .unwrap_or_default()
}

/// An event and the session in which its command was sent (see [`Dispatcher::session`]).
pub struct Tagged {
    pub session: u64,
    pub event: Event,
}

/// Sends commands to the runtime; cheap to clone.
#[derive(Clone)]
pub struct Dispatcher {
    services: Arc<Services>,
    events: Sender<Tagged>,
    wake: Wake,
    grid: GridQuery,
    session: Arc<AtomicU64>,
}

impl Dispatcher {
    pub fn new(
        services: Arc<Services>,
        events: Sender<Tagged>,
        wake: Wake,
        grid: GridQuery,
    ) -> Self {
        Self {
            services,
            events,
            wake,
            grid,
            session: Arc::default(),
        }
    }

    /// The key grid's session now. Each event comes back tagged with the session its
    /// command was sent in, so that an answer meant for a portal the user has left
    /// (a refresh still on its way when they switched) never lands on another one.
    pub fn session(&self) -> u64 {
        self.session.load(Ordering::Relaxed)
    }

    /// Starts a new session: answers to what was sent before no longer apply to the grid.
    pub fn new_session(&self) {
        self.session.fetch_add(1, Ordering::Relaxed);
    }

    /// What the grid shows, for lists sorted in the background.
    pub fn grid_query(&self) -> &GridQuery {
        &self.grid
    }

    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Drops what the window no longer needs on a blocking thread (freeing 100 000 keys,
    /// each block zeroed, takes tens of milliseconds), then gives the memory it freed back
    /// to the system, so that refreshes do not grow the process.
    pub fn discard<T: Send + 'static>(&self, old: T) {
        self.services.runtime.spawn_blocking(move || free(old));
    }

    /// Starts `command` in the background; its event arrives later.
    pub fn send(&self, command: Command) {
        let services = Arc::clone(&self.services);
        let events = self.events.clone();
        let wake = self.wake.clone();
        let grid = self.grid.clone();
        let session = self.session();
        self.services.runtime.spawn(async move {
            let early = Early {
                events: &events,
                wake: &wake,
                session,
            };
            let event = execute(command, &services, &grid, &early).await;
            early.send(event);
        });
    }
}

/// Sends events to the window, tagged with the session the command was sent in: the
/// command's answer, and any event before it.
struct Early<'a> {
    events: &'a Sender<Tagged>,
    wake: &'a Wake,
    session: u64,
}

impl Early<'_> {
    fn send(&self, event: Event) {
        // The window may be gone; then nobody needs the answer.
        self.events
            .send(Tagged {
                session: self.session,
                event,
            })
            .ok();
        self.wake.wake();
    }
}

/// Drops `old` and gives the memory freed back to the system. Call it on a blocking thread.
fn free<T>(old: T) {
    drop(old);
    crate::platform::return_freed_memory();
}

/// From this size on, a refresh's answer (about 900 bytes a key) asks the window for the
/// list it shows before decoding (see [`HandOver`]).
const HAND_OVER_FROM_BYTES: usize = 8 << 20;

/// Lists the keys; once a large answer has arrived, the window may hand over the list it
/// shows, which is freed (as [`Dispatcher::discard`] frees) before the new keys are decoded.
async fn refresh(
    client: &DocSpaceClient,
    services: &Services,
    grid: &GridQuery,
    early: &Early<'_>,
) -> Event {
    let listed = client
        .list_keys_with(HAND_OVER_FROM_BYTES, |_| async move {
            let (reply, handed) = tokio::sync::oneshot::channel();
            early.send(Event::ListArrived(HandOver(reply)));
            if let Ok(old) = handed.await {
                tokio::task::spawn_blocking(move || free(old)).await.ok();
            }
        })
        .await;
    match listed {
        Ok(keys) => Event::KeysLoaded(Box::new(key_list(keys, services, grid).await)),
        Err(error) => Event::LoadFailed(error),
    }
}

async fn execute(
    command: Command,
    services: &Services,
    grid: &GridQuery,
    early: &Early<'_>,
) -> Event {
    match command {
        Command::Restore(known) => restore(services, grid, known).await,
        Command::CheckKeychain => match services.secret_store.clone() {
            Some(store) => Event::KeychainChecked(keychain_call(move || store.probe()).await),
            None => Event::KeychainChecked(Err(StoreError::Unavailable)),
        },
        Command::SignInWithPassword {
            portal,
            email,
            password,
            code,
            remember,
        } => sign_in_with_password(services, grid, portal, email, password, code, remember).await,
        Command::SignInWithKey {
            portal,
            key,
            remember,
        } => {
            let credential = Credential::from_secret(key);
            if !credential.is_api_key() {
                return Event::SignInFailed(SignInError::NotAnApiKey);
            }
            match start_new_session(services, grid, portal, credential, None, remember).await {
                Ok(start) => Event::SignedIn(Box::new(start)),
                Err(error) => Event::SignInFailed(error),
            }
        }
        Command::Refresh(client) => refresh(&client, services, grid, early).await,
        Command::CreateKey(client, request) => match client.create_key(&request).await {
            Ok((key, secret)) => Event::KeyCreated(Box::new(key), secret),
            Err(error) => Event::CreateFailed(error),
        },
        Command::UpdateKey {
            client,
            id,
            request,
        } => match client.update_key(&id, &request).await {
            Ok(()) => Event::KeyUpdated { id, request },
            Err(error) => Event::UpdateFailed { id, error },
        },
        Command::DeleteKey(client, id) => match client.delete_key(&id).await {
            Ok(()) => Event::KeyDeleted(id),
            Err(error) => Event::DeleteFailed { id, error },
        },
        Command::RotateKey(client, rotation) => match client.create_replacement(&rotation).await {
            Ok((key, secret)) => Event::KeyRotated {
                key: Box::new(key),
                secret,
                rotation,
            },
            Err(error) => Event::RotateFailed {
                old_id: rotation.old_id.clone(),
                error,
            },
        },
        Command::RetireOldKey {
            client,
            old_id,
            step,
        } => {
            let result = client.retire_old_key(&old_id, step).await;
            Event::OldKeyRetired {
                old_id,
                step,
                result,
            }
        }
        Command::ExportKeys {
            format,
            keys,
            suggested_name,
        } => {
            let picker = Arc::clone(&services.file_picker);
            let now = services.clock.now();
            let written = tokio::task::spawn_blocking(move || {
                export_keys(picker.as_ref(), format, &keys, &suggested_name, now)
            })
            .await;
            Event::Exported(written.unwrap_or_else(|_| Err("the export stopped.".to_owned())))
        }
        Command::SignOut {
            client,
            account,
            remembered,
        } => sign_out(services, client, account, remembered).await,
        Command::EndSession(client) => {
            // A courtesy to the portal; the session expires there in any case.
            client.sign_out().await.ok();
            Event::Forgotten
        }
        Command::Forget { portal, account } => {
            if let Some(store) = services.secret_store.clone() {
                // Best effort: if the keychain refuses, the next start says so and asks to sign in.
                keychain_call(move || store.delete(&portal, &account))
                    .await
                    .ok();
            }
            Event::Forgotten
        }
        Command::PickKeyFile {
            key_id,
            suggested_name,
        } => {
            let picker = Arc::clone(&services.file_picker);
            let picked = tokio::task::spawn_blocking(move || {
                picker.pick(SaveKind::NewKey, &suggested_name).map_err(|_| {
                    let folder = picker.fallback_folder();
                    folder.map(|folder| unused_path(&folder, &suggested_name))
                })
            })
            .await;
            match picked {
                Ok(Ok(path)) => Event::KeyFilePicked { key_id, path },
                Ok(Err(fallback)) => Event::NoFileDialog { key_id, fallback },
                Err(_) => Event::KeyFilePicked { key_id, path: None },
            }
        }
        Command::WriteKeyFile {
            key_id,
            path,
            secret,
        } => {
            let target = path.clone();
            let written = tokio::task::spawn_blocking(move || {
                save_secret_file(&target, secret.expose_secret())
            })
            .await;
            let result = match written {
                Ok(Ok(access)) => Ok(access),
                Ok(Err(error)) => Err(error.to_string()),
                Err(_) => Err("the file could not be written.".to_owned()),
            };
            Event::KeyFileWritten {
                key_id,
                path,
                result,
            }
        }
    }
}

/// Asks where to save the export (without a save dialog: a free name in the Downloads
/// folder) and writes it there. `None` when the user cancelled. Blocking.
fn export_keys(
    picker: &dyn crate::platform::KeyFilePicker,
    format: ExportFormat,
    keys: &[ApiKey],
    suggested_name: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<Exported>, String> {
    let kind = match format {
        ExportFormat::Csv => SaveKind::Csv,
        ExportFormat::Json => SaveKind::Json,
    };
    let path = match picker.pick(kind, suggested_name) {
        Ok(Some(path)) => path,
        Ok(None) => return Ok(None),
        Err(no_dialog) => match picker.fallback_folder() {
            Some(folder) => unused_path(&folder, suggested_name),
            None => return Err(no_dialog.to_string()),
        },
    };
    let bytes = crate::domain::export(format, keys, now).map_err(|error| error.to_string())?;
    std::fs::write(&path, bytes).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(Some(Exported {
        path,
        count: keys.len(),
    }))
}

/// Signs in with the remembered credential of `known`, or of the most recent sign-in.
async fn restore(services: &Services, grid: &GridQuery, known: Option<KnownAccount>) -> Event {
    let latest = || services.accounts.as_ref()?.latest(None);
    let Some(known) = known.or_else(latest) else {
        return Event::NothingToRestore {
            portal: None,
            account: None,
            reason: None,
        };
    };
    let nothing = |reason: Option<Message>| Event::NothingToRestore {
        portal: Some(known.portal.clone()),
        account: Some(known.account.clone()),
        reason,
    };
    let Some(store) = services.secret_store.clone() else {
        return nothing(None);
    };
    let (portal_key, account) = (known.portal.clone(), known.account.clone());
    let secret = match keychain_call(move || store.load(&portal_key, &account)).await {
        Ok(Some(secret)) => secret,
        Ok(None) => return nothing(None),
        // Said plainly when the user signed in; nothing was remembered, so nothing to explain now.
        Err(StoreError::Unavailable) => return nothing(None),
        Err(error) => return nothing(Some(Message::Keychain(error))),
    };
    let Ok(url) = PortalUrl::parse(&known.portal) else {
        return nothing(None);
    };
    let credential = Credential::from_secret(secret);
    let account = (!credential.is_api_key()).then(|| known.account.clone());
    match start_new_session(services, grid, url, credential, account, false).await {
        Ok(mut start) => {
            start.remembered = true;
            // The last one signed in to is the one the next start and the command line
            // pick. Failing to note that changes nothing else.
            let noted = services
                .accounts
                .as_ref()
                .map(|file| file.remember(&known.portal, &known.account));
            if let Some(Ok(listed)) = noted {
                start.known = listed;
            }
            Event::SignedIn(Box::new(start))
        }
        Err(error) => nothing(Some(Message::SignIn(error))),
    }
}

async fn sign_in_with_password(
    services: &Services,
    grid: &GridQuery,
    url: PortalUrl,
    email: String,
    password: SecretString,
    code: Option<String>,
    remember: bool,
) -> Event {
    let portal = match Portal::new(url) {
        Ok(portal) => portal,
        Err(error) => return Event::SignInFailed(error.into()),
    };
    match portal.sign_in(&email, &password, code.as_deref()).await {
        Ok(SignIn::Token { token, .. }) => {
            // The client that signed in goes on with the token: one HTTP client (and one
            // load of the system's certificates) per sign-in.
            let client = portal.with_credential(Credential::LoginToken(token));
            let account = Some(email.trim().to_owned());
            match start_session(services, grid, client, account, remember).await {
                Ok(start) => Event::SignedIn(Box::new(start)),
                Err(error) => Event::SignInFailed(error),
            }
        }
        Ok(SignIn::NeedsCode(factor)) if code.is_none() => Event::NeedsCode(factor),
        Ok(SignIn::NeedsCode(_)) => Event::SignInFailed(SignInError::CodeRefused),
        Err(ApiError::Unauthorized { message }) => {
            Event::SignInFailed(SignInError::WrongPassword(message))
        }
        Err(error) => Event::SignInFailed(error.into()),
    }
}

/// [`start_session`] with a client of its own for `url` and `credential`.
async fn start_new_session(
    services: &Services,
    grid: &GridQuery,
    url: PortalUrl,
    credential: Credential,
    account: Option<String>,
    remember: bool,
) -> Result<SessionStart, SignInError> {
    let client = DocSpaceClient::new(url, credential)?;
    start_session(services, grid, client, account, remember).await
}

/// Verifies the client's credential, loads everything the key grid needs and, when asked,
/// remembers the credential. `account` is the email for a password sign-in.
async fn start_session(
    services: &Services,
    grid: &GridQuery,
    client: DocSpaceClient,
    account: Option<String>,
    remember: bool,
) -> Result<SessionStart, SignInError> {
    let mut read_only_note = None;
    let mut key_scopes = None;
    let account = match account {
        Some(email) => email,
        None => {
            let key = client.current_key().await.map_err(|error| match error {
                ApiError::Unauthorized { .. } => SignInError::KeyNotValid,
                other => other.into(),
            })?;
            if key.permissions.iter().any(|scope| scope == "*:read")
                && !key.is_unrestricted()
                && !key.permissions.iter().any(|scope| scope == "*:write")
            {
                read_only_note = Some(Message::ReadOnlyKey);
            }
            key_scopes = Some(key.permissions.clone());
            key.masked()
        }
    };
    let (person, keys, catalogue) =
        tokio::join!(client.me(), client.list_keys(), client.permissions());
    let keys = keys.map_err(|error| match (error, &key_scopes) {
        (ApiError::Forbidden { .. }, Some(scopes)) => SignInError::KeyCannotListKeys {
            scopes: scopes.join(", "),
        },
        (error, _) => error.into(),
    })?;
    let catalogue = catalogue?;
    let person = match person {
        Ok(person) => person,
        // A key without a people scope may still manage keys.
        Err(ApiError::Forbidden { .. }) if key_scopes.is_some() => Person {
            id: String::new(),
            name: format!("API key {account}"),
            email: String::new(),
            role: Role::User,
        },
        Err(error) => return Err(error.into()),
    };
    let mut start = SessionStart {
        client,
        person,
        account,
        remembered: false,
        not_remembered: None,
        read_only_note,
        keys: key_list(keys, services, grid).await,
        catalogue,
        known: Vec::new(),
    };
    if remember {
        remember_session(services, &mut start).await;
    }
    if let Some(file) = &services.accounts {
        start.known = file.load();
    }
    Ok(start)
}

async fn remember_session(services: &Services, start: &mut SessionStart) {
    let Some(store) = services.secret_store.clone() else {
        return;
    };
    let secret = SecretString::from(start.client.credential().expose());
    let remembered = remember_sign_in(
        store,
        services.accounts.as_ref(),
        start.client.portal().as_str(),
        &start.account,
        secret,
    )
    .await;
    match remembered {
        Ok(()) => start.remembered = true,
        Err(error) => start.not_remembered = Some(error),
    }
}

async fn sign_out(
    services: &Services,
    client: DocSpaceClient,
    account: String,
    remembered: bool,
) -> Event {
    if !client.credential().is_api_key() {
        // Ending the session on the portal is a courtesy; forgetting it here is what matters.
        client.sign_out().await.ok();
    }
    let portal = client.portal().to_string();
    let mut note = None;
    if remembered && let Some(store) = services.secret_store.clone() {
        let (portal_key, account_key) = (portal.clone(), account.clone());
        match keychain_call(move || store.delete(&portal_key, &account_key)).await {
            // Only this portal and account: the other remembered sign-ins stay.
            Ok(()) => {
                if let Some(file) = &services.accounts
                    && let Err(error) = file.forget(&portal, &account)
                {
                    note = Some(Message::AccountNotForgotten {
                        path: file.path().to_owned(),
                        reason: error.to_string(),
                    });
                }
            }
            Err(error) => note = Some(Message::KeychainNotRemoved(error)),
        }
    }
    Event::SignedOut {
        note,
        portal,
        account,
    }
}
