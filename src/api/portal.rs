//! The portal's address, as a user types it and as the client uses it.

use std::fmt;
use std::net::IpAddr;

use thiserror::Error;
use url::{Host, Url};

/// The one name plain http is allowed for; `url` has lower-cased it already.
pub(crate) const LOCALHOST: &str = "localhost";

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
        "Plain http:// is allowed only for this computer, and \"{host}\" is a name that is looked \
         up on the network, so it could lead to another computer. Use http://localhost or \
         http://127.0.0.1 (with the port), or https://{host}."
    )]
    InsecureLocalName { host: String },
    #[error(
        "Leave the user name and password out of the portal address; you enter them in the next step."
    )]
    CredentialsInAddress,
}

impl PortalUrl {
    /// Normalises what a user typed: adds `https://` when no scheme is given,
    /// drops any path, query or fragment, and refuses `http://` unless the host
    /// is a loopback address or exactly `localhost`.
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
            // `portal.localhost` is looked up like any name, and the answer could be anywhere.
            if scheme == "http" && !loopback && is_local_name(domain) {
                return Err(PortalUrlError::InsecureLocalName {
                    host: host.to_string(),
                });
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

    /// True for a plain-http address (allowed only for this computer): no TLS is ever used.
    pub fn is_plain_http(&self) -> bool {
        self.origin.scheme() == "http"
    }

    /// True when the portal is this computer: a loopback address or `localhost`.
    pub fn is_loopback(&self) -> bool {
        self.origin.host().is_some_and(|host| is_loopback(&host))
    }

    /// An absolute URL for an API path such as `/api/2.0/keys`.
    pub fn join(&self, path: &str) -> String {
        format!("{}{}", self.as_str(), path)
    }
}

/// A loopback address, or exactly `localhost`, which the client resolves itself to
/// 127.0.0.1 and ::1 without asking DNS (see `client.rs`).
fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(domain) => *domain == LOCALHOST,
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

/// A name meant for this computer that DNS would still be asked about.
fn is_local_name(domain: &str) -> bool {
    let domain = domain.trim_end_matches('.');
    domain == LOCALHOST || domain.ends_with(".localhost")
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
    fn plain_http_to_a_localhost_subdomain_is_refused() {
        for input in [
            "http://portal.localhost:1234",
            "http://a.b.LOCALHOST",
            "http://localhost.",
        ] {
            let err = PortalUrl::parse(input).unwrap_err();
            assert!(
                matches!(err, PortalUrlError::InsecureLocalName { .. }),
                "{input}: {err:?}"
            );
            assert!(err.to_string().contains("http://localhost"), "{err}");
        }
        let secure = PortalUrl::parse("https://portal.localhost:1234").unwrap();
        assert!(!secure.is_loopback(), "looked up like any other name");
        assert!(
            PortalUrl::parse("http://LocalHost:8092")
                .unwrap()
                .is_loopback()
        );
        assert!(PortalUrl::parse("http://[::1]").unwrap().is_loopback());
        assert!(PortalUrl::parse("https://localhost").unwrap().is_loopback());
        assert!(!PortalUrl::parse("x.example").unwrap().is_loopback());
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
