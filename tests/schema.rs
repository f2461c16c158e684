//! Keeps `docs/vitaal-samenwerken.schema.json` honest: its enums, constants and limits are
//! the Rust ones, and the fixture and a fresh export pass a small checker that knows the
//! keywords the schema uses, so a field renamed in Rust but not in the schema (or the other way
//! round) fails here.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use vitaal_samenwerken::domain::file::{self, CURRENT_VERSION, FORMAT};
use vitaal_samenwerken::domain::validate::{
    MAX_ID_CHARS, MAX_NAME_CHARS, MAX_OPGAVE_CHARS, MAX_PARTNERS,
};
use vitaal_samenwerken::domain::{PartnerKind, Ring, Route, Samenwerking};

const SCHEMA: &str = include_str!("../docs/vitaal-samenwerken.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is valid JSON")
}

/// The fixture of the current version (`tests/fixtures/v1.vitaal.json` while that is 1): the
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

// ---- a tiny checker for the keywords this schema uses ----

/// Checks `value` against `schema`, following `$ref`s into `root`'s `$defs`. Evaluates type,
/// const, enum, allOf, anyOf, min/maxLength (in characters), minimum, maximum, maxItems,
/// items, required, properties and additionalProperties: false. `pattern` and `not` are not
/// evaluated (no regex crate); text rules are the importer's and tested in file_format.rs.
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
        for key in schema["required"].as_array().into_iter().flatten() {
            if !object.contains_key(key.as_str().unwrap_or_default()) {
                fail!("required property {key} is missing");
            }
        }
        let declared = schema.get("properties").and_then(Value::as_object);
        for (key, sub) in declared.into_iter().flatten() {
            if let Some(v) = object.get(key) {
                errors.extend(check(root, sub, v, strict, &format!("{path}/{key}")));
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        if let Some(declared) = declared.filter(|_| strict || closed) {
            for key in object.keys().filter(|k| !declared.contains_key(*k)) {
                fail!("property {key:?} is not declared in the schema");
            }
            for key in declared
                .keys()
                .filter(|k| strict && !object.contains_key(*k))
            {
                fail!("declared property {key:?} is not written");
            }
        }
    }
    errors
}

/// Keywords `check` evaluates, plus those it deliberately skips (annotations, `pattern`, `not`).
const KNOWN_KEYWORDS: [&str; 25] = [
    "$ref",
    "type",
    "const",
    "enum",
    "allOf",
    "anyOf",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "maxItems",
    "items",
    "required",
    "properties",
    "additionalProperties",
    "pattern",
    "not",
    "$defs",
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
    "default",
];

/// Every keyword used anywhere in a schema (not the names under `properties` / `$defs`).
fn keywords_in(schema: &Value, out: &mut Vec<String>) {
    let Some(map) = schema.as_object() else {
        return;
    };
    for (keyword, value) in map {
        out.push(keyword.clone());
        match keyword.as_str() {
            "properties" | "$defs" => value
                .as_object()
                .into_iter()
                .flatten()
                .for_each(|(_, sub)| keywords_in(sub, out)),
            "allOf" | "anyOf" => value
                .as_array()
                .into_iter()
                .flatten()
                .for_each(|sub| keywords_in(sub, out)),
            "items" | "not" | "additionalProperties" => keywords_in(value, out),
            _ => {}
        }
    }
}

fn check_file(value: &Value, strict: bool) -> Vec<String> {
    let schema = schema();
    check(&schema, &schema, value, strict, "")
}

fn imports(value: &Value) -> bool {
    file::import(&value.to_string()).is_ok()
}

// ---- the schema itself ----

#[test]
fn the_schema_is_json_schema_2020_12_with_resolvable_refs() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["$id"]
        .as_str()
        .is_some_and(|id| id.starts_with("urn:")));
    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    out.push(r.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    refs(&schema, &mut found);
    let mut keywords = Vec::new();
    keywords_in(&schema, &mut keywords);
    for keyword in keywords {
        assert!(
            KNOWN_KEYWORDS.contains(&keyword.as_str()),
            "keyword {keyword} is unknown to the checker in this file: teach it first"
        );
    }
    assert!(found.len() > 10);
    for r in found {
        let name = r
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("non-local $ref {r}"));
        assert!(schema["$defs"].get(name).is_some(), "dangling $ref {r}");
    }
}

#[test]
fn enums_are_the_rust_enums() {
    let schema = schema();
    let ids = |name: &str| -> Vec<String> {
        let list = schema["$defs"][name]["enum"].as_array().expect("enum list");
        list.iter()
            .map(|v| v.as_str().expect("string").to_string())
            .collect()
    };
    assert_eq!(ids("route"), Route::ALL.map(|r| r.id().to_string()));
    assert_eq!(
        ids("partnerKind"),
        PartnerKind::ALL.map(|k| k.id().to_string())
    );
    assert_eq!(ids("ring"), Ring::ALL.map(|r| r.id().to_string()));
    // The enum ids are also what serde writes.
    for route in Route::ALL {
        assert_eq!(serde_json::to_value(route).unwrap(), route.id());
    }
    for kind in PartnerKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.id());
    }
    for ring in Ring::ALL {
        assert_eq!(serde_json::to_value(ring).unwrap(), ring.id());
    }
}

#[test]
fn format_and_version_are_the_rust_constants() {
    let schema = schema();
    assert_eq!(schema["properties"]["format"]["const"], FORMAT);
    assert_eq!(schema["properties"]["version"]["const"], CURRENT_VERSION);
    let id = schema["$id"].as_str().unwrap();
    assert!(id.ends_with(&format!(":{CURRENT_VERSION}")), "{id}");
}

#[test]
fn limits_are_the_rust_limits() {
    let schema = schema();
    let defs = &schema["$defs"];
    let sw = &defs["samenwerking"]["properties"];
    let partner = &defs["partner"]["properties"];
    assert_eq!(sw["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(partner["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(partner["organisation"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(sw["opgave"]["maxLength"], MAX_OPGAVE_CHARS);
    assert_eq!(sw["partners"]["maxItems"], MAX_PARTNERS);
    assert_eq!(
        defs["id"]["pattern"],
        format!("^[a-z0-9-]{{1,{MAX_ID_CHARS}}}$")
    );
}

// ---- the app's files against the schema ----

#[test]
fn the_fixture_and_fresh_exports_match_the_schema_exactly() {
    let errors = check_file(&fixture(), true);
    assert!(errors.is_empty(), "fixture: {errors:#?}");

    let imported = file::import(&fixture_text()).expect("fixture imports");
    let fresh = Samenwerking::new("sw-leeg".into(), "Nog leeg".into(), 5);
    for s in [imported, fresh] {
        let exported: Value = serde_json::from_str(&file::export(&s, 1_795_000_000_000)).unwrap();
        let errors = check_file(&exported, true);
        assert!(errors.is_empty(), "export of {}: {errors:#?}", s.id);
    }
}

#[test]
fn the_checker_catches_renamed_missing_and_mistyped_fields() {
    type Mutation = fn(&mut Value);
    let mutations: [(&str, Mutation); 8] = [
        ("renamed opgave", |f| {
            let sw = f["samenwerking"].as_object_mut().unwrap();
            let opgave = sw.remove("opgave").unwrap();
            sw.insert("beschrijving".into(), opgave);
        }),
        ("missing kind", |f| {
            f["samenwerking"]["partners"][0]
                .as_object_mut()
                .unwrap()
                .remove("kind");
        }),
        ("unknown ring", |f| {
            f["samenwerking"]["partners"][1]["ring"] = json!("binnenring")
        }),
        ("newer version", |f| f["version"] = json!(2)),
        ("negative time", |f| f["exported_ms"] = json!(-1)),
        ("time as text", |f| {
            f["samenwerking"]["created_ms"] = json!("1794000000000")
        }),
        ("partners as object", |f| {
            f["samenwerking"]["partners"] = json!({})
        }),
        ("name too long", |f| {
            f["samenwerking"]["name"] = json!("x".repeat(MAX_NAME_CHARS + 1))
        }),
    ];
    for (what, mutate) in mutations {
        let mut value = fixture();
        mutate(&mut value);
        assert!(
            !check_file(&value, true).is_empty(),
            "{what} went unnoticed"
        );
    }
}

/// The objects of a file that the schema describes, as (pointer, schema def) pairs.
const LEVELS: [(&str, &str); 3] = [
    ("", ""),
    ("/samenwerking", "samenwerking"),
    ("/samenwerking/partners/0", "partner"),
];

#[test]
fn required_fields_types_and_unknown_fields_agree_with_the_importer() {
    let schema = schema();
    assert!(imports(&fixture()));
    for (pointer, def) in LEVELS {
        let object_schema = if def.is_empty() {
            &schema
        } else {
            &schema["$defs"][def]
        };
        let required = object_schema["required"].as_array().unwrap();
        for key in object_schema["properties"].as_object().unwrap().keys() {
            // Leaving a field out is allowed exactly when the schema does not require it.
            let mut value = fixture();
            value
                .pointer_mut(pointer)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(key);
            let optional = !required.contains(&json!(key));
            assert_eq!(imports(&value), optional, "{pointer}/{key} left out");
            assert_eq!(
                check_file(&value, false).is_empty(),
                optional,
                "{pointer}/{key} left out"
            );
            // Values of other types (and null) are accepted by both or refused by both.
            for probe in [
                json!(null),
                json!(true),
                json!("x"),
                json!(-1),
                json!(0),
                json!(1.5),
                json!([]),
                json!({}),
            ] {
                let mut value = fixture();
                value.pointer_mut(pointer).unwrap()[key.as_str()] = probe.clone();
                let errors = check_file(&value, false);
                assert_eq!(
                    errors.is_empty(),
                    imports(&value),
                    "{pointer}/{key} = {probe}: {errors:?}"
                );
            }
        }
        // Unknown fields are ignored by the importer, so the schema allows them too.
        let mut value = fixture();
        value.pointer_mut(pointer).unwrap()["onbekend_veld"] = json!(1);
        assert!(imports(&value), "{pointer}");
        assert!(check_file(&value, false).is_empty(), "{pointer}");
    }
}

#[test]
fn length_and_count_limits_agree_with_the_importer_at_the_boundary() {
    let cases: [(&str, &str, usize); 4] = [
        ("/samenwerking", "name", MAX_NAME_CHARS),
        ("/samenwerking", "opgave", MAX_OPGAVE_CHARS),
        ("/samenwerking/partners/0", "name", MAX_NAME_CHARS),
        ("/samenwerking/partners/1", "organisation", MAX_NAME_CHARS),
    ];
    for (pointer, key, max) in cases {
        for (len, ok) in [(max, true), (max + 1, false)] {
            let mut value = fixture();
            // Counted in characters, not bytes.
            value.pointer_mut(pointer).unwrap()[key] = json!("ë".repeat(len));
            assert_eq!(imports(&value), ok, "{pointer}/{key} {len}");
            assert_eq!(
                check_file(&value, true).is_empty(),
                ok,
                "{pointer}/{key} {len}"
            );
        }
    }
    for (count, ok) in [(MAX_PARTNERS, true), (MAX_PARTNERS + 1, false)] {
        let mut value = fixture();
        let template = value["samenwerking"]["partners"][0].clone();
        let partners: Vec<Value> = (0..count)
            .map(|i| {
                let mut p = template.clone();
                p["id"] = json!(format!("p-{i}"));
                p
            })
            .collect();
        value["samenwerking"]["partners"] = Value::Array(partners);
        assert_eq!(imports(&value), ok, "{count} partners");
        assert_eq!(check_file(&value, true).is_empty(), ok, "{count} partners");
    }
}
