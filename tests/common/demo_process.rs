//! The demo portal in a process of its own, as `docspace-keys demo-portal` serves it, for
//! tests and benchmarks that must not share their memory with the portal. Included with
//! `#[path]` by `tests/heap.rs` and `benches/window_memory.rs`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// The demo portal's process; stopped when dropped.
pub struct DemoProcess {
    child: Child,
    /// The address it announced.
    pub url: String,
}

impl DemoProcess {
    /// Starts the portal with `extra_keys` generated keys beside its seed, and waits for it
    /// to say where it listens.
    pub fn start(extra_keys: usize) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_docspace-keys"))
            .args(["demo-portal", "--keys", &extra_keys.to_string()])
            .stdout(Stdio::piped())
            .stdin(Stdio::null())
            .spawn()
            .expect("the demo portal starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("its standard output"))
            .read_line(&mut first)
            .expect("the demo portal says where it listens");
        let url = first
            .trim()
            .strip_prefix("DocSpace demo portal: ")
            .unwrap_or_else(|| panic!("an address, not {first:?}"))
            .to_owned();
        Self { child, url }
    }
}

impl Drop for DemoProcess {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}
