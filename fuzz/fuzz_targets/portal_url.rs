//! Any text typed as the portal's address. Parsing never panics; an accepted address is an
//! origin (no path, query, fragment or credentials), plain http only for this computer, and
//! reading it again gives the same address.

#![no_main]

use docspace_keys::api::PortalUrl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(portal) = PortalUrl::parse(text) else {
        return;
    };
    let origin = portal.as_str();
    let rest = if let Some(rest) = origin.strip_prefix("https://") {
        rest
    } else if let Some(rest) = origin.strip_prefix("http://") {
        assert!(
            portal.is_loopback(),
            "plain http to another computer: {origin}"
        );
        rest
    } else {
        panic!("neither https nor http: {origin}");
    };
    assert!(!rest.is_empty(), "no host: {origin}");
    assert!(
        !rest.contains(['/', '?', '#', '@']),
        "more than an origin: {origin}"
    );
    assert_eq!(portal.to_string(), origin);
    assert_eq!(
        PortalUrl::parse(origin).as_ref(),
        Ok(&portal),
        "read again, {origin} is another address"
    );
    assert_eq!(
        portal.join("/api/2.0/keys"),
        format!("{origin}/api/2.0/keys")
    );
});
