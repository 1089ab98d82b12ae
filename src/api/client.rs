//! The DocSpace API client: every call of the key reference, plus sign-in and
//! the signed-in person. Async, on tokio; cheap to clone.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{AUTHORIZATION, CONNECTION, HeaderValue, LOCATION, RETRY_AFTER};
use reqwest::{Method, RequestBuilder, Response, redirect};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::convert::{key_from_dto, person_from_dto};
use super::date::parse_login_expiry;
use super::decode::{ArrivingKeys, RawAnswer, decode, decode_confirmation, decode_keys};
use super::error::{ApiError, Refusal};
use super::portal::{LOCALHOST, PortalUrl};
use super::secret::{Credential, NewKeySecret, REDACTED, Redacted, secret_from_string};
use super::tap::{Tap, decode_keys_as_they_arrive};
use super::wire::{
    ApiKeyDto, AuthRequest, AuthResponse, CreateKeyRequest, PersonDto, UpdateKeyRequest,
};
use crate::domain::{ApiKey, Person};

/// How long a whole request may take before it is abandoned.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long establishing a connection may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest answer read for the key list: 100 000 keys take about 60 MB.
pub const LIST_ANSWER_LIMIT: usize = 256 * 1024 * 1024;
/// The longest answer read for any other call; real ones are a few kilobytes.
pub const ANSWER_LIMIT: usize = 4 * 1024 * 1024;

/// An HTTP session with one portal, without a credential yet.
#[derive(Clone, Debug)]
pub struct Portal {
    http: reqwest::Client,
    url: PortalUrl,
    limits: AnswerLimits,
}

/// The longest answers read, in bytes; anything longer is refused unread.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AnswerLimits {
    /// `GET /keys`, which lists every key of the portal.
    pub list: usize,
    /// Every other call.
    pub other: usize,
}

impl Default for AnswerLimits {
    fn default() -> Self {
        Self {
            list: LIST_ANSWER_LIMIT,
            other: ANSWER_LIMIT,
        }
    }
}

/// An answer read whole.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: Body,
}

/// An answer's body, as [`Reading`] asks for it.
enum Body {
    /// Zeroed by the client when dropped: sign-in and create answers carry login tokens and
    /// new keys' secrets.
    Secret(Zeroizing<Vec<u8>>),
    /// The key list, which holds no secret: each key in it is masked. Not zeroed by the
    /// client (at 100 000 keys, that took a tenth of `keys list`'s time); the binary's
    /// allocator still zeroes it when it is freed. Checked as UTF-8 as it arrives.
    Public(Vec<u8>, TextSoFar),
    /// The key list while a tap decodes it: the chunks as they were read (the tap has views
    /// of the same memory), put together into one buffer only if something reads the body
    /// whole, as the decoder's fallback does. At 100 000 keys that saves copying 89 MB.
    Chunks(Chunks),
}

/// A body kept in the chunks it arrived in.
#[derive(Default)]
struct Chunks {
    /// Emptied when the body is put together, each chunk let go once it is copied, so that
    /// the answer is held about once, not twice, while the whole of it is decoded.
    chunks: Mutex<Vec<Bytes>>,
    len: usize,
    text: TextSoFar,
    whole: OnceLock<Vec<u8>>,
}

impl Chunks {
    /// The chunks put together, once.
    fn whole(&self) -> &[u8] {
        self.whole.get_or_init(|| {
            let mut chunks = self.chunks.lock().unwrap_or_else(PoisonError::into_inner);
            let mut whole = Vec::with_capacity(self.len);
            for chunk in chunks.drain(..) {
                whole.extend_from_slice(&chunk);
            }
            whole
        })
    }
}

/// Whether a body read so far is UTF-8, checked chunk by chunk: the reader does it while it
/// waits for the next one, so that nothing is left to check once the last arrives.
#[derive(Default)]
struct TextSoFar {
    /// The start of a character that the end of the last chunk cut short.
    cut: [u8; 4],
    /// How many bytes of `cut` there are.
    cut_len: usize,
    /// Something before the end is not UTF-8.
    broken: bool,
}

impl TextSoFar {
    /// Checks the next `chunk`; a character cut in two by the end of a chunk is checked once
    /// the rest of it is there.
    fn check(&mut self, mut chunk: &[u8]) {
        if self.broken {
            return;
        }
        if self.cut_len > 0 {
            // The cut bytes are the start of a character (UTF-8 said so), which its first
            // byte gives the length of.
            let width = match self.cut[0] {
                0xf0.. => 4,
                0xe0.. => 3,
                _ => 2,
            };
            let taken = (width - self.cut_len).min(chunk.len());
            self.cut[self.cut_len..self.cut_len + taken].copy_from_slice(&chunk[..taken]);
            self.cut_len += taken;
            chunk = &chunk[taken..];
            if self.cut_len < width {
                return;
            }
            self.cut_len = 0;
            if std::str::from_utf8(&self.cut[..width]).is_err() {
                self.broken = true;
                return;
            }
        }
        if let Err(err) = std::str::from_utf8(chunk) {
            let rest = &chunk[err.valid_up_to()..];
            match err.error_len() {
                Some(_) => self.broken = true,
                None => {
                    self.cut[..rest.len()].copy_from_slice(rest);
                    self.cut_len = rest.len();
                }
            }
        }
    }

    /// Whether all that was checked is UTF-8.
    fn is_whole(&self) -> bool {
        !self.broken && self.cut_len == 0
    }
}

impl std::ops::Deref for Body {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Body::Secret(bytes) => bytes,
            Body::Public(bytes, _) => bytes,
            Body::Chunks(chunks) => chunks.whole(),
        }
    }
}

/// How an answer is read.
enum Reading {
    /// As one that may hold a secret.
    MayHoldSecrets,
    /// As the key list, handing each chunk of a success to the tap, if any, as well.
    KeyList(Option<Tap>),
}

impl Body {
    /// Appends `chunk`, growing as `grown_capacity` says; a secret body into a fresh buffer
    /// (see `append_zeroizing`); the key list being decoded as it arrives by keeping a view
    /// of the chunk.
    fn append(&mut self, chunk: &Bytes, limit: usize, announced: usize) {
        match self {
            Body::Secret(body) => append_zeroizing(body, chunk, limit, announced),
            Body::Public(body, text) => {
                body.reserve_exact(grown_capacity(body, chunk, limit, announced) - body.len());
                body.extend_from_slice(chunk);
                text.check(chunk);
            }
            Body::Chunks(chunks) => {
                chunks.len += chunk.len();
                chunks.text.check(chunk);
                let arrived = chunks
                    .chunks
                    .get_mut()
                    .unwrap_or_else(PoisonError::into_inner);
                arrived.push(chunk.clone());
            }
        }
    }

    /// How many bytes have been read.
    fn len(&self) -> usize {
        match self {
            Body::Secret(bytes) => bytes.len(),
            Body::Public(bytes, _) => bytes.len(),
            Body::Chunks(chunks) => chunks.len,
        }
    }
}

impl Answer {
    fn status_is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Whether the keys decoded as the list arrived may stand for the answer: a success,
    /// UTF-8 throughout (the decoder skips strings it does not use unchecked).
    fn may_give_arrived_keys(&self) -> bool {
        self.status_is_success()
            && match &self.body {
                Body::Public(_, text) => text.is_whole(),
                Body::Chunks(chunks) => chunks.text.is_whole(),
                Body::Secret(body) => std::str::from_utf8(body).is_ok(),
            }
    }
}

/// A request that brought back no usable answer.
struct Failure {
    error: ApiError,
    /// Whether the portal may have received the request and acted on it.
    may_have_arrived: bool,
}

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> Self {
        failure.error
    }
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
        let http = http_client(&url, timeout).map_err(|err| ApiError::Request(err.to_string()))?;
        Ok(Self {
            http,
            url,
            limits: AnswerLimits::default(),
        })
    }

    /// As it is, reading answers up to other limits (small ones, for tests).
    #[cfg(test)]
    pub(crate) fn with_answer_limits(self, limits: AnswerLimits) -> Self {
        Self { limits, ..self }
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
        let answer: AuthResponse = self.send(request, self.limits.other).await?;
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

    async fn send<T: DeserializeOwned>(
        &self,
        request: RequestBuilder,
        limit: usize,
    ) -> Result<T, ApiError> {
        let answer = self.exchange(request, limit).await?;
        decode(self.raw(&answer))
    }

    /// Sends a request and reads the whole answer, up to `limit` bytes, mapping
    /// transport failures and refusing redirects.
    ///
    /// The body is zeroed when dropped: the chunks are copied into a buffer of our own (see
    /// `append_zeroizing`). hyper's read buffers and rustls's record buffers cannot be
    /// reached from here; the binary's allocator (`platform::WipingAllocator`) zeroes them
    /// when they are freed. The kernel's socket buffers are out of reach.
    async fn exchange(&self, request: RequestBuilder, limit: usize) -> Result<Answer, Failure> {
        self.exchange_reading(request, limit, Reading::MayHoldSecrets)
            .await
    }

    /// [`Portal::exchange`], reading the answer as `reading` says.
    async fn exchange_reading(
        &self,
        request: RequestBuilder,
        limit: usize,
        reading: Reading,
    ) -> Result<Answer, Failure> {
        let mut response = request.send().await.map_err(|err| Failure {
            error: self.transport_error(&err),
            // A failure to connect means nothing was sent; after that, it may have been.
            may_have_arrived: !err.is_connect(),
        })?;
        let status = response.status();
        if status.is_redirection() {
            return Err(Failure {
                error: ApiError::Redirected {
                    status: status.as_u16(),
                    location: redirect_target(response.url(), response.headers().get(LOCATION)),
                },
                may_have_arrived: false,
            });
        }
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = self
            .read_body(&mut response, limit, reading, status.is_success())
            .await
            .map_err(|error| Failure {
                error,
                may_have_arrived: true,
            })?;
        Ok(Answer {
            status: status.as_u16(),
            retry_after,
            body,
        })
    }

    /// Reads the body chunk by chunk, stopping as soon as it is longer than `limit`.
    async fn read_body(
        &self,
        response: &mut Response,
        limit: usize,
        reading: Reading,
        success: bool,
    ) -> Result<Body, ApiError> {
        let too_large = || ApiError::AnswerTooLarge {
            host: self.url.host(),
            limit,
        };
        let announced = response.content_length().unwrap_or(0);
        if announced > limit as u64 {
            return Err(too_large());
        }
        // What is announced is only a hint: reserve no more than a little up front.
        let announced = usize::try_from(announced).unwrap_or(0);
        let reserve = announced.min(INITIAL_BUFFER);
        let (mut body, tap) = match reading {
            Reading::MayHoldSecrets => (
                Body::Secret(Zeroizing::new(Vec::with_capacity(reserve))),
                None,
            ),
            // Only a success is decoded as it arrives; any other answer is worded from the
            // whole.
            Reading::KeyList(Some(tap)) if success => (Body::Chunks(Chunks::default()), Some(tap)),
            Reading::KeyList(_) => (
                Body::Public(Vec::with_capacity(reserve), TextSoFar::default()),
                None,
            ),
        };
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) if chunk.len() > limit - body.len() => return Err(too_large()),
                // The chunk is zeroed as it is freed (`platform::WipingAllocator`).
                Ok(Some(chunk)) => {
                    if let Some(tap) = &tap {
                        tap.pass(&chunk).await;
                    }
                    body.append(&chunk, limit, announced);
                }
                Ok(None) => return Ok(body),
                Err(err) if err.is_timeout() => {
                    return Err(ApiError::Timeout {
                        host: self.url.host(),
                    });
                }
                // The connection closed before the whole answer arrived.
                Err(_) => {
                    return Err(ApiError::NotDocSpace {
                        host: self.url.host(),
                        detail: "the answer was cut off".to_owned(),
                    });
                }
            }
        }
    }

    fn raw<'a>(&'a self, answer: &'a Answer) -> RawAnswer<'a> {
        RawAnswer {
            status: answer.status,
            retry_after: answer.retry_after.as_deref(),
            body: &answer.body,
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

/// How much of an announced body is reserved before the first chunk arrives.
const INITIAL_BUFFER: usize = 64 * 1024;

/// Appends `chunk`, growing into a fresh buffer when needed so that the old one is
/// zeroed on drop rather than left behind in freed memory by a reallocation. The
/// caller has checked that `body.len() + chunk.len() <= limit`.
///
/// `announced` is the answer's `Content-Length` (0 when it gave none). Once an eighth of
/// it has arrived, the buffer grows to all of it at once: an 89 MB key list is then copied
/// about a quarter of its size on the way, rather than about its whole size, and a portal
/// that announces more than it sends makes it reserve at most eight times what it sent.
fn append_zeroizing(body: &mut Zeroizing<Vec<u8>>, chunk: &[u8], limit: usize, announced: usize) {
    let capacity = grown_capacity(body, chunk, limit, announced);
    if capacity > body.capacity() {
        let mut grown = Zeroizing::new(Vec::with_capacity(capacity));
        grown.extend_from_slice(body);
        *body = grown;
    }
    body.extend_from_slice(chunk);
}

/// The capacity `body` needs for `chunk` as well: what it has when that is enough, or else
/// twice that, or the whole announced length once an eighth of it has come (see
/// [`append_zeroizing`]), and never more than `limit` unless the chunk itself needs it.
fn grown_capacity(body: &Vec<u8>, chunk: &[u8], limit: usize, announced: usize) -> usize {
    let capacity = body.capacity();
    let needed = body.len() + chunk.len();
    if needed <= capacity {
        return capacity;
    }
    let doubled = needed.max(capacity.saturating_mul(2));
    let whole = announced.min(limit);
    let grown = if whole > doubled && needed >= whole / 8 {
        whole
    } else {
        doubled.min(limit)
    };
    grown.max(needed)
}

/// Makes ring the process's TLS provider, once; every HTTP client needs one before it
/// is built. (reqwest's own default would be aws-lc-rs: larger, and a C build.)
pub fn install_tls_provider() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        // Fails only when a provider is installed already, which serves as well.
        rustls::crypto::ring::default_provider()
            .install_default()
            .ok();
    });
}

/// The HTTP client for one portal.
///
/// Redirects are never followed: the DocSpace API does not use them, and following one
/// re-sends the password or the key to wherever it points. A portal on this computer is
/// never reached through a proxy, which would see the plain-http traffic, and
/// `localhost` is resolved here to 127.0.0.1 and ::1 so no DNS server is asked.
fn http_client(url: &PortalUrl, timeout: Duration) -> reqwest::Result<reqwest::Client> {
    install_tls_provider();
    let mut builder = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(CONNECT_TIMEOUT.min(timeout))
        .user_agent(concat!("docspace-keys/", env!("CARGO_PKG_VERSION")))
        .redirect(redirect::Policy::none());
    if url.is_loopback() {
        // Port 0 means "the port of the URL".
        let this_computer = [
            SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            SocketAddr::from((Ipv6Addr::LOCALHOST, 0)),
        ];
        builder = builder
            .no_proxy()
            .resolve_to_addrs(LOCALHOST, &this_computer);
    }
    if url.is_plain_http() {
        // No TLS is ever spoken to a plain-http portal (redirects are not followed), so the
        // system's certificates are not loaded for it: that is most of building a client.
        builder = builder.tls_certs_only(std::iter::empty());
    }
    builder.build()
}

/// Where a redirect pointed, for a message: resolved against the request's URL, with no
/// user name, password, query or fragment (they may carry tickets), and shortened.
fn redirect_target(request: &url::Url, location: Option<&HeaderValue>) -> Option<String> {
    const LONGEST: usize = 100;
    let location = location?.to_str().ok()?;
    let mut target = request.join(location.trim()).ok()?;
    target.set_query(None);
    target.set_fragment(None);
    // Only a URL that cannot have them refuses these, and then it has none.
    target.set_username("").ok();
    target.set_password(None).ok();
    let text = target.as_str();
    let text = if target.path() == "/" {
        text.trim_end_matches('/')
    } else {
        text
    };
    Some(if text.chars().count() > LONGEST {
        let short: String = text.chars().take(LONGEST).collect();
        format!("{short}…")
    } else {
        text.to_owned()
    })
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
    ///
    /// The keys are decoded while the answer arrives (see `tap`); when that gives up,
    /// the whole answer is decoded once it is in, which words any error.
    pub async fn list_keys(&self) -> Result<Vec<ApiKey>, ApiError> {
        let (tap, decoding) = decode_keys_as_they_arrive();
        let answer = self.keys_answer(Some(tap)).await?;
        if answer.may_give_arrived_keys()
            && let Some(keys) = decoding.keys().await
        {
            return Ok(keys);
        }
        decode_keys(self.portal.raw(&answer))
    }

    /// [`DocSpaceClient::list_keys`], awaiting `before_decoding` (given the answer's size in
    /// bytes) before the keys are decoded, when the whole answer has arrived, is at least
    /// `large` bytes, a success and well-formed JSON: the window hands over the list it
    /// shows then, so that the old keys are freed before the new ones are made.
    pub async fn list_keys_with<Ready: Future<Output = ()>>(
        &self,
        large: usize,
        before_decoding: impl FnOnce(usize) -> Ready,
    ) -> Result<Vec<ApiKey>, ApiError> {
        let answer = self.keys_answer(None).await?;
        // Only an answer that can be decoded is worth giving the old list up for: a success,
        // and JSON throughout (checked without allocating anything, and only when large).
        let readable = answer.body.len() >= large
            && answer.status_is_success()
            && serde_json::from_slice::<serde::de::IgnoredAny>(&answer.body).is_ok();
        if readable {
            before_decoding(answer.body.len()).await;
        }
        // Key by key, as when it arrives: no list of wire keys as long as the answer is made
        // beside the keys, so that what is freed leaves fewer holes between them.
        if answer.may_give_arrived_keys() {
            let mut keys = ArrivingKeys::new();
            if keys.push_all(&[&answer.body[..]])
                && let Some(keys) = keys.finish()
            {
                return Ok(keys);
            }
        }
        decode_keys(self.portal.raw(&answer))
    }

    /// `GET /api/2.0/keys`, read whole, each chunk of a success handed to `tap` as well.
    async fn keys_answer(&self, tap: Option<Tap>) -> Result<Answer, ApiError> {
        let request = self.request(Method::GET, "/api/2.0/keys")?;
        Ok(self
            .portal
            .exchange_reading(request, self.portal.limits.list, Reading::KeyList(tap))
            .await?)
    }

    /// `POST /api/2.0/keys`. Never retried automatically: a retry could create a second key.
    ///
    /// When the request may have reached the portal but its answer did not come back
    /// whole, the error is [`ApiError::CreateAnswerLost`]: the key may exist.
    pub async fn create_key(
        &self,
        request: &CreateKeyRequest,
    ) -> Result<(ApiKey, NewKeySecret), ApiError> {
        let lost = |err: ApiError| ApiError::CreateAnswerLost {
            name: request.name.clone(),
            reason: lost_answer_reason(&err),
        };
        let sent = self
            .request(Method::POST, "/api/2.0/keys")?
            .header(CONNECTION, "close")
            .json(request);
        let answer = match self.portal.exchange(sent, self.portal.limits.other).await {
            Ok(answer) => answer,
            Err(Failure {
                error,
                may_have_arrived: true,
            }) => return Err(lost(error)),
            Err(failure) => return Err(failure.error),
        };
        // The secret's way through this process, and which copies are zeroed:
        // - hyper's read buffer (and rustls's, over https) holds the whole answer. The request
        //   asks for the connection to be closed after it (`Connection: close`), so that
        //   buffer is freed with the connection instead of waiting in the pool, and the binary's
        //   allocator (`platform::WipingAllocator`) zeroes it as it is freed. So it does for
        //   the chunks reqwest hands out, serde_json's scratch buffer, arboard's copy and
        //   egui's laid-out text once its galley is evicted.
        // - the body, read into a buffer of our own: zeroed on drop (`Answer::body`).
        // - decoding goes in one pass from the body into `created.key`, and `NewKeySecret::new`
        //   moves it into a `SecretString` (zeroed on drop) and zeroes the `String`.
        // Out of this program's reach: the kernel's socket buffers, and the copies the
        // operating system's clipboard (X11, Wayland or Windows) makes; clearing the clipboard
        // later replaces them, it cannot zero them. `tests/heap.rs` searches the process's
        // memory for the key after the dialog is done and the clipboard cleared.
        let mut created: ApiKeyDto = match decode(self.portal.raw(&answer)) {
            Ok(created) => created,
            // A gateway that gave up waiting, or a success whose body is not a key.
            Err(err @ ApiError::Server { status: 504, .. }) => return Err(lost(err)),
            Err(err @ ApiError::NotDocSpace { .. }) if (200..300).contains(&answer.status) => {
                return Err(lost(err));
            }
            Err(err) => return Err(err),
        };
        let secret = created.key.take().map(NewKeySecret::new);
        let key = key_from_dto(created);
        match secret {
            Some(secret) if !secret.expose().contains('*') => Ok((key, secret)),
            _ => Err(lost(ApiError::NotDocSpace {
                host: self.portal.url.host(),
                detail: "the new key's secret was missing from the answer".to_owned(),
            })),
        }
    }

    /// `PUT /api/2.0/keys/{id}` with only the fields to change.
    pub async fn update_key(&self, id: &str, request: &UpdateKeyRequest) -> Result<(), ApiError> {
        let path = key_path(id)?;
        let answer = self
            .exchange(self.request(Method::PUT, &path)?.json(request))
            .await?;
        decode_confirmation(self.portal.raw(&answer), Refusal::NotChanged)
            .map_err(unknown_key_error)
    }

    /// `DELETE /api/2.0/keys/{id}`.
    pub async fn delete_key(&self, id: &str) -> Result<(), ApiError> {
        let path = key_path(id)?;
        let answer = self.exchange(self.request(Method::DELETE, &path)?).await?;
        decode_confirmation(self.portal.raw(&answer), Refusal::NotDeleted)
            .map_err(unknown_key_error)
    }

    /// `GET /api/2.0/keys/permissions`: the catalogue of scopes this portal accepts.
    pub async fn permissions(&self) -> Result<Vec<String>, ApiError> {
        self.get("/api/2.0/keys/permissions").await
    }

    /// `GET /api/2.0/keys/@self`: the key this client authenticates with.
    /// Only meaningful for an API-key credential.
    pub async fn current_key(&self) -> Result<ApiKey, ApiError> {
        let key: ApiKeyDto = self.get("/api/2.0/keys/@self").await?;
        Ok(key_from_dto(key))
    }

    /// `GET /api/2.0/people/@self`: the signed-in person's name and role.
    pub async fn me(&self) -> Result<Person, ApiError> {
        let person: PersonDto = self.get("/api/2.0/people/@self").await?;
        Ok(person_from_dto(person))
    }

    /// `POST /api/2.0/authentication/logout`: ends a login session on the portal.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        let answer = self
            .exchange(self.request(Method::POST, "/api/2.0/authentication/logout")?)
            .await?;
        crate::api::decode::decode_payload(self.portal.raw(&answer)).map(drop)
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let request = self.request(Method::GET, path)?;
        self.portal.send(request, self.portal.limits.other).await
    }

    async fn exchange(&self, request: RequestBuilder) -> Result<Answer, ApiError> {
        Ok(self
            .portal
            .exchange(request, self.portal.limits.other)
            .await?)
    }

    /// A request with the credential, or [`ApiError::UnusableCredential`] when it holds
    /// characters a header cannot carry (sending none would only bring a puzzling 401).
    fn request(&self, method: Method, path: &str) -> Result<RequestBuilder, ApiError> {
        let header = self.credential.authorization_header();
        let mut value = HeaderValue::from_str(header.expose_secret())
            .map_err(|_| ApiError::UnusableCredential)?;
        value.set_sensitive(true);
        Ok(self
            .portal
            .http
            .request(method, self.portal.url.join(path))
            .header(AUTHORIZATION, value))
    }
}

/// What became of a create's answer, in a few words for [`ApiError::CreateAnswerLost`].
fn lost_answer_reason(err: &ApiError) -> String {
    match err {
        ApiError::Timeout { .. } => "no answer came in time".to_owned(),
        ApiError::Offline { .. } => "the connection closed before the answer came".to_owned(),
        ApiError::NotDocSpace { detail, .. } => detail.clone(),
        ApiError::AnswerTooLarge { .. } => "the answer was far too long".to_owned(),
        ApiError::Server { status, .. } => format!("the portal's gateway answered HTTP {status}"),
        other => other.to_string(),
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
            reason: Refusal::UnknownKey,
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal, Fault};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    const SMALL: AnswerLimits = AnswerLimits {
        list: 16 * 1024,
        other: 1024,
    };

    /// `text` read in pieces of `size` bytes: whether it was UTF-8 throughout.
    fn text_in_pieces(text: &[u8], size: usize) -> bool {
        let mut so_far = TextSoFar::default();
        for piece in text.chunks(size) {
            so_far.check(piece);
        }
        so_far.is_whole()
    }

    #[test]
    fn a_body_is_checked_as_utf8_piece_by_piece() {
        let text = "Key 数据 نسخ 🔑 end".as_bytes();
        let mut broken = text.to_vec();
        broken[5] = 0xff;
        for size in 1..=text.len() {
            assert!(text_in_pieces(text, size), "{size}");
            assert!(!text_in_pieces(&broken, size), "{size}");
            // The last character cut short.
            assert!(!text_in_pieces(&text[..text.len() - 5], size), "{size}");
        }
        assert!(text_in_pieces(b"", 1));
    }

    #[test]
    fn a_body_kept_in_chunks_reads_whole_and_lets_its_chunks_go() {
        let mut body = Body::Chunks(Chunks::default());
        for piece in ["{\"response\":[", "{\"id\":\"数", "据\"}", "]}"] {
            body.append(&Bytes::from(piece), 1024, 0);
        }
        let text = "{\"response\":[{\"id\":\"数据\"}]}";
        assert_eq!(body.len(), text.len());
        assert_eq!(&*body, text.as_bytes());
        assert_eq!(&*body, text.as_bytes(), "put together once, read again");
        let Body::Chunks(chunks) = &body else {
            unreachable!("made as chunks above");
        };
        assert!(chunks.text.is_whole());
        assert!(
            chunks.chunks.lock().unwrap().is_empty(),
            "no copy kept beside the whole"
        );
    }

    #[test]
    fn utf8_checked_in_pieces_is_utf8_checked_whole() {
        // Cut characters followed by what cannot go on with them, surrogates, overlong and
        // out-of-range forms, and bytes that never start a character.
        let texts: [&[u8]; 12] = [
            "数据 🔑".as_bytes(),
            b"\xe6\x95A",
            b"\xe6\x95",
            b"\xf0\x9f\x94",
            b"\xf0\x9f\x94\x91\xf0",
            b"\xed\xa0\x80",
            b"\xc0\xaf",
            b"\xe0\x80\xaf",
            b"\xf4\x90\x80\x80",
            b"\xf5\x80\x80\x80",
            b"a\x80b",
            b"\xc3\xa9\xc3",
        ];
        for text in texts {
            let whole = std::str::from_utf8(text).is_ok();
            for size in 1..=text.len().max(1) {
                assert_eq!(text_in_pieces(text, size), whole, "{text:?} in {size}s");
            }
            for at in 0..=text.len() {
                let mut so_far = TextSoFar::default();
                so_far.check(&text[..at]);
                so_far.check(&text[at..]);
                assert_eq!(so_far.is_whole(), whole, "{text:?} cut at {at}");
            }
        }
    }

    async fn signed_in(demo: &DemoPortal) -> DocSpaceClient {
        let portal = Portal::new(PortalUrl::parse(&demo.url()).unwrap())
            .unwrap()
            .with_answer_limits(SMALL);
        let password = SecretString::from(DEMO_PASSWORD);
        match portal.sign_in(ADMIN_EMAIL, &password, None).await.unwrap() {
            SignIn::Token { token, .. } => portal.with_credential(Credential::LoginToken(token)),
            SignIn::NeedsCode(_) => panic!("the admin signs in in one step"),
        }
    }

    #[tokio::test]
    async fn the_list_has_its_own_limit_and_announced_lengths_are_checked_first() {
        let demo = DemoPortal::start(DemoConfig::default()).await.unwrap();
        let admin = signed_in(&demo).await;
        // The seeded list is longer than the limit for other calls, but within its own.
        assert!(admin.list_keys().await.is_ok());
        demo.faults().push(Fault::Oversized { bytes: 64 * 1024 });
        let err = admin.list_keys().await.unwrap_err();
        assert!(
            matches!(err, ApiError::AnswerTooLarge { limit, .. } if limit == SMALL.list),
            "{err:?}"
        );
        assert!(err.to_string().contains("larger than 16 KiB"), "{err}");
        demo.faults().push(Fault::Oversized { bytes: 2048 });
        let err = admin.permissions().await.unwrap_err();
        assert!(
            matches!(err, ApiError::AnswerTooLarge { limit: 1024, .. }),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn an_endless_answer_of_unannounced_length_is_cut_at_the_limit() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = PortalUrl::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
        tokio::spawn(async move {
            let Ok((mut connection, _)) = listener.accept().await else {
                return;
            };
            // Whatever was asked, the answer is the same endless one.
            let mut request = [0u8; 4096];
            if connection.read(&mut request).await.is_err() {
                return;
            }
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            connection.write_all(head.as_bytes()).await.ok();
            let chunk = format!("400\r\n{}\r\n", "x".repeat(0x400));
            // Until the client hangs up.
            while connection.write_all(chunk.as_bytes()).await.is_ok() {}
        });
        let client = Portal::new(url)
            .unwrap()
            .with_answer_limits(SMALL)
            .with_credential(Credential::LoginToken(SecretString::from("token")));
        let err = client.list_keys().await.unwrap_err();
        assert!(
            matches!(err, ApiError::AnswerTooLarge { limit, .. } if limit == SMALL.list),
            "{err:?}"
        );
    }

    #[test]
    fn a_redirect_target_is_named_without_secrets_and_kept_short() {
        let request = url::Url::parse("https://portal.example/api/2.0/keys").unwrap();
        let target = |location: &str| {
            redirect_target(&request, Some(&HeaderValue::from_str(location).unwrap()))
        };
        assert_eq!(
            target("http://me:pw@other.example/?ticket=1#x").as_deref(),
            Some("http://other.example")
        );
        assert_eq!(
            target("../login?next=1").as_deref(),
            Some("https://portal.example/api/login")
        );
        let long = target(&format!("https://other.example/{}", "a".repeat(300))).unwrap();
        assert_eq!(long.chars().count(), 101);
        assert!(long.ends_with('…'));
        assert_eq!(redirect_target(&request, None), None);
        assert_eq!(target("http://[broken"), None);
    }

    #[test]
    fn a_growing_body_stays_within_the_limit() {
        for announced in [0, 500, 1000, 5000] {
            let mut body = Zeroizing::new(Vec::new());
            for _ in 0..10 {
                append_zeroizing(&mut body, &[7; 100], 1000, announced);
            }
            assert_eq!(body.len(), 1000);
            assert!(body.capacity() <= 1000, "{}", body.capacity());
            assert!(body.iter().all(|byte| *byte == 7));
        }
    }

    #[test]
    fn a_body_grows_to_its_announced_length_once_an_eighth_has_come() {
        let mut body = Zeroizing::new(Vec::new());
        append_zeroizing(&mut body, &[1; 100], 1 << 20, 8000);
        assert!(
            body.capacity() < 8000,
            "not before an eighth: {}",
            body.capacity()
        );
        append_zeroizing(&mut body, &[2; 900], 1 << 20, 8000);
        assert_eq!(body.capacity(), 8000, "at an eighth, all of it at once");
        append_zeroizing(&mut body, &[3; 7000], 1 << 20, 8000);
        assert_eq!(body.capacity(), 8000, "no copy on the way to the end");
        assert_eq!(body.len(), 8000);
        // An announcement beyond what comes is never reserved before an eighth of it came.
        let mut body = Zeroizing::new(Vec::new());
        append_zeroizing(&mut body, &[4; 10], 1 << 30, 1 << 29);
        assert!(body.capacity() < 1 << 20, "{}", body.capacity());
    }
}
