//! `POST /api/2.0/keys`: the answer that shows the whole secret once, and what
//! the portal stores from each shape of request.

use chrono::{FixedOffset, TimeDelta, Utc};
use docspace_keys::demo::{ADMIN_EMAIL, DemoConfig};
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn the_create_answer_shows_the_whole_secret_once() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let body = json!({
        "name": "Rust desktop client",
        "permissions": ["files:read", "files:write", "rooms:read"],
        "expiresInDays": 30
    });
    let reply = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    assert_eq!(reply.status, 200);
    let envelope = reply.json();
    assert_eq!(envelope["count"], 1);
    assert_eq!(
        envelope["links"],
        json!([{ "href": h.url("/api/2.0/keys"), "action": "POST" }])
    );
    let key = &envelope["response"];
    let secret = key["key"].as_str().unwrap();
    assert!(is_full_secret(secret), "{secret}");
    assert_eq!(key["keyPostfix"], secret[63..]);
    assert_eq!(key["name"], "Rust desktop client");
    assert_eq!(
        key["permissions"],
        json!(["files:read", "files:write", "rooms:read"])
    );
    assert!(key.get("lastUsed").is_none());
    assert_eq!(key["isActive"], true);
    assert_api_date(&key["createOn"], "+03:00");
    assert_api_date(&key["expiresAt"], "+03:00");
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(30)
    );
    assert!(
        (Utc::now() - date(&key["createOn"]).to_utc())
            .num_seconds()
            .abs()
            < 60
    );
    assert_field_order(
        &reply.text(),
        &[
            "id",
            "name",
            "key",
            "keyPostfix",
            "permissions",
            "createOn",
            "createBy",
            "expiresAt",
            "isActive",
        ],
    );
    let creator = &key["createBy"];
    assert_eq!(creator["id"], OWNER_ID);
    assert_eq!(creator["displayName"], "Alex Smith");
    assert_eq!(creator["hasAvatar"], false);
    assert_eq!(creator["isAnonim"], false);
    assert!(
        creator["profileUrl"]
            .as_str()
            .unwrap()
            .starts_with(&h.portal.url())
    );
    for avatar in [
        "avatar",
        "avatarOriginal",
        "avatarMax",
        "avatarMedium",
        "avatarSmall",
    ] {
        assert!(
            creator[avatar].as_str().unwrap().contains("?hash="),
            "{avatar}"
        );
    }

    let listed = h.list(Cred::Raw(&token)).await;
    let stored = find(&listed, key["id"].as_str().unwrap()).unwrap();
    assert_eq!(stored["key"], format!("sk-***{}", &secret[63..]));
    assert_eq!(listed[0]["id"], key["id"], "the newest key comes first");
}

#[tokio::test]
async fn a_key_without_expiry_or_permissions_is_unrestricted_forever() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(&token, json!({ "name": "Full access, never expires" }))
        .await;
    assert!(key.get("expiresAt").is_none());
    assert_eq!(key["permissions"], json!([]));
}

#[tokio::test]
async fn dates_follow_the_portal_time_zone() {
    let h = Harness::with(DemoConfig {
        time_zone: FixedOffset::east_opt(0).unwrap(),
        ..DemoConfig::default()
    })
    .await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(&token, json!({ "name": "utc", "expiresInDays": 1 }))
        .await;
    assert_api_date(&key["createOn"], "Z");
    assert_api_date(&key["expiresAt"], "Z");
}

#[tokio::test]
async fn empty_null_and_star_permission_lists_are_stored_as_empty() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for permissions in [
        json!([]),
        json!(null),
        json!(["*", "files:read"]),
        json!(["*"]),
    ] {
        let key = h
            .create(&token, json!({ "name": "x", "permissions": permissions }))
            .await;
        assert_eq!(key["permissions"], json!([]), "for {permissions}");
    }
}

#[tokio::test]
async fn property_names_are_matched_case_insensitively() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(
            &token,
            json!({ "NAME": "Shouting", "Permissions": ["rooms:read"], "EXPIRESINDAYS": 2 }),
        )
        .await;
    assert_eq!(key["name"], "Shouting");
    assert_eq!(key["permissions"], json!(["rooms:read"]));
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(2)
    );
}

#[tokio::test]
async fn names_are_stored_verbatim() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let name = "<script>alert('xss')</script>";
    let key = h.create(&token, json!({ "name": name })).await;
    assert_eq!(key["name"], name);
}

#[tokio::test]
async fn numeric_strings_are_accepted_as_days() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let key = h
        .create(
            &token,
            json!({ "name": "web client", "expiresInDays": "30" }),
        )
        .await;
    assert_eq!(
        date(&key["expiresAt"]) - date(&key["createOn"]),
        TimeDelta::days(30)
    );
    for days in [1, 365] {
        h.create(&token, json!({ "name": "edge", "expiresInDays": days }))
            .await;
    }
}
