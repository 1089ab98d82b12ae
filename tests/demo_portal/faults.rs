//! Injected faults: latency, an nginx 502 page, truncated, stalled and oversized
//! answers, redirects, 429 and server errors, one request each.

use std::time::Duration;

use docspace_keys::demo::{ADMIN_EMAIL, Fault};
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn latency_delays_answers_that_still_arrive() {
    let h = Harness::new().await;
    h.portal.faults().set_latency(Duration::from_millis(50));
    let token = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&token)).await.status, 200);
}

#[tokio::test]
async fn the_502_fault_is_an_nginx_html_page() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::Html502);
    let reply = h.get("/api/2.0/keys/permissions", Cred::Nothing).await;
    assert_eq!(reply.status, 502);
    assert!(
        reply.headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(reply.text().contains("<center>nginx</center>"));
}

#[tokio::test]
async fn the_truncated_fault_cuts_the_real_answer_in_half() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let whole = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    h.portal.faults().push(Fault::Truncated);
    let cut = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!(cut.status, 200);
    assert_eq!(cut.body.len(), whole.body.len() / 2);
    assert_eq!(
        cut.headers[CONTENT_LENGTH],
        cut.body.len().to_string().as_str()
    );
    assert!(whole.body.starts_with(&cut.body));
    assert!(serde_json::from_slice::<Value>(&cut.body).is_err());
}

#[tokio::test]
async fn the_429_fault_has_retry_after_and_no_body() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::TooManyRequests {
        retry_after_secs: 42,
    });
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    reply.assert_bare(429);
    assert_eq!(reply.headers[RETRY_AFTER], "42");
}

#[tokio::test]
async fn the_server_error_fault_is_an_error_api_response() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::ServerError);
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    assert_exception(
        &reply,
        500,
        "Internal server error",
        "System.Exception",
        -2146233088,
    );
}

#[tokio::test]
async fn faults_hit_one_request_each_in_order_and_replace_the_real_work() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let before = h.portal.keys().len();
    let faults = h.portal.faults();
    faults.push(Fault::ServerError);
    faults.push(Fault::Html502);
    let body = json!({ "name": "never created" });
    let first = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    let second = h.post("/api/2.0/keys", Cred::Raw(&token), &body).await;
    let third = h.get("/api/2.0/keys/permissions", Cred::Raw(&token)).await;
    assert_eq!((first.status, second.status, third.status), (500, 502, 200));
    assert_eq!(h.portal.keys().len(), before);
}

#[tokio::test]
async fn clearing_faults_drops_the_queue() {
    let h = Harness::new().await;
    let faults = h.portal.faults();
    faults.push(Fault::ServerError);
    faults.set_latency(Duration::from_millis(20));
    faults.clear();
    let token = h.sign_in(ADMIN_EMAIL).await;
    assert_eq!(h.get("/api/2.0/keys", Cred::Raw(&token)).await.status, 200);
}

#[tokio::test]
async fn the_exception_fault_carries_the_given_status_and_message() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::Exception {
        status: 404,
        message: "Nothing here".to_owned(),
    });
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    assert_exception(&reply, 404, "Nothing here", "System.Exception", -2146233088);
}

#[tokio::test]
async fn the_redirect_fault_points_elsewhere_without_doing_the_work() {
    let h = Harness::new().await;
    let before = h.portal.keys().len();
    let token = h.sign_in(ADMIN_EMAIL).await;
    h.portal.faults().push(Fault::Redirect {
        status: 307,
        location: "https://elsewhere.example/api/2.0/keys".to_owned(),
    });
    let reply = h
        .post(
            "/api/2.0/keys",
            Cred::Raw(&token),
            &json!({ "name": "moved" }),
        )
        .await;
    assert_eq!(reply.status, 307);
    assert_eq!(
        reply.headers[LOCATION],
        "https://elsewhere.example/api/2.0/keys"
    );
    assert_eq!(h.portal.keys().len(), before);
}

#[tokio::test]
async fn the_slow_answer_fault_does_the_work_before_the_delay() {
    let h = Harness::new().await;
    let before = h.portal.keys().len();
    let token = h.sign_in(ADMIN_EMAIL).await;
    h.portal.faults().push(Fault::SlowAnswer {
        delay: Duration::from_secs(5),
    });
    let request = h
        .http
        .post(h.url("/api/2.0/keys"))
        .header(reqwest::header::AUTHORIZATION, &token)
        .json(&json!({ "name": "slow" }))
        .timeout(Duration::from_millis(300));
    assert!(request.send().await.unwrap_err().is_timeout());
    assert_eq!(h.portal.keys().len(), before + 1, "the key exists");
}

#[tokio::test]
async fn the_oversized_fault_is_a_key_list_of_the_given_size() {
    let h = Harness::new().await;
    h.portal.faults().push(Fault::Oversized { bytes: 100_000 });
    let reply = h.get("/api/2.0/keys", Cred::Nothing).await;
    assert_eq!(reply.status, 200);
    assert!(
        (100_000..101_000).contains(&reply.body.len()),
        "{}",
        reply.body.len()
    );
    let list = reply.json();
    assert_eq!(
        list["response"][0]["name"].as_str().map(str::len),
        Some(100_000)
    );
}
