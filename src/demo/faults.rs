//! Fault injection: the failures a real portal or the proxy in front of it can
//! produce, on demand, so tests can see how the client copes.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::answer::Exception;

/// One injected failure, replacing the answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 502 with the HTML page nginx shows when the portal behind it is down.
    Html502,
    /// The real answer, cut in half, with status 200 and a matching `Content-Length`.
    Truncated,
    /// 429 with `Retry-After` and an empty body.
    TooManyRequests {
        /// The value of the `Retry-After` header, in seconds.
        retry_after_secs: u64,
    },
    /// 500 `ErrorApiResponse` (`System.Exception`, "Internal server error").
    ServerError,
    /// An `ErrorApiResponse` with this status and message, as a portal (or something
    /// posing as one) may word it.
    Exception {
        /// The HTTP status and `statusCode`.
        status: u16,
        /// The `error.message` text, verbatim.
        message: String,
    },
    /// A redirect with this status (301, 302, 303, 307, 308) and `Location`, as a
    /// moved portal or a hostile one answers.
    Redirect {
        /// The HTTP status.
        status: u16,
        /// The `Location` header, verbatim.
        location: String,
    },
    /// The portal does the work at once, then holds its answer back for `delay`: a
    /// portal or proxy that stalls after the request reached it.
    SlowAnswer {
        /// How long the answer is held back.
        delay: Duration,
    },
    /// A 200 key list whose only key has a name so long that the body is about
    /// `bytes` long: a broken or hostile portal.
    Oversized {
        /// The body's length, roughly.
        bytes: usize,
    },
}

/// A cheap handle to the portal's fault plan. Faults are off by default.
#[derive(Debug, Clone)]
pub struct FaultControl {
    plan: Arc<Mutex<FaultPlan>>,
}

#[derive(Debug, Default)]
struct FaultPlan {
    latency: Duration,
    queue: VecDeque<Fault>,
    /// Faults for the next request with a given method, after `queue`.
    for_method: VecDeque<(String, Fault)>,
    unreadable_dates: Option<UnreadableDates>,
    /// The requests since [`FaultControl::record_requests`], when it was called.
    log: Option<Vec<LoggedRequest>>,
}

/// One request the portal received while recording: what a test needs to count calls and
/// check what was sent. Only the bodies of the key routes are kept (they hold no password
/// or secret); no header is.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedRequest {
    /// `GET`, `POST`, `PUT`, `DELETE`…
    pub method: String,
    /// The path as the routes see it, e.g. `/api/2.0/keys/3f2b…`.
    pub path: String,
    /// The JSON body of a request to `/api/2.0/keys…`, when it had one.
    pub body: Option<serde_json::Value>,
}

/// The most requests a recording keeps; older ones are dropped first.
const MAX_LOGGED: usize = 10_000;

/// Until cleared, every key list shows the keys with this name with `text` in place of
/// each of their dates (`createOn`, `lastUsed`, `expiresAt`): a portal that writes dates the
/// app cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableDates {
    pub name: String,
    pub text: String,
}

impl FaultControl {
    /// A plan with no latency and no faults; only a portal hands these out.
    pub(crate) fn new() -> Self {
        Self {
            plan: Arc::new(Mutex::new(FaultPlan::default())),
        }
    }

    /// Delays every answer by `latency` (zero turns the delay off).
    pub fn set_latency(&self, latency: Duration) {
        self.plan().latency = latency;
    }

    /// Queues a fault: the next request without a fault ahead of it gets this one.
    pub fn push(&self, fault: Fault) {
        self.plan().queue.push_back(fault);
    }

    /// Queues a fault for the next request with this method (`"PUT"`, `"DELETE"`…) that
    /// has no fault of [`FaultControl::push`] ahead of it: the first step of a two-step
    /// operation can go through while the second fails.
    pub fn push_for_method(&self, method: &str, fault: Fault) {
        self.plan()
            .for_method
            .push_back((method.to_ascii_uppercase(), fault));
    }

    /// Removes the latency, every queued fault and the unreadable dates.
    pub fn clear(&self) {
        let mut plan = self.plan();
        plan.latency = Duration::ZERO;
        plan.queue.clear();
        plan.for_method.clear();
        plan.unreadable_dates = None;
    }

    /// Starts (or starts again) recording the requests the portal receives.
    pub fn record_requests(&self) {
        self.plan().log = Some(Vec::new());
    }

    /// The requests received since [`FaultControl::record_requests`], oldest first.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.plan().log.clone().unwrap_or_default()
    }

    /// The recorded requests with this method to a key route (`/api/2.0/keys…`).
    pub fn key_requests(&self, method: &str) -> Vec<LoggedRequest> {
        self.requests()
            .into_iter()
            .filter(|request| {
                request.method.eq_ignore_ascii_case(method)
                    && request.path.starts_with("/api/2.0/keys")
            })
            .collect()
    }

    /// True while requests are recorded.
    pub(crate) fn is_recording(&self) -> bool {
        self.plan().log.is_some()
    }

    pub(crate) fn log(&self, request: LoggedRequest) {
        if let Some(log) = &mut self.plan().log {
            if log.len() >= MAX_LOGGED {
                log.remove(0);
            }
            log.push(request);
        }
    }

    /// Sets (or, with `None`, ends) the unreadable dates of the key lists.
    pub fn set_unreadable_dates(&self, dates: Option<UnreadableDates>) {
        self.plan().unreadable_dates = dates;
    }

    pub(crate) fn unreadable_dates(&self) -> Option<UnreadableDates> {
        self.plan().unreadable_dates.clone()
    }

    /// The delay for the current request (with this method) and the fault it gets, if any.
    pub(crate) fn take_next(&self, method: &str) -> (Duration, Option<Fault>) {
        let mut plan = self.plan();
        let fault = plan.queue.pop_front().or_else(|| {
            let at = plan
                .for_method
                .iter()
                .position(|(wanted, _)| wanted.eq_ignore_ascii_case(method))?;
            plan.for_method.remove(at).map(|(_, fault)| fault)
        });
        (plan.latency, fault)
    }

    fn plan(&self) -> MutexGuard<'_, FaultPlan> {
        self.plan.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The page nginx serves when its upstream does not answer.
const NGINX_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
                         <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n\
                         </body>\r\n</html>\r\n";

/// The answer a fault gives without asking the portal. `None` for
/// [`Fault::Truncated`] and [`Fault::SlowAnswer`], which need the real answer first.
pub(crate) fn canned_answer(fault: &Fault) -> Option<Response> {
    match fault {
        Fault::Html502 => Some(
            (
                StatusCode::BAD_GATEWAY,
                [(CONTENT_TYPE, HeaderValue::from_static("text/html"))],
                NGINX_502,
            )
                .into_response(),
        ),
        Fault::TooManyRequests { retry_after_secs } => Some(
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(RETRY_AFTER, HeaderValue::from(*retry_after_secs))],
            )
                .into_response(),
        ),
        Fault::ServerError => Some(Exception::internal().into_response()),
        Fault::Exception { status, message } => Some(
            Exception::with_status(
                StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                message,
            )
            .into_response(),
        ),
        Fault::Redirect { status, location } => Some(redirect(*status, location)),
        Fault::Oversized { bytes } => Some(oversized(*bytes)),
        Fault::Truncated | Fault::SlowAnswer { .. } => None,
    }
}

fn redirect(status: u16, location: &str) -> Response {
    let status = StatusCode::from_u16(status)
        .ok()
        .filter(StatusCode::is_redirection)
        .unwrap_or(StatusCode::FOUND);
    match HeaderValue::from_str(location) {
        Ok(location) => (status, [(LOCATION, location)]).into_response(),
        Err(_) => status.into_response(),
    }
}

fn oversized(bytes: usize) -> Response {
    let list = json!({
        "response": [{
            "id": "0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21",
            "name": "x".repeat(bytes),
            "key": "sk-***c0de",
            "keyPostfix": "c0de",
            "permissions": [],
            "createOn": "2026-03-10T08:00:00.0000000+03:00",
            "isActive": true
        }],
        "count": 1,
        "status": 0,
        "statusCode": 200
    });
    (
        StatusCode::OK,
        [(CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        list.to_string(),
    )
        .into_response()
}

/// A key list answer with the dates of the keys named `dates.name` replaced.
pub(crate) async fn with_unreadable_dates(answer: Response, dates: &UnreadableDates) -> Response {
    let (mut parts, body) = answer.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(mut envelope) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let keys = envelope
        .get_mut("response")
        .and_then(serde_json::Value::as_array_mut);
    for key in keys.into_iter().flatten() {
        if key.get("name").and_then(serde_json::Value::as_str) == Some(dates.name.as_str())
            && let Some(fields) = key.as_object_mut()
        {
            for field in ["createOn", "lastUsed", "expiresAt"] {
                fields.insert(field.to_owned(), dates.text.clone().into());
            }
        }
    }
    let body = envelope.to_string();
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    Response::from_parts(parts, Body::from(body))
}

/// Cuts a real answer in half and presents the half as a complete 200 answer.
pub(crate) async fn truncate(answer: Response) -> Response {
    let (mut parts, body) = answer.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let half = bytes.slice(..bytes.len() / 2);
    parts.status = StatusCode::OK;
    parts
        .headers
        .insert(CONTENT_LENGTH, HeaderValue::from(half.len()));
    Response::from_parts(parts, Body::from(half))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_come_out_in_the_order_they_were_pushed_and_only_once() {
        let control = FaultControl::new();
        control.push(Fault::Html502);
        control.push(Fault::ServerError);
        assert_eq!(control.take_next("GET").1, Some(Fault::Html502));
        assert_eq!(control.take_next("GET").1, Some(Fault::ServerError));
        assert_eq!(control.take_next("GET").1, None);
    }

    #[test]
    fn a_fault_for_a_method_waits_for_a_request_with_that_method() {
        let control = FaultControl::new();
        control.push_for_method("put", Fault::ServerError);
        assert_eq!(control.take_next("POST").1, None);
        assert_eq!(control.take_next("PUT").1, Some(Fault::ServerError));
        assert_eq!(control.take_next("PUT").1, None);
    }

    #[test]
    fn clear_drops_queued_faults_and_latency() {
        let control = FaultControl::new();
        control.set_latency(Duration::from_millis(5));
        control.push(Fault::Truncated);
        control.push_for_method("PUT", Fault::Truncated);
        control.clone().clear();
        assert_eq!(control.take_next("PUT"), (Duration::ZERO, None));
    }
}
