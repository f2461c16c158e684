//! `session::apply`, the one place a command is applied the way the app does it: the backup of
//! the state before an import or delete, the change, and its undo step (typing merged into one).

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::history::{History, COALESCE_MS};
use vitaal_core::domain::session::{self, Applied, Backup};
use vitaal_core::domain::snapshots::{self, Reason};
use vitaal_core::domain::storage::{KeyValueStore, MemoryStore, StoreError};
use vitaal_core::domain::*;

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

fn delete(id: &str) -> Command {
    Command::Delete { id: id.into() }
}

/// Two samenwerkingen, "Een" (with an opgave) and "Twee", made through `session::apply` with a
/// store (creating takes no backup).
fn two(store: &MemoryStore) -> (Workspace, History) {
    let (mut ws, mut h) = (Workspace::default(), History::default());
    for (command, now) in [
        (create("sw-a", "Een"), 1_000),
        (create("sw-b", "Twee"), 5_000),
        (opgave("sw-a", "Samen sterker"), 10_000),
    ] {
        let applied = session::apply(&mut ws, &mut h, command, now, Some(store)).unwrap();
        assert_eq!(applied.backup, None);
    }
    (ws, h)
}

#[test]
fn a_delete_keeps_a_backup_of_the_workspace_as_it_was_before() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    assert!(snapshots::list(&store).is_empty(), "no backup yet");
    let before = ws.clone();

    let applied = session::apply(&mut ws, &mut h, delete("sw-a"), 20_000, Some(&store)).unwrap();

    assert_eq!(
        applied,
        Applied {
            samenwerking: Some("sw-a".into()),
            new_step: true,
            backup: Some(Backup {
                reason: Reason::Delete,
                written: Ok(()),
            }),
        }
    );
    assert!(ws.get("sw-a").is_none(), "the delete was made");
    let list = snapshots::list(&store);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].at_ms, 20_000);
    assert_eq!(list[0].reason, Reason::Delete);
    assert_eq!(list[0].names, ["Een", "Twee"]);
    assert_eq!(
        snapshots::read(&store, 20_000),
        Some(before.clone()),
        "the backup is the workspace before the delete, opgave and all"
    );
    // And undo brings it back without the backup.
    assert_eq!(h.undo(&mut ws), Some("sw-a".into()));
    assert_eq!(ws, before);
}

#[test]
fn an_import_keeps_a_backup_before_and_undo_takes_it_back() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    let before = ws.clone();
    let mut incoming = Samenwerking::new("sw-a".into(), "Een, van collega".into(), 500);
    incoming.opgave = "Iets anders".into();

    let applied = session::apply(
        &mut ws,
        &mut h,
        Command::Import {
            samenwerking: incoming.clone(),
            mode: ImportMode::Replace,
        },
        30_000,
        Some(&store),
    )
    .unwrap();
    assert_eq!(applied.samenwerking.as_deref(), Some("sw-a"));
    assert_eq!(
        applied.backup,
        Some(Backup {
            reason: Reason::Import,
            written: Ok(()),
        })
    );
    assert_eq!(ws.get("sw-a").unwrap().opgave, "Iets anders");
    assert_eq!(snapshots::read(&store, 30_000), Some(before.clone()));
    let imported = ws.clone();

    h.undo(&mut ws);
    assert_eq!(ws, before, "undo puts the replaced samenwerking back");
    h.redo(&mut ws);
    assert_eq!(ws, imported);

    // Keeping both: the copy is the step, and undo removes only the copy.
    let applied = session::apply(
        &mut ws,
        &mut h,
        Command::Import {
            samenwerking: incoming,
            mode: ImportMode::KeepBoth {
                new_id: "sw-c".into(),
                new_name: "Een (kopie)".into(),
            },
        },
        40_000,
        Some(&store),
    )
    .unwrap();
    assert_eq!(applied.samenwerking.as_deref(), Some("sw-c"));
    assert_eq!(ws.samenwerkingen.len(), 3);
    assert_eq!(snapshots::read(&store, 40_000), Some(imported.clone()));
    assert_eq!(h.undo(&mut ws), Some("sw-c".into()));
    assert_eq!(ws, imported);
}

#[test]
fn typing_in_one_field_within_coalesce_ms_is_one_undo_step() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    let start = ws.clone();
    let mut steps = Vec::new();
    for (i, text) in ["W", "We", "Wer", "Werk"].iter().enumerate() {
        let now = 20_000 + i as u64 * (COALESCE_MS / 2);
        let applied = session::apply(&mut ws, &mut h, opgave("sw-b", text), now, Some(&store));
        steps.push(applied.unwrap().new_step);
    }
    assert_eq!(
        steps,
        [true, false, false, false],
        "only the first keystroke starts a step (and copies the samenwerking)"
    );
    // Each keystroke counts from the last, so slow but steady typing stays one step; a pause
    // longer than COALESCE_MS starts a new one.
    let typed = ws.clone();
    let later = 20_000 + 3 * (COALESCE_MS / 2) + COALESCE_MS + 1;
    let applied = session::apply(&mut ws, &mut h, opgave("sw-b", "Werk!"), later, None).unwrap();
    assert!(applied.new_step);
    // Another field right away is another step too.
    let applied = session::apply(
        &mut ws,
        &mut h,
        Command::Rename {
            id: "sw-b".into(),
            name: "Twee en meer".into(),
        },
        later + 1,
        None,
    )
    .unwrap();
    assert!(applied.new_step);

    h.undo(&mut ws);
    h.undo(&mut ws);
    assert_eq!(ws, typed);
    h.undo(&mut ws);
    assert_eq!(ws, start, "the four keystrokes were one step");
    assert!(snapshots::list(&store).is_empty(), "typing takes no backup");
}

#[test]
fn an_error_leaves_workspace_history_and_backups_untouched() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    session::apply(&mut ws, &mut h, opgave("sw-b", "Begin"), 20_000, None).unwrap();
    let (ws_before, h_before) = (ws.clone(), h.clone());
    let taken = Samenwerking::new("sw-b".into(), "Bezet".into(), 1);
    for command in [
        delete("sw-onbekend"),
        Command::Import {
            samenwerking: taken,
            mode: ImportMode::New,
        },
        create("sw-a", "Dubbel"),
        // In the middle of typing in the same field: the refused keystroke is no step either.
        opgave("sw-b", &"x".repeat(100_000)),
        opgave("sw-onbekend", "Nergens"),
    ] {
        let result = session::apply(&mut ws, &mut h, command.clone(), 20_100, Some(&store));
        assert!(result.is_err(), "{command:?}");
        assert_eq!(ws, ws_before, "{command:?}");
        assert_eq!(h, h_before, "{command:?}");
        assert!(
            snapshots::list(&store).is_empty(),
            "a refused {command:?} takes no backup"
        );
    }
    assert_eq!(
        session::apply(&mut ws, &mut h, delete("sw-onbekend"), 1, None),
        Err(DomainError::NotFound)
    );
    // Typing goes on in the same step after the refusal.
    let applied = session::apply(&mut ws, &mut h, opgave("sw-b", "Begin!"), 20_200, None);
    assert!(!applied.unwrap().new_step);
}

#[test]
fn without_a_store_no_backup_is_taken_but_undo_works() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    let before = ws.clone();
    let applied = session::apply(&mut ws, &mut h, delete("sw-b"), 20_000, None).unwrap();
    assert_eq!(applied.backup, None);
    assert!(snapshots::list(&store).is_empty());
    h.undo(&mut ws);
    assert_eq!(ws, before);
}

#[test]
fn a_failed_backup_stops_nothing() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = two(&store);
    let before = ws.clone();
    *store.fail_with.borrow_mut() = Some(StoreError::Full);
    let applied = session::apply(&mut ws, &mut h, delete("sw-a"), 20_000, Some(&store)).unwrap();
    assert_eq!(
        applied.backup,
        Some(Backup {
            reason: Reason::Delete,
            written: Err(StoreError::Full),
        })
    );
    assert!(ws.get("sw-a").is_none(), "the delete was made anyway");
    *store.fail_with.borrow_mut() = None;
    assert!(snapshots::list(&store).is_empty());
    assert!(store.get(snapshots::INDEX_KEY).unwrap().is_none());
    h.undo(&mut ws);
    assert_eq!(ws, before);
}

#[test]
fn only_imports_and_deletes_need_a_backup() {
    let s = Samenwerking::new("sw-x".into(), "X".into(), 1);
    assert_eq!(session::backup_due(&delete("sw-x")), Some(Reason::Delete));
    for mode in [
        ImportMode::New,
        ImportMode::Replace,
        ImportMode::KeepBoth {
            new_id: "sw-y".into(),
            new_name: "Y".into(),
        },
    ] {
        let import = Command::Import {
            samenwerking: s.clone(),
            mode,
        };
        assert_eq!(session::backup_due(&import), Some(Reason::Import));
    }
    for command in [
        create("sw-x", "X"),
        opgave("sw-x", "Y"),
        Command::DeleteBijeenkomst {
            samenwerking: "sw-x".into(),
            bijeenkomst: "bk-1".into(),
        },
        Command::RemovePartner {
            samenwerking: "sw-x".into(),
            partner: "p-1".into(),
        },
    ] {
        assert_eq!(session::backup_due(&command), None, "{command:?}");
    }
}
