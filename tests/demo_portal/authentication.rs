//! How requests authenticate: login tokens, cookies and API keys, what each
//! key's scopes allow, and `@self` for keys and people.

use chrono::{DateTime, Utc};
use docspace_keys::demo::{ADMIN_EMAIL, USER_EMAIL};
use reqwest::header::{AUTHORIZATION, COOKIE};
use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn a_login_token_works_raw_with_bearer_and_as_a_cookie() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for cred in [
        Cred::Raw(&token),
        Cred::Bearer(&token),
        Cred::Cookie(&token),
    ] {
        assert_eq!(h.get("/api/2.0/keys", cred).await.status, 200);
    }
}

#[tokio::test]
async fn without_credentials_every_key_route_is_401_with_an_empty_body() {
    let h = Harness::new().await;
    let id = "/api/2.0/keys/0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21";
    for (method, path) in [
        ("GET", "/api/2.0/keys"),
        ("POST", "/api/2.0/keys"),
        ("GET", "/api/2.0/keys/permissions"),
        ("GET", "/api/2.0/keys/@self"),
        ("GET", "/api/2.0/people/@self"),
        ("PUT", id),
        ("DELETE", id),
    ] {
        h.send(method, path, Cred::Nothing, Some(&json!({})))
            .await
            .assert_bare(401);
    }
    h.get("/api/2.0/keys", Cred::Raw("made-up-token"))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Cookie("made-up-token"))
        .await
        .assert_bare(401);
}

#[tokio::test]
async fn the_cookie_wins_over_the_authorization_header() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let reply = h
        .http
        .get(h.url("/api/2.0/people/@self"))
        .header(AUTHORIZATION, "not-a-token")
        .header(COOKIE, format!("theme=dark; asc_auth_key={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
    let body: Value = reply.json().await.unwrap();
    assert_eq!(body["response"]["email"], USER_EMAIL);
}

#[tokio::test]
async fn basic_authentication_is_refused() {
    let h = Harness::new().await;
    h.get(
        "/api/2.0/keys",
        Cred::Raw("Basic YWRtaW5AZXhhbXBsZS5jb206ZGVtbw=="),
    )
    .await
    .assert_bare(401);
}

#[tokio::test]
async fn an_api_key_works_only_after_bearer() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(null)).await;
    assert_eq!(
        h.get("/api/2.0/keys", Cred::Bearer(&secret)).await.status,
        200
    );
    h.get("/api/2.0/keys", Cred::Raw(&secret))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Raw(&format!("bearer {secret}")))
        .await
        .assert_bare(401);
    let wrong = format!("sk-{}", "0".repeat(64));
    h.get("/api/2.0/keys", Cred::Bearer(&wrong))
        .await
        .assert_bare(401);
}

#[tokio::test]
async fn a_key_acts_as_its_creator() {
    let h = Harness::new().await;
    let user = h.sign_in(USER_EMAIL).await;
    let key = h.create(&user, json!({ "name": "User's own" })).await;
    let secret = key["key"].as_str().unwrap();
    let by_token = h.list(Cred::Raw(&user)).await;
    let by_key = h.list(Cred::Bearer(secret)).await;
    let ids = |keys: &[Value]| keys.iter().map(|k| k["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&by_token), ids(&by_key));
    let created = h
        .post(
            "/api/2.0/keys",
            Cred::Bearer(secret),
            &json!({ "name": "via key" }),
        )
        .await;
    assert_eq!(created.response()["createBy"]["displayName"], "Dana Lee");
}

#[tokio::test]
async fn a_deactivated_key_is_401_with_an_empty_body() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    put(&h, &token, &id, json!({ "isActive": false })).await;
    h.get("/api/2.0/keys/@self", Cred::Bearer(&secret))
        .await
        .assert_bare(401);
    put(&h, &token, &id, json!({ "isActive": true })).await;
    assert_eq!(
        h.get("/api/2.0/keys/@self", Cred::Bearer(&secret))
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn an_area_scoped_key_cannot_manage_keys() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["files:read"])).await;
    let key = Cred::Bearer(&secret);
    h.get("/api/2.0/keys", key).await.assert_bare(403);
    h.get("/api/2.0/keys/permissions", key)
        .await
        .assert_bare(403);
    h.post("/api/2.0/keys", key, &json!({ "name": "x" }))
        .await
        .assert_bare(403);
    let path = format!("/api/2.0/keys/{id}");
    h.send("PUT", &path, key, Some(&json!({})))
        .await
        .assert_bare(403);
    h.delete(&path, key).await.assert_bare(403);
    assert_eq!(h.get("/api/2.0/keys/@self", key).await.status, 200);
}

#[tokio::test]
async fn a_read_only_key_can_list_but_not_write() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["*:read"])).await;
    let key = Cred::Bearer(&secret);
    assert_eq!(h.get("/api/2.0/keys", key).await.status, 200);
    assert_eq!(h.get("/api/2.0/keys/permissions", key).await.status, 200);
    h.post("/api/2.0/keys", key, &json!({ "name": "x" }))
        .await
        .assert_bare(403);
    let path = format!("/api/2.0/keys/{id}");
    h.send("PUT", &path, key, Some(&json!({ "isActive": false })))
        .await
        .assert_bare(403);
    h.delete(&path, key).await.assert_bare(403);
}

#[tokio::test]
async fn write_and_unrestricted_keys_can_create_keys() {
    let h = Harness::new().await;
    for permissions in [json!(["*:write"]), json!(null)] {
        let (_, secret) = h.key_with(permissions).await;
        let reply = h
            .post(
                "/api/2.0/keys",
                Cred::Bearer(&secret),
                &json!({ "name": "child" }),
            )
            .await;
        assert_eq!(reply.status, 200);
    }
}

#[tokio::test]
async fn self_with_a_key_answers_that_key_masked() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let reply = h.get("/api/2.0/keys/@self", Cred::Bearer(&secret)).await;
    assert_eq!(reply.status, 200);
    let body = reply.json();
    assert_eq!(body["count"], 1);
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys/@self"), "action": "GET" }])
    );
    let key = &body["response"];
    assert_eq!(key["id"], id);
    assert!(is_masked(key["key"].as_str().unwrap()));
    assert_eq!(key["keyPostfix"], secret[63..]);
    assert_eq!(key["permissions"], json!([]));
    assert_eq!(key["isActive"], true);
    assert_api_date(&key["lastUsed"], "+03:00");
}

#[tokio::test]
async fn self_with_only_a_cookie_is_an_argument_out_of_range_400() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h.get("/api/2.0/keys/@self", Cred::Cookie(&token)).await;
    assert_eq!(reply.status, 400);
    let body = reply.json();
    assert_eq!(body["error"]["type"], "System.ArgumentOutOfRangeException");
    assert_eq!(body["status"], 1);
    assert_eq!(body["statusCode"], 400);
}

#[tokio::test]
async fn self_with_a_login_token_header_is_a_null_reference_500() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    for cred in [Cred::Raw(&token), Cred::Bearer(&token)] {
        let reply = h.get("/api/2.0/keys/@self", cred).await;
        assert_null_reference(&reply);
    }
}

#[tokio::test]
async fn people_self_needs_an_account_or_global_scope() {
    let h = Harness::new().await;
    for (permissions, status) in [
        (json!(["files:read"]), 403),
        (json!(["rooms:read", "accounts:read"]), 403),
        (json!(["accounts.self:read"]), 200),
        (json!(["accounts.self:write"]), 200),
        (json!(["*:read"]), 200),
        (json!(["*:write"]), 200),
        (json!(null), 200),
    ] {
        let (_, secret) = h.key_with(permissions.clone()).await;
        let reply = h.get("/api/2.0/people/@self", Cred::Bearer(&secret)).await;
        assert_eq!(reply.status, status, "for {permissions}");
        if status == 403 {
            reply.assert_bare(403);
        }
    }
}

#[tokio::test]
async fn people_self_describes_each_account() {
    let h = Harness::new().await;
    for (email, name, owner, admin, collaborator) in [
        (ADMIN_EMAIL, "Alex Smith", true, true, false),
        (USER_EMAIL, "Dana Lee", false, false, true),
    ] {
        let token = h.sign_in(email).await;
        let reply = h.get("/api/2.0/people/@self", Cred::Raw(&token)).await;
        let me = reply.response();
        assert_eq!(me["displayName"], name);
        assert_eq!(me["email"], email);
        assert_eq!(me["isOwner"], owner);
        assert_eq!(me["isAdmin"], admin);
        assert_eq!(me["isCollaborator"], collaborator);
        assert_eq!(me["isVisitor"], false);
        assert_eq!(me["isRoomAdmin"], false);
        assert_eq!(me["status"], 1);
        assert!(me["id"].as_str().unwrap().len() == 36);
        assert!(me["avatar"].as_str().unwrap().starts_with('/'));
        assert!(me["firstName"].is_string() && me["lastName"].is_string());
        assert!(me["userName"].is_string());
    }
}

#[tokio::test]
async fn last_used_is_set_by_every_request_made_with_the_key() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(["files:read"])).await;
    let unused = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert_eq!(unused.last_used, None);
    // Refused for scope, but the key was still used to authenticate.
    h.get("/api/2.0/keys", Cred::Bearer(&secret))
        .await
        .assert_bare(403);
    let used = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    let last_used = DateTime::parse_from_rfc3339(&used.last_used.unwrap()).unwrap();
    assert!((Utc::now() - last_used.to_utc()).num_seconds().abs() < 60);
}
