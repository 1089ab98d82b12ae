//! `GET /api/2.0/keys`: who sees which keys, masked and newest first, and
//! the seed and generated keys a portal starts with.

use std::time::Instant;

use chrono::{TimeDelta, Utc};
use docspace_keys::demo::{ADMIN_EMAIL, DemoConfig, USER_EMAIL};
use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn the_owner_lists_every_key_masked_and_newest_first() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    assert!(keys.len() >= 12);
    assert_eq!(keys.len(), h.portal.keys().len());
    for key in &keys {
        let masked = key["key"].as_str().unwrap();
        assert!(is_masked(masked), "{masked}");
        assert_eq!(&masked[6..], key["keyPostfix"].as_str().unwrap());
        assert_api_date(&key["createOn"], "+03:00");
        assert!(key["isActive"].is_boolean());
        assert!(key["createBy"]["displayName"].is_string());
    }
    let created: Vec<_> = keys.iter().map(|key| date(&key["createOn"])).collect();
    assert!(created.windows(2).all(|pair| pair[0] >= pair[1]));
    let creators: Vec<_> = keys
        .iter()
        .map(|key| &key["createBy"]["displayName"])
        .collect();
    assert!(creators.contains(&&json!("Alex Smith")));
    assert!(
        creators.contains(&&json!("Dana Lee")),
        "the owner sees the user's keys"
    );
}

#[tokio::test]
async fn a_user_lists_only_their_own_keys() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    assert!(!keys.is_empty());
    let me = h
        .get("/api/2.0/people/@self", Cred::Raw(&token))
        .await
        .response();
    for key in &keys {
        assert_eq!(key["createBy"]["id"], me["id"]);
    }
    assert!(keys.iter().all(|key| key["createBy"]["id"] != OWNER_ID));
}

#[tokio::test]
async fn the_seed_has_expired_deactivated_unused_and_unrestricted_keys() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let keys = h.list(Cred::Raw(&token)).await;
    let now = Utc::now();
    let expired = |key: &&Value| key.get("expiresAt").is_some_and(|at| date(at) < now);
    assert!(
        keys.iter()
            .filter(expired)
            .all(|key| key["isActive"] == false)
    );
    assert!(keys.iter().any(|key| expired(&key)));
    assert!(keys.iter().any(|key| key.get("lastUsed").is_none()));
    assert!(keys.iter().any(|key| key.get("expiresAt").is_none()));
    assert!(keys.iter().any(|key| key["permissions"] == json!([])));
    assert!(
        keys.iter()
            .any(|key| key["permissions"] == json!(["*:read"]))
    );
    let soon = now + TimeDelta::days(7);
    assert!(keys.iter().any(
        |key| key["isActive"] == true && key.get("expiresAt").is_some_and(|at| date(at) < soon)
    ));
}

#[tokio::test]
async fn keys_for_tests_are_masked_and_newest_first() {
    let h = Harness::new().await;
    let (id, _) = h.key_with(json!(null)).await;
    let keys = h.portal.keys();
    assert_eq!(keys[0].id, id);
    assert!(
        keys.iter()
            .all(|key| key.key.as_deref().is_some_and(is_masked))
    );
}

#[tokio::test]
async fn an_empty_portal_lists_nothing() {
    let h = Harness::with(DemoConfig {
        seed: false,
        ..DemoConfig::default()
    })
    .await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    assert_eq!(reply.json()["response"], json!([]));
    assert_eq!(reply.json()["count"], 1);
}

#[tokio::test]
async fn a_hundred_thousand_generated_keys_start_and_list() {
    let started = Instant::now();
    let h = Harness::with(DemoConfig {
        extra_keys: 100_000,
        ..DemoConfig::default()
    })
    .await;
    let start_time = started.elapsed();
    let token = h.sign_in(ADMIN_EMAIL).await;
    let listed = Instant::now();
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    let list_time = listed.elapsed();
    assert_eq!(reply.status, 200);
    // Only the names are read: a debug build takes seconds to turn 88 MB into `Value`s.
    #[derive(serde::Deserialize)]
    struct Named {
        name: String,
    }
    #[derive(serde::Deserialize)]
    struct Listing {
        response: Vec<Named>,
    }
    let keys = serde_json::from_slice::<Listing>(&reply.body)
        .unwrap()
        .response;
    assert!(keys.len() >= 100_000);
    assert!(keys.iter().any(|key| key.name == "Generated key 00042"));
    eprintln!("100 000 keys: started in {start_time:?}, listed in {list_time:?}");
}

#[tokio::test]
async fn extra_keys_are_capped_at_a_hundred_thousand() {
    let h = Harness::with(DemoConfig {
        extra_keys: 100_005,
        seed: false,
        ..DemoConfig::default()
    })
    .await;
    assert_eq!(h.portal.keys().len(), 100_000);
}
