//! docspace-keys: manage the API keys of an ONLYOFFICE DocSpace portal.
//!
//! The binary and the tests share this one core.

pub mod api;
pub mod demo;
pub mod domain;
