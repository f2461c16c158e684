//! Keeps `docs/vitaal-samenwerken.schema.json` and `docs/scanantwoord.schema.json` honest: their
//! enums, constants and limits are the Rust ones, and the fixture, a fresh export and a fresh
//! answer file pass a small checker that knows the keywords the schemas use, so a field renamed
//! in Rust but not in a schema (or the other way round) fails here.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{Map, Value};
use vitaal_core::domain::bijeenkomst::{Actie, ActieStatus, AgendaItem, Bijeenkomst, Vorm};
use vitaal_core::domain::content;
use vitaal_core::domain::file::{self, CURRENT_VERSION};
use vitaal_core::domain::scan::{self, Response, Scan, Source};
use vitaal_core::domain::Samenwerking;

mod answer_file;
mod exports;
mod importer;
mod schema_itself;

const SCHEMA: &str = include_str!("../../../../docs/vitaal-samenwerken.schema.json");

const ANSWER_SCHEMA: &str = include_str!("../../../../docs/scanantwoord.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is valid JSON")
}

fn answer_schema() -> Value {
    serde_json::from_str(ANSWER_SCHEMA).expect("the answer file schema is valid JSON")
}

/// The fixture of the current version (`tests/fixtures/v4.vitaal.json` while that is 4): the
/// schema describes the current version only.
fn fixture_text() -> String {
    let path = format!(
        "{}/tests/fixtures/v{CURRENT_VERSION}.vitaal.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture() -> Value {
    serde_json::from_str(&fixture_text()).expect("the fixture is valid JSON")
}

/// The ids of the ingrediënten in the content, in order.
fn ingredient_ids() -> Vec<String> {
    content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

// Places in the fixture (see `tests/fixtures/v4.vitaal.json`).
const BOB: &str = "/samenwerking/bijeenkomsten/0";

const BARB: &str = "/samenwerking/bijeenkomsten/1";

const BOB_ITEM: &str = "/samenwerking/bijeenkomsten/0/agenda/0";

const BARB_ITEM: &str = "/samenwerking/bijeenkomsten/1/agenda/0";

const ACTIE: &str = "/samenwerking/acties/0";

/// The newer scan, whose suggestion is the agenda of the planned meeting (bijeenkomsten/2).
const SCAN: &str = "/samenwerking/scans/1";

/// Its response from an answer file, with a "weet ik niet" that has a remark.
const RESPONSE: &str = "/samenwerking/scans/1/responses/1";

const ANSWER: &str = "/samenwerking/scans/1/responses/1/answers/gezamenlijke-identiteit-en-taal";

const PAPER: &str = "/samenwerking/scans/1/paper";

/// The willen-kunnen werkblad, linked to the first meeting (BOB), with per-partner answers.
const WERKBLAD: &str = "/samenwerking/werkbladen/0";

/// The first row of the Eisenhower werkblad.
const RIJ: &str = "/samenwerking/werkbladen/1/rows/0";

/// The first doel (taken from the visievierluik, werkbladen/2), its source, its first indicator
/// (a 1–5 scale, linked from the first leerlog entry) and that indicator's first meting.
const DOEL: &str = "/samenwerking/doelen/0";

const BRON: &str = "/samenwerking/doelen/0/bron";

const INDICATOR: &str = "/samenwerking/doelen/0/indicatoren/0";

const METING: &str = "/samenwerking/doelen/0/indicatoren/0/metingen/0";

/// The first leerlog entry, with every link (werkbladen/3, bijeenkomsten/0, INDICATOR).
const LEERLOG: &str = "/samenwerking/leerlog/0";

/// The answers of the visievierluik werkblad.
const ANSWERS: &str = "/samenwerking/werkbladen/2/answers";

fn at<'a>(value: &'a mut Value, pointer: &str) -> &'a mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is not in the fixture"))
}

fn object_at<'a>(value: &'a mut Value, pointer: &str) -> &'a mut Map<String, Value> {
    at(value, pointer).as_object_mut().expect("an object")
}

// ---- a tiny checker for the keywords this schema uses ----

/// Checks `value` against `schema`, following `$ref`s into `root`'s `$defs`. Evaluates type,
/// const, enum, allOf, anyOf, min/maxLength (in characters), minimum, maximum, min/maxItems,
/// items, min/maxProperties, required, properties, propertyNames and additionalProperties (false or a schema for
/// the undeclared properties). `pattern` and `not` are not evaluated (no regex crate); text
/// rules are the importer's and tested in file_format.rs.
///
/// With `strict`, an object must have exactly the declared properties: the schema lets unknown
/// ones through (as the importer does), but the app's own files must use only declared names.
fn check(root: &Value, schema: &Value, value: &Value, strict: bool, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    macro_rules! fail {
        ($($message:tt)*) => { errors.push(format!("{path}: {}", format!($($message)*))) };
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let name = target.strip_prefix("#/$defs/").expect("only local $refs");
        let def = root["$defs"].get(name).expect("$ref target exists");
        errors.extend(check(root, def, value, strict, path));
    }
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            // Like the importer (serde u64), not like JSON Schema: 1.0 is not an integer.
            "integer" => value.is_u64() || value.is_i64(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            other => panic!("type {other} not supported by this checker"),
        };
        if !ok {
            fail!("expected {t}, found {value}");
            return errors;
        }
    }
    if schema.get("const").is_some_and(|c| c != value) {
        fail!("expected {}, found {value}", schema["const"]);
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            fail!("{value} is not one of {options:?}");
        }
    }
    for sub in schema["allOf"].as_array().into_iter().flatten() {
        errors.extend(check(root, sub, value, strict, path));
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        if !any
            .iter()
            .any(|sub| check(root, sub, value, false, path).is_empty())
        {
            fail!("{value} matches none of anyOf");
        }
    }
    let number = |key: &str| schema.get(key).and_then(Value::as_f64);
    if let Some(text) = value.as_str() {
        let chars = text.chars().count() as f64;
        if number("minLength").is_some_and(|min| chars < min) {
            fail!("shorter than minLength ({chars} characters)");
        }
        if number("maxLength").is_some_and(|max| chars > max) {
            fail!("longer than maxLength ({chars} characters)");
        }
    }
    if let Some(n) = value.as_f64() {
        if number("minimum").is_some_and(|min| n < min)
            || number("maximum").is_some_and(|max| n > max)
        {
            fail!("{value} out of range");
        }
    }
    if let Some(items) = value.as_array() {
        if number("minItems").is_some_and(|min| (items.len() as f64) < min) {
            fail!("fewer than minItems ({} items)", items.len());
        }
        if number("maxItems").is_some_and(|max| items.len() as f64 > max) {
            fail!("more than maxItems ({} items)", items.len());
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                errors.extend(check(
                    root,
                    item_schema,
                    item,
                    strict,
                    &format!("{path}/{i}"),
                ));
            }
        }
    }
    if let Some(object) = value.as_object() {
        if number("minProperties").is_some_and(|min| (object.len() as f64) < min) {
            fail!("fewer than minProperties ({} properties)", object.len());
        }
        if number("maxProperties").is_some_and(|max| object.len() as f64 > max) {
            fail!("more than maxProperties ({} properties)", object.len());
        }
        for key in schema["required"].as_array().into_iter().flatten() {
            if !object.contains_key(key.as_str().unwrap_or_default()) {
                fail!("required property {key} is missing");
            }
        }
        if let Some(names) = schema.get("propertyNames") {
            for key in object.keys() {
                let name = Value::String(key.clone());
                errors.extend(check(
                    root,
                    names,
                    &name,
                    strict,
                    &format!("{path} key {key:?}"),
                ));
            }
        }
        let declared = schema.get("properties").and_then(Value::as_object);
        for (key, sub) in declared.into_iter().flatten() {
            if let Some(v) = object.get(key) {
                errors.extend(check(root, sub, v, strict, &format!("{path}/{key}")));
            }
        }
        let undeclared = || {
            object
                .iter()
                .filter(move |(k, _)| !declared.is_some_and(|d| d.contains_key(*k)))
        };
        match schema.get("additionalProperties") {
            Some(Value::Bool(false)) => {
                for (key, _) in undeclared() {
                    fail!("property {key:?} is not allowed");
                }
            }
            Some(sub @ Value::Object(_)) => {
                for (key, v) in undeclared() {
                    errors.extend(check(root, sub, v, strict, &format!("{path}/{key}")));
                }
            }
            _ => {}
        }
        if let Some(declared) = declared.filter(|_| strict) {
            for key in object.keys().filter(|k| !declared.contains_key(*k)) {
                fail!("property {key:?} is not declared in the schema");
            }
            // A field of the next format version (declared "Since version N+1", added while
            // that version is under way) is not in the current version's fixture yet; every
            // fresh export writes it.
            let next = format!("Since version {}.", CURRENT_VERSION + 1);
            let of_next_version = |sub: &Value| {
                sub.get("description")
                    .and_then(Value::as_str)
                    .is_some_and(|d| d.starts_with(&next))
            };
            for (key, sub) in declared.iter().filter(|(k, _)| !object.contains_key(*k)) {
                if !of_next_version(sub) {
                    fail!("declared property {key:?} is not written");
                }
            }
        }
    }
    errors
}

fn check_file(value: &Value, strict: bool) -> Vec<String> {
    let schema = schema();
    check(&schema, &schema, value, strict, "")
}

fn imports(value: &Value) -> bool {
    file::import(&value.to_string()).is_ok()
}

/// A samenwerking as the app makes it: a new BARB meeting with one ingrediënt on the agenda and
/// a new action, nothing filled in yet.
fn planned() -> Samenwerking {
    let mut s = Samenwerking::new("sw-gepland".into(), "Met een plan".into(), 5);
    let mut meeting = Bijeenkomst::new("bk-1".into(), Vorm::Barb, String::new(), 6);
    meeting
        .agenda
        .push(AgendaItem::new(ingredient_ids().last().unwrap()));
    s.bijeenkomsten.push(meeting);
    s.acties.push(Actie {
        id: "ac-1".into(),
        wat: "Uitnodiging sturen".into(),
        wie: String::new(),
        wanneer: String::new(),
        status: ActieStatus::Open,
        ingredient: None,
        bijeenkomst: "bk-1".into(),
    });
    s
}

/// An answer file as the app writes it: a response with a score, a "weet ik niet" with a
/// remark, a name and an organisation.
fn answer_file_text() -> String {
    let scan = Scan::new("sc-1".into(), "sw-dorpsstad".into(), "Startscan".into(), 1);
    let mut response = Response::new("r-mfz012-4e5f6a".into(), Source::Laptop, 2);
    response.name = "Els Bakker".into();
    response.organisation = "KBO-PCOB afdeling Dorpsstad".into();
    response.set("openheid-en-vertrouwen", Some(4), "");
    response.set(
        "gezamenlijke-identiteit-en-taal",
        None,
        "Ik ben te kort betrokken.",
    );
    scan::answer_file(&scan, &response, 3)
}

fn answer_file() -> Value {
    serde_json::from_str(&answer_file_text()).unwrap()
}
