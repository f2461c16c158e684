//! The `.vitaal.json` format: lossless round-trips, every kind of bad file refused with its
//! Dutch message, and every version ever written still loads.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use vitaal_core::domain::bijeenkomst::*;
use vitaal_core::domain::file::{self, ImportError, CURRENT_VERSION, MAX_DEPTH, MAX_FILE_BYTES};
use vitaal_core::domain::scan::{
    self, PaperTally, Response, Scan, ScanAntwoord, Score, Source, MAX_PAPER_COUNT,
};
use vitaal_core::domain::validate::{self, DomainError};
use vitaal_core::domain::*;
use vitaal_core::i18n::t;

fn sample() -> Samenwerking {
    file::import(include_str!("../fixtures/v1.vitaal.json")).expect("fixture loads")
}

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

fn refused(text: &str) -> ImportError {
    file::import(text).expect_err("file should be refused")
}

fn message(e: &ImportError) -> String {
    let m = t().import_error(e);
    assert!(m.ends_with("Er is niets geïmporteerd of veranderd."), "{m}");
    m
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
    let text = include_str!("../fixtures/v1.vitaal.json").replace("\"version\": 1", "\"version\": 99");
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

// ---- property tests: export → import is lossless ----

/// Any printable Unicode (accents, emoji, quotes, backslashes, "<", "&"); with `lines`, also
/// line breaks. Text the app would refuse (markup such as "<b") is filtered out by the same
/// validation the app applies to what users type.
fn text_strategy(max: usize, lines: bool) -> impl Strategy<Value = String> {
    let pattern = if lines {
        format!("(\\PC|\n){{0,{max}}}")
    } else {
        format!("\\PC{{0,{max}}}")
    };
    // "<" stays in (as "< "), so markup-like text is rare and most cases are valid content.
    proptest::string::string_regex(&pattern)
        .expect("regex")
        .prop_map(|text| text.replace('<', "< "))
}

fn id_strategy() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,30}"
}

prop_compose! {
    fn partner_strategy()(
        id in id_strategy(),
        name in text_strategy(40, false),
        organisation in text_strategy(40, false),
        kind in prop::sample::select(PartnerKind::ALL.to_vec()),
        ring in prop::sample::select(Ring::ALL.to_vec()),
    ) -> Partner {
        Partner { id, name, organisation, kind, ring }
    }
}

fn ingredient_ids() -> Vec<String> {
    vitaal_core::domain::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

fn date_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (2000u32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

fn antwoord_strategy() -> impl Strategy<Value = Option<CheckAntwoord>> {
    prop::option::of(prop::sample::select(CheckAntwoord::ALL.to_vec()))
}

prop_compose! {
    fn agenda_item_strategy()(
        ingredient in prop::sample::select(ingredient_ids()),
        notes in proptest::collection::btree_map(prop::sample::select(Fase::ALL.to_vec()), text_strategy(80, true), 0..4),
        besproken in antwoord_strategy(),
        gehoord in antwoord_strategy(),
        besloten in antwoord_strategy(),
        niet_aan_boord in proptest::collection::vec(id_strategy(), 0..3),
        achterban_vragen in text_strategy(60, true),
        achterban in proptest::collection::btree_map(text_strategy(20, false), text_strategy(60, true), 0..3),
    ) -> AgendaItem {
        AgendaItem {
            ingredient,
            notes,
            checks: Checks { besproken, gehoord, besloten, niet_aan_boord },
            achterban_vragen,
            achterban,
        }
    }
}

prop_compose! {
    fn bijeenkomst_strategy()(
        id in id_strategy(),
        date in date_strategy(),
        place in text_strategy(30, false),
        attendees in proptest::collection::vec(id_strategy(), 0..4),
        vorm in prop::sample::select(Vorm::ALL.to_vec()),
        minutes in proptest::collection::btree_map(prop::sample::select(Fase::ALL.to_vec()), 0u32..=480, 0..5),
        agenda in proptest::collection::vec(agenda_item_strategy(), 0..4),
        stage in 0usize..6,
        elapsed_ms in 0u64..10_000_000,
        running_since_ms in prop::option::of(0u64..4_000_000_000_000),
        besluiten in proptest::collection::vec((id_strategy(), text_strategy(60, true), any::<bool>()), 0..3),
        created_ms in 0u64..4_000_000_000_000,
        updated_ms in 0u64..4_000_000_000_000,
    ) -> Bijeenkomst {
        // A consistent status/phase pair, as the app makes them.
        let phases = vorm.fasen();
        let (status, phase) = match stage {
            0 => (Status::Gepland, None),
            5 => (Status::Afgerond, Some(phases[phases.len() - 1])),
            n => (Status::Bezig, Some(phases[(n - 1) % phases.len()])),
        };
        let mut seen = std::collections::BTreeSet::new();
        let agenda: Vec<AgendaItem> = agenda.into_iter().filter(|i| seen.insert(i.ingredient.clone())).collect();
        let besluiten = besluiten
            .into_iter()
            .enumerate()
            .map(|(n, (id, text, about))| Besluit {
                id: format!("{id}-{n}"),
                ingredient: if about { agenda.first().map(|i| i.ingredient.clone()) } else { None },
                text,
            })
            .collect();
        Bijeenkomst {
            id, date, place, attendees, vorm, minutes, agenda, status, phase,
            timer: Timer { elapsed_ms, running_since_ms },
            besluiten, scan: None, created_ms, updated_ms,
        }
    }
}

fn score_strategy() -> impl Strategy<Value = Score> {
    // "Weet ik niet" (None) about as often as each score.
    prop_oneof![1 => Just(None), 5 => (1u8..=5).prop_map(Some)]
}

prop_compose! {
    fn answer_strategy()(score in score_strategy(), remark in text_strategy(40, true)) -> ScanAntwoord {
        ScanAntwoord { score, remark }
    }
}

prop_compose! {
    fn response_strategy()(
        id in id_strategy(),
        name in text_strategy(30, false),
        organisation in text_strategy(30, false),
        answers in proptest::collection::btree_map(prop::sample::select(ingredient_ids()), answer_strategy(), 1..6),
        submitted_ms in 0u64..4_000_000_000_000,
        source in prop::sample::select(Source::ALL.to_vec()),
    ) -> Response {
        Response { id, name, organisation, answers, submitted_ms, source }
    }
}

fn paper_counts_strategy() -> impl Strategy<Value = [u32; 6]> {
    prop_oneof![
        prop::array::uniform6(0u32..40),
        // Now and then an empty row (dropped by validation) or the largest count.
        Just([0; 6]),
        Just([MAX_PAPER_COUNT, 0, 0, 0, 0, 1]),
    ]
}

prop_compose! {
    /// A scan; its `samenwerking` is set by `samenwerking_strategy`.
    fn scan_strategy()(
        id in id_strategy(),
        title in text_strategy(40, false),
        created_ms in 0u64..4_000_000_000_000,
        revealed in any::<bool>(),
        responses in proptest::collection::vec(response_strategy(), 0..4),
        paper in proptest::collection::btree_map(prop::sample::select(ingredient_ids()), paper_counts_strategy(), 0..3),
    ) -> Scan {
        // Response ids are unique within a scan, as the app makes them.
        let responses = responses
            .into_iter()
            .enumerate()
            .map(|(i, r)| Response { id: format!("{}-{i}", r.id), ..r })
            .collect();
        Scan {
            id,
            samenwerking: String::new(),
            title,
            created_ms,
            revealed,
            responses,
            paper: PaperTally { counts: paper },
        }
    }
}

prop_compose! {
    fn actie_strategy()(
        id in id_strategy(),
        wat in text_strategy(60, false),
        wie in text_strategy(30, false),
        wanneer in date_strategy(),
        status in prop::sample::select(ActieStatus::ALL.to_vec()),
        ingredient in prop::option::of(prop::sample::select(ingredient_ids())),
        bijeenkomst in id_strategy(),
    ) -> Actie {
        Actie { id, wat, wie, wanneer, status, ingredient, bijeenkomst }
    }
}

prop_compose! {
    fn samenwerking_strategy()(
        id in id_strategy(),
        name in text_strategy(60, false),
        opgave in text_strategy(300, true),
        route in prop::option::of(prop::sample::select(Route::ALL.to_vec())),
        partners in proptest::collection::vec(partner_strategy(), 0..6),
        bijeenkomsten in proptest::collection::vec(bijeenkomst_strategy(), 0..3),
        acties in proptest::collection::vec(actie_strategy(), 0..4),
        scans in proptest::collection::vec(scan_strategy(), 0..3),
        links in proptest::collection::vec(prop::option::of(any::<prop::sample::Index>()), 3),
        created_ms in 0u64..4_000_000_000_000,
        updated_ms in 0u64..4_000_000_000_000,
    ) -> Samenwerking {
        // Partner ids are unique within a samenwerking, as the app makes them.
        let partners = partners
            .into_iter()
            .enumerate()
            .map(|(i, p)| Partner { id: format!("{}-{i}", p.id), ..p })
            .collect();
        // Scan ids are unique too, and every scan belongs to this samenwerking.
        let scans: Vec<Scan> = scans
            .into_iter()
            .enumerate()
            .map(|(i, s)| Scan { id: format!("{}-{i}", s.id), samenwerking: id.clone(), ..s })
            .collect();
        // A meeting may name one of the scans as the source of its agenda.
        let bijeenkomsten = bijeenkomsten
            .into_iter()
            .zip(links)
            .enumerate()
            .map(|(i, (b, link))| Bijeenkomst {
                id: format!("{}-{i}", b.id),
                scan: link.filter(|_| !scans.is_empty()).map(|at| at.get(&scans).id.clone()),
                ..b
            })
            .collect();
        let acties = acties
            .into_iter()
            .enumerate()
            .map(|(i, a)| Actie { id: format!("{}-{i}", a.id), ..a })
            .collect();
        Samenwerking { id, name, opgave, route, partners, bijeenkomsten, acties, scans, werkbladen: Vec::new(), created_ms, updated_ms }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_then_import_is_lossless(s in samenwerking_strategy(), now in any::<u64>()) {
        // Only content the app itself accepts can be exported, so normalise it the app's way.
        if let Ok(valid) = validate::samenwerking(&s) {
            let text = file::export(&valid, now);
            let back = file::import(&text).expect("own export must import");
            prop_assert_eq!(back, valid);
        }
    }

    #[test]
    fn a_round_trip_through_a_workspace_keeps_everything(s in samenwerking_strategy()) {
        if let Ok(valid) = validate::samenwerking(&s) {
            let mut ws = Workspace::default();
            ws.apply(Command::Import { samenwerking: valid.clone(), mode: ImportMode::New }, 7).unwrap();
            let exported = file::export(ws.get(&valid.id).unwrap(), 8);
            let mut other = Workspace::default();
            other.apply(Command::Import { samenwerking: file::import(&exported).unwrap(), mode: ImportMode::New }, 9).unwrap();
            prop_assert_eq!(other, ws);
        }
    }

    #[test]
    fn the_importer_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = file::import(&text);
    }

    #[test]
    fn the_importer_never_panics_on_mutated_files(cut in 0usize..1400, insert in ".{0,8}") {
        let base = include_str!("../fixtures/v1.vitaal.json");
        let mut cut = cut.min(base.len());
        while !base.is_char_boundary(cut) { cut -= 1; }
        let text = format!("{}{}{}", &base[..cut], insert, &base[cut..]);
        if let Ok(s) = file::import(&text) {
            // Whatever is accepted is valid content.
            prop_assert_eq!(validate::samenwerking(&s), Ok(s));
        }
    }

    #[test]
    fn the_importer_never_panics_on_mutated_scans(cut in 0usize..20_000, insert in ".{0,8}") {
        let base = include_str!("../fixtures/v3.vitaal.json");
        let mut cut = cut.min(base.len());
        while !base.is_char_boundary(cut) { cut -= 1; }
        let text = format!("{}{}{}", &base[..cut], insert, &base[cut..]);
        if let Ok(s) = file::import(&text) {
            prop_assert_eq!(validate::samenwerking(&s), Ok(s));
        }
    }
}

#[test]
fn enough_generated_cases_are_valid_to_make_the_round_trip_meaningful() {
    // Guard against a generator that only produces rejected content (which would make the
    // property above vacuous).
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = samenwerking_strategy();
    let mut valid = 0;
    for _ in 0..200 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        if validate::samenwerking(&s).is_ok() {
            valid += 1;
        }
    }
    assert!(
        valid >= 100,
        "only {valid} of 200 generated samenwerkingen were valid"
    );
}

#[test]
fn enough_generated_cases_have_scans_and_links_to_them() {
    // The round trip only covers scans if valid samenwerkingen with scans, "weet ik niet",
    // remarks, paper counts and meetings that name a scan come out of the generator.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = samenwerking_strategy();
    let (mut scans, mut unknown, mut remarks, mut paper, mut links) = (0, 0, 0, 0, 0);
    for _ in 0..200 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let Ok(s) = validate::samenwerking(&s) else {
            continue;
        };
        scans += usize::from(!s.scans.is_empty());
        let answers = || {
            s.scans
                .iter()
                .flat_map(|c| &c.responses)
                .flat_map(|r| r.answers.values())
        };
        unknown += usize::from(answers().any(|a| a.score.is_none()));
        remarks += usize::from(answers().any(|a| !a.remark.is_empty()));
        paper += usize::from(s.scans.iter().any(|c| !c.paper.is_empty()));
        links += usize::from(s.bijeenkomsten.iter().any(|b| b.scan.is_some()));
    }
    for (what, n) in [
        ("scans", scans),
        ("weet ik niet", unknown),
        ("remarks", remarks),
        ("paper counts", paper),
        ("links to a scan", links),
    ] {
        assert!(n >= 30, "only {n} valid samenwerkingen with {what}");
    }
}

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
    assert_eq!(value["version"], 4);
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
