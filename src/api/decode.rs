//! Turning an HTTP answer into a payload or an [`ApiError`] (§2 of the reference).
//!
//! Pure: it sees the status, a couple of headers and the body bytes, so every
//! shape in the reference can be tested without a network.

mod arriving;

use std::fmt;
use std::time::Duration;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::convert::key_from_dto;
use super::error::{ApiError, Refusal};
use super::wire::{ApiKeyDto, Envelope, ErrorBody, Link, ValidationProblem};
use crate::domain::ApiKey;

pub use arriving::ArrivingKeys;

/// The parts of an HTTP answer the decoder looks at.
///
/// `Debug` gives the body's length only: it may hold a token or a new key.
#[derive(Clone, Copy)]
pub struct RawAnswer<'a> {
    pub status: u16,
    pub retry_after: Option<&'a str>,
    pub body: &'a [u8],
    /// The portal's host, for messages.
    pub host: &'a str,
}

impl fmt::Debug for RawAnswer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawAnswer")
            .field("status", &self.status)
            .field("retry_after", &self.retry_after)
            .field(
                "body",
                &format_args!("[REDACTED, {} bytes]", self.body.len()),
            )
            .field("host", &self.host)
            .finish()
    }
}

/// Decodes an answer into the envelope's `response` payload.
pub fn decode_payload(answer: RawAnswer<'_>) -> Result<Value, ApiError> {
    let envelope = parse_envelope(answer.body);
    if !(200..300).contains(&answer.status) {
        return Err(error_for_status(answer, envelope.ok().as_ref()));
    }
    let envelope = envelope.map_err(|detail| ApiError::NotDocSpace {
        host: answer.host.to_owned(),
        detail,
    })?;
    if envelope.status != 0 || envelope.error.is_some() {
        // A 2xx with status 1 does not happen on a healthy server; treat it like its statusCode.
        let status = envelope
            .status_code
            .filter(|code| *code >= 400)
            .unwrap_or(400);
        return Err(error_for_status(
            RawAnswer { status, ..answer },
            Some(&envelope),
        ));
    }
    Ok(envelope.response.unwrap_or(Value::Null))
}

/// Decodes an answer and then its payload into `T`.
///
/// A success is decoded in one pass, straight from the body into the envelope and `T`; only
/// when that fails (or the answer is not a plain success) is the body read again, into
/// `serde_json::Value`s, to find out why and to say so as before.
pub fn decode<T: DeserializeOwned>(answer: RawAnswer<'_>) -> Result<T, ApiError> {
    if (200..300).contains(&answer.status)
        && let Some(payload) = decode_success(answer.body)
    {
        return Ok(payload);
    }
    decode_through_values(answer)
}

/// Decodes an answer the slow way: the body into a `Value`, the envelope, then `T`. Every
/// failure is worded here. Public for the decoding benchmark, which compares both ways.
#[doc(hidden)]
pub fn decode_through_values<T: DeserializeOwned>(answer: RawAnswer<'_>) -> Result<T, ApiError> {
    let payload = decode_payload(answer)?;
    serde_json::from_value(payload).map_err(|err| ApiError::NotDocSpace {
        host: answer.host.to_owned(),
        detail: format!("unexpected content: {}", first_line(&err.to_string())),
    })
}

/// The envelope of a success, with its payload typed. It checks the fields [`Envelope`]
/// checks, so that what it accepts, the slow path would accept with the same result, with
/// one difference: fields it does not use are skipped unchecked, so a value there that a
/// `serde_json::Value` cannot hold (a number too large for a float, a lone surrogate
/// escape, nesting deeper than 128) does not make it refuse the answer, as the slow path
/// does. Nothing of such a value is kept or shown.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Success<T> {
    #[serde(default = "Option::default")]
    response: Option<T>,
    #[serde(default)]
    error: Option<ErrorBody>,
    #[serde(default)]
    #[allow(dead_code)]
    count: Option<i64>,
    #[serde(default)]
    #[allow(dead_code)]
    links: Option<Vec<Link>>,
    /// [`MISSING`] when the field is absent; `null` is refused, as [`Envelope`] refuses it.
    #[serde(default = "missing")]
    status: i64,
    #[serde(default)]
    status_code: Option<u16>,
}

const MISSING: i64 = i64::MIN;

fn missing() -> i64 {
    MISSING
}

/// The payload of a plain success, or `None` for anything else (including anything the slow
/// path words an error for).
fn decode_success<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    let text = std::str::from_utf8(body).ok()?;
    success_payload(serde_json::from_str(text).ok()?)
}

/// The payload of an envelope decoded as [`Success`], when it is a plain success.
fn success_payload<T: DeserializeOwned>(envelope: Success<T>) -> Option<T> {
    let is_envelope = envelope.status != MISSING || envelope.status_code.is_some();
    let succeeded = matches!(envelope.status, 0 | MISSING) && envelope.error.is_none();
    if !(is_envelope && succeeded) {
        return None;
    }
    match envelope.response {
        Some(payload) => Some(payload),
        // No payload, or `null`: whatever `T` makes of a null, as before.
        None => serde_json::from_value(Value::Null).ok(),
    }
}

/// Decodes the answer to `GET /api/2.0/keys` into the app's keys.
pub fn decode_keys(answer: RawAnswer<'_>) -> Result<Vec<ApiKey>, ApiError> {
    let keys: Vec<ApiKeyDto> = decode(answer)?;
    Ok(keys.into_iter().map(key_from_dto).collect())
}

/// Decodes a `BooleanWrapper` answer (update, delete). `false` is a failure with a plain reason.
pub fn decode_confirmation(answer: RawAnswer<'_>, refused: Refusal) -> Result<(), ApiError> {
    match decode::<bool>(answer)? {
        true => Ok(()),
        false => Err(ApiError::Refused { reason: refused }),
    }
}

fn parse_envelope(body: &[u8]) -> Result<Envelope, String> {
    let text = std::str::from_utf8(body).map_err(|_| "the answer is not text".to_owned())?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err("the answer was empty".to_owned());
    }
    if trimmed.starts_with('<') {
        return Err("a web page came back instead of data".to_owned());
    }
    let value: Value = serde_json::from_str(text).map_err(|err| {
        if err.is_eof() {
            "the answer was cut off".to_owned()
        } else {
            "the answer is not valid data".to_owned()
        }
    })?;
    let is_envelope = value
        .as_object()
        .is_some_and(|object| object.contains_key("status") || object.contains_key("statusCode"));
    if !is_envelope {
        return Err("the data has no DocSpace envelope".to_owned());
    }
    serde_json::from_value(value).map_err(|_| "the envelope is malformed".to_owned())
}

fn error_for_status(answer: RawAnswer<'_>, envelope: Option<&Envelope>) -> ApiError {
    let message = envelope.and_then(error_message);
    match answer.status {
        400 | 422 => {
            let mut messages = envelope.map(validation_messages).unwrap_or_default();
            if messages.is_empty() {
                messages.extend(message);
            }
            if messages.is_empty() {
                messages.push("the request was not accepted (HTTP 400).".to_owned());
            }
            ApiError::Validation { messages }
        }
        401 => ApiError::Unauthorized { message },
        403 => ApiError::Forbidden { message },
        404 => ApiError::NotFound,
        429 => ApiError::RateLimited {
            retry_after: answer.retry_after.and_then(parse_retry_after),
        },
        status if envelope.is_none() && !answer.body.is_empty() && status >= 500 => {
            // A proxy's HTML error page (502/503/504) or a cut-off body.
            ApiError::Server {
                status,
                message: None,
            }
        }
        status => ApiError::Server { status, message },
    }
}

fn error_message(envelope: &Envelope) -> Option<String> {
    envelope
        .error
        .as_ref()
        .and_then(|error| error.message.as_deref())
        .map(cut_for_display)
        .filter(|text| !text.is_empty())
}

/// The most characters of one portal message that are shown; DocSpace's own are under 200.
pub const LONGEST_PORTAL_MESSAGE: usize = 300;

/// A portal's message, trimmed and cut to [`LONGEST_PORTAL_MESSAGE`] characters with "…":
/// a broken or hostile portal cannot fill a dialog or a terminal with its text.
fn cut_for_display(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(LONGEST_PORTAL_MESSAGE) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_owned(),
    }
}

/// Messages from `response.errors` (ASP.NET model validation), in a stable order.
fn validation_messages(envelope: &Envelope) -> Vec<String> {
    let Some(response) = envelope.response.clone() else {
        return Vec::new();
    };
    let Ok(problem) = serde_json::from_value::<ValidationProblem>(response) else {
        return Vec::new();
    };
    problem
        .errors
        .into_values()
        .flatten()
        .map(|text| cut_for_display(&text))
        .filter(|text| !text.is_empty())
        .take(20)
        .collect()
}

/// `Retry-After` is either seconds or an HTTP date; we honour the seconds form
/// and fall back to "a minute" for the date form.
fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> RawAnswer<'_> {
        RawAnswer {
            status,
            retry_after: None,
            body: body.as_bytes(),
            host: "portal.example.com",
        }
    }

    const CREATED: &str = r#"{
      "response": {
        "id": "3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b",
        "name": "Rust desktop client",
        "key": "{KEY}",
        "keyPostfix": "1a2b",
        "permissions": ["files:read", "files:write", "rooms:read"],
        "createOn": "2026-07-01T13:00:00.0000000+03:00",
        "createBy": {
          "id": "66faa6e4-f133-11ea-b126-00ffeec8b4ef",
          "displayName": "Alex Smith",
          "avatar": "/x?hash=1839270157",
          "avatarOriginal": "/x?hash=1839270157",
          "avatarMax": "/x?hash=1839270157",
          "avatarMedium": "/x?hash=1839270157",
          "avatarSmall": "/x?hash=1839270157",
          "profileUrl": "https://portal.example.com/accounts/people/filter?search=alex",
          "hasAvatar": false,
          "isAnonim": false
        },
        "expiresAt": "2026-07-31T13:00:00.0000000+03:00",
        "isActive": true
      },
      "count": 1,
      "links": [ { "href": "https://portal.example.com/api/2.0/keys", "action": "POST" } ],
      "status": 0,
      "statusCode": 200
    }"#;

    const LISTED: &str = r#"{
      "response": [
        {
          "id": "3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b", "name": "Rust desktop client",
          "key": "sk-***1a2b", "keyPostfix": "1a2b",
          "permissions": ["files:read", "files:write", "rooms:read"],
          "lastUsed": "2026-07-02T09:15:42.0000000+03:00",
          "createOn": "2026-07-01T13:00:00.0000000+03:00",
          "createBy": { "id": "66faa6e4-f133-11ea-b126-00ffeec8b4ef", "displayName": "Alex Smith", "hasAvatar": false, "isAnonim": false },
          "expiresAt": "2026-07-31T13:00:00.0000000+03:00", "isActive": true
        },
        {
          "id": "0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21", "name": "Old CI key",
          "key": "sk-***c0de", "keyPostfix": "c0de", "permissions": [],
          "createOn": "2026-03-10T08:00:00.0000000+03:00",
          "createBy": { "id": "x", "displayName": "\u0026lt;b\u0026gt;Bob\u0027s", "hasAvatar": false, "isAnonim": false },
          "expiresAt": "2026-04-09T08:00:00.0000000+03:00", "isActive": false
        }
      ],
      "count": 1,
      "links": [ { "href": "https://portal.example.com/api/2.0/keys", "action": "GET" } ],
      "status": 0, "statusCode": 200
    }"#;

    /// [`CREATED`] with a well-formed secret in it.
    fn created() -> String {
        CREATED.replace("{KEY}", &crate::api::secret::sample_secret())
    }

    #[test]
    fn decodes_the_create_answer_with_the_full_secret() {
        let created = created();
        let key: ApiKeyDto = decode(answer(200, &created)).unwrap();
        assert_eq!(key.key.as_deref().map(str::len), Some(67));
        assert_eq!(key.key_postfix.as_deref(), Some("1a2b"));
        assert_eq!(key.last_used, None);
        assert_eq!(key.create_by.unwrap().display_name, "Alex Smith");
    }

    #[test]
    fn decodes_a_list_ignoring_count_and_unescaping_dotnet_escapes() {
        let keys: Vec<ApiKeyDto> = decode(answer(200, LISTED)).unwrap();
        assert_eq!(keys.len(), 2, "count says 1; the array length wins");
        assert_eq!(keys[1].permissions.as_deref(), Some(&[][..]));
        assert_eq!(keys[1].last_used, None);
        assert_eq!(
            keys[1].create_by.as_ref().unwrap().display_name,
            "&lt;b&gt;Bob's"
        );
    }

    #[test]
    fn decodes_an_absent_permissions_field_and_an_empty_list() {
        let body = r#"{"response":[{"id":"a","name":"n","key":"sk-***abcd","keyPostfix":"abcd","createOn":"2026-07-01T13:00:00.0000000Z","isActive":true}],"count":1,"status":0,"statusCode":200}"#;
        let keys: Vec<ApiKeyDto> = decode(answer(200, body)).unwrap();
        assert_eq!(keys[0].permissions, None);
        let empty: Vec<ApiKeyDto> = decode(answer(
            200,
            r#"{"response":[],"count":1,"status":0,"statusCode":200}"#,
        ))
        .unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn decodes_permissions_catalogue_and_booleans() {
        let body = r#"{"response":["*","*:read","*:write","accounts:read","accounts:write","accounts.self:read","accounts.self:write","files:read","files:write","rooms:read","rooms:write"],"count":11,"status":0,"statusCode":200}"#;
        let scopes: Vec<String> = decode(answer(200, body)).unwrap();
        assert_eq!(scopes.len(), 11);
        let ok = r#"{"response":true,"count":1,"links":[{"href":"https://p/api/2.0/keys/x","action":"PUT"}],"status":0,"statusCode":200}"#;
        assert_eq!(
            decode_confirmation(answer(200, ok), Refusal::NotDeleted),
            Ok(())
        );
    }

    #[test]
    fn response_false_is_a_failure_with_the_plain_reason() {
        let refused = r#"{"response":false,"count":1,"links":[{"href":"https://p/api/2.0/keys/x","action":"PUT"}],"status":0,"statusCode":200}"#;
        let err = decode_confirmation(answer(200, refused), Refusal::NotChanged).unwrap_err();
        assert_eq!(
            err,
            ApiError::Refused {
                reason: Refusal::NotChanged
            }
        );
    }

    #[test]
    fn exception_shape_gives_its_message() {
        let body = r#"{ "error": { "message": "Permissions are not valid.", "type": "System.ArgumentException", "stack": "   at ASC…", "hresult": -2147024809 }, "status": 1, "statusCode": 400 }"#;
        let err = decode_payload(answer(400, body)).unwrap_err();
        assert_eq!(
            err,
            ApiError::Validation {
                messages: vec!["Permissions are not valid.".into()]
            }
        );
        assert_eq!(
            err.to_string(),
            "The portal refused the request: Permissions are not valid."
        );
    }

    #[test]
    fn validation_problem_inside_response_gives_each_message() {
        let body = r#"{
          "response": {
            "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            "title": "One or more validation errors occurred.",
            "status": 400,
            "errors": { "Name": ["Incorrect name. Length must be less than 30"], "ExpiresInDays": ["Incorrect number of days. Value must be between 1 and 365"] },
            "traceId": "00-4bf9-00"
          },
          "count": 1, "links": [ { "href": "https://p/api/2.0/keys", "action": "POST" } ],
          "status": 1, "statusCode": 400
        }"#;
        let ApiError::Validation { messages } = decode_payload(answer(400, body)).unwrap_err()
        else {
            panic!("expected a validation error");
        };
        assert_eq!(
            messages,
            [
                "Incorrect number of days. Value must be between 1 and 365",
                "Incorrect name. Length must be less than 30"
            ]
        );
    }

    #[test]
    fn empty_401_and_403_bodies() {
        let unauthorized = decode_payload(answer(401, "")).unwrap_err();
        assert!(unauthorized.needs_sign_in());
        assert!(unauthorized.to_string().contains("sign in again"));
        let forbidden = decode_payload(answer(403, "")).unwrap_err();
        assert_eq!(forbidden, ApiError::Forbidden { message: None });
        assert!(forbidden.to_string().contains("may not manage API keys"));
    }

    #[test]
    fn login_failure_401_keeps_the_server_message() {
        let body = r#"{"error":{"message":"User authentication failed","type":null,"stack":null,"hresult":0},"status":1,"statusCode":401}"#;
        let err = decode_payload(answer(401, body)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "User authentication failed. Please sign in again."
        );
    }

    #[test]
    fn too_many_requests_reads_retry_after() {
        let err = decode_payload(RawAnswer {
            retry_after: Some("42"),
            ..answer(429, "")
        })
        .unwrap_err();
        assert_eq!(
            err,
            ApiError::RateLimited {
                retry_after: Some(Duration::from_secs(42))
            }
        );
        assert_eq!(
            err.to_string(),
            "The portal is limiting requests. Wait 42 s, then try again."
        );
    }

    #[test]
    fn html_pages_truncated_and_foreign_bodies_are_not_docspace() {
        let created = created();
        let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        assert_eq!(
            decode_payload(answer(502, page)).unwrap_err(),
            ApiError::Server {
                status: 502,
                message: None
            }
        );
        for (body, detail) in [
            (page, "a web page came back instead of data"),
            (&created[..120], "the answer was cut off"),
            ("", "the answer was empty"),
            ("{\"hello\":1}", "the data has no DocSpace envelope"),
            ("not json", "the answer is not valid data"),
        ] {
            let err = decode_payload(answer(200, body)).unwrap_err();
            assert_eq!(
                err,
                ApiError::NotDocSpace {
                    host: "portal.example.com".into(),
                    detail: detail.into()
                }
            );
        }
        let not_utf8 = RawAnswer {
            body: &[0xff, 0xfe, 0x00],
            ..answer(200, "")
        };
        assert!(matches!(
            decode_payload(not_utf8),
            Err(ApiError::NotDocSpace { .. })
        ));
    }

    #[test]
    fn a_portals_long_message_is_cut_for_display() {
        let long = "Boom ".repeat(200_000);
        let body = format!(r#"{{"error":{{"message":"{long}"}},"status":1,"statusCode":500}}"#);
        let err = decode_payload(answer(500, &body)).unwrap_err();
        let ApiError::Server {
            message: Some(message),
            ..
        } = &err
        else {
            panic!("a server error with its message: {err:?}");
        };
        assert_eq!(message.chars().count(), LONGEST_PORTAL_MESSAGE);
        assert!(message.ends_with("Boom…"), "{message}");
        assert!(err.to_string().chars().count() < LONGEST_PORTAL_MESSAGE + 100);
        let many = (0..1000)
            .map(|n| format!(r#""F{n}":["{}"]"#, "x".repeat(1000)))
            .collect::<Vec<_>>()
            .join(",");
        let body = format!(r#"{{"response":{{"errors":{{{many}}}}},"status":1,"statusCode":400}}"#);
        let ApiError::Validation { messages } = decode_payload(answer(400, &body)).unwrap_err()
        else {
            panic!("a validation error");
        };
        assert_eq!(messages.len(), 20);
        assert!(
            messages
                .iter()
                .all(|text| text.chars().count() <= LONGEST_PORTAL_MESSAGE + 1)
        );
    }

    #[test]
    fn decoding_in_one_pass_gives_what_decoding_through_values_gives() {
        let created = created();
        for body in [
            &created,
            LISTED,
            r#"{"response":[],"statusCode":200}"#,
            r#"{"response":null,"status":0}"#,
            r#"{"status":0}"#,
            r#"{"response":[],"status":null,"statusCode":200}"#,
            r#"{"response":[],"status":0,"count":"many"}"#,
            r#"{"response":[],"response":[{"id":"a","name":"n"}],"status":0}"#,
            r#"{"response":[],"status":1,"statusCode":200}"#,
            r#"{"response":[{"id":"a"}],"status":0}"#,
            r#"{"hello":1}"#,
        ] {
            for status in [200, 201] {
                let fast = decode::<Vec<ApiKeyDto>>(answer(status, body));
                let slow = decode_through_values::<Vec<ApiKeyDto>>(answer(status, body));
                assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{body}");
                let fast = decode::<Option<ApiKeyDto>>(answer(status, body));
                let slow = decode_through_values::<Option<ApiKeyDto>>(answer(status, body));
                assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{body}");
            }
        }
    }

    #[test]
    fn server_errors_and_not_found() {
        let body = r#"{"error":{"message":"Object reference not set to an instance of an object.","type":"System.NullReferenceException","stack":"…","hresult":-2147467261},"status":1,"statusCode":500}"#;
        let err = decode_payload(answer(500, body)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The portal reported a problem (HTTP 500): Object reference not set to an instance of an object. Try again later."
        );
        assert_eq!(
            decode_payload(answer(404, "")).unwrap_err(),
            ApiError::NotFound
        );
    }

    #[test]
    fn a_wrong_payload_type_is_reported_not_panicked() {
        let body = r#"{"response":{"unexpected":true},"status":0,"statusCode":200}"#;
        let err = decode::<Vec<ApiKeyDto>>(answer(200, body)).unwrap_err();
        assert!(matches!(err, ApiError::NotDocSpace { .. }));
    }
}
