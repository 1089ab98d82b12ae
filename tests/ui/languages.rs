//! The window in other languages, driven by its translated labels: signing in and
//! creating a key in Russian and in Japanese, the language menu, and a pseudo-locale
//! that proves every text shown comes from the catalogue.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use docspace_keys::demo::{ADMIN_EMAIL, DEMO_PASSWORD};
use docspace_keys::i18n::{LANGUAGES, LanguageChoice, use_pseudo_locale};

use crate::support::*;

/// The labels a user follows to sign in and create a key, in one language.
struct Words {
    tag: &'static str,
    portal: &'static str,
    email: &'static str,
    password: &'static str,
    sign_in: &'static str,
    new_key: &'static str,
    name: &'static str,
    create: &'static str,
    title: &'static str,
    show: &'static str,
    done: &'static str,
    close_anyway: &'static str,
    showing: &'static str,
}

const RUSSIAN: Words = Words {
    tag: "ru",
    portal: "Адрес портала",
    email: "Email",
    password: "Пароль",
    sign_in: "Войти",
    new_key: "Новый ключ",
    name: "Название",
    create: "Создать",
    title: "Ваш новый ключ API",
    show: "Показать",
    done: "Готово",
    close_anyway: "Всё равно закрыть",
    showing: "Показано 15 из 15",
};

const JAPANESE: Words = Words {
    tag: "ja",
    portal: "ポータルのアドレス",
    email: "メール",
    password: "パスワード",
    sign_in: "サインイン",
    new_key: "新しいキー",
    name: "名前",
    create: "作成",
    title: "新しいAPIキー",
    show: "表示",
    done: "完了",
    close_anyway: "それでも閉じる",
    showing: "15件中 15件を表示",
};

fn sign_in_and_create_a_key(words: &Words, key_name: &str) {
    let fixture = Fixture::new().in_language(words.tag);
    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    replace_text(
        &mut harness,
        Role::TextInput,
        words.portal,
        &fixture.demo.url(),
    );
    replace_text(&mut harness, Role::TextInput, words.email, ADMIN_EMAIL);
    replace_text(
        &mut harness,
        Role::PasswordInput,
        words.password,
        DEMO_PASSWORD,
    );
    click(&mut harness, words.sign_in);
    wait_until(&mut harness, "the key grid", |app| {
        keys_screen(app).is_some()
    });

    click(&mut harness, words.new_key);
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    type_into(&mut harness, Role::TextInput, words.name, key_name);
    click(&mut harness, words.create);
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    harness.get_by_label(words.title);
    click(&mut harness, words.show);
    let [secret] = <[String; 1]>::try_from(full_keys_on_screen(&harness)).expect("one key shown");
    let stored = fixture
        .stored_key(key_name)
        .expect("the portal stores the key");
    assert_eq!(
        stored.key_postfix.as_deref(),
        Some(&secret[secret.len() - 4..])
    );
    click(&mut harness, words.done);
    click(&mut harness, words.close_anyway);
    wait_until(&mut harness, "the grid again", no_dialog);
    assert!(
        shows_text_containing(&harness, words.showing),
        "{}",
        words.showing
    );
}

#[test]
fn signs_in_and_creates_a_key_in_russian() {
    sign_in_and_create_a_key(&RUSSIAN, "Резервное копирование");
}

#[test]
fn signs_in_and_creates_a_key_in_japanese() {
    sign_in_and_create_a_key(&JAPANESE, "バックアップ");
}

#[test]
fn the_language_menu_switches_the_window_and_remembers_the_choice() {
    let fixture = Fixture::new();
    let mut harness = fixture.start_demo();
    click(&mut harness, "Settings");
    click(&mut harness, "Русский");
    assert_eq!(
        harness.state().preferences().language,
        LanguageChoice::Chosen("ru".to_owned())
    );
    harness.get_by_label("Новый ключ");
    assert!(harness.query_by_label("New key").is_none());
    click(&mut harness, "Настройки");
    click(&mut harness, "日本語");
    harness.get_by_label("新しいキー");
}

/// Whether `text` has anything shown that is neither a catalogue message (between the
/// pseudo-locale's markers) nor data of the portal (`exempt`: key names, people, the host).
fn uncatalogued(text: &str, exempt: &[String]) -> Option<String> {
    let mut rest = text.to_owned();
    for data in exempt {
        rest = rest.replace(data.as_str(), "");
    }
    let mut outside = String::new();
    // A wrapped message reaches the tree one line a node: a line after its first one starts
    // inside the markers.
    let continues = rest
        .find('»')
        .is_some_and(|end| rest.find('«').is_none_or(|start| end < start));
    let mut depth = usize::from(continues);
    for c in rest.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside.chars().any(char::is_alphabetic).then_some(outside)
}

/// Every node's text on screen with letters outside the markers.
fn hard_coded(harness: &AppHarness, exempt: &[String]) -> Vec<String> {
    harness
        .query_all_by(|node| node.label().is_some() || node.value().is_some())
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter_map(|text| uncatalogued(&text, exempt).map(|left| format!("{text:?} ({left:?})")))
        .collect()
}

#[test]
fn every_text_of_every_screen_and_dialog_comes_from_the_catalogue() {
    use_pseudo_locale(true);
    // Saving the new key fails: the folder does not exist.
    let folder = tempfile::tempdir().expect("a folder");
    let fixture = Fixture::new().with_file_picker(folder.path().join("gone/key.txt"));
    let mut exempt: Vec<String> = fixture
        .demo
        .keys()
        .into_iter()
        .flat_map(|key| [key.name, key.key_postfix.unwrap_or_default()])
        .collect();
    exempt.extend(
        fixture
            .demo
            .keys()
            .into_iter()
            .filter_map(|key| key.create_by.map(|person| person.display_name)),
    );
    let host = url::Url::parse(&fixture.demo.url()).expect("a url");
    exempt.push(format!(
        "{}:{}",
        host.host_str().unwrap_or_default(),
        host.port().unwrap_or(0)
    ));
    exempt.push(fixture.demo.url());
    exempt.push(ADMIN_EMAIL.to_owned());
    exempt.extend(["sk".to_owned(), "Ctrl".to_owned(), "F5".to_owned()]);
    // The language menu names each language in itself, in every language.
    exempt.extend(LANGUAGES.iter().map(|language| language.name.to_owned()));
    exempt.sort_by_key(|data| std::cmp::Reverse(data.len()));

    let mut harness = fixture.start_normal();
    wait_until(&mut harness, "the connect screen", on_connect_screen);
    let mut seen = hard_coded(&harness, &exempt);
    click(&mut harness, "«API key»");
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Email and password»");
    // A sign-in the portal refuses.
    type_into(
        &mut harness,
        Role::TextInput,
        "«Portal address»",
        &fixture.demo.url(),
    );
    type_into(&mut harness, Role::TextInput, "«Email»", ADMIN_EMAIL);
    type_into(&mut harness, Role::PasswordInput, "«Password»", "wrong");
    click(&mut harness, "«Sign in»");
    wait_until(&mut harness, "the sign-in error", |app| {
        connect_form(app).is_some_and(|form| form.error.is_some())
    });
    seen.extend(hard_coded(&harness, &exempt));

    let mut harness = fixture.start_demo();
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Security review»");
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Back to all keys»");
    click(&mut harness, "«Settings»");
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Security review thresholds»");
    seen.extend(hard_coded(&harness, &exempt));
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    click(&mut harness, "«New key»");
    wait_until(&mut harness, "the create dialog", is_create_dialog);
    click(&mut harness, "«Custom»");
    click(&mut harness, "«Custom lifetime»");
    seen.extend(hard_coded(&harness, &exempt));
    type_into(&mut harness, Role::TextInput, "«Name»", "Pseudo");
    exempt.insert(0, "Pseudo".to_owned());
    click(&mut harness, "««Files»: write»");
    click(&mut harness, "«Create»");
    wait_until(&mut harness, "the reveal dialog", |app| {
        reveal(app).is_some()
    });
    let postfix = fixture.stored_key("Pseudo").and_then(|key| key.key_postfix);
    exempt.insert(0, postfix.expect("the new key's ending"));
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Save to file…»");
    wait_until(&mut harness, "the failed save", |app| {
        reveal(app).is_some_and(|reveal| reveal.error().is_some())
    });
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Copy»");
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Done»");
    wait_until(&mut harness, "the grid again", no_dialog);
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Active: Zapier automation»");
    wait_until(&mut harness, "the toast with Undo", |app| {
        app.toasts().iter().any(|toast| toast.undo.is_some())
    });
    seen.extend(hard_coded(&harness, &exempt));
    click(&mut harness, "«Undo»");
    click(&mut harness, "«Edit Zapier automation»");
    seen.extend(hard_coded(&harness, &exempt));
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    click(&mut harness, "«Delete Zapier automation»");
    seen.extend(hard_coded(&harness, &exempt));
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    type_into(
        &mut harness,
        Role::TextInput,
        "«Search»",
        "nothing like this",
    );
    exempt.insert(0, "nothing like this".to_owned());
    seen.extend(hard_coded(&harness, &exempt));
    use_pseudo_locale(false);
    seen.sort();
    seen.dedup();
    assert!(seen.is_empty(), "text not from the catalogue: {seen:#?}");
}
