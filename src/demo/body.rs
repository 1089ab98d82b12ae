//! Reading request bodies the way ASP.NET does: property names match
//! case-insensitively, numbers may come as strings, and every failure produces
//! the validation messages of §1.1 and §1.5.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::answer::{Exception, Refusal};

/// The scope catalogue of `GET /keys/permissions`, in the portal's order (§1.3).
pub(crate) const PERMISSIONS: [&str; 11] = [
    "*",
    "*:read",
    "*:write",
    "accounts:read",
    "accounts:write",
    "accounts.self:read",
    "accounts.self:write",
    "files:read",
    "files:write",
    "rooms:read",
    "rooms:write",
];

/// The longest key name, in UTF-16 code units as .NET counts string length.
const MAX_NAME_LENGTH: usize = 30;
const CREATE_DTO: &str = "ASC.People.ApiModels.RequestDto.CreateApiKeyRequestDto";
const UPDATE_DTO: &str = "ASC.People.ApiModels.RequestDto.UpdateApiKeyRequestDto";
const STRING: &str = "System.String";
const STRING_LIST: &str = "System.Collections.Generic.List`1[System.String]";
const NULLABLE_INT: &str = "System.Nullable`1[System.Int32]";
const NULLABLE_BOOL: &str = "System.Nullable`1[System.Boolean]";

/// A JSON object whose properties are looked up case-insensitively.
pub(crate) struct JsonObject(Map<String, Value>);

impl JsonObject {
    /// The property `name` (any letter case); `Some(Value::Null)` when sent as null.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    /// A string property, leniently: anything else reads as absent.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(Value::as_str)
    }
}

/// Parses a body that must be a JSON object of type `dto`.
pub(crate) fn object(body: &[u8], dto: &str) -> Result<JsonObject, Refusal> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::invalid(
            "",
            "A non-empty request body is required.",
        ));
    }
    let value: Value = serde_json::from_slice(body).map_err(|err| {
        Refusal::invalid(
            "$",
            format!(
                "The request body is not valid JSON. Path: $ | LineNumber: {} | BytePositionInLine: {}.",
                err.line().saturating_sub(1),
                err.column().saturating_sub(1)
            ),
        )
    })?;
    match value {
        Value::Object(map) => Ok(JsonObject(map)),
        _ => Err(not_convertible("$", dto)),
    }
}

fn not_convertible(path: &str, type_name: &str) -> Refusal {
    Refusal::invalid(
        path,
        format!("The JSON value could not be converted to {type_name}. Path: {path}."),
    )
}

/// A valid `POST /keys` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CreateRequest {
    pub name: String,
    /// As sent; `None` for omitted or null.
    pub permissions: Option<Vec<Option<String>>>,
    pub expires_in_days: Option<i32>,
}

/// A valid `PUT /keys/{id}` body; `None` means unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UpdateRequest {
    pub name: Option<String>,
    pub permissions: Option<Vec<Option<String>>>,
    pub is_active: Option<bool>,
}

/// Reads and validates a create body: JSON conversion first (which stops at the
/// first problem), then the `required` check, then every validation attribute.
pub(crate) fn create_request(body: &[u8]) -> Result<CreateRequest, Refusal> {
    let object = object(body, CREATE_DTO)?;
    let name = read_string(&object, "name")?;
    let permissions = read_string_list(&object, "permissions")?;
    let expires_in_days = read_int(&object, "expiresInDays")?;
    let Some(name) = name else {
        return Err(Refusal::invalid(
            "$",
            format!(
                "JSON deserialization for type '{CREATE_DTO}' was missing required properties including: 'name'."
            ),
        ));
    };
    let mut errors = BTreeMap::new();
    match name.as_deref() {
        None => add(&mut errors, "Name", "The Name field is required."),
        Some(text) if text.chars().all(char::is_whitespace) => {
            add(&mut errors, "Name", "The Name field is required.");
        }
        Some(text) if text.encode_utf16().count() > MAX_NAME_LENGTH => {
            add(&mut errors, "Name", &name_too_long());
        }
        Some(_) => {}
    }
    if expires_in_days.is_some_and(|days| !(1..=365).contains(&days)) {
        add(
            &mut errors,
            "ExpiresInDays",
            "Incorrect number of days. Value must be between 1 and 365",
        );
    }
    if !errors.is_empty() {
        return Err(Refusal::Invalid(errors));
    }
    Ok(CreateRequest {
        name: name.unwrap_or_default(),
        permissions,
        expires_in_days,
    })
}

/// Reads and validates an update body.
pub(crate) fn update_request(body: &[u8]) -> Result<UpdateRequest, Refusal> {
    let object = object(body, UPDATE_DTO)?;
    let name = read_string(&object, "name")?.flatten();
    let permissions = read_string_list(&object, "permissions")?;
    let is_active = match object.get("isActive") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(flag)) => Some(*flag),
        Some(_) => return Err(not_convertible("$.isActive", NULLABLE_BOOL)),
    };
    if name
        .as_deref()
        .is_some_and(|text| text.encode_utf16().count() > MAX_NAME_LENGTH)
    {
        return Err(Refusal::invalid("Name", name_too_long()));
    }
    Ok(UpdateRequest {
        name,
        permissions,
        is_active,
    })
}

/// Checks scopes against the catalogue, exactly and case-sensitively (§1.1).
pub(crate) fn check_permissions(
    permissions: Option<&[Option<String>]>,
    frame: &str,
) -> Result<(), Exception> {
    let known = |scope: &Option<String>| {
        scope
            .as_deref()
            .is_some_and(|scope| PERMISSIONS.contains(&scope))
    };
    if permissions.unwrap_or_default().iter().all(known) {
        Ok(())
    } else {
        Err(Exception::argument("Permissions are not valid.", frame))
    }
}

fn name_too_long() -> String {
    format!("Incorrect name. Length must be less than {MAX_NAME_LENGTH}")
}

fn add(errors: &mut BTreeMap<String, Vec<String>>, key: &str, message: &str) {
    errors
        .entry(key.to_owned())
        .or_default()
        .push(message.to_owned());
}

/// `None`: absent; `Some(None)`: null; `Some(Some(text))`: a string.
fn read_string(object: &JsonObject, name: &str) -> Result<Option<Option<String>>, Refusal> {
    match object.get(name) {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(text)) => Ok(Some(Some(text.clone()))),
        Some(_) => Err(not_convertible(&format!("$.{name}"), STRING)),
    }
}

/// A list of strings (entries may be null); absent and null both read as `None`.
fn read_string_list(
    object: &JsonObject,
    name: &str,
) -> Result<Option<Vec<Option<String>>>, Refusal> {
    let items = match object.get(name) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(not_convertible(&format!("$.{name}"), STRING_LIST)),
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| match item {
            Value::Null => Ok(None),
            Value::String(text) => Ok(Some(text.clone())),
            _ => Err(not_convertible(&format!("$.{name}[{index}]"), STRING)),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// A nullable 32-bit integer; numeric strings are accepted (`AllowReadingFromString`).
fn read_int(object: &JsonObject, name: &str) -> Result<Option<i32>, Refusal> {
    let path = format!("$.{name}");
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) => number
            .as_i64()
            .and_then(|value| i32::try_from(value).ok())
            .map(Some)
            .ok_or_else(|| not_convertible(&path, NULLABLE_INT)),
        Some(Value::String(text)) => text
            .parse::<i32>()
            .map(Some)
            .map_err(|_| not_convertible(&path, NULLABLE_INT)),
        Some(_) => Err(not_convertible(&path, NULLABLE_INT)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(refusal: Refusal) -> BTreeMap<String, Vec<String>> {
        match refusal {
            Refusal::Invalid(errors) => errors,
            other => panic!("expected a validation failure, got {other:?}"),
        }
    }

    #[test]
    fn property_names_match_in_any_case() {
        let request = create_request(br#"{"NAME":"x","ExpiresInDays":"7"}"#).unwrap();
        assert_eq!(request.name, "x");
        assert_eq!(request.expires_in_days, Some(7));
    }

    #[test]
    fn names_are_measured_in_utf16_code_units() {
        // 15 emoji are 30 UTF-16 code units; one more is too long.
        let fifteen = "😀".repeat(15);
        assert!(create_request(format!(r#"{{"name":"{fifteen}"}}"#).as_bytes()).is_ok());
        let sixteen = "😀".repeat(16);
        let refused = create_request(format!(r#"{{"name":"{sixteen}"}}"#).as_bytes()).unwrap_err();
        assert!(errors(refused).contains_key("Name"));
    }

    #[test]
    fn conversion_errors_come_before_the_required_check() {
        let refused = create_request(br#"{"expiresInDays":"soon"}"#).unwrap_err();
        assert!(errors(refused).contains_key("$.expiresInDays"));
        let refused = create_request(br#"{"expiresInDays":30}"#).unwrap_err();
        assert!(errors(refused).contains_key("$"));
    }

    #[test]
    fn all_attribute_errors_are_reported_together() {
        let refused = create_request(br#"{"name":" ","expiresInDays":0}"#).unwrap_err();
        let errors = errors(refused);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn permissions_must_match_the_catalogue_exactly() {
        let ok = [Some("files:read".to_owned()), Some("*".to_owned())];
        assert!(check_permissions(Some(&ok), "f").is_ok());
        assert!(check_permissions(None, "f").is_ok());
        for bad in ["Files:read", "files:delete", " files:read"] {
            assert!(check_permissions(Some(&[Some(bad.to_owned())]), "f").is_err());
        }
        assert!(check_permissions(Some(&[None]), "f").is_err());
    }

    #[test]
    fn update_ignores_absent_and_null_fields() {
        let request = update_request(br#"{"name":null,"isActive":false}"#).unwrap();
        assert_eq!(
            request,
            UpdateRequest {
                name: None,
                permissions: None,
                is_active: Some(false)
            }
        );
        assert!(update_request(br#"{"isActive":"no"}"#).is_err());
    }
}
