//! Times decoding the key list of 100 000 keys, as the demo portal sends it, into the app's
//! keys, and measures the peak memory the decoding takes beside the body.
//!
//! Run with `cargo bench --bench decode_keys`. Prints the median time of several runs and the
//! peak of memory allocated during one decoding (the body itself not counted) as a multiple
//! of the body's size. Goals (issue 12): at most 0.5 s and 2.5× the body. The one-pass
//! decoding is measured twice: on the system's allocator, and on the binary's, which zeroes
//! every block it frees (`platform::WipingAllocator`); dropping the decoded keys is timed
//! apart. Decoding in pieces is measured as the pieces arrive (one thread) and with all of
//! them in (two threads, as once the whole answer is in).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use docspace_keys::api::decode::{ArrivingKeys, RawAnswer, decode_keys, decode_through_values};
use docspace_keys::api::wire::ApiKeyDto;
use docspace_keys::api::{Portal, PortalUrl, SignIn};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use docspace_keys::domain::ApiKey;
use docspace_keys::platform::WipingAllocator;
use secrecy::{ExposeSecret, SecretString};

const KEY_COUNT: usize = 100_000;
const RUNS: usize = 7;
/// The size of the pieces the list is decoded in as it arrives: about what a read from the
/// network gives.
const PIECE: usize = 64 * 1024;

/// The system allocator, or the binary's when [`WIPE`] is set, counting the bytes in use and
/// their peak. Both hand out the system's blocks, so either may free what the other gave.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static WIPE: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout; `WipingAllocator` frees
        // through the system allocator too.
        unsafe {
            if WIPE.load(Ordering::Relaxed) {
                WipingAllocator.dealloc(ptr, layout)
            } else {
                System.dealloc(ptr, layout)
            }
        }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let body = demo_list_body();
    println!(
        "{KEY_COUNT} keys (plus the demo seed), body {:.1} MB, median of {RUNS} runs",
        body.len() as f64 / 1e6
    );
    let answer = RawAnswer {
        status: 200,
        retry_after: None,
        body: &body,
        host: "127.0.0.1",
    };
    measure("decode in one pass", body.len(), || {
        decode_keys(answer).expect("the demo's list decodes")
    });
    WIPE.store(true, Ordering::Relaxed);
    measure(
        "decode in one pass, zeroing what is freed (as the binary)",
        body.len(),
        || decode_keys(answer).expect("the demo's list decodes"),
    );
    measure(
        "decode in 64 KiB pieces, as they arrive (as the command line)",
        body.len(),
        || {
            let mut keys = ArrivingKeys::new();
            for piece in body.chunks(PIECE) {
                assert!(keys.push(piece), "the demo's list decodes as it arrives");
            }
            keys.finish()
                .expect("the demo's list decodes as it arrives")
        },
    );
    measure(
        "decode in 64 KiB pieces that are all in, on two threads (as once the answer is in)",
        body.len(),
        || {
            let pieces: Vec<&[u8]> = body.chunks(PIECE).collect();
            let mut keys = ArrivingKeys::new();
            assert!(
                keys.push_all(&pieces),
                "the demo's list decodes on two threads"
            );
            keys.finish()
                .expect("the demo's list decodes on two threads")
        },
    );
    WIPE.store(false, Ordering::Relaxed);
    measure("through serde_json::Value (before)", body.len(), || {
        let dtos: Vec<ApiKeyDto> = decode_through_values(answer).expect("it decodes");
        // The conversion is the same either way; only the count matters here.
        dtos.len()
    });
}

trait Counted {
    fn count(&self) -> usize;
}

impl Counted for Vec<ApiKey> {
    fn count(&self) -> usize {
        self.len()
    }
}

impl Counted for usize {
    fn count(&self) -> usize {
        *self
    }
}

/// Runs `decode` [`RUNS`] times; prints the median time and the median peak of memory.
fn measure<T: Counted>(name: &str, body_len: usize, decode: impl Fn() -> T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut drops = Vec::with_capacity(RUNS);
    let mut peaks = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let before = IN_USE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let started = Instant::now();
        let decoded = decode();
        times.push(started.elapsed());
        peaks.push(PEAK.load(Ordering::Relaxed) - before);
        assert!(decoded.count() > KEY_COUNT);
        let dropping = Instant::now();
        drop(black_box(decoded));
        drops.push(dropping.elapsed());
    }
    times.sort();
    drops.sort();
    peaks.sort();
    let (time, peak) = (times[RUNS / 2], peaks[RUNS / 2]);
    println!(
        "{name}: {:.3} s median (min {:.3} s), dropping the keys {:.3} s; \
         peak {:.0} MB beside the body = {:.2}× the body",
        secs(time),
        secs(times[0]),
        secs(drops[RUNS / 2]),
        peak as f64 / 1e6,
        peak as f64 / body_len as f64
    );
}

fn secs(duration: Duration) -> f64 {
    duration.as_secs_f64()
}

/// The body of `GET /api/2.0/keys` from a demo portal with [`KEY_COUNT`] generated keys.
fn demo_list_body() -> Vec<u8> {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        let demo = DemoPortal::start(DemoConfig {
            extra_keys: KEY_COUNT,
            ..DemoConfig::default()
        })
        .await
        .expect("the demo portal starts");
        let portal = Portal::new(PortalUrl::parse(&demo.url()).expect("its URL")).expect("portal");
        let password = SecretString::from(DEMO_PASSWORD);
        let Ok(SignIn::Token { token, .. }) = portal.sign_in(ADMIN_EMAIL, &password, None).await
        else {
            panic!("the admin signs in in one step");
        };
        let body = reqwest::Client::new()
            .get(format!("{}/api/2.0/keys", demo.url()))
            .header("Authorization", token.expose_secret())
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .expect("the list comes")
            .bytes()
            .await
            .expect("the whole list");
        body.to_vec()
    })
}
