//! The Voortgangsrapportage (`report::voortgang`): the period and its boundaries, which acties
//! are late, the scan trend's numbers, the summary's figures, and the Markdown against a golden
//! file made from the version 5 fixture. Run with UPDATE_GOLDEN=1 to rewrite the golden file
//! after a deliberate change, then read the diff.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use vitaal_core::domain::bijeenkomst::{Actie, ActieStand, ActieStatus, Bijeenkomst, Status, Vorm};
use vitaal_core::domain::scan::{Response, Scan, Source};
use vitaal_core::domain::{content, file, Samenwerking};
use vitaal_core::i18n::t;
use vitaal_core::report::voortgang::{
    is_date, is_late, rapport, samenvatting_feiten, samenvatting_zinnen, voortgang_markdown,
    Acties, PartnerRegel, Periode, PeriodeError, Rapport, Samenvatting, ScanTrend, Section,
    SectionKind, StandEinde, ORDER,
};

/// The version 5 fixture: meetings on 15 September (closed, BOB, one besluit, its two acties
/// recorded open at the close), 20 October (running, BARB) and 15 December (planned); acties
/// "Eerste koffieochtend" (due 1 October, klaar) and "Spelregels op één A4" (no date, open);
/// revealed scans made on 8 and 25 November; werkbladen made on 18, 21 and 26 November.
fn fixture() -> Samenwerking {
    file::import(include_str!("fixtures/v5.vitaal.json")).expect("fixture")
}

const TODAY: &str = "2026-11-27";

fn periode(from: &str, to: &str) -> Periode {
    Periode::new(from, to).expect("valid period")
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    assert_eq!(actual, expected, "{name} differs from the golden file");
}

fn summary(r: &Rapport) -> &Samenvatting {
    match &r.sections[0] {
        Section::Samenvatting(s) => s,
        other => panic!("the summary comes first, not {:?}", other.kind()),
    }
}

fn acties(r: &Rapport) -> &Acties {
    r.sections
        .iter()
        .find_map(|s| match s {
            Section::Acties(a) => Some(a),
            _ => None,
        })
        .expect("an acties section")
}

fn meetings(r: &Rapport) -> Vec<String> {
    r.sections
        .iter()
        .find_map(|s| match s {
            Section::Bijeenkomsten(list) => Some(list.iter().map(|b| b.date.clone()).collect()),
            _ => None,
        })
        .expect("a meetings section")
}

fn trend(r: &Rapport) -> Option<&ScanTrend> {
    r.sections
        .iter()
        .find_map(|s| match s {
            Section::ScanTrend(t) => Some(t.as_ref()),
            _ => None,
        })
        .expect("a scan section")
}

fn wats(list: &[vitaal_core::report::voortgang::RapportActie]) -> Vec<&str> {
    list.iter().map(|a| a.wat.as_str()).collect()
}

#[test]
fn a_period_is_two_real_dates_in_order() {
    assert!(is_date("2026-02-28"));
    assert!(!is_date("2026-02-30"), "no 30 February");
    assert!(!is_date("2026-2-28"));
    assert!(!is_date(""));
    assert_eq!(
        Periode::new("2026-12-01", "2026-11-30"),
        Err(PeriodeError::FromAfterTo)
    );
    assert_eq!(
        Periode::new("2026-13-01", "2026-12-31"),
        Err(PeriodeError::From)
    );
    assert_eq!(
        Periode::new("2026-01-01", "voor de zomer"),
        Err(PeriodeError::To)
    );
    let one_day = periode("2026-09-15", "2026-09-15");
    assert!(one_day.contains("2026-09-15"), "both ends are included");
    assert!(!one_day.contains("2026-09-14"));
    assert!(!one_day.contains("2026-09-16"));
    assert!(!one_day.contains(""), "an undated meeting is in no period");
}

#[test]
fn the_quick_choices() {
    assert_eq!(
        Periode::dit_jaar(TODAY),
        Ok(periode("2026-01-01", "2026-11-27"))
    );
    assert_eq!(
        Periode::afgelopen_half_jaar(TODAY),
        Ok(periode("2026-05-27", "2026-11-27"))
    );
    // Six months before 31 August is 28 February (the month is shorter).
    assert_eq!(
        Periode::afgelopen_half_jaar("2026-08-31"),
        Ok(periode("2026-02-28", "2026-08-31"))
    );
    assert_eq!(
        Periode::afgelopen_half_jaar("2026-03-15"),
        Ok(periode("2025-09-15", "2026-03-15"))
    );
    // Made on 6 November, with a meeting held on 15 September: from the earlier of the two.
    assert_eq!(
        Periode::sinds_de_start(&fixture(), TODAY),
        Ok(periode("2026-09-15", TODAY))
    );
}

#[test]
fn the_sections_come_in_order_summary_first() {
    let r = rapport(&fixture(), &periode("2026-01-01", TODAY), TODAY);
    let kinds: Vec<SectionKind> = r.sections.iter().map(Section::kind).collect();
    assert_eq!(kinds, ORDER.to_vec());
    assert_eq!(kinds[0], SectionKind::Samenvatting);
}

#[test]
fn meetings_held_in_the_period_both_ends_included() {
    let s = fixture();
    // The first day and the last day of a period count.
    let r = rapport(&s, &periode("2026-09-15", "2026-10-20"), TODAY);
    assert_eq!(meetings(&r), ["2026-09-15", "2026-10-20"]);
    let r = rapport(&s, &periode("2026-09-16", "2026-10-19"), TODAY);
    assert!(meetings(&r).is_empty(), "nothing between the two");
    assert_eq!(summary(&r).bijeenkomsten, 0);
    assert_eq!(summary(&r).besluiten, 0);
    // The meeting of 15 December is only planned: never held, whatever the period.
    let r = rapport(&s, &periode("2026-12-01", "2026-12-31"), TODAY);
    assert!(meetings(&r).is_empty());
}

#[test]
fn an_empty_period_says_so_everywhere() {
    let r = rapport(&fixture(), &periode("2025-01-01", "2025-06-30"), TODAY);
    let s = summary(&r);
    assert_eq!(
        (
            s.bijeenkomsten,
            s.besluiten,
            s.klaar,
            s.open,
            s.te_laat,
            s.scans,
            s.werkbladen
        ),
        (0, 0, 0, 0, 0, 0, 0)
    );
    assert!(s.trend.is_none());
    let text = voortgang_markdown(t(), &r);
    for line in [
        "In deze periode is geen bijeenkomst gehouden.",
        "Er zijn geen acties uit deze periode.",
        "In deze periode is geen Ingrediëntenscan gedaan (met zichtbare resultaten).",
        "In deze periode is geen werkblad gemaakt.",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

fn actie(id: &str, wanneer: &str, status: ActieStatus, bijeenkomst: &str) -> Actie {
    Actie {
        id: id.into(),
        wat: format!("Actie {id}"),
        wie: "Anna".into(),
        wanneer: wanneer.into(),
        status,
        ingredient: None,
        bijeenkomst: bijeenkomst.into(),
    }
}

fn meeting(id: &str, date: &str, status: Status) -> Bijeenkomst {
    let mut b = Bijeenkomst::new(id.into(), Vorm::Bob, date.into(), 0);
    b.status = status;
    b
}

#[test]
fn late_means_not_klaar_and_due_before_the_end_of_the_period_or_today() {
    let p = periode("2026-10-01", "2026-10-31");
    use ActieStatus::{Bezig, Klaar, Open};
    assert!(is_late(Open, "2026-10-30", &p, TODAY));
    assert!(is_late(Bezig, "2026-09-01", &p, TODAY));
    assert!(
        !is_late(Open, "2026-10-31", &p, TODAY),
        "due on the last day: not late yet"
    );
    assert!(
        !is_late(Open, "2026-11-15", &p, TODAY),
        "due after the period"
    );
    assert!(
        !is_late(Klaar, "2026-10-01", &p, TODAY),
        "klaar is never late"
    );
    assert!(!is_late(Open, "", &p, TODAY), "no date, never late");
    assert!(!is_late(Open, "voor de zomer", &p, TODAY));
    // A period that ends after today: measured against today.
    let p = periode("2026-11-01", "2026-12-31");
    assert!(is_late(Open, "2026-11-26", &p, TODAY));
    assert!(!is_late(Open, "2026-11-27", &p, TODAY));
    assert!(!is_late(Open, "2026-12-15", &p, TODAY));
}

/// Meetings on 15 September (closed; at its close "a1" and "a2" were open, "a3" klaar) and 20
/// October (running); acties of both, one of a planned meeting.
fn with_acties() -> Samenwerking {
    let mut s = Samenwerking::new("sw-1".into(), "Proef".into(), 0);
    let mut b1 = meeting("b1", "2026-09-15", Status::Afgerond);
    b1.acties_bij_afronding = Some(vec![
        ActieStand {
            actie: "a1".into(),
            status: ActieStatus::Open,
        },
        ActieStand {
            actie: "a2".into(),
            status: ActieStatus::Open,
        },
        ActieStand {
            actie: "a3".into(),
            status: ActieStatus::Klaar,
        },
    ]);
    s.bijeenkomsten = vec![
        b1,
        meeting("b2", "2026-10-20", Status::Bezig),
        meeting("b3", "2026-12-15", Status::Gepland),
    ];
    s.acties = vec![
        // Open at the start of October, klaar now.
        actie("a1", "2026-10-01", ActieStatus::Klaar, "b1"),
        // Open then and now, due 1 October: late.
        actie("a2", "2026-10-01", ActieStatus::Open, "b1"),
        // Klaar before October: not in an October report.
        actie("a3", "2026-09-20", ActieStatus::Klaar, "b1"),
        // Agreed on 20 October: one late, one open, one klaar.
        actie("a4", "2026-10-25", ActieStatus::Bezig, "b2"),
        actie("a5", "2026-11-30", ActieStatus::Open, "b2"),
        actie("a6", "", ActieStatus::Klaar, "b2"),
        // Of a planned meeting: in no report.
        actie("a7", "2026-10-02", ActieStatus::Open, "b3"),
    ];
    s
}

#[test]
fn acties_of_the_period_and_the_earlier_ones_still_open_when_it_began() {
    let s = with_acties();
    let r = rapport(&s, &periode("2026-10-01", "2026-10-31"), TODAY);
    let a = acties(&r);
    assert_eq!(wats(&a.te_laat), ["Actie a2", "Actie a4"]);
    assert_eq!(wats(&a.open), ["Actie a5"]);
    assert_eq!(wats(&a.klaar), ["Actie a1", "Actie a6"]);
    assert!(a.te_laat[0].eerder && !a.te_laat[1].eerder);
    assert_eq!(a.te_laat[0].bijeenkomst_date, "2026-09-15");
    assert_eq!(a.tot, "2026-10-31");
    let sum = summary(&r);
    assert_eq!((sum.klaar, sum.open, sum.te_laat), (2, 1, 2));
    assert_eq!(
        samenvatting_zinnen(t(), sum)[1],
        "5 acties: 2 klaar, 1 open en 2 te laat."
    );

    // September only: the acties of 15 September; a4–a6 are agreed later.
    let r = rapport(&s, &periode("2026-09-01", "2026-09-30"), TODAY);
    let a = acties(&r);
    assert_eq!(wats(&a.te_laat), Vec::<&str>::new(), "due 1 October");
    assert_eq!(wats(&a.open), ["Actie a2"]);
    assert_eq!(wats(&a.klaar), ["Actie a1", "Actie a3"]);
    assert_eq!(a.tot, "2026-09-30");

    // Without a record of the close, an earlier actie counts by today's status.
    let mut s = with_acties();
    s.bijeenkomsten[0].acties_bij_afronding = None;
    let r = rapport(&s, &periode("2026-10-01", "2026-10-31"), TODAY);
    let a = acties(&r);
    assert_eq!(
        wats(&a.klaar),
        ["Actie a6"],
        "a1 and a3 are taken as done before"
    );
    assert_eq!(wats(&a.te_laat), ["Actie a2", "Actie a4"]);
}

/// `n` responses scoring every ingrediënt of the first factor (Relatie) `score`, and the
/// first ingrediënt of the second factor (Samenstelling) `other`.
fn scan(id: &str, day_ms: u64, revealed: bool, scores: &[(u8, u8)]) -> Scan {
    let model = content::nl();
    let mut scan = Scan::new(id.into(), "sw-1".into(), format!("Scan {id}"), day_ms);
    for (k, (score, other)) in scores.iter().enumerate() {
        let mut r = Response::new(format!("r-{k}"), Source::Laptop, day_ms);
        for i in &model.factors[0].ingredients {
            r.set(&i.id, Some(*score), "");
        }
        r.set(&model.factors[1].ingredients[0].id, Some(*other), "");
        scan.add_response(r).expect("response");
    }
    scan.revealed = revealed;
    scan
}

/// 12:00 UTC on a day of November 2026.
fn november(day: u64) -> u64 {
    1_793_491_200_000 + (day - 1) * 86_400_000 + 12 * 3_600_000
}

#[test]
fn the_scan_trend_starts_from_the_last_scan_before_the_period() {
    assert_eq!(
        vitaal_core::report::dates::dutch_iso_date(november(1)),
        "2026-11-01"
    );
    let mut s = with_acties();
    s.scans = vec![
        scan("oud", november(1) - 60 * 86_400_000, true, &[(1, 1)]),
        // The starting point: Relatie 3 and 2 → 2,5; Samenstelling 4 and 5 → 4,5.
        scan("voor", november(2), true, &[(3, 4), (2, 5)]),
        // In the period: Relatie 4, 4, 3 → 3,7; Samenstelling 2 → 2,0 …
        scan("na-1", november(10), true, &[(4, 2), (4, 2), (3, 2)]),
        // … not revealed: never reported …
        scan("verborgen", november(12), false, &[(1, 1)]),
        // … then Relatie 3 → 3,0 (was 2,5: +0,5); Samenstelling 5 → 5,0 (was 4,5: +0,5).
        scan("na-2", november(20), true, &[(3, 5)]),
    ];
    let r = rapport(&s, &periode("2026-11-05", "2026-11-30"), TODAY);
    let tr = trend(&r).expect("a trend");
    let ids: Vec<&str> = tr.scans.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["voor", "na-1", "na-2"]);
    assert!(tr.scans[0].beginpunt && !tr.scans[1].beginpunt);
    assert_eq!(tr.scans[1].date, "2026-11-10");
    let relatie = &tr.factors[0];
    assert_eq!(relatie.means, [Some(25), Some(37), Some(30)]);
    assert_eq!(relatie.verschil, Some(5));
    let samenstelling = &tr.factors[1];
    assert_eq!(samenstelling.means, [Some(45), Some(20), Some(50)]);
    assert_eq!(samenstelling.verschil, Some(5));
    // Factors nobody scored: no means, no difference.
    assert_eq!(tr.factors[2].means, [None, None, None]);
    assert_eq!(tr.factors[2].verschil, None);

    let sum = summary(&r);
    assert_eq!(
        sum.scans, 2,
        "the starting point is not a scan of the period"
    );
    let kop = sum.trend.as_ref().expect("a headline");
    assert_eq!((kop.omhoog, kop.omlaag, kop.gelijk), (2, 0, 0));
    assert_eq!(
        samenvatting_zinnen(t(), sum)[2],
        "Ingrediëntenscan: van Scan voor (2 november 2026) naar Scan na-2 (20 november 2026) ging het gemiddelde van 2 factoren omhoog, van 0 omlaag en bleef het bij 0 gelijk."
    );
    let text = voortgang_markdown(t(), &r);
    assert!(text.contains(
        "| Factor | Scan voor (2 november 2026), beginpunt | Scan na-1 (10 november 2026) | Scan na-2 (20 november 2026) | Verschil |"
    ));
    assert!(
        text.contains("| Relatie | 2,5 | 3,7 | 3,0 | +0,5 |"),
        "{text}"
    );
    assert!(!text.contains("verborgen"));

    // A drop is written with a minus sign.
    s.scans.retain(|x| x.id != "na-2");
    let r = rapport(&s, &periode("2026-11-05", "2026-11-30"), TODAY);
    assert!(voortgang_markdown(t(), &r).contains("| Samenstelling | 4,5 | 2,0 | −2,5 |"));

    // One scan in the period, and none before it: no trend, one scan.
    s.scans.retain(|x| x.id == "na-1" || x.id == "verborgen");
    let r = rapport(&s, &periode("2026-11-05", "2026-11-30"), TODAY);
    assert_eq!(trend(&r).expect("one scan").scans.len(), 1);
    assert_eq!(summary(&r).scans, 1);
    assert!(summary(&r).trend.is_none());
    assert_eq!(
        samenvatting_zinnen(t(), summary(&r))[2],
        "1 Ingrediëntenscan in deze periode, zonder eerdere scan om mee te vergelijken."
    );
    // A period with only the unrevealed scan: nothing about scans.
    let r = rapport(&s, &periode("2026-11-12", "2026-11-12"), TODAY);
    assert!(trend(&r).is_none());
}

#[test]
fn the_summary_figures_of_the_fixture() {
    let s = fixture();
    let r = rapport(&s, &periode("2026-09-01", TODAY), TODAY);
    let sum = summary(&r);
    assert_eq!(sum.bijeenkomsten, 2, "15 September and 20 October");
    assert_eq!(sum.besluiten, 1);
    assert_eq!((sum.klaar, sum.open, sum.te_laat), (1, 1, 0));
    assert_eq!(sum.scans, 2);
    assert_eq!(sum.werkbladen, 3);
    let feiten = samenvatting_feiten(t(), sum);
    let feiten: Vec<(&str, &str)> = feiten
        .iter()
        .map(|(l, v)| (l.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        feiten,
        [
            ("Bijeenkomsten gehouden", "2"),
            ("Besluiten", "1"),
            ("Acties klaar", "1"),
            ("Acties open", "1"),
            ("Acties te laat", "0"),
            ("Ingrediëntenscans", "2"),
            ("Metingen van indicatoren", "0"),
            ("Lessen in het leerlog", "0"),
            ("Werkbladen ingevuld", "3"),
            ("Ingrediënten met aandacht nodig (einde periode)", "5"),
        ]
    );
    assert_eq!(
        samenvatting_zinnen(t(), sum)[0],
        "In deze periode: 2 bijeenkomsten gehouden, met 1 besluit."
    );
}

#[test]
fn markdown_of_the_fixture_from_september() {
    let s = fixture();
    let r = rapport(&s, &periode("2026-09-01", TODAY), TODAY);
    let text = voortgang_markdown(t(), &r);
    golden("voortgang.md", &text);
    // The summary comes before everything else.
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at("## Samenvatting") < at("## Opgave"));
    assert!(at("## Opgave") < at("## Bijeenkomsten en besluiten"));
}

#[test]
fn hostile_text_cannot_become_markup() {
    let mut s = with_acties();
    s.name = "# Kop | *vet*".into();
    s.acties[1].wat = "| cel | <script>".into();
    let r = rapport(&s, &periode("2026-10-01", "2026-10-31"), TODAY);
    let text = voortgang_markdown(t(), &r);
    assert!(text.starts_with("# Voortgangsrapportage: \\# Kop \\| \\*vet\\*\n"));
    assert!(text.contains("| \\| cel \\| \\<script\\> |"));
}

// ---- the sections of file version 6: partners who joined or left, indicatoren, leerlog, and
// De stand at the end of the period ----

fn fixture_v6() -> Samenwerking {
    file::import(include_str!("fixtures/v6.vitaal.json")).expect("v6 fixture")
}

fn section(r: &Rapport, kind: SectionKind) -> &Section {
    r.sections
        .iter()
        .find(|s| s.kind() == kind)
        .unwrap_or_else(|| panic!("a {kind:?} section"))
}

#[test]
fn the_sections_come_in_the_issue_order_with_de_stand_last() {
    let r = rapport(&fixture_v6(), &periode("2026-09-01", TODAY), TODAY);
    let kinds: Vec<SectionKind> = r.sections.iter().map(Section::kind).collect();
    assert_eq!(kinds, ORDER);
    assert_eq!(
        &ORDER[5..],
        [
            SectionKind::ScanTrend,
            SectionKind::Indicatoren,
            SectionKind::Leerlog,
            SectionKind::Werkbladen,
            SectionKind::Stand
        ]
    );
}

#[test]
fn partners_of_the_period_and_who_joined_or_left_in_it() {
    let s = fixture_v6();
    // KBO-PCOB joined on 1 March and left on 31 October 2026.
    let partners = |from, to| match section(
        &rapport(&s, &periode(from, to), TODAY),
        SectionKind::Partners,
    ) {
        Section::Partners(list) => list.clone(),
        _ => unreachable!(),
    };
    let labels = |list: &[PartnerRegel]| list.iter().map(|p| p.label.clone()).collect::<Vec<_>>();
    // After KBO-PCOB left: not a partner of that period.
    let late = partners("2026-11-01", "2026-11-30");
    assert_eq!(
        labels(&late),
        ["Anna de Vries (Welzijn Dorpsstad)", "Meneer Jansen (82)"]
    );
    // Before Anna joined: only those without a known start.
    let early = partners("2025-06-01", "2025-12-31");
    assert_eq!(labels(&early), ["Meneer Jansen (82)"]);
    // A period with KBO-PCOB's leaving in it (the last day counts).
    let autumn = partners("2026-10-31", "2026-11-30");
    let kbo = autumn
        .iter()
        .find(|p| p.label.starts_with("KBO"))
        .expect("KBO-PCOB");
    assert_eq!(kbo.left_in.as_deref(), Some("2026-10-31"));
    assert_eq!(kbo.joined_in, None);
    let text = voortgang_markdown(
        t(),
        &rapport(&s, &periode("2026-01-01", "2026-10-31"), TODAY),
    );
    assert!(
        text.contains("Nieuw in deze periode: Anna de Vries (Welzijn Dorpsstad) (15 januari 2026), KBO-PCOB afdeling Dorpsstad (1 maart 2026)."),
        "{text}"
    );
    assert!(
        text.contains("Vertrokken in deze periode: KBO-PCOB afdeling Dorpsstad (31 oktober 2026).")
    );
}

#[test]
fn indicatoren_stand_as_at_the_end_of_the_period() {
    let s = fixture_v6();
    let doelen = |from, to| match section(
        &rapport(&s, &periode(from, to), TODAY),
        SectionKind::Indicatoren,
    ) {
        Section::Indicatoren(list) => list.clone(),
        _ => unreachable!(),
    };
    // Up to 31 August: "gehoord" has its baseline measurement of 1 March only.
    let summer = doelen("2026-03-01", "2026-08-31");
    let gehoord = &summer[0].indicatoren[0];
    assert_eq!(
        gehoord.indicator.name,
        "Ouderen geven aan zich gehoord te voelen"
    );
    assert_eq!(gehoord.indicator.metingen.len(), 1);
    assert_eq!(gehoord.in_periode, 1);
    // Up to the end of the year: 3,25 on 1 September; from 2,5 to 4 that is 50 %.
    let autumn = doelen("2026-09-01", "2026-12-31");
    let gehoord = &autumn[0].indicatoren[0];
    assert_eq!(gehoord.in_periode, 1);
    assert_eq!(
        gehoord.indicator.voortgang(),
        vitaal_core::domain::monitoring::Voortgang::Procent(50)
    );
    // "Lower is better": 40 → 31 towards 10 is 30 % of the way.
    assert_eq!(
        autumn[0].indicatoren[1].indicator.voortgang(),
        vitaal_core::domain::monitoring::Voortgang::Procent(30)
    );
    let text = voortgang_markdown(
        t(),
        &rapport(&s, &periode("2026-09-01", "2026-12-31"), TODAY),
    );
    assert!(
        text.contains("| Ouderen geven aan zich gehoord te voelen | 2,5 | 4 | 3,25 (1 september 2026) | +0,75 | 50 % van de weg van nulmeting naar streefwaarde | 1 |"),
        "{text}"
    );
    assert!(text.contains("| Ouderen die wachten op een huisbezoek | 40 ouderen | 10 ouderen | 31 ouderen (1 oktober 2026) | -9 ouderen |") || text.contains("| Ouderen die wachten op een huisbezoek | 40 ouderen | 10 ouderen | 31 ouderen (1 oktober 2026) |"), "{text}");
    let sum = summary(&rapport(&s, &periode("2026-09-01", "2026-12-31"), TODAY)).clone();
    assert_eq!(sum.metingen, 2, "1 September and 1 October");
}

#[test]
fn the_leerlog_of_the_period_with_what_it_links_to() {
    let s = fixture_v6();
    let entries = |from, to| match section(
        &rapport(&s, &periode(from, to), TODAY),
        SectionKind::Leerlog,
    ) {
        Section::Leerlog(list) => list.clone(),
        _ => unreachable!(),
    };
    let september = entries("2026-09-01", "2026-09-30");
    assert_eq!(september.len(), 1);
    let e = &september[0];
    assert_eq!(e.date, "2026-09-20");
    assert_eq!(
        e.bijeenkomst.as_ref().map(|b| b.1.as_str()),
        Some("2026-09-15")
    );
    assert!(e.werkblad.is_some() && e.indicator.is_some());
    // The undated entry counts on the day it was written.
    let undated = s
        .leerlog
        .iter()
        .find(|x| x.date.is_empty())
        .expect("an undated entry");
    let day = vitaal_core::report::dates::dutch_iso_date(undated.created_ms);
    assert!(entries(&day, &day).iter().any(|x| x.entry.id == undated.id));
    let text = voortgang_markdown(
        t(),
        &rapport(&s, &periode("2026-09-01", "2026-09-30"), TODAY),
    );
    assert!(text.contains("### 20 september 2026 – Leren"), "{text}");
    assert!(text.contains("Doen we de goede dingen?"), "{text}");
    assert!(text.contains("- **Hoort bij:** werkblad "), "{text}");
    assert!(
        text.contains(
            "bijeenkomst van 15 september 2026; indicator Ouderen geven aan zich gehoord te voelen"
        ),
        "{text}"
    );
}

#[test]
fn de_stand_is_taken_at_the_end_of_the_period() {
    let s = fixture_v6();
    let stand =
        |from, to| match section(&rapport(&s, &periode(from, to), TODAY), SectionKind::Stand) {
            Section::Stand(x) => x.clone(),
            _ => unreachable!(),
        };
    let toestand = |st: &StandEinde, name: &str| {
        st.rows
            .iter()
            .find(|(_, n, _)| n == name)
            .map(|(_, _, o)| o.toestand)
            .unwrap_or_else(|| panic!("{name}"))
    };
    use vitaal_core::domain::stand::Toestand;
    // On 30 September only the meeting of 15 September was held, and no scan was revealed yet
    // (the startscan dates from November): Duidelijke spelregels was talked through, everyone
    // on board, so it is on track; Maximale mix was never discussed.
    let september = stand("2026-09-01", "2026-09-30");
    assert_eq!(september.op, "2026-09-30");
    assert_eq!(september.rows.len(), 16);
    assert_eq!(
        toestand(&september, "Duidelijke spelregels"),
        Toestand::GoedOpWeg
    );
    assert_eq!(
        toestand(&september, "Maximale mix"),
        Toestand::NogNietBesproken
    );
    assert_eq!(
        toestand(&september, "Voldoende tijd"),
        Toestand::NogNietBesproken
    );
    // At the end of November the scans are in: Duidelijke spelregels scores low.
    let november = stand("2026-09-01", TODAY);
    assert_eq!(
        toestand(&november, "Duidelijke spelregels"),
        Toestand::AandachtNodig
    );
    assert_eq!(
        toestand(&november, "Voldoende tijd"),
        Toestand::AandachtNodig
    );
    // The same as De stand on the screen, on that day.
    let screen = vitaal_core::domain::stand::stand(&s, TODAY);
    let screen_aandacht = vitaal_core::domain::stand::aandacht_nodig(&screen).len();
    assert_eq!(november.aandacht(), screen_aandacht);
    // A period that ends later than today is taken today.
    assert_eq!(stand("2026-09-01", "2027-06-30").op, TODAY);
}

#[test]
fn markdown_of_the_v6_fixture_with_every_section() {
    let s = fixture_v6();
    let r = rapport(&s, &periode("2026-01-01", TODAY), TODAY);
    golden("voortgang-v6.md", &voortgang_markdown(t(), &r));
}
