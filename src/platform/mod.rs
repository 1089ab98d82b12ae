//! The outside world behind small traits: the secret store (OS keychain), the
//! list of remembered sign-ins, the clipboard, the clock, the save dialog and key files. Each
//! has a real implementation and an in-memory one for tests.

mod accounts;
mod clipboard;
mod clock;
mod crash_marker;
mod file_picker;
mod key_file;
mod memory;
mod remember;
mod secret_store;
#[cfg(windows)]
mod windows_console;
mod wiping_allocator;
#[cfg(target_os = "linux")]
mod x11_class;

pub use accounts::{AccountsFile, CONFIG_DIR_ENV, KnownAccount};
pub use clipboard::{
    ClipDigest, ClipboardError, ClipboardLog, MemoryClipboard, SecretClipboard, SystemClipboard,
};
pub use clock::{Clock, ManualClock, SystemClock};
pub use crash_marker::CrashMarker;
pub use file_picker::{
    FixedFilePicker, KeyFilePicker, NativeFilePicker, NoFileDialog, SaveKind, unused_path,
};
pub use key_file::{KeyFileAccess, save_secret_file};
pub use memory::{return_freed_memory, use_one_arena};
pub use remember::{RememberError, remember_sign_in};
pub use secret_store::{
    KeychainStore, LazyKeychain, MemorySecretStore, SERVICE, SecretStore, StoreError, entry_user,
    keychain_call,
};
#[cfg(windows)]
pub use windows_console::attach_parent_console;
pub use wiping_allocator::WipingAllocator;
#[cfg(target_os = "linux")]
pub use x11_class::set_x11_class;
