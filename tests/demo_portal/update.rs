//! `PUT /api/2.0/keys/{id}`: renaming, switching and re-scoping keys, who may
//! change whose, and ids that do not name a key.

use docspace_keys::demo::{ADMIN_EMAIL, USER_EMAIL};
use serde_json::json;

use crate::support::*;

/// A key that the holder of `user_token` creates for a test; returns its id.
async fn user_key(h: &Harness, user_token: &str) -> String {
    let key = h
        .create(
            user_token,
            json!({ "name": "Mine", "permissions": ["files:read"], "expiresInDays": 10 }),
        )
        .await;
    key["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn update_answers_true_with_the_key_in_the_link() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let reply = put(&h, &token, &id, json!({ "isActive": false })).await;
    assert_eq!(
        reply.json(),
        json!({
            "response": true,
            "count": 1,
            "links": [{ "href": h.url(&format!("/api/2.0/keys/{id}")), "action": "PUT" }],
            "status": 0,
            "statusCode": 200
        })
    );
    let listed = h.list(Cred::Raw(&token)).await;
    assert_eq!(find(&listed, &id).unwrap()["isActive"], false);
}

#[tokio::test]
async fn update_renames_and_replaces_permissions() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let body = json!({ "name": "Renamed key", "permissions": ["files:read", "rooms:read"] });
    assert_eq!(put(&h, &token, &id, body).await.response(), true);
    let listed = h.list(Cred::Raw(&token)).await;
    let key = find(&listed, &id).unwrap();
    assert_eq!(key["name"], "Renamed key");
    assert_eq!(key["permissions"], json!(["files:read", "rooms:read"]));
    let mixed = json!({ "permissions": ["*", "files:read"] });
    assert_eq!(put(&h, &token, &id, mixed).await.response(), true);
    let listed = h.list(Cred::Raw(&token)).await;
    assert_eq!(
        find(&listed, &id).unwrap()["permissions"],
        json!(["*", "files:read"])
    );
}

#[tokio::test]
async fn null_and_empty_fields_leave_the_key_unchanged() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let before = find(&h.list(Cred::Raw(&token)).await, &id).unwrap().clone();
    for body in [
        json!({}),
        json!({ "name": null, "permissions": null, "isActive": null }),
        json!({ "name": "", "permissions": [] }),
    ] {
        assert_eq!(put(&h, &token, &id, body).await.response(), true);
    }
    let after = find(&h.list(Cred::Raw(&token)).await, &id).unwrap().clone();
    assert_eq!(before, after);
}

#[tokio::test]
async fn updating_to_star_drops_permissions_from_answers() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let body = json!({ "name": "Make it unrestricted", "permissions": ["*"] });
    assert_eq!(put(&h, &token, &id, body).await.response(), true);
    let reply = h.get("/api/2.0/keys", Cred::Raw(&token)).await;
    let listed = reply.response();
    let key = find(listed.as_array().unwrap(), &id).unwrap();
    assert!(key.get("permissions").is_none(), "{key}");
    assert_eq!(key["name"], "Make it unrestricted");
}

#[tokio::test]
async fn update_rejects_long_names_and_unknown_permissions() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &token).await;
    let reply = put(&h, &token, &id, json!({ "name": "b".repeat(31) })).await;
    assert_eq!(reply.status, 400);
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
    let reply = put(
        &h,
        &token,
        &id,
        json!({ "permissions": ["files:read", "nope"] }),
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(
        reply.json()["error"]["message"],
        "Permissions are not valid."
    );
    let reply = put(&h, &token, &id, json!({ "isActive": "no" })).await;
    assert_eq!(reply.status, 400);
    assert_eq!(validation_errors(&reply, "$.isActive").len(), 1);
}

#[tokio::test]
async fn a_user_cannot_change_or_delete_someone_elses_key() {
    let h = Harness::new().await;
    let (id, _) = h.key_with(json!(["*:read"])).await;
    let user = h.sign_in(USER_EMAIL).await;
    let reply = put(&h, &user, &id, json!({ "isActive": false })).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.response(), false);
    let reply = h
        .delete(&format!("/api/2.0/keys/{id}"), Cred::Raw(&user))
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.response(), false);
    let key = h
        .portal
        .keys()
        .into_iter()
        .find(|key| key.id == id)
        .unwrap();
    assert!(key.is_active);
}

#[tokio::test]
async fn the_owner_can_change_and_delete_a_users_key() {
    let h = Harness::new().await;
    let user = h.sign_in(USER_EMAIL).await;
    let id = user_key(&h, &user).await;
    let owner = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(
        put(&h, &owner, &id, json!({ "name": "Checked" }))
            .await
            .response(),
        true
    );
    let reply = h
        .delete(&format!("/api/2.0/keys/{id}"), Cred::Raw(&owner))
        .await;
    assert_eq!(reply.response(), true);
    assert!(find(&h.list(Cred::Raw(&user)).await, &id).is_none());
}

#[tokio::test]
async fn an_unknown_key_id_is_a_null_reference_500() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let path = "/api/2.0/keys/0b7d3c52-61a9-4e2f-8c10-5d9e7a4b3f21";
    for reply in [
        h.send(
            "PUT",
            path,
            Cred::Raw(&token),
            Some(&json!({ "isActive": true })),
        )
        .await,
        h.delete(path, Cred::Raw(&token)).await,
    ] {
        assert_null_reference(&reply);
    }
}

#[tokio::test]
async fn a_key_id_that_is_not_a_guid_matches_no_route() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let reply = h
        .send(
            "PUT",
            "/api/2.0/keys/42",
            Cred::Raw(&token),
            Some(&json!({})),
        )
        .await;
    reply.assert_bare(404);
    h.delete("/api/2.0/keys/not-a-guid", Cred::Raw(&token))
        .await
        .assert_bare(404);
}
