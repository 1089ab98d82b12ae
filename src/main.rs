//! Start-up only: read the command line, build the tokio runtime, then run a
//! subcommand or open the window.

// No console window behind the app on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use docspace_keys::cli::{self, Cli};
use docspace_keys::platform::WipingAllocator;
use docspace_keys::window;

/// Every block of memory is zeroed as it is freed, so that no copy of a secret outlives
/// its use in a buffer the app does not own (see `platform::WipingAllocator`).
#[global_allocator]
static ALLOCATOR: WipingAllocator = WipingAllocator;

fn main() -> ExitCode {
    let args = Cli::try_parse().unwrap_or_else(|err| {
        // Help, the version and mistakes are printed for the terminal that asked.
        attach_console();
        err.exit()
    });
    if args.command.is_some() {
        attach_console();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("docspace-keys: could not start: {err}");
            return ExitCode::FAILURE;
        }
    };
    let status = match args.command {
        Some(command) => runtime.block_on(cli::run(command)),
        None => window::run(&runtime, args.demo),
    };
    // Work still under way (a keychain call, a request) must not keep a closed window's process alive.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    status
}

/// A windowed (GUI-subsystem) Windows program has no console: a subcommand started from a
/// terminal prints to that terminal only after attaching to it. Elsewhere nothing to do.
fn attach_console() {
    #[cfg(windows)]
    docspace_keys::platform::attach_parent_console();
}
