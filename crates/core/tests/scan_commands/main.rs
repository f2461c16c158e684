//! The Ingrediëntenscan as part of a samenwerking: every `ScanChange` and its refusals (a
//! refused command changes nothing), answer files merged through the command, the agenda
//! hand-off to the next planned bijeenkomst, imports with scans, and the Dutch messages.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::command::partner;
use vitaal_core::domain::scan::{self, Antwoordbestand, Response, Scan, Score, Source};
use vitaal_core::domain::*;

mod agenda;
mod imports;
mod lifecycle;
mod messages;
mod participant_file;
mod responses;

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
