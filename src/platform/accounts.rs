//! The sign-ins this computer remembers: portal addresses and account names,
//! never a secret. The secrets themselves live in the keychain.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Overrides the settings folder (used by tests and portable setups).
pub const CONFIG_DIR_ENV: &str = "DOCSPACE_KEYS_CONFIG_DIR";
const FILE_NAME: &str = "accounts.json";
const MAX_REMEMBERED: usize = 20;

/// The app's settings folder: `DOCSPACE_KEYS_CONFIG_DIR`, or the system's
/// per-user configuration folder.
pub(super) fn settings_dir() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("io.github", "docspace_keys", "docspace-keys")
            .map(|dirs| dirs.config_dir().to_path_buf()),
    }
}

/// One remembered sign-in. `account` is an email for a password sign-in and
/// the masked key (`sk-***abcd`) for an API key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownAccount {
    pub portal: String,
    pub account: String,
}

/// `accounts.json` in the app's settings folder, most recent first.
#[derive(Debug, Clone)]
pub struct AccountsFile {
    path: PathBuf,
}

impl AccountsFile {
    /// The file in `$DOCSPACE_KEYS_CONFIG_DIR`, or else in the OS's settings
    /// folder (`~/.config/docspace-keys` on Linux).
    pub fn default_location() -> Option<Self> {
        Some(Self::in_dir(&settings_dir()?))
    }

    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join(FILE_NAME),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every remembered sign-in, most recent first. A missing or unreadable file is an empty list.
    pub fn load(&self) -> Vec<KnownAccount> {
        std::fs::read(&self.path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Puts this sign-in first, and gives the list as written.
    pub fn remember(&self, portal: &str, account: &str) -> io::Result<Vec<KnownAccount>> {
        let mut accounts = self.load();
        accounts.retain(|known| !(known.portal == portal && known.account == account));
        accounts.insert(
            0,
            KnownAccount {
                portal: portal.to_owned(),
                account: account.to_owned(),
            },
        );
        accounts.truncate(MAX_REMEMBERED);
        self.write(&accounts)?;
        Ok(accounts)
    }

    pub fn forget(&self, portal: &str, account: &str) -> io::Result<()> {
        let mut accounts = self.load();
        accounts.retain(|known| !(known.portal == portal && known.account == account));
        self.write(&accounts)
    }

    /// The most recent sign-in, for `portal` when given.
    pub fn latest(&self, portal: Option<&str>) -> Option<KnownAccount> {
        self.load()
            .into_iter()
            .find(|known| portal.is_none_or(|portal| known.portal == portal))
    }

    fn write(&self, accounts: &[KnownAccount]) -> io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let json = serde_json::to_vec_pretty(accounts).map_err(io::Error::other)?;
        let temporary = self.path.with_extension("json.tmp");
        std::fs::write(&temporary, json)?;
        std::fs::rename(&temporary, &self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_most_recent_first_without_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let file = AccountsFile::in_dir(&dir.path().join("nested"));
        assert!(file.load().is_empty());
        file.remember("https://a.example", "alex@example.com")
            .unwrap();
        file.remember("https://b.example", "sk-***abcd").unwrap();
        let written = file
            .remember("https://a.example", "alex@example.com")
            .unwrap();
        let accounts = file.load();
        assert_eq!(written, accounts, "the list as written");
        assert_eq!(accounts.len(), 2);
        assert_eq!(accounts[0].portal, "https://a.example");
        assert_eq!(
            file.latest(Some("https://b.example")).unwrap().account,
            "sk-***abcd"
        );
        assert_eq!(file.latest(None).unwrap().account, "alex@example.com");
        file.forget("https://a.example", "alex@example.com")
            .unwrap();
        assert_eq!(file.load().len(), 1);
    }

    #[test]
    fn a_corrupt_file_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let file = AccountsFile::in_dir(dir.path());
        std::fs::write(file.path(), b"{not json").unwrap();
        assert!(file.load().is_empty());
        file.remember("https://a.example", "x").unwrap();
        assert_eq!(file.load().len(), 1);
    }
}
