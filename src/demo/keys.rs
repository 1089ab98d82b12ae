//! `/api/2.0/keys…`: list, create, update, delete, the scope catalogue and the
//! calling key itself (§1).

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use uuid::Uuid;

use super::answer::{Exception, Refusal, RequestInfo, success, success_json};
use super::auth::{Need, identify, require};
use super::body::{PERMISSIONS, check_permissions, create_request, update_request};
use super::people::Person;
use super::store::{Digest, NewSecret, Store, StoredKey};
use super::{PortalState, now_in_seconds};
use crate::api::date::format_api_date;
use crate::api::wire::{ApiKeyDto, EmployeeDto};

const CREATE_FRAME: &str =
    "ASC.People.Api.ApiKeysController.CreateApiKey(CreateApiKeyRequestDto inDto)";
const UPDATE_FRAME: &str =
    "ASC.People.Api.ApiKeysController.UpdateApiKey(Guid keyId, UpdateApiKeyRequest inDto)";
const DELETE_FRAME: &str = "ASC.People.Api.ApiKeysController.DeleteApiKey(Guid keyId)";
const SELF_FRAME: &str = "ASC.People.Api.ApiKeysController.GetApiKey()";

type Shared = State<Arc<PortalState>>;

/// Turns a handler's outcome into the HTTP answer.
pub(crate) fn respond(info: &RequestInfo, outcome: Result<Response, Refusal>) -> Response {
    outcome.unwrap_or_else(|refusal| refusal.render(info))
}

/// `GET /keys`.
pub(crate) async fn list(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    let now = now_in_seconds();
    let mut store = portal.lock();
    let outcome = require(identify(&mut store, &headers, now), Need::Read).map(|caller| {
        let viewer = Some(caller.person());
        match listing_json(&store, viewer, &info.origin, portal.zone, now) {
            // `count` is 1: the real action returns an IAsyncEnumerable, which the envelope does not count (§1.2).
            Ok(keys) => success_json(&info, &keys, 1),
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    });
    respond(&info, outcome)
}

/// `GET /keys/permissions`.
pub(crate) async fn permissions(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    let now = now_in_seconds();
    let caller = identify(&mut portal.lock(), &headers, now);
    let outcome = require(caller, Need::Read)
        .map(|_| success(&info, Some(&PERMISSIONS), PERMISSIONS.len() as i64));
    respond(&info, outcome)
}

/// `GET /keys/@self`: the key in the `Authorization` header, found by hashing
/// everything after its first seven characters, as the controller does (§1.4).
pub(crate) async fn current(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
) -> Response {
    respond(&info, current_key(&portal, &info, &headers))
}

fn current_key(
    portal: &PortalState,
    info: &RequestInfo,
    headers: &HeaderMap,
) -> Result<Response, Refusal> {
    let now = now_in_seconds();
    let mut store = portal.lock();
    require(identify(&mut store, headers, now), Need::AnyKey)?;
    let Some(header) = headers.get(AUTHORIZATION) else {
        return Err(Exception::start_index_out_of_range(SELF_FRAME).into());
    };
    let header = header.to_str().unwrap_or_default();
    let Some(secret) = header.get(7..) else {
        return Err(Exception::start_index_out_of_range(SELF_FRAME).into());
    };
    let key = store
        .by_digest_mut(&Digest::of(secret))
        .ok_or_else(|| Exception::null_reference(SELF_FRAME))?;
    let dto = masked(
        key,
        Some(key.creator.employee(&info.origin)),
        portal.zone,
        now,
    );
    Ok(success(info, Some(&dto), 1))
}

/// `POST /keys`.
pub(crate) async fn create(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(&info, create_key(&portal, &info, &headers, &body))
}

fn create_key(
    portal: &PortalState,
    info: &RequestInfo,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, Refusal> {
    let now = now_in_seconds();
    let mut store = portal.lock();
    let caller = require(identify(&mut store, headers, now), Need::Write)?;
    let request = create_request(body)?;
    check_permissions(request.permissions.as_deref(), CREATE_FRAME)?;
    let scopes: Vec<String> = request
        .permissions
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    // Omitted, null, empty or anything with "*" is stored as [] = unrestricted (§1.1).
    let scopes = if scopes.iter().any(|scope| scope == "*") {
        Vec::new()
    } else {
        scopes
    };
    let secret = NewSecret::generate();
    let key = StoredKey {
        id: Uuid::new_v4(),
        name: request.name,
        digest: Digest::of(secret.expose()),
        postfix: secret.postfix(),
        permissions: Some(scopes),
        created: now,
        last_used: None,
        expires: request
            .expires_in_days
            .map(|days| now + TimeDelta::days(i64::from(days))),
        active: true,
        creator: caller.person(),
    };
    let mut dto = masked(
        &key,
        Some(caller.person().employee(&info.origin)),
        portal.zone,
        now,
    );
    // The only answer that ever carries the whole secret.
    dto.key = Some(secret.expose().to_owned());
    store.insert(key);
    Ok(success(info, Some(&dto), 1))
}

/// `PUT /keys/{keyId}` (§1.5): `true`, or `false` for an expired key or
/// someone else's key edited by a non-admin.
pub(crate) async fn update(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    key_id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    respond(&info, update_key(&portal, &info, key_id, &headers, &body))
}

fn update_key(
    portal: &PortalState,
    info: &RequestInfo,
    key_id: Result<Path<String>, PathRejection>,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, Refusal> {
    let now = now_in_seconds();
    let id = key_id_from(key_id)?;
    let mut store = portal.lock();
    let caller = require(identify(&mut store, headers, now), Need::Write)?;
    let request = update_request(body)?;
    let key = store
        .get_mut(&id)
        .ok_or_else(|| Exception::null_reference(UPDATE_FRAME))?;
    check_permissions(request.permissions.as_deref(), UPDATE_FRAME)?;
    if !may_manage(caller.person(), key) || key.is_expired(now) {
        return Ok(success(info, Some(&false), 1));
    }
    if let Some(name) = request.name.filter(|name| !name.is_empty()) {
        key.name = name;
    }
    let scopes: Vec<String> = request
        .permissions
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    match scopes.as_slice() {
        [] => {}
        // Exactly ["*"] is stored as NULL, so `permissions` disappears from answers.
        [only] if only == "*" => key.permissions = None,
        _ => key.permissions = Some(scopes),
    }
    if let Some(active) = request.is_active {
        key.active = active;
    }
    Ok(success(info, Some(&true), 1))
}

/// `DELETE /keys/{keyId}` (§1.6): a hard delete.
pub(crate) async fn delete(
    State(portal): Shared,
    Extension(info): Extension<RequestInfo>,
    key_id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    respond(&info, delete_key(&portal, &info, key_id, &headers))
}

fn delete_key(
    portal: &PortalState,
    info: &RequestInfo,
    key_id: Result<Path<String>, PathRejection>,
    headers: &HeaderMap,
) -> Result<Response, Refusal> {
    let now = now_in_seconds();
    let id = key_id_from(key_id)?;
    let mut store = portal.lock();
    let caller = require(identify(&mut store, headers, now), Need::Write)?;
    let key = store
        .get(&id)
        .ok_or_else(|| Exception::null_reference(DELETE_FRAME))?;
    if !may_manage(caller.person(), key) {
        return Ok(success(info, Some(&false), 1));
    }
    store.remove(&id);
    Ok(success(info, Some(&true), 1))
}

/// Key routes only match GUIDs; anything else is no route at all.
fn key_id_from(raw: Result<Path<String>, PathRejection>) -> Result<Uuid, Refusal> {
    let Ok(Path(raw)) = raw else {
        return Err(Refusal::NotFound);
    };
    Uuid::parse_str(&raw).map_err(|_| Refusal::NotFound)
}

fn may_manage(person: &Person, key: &StoredKey) -> bool {
    person.sees_all_keys() || key.creator.id == person.id
}

/// The keys `viewer` may see (everything for `None`), masked, newest first.
pub(crate) fn listing(
    store: &Store,
    viewer: Option<&Person>,
    origin: &str,
    zone: FixedOffset,
    now: DateTime<Utc>,
) -> Vec<ApiKeyDto> {
    store
        .visible(viewer)
        .into_iter()
        .map(|key| masked(key, Some(key.creator.employee(origin)), zone, now))
        .collect()
}

/// [`listing`] as JSON, byte for byte what serializing it would give, but
/// several times cheaper for long lists: the few distinct `createBy` objects
/// are serialized once each and copied into every key that shares them. With
/// 100 000 keys they are two thirds of the answer.
pub(crate) fn listing_json(
    store: &Store,
    viewer: Option<&Person>,
    origin: &str,
    zone: FixedOffset,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut creators: HashMap<Uuid, Vec<u8>> = HashMap::new();
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    out.push(b'[');
    for (index, key) in store.visible(viewer).into_iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        let creator = match creators.entry(key.creator.id) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => new.insert(serde_json::to_vec(&key.creator.employee(origin))?),
        };
        let dto = masked(key, None, zone, now);
        scratch.clear();
        serde_json::to_writer(&mut scratch, &dto)?;
        // `createBy` goes right before `expiresAt` (when present) and `isActive`, the last
        // fields. Searching from the end finds the real field names: inside strings,
        // quotes are escaped, so a name cannot end up matching.
        let next_field: &[u8] = if dto.expires_at.is_some() {
            b",\"expiresAt\":"
        } else {
            b",\"isActive\":"
        };
        let at = find_last(&scratch, next_field).unwrap_or(scratch.len().saturating_sub(1));
        let (before, after) = scratch.split_at(at);
        out.extend_from_slice(before);
        out.extend_from_slice(b",\"createBy\":");
        out.extend_from_slice(creator);
        out.extend_from_slice(after);
    }
    out.push(b']');
    Ok(out)
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

/// A key as every answer but the create answer shows it.
fn masked(
    key: &StoredKey,
    creator: Option<EmployeeDto>,
    zone: FixedOffset,
    now: DateTime<Utc>,
) -> ApiKeyDto {
    ApiKeyDto {
        id: key.id.to_string(),
        name: key.name.clone(),
        key: Some(format!("sk-***{}", key.postfix)),
        key_postfix: Some(key.postfix.clone()),
        permissions: key.permissions.clone(),
        last_used: key.last_used.map(|moment| format_api_date(&moment, zone)),
        create_on: Some(format_api_date(&key.created, zone)),
        create_by: creator,
        expires_at: key.expires.map(|moment| format_api_date(&moment, zone)),
        is_active: key.is_active(now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::people::USER;
    use crate::demo::{DemoConfig, now_in_seconds, seed};

    #[test]
    fn the_fast_listing_is_byte_for_byte_the_plain_one() {
        let now = now_in_seconds();
        let zone = DemoConfig::default().time_zone;
        let mut store = Store::default();
        seed::plant_seed(&mut store, now);
        seed::plant_generated(&mut store, now, 300);
        // A name that mentions the fields the splice looks for.
        let mut tricky = store.visible(None)[0].clone();
        tricky.id = Uuid::new_v4();
        tricky.name = r#","isActive":,"expiresAt":"#.to_owned();
        store.insert(tricky);
        for viewer in [None, Some(&USER)] {
            let plain =
                serde_json::to_vec(&listing(&store, viewer, "http://h", zone, now)).unwrap();
            let fast = listing_json(&store, viewer, "http://h", zone, now).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(plain).unwrap()
            );
        }
        let empty = listing_json(&Store::default(), None, "http://h", zone, now).unwrap();
        assert_eq!(empty, b"[]");
    }
}
