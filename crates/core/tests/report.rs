//! The verslag (Markdown), the actions CSV and the Ingrediëntenscan summary, compared with
//! golden files made from the version 2 fixture (plus a scan built here). Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate change,
//! then read the diff.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use vitaal_core::domain::file;
use vitaal_core::domain::scan::{Response, Scan, Score, Source};
use vitaal_core::domain::Samenwerking;
use vitaal_core::i18n::check::dutch_words;
use vitaal_core::i18n::{t, with_lang, Lang};
use vitaal_core::report::{
    acties_csv, mean_tenths, meeting_acties, scan_markdown, verslag_markdown, werkblad_markdown,
};

fn fixture() -> Samenwerking {
    file::import(include_str!("fixtures/v2.vitaal.json")).expect("fixture")
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

#[test]
fn verslag_of_a_finished_bob_meeting() {
    let s = fixture();
    golden(
        "verslag-bob.md",
        &verslag_markdown(t(), &s, &s.bijeenkomsten[0]),
    );
}

#[test]
fn verslag_of_a_barb_meeting_shows_the_achterban_and_carried_over_actions() {
    let s = fixture();
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[1]);
    golden("verslag-barb.md", &md);
    assert!(md.contains("Welzijn Dorpsstad"));
    assert!(
        md.contains("Spelregels op één A4 zetten"),
        "open action carried over"
    );
    assert!(
        !md.contains("Eerste koffieochtend organiseren"),
        "finished action not carried over"
    );
}

#[test]
fn actions_csv_for_excel_with_dutch_settings() {
    let s = fixture();
    let (ours, _) = meeting_acties(&s, &s.bijeenkomsten[0]);
    let csv = acties_csv(t(), &s, &ours);
    assert!(
        csv.starts_with('\u{feff}'),
        "UTF-8 byte order mark for Excel"
    );
    assert!(csv.contains("Wat;Wie;Wanneer;Status;Ingrediënt;Bijeenkomst\r\n"));
    assert!(csv.contains("\"Spelregels op één A4 zetten; \"\"concept\"\" delen\""));
    assert_eq!(csv.matches("\r\n").count(), 3, "header and two rows, CRLF");
    golden("acties-bob.csv", &csv);
}

/// The English verslag of the same meetings: every word the app adds is English (the users'
/// own text stays as typed: the fixture's is Dutch), with the model's names from the English
/// content and dates like "15 September 2026".
#[test]
fn english_verslag_and_actions_csv() {
    let s = fixture();
    let bob = with_lang(Lang::En, || verslag_markdown(t(), &s, &s.bijeenkomsten[0]));
    golden("verslag-bob.en.md", &bob);
    let barb = with_lang(Lang::En, || verslag_markdown(t(), &s, &s.bijeenkomsten[1]));
    golden("verslag-barb.en.md", &barb);
    for md in [&bob, &barb] {
        assert!(md.starts_with("# Minutes"), "{}", &md[..60]);
        // The words the app adds: the lines without the users' text (headings, labels).
        for line in md
            .lines()
            .filter(|l| l.starts_with('#') || l.starts_with("- **"))
        {
            let label = line.split(':').next().unwrap_or(line);
            let dutch = dutch_words(label);
            assert!(
                dutch.is_empty() || label.contains(&s.name),
                "Dutch {dutch:?} in {line:?}"
            );
        }
    }
    let (ours, _) = meeting_acties(&s, &s.bijeenkomsten[0]);
    let csv = with_lang(Lang::En, || acties_csv(t(), &s, &ours));
    assert!(
        csv.starts_with("\u{feff}What,Who,When,Status,Ingredient,Meeting\r\n"),
        "{csv}"
    );
    assert_eq!(csv.matches("\r\n").count(), 3, "header and two rows, CRLF");
    golden("acties-bob.en.csv", &csv);
    // The Dutch documents are not touched by having made an English one.
    assert_eq!(
        verslag_markdown(t(), &s, &s.bijeenkomsten[0]),
        std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/verslag-bob.md")
        )
        .expect("golden")
    );
}

#[test]
fn hostile_or_formula_text_cannot_become_markup_or_a_formula() {
    let mut s = fixture();
    s.acties[0].wat = "=HYPERLINK(\"http://x\")".into();
    s.bijeenkomsten[0].agenda[0].notes.insert(
        vitaal_core::domain::bijeenkomst::Fase::Beeldvorming,
        "# geen kop\n| geen | tabel |".into(),
    );
    let (ours, _) = meeting_acties(&s, &s.bijeenkomsten[0]);
    let csv = acties_csv(t(), &s, &ours);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[0]);
    assert!(
        md.contains("\\# geen kop  \n\\| geen \\| tabel \\|"),
        "{md}"
    );
}

// ---- Ingrediëntenscan ----

const OV: &str = "openheid-en-vertrouwen";
const VS: &str = "vermogen-tot-samenwerking";
const GI: &str = "gelijkwaardige-inbreng";
const MM: &str = "minimale-massa";
const ZU: &str = "zichtbare-urgentie";
const DS: &str = "duidelijke-spelregels";
/// 31 August 2026, 22:30 UTC: already 1 September in the Netherlands (CEST).
const CREATED: u64 = 1_788_215_400_000;

fn response(
    id: &str,
    name: &str,
    organisation: &str,
    source: Source,
    answers: &[(&str, Score, &str)],
) -> Response {
    let mut r = Response::new(id.into(), source, CREATED + 60_000);
    r.name = name.into();
    r.organisation = organisation.into();
    for (ingredient, score, remark) in answers {
        r.set(ingredient, *score, remark);
    }
    r
}

/// Six responses (three from one organisation, spelled two ways; two from another; one
/// without) and a paper round for two ingrediënten.
fn najaarsscan(s: &Samenwerking, revealed: bool) -> Scan {
    let mut scan = Scan::new(
        "scan-najaar".into(),
        s.id.clone(),
        "Najaarsscan 2026".into(),
        CREATED,
    );
    let responses = [
        response(
            "r-1",
            "Anna de Vries",
            "Welzijn Dorpsstad",
            Source::Laptop,
            &[
                (OV, Some(2), "We zien elkaar te weinig."),
                (DS, Some(4), ""),
                (VS, Some(3), ""),
                (MM, Some(5), ""),
                (ZU, Some(3), ""),
            ],
        ),
        response(
            "r-2",
            "",
            "Welzijn Dorpsstad",
            Source::Laptop,
            &[
                (OV, Some(4), ""),
                (DS, Some(4), ""),
                (VS, Some(3), ""),
                (MM, None, ""),
                (ZU, Some(2), "Niemand voelt haast."),
            ],
        ),
        response(
            "r-3",
            "",
            " welzijn dorpsstad ",
            Source::File,
            &[
                (OV, Some(5), "Vertrouwen groeit | langzaam *maar* zeker"),
                (DS, Some(5), ""),
                (VS, Some(4), ""),
                (ZU, Some(2), ""),
            ],
        ),
        response(
            "r-4",
            "Meneer Jansen",
            "KBO-PCOB",
            Source::File,
            &[
                (OV, Some(1), "Ouderen worden niet gehoord."),
                (DS, Some(3), ""),
                (MM, Some(4), ""),
            ],
        ),
        response(
            "r-5",
            "",
            "KBO-PCOB",
            Source::Paper,
            &[(OV, Some(3), ""), (DS, Some(2), "")],
        ),
        response(
            "r-6",
            "",
            "",
            Source::Paper,
            &[
                (OV, Some(5), ""),
                (GI, Some(3), "leeftijd < 65 telt\nook mee"),
            ],
        ),
    ];
    for r in responses {
        scan.add_response(r).expect("valid response");
    }
    scan.set_paper(OV, [1, 0, 1, 2, 1, 0])
        .expect("paper counts");
    scan.set_paper(DS, [0, 0, 0, 3, 2, 0])
        .expect("paper counts");
    scan.revealed = revealed;
    scan
}

#[test]
fn mean_in_tenths_is_exact_and_rounds_half_up() {
    assert_eq!(mean_tenths(&[0; 6]), None, "no scores");
    assert_eq!(mean_tenths(&[7, 0, 0, 0, 0, 0]), None, "only weet ik niet");
    // 11 × 3 + 9 × 4 = 69 over 20 scores: 3,45 → 3,5. "Weet ik niet" does not count.
    assert_eq!(mean_tenths(&[0, 0, 0, 11, 9, 0]), Some(35));
    assert_eq!(mean_tenths(&[5, 0, 0, 11, 9, 0]), Some(35));
    // 13 × 2 + 7 × 3 = 47 over 20: 2,35 → 2,4 (a float could say 2,3).
    assert_eq!(mean_tenths(&[0, 0, 13, 7, 0, 0]), Some(24));
    // 2, 2, 2, 3: 9 / 4 = 2,25 → 2,3.
    assert_eq!(mean_tenths(&[0, 0, 3, 1, 0, 0]), Some(23));
    // 1, 1, 2: 4 / 3 = 1,33… → 1,3; 1, 2, 2: 5 / 3 = 1,66… → 1,7.
    assert_eq!(mean_tenths(&[0, 2, 1, 0, 0, 0]), Some(13));
    assert_eq!(mean_tenths(&[0, 1, 2, 0, 0, 0]), Some(17));
    assert_eq!(mean_tenths(&[0, 0, 0, 0, 0, 1]), Some(50));
    assert_eq!(mean_tenths(&[0, 1, 0, 0, 0, 0]), Some(10));
    // Huge counts do not overflow: mean 3.
    assert_eq!(mean_tenths(&[0, u32::MAX, 0, 0, 0, u32::MAX]), Some(30));
}

#[test]
fn scan_summary_with_results() {
    let s = fixture();
    let md = scan_markdown(&s, &najaarsscan(&s, true));
    golden("scan-onthuld.md", &md);
    assert!(md.starts_with("# Ingrediëntenscan: Najaarsscan 2026\n"));
    assert!(md.contains("- **Datum:** 1 september 2026\n"), "Dutch time");
    assert!(md.contains("- **Om de beurt op de laptop ingevuld:** 2\n"));
    assert!(md.contains("- **Via een antwoordbestand:** 2\n"));
    assert!(md.contains("- **Van een papieren formulier overgenomen:** 2\n"));
    assert!(md.contains("- **Kaartjes uit een papieren ronde:** 10\n"));
    // Openheid en vertrouwen: 2, 4, 5, 1, 3, 5 plus cards 2, 3, 3, 4 and one "weet ik niet":
    // 10 scores, Σ = 32, mean 3,2; D = 10 · 118 − 32² = 156 ≥ 10², so sterk verdeeld.
    assert!(
        md.contains(
            "| Openheid en vertrouwen | 10 | 1 | 3,2 | 1–5 | 1 / 2 / 3 / 2 / 2 | sterk verdeeld |"
        ),
        "{md}"
    );
    // Vermogen tot samenwerking: 3, 3, 4: mean 3,3; D = 3 · 34 − 100 = 2, 4·D ≤ 9: eensgezind.
    assert!(md.contains(
        "| Vermogen tot samenwerking | 3 | 0 | 3,3 | 3–4 | 0 / 0 / 2 / 1 / 0 | eensgezind |"
    ));
    // Welzijn Dorpsstad (three responses, two spellings) is shown; KBO-PCOB (two) is not.
    assert!(md.contains("### Welzijn Dorpsstad (3 deelnemers)"));
    assert!(md.contains("(minder dan 3 deelnemers): 1."), "{md}");
    assert!(md.contains("Deelnemers die geen organisatie noemden: 1."));
    for hidden in ["KBO-PCOB", "Anna de Vries", "Meneer Jansen"] {
        assert!(!md.contains(hidden), "{hidden} must not be in the summary");
    }
    // Remarks are escaped, on one line, and anonymous.
    assert!(md.contains("- Vertrouwen groeit \\| langzaam \\*maar\\* zeker\n"));
    assert!(md.contains("- leeftijd \\< 65 telt ook mee\n"));
}

#[test]
fn unrevealed_scan_shows_only_who_answered() {
    let s = fixture();
    let scan = najaarsscan(&s, false);
    let md = scan_markdown(&s, &scan);
    golden("scan-niet-onthuld.md", &md);
    assert!(md.contains("De uitkomsten zijn nog niet zichtbaar."));
    assert!(md.contains("- **Om de beurt op de laptop ingevuld:** 2\n"));
    let revealing = [
        "|",
        "Gemiddelde",
        "3,2",
        "eensgezind",
        "wisselend",
        "sterk verdeeld",
        "Welzijn",
        "KBO",
        "Anna",
        "te weinig",
        "Niemand voelt haast",
        "Vertrouwen groeit",
        "Openheid en vertrouwen",
    ];
    for text in revealing {
        assert!(
            !md.contains(text),
            "{text:?} before the results are revealed"
        );
    }
    // No decimal mean anywhere: no digit, comma, digit.
    assert!(
        !md.as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit()),
        "{md}"
    );

    // The verslag of a meeting linked to it does not leak either.
    let mut s = s;
    s.scans.push(scan);
    s.bijeenkomsten[1].scan = Some("scan-najaar".into());
    let verslag = verslag_markdown(t(), &s, &s.bijeenkomsten[1]);
    assert!(verslag.contains("## Ingrediëntenscan\n"));
    assert!(verslag.contains("De uitkomsten zijn nog niet zichtbaar."));
    for text in ["Gemiddelde", "Niemand voelt haast", "sterk verdeeld", "3,2"] {
        assert!(!verslag.contains(text), "{text:?} in the verslag");
    }
}

#[test]
fn verslag_with_the_scan_that_set_its_agenda() {
    let mut s = fixture();
    let plain = verslag_markdown(t(), &s, &s.bijeenkomsten[1]);
    s.scans.push(najaarsscan(&s, true));

    // A link to a scan that is not there adds nothing.
    s.bijeenkomsten[1].scan = Some("scan-bestaat-niet".into());
    assert_eq!(verslag_markdown(t(), &s, &s.bijeenkomsten[1]), plain);

    s.bijeenkomsten[1].scan = Some("scan-najaar".into());
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[1]);
    golden("verslag-met-scan.md", &md);
    // After the agenda, before the first ingrediënt on it.
    let scan_at = md.find("## Ingrediëntenscan\n").expect("scan section");
    assert!(md.find("## Agenda\n").unwrap() < scan_at);
    assert!(scan_at < md.find("## Openheid en vertrouwen\n").unwrap());
    assert!(md.contains("scan „Najaarsscan 2026” van 1 september 2026"));
    assert!(md.contains("### Waar verschillen we het meest?\n\n1. **Openheid en vertrouwen**"));
    // The short version: no organisations, no remarks.
    assert!(!md.contains("Per organisatie"));
    assert!(!md.contains("Niemand voelt haast"));
}

#[test]
fn hostile_remarks_and_titles_cannot_become_markup() {
    let s = fixture();
    let mut scan = najaarsscan(&s, true);
    scan.title = "# Kop | <b>vet</b>".into();
    // Validation refuses markup; a response that got past it (a tampered store) is still
    // written as text.
    scan.responses.push(response(
        "r-7",
        "Stiekem",
        "Geheim Genootschap",
        Source::File,
        &[(GI, Some(2), "| <script>alert(1)</script> |\n# kop")],
    ));
    let md = scan_markdown(&s, &scan);
    assert!(
        md.contains("- \\| \\<script\\>alert(1)\\</script\\> \\| \\# kop\n"),
        "{md}"
    );
    assert!(md.starts_with("# Ingrediëntenscan: \\# Kop \\| \\<b\\>vet\\</b\\>\n"));
    assert!(!md.contains("<script>"));
    assert!(!md.contains("Stiekem") && !md.contains("Geheim"));
    // Every table row still has its eight cell borders.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let borders = line.matches('|').count() - line.matches("\\|").count();
        assert_eq!(borders, 8, "{line}");
    }
}

// ---- Werkbladen ----

fn fixture_v4() -> Samenwerking {
    file::import(include_str!("fixtures/v4.vitaal.json")).expect("v4 fixture")
}

#[test]
fn the_verslag_includes_the_werkbladen_linked_to_the_meeting() {
    let s = fixture_v4();
    let b = s
        .bijeenkomsten
        .iter()
        .find(|b| {
            s.werkbladen
                .iter()
                .any(|w| w.bijeenkomst.as_deref() == Some(b.id.as_str()))
        })
        .expect("a meeting with a werkblad");
    let text = verslag_markdown(t(), &s, b);
    assert!(text.contains("## Werkblad: "), "{text}");
    golden("verslag-met-werkblad.md", &text);
    // A meeting without linked werkbladen has none in its verslag.
    for other in s.bijeenkomsten.iter().filter(|o| o.id != b.id) {
        if !s
            .werkbladen
            .iter()
            .any(|w| w.bijeenkomst.as_deref() == Some(other.id.as_str()))
        {
            assert!(!verslag_markdown(t(), &s, other).contains("Werkblad: "));
        }
    }
}

#[test]
fn every_werkblad_of_the_fixture_as_markdown() {
    let s = fixture_v4();
    let all: String = s
        .werkbladen
        .iter()
        .map(|w| werkblad_markdown(t(), &s, w, 2))
        .collect();
    golden("werkbladen.md", &all);
}

// ---- A sent verslag does not change afterwards ----

mod after_the_close {
    use super::*;
    use vitaal_core::domain::bijeenkomst::{Actie, ActieStatus, Vorm};
    use vitaal_core::domain::command::partner;
    use vitaal_core::domain::{
        ActieChange, BijeenkomstChange, Command, PartnerKind, Ring, Workspace,
    };

    const SW: &str = "sw-1";

    fn meeting(ws: &mut Workspace, id: &str, change: BijeenkomstChange, now: u64) {
        ws.apply(
            Command::Bijeenkomst {
                samenwerking: SW.into(),
                bijeenkomst: id.into(),
                change,
            },
            now,
        )
        .unwrap();
    }

    fn actie(id: &str, status: ActieStatus, bijeenkomst: &str) -> Actie {
        Actie {
            id: id.into(),
            wat: format!("Actie {id}"),
            wie: "Anna".into(),
            wanneer: "2026-10-01".into(),
            status,
            ingredient: None,
            bijeenkomst: bijeenkomst.into(),
        }
    }

    fn set(ws: &mut Workspace, change: ActieChange, now: u64) {
        ws.apply(
            Command::Actie {
                samenwerking: SW.into(),
                change,
            },
            now,
        )
        .unwrap();
    }

    /// Meeting 1 agreed a-1 and a-2 (both open) and was closed; meeting 2 runs.
    fn two_meetings() -> Workspace {
        let mut ws = Workspace::default();
        ws.apply(
            Command::Create {
                id: SW.into(),
                name: "Dorpsstad".into(),
            },
            1,
        )
        .unwrap();
        ws.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: partner(
                    "p-1",
                    "Anna",
                    "Welzijn",
                    PartnerKind::Formeel,
                    Ring::Kerngroep,
                ),
            },
            1,
        )
        .unwrap();
        for (id, date) in [("b-1", "2026-09-15"), ("b-2", "2026-10-20")] {
            ws.apply(
                Command::PlanBijeenkomst {
                    samenwerking: SW.into(),
                    id: id.into(),
                    vorm: Vorm::Bob,
                    date: date.into(),
                },
                2,
            )
            .unwrap();
        }
        meeting(&mut ws, "b-1", BijeenkomstChange::Start, 3);
        set(
            &mut ws,
            ActieChange::Add(actie("a-1", ActieStatus::Open, "b-1")),
            4,
        );
        set(
            &mut ws,
            ActieChange::Add(actie("a-2", ActieStatus::Bezig, "b-1")),
            4,
        );
        meeting(&mut ws, "b-1", BijeenkomstChange::Finish, 5);
        meeting(&mut ws, "b-2", BijeenkomstChange::Start, 6);
        ws
    }

    #[test]
    fn closing_a_meeting_records_its_acties_as_they_stand() {
        let ws = two_meetings();
        let s = &ws.samenwerkingen[0];
        let stand = s.bijeenkomsten[0].acties_bij_afronding.as_ref().unwrap();
        let stand: Vec<(&str, ActieStatus)> =
            stand.iter().map(|x| (x.actie.as_str(), x.status)).collect();
        assert_eq!(
            stand,
            [("a-1", ActieStatus::Open), ("a-2", ActieStatus::Bezig)]
        );
        assert_eq!(
            s.bijeenkomsten[1].acties_bij_afronding, None,
            "still running"
        );
    }

    #[test]
    fn an_actie_set_to_klaar_in_meeting_2_stays_open_in_the_verslag_of_meeting_1() {
        let mut ws = two_meetings();
        set(
            &mut ws,
            ActieChange::Update(actie("a-1", ActieStatus::Klaar, "b-1")),
            7,
        );
        let s = &ws.samenwerkingen[0];
        let (b1, b2) = (&s.bijeenkomsten[0], &s.bijeenkomsten[1]);

        // Markdown: the status at the close, and what it is now.
        let md = verslag_markdown(t(), s, b1);
        assert!(
            md.contains("| Actie a-1 | Anna | 1 oktober 2026 | Open (nu: klaar) |  |"),
            "{md}"
        );
        assert!(
            md.contains("| Actie a-2 | Anna | 1 oktober 2026 | Bezig |  |"),
            "{md}"
        );

        // CSV: the status column says what the verslag said when it was sent.
        let (ours, earlier) = meeting_acties(s, b1);
        assert!(earlier.is_empty());
        let csv = acties_csv(t(), s, &ours);
        assert!(
            csv.contains("Actie a-1;Anna;01-10-2026;Open;;15-09-2026\r\n"),
            "{csv}"
        );
        // What the screen shows comes from the same rows.
        assert_eq!(ours[0].status, ActieStatus::Open);
        assert_eq!(ours[0].nu, Some(ActieStatus::Klaar));
        assert_eq!(ours[0].status_text(t()), "Open (nu: klaar)");
        assert_eq!(ours[1].status_text(t()), "Bezig");

        // Meeting 2 (still running) shows today's state: a-1 done, so no longer carried over.
        let (_, carried) = meeting_acties(s, b2);
        let carried: Vec<&str> = carried.iter().map(|r| r.actie.id.as_str()).collect();
        assert_eq!(carried, ["a-2"]);
    }

    #[test]
    fn a_closed_meeting_keeps_the_earlier_acties_that_were_open_at_its_close() {
        let mut ws = two_meetings();
        meeting(&mut ws, "b-2", BijeenkomstChange::Finish, 7);
        // After meeting 2 was closed, both of meeting 1's acties are done.
        set(
            &mut ws,
            ActieChange::Update(actie("a-1", ActieStatus::Klaar, "b-1")),
            8,
        );
        set(
            &mut ws,
            ActieChange::Update(actie("a-2", ActieStatus::Klaar, "b-1")),
            8,
        );
        let s = &ws.samenwerkingen[0];
        let (_, earlier) = meeting_acties(s, &s.bijeenkomsten[1]);
        let shown: Vec<(&str, String)> = earlier
            .iter()
            .map(|r| (r.actie.id.as_str(), r.status_text(t())))
            .collect();
        assert_eq!(
            shown,
            [
                ("a-1", "Open (nu: klaar)".to_string()),
                ("a-2", "Bezig (nu: klaar)".to_string())
            ]
        );
        // Undo-free round trip: the record survives export and import.
        let again = file::import(&file::export(s, 9)).unwrap();
        assert_eq!(&again, s);
    }
}

// ---- Who was there, and who answered the scan ----

#[test]
fn the_scan_behind_the_agenda_counts_every_participant_and_says_how_they_answered() {
    use vitaal_core::report::ScanDeelname;
    let s = fixture();
    let scan = najaarsscan(&s, true);
    let d = ScanDeelname::of(&scan);
    // Laptop and file responses, the paper forms typed in one by one, and the paper round:
    // five cards for an ingrediënt is five people.
    assert_eq!((d.laptop, d.file, d.paper), (2, 2, 2 + 5));
    assert_eq!(d.total(), 11);
    assert_eq!(
        d.text(t()),
        "11 deelnemers: 2 op de laptop, 2 via een antwoordbestand, 7 op papier"
    );
    let one = ScanDeelname {
        laptop: 1,
        file: 0,
        paper: 0,
    };
    assert_eq!(one.text(t()), "1 deelnemer: 1 op de laptop");
    assert_eq!(ScanDeelname::default().text(t()), "0 deelnemers");
}

/// The audit of issue 12: 1 on the laptop, 1 by answer file and a paper round of 6 cards is 8
/// participants, and the sent Markdown verslag must say so in the words of the screen, not
/// leave the reader to add up "Kaartjes uit een papieren ronde" and per-source counts.
#[test]
fn the_markdown_verslag_counts_the_participants_of_its_scan_like_the_screen() {
    use vitaal_core::report::ScanDeelname;
    let mut s = fixture();
    let mut scan = Scan::new(
        "scan-klein".into(),
        s.id.clone(),
        "Kleine scan".into(),
        CREATED,
    );
    for (id, source) in [("r-1", Source::Laptop), ("r-2", Source::File)] {
        scan.add_response(response(id, "", "", source, &[(OV, Some(4), "")]))
            .expect("valid response");
    }
    // Six cards for Openheid en vertrouwen, four for another: six people on paper.
    scan.set_paper(OV, [0, 0, 1, 2, 2, 1])
        .expect("paper counts");
    scan.set_paper(DS, [1, 0, 0, 2, 1, 0])
        .expect("paper counts");
    scan.revealed = true;
    let deelname = ScanDeelname::of(&scan);
    assert_eq!((deelname.laptop, deelname.file, deelname.paper), (1, 1, 6));
    s.scans.push(scan);
    s.bijeenkomsten[1].scan = Some("scan-klein".into());
    let b = &s.bijeenkomsten[1];

    let md = verslag_markdown(t(), &s, b);
    let line = "8 deelnemers: 1 op de laptop, 1 via een antwoordbestand, 6 op papier.\n";
    let section = &md[md.find("## Ingrediëntenscan\n").expect("scan section")..];
    assert!(section.contains(&format!("\n\n{line}\n- **")), "{section}");
    // The same words as the screen, from the same function.
    assert!(line.starts_with(&deelname.text(t())));
    // And in the summary of the scan on its own.
    let summary = scan_markdown(&s, s.scans.last().expect("the scan"));
    assert!(
        summary.contains(&format!("## Deelname\n\n{line}")),
        "{summary}"
    );

    let en = with_lang(Lang::En, || verslag_markdown(t(), &s, b));
    assert!(
        en.contains("\n8 participants: 1 on the laptop, 1 by answer file, 6 on paper.\n"),
        "{en}"
    );
}

#[test]
fn absent_partners_are_named_in_the_verslag() {
    let s = fixture();
    // The BARB meeting: Meneer Jansen was not there.
    let b = &s.bijeenkomsten[1];
    assert_eq!(
        vitaal_core::report::partners_present(&s, b, false),
        ["Meneer Jansen (82)"]
    );
    let md = verslag_markdown(t(), &s, b);
    assert!(md.contains("- **Afwezig:** Meneer Jansen (82)\n"), "{md}");
    // Everyone there: no Afwezig line.
    assert!(!verslag_markdown(t(), &s, &s.bijeenkomsten[0]).contains("Afwezig"));
}

#[test]
fn the_summary_with_every_besluit_and_the_acties_comes_first() {
    let s = fixture();
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[0]);
    let at = |text: &str| md.find(text).unwrap_or_else(|| panic!("{text}: {md}"));
    assert!(at("## Besluiten") < at("## Acties uit deze bijeenkomst"));
    assert!(at("## Acties uit deze bijeenkomst") < at("## Agenda"));
    assert!(
        at("- Elke maand een koffieochtend voor alle partners. (Openheid en vertrouwen)")
            < at("## Agenda")
    );
}

#[test]
fn achterban_bladen_are_printed_for_attending_organisations_but_not_inwoners() {
    use vitaal_core::report::achterban_groepen;
    let s = fixture();
    let groepen = achterban_groepen(&s, &s.bijeenkomsten[1]);
    let shown: Vec<(&str, bool, bool, bool)> = groepen
        .iter()
        .map(|g| (g.label.as_str(), g.present, g.inwoner, g.print_by_default()))
        .collect();
    assert_eq!(
        shown,
        [
            ("Welzijn Dorpsstad", true, false, true),
            ("KBO-PCOB afdeling Dorpsstad", true, false, true),
            ("Meneer Jansen (82)", false, true, false),
        ]
    );
    // An organisation that stayed away is not printed by default either.
    let mut b = s.bijeenkomsten[1].clone();
    b.attendees.retain(|p| p != "p-mfx2ka-1bc2d3");
    let defaults: Vec<String> = achterban_groepen(&s, &b)
        .into_iter()
        .filter(|g| g.print_by_default())
        .map(|g| g.label)
        .collect();
    assert_eq!(defaults, ["Welzijn Dorpsstad"]);
}

#[test]
fn scan_summary_says_when_a_group_figure_is_left_out_by_difference() {
    let s = fixture();
    let mut scan = Scan::new("scan-klein".into(), s.id.clone(), "Klein".into(), 1_000);
    scan.revealed = true;
    let ov = "openheid-en-vertrouwen";
    for (n, organisation) in ["GGD", "GGD", "GGD", "KBO", "KBO", "KBO", ""]
        .iter()
        .enumerate()
    {
        let mut r = Response::new(format!("r-{n}"), Source::Laptop, 2_000);
        r.organisation = organisation.to_string();
        r.set(ov, Some(1 + (n % 5) as u8), "");
        scan.add_response(r).expect("valid");
    }
    let md = scan_markdown(&s, &scan);
    // The whole scan minus GGD and KBO would be the one answer without an organisation.
    assert!(
        md.contains("te herleiden zijn: 1."),
        "the note on the figure left out: {md}"
    );
    assert!(md.contains("### KBO (3 deelnemers)"), "{md}");
}
