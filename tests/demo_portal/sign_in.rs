//! `/api/2.0/authentication`: signing in with and without a second factor,
//! checking credentials, cookies, signing out and ending sessions.

use chrono::Utc;
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, TFA_CODE, TFA_EMAIL, USER_EMAIL};
use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn signing_in_answers_a_token_with_a_utc_expiry() {
    let h = Harness::new().await;
    let body = json!({ "userName": ADMIN_EMAIL, "password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    assert_eq!(reply.status, 200);
    let envelope = reply.json();
    assert_eq!(
        envelope["links"],
        json!([{ "href": h.url("/api/2.0/authentication"), "action": "POST" }])
    );
    let answer = &envelope["response"];
    let token = answer["token"].as_str().unwrap();
    assert!(token.len() >= 32 && !token.starts_with("sk-"));
    assert_api_date(&answer["expires"], "Z");
    let days = (date(&answer["expires"]).to_utc() - Utc::now()).num_hours();
    assert!((29 * 24..=30 * 24).contains(&days), "{days} hours");
    assert_eq!(answer["sms"], false);
    assert_eq!(answer["tfa"], false);
    assert_eq!(answer.as_object().unwrap().len(), 4);
    assert_field_order(&reply.text(), &["token", "expires", "sms", "tfa"]);
}

#[tokio::test]
async fn every_sign_in_failure_is_a_401_user_authentication_failed() {
    let h = Harness::new().await;
    for body in [
        json!({ "userName": ADMIN_EMAIL, "password": "wrong" }),
        json!({ "userName": "nobody@example.com", "password": DEMO_PASSWORD }),
        json!({ "password": DEMO_PASSWORD }),
        json!({ "userName": ADMIN_EMAIL, "passwordHash": "abc" }),
    ] {
        let reply = h.authenticate(&body).await;
        assert_eq!(reply.status, 401, "for {body}");
        assert_eq!(
            reply.json(),
            json!({
                "error": { "message": "User authentication failed", "type": null, "stack": null, "hresult": 0 },
                "status": 1,
                "statusCode": 401
            })
        );
    }
}

#[tokio::test]
async fn sign_in_accepts_any_letter_case_in_names_and_email() {
    let h = Harness::new().await;
    let body = json!({ "USERNAME": "Admin@Example.com", "Password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    assert_eq!(reply.status, 200);
}

#[tokio::test]
async fn two_factor_sign_in_takes_two_steps() {
    let h = Harness::new().await;
    let body = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD });
    let first = h.authenticate(&body).await;
    assert_eq!(first.status, 200);
    let answer = first.response();
    assert!(answer.get("token").is_none());
    let confirm = answer["confirmUrl"].as_str().unwrap().to_owned();
    assert!(
        confirm.starts_with(&format!("{}/wizard/tfa?", h.portal.url())),
        "{confirm}"
    );
    assert_eq!(
        answer,
        json!({ "expires": "0001-01-01T00:00:00", "sms": false, "tfa": true, "confirmUrl": confirm })
    );

    let wrong = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD, "code": "000000" });
    let reply = h
        .post("/api/2.0/authentication/000000", Cred::Nothing, &wrong)
        .await;
    assert_eq!(reply.status, 401);
    let error = reply.json();
    assert!(error["error"]["message"].as_str().unwrap().len() > 5);
    assert_eq!(error["error"]["type"], Value::Null);

    let right = json!({ "userName": TFA_EMAIL, "password": DEMO_PASSWORD, "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &right,
        )
        .await;
    assert_eq!(reply.status, 200);
    let answer = reply.response();
    assert_eq!(answer["tfa"], true);
    assert_eq!(answer["sms"], false);
    assert_api_date(&answer["expires"], "Z");
    let token = answer["token"].as_str().unwrap();
    let me = h
        .get("/api/2.0/people/@self", Cred::Raw(token))
        .await
        .response();
    assert_eq!(me["displayName"], "Sam Rivera");
}

#[tokio::test]
async fn the_second_step_still_checks_the_password() {
    let h = Harness::new().await;
    let body = json!({ "userName": TFA_EMAIL, "password": "guess", "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &body,
        )
        .await;
    assert_eq!(reply.status, 401);
}

#[tokio::test]
async fn the_authentication_check_tells_whether_credentials_are_valid() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let (_, secret) = h.key_with(json!(["*:read"])).await;
    for (cred, valid) in [
        (Cred::Nothing, false),
        (Cred::Raw("nonsense"), false),
        (Cred::Raw(&token), true),
        (Cred::Cookie(&token), true),
        (Cred::Bearer(&secret), true),
    ] {
        let reply = h.get("/api/2.0/authentication", cred).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.json()["response"], valid);
        assert_eq!(reply.json()["count"], 1);
    }
}

#[tokio::test]
async fn a_key_without_a_global_scope_may_not_even_ask_whether_it_is_valid() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(["files:read"])).await;
    h.get("/api/2.0/authentication", Cred::Bearer(&secret))
        .await
        .assert_bare(403);
}

#[tokio::test]
async fn signing_in_sets_the_auth_cookie() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD });
    let reply = h.authenticate(&body).await;
    let token = reply.response()["token"].as_str().unwrap().to_owned();
    let cookie = reply.headers["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with(&format!("asc_auth_key={token};")),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_session_sign_in_gives_no_expiry() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD, "session": true });
    let reply = h.authenticate(&body).await;
    let answer = reply.response();
    assert_eq!(answer["expires"], "0001-01-01T00:00:00");
    let token = answer["token"].as_str().unwrap();
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(token)).await.status, 200);
}

#[tokio::test]
async fn a_code_step_for_an_account_without_two_factor_is_access_denied() {
    let h = Harness::new().await;
    let body = json!({ "userName": USER_EMAIL, "password": DEMO_PASSWORD, "code": TFA_CODE });
    let reply = h
        .post(
            &format!("/api/2.0/authentication/{TFA_CODE}"),
            Cred::Nothing,
            &body,
        )
        .await;
    assert_eq!(reply.status, 403);
    assert_eq!(reply.json()["error"]["message"], "Access denied");
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let h = Harness::new().await;
    let token = h.sign_in(USER_EMAIL).await;
    let other = h.sign_in(USER_EMAIL).await;
    let reply = h
        .send(
            "POST",
            "/api/2.0/authentication/logout",
            Cred::Raw(&token),
            None,
        )
        .await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["status"], 0);
    h.get("/api/2.0/keys", Cred::Raw(&token))
        .await
        .assert_bare(401);
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&other)).await.status, 200);
}

#[tokio::test]
async fn ending_sessions_makes_every_login_token_401_but_keeps_keys() {
    let h = Harness::new().await;
    let (_, secret) = h.key_with(json!(null)).await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    h.portal.end_sessions();
    h.get("/api/2.0/keys", Cred::Raw(&token))
        .await
        .assert_bare(401);
    h.get("/api/2.0/keys", Cred::Cookie(&token))
        .await
        .assert_bare(401);
    assert_eq!(
        h.get("/api/2.0/keys", Cred::Bearer(&secret)).await.status,
        200
    );
}
