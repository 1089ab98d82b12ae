//! The shapes DocSpace answers in (§2): the success envelope, `ErrorApiResponse`
//! for exceptions, `ValidationProblemDetails` for model validation, and the
//! empty-bodied 401/403/404.

use std::collections::BTreeMap;

use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::api::wire::{Envelope, ErrorBody, Link, ValidationProblem};

/// What every answer needs to know about its request: `links` holds the full
/// request URL and method.
#[derive(Debug, Clone)]
pub(crate) struct RequestInfo {
    /// The full URL as the client addressed it.
    pub url: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// `http://host:port` as the client addressed it, for absolute URLs in answers.
    pub origin: String,
}

/// The success envelope, generic so that payloads keep their field order
/// (`serde_json::Value` would sort object keys alphabetically).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Wrapped<'a, T: Serialize + ?Sized> {
    #[serde(skip_serializing_if = "Option::is_none")]
    response: Option<&'a T>,
    count: i64,
    links: [Link; 1],
    status: i64,
    status_code: u16,
}

fn links(info: &RequestInfo) -> [Link; 1] {
    [Link {
        href: info.url.clone(),
        action: info.method.clone(),
    }]
}

/// A 200 answer carrying `payload`. DocSpace's `count` is the number of items
/// for lists, 0 for no payload and 1 otherwise; callers pass it because the
/// key list famously reports 1 (§1.2).
pub(crate) fn success<T: Serialize + ?Sized>(
    info: &RequestInfo,
    payload: Option<&T>,
    count: i64,
) -> Response {
    let wrapped = Wrapped {
        response: payload,
        count,
        links: links(info),
        status: 0,
        status_code: StatusCode::OK.as_u16(),
    };
    json(StatusCode::OK, &wrapped)
}

/// As [`success`], for a payload that is already serialized JSON.
pub(crate) fn success_json(info: &RequestInfo, payload: &[u8], count: i64) -> Response {
    // The envelope is written around a `null` placeholder, which is then
    // replaced: serde_json cannot embed ready-made JSON without `RawValue`.
    let wrapped = Wrapped {
        response: Some(&()),
        count,
        links: links(info),
        status: 0,
        status_code: StatusCode::OK.as_u16(),
    };
    let Ok(envelope) = serde_json::to_vec(&wrapped) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(rest) = envelope.strip_prefix(PLACEHOLDER_START) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut body = Vec::with_capacity(envelope.len() + payload.len());
    body.extend_from_slice(RESPONSE_START);
    body.extend_from_slice(payload);
    body.extend_from_slice(rest);
    bytes(StatusCode::OK, body)
}

const RESPONSE_START: &[u8] = b"{\"response\":";
const PLACEHOLDER_START: &[u8] = b"{\"response\":null";

/// Serializes `value` as the answer body with DocSpace's content type.
fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => bytes(status, body),
        // Our own types always serialize; should one not, say so without a body.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn bytes(status: StatusCode, body: Vec<u8>) -> Response {
    (
        status,
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

/// Why a request was not carried out, in the shape the real portal would answer with.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// 401 with an empty body: no or bad credentials (§2.2 shape 3).
    Unauthorized,
    /// 403 with an empty body: a key without the needed scope (§2.2 shape 3).
    Forbidden,
    /// 404 with an empty body: no such route.
    NotFound,
    /// 400 with `ValidationProblemDetails` inside the envelope (§2.2 shape 2),
    /// keyed by C# property name or JSON path.
    Invalid(BTreeMap<String, Vec<String>>),
    /// An exception turned into `ErrorApiResponse` (§2.2 shape 1).
    Exception(Exception),
}

impl Refusal {
    /// One validation message under one key.
    pub fn invalid(key: &str, message: impl Into<String>) -> Self {
        Refusal::Invalid(BTreeMap::from([(key.to_owned(), vec![message.into()])]))
    }

    /// The HTTP answer for this refusal.
    pub fn render(self, info: &RequestInfo) -> Response {
        match self {
            Refusal::Unauthorized => StatusCode::UNAUTHORIZED.into_response(),
            Refusal::Forbidden => StatusCode::FORBIDDEN.into_response(),
            Refusal::NotFound => StatusCode::NOT_FOUND.into_response(),
            Refusal::Invalid(errors) => {
                let problem = ValidationProblem {
                    kind: Some("https://tools.ietf.org/html/rfc9110#section-15.5.1".to_owned()),
                    title: Some("One or more validation errors occurred.".to_owned()),
                    status: Some(StatusCode::BAD_REQUEST.as_u16()),
                    errors,
                    trace_id: Some(trace_id()),
                };
                let wrapped = Wrapped {
                    response: Some(&problem),
                    count: 1,
                    links: links(info),
                    status: 1,
                    status_code: StatusCode::BAD_REQUEST.as_u16(),
                };
                json(StatusCode::BAD_REQUEST, &wrapped)
            }
            Refusal::Exception(exception) => exception.into_response(),
        }
    }
}

impl From<Exception> for Refusal {
    fn from(exception: Exception) -> Self {
        Refusal::Exception(exception)
    }
}

/// A .NET exception as DocSpace's exception handler reports it.
#[derive(Debug, Clone)]
pub(crate) struct Exception {
    status: StatusCode,
    message: String,
    kind: Option<&'static str>,
    stack: Option<String>,
    hresult: i64,
}

/// .NET `HResult` values of the exceptions the portal throws here.
const E_POINTER: i64 = -2147467261;
const COR_E_ARGUMENT: i64 = -2147024809;
const COR_E_ARGUMENTOUTOFRANGE: i64 = -2146233086;
const COR_E_EXCEPTION: i64 = -2146233088;
const COR_E_SECURITY: i64 = -2146233078;

impl Exception {
    /// `NullReferenceException` → 500, thrown where the portal dereferences a missing key.
    pub fn null_reference(frame: &str) -> Self {
        Self {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "Object reference not set to an instance of an object.".to_owned(),
            kind: Some("System.NullReferenceException"),
            stack: Some(format!("   at {frame}")),
            hresult: E_POINTER,
        }
    }

    /// `ArgumentException` → 400 with its own message.
    pub fn argument(message: &str, frame: &str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            message: message.to_owned(),
            kind: Some("System.ArgumentException"),
            stack: Some(format!("   at {frame}")),
            hresult: COR_E_ARGUMENT,
        }
    }

    /// `ArgumentOutOfRangeException` from slicing a string too short → 400.
    pub fn start_index_out_of_range(frame: &str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            message: "startIndex cannot be larger than length of string. (Parameter 'startIndex')"
                .to_owned(),
            kind: Some("System.ArgumentOutOfRangeException"),
            stack: Some(format!(
                "   at System.String.Substring(Int32 startIndex, Int32 length)\n   at {frame}"
            )),
            hresult: COR_E_ARGUMENTOUTOFRANGE,
        }
    }

    /// `AuthenticationException` → 401; the handler leaves type and stack empty.
    pub fn authentication(message: &str) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            message: message.to_owned(),
            kind: None,
            stack: None,
            hresult: 0,
        }
    }

    /// `SecurityException` → 403; the handler always says "Access denied".
    pub fn security(frame: &str) -> Self {
        Self {
            status: StatusCode::FORBIDDEN,
            message: "Access denied".to_owned(),
            kind: Some("System.Security.SecurityException"),
            stack: Some(format!("   at {frame}")),
            hresult: COR_E_SECURITY,
        }
    }

    /// A plain `System.Exception` with any status and message, for injected faults.
    pub fn with_status(status: StatusCode, message: &str) -> Self {
        Self {
            status,
            message: message.to_owned(),
            kind: Some("System.Exception"),
            stack: Some(
                "   at ASC.Api.Core.Middleware.CustomExceptionHandler.TryHandleAsync(HttpContext context)"
                    .to_owned(),
            ),
            hresult: COR_E_EXCEPTION,
        }
    }

    /// A plain `System.Exception` → 500, for the injected server error.
    pub fn internal() -> Self {
        Self::with_status(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error")
    }
}

impl IntoResponse for Exception {
    fn into_response(self) -> Response {
        let envelope = Envelope {
            error: Some(ErrorBody {
                message: Some(self.message),
                kind: self.kind.map(str::to_owned),
                stack: self.stack,
                hresult: Some(self.hresult),
            }),
            status: 1,
            status_code: Some(self.status.as_u16()),
            ..Envelope::default()
        };
        json(self.status, &envelope)
    }
}

/// A W3C trace id as ASP.NET puts into `ValidationProblemDetails`.
fn trace_id() -> String {
    let trace: [u8; 16] = rand::random();
    let span: [u8; 8] = rand::random();
    format!("00-{}-{}-00", hex(&trace), hex(&span))
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> RequestInfo {
        RequestInfo {
            url: "http://127.0.0.1:1/api/2.0/keys".to_owned(),
            method: "GET".to_owned(),
            origin: "http://127.0.0.1:1".to_owned(),
        }
    }

    async fn body_of(response: Response) -> Vec<u8> {
        axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    #[tokio::test]
    async fn ready_made_json_gets_the_same_envelope_as_a_value() {
        let payload = serde_json::json!([{ "a": 1 }, "b"]);
        let direct = body_of(success(&info(), Some(&payload), 1)).await;
        let spliced = body_of(success_json(
            &info(),
            &serde_json::to_vec(&payload).unwrap(),
            1,
        ))
        .await;
        assert_eq!(
            String::from_utf8(spliced).unwrap(),
            String::from_utf8(direct).unwrap()
        );
    }

    #[test]
    fn hex_is_lower_case_two_digits_per_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xab, 0xff]), "000fabff");
    }

    #[test]
    fn trace_ids_look_like_w3c_trace_parents() {
        let id = trace_id();
        assert_eq!(id.len(), 55);
        assert!(id.starts_with("00-") && id.ends_with("-00"));
    }
}
