//! The window's catalogues are complete: every message the code looks up exists in every
//! locale with the variables the code gives it, and no locale has messages English lacks.
//! Locales are checked as their folders appear under `assets/locales/`, so translations can
//! arrive one at a time; [`COMPLETE`] says which of the fourteen languages are done.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The languages whose catalogue is finished. Each must exist; any other folder is checked
/// just as strictly.
const COMPLETE: [&str; 14] = [
    "en", "de", "fr", "es", "pt-BR", "it", "pl", "cs", "tr", "ru", "uk", "zh-CN", "ja", "ko",
];

/// A message id and the names of the variables it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales")
}

/// Every message of one locale's .ftl files, with its variables. Fails on a syntax error.
fn catalogue(locale: &Path) -> Catalogue {
    let mut messages = Catalogue::new();
    let mut files: Vec<PathBuf> = fs::read_dir(locale)
        .expect("the locale folder reads")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no .ftl files", locale.display());
    for file in files {
        let source = fs::read_to_string(&file).expect("the .ftl file reads");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        messages.insert(id.clone(), variables).is_none(),
                        "{}: {id} is defined twice",
                        file.display()
                    );
                }
                Entry::Junk { content } => panic!("{}: cannot parse {content:?}", file.display()),
                _ => {}
            }
        }
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        _ => {}
    }
}

/// Every `tr!("id", name = …)` in the source: the id and the variable names it passes.
fn lookups_in_source() -> Vec<(String, String, BTreeSet<String>)> {
    let mut files = Vec::new();
    collect_rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut lookups = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("the source reads");
        let mut rest = source.as_str();
        while let Some(at) = rest.find("tr!(") {
            rest = &rest[at + 4..];
            let call = rest.trim_start();
            // The macro's own definition and its doc comments name no literal id.
            let Some(call) = call.strip_prefix('"') else {
                continue;
            };
            let end = call.find('"').expect("the id's closing quote");
            let id = call[..end].to_owned();
            let arguments = call_arguments(&call[end + 1..]);
            lookups.push((file.display().to_string(), id, arguments));
        }
    }
    lookups
}

/// The `name =` parts of a macro call, up to its closing parenthesis.
fn call_arguments(after_id: &str) -> BTreeSet<String> {
    let mut depth = 1usize;
    let mut end = after_id.len();
    for (index, c) in after_id.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    end = index;
                    break;
                }
            }
            _ => {}
        }
    }
    after_id[..end]
        .split(',')
        .filter_map(|part| {
            let (name, _) = part.split_once('=')?;
            let name = name.trim();
            (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                .then(|| name.to_owned())
        })
        .collect()
}

fn collect_rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("the folder reads") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect_rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

fn all_locales() -> BTreeMap<String, Catalogue> {
    fs::read_dir(locales_dir())
        .expect("assets/locales reads")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_dir())
        .map(|path| {
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, catalogue(&path))
        })
        .collect()
}

#[test]
fn every_message_the_code_looks_up_is_in_english_with_the_variables_it_gets() {
    let english = catalogue(&locales_dir().join("en"));
    let lookups = lookups_in_source();
    assert!(
        lookups.len() > 100,
        "the scan finds the lookups: {}",
        lookups.len()
    );
    for (file, id, arguments) in &lookups {
        let variables = english
            .get(id)
            .unwrap_or_else(|| panic!("{file}: {id} is not in the English catalogue"));
        assert_eq!(
            variables, arguments,
            "{file}: {id} gets other variables than it uses"
        );
    }
    let used: BTreeSet<&str> = lookups.iter().map(|(_, id, _)| id.as_str()).collect();
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !used.contains(id.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages nothing looks up: {unused:?}"
    );
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_variables() {
    let locales = all_locales();
    let english = locales.get("en").expect("an English catalogue");
    for done in COMPLETE {
        assert!(
            locales.contains_key(done),
            "{done} is listed as complete but missing"
        );
    }
    for (locale, messages) in &locales {
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !messages.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        let extra: Vec<&String> = messages
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{locale} has messages English lacks: {extra:?}"
        );
        for (id, variables) in messages {
            assert_eq!(
                variables, &english[id],
                "{locale}: {id} uses other variables than English"
            );
        }
    }
}
