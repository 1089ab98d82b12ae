//! What the demo portal tests share: a portal on 127.0.0.1 with an HTTP client
//! that authenticates the ways DocSpace accepts, the answer it gets, and checks
//! for the envelope, errors, dates and masked or full keys.

use chrono::{DateTime, FixedOffset};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, HeaderMap};
use serde_json::{Value, json};

pub const CATALOGUE: [&str; 11] = [
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
pub const OWNER_ID: &str = "66faa6e4-f133-11ea-b126-00ffeec8b4ef";
pub const NAME_TOO_LONG: &str = "Incorrect name. Length must be less than 30";

/// How a request authenticates.
#[derive(Clone, Copy)]
pub enum Cred<'a> {
    Nothing,
    /// `Authorization: <value>` exactly as given.
    Raw(&'a str),
    /// `Authorization: Bearer <value>`.
    Bearer(&'a str),
    /// Cookie `asc_auth_key=<value>` and no `Authorization`.
    Cookie(&'a str),
}

pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|err| {
            panic!("not JSON ({err}): {}", String::from_utf8_lossy(&self.body))
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn response(&self) -> Value {
        self.json()["response"].clone()
    }

    /// Asserts an empty-bodied answer with this status.
    pub fn assert_bare(&self, status: u16) {
        assert_eq!(self.status, status, "body: {}", self.text());
        assert!(
            self.body.is_empty(),
            "expected no body, got {}",
            self.text()
        );
    }
}

pub struct Harness {
    pub portal: DemoPortal,
    pub http: reqwest::Client,
}

impl Harness {
    pub async fn new() -> Self {
        Self::with(DemoConfig::default()).await
    }

    pub async fn with(config: DemoConfig) -> Self {
        let portal = DemoPortal::start(config).await.unwrap();
        docspace_keys::api::install_tls_provider();
        let http = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self { portal, http }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.portal.url())
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        cred: Cred<'_>,
        body: Option<&Value>,
    ) -> Reply {
        let body = body.map(Value::to_string);
        self.send_text(method, path, cred, body.as_deref()).await
    }

    pub async fn send_text(
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

    pub async fn get(&self, path: &str, cred: Cred<'_>) -> Reply {
        self.send("GET", path, cred, None).await
    }

    pub async fn post(&self, path: &str, cred: Cred<'_>, body: &Value) -> Reply {
        self.send("POST", path, cred, Some(body)).await
    }

    pub async fn delete(&self, path: &str, cred: Cred<'_>) -> Reply {
        self.send("DELETE", path, cred, None).await
    }

    /// `POST /api/2.0/authentication` without credentials.
    pub async fn authenticate(&self, body: &Value) -> Reply {
        self.post("/api/2.0/authentication", Cred::Nothing, body)
            .await
    }

    /// Signs in with the demo password; returns the login token.
    pub async fn sign_in(&self, email: &str) -> String {
        let body = json!({ "userName": email, "password": DEMO_PASSWORD });
        let reply = self.authenticate(&body).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response()["token"].as_str().unwrap().to_owned()
    }

    /// Creates a key as the holder of `token`; returns the create answer's payload.
    pub async fn create(&self, token: &str, body: Value) -> Value {
        let reply = self.post("/api/2.0/keys", Cred::Raw(token), &body).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response()
    }

    /// A fresh key with these scopes, created by the owner; returns (id, secret).
    pub async fn key_with(&self, permissions: Value) -> (String, String) {
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

    pub async fn list(&self, cred: Cred<'_>) -> Vec<Value> {
        let reply = self.get("/api/2.0/keys", cred).await;
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.response().as_array().unwrap().clone()
    }

    /// Sends a create body as the owner and returns the refusal.
    pub async fn refused_create(&self, body: &str) -> Reply {
        let token = self.sign_in(ADMIN_EMAIL).await;
        let reply = self
            .send_text("POST", "/api/2.0/keys", Cred::Raw(&token), Some(body))
            .await;
        assert_eq!(reply.status, 400, "{}", reply.text());
        reply
    }
}

/// The messages under `errors[key]` of a validation answer.
pub fn validation_errors(reply: &Reply, key: &str) -> Vec<String> {
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
pub fn assert_exception(reply: &Reply, status: u16, message: &str, kind: &str, hresult: i64) {
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
pub fn assert_null_reference(reply: &Reply) {
    assert_exception(
        reply,
        500,
        "Object reference not set to an instance of an object.",
        "System.NullReferenceException",
        -2147467261,
    );
}

pub fn is_masked(key: &str) -> bool {
    key.len() == 10
        && key.starts_with("sk-***")
        && key[6..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

pub fn is_full_secret(key: &str) -> bool {
    key.len() == 67
        && key.starts_with("sk-")
        && key[3..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

pub fn date(text: &Value) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text.as_str().unwrap()).unwrap()
}

/// `yyyy-MM-ddTHH:mm:ss.fffffff` followed by `suffix`.
pub fn assert_api_date(text: &Value, suffix: &str) {
    let text = text.as_str().unwrap();
    assert_eq!(text.len(), 27 + suffix.len(), "{text}");
    assert!(text.ends_with(suffix), "{text}");
    assert_eq!(&text[19..20], ".", "{text}");
    assert!(text[20..27].chars().all(|c| c.is_ascii_digit()), "{text}");
}

/// Asserts the fields appear in this order in the raw JSON text.
pub fn assert_field_order(text: &str, fields: &[&str]) {
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

pub fn find<'a>(keys: &'a [Value], id: &str) -> Option<&'a Value> {
    keys.iter().find(|key| key["id"] == id)
}

/// `PUT /api/2.0/keys/{id}` with this body, as the holder of `token`.
pub async fn put(h: &Harness, token: &str, id: &str, body: Value) -> Reply {
    h.send(
        "PUT",
        &format!("/api/2.0/keys/{id}"),
        Cred::Raw(token),
        Some(&body),
    )
    .await
}
