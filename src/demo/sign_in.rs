//! `/api/2.0/authentication…` (§5.3) and `GET /people/@self`: signing in with
//! a password (and an authenticator code), checking, and signing out.

use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::answer::{Exception, Refusal, RequestInfo, hex, success};
use super::auth::{AUTH_COOKIE, Caller, Need, identify, require, screen};
use super::body::{JsonObject, object};
use super::keys::respond;
use super::people::{Person, SignInRule, by_email};
use super::{DEMO_PASSWORD, PortalState, TFA_CODE, now_in_seconds};
use crate::api::date::format_login_expiry;
use crate::api::wire::AuthResponse;

const AUTH_DTO: &str = "ASC.Web.Api.ApiModels.RequestsDto.AuthRequestsDto";
const CODE_FRAME: &str = "ASC.Web.Api.Controllers.AuthenticationController.AuthenticateMeFromBodyWithCode(AuthRequestsDto inDto)";
const LOGIN_FAILED: &str = "User authentication failed";
const WRONG_CODE: &str = "Incorrect code. Please try again.";
/// .NET's `DateTime.MinValue`, which the portal sends when it gives no expiry.
const NO_EXPIRY: &str = "0001-01-01T00:00:00";

type Shared = State<Arc<PortalState>>;

/// `GET /authentication`: whether the presented credentials are valid.
pub(crate) async fn status(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    let caller = identify(&mut portal.lock(), &headers, now_in_seconds());
    let outcome =
        screen(caller.as_ref(), Need::Read).map(|()| success(&info, Some(&caller.is_some()), 1));
    respond(&info, outcome)
}

/// `POST /authentication`.
pub(crate) async fn sign_in(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(&info, sign_in_step(&portal, &info, &headers, &body, None))
}

/// `POST /authentication/{code}`: the second step of a two-factor sign-in.
pub(crate) async fn sign_in_with_code(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    code: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let code = code.map(|Path(code)| code).unwrap_or_default();
    respond(
        &info,
        sign_in_step(&portal, &info, &headers, &body, Some(&code)),
    )
}

/// `POST /authentication/logout`: ends the session of the token presented.
pub(crate) async fn logout(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    let mut store = portal.lock();
    let caller = identify(&mut store, &headers, now_in_seconds());
    let outcome = screen(caller.as_ref(), Need::Write).map(|()| {
        if let Some(Caller::Session { token, .. }) = &caller {
            store.close_session(token);
        }
        let mut answer = success::<()>(&info, None, 0);
        set_cookie(
            &mut answer,
            &format!("{AUTH_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"),
        );
        answer
    });
    respond(&info, outcome)
}

/// `GET /people/@self`: the caller's profile; keys need an `accounts.self` or global scope.
pub(crate) async fn profile(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    let caller = identify(&mut portal.lock(), &headers, now_in_seconds());
    let outcome = require(caller, Need::OwnProfileRead)
        .map(|caller| success(&info, Some(&caller.person().profile(&info.origin)), 1));
    respond(&info, outcome)
}

fn sign_in_step(
    portal: &PortalState,
    info: &RequestInfo,
    headers: &HeaderMap,
    body: &[u8],
    path_code: Option<&str>,
) -> Result<Response, Refusal> {
    let mut store = portal.lock();
    screen(
        identify(&mut store, headers, now_in_seconds()).as_ref(),
        Need::Write,
    )?;
    let request = object(body, AUTH_DTO)?;
    let person = check_password(&request)?;
    let remember = request.get("session").and_then(Value::as_bool) != Some(true);
    match (person.sign_in, path_code) {
        (SignInRule::PasswordAndCode, None) => {
            let answer = AuthResponse {
                expires: Some(NO_EXPIRY.to_owned()),
                tfa: true,
                confirm_url: Some(confirm_url(&info.origin, person)),
                ..AuthResponse::default()
            };
            Ok(success(info, Some(&answer), 1))
        }
        (SignInRule::PasswordAndCode, Some(path_code)) => {
            // The web client sends the code in the body as well; the body is what counts.
            let code = match request.get("code") {
                Some(Value::String(code)) => code.clone(),
                Some(Value::Number(code)) => code.to_string(),
                _ => path_code.to_owned(),
            };
            if code.trim() != TFA_CODE {
                return Err(Exception::authentication(WRONG_CODE).into());
            }
            let token = new_token();
            store.open_session(&token, person, now_in_seconds());
            Ok(token_answer(info, token, true, remember))
        }
        // Only accounts with a second factor have a code step.
        (_, Some(_)) => Err(Exception::security(CODE_FRAME).into()),
        (_, None) => {
            let token = new_token();
            store.open_session(&token, person, now_in_seconds());
            Ok(token_answer(info, token, false, remember))
        }
    }
}

/// The sign-in account named by `userName`, if `password` is right. Every
/// failure, a missing user name included, is the same 401 (§5.3).
fn check_password(request: &JsonObject) -> Result<&'static Person, Refusal> {
    let person = request
        .text("userName")
        .and_then(by_email)
        .filter(|person| person.sign_in != SignInRule::None);
    match person {
        Some(person) if request.text("password") == Some(DEMO_PASSWORD) => Ok(person),
        _ => Err(Exception::authentication(LOGIN_FAILED).into()),
    }
}

/// An opaque login token: 32 random bytes in hex, never starting with `sk-`.
fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex(&bytes)
}

/// The answer carrying a new token, plus the cookie the portal sets with it.
/// With `"session": true` the sign-in is for the browser session only, and
/// `expires` is .NET's minimum date.
fn token_answer(info: &RequestInfo, token: String, tfa: bool, remember: bool) -> Response {
    let expires: DateTime<Utc> = Utc::now() + super::store::SESSION_LIFETIME;
    let mut cookie = format!("{AUTH_COOKIE}={token}; path=/; samesite=lax; httponly");
    if remember {
        cookie.push_str(
            &expires
                .format("; expires=%a, %d %b %Y %H:%M:%S GMT")
                .to_string(),
        );
    }
    let answer = AuthResponse {
        token: Some(token),
        expires: Some(if remember {
            format_login_expiry(&expires)
        } else {
            NO_EXPIRY.to_owned()
        }),
        tfa,
        ..AuthResponse::default()
    };
    let mut response = success(info, Some(&answer), 1);
    set_cookie(&mut response, &cookie);
    response
}

fn set_cookie(response: &mut Response, cookie: &str) {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(SET_COOKIE, value);
    }
}

fn confirm_url(origin: &str, person: &Person) -> String {
    let email: String = url::form_urlencoded::byte_serialize(person.email.as_bytes()).collect();
    format!("{origin}/wizard/tfa?type=TfaAuth&email={email}")
}
