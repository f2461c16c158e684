//! Keeps `docs/vitaal-samenwerken.schema.json` and `docs/scanantwoord.schema.json` honest: their
//! enums, constants and limits are the Rust ones, and the fixture, a fresh export and a fresh
//! answer file pass a small checker that knows the keywords the schemas use, so a field renamed
//! in Rust but not in a schema (or the other way round) fails here.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Map, Value};
use vitaal_core::domain::bijeenkomst::{
    Actie, ActieStatus, AgendaItem, Bijeenkomst, CheckAntwoord, Checkvraag, Fase, Status, Vorm,
};
use vitaal_core::domain::content;
use vitaal_core::domain::file::{self, CURRENT_VERSION, FORMAT};
use vitaal_core::domain::scan::{
    self, Response, Scan, Source, ANSWER_FORMAT, ANSWER_VERSION, MAX_PAPER_COUNT, MAX_REMARK_CHARS,
    MAX_RESPONSES, MAX_SCORE, MIN_SCORE,
};
use vitaal_core::domain::validate::{
    MAX_ACTIES, MAX_ACTIE_CHARS, MAX_BIJEENKOMSTEN, MAX_ID_CHARS, MAX_MINUTES, MAX_NAME_CHARS,
    MAX_NOTE_CHARS, MAX_OPGAVE_CHARS, MAX_PARTNERS, MAX_SCANS, MAX_TEXT_CHARS,
};
use vitaal_core::domain::werkblad::{self, Rij, MAX_ANSWERS, MAX_ROWS, MAX_WERKBLADEN};
use vitaal_core::domain::{
    command, Command, ImportMode, PartnerKind, Ring, Route, Samenwerking, WerkbladChange, Workspace,
};

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
            for key in declared.keys().filter(|k| !object.contains_key(*k)) {
                fail!("declared property {key:?} is not written");
            }
        }
    }
    errors
}

/// Keywords `check` evaluates, plus those it deliberately skips (annotations, `pattern`, `not`).
const KNOWN_KEYWORDS: [&str; 29] = [
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
    "minItems",
    "maxItems",
    "items",
    "minProperties",
    "maxProperties",
    "required",
    "properties",
    "propertyNames",
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
            "items" | "not" | "additionalProperties" | "propertyNames" => keywords_in(value, out),
            _ => {}
        }
    }
}

fn check_file(value: &Value, strict: bool) -> Vec<String> {
    let schema = schema();
    check(&schema, &schema, value, strict, "")
}

fn check_answer_file(value: &Value, strict: bool) -> Vec<String> {
    let schema = answer_schema();
    check(&schema, &schema, value, strict, "")
}

fn imports(value: &Value) -> bool {
    file::import(&value.to_string()).is_ok()
}

/// Importer and (non-strict) schema both accept `value`, or both refuse it; returns which.
fn agree(value: &Value, what: &str) -> bool {
    let errors = check_file(value, false);
    let imported = file::import(&value.to_string());
    assert_eq!(
        errors.is_empty(),
        imported.is_ok(),
        "{what}: schema {errors:?}, importer {imported:?}"
    );
    imported.is_ok()
}

// ---- the schema itself ----

#[test]
fn the_schemas_are_json_schema_2020_12_with_resolvable_refs() {
    well_formed(&schema());
    well_formed(&answer_schema());
}

fn well_formed(schema: &Value) {
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
    refs(schema, &mut found);
    let mut keywords = Vec::new();
    keywords_in(schema, &mut keywords);
    for keyword in keywords {
        assert!(
            KNOWN_KEYWORDS.contains(&keyword.as_str()),
            "keyword {keyword} is unknown to the checker in this file: teach it first"
        );
    }
    assert!(found.len() > 5);
    for r in &found {
        let name = r
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("non-local $ref {r}"));
        assert!(schema["$defs"].get(name).is_some(), "dangling $ref {r}");
    }
    // And every definition is used.
    for name in schema["$defs"].as_object().unwrap().keys() {
        assert!(
            found.contains(&format!("#/$defs/{name}")),
            "unused $defs/{name}"
        );
    }
}

#[test]
fn enums_are_the_rust_enums() {
    let schema = schema();
    let strings = |list: &Value| -> Vec<String> {
        list.as_array()
            .expect("enum list")
            .iter()
            .map(|v| v.as_str().expect("string").to_string())
            .collect()
    };
    let ids = |name: &str| strings(&schema["$defs"][name]["enum"]);
    assert_eq!(ids("route"), Route::ALL.map(|r| r.id().to_string()));
    assert_eq!(
        ids("partnerKind"),
        PartnerKind::ALL.map(|k| k.id().to_string())
    );
    assert_eq!(ids("ring"), Ring::ALL.map(|r| r.id().to_string()));
    assert_eq!(ids("phase"), Fase::ALL.map(|p| p.id().to_string()));
    assert_eq!(ids("vorm"), Vorm::ALL.map(|v| v.id().to_string()));
    assert_eq!(
        ids("antwoord"),
        CheckAntwoord::ALL.map(|a| a.id().to_string())
    );
    assert_eq!(
        ids("actieStatus"),
        ActieStatus::ALL.map(|s| s.id().to_string())
    );
    assert_eq!(ids("status"), ["gepland", "bezig", "afgerond"]);
    assert_eq!(ids("ingredient"), ingredient_ids());
    assert_eq!(ingredient_ids().len(), 16);
    let templates: Vec<String> = werkblad::templates().iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids("werkbladTemplate"), templates);
    assert_eq!(templates.len(), 11);
    assert_eq!(ids("source"), Source::ALL.map(|s| s.id().to_string()));
    for source in Source::ALL {
        assert_eq!(serde_json::to_value(source).unwrap(), source.id());
    }

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
    for phase in Fase::ALL {
        assert_eq!(serde_json::to_value(phase).unwrap(), phase.id());
    }
    for vorm in Vorm::ALL {
        assert_eq!(serde_json::to_value(vorm).unwrap(), vorm.id());
    }
    for antwoord in CheckAntwoord::ALL {
        assert_eq!(serde_json::to_value(antwoord).unwrap(), antwoord.id());
    }
    for status in ActieStatus::ALL {
        assert_eq!(serde_json::to_value(status).unwrap(), status.id());
    }
    for (status, id) in [
        (Status::Gepland, "gepland"),
        (Status::Bezig, "bezig"),
        (Status::Afgerond, "afgerond"),
    ] {
        assert_eq!(serde_json::to_value(status).unwrap(), id);
    }

    // The phases a started meeting may be in are its vorm's phases, in order.
    let branches = schema["$defs"]["bijeenkomst"]["anyOf"].as_array().unwrap();
    for vorm in Vorm::ALL {
        let branch = branches
            .iter()
            .find(|b| b["properties"]["vorm"]["const"] == vorm.id())
            .unwrap_or_else(|| panic!("no anyOf branch for {}", vorm.id()));
        assert_eq!(
            strings(&branch["properties"]["phase"]["enum"]),
            vorm.fasen().iter().map(|p| p.id()).collect::<Vec<_>>()
        );
        assert_eq!(
            strings(&branch["properties"]["status"]["enum"]),
            ["bezig", "afgerond"]
        );
    }
    // The checks object holds the three checkvragen, plus who is not on board (compared as
    // sets: serde_json's map is sorted by key).
    let checks = schema["$defs"]["checks"]["properties"].as_object().unwrap();
    let mut expected: Vec<&str> = Checkvraag::ALL.iter().map(|v| v.id()).collect();
    expected.push("niet_aan_boord");
    expected.sort_unstable();
    assert_eq!(checks.keys().collect::<Vec<_>>(), expected);
}

#[test]
fn format_and_version_are_the_rust_constants() {
    for (schema, format, version) in [
        (schema(), FORMAT, CURRENT_VERSION),
        (answer_schema(), ANSWER_FORMAT, ANSWER_VERSION),
    ] {
        assert_eq!(schema["properties"]["format"]["const"], format);
        assert_eq!(schema["properties"]["version"]["const"], version);
        let id = schema["$id"].as_str().unwrap();
        assert!(id.ends_with(&format!(":{version}")), "{id}");
        let title = schema["title"].as_str().unwrap();
        assert!(title.ends_with(&format!("version {version}")), "{title}");
    }
}

#[test]
fn the_answer_file_schema_shares_its_definitions_with_the_file_schema() {
    let (main, answer) = (schema(), answer_schema());
    let defs = answer["$defs"].as_object().unwrap();
    assert!(defs.contains_key("response") && defs.contains_key("answer"));
    for (name, def) in defs {
        assert_eq!(
            def, &main["$defs"][name],
            "$defs/{name} differs between the schemas"
        );
    }
}

#[test]
fn limits_are_the_rust_limits() {
    let schema = schema();
    let defs = &schema["$defs"];
    let sw = &defs["samenwerking"]["properties"];
    let partner = &defs["partner"]["properties"];
    let meeting = &defs["bijeenkomst"]["properties"];
    let item = &defs["agendaItem"]["properties"];
    let actie = &defs["actie"]["properties"];
    assert_eq!(sw["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(partner["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(partner["organisation"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(sw["opgave"]["maxLength"], MAX_OPGAVE_CHARS);
    assert_eq!(sw["partners"]["maxItems"], MAX_PARTNERS);
    assert_eq!(
        defs["id"]["pattern"],
        format!("^[a-z0-9-]{{1,{MAX_ID_CHARS}}}$")
    );
    assert_eq!(sw["bijeenkomsten"]["maxItems"], MAX_BIJEENKOMSTEN);
    assert_eq!(sw["acties"]["maxItems"], MAX_ACTIES);
    assert_eq!(meeting["place"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(
        meeting["minutes"]["additionalProperties"]["maximum"],
        MAX_MINUTES
    );
    // Each ingrediënt at most once on an agenda.
    assert_eq!(meeting["agenda"]["maxItems"], ingredient_ids().len());
    assert_eq!(
        item["notes"]["additionalProperties"]["maxLength"],
        MAX_NOTE_CHARS
    );
    assert_eq!(item["achterban_vragen"]["maxLength"], MAX_TEXT_CHARS);
    assert_eq!(
        item["achterban"]["additionalProperties"]["maxLength"],
        MAX_TEXT_CHARS
    );
    assert_eq!(
        item["achterban"]["propertyNames"]["maxLength"],
        MAX_NAME_CHARS
    );
    assert_eq!(
        defs["besluit"]["properties"]["text"]["maxLength"],
        MAX_TEXT_CHARS
    );
    assert_eq!(actie["wat"]["maxLength"], MAX_ACTIE_CHARS);
    assert_eq!(actie["wie"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(actie["wanneer"]["maxLength"], MAX_NAME_CHARS);

    // The Ingrediëntenscan.
    let scan = &defs["scan"]["properties"];
    let response = &defs["response"]["properties"];
    let answer = &defs["answer"]["properties"];
    assert_eq!(sw["scans"]["maxItems"], MAX_SCANS);
    assert_eq!(scan["title"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(scan["responses"]["maxItems"], MAX_RESPONSES);
    assert_eq!(response["name"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(response["organisation"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(response["answers"]["minProperties"], 1);
    let score = &answer["score"]["anyOf"][0];
    assert_eq!(score["minimum"], MIN_SCORE);
    assert_eq!(score["maximum"], MAX_SCORE);
    assert_eq!(answer["remark"]["maxLength"], MAX_REMARK_CHARS);
    let counts = &defs["paperTally"]["properties"]["counts"]["additionalProperties"];
    // Index 0 for "weet ik niet", then one per score.
    let row = usize::from(MAX_SCORE) + 1;
    assert_eq!(
        (&counts["minItems"], &counts["maxItems"]),
        (&json!(row), &json!(row))
    );
    assert_eq!(counts["items"]["minimum"], 0);
    assert_eq!(counts["items"]["maximum"], MAX_PAPER_COUNT);
    let answer_file = &answer_schema()["properties"];
    assert_eq!(answer_file["scan_title"]["maxLength"], MAX_NAME_CHARS);

    // Werkbladen.
    let werkblad = &defs["werkblad"]["properties"];
    assert_eq!(sw["werkbladen"]["maxItems"], MAX_WERKBLADEN);
    assert_eq!(werkblad["title"]["maxLength"], MAX_NAME_CHARS);
    assert_eq!(werkblad["answers"]["maxProperties"], MAX_ANSWERS);
    assert_eq!(
        werkblad["answers"]["additionalProperties"]["maxLength"],
        MAX_TEXT_CHARS
    );
    assert_eq!(werkblad["rows"]["maxItems"], MAX_ROWS);
    assert_eq!(
        defs["rij"]["properties"]["text"]["maxLength"],
        MAX_ACTIE_CHARS
    );
    // The key: an id, a dot, an id, perhaps the note, perhaps a partner id (werkblad::Key).
    let id = format!("[a-z0-9-]{{1,{MAX_ID_CHARS}}}");
    assert_eq!(
        defs["answerKey"]["pattern"],
        format!("^{id}\\.{id}(\\.toelichting)?(@{id})?$")
    );
}

// ---- the app's files against the schema ----

/// A scan as the app makes it, with a laptop response (one "weet ik niet" with a remark), a
/// merged answer file and a paper round; `planned()`'s meeting took its agenda from it.
fn with_scan() -> Samenwerking {
    let mut s = planned();
    s.id = "sw-met-scan".into();
    let mut scan = Scan::new("sc-1".into(), s.id.clone(), "Startscan".into(), 7);
    let mut mine = Response::new("r-1".into(), Source::Laptop, 8);
    mine.set("openheid-en-vertrouwen", Some(4), "");
    mine.set("voldoende-tijd", None, "Dat weet ik echt niet.");
    scan.add_response(mine).unwrap();
    let mut theirs = Response::new("r-2".into(), Source::Laptop, 9);
    theirs.organisation = "Welzijn Dorpsstad".into();
    theirs.set("voldoende-tijd", Some(2), "");
    let file = scan::read_answer_file(&scan::answer_file(&scan, &theirs, 10)).unwrap();
    scan.merge(file).unwrap();
    scan.set_paper("voldoende-tijd", [1, 0, 2, 0, 0, 0])
        .unwrap();
    scan.revealed = true;
    s.scans.push(scan);
    s.bijeenkomsten[0].scan = Some("sc-1".into());
    s
}

/// Werkbladen as the app makes them, on `planned()` with a partner: a willen-kunnen with a
/// per-partner answer and its note, linked to the meeting; an Eisenhower with a topic put on
/// the actielijst; an empty visievierluik.
fn with_werkbladen() -> Samenwerking {
    let mut s = planned();
    s.id = "sw-met-werkbladen".into();
    s.partners.push(command::partner(
        "p-1",
        "Anna",
        "Welzijn Dorpsstad",
        PartnerKind::Formeel,
        Ring::Kerngroep,
    ));
    let mut ws = Workspace::default();
    ws.apply(
        Command::Import {
            samenwerking: s.clone(),
            mode: ImportMode::New,
        },
        7,
    )
    .unwrap();
    let changes = [
        WerkbladChange::Create {
            id: "wb-1".into(),
            template: "willen-kunnen".into(),
            title: "Willen en kunnen".into(),
        },
        WerkbladChange::Set {
            werkblad: "wb-1".into(),
            key: "checklist.noodzaak@p-1".into(),
            value: "nee".into(),
        },
        WerkbladChange::Set {
            werkblad: "wb-1".into(),
            key: "checklist.noodzaak.toelichting@p-1".into(),
            value: "Nog niet.".into(),
        },
        WerkbladChange::Link {
            werkblad: "wb-1".into(),
            bijeenkomst: Some("bk-1".into()),
        },
        WerkbladChange::Create {
            id: "wb-2".into(),
            template: "eisenhower".into(),
            title: "Eisenhower".into(),
        },
        WerkbladChange::AddRow {
            werkblad: "wb-2".into(),
            block: "onderwerpen".into(),
            row: "r-1".into(),
            text: "Vervoer".into(),
        },
        WerkbladChange::UpdateRow {
            werkblad: "wb-2".into(),
            row: Rij {
                id: "r-1".into(),
                block: "onderwerpen".into(),
                text: "Vervoer".into(),
                urgent: false,
                belangrijk: true,
            },
        },
        WerkbladChange::ToActies {
            werkblad: "wb-2".into(),
            block: "onderwerpen".into(),
            bijeenkomst: "bk-1".into(),
        },
        WerkbladChange::Create {
            id: "wb-3".into(),
            template: "visievierluik".into(),
            title: "Visie".into(),
        },
    ];
    for change in changes {
        ws.apply(
            Command::Werkblad {
                samenwerking: s.id.clone(),
                change,
            },
            8,
        )
        .unwrap();
    }
    ws.get(&s.id).unwrap().clone()
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

#[test]
fn the_fixture_and_fresh_exports_match_the_schema_exactly() {
    let errors = check_file(&fixture(), true);
    assert!(errors.is_empty(), "fixture: {errors:#?}");

    let imported = file::import(&fixture_text()).expect("fixture imports");
    assert_eq!(imported.bijeenkomsten.len(), 3);
    assert_eq!(imported.acties.len(), 2);
    assert_eq!(imported.scans.len(), 2);
    assert_eq!(imported.werkbladen.len(), 3);
    let mut started = planned();
    started.id = "sw-begonnen".into();
    started.bijeenkomsten[0].start(7).unwrap();
    let empty = Samenwerking::new("sw-leeg".into(), "Nog leeg".into(), 5);
    let werkbladen = with_werkbladen();
    assert_eq!(
        (werkbladen.werkbladen.len(), werkbladen.acties.len()),
        (3, 2)
    );
    for s in [imported, planned(), started, empty, with_scan(), werkbladen] {
        let text = file::export(&s, 1_795_000_000_000);
        assert_eq!(file::import(&text).as_ref(), Ok(&s), "{}", s.id);
        let exported: Value = serde_json::from_str(&text).unwrap();
        let errors = check_file(&exported, true);
        assert!(errors.is_empty(), "export of {}: {errors:#?}", s.id);
    }
}

#[test]
fn the_checker_catches_renamed_missing_and_mistyped_fields() {
    type Mutation = fn(&mut Value);
    // (what, does the importer refuse it too, mutation). Renames only the strict check sees:
    // the importer ignores the unknown name and uses the default for the missing one.
    let mutations: [(&str, bool, Mutation); 39] = [
        ("renamed opgave", false, |f| {
            let sw = object_at(f, "/samenwerking");
            let opgave = sw.remove("opgave").unwrap();
            sw.insert("beschrijving".into(), opgave);
        }),
        ("missing kind", true, |f| {
            object_at(f, "/samenwerking/partners/0").remove("kind");
        }),
        ("unknown ring", true, |f| {
            f["samenwerking"]["partners"][1]["ring"] = json!("binnenring")
        }),
        ("newer version", true, |f| {
            f["version"] = json!(CURRENT_VERSION + 1)
        }),
        ("negative time", true, |f| f["exported_ms"] = json!(-1)),
        ("time as text", true, |f| {
            f["samenwerking"]["created_ms"] = json!("1794000000000")
        }),
        ("partners as object", true, |f| {
            f["samenwerking"]["partners"] = json!({})
        }),
        ("name too long", true, |f| {
            f["samenwerking"]["name"] = json!("x".repeat(MAX_NAME_CHARS + 1))
        }),
        ("renamed acties", false, |f| {
            let sw = object_at(f, "/samenwerking");
            let acties = sw.remove("acties").unwrap();
            sw.insert("taken".into(), acties);
        }),
        ("renamed niet_aan_boord", false, |f| {
            let checks = object_at(f, &format!("{BOB_ITEM}/checks"));
            let partners = checks.remove("niet_aan_boord").unwrap();
            checks.insert("nietAanBoord".into(), partners);
        }),
        ("meetings as object", true, |f| {
            f["samenwerking"]["bijeenkomsten"] = json!({})
        }),
        ("missing vorm", true, |f| {
            object_at(f, BOB).remove("vorm");
        }),
        ("unknown vorm", true, |f| {
            *at(f, &format!("{BOB}/vorm")) = json!("bobo")
        }),
        ("unknown phase in minutes", true, |f| {
            at(f, &format!("{BOB}/minutes"))["pauze"] = json!(10)
        }),
        ("too many minutes", true, |f| {
            at(f, &format!("{BOB}/minutes"))["beeldvorming"] = json!(MAX_MINUTES + 1)
        }),
        ("date in another notation", true, |f| {
            *at(f, &format!("{BOB}/date")) = json!("15 sept 2026")
        }),
        ("unknown ingrediënt", true, |f| {
            *at(f, &format!("{BOB_ITEM}/ingredient")) = json!("bestaat-niet")
        }),
        ("phase outside its vorm", true, |f| {
            *at(f, &format!("{BOB}/phase")) = json!("revisie")
        }),
        ("planned with a phase", true, |f| {
            *at(f, &format!("{BOB}/status")) = json!("gepland")
        }),
        ("unknown answer", true, |f| {
            *at(f, &format!("{BOB_ITEM}/checks/gehoord")) = json!("misschien")
        }),
        ("achterban as a list", true, |f| {
            *at(f, &format!("{BARB_ITEM}/achterban")) = json!(["Ja"])
        }),
        ("timer start as text", true, |f| {
            *at(f, &format!("{BARB}/timer/running_since_ms")) = json!("1795200000000")
        }),
        ("besluit without text", true, |f| {
            object_at(f, &format!("{BOB}/besluiten/0")).remove("text");
        }),
        ("unknown actie status", true, |f| {
            *at(f, &format!("{ACTIE}/status")) = json!("gedaan")
        }),
        // Refused: the planned meeting then names a scan that is not there.
        ("renamed scans", true, |f| {
            let sw = object_at(f, "/samenwerking");
            let scans = sw.remove("scans").unwrap();
            sw.insert("scan".into(), scans);
        }),
        ("renamed remark", false, |f| {
            let answer = object_at(f, ANSWER);
            let remark = answer.remove("remark").unwrap();
            answer.insert("opmerking".into(), remark);
        }),
        ("unknown source", true, |f| {
            *at(f, &format!("{RESPONSE}/source")) = json!("telefoon")
        }),
        ("score above 5", true, |f| {
            *at(f, &format!("{ANSWER}/score")) = json!(MAX_SCORE + 1)
        }),
        ("unknown ingrediënt in answers", true, |f| {
            at(f, &format!("{RESPONSE}/answers"))["gezellig-samenzijn"] = json!({ "score": 3 })
        }),
        ("paper row of five", true, |f| {
            *at(f, &format!("{PAPER}/counts/voldoende-tijd")) = json!([0, 2, 1, 0, 0])
        }),
        ("revealed as text", true, |f| {
            *at(f, &format!("{SCAN}/revealed")) = json!("ja")
        }),
        ("meeting link as a number", true, |f| {
            *at(f, "/samenwerking/bijeenkomsten/2/scan") = json!(1)
        }),
        ("renamed answers", false, |f| {
            let werkblad = object_at(f, WERKBLAD);
            let answers = werkblad.remove("answers").unwrap();
            werkblad.insert("antwoorden".into(), answers);
        }),
        ("unknown template", true, |f| {
            *at(f, &format!("{WERKBLAD}/template")) = json!("bestaat-niet")
        }),
        ("answers as a list", true, |f| {
            *at(f, &format!("{WERKBLAD}/answers")) = json!(["ja"])
        }),
        ("score as a number", true, |f| {
            *at(f, &format!("{ANSWERS}/ambitie.belofte")) = json!(4)
        }),
        ("urgent as text", true, |f| {
            *at(f, &format!("{RIJ}/urgent")) = json!("ja")
        }),
        ("row without text", true, |f| {
            object_at(f, RIJ).remove("text");
        }),
        ("renamed belangrijk", false, |f| {
            let row = object_at(f, RIJ);
            let belangrijk = row.remove("belangrijk").unwrap();
            row.insert("important".into(), belangrijk);
        }),
    ];
    for (what, refused, mutate) in mutations {
        let mut value = fixture();
        mutate(&mut value);
        assert!(
            !check_file(&value, true).is_empty(),
            "{what} went unnoticed"
        );
        assert_eq!(imports(&value), !refused, "{what}: the importer");
    }
}

/// The objects of a file that the schema describes, as (pointer, schema def) pairs.
const LEVELS: [(&str, &str); 15] = [
    ("", ""),
    ("/samenwerking", "samenwerking"),
    ("/samenwerking/partners/0", "partner"),
    (BOB, "bijeenkomst"),
    (BOB_ITEM, "agendaItem"),
    ("/samenwerking/bijeenkomsten/0/agenda/0/checks", "checks"),
    ("/samenwerking/bijeenkomsten/0/besluiten/0", "besluit"),
    ("/samenwerking/bijeenkomsten/1/timer", "timer"),
    (ACTIE, "actie"),
    (SCAN, "scan"),
    (RESPONSE, "response"),
    (ANSWER, "answer"),
    (PAPER, "paperTally"),
    (WERKBLAD, "werkblad"),
    (RIJ, "rij"),
];

/// Not in `required`, but needed by an `anyOf` branch for this object: the fixture's first
/// meeting is finished, so it must have a phase (a planned one need not, see
/// `status_phase_and_vorm_agree_with_the_importer`).
const REQUIRED_BY_ANY_OF: [(&str, &str); 1] = [(BOB, "phase")];

/// Ids the importer checks against the rest of the file, which the schema cannot express: every
/// scan names the samenwerking it is in, a meeting's `scan` names one of its scans (the
/// fixture's planned meeting names scans/1), a werkblad's `bijeenkomst` names one of its
/// meetings (werkbladen/0 names bijeenkomsten/0), and a row's `block` is a block of the
/// werkblad's template that takes rows. Another valid id there is refused by the importer only.
const CROSS_REFERENCES: [(&str, &str); 7] = [
    ("/samenwerking", "id"),
    (SCAN, "samenwerking"),
    (SCAN, "id"),
    (BOB, "scan"),
    (BOB, "id"),
    (WERKBLAD, "bijeenkomst"),
    (RIJ, "block"),
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
        let required = object_schema["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for key in object_schema["properties"].as_object().unwrap().keys() {
            // Leaving a field out is allowed exactly when the schema does not require it.
            let mut value = fixture();
            object_at(&mut value, pointer).remove(key);
            let optional = !required.contains(&json!(key))
                && !REQUIRED_BY_ANY_OF.contains(&(pointer, key.as_str()));
            // Without its scans (left out or `[]`), the planned meeting names a scan that is not
            // there; without its bijeenkomsten, werkbladen/0 names a meeting that is not there.
            let breaks_a_reference = [
                ("/samenwerking", "scans"),
                ("/samenwerking", "bijeenkomsten"),
            ]
            .contains(&(pointer, key.as_str()));
            assert_eq!(
                imports(&value),
                optional && !breaks_a_reference,
                "{pointer}/{key} left out"
            );
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
                at(&mut value, pointer)[key.as_str()] = probe.clone();
                let what = format!("{pointer}/{key} = {probe}");
                let no_scans = breaks_a_reference && probe == json!([]);
                if no_scans
                    || (probe == json!("x") && CROSS_REFERENCES.contains(&(pointer, key.as_str())))
                {
                    assert!(!imports(&value), "{what}: a reference to nothing");
                    assert!(check_file(&value, false).is_empty(), "{what}");
                    continue;
                }
                agree(&value, &what);
            }
        }
        // Unknown fields are ignored by the importer, so the schema allows them too.
        let mut value = fixture();
        at(&mut value, pointer)["onbekend_veld"] = json!(1);
        assert!(imports(&value), "{pointer}");
        assert!(check_file(&value, false).is_empty(), "{pointer}");
    }
}

#[test]
fn status_phase_and_vorm_agree_with_the_importer() {
    let mut accepted = 0;
    let statuses = [Status::Gepland, Status::Bezig, Status::Afgerond];
    for vorm in Vorm::ALL {
        for status in statuses {
            // None: no phase field at all.
            let phases = [None, Some(json!(null))]
                .into_iter()
                .chain(Fase::ALL.map(|p| Some(json!(p.id()))));
            for phase in phases {
                let mut value = fixture();
                let meeting = object_at(&mut value, BOB);
                meeting.insert("vorm".into(), json!(vorm.id()));
                meeting.insert("status".into(), serde_json::to_value(status).unwrap());
                meeting.remove("phase");
                if let Some(phase) = &phase {
                    meeting.insert("phase".into(), phase.clone());
                }
                let what = format!("{} {status:?} {phase:?}", vorm.id());
                if agree(&value, &what) {
                    accepted += 1;
                }
            }
        }
    }
    // Planned without a phase (absent or null) in both vormen, and started or finished in one
    // of the vorm's own phases.
    let started: usize = Vorm::ALL.iter().map(|v| v.fasen().len()).sum();
    assert_eq!(accepted, 2 * 2 + 2 * started);
}

#[test]
fn phase_keyed_objects_agree_with_the_importer() {
    let cases: [(&str, &str, Value); 14] = [
        ("minutes", "pauze", json!(10)),
        ("minutes", "Beeldvorming", json!(10)),
        ("minutes", "beeldvorming", json!(0)),
        ("minutes", "revisie", json!(MAX_MINUTES)),
        ("minutes", "revisie", json!(MAX_MINUTES + 1)),
        ("minutes", "revisie", json!(-1)),
        ("minutes", "revisie", json!(20.5)),
        ("minutes", "revisie", json!("20")),
        ("minutes", "revisie", json!(null)),
        ("agenda/0/notes", "pauze", json!("Tekst")),
        ("agenda/0/notes", "revisie", json!("Tekst")),
        ("agenda/0/notes", "revisie", json!(null)),
        ("agenda/0/notes", "revisie", json!(5)),
        ("agenda/0/notes", "revisie", json!(["Tekst"])),
    ];
    let mut accepted = 0;
    for (object, key, entry) in cases {
        let mut value = fixture();
        at(&mut value, &format!("{BOB}/{object}"))[key] = entry.clone();
        if agree(&value, &format!("{object}/{key} = {entry}")) {
            accepted += 1;
        }
    }
    assert_eq!(accepted, 3);
    // Every phase is a valid key, whatever the vorm.
    for phase in Fase::ALL {
        let mut value = fixture();
        at(&mut value, &format!("{BOB}/minutes"))[phase.id()] = json!(5);
        at(&mut value, &format!("{BOB_ITEM}/notes"))[phase.id()] = json!("Tekst");
        assert!(agree(&value, phase.id()));
    }
}

#[test]
fn length_and_count_limits_agree_with_the_importer_at_the_boundary() {
    let cases: [(&str, &str, usize); 20] = [
        ("/samenwerking", "name", MAX_NAME_CHARS),
        ("/samenwerking", "opgave", MAX_OPGAVE_CHARS),
        ("/samenwerking/partners/0", "name", MAX_NAME_CHARS),
        ("/samenwerking/partners/1", "organisation", MAX_NAME_CHARS),
        (BOB, "place", MAX_NAME_CHARS),
        (
            "/samenwerking/bijeenkomsten/0/agenda/0/notes",
            "beeldvorming",
            MAX_NOTE_CHARS,
        ),
        (BARB_ITEM, "achterban_vragen", MAX_TEXT_CHARS),
        (
            "/samenwerking/bijeenkomsten/1/agenda/0/achterban",
            "Welzijn Dorpsstad",
            MAX_TEXT_CHARS,
        ),
        (
            "/samenwerking/bijeenkomsten/0/besluiten/0",
            "text",
            MAX_TEXT_CHARS,
        ),
        (ACTIE, "wat", MAX_ACTIE_CHARS),
        (ACTIE, "wie", MAX_NAME_CHARS),
        (ACTIE, "wanneer", MAX_NAME_CHARS),
        // Not an achterban answer but its key: the organisation's label.
        (
            "/samenwerking/bijeenkomsten/1/agenda/0/achterban",
            "",
            MAX_NAME_CHARS,
        ),
        (SCAN, "title", MAX_NAME_CHARS),
        (RESPONSE, "name", MAX_NAME_CHARS),
        (RESPONSE, "organisation", MAX_NAME_CHARS),
        (ANSWER, "remark", MAX_REMARK_CHARS),
        (WERKBLAD, "title", MAX_NAME_CHARS),
        (RIJ, "text", MAX_ACTIE_CHARS),
        (ANSWERS, "vierluik.waartoe", MAX_TEXT_CHARS),
    ];
    for (pointer, key, max) in cases {
        for (len, ok) in [(max, true), (max + 1, false)] {
            let mut value = fixture();
            // Counted in characters, not bytes.
            let text = "ë".repeat(len);
            if key.is_empty() {
                let mut answers = Map::new();
                answers.insert(text, json!("Ja"));
                *at(&mut value, pointer) = Value::Object(answers);
            } else {
                at(&mut value, pointer)[key] = json!(text);
            }
            assert_eq!(imports(&value), ok, "{pointer}/{key} {len}");
            assert_eq!(
                check_file(&value, true).is_empty(),
                ok,
                "{pointer}/{key} {len}"
            );
        }
    }
    // Texts that must not be empty.
    for (pointer, key) in [
        ("/samenwerking", "name"),
        ("/samenwerking/bijeenkomsten/0/besluiten/0", "text"),
        (ACTIE, "wat"),
        (SCAN, "title"),
        (WERKBLAD, "title"),
    ] {
        let mut value = fixture();
        at(&mut value, pointer)[key] = json!("");
        assert!(!agree(&value, &format!("{pointer}/{key} empty")));
    }
    let mut value = fixture();
    *at(&mut value, &format!("{BARB_ITEM}/achterban")) = json!({ "": "Ja" });
    assert!(!agree(&value, "achterban of nobody"));

    // Lists with a maximum length. `make(template, i)` makes the i-th element.
    type Make = fn(&Value, usize) -> Value;
    let with_id: Make = |template, i| {
        let mut item = template.clone();
        item["id"] = json!(format!("x-{i}"));
        item
    };
    let with_ingredient: Make = |template, i| {
        let ids = ingredient_ids();
        let mut item = template.clone();
        item["ingredient"] = json!(ids[i % ids.len()]);
        item
    };
    // The first scan is the one the planned meeting names (scans/1), and the first meeting the
    // one werkbladen/0 names, so those links stay.
    let with_scan_id: Make = |template, i| {
        let mut item = template.clone();
        if i > 0 {
            item["id"] = json!(format!("x-{i}"));
        }
        item
    };
    let lists: [(&str, usize, Make); 8] = [
        ("/samenwerking/partners", MAX_PARTNERS, with_id),
        (
            "/samenwerking/bijeenkomsten",
            MAX_BIJEENKOMSTEN,
            with_scan_id,
        ),
        ("/samenwerking/acties", MAX_ACTIES, with_id),
        ("/samenwerking/scans", MAX_SCANS, with_scan_id),
        ("/samenwerking/scans/1/responses", MAX_RESPONSES, with_id),
        ("/samenwerking/werkbladen", MAX_WERKBLADEN, with_id),
        ("/samenwerking/werkbladen/1/rows", MAX_ROWS, with_id),
        // Each ingrediënt once: the 17th item repeats one, which the importer refuses.
        (
            "/samenwerking/bijeenkomsten/0/agenda",
            ingredient_ids().len(),
            with_ingredient,
        ),
    ];
    for (pointer, max, make) in lists {
        for (count, ok) in [(max, true), (max + 1, false)] {
            let mut value = fixture();
            let template = if pointer == "/samenwerking/scans" {
                at(&mut value, SCAN).clone()
            } else {
                at(&mut value, pointer)[0].clone()
            };
            let items: Vec<Value> = (0..count).map(|i| make(&template, i)).collect();
            *at(&mut value, pointer) = Value::Array(items);
            assert_eq!(imports(&value), ok, "{count} in {pointer}");
            assert_eq!(
                check_file(&value, true).is_empty(),
                ok,
                "{count} in {pointer}"
            );
        }
    }
}

#[test]
fn the_number_of_answers_agrees_with_the_importer_at_the_boundary() {
    // Enough partners for MAX_ANSWERS different valid answers on the willen-kunnen werkblad:
    // every checklist question and its note, for each partner.
    let t = werkblad::template("willen-kunnen").unwrap();
    let per_partner: usize = t.blocks.iter().map(|b| b.items.len() * 2).sum();
    let partners = MAX_ANSWERS.div_ceil(per_partner);
    assert!(partners <= MAX_PARTNERS);
    let mut base = fixture();
    let template = at(&mut base, "/samenwerking/partners/0").clone();
    let list: Vec<Value> = (0..partners)
        .map(|i| {
            let mut p = template.clone();
            p["id"] = json!(format!("x-{i}"));
            p
        })
        .collect();
    *at(&mut base, "/samenwerking/partners") = Value::Array(list);
    let mut answers = Map::new();
    'all: for i in 0..partners {
        for b in &t.blocks {
            for item in &b.items {
                for (suffix, answer) in [("", "ja"), (".toelichting", "Tekst")] {
                    if answers.len() == MAX_ANSWERS {
                        break 'all;
                    }
                    let key = format!("{}.{}{suffix}@x-{i}", b.id, item.id);
                    answers.insert(key, json!(answer));
                }
            }
        }
    }
    let mut value = base.clone();
    *at(&mut value, &format!("{WERKBLAD}/answers")) = Value::Object(answers.clone());
    let imported = file::import(&value.to_string()).expect("MAX_ANSWERS answers import");
    assert_eq!(imported.werkbladen[0].answers.len(), MAX_ANSWERS);
    assert!(check_file(&value, true).is_empty());
    // One more (even about somebody who is not a partner) is too many for both.
    answers.insert("checklist.noodzaak@x-ander".into(), json!("ja"));
    let mut value = base;
    *at(&mut value, &format!("{WERKBLAD}/answers")) = Value::Object(answers);
    assert!(!agree(&value, "MAX_ANSWERS + 1 answers"));
}

#[test]
fn scores_and_paper_counts_agree_with_the_importer_at_the_boundary() {
    let mut accepted = Vec::new();
    for score in 0..=MAX_SCORE + 1 {
        let mut value = fixture();
        *at(&mut value, &format!("{ANSWER}/score")) = json!(score);
        if agree(&value, &format!("score {score}")) {
            accepted.push(score);
        }
    }
    assert_eq!(accepted, (MIN_SCORE..=MAX_SCORE).collect::<Vec<_>>());
    let row = |n: u32| json!([0, n, 0, 0, 0, 0]);
    let cases = [
        (row(MAX_PAPER_COUNT), true),
        (row(MAX_PAPER_COUNT + 1), false),
        (json!([0, 0, 0, 0, 0, 0]), true),
        (json!([0, 1, 0, 0, 0]), false),
        (json!([0, 1, 0, 0, 0, 0, 0]), false),
        (json!([0, -1, 0, 0, 0, 0]), false),
        (json!([0, 1.5, 0, 0, 0, 0]), false),
        (json!({ "1": 3 }), false),
    ];
    for (counts, ok) in cases {
        let mut value = fixture();
        at(&mut value, &format!("{PAPER}/counts"))["maximale-mix"] = counts.clone();
        assert_eq!(agree(&value, &format!("paper {counts}")), ok, "{counts}");
    }
    // Only ingrediënt ids are keys.
    let mut value = fixture();
    at(&mut value, &format!("{PAPER}/counts"))["gezellig-samenzijn"] = row(1);
    assert!(!agree(&value, "paper of an unknown ingrediënt"));
}

// ---- the answer file ----

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

fn reads(value: &Value) -> bool {
    scan::read_answer_file(&value.to_string()).is_ok()
}

#[test]
fn a_fresh_answer_file_matches_its_schema_exactly() {
    let errors = check_answer_file(&answer_file(), true);
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(reads(&answer_file()));
    // And the checker notices changes on either side.
    type Mutation = fn(&mut Value);
    let mutations: [(&str, bool, Mutation); 6] = [
        ("renamed scan_title", false, |f| {
            let file = f.as_object_mut().unwrap();
            let title = file.remove("scan_title").unwrap();
            file.insert("titel".into(), title);
        }),
        ("missing response", true, |f| {
            f.as_object_mut().unwrap().remove("response");
        }),
        ("other format", true, |f| f["format"] = json!(FORMAT)),
        ("newer version", true, |f| {
            f["version"] = json!(ANSWER_VERSION + 1)
        }),
        ("no answers", true, |f| f["response"]["answers"] = json!({})),
        ("score as text", true, |f| {
            f["response"]["answers"]["openheid-en-vertrouwen"]["score"] = json!("4")
        }),
    ];
    for (what, refused, mutate) in mutations {
        let mut value = answer_file();
        mutate(&mut value);
        assert!(
            !check_answer_file(&value, true).is_empty(),
            "{what} went unnoticed"
        );
        assert_eq!(reads(&value), !refused, "{what}: the reader");
    }
}

#[test]
fn answer_file_fields_and_types_agree_with_the_reader() {
    let schema = answer_schema();
    let levels = [
        ("", &schema),
        ("/response", &schema["$defs"]["response"]),
        (
            "/response/answers/gezamenlijke-identiteit-en-taal",
            &schema["$defs"]["answer"],
        ),
    ];
    for (pointer, object_schema) in levels {
        let required = object_schema["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for key in object_schema["properties"].as_object().unwrap().keys() {
            let mut value = answer_file();
            object_at(&mut value, pointer).remove(key);
            let optional = !required.contains(&json!(key));
            assert_eq!(reads(&value), optional, "{pointer}/{key} left out");
            assert_eq!(
                check_answer_file(&value, false).is_empty(),
                optional,
                "{pointer}/{key} left out"
            );
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
                let mut value = answer_file();
                at(&mut value, pointer)[key.as_str()] = probe.clone();
                let errors = check_answer_file(&value, false);
                let read = scan::read_answer_file(&value.to_string());
                assert_eq!(
                    errors.is_empty(),
                    read.is_ok(),
                    "{pointer}/{key} = {probe}: schema {errors:?}, reader {read:?}"
                );
            }
        }
        let mut value = answer_file();
        at(&mut value, pointer)["onbekend_veld"] = json!(1);
        assert!(reads(&value), "{pointer}");
        assert!(check_answer_file(&value, false).is_empty(), "{pointer}");
    }
    // Remarks at their limit, counted in characters.
    for (len, ok) in [(MAX_REMARK_CHARS, true), (MAX_REMARK_CHARS + 1, false)] {
        let mut value = answer_file();
        value["response"]["answers"]["openheid-en-vertrouwen"]["remark"] = json!("ë".repeat(len));
        assert_eq!(reads(&value), ok, "{len}");
        assert_eq!(check_answer_file(&value, true).is_empty(), ok, "{len}");
    }
}
