//! The envelope every answer comes in, links, routing and the portal's own
//! address and shutdown.

use docspace_keys::demo::ADMIN_EMAIL;
use reqwest::header::CONTENT_TYPE;
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn the_permissions_catalogue_is_the_exact_list_in_an_exact_envelope() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json(),
        json!({
            "response": CATALOGUE,
            "count": 11,
            "links": [{ "href": h.url("/api/2.0/keys/permissions"), "action": "GET" }],
            "status": 0,
            "statusCode": 200
        })
    );
    assert_field_order(
        &reply.text(),
        &["response", "count", "links", "status", "statusCode"],
    );
    assert!(
        reply.headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
}

#[tokio::test]
async fn links_carry_the_full_request_url_with_its_query() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys?fields=id", Cred::Raw(&token)).await;
    let body = reply.json();
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys?fields=id"), "action": "GET" }])
    );
    assert_eq!(body["count"], 1, "the key list reports count 1 (§1.2)");
    assert_eq!(body["status"], 0);
    assert_eq!(body["statusCode"], 200);
}

#[tokio::test]
async fn unknown_paths_are_404_with_an_empty_body() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for path in [
        "/api/2.0/nothing",
        "/api/2.0/keys/a/b",
        "/",
        "/api/2.0/people",
    ] {
        h.get(path, Cred::Raw(&token)).await.assert_bare(404);
    }
    h.get("/api/2.0/nothing", Cred::Nothing)
        .await
        .assert_bare(404);
}

#[tokio::test]
async fn routes_match_ignoring_case_like_aspnet() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/API/2.0/Keys/Permissions/", Cred::Raw(&token)).await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.json()["links"][0]["href"],
        h.url("/API/2.0/Keys/Permissions/")
    );
}

#[tokio::test]
async fn the_portal_listens_on_loopback_only() {
    let h = Harness::new().await;
    assert_eq!(
        h.portal.url(),
        format!("http://127.0.0.1:{}", h.portal.port())
    );
    assert_ne!(h.portal.port(), 0);
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let h = Harness::new().await;
    let url = h.url("/api/2.0/keys/permissions");
    h.portal.shutdown().await;
    assert!(h.http.get(url).send().await.is_err());
}
