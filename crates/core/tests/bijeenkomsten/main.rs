//! Bijeenkomsten through the public API: BOB/BARB phases, confirmation, timer, planning, notes, checks, besluiten, acties, suggestions and messages.
#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::bijeenkomst::*;
use vitaal_core::domain::command::partner;
use vitaal_core::domain::*;

mod achterban_groups;
mod besluiten_and_acties;
mod confirmation;
mod editing;
mod messages;
mod notes;
mod planning;
mod programma;
mod state_machine;
mod suggestions;
mod timer;

const SW: &str = "sw-1";

const T0: Millis = 1_000;

const OPENHEID: &str = "openheid-en-vertrouwen";

const INBRENG: &str = "gelijkwaardige-inbreng";

const SPELREGELS: &str = "duidelijke-spelregels";

const TIJD: &str = "voldoende-tijd";

// ---------------------------------------------------------------- helpers

/// A samenwerking with three partners: two organisations and one resident without one.
fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: SW.into(),
            name: "Samen ouder worden".into(),
        },
        T0,
    )
    .unwrap();
    for p in [
        partner(
            "p-1",
            "Anna",
            "Gemeente Dorpsstad",
            PartnerKind::Formeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-2",
            "Bert",
            "Welzijn Noord",
            PartnerKind::Informeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-3",
            "Cor",
            "",
            PartnerKind::InwonerOudere,
            Ring::ComplementaireRing,
        ),
    ] {
        ws.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: p,
            },
            T0,
        )
        .unwrap();
    }
    ws
}

fn plan_cmd(id: &str, vorm: Vorm, date: &str) -> Command {
    Command::PlanBijeenkomst {
        samenwerking: SW.into(),
        id: id.into(),
        vorm,
        date: date.into(),
    }
}

fn plan(ws: &mut Workspace, id: &str, vorm: Vorm, date: &str, now: Millis) {
    ws.apply(plan_cmd(id, vorm, date), now).unwrap();
}

/// A workspace with one planned meeting "b-1" at 2_000.
fn planned(vorm: Vorm) -> Workspace {
    let mut w = ws();
    plan(&mut w, "b-1", vorm, "2026-09-15", 2_000);
    w
}

fn meeting_cmd(b: &str, change: BijeenkomstChange) -> Command {
    Command::Bijeenkomst {
        samenwerking: SW.into(),
        bijeenkomst: b.into(),
        change,
    }
}

fn meet(
    ws: &mut Workspace,
    b: &str,
    change: BijeenkomstChange,
    now: Millis,
) -> Result<(), DomainError> {
    ws.apply(meeting_cmd(b, change), now)
}

fn ok(ws: &mut Workspace, b: &str, change: BijeenkomstChange, now: Millis) {
    let shown = format!("{change:?}");
    meet(ws, b, change, now).unwrap_or_else(|e| panic!("{shown}: {e:?}"));
}

/// Applies a command that must be refused with `expected` and leave everything as it was.
fn refused(ws: &mut Workspace, command: Command, now: Millis, expected: DomainError) {
    let before = ws.clone();
    let shown = format!("{command:?}");
    assert_eq!(ws.apply(command, now), Err(expected), "{shown}");
    assert_eq!(*ws, before, "{shown} changed the workspace");
}

fn refuse(
    ws: &mut Workspace,
    b: &str,
    change: BijeenkomstChange,
    now: Millis,
    expected: DomainError,
) {
    refused(ws, meeting_cmd(b, change), now, expected);
}

fn phase_err(e: FaseError) -> DomainError {
    DomainError::Fase(e)
}

fn sw(ws: &Workspace) -> &Samenwerking {
    ws.get(SW).unwrap()
}

fn bk<'a>(ws: &'a Workspace, id: &str) -> &'a Bijeenkomst {
    sw(ws).bijeenkomst(id).unwrap()
}

fn agenda(ingredient: &str, on: bool) -> BijeenkomstChange {
    BijeenkomstChange::SetAgenda {
        ingredient: ingredient.into(),
        on,
    }
}

fn check(
    ingredient: &str,
    vraag: Checkvraag,
    antwoord: Option<CheckAntwoord>,
) -> BijeenkomstChange {
    BijeenkomstChange::SetCheck {
        ingredient: ingredient.into(),
        vraag,
        antwoord,
    }
}

fn note(ingredient: &str, phase: Fase, text: &str) -> BijeenkomstChange {
    BijeenkomstChange::SetNote {
        ingredient: ingredient.into(),
        phase,
        text: text.into(),
    }
}

fn next() -> BijeenkomstChange {
    BijeenkomstChange::NextFase { confirmed: false }
}

fn besluit(id: &str, text: &str, ingredient: Option<&str>) -> Besluit {
    Besluit {
        id: id.into(),
        ingredient: ingredient.map(String::from),
        text: text.into(),
    }
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn phase(ws: &Workspace, b: &str) -> Option<Fase> {
    bk(ws, b).phase
}
