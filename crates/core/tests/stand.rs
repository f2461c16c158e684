//! De stand van de samenwerking (`domain::stand`): the rule for each state (every branch and
//! boundary), the tiles' data, the timeline's order, the example's stand, and the agenda
//! hand-off `Command::AgendaFromStand`.

use vitaal_core::domain::bijeenkomst::{
    Actie, ActieStatus, AgendaItem, Bijeenkomst, CheckAntwoord, Checks, Status, Vorm,
};
use vitaal_core::domain::scan::{Response, Scan, Source, Stats};
use vitaal_core::domain::stand::{
    self, aandacht_nodig, is_te_laat, tegel, tijdlijn, toestand, Gebeurtenis, Reden, Toestand,
    GEMIDDELDE_ONDER_TIENDEN, SPREIDING_VANAF_TIENDEN, TE_LATE_ACTIES,
};
use vitaal_core::domain::werkblad::Werkblad;
use vitaal_core::domain::{voorbeeld, Command, DomainError, Millis, Samenwerking, Workspace};
use vitaal_core::report::dates::dutch_iso_date;

const OV: &str = "openheid-en-vertrouwen";
const DS: &str = "duidelijke-spelregels";
const MM: &str = "maximale-mix";
const VT: &str = "voldoende-tijd";
const TODAY: &str = "2026-11-27";
/// 1 November 2026, 12:00 UTC.
const NOV_1: Millis = 1_793_534_400_000;
const DAY: Millis = 86_400_000;

fn checks(besproken: Option<CheckAntwoord>, gehoord: Option<CheckAntwoord>) -> Checks {
    Checks {
        besproken,
        gehoord,
        besloten: Some(CheckAntwoord::Ja),
        niet_aan_boord: Vec::new(),
    }
}

use CheckAntwoord::{Deels, Ja, Nee};

// ---- the rule ----

#[test]
fn the_thresholds_are_the_documented_ones() {
    assert_eq!(GEMIDDELDE_ONDER_TIENDEN, 30);
    assert_eq!(SPREIDING_VANAF_TIENDEN, 10);
    assert_eq!(TE_LATE_ACTIES, 1);
}

#[test]
fn without_scan_meeting_or_late_actie_it_is_not_yet_discussed() {
    let o = toestand(None, None, 0);
    assert_eq!(o.toestand, Toestand::NogNietBesproken);
    assert!(o.redenen.is_empty());
    // A scan in which nobody gave it a score ("weet ik niet" only) counts as no scan.
    let unknown = Stats::from_counts([4, 0, 0, 0, 0, 0]);
    assert_eq!(
        toestand(Some(&unknown), None, 0).toestand,
        Toestand::NogNietBesproken
    );
}

#[test]
fn a_mean_of_exactly_three_is_on_track_and_just_below_needs_attention() {
    // 3, 3: mean 3,0.
    let three = Stats::from_counts([0, 0, 0, 2, 0, 0]);
    let o = toestand(Some(&three), None, 0);
    assert_eq!((o.toestand, o.redenen), (Toestand::GoedOpWeg, vec![]));
    // 2 + 9 × 3 = 29 over 10 scores: mean 2,9 (and they agree).
    let below = Stats::from_counts([0, 0, 1, 9, 0, 0]);
    let o = toestand(Some(&below), None, 0);
    assert_eq!(
        (o.toestand, o.redenen),
        (Toestand::AandachtNodig, vec![Reden::LaagGemiddelde])
    );
    // 29 / 10 rounds to 2,9, but 299 / 100 also says 3,0 in tenths: the rule compares exactly.
    let almost = Stats::from_counts([0, 0, 1, 99, 0, 0]);
    assert_eq!(
        toestand(Some(&almost), None, 0).redenen,
        vec![Reden::LaagGemiddelde]
    );
    // One score of 1.
    let one = Stats::from_counts([0, 1, 0, 0, 0, 0]);
    assert_eq!(
        toestand(Some(&one), None, 0).redenen,
        vec![Reden::LaagGemiddelde]
    );
}

#[test]
fn a_spread_of_exactly_one_needs_attention_and_just_below_does_not() {
    // 2 and 4: mean 3, standard deviation exactly 1,0.
    let divided = Stats::from_counts([0, 0, 1, 0, 1, 0]);
    let o = toestand(Some(&divided), None, 0);
    assert_eq!(
        (o.toestand, o.redenen),
        (Toestand::AandachtNodig, vec![Reden::GroteSpreiding])
    );
    // 2, 3, 4: standard deviation √(2/3) ≈ 0,82.
    let mixed = Stats::from_counts([0, 0, 1, 1, 1, 0]);
    assert_eq!(
        toestand(Some(&mixed), None, 0).toestand,
        Toestand::GoedOpWeg
    );
    // 1 and 5: low is not the point (mean 3), divided is.
    let apart = Stats::from_counts([0, 1, 0, 0, 0, 1]);
    assert_eq!(
        toestand(Some(&apart), None, 0).redenen,
        vec![Reden::GroteSpreiding]
    );
    // Both at once: 1, 1, 4 (mean 2, standard deviation √2).
    let both = Stats::from_counts([0, 2, 0, 0, 1, 0]);
    assert_eq!(
        toestand(Some(&both), None, 0).redenen,
        vec![Reden::LaagGemiddelde, Reden::GroteSpreiding]
    );
}

#[test]
fn the_checkvragen_of_the_last_meeting_follow_the_meetings_own_rule() {
    let cases = [
        (checks(Some(Ja), Some(Ja)), vec![]),
        // "Deels" talked about is settled enough; "deels" on board is not.
        (checks(Some(Deels), Some(Ja)), vec![]),
        (checks(Some(Ja), Some(Deels)), vec![Reden::NietAanBoord]),
        (checks(Some(Nee), Some(Ja)), vec![Reden::NietBesproken]),
        (checks(Some(Ja), Some(Nee)), vec![Reden::NietAanBoord]),
        (
            checks(None, None),
            vec![Reden::NietBesproken, Reden::NietAanBoord],
        ),
    ];
    for (c, redenen) in cases {
        let o = toestand(None, Some(&c), 0);
        let expected = if redenen.is_empty() {
            Toestand::GoedOpWeg
        } else {
            Toestand::AandachtNodig
        };
        assert_eq!((o.toestand, &o.redenen), (expected, &redenen), "{c:?}");
    }
    // "Besluiten genomen?" does not count.
    let mut no_decision = checks(Some(Ja), Some(Ja));
    no_decision.besloten = Some(Nee);
    assert_eq!(
        toestand(None, Some(&no_decision), 0).toestand,
        Toestand::GoedOpWeg
    );
}

#[test]
fn one_late_actie_needs_attention_even_before_anything_was_discussed() {
    assert_eq!(toestand(None, None, 0).toestand, Toestand::NogNietBesproken);
    let o = toestand(None, None, 1);
    assert_eq!(
        (o.toestand, o.redenen),
        (Toestand::AandachtNodig, vec![Reden::ActieTeLaat])
    );
    let fine = checks(Some(Ja), Some(Ja));
    assert_eq!(
        toestand(None, Some(&fine), 2).redenen,
        vec![Reden::ActieTeLaat]
    );
}

#[test]
fn only_a_date_before_today_is_late() {
    assert!(is_te_laat("2026-11-26", TODAY));
    assert!(is_te_laat("2025-12-31", TODAY));
    assert!(!is_te_laat("2026-11-27", TODAY));
    assert!(!is_te_laat("2026-11-28", TODAY));
    assert!(!is_te_laat("", TODAY));
    assert!(!is_te_laat("voor de zomer", TODAY));
    assert!(!is_te_laat("2026-13-01", TODAY));
}

// ---- a small samenwerking, built directly ----

fn response(id: &str, scores: &[(&str, Option<u8>)], at: Millis) -> Response {
    let mut r = Response::new(id.into(), Source::Laptop, at);
    for (ingredient, score) in scores {
        r.set(ingredient, *score, "");
    }
    r
}

fn scan(id: &str, at: Millis, revealed: bool, responses: Vec<Response>) -> Scan {
    let mut s = Scan::new(id.into(), "sw-1".into(), format!("Scan {id}"), at);
    s.revealed = revealed;
    for r in responses {
        s.add_response(r).unwrap();
    }
    s
}

fn meeting(
    id: &str,
    date: &str,
    status: Status,
    items: &[(&str, Checks)],
    at: Millis,
) -> Bijeenkomst {
    let mut b = Bijeenkomst::new(id.into(), Vorm::Bob, date.into(), at);
    b.status = status;
    for (ingredient, checks) in items {
        let mut item = AgendaItem::new(ingredient);
        item.checks = checks.clone();
        b.agenda.push(item);
    }
    b
}

fn actie(id: &str, ingredient: Option<&str>, wanneer: &str, status: ActieStatus, b: &str) -> Actie {
    Actie {
        id: id.into(),
        wat: format!("Actie {id}"),
        wie: String::new(),
        wanneer: wanneer.into(),
        status,
        ingredient: ingredient.map(str::to_string),
        bijeenkomst: b.into(),
    }
}

fn werkblad(id: &str, template: &str, at: Millis) -> Werkblad {
    Werkblad {
        id: id.into(),
        template: template.into(),
        title: format!("Werkblad {id}"),
        bijeenkomst: None,
        answers: Default::default(),
        rows: Vec::new(),
        created_ms: at,
        updated_ms: at,
    }
}

/// Two held meetings and a planned one about OV, an older and a newer revealed scan and a still
/// newer hidden one, acties open, late, done, and the spelregels werkblad (about DS).
fn sample() -> Samenwerking {
    let mut s = Samenwerking::new("sw-1".into(), "Dorpsstad".into(), NOV_1 - 60 * DAY);
    s.scans = vec![
        scan(
            "sc-oud",
            NOV_1 - 50 * DAY,
            true,
            vec![
                response("r1", &[(OV, Some(1)), (DS, Some(4))], NOV_1 - 50 * DAY),
                response("r2", &[(OV, Some(2))], NOV_1 - 50 * DAY),
            ],
        ),
        scan(
            "sc-nieuw",
            NOV_1 - 10 * DAY,
            true,
            vec![
                response("r1", &[(OV, Some(4)), (DS, None)], NOV_1 - 10 * DAY),
                response("r2", &[(OV, Some(3)), (MM, Some(5))], NOV_1 - 10 * DAY),
                response("r3", &[(OV, Some(4))], NOV_1 - 10 * DAY),
            ],
        ),
        // Not revealed: never in De stand.
        scan(
            "sc-verborgen",
            NOV_1,
            false,
            vec![response("r1", &[(OV, Some(1)), (VT, Some(1))], NOV_1)],
        ),
    ];
    s.bijeenkomsten = vec![
        // Created later than bk-2 but held earlier: the date decides.
        meeting(
            "bk-1",
            "2026-10-01",
            Status::Afgerond,
            &[
                (OV, checks(Some(Ja), Some(Ja))),
                (DS, checks(Some(Nee), Some(Nee))),
            ],
            NOV_1 - 20 * DAY,
        ),
        meeting(
            "bk-2",
            "2026-11-01",
            Status::Afgerond,
            &[(OV, checks(Some(Ja), Some(Deels)))],
            NOV_1 - 40 * DAY,
        ),
        meeting(
            "bk-3",
            "2026-12-08",
            Status::Gepland,
            &[(OV, Checks::default()), (VT, Checks::default())],
            NOV_1,
        ),
        meeting(
            "bk-4",
            "",
            Status::Gepland,
            &[(OV, Checks::default())],
            NOV_1,
        ),
    ];
    s.acties = vec![
        actie("ac-1", Some(OV), "2026-11-20", ActieStatus::Open, "bk-2"),
        actie("ac-2", Some(OV), "2026-12-01", ActieStatus::Bezig, "bk-2"),
        actie("ac-3", Some(OV), "2026-01-01", ActieStatus::Klaar, "bk-1"),
        actie("ac-4", Some(DS), "voor de zomer", ActieStatus::Open, "bk-1"),
        actie("ac-5", None, "2026-01-01", ActieStatus::Open, "bk-1"),
    ];
    s.werkbladen = vec![werkblad("wb-regels", "spelregels", NOV_1 - 5 * DAY)];
    s
}

#[test]
fn a_tile_shows_the_latest_revealed_scan_the_last_held_meeting_and_the_open_acties() {
    let s = sample();
    let t = tegel(&s, OV, TODAY);
    let scan = t.scan.as_ref().unwrap();
    // sc-nieuw (4, 3, 4), not the hidden newer one nor the older one.
    assert_eq!(scan.scan, "sc-nieuw");
    assert_eq!(scan.date, dutch_iso_date(NOV_1 - 10 * DAY));
    assert_eq!(scan.date, "2026-10-22");
    assert_eq!(
        (
            scan.stats.n,
            scan.mean_tenths,
            scan.stats.min,
            scan.stats.max
        ),
        (3, 37, Some(3), Some(4))
    );
    let (b, c) = t.besproken.as_ref().unwrap();
    assert_eq!(
        (b.bijeenkomst.as_str(), b.date.as_str()),
        ("bk-2", "2026-11-01")
    );
    assert_eq!(c, &checks(Some(Ja), Some(Deels)));
    let g = t.gepland.as_ref().unwrap();
    assert_eq!(
        (g.bijeenkomst.as_str(), g.date.as_str()),
        ("bk-3", "2026-12-08")
    );
    let open: Vec<(&str, bool)> = t
        .open_acties
        .iter()
        .map(|a| (a.actie.as_str(), a.te_laat))
        .collect();
    assert_eq!(open, [("ac-1", true), ("ac-2", false)]);
    assert_eq!(t.te_laat(), 1);
    assert_eq!(t.oordeel.toestand, Toestand::AandachtNodig);
    assert_eq!(t.oordeel.redenen, [Reden::NietAanBoord, Reden::ActieTeLaat]);
    // The next day without the late actie and with everyone on board it would be on track:
    // the tile is only the rule applied to what it shows.
    assert_eq!(
        toestand(Some(&scan.stats), Some(&checks(Some(Ja), Some(Ja))), 0).toestand,
        Toestand::GoedOpWeg
    );
}

#[test]
fn tiles_of_other_ingredienten() {
    let s = sample();
    // DS: scored only in the old scan (a 4; "weet ik niet" in the new one), "nee" at bk-1,
    // an open actie with a free-text date (never late).
    let ds = tegel(&s, DS, TODAY);
    assert_eq!(ds.scan.as_ref().map(|x| x.scan.as_str()), Some("sc-oud"));
    assert_eq!(
        ds.besproken.as_ref().map(|(b, _)| b.bijeenkomst.as_str()),
        Some("bk-1")
    );
    assert_eq!((ds.open_acties.len(), ds.te_laat()), (1, 0));
    assert_eq!(ds.gepland, None);
    assert_eq!(
        ds.oordeel.redenen,
        [Reden::NietBesproken, Reden::NietAanBoord]
    );
    // MM: one 5 in a scan, never on an agenda: on track.
    let mm = tegel(&s, MM, TODAY);
    assert_eq!(mm.oordeel.toestand, Toestand::GoedOpWeg);
    assert_eq!(mm.besproken, None);
    // VT: only on a planned agenda and in the hidden scan: not yet discussed, but planned.
    let vt = tegel(&s, VT, TODAY);
    assert_eq!(vt.scan, None);
    assert_eq!(vt.oordeel.toestand, Toestand::NogNietBesproken);
    assert_eq!(
        vt.gepland.as_ref().map(|b| b.bijeenkomst.as_str()),
        Some("bk-3")
    );
    // The whole stand: five factors, sixteen tiles in content order; what needs attention.
    let all = stand::stand(&s, TODAY);
    assert_eq!(all.len(), 5);
    assert_eq!(all.iter().map(|f| f.tegels.len()).sum::<usize>(), 16);
    assert_eq!(aandacht_nodig(&all), [OV, DS]);
    let states: Vec<Toestand> = all
        .iter()
        .flat_map(|f| &f.tegels)
        .map(|t| t.oordeel.toestand)
        .collect();
    assert_eq!(
        states
            .iter()
            .filter(|t| **t == Toestand::NogNietBesproken)
            .count(),
        13
    );
}

#[test]
fn a_meeting_that_is_running_counts_as_held() {
    let mut s = sample();
    s.bijeenkomsten[2].status = Status::Bezig;
    // bk-3 (8 December) is now the last held meeting about OV, with nothing answered yet.
    let t = tegel(&s, OV, TODAY);
    assert_eq!(
        t.besproken.as_ref().map(|(b, _)| b.bijeenkomst.as_str()),
        Some("bk-3")
    );
    assert_eq!(
        t.gepland.as_ref().map(|b| b.bijeenkomst.as_str()),
        Some("bk-4")
    );
    assert!(t.oordeel.redenen.contains(&Reden::NietBesproken));
}

#[test]
fn the_timeline_lists_everything_newest_first_with_its_link_ids() {
    let s = sample();
    let line = tijdlijn(&s, OV);
    let seen: Vec<(&str, &str)> = line
        .iter()
        .map(|m| {
            let id = match &m.wat {
                Gebeurtenis::Bijeenkomst { bijeenkomst, .. } => bijeenkomst.as_str(),
                Gebeurtenis::Scan { scan, .. } => scan.as_str(),
                Gebeurtenis::Werkblad { werkblad, .. } => werkblad.as_str(),
                Gebeurtenis::Actie { actie, .. } => actie.as_str(),
            };
            (m.date.as_str(), id)
        })
        .collect();
    assert_eq!(
        seen,
        [
            // Planned without a date: still to come, so first.
            ("", "bk-4"),
            ("2026-12-08", "bk-3"),
            // On one day: the meeting, then the acties agreed in it.
            ("2026-11-01", "bk-2"),
            ("2026-11-01", "ac-1"),
            ("2026-11-01", "ac-2"),
            ("2026-10-22", "sc-nieuw"),
            ("2026-10-01", "bk-1"),
            ("2026-10-01", "ac-3"),
            ("2026-09-12", "sc-oud"),
        ]
    );
    // What the UI needs beside the ids.
    match &line[2].wat {
        Gebeurtenis::Bijeenkomst {
            status, checks: c, ..
        } => {
            assert_eq!(
                (*status, c),
                (Status::Afgerond, &checks(Some(Ja), Some(Deels)))
            );
        }
        other => panic!("{other:?}"),
    }
    match &line[5].wat {
        Gebeurtenis::Scan {
            mean_tenths,
            n,
            title,
            ..
        } => {
            assert_eq!((*mean_tenths, *n, title.as_str()), (37, 3, "Scan sc-nieuw"));
        }
        other => panic!("{other:?}"),
    }
    // The spelregels werkblad works on DS (its template's `ingredienten`), not on OV.
    let ds = tijdlijn(&s, DS);
    let kinds: Vec<&str> = ds
        .iter()
        .map(|m| match &m.wat {
            Gebeurtenis::Bijeenkomst { .. } => "bijeenkomst",
            Gebeurtenis::Scan { .. } => "scan",
            Gebeurtenis::Werkblad { .. } => "werkblad",
            Gebeurtenis::Actie { .. } => "actie",
        })
        .collect();
    assert_eq!(kinds, ["werkblad", "bijeenkomst", "actie", "scan"]);
    assert_eq!(ds[0].date, "2026-10-27");
    assert!(tijdlijn(&s, "zichtbare-urgentie").is_empty());
}

// ---- the example ----

const NOW: Millis = voorbeeld::REFERENCE;

fn example() -> Samenwerking {
    let data = voorbeeld::parse(include_str!("../../../content/voorbeeld.nl.json")).unwrap();
    voorbeeld::place(&data, NOW).unwrap()
}

/// The example's stand, as the e2e test `e2e/stand.test.mjs` expects it on screen, with why.
const EXAMPLE: [(&str, Toestand, &[Reden]); 16] = {
    use Reden::{ActieTeLaat, LaagGemiddelde, NietAanBoord};
    use Toestand::{AandachtNodig as A, GoedOpWeg as G};
    [
        ("vermogen-tot-samenwerking", G, &[]),
        // The werkbezoeken were due two weeks ago and are still "bezig".
        ("openheid-en-vertrouwen", A, &[ActieTeLaat]),
        ("gelijkwaardige-inbreng", G, &[]),
        // Scored 2,9 in the second scan.
        ("gezamenlijke-identiteit-en-taal", A, &[LaagGemiddelde]),
        ("minimale-massa", G, &[]),
        ("maximale-mix", G, &[]),
        ("geaccepteerde-trekker", G, &[]),
        ("georganiseerd-toeval", A, &[LaagGemiddelde]),
        // The thuiszorg was not on board at the BOB meeting.
        ("gedeelde-opgave-ambitie-en-doelen", A, &[NietAanBoord]),
        ("zichtbare-urgentie", G, &[]),
        ("duidelijkheid-over-belangen", G, &[]),
        ("gezamenlijk-belang", G, &[]),
        ("functionele-organisatie", G, &[]),
        ("duidelijke-spelregels", A, &[LaagGemiddelde]),
        ("voldoende-tijd", A, &[LaagGemiddelde, NietAanBoord]),
        ("aandacht-voor-ontwikkeling", A, &[LaagGemiddelde]),
    ]
};

#[test]
fn the_example_has_the_expected_stand() {
    let s = example();
    let today = dutch_iso_date(NOW);
    let all = stand::stand(&s, &today);
    let tiles: Vec<_> = all.iter().flat_map(|f| &f.tegels).collect();
    assert_eq!(tiles.len(), EXAMPLE.len());
    for (t, (id, state, why)) in tiles.iter().zip(EXAMPLE) {
        assert_eq!(
            (
                t.ingredient.as_str(),
                t.oordeel.toestand,
                t.oordeel.redenen.as_slice()
            ),
            (id, state, why)
        );
    }
    // The same wherever the example is placed: its dates move with it.
    for now in [NOW + 30 * DAY, NOW + 200 * DAY] {
        let later = voorbeeld::place(
            &voorbeeld::parse(include_str!("../../../content/voorbeeld.nl.json")).unwrap(),
            now,
        )
        .unwrap();
        let again = stand::stand(&later, &dutch_iso_date(now));
        assert_eq!(aandacht_nodig(&again), aandacht_nodig(&all));
    }
    // A tile in full: openheid en vertrouwen.
    let ov = tegel(&s, OV, &today);
    let scan = ov.scan.as_ref().unwrap();
    assert_eq!(
        (scan.scan.as_str(), scan.stats.n, scan.mean_tenths),
        ("sc-vb-2", 7, 39)
    );
    let (b, c) = ov.besproken.as_ref().unwrap();
    assert_eq!(b.bijeenkomst, "bk-vb-1");
    assert_eq!(
        (c.besproken, c.gehoord, c.besloten),
        (Some(Ja), Some(Ja), Some(Deels))
    );
    assert_eq!(ov.gepland, None);
    assert_eq!((ov.open_acties.len(), ov.te_laat()), (1, 1));
}

// ---- the agenda hand-off ----

fn workspace(s: Samenwerking) -> Workspace {
    Workspace {
        samenwerkingen: vec![s],
    }
}

fn from_stand(ingredienten: &[&str], bijeenkomst: &str) -> Command {
    Command::AgendaFromStand {
        samenwerking: "sw-1".into(),
        ingredienten: ingredienten.iter().map(|i| i.to_string()).collect(),
        bijeenkomst: bijeenkomst.into(),
    }
}

fn agenda(b: &Bijeenkomst) -> Vec<&str> {
    b.agenda.iter().map(|i| i.ingredient.as_str()).collect()
}

#[test]
fn the_attention_list_goes_to_the_next_planned_meeting() {
    let mut ws = workspace(sample());
    let need = aandacht_nodig(&stand::stand(&ws.samenwerkingen[0], TODAY));
    assert_eq!(need, [OV, DS]);
    let refs: Vec<&str> = need.iter().map(String::as_str).collect();
    ws.apply(from_stand(&refs, "bk-nieuw"), 5_000).unwrap();
    let s = &ws.samenwerkingen[0];
    // bk-3 (8 December) is the first planned by date; OV was there already, VT stays.
    let b = s.bijeenkomst("bk-3").unwrap();
    assert_eq!(agenda(b), [OV, DS, VT]);
    assert_eq!((b.updated_ms, s.updated_ms), (5_000, 5_000));
    assert_eq!(b.scan, None);
    assert!(s.bijeenkomst("bk-nieuw").is_none());
    assert_eq!(agenda(s.bijeenkomst("bk-4").unwrap()), [OV]);
    // Again: nothing changes, and that is no error.
    let before = ws.clone();
    ws.apply(from_stand(&refs, "bk-nieuw"), 6_000).unwrap();
    assert_eq!(ws, before);
}

#[test]
fn without_a_planned_meeting_a_new_one_is_planned() {
    let mut s = sample();
    s.bijeenkomsten.retain(|b| b.status != Status::Gepland);
    s.partners = vec![vitaal_core::domain::command::partner(
        "p-anna",
        "Anna",
        "Welzijn",
        vitaal_core::domain::PartnerKind::Formeel,
        vitaal_core::domain::Ring::Kerngroep,
    )];
    let mut ws = workspace(s);
    ws.apply(from_stand(&[DS, OV], "bk-nieuw"), 7_000).unwrap();
    let s = &ws.samenwerkingen[0];
    let b = s.bijeenkomst("bk-nieuw").unwrap();
    assert_eq!(
        (b.vorm, b.status, b.date.as_str(), b.created_ms),
        (Vorm::Bob, Status::Gepland, "", 7_000)
    );
    // In the Gespreksmodel's order, every partner attending.
    assert_eq!(agenda(b), [OV, DS]);
    assert_eq!(b.attendees, ["p-anna"]);
    assert_eq!(s.next_planned().map(|b| b.id.as_str()), Some("bk-nieuw"));
}

#[test]
fn an_empty_list_a_bad_id_or_an_unknown_ingredient_changes_nothing() {
    let mut ws = workspace(sample());
    let before = ws.clone();
    assert_eq!(
        ws.apply(from_stand(&[], "bk-nieuw"), 8_000),
        Err(DomainError::NothingForAgenda)
    );
    assert_eq!(
        ws.apply(from_stand(&[DS], "Bk Nieuw!"), 8_000),
        Err(DomainError::BadId)
    );
    // The first is fine, the second unknown: the meeting is left as it was.
    assert_eq!(
        ws.apply(from_stand(&[DS, "geen-ingredient"], "bk-nieuw"), 8_000),
        Err(DomainError::UnknownIngredient)
    );
    let mut other = from_stand(&[DS], "bk-nieuw");
    if let Command::AgendaFromStand { samenwerking, .. } = &mut other {
        *samenwerking = "sw-onbekend".into();
    }
    assert_eq!(ws.apply(other, 8_000), Err(DomainError::NotFound));
    assert_eq!(ws, before);
}

#[test]
fn the_example_hands_its_attention_list_to_its_planned_meeting() {
    let mut ws = workspace(example());
    let s = &ws.samenwerkingen[0];
    let need = aandacht_nodig(&stand::stand(s, &dutch_iso_date(NOW)));
    assert_eq!(need.len(), 7);
    let planned_before = agenda(s.bijeenkomst("bk-vb-3").unwrap())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    ws.apply(
        Command::AgendaFromStand {
            samenwerking: voorbeeld::ID.into(),
            ingredienten: need.clone(),
            bijeenkomst: "bk-nieuw".into(),
        },
        NOW + 1,
    )
    .unwrap();
    let b = ws.samenwerkingen[0].bijeenkomst("bk-vb-3").unwrap();
    for id in need.iter().chain(&planned_before) {
        assert!(agenda(b).contains(&id.as_str()), "{id}");
    }
    // The scan that planned it stays its scan.
    assert_eq!(b.scan.as_deref(), Some("sc-vb-2"));
}
