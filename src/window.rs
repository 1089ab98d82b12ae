//! The native window: its options, the demo start, and the frame loop that
//! joins the application (`app`) to its drawing (`ui`).

use std::process::ExitCode;

use crate::app::{
    DemoSignIn, DocSpaceKeysApp, PREFERENCES_KEY, Preferences, Screen, Services, StartMode,
};
use crate::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use crate::i18n;
use crate::platform::{CrashMarker, SystemClipboard};
use crate::ui;

/// The window title, also the name the desktop shows.
pub const TITLE: &str = "DocSpace API Keys";
/// The application id: matches the desktop entry, the AppStream id and the icon name.
pub const APP_ID: &str = "io.github.docspace_keys.DocSpaceKeys";
/// How often the window draws while something counts down on screen.
const TIMER_REPAINT: std::time::Duration = std::time::Duration::from_millis(500);

/// The window's options. The renderer is glow (OpenGL): it also runs on old
/// machines, in virtual machines and on software GL, where wgpu may find no adapter.
pub fn native_options() -> eframe::NativeOptions {
    let viewport = egui::ViewportBuilder::default()
        .with_title(TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1180.0, 720.0])
        .with_min_inner_size([760.0, 480.0])
        .with_icon(icon());
    eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // Glyphs the bundled fonts lack (CJK, Arabic, Hebrew, Thai, Devanagari, emoji) come
        // from the system's fonts; without such fonts they draw as boxes.
        system_font_fallback: true,
        ..eframe::NativeOptions::default()
    }
}

/// The window and task-bar icon.
fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-256.png")).unwrap_or_default()
}

/// One frame: take in finished work, run timers, draw, act on what the user did.
pub fn show(app: &mut DocSpaceKeysApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    app.install_waker(move || ctx.request_repaint());
    // Before the app takes in finished work: the messages it makes of it are in this language.
    i18n::use_language(&i18n::resolve(&app.preferences().language));
    let now = app.tick();
    if ui.input(|input| input.viewport().close_requested()) && !app.close_requested() {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::CancelClose);
    }
    let actions = ui::app_ui(ui, app.view(now));
    for action in actions {
        app.apply(action);
    }
    // Keep the countdown and toasts moving, about twice a second, only while they exist.
    if app.has_timers() {
        ui.ctx().request_repaint_after(TIMER_REPAINT);
    }
}

/// On X11, both parts of the window class are the app id (see `platform::set_x11_class`).
fn name_the_window(frame: &eframe::Frame) {
    #[cfg(target_os = "linux")]
    {
        use raw_window_handle::HasWindowHandle;
        if let Ok(handle) = frame.window_handle()
            && let Err(err) = crate::platform::set_x11_class(handle.as_raw(), APP_ID)
        {
            eprintln!("docspace-keys: the window class could not be set: {err}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = frame;
}

/// The app inside eframe, with the preferences it saved last time.
struct Window(DocSpaceKeysApp, StartupReport, bool);

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if !self.2 {
            self.2 = true;
            name_the_window(frame);
        }
        self.1.frame_started(&self.0, ui.ctx());
        show(&mut self.0, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFERENCES_KEY, self.0.preferences());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.0.exiting();
    }

    /// egui's own memory (text-field states, scroll offsets) is not written to disk.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// Opens the window and runs it until it is closed. With `demo`, the built-in
/// demo portal runs in-process on a free loopback port and the app signs in to it.
pub fn run(runtime: &tokio::runtime::Runtime, demo: bool) -> ExitCode {
    let mut _demo_portal = None;
    let (services, start) = if demo {
        let portal = match runtime.block_on(DemoPortal::start(DemoConfig::default())) {
            Ok(portal) => portal,
            Err(err) => {
                eprintln!("docspace-keys: the demo portal could not start: {err}");
                return ExitCode::FAILURE;
            }
        };
        let sign_in = DemoSignIn {
            portal: portal.url(),
            email: ADMIN_EMAIL.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
        };
        _demo_portal = Some(portal);
        (
            Services::demo(runtime.handle().clone()),
            StartMode::Demo(sign_in),
        )
    } else {
        let marker = CrashMarker::default_location();
        let crashed = marker.as_ref().is_some_and(CrashMarker::take);
        if let Some(marker) = &marker {
            marker.record_panics();
        }
        let start = if crashed {
            StartMode::AfterCrash
        } else {
            StartMode::Normal
        };
        (Services::system(runtime.handle().clone()), start)
    };
    let result = eframe::run_native(
        APP_ID,
        native_options(),
        Box::new(move |cc| {
            let preferences: Preferences = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFERENCES_KEY))
                .unwrap_or_default();
            i18n::use_language(&i18n::resolve(&preferences.language));
            let clipboard = Box::new(SystemClipboard::new());
            let app = DocSpaceKeysApp::new(services, clipboard, start, preferences);
            Ok(Box::new(Window(app, StartupReport::from_env(), false)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("docspace-keys: the window could not open: {err}");
            ExitCode::FAILURE
        }
    }
}

/// For measuring start-up (`scripts/bench-window.sh`): with
/// `DOCSPACE_KEYS_REPORT_STARTUP=FILE`, the wall-clock time, in milliseconds since the
/// Unix epoch, at which the first frame showing the key grid had been drawn is written
/// to FILE. It is taken at the start of the frame after that one.
struct StartupReport {
    file: Option<std::path::PathBuf>,
    grid_drawn: bool,
}

impl StartupReport {
    const VARIABLE: &str = "DOCSPACE_KEYS_REPORT_STARTUP";

    fn from_env() -> Self {
        Self {
            file: std::env::var_os(Self::VARIABLE).map(Into::into),
            grid_drawn: false,
        }
    }

    fn frame_started(&mut self, app: &DocSpaceKeysApp, ctx: &egui::Context) {
        let Some(file) = &self.file else { return };
        if self.grid_drawn {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_millis();
            // Written whole under another name first, so a reader never sees half of it.
            let partial = file.with_extension("partial");
            let written = std::fs::write(&partial, now.to_string())
                .and_then(|()| std::fs::rename(&partial, file));
            if let Err(err) = written {
                eprintln!("docspace-keys: {}: {err}", Self::VARIABLE);
            }
            self.file = None;
        } else if matches!(app.screen(), Screen::Keys(_)) {
            self.grid_drawn = true;
            ctx.request_repaint();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Window settings as eframe stores them: a size in points, a place in pixels.
    fn remembered(width: f32, height: f32) -> egui_winit::WindowSettings {
        let stored = format!(
            r#"{{"normal_geometry":{{"outer_position_pixels":{{"x":2400.0,"y":1200.0}},
                "scale_factor":1.0,"inner_size_points":{{"x":{width},"y":{height}}}}},
                "fullscreen":false,"maximized":false}}"#
        );
        serde_json::from_str(&stored).expect("remembered settings read")
    }

    /// At start, eframe restores the size and place it saved (`persist_window`) through
    /// `egui_winit::WindowSettings`: it clamps the size to the largest monitor unless the
    /// viewport opts out, then builds the viewport from it. That start-up path needs a
    /// display and an event loop, so this test makes the same calls with a remembered size
    /// and a monitor size. (The place is clamped by eframe on Windows and dropped on macOS
    /// when it is on no monitor; on Linux the window manager places the window.)
    #[test]
    fn a_remembered_window_larger_than_the_screen_is_clamped_to_it_at_start() {
        let options = native_options();
        assert!(
            options.persist_window,
            "the window's size and place are remembered"
        );
        assert_ne!(
            options.viewport.clamp_size_to_monitor_size,
            Some(false),
            "and clamped to the monitor at start"
        );
        let monitor = egui::vec2(1280.0, 800.0);

        // From a run on a 4K monitor.
        let mut large = remembered(3600.0, 2000.0);
        large.clamp_size_to_sane_values(monitor);
        assert_eq!(large.inner_size_points(), monitor);
        let viewport = large.initialize_viewport_builder(1.0, options.viewport.clone());
        assert_eq!(viewport.inner_size, Some(monitor));

        // A remembered size that fits is kept.
        let mut fitting = remembered(1000.0, 700.0);
        fitting.clamp_size_to_sane_values(monitor);
        let viewport = fitting.initialize_viewport_builder(1.0, options.viewport);
        assert_eq!(viewport.inner_size, Some(egui::vec2(1000.0, 700.0)));
    }
}
