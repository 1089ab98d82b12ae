//! Start-up only: read the command line, build the tokio runtime, then run a
//! subcommand or open the window.

// No console window behind the app on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use docspace_keys::cli::{self, Cli};
use docspace_keys::window;

fn main() -> ExitCode {
    let args = Cli::parse();
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
