//! Both parts of the X11 window class (`WM_CLASS`: instance and class).
//!
//! Docks and task bars match a window to its desktop entry by `WM_CLASS`. winit sets only
//! the class part from the app id (egui-winit 0.37 passes an empty instance, and eframe
//! has no way to change that), so the instance is set here once the window exists, on a
//! connection of our own: the property belongs to the window, not to a connection.

use std::ffi::CString;

use raw_window_handle::RawWindowHandle;

/// Sets `WM_CLASS` to `name`, `name` on the X11 window behind `handle`. Does nothing for
/// other windows (Wayland, other systems) or where Xlib cannot be loaded; says why not.
pub fn set_x11_class(handle: RawWindowHandle, name: &str) -> Result<(), String> {
    let window = match handle {
        RawWindowHandle::Xlib(handle) => handle.window,
        RawWindowHandle::Xcb(handle) => u64::from(handle.window.get()),
        _ => return Ok(()),
    };
    let xlib = x11_dl::xlib::Xlib::open().map_err(|err| err.to_string())?;
    let name = CString::new(name).map_err(|err| err.to_string())?;
    // Safety: the display is opened and closed here and used only in between; the class
    // strings outlive the call, which copies them into the window's property.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return Err("the X display cannot be opened".to_owned());
        }
        let mut hint = x11_dl::xlib::XClassHint {
            res_name: name.as_ptr().cast_mut(),
            res_class: name.as_ptr().cast_mut(),
        };
        (xlib.XSetClassHint)(display, window, &mut hint);
        (xlib.XFlush)(display);
        (xlib.XCloseDisplay)(display);
    }
    Ok(())
}
