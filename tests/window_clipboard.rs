//! The real window's text fields and the system clipboard, both ways: text
//! copied in another program pastes into the app, and text copied in the app
//! pastes into other programs. Runs the app itself (`--demo`) on the X server
//! of the test run (Xvfb in CI) and drives it with xdotool and xclip, as a
//! person with a keyboard would.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TITLE: &str = "DocSpace API Keys";
const PASTED: &str = "Zapier automation";

/// The app, ended when the test ends, however it ends.
struct App(Child);

impl Drop for App {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
}

fn run(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Puts `text` on the clipboard the way another program does: xclip owns it.
fn copy_elsewhere(text: &str) {
    let mut xclip = Command::new("xclip")
        .args(["-i", "-selection", "clipboard"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("xclip runs");
    xclip
        .stdin
        .take()
        .expect("xclip's input")
        .write_all(text.as_bytes())
        .expect("xclip takes the text");
    // xclip stays in the background serving the selection; this waits for its parent only.
    xclip.wait().expect("xclip took the selection");
}

fn clipboard() -> Option<String> {
    run("xclip", &["-o", "-selection", "clipboard"])
}

fn keys(combination: &str) {
    run("xdotool", &["key", "--clearmodifiers", combination]);
    std::thread::sleep(Duration::from_millis(300));
}

#[test]
fn text_fields_paste_from_and_copy_to_other_programs() {
    if std::env::var_os("DISPLAY").is_none() || run("xdotool", &["version"]).is_none() {
        eprintln!("skipped: needs an X display with xdotool and xclip (scripts/test.sh has both)");
        return;
    }
    let config = tempfile::tempdir().expect("a settings folder");
    let _app = App(Command::new(env!("CARGO_BIN_EXE_docspace-keys"))
        .arg("--demo")
        .env("DOCSPACE_KEYS_CONFIG_DIR", config.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the app starts"));
    let started = Instant::now();
    let window = loop {
        if let Some(ids) = run("xdotool", &["search", "--name", TITLE])
            && let Some(id) = ids.lines().next().filter(|id| !id.is_empty())
        {
            break id.to_owned();
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the window opens"
        );
        std::thread::sleep(Duration::from_millis(200));
    };

    // Until the demo sign-in has reached the key grid, Ctrl+F has no search box to focus.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        run("xdotool", &["windowfocus", "--sync", &window]);
        copy_elsewhere(PASTED);
        keys("ctrl+f");
        keys("ctrl+a");
        keys("ctrl+v");
        // Something else on the clipboard, so only a copy from the app can bring the name back.
        copy_elsewhere("a shopping list");
        keys("ctrl+a");
        keys("ctrl+c");
        if clipboard().as_deref() == Some(PASTED) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the search box took the pasted text and gave it back to the clipboard; \
             the clipboard holds {:?}",
            clipboard()
        );
    }
}
