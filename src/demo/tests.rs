//! Behaviour that needs the portal's insides: keys whose expiry has passed
//! (the HTTP API cannot make one, since the shortest lifetime is a day).

use chrono::TimeDelta;
use reqwest::header::AUTHORIZATION;
use serde_json::{Value, json};
use uuid::Uuid;

use super::*;

struct Expired {
    portal: DemoPortal,
    http: reqwest::Client,
    token: String,
    id: String,
    secret: String,
}

/// Sends a request and reads the answer as JSON.
async fn call(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// A portal with one fresh key whose expiry is then moved into the past.
async fn portal_with_an_expired_key() -> Expired {
    let portal = DemoPortal::start(DemoConfig::default()).await.unwrap();
    crate::api::install_tls_provider();
    let http = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let signed_in = call(
        http.post(format!("{}/api/2.0/authentication", portal.url()))
            .json(&json!({ "userName": ADMIN_EMAIL, "password": DEMO_PASSWORD })),
    )
    .await;
    let token = signed_in["response"]["token"].as_str().unwrap().to_owned();
    let created = call(
        http.post(format!("{}/api/2.0/keys", portal.url()))
            .header(AUTHORIZATION, &token)
            .json(&json!({ "name": "Short-lived", "expiresInDays": 1 })),
    )
    .await;
    let id = created["response"]["id"].as_str().unwrap().to_owned();
    let secret = created["response"]["key"].as_str().unwrap().to_owned();
    {
        let mut store = portal.state.lock();
        let key = store.get_mut(&Uuid::parse_str(&id).unwrap()).unwrap();
        key.created -= TimeDelta::days(2);
        key.expires = Some(key.created + TimeDelta::days(1));
    }
    Expired {
        portal,
        http,
        token,
        id,
        secret,
    }
}

#[tokio::test]
async fn an_expired_key_is_refused_with_an_empty_401() {
    let expired = portal_with_an_expired_key().await;
    let reply = expired
        .http
        .get(format!("{}/api/2.0/keys/@self", expired.portal.url()))
        .header(AUTHORIZATION, format!("Bearer {}", expired.secret))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 401);
    assert!(reply.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_expired_key_is_listed_as_inactive() {
    let expired = portal_with_an_expired_key().await;
    let key = expired
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == expired.id)
        .unwrap();
    assert!(!key.is_active);
}

#[tokio::test]
async fn an_expired_key_cannot_be_revived_but_can_be_deleted() {
    let expired = portal_with_an_expired_key().await;
    let path = format!("{}/api/2.0/keys/{}", expired.portal.url(), expired.id);
    let updated = call(
        expired
            .http
            .put(&path)
            .header(AUTHORIZATION, &expired.token)
            .json(&json!({ "isActive": true, "name": "Revived" })),
    )
    .await;
    assert_eq!(updated["response"], false);
    assert_eq!(updated["statusCode"], 200);
    let deleted = call(
        expired
            .http
            .delete(&path)
            .header(AUTHORIZATION, &expired.token),
    )
    .await;
    assert_eq!(deleted["response"], true);
}

#[test]
fn the_default_config_is_moscow_time_with_the_seed_and_no_extras() {
    let config = DemoConfig::default();
    assert_eq!(config.time_zone.local_minus_utc(), 3 * 3600);
    assert!(config.seed);
    assert_eq!((config.port, config.extra_keys), (0, 0));
}
