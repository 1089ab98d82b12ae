//! Windows only: lets a subcommand of the windowed `.exe` print to the terminal it was
//! started from.
//!
//! A release `.exe` is a GUI-subsystem program (no console window flashes up on a
//! double-click), so Windows gives it no console and no standard handles. When a
//! subcommand runs, [`attach_parent_console`] attaches to the console of the process that
//! started it (cmd.exe, PowerShell, Windows Terminal) and points every standard stream that
//! isn't already redirected to a file or pipe at that console. Rust's standard library
//! asks Windows for the standard handle on each read and write, so `println!` and stdin
//! reads go there from then on.

use std::ptr;

use windows_sys::Win32::Foundation::{GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
    STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
};

/// Attaches to the parent's console, if there is one, and opens the standard streams on
/// it. Does nothing when started without a console (from Explorer, or with every stream
/// redirected); failures are silent because there is nowhere to report them.
pub fn attach_parent_console() {
    // SAFETY: AttachConsole takes a process id and has no pointer arguments.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    reopen_if_unset(STD_INPUT_HANDLE, "CONIN$");
    reopen_if_unset(STD_OUTPUT_HANDLE, "CONOUT$");
    reopen_if_unset(STD_ERROR_HANDLE, "CONOUT$");
}

/// Points `which` at the console device `device` unless it already leads somewhere (a
/// stream redirected to a file or a pipe is left alone: that is where the caller wants it).
fn reopen_if_unset(which: STD_HANDLE, device: &str) {
    // SAFETY: GetStdHandle only reads the process's handle table.
    let current = unsafe { GetStdHandle(which) };
    if !current.is_null() && current != INVALID_HANDLE_VALUE {
        return;
    }
    let name: Vec<u16> = device.encode_utf16().chain(Some(0)).collect();
    // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; the
    // security attributes and template handle may be null.
    let handle: HANDLE = unsafe {
        CreateFileW(
            name.as_ptr(),
            GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE,
            ptr::null(),
            OPEN_EXISTING,
            0,
            ptr::null_mut(),
        )
    };
    if handle == INVALID_HANDLE_VALUE {
        return;
    }
    // SAFETY: `handle` is a console handle this process owns; it stays open for the rest
    // of the process's life as the standard handle.
    unsafe { SetStdHandle(which, handle) };
}
