//! The portal's address, as a user types it and as the client uses it.

use std::fmt;
use std::net::IpAddr;

use thiserror::Error;
use url::{Host, Url};

/// A normalised portal origin: `https://host[:port]`, or `http://` for loopback only.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PortalUrl {
    origin: Url,
}

/// Why a typed address is not usable as a portal address.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PortalUrlError {
    #[error("Enter the address of your DocSpace portal, for example myportal.onlyoffice.com.")]
    Empty,
    #[error(
        "\"{input}\" is not a web address. Enter the address of your DocSpace portal, for example \
         myportal.onlyoffice.com."
    )]
    NotAnAddress { input: String },
    #[error(
        "\"{scheme}\" addresses are not supported. Use the portal's https:// address, for example \
         https://myportal.onlyoffice.com."
    )]
    UnsupportedScheme { scheme: String },
    #[error(
        "Plain http:// would send your password and keys unencrypted, so it is allowed only for this \
         computer (localhost). Use https://{host} instead."
    )]
    InsecureRemote { host: String },
    #[error(
        "Leave the user name and password out of the portal address; you enter them in the next step."
    )]
    CredentialsInAddress,
}

impl PortalUrl {
    /// Normalises what a user typed: adds `https://` when no scheme is given,
    /// drops any path, query or fragment, and refuses `http://` unless the host
    /// is a loopback address.
    pub fn parse(input: &str) -> Result<Self, PortalUrlError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PortalUrlError::Empty);
        }
        let not_an_address = || PortalUrlError::NotAnAddress {
            input: trimmed.chars().take(80).collect(),
        };
        if trimmed.chars().any(char::is_whitespace) {
            return Err(not_an_address());
        }
        let with_scheme = if trimmed.contains("://") {
            trimmed.to_owned()
        } else {
            format!("https://{trimmed}")
        };
        let url = Url::parse(&with_scheme).map_err(|_| not_an_address())?;
        let scheme = url.scheme().to_ascii_lowercase();
        if scheme != "https" && scheme != "http" {
            return Err(PortalUrlError::UnsupportedScheme { scheme });
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(PortalUrlError::CredentialsInAddress);
        }
        let host = url.host().ok_or_else(not_an_address)?;
        let loopback = is_loopback(&host);
        if let Host::Domain(domain) = &host {
            // A bare word such as "portal" is almost always a typo, not a host.
            if !loopback && !domain.contains('.') {
                return Err(not_an_address());
            }
        }
        if scheme == "http" && !loopback {
            return Err(PortalUrlError::InsecureRemote {
                host: host.to_string(),
            });
        }
        let mut origin = url;
        origin.set_path("/");
        origin.set_query(None);
        origin.set_fragment(None);
        Ok(Self { origin })
    }

    /// The origin, without a trailing slash: `https://myportal.onlyoffice.com`.
    pub fn as_str(&self) -> &str {
        self.origin.as_str().trim_end_matches('/')
    }

    /// The host (and port, when not the default) for messages.
    pub fn host(&self) -> String {
        match (self.origin.host_str(), self.origin.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            (None, _) => self.as_str().to_owned(),
        }
    }

    /// An absolute URL for an API path such as `/api/2.0/keys`.
    pub fn join(&self, path: &str) -> String {
        format!("{}{}", self.as_str(), path)
    }
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(domain) => {
            let domain = domain.trim_end_matches('.').to_ascii_lowercase();
            domain == "localhost" || domain.ends_with(".localhost")
        }
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

impl fmt::Display for PortalUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for PortalUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PortalUrl({})", self.as_str())
    }
}

impl std::str::FromStr for PortalUrl {
    type Err = PortalUrlError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        PortalUrl::parse(input).unwrap().to_string()
    }

    #[test]
    fn bare_host_gets_https() {
        assert_eq!(
            ok("myportal.onlyoffice.com"),
            "https://myportal.onlyoffice.com"
        );
        assert_eq!(
            ok("  MyPortal.OnlyOffice.com  "),
            "https://myportal.onlyoffice.com"
        );
    }

    #[test]
    fn path_query_and_trailing_slash_are_dropped() {
        assert_eq!(ok("https://x.example/"), "https://x.example");
        assert_eq!(ok("x.example/some/path"), "https://x.example");
        assert_eq!(
            ok("https://x.example/products/files/?folder=1#top"),
            "https://x.example"
        );
        assert_eq!(ok("https://x.example:8443/a"), "https://x.example:8443");
    }

    #[test]
    fn http_only_for_loopback() {
        assert_eq!(ok("http://127.0.0.1:8092"), "http://127.0.0.1:8092");
        assert_eq!(ok("http://127.1.2.3"), "http://127.1.2.3");
        assert_eq!(ok("http://localhost:3000/x"), "http://localhost:3000");
        assert_eq!(ok("http://[::1]:8080"), "http://[::1]:8080");
        assert_eq!(
            PortalUrl::parse("http://portal.example.com"),
            Err(PortalUrlError::InsecureRemote {
                host: "portal.example.com".into()
            })
        );
        assert!(matches!(
            PortalUrl::parse("http://192.168.1.10"),
            Err(PortalUrlError::InsecureRemote { .. })
        ));
    }

    #[test]
    fn garbage_gets_a_clear_error() {
        assert_eq!(PortalUrl::parse("   "), Err(PortalUrlError::Empty));
        for bad in [
            "my portal",
            "portal",
            "https://",
            "::::",
            "https://exa mple.com",
            "http//x",
        ] {
            let err = PortalUrl::parse(bad).unwrap_err();
            assert!(
                matches!(err, PortalUrlError::NotAnAddress { .. }),
                "{bad}: {err:?}"
            );
            assert!(err.to_string().contains("not a web address"));
        }
        assert!(matches!(
            PortalUrl::parse("ftp://x.example"),
            Err(PortalUrlError::UnsupportedScheme { .. })
        ));
        assert_eq!(
            PortalUrl::parse("https://me:pw@x.example"),
            Err(PortalUrlError::CredentialsInAddress)
        );
    }

    #[test]
    fn join_builds_api_urls() {
        let portal = PortalUrl::parse("x.example/some/path").unwrap();
        assert_eq!(
            portal.join("/api/2.0/keys"),
            "https://x.example/api/2.0/keys"
        );
        assert_eq!(portal.host(), "x.example");
    }
}
