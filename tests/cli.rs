//! The real `docspace-keys` binary against the demo portal on 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use docspace_keys::api::{CreateKeyRequest, Credential, Portal, PortalUrl, SignIn};
use docspace_keys::demo::{
    ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal, Fault, TFA_CODE, TFA_EMAIL, UnreadableDates,
};
use docspace_keys::platform::{CONFIG_DIR_ENV, KeychainStore, SecretStore, StoreError};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_docspace-keys");

/// A demo portal, a login token for its admin, and an empty settings folder.
struct Setup {
    demo: DemoPortal,
    token: String,
    config: tempfile::TempDir,
}

async fn setup() -> Setup {
    setup_on(DemoConfig::default()).await
}

/// As [`setup`], on a demo portal that holds no keys at all.
async fn setup_empty() -> Setup {
    setup_on(DemoConfig {
        seed: false,
        ..DemoConfig::default()
    })
    .await
}

async fn setup_on(config: DemoConfig) -> Setup {
    let demo = DemoPortal::start(config).await.unwrap();
    let portal = Portal::new(PortalUrl::parse(&demo.url()).unwrap()).unwrap();
    let SignIn::Token { token, .. } = portal
        .sign_in(ADMIN_EMAIL, &SecretString::from(DEMO_PASSWORD), None)
        .await
        .unwrap()
    else {
        panic!("admin signs in in one step");
    };
    Setup {
        demo,
        token: token.expose_secret().to_owned(),
        config: tempfile::tempdir().unwrap(),
    }
}

impl Setup {
    /// The binary with the portal and a settings folder, but no credential.
    fn bare(&self, args: &[&str]) -> Command {
        let mut command = Command::new(BIN);
        command.args(args);
        self.environment(&mut command);
        command
    }

    /// The portal, the settings folder and an empty standard input for `command`.
    fn environment(&self, command: &mut Command) {
        command
            .env_remove("DOCSPACE_TOKEN")
            .env("DOCSPACE_PORTAL", self.demo.url())
            .env(CONFIG_DIR_ENV, self.config.path())
            .stdin(Stdio::null());
    }

    /// The id of the stored key named `name`, if there is one.
    fn key_named(&self, name: &str) -> Option<String> {
        let keys = self.demo.keys();
        keys.into_iter()
            .find(|key| key.name == name)
            .map(|key| key.id)
    }

    /// The binary signed in through DOCSPACE_TOKEN.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut command = self.bare(args);
        command.env("DOCSPACE_TOKEN", &self.token);
        command
    }
}

async fn run(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

async fn run_with_stdin(mut command: Command, input: &str) -> Output {
    let input = input.to_owned();
    tokio::task::spawn_blocking(move || {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A failure: non-zero status and exactly one plain line on stderr.
fn assert_fails_with(output: &Output, expected: &str) {
    assert!(!output.status.success(), "should fail: {}", stdout(output));
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(expected), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn is_secret(text: &str) -> bool {
    text.len() == 67
        && text.starts_with("sk-")
        && text[3..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[tokio::test]
async fn keys_list_json_uses_the_api_field_names_and_rfc3339_dates() {
    let setup = setup().await;
    let output = run(setup.cmd(&["keys", "list", "--json"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let keys: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(keys.len(), setup.demo.keys().len());
    for key in &keys {
        for field in [
            "id",
            "name",
            "keyPostfix",
            "permissions",
            "isActive",
            "createOn",
            "lastUsed",
            "expiresAt",
            "createBy",
        ] {
            assert!(key.get(field).is_some(), "{field} in {key}");
        }
        let created = key["createOn"].as_str().unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(created).is_ok(),
            "{created}"
        );
        assert!(key.get("key").is_none(), "no secret in a list");
    }
    assert!(
        keys.iter().any(|key| key["lastUsed"].is_null()),
        "a never-used key"
    );
}

#[tokio::test]
async fn keys_list_prints_a_readable_table() {
    let setup = setup().await;
    let output = run(setup.cmd(&["keys", "list"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    assert!(
        table.contains("Name") && table.contains("Last used") && table.contains("never"),
        "{table}"
    );
    let first = &setup.demo.keys()[0];
    assert!(table.contains(&first.name), "{table}");
    assert!(table.contains(&format!("sk-***{}", first.key_postfix.clone().unwrap())));
    assert!(table.contains(&format!("{} key(s)", setup.demo.keys().len())));
}

#[tokio::test]
async fn dates_the_portal_wrote_unreadably_are_unknown_in_the_table_and_verbatim_in_json() {
    let setup = setup().await;
    let bad = "+262142-12-31T23:59:59";
    setup
        .demo
        .faults()
        .set_unreadable_dates(Some(UnreadableDates {
            name: "Zapier automation".to_owned(),
            text: bad.to_owned(),
        }));
    let output = run(setup.cmd(&["keys", "list"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    let row = table
        .lines()
        .find(|line| line.contains("Zapier automation"))
        .unwrap_or_default();
    // State, created, last used and expires: none is "never" or "active".
    assert_eq!(row.matches("unknown").count(), 4, "{row}");
    assert!(!row.contains("never") && !row.contains("active"), "{row}");

    let json = run(setup.cmd(&["keys", "list", "--json"])).await;
    assert!(json.status.success(), "{}", stderr(&json));
    let keys: Vec<Value> = serde_json::from_slice(&json.stdout).unwrap();
    let zapier = keys
        .iter()
        .find(|key| key["name"] == "Zapier automation")
        .unwrap();
    for field in ["createOn", "lastUsed", "expiresAt"] {
        assert_eq!(zapier[field], bad, "{field}: the portal's text, not null");
    }
}

#[tokio::test]
async fn keys_create_prints_the_secret_once_and_sends_exactly_the_scopes() {
    let setup = setup().await;
    let output = run(setup.cmd(&[
        "keys",
        "create",
        "--name",
        "From the CLI",
        "--scope",
        "files:read",
        "--scope",
        "rooms:read",
        "--expires-in-days",
        "30",
        "--json",
    ]))
    .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(is_secret(created["key"].as_str().unwrap()));
    assert_eq!(
        created["permissions"],
        serde_json::json!(["files:read", "rooms:read"])
    );
    let id = created["id"].as_str().unwrap();
    let stored = setup
        .demo
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert_eq!(
        stored.permissions,
        Some(vec!["files:read".to_owned(), "rooms:read".to_owned()])
    );
    assert!(stored.expires_at.is_some());

    let plain = run(setup.cmd(&["keys", "create", "--name", "Plain"])).await;
    assert!(plain.status.success());
    let printed = stdout(&plain);
    assert_eq!(printed.lines().count(), 1);
    assert!(is_secret(printed.trim()), "only the secret on stdout");
    assert!(stderr(&plain).contains("will not show it again"));
}

#[tokio::test]
async fn keys_update_and_delete_change_the_portal() {
    let setup = setup().await;
    let output = run(setup.cmd(&["keys", "create", "--name", "Temp", "--json"])).await;
    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    let id = created["id"].as_str().unwrap().to_owned();

    let off = run(setup.cmd(&[
        "keys", "update", &id, "--active", "false", "--name", "Renamed",
    ]))
    .await;
    assert!(off.status.success(), "{}", stderr(&off));
    let stored = setup
        .demo
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert!(!stored.is_active);
    assert_eq!(stored.name, "Renamed");

    let scopes = run(setup.cmd(&["keys", "update", &id, "--scope", "*"])).await;
    assert!(scopes.status.success(), "{}", stderr(&scopes));

    let nothing = run(setup.cmd(&["keys", "update", &id])).await;
    assert_fails_with(&nothing, "Nothing to change");

    let deleted = run(setup.cmd(&["keys", "delete", &id])).await;
    assert!(deleted.status.success(), "{}", stderr(&deleted));
    assert!(setup.demo.keys().iter().all(|key| key.id != id));
    let again = run(setup.cmd(&["keys", "delete", &id])).await;
    assert_fails_with(&again, "could not find this key");
}

#[tokio::test]
async fn keys_scopes_lists_the_catalogue() {
    let setup = setup().await;
    let output = run(setup.cmd(&["keys", "scopes"])).await;
    assert!(output.status.success());
    let scopes: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(scopes.len(), 11);
    assert!(scopes.contains(&"accounts.self:write".to_owned()));
}

#[tokio::test]
async fn failures_are_one_plain_line_and_a_non_zero_status() {
    let setup = setup().await;
    let unknown =
        run(setup.cmd(&["keys", "create", "--name", "x", "--scope", "files:delete"])).await;
    assert_fails_with(&unknown, "Unknown scope \"files:delete\"");
    let too_long = run(setup.cmd(&["keys", "create", "--name", &"n".repeat(31)])).await;
    assert_fails_with(&too_long, "Incorrect name. Length must be less than 30");

    let mut bad_token = setup.bare(&["keys", "list"]);
    bad_token.env(
        "DOCSPACE_TOKEN",
        "sk-0000000000000000000000000000000000000000000000000000000000000000",
    );
    assert_fails_with(&run(bad_token).await, "sign in again");

    let mut insecure = setup.cmd(&["keys", "list"]);
    insecure.env("DOCSPACE_PORTAL", "http://portal.example.com");
    assert_fails_with(&run(insecure).await, "only for this computer");

    let mut garbage = setup.cmd(&["keys", "list"]);
    garbage.env("DOCSPACE_PORTAL", "not a portal");
    assert_fails_with(&run(garbage).await, "not a web address");

    let not_signed_in = run(setup.bare(&["keys", "list"])).await;
    assert_fails_with(&not_signed_in, "Not signed in");

    setup
        .demo
        .faults()
        .push(docspace_keys::demo::Fault::Html502);
    assert_fails_with(&run(setup.cmd(&["keys", "list"])).await, "HTTP 502");
}

#[tokio::test]
async fn token_stdin_reads_the_credential_from_standard_input() {
    let setup = setup().await;
    let output = run_with_stdin(
        setup.bare(&["keys", "scopes", "--token-stdin"]),
        &format!("{}\n", setup.token),
    )
    .await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 11);
}

#[tokio::test]
async fn a_secret_is_refused_as_an_argument() {
    let setup = setup().await;
    let output = run(setup.bare(&["keys", "list", "--token", &setup.token])).await;
    assert!(!output.status.success());
    assert!(
        !stderr(&output).contains(&setup.token),
        "the error must not echo the secret"
    );
}

/// `login` keeps the token in the system keychain. With a Secret Service (as in
/// CI), the whole round trip works; without one, the user is told plainly.
#[tokio::test]
async fn login_remembers_the_sign_in_in_the_keychain() {
    let setup = setup().await;
    let login = run_with_stdin(
        setup.bare(&[
            "login",
            "--portal",
            &setup.demo.url(),
            "--user",
            TFA_EMAIL,
            "--password-stdin",
        ]),
        &format!("{DEMO_PASSWORD}\n{TFA_CODE}\n"),
    )
    .await;
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        assert_fails_with(&login, "No keychain is available");
        return;
    }
    assert!(login.status.success(), "{}", stderr(&login));
    assert!(stderr(&login).contains("Sam Rivera") || stderr(&login).contains("Signed in"));
    let listed = run(setup.bare(&["keys", "list", "--json"])).await;
    assert!(listed.status.success(), "{}", stderr(&listed));
    let logout = run(setup.bare(&["logout"])).await;
    assert!(logout.status.success(), "{}", stderr(&logout));
    assert_fails_with(&run(setup.bare(&["keys", "list"])).await, "Not signed in");
}

/// The binary with the settings folder but without DOCSPACE_PORTAL, as a user's shell has it.
fn without_portal(setup: &Setup, args: &[&str]) -> Command {
    let mut command = setup.bare(args);
    command.env_remove("DOCSPACE_PORTAL");
    command
}

/// The key names `keys list --json` prints (with `--portal` when given), sorted.
async fn listed_names(setup: &Setup, portal: Option<&str>) -> Vec<String> {
    let mut args = vec!["keys", "list", "--json"];
    args.extend(
        portal
            .map(|portal| ["--portal", portal])
            .into_iter()
            .flatten(),
    );
    let output = run(without_portal(setup, &args)).await;
    assert!(output.status.success(), "{}", stderr(&output));
    names_in(&output.stdout)
}

/// What `portals --json` prints.
async fn portals_json(setup: &Setup) -> Value {
    let output = run(without_portal(setup, &["portals", "--json"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Two portals signed in to with `login`: `--portal` picks either, the last one signed in
/// to is the default, `portals` lists both, and `logout --portal` forgets only its own.
/// Uses the real keychain, as `login` does.
#[tokio::test]
async fn several_remembered_portals_are_picked_with_portal_and_forgotten_one_at_a_time() {
    let setup = setup().await;
    let second = DemoPortal::start(DemoConfig {
        seed: false,
        extra_keys: 3,
        ..DemoConfig::default()
    })
    .await
    .unwrap();
    let (first_url, second_url) = (setup.demo.url(), second.url());
    let login = |url: &str| {
        setup.bare(&[
            "login",
            "--portal",
            url,
            "--user",
            ADMIN_EMAIL,
            "--password-stdin",
        ])
    };
    let password = format!("{DEMO_PASSWORD}\n");
    let first_login = run_with_stdin(login(&first_url), &password).await;
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        assert_fails_with(&first_login, "No keychain is available");
        return;
    }
    assert!(first_login.status.success(), "{}", stderr(&first_login));
    let second_login = run_with_stdin(login(&second_url), &password).await;
    assert!(second_login.status.success(), "{}", stderr(&second_login));
    assert_eq!(
        portals_json(&setup).await,
        serde_json::json!([
            {"portal": second_url, "account": ADMIN_EMAIL, "default": true},
            {"portal": first_url, "account": ADMIN_EMAIL, "default": false},
        ])
    );
    let table = stdout(&run(without_portal(&setup, &["portals"])).await);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert!(lines[0].starts_with(&second_url) && lines[0].ends_with("(default)"));
    assert!(lines[1].starts_with(&first_url) && lines[1].contains(ADMIN_EMAIL));

    let generated = [
        "Generated key 00001",
        "Generated key 00002",
        "Generated key 00003",
    ];
    assert_eq!(
        listed_names(&setup, None).await,
        generated,
        "the last one signed in to"
    );
    let first = listed_names(&setup, Some(&first_url)).await;
    assert!(first.contains(&"Zapier automation".to_owned()));
    assert_eq!(first.len(), setup.demo.keys().len());
    assert_eq!(listed_names(&setup, Some(&second_url)).await, generated);

    let logout = run(without_portal(&setup, &["logout", "--portal", &first_url])).await;
    assert!(logout.status.success(), "{}", stderr(&logout));
    assert_eq!(
        portals_json(&setup).await,
        serde_json::json!([{"portal": second_url, "account": ADMIN_EMAIL, "default": true}])
    );
    let gone = run(without_portal(
        &setup,
        &["keys", "list", "--portal", &first_url],
    ))
    .await;
    assert_fails_with(&gone, &format!("No sign-in to {first_url} is remembered"));
    assert!(stderr(&gone).contains(&second_url), "{}", stderr(&gone));
    assert_eq!(
        listed_names(&setup, Some(&second_url)).await,
        generated,
        "the other sign-in still works"
    );

    let logout = run(without_portal(&setup, &["logout", "--portal", &second_url])).await;
    assert!(logout.status.success(), "{}", stderr(&logout));
    let none = run(without_portal(&setup, &["keys", "list"])).await;
    assert_fails_with(&none, "Not signed in");
}

/// When the list of remembered sign-ins cannot be written, `login` says so, fails,
/// and leaves nothing in the keychain that no list would ever lead back to.
#[tokio::test]
async fn login_that_cannot_be_remembered_fails_and_leaves_no_keychain_entry() {
    let setup = setup().await;
    // A settings folder inside a regular file cannot be created, not even by root.
    let not_a_folder = setup.config.path().join("a file");
    std::fs::write(&not_a_folder, "x").unwrap();
    let config = not_a_folder.join("docspace-keys");
    let mut command = setup.bare(&[
        "login",
        "--portal",
        &setup.demo.url(),
        "--user",
        ADMIN_EMAIL,
        "--password-stdin",
    ]);
    command.env(CONFIG_DIR_ENV, &config);
    let login = run_with_stdin(command, &format!("{DEMO_PASSWORD}\n")).await;
    assert_fails_with(&login, "could not be remembered");
    let accounts_path = config.join("accounts.json");
    assert!(
        stderr(&login).contains(&accounts_path.display().to_string()),
        "{}",
        stderr(&login)
    );
    assert_eq!(login.status.code(), Some(1));
    let portal = PortalUrl::parse(&setup.demo.url()).unwrap();
    // The keychain blocks (and the Secret Service starts a runtime of its own).
    let entry = tokio::task::spawn_blocking(move || {
        KeychainStore::open().and_then(|store| store.load(portal.as_str(), ADMIN_EMAIL))
    })
    .await
    .unwrap();
    match entry {
        Ok(entry) => assert!(entry.is_none(), "no orphaned keychain entry"),
        // Without a keychain there can be no entry.
        Err(error) => assert_eq!(error, StoreError::Unavailable),
    }
}

#[tokio::test]
async fn login_with_a_wrong_password_fails_plainly() {
    let setup = setup().await;
    let login = run_with_stdin(
        setup.bare(&[
            "login",
            "--portal",
            &setup.demo.url(),
            "--user",
            ADMIN_EMAIL,
            "--password-stdin",
        ]),
        "wrong\n",
    )
    .await;
    assert_fails_with(&login, "User authentication failed");
}

#[test]
fn demo_portal_announces_its_address_first_and_serves_it() {
    let mut child = Command::new(BIN)
        .args(["demo-portal", "--port", "0", "--keys", "50"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let first = first.trim_end();
    let url = first
        .strip_prefix("DocSpace demo portal: http://127.0.0.1:")
        .map(|port| port.parse::<u16>());
    assert!(matches!(url, Some(Ok(port)) if port > 0), "{first}");
    let url = first
        .trim_start_matches("DocSpace demo portal: ")
        .to_owned();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let keys = runtime.block_on(async {
        let portal = Portal::new(PortalUrl::parse(&url).unwrap()).unwrap();
        let SignIn::Token { token, .. } = portal
            .sign_in(ADMIN_EMAIL, &SecretString::from(DEMO_PASSWORD), None)
            .await
            .unwrap()
        else {
            panic!("admin signs in");
        };
        portal
            .with_credential(Credential::LoginToken(token))
            .list_keys()
            .await
            .unwrap()
    });
    child.kill().unwrap();
    let _ = child.wait();
    assert!(
        keys.len() >= 60,
        "seed plus 50 generated, got {}",
        keys.len()
    );
}

/// Fails when `text` holds a character a terminal acts on rather than shows.
fn assert_terminal_safe(text: &str) {
    for c in text.chars() {
        let bidi = matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        );
        let control = c.is_control() && c != '\n';
        assert!(!control && !bidi, "{c:?} reaches the terminal: {text:?}");
    }
}

/// A name that, printed raw, would set the clipboard, clear the screen and reverse the text.
const HOSTILE_NAME: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}1m\u{202e}\u{5bc6}\u{94a5} \u{645}\u{641}\u{62a}\u{627}\u{62d}\u{7f}";
/// The ordinary non-ASCII part of it, which must stay as it is.
const READABLE_PART: &str = "\u{5bc6}\u{94a5} \u{645}\u{641}\u{62a}\u{627}\u{62d}";

#[tokio::test]
async fn hostile_key_names_reach_the_terminal_harmlessly() {
    let setup = setup().await;
    let admin = Portal::new(PortalUrl::parse(&setup.demo.url()).unwrap())
        .unwrap()
        .with_credential(Credential::LoginToken(SecretString::from(
            setup.token.as_str(),
        )));
    admin
        .create_key(&CreateKeyRequest {
            name: HOSTILE_NAME.to_owned(),
            permissions: None,
            expires_in_days: None,
        })
        .await
        .unwrap();

    let table = run(setup.cmd(&["keys", "list"])).await;
    assert!(table.status.success(), "{}", stderr(&table));
    let text = stdout(&table);
    assert_terminal_safe(&text);
    assert!(text.contains(READABLE_PART), "{text}");
    assert!(
        text.contains("\\u{1b}]52"),
        "the escape is shown, not acted on: {text}"
    );

    let json = run(setup.cmd(&["keys", "list", "--json"])).await;
    assert!(json.status.success(), "{}", stderr(&json));
    assert_terminal_safe(&stdout(&json));
    let keys: Vec<Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        keys.iter().any(|key| key["name"] == HOSTILE_NAME),
        "JSON keeps the exact name"
    );

    let created = run(setup.cmd(&["keys", "create", "--name", HOSTILE_NAME])).await;
    assert!(created.status.success(), "{}", stderr(&created));
    assert_terminal_safe(&stderr(&created));
    assert!(stderr(&created).contains(READABLE_PART));
}

#[tokio::test]
async fn a_portals_error_text_reaches_the_terminal_harmlessly() {
    let setup = setup().await;
    setup.demo.faults().push(Fault::Exception {
        status: 500,
        message: "\u{1b}]52;c;aGk=\u{7}\u{1b}[2JBoom\u{202e}\u{9b}31m".to_owned(),
    });
    let output = run(setup.cmd(&["keys", "list"])).await;
    assert_fails_with(&output, "Boom");
    assert_terminal_safe(&stderr(&output));
}

#[tokio::test]
async fn a_huge_key_name_does_not_stall_the_table() {
    let setup = setup().await;
    setup
        .demo
        .faults()
        .push(Fault::Oversized { bytes: 10_000_000 });
    let started = std::time::Instant::now();
    let output = run(setup.cmd(&["keys", "list"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert!(
        output.stdout.len() < 10_000,
        "{} bytes",
        output.stdout.len()
    );
    assert!(stdout(&output).contains("xxx…"));
}

#[tokio::test]
async fn a_portal_on_this_computer_is_never_reached_through_a_proxy() {
    let setup = setup().await;
    // Nothing answers here: a proxied request would wait in the backlog.
    let proxy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    proxy.set_nonblocking(true).unwrap();
    let proxy_url = format!("http://{}", proxy.local_addr().unwrap());
    let localhost = format!("http://localhost:{}", setup.demo.port());
    for portal in [setup.demo.url(), localhost] {
        let mut command = setup.cmd(&["keys", "scopes"]);
        command.env("DOCSPACE_PORTAL", &portal);
        for name in [
            "http_proxy",
            "HTTP_PROXY",
            "https_proxy",
            "HTTPS_PROXY",
            "all_proxy",
            "ALL_PROXY",
        ] {
            command.env(name, &proxy_url);
        }
        command.env_remove("no_proxy").env_remove("NO_PROXY");
        let output = run(command).await;
        assert!(output.status.success(), "{portal}: {}", stderr(&output));
        assert!(proxy.accept().is_err(), "{portal} went through the proxy");
    }
}

#[tokio::test]
async fn a_create_whose_answer_is_lost_fails_and_says_the_key_may_exist() {
    let setup = setup().await;
    setup.demo.faults().push(Fault::Truncated);
    let output = run(setup.cmd(&["keys", "create", "--name", "Lost"])).await;
    assert_fails_with(&output, "may have created the key \"Lost\"");
    assert!(stderr(&output).contains("refresh the list"));
    assert!(output.stdout.is_empty());
    assert!(setup.key_named("Lost").is_some(), "the key exists");
}

/// `/dev/full` is Linux's.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_secret_that_cannot_be_written_names_the_key_to_delete() {
    let setup = setup().await;
    for (name, json) in [("Unwritten", false), ("Unwritten JSON", true)] {
        let mut args = vec!["keys", "create", "--name", name];
        if json {
            args.push("--json");
        }
        let mut command = setup.cmd(&args);
        command.stdout(Stdio::from(std::fs::File::create("/dev/full").unwrap()));
        let output = run(command).await;
        assert_fails_with(
            &output,
            "was created but could not be written to standard output",
        );
        assert_eq!(output.status.code(), Some(1));
        let id = setup.key_named(name).expect("the key was created");
        assert!(
            stderr(&output).contains(&format!("delete key {id}")),
            "{}",
            stderr(&output)
        );
    }
}

#[cfg(unix)]
#[tokio::test]
async fn a_secret_is_not_created_for_a_standard_output_that_goes_nowhere() {
    let setup = setup().await;
    let mut closed = Command::new("sh");
    closed.args([
        "-c",
        "exec \"$0\" \"$@\" >&-",
        BIN,
        "keys",
        "create",
        "--name",
        "Closed",
    ]);
    setup.environment(&mut closed);
    closed.env("DOCSPACE_TOKEN", &setup.token);
    let mut null = setup.cmd(&["keys", "create", "--name", "Discarded"]);
    null.stdout(Stdio::null());
    for (command, name) in [(closed, "Closed"), (null, "Discarded")] {
        let output = run(command).await;
        assert_fails_with(&output, "Nothing was created");
        assert!(setup.key_named(name).is_none(), "{name} was created");
    }
}

#[tokio::test]
async fn a_token_with_a_line_ending_still_signs_in_and_a_broken_one_is_explained() {
    let setup = setup().await;
    let mut from_env = setup.bare(&["keys", "scopes"]);
    from_env.env("DOCSPACE_TOKEN", format!("{}\r\n", setup.token));
    let output = run(from_env).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let output = run_with_stdin(
        setup.bare(&["keys", "scopes", "--token-stdin"]),
        &format!("  {}\r\n", setup.token),
    )
    .await;
    assert!(output.status.success(), "{}", stderr(&output));

    let mut broken = setup.bare(&["keys", "scopes"]);
    broken.env("DOCSPACE_TOKEN", format!("{0}\n{0}", setup.token));
    assert_fails_with(&run(broken).await, "cannot be sent");
}

/// The seeded key named `name`, as the demo portal stores it.
fn stored(setup: &Setup, name: &str) -> docspace_keys::api::wire::ApiKeyDto {
    setup
        .demo
        .keys()
        .into_iter()
        .find(|key| key.name == name)
        .unwrap_or_else(|| panic!("a key named {name}"))
}

#[tokio::test]
async fn keys_rotate_makes_one_key_like_the_old_prints_it_and_then_switches_the_old_off() {
    let setup = setup().await;
    let old = stored(&setup, "CI deploy bot");
    setup.demo.faults().record_requests();
    let output = run(setup.cmd(&["keys", "rotate", &old.id])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert_eq!(printed.lines().count(), 1, "only the secret on stdout");
    let secret = printed.trim();
    assert!(is_secret(secret), "{printed}");

    let faults = setup.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1, "exactly one create");
    let body = posts[0].body.clone().unwrap();
    assert_eq!(body["name"], "CI deploy bot");
    assert_eq!(body["permissions"], serde_json::json!(["*:write"]));
    assert_eq!(body["expiresInDays"], 30, "the old key lived 30 days");
    let puts = faults.key_requests("PUT");
    assert_eq!(puts.len(), 1, "exactly one switch-off");
    assert_eq!(puts[0].path, format!("/api/2.0/keys/{}", old.id));
    assert_eq!(puts[0].body, Some(serde_json::json!({ "isActive": false })));
    assert!(faults.key_requests("DELETE").is_empty());

    let keys = setup.demo.keys();
    let old_now = keys.iter().find(|key| key.id == old.id).unwrap();
    assert!(!old_now.is_active, "the old key is switched off");
    let new = keys
        .iter()
        .find(|key| key.name == "CI deploy bot" && key.id != old.id)
        .expect("the new key");
    assert!(new.is_active);
    assert_eq!(
        new.key_postfix.as_deref(),
        Some(&secret[secret.len() - 4..])
    );
    let said = stderr(&output);
    assert!(said.contains("switched off the old key"), "{said}");
    assert!(!said.contains(secret), "the secret only on stdout");
}

#[tokio::test]
async fn keys_rotate_delete_old_json_names_the_key_it_replaces_and_deletes_the_old_one() {
    let setup = setup().await;
    let old = stored(&setup, "Nightly backup script");
    setup.demo.faults().record_requests();
    let output = run(setup.cmd(&["keys", "rotate", &old.id, "--delete-old", "--json"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(is_secret(created["key"].as_str().unwrap()));
    assert_eq!(created["replaces"], old.id.as_str());
    assert_eq!(created["name"], "Nightly backup script");
    assert_eq!(created["permissions"], serde_json::json!(["*:read"]));
    assert!(
        created["expiresAt"].is_null(),
        "never expires, like the old key"
    );

    let faults = setup.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().unwrap();
    assert!(body.get("expiresInDays").is_none(), "{body}");
    let deletes = faults.key_requests("DELETE");
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].path, format!("/api/2.0/keys/{}", old.id));
    assert!(faults.key_requests("PUT").is_empty());
    assert!(setup.demo.keys().iter().all(|key| key.id != old.id));
}

#[tokio::test]
async fn keys_rotate_of_an_expired_key_leaves_the_old_key_as_it_is() {
    let setup = setup().await;
    let old = stored(&setup, "Old CRM sync");
    setup.demo.faults().record_requests();
    let output = run(setup.cmd(&["keys", "rotate", &old.id])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(is_secret(stdout(&output).trim()));
    let faults = setup.demo.faults();
    let posts = faults.key_requests("POST");
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.clone().unwrap();
    assert_eq!(
        body["permissions"],
        serde_json::json!(["*"]),
        "unrestricted"
    );
    assert_eq!(body["expiresInDays"], 90);
    assert!(
        faults.key_requests("PUT").is_empty(),
        "an expired key is not edited"
    );
    assert!(faults.key_requests("DELETE").is_empty());
    assert!(setup.demo.keys().iter().any(|key| key.id == old.id));
    assert!(stderr(&output).contains("has expired and was left as it is"));
}

#[tokio::test]
async fn keys_rotate_whose_create_fails_changes_nothing() {
    let setup = setup().await;
    let old = stored(&setup, "Zapier automation");
    let before = setup.demo.keys().len();
    let faults = setup.demo.faults();
    faults.record_requests();
    faults.push_for_method("POST", Fault::ServerError);
    let output = run(setup.cmd(&["keys", "rotate", &old.id])).await;
    assert_fails_with(&output, "The old key was not changed");
    assert!(output.stdout.is_empty());
    assert_eq!(faults.key_requests("POST").len(), 1, "never retried");
    assert!(faults.key_requests("PUT").is_empty());
    assert!(faults.key_requests("DELETE").is_empty());
    assert_eq!(setup.demo.keys().len(), before);
    assert!(stored(&setup, "Zapier automation").is_active);
}

#[tokio::test]
async fn keys_rotate_whose_switch_off_fails_keeps_both_keys_and_says_so() {
    let setup = setup().await;
    let old = stored(&setup, "Zapier automation");
    let faults = setup.demo.faults();
    faults.record_requests();
    faults.push_for_method("PUT", Fault::ServerError);
    let output = run(setup.cmd(&["keys", "rotate", &old.id])).await;
    assert_fails_with(&output, "Both keys exist now");
    let said = stderr(&output);
    assert!(said.contains("could not be switched off"), "{said}");
    assert!(said.contains(&old.id), "{said}");
    assert!(is_secret(stdout(&output).trim()), "the new key was printed");
    assert_eq!(
        faults.key_requests("POST").len(),
        1,
        "the create is not retried"
    );
    assert_eq!(faults.key_requests("PUT").len(), 1);
    let named: Vec<_> = setup
        .demo
        .keys()
        .into_iter()
        .filter(|key| key.name == "Zapier automation")
        .collect();
    assert_eq!(named.len(), 2, "both keys exist");
    assert!(named.iter().all(|key| key.is_active));
}

#[tokio::test]
async fn keys_rotate_of_an_unknown_id_sends_nothing() {
    let setup = setup().await;
    setup.demo.faults().record_requests();
    let output = run(setup.cmd(&["keys", "rotate", "00000000-0000-4000-8000-000000000000"])).await;
    assert_fails_with(&output, "There is no key with the id");
    assert!(setup.demo.faults().key_requests("POST").is_empty());
}

#[tokio::test]
async fn keys_list_csv_has_every_key_once_no_secret_and_defused_formulas() {
    let setup = setup().await;
    let portal = Portal::new(PortalUrl::parse(&setup.demo.url()).unwrap()).unwrap();
    let client = portal.with_credential(Credential::from_secret(SecretString::from(
        setup.token.clone(),
    )));
    let mut secrets = Vec::new();
    for name in ["=HYPERLINK(\"x\")", "密钥, \"备份\"", "نسخ احتياطي", "-2+3"] {
        let request = CreateKeyRequest {
            name: name.to_owned(),
            permissions: None,
            expires_in_days: Some(7),
        };
        let (_, secret) = client.create_key(&request).await.unwrap();
        secrets.push(secret.expose().to_owned());
    }
    let output = run(setup.cmd(&["keys", "list", "--format", "csv"])).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8(output.stdout.clone()).expect("UTF-8");
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()), "no secret in the CSV");
    }
    assert!(!text.contains("sk-"), "not even a masked key: {text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "name",
            "key ending",
            "access",
            "state",
            "created",
            "last used",
            "expires",
            "created by"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut ids: Vec<String> = rows.iter().map(|row| row[0].to_owned()).collect();
    let mut expected: Vec<String> = setup.demo.keys().into_iter().map(|key| key.id).collect();
    ids.sort();
    expected.sort();
    assert_eq!(ids, expected, "every key once");
    let names: Vec<&str> = rows.iter().map(|row| &row[1]).collect();
    for name in [
        "'=HYPERLINK(\"x\")",
        "密钥, \"备份\"",
        "نسخ احتياطي",
        "'-2+3",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    for row in &rows {
        assert!(
            chrono::DateTime::parse_from_rfc3339(&row[5]).is_ok(),
            "{row:?}"
        );
        assert_eq!(row[2].chars().count(), 4, "{row:?}");
    }

    let json = run(setup.cmd(&["keys", "list", "--format", "json"])).await;
    let short = run(setup.cmd(&["keys", "list", "--json"])).await;
    assert!(json.status.success(), "{}", stderr(&json));
    assert_eq!(json.stdout, short.stdout, "--json is --format json");
    let both = run(setup.cmd(&["keys", "list", "--json", "--format", "csv"])).await;
    assert!(!both.status.success());
}

fn names_in(json: &[u8]) -> Vec<String> {
    let keys: Vec<Value> = serde_json::from_slice(json).unwrap();
    let mut names: Vec<String> = keys
        .iter()
        .map(|key| key["name"].as_str().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn expiring_within_lists_expired_and_soon_expiring_keys_and_exits_3() {
    let setup = setup().await;
    let json = run(setup.cmd(&["keys", "list", "--expiring-within", "7", "--json"])).await;
    assert_eq!(json.status.code(), Some(3), "{}", stderr(&json));
    // The seed: two expired, three expiring in about 2, 4 and 5 days.
    assert_eq!(
        names_in(&json.stdout),
        [
            "CI deploy bot",
            "Calendar sync",
            "Helpdesk bot",
            "Intern sandbox",
            "Old CRM sync"
        ]
    );
    let expired_only = run(setup.cmd(&["keys", "list", "--expiring-within", "0", "--json"])).await;
    assert_eq!(expired_only.status.code(), Some(3));
    assert_eq!(
        names_in(&expired_only.stdout),
        ["Calendar sync", "Old CRM sync"]
    );
    let table = run(setup.cmd(&["keys", "list", "--expiring-within", "7"])).await;
    assert_eq!(table.status.code(), Some(3), "{}", stderr(&table));
    let text = stdout(&table);
    assert!(
        text.contains("Helpdesk bot") && text.contains("5 key(s)"),
        "{text}"
    );
    assert!(!text.contains("Zapier automation"), "{text}");
}

#[tokio::test]
async fn expiring_within_exits_0_when_no_key_expires_in_time() {
    let setup = setup_empty().await;
    let none = run(setup.cmd(&["keys", "list", "--expiring-within", "30"])).await;
    assert_eq!(none.status.code(), Some(0), "{}", stderr(&none));
    assert!(stdout(&none).contains("No key expires within 30 day(s)."));

    let created = run(setup.cmd(&[
        "keys",
        "create",
        "--name",
        "Month",
        "--expires-in-days",
        "30",
    ]))
    .await;
    assert!(created.status.success(), "{}", stderr(&created));
    let later = run(setup.cmd(&["keys", "list", "--expiring-within", "29", "--json"])).await;
    assert_eq!(later.status.code(), Some(0), "{}", stderr(&later));
    assert!(names_in(&later.stdout).is_empty());
    let in_time = run(setup.cmd(&["keys", "list", "--expiring-within", "30", "--json"])).await;
    assert_eq!(in_time.status.code(), Some(3), "{}", stderr(&in_time));
    assert_eq!(names_in(&in_time.stdout), ["Month"]);
    // Without the option, the list says nothing about expiry in its status.
    let all = run(setup.cmd(&["keys", "list"])).await;
    assert_eq!(all.status.code(), Some(0));
}

#[tokio::test]
async fn review_names_keys_with_their_reasons_and_exits_3() {
    let setup = setup().await;
    let output = run(setup.cmd(&["keys", "review", "--json"])).await;
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let findings: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    let rules_of = |findings: &[Value], name: &str| -> Vec<String> {
        findings
            .iter()
            .find(|finding| finding["name"] == name)
            .map(|finding| {
                finding["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|reason| reason["rule"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(rules_of(&findings, "Old CRM sync"), ["expired"]);
    assert_eq!(
        rules_of(&findings, "Document archiver"),
        ["fullAccessNoExpiry"]
    );
    assert!(
        rules_of(&findings, "Moodle integration").is_empty(),
        "used 50 days ago"
    );
    let archiver = findings
        .iter()
        .find(|finding| finding["name"] == "Document archiver")
        .unwrap();
    assert_eq!(
        archiver["fixes"],
        serde_json::json!(["switchOff", "delete"])
    );

    let stricter = run(setup.cmd(&["keys", "review", "--json", "--unused-days", "30"])).await;
    let findings: Vec<Value> = serde_json::from_slice(&stricter.stdout).unwrap();
    assert_eq!(
        rules_of(&findings, "Moodle integration"),
        ["switchedOffUnused"]
    );

    let table = run(setup.cmd(&["keys", "review"])).await;
    assert_eq!(table.status.code(), Some(3));
    let text = stdout(&table);
    assert!(text.contains("full access, never expires"), "{text}");
    assert!(text.contains("keys delete"), "{text}");

    let empty = setup_empty().await;
    let quiet = run(empty.cmd(&["keys", "review"])).await;
    assert_eq!(quiet.status.code(), Some(0), "{}", stderr(&quiet));
    assert!(stdout(&quiet).contains("Every key passes the review."));
}

#[tokio::test]
async fn keys_update_switches_several_keys_off_one_request_each_and_reports_the_one_that_failed() {
    let setup = setup().await;
    let first = stored(&setup, "Zapier automation");
    let second = stored(&setup, "Nightly backup script");
    let unknown = "00000000-0000-4000-8000-000000000000";
    let faults = setup.demo.faults();
    faults.record_requests();
    let output = run(setup.cmd(&[
        "keys", "update", &first.id, unknown, &second.id, "--active", "false",
    ]))
    .await;
    let said = stderr(&output);
    assert!(!output.status.success());
    assert!(
        said.ends_with("docspace-keys: 1 of 3 keys could not be changed; the others were.\n"),
        "{said}"
    );
    assert_eq!(
        said.lines().count(),
        4,
        "a line per key and the summary: {said}"
    );
    assert!(
        said.contains(&format!("Updated key {}.", first.id)),
        "{said}"
    );
    assert!(
        said.contains(&format!("Updated key {}.", second.id)),
        "{said}"
    );
    assert!(said.contains(&format!("Key {unknown}: ")), "{said}");
    assert!(!stored(&setup, "Zapier automation").is_active);
    assert!(!stored(&setup, "Nightly backup script").is_active);
    let puts: Vec<String> = faults
        .key_requests("PUT")
        .into_iter()
        .map(|request| request.path)
        .collect();
    assert_eq!(
        puts,
        [first.id, unknown.to_owned(), second.id]
            .map(|id| format!("/api/2.0/keys/{id}"))
            .to_vec(),
        "one request each, in the order given"
    );

    let renamed = run(setup.cmd(&[
        "keys",
        "update",
        &stored(&setup, "Nightly backup script").id,
        unknown,
        "--name",
        "Same",
    ]))
    .await;
    assert_fails_with(&renamed, "give one id with it");
}

#[tokio::test]
async fn keys_delete_deletes_several_keys_and_goes_on_past_one_that_fails() {
    let setup = setup().await;
    let first = stored(&setup, "Zapier automation");
    let second = stored(&setup, "Nightly backup script");
    let before = setup.demo.keys().len();
    let faults = setup.demo.faults();
    faults.record_requests();
    faults.push_for_method("DELETE", Fault::ServerError);
    let output = run(setup.cmd(&["keys", "delete", &first.id, &second.id])).await;
    let said = stderr(&output);
    assert!(!output.status.success());
    assert!(
        said.ends_with("docspace-keys: 1 of 2 keys could not be deleted; the others were.\n"),
        "{said}"
    );
    assert!(said.contains(&format!("Key {}: ", first.id)), "{said}");
    assert!(
        said.contains(&format!("Deleted key {}.", second.id)),
        "{said}"
    );
    assert_eq!(faults.key_requests("DELETE").len(), 2, "none retried");
    let left: Vec<String> = setup.demo.keys().into_iter().map(|key| key.id).collect();
    assert!(left.contains(&first.id), "the failed one is still there");
    assert!(!left.contains(&second.id));
    assert_eq!(left.len(), before - 1);

    let both = run(setup.cmd(&["keys", "delete", &first.id])).await;
    assert!(both.status.success(), "{}", stderr(&both));
}
