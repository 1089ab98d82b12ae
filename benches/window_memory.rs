//! Memory of the window with 100 000 keys: what the app's data takes (bytes allocated and
//! not yet freed) against what the process holds (its resident set), with the grid idle and
//! after ten refreshes. The demo portal runs in a process of its own, as a real portal would,
//! and the window is driven through egui_kittest without a GPU, so the resident set here
//! lacks the GPU driver's share that `scripts/bench-window.sh` sees in a real window.
//!
//!     cargo bench --bench window_memory
//!
//! Goals (issue 12): idle at most 200 MB, and no growth beyond 5 % over ten refreshes.
//! Allocates from one glibc arena, as the binary does (`platform::use_one_arena`); with
//! `WINDOW_MEMORY_ARENAS=1` set, from glibc's default of one arena per thread.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use docspace_keys::app::{
    DemoSignIn, DocSpaceKeysApp, Preferences, Screen, Services, StartMode, UiAction,
};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD};
use docspace_keys::platform::{FixedFilePicker, MemoryClipboard, SystemClock, WipingAllocator};
use docspace_keys::window;
use egui_kittest::Harness;
use egui_system_font_provider::SystemFontProvider;

const KEYS: usize = 100_000;
/// The keys the demo portal is seeded with, beside the generated ones.
const SEED: usize = 14;

/// The binary's allocator, counting the bytes in use.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { WipingAllocator.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { WipingAllocator.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[path = "../tests/common/demo_process.rs"]
mod demo_process;

type AppHarness = Harness<'static, DocSpaceKeysApp>;

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// The process's resident set, in bytes.
fn resident() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmRSS:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .map_or(0, |kilobytes: usize| kilobytes * 1024)
}

fn loading(app: &DocSpaceKeysApp) -> bool {
    match app.screen() {
        Screen::Keys(screen) => screen.loading,
        _ => true,
    }
}

/// Steps the window until the keys are in and a few frames are drawn.
fn settle(harness: &mut AppHarness) {
    let began = Instant::now();
    while loading(harness.state()) {
        assert!(
            began.elapsed() < Duration::from_secs(300),
            "the list never came"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..5 {
        harness.step();
    }
    // Idle, as a window is between refreshes: what was handed to the background is gone.
    std::thread::sleep(Duration::from_millis(500));
    harness.step();
}

fn report(when: &str) -> usize {
    let rss = resident();
    println!(
        "{when}: resident {:.0} MB, of which the app's data (allocated, not freed) {:.0} MB",
        megabytes(rss),
        megabytes(IN_USE.load(Ordering::Relaxed))
    );
    rss
}

fn main() {
    if std::env::var_os("WINDOW_MEMORY_ARENAS").is_none() {
        docspace_keys::platform::use_one_arena();
    }
    let portal = demo_process::DemoProcess::start(KEYS - SEED);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let before = report("before the window");
    let app = DocSpaceKeysApp::new(
        Services {
            runtime: runtime.handle().clone(),
            secret_store: None,
            accounts: None,
            clock: Arc::new(SystemClock),
            file_picker: Arc::new(FixedFilePicker::answering(None)),
        },
        Box::new(MemoryClipboard::new()),
        StartMode::Demo(DemoSignIn {
            portal: portal.url.clone(),
            email: ADMIN_EMAIL.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
        }),
        Preferences::default(),
    );
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_accessibility_check(false)
        // The system's fonts, as the window's eframe has them (its `system_fonts` feature).
        .with_context_setup(|ctx| ctx.add_font_provider(Arc::new(SystemFontProvider::new())))
        .build_ui_state(|ui, app: &mut DocSpaceKeysApp| window::show(app, ui), app);
    settle(&mut harness);
    let keys = match harness.state().screen() {
        Screen::Keys(screen) => screen.keys().len(),
        _ => 0,
    };
    assert_eq!(keys, KEYS, "every key is in the grid");
    let idle = report(&format!("{keys} keys, grid idle"));
    let mut each = Vec::new();
    for _ in 0..10 {
        harness.state_mut().apply(UiAction::Refresh);
        harness.step();
        settle(&mut harness);
        each.push(format!("{:.0}", megabytes(resident())));
    }
    println!("resident after each refresh (MB): {}", each.join(" "));
    let after = report("after ten refreshes");
    println!(
        "the window's share: {:.0} MB idle; growth over ten refreshes {:+.1} %",
        megabytes(idle.saturating_sub(before)),
        100.0 * (after as f64 - idle as f64) / idle as f64
    );
    drop(portal);
}
