use super::*;
use vitaal_core::domain::history::{self, History, COALESCE_MS};

// ---- undo ----

/// Applies a command the way the app does ([`session::apply`], without backups).
fn run(ws: &mut Workspace, h: &mut History, command: Command, now: Millis) {
    session::apply(ws, h, command, now, None).expect("command");
}

fn werkblad_command(change: WerkbladChange) -> Command {
    Command::Werkblad {
        samenwerking: SW.into(),
        change,
    }
}

#[test]
fn typing_fields_are_per_werkblad_and_key() {
    let field = |change: WerkbladChange| history::field(&werkblad_command(change));
    assert_eq!(
        field(set("wb-v", "vierluik.waartoe", "x")).as_deref(),
        Some("wb:wb-v:vierluik.waartoe")
    );
    assert_eq!(
        field(set("wb-w", "checklist.noodzaak.toelichting@p-1", "x")).as_deref(),
        Some("wb:wb-w:checklist.noodzaak.toelichting@p-1")
    );
    assert_ne!(
        field(set("wb-v", "vierluik.waartoe", "x")),
        field(set("wb-2", "vierluik.waartoe", "x"))
    );
    assert_eq!(
        field(WerkbladChange::Rename {
            werkblad: "wb-v".into(),
            title: "x".into()
        })
        .as_deref(),
        Some("wb:wb-v:titel")
    );
    assert_eq!(
        field(update_row("wb-e", rij("r-1", "x", false, false))).as_deref(),
        Some("wb:wb-e:rij:r-1")
    );
    for one_step in [
        create("wb-2", "waarom", "x"),
        add_row("wb-e", "onderwerpen", "r-1", "x"),
        to_acties("wb-e", "bk-1"),
        WerkbladChange::Link {
            werkblad: "wb-v".into(),
            bijeenkomst: None,
        },
        WerkbladChange::Delete {
            werkblad: "wb-v".into(),
        },
        WerkbladChange::RemoveRow {
            werkblad: "wb-e".into(),
            row: "r-1".into(),
        },
    ] {
        assert_eq!(field(one_step.clone()), None, "{one_step:?}");
    }
    assert_eq!(
        history::target(&werkblad_command(create("wb-2", "waarom", "x"))),
        Some(SW)
    );
}

#[test]
fn typing_an_answer_is_one_undo_step_per_key() {
    let mut ws = workspace();
    let mut h = History::default();
    let start = ws.clone();
    let typed = |text: &str| werkblad_command(set("wb-v", "vierluik.waartoe", text));
    for (i, text) in ["Z", "Zo", "Zoda", "Zodat"].iter().enumerate() {
        run(&mut ws, &mut h, typed(text), 10_000 + i as u64 * 300);
    }
    let waartoe = ws.clone();
    // Another key (even right away) is another step.
    for (i, text) in ["K", "Kort"].iter().enumerate() {
        run(
            &mut ws,
            &mut h,
            werkblad_command(set("wb-v", "vierluik.kracht", text)),
            11_000 + i as u64 * 300,
        );
    }
    let kracht = ws.clone();
    // Back in the first key after a pause: a new step again.
    run(
        &mut ws,
        &mut h,
        typed("Zodat ouderen"),
        11_300 + COALESCE_MS + 1,
    );
    assert_eq!(w(&ws, "wb-v").answers["vierluik.waartoe"], "Zodat ouderen");

    h.undo(&mut ws);
    assert_eq!(ws, kracht);
    h.undo(&mut ws);
    assert_eq!(ws, waartoe);
    h.undo(&mut ws);
    assert_eq!(ws, start);
    assert!(!h.can_undo());
    h.redo(&mut ws);
    assert_eq!(w(&ws, "wb-v").answers["vierluik.waartoe"], "Zodat");
}

#[test]
fn the_same_key_on_two_werkbladen_is_two_steps() {
    let mut ws = workspace();
    wb(&mut ws, create("wb-v2", "visievierluik", "Visie 2"), 5).unwrap();
    let mut h = History::default();
    let start = ws.clone();
    run(
        &mut ws,
        &mut h,
        werkblad_command(set("wb-v", "vierluik.kracht", "A")),
        10_000,
    );
    let first = ws.clone();
    run(
        &mut ws,
        &mut h,
        werkblad_command(set("wb-v2", "vierluik.kracht", "B")),
        10_100,
    );
    h.undo(&mut ws);
    assert_eq!(ws, first);
    h.undo(&mut ws);
    assert_eq!(ws, start);
}
