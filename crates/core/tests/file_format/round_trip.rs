use super::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use vitaal_core::domain::monitoring::{
    Bron, Doel, Getal, Indicator, LeerlogEntry, Lus, Meting, Schaal, Stap,
};
use vitaal_core::domain::scan::{
    PaperTally, Response, Scan, ScanAntwoord, Score, Source, MAX_PAPER_COUNT,
};
use vitaal_core::domain::validate;

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
        joined in date_strategy(),
        // Never before `joined` (the years of `date_strategy` end at 2099).
        left in prop_oneof![
            Just(String::new()),
            (2100u32..2200, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        ],
    ) -> Partner {
        Partner { id, name, organisation, kind, ring, joined, left }
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
        programma in proptest::collection::vec((id_strategy(), text_strategy(40, false), 0u32..=480, prop::option::of(id_strategy())), 0..3),
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
            besluiten, scan: None,
            // A closed meeting records its acties as they stood (file version 5).
            acties_bij_afronding: (status == Status::Afgerond).then(|| {
                vec![ActieStand { actie: "ac-1".into(), status: ActieStatus::Open }]
            }),
            // A programme (file version 6), step ids unique as the app makes them.
            programma: programma
                .into_iter()
                .enumerate()
                .map(|(n, (id, title, minutes, werkblad))| ProgrammaOnderdeel {
                    id: format!("{id}-{n}"),
                    title,
                    minutes,
                    werkblad,
                })
                .collect(),
            created_ms, updated_ms,
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

/// Mostly values every scale takes (1 to 5 with two decimals), sometimes any value (which
/// validation refuses on a scale that does not take it).
fn getal_strategy() -> impl Strategy<Value = Getal> {
    prop_oneof![
        20 => (100i64..=500).prop_map(Getal),
        1 => (-100_000_000_000i64..=100_000_000_000).prop_map(Getal),
    ]
}

prop_compose! {
    fn meting_strategy()(
        id in id_strategy(),
        date in (2000u32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        value in getal_strategy(),
        source in text_strategy(30, false),
        remark in text_strategy(60, true),
    ) -> Meting {
        Meting { id, date, value, source, remark }
    }
}

prop_compose! {
    fn indicator_strategy()(
        id in id_strategy(),
        name in "[A-Za-zë ]{1,20}[a-z]",
        method in text_strategy(60, true),
        scale in prop::sample::select(Schaal::ALL.to_vec()),
        unit in text_strategy(10, false),
        baseline in prop::option::of(getal_strategy()),
        target in prop::option::of(getal_strategy()),
        measured_by in text_strategy(20, false),
        frequency in text_strategy(20, false),
        metingen in proptest::collection::vec(meting_strategy(), 0..4),
    ) -> Indicator {
        let metingen = metingen
            .into_iter()
            .enumerate()
            .map(|(i, m)| Meting { id: format!("{}-{i}", m.id), ..m })
            .collect();
        Indicator { id, name, method, scale, unit, baseline, target, measured_by, frequency, metingen }
    }
}

prop_compose! {
    fn doel_strategy()(
        id in id_strategy(),
        text in "[A-Za-z][\\PC\n]{0,80}".prop_map(|t| t.replace('<', "< ")),
        indicatoren in proptest::collection::vec(indicator_strategy(), 0..3),
        created_ms in 0u64..4_000_000_000_000,
        updated_ms in 0u64..4_000_000_000_000,
    ) -> Doel {
        Doel { id, text, bron: None, indicatoren, created_ms, updated_ms }
    }
}

prop_compose! {
    fn leerlog_strategy()(
        id in id_strategy(),
        date in date_strategy(),
        step in prop::sample::select(Stap::ALL.to_vec()),
        tried in text_strategy(60, true),
        learned in text_strategy(60, true),
        lus in prop::option::of(prop::sample::select(Lus::ALL.to_vec())),
        changes in "[a-z]{1,3}[\\PC\n]{0,40}".prop_map(|t| t.replace('<', "< ")),
        links in proptest::collection::vec(any::<prop::sample::Index>(), 3),
        which in proptest::collection::vec(any::<bool>(), 3),
        created_ms in 0u64..4_000_000_000_000,
        updated_ms in 0u64..4_000_000_000_000,
    ) -> (LeerlogEntry, Vec<prop::sample::Index>, Vec<bool>) {
        (LeerlogEntry { id, date, step, tried, learned, lus, changes, werkblad: None, bijeenkomst: None, indicator: None, created_ms, updated_ms }, links, which)
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
        doelen in proptest::collection::vec(doel_strategy(), 0..3),
        leerlog in proptest::collection::vec(leerlog_strategy(), 0..3),
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
        let bijeenkomsten: Vec<Bijeenkomst> = bijeenkomsten
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
        // Doel and indicator ids are unique (indicator ids across every doel).
        let doelen: Vec<Doel> = doelen
            .into_iter()
            .enumerate()
            .map(|(i, d)| Doel {
                id: format!("{}-{i}", d.id),
                indicatoren: d
                    .indicatoren
                    .into_iter()
                    .enumerate()
                    .map(|(j, x)| Indicator { id: format!("{}-{i}-{j}", x.id), ..x })
                    .collect(),
                ..d
            })
            .collect();
        let indicator_ids: Vec<String> =
            doelen.iter().flat_map(|d| d.indicatoren.iter().map(|x| x.id.clone())).collect();
        // A leerlog entry may link a meeting and an indicator that are there. (No werkbladen
        // are generated, so no werkblad links or doel sources.)
        let bijeenkomsten: Vec<Bijeenkomst> = bijeenkomsten;
        let leerlog = leerlog
            .into_iter()
            .enumerate()
            .map(|(i, (e, links, which))| LeerlogEntry {
                id: format!("{}-{i}", e.id),
                bijeenkomst: (which[1] && !bijeenkomsten.is_empty())
                    .then(|| links[1].get(&bijeenkomsten).id.clone()),
                indicator: (which[2] && !indicator_ids.is_empty())
                    .then(|| links[2].get(&indicator_ids).clone()),
                ..e
            })
            .collect();
        let _ = Bron { werkblad: String::new(), key: String::new() };
        Samenwerking { id, name, opgave, route, partners, bijeenkomsten, acties, scans, werkbladen: Vec::new(), doelen, leerlog, created_ms, updated_ms }
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
fn enough_generated_cases_have_monitoring() {
    // The round trip only covers monitoring if valid samenwerkingen with doelen, indicatoren,
    // metingen, leerlog entries with links and partner dates come out of the generator.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = samenwerking_strategy();
    let (mut indicatoren, mut metingen, mut links, mut dates) = (0, 0, 0, 0);
    for _ in 0..300 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let Ok(s) = validate::samenwerking(&s) else {
            continue;
        };
        indicatoren += usize::from(s.doelen.iter().any(|d| !d.indicatoren.is_empty()));
        metingen += usize::from(
            s.doelen
                .iter()
                .flat_map(|d| &d.indicatoren)
                .any(|i| !i.metingen.is_empty()),
        );
        links += usize::from(
            s.leerlog
                .iter()
                .any(|e| e.indicator.is_some() || e.bijeenkomst.is_some()),
        );
        dates += usize::from(s.partners.iter().any(|p| !p.joined.is_empty()));
    }
    for (what, n) in [
        ("indicatoren", indicatoren),
        ("metingen", metingen),
        ("leerlog links", links),
        ("partner dates", dates),
    ] {
        assert!(n >= 20, "only {n} valid samenwerkingen with {what}");
    }
}
