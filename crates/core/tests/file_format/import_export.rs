use super::*;
use vitaal_core::domain::file::{CURRENT_VERSION, MAX_DEPTH, MAX_FILE_BYTES};
use vitaal_core::domain::validate::DomainError;

#[test]
fn export_writes_format_version_and_the_samenwerking() {
    let text = file::export(&sample(), 42);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "vitaal-samenwerken");
    assert_eq!(value["version"], CURRENT_VERSION);
    assert_eq!(value["exported_ms"], 42);
    assert_eq!(
        value["samenwerking"]["name"],
        "Samen ouder worden in Dorpsstad"
    );
    assert_eq!(value["samenwerking"]["route"], "flexibel-meebewegen");
    assert_eq!(
        value["samenwerking"]["partners"][2]["kind"],
        "inwoner-oudere"
    );
}

#[test]
fn every_version_ever_written_has_a_fixture_that_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for version in 1..=CURRENT_VERSION {
        let path = dir.join(format!("v{version}.vitaal.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing fixture {}", path.display()));
        let s = file::import(&text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        assert_eq!(s.partners.len(), 3, "v{version}");
        assert_eq!(s.route, Some(Route::FlexibelMeebewegen));
    }
}

#[test]
fn the_fixture_reads_exactly() {
    let s = sample();
    assert_eq!(s.id, "sw-mfx2k1-3h9a0b");
    assert_eq!(
        s.opgave,
        "Hoe zorgen we voor goed ouder worden in onze gemeente?\nMet aandacht voor eenzaamheid."
    );
    assert_eq!(s.partners[1].organisation, "KBO-PCOB afdeling Dorpsstad");
    assert_eq!(s.partners[1].ring, Ring::ComplementaireRing);
    assert_eq!(
        (s.created_ms, s.updated_ms),
        (1_794_000_000_000, 1_794_990_000_000)
    );
}

#[test]
fn not_json_is_refused() {
    let e = refused("dit is geen json {");
    assert_eq!(e, ImportError::NotJson);
    assert!(message(&e).contains("geen geldige JSON"));
    assert_eq!(
        file::import_bytes(&[0xff, 0xfe, 0x00]),
        Err(ImportError::NotText)
    );
    assert!(message(&ImportError::NotText).contains("geen tekstbestand"));
}

#[test]
fn other_json_is_refused_as_wrong_format() {
    for text in [
        "[]",
        "42",
        r#"{"name":"x"}"#,
        r#"{"format":"excalidraw","version":1}"#,
    ] {
        let e = refused(text);
        assert_eq!(e, ImportError::WrongFormat, "{text}");
        assert!(message(&e).contains("Dit is geen Vitaal Samenwerken-bestand"));
    }
}

#[test]
fn missing_or_bad_versions_are_refused() {
    for text in [
        r#"{"format":"vitaal-samenwerken"}"#,
        r#"{"format":"vitaal-samenwerken","version":0}"#,
        r#"{"format":"vitaal-samenwerken","version":-1}"#,
        r#"{"format":"vitaal-samenwerken","version":1.5}"#,
        r#"{"format":"vitaal-samenwerken","version":"1"}"#,
    ] {
        assert_eq!(refused(text), ImportError::BadVersion, "{text}");
    }
    assert!(message(&ImportError::BadVersion).contains("versienummer"));
}

#[test]
fn a_newer_version_is_refused_with_both_versions_named() {
    let text =
        include_str!("../fixtures/v1.vitaal.json").replace("\"version\": 1", "\"version\": 99");
    let e = refused(&text);
    assert_eq!(
        e,
        ImportError::NewerVersion {
            found: 99,
            supported: CURRENT_VERSION
        }
    );
    let m = message(&e);
    assert!(m.contains("nieuwere versie"), "{m}");
    assert!(m.contains("99"), "{m}");
}

#[test]
fn too_large_is_refused_before_parsing() {
    let big = format!(
        "{{\"format\":\"vitaal-samenwerken\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_FILE_BYTES)
    );
    let e = refused(&big);
    assert!(matches!(
        e,
        ImportError::TooLarge {
            max: MAX_FILE_BYTES,
            ..
        }
    ));
    assert!(message(&e).contains("te groot"));
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(refused(&deep), ImportError::TooDeep);
    let hostile = format!("{}{}", "{\"a\":".repeat(100_000), "1");
    assert_eq!(refused(&hostile), ImportError::TooDeep);
    assert!(message(&ImportError::TooDeep).contains("genest"));
}

#[test]
fn missing_fields_are_a_structure_error() {
    let e = refused(r#"{"format":"vitaal-samenwerken","version":1,"samenwerking":{"id":"sw-1"}}"#);
    assert_eq!(e, ImportError::Structure("samenwerking.name".into()));
    assert!(message(&e).contains("onvolledig of beschadigd"));
    let e = refused(
        &include_str!("../fixtures/v1.vitaal.json").replace("\"kerngroep\"", "\"binnenste-ring\""),
    );
    assert_eq!(
        e,
        ImportError::Structure("samenwerking.partners[0].ring".into())
    );
}

/// The v4 fixture with the value at `pointer` replaced.
fn v4_with(pointer: &str, new: serde_json::Value) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    *value.pointer_mut(pointer).expect(pointer) = new;
    value.to_string()
}

/// Every object inside `value` (not `value` itself), as (the importer's name for its place,
/// its JSON pointer).
fn objects_in(value: &serde_json::Value, place: &str, pointer: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let children: Vec<(String, String, &serde_json::Value)> = match value {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                let place = if place.is_empty() {
                    k.clone()
                } else {
                    format!("{place}.{k}")
                };
                (place, format!("{pointer}/{k}"), v)
            })
            .collect(),
        serde_json::Value::Array(list) => list
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{place}[{i}]"), format!("{pointer}/{i}"), v))
            .collect(),
        _ => Vec::new(),
    };
    for (place, pointer, child) in children {
        if child.is_object() {
            found.push((place.clone(), pointer.clone()));
        }
        found.extend(objects_in(child, &place, &pointer));
    }
    found
}

#[test]
fn no_object_is_read_from_an_array_of_its_values() {
    // serde's derive would read a struct from an array of its fields in order (`"timer": []`
    // as all defaults); the format has objects only, so every object of the file refuses it.
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    let objects = objects_in(&fixture, "", "");
    assert!(objects.len() > 100, "{}", objects.len());
    for (place, pointer) in objects {
        let original = fixture.pointer(&pointer).unwrap().as_object().unwrap();
        for array in [
            serde_json::Value::Array(original.values().cloned().collect()),
            serde_json::json!([]),
        ] {
            assert_eq!(
                refused(&v4_with(&pointer, array)),
                ImportError::Structure(place.clone()),
                "{pointer}"
            );
        }
    }
}

#[test]
fn structure_errors_name_the_exact_place() {
    const S: &str = "/samenwerking";
    const B: &str = "/samenwerking/bijeenkomsten/0";
    const A: &str = "/samenwerking/scans/0/responses/0/answers/duidelijke-spelregels";
    let cases = [
        // `null` only where the format has an optional value.
        (
            format!("{S}/name"),
            serde_json::json!(null),
            "samenwerking.name",
        ),
        (
            format!("{S}/opgave"),
            serde_json::json!(null),
            "samenwerking.opgave",
        ),
        (
            format!("{S}/partners"),
            serde_json::json!(null),
            "samenwerking.partners",
        ),
        (
            format!("{B}/timer"),
            serde_json::json!(null),
            "samenwerking.bijeenkomsten[0].timer",
        ),
        (
            format!("{A}/remark"),
            serde_json::json!(null),
            A_PLACE_REMARK,
        ),
        // Integers exactly: no fraction (not even `.0`), no sign, nothing too large.
        (
            format!("{S}/created_ms"),
            serde_json::json!(1.0),
            "samenwerking.created_ms",
        ),
        (
            format!("{S}/created_ms"),
            serde_json::json!(-1),
            "samenwerking.created_ms",
        ),
        (
            format!("{B}/timer/elapsed_ms"),
            serde_json::json!(1.5),
            "samenwerking.bijeenkomsten[0].timer.elapsed_ms",
        ),
        (
            format!("{B}/minutes/oordeelsvorming"),
            serde_json::json!(20.0),
            "samenwerking.bijeenkomsten[0].minutes.oordeelsvorming",
        ),
        (
            format!("{B}/minutes/oordeelsvorming"),
            serde_json::json!(4_294_967_296u64),
            "samenwerking.bijeenkomsten[0].minutes.oordeelsvorming",
        ),
        (format!("{A}/score"), serde_json::json!(256), A_PLACE_SCORE),
        (format!("{A}/score"), serde_json::json!(3.0), A_PLACE_SCORE),
        (format!("{A}/score"), serde_json::json!("3"), A_PLACE_SCORE),
        // Enums by their names, also as keys.
        (
            format!("{S}/partners/2/kind"),
            serde_json::json!("Formeel"),
            "samenwerking.partners[2].kind",
        ),
        (
            format!("{B}/minutes"),
            serde_json::json!({"pauze": 5}),
            "samenwerking.bijeenkomsten[0].minutes.pauze",
        ),
        // A paper row is six counts.
        (
            "/samenwerking/scans/0/paper/counts".to_string(),
            serde_json::json!({"minimale-massa": [1, 2, 3, 4, 5, 6, 7]}),
            "samenwerking.scans[0].paper.counts.minimale-massa",
        ),
    ];
    for (pointer, value, place) in cases {
        let e = refused(&v4_with(&pointer, value.clone()));
        assert_eq!(
            e,
            ImportError::Structure(place.to_string()),
            "{pointer} = {value}"
        );
        let m = message(&e);
        assert!(
            m.contains(&format!("(plaats in het bestand: {place}).")),
            "{m}"
        );
    }
    // A missing field is named as where it should be.
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    value["samenwerking"]["partners"][1]
        .as_object_mut()
        .unwrap()
        .remove("kind");
    assert_eq!(
        refused(&value.to_string()),
        ImportError::Structure("samenwerking.partners[1].kind".into())
    );
    // `null` is a value where the format has an optional one.
    for pointer in [
        format!("{S}/route"),
        format!("{B}/scan"),
        format!("{B}/timer/running_since_ms"),
    ] {
        assert!(
            file::import(&v4_with(&pointer, serde_json::json!(null))).is_ok(),
            "{pointer}"
        );
    }
}

const A_PLACE_REMARK: &str =
    "samenwerking.scans[0].responses[0].answers.duidelijke-spelregels.remark";

const A_PLACE_SCORE: &str =
    "samenwerking.scans[0].responses[0].answers.duidelijke-spelregels.score";

#[test]
fn hostile_text_is_refused_with_a_dutch_message() {
    let base = include_str!("../fixtures/v1.vitaal.json");
    let cases = [
        base.replace(
            "Samen ouder worden in Dorpsstad",
            "<script>alert(1)</script>",
        ),
        base.replace("Anna de Vries", "<img src=x onerror=alert(1)>"),
        base.replace(
            "Met aandacht voor eenzaamheid.",
            "<iframe src=javascript:alert(1)>",
        ),
    ];
    for text in &cases {
        let e = refused(text);
        assert!(
            matches!(e, ImportError::Content(DomainError::Markup(_))),
            "{e:?}"
        );
        let m = message(&e);
        assert!(m.contains("HTML-code"), "{m}");
    }
    // Ids are restricted, so they can never carry markup or path tricks into the page or URL.
    let e = refused(&base.replace("sw-mfx2k1-3h9a0b", "\\\"><svg onload=alert(1)>"));
    assert_eq!(e, ImportError::Content(DomainError::BadId));
}

#[test]
fn duplicate_partner_ids_in_a_file_are_refused() {
    let text =
        include_str!("../fixtures/v1.vitaal.json").replace("p-mfx2ka-1bc2d3", "p-mfx2k9-00a1b2");
    assert_eq!(
        refused(&text),
        ImportError::Content(DomainError::DuplicatePartner)
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", include_str!("../fixtures/v1.vitaal.json"));
    assert_eq!(file::import(&text).unwrap(), sample());
}
