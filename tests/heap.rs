//! A new key leaves no copy behind. The admin creates a key in the window, shows it,
//! copies it to the real clipboard, closes the dialog, clears the clipboard and signs
//! out; then this process's writable memory is read back through `/proc/self/mem` and
//! searched for the key.
//!
//! The demo portal runs in a process of its own, so that only the window's copies are
//! in this one. The key is only ever held here with every byte inverted, so that the
//! search itself adds no copy to what it searches.

#![cfg(target_os = "linux")]

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use docspace_keys::app::{
    DemoSignIn, Dialog, DocSpaceKeysApp, Preferences, Screen, Services, StartMode,
};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD};
use docspace_keys::i18n::LanguageChoice;
use docspace_keys::platform::{
    FixedFilePicker, MemoryClipboard, MemorySecretStore, SecretClipboard, SystemClipboard,
    SystemClock,
};
use docspace_keys::window;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use egui_system_font_provider::SystemFontProvider;

/// As the binary does (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: docspace_keys::platform::WipingAllocator =
    docspace_keys::platform::WipingAllocator;

#[path = "common/demo_process.rs"]
mod demo_process;

type AppHarness = Harness<'static, DocSpaceKeysApp>;

/// Steps the window until `done` holds, giving background work time between frames.
#[track_caller]
fn wait_until(harness: &mut AppHarness, what: &str, done: impl Fn(&DocSpaceKeysApp) -> bool) {
    let start = Instant::now();
    loop {
        harness.step();
        if done(harness.state()) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "gave up waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
}

#[track_caller]
fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
}

fn dialog(app: &DocSpaceKeysApp) -> Option<&Dialog> {
    match app.screen() {
        Screen::Keys(screen) => screen.dialog.as_ref(),
        _ => None,
    }
}

/// A byte string held with every byte inverted, and where it occurs in memory.
struct Needle(Vec<u8>);

impl Needle {
    fn inverted(text: &str) -> Self {
        Self(text.bytes().map(|byte| !byte).collect())
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn starts(&self, haystack: &[u8]) -> bool {
        haystack.len() >= self.len()
            && haystack
                .iter()
                .zip(&self.0)
                .all(|(byte, inverted)| *byte == !*inverted)
    }

    /// The offsets in `haystack` where the text begins.
    fn find_in(&self, haystack: &[u8]) -> Vec<usize> {
        let first = !self.0[0];
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = haystack[from..].iter().position(|byte| *byte == first) {
            let at = from + at;
            if self.starts(&haystack[at..]) {
                found.push(at);
            }
            from = at + 1;
        }
        found
    }
}

/// Where in this process's writable memory the needle's text is, with each region's name.
/// `scratch` is the buffer memory is read into; it is left out of the search and zeroed.
fn copies_in_memory(needle: &Needle, scratch: &mut [u8]) -> Vec<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    let memory = File::open("/proc/self/mem").expect("/proc/self/mem");
    let scratch_range = scratch.as_ptr() as u64..scratch.as_ptr() as u64 + scratch.len() as u64;
    let mut copies = Vec::new();
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else {
            continue;
        };
        let name = fields.nth(3).unwrap_or("[anonymous]");
        if !perms.starts_with("rw") || name == "[vvar]" || name == "[vsyscall]" {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (u64::from_str_radix(start, 16), u64::from_str_radix(end, 16))
        else {
            continue;
        };
        let step = (scratch.len() - needle.len()) as u64;
        let mut at = start;
        while at < end {
            let length = (end - at).min(scratch.len() as u64) as usize;
            let window = &mut scratch[..length];
            let overlaps_scratch =
                at < scratch_range.end && scratch_range.start < at + length as u64;
            if !overlaps_scratch && memory.read_exact_at(window, at).is_ok() {
                for offset in needle.find_in(window) {
                    let before = &window[offset.saturating_sub(120)..offset];
                    let after = &window[(offset + needle.len()).min(window.len())
                        ..(offset + needle.len() + 40).min(window.len())];
                    copies.push(format!(
                        "{name} at {:#x}: {:?}<KEY>{:?}",
                        at + offset as u64,
                        String::from_utf8_lossy(before),
                        String::from_utf8_lossy(after)
                    ));
                }
            }
            window.fill(0);
            at += step;
        }
    }
    copies.sort();
    copies.dedup();
    copies
}

#[test]
fn no_copy_of_a_new_key_is_left_after_done_clear_and_sign_out() {
    let portal = demo_process::DemoProcess::start(0);
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let clipboard: Box<dyn SecretClipboard> = if std::env::var_os("DISPLAY").is_some() {
        Box::new(SystemClipboard::new())
    } else {
        Box::new(MemoryClipboard::new())
    };
    let app = DocSpaceKeysApp::new(
        Services {
            runtime: runtime.handle().clone(),
            secret_store: Some(Arc::new(MemorySecretStore::new())),
            accounts: None,
            clock: Arc::new(SystemClock),
            file_picker: Arc::new(FixedFilePicker::answering(None)),
        },
        clipboard,
        StartMode::Demo(DemoSignIn {
            portal: portal.url.clone(),
            email: ADMIN_EMAIL.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
        }),
        Preferences {
            language: LanguageChoice::Chosen("en".to_owned()),
            ..Preferences::default()
        },
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        // The system's fonts, as the window's eframe has them (its `system_fonts` feature).
        .with_context_setup(|ctx| ctx.add_font_provider(Arc::new(SystemFontProvider::new())))
        .build_ui_state(|ui, app: &mut DocSpaceKeysApp| window::show(app, ui), app);
    wait_until(&mut harness, "the key grid", |app| {
        matches!(app.screen(), Screen::Keys(_))
    });

    click(&mut harness, "New key");
    wait_until(&mut harness, "the create dialog", |app| {
        matches!(dialog(app), Some(Dialog::Create(_)))
    });
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    harness.run_ok();
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Kept nowhere");
    harness.run_ok();
    click(&mut harness, "Create");
    wait_until(&mut harness, "the new key", |app| {
        matches!(dialog(app), Some(Dialog::Reveal(_)))
    });
    click(&mut harness, "Show");
    let needle = match dialog(harness.state()) {
        Some(Dialog::Reveal(reveal)) => {
            Needle::inverted(reveal.shown_secret().expect("the key is shown"))
        }
        _ => panic!("the new key's dialog is up"),
    };
    assert_eq!(needle.len(), 67, "sk- and 64 hex digits");
    click(&mut harness, "Hide");
    click(&mut harness, "Copy");
    click(&mut harness, "Done");
    assert!(dialog(harness.state()).is_none(), "the dialog is closed");
    click(&mut harness, "Clear now");
    harness.run_steps(10);
    let mut scratch = vec![0u8; 1 << 20];
    let copies = copies_in_memory(&needle, &mut scratch);
    assert!(
        copies.is_empty(),
        "signed in: {} copies of the new key are left in memory: {copies:?}",
        copies.len()
    );
    click(&mut harness, "Sign out");
    wait_until(&mut harness, "the connect screen", |app| {
        matches!(app.screen(), Screen::Connect(_))
    });
    // Frames after the key was last drawn, as a user's window goes on drawing.
    harness.run_steps(10);

    let copies = copies_in_memory(&needle, &mut scratch);
    assert!(
        copies.is_empty(),
        "{} copies of the new key are left in memory: {copies:?}",
        copies.len()
    );

    // The search finds what it looks for: a copy made now is found.
    let planted = needle.0.iter().map(|byte| !byte).collect::<Vec<u8>>();
    let found = copies_in_memory(&needle, &mut scratch);
    std::hint::black_box(&planted);
    assert!(!found.is_empty(), "a planted copy is found");
    let mut planted = planted;
    planted.fill(0);
}
