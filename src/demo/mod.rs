//! The built-in demo portal: a local HTTP server that answers DocSpace's API-key
//! endpoints the way `shared/docspace-api-keys.md` describes them, so the app and
//! the tests can run without a real portal.
//!
//! It listens on `127.0.0.1` only, keeps everything in memory, seeds a dozen
//! believable keys, and can inject faults (latency, proxy pages, cut-off, stalled
//! and oversized answers, redirects, rate limiting, server errors) for tests. Secrets are never stored: only their
//! SHA-256 hashes.

mod answer;
mod auth;
mod body;
mod faults;
mod keys;
mod people;
mod routes;
mod seed;
mod sign_in;
mod store;

use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Offset, Timelike, Utc};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::api::wire::ApiKeyDto;

pub use faults::{Fault, FaultControl, LoggedRequest, UnreadableDates};

/// The portal owner: sees and manages every key.
pub const ADMIN_EMAIL: &str = "admin@example.com";
/// An ordinary user: sees and manages only their own keys.
pub const USER_EMAIL: &str = "user@example.com";
/// An ordinary user who signs in with an authenticator-app code as well.
pub const TFA_EMAIL: &str = "2fa@example.com";
/// The password of all three sign-in accounts.
pub const DEMO_PASSWORD: &str = "demo";
/// The only two-factor code the two-factor account accepts.
pub const TFA_CODE: &str = "123456";

/// The most generated keys a demo portal will hold on top of the seed.
const MAX_EXTRA_KEYS: usize = 100_000;
/// How long [`DemoPortal::shutdown`] waits for open requests before cutting them off.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// How a demo portal is set up.
#[derive(Debug, Clone)]
pub struct DemoConfig {
    /// The port to listen on; 0 picks any free port.
    pub port: u16,
    /// Generated keys on top of the seed, for testing large lists (at most 100 000).
    pub extra_keys: usize,
    /// The portal's time zone, in which every date is written.
    pub time_zone: FixedOffset,
    /// Whether to add the dozen realistic seed keys.
    pub seed: bool,
}

impl Default for DemoConfig {
    fn default() -> Self {
        Self {
            port: 0,
            extra_keys: 0,
            time_zone: FixedOffset::east_opt(3 * 3600).unwrap_or_else(|| Utc.fix()),
            seed: true,
        }
    }
}

/// Everything the request handlers share: the portal's settings and its data.
pub(crate) struct PortalState {
    /// The portal's time zone for `ApiDateTime` answers.
    pub zone: FixedOffset,
    /// `http://127.0.0.1:PORT`, used when a request carries no `Host` header.
    pub base_url: String,
    store: Mutex<store::Store>,
}

impl PortalState {
    /// The data, even if a handler panicked while holding it: the store stays
    /// consistent because every change is a single insert, update or remove.
    pub fn lock(&self) -> MutexGuard<'_, store::Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// "Now" in whole seconds: the real portal stores dates in MySQL `datetime`
/// columns, which have no fractions, so its answers end in `.0000000`.
pub(crate) fn now_in_seconds() -> DateTime<Utc> {
    let now = Utc::now();
    now.with_nanosecond(0).unwrap_or(now)
}

/// A running demo portal. It stops when dropped or on [`DemoPortal::shutdown`].
pub struct DemoPortal {
    address: SocketAddr,
    state: Arc<PortalState>,
    faults: FaultControl,
    stop: Option<oneshot::Sender<()>>,
    server: Option<JoinHandle<()>>,
}

impl DemoPortal {
    /// Binds `127.0.0.1:config.port`, seeds the keys and serves on the current
    /// tokio runtime until dropped or shut down.
    pub async fn start(config: DemoConfig) -> std::io::Result<DemoPortal> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, config.port)).await?;
        let address = listener.local_addr()?;
        let base_url = format!("http://{address}");

        let mut store = store::Store::default();
        let now = now_in_seconds();
        if config.seed {
            seed::plant_seed(&mut store, now);
        }
        seed::plant_generated(&mut store, now, config.extra_keys.min(MAX_EXTRA_KEYS));

        let state = Arc::new(PortalState {
            zone: config.time_zone,
            base_url,
            store: Mutex::new(store),
        });
        let faults = FaultControl::new();
        let app = routes::router(Arc::clone(&state), faults.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let serving = axum::serve(listener, app).with_graceful_shutdown(async {
                // Either a shutdown request or the portal being dropped ends serving.
                stopped.await.ok();
            });
            // Nobody is left to tell about an accept loop failure; the portal just stops.
            serving.await.ok();
        });
        Ok(DemoPortal {
            address,
            state,
            faults,
            stop: Some(stop),
            server: Some(server),
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        self.state.base_url.clone()
    }

    /// The port the portal listens on.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// A handle to inject faults into the next answers.
    pub fn faults(&self) -> FaultControl {
        self.faults.clone()
    }

    /// Every stored key, masked, newest first, as an administrator would list them.
    pub fn keys(&self) -> Vec<ApiKeyDto> {
        let now = now_in_seconds();
        let store = self.state.lock();
        keys::listing(&store, None, &self.state.base_url, self.state.zone, now)
    }

    /// Ends every sign-in session, as if all login tokens had expired.
    pub fn end_sessions(&self) {
        self.state.lock().end_sessions();
    }

    /// Stops accepting requests and waits briefly for those in flight.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            // The server may already have stopped; then there is nothing to tell.
            stop.send(()).ok();
        }
        if let Some(mut server) = self.server.take()
            && tokio::time::timeout(SHUTDOWN_GRACE, &mut server)
                .await
                .is_err()
        {
            server.abort();
        }
    }
}

impl std::fmt::Debug for DemoPortal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoPortal")
            .field("url", &self.state.base_url)
            .finish_non_exhaustive()
    }
}

impl Drop for DemoPortal {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            // The server may already have stopped; then there is nothing to tell.
            stop.send(()).ok();
        }
    }
}

/// `docspace-keys demo-portal`: starts a portal, prints its address as the first
/// line of standard output (then the sign-in accounts), and serves until Ctrl-C
/// or SIGTERM.
pub async fn serve_until_stopped(config: DemoConfig) -> std::io::Result<()> {
    let portal = DemoPortal::start(config).await?;
    announce(&portal.url());
    stop_requested().await?;
    portal.shutdown().await;
    Ok(())
}

/// Prints the address first, then the accounts. A reader that closes the pipe
/// after the first line (as scripts do) must not stop the portal, so write
/// errors are ignored here.
fn announce(url: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "DocSpace demo portal: {url}").ok();
    out.flush().ok();
    writeln!(out, "  owner:      {ADMIN_EMAIL}").ok();
    writeln!(out, "  user:       {USER_EMAIL}").ok();
    writeln!(
        out,
        "  two-factor: {TFA_EMAIL} (authenticator code {TFA_CODE})"
    )
    .ok();
    writeln!(out, "  password:   {DEMO_PASSWORD} (all three accounts)").ok();
    writeln!(out, "Press Ctrl-C to stop.").ok();
    out.flush().ok();
}

/// Resolves on Ctrl-C, or on SIGTERM where there is such a thing.
async fn stop_requested() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            interrupted = tokio::signal::ctrl_c() => interrupted,
            _ = terminate.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c().await
    }
}

#[cfg(test)]
mod tests;
