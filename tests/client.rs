//! The API client against the built-in demo portal, over HTTP on 127.0.0.1:
//! every endpoint, every validation rule, every auth case and each injected fault.

use std::time::Duration;

use docspace_keys::api::{
    ANSWER_LIMIT, ApiError, CreateKeyRequest, Credential, DocSpaceClient, Portal, PortalUrl,
    SecondFactor, SignIn, UpdateKeyRequest,
};
use docspace_keys::demo::{
    ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal, Fault, TFA_CODE, TFA_EMAIL, USER_EMAIL,
};
use docspace_keys::domain::{KeyDate, Role};
use secrecy::SecretString;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn demo() -> DemoPortal {
    DemoPortal::start(DemoConfig::default())
        .await
        .expect("demo portal starts")
}

fn portal(demo: &DemoPortal) -> Portal {
    Portal::new(PortalUrl::parse(&demo.url()).unwrap()).unwrap()
}

fn password() -> SecretString {
    SecretString::from(DEMO_PASSWORD)
}

async fn signed_in(demo: &DemoPortal, email: &str) -> DocSpaceClient {
    let portal = portal(demo);
    match portal.sign_in(email, &password(), None).await.unwrap() {
        SignIn::Token { token, .. } => portal.with_credential(Credential::LoginToken(token)),
        SignIn::NeedsCode(_) => panic!("{email} should not need a code"),
    }
}

fn request(name: &str, scopes: &[&str], days: Option<u32>) -> CreateKeyRequest {
    CreateKeyRequest {
        name: name.to_owned(),
        permissions: (!scopes.is_empty()).then(|| scopes.iter().map(|s| s.to_string()).collect()),
        expires_in_days: days,
    }
}

/// Signs in with a freshly created key of the given scopes.
async fn key_client(
    demo: &DemoPortal,
    admin: &DocSpaceClient,
    scopes: &[&str],
) -> (DocSpaceClient, String) {
    let (key, secret) = admin
        .create_key(&request("scoped", scopes, None))
        .await
        .unwrap();
    let credential = Credential::from_secret(SecretString::from(secret.expose().to_owned()));
    (portal(demo).with_credential(credential), key.id)
}

fn validation_messages(err: ApiError) -> Vec<String> {
    match err {
        ApiError::Validation { messages } => messages,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn stored_permissions(demo: &DemoPortal, id: &str) -> Option<Vec<String>> {
    demo.keys()
        .into_iter()
        .find(|key| key.id == id)
        .expect("key is stored")
        .permissions
}

#[tokio::test]
async fn admin_lists_every_key_newest_first_and_user_only_own() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let user = signed_in(&demo, USER_EMAIL).await;
    let all = admin.list_keys().await.unwrap();
    assert_eq!(all.len(), demo.keys().len());
    assert!(all.len() >= 10, "a realistic seed");
    assert!(
        all.windows(2)
            .all(|pair| pair[0].created.known() >= pair[1].created.known())
    );
    assert!(all.iter().all(|key| key.postfix.len() == 4));
    let me = user.me().await.unwrap();
    let own = user.list_keys().await.unwrap();
    assert!(!own.is_empty());
    assert!(own.len() < all.len());
    assert!(own.iter().all(|key| key.creator.id == me.id));
}

#[tokio::test]
async fn me_names_the_person_and_role() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await.me().await.unwrap();
    assert_eq!(admin.role, Role::Owner);
    assert!(!admin.name.is_empty());
    assert_eq!(admin.email, ADMIN_EMAIL);
    let user = signed_in(&demo, USER_EMAIL).await.me().await.unwrap();
    assert_eq!(user.role, Role::User);
}

#[tokio::test]
async fn wrong_password_gives_the_portals_reason() {
    let demo = demo().await;
    let err = portal(&demo)
        .sign_in(ADMIN_EMAIL, &SecretString::from("wrong"), None)
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Unauthorized { .. }));
    assert!(
        err.to_string().contains("User authentication failed"),
        "{err}"
    );
}

#[tokio::test]
async fn two_factor_sign_in_asks_for_the_code_then_signs_in() {
    let demo = demo().await;
    let portal = portal(&demo);
    let first = portal.sign_in(TFA_EMAIL, &password(), None).await.unwrap();
    assert!(
        matches!(first, SignIn::NeedsCode(SecondFactor::App { .. })),
        "{first:?}"
    );
    let wrong = portal
        .sign_in(TFA_EMAIL, &password(), Some("000000"))
        .await
        .unwrap_err();
    assert!(matches!(wrong, ApiError::Unauthorized { .. }), "{wrong:?}");
    let SignIn::Token { token, .. } = portal
        .sign_in(TFA_EMAIL, &password(), Some(TFA_CODE))
        .await
        .unwrap()
    else {
        panic!("the code should sign in");
    };
    let client = portal.with_credential(Credential::LoginToken(token));
    assert_eq!(client.me().await.unwrap().email, TFA_EMAIL);
}

#[tokio::test]
async fn permissions_catalogue_is_the_documented_list() {
    let demo = demo().await;
    let scopes = signed_in(&demo, ADMIN_EMAIL)
        .await
        .permissions()
        .await
        .unwrap();
    assert_eq!(
        scopes,
        [
            "*",
            "*:read",
            "*:write",
            "accounts:read",
            "accounts:write",
            "accounts.self:read",
            "accounts.self:write",
            "files:read",
            "files:write",
            "rooms:read",
            "rooms:write"
        ]
    );
}

#[tokio::test]
async fn create_returns_the_secret_once_and_stores_exactly_the_scopes() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key, secret) = admin
        .create_key(&request(
            "Reporting",
            &["files:read", "rooms:read"],
            Some(30),
        ))
        .await
        .unwrap();
    assert!(secret.is_well_formed(), "sk- and 64 lower-case hex");
    assert_eq!(key.postfix, &secret.expose()[63..]);
    assert_eq!(key.name, "Reporting");
    assert!(key.active);
    assert_eq!(key.last_used, KeyDate::Absent);
    let (created, expires) = (key.created.known().unwrap(), key.expires.known().unwrap());
    assert_eq!(expires - created, chrono::Duration::days(30));
    assert_eq!(
        stored_permissions(&demo, &key.id),
        Some(vec!["files:read".to_owned(), "rooms:read".to_owned()])
    );
    let listed = admin.list_keys().await.unwrap();
    let listed = listed.iter().find(|listed| listed.id == key.id).unwrap();
    assert_eq!(listed.masked(), format!("sk-***{}", key.postfix));
    assert_eq!(listed.expires, key.expires);
}

#[tokio::test]
async fn create_without_scopes_or_lifetime_is_unrestricted_and_never_expires() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key, _) = admin.create_key(&request("Full", &[], None)).await.unwrap();
    assert!(key.is_unrestricted());
    assert_eq!(key.expires, KeyDate::Absent);
    let (star, _) = admin
        .create_key(&request("Star", &["*", "files:read"], None))
        .await
        .unwrap();
    assert_eq!(stored_permissions(&demo, &star.id), Some(vec![]));
}

#[tokio::test]
async fn create_validation_rules_reach_the_user_verbatim() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let before = demo.keys().len();
    let cases: [(CreateKeyRequest, &str); 6] = [
        (request("", &[], None), "The Name field is required."),
        (request("   ", &[], None), "The Name field is required."),
        (
            request(&"x".repeat(31), &[], None),
            "Incorrect name. Length must be less than 30",
        ),
        (
            request("Days", &[], Some(0)),
            "Incorrect number of days. Value must be between 1 and 365",
        ),
        (
            request("Days", &[], Some(366)),
            "Incorrect number of days. Value must be between 1 and 365",
        ),
        (
            request("Scopes", &["files:READ"], None),
            "Permissions are not valid.",
        ),
    ];
    for (bad, message) in cases {
        let messages = validation_messages(admin.create_key(&bad).await.unwrap_err());
        assert_eq!(messages, [message], "for {bad:?}");
    }
    assert_eq!(demo.keys().len(), before, "nothing was created");
    let (edge, _) = admin
        .create_key(&request(&"x".repeat(30), &[], Some(365)))
        .await
        .unwrap();
    assert_eq!(edge.name.len(), 30);
}

#[tokio::test]
async fn update_changes_only_what_is_sent() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key, _) = admin
        .create_key(&request("Before", &["files:read"], None))
        .await
        .unwrap();
    let rename = UpdateKeyRequest {
        name: Some("After".into()),
        ..UpdateKeyRequest::default()
    };
    admin.update_key(&key.id, &rename).await.unwrap();
    let stored = demo.keys().into_iter().find(|k| k.id == key.id).unwrap();
    assert_eq!(stored.name, "After");
    assert_eq!(stored.permissions, Some(vec!["files:read".to_owned()]));
    assert!(stored.is_active);

    let off = UpdateKeyRequest {
        is_active: Some(false),
        ..UpdateKeyRequest::default()
    };
    admin.update_key(&key.id, &off).await.unwrap();
    assert!(
        !demo
            .keys()
            .into_iter()
            .find(|k| k.id == key.id)
            .unwrap()
            .is_active
    );

    let scopes = UpdateKeyRequest {
        permissions: Some(vec!["rooms:read".into(), "rooms:write".into()]),
        ..UpdateKeyRequest::default()
    };
    admin.update_key(&key.id, &scopes).await.unwrap();
    assert_eq!(
        stored_permissions(&demo, &key.id),
        Some(vec!["rooms:read".to_owned(), "rooms:write".to_owned()])
    );

    let everything = UpdateKeyRequest {
        permissions: Some(vec!["*".into()]),
        ..UpdateKeyRequest::default()
    };
    admin.update_key(&key.id, &everything).await.unwrap();
    assert_eq!(
        stored_permissions(&demo, &key.id),
        None,
        "[\"*\"] is stored as NULL"
    );
    let listed = admin.list_keys().await.unwrap();
    assert!(
        listed
            .iter()
            .find(|k| k.id == key.id)
            .unwrap()
            .is_unrestricted()
    );

    let too_long = UpdateKeyRequest {
        name: Some("y".repeat(31)),
        ..UpdateKeyRequest::default()
    };
    let messages = validation_messages(admin.update_key(&key.id, &too_long).await.unwrap_err());
    assert_eq!(messages, ["Incorrect name. Length must be less than 30"]);
}

#[tokio::test]
async fn refused_update_and_delete_are_failures_with_a_plain_reason() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let user = signed_in(&demo, USER_EMAIL).await;
    let (admins_key, _) = admin
        .create_key(&request("Admin's", &[], None))
        .await
        .unwrap();
    let rename = UpdateKeyRequest {
        name: Some("Hijacked".into()),
        ..UpdateKeyRequest::default()
    };
    let err = user.update_key(&admins_key.id, &rename).await.unwrap_err();
    assert!(matches!(err, ApiError::Refused { .. }), "{err:?}");
    assert!(err.to_string().contains("did not change"), "{err}");
    let err = user.delete_key(&admins_key.id).await.unwrap_err();
    assert!(err.to_string().contains("did not delete"), "{err}");
    assert!(
        demo.keys()
            .iter()
            .any(|k| k.id == admins_key.id && k.name == "Admin's")
    );

    let expired = admin
        .list_keys()
        .await
        .unwrap()
        .into_iter()
        .find(|key| {
            key.expires
                .known()
                .is_some_and(|date| date < chrono::Utc::now())
        })
        .expect("the seed has an expired key");
    let err = admin.update_key(&expired.id, &rename).await.unwrap_err();
    assert!(matches!(err, ApiError::Refused { .. }), "{err:?}");
}

#[tokio::test]
async fn delete_removes_the_key_and_an_unknown_id_is_explained() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key, _) = admin
        .create_key(&request("Doomed", &[], None))
        .await
        .unwrap();
    admin.delete_key(&key.id).await.unwrap();
    assert!(demo.keys().iter().all(|k| k.id != key.id));
    let again = admin.delete_key(&key.id).await.unwrap_err();
    assert!(
        again.to_string().contains("could not find this key"),
        "{again}"
    );
    let unknown = admin
        .update_key(
            "00000000-0000-0000-0000-000000000000",
            &UpdateKeyRequest::default(),
        )
        .await
        .unwrap_err();
    assert!(
        unknown.to_string().contains("could not find this key"),
        "{unknown}"
    );
    let not_an_id = admin.delete_key("../people").await.unwrap_err();
    assert!(matches!(not_an_id, ApiError::Validation { .. }));
}

#[tokio::test]
async fn an_api_key_signs_in_and_its_scopes_are_enforced() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (full, full_id) = key_client(&demo, &admin, &[]).await;
    assert_eq!(full.current_key().await.unwrap().id, full_id);
    assert!(!full.list_keys().await.unwrap().is_empty());
    let used = demo.keys().into_iter().find(|k| k.id == full_id).unwrap();
    assert!(used.last_used.is_some(), "lastUsed is set on use");

    let (reader, _) = key_client(&demo, &admin, &["*:read"]).await;
    assert!(!reader.list_keys().await.unwrap().is_empty());
    let err = reader
        .create_key(&request("nope", &[], None))
        .await
        .unwrap_err();
    assert_eq!(err, ApiError::Forbidden { message: None });
    assert!(err.to_string().contains("may not manage API keys"));

    let (files_only, _) = key_client(&demo, &admin, &["files:read"]).await;
    assert!(matches!(
        files_only.list_keys().await,
        Err(ApiError::Forbidden { .. })
    ));
    assert!(
        files_only.current_key().await.is_ok(),
        "@self works with any valid key"
    );
}

#[tokio::test]
async fn revoked_keys_and_ended_sessions_mean_sign_in_again() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key_client, id) = key_client(&demo, &admin, &[]).await;
    let off = UpdateKeyRequest {
        is_active: Some(false),
        ..UpdateKeyRequest::default()
    };
    admin.update_key(&id, &off).await.unwrap();
    let err = key_client.list_keys().await.unwrap_err();
    assert!(err.needs_sign_in(), "{err:?}");

    demo.end_sessions();
    let err = admin.list_keys().await.unwrap_err();
    assert!(err.needs_sign_in(), "{err:?}");
    assert!(err.to_string().contains("sign in again"));
}

#[tokio::test]
async fn a_login_token_has_no_current_key() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let err = admin.current_key().await.unwrap_err();
    assert!(
        matches!(err, ApiError::Server { .. } | ApiError::Validation { .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn sign_out_ends_the_session() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    admin.sign_out().await.unwrap();
    assert!(admin.list_keys().await.unwrap_err().needs_sign_in());
}

#[tokio::test]
async fn injected_faults_become_plain_errors_and_lose_nothing() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let faults = demo.faults();

    faults.push(Fault::Html502);
    let err = admin.list_keys().await.unwrap_err();
    assert_eq!(
        err,
        ApiError::Server {
            status: 502,
            message: None
        }
    );
    assert!(err.to_string().contains("HTTP 502"));

    faults.push(Fault::Truncated);
    let err = admin.list_keys().await.unwrap_err();
    assert!(
        matches!(&err, ApiError::NotDocSpace { detail, .. } if detail.contains("cut off")),
        "{err:?}"
    );

    faults.push(Fault::TooManyRequests {
        retry_after_secs: 7,
    });
    let err = admin.permissions().await.unwrap_err();
    assert_eq!(
        err,
        ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(7))
        }
    );
    assert!(err.to_string().contains("Wait 7 s"));

    faults.push(Fault::ServerError);
    let err = admin.permissions().await.unwrap_err();
    assert!(
        matches!(err, ApiError::Server { status: 500, .. }),
        "{err:?}"
    );

    // Each fault hits one request only.
    assert!(admin.list_keys().await.is_ok());
}

#[tokio::test]
async fn a_failed_create_is_never_retried() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let before = demo.keys().len();
    // The portal creates the key but the answer is cut off: exactly one key, and an
    // error that says it may exist.
    demo.faults().push(Fault::Truncated);
    let err = admin
        .create_key(&request("Once", &[], None))
        .await
        .unwrap_err();
    assert_key_may_exist(&err, "Once");
    assert_eq!(demo.keys().len(), before + 1);
}

#[tokio::test]
async fn a_slow_portal_times_out() {
    let demo = demo().await;
    demo.faults().set_latency(Duration::from_secs(3));
    let url = PortalUrl::parse(&demo.url()).unwrap();
    let impatient = Portal::with_timeout(url, Duration::from_millis(300)).unwrap();
    let err = impatient
        .sign_in(ADMIN_EMAIL, &password(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Timeout { .. }), "{err:?}");
    assert!(err.to_string().contains("did not answer in time"));
}

#[tokio::test]
async fn nothing_listening_means_offline() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = PortalUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap();
    let err = Portal::new(url)
        .unwrap()
        .sign_in(ADMIN_EMAIL, &password(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Offline { .. }), "{err:?}");
    assert!(err.to_string().contains("Could not reach 127.0.0.1"));
}

/// Fails when `dump` holds `secret` or a recognisable piece of it, or shows no redaction.
fn assert_redacted(dump: &str, secret: &str) {
    assert!(!dump.contains(secret), "{dump}");
    let piece = &secret[secret.len().saturating_sub(20)..];
    assert!(!dump.contains(piece), "{dump}");
    assert!(dump.contains("REDACTED"), "{dump}");
}

#[tokio::test]
async fn credentials_never_show_in_debug_output() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let (key, secret) = admin
        .create_key(&request("Hidden", &[], None))
        .await
        .unwrap();
    let dump = format!("{admin:?} {key:?} {secret:?}");
    assert_redacted(&dump, secret.expose());
    assert!(!dump.contains(&secret.expose()[3..20]));
    assert_redacted(&dump, admin.credential().expose());

    let key_client = portal(&demo).with_credential(Credential::from_secret(SecretString::from(
        secret.expose().to_owned(),
    )));
    assert!(key_client.credential().is_api_key());
    assert_redacted(&format!("{key_client:?}"), secret.expose());

    let portal = portal(&demo);
    let signed_in = portal
        .sign_in(ADMIN_EMAIL, &password(), None)
        .await
        .unwrap();
    let dump = format!("{signed_in:?}");
    let SignIn::Token { token, .. } = signed_in else {
        panic!("the admin signs in in one step");
    };
    assert_redacted(&dump, secrecy::ExposeSecret::expose_secret(&token));
}

/// Every type that can carry a secret, built with one, prints something else.
#[test]
fn wire_types_never_show_a_secret_in_debug_output() {
    use docspace_keys::api::NewKeySecret;
    use docspace_keys::api::decode::RawAnswer;
    use docspace_keys::api::wire::{ApiKeyDto, AuthRequest, AuthResponse, Envelope};
    use docspace_keys::platform::ClipboardLog;

    const KEY: &str = "sk-0123456789abcdef0123456789abcdef0123456789abcdeffedcba9876541a2b";
    const TOKEN: &str = "8d1f0c7a6b5e4d3c2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6d5c4b";
    const PASSWORD: &str = "correct horse battery staple";
    const SETUP_KEY: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    let created = format!(
        r#"{{"response":{{"id":"3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b","name":"Rust desktop client","key":"{KEY}","keyPostfix":"1a2b","isActive":true}},"count":1,"status":0,"statusCode":200}}"#
    );

    let envelope: Envelope = serde_json::from_str(&created).unwrap();
    let dto: ApiKeyDto = serde_json::from_value(envelope.response.clone().unwrap()).unwrap();
    let raw = RawAnswer {
        status: 200,
        retry_after: None,
        body: created.as_bytes(),
        host: "portal.example.com",
    };
    let dto_dump = format!("{dto:?}");
    assert!(dto_dump.contains("Rust desktop client"), "{dto_dump}");
    assert!(
        dto_dump.contains("1a2b"),
        "the postfix is no secret: {dto_dump}"
    );
    for dump in [
        dto_dump,
        format!("{envelope:?}"),
        format!("{raw:?}"),
        format!("{:?}", NewKeySecret::new(KEY.to_owned())),
        format!("{:?}", Credential::from_secret(SecretString::from(KEY))),
    ] {
        assert_redacted(&dump, KEY);
    }

    let token_answer = AuthResponse {
        token: Some(TOKEN.to_owned()),
        tfa: true,
        tfa_key: Some(SETUP_KEY.to_owned()),
        ..AuthResponse::default()
    };
    let signed_in = SignIn::Token {
        token: SecretString::from(TOKEN),
        expires: None,
    };
    for dump in [
        format!("{token_answer:?}"),
        format!("{signed_in:?}"),
        format!("{:?}", Credential::from_secret(SecretString::from(TOKEN))),
    ] {
        assert_redacted(&dump, TOKEN);
    }

    let second_step = SignIn::NeedsCode(SecondFactor::App {
        setup_key: Some(SETUP_KEY.to_owned()),
    });
    for dump in [format!("{token_answer:?}"), format!("{second_step:?}")] {
        assert_redacted(&dump, SETUP_KEY);
    }

    let request = AuthRequest {
        user_name: ADMIN_EMAIL,
        password: PASSWORD,
        code: Some(TFA_CODE),
    };
    let dump = format!("{request:?}");
    assert_redacted(&dump, PASSWORD);
    assert!(!dump.contains(TFA_CODE), "{dump}");
    assert!(dump.contains(ADMIN_EMAIL), "{dump}");

    let clipboard = ClipboardLog {
        content: Some(KEY.to_owned()),
        copies: vec![KEY.to_owned()],
        clears: 0,
    };
    assert_redacted(&format!("{clipboard:?}"), KEY);
}

/// An address on 127.0.0.1 that never answers; connections wait in its backlog, so
/// `accept` tells afterwards whether anything was sent there.
fn tripwire() -> (std::net::TcpListener, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    (listener, url)
}

/// Reads one request (head and `Content-Length` body) from `connection`.
async fn read_request(connection: &mut TcpStream) {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    let head_end = loop {
        let read = connection.read(&mut buffer).await.unwrap();
        assert!(read > 0, "the client closed the connection");
        seen.extend_from_slice(&buffer[..read]);
        if let Some(end) = seen.windows(4).position(|window| window == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&seen[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .map_or(0, |value| value.trim().parse().unwrap());
    while seen.len() < head_end + length {
        let read = connection.read(&mut buffer).await.unwrap();
        assert!(read > 0, "the client closed the connection");
        seen.extend_from_slice(&buffer[..read]);
    }
}

/// A portal on 127.0.0.1 that reads each request whole, writes `answer` and closes the connection.
async fn canned_portal(answer: &'static [u8]) -> PortalUrl {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = PortalUrl::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
    tokio::spawn(async move {
        while let Ok((mut connection, _)) = listener.accept().await {
            read_request(&mut connection).await;
            connection.write_all(answer).await.unwrap();
            connection.shutdown().await.ok();
        }
    });
    url
}

#[tokio::test]
async fn a_redirect_is_never_followed_and_the_error_names_where_it_pointed() {
    let demo = demo().await;
    let (elsewhere, elsewhere_url) = tripwire();
    let target = format!("{elsewhere_url}/api/2.0/authentication");
    for status in [307, 308, 302, 301] {
        demo.faults().push(Fault::Redirect {
            status,
            location: format!("{target}?ticket=opaque#top"),
        });
        let err = portal(&demo)
            .sign_in(ADMIN_EMAIL, &password(), None)
            .await
            .unwrap_err();
        assert!(
            elsewhere.accept().is_err(),
            "HTTP {status} sent the password on"
        );
        assert_eq!(
            err,
            ApiError::Redirected {
                status,
                location: Some(target.clone())
            }
        );
        let text = err.to_string();
        assert!(text.contains(&format!("redirect to {target}")), "{text}");
        assert!(text.contains("Check the portal address"), "{text}");
        assert!(!text.contains("opaque"), "{text}");
    }

    // A signed-in call sends its token nowhere else either, however the redirect is written.
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let before = demo.keys().len();
    demo.faults().push(Fault::Redirect {
        status: 307,
        location: format!("{elsewhere_url}/api/2.0/keys"),
    });
    let err = admin
        .create_key(&request("Moved", &[], None))
        .await
        .unwrap_err();
    assert!(
        matches!(err, ApiError::Redirected { status: 307, .. }),
        "{err:?}"
    );
    demo.faults().push(Fault::Redirect {
        status: 302,
        location: "/login?next=%2Fapi".to_owned(),
    });
    let err = admin.list_keys().await.unwrap_err();
    assert_eq!(
        err,
        ApiError::Redirected {
            status: 302,
            location: Some(format!("{}/login", demo.url()))
        }
    );
    assert!(elsewhere.accept().is_err(), "the token went on");
    assert_eq!(demo.keys().len(), before);
}

#[tokio::test]
async fn an_answer_over_the_size_limit_is_refused_and_a_long_list_is_read() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    demo.faults().push(Fault::Oversized {
        bytes: ANSWER_LIMIT + 1024,
    });
    let err = admin.permissions().await.unwrap_err();
    assert!(
        matches!(&err, ApiError::AnswerTooLarge { limit, .. } if *limit == ANSWER_LIMIT),
        "{err:?}"
    );
    assert!(err.to_string().contains("larger than 4 MiB"), "{err}");
    // The list has a limit of its own, far above a real portal's longest list.
    demo.faults().push(Fault::Oversized {
        bytes: ANSWER_LIMIT + 1024,
    });
    let keys = admin.list_keys().await.unwrap();
    assert_eq!(keys.len(), 1);
}

fn assert_key_may_exist(err: &ApiError, expected_name: &str) {
    assert!(
        matches!(err, ApiError::CreateAnswerLost { name, .. } if name == expected_name),
        "{err:?}"
    );
    let text = err.to_string();
    for part in [
        "may have created the key",
        "Do not simply try again",
        "refresh the list",
        expected_name,
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
}

#[tokio::test]
async fn a_create_that_times_out_says_the_key_may_exist() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let before = demo.keys().len();
    let url = PortalUrl::parse(&demo.url()).unwrap();
    let impatient = Portal::with_timeout(url, Duration::from_millis(300))
        .unwrap()
        .with_credential(admin.credential().clone());
    demo.faults().push(Fault::SlowAnswer {
        delay: Duration::from_secs(3),
    });
    let err = impatient
        .create_key(&request("Too slow", &[], None))
        .await
        .unwrap_err();
    assert_key_may_exist(&err, "Too slow");
    assert_eq!(demo.keys().len(), before + 1, "the key exists");

    // A create the portal refused, or one that never left, is said plainly.
    let err = admin
        .create_key(&request(&"n".repeat(31), &[], None))
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Validation { .. }), "{err:?}");
    let nobody = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = nobody.local_addr().unwrap().port();
    drop(nobody);
    let offline = DocSpaceClient::new(
        PortalUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap(),
        admin.credential().clone(),
    )
    .unwrap();
    let err = offline
        .create_key(&request("Never sent", &[], None))
        .await
        .unwrap_err();
    assert!(matches!(err, ApiError::Offline { .. }), "{err:?}");
}

#[tokio::test]
async fn a_create_whose_connection_closes_mid_answer_says_the_key_may_exist() {
    let credential = Credential::LoginToken(SecretString::from("token"));
    let half = canned_portal(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"response\":{\"id\":",
    )
    .await;
    let err = DocSpaceClient::new(half, credential.clone())
        .unwrap()
        .create_key(&request("Half", &[], None))
        .await
        .unwrap_err();
    assert_key_may_exist(&err, "Half");

    let silent = canned_portal(b"").await;
    let err = DocSpaceClient::new(silent, credential.clone())
        .unwrap()
        .create_key(&request("Silent", &[], None))
        .await
        .unwrap_err();
    assert_key_may_exist(&err, "Silent");

    let masked = canned_portal(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 121\r\n\r\n{\"response\":{\"id\":\"3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b\",\"name\":\"Masked\",\"key\":\"sk-***1a2b\"},\"status\":0,\"statusCode\":200}",
    )
    .await;
    let err = DocSpaceClient::new(masked, credential)
        .unwrap()
        .create_key(&request("Masked", &[], None))
        .await
        .unwrap_err();
    assert_key_may_exist(&err, "Masked");
}

#[tokio::test]
async fn http_localhost_reaches_the_portal_on_this_computer() {
    let demo = demo().await;
    let url = PortalUrl::parse(&format!("http://localhost:{}", demo.port())).unwrap();
    assert!(url.is_loopback());
    let signed_in = Portal::new(url)
        .unwrap()
        .sign_in(ADMIN_EMAIL, &password(), None)
        .await
        .unwrap();
    assert!(matches!(signed_in, SignIn::Token { .. }));
}

#[tokio::test]
async fn a_credential_a_header_cannot_carry_is_refused_before_sending() {
    let demo = demo().await;
    let client = portal(&demo).with_credential(Credential::LoginToken(SecretString::from(
        "first-line\nsecond-line",
    )));
    let err = client.list_keys().await.unwrap_err();
    assert_eq!(err, ApiError::UnusableCredential);
    assert!(err.to_string().contains("cannot be sent"), "{err}");
}

/// `list_keys_with` lets the window hand over its list only for a large answer that can be
/// decoded.
#[tokio::test]
async fn the_list_is_asked_for_only_once_a_whole_readable_answer_has_arrived() {
    let demo = demo().await;
    let admin = signed_in(&demo, ADMIN_EMAIL).await;
    let sizes = std::sync::Mutex::new(Vec::new());
    let note = |size: usize| {
        sizes.lock().unwrap().push(size);
        async {}
    };
    let keys = admin.list_keys_with(0, note).await.unwrap();
    assert_eq!(keys.len(), admin.list_keys().await.unwrap().len());
    let seen = sizes.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "asked once, with the answer's size");
    assert!(seen[0] > 1000, "the whole answer: {seen:?}");

    // Not for an answer smaller than what counts as large.
    sizes.lock().unwrap().clear();
    admin.list_keys_with(seen[0] + 1, note).await.unwrap();
    assert!(sizes.lock().unwrap().is_empty(), "not asked below `large`");

    for fault in [Fault::Html502, Fault::Truncated, Fault::ServerError] {
        sizes.lock().unwrap().clear();
        demo.faults().push(fault.clone());
        assert!(admin.list_keys_with(0, note).await.is_err(), "{fault:?}");
        assert!(
            sizes.lock().unwrap().is_empty(),
            "not asked after {fault:?}"
        );
    }
}

/// A portal on 127.0.0.1 that answers each request with `body`, its bytes written a few at a
/// time with a pause between, so that the client reads it in many small chunks.
async fn trickling_portal(status: &'static str, body: Vec<u8>) -> PortalUrl {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = PortalUrl::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
    tokio::spawn(async move {
        while let Ok((mut connection, _)) = listener.accept().await {
            read_request(&mut connection).await;
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            connection.write_all(head.as_bytes()).await.unwrap();
            for piece in body.chunks(61) {
                connection.write_all(piece).await.unwrap();
                connection.flush().await.unwrap();
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            connection.shutdown().await.ok();
        }
    });
    url
}

#[tokio::test]
async fn a_list_arriving_in_pieces_reads_as_a_whole_in_any_shape() {
    let key = |n: u32| {
        format!(
            r#"{{"id":"k{n}","name":"Key \"{n}\" {{x}} 数据 نسخ","key":"sk-***{n:04}","keyPostfix":"{n:04}","permissions":["files:read"],"createOn":"2026-07-01T13:00:00.0000000+03:00","createBy":{{"id":"p","displayName":"Alex","avatar":"/a?[1]"}},"expiresAt":null,"isActive":true}}"#
        )
    };
    let keys: Vec<String> = (0..40).map(key).collect();
    let list = keys.join(",\n ");
    let credential = Credential::LoginToken(SecretString::from("token"));
    let listed_bytes = |status, body: Vec<u8>| {
        let credential = credential.clone();
        async move {
            let url = trickling_portal(status, body).await;
            DocSpaceClient::new(url, credential)
                .unwrap()
                .list_keys()
                .await
        }
    };
    let listed = |status, body: String| listed_bytes(status, body.into_bytes());

    // As DocSpace writes it, the list first: decoded as it arrives.
    let first = listed(
        "200 OK",
        format!(r#"{{"response":[{list}],"count":40,"status":0,"statusCode":200}}"#),
    )
    .await
    .unwrap();
    assert_eq!(first.len(), 40);
    assert_eq!(first[39].name, "Key \"39\" {x} 数据 نسخ");
    assert_eq!(first[7].postfix, "0007");
    // The list last: decoded once the whole answer is in, to the same keys.
    let last = listed(
        "200 OK",
        format!(r#"{{"status":0,"statusCode":200,"count":40,"response":[{list}]}}"#),
    )
    .await
    .unwrap();
    assert_eq!(last, first);
    // A list first whose envelope then says it failed: the portal's error, as before.
    let err = listed(
        "200 OK",
        format!(
            r#"{{"response":[{list}],"error":{{"message":"Access denied"}},"status":1,"statusCode":403}}"#
        ),
    )
    .await
    .unwrap_err();
    assert!(matches!(&err, ApiError::Forbidden { .. }), "{err:?}");
    // A list cut short by the envelope's end: not data, as before.
    let err = listed("200 OK", format!(r#"{{"response":[{list}"#))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("cut off"), "{err}");
    // An error status with a list in it: the error, never the keys.
    let err = listed(
        "500 Internal Server Error",
        format!(r#"{{"response":[{list}],"status":0,"statusCode":200}}"#),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, ApiError::Server { status: 500, .. }),
        "{err:?}"
    );
    // A byte that is not UTF-8, in a string the decoder skips (an avatar), in a key that a
    // piece ends in: refused, as the whole answer is. The first key's name has characters of
    // two and three bytes, which the pieces cut in two here and there.
    let mut body = format!(r#"{{"response":[{list}],"status":0,"statusCode":200}}"#).into_bytes();
    let avatar = body
        .windows(6)
        .rposition(|window| window == b"/a?[1]")
        .unwrap();
    body[avatar + 1] = 0xff;
    let err = listed_bytes("200 OK", body).await.unwrap_err();
    assert!(matches!(&err, ApiError::NotDocSpace { .. }), "{err:?}");
}
