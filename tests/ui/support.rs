//! What the UI tests share: a demo portal on 127.0.0.1, the app wired to
//! in-memory platform parts, a kittest harness around it, and small helpers to
//! wait for background work, to read the screens, dialogs and key grid back
//! from the app and the widget tree, and to create a key the way a user does.

use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use docspace_keys::api::wire::ApiKeyDto;
use docspace_keys::app::{
    ConnectForm, DemoSignIn, Dialog, DocSpaceKeysApp, KeysScreen, Preferences, RevealDialog,
    Screen, Services, StartMode,
};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use docspace_keys::domain::ApiKey;
use docspace_keys::i18n::LanguageChoice;
use docspace_keys::platform::{
    AccountsFile, FixedFilePicker, ManualClock, MemoryClipboard, MemorySecretStore,
};
use docspace_keys::window;
use egui::accesskit::Role;
use egui::epaint::text::{FallbackRequest, FontInsert, FontProvider};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_system_font_provider::SystemFontProvider;

/// The window size: wide enough for every column of the grid.
pub const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// How long background work may take before a test gives up.
const PATIENCE: Duration = Duration::from_secs(10);

/// The system-font provider eframe gives the window (its `system_fonts` feature), shared by
/// every harness so the system's fonts are enumerated once per test run.
static SYSTEM_FONTS: LazyLock<Arc<SystemFontProvider>> =
    LazyLock::new(|| Arc::new(SystemFontProvider::new()));

pub type AppHarness = Harness<'static, DocSpaceKeysApp>;

/// The system's fonts as the window has them, noting each text a harness had to look up
/// there because no built-in font has it.
struct NotingFallbacks(Arc<Mutex<Vec<String>>>);

impl FontProvider for NotingFallbacks {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        if let Ok(mut asked) = self.0.lock() {
            asked.push(request.cluster.to_owned());
        }
        SYSTEM_FONTS.font_for(request)
    }
}

/// The keys a fresh demo portal holds (`src/demo/seed.rs`), as it lists them: newest first.
/// The grid starts in this order, and its sorting is stable, so keys that tie on a column
/// keep this order whichever way the column is sorted.
pub const SEED_KEYS_NEWEST_FIRST: [&str; 14] = [
    "Document archiver",
    "Helpdesk bot",
    "Personal scripts",
    "Intern sandbox",
    "CI deploy bot",
    "Mobile scanner app",
    "Power BI reports",
    "Website contact form",
    "Slack notifications",
    "Moodle integration",
    "Zapier automation",
    "Calendar sync",
    "Nightly backup script",
    "Old CRM sync",
];

/// A demo portal, the runtime it runs on, and the fakes an app is built with.
/// Several apps can be built on the same fixture (to test restoring a sign-in).
pub struct Fixture {
    pub demo: DemoPortal,
    pub clock: ManualClock,
    pub clipboard: MemoryClipboard,
    pub store: Arc<MemorySecretStore>,
    pub settings: tempfile::TempDir,
    pub file_picker: Option<PathBuf>,
    /// With a folder: the system has no save dialog, and this is its Downloads folder.
    pub no_file_dialog: Option<PathBuf>,
    /// The window's language: English unless a test asks for another, whatever the
    /// language of the machine running the tests.
    pub language: LanguageChoice,
    /// Every text the harnesses had to find in the system's fonts, in order.
    pub font_fallbacks: Arc<Mutex<Vec<String>>>,
    // Dropped last, after the portal it serves.
    pub runtime: tokio::runtime::Runtime,
}

impl Fixture {
    pub fn new() -> Self {
        Self::with_extra_keys(0)
    }

    /// A fixture whose demo portal holds `extra_keys` generated keys beside its seed.
    pub fn with_extra_keys(extra_keys: usize) -> Self {
        let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
        let demo = runtime
            .block_on(DemoPortal::start(DemoConfig {
                extra_keys,
                ..DemoConfig::default()
            }))
            .expect("the demo portal starts");
        Self {
            demo,
            clock: ManualClock::new(chrono::Utc::now()),
            clipboard: MemoryClipboard::new(),
            store: Arc::new(MemorySecretStore::new()),
            settings: tempfile::tempdir().expect("a temporary settings folder"),
            file_picker: None,
            no_file_dialog: None,
            language: LanguageChoice::Chosen("en".to_owned()),
            font_fallbacks: Arc::default(),
            runtime,
        }
    }

    pub fn with_clipboard(mut self, clipboard: MemoryClipboard) -> Self {
        self.clipboard = clipboard;
        self
    }

    pub fn with_store(mut self, store: MemorySecretStore) -> Self {
        self.store = Arc::new(store);
        self
    }

    pub fn without_file_dialog(mut self, downloads: PathBuf) -> Self {
        self.no_file_dialog = Some(downloads);
        self
    }

    pub fn with_file_picker(mut self, path: PathBuf) -> Self {
        self.file_picker = Some(path);
        self
    }

    /// The window in the language with this tag (`ru`, `ja`…).
    pub fn in_language(mut self, tag: &str) -> Self {
        self.language = LanguageChoice::Chosen(tag.to_owned());
        self
    }

    pub fn accounts(&self) -> AccountsFile {
        AccountsFile::in_dir(self.settings.path())
    }

    fn services(&self) -> Services {
        Services {
            runtime: self.runtime.handle().clone(),
            secret_store: Some(self.store.clone()),
            accounts: Some(self.accounts()),
            clock: Arc::new(self.clock.clone()),
            file_picker: Arc::new(match &self.no_file_dialog {
                Some(folder) => FixedFilePicker::without_dialog(folder.clone()),
                None => FixedFilePicker::answering(self.file_picker.clone()),
            }),
        }
    }

    /// The app as a user starts it: restoring a remembered sign-in or asking for one.
    pub fn start_normal(&self) -> AppHarness {
        self.harness(StartMode::Normal)
    }

    /// The app signed in to the demo portal as its administrator, on the key grid.
    pub fn start_demo(&self) -> AppHarness {
        self.start_demo_in(WINDOW, 1.0)
    }

    /// As [`Fixture::start_demo`], in a window `size` physical pixels large at
    /// `scale` pixels per point (2.0 for 200 %).
    pub fn start_demo_in(&self, size: egui::Vec2, scale: f32) -> AppHarness {
        let mut harness = self.harness_in(
            StartMode::Demo(DemoSignIn {
                portal: self.demo.url(),
                email: ADMIN_EMAIL.to_owned(),
                password: DEMO_PASSWORD.to_owned(),
            }),
            size / scale,
            scale,
        );
        wait_until(&mut harness, "the key grid", |app| {
            keys_screen(app).is_some()
        });
        harness
    }

    fn harness(&self, start: StartMode) -> AppHarness {
        self.harness_in(start, WINDOW, 1.0)
    }

    fn harness_in(&self, start: StartMode, points: egui::Vec2, scale: f32) -> AppHarness {
        let fallbacks = Arc::clone(&self.font_fallbacks);
        let app = DocSpaceKeysApp::new(
            self.services(),
            Box::new(self.clipboard.clone()),
            start,
            Preferences {
                language: self.language.clone(),
                ..Preferences::default()
            },
        );
        Harness::builder()
            .with_size(points)
            .with_pixels_per_point(scale)
            .with_context_setup(|ctx| ctx.add_font_provider(Arc::new(NotingFallbacks(fallbacks))))
            .build_ui_state(|ui, app: &mut DocSpaceKeysApp| window::show(app, ui), app)
    }

    /// The demo portal's copy of the key with this name.
    pub fn stored_key(&self, name: &str) -> Option<ApiKeyDto> {
        self.demo.keys().into_iter().find(|key| key.name == name)
    }

    /// The demo portal's copy of the key with this id.
    pub fn stored_key_by_id(&self, id: &str) -> Option<ApiKeyDto> {
        self.demo.keys().into_iter().find(|key| key.id == id)
    }
}

/// Steps the harness until `done` holds for the app, sleeping a little between
/// frames so background work can finish; panics after [`PATIENCE`]. Then lets
/// the UI settle without waiting for spinners to stop.
#[track_caller]
pub fn wait_until(harness: &mut AppHarness, what: &str, done: impl Fn(&DocSpaceKeysApp) -> bool) {
    let start = Instant::now();
    loop {
        harness.step();
        if done(harness.state()) {
            break;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "gave up waiting for {what} after {PATIENCE:?}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_ok();
}

pub fn keys_screen(app: &DocSpaceKeysApp) -> Option<&KeysScreen> {
    match app.screen() {
        Screen::Keys(screen) => Some(screen),
        _ => None,
    }
}

#[track_caller]
pub fn grid(harness: &AppHarness) -> &KeysScreen {
    keys_screen(harness.state()).expect("the key grid is showing")
}

pub fn dialog(app: &DocSpaceKeysApp) -> Option<&Dialog> {
    keys_screen(app).and_then(|screen| screen.dialog.as_ref())
}

pub fn no_dialog(app: &DocSpaceKeysApp) -> bool {
    keys_screen(app).is_some_and(|screen| screen.dialog.is_none())
}

pub fn on_connect_screen(app: &DocSpaceKeysApp) -> bool {
    matches!(app.screen(), Screen::Connect(_))
}

/// The key names of the grid's rows, top to bottom, read from each row's
/// "Edit <name>" button.
pub fn visible_names(harness: &AppHarness) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .query_all_by(|node| {
            node.role() == Role::Button
                && node
                    .label()
                    .is_some_and(|label| label.starts_with("Edit ") && label != "Edit API key")
        })
        .map(|node| {
            let name = node
                .accesskit_node()
                .label()
                .and_then(|label| label.strip_prefix("Edit ").map(str::to_owned))
                .unwrap_or_default();
            (node.rect().min.y, name)
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, name)| name).collect()
}

/// Clicks on a button with this exact name.
#[track_caller]
pub fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run_ok();
}

/// Focuses the text field named `label` and types `text` into it, after what is there.
#[track_caller]
pub fn type_into(harness: &mut AppHarness, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run_ok();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run_ok();
}

/// Focuses the text field named `label`, selects all it holds and types `text` over it.
#[track_caller]
pub fn replace_text(harness: &mut AppHarness, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run_ok();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_ok();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run_ok();
}

/// The control (not a plain text label) with this exact name: a grid cell may
/// read "Files: read" while the access box of that name is ticked.
#[track_caller]
pub fn control<'a>(harness: &'a AppHarness, label: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by(|node| node.label().as_deref() == Some(label) && node.role() != Role::Label)
}

/// Clicks on the control (not a text label) with this exact name.
#[track_caller]
pub fn click_control(harness: &mut AppHarness, label: &str) {
    control(harness, label).click();
    harness.run_ok();
}

/// Whether the control with this name is ticked.
#[track_caller]
pub fn is_ticked(harness: &AppHarness, label: &str) -> bool {
    control(harness, label)
        .accesskit_node()
        .toggled()
        .is_some_and(|toggled| toggled == egui::accesskit::Toggled::True)
}

/// Whether the control with this name is greyed out.
#[track_caller]
pub fn is_disabled(harness: &AppHarness, label: &str) -> bool {
    control(harness, label).accesskit_node().is_disabled()
}

/// Whether a label (or any node) with exactly this text is on screen.
pub fn shows(harness: &AppHarness, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// Whether a label (or any node) containing this text is on screen.
pub fn shows_text_containing(harness: &AppHarness, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

pub fn connect_form(app: &DocSpaceKeysApp) -> Option<&ConnectForm> {
    match app.screen() {
        Screen::Connect(form) => Some(form),
        _ => None,
    }
}

#[track_caller]
pub fn form(harness: &AppHarness) -> &ConnectForm {
    connect_form(harness.state()).expect("the connect screen is showing")
}

/// The portal address without the trailing slash some forms of it carry.
pub fn bare(portal: &str) -> &str {
    portal.trim_end_matches('/')
}

pub fn reveal(app: &DocSpaceKeysApp) -> Option<&RevealDialog> {
    match dialog(app) {
        Some(Dialog::Reveal(reveal)) => Some(reveal),
        _ => None,
    }
}

/// The new key's id and secret, read from the reveal dialog that is up: the
/// secret as the user sees it after "Show", which is then hidden again.
#[track_caller]
pub fn revealed(harness: &mut AppHarness) -> (String, String) {
    let id = reveal(harness.state())
        .expect("the reveal dialog is up")
        .key()
        .id
        .clone();
    click(harness, "Show");
    let shown = full_keys_on_screen(harness);
    click(harness, "Hide");
    let [secret] = <[String; 1]>::try_from(shown).expect("one full key is shown");
    (id, secret)
}

pub fn is_create_dialog(app: &DocSpaceKeysApp) -> bool {
    matches!(dialog(app), Some(Dialog::Create(_)))
}

/// "New key", a name, "Create" with the default access and lifetime; ends on the reveal dialog.
pub fn create_key_in_dialog(harness: &mut AppHarness, name: &str) -> (String, String) {
    click(harness, "New key");
    wait_until(harness, "the create dialog", is_create_dialog);
    type_into(harness, Role::TextInput, "Name", name);
    click(harness, "Create");
    wait_until(harness, "the reveal dialog", |app| reveal(app).is_some());
    revealed(harness)
}

/// The key grid's keys by name.
pub fn key_named<'a>(harness: &'a AppHarness, name: &str) -> &'a ApiKey {
    grid(harness)
        .keys()
        .iter()
        .find(|key| key.name == name)
        .unwrap_or_else(|| panic!("the app knows a key named {name:?}"))
}

/// A full key as DocSpace makes them: "sk-" and 64 lower-case hex digits.
pub fn is_full_key(text: &str) -> bool {
    text.strip_prefix("sk-").is_some_and(|hex| {
        hex.len() == 64 && hex.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
    })
}

/// Whether any node of the widget tree has `text` in its name or value.
pub fn any_node_contains(harness: &AppHarness, text: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.label().is_some_and(|label| label.contains(text))
                || node.value().is_some_and(|value| value.contains(text))
        })
        .next()
        .is_some()
}

/// Every label on screen that holds a full key.
pub fn full_keys_on_screen(harness: &AppHarness) -> Vec<String> {
    harness
        .query_all_by(|node| {
            node.role() == Role::Label && node.value().is_some_and(|value| is_full_key(&value))
        })
        .filter_map(|node| node.accesskit_node().value())
        .collect()
}

/// Asks to close the window, as its ✕ or Alt+F4 does. True when the app let
/// it close, false when it cancelled the close.
pub fn close_window(harness: &mut AppHarness) -> bool {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|output| {
            output
                .commands
                .contains(&egui::ViewportCommand::CancelClose)
        });
    harness.run_ok();
    !cancelled
}

/// Double-clicks the node with this name: both clicks in one frame, so they
/// are well within the double-click time.
#[track_caller]
pub fn double_click(harness: &mut AppHarness, label: &str) {
    let pos = harness.get_by_label(label).rect().center();
    let press = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.input_mut().events.extend([
        egui::Event::PointerMoved(pos),
        press(true),
        press(false),
        press(true),
        press(false),
    ]);
    harness.step();
    harness.run_ok();
}

/// Fills in the connect screen's password form and signs in; ends on the key grid.
pub fn sign_in_with_password(harness: &mut AppHarness, portal: &str, email: &str) {
    wait_until(harness, "the connect screen", on_connect_screen);
    replace_text(harness, Role::TextInput, "Portal address", portal);
    replace_text(harness, Role::TextInput, "Email", email);
    replace_text(harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    click(harness, "Sign in");
    wait_until(harness, "the key grid", |app| keys_screen(app).is_some());
}

/// Back on the connect form: the email is still filled in, and the cursor
/// waits in the password field.
#[track_caller]
pub fn assert_email_kept_and_password_focused(harness: &AppHarness, email: &str) {
    let kept = harness
        .get_by_role_and_label(Role::TextInput, "Email")
        .value()
        .unwrap_or_default();
    assert_eq!(kept, email, "the email is kept");
    assert!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "Password")
            .is_focused(),
        "the cursor waits in the password field"
    );
}

/// A message of the app as the window words it, in this thread's language; empty for none.
pub fn said(message: Option<&docspace_keys::app::Message>) -> String {
    message
        .map(docspace_keys::ui::message_text)
        .unwrap_or_default()
}

/// The host and port the window names a portal by.
pub fn host(url: &str) -> String {
    docspace_keys::api::PortalUrl::parse(url)
        .expect("a portal address")
        .host()
}

/// Opens the header's portal menu, the button named by the portal's host.
#[track_caller]
pub fn open_portal_menu(harness: &mut AppHarness, url: &str) {
    let host = host(url);
    harness
        .get_by(|node| {
            node.role() == Role::Button
                && node
                    .label()
                    .is_some_and(|label| label.starts_with(host.as_str()))
        })
        .click();
    harness.run_ok();
}
