//! Starting the app and signing in: the demo start, a remembered password
//! sign-in, two-factor codes and a key that lacks the scopes the app needs.

use std::collections::BTreeSet;

use docspace_keys::api::{CreateKeyRequest, Credential, Portal, PortalUrl, SignIn};
use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD, TFA_CODE, TFA_EMAIL};
use docspace_keys::platform::{MemorySecretStore, StoreError};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use secrecy::SecretString;

use crate::support::*;

#[test]
fn the_demo_start_opens_on_the_key_grid() {
    let fixture = Fixture::new();
    let harness = fixture.start_demo();
    harness.get_by_label("Zapier automation");
    harness.get_by_label("Nightly backup script");
    harness.get_by_label("New key");
    let shown: BTreeSet<String> = visible_names(&harness).into_iter().collect();
    let stored: BTreeSet<String> = fixture.demo.keys().into_iter().map(|k| k.name).collect();
    assert_eq!(shown, stored, "every key of the portal has a row");
}

#[test]
fn signing_in_with_a_password_remembers_it_restores_it_and_sign_out_forgets_it() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();

    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    type_into(&mut harness, Role::TextInput, "Email", ADMIN_EMAIL);
    type_into(&mut harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    assert!(
        is_ticked(&harness, "Remember on this computer"),
        "remembering is offered and on by default"
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the key grid", |app| {
        keys_screen(app).is_some()
    });
    harness.get_by_label("Zapier automation");
    assert!(grid(&harness).remembered);
    assert_eq!(fixture.store.len(), 1, "one keychain entry");
    let accounts = fixture.accounts().load();
    assert_eq!(accounts.len(), 1, "{accounts:?}");
    assert_eq!(bare(&accounts[0].portal), portal);
    assert_eq!(accounts[0].account, ADMIN_EMAIL);
    drop(harness);

    // The next start finds the remembered sign-in and skips the connect screen.
    let mut again = fixture.start_normal();
    wait_until(&mut again, "the restored key grid", |app| {
        keys_screen(app).is_some()
    });
    again.get_by_label("Zapier automation");
    assert!(grid(&again).remembered);

    click(&mut again, "Sign out");
    wait_until(&mut again, "the connect screen", on_connect_screen);
    assert!(fixture.store.is_empty(), "the keychain entry is deleted");
    let address = again
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal, "the portal address is kept");
    assert!(shows_text_containing(&again, "signed out"));
}

#[test]
fn two_factor_sign_in_asks_for_the_code_and_accepts_it() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(
        &mut harness,
        Role::TextInput,
        "Portal address",
        &fixture.demo.url(),
    );
    type_into(&mut harness, Role::TextInput, "Email", TFA_EMAIL);
    type_into(&mut harness, Role::PasswordInput, "Password", DEMO_PASSWORD);
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Two-factor code")
            .is_none()
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the code field", |app| {
        connect_form(app).is_some_and(|form| form.second_factor.is_some())
    });
    assert!(shows_text_containing(&harness, "authenticator app"));
    type_into(&mut harness, Role::TextInput, "Two-factor code", TFA_CODE);
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the key grid", |app| {
        keys_screen(app).is_some()
    });
    assert_eq!(grid(&harness).person.email, TFA_EMAIL);
    assert_eq!(grid(&harness).account, TFA_EMAIL);
    harness.get_by_label("Personal scripts");
}

#[test]
fn a_key_without_key_scopes_is_refused_with_the_missing_scopes_named() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();
    let secret = fixture.runtime.block_on(async {
        let docspace = Portal::new(PortalUrl::parse(&portal).unwrap()).unwrap();
        let token = match docspace
            .sign_in(ADMIN_EMAIL, &SecretString::from(DEMO_PASSWORD), None)
            .await
            .unwrap()
        {
            SignIn::Token { token, .. } => token,
            SignIn::NeedsCode(_) => panic!("the admin needs no code"),
        };
        let admin = docspace.with_credential(Credential::LoginToken(token));
        let request = CreateKeyRequest {
            name: "Files only".to_owned(),
            permissions: Some(vec!["files:read".to_owned()]),
            expires_in_days: None,
        };
        let (_, secret) = admin.create_key(&request).await.unwrap();
        secret.expose().to_owned()
    });

    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    click(&mut harness, "API key");
    type_into(&mut harness, Role::PasswordInput, "API key (sk-…)", &secret);
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the sign-in error", |app| {
        connect_form(app).is_some_and(|form| form.error.is_some())
    });

    let error = said(form(&harness).error.as_ref());
    assert!(error.contains("\"*:read\""), "{error}");
    assert!(error.contains("\"*:write\""), "{error}");
    assert!(
        error.contains("files:read"),
        "names the key's own scopes: {error}"
    );
    assert!(shows(&harness, &error), "the error is on screen");
    assert!(on_connect_screen(harness.state()));
    let address = harness
        .get_by_role_and_label(Role::TextInput, "Portal address")
        .value()
        .unwrap_or_default();
    assert_eq!(bare(&address), portal, "the address is kept");
    assert!(
        harness
            .query_by_role_and_label(Role::PasswordInput, "API key (sk-…)")
            .is_some()
    );
    assert_eq!(form(&harness).api_key.as_str(), secret, "the key is kept");
    assert!(fixture.store.is_empty(), "nothing was remembered");
}

#[test]
fn a_wrong_password_says_so_in_plain_words_and_waits_in_the_password_field() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Portal address")
            .is_focused(),
        "the cursor starts in the portal address"
    );
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    type_into(&mut harness, Role::TextInput, "Email", ADMIN_EMAIL);
    type_into(
        &mut harness,
        Role::PasswordInput,
        "Password",
        "not the password",
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the answer", |app| {
        connect_form(app).is_some_and(|form| form.error.is_some())
    });
    let error = said(form(&harness).error.as_ref());
    assert!(
        error.starts_with("The email or password is not correct."),
        "{error}"
    );
    assert!(shows(&harness, &error));
    assert_email_kept_and_password_focused(&harness, ADMIN_EMAIL);
}

#[test]
fn a_mistyped_api_key_is_not_called_deleted_and_waits_in_the_key_field() {
    let fixture = Fixture::new();
    let portal = fixture.demo.url();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    type_into(&mut harness, Role::TextInput, "Portal address", &portal);
    click(&mut harness, "API key");
    let mistyped = format!("sk-{}", "0".repeat(64));
    type_into(
        &mut harness,
        Role::PasswordInput,
        "API key (sk-…)",
        &mistyped,
    );
    click(&mut harness, "Sign in");
    wait_until(&mut harness, "the answer", |app| {
        connect_form(app).is_some_and(|form| form.error.is_some())
    });
    let error = said(form(&harness).error.as_ref());
    assert!(
        error.starts_with(
            "The portal does not accept this API key. Check that you copied all of it"
        ),
        "{error}"
    );
    assert!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "API key (sk-…)")
            .is_focused()
    );
}

#[test]
fn with_no_keychain_remembering_is_not_offered_and_the_screen_says_why() {
    let fixture = Fixture::new().with_store(MemorySecretStore::failing(StoreError::Unavailable));
    let portal = fixture.demo.url();
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the keychain check", |app| {
        connect_form(app).is_some_and(|form| form.keychain_problem.is_some())
    });
    assert!(shows_text_containing(
        &harness,
        "There is no keychain on this computer"
    ));
    assert!(!is_ticked(&harness, "Remember on this computer"));
    assert!(is_disabled(&harness, "Remember on this computer"));
    sign_in_with_password(&mut harness, &portal, ADMIN_EMAIL);
    assert!(
        grid(&harness).banner.is_none(),
        "nothing to explain after signing in"
    );
    assert!(!shows_text_containing(&harness, "keychain"));
}

#[test]
fn a_locked_keychain_is_not_called_missing() {
    let fixture = Fixture::new().with_store(MemorySecretStore::failing(StoreError::Locked));
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the keychain check", |app| {
        connect_form(app).is_some_and(|form| form.keychain_problem.is_some())
    });
    assert!(shows_text_containing(
        &harness,
        "The keychain is locked. Unlock it"
    ));
    assert!(!shows_text_containing(&harness, "no keychain"));
    assert!(
        !is_disabled(&harness, "Remember on this computer"),
        "it may be unlocked"
    );
}
