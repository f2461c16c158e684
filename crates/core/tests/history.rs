//! Undo and redo: steps per samenwerking, typing merged into one step, the limit of 100, redo
//! cleared by a new change, undone deletes back in their place.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::history::{self, History, COALESCE_MS, MAX_ENTRIES};
use vitaal_core::domain::*;

/// Applies a command the way the app does ([`session::apply`], without backups).
fn run(ws: &mut Workspace, h: &mut History, command: Command, now: Millis) {
    session::apply(ws, h, command, now, None).expect("command");
}

fn create(id: &str, name: &str) -> Command {
    Command::Create {
        id: id.into(),
        name: name.into(),
    }
}

fn opgave(id: &str, text: &str) -> Command {
    Command::SetOpgave {
        id: id.into(),
        opgave: text.into(),
    }
}

#[test]
fn undo_and_redo_walk_back_and_forth() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    assert!(!h.can_undo() && !h.can_redo());
    run(&mut ws, &mut h, create("sw-a", "Dorpsstad"), 1_000);
    let created = ws.clone();
    run(
        &mut ws,
        &mut h,
        Command::SetRoute {
            id: "sw-a".into(),
            route: Some(Route::FlexibelMeebewegen),
        },
        10_000,
    );
    let routed = ws.clone();

    assert_eq!(h.undo(&mut ws), Some("sw-a".into()));
    assert_eq!(ws, created);
    assert_eq!(h.undo(&mut ws), Some("sw-a".into()));
    assert!(
        ws.samenwerkingen.is_empty(),
        "undoing the create removes it"
    );
    assert_eq!(h.undo(&mut ws), None);
    assert_eq!(h.redo(&mut ws), Some("sw-a".into()));
    assert_eq!(ws, created);
    assert_eq!(h.redo(&mut ws), Some("sw-a".into()));
    assert_eq!(ws, routed);
    assert_eq!(h.redo(&mut ws), None);
}

#[test]
fn typing_in_one_field_is_one_step_until_a_pause_or_another_field() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    run(&mut ws, &mut h, create("sw-a", "Dorpsstad"), 1_000);
    let empty = ws.clone();
    for (i, text) in ["G", "Go", "Goe", "Goed"].iter().enumerate() {
        run(
            &mut ws,
            &mut h,
            opgave("sw-a", text),
            10_000 + i as u64 * 200,
        );
    }
    // A pause longer than COALESCE_MS starts a new step.
    let later = 10_600 + COALESCE_MS + 1;
    run(&mut ws, &mut h, opgave("sw-a", "Goed ouder"), later);
    let word = {
        let mut w = empty.clone();
        w.apply(opgave("sw-a", "Goed"), 0).unwrap();
        w.samenwerkingen[0].opgave.clone()
    };
    h.undo(&mut ws);
    assert_eq!(ws.get("sw-a").unwrap().opgave, word);
    h.undo(&mut ws);
    assert_eq!(
        ws.get("sw-a").unwrap().opgave,
        "",
        "the four keystrokes were one step"
    );
    assert_eq!(ws.get("sw-a").unwrap().name, "Dorpsstad");
    // Another field right away is its own step.
    let (mut ws, mut h) = (empty.clone(), History::default());
    run(&mut ws, &mut h, opgave("sw-a", "Tekst"), 20_000);
    run(
        &mut ws,
        &mut h,
        Command::Rename {
            id: "sw-a".into(),
            name: "Buurtstad".into(),
        },
        20_100,
    );
    h.undo(&mut ws);
    assert_eq!(ws.get("sw-a").unwrap().name, "Dorpsstad");
    assert_eq!(ws.get("sw-a").unwrap().opgave, "Tekst");
}

#[test]
fn a_new_change_clears_redo() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    run(&mut ws, &mut h, create("sw-a", "Dorpsstad"), 1_000);
    run(&mut ws, &mut h, opgave("sw-a", "Een"), 5_000);
    h.undo(&mut ws);
    assert!(h.can_redo());
    run(&mut ws, &mut h, opgave("sw-a", "Twee"), 10_000);
    assert!(!h.can_redo());
    assert_eq!(h.redo(&mut ws), None);
    assert_eq!(ws.get("sw-a").unwrap().opgave, "Twee");
}

#[test]
fn an_undone_delete_comes_back_in_its_place_with_everything_in_it() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    for (i, (id, name)) in [("sw-a", "Een"), ("sw-b", "Twee"), ("sw-c", "Drie")]
        .iter()
        .enumerate()
    {
        run(&mut ws, &mut h, create(id, name), 1_000 + i as u64 * 5_000);
    }
    run(&mut ws, &mut h, opgave("sw-b", "Belangrijk"), 30_000);
    let full = ws.clone();
    run(
        &mut ws,
        &mut h,
        Command::Delete { id: "sw-b".into() },
        40_000,
    );
    assert_eq!(ws.samenwerkingen.len(), 2);
    h.undo(&mut ws);
    assert_eq!(ws, full, "back in the middle, opgave and all");
    h.redo(&mut ws);
    assert!(ws.get("sw-b").is_none());
}

#[test]
fn only_the_last_hundred_steps_are_kept() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    run(&mut ws, &mut h, create("sw-a", "Dorpsstad"), 1_000);
    for i in 0..(MAX_ENTRIES as u64 + 20) {
        // Route changes are clicks: one step each.
        let route = if i % 2 == 0 {
            Some(Route::FlexibelMeebewegen)
        } else {
            None
        };
        run(
            &mut ws,
            &mut h,
            Command::SetRoute {
                id: "sw-a".into(),
                route,
            },
            10_000 + i,
        );
    }
    let mut steps = 0;
    while h.undo(&mut ws).is_some() {
        steps += 1;
    }
    assert_eq!(steps, MAX_ENTRIES);
    assert!(
        ws.get("sw-a").is_some(),
        "the oldest steps (the create) are forgotten"
    );
}

#[test]
fn every_command_names_the_samenwerking_it_changes() {
    let s = Samenwerking::new("sw-x".into(), "X".into(), 1);
    let keep = Command::Import {
        samenwerking: s.clone(),
        mode: ImportMode::KeepBoth {
            new_id: "sw-y".into(),
            new_name: "Y".into(),
        },
    };
    assert_eq!(history::target(&keep), Some("sw-y"));
    let replace = Command::Import {
        samenwerking: s,
        mode: ImportMode::Replace,
    };
    assert_eq!(history::target(&replace), Some("sw-x"));
    assert_eq!(history::field(&Command::Delete { id: "sw-x".into() }), None);
}

fn scan_change(change: ScanChange) -> Command {
    Command::Scan {
        samenwerking: "sw-a".into(),
        change,
    }
}

fn answer(id: &str, score: u8) -> scan::Response {
    let mut r = scan::Response::new(id.into(), scan::Source::Laptop, 5_000);
    r.set("openheid-en-vertrouwen", Some(score), "");
    r
}

fn responses(ws: &Workspace) -> Vec<String> {
    ws.get("sw-a").unwrap().scans[0]
        .responses
        .iter()
        .map(|r| r.id.clone())
        .collect()
}

/// While the laptop goes round, Ctrl+Z by the next participant must not take back the answers
/// the previous one handed in: handing in is no undo step, and the older steps of that
/// samenwerking (copies without the answer) are gone. Other samenwerkingen keep their steps.
/// Removing an answer is deliberate and can itself be undone.
#[test]
fn an_answer_handed_in_is_never_undone_but_its_removal_is() {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    run(&mut ws, &mut h, create("sw-b", "Elders"), 500);
    run(&mut ws, &mut h, create("sw-a", "Dorpsstad"), 1_000);
    run(
        &mut ws,
        &mut h,
        scan_change(ScanChange::Create {
            id: "sc-1".into(),
            title: "Scan".into(),
        }),
        2_000,
    );
    for (i, id) in ["an-1", "an-2"].into_iter().enumerate() {
        let cmd = scan_change(ScanChange::AddResponse {
            scan: "sc-1".into(),
            response: answer(id, 3),
        });
        assert!(history::kept(&cmd));
        let applied =
            session::apply(&mut ws, &mut h, cmd, 10_000 + i as u64 * 10_000, None).expect("answer");
        assert!(!applied.new_step, "handing in is no undo step");
    }
    assert_eq!(responses(&ws), ["an-1", "an-2"]);
    // Ctrl+Z now reaches only the other samenwerking's step: the answers stay.
    assert_eq!(h.undo(&mut ws), Some("sw-b".into()));
    assert_eq!(responses(&ws), ["an-1", "an-2"]);
    assert!(!h.can_undo(), "nothing of sw-a is left to undo");
    assert_eq!(h.redo(&mut ws), Some("sw-b".into()));

    // A deliberate removal is one step, and undo brings the answer back.
    run(
        &mut ws,
        &mut h,
        scan_change(ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "an-1".into(),
        }),
        40_000,
    );
    assert_eq!(responses(&ws), ["an-2"]);
    assert_eq!(h.undo(&mut ws), Some("sw-a".into()));
    assert_eq!(responses(&ws), ["an-1", "an-2"]);

    // A rename after an answer is undone without touching the answers.
    run(
        &mut ws,
        &mut h,
        scan_change(ScanChange::AddResponse {
            scan: "sc-1".into(),
            response: answer("an-3", 5),
        }),
        50_000,
    );
    run(
        &mut ws,
        &mut h,
        scan_change(ScanChange::Rename {
            scan: "sc-1".into(),
            title: "Voorjaarsscan".into(),
        }),
        60_000,
    );
    assert_eq!(h.undo(&mut ws), Some("sw-a".into()));
    assert_eq!(ws.get("sw-a").unwrap().scans[0].title, "Scan");
    assert_eq!(responses(&ws), ["an-1", "an-2", "an-3"]);
    assert_eq!(h.undo(&mut ws), Some("sw-b".into()));
    assert_eq!(h.undo(&mut ws), None);
    assert_eq!(responses(&ws), ["an-1", "an-2", "an-3"]);
}
