//! Wire types: the JSON that DocSpace's `/api/2.0` speaks, field for field.
//!
//! Both the client and the built-in demo portal use these types, so the two
//! cannot drift apart. Field names, order and the omission of `null` fields
//! follow `shared/docspace-api-keys.md` §2–§3 and §5.3.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::secret::{REDACTED, Redacted};

/// The envelope DocSpace wraps every controller result in (§2.1).
///
/// `response` is kept as raw JSON so that one decoder serves every endpoint;
/// `error` is present only on exception answers (§2.2 shape 1).
///
/// `Debug` leaves `response` out: it may be a new key or a login token.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<Link>>,
    #[serde(default)]
    pub status: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<u16>,
}

impl fmt::Debug for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("response", &Redacted(&self.response))
            .field("error", &self.error)
            .field("count", &self.count)
            .field("links", &self.links)
            .field("status", &self.status)
            .field("status_code", &self.status_code)
            .finish()
    }
}

/// One entry of an envelope's `links`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    pub action: String,
}

/// The `error` object of an `ErrorApiResponse`. Nulls are written here, not omitted.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub stack: Option<String>,
    #[serde(default)]
    pub hresult: Option<i64>,
}

/// ASP.NET's `ValidationProblemDetails`, found inside `response` of a 400 (§2.2 shape 2).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationProblem {
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(default)]
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
}

/// `ApiKeyResponseDto` (§3), in the order the server writes it.
///
/// `Debug` leaves `key` out: in the create answer it is the full secret.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyDto {
    pub id: String,
    pub name: String,
    /// Masked (`sk-***abcd`) everywhere but the create answer, where it is the full secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_postfix: Option<String>,
    /// Absent after an update to `["*"]`; absent, empty or containing `*` all mean unrestricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_by: Option<EmployeeDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub is_active: bool,
}

impl fmt::Debug for ApiKeyDto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiKeyDto")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("key", &Redacted(&self.key))
            .field("key_postfix", &self.key_postfix)
            .field("permissions", &self.permissions)
            .field("last_used", &self.last_used)
            .field("create_on", &self.create_on)
            .field("create_by", &self.create_by)
            .field("expires_at", &self.expires_at)
            .field("is_active", &self.is_active)
            .finish()
    }
}

/// `EmployeeDto`: the short form of a person, as in `createBy`.
///
/// The avatars and the profile address are written (the demo portal sends them) but never
/// read: the app does not show them, and 100 000 keys would carry 600 000 of them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeDto {
    pub id: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub avatar_original: Option<String>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub avatar_max: Option<String>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub avatar_medium: Option<String>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub avatar_small: Option<String>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(default)]
    pub has_avatar: bool,
    #[serde(default)]
    pub is_anonim: bool,
}

/// The signed-in person, from `GET /api/2.0/people/@self` (the fields we read).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonDto {
    pub id: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default)]
    pub is_owner: bool,
    #[serde(default)]
    pub is_admin: bool,
    #[serde(default)]
    pub is_room_admin: bool,
    #[serde(default)]
    pub is_visitor: bool,
    #[serde(default)]
    pub is_collaborator: bool,
}

/// `CreateApiKeyRequestDto` (§1.1).
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateKeyRequest {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<u32>,
}

/// `UpdateApiKeyRequest` (§1.5): every field optional, `None` means unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateKeyRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

/// The body of `POST /api/2.0/authentication` (and of `/authentication/{code}`).
///
/// `Debug` leaves the password and the code out.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthRequest<'a> {
    pub user_name: &'a str,
    pub password: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
}

impl fmt::Debug for AuthRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthRequest")
            .field("user_name", &self.user_name)
            .field("password", &format_args!("{REDACTED}"))
            .field("code", &Redacted(&self.code))
            .finish()
    }
}

/// `AuthenticationTokenDto` (§5.3). `Debug` leaves the token and the
/// authenticator setup key out.
#[derive(Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default)]
    pub sms: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_noise: Option<String>,
    #[serde(default)]
    pub tfa: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tfa_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_url: Option<String>,
}

impl fmt::Debug for AuthResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthResponse")
            .field("token", &Redacted(&self.token))
            .field("expires", &self.expires)
            .field("sms", &self.sms)
            .field("phone_noise", &self.phone_noise)
            .field("tfa", &self.tfa)
            .field("tfa_key", &Redacted(&self.tfa_key))
            .field("confirm_url", &self.confirm_url)
            .finish()
    }
}
