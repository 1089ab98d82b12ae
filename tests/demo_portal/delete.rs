//! `DELETE /api/2.0/keys/{id}`: a deleted key is gone for good.

use docspace_keys::demo::ADMIN_EMAIL;
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn delete_removes_a_key_for_good() {
    let h = Harness::new().await;
    let (id, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let path = format!("/api/2.0/keys/{id}");
    let reply = h.delete(&path, Cred::Raw(&token)).await;
    assert_eq!(
        reply.json(),
        json!({
            "response": true,
            "count": 1,
            "links": [{ "href": h.url(&path), "action": "DELETE" }],
            "status": 0,
            "statusCode": 200
        })
    );
    assert!(find(&h.list(Cred::Raw(&token)).await, &id).is_none());
    h.get("/api/2.0/keys", Cred::Bearer(&secret))
        .await
        .assert_bare(401);
    let again = h.delete(&path, Cred::Raw(&token)).await;
    assert_eq!(again.status, 500, "delete is not idempotent (§1.6)");
}
