//! Any status and body a portal can send. Decoding never panics; a body decoded in one
//! pass gives exactly what decoding it through `serde_json::Value`s gives (the same payload
//! or the same error); and each portal message kept for display is short and not empty.
//!
//! Input: two bytes for the HTTP status (100–599), then the body.

#![no_main]

use docspace_keys::api::ApiError;
use docspace_keys::api::decode::{
    LONGEST_PORTAL_MESSAGE, RawAnswer, decode, decode_payload, decode_through_values,
};
use docspace_keys::api::wire::ApiKeyDto;
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fuzz_target!(|data: &[u8]| {
    let Some((status, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let answer = RawAnswer {
        status: 100 + u16::from_be_bytes(*status) % 500,
        retry_after: None,
        body,
        host: "portal.example.com",
    };
    if let Err(err) = decode_payload(answer) {
        check_messages(&err);
    }
    same_either_way::<Vec<ApiKeyDto>>(answer);
    same_either_way::<Option<ApiKeyDto>>(answer);
    same_either_way::<bool>(answer);
});

/// The fast path (`decode`) and the slow one agree, payload for payload and error for error.
fn same_either_way<T: DeserializeOwned + Serialize>(answer: RawAnswer<'_>) {
    let fast = decode::<T>(answer);
    let slow = decode_through_values::<T>(answer);
    match (&fast, &slow) {
        (Ok(fast), Ok(slow)) => assert_eq!(
            serde_json::to_string(fast).ok(),
            serde_json::to_string(slow).ok(),
            "the two ways decode different payloads"
        ),
        (Err(fast), Err(slow)) => assert_eq!(fast, slow),
        _ => panic!(
            "one way succeeds and the other fails: {:?} / {:?}",
            fast.as_ref().err(),
            slow.as_ref().err()
        ),
    }
    if let Err(err) = fast {
        check_messages(&err);
    }
}

fn check_messages(err: &ApiError) {
    let short = |text: &String| {
        assert!(!text.is_empty(), "an empty portal message is kept");
        assert!(
            text.chars().count() <= LONGEST_PORTAL_MESSAGE + 1,
            "a portal message of {} characters",
            text.chars().count()
        );
    };
    match err {
        ApiError::Unauthorized { message }
        | ApiError::Forbidden { message }
        | ApiError::Server { message, .. } => message.iter().for_each(short),
        ApiError::Validation { messages } => {
            assert!(!messages.is_empty() && messages.len() <= 20, "{messages:?}");
            messages.iter().for_each(short);
        }
        _ => {}
    }
}
