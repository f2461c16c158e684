use super::*;
use serde_json::json;
use vitaal_core::domain::bijeenkomst::{CheckAntwoord, Checkvraag, Fase, Status};
use vitaal_core::domain::file::FORMAT;
use vitaal_core::domain::monitoring::{self, Lus, Schaal, Stap};
use vitaal_core::domain::scan::{
    ANSWER_FORMAT, ANSWER_VERSION, MAX_PAPER_COUNT, MAX_REMARK_CHARS, MAX_RESPONSES, MAX_SCORE,
    MIN_SCORE,
};
use vitaal_core::domain::validate::{
    MAX_ACTIES, MAX_ACTIE_CHARS, MAX_BIJEENKOMSTEN, MAX_ID_CHARS, MAX_MINUTES, MAX_NAME_CHARS,
    MAX_NOTE_CHARS, MAX_OPGAVE_CHARS, MAX_PARTNERS, MAX_SCANS, MAX_TEXT_CHARS,
};
use vitaal_core::domain::werkblad::{self, MAX_ANSWERS, MAX_ROWS, MAX_WERKBLADEN};
use vitaal_core::domain::{PartnerKind, Ring, Route};

// ---- the schema itself ----

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
    assert_eq!(ids("schaal"), Schaal::ALL.map(|s| s.id().to_string()));
    assert_eq!(ids("stap"), Stap::ALL.map(|s| s.id().to_string()));
    assert_eq!(ids("lus"), Lus::ALL.map(|l| l.id().to_string()));
    assert_eq!(ingredient_ids().len(), 16);
    let templates: Vec<String> = werkblad::templates().iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids("werkbladTemplate"), templates);
    assert_eq!(templates.len(), 14);
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
    assert_eq!(sw["doelen"]["maxItems"], monitoring::MAX_DOELEN);
    assert_eq!(sw["leerlog"]["maxItems"], monitoring::MAX_LEERLOG);
    assert_eq!(
        defs["doel"]["properties"]["indicatoren"]["maxItems"],
        monitoring::MAX_INDICATOREN
    );
    assert_eq!(
        defs["indicator"]["properties"]["metingen"]["maxItems"],
        monitoring::MAX_METINGEN
    );
    assert_eq!(
        defs["doel"]["properties"]["text"]["maxLength"],
        MAX_TEXT_CHARS
    );
    assert_eq!(
        defs["indicator"]["properties"]["name"]["maxLength"],
        MAX_NAME_CHARS
    );
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
