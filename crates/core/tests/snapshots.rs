//! Automatic backups: taken, listed newest first, limited, making room when storage is full,
//! one daily backup per day, the old text kept before a migration, and put back intact.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::snapshots::{self, Reason, MAX_SNAPSHOTS};
use vitaal_core::domain::storage::{self, KeyValueStore, MemoryStore, StoreError};
use vitaal_core::domain::*;

fn ws(names: &[&str]) -> Workspace {
    let mut ws = Workspace::default();
    for (i, name) in names.iter().enumerate() {
        ws.apply(
            Command::Create {
                id: format!("sw-{i}"),
                name: name.to_string(),
            },
            1_000 + i as u64,
        )
        .unwrap();
    }
    ws
}

#[test]
fn backups_are_listed_newest_first_and_put_back_intact() {
    let store = MemoryStore::default();
    assert!(snapshots::list(&store).is_empty());
    snapshots::take(&store, &ws(&["Een"]), Reason::Import, 10_000).unwrap();
    snapshots::take(&store, &ws(&["Een", "Twee"]), Reason::Delete, 20_000).unwrap();
    let list = snapshots::list(&store);
    assert_eq!(
        list.iter().map(|i| i.at_ms).collect::<Vec<_>>(),
        [20_000, 10_000]
    );
    assert_eq!(list[0].reason, Reason::Delete);
    assert_eq!(list[0].names, ["Een", "Twee"]);
    assert_eq!(snapshots::read(&store, 20_000), Some(ws(&["Een", "Twee"])));
    assert_eq!(snapshots::read(&store, 10_000), Some(ws(&["Een"])));
    assert_eq!(snapshots::read(&store, 30_000), None);
}

#[test]
fn only_the_newest_ten_are_kept() {
    let store = MemoryStore::default();
    for i in 0..(MAX_SNAPSHOTS as u64 + 5) {
        snapshots::take(&store, &ws(&["Een"]), Reason::Import, 1_000 + i).unwrap();
    }
    let list = snapshots::list(&store);
    assert_eq!(list.len(), MAX_SNAPSHOTS);
    assert_eq!(
        list.last().unwrap().at_ms,
        1_005,
        "the five oldest are gone"
    );
    assert_eq!(
        snapshots::read(&store, 1_004),
        None,
        "and their text with them"
    );
}

#[test]
fn a_full_storage_drops_the_oldest_backups_and_never_the_work() {
    let mut big = ws(&["Een", "Twee", "Drie"]);
    let opgave = Command::SetOpgave {
        id: "sw-0".into(),
        opgave: "ouder worden ".repeat(150),
    };
    big.apply(opgave, 2).unwrap();
    let size = storage::encode(&big).len();
    // Room for the work and two backups (plus the small index), not three.
    let store = MemoryStore {
        quota: Some(size * 3 + size / 2),
        ..Default::default()
    };
    storage::save(&store, &big).unwrap();
    for at in [1_000, 2_000, 3_000] {
        snapshots::take(&store, &big, Reason::Import, at).unwrap();
    }
    let list = snapshots::list(&store);
    assert_eq!(
        list.iter().map(|i| i.at_ms).collect::<Vec<_>>(),
        [3_000, 2_000]
    );
    assert_eq!(
        storage::load(&store),
        storage::LoadOutcome::Loaded(big.clone())
    );
    // No room at all: the backup is skipped with the error, the index stays readable.
    let tiny = MemoryStore {
        quota: Some(10),
        ..Default::default()
    };
    assert_eq!(
        snapshots::take(&tiny, &big, Reason::Daily, 5_000),
        Err(StoreError::Full)
    );
    assert!(snapshots::list(&tiny).is_empty());
}

#[test]
fn one_daily_backup_per_day() {
    let store = MemoryStore::default();
    let day = 86_400_000;
    assert!(snapshots::needs_daily(&store, 3 * day + 5));
    snapshots::take(&store, &ws(&["Een"]), Reason::Daily, 3 * day + 5).unwrap();
    assert!(!snapshots::needs_daily(&store, 3 * day + 80_000_000));
    assert!(snapshots::needs_daily(&store, 4 * day));
    // Other backups do not count as the daily one.
    snapshots::take(&store, &ws(&["Een"]), Reason::Import, 4 * day + 1).unwrap();
    assert!(snapshots::needs_daily(&store, 4 * day + 2));
}

#[test]
fn the_old_text_is_kept_before_a_migration() {
    let store = MemoryStore::default();
    assert_eq!(
        snapshots::before_migration(&store, &store, 1_000),
        Ok(false),
        "nothing stored"
    );
    let old = r#"{"format":"vitaal-samenwerken-opslag","version":1,"samenwerkingen":[{"id":"sw-oud","name":"Oud","opgave":"","route":null,"partners":[],"created_ms":1,"updated_ms":1}]}"#;
    store.set(storage::KEY, old).unwrap();
    assert_eq!(snapshots::before_migration(&store, &store, 2_000), Ok(true));
    let list = snapshots::list(&store);
    assert_eq!(list[0].reason, Reason::Migration);
    assert_eq!(list[0].names, ["Oud"]);
    assert_eq!(
        store
            .get("vitaal-samenwerken:reservekopie:2000")
            .unwrap()
            .as_deref(),
        Some(old)
    );
    // The current version needs no backup.
    storage::save(&store, &ws(&["Nieuw"])).unwrap();
    assert_eq!(
        snapshots::before_migration(&store, &store, 3_000),
        Ok(false)
    );
}

#[test]
fn an_unreadable_index_counts_as_no_backups() {
    let store = MemoryStore::default();
    store.set(snapshots::INDEX_KEY, "{kapot").unwrap();
    assert!(snapshots::list(&store).is_empty());
    snapshots::take(&store, &ws(&["Een"]), Reason::Import, 1_000).unwrap();
    assert_eq!(snapshots::list(&store).len(), 1);
}

#[test]
fn unreadable_old_text_is_no_backup_so_the_last_good_one_stays_the_newest() {
    let store = MemoryStore::default();
    snapshots::take(&store, &ws(&["Goed"]), Reason::Daily, 1_000).unwrap();
    // An older envelope that breaks off: it is kept aside by the loader, not as a backup.
    store
        .set(
            storage::KEY,
            r#"{"format":"vitaal-samenwerken-opslag","version":3,"samenwerkingen":[{"id":"#,
        )
        .unwrap();
    assert_eq!(
        snapshots::before_migration(&store, &store, 2_000),
        Ok(false)
    );
    let list = snapshots::list(&store);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].names, ["Goed"]);
    assert_eq!(
        snapshots::read(&store, list[0].at_ms).map(|w| w.samenwerkingen[0].name.clone()),
        Some("Goed".to_string())
    );
}

fn info(at_ms: u64, reason: Reason) -> snapshots::Info {
    snapshots::Info {
        at_ms,
        reason,
        names: vec!["Een".into()],
    }
}

#[test]
fn plan_keeps_the_newest_and_names_the_ones_to_remove() {
    // Newest first, as the stored index is read.
    let list: Vec<_> = (1..=MAX_SNAPSHOTS as u64)
        .rev()
        .map(|i| info(i * 1_000, Reason::Import))
        .collect();
    let (kept, dropped) = snapshots::plan(list.clone(), info(99_000, Reason::Daily), MAX_SNAPSHOTS);
    assert_eq!(kept.len(), MAX_SNAPSHOTS);
    assert_eq!(kept[0].at_ms, 99_000, "the new one first");
    assert_eq!(dropped, [1_000], "the oldest goes");
    // Storage full: fewer are kept, down to the new one alone.
    let (kept, dropped) = snapshots::plan(list.clone(), info(99_000, Reason::Daily), 3);
    assert_eq!(
        kept.iter().map(|i| i.at_ms).collect::<Vec<_>>(),
        [99_000, 10_000, 9_000]
    );
    assert_eq!(dropped.len(), MAX_SNAPSHOTS - 2);
    let (kept, _) = snapshots::plan(list.clone(), info(99_000, Reason::Daily), 0);
    assert_eq!(kept.len(), 1);
    // The same millisecond replaces, and is not removed (same key).
    let (kept, dropped) = snapshots::plan(list, info(5_000, Reason::Delete), MAX_SNAPSHOTS);
    assert_eq!(kept.len(), MAX_SNAPSHOTS);
    assert_eq!(kept[0].reason, Reason::Delete);
    assert!(dropped.is_empty());
    assert!(snapshots::needs_daily_in(&kept, 5_000));
    assert!(!snapshots::needs_daily_in(
        &[info(5_000, Reason::Daily)],
        6_000
    ));
}

#[test]
fn backups_in_local_storage_are_moved_out_merged_and_their_room_freed() {
    let local = MemoryStore::default();
    storage::save(&local, &ws(&["Werk"])).unwrap();
    snapshots::take(&local, &ws(&["Oud"]), Reason::Daily, 1_000).unwrap();
    snapshots::take(&local, &ws(&["Ouder"]), Reason::Import, 2_000).unwrap();
    let moved = snapshots::local_backups(&local);
    assert_eq!(
        moved.iter().map(|(i, _)| i.at_ms).collect::<Vec<_>>(),
        [2_000, 1_000]
    );
    assert_eq!(
        storage::decode(&moved[1].1).unwrap(),
        ws(&["Oud"]),
        "each with its text"
    );
    // Merged with what is in IndexedDB already: the newest ten.
    let there: Vec<_> = (0..9).map(|i| info(10_000 + i, Reason::Import)).collect();
    let (all, left_out) = snapshots::merge(there, moved.iter().map(|(i, _)| i.clone()).collect());
    assert_eq!(all.len(), MAX_SNAPSHOTS);
    assert_eq!(all.last().unwrap().at_ms, 2_000);
    assert_eq!(left_out, [1_000]);
    snapshots::remove_local(&local).unwrap();
    assert_eq!(
        local.data.borrow().keys().cloned().collect::<Vec<_>>(),
        [storage::KEY],
        "only the work is left in local storage"
    );
}

#[test]
fn no_backup_is_written_while_the_index_cannot_be_read() {
    let store = MemoryStore::default();
    snapshots::take(&store, &ws(&["Een"]), Reason::Import, 1_000).unwrap();
    *store.fail_with.borrow_mut() = Some(StoreError::Unavailable);
    assert_eq!(
        snapshots::take(&store, &ws(&["Twee"]), Reason::Import, 2_000),
        Err(StoreError::Unavailable)
    );
    *store.fail_with.borrow_mut() = None;
    assert_eq!(
        snapshots::list(&store).len(),
        1,
        "the earlier backup is still listed"
    );
}

#[test]
fn the_migration_backup_goes_to_the_backup_store_not_beside_the_work() {
    let work = MemoryStore::default();
    let backups = MemoryStore::default();
    let old = r#"{"format":"vitaal-samenwerken-opslag","version":1,"samenwerkingen":[{"id":"sw-oud","name":"Oud","opgave":"","route":null,"partners":[],"created_ms":1,"updated_ms":1}]}"#;
    work.set(storage::KEY, old).unwrap();
    assert_eq!(
        snapshots::before_migration(&work, &backups, 2_000),
        Ok(true)
    );
    assert_eq!(snapshots::list(&backups)[0].reason, Reason::Migration);
    assert!(snapshots::list(&work).is_empty());
}
