//! Build script: gives the Windows executable its icon and version information.
//!
//! Explorer, the taskbar and "Properties → Details" read these from resources inside the
//! `.exe`; `ViewportBuilder::with_icon` only sets the icon of the running window. On every
//! other target this script does nothing.

use std::env;
use std::path::Path;

/// The name people see in Task Manager, Explorer and the file's properties.
const PRODUCT_NAME: &str = "DocSpace API Keys";

/// The only binary that gets the resources; tests and examples don't need them.
const BINARY: &str = "docspace-keys";

/// Shown under "Copyright" in the file's properties.
const COPYRIGHT: &str = "Copyright (c) 2026 DocSpace API Keys contributors. MIT licence.";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon.ico");
    // The window's catalogues are built in (`src/i18n`): a new or changed .ftl file rebuilds.
    println!("cargo:rerun-if-changed=assets/locales");

    // `cfg!(windows)` would describe the machine running this script; the target is what counts.
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        embed_windows_resources();
    }
}

/// Compiles the icon and version information into a resource and links it into the binary.
///
/// A release build without its icon is a broken release, so failure stops the build there;
/// a debug build only warns, so a developer without the resource compiler can still work.
fn embed_windows_resources() {
    let Ok(manifest_dir) = env::var("CARGO_MANIFEST_DIR") else {
        println!("cargo:warning=CARGO_MANIFEST_DIR is not set; the .exe gets no icon");
        return;
    };
    let icon = Path::new(&manifest_dir).join("assets").join("icon.ico");
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();

    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(&icon.to_string_lossy())
        .set("ProductName", PRODUCT_NAME)
        .set("FileDescription", PRODUCT_NAME)
        .set("InternalName", BINARY)
        .set("OriginalFilename", &format!("{BINARY}.exe"))
        .set("LegalCopyright", COPYRIGHT)
        .set("ProductVersion", &version)
        .set("FileVersion", &version);

    if let Err(error) = resource.compile_for(BINARY) {
        let message = format!(
            "could not embed the Windows icon and version information: {error} \
             (MSVC needs rc.exe from the Windows SDK; GNU needs mingw-w64's windres and gcc)"
        );
        assert!(env::var("PROFILE").as_deref() != Ok("release"), "{message}");
        println!("cargo:warning={message}");
    }
}
