//! The window, driven by role and label the way a user drives it, against the
//! built-in demo portal on 127.0.0.1. Every test checks a real outcome: what
//! the portal stores, what reached the clipboard, the keychain or a file, or
//! which screen the app shows.

mod bulk;
mod create;
mod edit_delete;
mod expiry;
mod export;
mod failures;
mod filtering;
mod keyboard;
mod languages;
mod polish;
mod portals;
mod refresh;
mod reveal;
mod review;
mod rotate;
mod scripts;
mod sign_in;
mod sorting;
mod support;
