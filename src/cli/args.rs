//! The command line, as clap reads it.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Manage the API keys of an ONLYOFFICE DocSpace portal.
///
/// Without a command, opens the window. Secrets are never accepted as
/// arguments: use DOCSPACE_TOKEN, --token-stdin, or `login`, which keeps the
/// sign-in in the system keychain.
#[derive(Debug, Parser)]
#[command(name = "docspace-keys", version, about, long_about = None)]
pub struct Cli {
    /// Open the window on the built-in demo portal, signed in as its admin.
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the built-in demo portal on 127.0.0.1 until stopped.
    DemoPortal(DemoPortalArgs),
    /// Sign in with email and password and remember the sign-in in the system keychain.
    Login(LoginArgs),
    /// Forget the remembered sign-in (and end the session on the portal). With --portal,
    /// only that portal's; the other portals' sign-ins stay.
    Logout(PortalArgs),
    /// List the remembered sign-ins, most recent first: the first is the one a command
    /// uses without --portal, and --portal picks any other.
    Portals(PortalsArgs),
    /// List, create, change and delete API keys.
    #[command(subcommand)]
    Keys(KeysCommand),
}

#[derive(Debug, Args)]
pub struct DemoPortalArgs {
    /// Port to listen on; 0 or none picks a free one.
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Add this many generated keys to the seeded ones (up to 100000).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=100_000))]
    pub keys: u32,
}

#[derive(Debug, Args)]
pub struct PortalsArgs {
    /// Print them as JSON: an array of {"portal", "account", "default"}.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PortalArgs {
    /// Portal address, e.g. myportal.onlyoffice.com: one of the remembered sign-ins
    /// (`docspace-keys portals`), or any portal with DOCSPACE_TOKEN or --token-stdin.
    /// Defaults to the last one signed in to.
    #[arg(long, env = "DOCSPACE_PORTAL", value_name = "URL")]
    pub portal: Option<String>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Portal address, e.g. myportal.onlyoffice.com.
    #[arg(long, env = "DOCSPACE_PORTAL", value_name = "URL")]
    pub portal: String,
    /// Email address of the account.
    #[arg(long, value_name = "EMAIL")]
    pub user: String,
    /// Read the password from the first line of standard input (and a
    /// two-factor code from the next line, when the portal asks for one).
    #[arg(long, required = true)]
    pub password_stdin: bool,
}

/// Where the credential for a `keys` command comes from.
#[derive(Debug, Args)]
pub struct CredentialArgs {
    #[command(flatten)]
    pub portal: PortalArgs,
    /// Read the API key or login token from standard input instead of
    /// DOCSPACE_TOKEN or the keychain.
    #[arg(long, global = true)]
    pub token_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List every key this account may see.
    List {
        #[command(flatten)]
        credential: CredentialArgs,
        /// Print a JSON array with the API's field names instead of a table (the same as
        /// --format json).
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// How to print the list: a table, JSON with the API's field names, or CSV (RFC 4180,
        /// with a header row; never a secret).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ListFormat>,
        /// Only keys that expire within DAYS days, have expired, or whose expiry date cannot
        /// be read; exit status 3 when there are any.
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=36_500))]
        expiring_within: Option<u32>,
    },
    /// Keys that deserve a look (full access without expiry, unused, expired, switched off
    /// and unused), with the reasons and fixes; exit status 3 when there are any.
    Review {
        #[command(flatten)]
        credential: CredentialArgs,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
        /// A key not used for this many days counts as unused.
        #[arg(long, value_name = "DAYS", default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..=36_500))]
        unused_days: u32,
        /// A key never used this many days after its creation counts as unused.
        #[arg(long, value_name = "DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=36_500))]
        never_used_days: u32,
    },
    /// Create a key and print its secret once.
    Create {
        #[command(flatten)]
        credential: CredentialArgs,
        /// Name of the key (at most 30 characters).
        #[arg(long)]
        name: String,
        /// A scope such as files:read; repeat for more. None means full access.
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Lifetime in days (1-365). Without it the key never expires.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=365))]
        expires_in_days: Option<u32>,
        /// Print the created key as a JSON object, including its secret.
        #[arg(long)]
        json: bool,
    },
    /// Change a key's name, scopes or state. Only what you give is changed.
    ///
    /// With several ids, every key is changed the same way, one request each; a name can
    /// only be given to one key at a time.
    Update {
        #[command(flatten)]
        credential: CredentialArgs,
        /// The key's id (see `keys list`); several for the same change to each.
        #[arg(value_name = "ID", required = true, num_args = 1..)]
        ids: Vec<String>,
        #[arg(long)]
        name: Option<String>,
        /// The new scopes, replacing the old ones; repeat for more. "*" means full access.
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// Switch the key on or off.
        #[arg(long, value_name = "true|false")]
        active: Option<bool>,
    },
    /// Replace a key with a new one of the same name, scopes and lifetime, print the new
    /// secret once, then switch the old key off (or delete it).
    Rotate {
        #[command(flatten)]
        credential: CredentialArgs,
        /// The id of the key to replace (see `keys list`).
        id: String,
        /// Delete the old key instead of switching it off.
        #[arg(long)]
        delete_old: bool,
        /// Print the new key as a JSON object, including its secret and `replaces`.
        #[arg(long)]
        json: bool,
    },
    /// Delete a key for good.
    ///
    /// With several ids, each key is deleted with a request of its own; one failing does not
    /// stop the others.
    Delete {
        #[command(flatten)]
        credential: CredentialArgs,
        /// The key's id (see `keys list`); several to delete each.
        #[arg(value_name = "ID", required = true, num_args = 1..)]
        ids: Vec<String>,
    },
    /// List the scopes the portal accepts.
    Scopes {
        #[command(flatten)]
        credential: CredentialArgs,
    },
}

/// The output formats of `keys list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

impl KeysCommand {
    pub fn credential(&self) -> &CredentialArgs {
        match self {
            KeysCommand::List { credential, .. }
            | KeysCommand::Review { credential, .. }
            | KeysCommand::Create { credential, .. }
            | KeysCommand::Update { credential, .. }
            | KeysCommand::Rotate { credential, .. }
            | KeysCommand::Delete { credential, .. }
            | KeysCommand::Scopes { credential } => credential,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_option_accepts_a_secret() {
        let mut names = Vec::new();
        let cli = Cli::command();
        let mut stack = vec![&cli];
        while let Some(command) = stack.pop() {
            names.extend(
                command
                    .get_arguments()
                    .filter_map(|arg| arg.get_long())
                    .map(str::to_owned),
            );
            stack.extend(command.get_subcommands());
        }
        for name in &names {
            assert!(
                !["token", "password", "key", "secret"].contains(&name.as_str()),
                "--{name} would put a secret on the command line"
            );
        }
        assert!(names.iter().any(|name| name == "token-stdin"));
    }
}
