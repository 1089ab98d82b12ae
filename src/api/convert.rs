//! From wire types to the application's own types.

use super::date::parse_api_date;
use super::wire::{ApiKeyDto, PersonDto};
use crate::domain::{ApiKey, Creator, Person, Role};

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
        created: dto.create_on.as_deref().and_then(parse_api_date),
        last_used: dto.last_used.as_deref().and_then(parse_api_date),
        expires: dto.expires_at.as_deref().and_then(parse_api_date),
        creator,
        active: dto.is_active,
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
