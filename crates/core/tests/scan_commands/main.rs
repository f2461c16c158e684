//! The Ingrediëntenscan as part of a samenwerking: every `ScanChange` and its refusals (a
//! refused command changes nothing), answer files merged through the command, the agenda
//! hand-off to the next planned bijeenkomst, imports with scans, and the Dutch messages.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::bijeenkomst::{Fase, Status, Vorm};
use vitaal_core::domain::command::partner;
use vitaal_core::domain::file::{self, ImportError};
use vitaal_core::domain::scan::{
    self, Antwoordbestand, AntwoordbestandError, MergeError, Response, Scan, ScanError, Score,
    Source, MAX_PAPER_COUNT, MAX_REMARK_CHARS, MAX_RESPONSES,
};
use vitaal_core::domain::validate::{self, MAX_SCANS};
use vitaal_core::domain::*;
use vitaal_core::i18n::t;

const SW: &str = "sw-dorpsstad";

// Ingrediënten (content/nl.json), in content order within their factor.
const OV: &str = "openheid-en-vertrouwen"; // relatie, 2nd
const GI: &str = "gelijkwaardige-inbreng"; // relatie, 3rd
const MM: &str = "minimale-massa"; // samenstelling, 1st
const DS: &str = "duidelijke-spelregels"; // organisatie & proces, 2nd
const VT: &str = "voldoende-tijd"; // organisatie & proces, 3rd

fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: SW.into(),
            name: "Samen ouder worden in Dorpsstad".into(),
        },
        1_000,
    )
    .unwrap();
    for (id, name, organisation, kind) in [
        (
            "p-anna",
            "Anna de Vries",
            "Welzijn Dorpsstad",
            PartnerKind::Formeel,
        ),
        ("p-kbo", "", "KBO-PCOB", PartnerKind::Informeel),
        ("p-jansen", "Meneer Jansen", "", PartnerKind::InwonerOudere),
    ] {
        ws.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: partner(id, name, organisation, kind, Ring::Kerngroep),
            },
            1_001,
        )
        .unwrap();
    }
    ws
}

fn change(ws: &mut Workspace, change: ScanChange, now: Millis) -> Result<(), DomainError> {
    ws.apply(
        Command::Scan {
            samenwerking: SW.into(),
            change,
        },
        now,
    )
}

fn with_scan(id: &str) -> Workspace {
    let mut ws = ws();
    change(
        &mut ws,
        ScanChange::Create {
            id: id.into(),
            title: "Startscan".into(),
        },
        2_000,
    )
    .unwrap();
    ws
}

fn sw(ws: &Workspace) -> &Samenwerking {
    ws.get(SW).unwrap()
}

fn the_scan<'a>(ws: &'a Workspace, id: &str) -> &'a Scan {
    sw(ws).scan(id).expect("scan")
}

fn resp(id: &str, scores: &[(&str, Score)]) -> Response {
    let mut r = Response::new(id.into(), Source::Laptop, 3_000);
    for (ingredient, score) in scores {
        r.set(ingredient, *score, "");
    }
    r
}

fn add(ws: &mut Workspace, scan: &str, response: Response, now: Millis) {
    change(
        ws,
        ScanChange::AddResponse {
            scan: scan.into(),
            response,
        },
        now,
    )
    .unwrap();
}

/// Applies `command`, expects `expected` and checks that nothing changed.
fn refused(ws: &mut Workspace, command: Command, expected: DomainError) {
    let before = ws.clone();
    assert_eq!(
        ws.apply(command.clone(), 99_000),
        Err(expected),
        "{command:?}"
    );
    assert_eq!(
        *ws, before,
        "a refused command changes nothing: {command:?}"
    );
}

fn scan_command(change: ScanChange) -> Command {
    Command::Scan {
        samenwerking: SW.into(),
        change,
    }
}

/// The answer file a participant would bring for `scan`, read as the app reads it.
fn answer_file_for(scan: &Scan, response: &Response) -> Antwoordbestand {
    scan::read_answer_file(&scan::answer_file(scan, response, 5_000)).expect("own answer file")
}

// ---- create, rename, reveal, delete ----

#[test]
fn create_makes_an_empty_hidden_scan_of_this_samenwerking() {
    let mut ws = ws();
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-1".into(),
            title: "  Startscan  ".into(),
        },
        2_000,
    )
    .unwrap();
    let scan = the_scan(&ws, "sc-1");
    assert_eq!(
        *scan,
        Scan::new("sc-1".into(), SW.into(), "Startscan".into(), 2_000)
    );
    assert!(!scan.revealed && scan.responses.is_empty() && scan.paper.is_empty());
    assert_eq!(sw(&ws).updated_ms, 2_000);
}

#[test]
fn create_refuses_bad_ids_and_titles_duplicates_and_too_many_scans() {
    let mut ws = with_scan("sc-1");
    let create = |id: &str, title: &str| {
        scan_command(ScanChange::Create {
            id: id.into(),
            title: title.into(),
        })
    };
    refused(&mut ws, create("Sc 2", "Twee"), DomainError::BadId);
    refused(
        &mut ws,
        create("sc-2", "   "),
        DomainError::Empty(Field::Name),
    );
    refused(
        &mut ws,
        create("sc-2", "<script>alert(1)</script>"),
        DomainError::Markup(Field::Name),
    );
    refused(
        &mut ws,
        create("sc-2", &"x".repeat(validate::MAX_NAME_CHARS + 1)),
        DomainError::TooLong {
            field: Field::Name,
            max: validate::MAX_NAME_CHARS,
        },
    );
    refused(&mut ws, create("sc-1", "Nog een"), DomainError::DuplicateId);
    refused(
        &mut ws,
        Command::Scan {
            samenwerking: "sw-weg".into(),
            change: ScanChange::Create {
                id: "sc-2".into(),
                title: "Twee".into(),
            },
        },
        DomainError::NotFound,
    );
    for i in 2..=MAX_SCANS {
        ws.apply(create(&format!("sc-{i}"), "Scan"), 3_000).unwrap();
    }
    assert_eq!(sw(&ws).scans.len(), MAX_SCANS);
    refused(
        &mut ws,
        create("sc-te-veel", "Eén te veel"),
        DomainError::TooManyScans { max: MAX_SCANS },
    );
}

#[test]
fn rename_and_reveal_change_only_when_something_changes() {
    let mut ws = with_scan("sc-1");
    change(
        &mut ws,
        ScanChange::Rename {
            scan: "sc-1".into(),
            title: " Nulmeting ".into(),
        },
        3_000,
    )
    .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").title, "Nulmeting");
    assert_eq!(sw(&ws).updated_ms, 3_000);
    // The same title again: nothing changes, not even the time.
    change(
        &mut ws,
        ScanChange::Rename {
            scan: "sc-1".into(),
            title: "Nulmeting".into(),
        },
        4_000,
    )
    .unwrap();
    assert_eq!(sw(&ws).updated_ms, 3_000);

    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-1".into(),
            revealed: true,
        },
        5_000,
    )
    .unwrap();
    assert!(the_scan(&ws, "sc-1").revealed);
    assert_eq!(sw(&ws).updated_ms, 5_000);
    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-1".into(),
            revealed: true,
        },
        6_000,
    )
    .unwrap();
    assert_eq!(sw(&ws).updated_ms, 5_000);

    refused(
        &mut ws,
        scan_command(ScanChange::Rename {
            scan: "sc-1".into(),
            title: "".into(),
        }),
        DomainError::Empty(Field::Name),
    );
    refused(
        &mut ws,
        scan_command(ScanChange::Rename {
            scan: "sc-weg".into(),
            title: "Weg".into(),
        }),
        DomainError::NotFound,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetRevealed {
            scan: "sc-weg".into(),
            revealed: false,
        }),
        DomainError::NotFound,
    );
}

#[test]
fn delete_removes_the_scan_and_the_links_to_it() {
    let mut ws = with_scan("sc-1");
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-2".into(),
            title: "Tweede".into(),
        },
        2_100,
    )
    .unwrap();
    for (id, scan) in [("bk-1", "sc-1"), ("bk-2", "sc-2")] {
        ws.apply(
            Command::PlanBijeenkomst {
                samenwerking: SW.into(),
                id: id.into(),
                vorm: Vorm::Bob,
                date: String::new(),
            },
            2_200,
        )
        .unwrap();
        add(&mut ws, scan, resp("r-1", &[(OV, Some(2))]), 2_300);
        ws.apply(
            Command::AgendaFromScan {
                samenwerking: SW.into(),
                scan: scan.into(),
                bijeenkomst: "bk-ongebruikt".into(),
                count: 1,
            },
            2_400,
        )
        .unwrap();
    }
    // Both went to the first planned meeting: the second link replaced the first.
    assert_eq!(
        sw(&ws).bijeenkomst("bk-1").unwrap().scan.as_deref(),
        Some("sc-2")
    );
    // Point the other meeting at sc-1 by hand-made file content, as an import would.
    let mut s = sw(&ws).clone();
    s.bijeenkomsten[1].scan = Some("sc-1".into());
    ws.apply(
        Command::Import {
            samenwerking: s,
            mode: ImportMode::Replace,
        },
        2_500,
    )
    .unwrap();

    change(
        &mut ws,
        ScanChange::Delete {
            scan: "sc-1".into(),
        },
        3_000,
    )
    .unwrap();
    let s = sw(&ws);
    assert_eq!(s.scans.len(), 1);
    assert!(s.scan("sc-1").is_none());
    // The meeting keeps its agenda but no longer points at the deleted scan; the other link
    // stays.
    let bk2 = s.bijeenkomst("bk-2").unwrap();
    assert_eq!(bk2.scan, None);
    assert_eq!(bk2.updated_ms, 3_000);
    assert_eq!(s.bijeenkomst("bk-1").unwrap().scan.as_deref(), Some("sc-2"));
    assert_eq!(s.updated_ms, 3_000);
    assert_eq!(validate::samenwerking(s).as_ref(), Ok(s));

    refused(
        &mut ws,
        scan_command(ScanChange::Delete {
            scan: "sc-1".into(),
        }),
        DomainError::NotFound,
    );
}

// ---- responses and paper ----

#[test]
fn add_response_validates_normalises_and_keeps_responses_sorted() {
    let mut ws = with_scan("sc-1");
    let mut r = resp("r-b", &[(OV, Some(4)), (VT, None)]);
    r.name = "  Anna  ".into();
    r.set(VT, None, "  Weet ik echt niet.\n");
    add(&mut ws, "sc-1", r, 3_000);
    add(&mut ws, "sc-1", resp("r-a", &[(OV, Some(2))]), 3_100);
    let scan = the_scan(&ws, "sc-1");
    let ids: Vec<&str> = scan.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r-a", "r-b"]);
    let b = scan.response("r-b").unwrap();
    assert_eq!(b.name, "Anna");
    assert_eq!(b.answers[VT].remark, "Weet ik echt niet.");
    assert_eq!(b.answers[VT].score, None);
    assert_eq!(scan.counts(OV), [0, 0, 1, 0, 1, 0]);
    assert_eq!(sw(&ws).updated_ms, 3_100);
}

#[test]
fn add_response_refuses_bad_content_duplicates_and_a_full_scan() {
    let mut ws = with_scan("sc-1");
    add(&mut ws, "sc-1", resp("r-1", &[(OV, Some(3))]), 3_000);
    let add_cmd = |response: Response| {
        scan_command(ScanChange::AddResponse {
            scan: "sc-1".into(),
            response,
        })
    };
    refused(
        &mut ws,
        add_cmd(resp("r-1", &[(OV, Some(4))])),
        DomainError::DuplicateId,
    );
    refused(&mut ws, add_cmd(resp("r-2", &[])), DomainError::NoAnswers);
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[(OV, Some(3)), (MM, Some(9))])),
        DomainError::BadScore {
            ingredient: MM.into(),
            score: 9,
        },
    );
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[(OV, Some(0))])),
        DomainError::BadScore {
            ingredient: OV.into(),
            score: 0,
        },
    );
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[("gezellig-samenzijn", Some(3))])),
        DomainError::UnknownIngredient,
    );
    let mut hostile = resp("r-2", &[]);
    hostile.set(OV, Some(3), "<img src=x onerror=alert(1)>");
    refused(&mut ws, add_cmd(hostile), DomainError::Markup(Field::Note));
    let mut long = resp("r-2", &[]);
    long.set(OV, Some(3), &"x".repeat(MAX_REMARK_CHARS + 1));
    refused(
        &mut ws,
        add_cmd(long),
        DomainError::TooLong {
            field: Field::Note,
            max: MAX_REMARK_CHARS,
        },
    );
    let mut named = resp("r-2", &[(OV, Some(3))]);
    named.organisation = "<b>Welzijn</b>".into();
    refused(
        &mut ws,
        add_cmd(named),
        DomainError::Markup(Field::PartnerOrganisation),
    );
    refused(
        &mut ws,
        add_cmd(resp("R 2", &[(OV, Some(3))])),
        DomainError::BadId,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::AddResponse {
            scan: "sc-weg".into(),
            response: resp("r-2", &[(OV, Some(3))]),
        }),
        DomainError::NotFound,
    );

    for i in 2..=MAX_RESPONSES {
        add(
            &mut ws,
            "sc-1",
            resp(&format!("r-{i:03}"), &[(OV, Some(3))]),
            3_000,
        );
    }
    refused(
        &mut ws,
        add_cmd(resp("r-vol", &[(OV, Some(3))])),
        DomainError::TooManyResponses { max: MAX_RESPONSES },
    );
}

#[test]
fn remove_response_takes_it_out_of_the_results() {
    let mut ws = with_scan("sc-1");
    add(&mut ws, "sc-1", resp("r-1", &[(OV, Some(3))]), 3_000);
    add(&mut ws, "sc-1", resp("r-2", &[(OV, Some(5))]), 3_100);
    change(
        &mut ws,
        ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        },
        4_000,
    )
    .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").counts(OV), [0, 0, 0, 0, 0, 1]);
    assert_eq!(sw(&ws).updated_ms, 4_000);
    refused(
        &mut ws,
        scan_command(ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        }),
        DomainError::NotFound,
    );
}

#[test]
fn paper_counts_are_set_replaced_and_cleared() {
    let mut ws = with_scan("sc-1");
    let set = |counts: [u32; 6]| {
        scan_command(ScanChange::SetPaper {
            scan: "sc-1".into(),
            ingredient: VT.into(),
            counts,
        })
    };
    ws.apply(set([1, 0, 2, 3, 0, 0]), 3_000).unwrap();
    assert_eq!(the_scan(&ws, "sc-1").paper.get(VT), [1, 0, 2, 3, 0, 0]);
    assert_eq!(the_scan(&ws, "sc-1").counts(VT), [1, 0, 2, 3, 0, 0]);
    assert_eq!(sw(&ws).updated_ms, 3_000);
    // The same counts again change nothing.
    ws.apply(set([1, 0, 2, 3, 0, 0]), 4_000).unwrap();
    assert_eq!(sw(&ws).updated_ms, 3_000);
    ws.apply(set([0, 0, 0, 0, 0, MAX_PAPER_COUNT]), 5_000)
        .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").paper.get(VT)[5], MAX_PAPER_COUNT);
    // All zeros removes the row.
    ws.apply(set([0; 6]), 6_000).unwrap();
    assert!(the_scan(&ws, "sc-1").paper.counts.is_empty());
    assert_eq!(sw(&ws).updated_ms, 6_000);
    ws.apply(set([0; 6]), 7_000).unwrap();
    assert_eq!(sw(&ws).updated_ms, 6_000);

    refused(
        &mut ws,
        set([0, MAX_PAPER_COUNT + 1, 0, 0, 0, 0]),
        DomainError::PaperCount {
            max: MAX_PAPER_COUNT,
        },
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetPaper {
            scan: "sc-1".into(),
            ingredient: "bestaat-niet".into(),
            counts: [0, 1, 0, 0, 0, 0],
        }),
        DomainError::UnknownIngredient,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetPaper {
            scan: "sc-weg".into(),
            ingredient: VT.into(),
            counts: [0, 1, 0, 0, 0, 0],
        }),
        DomainError::NotFound,
    );
}

// ---- answer files ----

fn merge(
    ws: &mut Workspace,
    scan: &str,
    file: Antwoordbestand,
    now: Millis,
) -> Result<(), DomainError> {
    change(
        ws,
        ScanChange::Merge {
            scan: scan.into(),
            file,
        },
        now,
    )
}

#[test]
fn merging_an_answer_file_adds_it_once() {
    let mut ws = with_scan("sc-1");
    let scan = the_scan(&ws, "sc-1").clone();
    let mut own = resp("r-eigen", &[(OV, Some(4)), (GI, None)]);
    own.organisation = "KBO-PCOB".into();
    merge(&mut ws, "sc-1", answer_file_for(&scan, &own), 3_000).unwrap();
    let merged = the_scan(&ws, "sc-1").response("r-eigen").unwrap();
    assert_eq!(merged.source, Source::File);
    assert_eq!(merged.organisation, "KBO-PCOB");
    assert_eq!(sw(&ws).updated_ms, 3_000);

    // The same file again (or a copy of it): no error and no change, not even the time.
    let before = ws.clone();
    merge(&mut ws, "sc-1", answer_file_for(&scan, &own), 4_000).unwrap();
    assert_eq!(ws, before);
}

#[test]
fn merging_answer_files_in_any_order_gives_the_same_scan() {
    let base = with_scan("sc-1");
    let scan = the_scan(&base, "sc-1").clone();
    let files: Vec<Antwoordbestand> = [
        resp("r-c", &[(OV, Some(1))]),
        resp("r-a", &[(OV, Some(5)), (DS, Some(2))]),
        resp("r-b", &[(VT, None)]),
    ]
    .iter()
    .map(|r| answer_file_for(&scan, r))
    .collect();
    let mut forward = base.clone();
    for f in files.iter().cloned() {
        merge(&mut forward, "sc-1", f, 3_000).unwrap();
    }
    let mut backward = base.clone();
    // Backwards, and with every file merged twice.
    for f in files.iter().rev().chain(files.iter()).cloned() {
        merge(&mut backward, "sc-1", f, 3_000).unwrap();
    }
    assert_eq!(forward, backward);
    assert_eq!(the_scan(&forward, "sc-1").responses.len(), 3);
}

#[test]
fn answer_files_of_another_scan_or_samenwerking_are_refused() {
    let mut ws = with_scan("sc-1");
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-2".into(),
            title: "Tweede".into(),
        },
        2_100,
    )
    .unwrap();
    let own = resp("r-1", &[(OV, Some(4))]);
    // Another scan of this samenwerking.
    let other_scan = the_scan(&ws, "sc-2").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&other_scan, &own),
        }),
        DomainError::ForeignScan,
    );
    // A scan with the same id in another samenwerking.
    let elsewhere = Scan::new("sc-1".into(), "sw-elders".into(), "Startscan".into(), 1);
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&elsewhere, &own),
        }),
        DomainError::ForeignScan,
    );
    let scan = the_scan(&ws, "sc-1").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-weg".into(),
            file: answer_file_for(&scan, &own),
        }),
        DomainError::NotFound,
    );
}

#[test]
fn a_changed_answer_file_with_a_known_id_is_a_conflict() {
    let mut ws = with_scan("sc-1");
    let scan = the_scan(&ws, "sc-1").clone();
    merge(
        &mut ws,
        "sc-1",
        answer_file_for(&scan, &resp("r-1", &[(OV, Some(4))])),
        3_000,
    )
    .unwrap();
    let changed = answer_file_for(&scan, &resp("r-1", &[(OV, Some(2))]));
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: changed.clone(),
        }),
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
    );
    // A response typed in on the laptop with the same id is a conflict as well.
    let mut ws2 = with_scan("sc-1");
    add(&mut ws2, "sc-1", resp("r-1", &[(OV, Some(4))]), 3_000);
    refused(
        &mut ws2,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&scan, &resp("r-1", &[(OV, Some(4))])),
        }),
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
    );
    // The way out the message suggests: remove the old answer, then add the file again.
    change(
        &mut ws,
        ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        },
        4_000,
    )
    .unwrap();
    merge(&mut ws, "sc-1", changed, 4_100).unwrap();
    assert_eq!(the_scan(&ws, "sc-1").counts(OV), [0, 0, 1, 0, 0, 0]);
}

#[test]
fn a_full_scan_takes_no_more_answer_files() {
    let mut ws = with_scan("sc-1");
    for i in 0..MAX_RESPONSES {
        add(
            &mut ws,
            "sc-1",
            resp(&format!("r-{i:03}"), &[(OV, Some(3))]),
            3_000,
        );
    }
    let scan = the_scan(&ws, "sc-1").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&scan, &resp("r-nieuw", &[(OV, Some(3))])),
        }),
        DomainError::TooManyResponses { max: MAX_RESPONSES },
    );
}

// ---- the agenda hand-off ----

/// A small scan, computed by hand. Scores per ingrediënt (responses, then paper cards):
///
/// | ingrediënt | scores | n | mean | D = n·Σx² − (Σx)² | spread (D against n²) |
/// | --- | --- | --- | --- | --- | --- |
/// | OV | 1, 5, 3 | 3 | 3 | 3·35 − 81 = 24 | 24 ≥ 9: divided (variance 24/9 ≈ 2.67) |
/// | DS | 4, 4, paper 1 × 3 | 5 | 11/5 = 2.2 | 5·35 − 121 = 54 | 54 ≥ 25: divided (variance 54/25 = 2.16) |
/// | VT | 2, 2, 1 | 3 | 5/3 ≈ 1.67 | 3·9 − 25 = 2 | 4·2 ≤ 9: agreement |
/// | MM | 3, 4, 4 | 3 | 11/3 ≈ 3.67 | 3·41 − 121 = 2 | agreement |
///
/// DS's third response says "weet ik niet", which counts nowhere. Divided first, the most
/// disagreement first: OV, DS. Then the weakest: VT (1.67), DS, OV, MM. So the suggestion of
/// two is [OV, DS], of three [OV, DS, VT], of four [OV, DS, VT, MM].
fn scored(ws: &mut Workspace) {
    add(
        ws,
        "sc-1",
        resp(
            "r-1",
            &[(OV, Some(1)), (DS, Some(4)), (VT, Some(2)), (MM, Some(3))],
        ),
        3_000,
    );
    add(
        ws,
        "sc-1",
        resp(
            "r-2",
            &[(OV, Some(5)), (DS, Some(4)), (VT, Some(2)), (MM, Some(4))],
        ),
        3_000,
    );
    add(
        ws,
        "sc-1",
        resp(
            "r-3",
            &[(OV, Some(3)), (DS, None), (VT, Some(1)), (MM, Some(4))],
        ),
        3_000,
    );
    change(
        ws,
        ScanChange::SetPaper {
            scan: "sc-1".into(),
            ingredient: DS.into(),
            counts: [0, 3, 0, 0, 0, 0],
        },
        3_000,
    )
    .unwrap();
}

fn agenda_from_scan(ws: &mut Workspace, count: usize, now: Millis) -> Result<(), DomainError> {
    ws.apply(
        Command::AgendaFromScan {
            samenwerking: SW.into(),
            scan: "sc-1".into(),
            bijeenkomst: "bk-uit-scan".into(),
            count,
        },
        now,
    )
}

fn agenda(b: &bijeenkomst::Bijeenkomst) -> Vec<&str> {
    b.agenda.iter().map(|i| i.ingredient.as_str()).collect()
}

#[test]
fn the_hand_computed_suggestion_is_what_the_scan_suggests() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    let scan = the_scan(&ws, "sc-1");
    assert_eq!(scan.counts(DS), [1, 3, 0, 0, 2, 0]);
    assert_eq!(scan.agenda_suggestion(2), [OV, DS]);
    assert_eq!(scan.agenda_suggestion(3), [OV, DS, VT]);
    assert_eq!(scan.agenda_suggestion(4), [OV, DS, VT, MM]);
}

#[test]
fn without_a_planned_meeting_a_new_bob_meeting_gets_the_agenda() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    assert!(sw(&ws).next_planned().is_none());
    agenda_from_scan(&mut ws, 4, 10_000).unwrap();
    let s = sw(&ws);
    assert_eq!(s.bijeenkomsten.len(), 1);
    let b = &s.bijeenkomsten[0];
    assert_eq!(b.id, "bk-uit-scan");
    assert_eq!(
        (b.vorm, b.status, b.phase),
        (Vorm::Bob, Status::Gepland, None)
    );
    assert_eq!(b.date, "");
    assert_eq!(b.attendees, ["p-anna", "p-kbo", "p-jansen"]);
    assert_eq!(b.scan.as_deref(), Some("sc-1"));
    // In the Gespreksmodel's order: relatie, samenstelling, organisatie & proces.
    assert_eq!(agenda(b), [OV, MM, DS, VT]);
    assert_eq!(
        (b.created_ms, b.updated_ms, s.updated_ms),
        (10_000, 10_000, 10_000)
    );
    assert_eq!(s.next_planned().map(|b| b.id.as_str()), Some("bk-uit-scan"));
    assert_eq!(validate::samenwerking(s).as_ref(), Ok(s));
}

fn plan(ws: &mut Workspace, id: &str, date: &str, now: Millis) {
    ws.apply(
        Command::PlanBijeenkomst {
            samenwerking: SW.into(),
            id: id.into(),
            vorm: Vorm::Barb,
            date: date.into(),
        },
        now,
    )
    .unwrap();
}

fn meeting_change(ws: &mut Workspace, id: &str, change: BijeenkomstChange, now: Millis) {
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

#[test]
fn the_first_planned_meeting_gets_the_agenda_added_to_what_it_has() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    // A finished meeting (earliest, ignored), two dated planned ones and an undated one.
    plan(&mut ws, "bk-afgerond", "2026-09-01", 4_000);
    meeting_change(&mut ws, "bk-afgerond", BijeenkomstChange::Start, 4_001);
    meeting_change(&mut ws, "bk-afgerond", BijeenkomstChange::Finish, 4_002);
    plan(&mut ws, "bk-zonder-datum", "", 4_100);
    plan(&mut ws, "bk-december", "2026-12-01", 4_200);
    plan(&mut ws, "bk-november", "2026-11-01", 4_300);
    for (ingredient, on) in [(GI, true), (VT, true)] {
        meeting_change(
            &mut ws,
            "bk-november",
            BijeenkomstChange::SetAgenda {
                ingredient: ingredient.into(),
                on,
            },
            4_400,
        );
    }
    meeting_change(
        &mut ws,
        "bk-november",
        BijeenkomstChange::SetNote {
            ingredient: VT.into(),
            phase: Fase::Beeldvorming,
            text: "Iedereen heeft het druk.".into(),
        },
        4_500,
    );
    assert_eq!(
        sw(&ws).next_planned().map(|b| b.id.as_str()),
        Some("bk-november")
    );
    let others: Vec<_> = sw(&ws)
        .bijeenkomsten
        .iter()
        .filter(|b| b.id != "bk-november")
        .cloned()
        .collect();

    agenda_from_scan(&mut ws, 3, 10_000).unwrap();
    let s = sw(&ws);
    // No new meeting; the others are untouched.
    assert_eq!(s.bijeenkomsten.len(), 4);
    assert!(s.bijeenkomst("bk-uit-scan").is_none());
    for b in &others {
        assert_eq!(s.bijeenkomst(&b.id), Some(b));
    }
    let b = s.bijeenkomst("bk-november").unwrap();
    // OV and DS are added; VT was there already (with its note) and is not added twice.
    assert_eq!(agenda(b), [OV, GI, DS, VT]);
    assert_eq!(
        b.item(VT).unwrap().note(Fase::Beeldvorming),
        "Iedereen heeft het druk."
    );
    assert_eq!(b.scan.as_deref(), Some("sc-1"));
    assert_eq!(b.vorm, Vorm::Barb);
    assert_eq!((b.updated_ms, s.updated_ms), (10_000, 10_000));

    // The same hand-off again changes nothing.
    let before = ws.clone();
    agenda_from_scan(&mut ws, 3, 11_000).unwrap();
    assert_eq!(ws, before);
    // A larger count adds the next one.
    agenda_from_scan(&mut ws, 4, 12_000).unwrap();
    assert_eq!(
        agenda(sw(&ws).bijeenkomst("bk-november").unwrap()),
        [OV, GI, MM, DS, VT]
    );
}

#[test]
fn a_started_meeting_is_not_planned_so_a_new_one_is_made() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    plan(&mut ws, "bk-bezig", "2026-11-01", 4_000);
    meeting_change(&mut ws, "bk-bezig", BijeenkomstChange::Start, 4_001);
    assert!(sw(&ws).next_planned().is_none());
    agenda_from_scan(&mut ws, 2, 10_000).unwrap();
    let s = sw(&ws);
    assert_eq!(s.bijeenkomsten.len(), 2);
    assert!(s.bijeenkomst("bk-bezig").unwrap().agenda.is_empty());
    assert_eq!(agenda(s.bijeenkomst("bk-uit-scan").unwrap()), [OV, DS]);
}

#[test]
fn the_agenda_hand_off_refuses_what_it_cannot_do() {
    let mut ws = with_scan("sc-1");
    let from = |scan: &str, bijeenkomst: &str, count: usize| Command::AgendaFromScan {
        samenwerking: SW.into(),
        scan: scan.into(),
        bijeenkomst: bijeenkomst.into(),
        count,
    };
    // No scores yet: only "weet ik niet".
    refused(
        &mut ws,
        from("sc-1", "bk-1", 3),
        DomainError::NothingToSuggest,
    );
    add(
        &mut ws,
        "sc-1",
        resp("r-0", &[(OV, None), (VT, None)]),
        3_000,
    );
    refused(
        &mut ws,
        from("sc-1", "bk-1", 3),
        DomainError::NothingToSuggest,
    );
    scored(&mut ws);
    refused(
        &mut ws,
        from("sc-1", "bk-1", 0),
        DomainError::NothingToSuggest,
    );
    refused(&mut ws, from("sc-weg", "bk-1", 3), DomainError::NotFound);
    refused(&mut ws, from("sc-1", "Bk 1", 3), DomainError::BadId);
    refused(
        &mut ws,
        Command::AgendaFromScan {
            samenwerking: "sw-weg".into(),
            scan: "sc-1".into(),
            bijeenkomst: "bk-1".into(),
            count: 3,
        },
        DomainError::NotFound,
    );
    // The new meeting's id is taken (by a finished meeting).
    plan(&mut ws, "bk-1", "2026-09-01", 4_000);
    meeting_change(&mut ws, "bk-1", BijeenkomstChange::Start, 4_001);
    meeting_change(&mut ws, "bk-1", BijeenkomstChange::Finish, 4_002);
    refused(&mut ws, from("sc-1", "bk-1", 3), DomainError::DuplicateId);
    // Full: no room for a new meeting.
    let mut s = sw(&ws).clone();
    let template = s.bijeenkomsten[0].clone();
    for i in s.bijeenkomsten.len()..validate::MAX_BIJEENKOMSTEN {
        let mut b = template.clone();
        b.id = format!("bk-oud-{i}");
        s.bijeenkomsten.push(b);
    }
    ws.apply(
        Command::Import {
            samenwerking: s,
            mode: ImportMode::Replace,
        },
        5_000,
    )
    .unwrap();
    refused(
        &mut ws,
        from("sc-1", "bk-nieuw", 3),
        DomainError::TooManyBijeenkomsten {
            max: validate::MAX_BIJEENKOMSTEN,
        },
    );
}

// ---- imports ----

fn exported_with_scan() -> (Workspace, String) {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    agenda_from_scan(&mut ws, 3, 10_000).unwrap();
    let text = file::export(sw(&ws), 11_000);
    (ws, text)
}

#[test]
fn keep_both_gives_the_copy_its_own_scans() {
    let (mut ws, text) = exported_with_scan();
    let incoming = file::import(&text).unwrap();
    assert_eq!(
        ws.import_plan(&incoming),
        ImportPlan::Clash {
            existing_name: "Samen ouder worden in Dorpsstad".into()
        }
    );
    ws.apply(
        Command::Import {
            samenwerking: incoming,
            mode: ImportMode::KeepBoth {
                new_id: "sw-kopie".into(),
                new_name: "Samen ouder worden in Dorpsstad (kopie)".into(),
            },
        },
        12_000,
    )
    .unwrap();
    let copy = ws.get("sw-kopie").unwrap();
    assert_eq!(copy.scans.len(), 1);
    assert!(copy.scans.iter().all(|s| s.samenwerking == "sw-kopie"));
    // Ids within the samenwerking stay, so the meeting still names its scan.
    assert_eq!(copy.bijeenkomsten[0].scan.as_deref(), Some("sc-1"));
    assert_eq!(validate::samenwerking(copy).as_ref(), Ok(copy));
    // The original is untouched.
    assert!(sw(&ws).scans.iter().all(|s| s.samenwerking == SW));
    // The copy exports and imports as a samenwerking of its own.
    let again = file::import(&file::export(copy, 13_000)).unwrap();
    assert_eq!(&again, copy);

    // An answer file made for the original belongs to the original only.
    let original = the_scan(&ws, "sc-1").clone();
    let answer = answer_file_for(&original, &resp("r-nieuw", &[(OV, Some(2))]));
    refused(
        &mut ws,
        Command::Scan {
            samenwerking: "sw-kopie".into(),
            change: ScanChange::Merge {
                scan: "sc-1".into(),
                file: answer.clone(),
            },
        },
        DomainError::ForeignScan,
    );
    merge(&mut ws, "sc-1", answer, 14_000).unwrap();
}

#[test]
fn replace_and_new_imports_bring_the_scans_along() {
    let (ws, text) = exported_with_scan();
    let incoming = file::import(&text).unwrap();
    assert_eq!(incoming.scans, sw(&ws).scans);
    let mut other = Workspace::default();
    other
        .apply(
            Command::Import {
                samenwerking: incoming.clone(),
                mode: ImportMode::New,
            },
            12_000,
        )
        .unwrap();
    assert_eq!(other.get(SW), Some(&incoming));
    let mut replaced = ws.clone();
    change(
        &mut replaced,
        ScanChange::Delete {
            scan: "sc-1".into(),
        },
        12_000,
    )
    .unwrap();
    replaced
        .apply(
            Command::Import {
                samenwerking: incoming.clone(),
                mode: ImportMode::Replace,
            },
            13_000,
        )
        .unwrap();
    assert_eq!(replaced.get(SW), Some(&incoming));
}

#[test]
fn hostile_content_in_an_imported_scan_is_refused_with_the_right_error() {
    let (_, text) = exported_with_scan();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let answers = "/samenwerking/scans/0/responses/0/answers";
    // Markup in a remark.
    let mut markup = value.clone();
    markup.pointer_mut(answers).unwrap()[OV]["remark"] = "<script>alert('hoi')</script>".into();
    // A score of 9.
    let mut nine = value.clone();
    nine.pointer_mut(answers).unwrap()[OV]["score"] = 9.into();
    // An ingrediënt the Gespreksmodel does not have.
    let mut unknown = value.clone();
    unknown.pointer_mut(answers).unwrap()["gezellig-samenzijn"] =
        serde_json::json!({ "score": 3, "remark": "" });
    // A scan that claims another samenwerking.
    let mut foreign = value.clone();
    foreign["samenwerking"]["scans"][0]["samenwerking"] = "sw-elders".into();
    // A meeting that names a scan that is not there.
    let mut dangling = value.clone();
    dangling["samenwerking"]["bijeenkomsten"][0]["scan"] = "sc-weg".into();
    value["samenwerking"]["scans"][0]["paper"]["counts"][DS] =
        serde_json::json!([0, 0, 0, 0, 0, MAX_PAPER_COUNT + 1]);
    let cases = [
        (markup, DomainError::Markup(Field::Note)),
        (
            nine,
            DomainError::BadScore {
                ingredient: OV.into(),
                score: 9,
            },
        ),
        (unknown, DomainError::UnknownIngredient),
        (foreign, DomainError::ForeignScan),
        (dangling, DomainError::NotFound),
        (
            value,
            DomainError::PaperCount {
                max: MAX_PAPER_COUNT,
            },
        ),
    ];
    for (hostile, expected) in cases {
        assert_eq!(
            file::import(&hostile.to_string()),
            Err(ImportError::Content(expected.clone()))
        );
        let message = t().import_error(&ImportError::Content(expected.clone()));
        assert!(
            message.ends_with("Er is niets geïmporteerd of veranderd."),
            "{message}"
        );
        // The same content handed to the command directly is refused the same way.
        let samenwerking: Samenwerking =
            serde_json::from_value(hostile["samenwerking"].clone()).expect("still the right shape");
        let mut target = Workspace::default();
        refused(
            &mut target,
            Command::Import {
                samenwerking,
                mode: ImportMode::New,
            },
            expected,
        );
    }
}

// ---- errors in Dutch ----

#[test]
fn every_scan_error_has_its_own_dutch_sentence() {
    let errors = [
        DomainError::BadScore {
            ingredient: MM.into(),
            score: 9,
        },
        DomainError::NoAnswers,
        DomainError::TooManyResponses { max: MAX_RESPONSES },
        DomainError::PaperCount {
            max: MAX_PAPER_COUNT,
        },
        DomainError::TooManyScans { max: MAX_SCANS },
        DomainError::ForeignScan,
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
        DomainError::NothingToSuggest,
        DomainError::NotFound,
        DomainError::DuplicateId,
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &errors {
        let msg = t().domain_error(e);
        assert!(msg.ends_with('.'), "{e:?}: {msg}");
        assert!(!msg.contains('{'), "unfilled placeholder in {e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?} repeats another message: {msg}");
        seen.push(msg);
    }
    let bad = t().domain_error(&errors[0]);
    assert!(
        bad.contains("„Minimale massa”") && bad.contains('9'),
        "{bad}"
    );
    assert!(t().domain_error(&errors[2]).contains("500"));
    assert!(t().domain_error(&errors[3]).contains("10000"));
    assert!(t().domain_error(&errors[4]).contains("50"));
    // Errors that only a command can give say that nothing changed.
    for e in [&errors[6], &errors[7]] {
        assert!(
            t().domain_error(e).ends_with("Er is niets veranderd."),
            "{e:?}"
        );
    }
}

#[test]
fn scan_errors_map_to_domain_errors() {
    assert_eq!(
        DomainError::from(ScanError::Content(DomainError::BadId)),
        DomainError::BadId
    );
    assert_eq!(
        DomainError::from(ScanError::DuplicateResponse),
        DomainError::DuplicateId
    );
    assert_eq!(
        DomainError::from(ScanError::NotFound),
        DomainError::NotFound
    );
    assert_eq!(
        DomainError::from(MergeError::ForeignSamenwerking),
        DomainError::ForeignScan
    );
    assert_eq!(
        DomainError::from(MergeError::ForeignScan),
        DomainError::ForeignScan
    );
    assert_eq!(
        DomainError::from(MergeError::Content(ScanError::TooManyResponses { max: 5 })),
        DomainError::TooManyResponses { max: 5 }
    );
}

#[test]
fn a_damaged_answer_file_says_where() {
    let m = t().answer_file_error(&AntwoordbestandError::Structure("response.source".into()));
    assert!(
        m.contains("(plaats in het bestand: response.source)."),
        "{m}"
    );
    assert!(m.ends_with("Er is niets toegevoegd of veranderd."), "{m}");
}

#[test]
fn every_answer_file_and_merge_problem_has_a_dutch_sentence() {
    let file_errors = [
        AntwoordbestandError::TooLarge {
            bytes: 300 * 1024,
            max: scan::MAX_ANSWER_FILE_BYTES,
        },
        AntwoordbestandError::NotText,
        AntwoordbestandError::NotJson,
        AntwoordbestandError::TooDeep,
        AntwoordbestandError::WrongFormat,
        AntwoordbestandError::BadVersion,
        AntwoordbestandError::NewerVersion {
            found: 2,
            supported: 1,
        },
        AntwoordbestandError::Structure(String::new()),
        AntwoordbestandError::Content(ScanError::NoAnswers),
        AntwoordbestandError::Content(ScanError::Content(DomainError::Markup(Field::Note))),
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &file_errors {
        let msg = t().answer_file_error(e);
        assert!(
            msg.ends_with("Er is niets toegevoegd of veranderd."),
            "{e:?}: {msg}"
        );
        assert!(!msg.contains('{'), "{e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?}: {msg}");
        seen.push(msg);
    }
    let large = t().answer_file_error(&file_errors[0]);
    assert!(
        large.contains("300 kB") && large.contains("256 kB"),
        "{large}"
    );
    assert!(t()
        .answer_file_error(&file_errors[4])
        .contains("antwoordbestand"));
    let newer = t().answer_file_error(&file_errors[6]);
    assert!(
        newer.contains("nieuwere versie") && newer.contains('2'),
        "{newer}"
    );
    assert!(t().answer_file_error(&file_errors[9]).contains("HTML-code"));
    // A samenwerking file offered as an answer file is told apart.
    let samenwerking = file::export(&Samenwerking::new("sw-1".into(), "Een".into(), 1), 2);
    assert_eq!(
        scan::read_answer_file(&samenwerking),
        Err(AntwoordbestandError::WrongFormat)
    );

    let merge_errors = [
        MergeError::ForeignSamenwerking,
        MergeError::ForeignScan,
        MergeError::Conflict {
            response: "r-1".into(),
        },
        MergeError::Content(ScanError::TooManyResponses { max: 500 }),
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &merge_errors {
        let msg = t().merge_error(e);
        assert!(
            msg.ends_with("Er is niets toegevoegd of veranderd."),
            "{e:?}: {msg}"
        );
        assert!(
            !msg.contains('{') && !msg.contains("veranderd. Er"),
            "{e:?}: {msg}"
        );
        assert!(!seen.contains(&msg), "{e:?}: {msg}");
        seen.push(msg);
    }
    assert!(t()
        .merge_error(&MergeError::ForeignSamenwerking)
        .contains("andere samenwerking"));
}

// ---- the participant file ----

#[test]
fn the_participant_copy_carries_the_scan_without_anybodys_answers() {
    let mut ws = with_scan("sc-voorjaar");
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-najaar".into(),
            title: "Najaarsscan".into(),
        },
        2_100,
    )
    .unwrap();
    let mut anna = resp("an-anna", &[(OV, Some(1)), ("voldoende-tijd", Some(2))]);
    anna.name = "Anna".into();
    anna.answers.get_mut(OV).unwrap().remark = "Er wordt weinig gedeeld.".into();
    add(&mut ws, "sc-voorjaar", anna, 3_000);
    change(
        &mut ws,
        ScanChange::SetPaper {
            scan: "sc-voorjaar".into(),
            ingredient: OV.into(),
            counts: [0, 0, 0, 0, 0, 2],
        },
        3_100,
    )
    .unwrap();
    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-voorjaar".into(),
            revealed: true,
        },
        3_200,
    )
    .unwrap();

    assert_eq!(sw(&ws).participant_copy("sc-bestaat-niet"), None);
    let copy = sw(&ws).participant_copy("sc-voorjaar").expect("copy");
    assert_eq!(copy.scans.len(), 1, "only the scan to fill in");
    let scan = &copy.scans[0];
    assert_eq!(scan.id, "sc-voorjaar");
    assert!(scan.responses.is_empty());
    assert!(scan.paper.is_empty());
    assert!(!scan.revealed);
    assert_eq!(copy.partners, sw(&ws).partners);
    // The copy is a valid file that a participant's app imports, and their answer file fits
    // the facilitator's scan.
    let text = file::export(&copy, 4_000);
    assert!(!text.contains("weinig gedeeld") && !text.contains("\"Anna\""));
    let imported = file::import(&text).expect("participant file imports");
    let mut own = Workspace::default();
    own.apply(
        Command::Import {
            samenwerking: imported,
            mode: ImportMode::New,
        },
        4_100,
    )
    .unwrap();
    let answer = scan::answer_file(
        own.get(SW).unwrap().scan("sc-voorjaar").unwrap(),
        &resp("an-eigen", &[(OV, Some(5))]),
        4_200,
    );
    let answer = scan::read_answer_file(&answer).unwrap();
    assert_eq!(merge(&mut ws, "sc-voorjaar", answer, 4_300), Ok(()));
    assert_eq!(the_scan(&ws, "sc-voorjaar").responses.len(), 2);
}
