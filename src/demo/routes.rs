//! The routes, and the front door every request passes before routing:
//! latency and faults, the request URL for `links`, and ASP.NET's
//! case-insensitive route matching.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_LENGTH, HOST};
use axum::http::uri::PathAndQuery;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};

use super::PortalState;
use super::answer::RequestInfo;
use super::faults::{
    Fault, FaultControl, LoggedRequest, canned_answer, truncate, with_unreadable_dates,
};
use super::{keys, sign_in};

/// What the front door needs.
#[derive(Clone)]
struct FrontDoor {
    faults: FaultControl,
    base_url: String,
}

/// The whole portal: the API routes behind the front door.
pub(crate) fn router(state: Arc<PortalState>, faults: FaultControl) -> Router {
    let front = FrontDoor {
        faults,
        base_url: state.base_url.clone(),
    };
    let api = Router::new()
        .route("/api/2.0/keys", get(keys::list).post(keys::create))
        .route("/api/2.0/keys/permissions", get(keys::permissions))
        .route("/api/2.0/keys/@self", get(keys::current))
        .route(
            "/api/2.0/keys/{key_id}",
            put(keys::update).delete(keys::delete),
        )
        .route("/api/2.0/people/@self", get(sign_in::profile))
        .route(
            "/api/2.0/authentication",
            get(sign_in::status).post(sign_in::sign_in),
        )
        .route("/api/2.0/authentication/logout", post(sign_in::logout))
        .route(
            "/api/2.0/authentication/{code}",
            post(sign_in::sign_in_with_code),
        )
        .fallback(|| async { StatusCode::NOT_FOUND })
        .with_state(state);
    // The API router sits behind a fallback so the front door runs before its routing.
    Router::new()
        .fallback_service(api)
        .layer(from_fn_with_state(front, front_door))
}

async fn front_door(State(front): State<FrontDoor>, mut request: Request, next: Next) -> Response {
    let (latency, fault) = front.faults.take_next(request.method().as_str());
    let info = request_info(&request, &front.base_url);
    normalize_path(&mut request);
    if front.faults.is_recording() {
        request = logged(request, &front.faults).await;
    }
    let unreadable_dates = front
        .faults
        .unreadable_dates()
        .filter(|_| request.method() == "GET" && request.uri().path() == "/api/2.0/keys");
    request.extensions_mut().insert(info);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    match (fault, unreadable_dates) {
        (None, Some(dates)) => with_unreadable_dates(next.run(request).await, &dates).await,
        (None, None) => next.run(request).await,
        (Some(Fault::Truncated), _) => truncate(next.run(request).await).await,
        (Some(Fault::SlowAnswer { delay }), _) => {
            let answer = next.run(request).await;
            tokio::time::sleep(delay).await;
            answer
        }
        (Some(fault), _) => canned_answer(&fault)
            .unwrap_or_else(|| StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

/// The longest body the request log reads; a longer one is passed on unread.
const LOGGED_BODY_LIMIT: usize = 64 * 1024;

/// Records `request` in the log and gives it back, its body (read for a key route whose
/// announced length is small) put back as it was.
async fn logged(request: Request, faults: &FaultControl) -> Request {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let small = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|length| length.to_str().ok()?.parse::<usize>().ok())
        .is_some_and(|length| length <= LOGGED_BODY_LIMIT);
    if !(small && path.starts_with("/api/2.0/keys")) {
        faults.log(LoggedRequest {
            method,
            path,
            body: None,
        });
        return request;
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, LOGGED_BODY_LIMIT).await.unwrap_or_default();
    faults.log(LoggedRequest {
        method,
        path,
        body: serde_json::from_slice(&bytes).ok(),
    });
    Request::from_parts(parts, Body::from(bytes))
}

/// The full URL and method as the client sent them, before any rewriting.
fn request_info(request: &Request, base_url: &str) -> RequestInfo {
    let origin = request
        .headers()
        .get(HOST)
        .and_then(|host| host.to_str().ok())
        .filter(|host| !host.is_empty())
        .map_or_else(|| base_url.to_owned(), |host| format!("http://{host}"));
    let path = request
        .uri()
        .path_and_query()
        .map_or("/", PathAndQuery::as_str);
    RequestInfo {
        url: format!("{origin}{path}"),
        method: request.method().as_str().to_owned(),
        origin,
    }
}

/// ASP.NET matches routes ignoring case and a trailing slash, and decodes `%40`
/// to `@`; the router here matches exactly, so the path is brought into the
/// form the routes are written in.
fn normalize_path(request: &mut Request) {
    let uri = request.uri();
    let mut path = uri.path().to_ascii_lowercase().replace("%40", "@");
    if path.len() > 1 && path.ends_with('/') {
        path.pop();
    }
    if path == uri.path() {
        return;
    }
    let rewritten = match uri.query() {
        Some(query) => format!("{path}?{query}"),
        None => path,
    };
    let mut parts = uri.clone().into_parts();
    if let Ok(path_and_query) = rewritten.parse::<PathAndQuery>() {
        parts.path_and_query = Some(path_and_query);
        if let Ok(uri) = axum::http::Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_matched_without_case_or_trailing_slash() {
        let mut request = Request::builder()
            .uri("/API/2.0/Keys/%40Self/?fields=id")
            .body(Body::empty())
            .unwrap();
        normalize_path(&mut request);
        assert_eq!(request.uri().to_string(), "/api/2.0/keys/@self?fields=id");
    }

    #[test]
    fn links_use_the_host_the_client_addressed() {
        let request = Request::builder()
            .method("PUT")
            .uri("/api/2.0/keys/x?a=1")
            .header(HOST, "localhost:8092")
            .body(Body::empty())
            .unwrap();
        let info = request_info(&request, "http://127.0.0.1:1");
        assert_eq!(info.url, "http://localhost:8092/api/2.0/keys/x?a=1");
        assert_eq!(info.method, "PUT");
        assert_eq!(info.origin, "http://localhost:8092");
    }
}
