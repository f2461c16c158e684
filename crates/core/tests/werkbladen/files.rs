use super::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use std::collections::BTreeMap;
use vitaal_core::domain::bijeenkomst::Bijeenkomst;
use vitaal_core::domain::file::{self, ImportError};
use vitaal_core::domain::validate;
use vitaal_core::domain::werkblad::{
    actie_nodig, eisenhower, product, progress, BlockKind, Key, Kwadrant, MAX_WERKBLADEN, NIVEAUS,
    SCALE_MAX,
};

// ---- werkbladen in files ----

const V4: &str = include_str!("../fixtures/v4.vitaal.json");
/// The fixture of the current version: version 5 plus doelen, a leerlog and partner dates.
const V6: &str = include_str!("../fixtures/v6.vitaal.json");

#[test]
fn the_v4_fixture_reads_its_werkbladen_exactly() {
    let s = file::import(V4).expect("the v4 fixture imports");
    assert_eq!(s.werkbladen.len(), 3);
    let (willen, eis, visie) = (&s.werkbladen[0], &s.werkbladen[1], &s.werkbladen[2]);
    assert_eq!(
        (willen.template.as_str(), willen.bijeenkomst.as_deref()),
        ("willen-kunnen", Some("bk-mfy001-a1b2c3"))
    );
    assert!(s.bijeenkomst("bk-mfy001-a1b2c3").is_some());
    assert_eq!(eis.bijeenkomst, None);
    assert_eq!(visie.title, "Visievierluik Dorpsstad");

    // Willen en kunnen: who still doubts.
    let nee: Vec<String> = actie_nodig(template("willen-kunnen"), willen, &s.partners)
        .into_iter()
        .filter(|f| f.nee)
        .map(|f| format!("{}.{}@{}", f.block, f.item, f.partner.unwrap()))
        .collect();
    assert_eq!(
        nee,
        [
            "ruime-blik.waarde-lange-termijn@p-mfx2ka-1bc2d3",
            "checklist.prioriteit@p-mfx2ka-1bc2d3",
            "checklist.ambitie-doelen@p-mfx2kb-2cd3e4",
        ]
    );
    assert_eq!(
        willen.answer(&Key::note(
            "checklist",
            "prioriteit",
            Some("p-mfx2ka-1bc2d3")
        )),
        "De vrijwilligers hebben het al druk met de zomeractiviteiten;\nna de zomer is er meer ruimte."
    );
    assert_eq!(progress(template("willen-kunnen"), willen, &s), (11, 36));

    // Eisenhower: the actie-agenda.
    let agenda: Vec<(Kwadrant, &str)> = eisenhower(eis, "onderwerpen")
        .into_iter()
        .map(|(k, r)| (k, r.text.as_str()))
        .collect();
    assert_eq!(
        agenda,
        [
            (Kwadrant::Doen, "Vrijwilligers werven voor de koffieochtend"),
            (
                Kwadrant::Doen,
                "Gesprek met de huisartsen over vervoer < 10 km"
            ),
            (Kwadrant::Plannen, "Spelregels op één A4 zetten"),
            (
                Kwadrant::Delegeren,
                "Nieuwsbrief van de gemeente beantwoorden"
            ),
            (Kwadrant::Laten, "Een logo voor de samenwerking"),
        ]
    );

    // Visievierluik: Ambitie 4 × 3 × 2.
    let ambitie = template("visievierluik").block("ambitie").unwrap();
    assert_eq!(product(ambitie, visie, None), Some(24));
    assert_eq!(progress(template("visievierluik"), visie, &s), (7, 7));

    // Export and import give back the same, and the re-export is the same text.
    let text = file::export(&s, 5);
    assert_eq!(file::import(&text).as_ref(), Ok(&s));
    assert_eq!(file::export(&file::import(&text).unwrap(), 5), text);
}

#[test]
fn the_current_fixture_is_what_the_app_exports() {
    // The fixture is pretty-printed; in every other way it is an export of itself.
    let s = file::import(V6).unwrap();
    let exported: serde_json::Value =
        serde_json::from_str(&file::export(&s, 1_797_000_000_000)).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(V6).unwrap();
    assert_eq!(exported, fixture);
}

#[test]
fn to_acties_works_on_the_fixture() {
    let mut ws = Workspace::default();
    let s = file::import(V4).unwrap();
    let id = s.id.clone();
    ws.apply(
        Command::Import {
            samenwerking: s,
            mode: ImportMode::New,
        },
        1,
    )
    .unwrap();
    ws.apply(
        Command::Werkblad {
            samenwerking: id.clone(),
            change: WerkbladChange::ToActies {
                werkblad: "wb-mfy007-s1t2u3".into(),
                block: "onderwerpen".into(),
                bijeenkomst: "bk-mfz020-r1s2t3".into(),
            },
        },
        2,
    )
    .unwrap();
    let s = ws.get(&id).unwrap();
    let new: Vec<(&str, &str)> = s.acties[2..]
        .iter()
        .map(|a| (a.id.as_str(), a.wat.as_str()))
        .collect();
    assert_eq!(
        new,
        [
            (
                "wb-mfy007-s1t2u3-rj-mfy008-0a1b2c",
                "Vrijwilligers werven voor de koffieochtend"
            ),
            (
                "wb-mfy007-s1t2u3-rj-mfy008-4e5f6a",
                "Gesprek met de huisartsen over vervoer < 10 km"
            ),
            (
                "wb-mfy007-s1t2u3-rj-mfy008-2c3d4e",
                "Spelregels op één A4 zetten"
            ),
        ]
    );
    assert!(s.acties[2..]
        .iter()
        .all(|a| a.bijeenkomst == "bk-mfz020-r1s2t3"));
    assert_eq!(file::import(&file::export(s, 3)).as_ref(), Ok(s));
}

fn refused_file(text: &str) -> DomainError {
    match file::import(text) {
        Err(ImportError::Content(e)) => e,
        other => panic!("expected a content error, got {other:?}"),
    }
}

#[test]
fn bad_werkbladen_in_a_file_are_refused() {
    let base: serde_json::Value = serde_json::from_str(V4).unwrap();
    type Mutation = fn(&mut serde_json::Value);
    let cases: [(&str, Mutation, DomainError); 14] = [
        (
            "unknown template",
            |v| v["samenwerking"]["werkbladen"][0]["template"] = "bestaat-niet".into(),
            DomainError::UnknownTemplate,
        ),
        (
            "link to a missing meeting",
            |v| v["samenwerking"]["werkbladen"][0]["bijeenkomst"] = "bk-weg".into(),
            DomainError::NotFound,
        ),
        (
            "bad link",
            |v| v["samenwerking"]["werkbladen"][0]["bijeenkomst"] = "<b>".into(),
            DomainError::BadId,
        ),
        (
            "same id twice",
            |v| v["samenwerking"]["werkbladen"][1]["id"] = "wb-mfy006-p7q8r9".into(),
            DomainError::DuplicateId,
        ),
        (
            "same row id twice",
            |v| v["samenwerking"]["werkbladen"][1]["rows"][1]["id"] = "rj-mfy008-0a1b2c".into(),
            DomainError::DuplicateId,
        ),
        (
            "row on a block without rows",
            |v| v["samenwerking"]["werkbladen"][1]["rows"][1]["block"] = "vierluik".into(),
            DomainError::BadAnswer,
        ),
        (
            "markup in an answer",
            |v| {
                v["samenwerking"]["werkbladen"][2]["answers"]["vierluik.kracht"] =
                    "<img src=x onerror=alert(1)>".into()
            },
            DomainError::Markup(Field::Antwoord),
        ),
        (
            "markup in a row",
            |v| v["samenwerking"]["werkbladen"][1]["rows"][0]["text"] = "<script>".into(),
            DomainError::Markup(Field::Onderwerp),
        ),
        (
            "a score of 6",
            |v| v["samenwerking"]["werkbladen"][2]["answers"]["ambitie.doen"] = "6".into(),
            DomainError::BadAnswer,
        ),
        (
            "a checklist answer without partner",
            |v| v["samenwerking"]["werkbladen"][0]["answers"]["checklist.prioriteit"] = "ja".into(),
            DomainError::BadAnswer,
        ),
        (
            "a key that is no key",
            |v| v["samenwerking"]["werkbladen"][2]["answers"]["vierluik"] = "x".into(),
            DomainError::BadAnswer,
        ),
        (
            "a key of another worksheet",
            |v| v["samenwerking"]["werkbladen"][2]["answers"]["doel.welk-doel"] = "x".into(),
            DomainError::BadAnswer,
        ),
        (
            "empty title",
            |v| v["samenwerking"]["werkbladen"][2]["title"] = " ".into(),
            DomainError::Empty(Field::Name),
        ),
        (
            "too many werkbladen",
            |v| {
                let list = v["samenwerking"]["werkbladen"].as_array_mut().unwrap();
                let template = list[1].clone();
                for i in list.len()..=MAX_WERKBLADEN {
                    let mut extra = template.clone();
                    extra["id"] = format!("wb-extra-{i}").into();
                    list.push(extra);
                }
            },
            DomainError::TooManyWerkbladen {
                max: MAX_WERKBLADEN,
            },
        ),
    ];
    for (what, mutate, error) in cases {
        let mut value = base.clone();
        mutate(&mut value);
        assert_ne!(value, base, "{what}: the fixture was not changed");
        assert_eq!(refused_file(&value.to_string()), error, "{what}");
    }
}

#[test]
fn answers_in_a_file_are_normalised_like_typed_ones() {
    let mut value: serde_json::Value = serde_json::from_str(V4).unwrap();
    let answers = &mut value["samenwerking"]["werkbladen"][2]["answers"];
    answers["vierluik.waartoe"] = "  Zodat ouderen thuis wonen.  ".into();
    answers["ambitie.belofte"] = " 5 ".into();
    // Empty answers are not stored.
    answers["vierluik.kracht"] = " ".into();
    // Answers about somebody who is not a partner are dropped, as the app drops them.
    value["samenwerking"]["werkbladen"][0]["answers"]["checklist.noodzaak@p-weg"] = "ja".into();
    let s = file::import(&value.to_string()).unwrap();
    let visie = &s.werkbladen[2];
    assert_eq!(
        visie.answers["vierluik.waartoe"],
        "Zodat ouderen thuis wonen."
    );
    assert_eq!(visie.answers["ambitie.belofte"], "5");
    assert!(!visie.answers.contains_key("vierluik.kracht"));
    assert!(!s.werkbladen[0]
        .answers
        .keys()
        .any(|k| k.ends_with("@p-weg")));
    assert_eq!(s.werkbladen[0].answers.len(), 14);
}

#[test]
fn werkbladen_survive_storage() {
    let s = file::import(V4).unwrap();
    let ws = Workspace {
        samenwerkingen: vec![s],
    };
    let text = storage::encode(&ws);
    assert!(text.contains("\"werkbladen\":[{"));
    assert_eq!(storage::decode(&text), Ok(ws));
}

// ---- property: any valid werkbladen survive export → import ----

/// Printable text of at most `max` characters, trimmed, never markup (as in file_format.rs).
fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("(\\PC|\n){{0,{max}}}"))
        .expect("regex")
        .prop_map(|text| text.replace('<', "< ").trim().to_string())
}

fn title_strategy() -> impl Strategy<Value = String> {
    proptest::string::string_regex("\\PC{0,40}")
        .expect("regex")
        .prop_map(|text| {
            let text = text.replace('<', "< ").trim().to_string();
            if text.is_empty() {
                "Werkblad".to_string()
            } else {
                text
            }
        })
}

/// What may go at a key.
#[derive(Clone, Copy, Debug)]
enum Slot {
    Text,
    Ja,
    JaNee,
    Score,
    Niveau,
}

/// Every key a werkblad of `template` can hold for these partners, with what goes there.
fn slots(template: &Template, partners: &[Partner]) -> Vec<(Key, Slot)> {
    let mut out = Vec::new();
    for b in &template.blocks {
        let value = match b.kind {
            BlockKind::Vragen => Slot::Text,
            BlockKind::Keuzes | BlockKind::Regels => Slot::Ja,
            BlockKind::Checklist => Slot::JaNee,
            BlockKind::Schaal => Slot::Score,
            BlockKind::Partnerkaart => {
                for p in partners {
                    out.push((Key::niveau(&b.id, &p.id), Slot::Niveau));
                }
                continue;
            }
            BlockKind::Onderwerpen | BlockKind::Route => continue,
        };
        for partner in werkblad::partners_of(b, partners) {
            for i in &b.items {
                out.push((Key::new(&b.id, &i.id, partner), value));
                if b.has_notes() {
                    out.push((Key::note(&b.id, &i.id, partner), Slot::Text));
                }
            }
        }
    }
    out
}

/// The makings of one werkblad; `build` turns them into one that fits the samenwerking.
#[derive(Clone, Debug)]
struct RawWerkblad {
    id: String,
    template: String,
    title: String,
    answers: Vec<(prop::sample::Index, String, u8, bool, prop::sample::Index)>,
    rows: Vec<(String, bool, bool, prop::sample::Index)>,
    link: Option<prop::sample::Index>,
    created_ms: u64,
    updated_ms: u64,
}

prop_compose! {
    fn raw_werkblad_strategy()(
        id in "[a-z0-9][a-z0-9-]{0,20}",
        template in prop::sample::select(template_ids()),
        title in title_strategy(),
        answers in proptest::collection::vec(
            (any::<prop::sample::Index>(), text_strategy(60), 1u8..=SCALE_MAX, any::<bool>(), any::<prop::sample::Index>()),
            0..16,
        ),
        rows in proptest::collection::vec(
            (text_strategy(60), any::<bool>(), any::<bool>(), any::<prop::sample::Index>()),
            0..6,
        ),
        link in prop::option::of(any::<prop::sample::Index>()),
        created_ms in 0u64..4_000_000_000_000,
        updated_ms in 0u64..4_000_000_000_000,
    ) -> RawWerkblad {
        RawWerkblad { id, template, title, answers, rows, link, created_ms, updated_ms }
    }
}

fn build(raw: RawWerkblad, n: usize, partners: &[Partner], meetings: &[Bijeenkomst]) -> Werkblad {
    let template = template(&raw.template);
    let slots = slots(template, partners);
    let mut answers = BTreeMap::new();
    if !slots.is_empty() {
        for (at, text, score, yes, niveau) in raw.answers {
            let (key, slot) = at.get(&slots);
            let value = match slot {
                Slot::Text => text,
                Slot::Ja => "ja".to_string(),
                Slot::JaNee => if yes { "ja" } else { "nee" }.to_string(),
                Slot::Score => score.to_string(),
                Slot::Niveau => niveau.get(&NIVEAUS).to_string(),
            };
            if !value.is_empty() {
                answers.insert(key.text(), value);
            }
        }
    }
    let row_blocks: Vec<&str> = template
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Onderwerpen | BlockKind::Regels))
        .map(|b| b.id.as_str())
        .collect();
    let rows = if row_blocks.is_empty() {
        Vec::new()
    } else {
        raw.rows
            .into_iter()
            .enumerate()
            .map(|(i, (text, urgent, belangrijk, block))| {
                let block = block.get(&row_blocks).to_string();
                // Only Eisenhower topics carry marks (an own rule's are dropped on import).
                let topics = template
                    .block(&block)
                    .is_some_and(|b| b.kind == BlockKind::Onderwerpen);
                Rij {
                    id: format!("r-{i}"),
                    block,
                    text,
                    urgent: topics && urgent,
                    belangrijk: topics && belangrijk,
                }
            })
            .collect()
    };
    Werkblad {
        id: format!("{}-{n}", raw.id),
        template: raw.template,
        title: raw.title,
        bijeenkomst: raw
            .link
            .filter(|_| !meetings.is_empty())
            .map(|at| at.get(meetings).id.clone()),
        answers,
        rows,
        created_ms: raw.created_ms,
        updated_ms: raw.updated_ms,
    }
}

prop_compose! {
    fn samenwerking_strategy()(
        id in "[a-z0-9][a-z0-9-]{0,20}",
        names in proptest::collection::vec("[A-Z][a-z]{0,10}", 0..4),
        meetings in 0usize..3,
        route in prop::option::of(prop::sample::select(Route::ALL.to_vec())),
        werkbladen in proptest::collection::vec(raw_werkblad_strategy(), 0..5),
    ) -> Samenwerking {
        let mut s = Samenwerking::new(id, "Dorpsstad".into(), 1);
        s.route = route;
        s.partners = names
            .iter()
            .enumerate()
            .map(|(i, name)| partner(&format!("p-{i}"), name))
            .collect();
        s.bijeenkomsten = (0..meetings)
            .map(|i| Bijeenkomst::new(format!("bk-{i}"), Vorm::Bob, String::new(), 2))
            .collect();
        s.werkbladen = werkbladen
            .into_iter()
            .enumerate()
            .map(|(n, raw)| build(raw, n, &s.partners, &s.bijeenkomsten))
            .collect();
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn valid_werkbladen_survive_export_and_import(s in samenwerking_strategy(), now in any::<u64>()) {
        // The generator makes only what the app accepts, exactly as the app stores it.
        prop_assert_eq!(validate::samenwerking(&s), Ok(s.clone()));
        let text = file::export(&s, now);
        prop_assert_eq!(file::import(&text), Ok(s.clone()));
        // And through a workspace and storage.
        let mut ws = Workspace::default();
        ws.apply(Command::Import { samenwerking: s.clone(), mode: ImportMode::New }, 7).unwrap();
        prop_assert_eq!(storage::decode(&storage::encode(&ws)), Ok(ws));
    }

    #[test]
    fn every_answer_the_generator_makes_is_accepted_by_a_command(s in samenwerking_strategy()) {
        // Typing the same answers in, one by one, gives the same werkbladen (times aside).
        let mut ws = Workspace::default();
        let empty = Samenwerking { werkbladen: Vec::new(), ..s.clone() };
        ws.apply(Command::Import { samenwerking: empty, mode: ImportMode::New }, 1).unwrap();
        for w in &s.werkbladen {
            let change = |change| Command::Werkblad { samenwerking: s.id.clone(), change };
            ws.apply(change(create(&w.id, &w.template, &w.title)), w.created_ms).unwrap();
            ws.apply(change(WerkbladChange::Link { werkblad: w.id.clone(), bijeenkomst: w.bijeenkomst.clone() }), 2).unwrap();
            for (key, value) in &w.answers {
                ws.apply(change(set(&w.id, key, value)), 3).unwrap();
            }
            for r in &w.rows {
                ws.apply(change(add_row(&w.id, &r.block, &r.id, &r.text)), 4).unwrap();
                ws.apply(change(update_row(&w.id, r.clone())), 5).unwrap();
            }
        }
        let typed = ws.get(&s.id).unwrap();
        prop_assert_eq!(typed.werkbladen.len(), s.werkbladen.len());
        for (a, b) in typed.werkbladen.iter().zip(&s.werkbladen) {
            prop_assert_eq!(&a.answers, &b.answers);
            prop_assert_eq!(&a.rows, &b.rows);
            prop_assert_eq!(&a.bijeenkomst, &b.bijeenkomst);
        }
    }

    #[test]
    fn the_importer_never_panics_on_mutated_werkbladen(cut in 0usize..6_000, insert in ".{0,8}") {
        // Mutations inside the werkbladen part of the v4 fixture.
        let start = V4.find("\"werkbladen\"").expect("werkbladen in the fixture");
        let mut cut = (start + cut).min(V4.len());
        while !V4.is_char_boundary(cut) { cut -= 1; }
        let text = format!("{}{}{}", &V4[..cut], insert, &V4[cut..]);
        if let Ok(s) = file::import(&text) {
            // Whatever is accepted is valid content.
            prop_assert_eq!(validate::samenwerking(&s), Ok(s));
        }
    }
}

#[test]
fn enough_generated_cases_have_werkbladen_of_every_kind() {
    // Guard against a generator that makes the property above vacuous.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = samenwerking_strategy();
    let (mut per_partner, mut notes, mut scores, mut texts, mut rows, mut links) =
        (0, 0, 0, 0, 0, 0);
    for _ in 0..200 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let keys = || s.werkbladen.iter().flat_map(|w| w.answers.iter());
        per_partner += usize::from(keys().any(|(k, _)| k.contains('@')));
        notes += usize::from(keys().any(|(k, _)| k.contains(".toelichting")));
        scores += usize::from(keys().any(|(_, v)| v.len() == 1 && v != "0"));
        texts += usize::from(keys().any(|(_, v)| v.contains('\n') || v.chars().count() > 10));
        rows += usize::from(s.werkbladen.iter().any(|w| !w.rows.is_empty()));
        links += usize::from(s.werkbladen.iter().any(|w| w.bijeenkomst.is_some()));
    }
    for (what, n) in [
        ("per-partner answers", per_partner),
        ("notes", notes),
        ("scores", scores),
        ("texts", texts),
        ("rows", rows),
        ("links", links),
    ] {
        assert!(
            n >= 30,
            "only {n} of 200 generated samenwerkingen with {what}"
        );
    }
}

#[test]
fn a_version_3_envelope_still_loads_with_no_werkbladen() {
    let store = storage::MemoryStore::default();
    let v3 = r#"{"format":"vitaal-samenwerken-opslag","version":3,"samenwerkingen":[{"id":"sw-1","name":"Oud","opgave":"","route":null,"partners":[],"bijeenkomsten":[],"acties":[],"scans":[],"created_ms":1,"updated_ms":2}]}"#;
    storage::KeyValueStore::set(&store, storage::KEY, v3).unwrap();
    match storage::load(&store) {
        storage::LoadOutcome::Loaded(ws) => {
            assert!(ws.get("sw-1").unwrap().werkbladen.is_empty());
            // The next save writes the current envelope, with the werkbladen.
            storage::save(&store, &ws).unwrap();
            let raw = storage::KeyValueStore::get(&store, storage::KEY)
                .unwrap()
                .unwrap();
            assert!(
                raw.contains(&format!("\"version\":{}", storage::CURRENT_VERSION)),
                "{raw}"
            );
            assert!(raw.contains(r#""werkbladen":[]"#), "{raw}");
            assert_eq!(storage::load(&store), storage::LoadOutcome::Loaded(ws));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn is_note_agrees_with_parsing() {
    for text in [
        "checklist.noodzaak",
        "checklist.noodzaak.toelichting",
        "checklist.noodzaak@p-1",
        "checklist.noodzaak.toelichting@p-1",
        "vierluik.toelichting",
        "ambitie.doen",
    ] {
        let parsed = Key::parse(text).expect(text);
        assert_eq!(Key::is_note(text), parsed.note, "{text}");
    }
}
