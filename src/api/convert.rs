//! From wire types to the application's own types.

use super::date::parse_api_date;
use super::wire::{ApiKeyDto, PersonDto};
use crate::domain::{ApiKey, Creator, KeyDate, Person, Role};

/// Converts a listed (masked) key. Missing fields become empty values rather than errors.
pub fn key_from_dto(dto: ApiKeyDto) -> ApiKey {
    let postfix = dto
        .key_postfix
        .filter(|postfix| !postfix.is_empty())
        .or_else(|| {
            // Derive it from the masked key when the postfix field is missing.
            dto.key.as_deref().and_then(|key| {
                let tail: String = key.chars().rev().take(4).collect();
                (!tail.contains('*')).then(|| tail.chars().rev().collect())
            })
        })
        .unwrap_or_default();
    let creator = dto
        .create_by
        .map(|person| Creator {
            id: person.id,
            name: person.display_name,
        })
        .unwrap_or_default();
    ApiKey {
        id: dto.id,
        name: dto.name,
        postfix,
        permissions: dto.permissions.unwrap_or_default(),
        created: key_date(dto.create_on),
        last_used: key_date(dto.last_used),
        expires: key_date(dto.expires_at),
        creator,
        active: dto.is_active,
    }
}

/// A listed date: absent when the field is, unreadable (kept as sent) when it is not a date
/// in 0000–9999, never silently "no date".
fn key_date(text: Option<String>) -> KeyDate {
    match text {
        None => KeyDate::Absent,
        Some(text) => match parse_api_date(&text) {
            Some(date) => KeyDate::Known(date),
            None => KeyDate::Unreadable(text),
        },
    }
}

/// Converts the signed-in person.
pub fn person_from_dto(dto: PersonDto) -> Person {
    let role = if dto.is_owner {
        Role::Owner
    } else if dto.is_admin {
        Role::Admin
    } else if dto.is_room_admin {
        Role::RoomAdmin
    } else if dto.is_visitor {
        Role::Guest
    } else {
        Role::User
    };
    Person {
        id: dto.id,
        name: dto.display_name,
        email: dto.email.unwrap_or_default(),
        role,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode::{RawAnswer, decode};

    fn listed(create_on: &str, last_used: &str, expires_at: &str) -> ApiKey {
        let body = format!(
            r#"{{"response":[{{"id":"a","name":"n","key":"sk-***abcd","keyPostfix":"abcd",
            "createOn":"{create_on}","lastUsed":"{last_used}","expiresAt":"{expires_at}",
            "isActive":true}}],"count":1,"status":0,"statusCode":200}}"#
        );
        let answer = RawAnswer {
            status: 200,
            retry_after: None,
            body: body.as_bytes(),
            host: "portal.example.com",
        };
        let mut keys: Vec<ApiKeyDto> = decode(answer).unwrap();
        key_from_dto(keys.remove(0))
    }

    #[test]
    fn dates_that_cannot_be_read_are_unreadable_not_absent() {
        // Found by fuzzing: chrono reads these signed six-digit years; west and east of UTC
        // they overflowed when shown.
        for text in [
            "-262143-01-01T00:00:00",
            "+262142-12-31T23:59:59",
            "yesterday",
            "2026-13-01T00:00:00Z",
        ] {
            let key = listed(text, text, text);
            for date in [&key.created, &key.last_used, &key.expires] {
                assert_eq!(*date, KeyDate::Unreadable(text.to_owned()), "{text}");
            }
            assert!(!key.is_never_used(), "{text}");
            assert_eq!(
                key.expiry_status(chrono::Utc::now()),
                crate::domain::ExpiryStatus::Unknown
            );
        }
    }

    #[test]
    fn readable_and_absent_dates_stay_what_they_were() {
        let key = listed(
            "2026-07-01T13:00:00.0000000+03:00",
            "2026-07-02T09:15:42.0000000+03:00",
            "2026-07-31T13:00:00.0000000+03:00",
        );
        assert_eq!(
            key.expires.known().map(|date| date.to_rfc3339()).as_deref(),
            Some("2026-07-31T13:00:00+03:00")
        );
        assert!(matches!(key.created, KeyDate::Known(_)));
        let body = br#"{"response":{"id":"a","name":"n","isActive":true},"status":0}"#;
        let answer = RawAnswer {
            status: 200,
            retry_after: None,
            body,
            host: "p",
        };
        let bare = key_from_dto(decode(answer).unwrap());
        assert!(bare.created.is_absent() && bare.expires.is_absent());
        assert!(bare.is_never_used());
    }
}
