//! The demo portal over real HTTP on 127.0.0.1, checked against
//! `shared/docspace-api-keys.md`: envelope, keys, validation, authentication,
//! sign-in and injected faults.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use docspace_keys::demo::{
    ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal, Fault, TFA_CODE, TFA_EMAIL, USER_EMAIL,
};
use reqwest::header::{
    AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HeaderMap, RETRY_AFTER,
};
use serde_json::{Value, json};

const CATALOGUE: [&str; 11] = [
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
    "rooms:write",
];
const OWNER_ID: &str = "66faa6e4-f133-11ea-b126-00ffeec8b4ef";
const NAME_TOO_LONG: &str = "Incorrect name. Length must be less than 30";

/// How a request authenticates.
#[derive(Clone, Copy)]
enum Cred<'a> {
    Nothing,
    /// `Authorization: <value>` exactly as given.
    Raw(&'a str),
    /// `Authorization: Bearer <value>`.
    Bearer(&'a str),
    /// Cookie `asc_auth_key=<value>` and no `Authorization`.
    Cookie(&'a str),
}

struct Reply {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|err| {
            panic!("not JSON ({err}): {}", String::from_utf8_lossy(&self.body))
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn response(&self) -> Value {
        self.json()["response"].clone()
    }

    /// Asserts an empty-bodied answer with this status.
    fn assert_bare(&self, status: u16) {
        assert_eq!(self.status, status, "body: {}", self.text());
        assert!(
            self.body.is_empty(),
            "expected no body, got {}",
            self.text()
        );
    }
}

struct Harness {
    portal: DemoPortal,
    http: reqwest::Client,
}

impl Harness {
    async fn new() -> Self {
        Self::with(DemoConfig::default()).await
    }

    async fn with(config: DemoConfig) -> Self {
        let portal = DemoPortal::start(config).await.unwrap();
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        Self { portal, http }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.portal.url())
    }

    async fn send(&self, method: &str, path: &str, cred: Cred<'_>, body: Option<&Value>) -> Reply {
        let body = body.map(Value::to_string);
        self.send_text(method, path, cred, body.as_deref()).await
    }

    async fn send_text(
        &self,
        method: &str,
        path: &str,
        cred: Cred<'_>,
        body: Option<&str>,
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.http.request(method, self.url(path));
        request = match cred {
            Cred::Nothing => request,
            Cred::Raw(value) => request.header(AUTHORIZATION, value),
            Cred::Bearer(value) => request.header(AUTHORIZATION, format!("Bearer {value}")),
            Cred::Cookie(value) => request.header(COOKIE, format!("asc_auth_key={value}")),
        };
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_owned());
        }
        let response = request.send().await.unwrap();
        Reply {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.bytes().await.unwrap().to_vec(),
        }
    }

    async fn get(&self, path: &str, cred: Cred<'_>) -> Reply {
        self.send("GET", path, cred, None).await
    }

    async fn post(&self, path: &str, cred: Cred<'_>, body: &Value) -> Reply {
        self.send("POST", path, cred, Some(body)).await
    }

    async fn delete(&self, path: &str, cred: Cred<'_>) -> Reply {
        self.send("DELETE", path, cred, None).await
    }

    /// `POST /api/2.0/authentication` without credentials.
    async fn authenticate(&self, body: &Value) -> Reply {
        self.post("/api/2.0/authentication", Cred::Nothing, body)
            .await
    }

    /// Signs in with the demo password; returns the login token.
    async fn sign_in(&self, email: &str) -> String {
        let body = json!({ "userName": email, "password": DEMO_PASSWORD });
        let reply = self.authenticate(&body).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response()["token"].as_str().unwrap().to_owned()
    }

    /// Creates a key as the holder of `token`; returns the create answer's payload.
    async fn create(&self, token: &str, body: Value) -> Value {
        let reply = self.post("/api/2.0/keys", Cred::Raw(token), &body).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response()
    }

    /// A fresh key with these scopes, created by the owner; returns (id, secret).
    async fn key_with(&self, permissions: Value) -> (String, String) {
        let token = self.sign_in(ADMIN_EMAIL).await;
        let created = self
            .create(
                &token,
                json!({ "name": "Test key", "permissions": permissions }),
            )
            .await;
        (
            created["id"].as_str().unwrap().to_owned(),
            created["key"].as_str().unwrap().to_owned(),
        )
    }

    async fn list(&self, cred: Cred<'_>) -> Vec<Value> {
        let reply = self.get("/api/2.0/keys", cred).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response().as_array().unwrap().clone()
    }

    /// Sends a create body as the owner and returns the refusal.
    async fn refused_create(&self, body: &str) -> Reply {
        let token = self.sign_in(ADMIN_EMAIL).await;
        let reply = self
            .send_text("POST", "/api/2.0/keys", Cred::Raw(&token), Some(body))
            .await;
        assert_eq!(reply.status, 400, "{}", reply.text());
        reply
    }
}

/// The messages under `errors[key]` of a validation answer.
fn validation_errors(reply: &Reply, key: &str) -> Vec<String> {
    let body = reply.json();
    assert_eq!(body["status"], 1);
    assert_eq!(body["statusCode"], 400);
    body["response"]["errors"][key]
        .as_array()
        .unwrap_or_else(|| panic!("no errors[{key:?}] in {body}"))
        .iter()
        .map(|message| message.as_str().unwrap().to_owned())
        .collect()
}

/// Asserts an `ErrorApiResponse` with a stack trace and these values.
fn assert_exception(reply: &Reply, status: u16, message: &str, kind: &str, hresult: i64) {
    assert_eq!(reply.status, status, "{}", reply.text());
    let mut body = reply.json();
    assert!(body["error"]["stack"].as_str().unwrap().contains("   at "));
    body["error"]["stack"] = Value::Null;
    assert_eq!(
        body,
        json!({
            "error": { "message": message, "type": kind, "stack": null, "hresult": hresult },
            "status": 1,
            "statusCode": status
        })
    );
}

/// Asserts the 500 the portal gives where it dereferences a missing key.
fn assert_null_reference(reply: &Reply) {
    assert_exception(
        reply,
        500,
        "Object reference not set to an instance of an object.",
        "System.NullReferenceException",
        -2147467261,
    );
}

fn is_masked(key: &str) -> bool {
    key.len() == 10
        && key.starts_with("sk-***")
        && key[6..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

fn is_full_secret(key: &str) -> bool {
    key.len() == 67
        && key.starts_with("sk-")
        && key[3..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

fn date(text: &Value) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text.as_str().unwrap()).unwrap()
}

/// `yyyy-MM-ddTHH:mm:ss.fffffff` followed by `suffix`.
fn assert_api_date(text: &Value, suffix: &str) {
    let text = text.as_str().unwrap();
    assert_eq!(text.len(), 27 + suffix.len(), "{text}");
    assert!(text.ends_with(suffix), "{text}");
    assert_eq!(&text[19..20], ".", "{text}");
    assert!(text[20..27].chars().all(|c| c.is_ascii_digit()), "{text}");
}

/// Asserts the fields appear in this order in the raw JSON text.
fn assert_field_order(text: &str, fields: &[&str]) {
    let positions: Vec<usize> = fields
        .iter()
        .map(|field| {
            text.find(&format!("\"{field}\":"))
                .unwrap_or_else(|| panic!("{field} missing in {text}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "fields out of order in {text}"
    );
}

fn find<'a>(keys: &'a [Value], id: &str) -> Option<&'a Value> {
    keys.iter().find(|key| key["id"] == id)
}

// ---------------------------------------------------------------- envelope

#[tokio::test]
async fn the_permissions_catalogue_is_the_exact_list_in_an_exact_envelope() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json(),
        json!({
            "response": CATALOGUE,
            "count": 11,
            "links": [{ "href": h.url("/api/2.0/keys/permissions"), "action": "GET" }],
            "status": 0,
            "statusCode": 200
        })
    );
    assert_field_order(
        &reply.text(),
        &["response", "count", "links", "status", "statusCode"],
    );
    assert!(
        reply.headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
}

#[tokio::test]
async fn links_carry_the_full_request_url_with_its_query() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys?fields=id", Cred::Raw(&token)).await;
    let body = reply.json();
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys?fields=id"), "action": "GET" }])
    );
    assert_eq!(body["count"], 1, "the key list reports count 1 (§1.2)");
    assert_eq!(body["status"], 0);
    assert_eq!(body["statusCode"], 200);
}

#[tokio::test]
async fn unknown_paths_are_404_with_an_empty_body() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for path in [
        "/api/2.0/nothing",
        "/api/2.0/keys/a/b",
        "/",
        "/api/2.0/people",
    ] {
        h.get(path, Cred::Raw(&token)).await.assert_bare(404);
    }
    h.get("/api/2.0/nothing", Cred::Nothing)
        .await
        .assert_bare(404);
}

#[tokio::test]
async fn routes_match_ignoring_case_like_aspnet() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/API/2.0/Keys/Permissions/", Cred::Raw(&token)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json()["links"][0]["href"],
        h.url("/API/2.0/Keys/Permissions/")
    );
}

#[tokio::test]
async fn the_portal_listens_on_loopback_only() {
    let h = Harness::new().await;
    assert_eq!(
        h.portal.url(),
        format!("http://127.0.0.1:{}", h.portal.port())
    );
    assert_ne!(h.portal.port(), 0);
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let h = Harness::new().await;
    let url = h.url("/api/2.0/keys/permissions");
    h.portal.shutdown().await;
    assert!(h.http.get(url).send().await.is_err());
}

// ---------------------------------------------------------------- listing

#[tokio::test]
async fn the_owner_lists_every_key_masked_and_newest_first() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    assert!(keys.len() >= 12);
    assert_eq!(keys.len(), h.portal.keys().len());
    for key in &keys {
        let masked = key["key"].as_str().unwrap();
        assert!(is_masked(masked), "{masked}");
        assert_eq!(&masked[6..], key["keyPostfix"].as_str().unwrap());
        assert_api_date(&key["createOn"], "+03:00");
        assert!(key["isActive"].is_boolean());
        assert!(key["createBy"]["displayName"].is_string());
    }
    let created: Vec<_> = keys.iter().map(|key| date(&key["createOn"])).collect();
    assert!(created.windows(2).all(|pair| pair[0] >= pair[1]));
    let creators: Vec<_> = keys
        .iter()
        .map(|key| &key["createBy"]["displayName"])
        .collect();
    assert!(creators.contains(&&json!("Alex Smith")));
    assert!(
        creators.contains(&&json!("Dana Lee")),
        "the owner sees the user's keys"
    );
}

#[tokio::test]
async fn a_user_lists_only_their_own_keys() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    assert!(!keys.is_empty());
    let me = h
        .get("/api/2.0/people/@self", Cred::Raw(&token))
        .await
        .response();
    for key in &keys {
        assert_eq!(key["createBy"]["id"], me["id"]);
    }
    assert!(keys.iter().all(|key| key["createBy"]["id"] != OWNER_ID));
}

#[tokio::test]
async fn the_seed_has_expired_deactivated_unused_and_unrestricted_keys() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    let now = Utc::now();
    let expired = |key: &&Value| key.get("expiresAt").is_some_and(|at| date(at) < now);
    assert!(
        keys.iter()
            .filter(expired)
            .all(|key| key["isActive"] == false)
    );
    assert!(keys.iter().any(|key| expired(&key)));
    assert!(keys.iter().any(|key| key.get("lastUsed").is_none()));
    assert!(keys.iter().any(|key| key.get("expiresAt").is_none()));
    assert!(keys.iter().any(|key| key["permissions"] == json!([])));
    assert!(
        keys.iter()
            .any(|key| key["permissions"] == json!(["*:read"]))
    );
    let soon = now + TimeDelta::days(7);
    assert!(keys.iter().any(
        |key| key["isActive"] == true && key.get("expiresAt").is_some_and(|at| date(at) < soon)
    ));
}

#[tokio::test]
async fn keys_for_tests_are_masked_and_newest_first() {
    let h = Harness::new().await;
    let (id, _) = h.key_with(json!(null)).await;
    let keys = h.portal.keys();
    assert_eq!(keys[0].id, id);
    assert!(
        keys.iter()
            .all(|key| key.key.as_deref().is_some_and(is_masked))
    );
}

#[tokio::test]
async fn an_empty_portal_lists_nothing() {
    let h = Harness::with(DemoConfig {
        seed: false,
        ..DemoConfig::default()
    })
    .await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    assert_eq!(reply.json()["response"], json!([]));
    assert_eq!(reply.json()["count"], 1);
}

#[tokio::test]
async fn a_hundred_thousand_generated_keys_start_and_list() {
    let started = Instant::now();
    let h = Harness::with(DemoConfig {
        extra_keys: 100_000,
        ..DemoConfig::default()
    })
    .await;
    let start_time = started.elapsed();
    let token = h.sign_in(ADMIN_EMAIL).await;
    let listed = Instant::now();
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    let list_time = listed.elapsed();
    assert_eq!(reply.status, 200);
    // Only the names are read: a debug build takes seconds to turn 88 MB into `Value`s.
    #[derive(serde::Deserialize)]
    struct Named {
        name: String,
    }
    #[derive(serde::Deserialize)]
    struct Listing {
        response: Vec<Named>,
    }
    let keys = serde_json::from_slice::<Listing>(&reply.body)
        .unwrap()
        .response;
    assert!(keys.len() >= 100_000);
    assert!(keys.iter().any(|key| key.name == "Generated key 00042"));
    eprintln!("100 000 keys: started in {start_time:?}, listed in {list_time:?}");
}

#[tokio::test]
async fn extra_keys_are_capped_at_a_hundred_thousand() {
    let h = Harness::with(DemoConfig {
        extra_keys: 100_005,
        seed: false,
        ..DemoConfig::default()
    })
    .await;
    assert_eq!(h.portal.keys().len(), 100_000);
}

// ---------------------------------------------------------------- create

#[tokio::test]
async fn the_create_answer_shows_the_whole_secret_once() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let body = json!({
        "name": "Rust desktop client",
        "permissions": ["files:read", "files:write", "rooms:read"],
        "expiresInDays": 30
    });
    let reply = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    assert_eq!(reply.status, 200);
    let envelope = reply.json();
    assert_eq!(envelope["count"], 1);
    assert_eq!(
        envelope["links"],
        json!([{ "href": h.url("/api/2.0/keys"), "action": "POST" }])
    );
    let key = &envelope["response"];
    let secret = key["key"].as_str().unwrap();
    assert!(is_full_secret(secret), "{secret}");
    assert_eq!(key["keyPostfix"], secret[63..]);
    assert_eq!(key["name"], "Rust desktop client");
    assert_eq!(
        key["permissions"],
        json!(["files:read", "files:write", "rooms:read"])
    );
    assert!(key.get("lastUsed").is_none());
    assert_eq!(key["isActive"], true);
    assert_api_date(&key["createOn"], "+03:00");
    assert_api_date(&key["expiresAt"], "+03:00");
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(30)
    );
    assert!(
        (Utc::now() - date(&key["createOn"]).to_utc())
            .num_seconds()
            .abs()
            < 60
    );
    assert_field_order(
        &reply.text(),
        &[
            "id",
            "name",
            "key",
            "keyPostfix",
            "permissions",
            "createOn",
            "createBy",
            "expiresAt",
            "isActive",
        ],
    );
    let creator = &key["createBy"];
    assert_eq!(creator["id"], OWNER_ID);
    assert_eq!(creator["displayName"], "Alex Smith");
    assert_eq!(creator["hasAvatar"], false);
    assert_eq!(creator["isAnonim"], false);
    assert!(
        creator["profileUrl"]
            .as_str()
            .unwrap()
            .starts_with(&h.portal.url())
    );
    for avatar in [
        "avatar",
        "avatarOriginal",
        "avatarMax",
        "avatarMedium",
        "avatarSmall",
    ] {
        assert!(
            creator[avatar].as_str().unwrap().contains("?hash="),
            "{avatar}"
        );
    }

    let listed = h.list(Cred::Raw(&token)).await;
    let stored = find(&listed, key["id"].as_str().unwrap()).unwrap();
    assert_eq!(stored["key"], format!("sk-***{}", &secret[63..]));
    assert_eq!(listed[0]["id"], key["id"], "the newest key comes first");
}

#[tokio::test]
async fn a_key_without_expiry_or_permissions_is_unrestricted_forever() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(&token, json!({ "name": "Full access, never expires" }))
        .await;
    assert!(key.get("expiresAt").is_none());
    assert_eq!(key["permissions"], json!([]));
}

#[tokio::test]
async fn dates_follow_the_portal_time_zone() {
    let h = Harness::with(DemoConfig {
        time_zone: FixedOffset::east_opt(0).unwrap(),
        ..DemoConfig::default()
    })
    .await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(&token, json!({ "name": "utc", "expiresInDays": 1 }))
        .await;
    assert_api_date(&key["createOn"], "Z");
    assert_api_date(&key["expiresAt"], "Z");
}

#[tokio::test]
async fn empty_null_and_star_permission_lists_are_stored_as_empty() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for permissions in [
        json!([]),
        json!(null),
        json!(["*", "files:read"]),
        json!(["*"]),
    ] {
        let key = h
            .create(&token, json!({ "name": "x", "permissions": permissions }))
            .await;
        assert_eq!(key["permissions"], json!([]), "for {permissions}");
    }
}

#[tokio::test]
async fn property_names_are_matched_case_insensitively() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(
            &token,
            json!({ "NAME": "Shouting", "Permissions": ["rooms:read"], "EXPIRESINDAYS": 2 }),
        )
        .await;
    assert_eq!(key["name"], "Shouting");
    assert_eq!(key["permissions"], json!(["rooms:read"]));
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(2)
    );
}

#[tokio::test]
async fn names_are_stored_verbatim() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let name = "<script>alert('xss')</script>";
    let key = h.create(&token, json!({ "name": name })).await;
    assert_eq!(key["name"], name);
}

#[tokio::test]
async fn numeric_strings_are_accepted_as_days() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(
            &token,
            json!({ "name": "web client", "expiresInDays": "30" }),
        )
        .await;
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(30)
    );
    for days in [1, 365] {
        h.create(&token, json!({ "name": "edge", "expiresInDays": days }))
            .await;
    }
}

// ---------------------------------------------------------------- validation

#[tokio::test]
async fn a_missing_name_is_a_json_level_validation_error() {
    let h = Harness::new().await;
    let reply = h.refused_create(r#"{"expiresInDays": 30}"#).await;
    let body = reply.json();
    assert_eq!(
        body["response"]["errors"],
        json!({ "$": ["JSON deserialization for type 'ASC.People.ApiModels.RequestDto.CreateApiKeyRequestDto' was missing required properties including: 'name'."] })
    );
    assert_eq!(
        body["response"]["type"],
        "https://tools.ietf.org/html/rfc9110#section-15.5.1"
    );
    assert_eq!(
        body["response"]["title"],
        "One or more validation errors occurred."
    );
    assert_eq!(body["response"]["status"], 400);
    assert!(
        body["response"]["traceId"]
            .as_str()
            .unwrap()
            .starts_with("00-")
    );
    assert_eq!(body["count"], 1);
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys"), "action": "POST" }])
    );
    assert_eq!(body["status"], 1);
    assert_eq!(body["statusCode"], 400);
    assert!(body.get("error").is_none());
    assert_field_order(
        &reply.text(),
        &[
            "response",
            "type",
            "title",
            "errors",
            "traceId",
            "count",
            "links",
            "statusCode",
        ],
    );
}

#[tokio::test]
async fn empty_blank_and_null_names_are_required_errors() {
    let h = Harness::new().await;
    for body in [r#"{"name": ""}"#, r#"{"name": "   "}"#, r#"{"name": null}"#] {
        let reply = h.refused_create(body).await;
        assert_eq!(
            validation_errors(&reply, "Name"),
            ["The Name field is required."],
            "for {body}"
        );
    }
}

#[tokio::test]
async fn thirty_characters_are_accepted_and_thirty_one_are_not() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let thirty = "a".repeat(30);
    h.create(&token, json!({ "name": thirty })).await;
    let accents = "é".repeat(30);
    h.create(&token, json!({ "name": accents })).await;
    let reply = h
        .refused_create(&json!({ "name": "a".repeat(31) }).to_string())
        .await;
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
}

#[tokio::test]
async fn names_are_measured_in_utf16_code_units_like_dotnet() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    // Each emoji is two UTF-16 code units: 15 fit, 16 do not.
    h.create(&token, json!({ "name": "🔑".repeat(15) })).await;
    let reply = h
        .refused_create(&json!({ "name": "🔑".repeat(16) }).to_string())
        .await;
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
}

#[tokio::test]
async fn days_outside_1_to_365_are_rejected() {
    let h = Harness::new().await;
    for days in ["0", "366", "-1", "\"0\""] {
        let reply = h
            .refused_create(&format!(r#"{{"name": "x", "expiresInDays": {days}}}"#))
            .await;
        assert_eq!(
            validation_errors(&reply, "ExpiresInDays"),
            ["Incorrect number of days. Value must be between 1 and 365"],
            "for {days}"
        );
    }
}

#[tokio::test]
async fn name_and_days_errors_are_reported_together() {
    let h = Harness::new().await;
    let reply = h
        .refused_create(r#"{"name": "", "expiresInDays": 400}"#)
        .await;
    let errors = &reply.json()["response"]["errors"];
    assert_eq!(errors.as_object().unwrap().len(), 2);
}

#[tokio::test]
async fn days_that_are_not_a_number_are_a_conversion_error() {
    let h = Harness::new().await;
    for days in [r#""soon""#, "1.5", "true", "[1]"] {
        let reply = h
            .refused_create(&format!(r#"{{"name": "x", "expiresInDays": {days}}}"#))
            .await;
        let messages = validation_errors(&reply, "$.expiresInDays");
        assert!(
            messages[0].starts_with(
                "The JSON value could not be converted to System.Nullable`1[System.Int32]."
            ),
            "{messages:?}"
        );
    }
}

#[tokio::test]
async fn malformed_json_is_a_validation_error_at_the_root() {
    let h = Harness::new().await;
    for body in [r#"{"name": "x""#, "not json", r#"["name"]"#] {
        let reply = h.refused_create(body).await;
        assert_eq!(validation_errors(&reply, "$").len(), 1, "for {body}");
    }
}

#[tokio::test]
async fn unknown_permissions_are_an_argument_exception() {
    let h = Harness::new().await;
    for permissions in [
        r#"["files:delete"]"#,
        r#"["Files:read"]"#,
        r#"["files:read", "contacts:read"]"#,
    ] {
        let token = h.sign_in(ADMIN_EMAIL).await;
        let reply = h
            .send_text(
                "POST",
                "/api/2.0/keys",
                Cred::Raw(&token),
                Some(&format!(r#"{{"name": "x", "permissions": {permissions}}}"#)),
            )
            .await;
        assert_eq!(reply.status, 400);
        let body = reply.json();
        assert_eq!(body["error"]["message"], "Permissions are not valid.");
        assert_eq!(body["error"]["type"], "System.ArgumentException");
        assert!(body["error"]["stack"].as_str().unwrap().contains("   at "));
        assert_eq!(body["error"]["hresult"], -2147024809_i64);
        assert_eq!(body["status"], 1);
        assert_eq!(body["statusCode"], 400);
        assert!(body.get("response").is_none());
        assert!(body.get("links").is_none());
    }
    assert_eq!(
        h.portal.keys().iter().filter(|key| key.name == "x").count(),
        0
    );
}

// ---------------------------------------------------------------- update

async fn user_key(h: &Harness, user_token: &str) -> String {
    let key = h
        .create(
            user_token,
            json!({ "name": "Mine", "permissions": ["files:read"], "expiresInDays": 10 }),
        )
        .await;
    key["id"].as_str().unwrap().to_owned()
}

async fn put(h: &Harness, token: &str, id: &str, body: Value) -> Reply {
    h.send(
        "PUT",
        &format!("/api/2.0/keys/{id}"),
        Cred::Raw(token),
        Some(&body),
    )
    .await
}

#[tokio::test]
async fn update_answers_true_with_the_key_in_the_link() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let reply = put(&h, &token, &id, json!({ "isActive": false })).await;
    assert_eq!(
        reply.json(),
        json!({
            "response": true,
            "count": 1,
            "links": [{ "href": h.url(&format!("/api/2.0/keys/{id}")), "action": "PUT" }],
            "status": 0,
            "statusCode": 200
        })
    );
    let listed = h.list(Cred::Raw(&token)).await;
    assert_eq!(find(&listed, &id).unwrap()["isActive"], false);
}

#[tokio::test]
async fn update_renames_and_replaces_permissions() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let body = json!({ "name": "Renamed key", "permissions": ["files:read", "rooms:read"] });
    assert_eq!(put(&h, &token, &id, body).await.response(), true);
    let listed = h.list(Cred::Raw(&token)).await;
    let key = find(&listed, &id).unwrap();
    assert_eq!(key["name"], "Renamed key");
    assert_eq!(key["permissions"], json!(["files:read", "rooms:read"]));
    let mixed = json!({ "permissions": ["*", "files:read"] });
    assert_eq!(put(&h, &token, &id, mixed).await.response(), true);
    let listed = h.list(Cred::Raw(&token)).await;
    assert_eq!(
        find(&listed, &id).unwrap()["permissions"],
        json!(["*", "files:read"])
    );
}

#[tokio::test]
async fn null_and_empty_fields_leave_the_key_unchanged() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let before = find(&h.list(Cred::Raw(&token)).await, &id).unwrap().clone();
    for body in [
        json!({}),
        json!({ "name": null, "permissions": null, "isActive": null }),
        json!({ "name": "", "permissions": [] }),
    ] {
        assert_eq!(put(&h, &token, &id, body).await.response(), true);
    }
    let after = find(&h.list(Cred::Raw(&token)).await, &id).unwrap().clone();
    assert_eq!(before, after);
}

#[tokio::test]
async fn updating_to_star_drops_permissions_from_answers() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let body = json!({ "name": "Make it unrestricted", "permissions": ["*"] });
    assert_eq!(put(&h, &token, &id, body).await.response(), true);
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    let listed = reply.response();
    let key = find(listed.as_array().unwrap(), &id).unwrap();
    assert!(key.get("permissions").is_none(), "{key}");
    assert_eq!(key["name"], "Make it unrestricted");
}

#[tokio::test]
async fn update_rejects_long_names_and_unknown_permissions() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let reply = put(&h, &token, &id, json!({ "name": "b".repeat(31) })).await;
    assert_eq!(reply.status, 400);
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
    let reply = put(
        &h,
        &token,
        &id,
        json!({ "permissions": ["files:read", "nope"] }),
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json()["error"]["message"],
        "Permissions are not valid."
    );
    let reply = put(&h, &token, &id, json!({ "isActive": "no" })).await;
    assert_eq!(reply.status, 400);
    assert_eq!(validation_errors(&reply, "$.isActive").len(), 1);
}

#[tokio::test]
async fn a_user_cannot_change_or_delete_someone_elses_key() {
    let h = Harness::new().await;
    let (id, _) = h.key_with(json!(["*:read"])).await;
    let user = h.sign_in(USER_EMAIL).await;
    let reply = put(&h, &user, &id, json!({ "isActive": false })).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.response(), false);
    let reply = h
        .delete(&format!("/api/2.0/keys/{id}"), Cred::Raw(&user))
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.response(), false);
    let key = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert!(key.is_active);
}

#[tokio::test]
async fn the_owner_can_change_and_delete_a_users_key() {
    let h = Harness::new().await;
    let user = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &user).await;
    let owner = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(
        put(&h, &owner, &id, json!({ "name": "Checked" }))
            .await
            .response(),
        true
    );
    let reply = h
        .delete(&format!("/api/2.0/keys/{id}"), Cred::Raw(&owner))
        .await;
    assert_eq!(reply.response(), true);
    assert!(find(&h.list(Cred::Raw(&user)).await, &id).is_none());
}

#[tokio::test]
async fn an_unknown_key_id_is_a_null_reference_500() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let path = "/api/2.0/keys/0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21";
    for reply in [
        h.send(
            "PUT",
            path,
            Cred::Raw(&token),
            Some(&json!({ "isActive": true })),
        )
        .await,
        h.delete(path, Cred::Raw(&token)).await,
    ] {
        assert_null_reference(&reply);
    }
}

#[tokio::test]
async fn a_key_id_that_is_not_a_guid_matches_no_route() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h
        .send(
            "PUT",
            "/api/2.0/keys/42",
            Cred::Raw(&token),
            Some(&json!({})),
        )
        .await;
    reply.assert_bare(404);
    h.delete("/api/2.0/keys/not-a-guid", Cred::Raw(&token))
        .await
        .assert_bare(404);
}

// ---------------------------------------------------------------- delete

#[tokio::test]
async fn delete_removes_a_key_for_good() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let path = format!("/api/2.0/keys/{id}");
    let reply = h.delete(&path, Cred::Raw(&token)).await;
    assert_eq!(
        reply.json(),
        json!({
            "response": true,
            "count": 1,
            "links": [{ "href": h.url(&path), "action": "DELETE" }],
            "status": 0,
            "statusCode": 200
        })
    );
    assert!(find(&h.list(Cred::Raw(&token)).await, &id).is_none());
    h.get("/api/2.0/keys", Cred::Bearer(&secret))
        .await
        .assert_bare(401);
    let again = h.delete(&path, Cred::Raw(&token)).await;
    assert_eq!(again.status, 500, "delete is not idempotent (§1.6)");
}

// ---------------------------------------------------------------- authentication

#[tokio::test]
async fn a_login_token_works_raw_with_bearer_and_as_a_cookie() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for cred in [
        Cred::Raw(&token),
        Cred::Bearer(&token),
        Cred::Cookie(&token),
    ] {
        assert_eq!(h.get("/api/2.0/keys", cred).await.status, 200);
    }
}

#[tokio::test]
async fn without_credentials_every_key_route_is_401_with_an_empty_body() {
    let h = Harness::new().await;
    let id = "/api/2.0/keys/0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21";
    for (method, path) in [
        ("GET", "/api/2.0/keys"),
        ("POST", "/api/2.0/keys"),
        ("GET", "/api/2.0/keys/permissions"),
        ("GET", "/api/2.0/keys/@self"),
        ("GET", "/api/2.0/people/@self"),
        ("PUT", id),
        ("DELETE", id),
    ] {
        h.send(method, path, Cred::Nothing, Some(&json!({})))
            .await
            .assert_bare(401);
    }
    h.get("/api/2.0/keys", Cred::Raw("made-up-token"))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Cookie("made-up-token"))
        .await
        .assert_bare(401);
}

#[tokio::test]
async fn the_cookie_wins_over_the_authorization_header() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let reply = h
        .http
        .get(h.url("/api/2.0/people/@self"))
        .header(AUTHORIZATION, "not-a-token")
        .header(COOKIE, format!("theme=dark; asc_auth_key={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
    let body: Value = reply.json().await.unwrap();
    assert_eq!(body["response"]["email"], USER_EMAIL);
}

#[tokio::test]
async fn basic_authentication_is_refused() {
    let h = Harness::new().await;
    h.get(
        "/api/2.0/keys",
        Cred::Raw("Basic YWRtaW5AZXhhbXBsZS5jb206ZGVtbw=="),
    )
    .await
    .assert_bare(401);
}

#[tokio::test]
async fn an_api_key_works_only_after_bearer() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(null)).await;
    assert_eq!(
        h.get("/api/2.0/keys", Cred::Bearer(&secret)).await.status,
        200
    );
    h.get("/api/2.0/keys", Cred::Raw(&secret))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Raw(&format!("bearer {secret}")))
        .await
        .assert_bare(401);
    let wrong = format!("sk-{}", "0".repeat(64));
    h.get("/api/2.0/keys", Cred::Bearer(&wrong))
        .await
        .assert_bare(401);
}

#[tokio::test]
async fn a_key_acts_as_its_creator() {
    let h = Harness::new().await;
    let user = h.sign_in(USER_EMAIL).await;
    let key = h.create(&user, json!({ "name": "User's own" })).await;
    let secret = key["key"].as_str().unwrap();
    let by_token = h.list(Cred::Raw(&user)).await;
    let by_key = h.list(Cred::Bearer(secret)).await;
    let ids = |keys: &[Value]| keys.iter().map(|k| k["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&by_token), ids(&by_key));
    let created = h
        .post(
            "/api/2.0/keys",
            Cred::Bearer(secret),
            &json!({ "name": "via key" }),
        )
        .await;
    assert_eq!(created.response()["createBy"]["displayName"], "Dana Lee");
}

#[tokio::test]
async fn a_deactivated_key_is_401_with_an_empty_body() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    put(&h, &token, &id, json!({ "isActive": false })).await;
    h.get("/api/2.0/keys/@self", Cred::Bearer(&secret))
        .await
        .assert_bare(401);
    put(&h, &token, &id, json!({ "isActive": true })).await;
    assert_eq!(
        h.get("/api/2.0/keys/@self", Cred::Bearer(&secret))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn an_area_scoped_key_cannot_manage_keys() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["files:read"])).await;
    let key = Cred::Bearer(&secret);
    h.get("/api/2.0/keys", key).await.assert_bare(403);
    h.get("/api/2.0/keys/permissions", key)
        .await
        .assert_bare(403);
    h.post("/api/2.0/keys", key, &json!({ "name": "x" }))
        .await
        .assert_bare(403);
    let path = format!("/api/2.0/keys/{id}");
    h.send("PUT", &path, key, Some(&json!({})))
        .await
        .assert_bare(403);
    h.delete(&path, key).await.assert_bare(403);
    assert_eq!(h.get("/api/2.0/keys/@self", key).await.status, 200);
}

#[tokio::test]
async fn a_read_only_key_can_list_but_not_write() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["*:read"])).await;
    let key = Cred::Bearer(&secret);
    assert_eq!(h.get("/api/2.0/keys", key).await.status, 200);
    assert_eq!(h.get("/api/2.0/keys/permissions", key).await.status, 200);
    h.post("/api/2.0/keys", key, &json!({ "name": "x" }))
        .await
        .assert_bare(403);
    let path = format!("/api/2.0/keys/{id}");
    h.send("PUT", &path, key, Some(&json!({ "isActive": false })))
        .await
        .assert_bare(403);
    h.delete(&path, key).await.assert_bare(403);
}

#[tokio::test]
async fn write_and_unrestricted_keys_can_create_keys() {
    let h = Harness::new().await;
    for permissions in [json!(["*:write"]), json!(null)] {
        let (_, secret) = h.key_with(permissions).await;
        let reply = h
            .post(
                "/api/2.0/keys",
                Cred::Bearer(&secret),
                &json!({ "name": "child" }),
            )
            .await;
        assert_eq!(reply.status, 200);
    }
}

#[tokio::test]
async fn self_with_a_key_answers_that_key_masked() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let reply = h.get("/api/2.0/keys/@self", Cred::Bearer(&secret)).await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["count"], 1);
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys/@self"), "action": "GET" }])
    );
    let key = &body["response"];
    assert_eq!(key["id"], id);
    assert!(is_masked(key["key"].as_str().unwrap()));
    assert_eq!(key["keyPostfix"], secret[63..]);
    assert_eq!(key["permissions"], json!([]));
    assert_eq!(key["isActive"], true);
    assert_api_date(&key["lastUsed"], "+03:00");
}

#[tokio::test]
async fn self_with_only_a_cookie_is_an_argument_out_of_range_400() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys/@self", Cred::Cookie(&token)).await;
    assert_eq!(reply.status, 400);
    let body = reply.json();
    assert_eq!(body["error"]["type"], "System.ArgumentOutOfRangeException");
    assert_eq!(body["status"], 1);
    assert_eq!(body["statusCode"], 400);
}

#[tokio::test]
async fn self_with_a_login_token_header_is_a_null_reference_500() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for cred in [Cred::Raw(&token), Cred::Bearer(&token)] {
        let reply = h.get("/api/2.0/keys/@self", cred).await;
        assert_null_reference(&reply);
    }
}

#[tokio::test]
async fn people_self_needs_an_account_or_global_scope() {
    let h = Harness::new().await;
    for (permissions, status) in [
        (json!(["files:read"]), 403),
        (json!(["rooms:read", "accounts:read"]), 403),
        (json!(["accounts.self:read"]), 200),
        (json!(["accounts.self:write"]), 200),
        (json!(["*:read"]), 200),
        (json!(["*:write"]), 200),
        (json!(null), 200),
    ] {
        let (_, secret) = h.key_with(permissions.clone()).await;
        let reply = h.get("/api/2.0/people/@self", Cred::Bearer(&secret)).await;
        assert_eq!(reply.status, status, "for {permissions}");
        if status == 403 {
            reply.assert_bare(403);
        }
    }
}

#[tokio::test]
async fn people_self_describes_each_account() {
    let h = Harness::new().await;
    for (email, name, owner, admin, collaborator) in [
        (ADMIN_EMAIL, "Alex Smith", true, true, false),
        (USER_EMAIL, "Dana Lee", false, false, true),
    ] {
        let token = h.sign_in(email).await;
        let reply = h.get("/api/2.0/people/@self", Cred::Raw(&token)).await;
        let me = reply.response();
        assert_eq!(me["displayName"], name);
        assert_eq!(me["email"], email);
        assert_eq!(me["isOwner"], owner);
        assert_eq!(me["isAdmin"], admin);
        assert_eq!(me["isCollaborator"], collaborator);
        assert_eq!(me["isVisitor"], false);
        assert_eq!(me["isRoomAdmin"], false);
        assert_eq!(me["status"], 1);
        assert!(me["id"].as_str().unwrap().len() == 36);
        assert!(me["avatar"].as_str().unwrap().starts_with('/'));
        assert!(me["firstName"].is_string() && me["lastName"].is_string());
        assert!(me["userName"].is_string());
    }
}

#[tokio::test]
async fn last_used_is_set_by_every_request_made_with_the_key() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["files:read"])).await;
    let unused = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert_eq!(unused.last_used, None);
    // Refused for scope, but the key was still used to authenticate.
    h.get("/api/2.0/keys", Cred::Bearer(&secret))
        .await
        .assert_bare(403);
    let used = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    let last_used = DateTime::parse_from_rfc3339(&used.last_used.unwrap()).unwrap();
    assert!((Utc::now() - last_used.to_utc()).num_seconds().abs() < 60);
}

// ---------------------------------------------------------------- signing in

#[tokio::test]
async fn signing_in_answers_a_token_with_a_utc_expiry() {
    let h = Harness::new().await;
    let body = json!({ "userName": ADMIN_EMAIL, "password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    assert_eq!(reply.status, 200);
    let envelope = reply.json();
    assert_eq!(
        envelope["links"],
        json!([{ "href": h.url("/api/2.0/authentication"), "action": "POST" }])
    );
    let answer = &envelope["response"];
    let token = answer["token"].as_str().unwrap();
    assert!(token.len() >= 32 && !token.starts_with("sk-"));
    assert_api_date(&answer["expires"], "Z");
    let days = (date(&answer["expires"]).to_utc() - Utc::now()).num_hours();
    assert!((29 * 24..=30 * 24).contains(&days), "{days} hours");
    assert_eq!(answer["sms"], false);
    assert_eq!(answer["tfa"], false);
    assert_eq!(answer.as_object().unwrap().len(), 4);
    assert_field_order(&reply.text(), &["token", "expires", "sms", "tfa"]);
}

#[tokio::test]
async fn every_sign_in_failure_is_a_401_user_authentication_failed() {
    let h = Harness::new().await;
    for body in [
        json!({ "userName": ADMIN_EMAIL, "password": "wrong" }),
        json!({ "userName": "nobody@example.com", "password": DEMO_PASSWORD }),
        json!({ "password": DEMO_PASSWORD }),
        json!({ "userName": ADMIN_EMAIL, "passwordHash": "abc" }),
    ] {
        let reply = h.authenticate(&body).await;
        assert_eq!(reply.status, 401, "for {body}");
        assert_eq!(
            reply.json(),
            json!({
                "error": { "message": "User authentication failed", "type": null, "stack": null, "hresult": 0 },
                "status": 1,
                "statusCode": 401
            })
        );
    }
}

#[tokio::test]
async fn sign_in_accepts_any_letter_case_in_names_and_email() {
    let h = Harness::new().await;
    let body = json!({ "USERNAME": "Admin@Example.com", "Password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    assert_eq!(reply.status, 200);
}

#[tokio::test]
async fn two_factor_sign_in_takes_two_steps() {
    let h = Harness::new().await;
    let body = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD });
    let first = h.authenticate(&body).await;
    assert_eq!(first.status, 200);
    let answer = first.response();
    assert!(answer.get("token").is_none());
    let confirm = answer["confirmUrl"].as_str().unwrap().to_owned();
    assert!(
        confirm.starts_with(&format!("{}/wizard/tfa?", h.portal.url())),
        "{confirm}"
    );
    assert_eq!(
        answer,
        json!({ "expires": "0001-01-01T00:00:00", "sms": false, "tfa": true, "confirmUrl": confirm })
    );

    let wrong = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD, "code": "000000" });
    let reply = h
        .post("/api/2.0/authentication/000000", Cred::Nothing, &wrong)
        .await;
    assert_eq!(reply.status, 401);
    let error = reply.json();
    assert!(error["error"]["message"].as_str().unwrap().len() > 5);
    assert_eq!(error["error"]["type"], Value::Null);

    let right = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD, "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &right,
        )
        .await;
    assert_eq!(reply.status, 200);
    let answer = reply.response();
    assert_eq!(answer["tfa"], true);
    assert_eq!(answer["sms"], false);
    assert_api_date(&answer["expires"], "Z");
    let token = answer["token"].as_str().unwrap();
    let me = h
        .get("/api/2.0/people/@self", Cred::Raw(token))
        .await
        .response();
    assert_eq!(me["displayName"], "Sam Rivera");
}

#[tokio::test]
async fn the_second_step_still_checks_the_password() {
    let h = Harness::new().await;
    let body = json!({ "userName": TFA_EMAIL, "password": "guess", "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &body,
        )
        .await;
    assert_eq!(reply.status, 401);
}

#[tokio::test]
async fn the_authentication_check_tells_whether_credentials_are_valid() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let (_, secret) = h.key_with(json!(["*:read"])).await;
    for (cred, valid) in [
        (Cred::Nothing, false),
        (Cred::Raw("nonsense"), false),
        (Cred::Raw(&token), true),
        (Cred::Cookie(&token), true),
        (Cred::Bearer(&secret), true),
    ] {
        let reply = h.get("/api/2.0/authentication", cred).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.json()["response"], valid);
        assert_eq!(reply.json()["count"], 1);
    }
}

#[tokio::test]
async fn a_key_without_a_global_scope_may_not_even_ask_whether_it_is_valid() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(["files:read"])).await;
    h.get("/api/2.0/authentication", Cred::Bearer(&secret))
        .await
        .assert_bare(403);
}

#[tokio::test]
async fn signing_in_sets_the_auth_cookie() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    let token = reply.response()["token"].as_str().unwrap().to_owned();
    let cookie = reply.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with(&format!("asc_auth_key={token};")),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_session_sign_in_gives_no_expiry() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD, "session": true });
    let reply = h.authenticate(&body).await;
    let answer = reply.response();
    assert_eq!(answer["expires"], "0001-01-01T00:00:00");
    let token = answer["token"].as_str().unwrap();
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(token)).await.status, 200);
}

#[tokio::test]
async fn a_code_step_for_an_account_without_two_factor_is_access_denied() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD, "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &body,
        )
        .await;
    assert_eq!(reply.status, 403);
    assert_eq!(reply.json()["error"]["message"], "Access denied");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let other = h.sign_in(USER_EMAIL).await;
    let reply = h
        .send(
            "POST",
            "/api/2.0/authentication/logout",
            Cred::Raw(&token),
            None,
        )
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["status"], 0);
    h.get("/api/2.0/keys", Cred::Raw(&token))
        .await
        .assert_bare(401);
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&other)).await.status, 200);
}

#[tokio::test]
async fn ending_sessions_makes_every_login_token_401_but_keeps_keys() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    h.portal.end_sessions();
    h.get("/api/2.0/keys", Cred::Raw(&token))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Cookie(&token))
        .await
        .assert_bare(401);
    assert_eq!(
        h.get("/api/2.0/keys", Cred::Bearer(&secret)).await.status,
        200
    );
}

// ---------------------------------------------------------------- faults

#[tokio::test]
async fn latency_delays_answers_that_still_arrive() {
    let h = Harness::new().await;
    h.portal.faults().set_latency(Duration::from_millis(50));
    let token = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&token)).await.status, 200);
}

#[tokio::test]
async fn the_502_fault_is_an_nginx_html_page() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::Html502);
    let reply = h.get("/api/2.0/keys/permissions", Cred::Nothing).await;
    assert_eq!(reply.status, 502);
    assert!(
        reply.headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(reply.text().contains("<center>nginx</center>"));
}

#[tokio::test]
async fn the_truncated_fault_cuts_the_real_answer_in_half() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let whole = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    h.portal.faults().push(Fault::Truncated);
    let cut = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!(cut.status, 200);
    assert_eq!(cut.body.len(), whole.body.len() / 2);
    assert_eq!(
        cut.headers[CONTENT_LENGTH],
        cut.body.len().to_string().as_str()
    );
    assert!(whole.body.starts_with(&cut.body));
    assert!(serde_json::from_slice::<Value>(&cut.body).is_err());
}

#[tokio::test]
async fn the_429_fault_has_retry_after_and_no_body() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::TooManyRequests {
        retry_after_secs: 42,
    });
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    reply.assert_bare(429);
    assert_eq!(reply.headers[RETRY_AFTER], "42");
}

#[tokio::test]
async fn the_server_error_fault_is_an_error_api_response() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::ServerError);
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    assert_exception(
        &reply,
        500,
        "Internal server error",
        "System.Exception",
        -2146233088,
    );
}

#[tokio::test]
async fn faults_hit_one_request_each_in_order_and_replace_the_real_work() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let before = h.portal.keys().len();
    let faults = h.portal.faults();
    faults.push(Fault::ServerError);
    faults.push(Fault::Html502);
    let body = json!({ "name": "never created" });
    let first = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    let second = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    let third = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!((first.status, second.status, third.status), (500, 502, 200));
    assert_eq!(h.portal.keys().len(), before);
}

#[tokio::test]
async fn clearing_faults_drops_the_queue() {
    let h = Harness::new().await;
    let faults = h.portal.faults();
    faults.push(Fault::ServerError);
    faults.set_latency(Duration::from_millis(20));
    faults.clear();
    let token = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&token)).await.status, 200);
}
