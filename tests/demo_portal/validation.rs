//! Create requests the portal refuses: names, lifetimes, malformed JSON and
//! unknown permissions, each with the error shape ASP.NET gives.

use docspace_keys::demo::ADMIN_EMAIL;
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn a_missing_name_is_a_json_level_validation_error() {
    let h = Harness::new().await;
    let reply = h.refused_create(r#"{"expiresInDays": 30}"#).await;
    let body = reply.json();
    assert_eq!(
        body["response"]["errors"],
        json!({ "$": ["JSON deserialization for type 'ASC.People.ApiModels.RequestDto.CreateApiKeyRequestDto' was missing required properties including: 'name'."] })
    );
    assert_eq!(
        body["response"]["type"],
        "https://tools.ietf.org/html/rfc9110#section-15.5.1"
    );
    assert_eq!(
        body["response"]["title"],
        "One or more validation errors occurred."
    );
    assert_eq!(body["response"]["status"], 400);
    assert!(
        body["response"]["traceId"]
            .as_str()
            .unwrap()
            .starts_with("00-")
    );
    assert_eq!(body["count"], 1);
    assert_eq!(
        body["links"],
        json!([{ "href": h.url("/api/2.0/keys"), "action": "POST" }])
    );
    assert_eq!(body["status"], 1);
    assert_eq!(body["statusCode"], 400);
    assert!(body.get("error").is_none());
    assert_field_order(
        &reply.text(),
        &[
            "response",
            "type",
            "title",
            "errors",
            "traceId",
            "count",
            "links",
            "statusCode",
        ],
    );
}

#[tokio::test]
async fn empty_blank_and_null_names_are_required_errors() {
    let h = Harness::new().await;
    for body in [r#"{"name": ""}"#, r#"{"name": "   "}"#, r#"{"name": null}"#] {
        let reply = h.refused_create(body).await;
        assert_eq!(
            validation_errors(&reply, "Name"),
            ["The Name field is required."],
            "for {body}"
        );
    }
}

#[tokio::test]
async fn thirty_characters_are_accepted_and_thirty_one_are_not() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    let thirty = "a".repeat(30);
    h.create(&token, json!({ "name": thirty })).await;
    let accents = "é".repeat(30);
    h.create(&token, json!({ "name": accents })).await;
    let reply = h
        .refused_create(&json!({ "name": "a".repeat(31) }).to_string())
        .await;
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
}

#[tokio::test]
async fn names_are_measured_in_utf16_code_units_like_dotnet() {
    let h = Harness::new().await;
    let token = h.sign_in(ADMIN_EMAIL).await;
    // Each emoji is two UTF-16 code units: 15 fit, 16 do not.
    h.create(&token, json!({ "name": "🔑".repeat(15) })).await;
    let reply = h
        .refused_create(&json!({ "name": "🔑".repeat(16) }).to_string())
        .await;
    assert_eq!(validation_errors(&reply, "Name"), [NAME_TOO_LONG]);
}

#[tokio::test]
async fn days_outside_1_to_365_are_rejected() {
    let h = Harness::new().await;
    for days in ["0", "366", "-1", "\"0\""] {
        let reply = h
            .refused_create(&format!(r#"{{"name": "x", "expiresInDays": {days}}}"#))
            .await;
        assert_eq!(
            validation_errors(&reply, "ExpiresInDays"),
            ["Incorrect number of days. Value must be between 1 and 365"],
            "for {days}"
        );
    }
}

#[tokio::test]
async fn name_and_days_errors_are_reported_together() {
    let h = Harness::new().await;
    let reply = h
        .refused_create(r#"{"name": "", "expiresInDays": 400}"#)
        .await;
    let errors = &reply.json()["response"]["errors"];
    assert_eq!(errors.as_object().unwrap().len(), 2);
}

#[tokio::test]
async fn days_that_are_not_a_number_are_a_conversion_error() {
    let h = Harness::new().await;
    for days in [r#""soon""#, "1.5", "true", "[1]"] {
        let reply = h
            .refused_create(&format!(r#"{{"name": "x", "expiresInDays": {days}}}"#))
            .await;
        let messages = validation_errors(&reply, "$.expiresInDays");
        assert!(
            messages[0].starts_with(
                "The JSON value could not be converted to System.Nullable`1[System.Int32]."
            ),
            "{messages:?}"
        );
    }
}

#[tokio::test]
async fn malformed_json_is_a_validation_error_at_the_root() {
    let h = Harness::new().await;
    for body in [r#"{"name": "x""#, "not json", r#"["name"]"#] {
        let reply = h.refused_create(body).await;
        assert_eq!(validation_errors(&reply, "$").len(), 1, "for {body}");
    }
}

#[tokio::test]
async fn unknown_permissions_are_an_argument_exception() {
    let h = Harness::new().await;
    for permissions in [
        r#"["files:delete"]"#,
        r#"["Files:read"]"#,
        r#"["files:read", "contacts:read"]"#,
    ] {
        let token = h.sign_in(ADMIN_EMAIL).await;
        let reply = h
            .send_text(
                "POST",
                "/api/2.0/keys",
                Cred::Raw(&token),
                Some(&format!(r#"{{"name": "x", "permissions": {permissions}}}"#)),
            )
            .await;
        assert_eq!(reply.status, 400);
        let body = reply.json();
        assert_eq!(body["error"]["message"], "Permissions are not valid.");
        assert_eq!(body["error"]["type"], "System.ArgumentException");
        assert!(body["error"]["stack"].as_str().unwrap().contains("   at "));
        assert_eq!(body["error"]["hresult"], -2147024809_i64);
        assert_eq!(body["status"], 1);
        assert_eq!(body["statusCode"], 400);
        assert!(body.get("response").is_none());
        assert!(body.get("links").is_none());
    }
    assert_eq!(
        h.portal.keys().iter().filter(|key| key.name == "x").count(),
        0
    );
}
