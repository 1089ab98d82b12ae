//! The demo portal's people: the owner, two ordinary users (one with two-factor
//! sign-in) and a second administrator who created some of the seed keys.

use serde::Serialize;
use uuid::Uuid;

use super::{ADMIN_EMAIL, TFA_EMAIL, USER_EMAIL};
use crate::api::wire::{EmployeeDto, PersonDto};

/// A DocSpace account type, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Owner,
    Admin,
    User,
}

/// How a person signs in to the demo portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SignInRule {
    /// Not a sign-in account.
    None,
    /// E-mail and [`super::DEMO_PASSWORD`].
    Password,
    /// E-mail and password, then [`super::TFA_CODE`] from an authenticator app.
    PasswordAndCode,
}

/// One person of the portal.
#[derive(Debug)]
pub(crate) struct Person {
    pub id: Uuid,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub user_name: &'static str,
    pub email: &'static str,
    pub role: Role,
    pub sign_in: SignInRule,
    /// The cache-buster DocSpace appends to avatar URLs.
    pub avatar_hash: u32,
}

/// The owner. Its id is the one in the reference's examples.
pub(crate) static OWNER: Person = Person {
    id: Uuid::from_u128(0x66faa6e4_f133_11ea_b126_00ffeec8b4ef),
    first_name: "Alex",
    last_name: "Smith",
    user_name: "alex.smith",
    email: ADMIN_EMAIL,
    role: Role::Owner,
    sign_in: SignInRule::Password,
    avatar_hash: 1839270157,
};

/// An ordinary user.
pub(crate) static USER: Person = Person {
    id: Uuid::from_u128(0x2c4e8a1f_5b37_4d90_a6e2_7f13c9d05b84),
    first_name: "Dana",
    last_name: "Lee",
    user_name: "dana.lee",
    email: USER_EMAIL,
    role: Role::User,
    sign_in: SignInRule::Password,
    avatar_hash: 402716953,
};

/// An ordinary user with an authenticator app.
pub(crate) static TFA_USER: Person = Person {
    id: Uuid::from_u128(0x9d1b3f60_4e2a_4c7b_8f05_3a6e2d8c1b97),
    first_name: "Sam",
    last_name: "Rivera",
    user_name: "sam.rivera",
    email: TFA_EMAIL,
    role: Role::User,
    sign_in: SignInRule::PasswordAndCode,
    avatar_hash: 1287734410,
};

/// A second administrator; cannot sign in to the demo, but created seed keys.
pub(crate) static SECOND_ADMIN: Person = Person {
    id: Uuid::from_u128(0x5a07c2d9_8b1e_4f36_9c40_e18b7d2f6a53),
    first_name: "Jordan",
    last_name: "Park",
    user_name: "jordan.park",
    email: "jordan.park@example.com",
    role: Role::Admin,
    sign_in: SignInRule::None,
    avatar_hash: 771503298,
};

/// Everybody, in a fixed order.
pub(crate) static PEOPLE: [&Person; 4] = [&OWNER, &USER, &TFA_USER, &SECOND_ADMIN];

/// The person with this e-mail address (case-insensitive, as DocSpace compares them).
pub(crate) fn by_email(email: &str) -> Option<&'static Person> {
    let email = email.trim();
    PEOPLE
        .iter()
        .copied()
        .find(|person| person.email.eq_ignore_ascii_case(email))
}

/// The full profile `GET /people/@self` answers with: the fields the client
/// reads (`PersonDto`) followed by a few more a real portal always sends.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Profile {
    #[serde(flatten)]
    person: PersonDto,
    user_name: &'static str,
    status: u8,
    activation_status: u8,
    culture_name: &'static str,
    avatar: String,
    avatar_original: String,
    avatar_max: String,
    avatar_medium: String,
    avatar_small: String,
    profile_url: String,
    has_avatar: bool,
    is_anonim: bool,
}

impl Person {
    /// "First Last".
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    /// Owners and admins see and manage every key of the portal.
    pub fn sees_all_keys(&self) -> bool {
        matches!(self.role, Role::Owner | Role::Admin)
    }

    fn avatar(&self, size: u16) -> String {
        format!(
            "/static/images/default_user_photo_size_{size}-{size}.png?hash={}",
            self.avatar_hash
        )
    }

    fn profile_url(&self, origin: &str) -> String {
        let search: String = url::form_urlencoded::byte_serialize(self.email.as_bytes()).collect();
        format!("{origin}/accounts/people/filter?search={search}")
    }

    /// The short form used in `createBy`; `origin` makes `profileUrl` absolute.
    pub fn employee(&self, origin: &str) -> EmployeeDto {
        EmployeeDto {
            id: self.id.to_string(),
            display_name: self.display_name(),
            avatar: Some(self.avatar(82)),
            avatar_original: Some(self.avatar(200)),
            avatar_max: Some(self.avatar(200)),
            avatar_medium: Some(self.avatar(48)),
            avatar_small: Some(self.avatar(32)),
            profile_url: Some(self.profile_url(origin)),
            has_avatar: false,
            is_anonim: false,
        }
    }

    /// The full profile for `GET /people/@self`.
    pub fn profile(&self, origin: &str) -> Profile {
        Profile {
            person: PersonDto {
                id: self.id.to_string(),
                display_name: self.display_name(),
                first_name: Some(self.first_name.to_owned()),
                last_name: Some(self.last_name.to_owned()),
                email: Some(self.email.to_owned()),
                is_owner: self.role == Role::Owner,
                is_admin: matches!(self.role, Role::Owner | Role::Admin),
                is_room_admin: false,
                is_visitor: false,
                is_collaborator: self.role == Role::User,
            },
            user_name: self.user_name,
            status: 1,
            activation_status: 1,
            culture_name: "en-US",
            avatar: self.avatar(82),
            avatar_original: self.avatar(200),
            avatar_max: self.avatar(200),
            avatar_medium: self.avatar(48),
            avatar_small: self.avatar(32),
            profile_url: self.profile_url(origin),
            has_avatar: false,
            is_anonim: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_people_by_email_ignoring_case_and_spaces() {
        assert_eq!(
            by_email(" Admin@Example.com ").map(|p| p.id),
            Some(OWNER.id)
        );
        assert!(by_email("nobody@example.com").is_none());
    }

    #[test]
    fn profile_urls_are_absolute_and_encode_the_email() {
        let employee = USER.employee("http://127.0.0.1:1");
        assert_eq!(
            employee.profile_url.as_deref(),
            Some("http://127.0.0.1:1/accounts/people/filter?search=user%40example.com")
        );
        assert_eq!(employee.display_name, "Dana Lee");
    }
}
