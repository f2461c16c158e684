//! Werkbladen: the content file, answer keys, what an answer may be, what the answers say
//! (actie nodig, Eisenhower, Ambitie, progress), every `WerkbladChange` through
//! `Workspace::apply`, undo steps while typing, and werkbladen in files.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::bijeenkomst::{Actie, ActieStatus, Vorm};
use vitaal_core::domain::werkblad::{self, Rij, Template, Werkblad};
use vitaal_core::domain::*;

mod answers;
mod commands;
mod content;
mod files;
mod rows_and_acties;
mod undo;

fn template(id: &str) -> &'static Template {
    werkblad::template(id).unwrap_or_else(|| panic!("no template {id}"))
}

fn partner(id: &str, name: &str) -> Partner {
    command::partner(id, name, "", PartnerKind::Formeel, Ring::Kerngroep)
}

fn rij(id: &str, text: &str, urgent: bool, belangrijk: bool) -> Rij {
    Rij {
        id: id.into(),
        block: "onderwerpen".into(),
        text: text.into(),
        urgent,
        belangrijk,
    }
}

const SW: &str = "sw-1";

fn wb(ws: &mut Workspace, change: WerkbladChange, now: Millis) -> Result<(), DomainError> {
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change,
        },
        now,
    )
}

fn create(id: &str, template: &str, title: &str) -> WerkbladChange {
    WerkbladChange::Create {
        id: id.into(),
        template: template.into(),
        title: title.into(),
    }
}

fn set(werkblad: &str, key: &str, value: &str) -> WerkbladChange {
    WerkbladChange::Set {
        werkblad: werkblad.into(),
        key: key.into(),
        value: value.into(),
    }
}

fn add_row(werkblad: &str, block: &str, row: &str, text: &str) -> WerkbladChange {
    WerkbladChange::AddRow {
        werkblad: werkblad.into(),
        block: block.into(),
        row: row.into(),
        text: text.into(),
    }
}

fn update_row(werkblad: &str, row: Rij) -> WerkbladChange {
    WerkbladChange::UpdateRow {
        werkblad: werkblad.into(),
        row,
    }
}

fn to_acties(werkblad: &str, bijeenkomst: &str) -> WerkbladChange {
    WerkbladChange::ToActies {
        werkblad: werkblad.into(),
        block: "onderwerpen".into(),
        bijeenkomst: bijeenkomst.into(),
    }
}

/// A samenwerking (created at 1) with Anna and the KBO (at 2), a planned meeting bk-1 (at 3),
/// and the werkbladen wb-w (willen-kunnen), wb-v (visievierluik) and wb-e (eisenhower), at 4.
fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: SW.into(),
            name: "Dorpsstad".into(),
        },
        1,
    )
    .unwrap();
    for p in [partner("p-anna", "Anna"), partner("p-kbo", "KBO")] {
        ws.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: p,
            },
            2,
        )
        .unwrap();
    }
    ws.apply(
        Command::PlanBijeenkomst {
            samenwerking: SW.into(),
            id: "bk-1".into(),
            vorm: Vorm::Bob,
            date: String::new(),
        },
        3,
    )
    .unwrap();
    for (id, template, title) in [
        ("wb-w", "willen-kunnen", "Willen en kunnen"),
        ("wb-v", "visievierluik", "Visie"),
        ("wb-e", "eisenhower", "Eisenhower"),
    ] {
        wb(&mut ws, create(id, template, title), 4).unwrap();
    }
    ws
}

fn s(ws: &Workspace) -> &Samenwerking {
    ws.get(SW).unwrap()
}

fn w<'a>(ws: &'a Workspace, id: &str) -> &'a Werkblad {
    s(ws).werkblad(id).unwrap()
}

/// Applies `change`, expects `error`, and checks that nothing changed.
fn refused(ws: &mut Workspace, change: WerkbladChange, error: DomainError) {
    let before = ws.clone();
    assert_eq!(wb(ws, change.clone(), 99), Err(error), "{change:?}");
    assert_eq!(*ws, before, "{change:?} changed something");
}

fn actie(id: &str, wat: &str, bijeenkomst: &str) -> Actie {
    Actie {
        id: id.into(),
        wat: wat.into(),
        wie: String::new(),
        wanneer: String::new(),
        status: ActieStatus::Open,
        ingredient: None,
        bijeenkomst: bijeenkomst.into(),
    }
}

fn template_ids() -> Vec<String> {
    werkblad::templates().iter().map(|t| t.id.clone()).collect()
}
