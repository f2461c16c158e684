use super::*;
use serde_json::json;
use vitaal_core::domain::bijeenkomst::{Fase, Status};
use vitaal_core::domain::monitoring::{MAX_DOELEN, MAX_INDICATOREN, MAX_LEERLOG, MAX_METINGEN};
use vitaal_core::domain::scan::{
    MAX_PAPER_COUNT, MAX_REMARK_CHARS, MAX_RESPONSES, MAX_SCORE, MIN_SCORE,
};
use vitaal_core::domain::validate::{
    MAX_ACTIES, MAX_ACTIE_CHARS, MAX_BIJEENKOMSTEN, MAX_MINUTES, MAX_NAME_CHARS, MAX_NOTE_CHARS,
    MAX_OPGAVE_CHARS, MAX_PARTNERS, MAX_SCANS, MAX_TEXT_CHARS,
};
use vitaal_core::domain::werkblad::{self, MAX_ANSWERS, MAX_ROWS, MAX_WERKBLADEN};

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

/// The objects of a file that the schema describes, as (pointer, schema def) pairs.
const LEVELS: [(&str, &str); 20] = [
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
    (DOEL, "doel"),
    (BRON, "bron"),
    (INDICATOR, "indicator"),
    (METING, "meting"),
    (LEERLOG, "leerlogEntry"),
];

/// Decimal numbers (`getal`): text the importer reads by its pattern only, which the small
/// checker does not evaluate, so "x" there is refused by the importer only.
const PATTERN_ONLY: [(&str, &str); 3] = [
    (INDICATOR, "baseline"),
    (INDICATOR, "target"),
    (METING, "value"),
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
///
/// Monitoring (version 6): the first leerlog entry names werkbladen/3, bijeenkomsten/0 and the
/// indicator doelen/0/indicatoren/0; the first doel's `bron` names werkbladen/2 and one of its
/// answers (a key the importer reads as `block.item`).
const CROSS_REFERENCES: [(&str, &str); 13] = [
    (LEERLOG, "werkblad"),
    (LEERLOG, "bijeenkomst"),
    (LEERLOG, "indicator"),
    (INDICATOR, "id"),
    (BRON, "werkblad"),
    (BRON, "key"),
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
            // there; without its bijeenkomsten, werkbladen/0 names a meeting that is not there;
            // without the werkbladen, doelen or the first doel's indicatoren, the leerlog (and
            // the first doel's bron) name something that is not there.
            let breaks_a_reference = [
                ("/samenwerking", "scans"),
                ("/samenwerking", "bijeenkomsten"),
                ("/samenwerking", "werkbladen"),
                ("/samenwerking", "doelen"),
                (DOEL, "indicatoren"),
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
                    || (probe == json!("x")
                        && (CROSS_REFERENCES.contains(&(pointer, key.as_str()))
                            || PATTERN_ONLY.contains(&(pointer, key.as_str()))))
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
                // Recorded acties belong to a closed meeting only: see the test below.
                meeting.insert("acties_bij_afronding".into(), json!(null));
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
fn recorded_acties_agree_with_the_importer() {
    let stand = fixture()["samenwerking"]["bijeenkomsten"][0]["acties_bij_afronding"].clone();
    assert!(stand.is_array());
    let mut accepted = Vec::new();
    for (status, phase) in [
        ("gepland", json!(null)),
        ("bezig", json!("besluitvorming")),
        ("afgerond", json!("besluitvorming")),
    ] {
        for recorded in [json!(null), stand.clone(), json!([])] {
            let mut value = fixture();
            let meeting = object_at(&mut value, BOB);
            meeting.insert("status".into(), json!(status));
            meeting.insert("phase".into(), phase.clone());
            meeting.insert("acties_bij_afronding".into(), recorded.clone());
            if agree(&value, &format!("{status} {recorded}")) {
                accepted.push((status, recorded.is_null()));
            }
        }
    }
    assert_eq!(
        accepted,
        [
            ("gepland", true),
            ("bezig", true),
            ("afgerond", true),
            ("afgerond", false),
            ("afgerond", false)
        ]
    );
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
    let cases: [(&str, &str, usize); 31] = [
        (DOEL, "text", MAX_TEXT_CHARS),
        (INDICATOR, "name", MAX_NAME_CHARS),
        (INDICATOR, "method", MAX_TEXT_CHARS),
        (INDICATOR, "unit", MAX_NAME_CHARS),
        (INDICATOR, "measured_by", MAX_NAME_CHARS),
        (INDICATOR, "frequency", MAX_NAME_CHARS),
        (METING, "source", MAX_NAME_CHARS),
        (METING, "remark", MAX_TEXT_CHARS),
        (LEERLOG, "tried", MAX_TEXT_CHARS),
        (LEERLOG, "learned", MAX_TEXT_CHARS),
        (LEERLOG, "changes", MAX_TEXT_CHARS),
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
        (DOEL, "text"),
        (INDICATOR, "name"),
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
    // The werkbladen keep the fixture's ids (the leerlog and a doel name werkbladen/2 and /3).
    let with_werkblad_id: Make = |template, i| {
        let mut item = template.clone();
        let ids = fixture()["samenwerking"]["werkbladen"].clone();
        item["id"] = ids
            .get(i)
            .map_or_else(|| json!(format!("x-{i}")), |w| w["id"].clone());
        item
    };
    // The first doel keeps its ids (the leerlog names its first indicator); the others get
    // their own, and so do their indicatoren (unique across all doelen).
    let with_doel_ids: Make = |template, i| {
        let mut item = template.clone();
        if i > 0 {
            item["id"] = json!(format!("x-{i}"));
            for (j, indicator) in item["indicatoren"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .enumerate()
            {
                indicator["id"] = json!(format!("x-{i}-{j}"));
            }
        }
        item
    };
    let lists: [(&str, usize, Make); 12] = [
        ("/samenwerking/doelen", MAX_DOELEN, with_doel_ids),
        (
            "/samenwerking/doelen/0/indicatoren",
            MAX_INDICATOREN,
            with_scan_id,
        ),
        (
            "/samenwerking/doelen/0/indicatoren/0/metingen",
            MAX_METINGEN,
            with_id,
        ),
        ("/samenwerking/leerlog", MAX_LEERLOG, with_id),
        ("/samenwerking/partners", MAX_PARTNERS, with_id),
        (
            "/samenwerking/bijeenkomsten",
            MAX_BIJEENKOMSTEN,
            with_scan_id,
        ),
        ("/samenwerking/acties", MAX_ACTIES, with_id),
        ("/samenwerking/scans", MAX_SCANS, with_scan_id),
        ("/samenwerking/scans/1/responses", MAX_RESPONSES, with_id),
        ("/samenwerking/werkbladen", MAX_WERKBLADEN, with_werkblad_id),
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
