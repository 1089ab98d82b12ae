//! Opening the native window.

use std::process::ExitCode;

use super::{DemoSignIn, DocSpaceKeysApp, Services, StartMode};
use crate::demo::{ADMIN_EMAIL, DEMO_PASSWORD, DemoConfig, DemoPortal};
use crate::platform::SystemClipboard;

/// The window title, also the name the desktop shows.
pub const TITLE: &str = "DocSpace API Keys";
/// The application id: matches the desktop entry, the AppStream id and the icon name.
pub const APP_ID: &str = "io.github.docspace_keys.DocSpaceKeys";

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
        ..eframe::NativeOptions::default()
    }
}

/// The window and task-bar icon.
fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png"))
        .unwrap_or_default()
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
        (
            Services::system(runtime.handle().clone()),
            StartMode::Normal,
        )
    };
    let result = eframe::run_native(
        APP_ID,
        native_options(),
        Box::new(move |cc| {
            let clipboard = Box::new(SystemClipboard::new());
            Ok(Box::new(DocSpaceKeysApp::from_creation_context(
                cc, services, clipboard, start,
            )))
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
