//! Saving a new key to a file the user picked, readable by the owner only.

use std::io::{self, Write};
use std::path::Path;

/// Who may read a saved key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFileAccess {
    /// Only its owner (Unix mode 0600).
    OwnerOnly,
    /// Whatever the folder gives new files (no owner-only mode on this system).
    Default,
}

/// Writes `secret` and a newline to `path`, replacing the file, with mode 0600 on Unix.
pub fn write_secret_file(path: &Path, secret: &str) -> io::Result<KeyFileAccess> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    #[cfg(unix)]
    {
        // An existing file keeps its old mode on open; tighten it before writing.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    if cfg!(unix) {
        Ok(KeyFileAccess::OwnerOnly)
    } else {
        Ok(KeyFileAccess::Default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_holds_the_key_and_only_its_owner_may_read_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.txt");
        std::fs::write(&path, "old and longer content").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        let access = write_secret_file(&path, "sk-abc").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "sk-abc\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            assert_eq!(access, KeyFileAccess::OwnerOnly);
        }
        #[cfg(not(unix))]
        assert_eq!(access, KeyFileAccess::Default);
    }
}
