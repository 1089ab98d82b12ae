//! docspace-keys: manage the API keys of an ONLYOFFICE DocSpace portal.
//!
//! The binary and the tests share this one core.

pub mod api;
pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod platform;
pub mod ui;
pub mod window;
