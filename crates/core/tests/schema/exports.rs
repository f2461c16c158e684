use super::*;
use serde_json::json;
use vitaal_core::domain::scan::MAX_SCORE;
use vitaal_core::domain::validate::{MAX_MINUTES, MAX_NAME_CHARS};
use vitaal_core::domain::werkblad::Rij;
use vitaal_core::domain::{
    command, Command, ImportMode, PartnerKind, Ring, WerkbladChange, Workspace,
};

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

#[test]
fn the_fixture_and_fresh_exports_match_the_schema_exactly() {
    let errors = check_file(&fixture(), true);
    assert!(errors.is_empty(), "fixture: {errors:#?}");

    let imported = file::import(&fixture_text()).expect("fixture imports");
    assert_eq!(imported.bijeenkomsten.len(), 3);
    assert_eq!(imported.acties.len(), 2);
    assert_eq!(imported.scans.len(), 2);
    assert_eq!(imported.werkbladen.len(), 4);
    assert_eq!(imported.doelen.len(), 2);
    assert_eq!(imported.leerlog.len(), 2);
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

/// The example's data file (`content/voorbeeld.nl.json`, loaded on demand by the app) is a
/// samenwerking file like any other: it meets the schema strictly and imports.
#[test]
fn the_example_data_file_meets_the_schema() {
    let text = include_str!("../../../../content/voorbeeld.nl.json");
    let value: Value = serde_json::from_str(text).expect("JSON");
    assert_eq!(check_file(&value, true), Vec::<String>::new());
    assert!(imports(&value));
}
