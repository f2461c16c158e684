use super::*;
use vitaal_core::domain::file::CURRENT_VERSION;
use vitaal_core::domain::scan::{self, Source, MAX_PAPER_COUNT};
use vitaal_core::domain::validate::{self, DomainError};

#[test]
fn a_version_1_file_migrates_to_a_samenwerking_without_meetings() {
    let s = file::import(include_str!("../fixtures/v1.vitaal.json")).unwrap();
    assert!(s.bijeenkomsten.is_empty());
    assert!(s.acties.is_empty());
    assert!(s.scans.is_empty());
    // Exporting writes the current version, which reads back the same.
    let again = file::export(&s, 1);
    assert!(again.contains(&format!("\"version\":{CURRENT_VERSION}")));
    assert_eq!(file::import(&again).unwrap(), s);
}

#[test]
fn a_version_2_file_migrates_to_a_samenwerking_without_scans() {
    let s = file::import(include_str!("../fixtures/v2.vitaal.json")).unwrap();
    assert!(s.scans.is_empty());
    assert_eq!(s.bijeenkomsten.len(), 2);
    assert!(s.bijeenkomsten.iter().all(|b| b.scan.is_none()));
    let again = file::export(&s, 1);
    let value: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(value["version"], CURRENT_VERSION);
    assert_eq!(value["samenwerking"]["scans"], serde_json::json!([]));
    assert_eq!(
        value["samenwerking"]["bijeenkomsten"][0]["scan"],
        serde_json::Value::Null
    );
    assert_eq!(file::import(&again).unwrap(), s);
}

#[test]
fn every_older_fixture_reads_like_its_own_migration() {
    // A version 1 or 2 file with its version number raised by hand and without the fields of
    // later versions reads exactly as the migrated file: each step only adds empty fields.
    let v2 = file::import(include_str!("../fixtures/v2.vitaal.json")).unwrap();
    let raised =
        include_str!("../fixtures/v2.vitaal.json").replace("\"version\": 2", "\"version\": 3");
    assert_eq!(file::import(&raised).unwrap(), v2);
    let v1 = file::import(include_str!("../fixtures/v1.vitaal.json")).unwrap();
    let raised =
        include_str!("../fixtures/v1.vitaal.json").replace("\"version\": 1", "\"version\": 3");
    assert_eq!(file::import(&raised).unwrap(), v1);
}

#[test]
fn the_version_3_fixture_reads_scans_exactly() {
    let s = file::import(include_str!("../fixtures/v3.vitaal.json")).unwrap();
    // Everything of version 2 is still there.
    assert_eq!((s.partners.len(), s.acties.len()), (3, 2));
    assert_eq!(s.bijeenkomsten.len(), 3);
    assert_eq!(s.bijeenkomsten[0].status, Status::Afgerond);
    assert_eq!(s.bijeenkomsten[0].scan, None);

    assert_eq!(s.scans.len(), 2);
    let (old, new) = (&s.scans[0], &s.scans[1]);
    assert_eq!(
        (old.title.as_str(), new.title.as_str()),
        ("Startscan", "Tussenmeting najaar")
    );
    assert!(old.created_ms < new.created_ms);
    assert!(s.scans.iter().all(|c| c.samenwerking == s.id && c.revealed));
    assert_eq!(old.responses.len(), 3);
    assert!(old.responses.iter().all(|r| r.source == Source::Laptop));
    assert!(old.paper.is_empty());
    let sources: Vec<Source> = new.responses.iter().map(|r| r.source).collect();
    assert_eq!(sources, [Source::Laptop, Source::File, Source::Paper]);
    let els = new.response("r-mfz012-4e5f6a").unwrap();
    assert_eq!(
        (els.name.as_str(), els.organisation.as_str()),
        ("Els Bakker", "KBO-PCOB afdeling Dorpsstad")
    );
    let unsure = &els.answers["gezamenlijke-identiteit-en-taal"];
    assert_eq!(unsure.score, None);
    assert_eq!(
        unsure.remark,
        "Ik ben te kort betrokken om dit te beoordelen."
    );
    assert_eq!(
        new.responses[0].answers["duidelijke-spelregels"].remark,
        "Wie beslist wat, is nog steeds niet duidelijk.\nGraag één keer op papier."
    );
    assert_eq!(new.paper.get("openheid-en-vertrouwen"), [1, 2, 0, 1, 0, 1]);
    // Openheid en vertrouwen: 1 (laptop), 5 (file), 5 (paper form) and the paper round's
    // 2 × 1, 1 × 3 and 1 × 5, plus one "weet ik niet" card.
    assert_eq!(new.counts("openheid-en-vertrouwen"), [1, 3, 0, 1, 0, 3]);

    // The planned meeting's agenda is the newer scan's suggestion of three (in content order),
    // and it is the meeting the next suggestion would go to.
    let planned = &s.bijeenkomsten[2];
    assert_eq!(planned.status, Status::Gepland);
    assert_eq!(planned.scan.as_deref(), Some(new.id.as_str()));
    assert_eq!(
        s.next_planned().map(|b| b.id.as_str()),
        Some(planned.id.as_str())
    );
    let agenda: Vec<&str> = planned
        .agenda
        .iter()
        .map(|i| i.ingredient.as_str())
        .collect();
    assert_eq!(
        agenda,
        [
            "openheid-en-vertrouwen",
            "gelijkwaardige-inbreng",
            "voldoende-tijd"
        ]
    );
    assert_eq!(
        new.agenda_suggestion(3),
        [
            "openheid-en-vertrouwen",
            "voldoende-tijd",
            "gelijkwaardige-inbreng"
        ]
    );
    assert_eq!(file::import(&file::export(&s, 5)).unwrap(), s);
}

#[test]
fn a_version_3_file_migrates_to_a_samenwerking_without_werkbladen() {
    let v3 = file::import(include_str!("../fixtures/v3.vitaal.json")).unwrap();
    assert!(v3.werkbladen.is_empty());
    // Everything else of version 3 is still there.
    assert_eq!(
        (
            v3.partners.len(),
            v3.bijeenkomsten.len(),
            v3.acties.len(),
            v3.scans.len()
        ),
        (3, 3, 2, 2)
    );
    let again = file::export(&v3, 1);
    let value: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(value["version"], CURRENT_VERSION);
    assert_eq!(value["samenwerking"]["werkbladen"], serde_json::json!([]));
    assert_eq!(file::import(&again).unwrap(), v3);
    // A version 3 file with its version raised by hand reads the same: the step only adds an
    // empty list.
    let raised =
        include_str!("../fixtures/v3.vitaal.json").replace("\"version\": 3", "\"version\": 4");
    assert_eq!(file::import(&raised).unwrap(), v3);
    // A version 3 file that already has werkbladen keeps them (the step adds, never replaces).
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    value["version"] = 3.into();
    assert_eq!(
        file::import(&value.to_string()).unwrap().werkbladen.len(),
        3
    );
}

#[test]
fn the_version_4_fixture_loads_with_its_werkbladen() {
    let v4 = file::import(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    // The version 3 content is unchanged.
    let v3 = file::import(include_str!("../fixtures/v3.vitaal.json")).unwrap();
    assert_eq!(
        Samenwerking {
            werkbladen: Vec::new(),
            ..v4.clone()
        },
        v3
    );
    let summary: Vec<(&str, &str, Option<&str>, usize, usize)> = v4
        .werkbladen
        .iter()
        .map(|w| {
            (
                w.id.as_str(),
                w.template.as_str(),
                w.bijeenkomst.as_deref(),
                w.answers.len(),
                w.rows.len(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "wb-mfy006-p7q8r9",
                "willen-kunnen",
                Some("bk-mfy001-a1b2c3"),
                14,
                0
            ),
            ("wb-mfy007-s1t2u3", "eisenhower", None, 0, 5),
            ("wb-mfy009-v4w5x6", "visievierluik", None, 8, 0),
        ]
    );
    assert_eq!(
        v4.werkbladen[0].answers["checklist.prioriteit@p-mfx2ka-1bc2d3"],
        "nee"
    );
    assert_eq!(v4.werkbladen[2].answers["ambitie.belofte"], "4");
    let doen = &v4.werkbladen[1].rows[0];
    assert_eq!(
        (doen.text.as_str(), doen.urgent, doen.belangrijk),
        ("Vrijwilligers werven voor de koffieochtend", true, true)
    );
    assert_eq!(file::import(&file::export(&v4, 5)).unwrap(), v4, "lossless");
}

#[test]
fn every_fixture_migrates_to_the_current_version_and_back() {
    for (version, text) in [
        (1, include_str!("../fixtures/v1.vitaal.json")),
        (2, include_str!("../fixtures/v2.vitaal.json")),
        (3, include_str!("../fixtures/v3.vitaal.json")),
        (4, include_str!("../fixtures/v4.vitaal.json")),
        (5, include_str!("../fixtures/v5.vitaal.json")),
    ] {
        let s = file::import(text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        let again = file::export(&s, 9);
        let value: serde_json::Value = serde_json::from_str(&again).unwrap();
        assert_eq!(value["version"], CURRENT_VERSION, "v{version}");
        assert!(value["samenwerking"]["scans"].is_array(), "v{version}");
        assert!(value["samenwerking"]["werkbladen"].is_array(), "v{version}");
        assert_eq!(file::import(&again).unwrap(), s, "v{version}");
    }
}

#[test]
fn hostile_scans_in_a_file_are_refused_with_the_right_error() {
    let base = include_str!("../fixtures/v3.vitaal.json");
    let remark = "Wie beslist wat, is nog steeds niet duidelijk.\\nGraag één keer op papier.";
    assert!(base.contains(remark));
    let cases = [
        (
            base.replace(remark, "<img src=x onerror=alert(1)>"),
            DomainError::Markup(Field::Note),
        ),
        (
            base.replacen("\"score\": 4,", "\"score\": 9,", 1),
            DomainError::BadScore {
                ingredient: "minimale-massa".into(),
                score: 9,
            },
        ),
        (
            base.replacen("\"score\": 4,", "\"score\": 0,", 1),
            DomainError::BadScore {
                ingredient: "minimale-massa".into(),
                score: 0,
            },
        ),
        (
            base.replace("\"gezamenlijk-belang\": {", "\"gezellig-samenzijn\": {"),
            DomainError::UnknownIngredient,
        ),
        (
            base.replace("\"title\": \"Startscan\"", "\"title\": \"<script>alert(1)</script>\""),
            DomainError::Markup(Field::Name),
        ),
        (
            // A scan of another samenwerking slipped into this one.
            base.replacen("\"samenwerking\": \"sw-mfx2k1-3h9a0b\"", "\"samenwerking\": \"sw-ander\"", 1),
            DomainError::ForeignScan,
        ),
        (
            base.replace("\"sc-mfx3a0-4k5l6m\"", "\"sc-mfz010-7n8p9q\""),
            DomainError::DuplicateId,
        ),
        (
            base.replace("\"r-mfx3a2-1b2c3d\"", "\"r-mfx3a1-0a1b2c\""),
            DomainError::DuplicateId,
        ),
        (
            // The planned meeting names a scan that is not in the file.
            base.replace("\"scan\": \"sc-mfz010-7n8p9q\"", "\"scan\": \"sc-weg\""),
            DomainError::NotFound,
        ),
        (
            base.replace("\"scan\": \"sc-mfz010-7n8p9q\"", "\"scan\": \"<b>\""),
            DomainError::BadId,
        ),
        (
            base.replace("\"paper\": {\n          \"counts\": {}\n        }", "\"paper\": {\n          \"counts\": {\"voldoende-tijd\": [0, 0, 0, 0, 0, 10001]}\n        }"),
            DomainError::PaperCount { max: MAX_PAPER_COUNT },
        ),
    ];
    for (text, expected) in cases {
        assert_ne!(text, base, "{expected:?}: the fixture was not changed");
        let e = refused(&text);
        assert_eq!(e, ImportError::Content(expected.clone()));
        let m = message(&e);
        assert!(m.contains(&t().domain_error(&expected)), "{m}");
    }
    // A response without a single answer.
    let mut value: serde_json::Value = serde_json::from_str(base).unwrap();
    value["samenwerking"]["scans"][0]["responses"][0]["answers"] = serde_json::json!({});
    assert_eq!(
        refused(&value.to_string()),
        ImportError::Content(DomainError::NoAnswers)
    );
    // A score that is no small number at all is a damaged file.
    let text = base.replacen("\"score\": 4,", "\"score\": 400,", 1);
    assert!(matches!(refused(&text), ImportError::Structure(_)));
    let text = base.replacen("\"source\": \"laptop\"", "\"source\": \"telefoon\"", 1);
    assert!(matches!(refused(&text), ImportError::Structure(_)));
}

#[test]
fn too_many_scans_or_responses_are_refused() {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v3.vitaal.json")).unwrap();
    let mut value = base.clone();
    let template = value["samenwerking"]["scans"][0].clone();
    let scans = value["samenwerking"]["scans"].as_array_mut().unwrap();
    for i in scans.len()..=validate::MAX_SCANS {
        let mut extra = template.clone();
        extra["id"] = format!("sc-extra-{i}").into();
        scans.push(extra);
    }
    assert_eq!(
        refused(&value.to_string()),
        ImportError::Content(DomainError::TooManyScans {
            max: validate::MAX_SCANS
        })
    );
    value["samenwerking"]["scans"].as_array_mut().unwrap().pop();
    assert!(file::import(&value.to_string()).is_ok());

    let mut value = base;
    let responses = value["samenwerking"]["scans"][0]["responses"]
        .as_array_mut()
        .unwrap();
    let template = responses[0].clone();
    for i in responses.len()..=scan::MAX_RESPONSES {
        let mut extra = template.clone();
        extra["id"] = format!("r-extra-{i}").into();
        responses.push(extra);
    }
    assert_eq!(
        refused(&value.to_string()),
        ImportError::Content(DomainError::TooManyResponses {
            max: scan::MAX_RESPONSES
        })
    );
}

#[test]
fn the_version_2_fixture_reads_meetings_and_actions_exactly() {
    let s = file::import(include_str!("../fixtures/v2.vitaal.json")).unwrap();
    assert_eq!(s.bijeenkomsten.len(), 2);
    let bob = &s.bijeenkomsten[0];
    assert_eq!(bob.vorm, Vorm::Bob);
    assert_eq!(bob.status, Status::Afgerond);
    assert_eq!(bob.place, "Buurthuis De Schakel");
    assert_eq!(
        bob.agenda[0].note(Fase::Oordeelsvorming),
        "We willen elkaar vaker informeel ontmoeten."
    );
    assert_eq!(bob.agenda[0].checks.gehoord, Some(CheckAntwoord::Deels));
    assert_eq!(bob.agenda[0].checks.niet_aan_boord, ["p-mfx2kb-2cd3e4"]);
    assert_eq!(
        bob.besluiten[0].text,
        "Elke maand een koffieochtend voor alle partners."
    );
    let barb = &s.bijeenkomsten[1];
    assert_eq!((barb.vorm, barb.phase), (Vorm::Barb, Some(Fase::Revisie)));
    assert_eq!(barb.timer.running_since_ms, Some(1_795_200_000_000));
    assert_eq!(
        barb.agenda[0].achterban["Welzijn Dorpsstad"],
        "Ja, één keer per maand."
    );
    assert_eq!(s.acties.len(), 2);
    assert_eq!(s.open_acties().len(), 1);
    assert_eq!(
        s.acties[1].wat,
        "Spelregels op één A4 zetten; \"concept\" delen"
    );
    assert_eq!(file::import(&file::export(&s, 5)).unwrap(), s);
}

#[test]
fn a_version_4_file_migrates_to_meetings_without_recorded_acties() {
    let v4 = file::import(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    // Nothing is known about the acties at an earlier close: every meeting gets none, and the
    // verslag of the closed one shows today's status, as before.
    assert!(v4
        .bijeenkomsten
        .iter()
        .all(|b| b.acties_bij_afronding.is_none()));
    let again = file::export(&v4, 1);
    let value: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(value["version"], CURRENT_VERSION);
    for b in value["samenwerking"]["bijeenkomsten"].as_array().unwrap() {
        assert_eq!(
            b["acties_bij_afronding"],
            serde_json::Value::Null,
            "always written"
        );
    }
    assert_eq!(file::import(&again).unwrap(), v4);
    // A version 4 file with its version raised by hand reads the same: the step only adds null.
    let raised =
        include_str!("../fixtures/v4.vitaal.json").replace("\"version\": 4", "\"version\": 5");
    assert_eq!(file::import(&raised).unwrap(), v4);
    // A version 4 file that already has the field keeps it (the step adds, never replaces).
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v5.vitaal.json")).unwrap();
    value["version"] = 4.into();
    assert!(file::import(&value.to_string()).unwrap().bijeenkomsten[0]
        .acties_bij_afronding
        .is_some());
}

#[test]
fn every_older_fixture_migrates_to_the_current_version() {
    // Each fixture, read and written again, is a current file that reads back the same.
    for (version, text) in [
        (1, include_str!("../fixtures/v1.vitaal.json")),
        (2, include_str!("../fixtures/v2.vitaal.json")),
        (3, include_str!("../fixtures/v3.vitaal.json")),
        (4, include_str!("../fixtures/v4.vitaal.json")),
    ] {
        let s = file::import(text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        assert!(
            s.bijeenkomsten
                .iter()
                .all(|b| b.acties_bij_afronding.is_none()),
            "v{version}"
        );
        let again = file::export(&s, 1);
        assert!(again.contains(&format!("\"version\":{CURRENT_VERSION}")));
        assert_eq!(file::import(&again).unwrap(), s, "v{version}");
    }
}

#[test]
fn the_version_5_fixture_reads_the_acties_at_the_close() {
    let v5 = file::import(include_str!("../fixtures/v5.vitaal.json")).unwrap();
    // The version 4 content is unchanged.
    let v4 = file::import(include_str!("../fixtures/v4.vitaal.json")).unwrap();
    let mut without = v5.clone();
    for b in &mut without.bijeenkomsten {
        b.acties_bij_afronding = None;
    }
    assert_eq!(without, v4);
    let closed = &v5.bijeenkomsten[0];
    assert_eq!(closed.status, Status::Afgerond);
    let stand: Vec<(&str, ActieStatus)> = closed
        .acties_bij_afronding
        .as_ref()
        .unwrap()
        .iter()
        .map(|x| (x.actie.as_str(), x.status))
        .collect();
    assert_eq!(
        stand,
        [
            ("ac-mfy004-j1k2l3", ActieStatus::Open),
            ("ac-mfy005-m4n5o6", ActieStatus::Open)
        ]
    );
    assert!(v5.bijeenkomsten[1..]
        .iter()
        .all(|b| b.acties_bij_afronding.is_none()));
    // The koffieochtend was open when the verslag was sent and is done now.
    let md = vitaal_core::report::verslag_markdown(t(), &v5, closed);
    assert!(
        md.contains("| Eerste koffieochtend organiseren | Anna de Vries | 1 oktober 2026 | Open (nu: klaar) |"),
        "{md}"
    );
    assert_eq!(file::import(&file::export(&v5, 5)).unwrap(), v5);
}

#[test]
fn recorded_acties_are_refused_on_a_meeting_that_is_not_closed_or_with_an_id_twice() {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v5.vitaal.json")).unwrap();
    let mut running = base.clone();
    running["samenwerking"]["bijeenkomsten"][1]["acties_bij_afronding"] =
        base["samenwerking"]["bijeenkomsten"][0]["acties_bij_afronding"].clone();
    assert_eq!(
        file::import(&running.to_string()),
        Err(ImportError::Content(DomainError::FaseMismatch))
    );
    let mut twice = base.clone();
    twice["samenwerking"]["bijeenkomsten"][0]["acties_bij_afronding"][1]["actie"] =
        "ac-mfy004-j1k2l3".into();
    assert_eq!(
        file::import(&twice.to_string()),
        Err(ImportError::Content(DomainError::DuplicateId))
    );
    let mut bad = base;
    bad["samenwerking"]["bijeenkomsten"][0]["acties_bij_afronding"][0]["status"] = "af".into();
    assert!(matches!(
        file::import(&bad.to_string()),
        Err(ImportError::Structure(_))
    ));
}

#[test]
fn a_version_5_file_migrates_to_a_samenwerking_without_monitoring() {
    let v5 = file::import(include_str!("../fixtures/v5.vitaal.json")).unwrap();
    assert!(v5.doelen.is_empty() && v5.leerlog.is_empty());
    assert!(v5
        .partners
        .iter()
        .all(|p| p.joined.is_empty() && p.left.is_empty()));
    assert!(v5.bijeenkomsten.iter().all(|b| b.programma.is_empty()));
    let again = file::export(&v5, 1);
    let value: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(value["version"], 6);
    assert_eq!(value["samenwerking"]["doelen"], serde_json::json!([]));
    assert_eq!(value["samenwerking"]["leerlog"], serde_json::json!([]));
    assert_eq!(value["samenwerking"]["partners"][0]["joined"], "");
    assert_eq!(value["samenwerking"]["partners"][0]["left"], "");
    assert_eq!(
        value["samenwerking"]["bijeenkomsten"][0]["programma"],
        serde_json::json!([])
    );
    assert_eq!(file::import(&again).unwrap(), v5);
    // A version 5 file with its version raised by hand reads the same: the step only adds
    // empty lists and empty dates.
    let raised =
        include_str!("../fixtures/v5.vitaal.json").replace("\"version\": 5", "\"version\": 6");
    assert_ne!(raised, include_str!("../fixtures/v5.vitaal.json"));
    assert_eq!(file::import(&raised).unwrap(), v5);
    // A version 5 file that already has doelen keeps them (the step adds, never replaces).
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v6.vitaal.json")).unwrap();
    value["version"] = 5.into();
    let kept = file::import(&value.to_string()).unwrap();
    assert_eq!(kept.doelen.len(), 2);
    assert_eq!(kept.partners[0].joined, "2026-01-15");
}

#[test]
fn every_earlier_fixture_migrates_to_version_6() {
    assert_eq!(CURRENT_VERSION, 6);
    for (version, text) in [
        (1, include_str!("../fixtures/v1.vitaal.json")),
        (2, include_str!("../fixtures/v2.vitaal.json")),
        (3, include_str!("../fixtures/v3.vitaal.json")),
        (4, include_str!("../fixtures/v4.vitaal.json")),
        (5, include_str!("../fixtures/v5.vitaal.json")),
    ] {
        let s = file::import(text).unwrap_or_else(|e| panic!("v{version}: {e:?}"));
        assert!(s.doelen.is_empty() && s.leerlog.is_empty(), "v{version}");
        let again = file::export(&s, 1);
        let value: serde_json::Value = serde_json::from_str(&again).unwrap();
        assert_eq!(value["version"], 6, "v{version}");
        assert!(value["samenwerking"]["doelen"].is_array(), "v{version}");
        assert!(value["samenwerking"]["leerlog"].is_array(), "v{version}");
        assert_eq!(file::import(&again).unwrap(), s, "v{version}");
    }
}

#[test]
fn the_version_6_fixture_reads_every_monitoring_field_exactly() {
    use vitaal_core::domain::monitoring::{Getal, Lus, Schaal, Stap, Voortgang};
    let v6 = file::import(include_str!("../fixtures/v6.vitaal.json")).unwrap();
    // The version 5 content is unchanged, apart from the new werkblad for the experiment and
    // the first meeting's programme.
    let v5 = file::import(include_str!("../fixtures/v5.vitaal.json")).unwrap();
    let mut without = v6.clone();
    let programma = std::mem::take(&mut without.bijeenkomsten[0].programma);
    assert_eq!(
        programma
            .iter()
            .map(|p| (p.id.as_str(), p.minutes, p.werkblad.as_deref()))
            .collect::<Vec<_>>(),
        [
            ("welkom", 15, None),
            ("willen-kunnen", 30, Some("wb-mfy006-p7q8r9"))
        ]
    );
    without.doelen.clear();
    without.leerlog.clear();
    without.werkbladen.pop();
    for p in &mut without.partners {
        p.joined.clear();
        p.left.clear();
    }
    without.updated_ms = v5.updated_ms;
    assert_eq!(without, v5);

    let joined: Vec<(&str, &str)> = v6
        .partners
        .iter()
        .map(|p| (p.joined.as_str(), p.left.as_str()))
        .collect();
    assert_eq!(
        joined,
        [("2026-01-15", ""), ("2026-03-01", "2026-10-31"), ("", "")]
    );

    assert_eq!(v6.doelen.len(), 2);
    let doel = &v6.doelen[0];
    assert_eq!(
        doel.text,
        "Elke oudere kent in 2028 een vast aanspreekpunt in de wijk."
    );
    let bron = doel.bron.as_ref().unwrap();
    assert_eq!(
        (bron.werkblad.as_str(), bron.key.as_str()),
        ("wb-mfy009-v4w5x6", "vierluik.waarvoor-gaan")
    );
    assert_eq!(
        (doel.created_ms, doel.updated_ms),
        (1_796_200_000_000, 1_796_300_000_000)
    );
    let gehoord = &doel.indicatoren[0];
    assert_eq!(gehoord.name, "Ouderen geven aan zich gehoord te voelen");
    assert_eq!(gehoord.method, "Korte vragenlijst bij de koffieochtend");
    assert_eq!(gehoord.scale, Schaal::Schaal15);
    assert_eq!(
        (gehoord.baseline, gehoord.target),
        (Some(Getal(250)), Some(Getal(400)))
    );
    assert_eq!(gehoord.measured_by, "Anna de Vries");
    assert_eq!(gehoord.frequency, "Twee keer per jaar");
    assert_eq!(gehoord.metingen.len(), 2);
    let m = &gehoord.metingen[1];
    assert_eq!(
        (
            m.date.as_str(),
            m.value,
            m.source.as_str(),
            m.remark.as_str()
        ),
        ("2026-09-01", Getal(325), "Vragenlijst najaar", "")
    );
    assert_eq!(gehoord.metingen[0].remark, "Nulmeting, 24 ouderen");
    // 2,5 → 3,25 of the way to 4: 50 %.
    assert_eq!(gehoord.voortgang(), Voortgang::Procent(50));
    let wachtlijst = &doel.indicatoren[1];
    assert_eq!(
        (wachtlijst.scale, wachtlijst.unit.as_str()),
        (Schaal::Aantal, "ouderen")
    );
    assert!(wachtlijst.lower_is_better());
    assert_eq!(wachtlijst.voortgang(), Voortgang::Procent(30));
    let tweede = &v6.doelen[1];
    assert!(tweede.bron.is_none());
    assert_eq!(tweede.indicatoren[0].scale, Schaal::Percentage);
    assert_eq!(tweede.indicatoren[0].baseline, None);
    assert_eq!(tweede.indicatoren[1].scale, Schaal::Vrij);
    assert_eq!(tweede.indicatoren[1].baseline, Some(Getal(-50)));
    assert_eq!(tweede.indicatoren[1].target, None);

    assert_eq!(v6.leerlog.len(), 2);
    let e = &v6.leerlog[0];
    assert_eq!(
        (e.date.as_str(), e.step, e.lus),
        ("2026-09-20", Stap::Leren, Some(Lus::Dubbel))
    );
    assert_eq!(
        e.tried,
        "Een koffieochtend op zaterdag in plaats van dinsdag."
    );
    assert_eq!(
        e.learned,
        "Er kwamen meer mantelzorgers, maar minder ouderen zonder vervoer."
    );
    assert_eq!(e.changes, "We regelen vervoer met de buurtbus.");
    assert_eq!(e.werkblad.as_deref(), Some("wb-mg0001-x1y2z3"));
    assert_eq!(e.bijeenkomst.as_deref(), Some("bk-mfy001-a1b2c3"));
    assert_eq!(e.indicator.as_deref(), Some("in-mg0003-b1"));
    let bare = &v6.leerlog[1];
    assert_eq!(
        (bare.step, bare.lus, bare.date.as_str()),
        (Stap::PlannenMaken, None, "")
    );
    assert!(bare.werkblad.is_none() && bare.bijeenkomst.is_none() && bare.indicator.is_none());

    // Lossless, and written as the fixture's values.
    let again = file::export(&v6, 5);
    assert_eq!(file::import(&again).unwrap(), v6);
    let value: serde_json::Value = serde_json::from_str(&again).unwrap();
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v6.vitaal.json")).unwrap();
    assert_eq!(value["samenwerking"], fixture["samenwerking"]);
}

#[test]
fn hostile_monitoring_in_a_file_is_refused() {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/v6.vitaal.json")).unwrap();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = base.clone();
        f(&mut v["samenwerking"]);
        file::import(&v.to_string())
    };
    let content = |e: DomainError| Err(ImportError::Content(e));
    assert_eq!(
        edit(&|s| s["leerlog"][0]["werkblad"] = "wb-weg".into()),
        content(DomainError::NotFound)
    );
    assert_eq!(
        edit(&|s| s["leerlog"][0]["bijeenkomst"] = "bk-weg".into()),
        content(DomainError::NotFound)
    );
    assert_eq!(
        edit(&|s| s["leerlog"][0]["indicator"] = "in-weg".into()),
        content(DomainError::NotFound)
    );
    assert_eq!(
        edit(&|s| s["doelen"][0]["bron"]["werkblad"] = "wb-weg".into()),
        content(DomainError::NotFound)
    );
    assert_eq!(
        edit(&|s| s["doelen"][0]["indicatoren"][0]["metingen"][0]["value"] = "6".into()),
        content(DomainError::BadValue)
    );
    assert_eq!(
        edit(&|s| s["doelen"][1]["indicatoren"][0]["target"] = "101".into()),
        content(DomainError::BadValue)
    );
    assert_eq!(
        edit(&|s| s["doelen"][0]["indicatoren"][1]["metingen"][0]["value"] = "-1".into()),
        content(DomainError::BadValue)
    );
    assert_eq!(
        edit(&|s| s["doelen"][1]["indicatoren"][0]["id"] = "in-mg0003-b1".into()),
        content(DomainError::DuplicateId)
    );
    assert_eq!(
        edit(&|s| s["doelen"][0]["text"] = "<script>x</script>".into()),
        content(DomainError::Markup(Field::Doel))
    );
    assert_eq!(
        edit(&|s| s["doelen"][0]["indicatoren"][0]["metingen"][0]["date"] = "".into()),
        content(DomainError::BadDate)
    );
    assert_eq!(
        edit(&|s| s["partners"][1]["left"] = "2026-01-01".into()),
        content(DomainError::BadDate)
    );
    assert_eq!(
        edit(&|s| s["leerlog"][1]["changes"] = "".into()),
        content(DomainError::EmptyEntry)
    );
    // A value must be a decimal text with a point: no number, no comma, no three decimals.
    for bad in [
        serde_json::json!(3),
        "3,5".into(),
        "3.125".into(),
        " 3".into(),
        "".into(),
    ] {
        let r = edit(&|s| s["doelen"][0]["indicatoren"][0]["baseline"] = bad.clone());
        assert!(
            matches!(r, Err(ImportError::Structure(ref p)) if p.ends_with("baseline")),
            "{bad}: {r:?}"
        );
    }
    let r = edit(&|s| s["leerlog"][0]["loop"] = "vierdubbel".into());
    assert!(matches!(r, Err(ImportError::Structure(_))), "{r:?}");
}
