//! Monitoren en leren: doelen, indicatoren, metingen and the leerlog: the commands, their rules,
//! undo, and the indicator maths (latest value, change, progress, chart coordinates).

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::bijeenkomst::Vorm;
use vitaal_core::domain::history::History;
use vitaal_core::domain::monitoring::*;
use vitaal_core::domain::session;
use vitaal_core::domain::*;

mod commands;
mod maths;

const SW: &str = "sw-1";

fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: SW.into(),
            name: "Samen ouder worden".into(),
        },
        1,
    )
    .unwrap();
    ws
}

fn change(ws: &mut Workspace, change: MonitoringChange, now: u64) -> Result<(), DomainError> {
    ws.apply(
        Command::Monitoring {
            samenwerking: SW.into(),
            change,
        },
        now,
    )
}

fn sw(ws: &Workspace) -> &Samenwerking {
    ws.get(SW).unwrap()
}

fn getal(text: &str) -> Getal {
    Getal::parse(text).unwrap()
}

fn indicator(id: &str, scale: Schaal, baseline: Option<&str>, target: Option<&str>) -> Indicator {
    Indicator {
        id: id.into(),
        name: format!("Indicator {id}"),
        method: "Vragenlijst".into(),
        scale,
        unit: String::new(),
        baseline: baseline.map(getal),
        target: target.map(getal),
        measured_by: "Anna".into(),
        frequency: "Twee keer per jaar".into(),
        metingen: Vec::new(),
    }
}

fn meting(id: &str, date: &str, value: &str) -> Meting {
    Meting {
        id: id.into(),
        date: date.into(),
        value: getal(value),
        source: "Vragenlijst".into(),
        remark: String::new(),
    }
}

fn entry(id: &str) -> LeerlogEntry {
    LeerlogEntry {
        id: id.into(),
        date: "2026-11-27".into(),
        step: Stap::Leren,
        tried: "Koffieochtend op zaterdag".into(),
        learned: "Meer mantelzorgers".into(),
        lus: Some(Lus::Dubbel),
        changes: String::new(),
        werkblad: None,
        bijeenkomst: None,
        indicator: None,
        created_ms: 0,
        updated_ms: 0,
    }
}

/// A samenwerking with doel `d1` holding indicator `i1` (1–5, 2 → 4) with two metingen.
fn with_goal() -> Workspace {
    let mut ws = ws();
    change(
        &mut ws,
        MonitoringChange::CreateDoel {
            id: "d1".into(),
            text: "De stem van ouderen is leidend".into(),
            bron: None,
        },
        2,
    )
    .unwrap();
    change(
        &mut ws,
        MonitoringChange::AddIndicator {
            doel: "d1".into(),
            indicator: indicator("i1", Schaal::Schaal15, Some("2"), Some("4")),
        },
        3,
    )
    .unwrap();
    for (id, date, value) in [("m1", "2026-03-01", "2"), ("m2", "2026-09-01", "3,5")] {
        change(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: meting(id, date, value),
            },
            4,
        )
        .unwrap();
    }
    ws
}

fn plan(ws: &mut Workspace, id: &str) {
    ws.apply(
        Command::PlanBijeenkomst {
            samenwerking: SW.into(),
            id: id.into(),
            vorm: Vorm::Bob,
            date: "2026-12-01".into(),
        },
        5,
    )
    .unwrap();
}

fn werkblad(ws: &mut Workspace, id: &str, template: &str) {
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Create {
                id: id.into(),
                template: template.into(),
                title: "Experiment".into(),
            },
        },
        5,
    )
    .unwrap();
}

fn apply_with_history(
    ws: &mut Workspace,
    history: &mut History,
    change: MonitoringChange,
    now: u64,
) -> Result<(), DomainError> {
    let command = Command::Monitoring {
        samenwerking: SW.into(),
        change,
    };
    session::apply(ws, history, command, now, None).map(|_| ())
}
