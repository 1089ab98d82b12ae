//! The DocSpace API client: every call of the key reference, plus sign-in and
//! the signed-in person. Async, on tokio; cheap to clone.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderValue, RETRY_AFTER};
use reqwest::{Method, RequestBuilder};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::convert::{key_from_dto, person_from_dto};
use super::date::parse_login_expiry;
use super::decode::{RawAnswer, decode, decode_confirmation};
use super::error::ApiError;
use super::portal::PortalUrl;
use super::secret::{Credential, NewKeySecret, REDACTED, Redacted, secret_from_string};
use super::wire::{
    ApiKeyDto, AuthRequest, AuthResponse, CreateKeyRequest, PersonDto, UpdateKeyRequest,
};
use crate::domain::{ApiKey, Person};

/// How long a whole request may take before it is abandoned.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long establishing a connection may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

const REFUSED_UPDATE: &str = "The portal did not change the key. Keys that have expired cannot be \
                              changed, and only the key's creator or a DocSpace administrator may \
                              change it. Refresh the list to see its current state.";
const REFUSED_DELETE: &str = "The portal did not delete the key. Only the key's creator or a DocSpace \
                              administrator may delete it. Refresh the list to see its current state.";

/// An HTTP session with one portal, without a credential yet.
#[derive(Clone, Debug)]
pub struct Portal {
    http: reqwest::Client,
    url: PortalUrl,
}

/// A signed-in session: the portal plus the credential every request carries.
#[derive(Clone, Debug)]
pub struct DocSpaceClient {
    portal: Portal,
    credential: Credential,
}

/// The outcome of a sign-in step.
pub enum SignIn {
    /// Signed in: a login token, with its expiry when the portal gave one.
    Token {
        token: SecretString,
        expires: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// The portal wants a two-factor code; call [`Portal::sign_in`] again with it.
    NeedsCode(SecondFactor),
}

/// Which kind of second factor the portal asked for.
///
/// `Debug` leaves the setup key out: it is the seed of every future code.
#[derive(Clone, PartialEq, Eq)]
pub enum SecondFactor {
    /// An authenticator app. `setup_key` is set when the app is not set up yet.
    App { setup_key: Option<String> },
    /// A text message to the phone shown (masked) in `phone`.
    Sms { phone: Option<String> },
}

impl std::fmt::Debug for SecondFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecondFactor::App { setup_key } => f
                .debug_struct("SecondFactor::App")
                .field("setup_key", &Redacted(setup_key))
                .finish(),
            SecondFactor::Sms { phone } => f
                .debug_struct("SecondFactor::Sms")
                .field("phone", phone)
                .finish(),
        }
    }
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignIn::Token { expires, .. } => f
                .debug_struct("SignIn::Token")
                .field("token", &format_args!("{REDACTED}"))
                .field("expires", expires)
                .finish(),
            SignIn::NeedsCode(factor) => f.debug_tuple("SignIn::NeedsCode").field(factor).finish(),
        }
    }
}

impl Portal {
    /// A session with `url`. Building the HTTP client cannot fail in practice;
    /// if it does, the reason is returned as [`ApiError::Request`].
    pub fn new(url: PortalUrl) -> Result<Self, ApiError> {
        Self::with_timeout(url, REQUEST_TIMEOUT)
    }

    /// As [`Portal::new`], with a custom overall timeout per request.
    pub fn with_timeout(url: PortalUrl, timeout: Duration) -> Result<Self, ApiError> {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(CONNECT_TIMEOUT.min(timeout))
            .user_agent(concat!("docspace-keys/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|err| ApiError::Request(err.to_string()))?;
        Ok(Self { http, url })
    }

    pub fn url(&self) -> &PortalUrl {
        &self.url
    }

    /// Attaches a credential.
    pub fn with_credential(self, credential: Credential) -> DocSpaceClient {
        DocSpaceClient {
            portal: self,
            credential,
        }
    }

    /// `POST /api/2.0/authentication` (or `/authentication/{code}` with a two-factor code).
    pub async fn sign_in(
        &self,
        email: &str,
        password: &SecretString,
        code: Option<&str>,
    ) -> Result<SignIn, ApiError> {
        let code = code.map(str::trim).filter(|code| !code.is_empty());
        let path = match code {
            Some(code) => format!(
                "/api/2.0/authentication/{}",
                url::form_urlencoded::byte_serialize(code.as_bytes()).collect::<String>()
            ),
            None => "/api/2.0/authentication".to_owned(),
        };
        let body = AuthRequest {
            user_name: email.trim(),
            password: password.expose_secret(),
            code,
        };
        let request = self.http.post(self.url.join(&path)).json(&body);
        let answer: AuthResponse = self.send(request).await?;
        if let Some(token) = answer.token.filter(|token| !token.is_empty()) {
            return Ok(SignIn::Token {
                token: secret_from_string(token),
                expires: answer.expires.as_deref().and_then(parse_login_expiry),
            });
        }
        if answer.tfa {
            Ok(SignIn::NeedsCode(SecondFactor::App {
                setup_key: answer.tfa_key,
            }))
        } else if answer.sms {
            Ok(SignIn::NeedsCode(SecondFactor::Sms {
                phone: answer.phone_noise,
            }))
        } else {
            Err(ApiError::NotDocSpace {
                host: self.url.host(),
                detail: "the sign-in answer had neither a token nor a second step".to_owned(),
            })
        }
    }

    async fn send<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T, ApiError> {
        let (status, retry_after, body) = self.exchange(request).await?;
        decode(self.raw(status, retry_after.as_deref(), &body))
    }

    /// Sends a request and reads the whole answer, mapping transport failures.
    ///
    /// The body is zeroed when dropped: answers carry login tokens and new keys' secrets.
    /// This is as far as zeroing reaches. `Vec::from(Bytes)` reuses reqwest's buffer when
    /// nothing else shares it (an answer that arrived in several chunks, which reqwest joins
    /// into a buffer of its own); an answer that arrived in one chunk shares hyper's read
    /// buffer, so it is copied and the original is left to hyper. Neither hyper's buffers
    /// nor rustls's record buffers, any decompression buffer reqwest might use, or the
    /// kernel's socket buffers can be reached from here.
    async fn exchange(
        &self,
        request: RequestBuilder,
    ) -> Result<(u16, Option<String>, Zeroizing<Vec<u8>>), ApiError> {
        let response = request
            .send()
            .await
            .map_err(|err| self.transport_error(&err))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = match response.bytes().await {
            Ok(bytes) => Zeroizing::new(Vec::from(bytes)),
            Err(err) if err.is_timeout() => {
                return Err(ApiError::Timeout {
                    host: self.url.host(),
                });
            }
            // The connection closed before the announced length arrived.
            Err(_) => {
                return Err(ApiError::NotDocSpace {
                    host: self.url.host(),
                    detail: "the answer was cut off".to_owned(),
                });
            }
        };
        Ok((status, retry_after, body))
    }

    fn raw<'a>(
        &'a self,
        status: u16,
        retry_after: Option<&'a str>,
        body: &'a [u8],
    ) -> RawAnswer<'a> {
        RawAnswer {
            status,
            retry_after,
            body,
            host: self.url.as_str(),
        }
    }

    fn transport_error(&self, err: &reqwest::Error) -> ApiError {
        let host = self.url.host();
        if err.is_timeout() {
            return ApiError::Timeout { host };
        }
        if is_tls_error(err) {
            return ApiError::Tls { host };
        }
        if err.is_connect() || err.is_request() {
            return ApiError::Offline { host };
        }
        ApiError::Request(err.to_string())
    }
}

/// Walks an error's sources looking for a certificate or handshake failure.
fn is_tls_error(err: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(err);
    while let Some(current) = source {
        let text = current.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            return true;
        }
        source = current.source();
    }
    false
}

impl DocSpaceClient {
    /// Signs in with an API key or a login token in one step.
    pub fn new(url: PortalUrl, credential: Credential) -> Result<Self, ApiError> {
        Ok(Portal::new(url)?.with_credential(credential))
    }

    pub fn portal(&self) -> &PortalUrl {
        &self.portal.url
    }

    pub fn credential(&self) -> &Credential {
        &self.credential
    }

    /// `GET /api/2.0/keys`: every key this account may see, newest first.
    pub async fn list_keys(&self) -> Result<Vec<ApiKey>, ApiError> {
        let keys: Vec<ApiKeyDto> = self.call(Method::GET, "/api/2.0/keys", None::<&()>).await?;
        Ok(keys.into_iter().map(key_from_dto).collect())
    }

    /// `POST /api/2.0/keys`. Never retried automatically: a retry could create a second key.
    pub async fn create_key(
        &self,
        request: &CreateKeyRequest,
    ) -> Result<(ApiKey, NewKeySecret), ApiError> {
        // The secret's way through decoding: the zeroed body (see `exchange`), then a JSON
        // string that serde_json allocates once and then moves, without copying, through the
        // envelope's `Value` into `created.key`; `NewKeySecret::new` zeroes that `String`.
        // Only if decoding fails part-way is a partly built `Value` dropped unzeroed.
        let mut created: ApiKeyDto = self
            .call(Method::POST, "/api/2.0/keys", Some(request))
            .await?;
        let secret = created.key.take().map(NewKeySecret::new);
        let key = key_from_dto(created);
        match secret {
            Some(secret) if !secret.expose().contains('*') => Ok((key, secret)),
            _ => Err(ApiError::NotDocSpace {
                host: self.portal.url.host(),
                detail: "the new key's secret was missing from the answer".to_owned(),
            }),
        }
    }

    /// `PUT /api/2.0/keys/{id}` with only the fields to change.
    pub async fn update_key(&self, id: &str, request: &UpdateKeyRequest) -> Result<(), ApiError> {
        let path = key_path(id)?;
        let (status, retry_after, body) = self
            .portal
            .exchange(self.request(Method::PUT, &path).json(request))
            .await?;
        decode_confirmation(
            self.portal.raw(status, retry_after.as_deref(), &body),
            REFUSED_UPDATE,
        )
        .map_err(unknown_key_error)
    }

    /// `DELETE /api/2.0/keys/{id}`.
    pub async fn delete_key(&self, id: &str) -> Result<(), ApiError> {
        let path = key_path(id)?;
        let (status, retry_after, body) = self
            .portal
            .exchange(self.request(Method::DELETE, &path))
            .await?;
        decode_confirmation(
            self.portal.raw(status, retry_after.as_deref(), &body),
            REFUSED_DELETE,
        )
        .map_err(unknown_key_error)
    }

    /// `GET /api/2.0/keys/permissions`: the catalogue of scopes this portal accepts.
    pub async fn permissions(&self) -> Result<Vec<String>, ApiError> {
        self.call(Method::GET, "/api/2.0/keys/permissions", None::<&()>)
            .await
    }

    /// `GET /api/2.0/keys/@self`: the key this client authenticates with.
    /// Only meaningful for an API-key credential.
    pub async fn current_key(&self) -> Result<ApiKey, ApiError> {
        let key: ApiKeyDto = self
            .call(Method::GET, "/api/2.0/keys/@self", None::<&()>)
            .await?;
        Ok(key_from_dto(key))
    }

    /// `GET /api/2.0/people/@self`: the signed-in person's name and role.
    pub async fn me(&self) -> Result<Person, ApiError> {
        let person: PersonDto = self
            .call(Method::GET, "/api/2.0/people/@self", None::<&()>)
            .await?;
        Ok(person_from_dto(person))
    }

    /// `POST /api/2.0/authentication/logout`: ends a login session on the portal.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        let (status, retry_after, body) = self
            .portal
            .exchange(self.request(Method::POST, "/api/2.0/authentication/logout"))
            .await?;
        crate::api::decode::decode_payload(self.portal.raw(status, retry_after.as_deref(), &body))
            .map(drop)
    }

    async fn call<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, ApiError> {
        let mut request = self.request(method, path);
        if let Some(body) = body {
            request = request.json(body);
        }
        self.portal.send(request).await
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let header = self.credential.authorization_header();
        let request = self.portal.http.request(method, self.portal.url.join(path));
        match HeaderValue::from_str(header.expose_secret()) {
            Ok(mut value) => {
                value.set_sensitive(true);
                request.header(AUTHORIZATION, value)
            }
            // A secret with characters a header cannot carry: send none and let the portal say 401.
            Err(_) => request,
        }
    }
}

/// Key ids are GUIDs; anything else would change the route, so it is refused here.
fn key_path(id: &str) -> Result<String, ApiError> {
    let valid =
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    if valid {
        Ok(format!("/api/2.0/keys/{id}"))
    } else {
        Err(ApiError::Validation {
            messages: vec![format!(
                "\"{id}\" is not a key id (a key id looks like 3f2b9c1e-8d4a-4f0e-9a77-1c2d3e4f5a6b)."
            )],
        })
    }
}

/// DocSpace answers 500 for an id it does not know (§1.5, §1.6): say so plainly.
fn unknown_key_error(err: ApiError) -> ApiError {
    match err {
        ApiError::Server { status: 500, .. } | ApiError::NotFound => ApiError::Refused {
            reason:
                "The portal could not find this key (it answered with an error). It may already \
                     have been deleted; refresh the list."
                    .to_owned(),
        },
        other => other,
    }
}
