//! Injected faults: latency, an nginx 502 page, truncated answers, 429 and
//! server errors, one request each.

use std::time::Duration;

use docspace_keys::demo::{ADMIN_EMAIL, Fault};
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
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
