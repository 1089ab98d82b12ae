//! Command-line subcommands over the same core as the window.
//!
//! Every failure becomes one plain line on stderr and exit status 1.

mod args;
pub(crate) mod output;
pub(crate) mod terminal;

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;
use std::sync::Arc;

use secrecy::SecretString;
use zeroize::Zeroizing;

pub use args::{Cli, Command, DemoPortalArgs, KeysCommand};
use args::{CredentialArgs, ListFormat, LoginArgs, PortalArgs, PortalsArgs};

use crate::api::{
    ApiError, CreateKeyRequest, Credential, DocSpaceClient, Portal, PortalUrl, SecondFactor,
    SignIn, UpdateKeyRequest,
};
use crate::domain::{OldKeyChoice, OldKeyStep, ReviewThresholds, Rotation, expires_within, review};
use crate::platform::{
    AccountsFile, KnownAccount, LazyKeychain, SecretStore, StoreError, keychain_call,
    remember_sign_in,
};

/// The environment variable a script can put its API key or login token in.
pub const TOKEN_ENV: &str = "DOCSPACE_TOKEN";

/// The standard output buffer: large writes for long lists.
const OUTPUT_BUFFER: usize = 256 * 1024;

/// A failure, already worded for the person at the terminal.
#[derive(Debug)]
pub struct CliError(String);

impl CliError {
    fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl From<ApiError> for CliError {
    fn from(err: ApiError) -> Self {
        Self(err.to_string())
    }
}

impl From<StoreError> for CliError {
    fn from(err: StoreError) -> Self {
        Self(err.to_string())
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // One line, whatever the message, and nothing in it a terminal would act on:
        // portal-provided text is part of many messages.
        f.write_str(&terminal::printable(&self.0.replace(['\n', '\r'], " ")))
    }
}

/// Prints a line for the person at the terminal on stderr, made harmless first.
fn note(text: &str) {
    eprintln!("{}", terminal::printable(text));
}

/// The exit status of a command that found keys a scheduled job should hear about
/// (`keys list --expiring-within`, `keys review`).
pub const FOUND_EXIT_STATUS: u8 = 3;

/// How a command that went well ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    /// Exit status 0.
    Quiet,
    /// It found what it was asked to look for: exit status [`FOUND_EXIT_STATUS`].
    Found,
}

/// Runs a subcommand to completion and reports the outcome as an exit status.
pub async fn run(command: Command) -> ExitCode {
    let outcome = match command {
        Command::DemoPortal(args) => run_demo_portal(args).await.map(|()| Done::Quiet),
        Command::Login(args) => login(args).await.map(|()| Done::Quiet),
        Command::Logout(args) => logout(args).await.map(|()| Done::Quiet),
        Command::Portals(args) => portals(&args).map(|()| Done::Quiet),
        Command::Keys(command) => keys(command).await,
    };
    match outcome {
        Ok(Done::Quiet) => ExitCode::SUCCESS,
        Ok(Done::Found) => ExitCode::from(FOUND_EXIT_STATUS),
        Err(err) => {
            eprintln!("docspace-keys: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn run_demo_portal(args: DemoPortalArgs) -> Result<(), CliError> {
    let config = crate::demo::DemoConfig {
        port: args.port,
        extra_keys: args.keys as usize,
        ..crate::demo::DemoConfig::default()
    };
    crate::demo::serve_until_stopped(config)
        .await
        .map_err(|err| CliError::new(format!("The demo portal could not start: {err}")))
}

async fn login(args: LoginArgs) -> Result<(), CliError> {
    let url = PortalUrl::parse(&args.portal).map_err(ApiError::from)?;
    let mut lines = std::io::stdin().lock().lines();
    let password = match lines.next() {
        Some(Ok(line)) => {
            SecretString::from(Zeroizing::new(line).trim_end_matches('\r').to_owned())
        }
        _ => return Err(CliError::new("No password on standard input.")),
    };
    let portal = Portal::new(url.clone())?;
    let token = match portal.sign_in(&args.user, &password, None).await? {
        SignIn::Token { token, .. } => token,
        SignIn::NeedsCode(factor) => {
            eprint!("{}", terminal::printable(&code_prompt(&factor)));
            // Without the prompt the code can still be read; there is nowhere to report to.
            std::io::stderr().flush().ok();
            let code = match lines.next() {
                Some(Ok(line)) => Zeroizing::new(line),
                _ => {
                    return Err(CliError::new(
                        "The portal asks for a two-factor code, but none was given.",
                    ));
                }
            };
            match portal
                .sign_in(&args.user, &password, Some(code.trim()))
                .await?
            {
                SignIn::Token { token, .. } => token,
                SignIn::NeedsCode(_) => {
                    return Err(CliError::new(
                        "The portal did not accept the two-factor code.",
                    ));
                }
            }
        }
    };
    let client = portal.with_credential(Credential::LoginToken(token.clone()));
    let person = client.me().await?;
    let account = args.user.trim().to_owned();
    let accounts = AccountsFile::default_location();
    if let Err(err) =
        remember_sign_in(keychain(), accounts.as_ref(), url.as_str(), &account, token).await
    {
        // Nothing will use this session again, so it is ended on the portal too. That
        // is a courtesy: the error that matters is the one reported.
        client.sign_out().await.ok();
        return Err(CliError::new(err.to_string()));
    }
    note(&format!(
        "Signed in to {url} as {} ({}). The sign-in is kept in the system keychain.",
        person.name,
        person.role.label()
    ));
    Ok(())
}

fn code_prompt(factor: &SecondFactor) -> String {
    match factor {
        SecondFactor::App { .. } => "Two-factor code from your authenticator app: ".to_owned(),
        SecondFactor::Sms { phone: Some(phone) } => {
            format!("Code sent by text message to {phone}: ")
        }
        SecondFactor::Sms { phone: None } => "Code sent by text message: ".to_owned(),
    }
}

async fn logout(args: PortalArgs) -> Result<(), CliError> {
    let portal = given_portal(&args)?;
    let accounts = AccountsFile::default_location();
    let done = forget_sign_in(keychain(), accounts.as_ref(), portal.as_ref()).await?;
    note(&done);
    Ok(())
}

/// Forgets the most recent sign-in (for `portal` when given) in `store` and `accounts`,
/// ending a login session on the portal first. Gives the line to show when all went well.
async fn forget_sign_in(
    store: Arc<dyn SecretStore>,
    accounts: Option<&AccountsFile>,
    portal: Option<&PortalUrl>,
) -> Result<String, CliError> {
    let known = accounts
        .and_then(|file| file.latest(portal.map(PortalUrl::as_str)))
        .ok_or_else(|| match portal {
            Some(portal) => CliError::new(format!("No sign-in to {portal} is remembered.")),
            None => CliError::new("There is no remembered sign-in to forget."),
        })?;
    let (portal_key, account) = (known.portal.clone(), known.account.clone());
    let secret = keychain_call({
        let (store, portal_key, account) =
            (Arc::clone(&store), portal_key.clone(), account.clone());
        move || store.load(&portal_key, &account)
    })
    .await?;
    // Forgetting the sign-in here happens whatever the portal says; what it said is
    // reported at the end.
    let ended = match (secret, PortalUrl::parse(&known.portal)) {
        (Some(secret), Ok(url)) => end_session(url, Credential::from_secret(secret)).await,
        _ => Ok(()),
    };
    keychain_call({
        let (portal_key, account) = (portal_key.clone(), account.clone());
        move || store.delete(&portal_key, &account)
    })
    .await?;
    let unconfirmed = ended.err().map(|reason| {
        format!(
            "The portal did not confirm the sign-out ({reason}), so the session may still be \
             valid on the portal until it expires."
        )
    });
    if let Some(file) = accounts
        && let Err(err) = file.forget(&portal_key, &account)
    {
        // The secret is gone, which is what matters, but the list still names the sign-in.
        return Err(CliError::new(format!(
            "Removed the keychain entry for {portal_key} ({account}), but the list of remembered \
             sign-ins ({}) could not be updated ({err}).{}",
            file.path().display(),
            unconfirmed
                .map(|text| format!(" {text}"))
                .unwrap_or_default()
        )));
    }
    match unconfirmed {
        None => Ok(format!("Signed out of {portal_key} ({account}).")),
        Some(text) => Err(CliError::new(format!(
            "Forgot the sign-in to {portal_key} ({account}) on this computer. {text}"
        ))),
    }
}

/// Ends a login session on the portal; an API key has no session to end. The error is
/// a reason in a few words.
async fn end_session(url: PortalUrl, credential: Credential) -> Result<(), String> {
    if credential.is_api_key() {
        return Ok(());
    }
    let client = DocSpaceClient::new(url, credential).map_err(|err| err.to_string())?;
    match client.sign_out().await {
        // A session the portal no longer accepts has ended already.
        Ok(()) | Err(ApiError::Unauthorized { .. }) => Ok(()),
        Err(ApiError::NotFound) => Err("it answered HTTP 404".to_owned()),
        Err(ApiError::Server { status, .. }) => Err(format!("it answered HTTP {status}")),
        Err(err) => Err(err.to_string().trim_end_matches('.').to_owned()),
    }
}

async fn keys(command: KeysCommand) -> Result<Done, CliError> {
    let client = connect(command.credential()).await?;
    // One buffered writer for everything printed: a list of 100 000 keys goes out in large
    // writes, not one system call a line. Flushed, and its errors checked, at the end.
    let mut stdout = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    let mut done = Done::Quiet;
    let written = match command {
        KeysCommand::List {
            json,
            format,
            expiring_within,
            ..
        } => {
            let mut keys = client.list_keys().await?;
            if let Some(days) = expiring_within {
                let now = chrono::Utc::now();
                keys.retain(|key| expires_within(key, now, days));
                if !keys.is_empty() {
                    done = Done::Found;
                }
            }
            let format = format.unwrap_or(if json {
                ListFormat::Json
            } else {
                ListFormat::Table
            });
            match (format, expiring_within) {
                (ListFormat::Json, _) => output::write_keys_json(&mut stdout, &keys),
                (ListFormat::Csv, _) => output::write_keys_csv(&mut stdout, &keys),
                (ListFormat::Table, Some(days)) if keys.is_empty() => {
                    writeln!(stdout, "No key expires within {days} day(s).")
                }
                (ListFormat::Table, _) => output::write_keys_table(&mut stdout, &keys),
            }
            .inspect(|()| leave_to_exit(keys))
        }
        KeysCommand::Review {
            json,
            unused_days,
            never_used_days,
            ..
        } => {
            let keys = client.list_keys().await?;
            let thresholds = ReviewThresholds {
                unused_days,
                never_used_days,
            };
            let now = chrono::Utc::now();
            let findings = review(&keys, now, thresholds);
            if !findings.is_empty() {
                done = Done::Found;
            }
            if json {
                output::write_review_json(&mut stdout, &keys, &findings)
            } else {
                output::write_review_table(&mut stdout, &keys, &findings)
            }
        }
        KeysCommand::Rotate {
            id,
            delete_old,
            json,
            ..
        } => {
            let done = rotate_key(&client, stdout.get_mut(), &id, delete_old, json).await?;
            note(&done);
            Ok(())
        }
        KeysCommand::Create {
            name,
            scopes,
            expires_in_days,
            json,
            ..
        } => {
            if output::goes_nowhere(stdout.get_ref()) {
                return Err(CliError::new(
                    "Standard output goes nowhere (it is closed or /dev/null), so the new key's \
                     secret could not be shown. Nothing was created. Send the output to a file \
                     or a pipe.",
                ));
            }
            check_scopes(&client, &scopes).await?;
            let request = CreateKeyRequest {
                name,
                permissions: (!scopes.is_empty()).then_some(scopes),
                expires_in_days,
            };
            let (key, secret) = client.create_key(&request).await?;
            // Past our buffer, which is empty here and would keep a copy of the secret after
            // it is freed. (The standard library's own stdout buffer still sees it.)
            let unbuffered = stdout.get_mut();
            let written = if json {
                output::write_created_json(unbuffered, &key, &secret, None)
            } else {
                let line =
                    zeroize::Zeroizing::new(format!("{}\n", terminal::printable(secret.expose())));
                unbuffered.write_all(line.as_bytes())
            };
            // The secret exists nowhere else: it must have left this process.
            if let Err(err) = written.and_then(|()| unbuffered.flush()) {
                return Err(CliError::new(format!(
                    "The key \"{}\" was created but could not be written to standard output: \
                     {err}; delete key {} and create another.",
                    key.name, key.id
                )));
            }
            note(&format!(
                "Created \"{}\" ({}). Keep the key now: DocSpace will not show it again.",
                key.name, key.id
            ));
            Ok(())
        }
        KeysCommand::Update {
            ids,
            name,
            scopes,
            active,
            ..
        } => {
            if name.is_none() && scopes.is_empty() && active.is_none() {
                return Err(CliError::new(
                    "Nothing to change: give --name, --scope or --active.",
                ));
            }
            if name.is_some() && ids.len() > 1 {
                return Err(CliError::new(
                    "--name gives one key its name: give one id with it.",
                ));
            }
            check_scopes(&client, &scopes).await?;
            let request = UpdateKeyRequest {
                name,
                permissions: (!scopes.is_empty()).then_some(scopes),
                is_active: active,
            };
            for_each_key(&ids, "changed", |id| {
                let (client, request) = (&client, &request);
                async move {
                    client.update_key(id, request).await?;
                    Ok(format!("Updated key {id}."))
                }
            })
            .await?;
            Ok(())
        }
        KeysCommand::Delete { ids, .. } => {
            for_each_key(&ids, "deleted", |id| {
                let client = &client;
                async move {
                    client.delete_key(id).await?;
                    Ok(format!("Deleted key {id}."))
                }
            })
            .await?;
            Ok(())
        }
        KeysCommand::Scopes { .. } => {
            let scopes = client.permissions().await?;
            scopes
                .iter()
                .try_for_each(|scope| writeln!(stdout, "{}", terminal::printable(scope)))
        }
    };
    written
        .and_then(|()| stdout.flush())
        .map_err(|err| CliError::new(format!("Could not write the output: {err}")))?;
    Ok(done)
}

/// Does `act` for each key in turn, one request each and none repeated, and prints one line
/// per key on standard error: what was done, or why not. Fails, after trying every key, when
/// any of them failed. With one key, its own error is the failure.
async fn for_each_key<'a, F, Fut>(ids: &'a [String], done: &str, act: F) -> Result<(), CliError>
where
    F: Fn(&'a str) -> Fut,
    Fut: std::future::Future<Output = Result<String, CliError>>,
{
    if let [id] = ids {
        return act(id).await.map(|line| note(&line));
    }
    let mut failed = 0;
    for id in ids {
        match act(id).await {
            Ok(line) => note(&line),
            Err(error) => {
                failed += 1;
                note(&format!("Key {id}: {error}"));
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    Err(CliError::new(format!(
        "{failed} of {} keys could not be {done}; the others were.",
        ids.len()
    )))
}

/// `keys rotate`: one `POST` for the replacement, its secret out on standard output, and only
/// then one `PUT` (switch off) or `DELETE` for the old key, or nothing for an expired one.
/// Gives the line to show when all went well.
async fn rotate_key(
    client: &DocSpaceClient,
    stdout: &mut std::io::StdoutLock<'static>,
    id: &str,
    delete_old: bool,
    json: bool,
) -> Result<String, CliError> {
    if output::goes_nowhere(stdout) {
        return Err(CliError::new(
            "Standard output goes nowhere (it is closed or /dev/null), so the new key's secret \
             could not be shown. Nothing was changed. Send the output to a file or a pipe.",
        ));
    }
    let keys = client.list_keys().await?;
    let old = keys
        .iter()
        .find(|key| key.id.eq_ignore_ascii_case(id))
        .ok_or_else(|| CliError::new(format!("There is no key with the id {id}.")))?;
    let choice = if delete_old {
        OldKeyChoice::Delete
    } else {
        OldKeyChoice::SwitchOff
    };
    let rotation = Rotation::of(old, choice, chrono::Utc::now())
        .map_err(|problem| CliError::new(problem.to_string()))?;
    let (key, secret) = client
        .create_replacement(&rotation)
        .await
        .map_err(|err| CliError::new(format!("{err} The old key was not changed.")))?;
    let written = if json {
        output::write_created_json(stdout, &key, &secret, Some(&rotation.old_id))
    } else {
        let line = Zeroizing::new(format!("{}\n", terminal::printable(secret.expose())));
        stdout.write_all(line.as_bytes())
    };
    // The old key is touched only once the new secret has left this process.
    if let Err(err) = written.and_then(|()| stdout.flush()) {
        return Err(CliError::new(format!(
            "The new key \"{}\" ({}) was created but could not be written to standard output: \
             {err}. The old key {} was not changed; delete key {} and rotate again.",
            key.name, key.id, rotation.old_id, key.id
        )));
    }
    let retired = client
        .retire_old_key(&rotation.old_id, rotation.old_step)
        .await;
    let (old_name, old_id, new_id) = (&rotation.old_name, &rotation.old_id, &key.id);
    match (retired, rotation.old_step) {
        (Ok(()), OldKeyStep::SwitchOff) => Ok(format!(
            "Created \"{}\" ({new_id}) and switched off the old key {old_id}. Keep the new key \
             now: DocSpace will not show it again.",
            key.name
        )),
        (Ok(()), OldKeyStep::Delete) => Ok(format!(
            "Created \"{}\" ({new_id}) and deleted the old key {old_id}. Keep the new key now: \
             DocSpace will not show it again.",
            key.name
        )),
        (Ok(()), OldKeyStep::LeaveExpired) => Ok(format!(
            "Created \"{}\" ({new_id}). The old key {old_id} has expired and was left as it is. \
             Keep the new key now: DocSpace will not show it again.",
            key.name
        )),
        (Err(err), step) => {
            let verb = match step {
                OldKeyStep::Delete => "deleted",
                OldKeyStep::SwitchOff | OldKeyStep::LeaveExpired => "switched off",
            };
            Err(CliError::new(format!(
                "The new key \"{}\" ({new_id}) was created and printed, but the old key \
                 \"{old_name}\" ({old_id}) could not be {verb}: {} Both keys exist now; run \
                 `docspace-keys keys {}` yourself (do not rotate again).",
                key.name,
                err.to_string().trim_end(),
                match step {
                    OldKeyStep::Delete => format!("delete {old_id}"),
                    OldKeyStep::SwitchOff | OldKeyStep::LeaveExpired =>
                        format!("update {old_id} --active false"),
                }
            )))
        }
    }
}

/// Refuses scopes the portal does not offer before anything is sent, naming the ones it does.
async fn check_scopes(client: &DocSpaceClient, scopes: &[String]) -> Result<(), CliError> {
    if scopes.is_empty() {
        return Ok(());
    }
    let catalogue = client.permissions().await?;
    match scopes.iter().find(|scope| !catalogue.contains(scope)) {
        Some(unknown) => Err(CliError::new(format!(
            "Unknown scope \"{unknown}\". This portal offers: {}.",
            catalogue.join(", ")
        ))),
        None => Ok(()),
    }
}

/// Finds the portal and credential: DOCSPACE_TOKEN, else --token-stdin, else the keychain.
async fn connect(args: &CredentialArgs) -> Result<DocSpaceClient, CliError> {
    let given_portal = given_portal(&args.portal)?;
    let explicit = match std::env::var(TOKEN_ENV) {
        Ok(token) if !token.trim().is_empty() => Some(SecretString::from(token)),
        _ if args.token_stdin => Some(read_token_from_stdin()?),
        _ => None,
    };
    if let Some(secret) = explicit {
        let url = given_portal.ok_or_else(|| {
            CliError::new("Which portal? Give --portal URL or set DOCSPACE_PORTAL.")
        })?;
        return Ok(DocSpaceClient::new(url, Credential::from_secret(secret))?);
    }
    let known =
        remembered(given_portal.as_ref()).ok_or_else(|| not_remembered(given_portal.as_ref()))?;
    let url = PortalUrl::parse(&known.portal).map_err(ApiError::from)?;
    let (portal_key, account) = (known.portal.clone(), known.account.clone());
    let store = keychain();
    let secret = keychain_call(move || store.load(&portal_key, &account))
        .await?
        .ok_or_else(|| {
            CliError::new(format!(
                "The keychain has no sign-in for {} ({}). Run `docspace-keys login` again.",
                known.portal, known.account
            ))
        })?;
    Ok(DocSpaceClient::new(url, Credential::from_secret(secret))?)
}

fn read_token_from_stdin() -> Result<SecretString, CliError> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| CliError::new(format!("Could not read standard input: {err}")))?;
    let token = line.trim();
    if token.is_empty() {
        return Err(CliError::new("No API key or token on standard input."));
    }
    Ok(SecretString::from(token.to_owned()))
}

/// The portal from --portal or DOCSPACE_PORTAL, if one was given.
fn given_portal(args: &PortalArgs) -> Result<Option<PortalUrl>, CliError> {
    let portal = args.portal.as_deref().map(PortalUrl::parse).transpose();
    Ok(portal.map_err(ApiError::from)?)
}

/// Why there is no sign-in to use: none at all, or none for the portal asked for (and
/// which portals there are).
fn not_remembered(portal: Option<&PortalUrl>) -> CliError {
    const LOGIN: &str = "Run `docspace-keys login --portal URL --user EMAIL --password-stdin`, \
                         or set DOCSPACE_TOKEN to an API key.";
    let known = remembered_sign_ins();
    match portal {
        Some(portal) if !known.is_empty() => {
            let listed: Vec<&str> = known.iter().map(|known| known.portal.as_str()).collect();
            CliError::new(format!(
                "No sign-in to {portal} is remembered; the remembered portals are {}. {LOGIN}",
                listed.join(", ")
            ))
        }
        _ => CliError::new(format!("Not signed in. {LOGIN}")),
    }
}

/// `portals`: the remembered sign-ins, most recent first, the default marked.
fn portals(args: &PortalsArgs) -> Result<(), CliError> {
    let known = remembered_sign_ins();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let written = if args.json {
        let listed: Vec<serde_json::Value> = known
            .iter()
            .enumerate()
            .map(|(at, known)| {
                serde_json::json!({
                    "portal": known.portal,
                    "account": known.account,
                    "default": at == 0,
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &listed)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else if known.is_empty() {
        note("No sign-in is remembered. Run `docspace-keys login` to remember one.");
        Ok(())
    } else {
        let width = known.iter().map(|known| known.portal.chars().count()).max();
        let width = width.unwrap_or_default();
        known.iter().enumerate().try_for_each(|(at, known)| {
            let default = if at == 0 { "  (default)" } else { "" };
            let line = format!("{:<width$}  {}{default}", known.portal, known.account);
            writeln!(out, "{}", terminal::printable(&line))
        })
    };
    written
        .and_then(|()| out.flush())
        .map_err(|err| CliError::new(format!("Could not write the list: {err}")))
}

/// Leaves a key list to the end of the process, which is next: the system takes its memory
/// back whole, where freeing 100 000 keys block by block (each block zeroed by the binary's
/// allocator) would only hold the exit up. A key list holds no secret (a key shows only its
/// last characters).
fn leave_to_exit(keys: Vec<crate::domain::ApiKey>) {
    std::mem::forget(keys);
}

/// Every remembered sign-in, most recent first; none without a settings folder.
fn remembered_sign_ins() -> Vec<KnownAccount> {
    AccountsFile::default_location()
        .map(|file| file.load())
        .unwrap_or_default()
}

/// The most recent remembered sign-in, for `portal` when one is given.
fn remembered(portal: Option<&PortalUrl>) -> Option<KnownAccount> {
    AccountsFile::default_location()?.latest(portal.map(PortalUrl::as_str))
}

/// The system keychain, connected on its first use in this command.
fn keychain() -> Arc<dyn SecretStore> {
    Arc::new(LazyKeychain::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal, Fault};
    use crate::platform::MemorySecretStore;

    /// A demo portal whose admin signed in and was remembered in `store` and `accounts`.
    struct Remembered {
        demo: DemoPortal,
        _folder: tempfile::TempDir,
        accounts: AccountsFile,
        store: Arc<dyn SecretStore>,
        session: DocSpaceClient,
    }

    async fn remembered_sign_in() -> Remembered {
        let demo = DemoPortal::start(DemoConfig::default()).await.unwrap();
        let folder = tempfile::tempdir().unwrap();
        let accounts = AccountsFile::in_dir(folder.path());
        let store: Arc<dyn SecretStore> = Arc::new(MemorySecretStore::new());
        let url = PortalUrl::parse(&demo.url()).unwrap();
        let portal = Portal::new(url.clone()).unwrap();
        let password = SecretString::from(DEMO_PASSWORD);
        let SignIn::Token { token, .. } =
            portal.sign_in(ADMIN_EMAIL, &password, None).await.unwrap()
        else {
            panic!("the admin signs in in one step");
        };
        let memory = Arc::clone(&store);
        remember_sign_in(
            memory,
            Some(&accounts),
            url.as_str(),
            ADMIN_EMAIL,
            token.clone(),
        )
        .await
        .unwrap();
        Remembered {
            demo,
            _folder: folder,
            accounts,
            store,
            session: portal.with_credential(Credential::LoginToken(token)),
        }
    }

    #[tokio::test]
    async fn logout_ends_the_session_and_forgets_it() {
        let it = remembered_sign_in().await;
        let done = forget_sign_in(Arc::clone(&it.store), Some(&it.accounts), None)
            .await
            .unwrap();
        assert!(done.starts_with("Signed out of"), "{done}");
        assert!(it.session.list_keys().await.unwrap_err().needs_sign_in());
        assert!(it.accounts.load().is_empty());
    }

    #[tokio::test]
    async fn logout_the_portal_did_not_confirm_forgets_locally_and_says_so() {
        let it = remembered_sign_in().await;
        it.demo.faults().push(Fault::Exception {
            status: 404,
            message: "Not found".to_owned(),
        });
        let err = forget_sign_in(Arc::clone(&it.store), Some(&it.accounts), None)
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("may still be valid"), "{err}");
        assert!(err.contains("HTTP 404"), "{err}");
        assert!(
            it.session.list_keys().await.is_ok(),
            "the session is still valid"
        );
        let url = PortalUrl::parse(&it.demo.url()).unwrap();
        let entry = it.store.load(url.as_str(), ADMIN_EMAIL);
        assert_eq!(entry.map(|entry| entry.is_none()), Ok(true));
        assert!(it.accounts.load().is_empty(), "forgotten here all the same");
    }
}
