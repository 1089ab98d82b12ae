//! Frame times of the key grid: the seeded demo portal (about 15 keys) against
//! the same portal with 100 000 more, driven through egui_kittest without a GPU.
//! Prints medians and the ratio; the grid is virtualised, so a steady frame
//! should cost about the same with 100 000 keys as with 15.
//!
//!     cargo bench --bench key_grid

use std::sync::Arc;
use std::time::{Duration, Instant};

use docspace_keys::app::{
    DemoSignIn, DocSpaceKeysApp, Preferences, Screen, Services, StartMode, UiAction,
};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use docspace_keys::domain::SortColumn;
use docspace_keys::platform::{FixedFilePicker, MemoryClipboard, SystemClock, WipingAllocator};
use docspace_keys::window;
use egui_kittest::Harness;
use egui_system_font_provider::SystemFontProvider;

/// As the binary does (`src/main.rs`): every freed block is zeroed.
#[global_allocator]
static ALLOCATOR: WipingAllocator = WipingAllocator;

const FRAMES: usize = 31;

struct Figures {
    keys: usize,
    sign_in: Duration,
    steady: Duration,
    resort: Duration,
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn measure(runtime: &tokio::runtime::Runtime, extra_keys: usize) -> Figures {
    let demo = runtime
        .block_on(DemoPortal::start(DemoConfig {
            extra_keys,
            ..DemoConfig::default()
        }))
        .expect("demo portal starts");
    let services = Services {
        runtime: runtime.handle().clone(),
        secret_store: None,
        accounts: None,
        clock: Arc::new(SystemClock),
        file_picker: Arc::new(FixedFilePicker::answering(None)),
    };
    let start = StartMode::Demo(DemoSignIn {
        portal: demo.url(),
        email: ADMIN_EMAIL.to_owned(),
        password: DEMO_PASSWORD.to_owned(),
    });
    let began = Instant::now();
    let app = DocSpaceKeysApp::new(
        services,
        Box::new(MemoryClipboard::new()),
        start,
        Preferences::default(),
    );
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_accessibility_check(false)
        // The system's fonts, as the window's eframe has them (its `system_fonts` feature).
        .with_context_setup(|ctx| ctx.add_font_provider(Arc::new(SystemFontProvider::new())))
        .build_ui_state(|ui, app: &mut DocSpaceKeysApp| window::show(app, ui), app);
    while !matches!(harness.state().screen(), Screen::Keys(_)) {
        assert!(
            began.elapsed() < Duration::from_secs(300),
            "sign-in did not finish"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.step();
    let sign_in = began.elapsed();
    let keys = match harness.state().screen() {
        Screen::Keys(screen) => screen.keys().len(),
        _ => 0,
    };

    let steady = median(
        (0..FRAMES)
            .map(|_| {
                let frame = Instant::now();
                harness.step();
                frame.elapsed()
            })
            .collect(),
    );

    let mut resorts = Vec::new();
    for column in SortColumn::ALL.into_iter().cycle().take(FRAMES) {
        let frame = Instant::now();
        harness.state_mut().apply(UiAction::SortBy(column));
        harness.step();
        resorts.push(frame.elapsed());
    }
    Figures {
        keys,
        sign_in,
        steady,
        resort: median(resorts),
    }
}

fn main() {
    docspace_keys::platform::use_one_arena();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let small = measure(&runtime, 0);
    let large = measure(&runtime, 100_000);
    for figures in [&small, &large] {
        println!(
            "{:>7} keys: sign-in and first list {:>8.1?}, steady frame median {:>7.2?}, frame with a re-sort median {:>7.2?}",
            figures.keys, figures.sign_in, figures.steady, figures.resort
        );
    }
    let ratio = large.steady.as_secs_f64() / small.steady.as_secs_f64().max(f64::EPSILON);
    println!("steady frame, 100 000 more keys vs the seed: {ratio:.2}x");
}
