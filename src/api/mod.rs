//! DocSpace over HTTP: wire types, the envelope, errors and the client.
//!
//! Knows nothing of egui, the keychain or the clipboard.

mod client;
mod convert;
pub mod date;
pub mod decode;
mod error;
mod portal;
mod rotate;
mod secret;
mod tap;
pub mod wire;

pub use client::{
    ANSWER_LIMIT, CONNECT_TIMEOUT, DocSpaceClient, LIST_ANSWER_LIMIT, Portal, REQUEST_TIMEOUT,
    SecondFactor, SignIn, install_tls_provider,
};
pub use error::{ApiError, Refusal};
pub use portal::{PortalUrl, PortalUrlError};
pub use secret::{Credential, NewKeySecret};
pub use wire::{CreateKeyRequest, UpdateKeyRequest};
