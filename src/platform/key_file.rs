//! Saving a new key to a file the user picked, readable by the owner only where
//! the system allows it.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Who can read a saved key file, as far as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFileAccess {
    /// Only the user this app runs as (Unix: a file this app created, mode 0600,
    /// checked after writing).
    OwnerOnly,
    /// Whatever the folder gives new files: on Windows, or on a file system
    /// without Unix permissions (such as FAT). Others may be able to read it.
    Default,
}

/// Writes `secret` and a newline to `path`, replacing any file there, and says who can read it.
///
/// The secret goes to a new file next to `path`, which then replaces `path`. A new file
/// belongs to this user and holds nothing of an older file; an existing one could
/// belong to someone else, who could then read it whatever its mode. A symbolic
/// link at `path` is replaced, not followed.
pub fn save_secret_file(path: &Path, secret: &str) -> io::Result<KeyFileAccess> {
    let temporary = temporary_path(path)?;
    let saved = write_new_file(&temporary, secret)
        .and_then(|access| std::fs::rename(&temporary, path).map(|()| access));
    if saved.is_err() {
        // The temporary file may hold the secret. If it cannot be removed, the
        // write error is still the one to report.
        std::fs::remove_file(&temporary).ok();
    }
    saved
}

/// `.NAME.1a2b3c4d.tmp` in the same folder, so that renaming it is a replacement in place.
fn temporary_path(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file")
    })?;
    let mut temporary = OsString::from(".");
    temporary.push(name);
    temporary.push(format!(".{:08x}.tmp", rand::random::<u32>()));
    Ok(path.with_file_name(temporary))
}

fn write_new_file(path: &Path, secret: &str) -> io::Result<KeyFileAccess> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    let access = restrict_to_owner(&file);
    file.write_all(secret.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    Ok(access)
}

#[cfg(unix)]
fn restrict_to_owner(file: &File) -> KeyFileAccess {
    use std::os::unix::fs::PermissionsExt;
    // The umask may have changed the mode at creation, so it is set again. A file
    // system without Unix permissions refuses or ignores that; the check below
    // finds out either way, so a refusal needs no handling of its own.
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
        .ok();
    match file.metadata() {
        Ok(metadata) if metadata.permissions().mode() & 0o777 == 0o600 => KeyFileAccess::OwnerOnly,
        _ => KeyFileAccess::Default,
    }
}

#[cfg(not(unix))]
fn restrict_to_owner(_file: &File) -> KeyFileAccess {
    KeyFileAccess::Default
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
        let access = save_secret_file(&path, "sk-abc").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "sk-abc\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(access, KeyFileAccess::OwnerOnly);
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        #[cfg(not(unix))]
        assert_eq!(access, KeyFileAccess::Default);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["key.txt"], "no temporary file is left behind");
    }

    #[test]
    fn a_failed_save_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a folder");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), "x").unwrap();
        assert!(save_secret_file(&target, "sk-abc").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a folder"]);
        assert!(save_secret_file(Path::new("/"), "sk-abc").is_err());
    }
}
