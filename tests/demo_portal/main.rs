//! The demo portal over real HTTP on 127.0.0.1, checked against
//! `shared/docspace-api-keys.md`: envelope, keys, validation, authentication,
//! sign-in and injected faults.

mod authentication;
mod create;
mod delete;
mod envelope;
mod faults;
mod listing;
mod sign_in;
mod support;
mod update;
mod validation;
