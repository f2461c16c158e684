//! The content files per language: every English file has exactly the structure of its Dutch
//! twin (the same keys, list lengths, ids and other machine values), its texts are translated
//! (no common Dutch words outside names and the deliberate Dutch originals), and the core reads
//! it. So a samenwerking made in one language opens in the other: files hold ids only.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use vitaal_core::domain::{content, werkblad};
use vitaal_core::i18n::check::dutch_words;
use vitaal_core::i18n::{with_lang, Lang};

/// Keys whose values are ids, kinds or references: the same in every language.
const MACHINE_KEYS: &[&str] = &[
    "id",
    "section",
    "kind",
    "key",
    "format",
    "version",
    "ingredienten",
    "ingredient",
    "werkblad",
    "moved_to",
    "product",
    "per_partner",
    "minutes",
    "origin",
    "status",
    "vorm",
    "ring",
    "fase",
    "created_ms",
    "changed_ms",
];

/// Proper names in the content that contain words the Dutch-word check knows.
const NAMES: &[&str] = &["Hans van der Loo", "De Bruin", "De Vonder", "Anna de Vries"];

fn read(name: &str) -> Value {
    let path = format!("{}/../../content/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Walks the Dutch and the English file together; `machine` is true below a machine key.
fn compare(
    path: &str,
    nl: &Value,
    en: &Value,
    machine: bool,
    text_keys: &[&str],
    problems: &mut Vec<String>,
) {
    match (nl, en) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: Vec<&String> = a.keys().collect();
            let kb: Vec<&String> = b.keys().collect();
            if ka != kb {
                problems.push(format!("{path}: keys differ: {ka:?} / {kb:?}"));
                return;
            }
            for (k, x) in a {
                let below = machine
                    || (MACHINE_KEYS.contains(&k.as_str()) && !text_keys.contains(&k.as_str()));
                compare(&format!("{path}.{k}"), x, &b[k], below, text_keys, problems);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{path}: {} / {} items", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}[{i}]"), x, y, machine, text_keys, problems);
            }
        }
        (Value::String(a), Value::String(b)) if machine => {
            if a != b {
                problems.push(format!("{path}: machine value {a:?} became {b:?}"));
            }
        }
        (Value::String(_), Value::String(b)) => {
            let mut text = b.clone();
            for name in NAMES {
                text = text.replace(name, " ");
            }
            let dutch = dutch_words(&text);
            if !dutch.is_empty() {
                problems.push(format!("{path}: Dutch words {dutch:?} in {b:?}"));
            }
        }
        (a, b) if a == b => {}
        (a, b) => problems.push(format!("{path}: {a} / {b}")),
    }
}

/// `text_keys`: machine keys that hold text in this file (a worksheet's `section` is "dia's").
fn assert_twins(nl_file: &str, en_file: &str, text_keys: &[&str]) {
    let nl = read(nl_file);
    let en = read(en_file);
    let mut problems = Vec::new();
    // The language field is the one value that must differ.
    let strip = |mut v: Value| {
        if let Some(o) = v.as_object_mut() {
            o.remove("language");
        }
        v
    };
    assert_eq!(read(en_file)["language"], Value::from("en"), "{en_file}");
    compare("", &strip(nl), &strip(en), false, text_keys, &mut problems);
    assert!(
        problems.is_empty(),
        "{en_file}: {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_english_model_is_the_dutch_one_translated() {
    assert_twins("nl.json", "en.json", &[]);
}

#[test]
fn the_english_worksheets_are_the_dutch_ones_translated() {
    assert_twins("werkbladen.nl.json", "werkbladen.en.json", &["section"]);
}

#[test]
fn the_core_reads_the_english_content_and_names_ingredients_with_their_dutch_original() {
    assert!(content::is_installed(Lang::En));
    let en = content::for_lang(Lang::En);
    assert_eq!(en.language, "en");
    assert_eq!(
        en.ingredients().map(|(_, i)| &i.id).collect::<Vec<_>>(),
        content::nl()
            .ingredients()
            .map(|(_, i)| &i.id)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        content::heading_name("gezamenlijk-belang"),
        "Een gezamenlijk belang"
    );
    let heading = with_lang(Lang::En, || content::heading_name("gezamenlijk-belang"));
    assert_eq!(heading, "A shared interest (Een gezamenlijk belang)");
    let factor = with_lang(Lang::En, || content::heading_name("relatie"));
    assert_eq!(factor, "Relationship (Relatie)");
    // An unknown id stays as it is, in both languages.
    assert_eq!(with_lang(Lang::En, || content::heading_name("x")), "x");
}

#[test]
fn worksheets_follow_the_current_language() {
    let ids = |lang| {
        with_lang(lang, || {
            werkblad::templates()
                .iter()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(ids(Lang::Nl), ids(Lang::En));
    let title = with_lang(Lang::En, || werkblad::heading_title("visievierluik"));
    assert_eq!(title, "Vision quadrant (Visievierluik)");
    assert_eq!(werkblad::heading_title("visievierluik"), "Visievierluik");
}

#[test]
fn a_worksheet_title_the_app_gave_follows_the_language_a_typed_one_stays() {
    let template = werkblad::template("visievierluik").expect("template");
    let mut w = werkblad::Werkblad {
        id: "w1".into(),
        template: template.id.clone(),
        title: template.title.clone(),
        bijeenkomst: None,
        answers: Default::default(),
        rows: Vec::new(),
        created_ms: 0,
        updated_ms: 0,
    };
    assert_eq!(w.shown_title(), "Visievierluik");
    assert_eq!(with_lang(Lang::En, || w.shown_title()), "Vision quadrant");
    // Made in English, shown in Dutch.
    w.title = with_lang(Lang::En, || {
        werkblad::template("visievierluik").unwrap().title.clone()
    });
    assert_eq!(w.shown_title(), "Visievierluik");
    // Typed by the group: as typed, in both.
    w.title = "Onze visie op 2030".into();
    assert_eq!(
        with_lang(Lang::En, || w.shown_title()),
        "Onze visie op 2030"
    );
}

#[test]
fn the_english_example_is_a_samenwerking_with_the_dutch_ones_ids() {
    let path = |n: &str| format!("{}/../../content/{n}", env!("CARGO_MANIFEST_DIR"));
    let read = |n: &str| std::fs::read_to_string(path(n)).expect("example");
    let nl = vitaal_core::domain::voorbeeld::parse(&read("voorbeeld.nl.json")).expect("nl");
    let en = vitaal_core::domain::voorbeeld::parse(&read("voorbeeld.en.json")).expect("en");
    assert_eq!(nl.id, en.id);
    assert_eq!(nl.bijeenkomsten.len(), en.bijeenkomsten.len());
    assert_eq!(nl.werkbladen.len(), en.werkbladen.len());
    assert_ne!(nl.name, en.name);
    assert!(dutch_words(&en.name).is_empty(), "{}", en.name);
}
