//! Keeping work on the device: save with read-back, load, unreadable data put aside,
//! full and blocked storage reported (never a panic, never a silent loss).

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::storage::{self, KeyValueStore, LoadOutcome, MemoryStore, StoreError};
use vitaal_core::domain::*;
use vitaal_core::i18n::t;

fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: "sw-1".into(),
            name: "Dorpsstad".into(),
        },
        1,
    )
    .unwrap();
    ws.apply(
        Command::AddPartner {
            samenwerking: "sw-1".into(),
            partner: command::partner(
                "p-1",
                "Anna",
                "Welzijn",
                PartnerKind::Formeel,
                Ring::Kerngroep,
            ),
        },
        2,
    )
    .unwrap();
    ws
}

#[test]
fn first_visit_is_empty() {
    assert_eq!(storage::load(&MemoryStore::default()), LoadOutcome::Empty);
}

#[test]
fn save_then_load_gives_back_the_same_workspace() {
    let store = MemoryStore::default();
    storage::save(&store, &workspace()).unwrap();
    assert_eq!(storage::load(&store), LoadOutcome::Loaded(workspace()));
    let raw = store.get(storage::KEY).unwrap().unwrap();
    assert!(raw.contains("\"format\":\"vitaal-samenwerken-opslag\""));
    assert!(raw.contains(&format!("\"version\":{}", storage::CURRENT_VERSION)));
}

#[test]
fn a_full_storage_is_reported_and_the_old_data_stays() {
    let mut store = MemoryStore::default();
    storage::save(&store, &Workspace::default()).unwrap();
    let before = store.get(storage::KEY).unwrap();
    store.quota = Some(60);
    assert_eq!(storage::save(&store, &workspace()), Err(StoreError::Full));
    assert_eq!(store.get(storage::KEY).unwrap(), before);
    assert!(t().store_error(&StoreError::Full).contains("vol"));
}

#[test]
fn blocked_storage_is_an_error_not_a_panic() {
    let store = MemoryStore::default();
    *store.fail_with.borrow_mut() = Some(StoreError::Unavailable);
    assert_eq!(
        storage::save(&store, &workspace()),
        Err(StoreError::Unavailable)
    );
    assert_eq!(
        storage::load(&store),
        LoadOutcome::Unavailable(StoreError::Unavailable)
    );
    assert!(t()
        .store_error(&StoreError::Unavailable)
        .contains("exporteer"));
}

/// A store whose reads return something other than what was written.
struct Lossy(MemoryStore);
impl KeyValueStore for Lossy {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.get(key)?.map(|v| v[..v.len() / 2].to_string()))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
}

#[test]
fn a_write_that_does_not_read_back_is_reported() {
    assert_eq!(
        storage::save(&Lossy(MemoryStore::default()), &workspace()),
        Err(StoreError::NotVerified)
    );
}

#[test]
fn unreadable_data_is_put_aside_not_overwritten() {
    let store = MemoryStore::default();
    store.set(storage::KEY, "{kapot").unwrap();
    match storage::load(&store) {
        LoadOutcome::Unreadable {
            raw,
            preserved,
            newer,
        } => {
            assert_eq!(raw, "{kapot");
            assert!(preserved);
            assert_eq!(newer, None);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store.get(storage::CORRUPT_KEY).unwrap().as_deref(),
        Some("{kapot")
    );
}

#[test]
fn unreadable_data_that_cannot_be_put_aside_is_reported_as_such() {
    let mut store = MemoryStore::default();
    store.set(storage::KEY, "{kapot maar lang genoeg").unwrap();
    store.quota = Some(30);
    match storage::load(&store) {
        LoadOutcome::Unreadable { preserved, .. } => assert!(!preserved),
        other => panic!("{other:?}"),
    }
}

#[test]
fn data_of_a_newer_app_is_left_alone() {
    let store = MemoryStore::default();
    let newer = r#"{"format":"vitaal-samenwerken-opslag","version":7,"samenwerkingen":[]}"#;
    store.set(storage::KEY, newer).unwrap();
    match storage::load(&store) {
        LoadOutcome::Unreadable {
            newer: Some(7),
            preserved: false,
            ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(store.get(storage::KEY).unwrap().as_deref(), Some(newer));
    assert_eq!(store.get(storage::CORRUPT_KEY).unwrap(), None);
}

#[test]
fn other_json_in_our_key_is_unreadable() {
    let store = MemoryStore::default();
    store
        .set(storage::KEY, r#"{"version":1,"samenwerkingen":[]}"#)
        .unwrap();
    assert!(matches!(
        storage::load(&store),
        LoadOutcome::Unreadable { .. }
    ));
}

#[test]
fn a_version_1_envelope_still_loads_with_no_meetings() {
    let store = MemoryStore::default();
    let v1 = r#"{"format":"vitaal-samenwerken-opslag","version":1,"samenwerkingen":[{"id":"sw-1","name":"Oud","opgave":"","route":null,"partners":[],"created_ms":1,"updated_ms":2}]}"#;
    store.set(storage::KEY, v1).unwrap();
    match storage::load(&store) {
        LoadOutcome::Loaded(ws) => {
            let s = ws.get("sw-1").unwrap();
            assert_eq!(s.name, "Oud");
            assert!(s.bijeenkomsten.is_empty() && s.acties.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_version_2_envelope_still_loads_with_no_scans() {
    let store = MemoryStore::default();
    let v2 = r#"{"format":"vitaal-samenwerken-opslag","version":2,"samenwerkingen":[{"id":"sw-1","name":"Oud","opgave":"","route":null,"partners":[],"bijeenkomsten":[{"id":"bk-1","date":"","place":"","attendees":[],"vorm":"bob","minutes":{},"agenda":[],"status":"gepland","phase":null,"timer":{"elapsed_ms":0,"running_since_ms":null},"besluiten":[],"created_ms":1,"updated_ms":1}],"acties":[],"created_ms":1,"updated_ms":2}]}"#;
    store.set(storage::KEY, v2).unwrap();
    match storage::load(&store) {
        LoadOutcome::Loaded(ws) => {
            let s = ws.get("sw-1").unwrap();
            assert!(s.scans.is_empty());
            assert_eq!(s.bijeenkomsten[0].scan, None);
            // The next save writes the current envelope, with the scans.
            storage::save(&store, &ws).unwrap();
            let raw = store.get(storage::KEY).unwrap().unwrap();
            assert!(
                raw.contains(&format!("\"version\":{}", storage::CURRENT_VERSION)),
                "{raw}"
            );
            assert!(raw.contains(r#""scans":[]"#), "{raw}");
            assert_eq!(storage::load(&store), LoadOutcome::Loaded(ws));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn scans_are_kept_in_storage() {
    let store = MemoryStore::default();
    let mut ws = workspace();
    ws.apply(
        Command::Scan {
            samenwerking: "sw-1".into(),
            change: ScanChange::Create {
                id: "sc-1".into(),
                title: "Startscan".into(),
            },
        },
        3,
    )
    .unwrap();
    let mut response = scan::Response::new("r-1".into(), scan::Source::Laptop, 4);
    response.set("openheid-en-vertrouwen", None, "Weet ik niet.");
    ws.apply(
        Command::Scan {
            samenwerking: "sw-1".into(),
            change: ScanChange::AddResponse {
                scan: "sc-1".into(),
                response,
            },
        },
        4,
    )
    .unwrap();
    storage::save(&store, &ws).unwrap();
    assert_eq!(storage::load(&store), LoadOutcome::Loaded(ws));
}

#[test]
fn stored_data_is_read_by_the_rules_of_a_file() {
    let v2 = r#"{"format":"vitaal-samenwerken-opslag","version":2,"samenwerkingen":[{"id":"sw-1","name":"Oud","opgave":"","route":null,"partners":[],"bijeenkomsten":[{"id":"bk-1","date":"","place":"","attendees":[],"vorm":"bob","minutes":{},"agenda":[],"status":"gepland","phase":null,"timer":{"elapsed_ms":0,"running_since_ms":null},"besluiten":[],"created_ms":1,"updated_ms":1}],"acties":[],"created_ms":1,"updated_ms":2}]}"#;
    assert!(storage::decode(v2).is_ok());
    for (from, to) in [
        // Never serde's array form of a struct.
        (
            r#""timer":{"elapsed_ms":0,"running_since_ms":null}"#,
            r#""timer":[]"#,
        ),
        (
            r#""timer":{"elapsed_ms":0,"running_since_ms":null}"#,
            r#""timer":[0,null]"#,
        ),
        // `null` only for an optional value, integers exactly, enums by name.
        (r#""name":"Oud""#, r#""name":null"#),
        (
            r#""created_ms":1,"updated_ms":2"#,
            r#""created_ms":1.0,"updated_ms":2"#,
        ),
        (r#""elapsed_ms":0"#, r#""elapsed_ms":-1"#),
        (r#""vorm":"bob""#, r#""vorm":"BOB""#),
    ] {
        let changed = v2.replacen(from, to, 1);
        assert_ne!(changed, v2, "{to}");
        assert_eq!(
            storage::decode(&changed),
            Err(storage::DecodeError::Unreadable),
            "{to}"
        );
    }
}

#[test]
fn an_envelope_of_the_next_version_is_left_alone() {
    let store = MemoryStore::default();
    let newer = format!(
        r#"{{"format":"vitaal-samenwerken-opslag","version":{},"samenwerkingen":[]}}"#,
        storage::CURRENT_VERSION + 1
    );
    store.set(storage::KEY, &newer).unwrap();
    assert!(matches!(
        storage::load(&store),
        LoadOutcome::Unreadable { newer: Some(v), preserved: false, .. } if v == storage::CURRENT_VERSION + 1
    ));
}

// ---- two tabs ----

fn one(name: &str) -> Workspace {
    let mut ws = Workspace::default();
    ws.samenwerkingen
        .push(Samenwerking::new("sw-een".into(), name.into(), 1_000));
    ws
}

#[test]
fn each_save_raises_the_revision_when_this_tab_is_current() {
    let store = MemoryStore::default();
    assert_eq!(storage::revision(&store), 0, "nothing saved yet");
    assert_eq!(
        storage::save_if_current(&store, &one("Een"), 0).map(|(r, _)| r),
        Ok(1)
    );
    assert_eq!(
        storage::save_if_current(&store, &one("Twee"), 1).map(|(r, _)| r),
        Ok(2)
    );
    assert_eq!(storage::revision(&store), 2);
    assert_eq!(storage::load(&store), LoadOutcome::Loaded(one("Twee")));
}

#[test]
fn a_stale_tab_cannot_overwrite_newer_work() {
    let store = MemoryStore::default();
    // Both tabs start from revision 0; tab A saves first.
    assert_eq!(
        storage::save_if_current(&store, &one("Van tab A"), 0).map(|(r, _)| r),
        Ok(1)
    );
    // Tab B still believes revision 0: refused, and A's work is untouched.
    assert_eq!(
        storage::save_if_current(&store, &one("Van tab B"), 0).map(|(r, _)| r),
        Err(StoreError::Stale)
    );
    assert_eq!(storage::load(&store), LoadOutcome::Loaded(one("Van tab A")));
    assert_eq!(storage::revision(&store), 1);
    // After reading the newest version (revision 1), B may save again.
    assert_eq!(
        storage::save_if_current(&store, &one("Van tab B"), 1).map(|(r, _)| r),
        Ok(2)
    );
}

#[test]
fn an_unreadable_revision_counts_as_none_and_a_failed_save_keeps_it() {
    let store = MemoryStore::default();
    store.set(storage::REVISION_KEY, "geen getal").expect("set");
    assert_eq!(storage::revision(&store), 0);
    assert_eq!(
        storage::save_if_current(&store, &one("Een"), 0).map(|(r, _)| r),
        Ok(1)
    );
    *store.fail_with.borrow_mut() = Some(StoreError::Full);
    assert_eq!(
        storage::save_if_current(&store, &one("Twee"), 1).map(|(r, _)| r),
        Err(StoreError::Full)
    );
    *store.fail_with.borrow_mut() = None;
    assert_eq!(storage::revision(&store), 1, "a failed save does not count");
    assert_eq!(storage::load(&store), LoadOutcome::Loaded(one("Een")));
}

#[test]
fn a_save_returns_the_text_it_wrote_for_the_journal() {
    let store = MemoryStore::default();
    let (revision, text) = storage::save_if_current(&store, &one("Een"), 0).unwrap();
    assert_eq!(revision, 1);
    assert_eq!(
        store.get(storage::KEY).unwrap().as_deref(),
        Some(text.as_str())
    );
}

#[test]
fn the_journal_is_used_only_when_it_is_newer_and_readable() {
    let store = MemoryStore::default();
    let (_, older) = storage::save_if_current(&store, &one("Een"), 0).unwrap();
    let (_, newer) = storage::save_if_current(&store, &one("Twee"), 1).unwrap();
    // The browser died before local storage reached the disk: it still holds revision 1.
    assert_eq!(storage::from_journal(&newer, 2, 1), Some(one("Twee")));
    // Local storage is as new as the journal, or newer (another tab): nothing to bring back.
    assert_eq!(storage::from_journal(&newer, 2, 2), None);
    assert_eq!(storage::from_journal(&older, 1, 2), None);
    // A journal that does not read is never used.
    assert_eq!(storage::from_journal("{kapot", 9, 1), None);
}

#[test]
fn unsaved_work_in_the_journal_comes_back_unless_something_newer_was_saved() {
    let text = storage::encode(&one("Niet bewaard"));
    // Based on what is stored, or on a save that did not reach the disk: brought back.
    assert_eq!(
        storage::from_unsaved_journal(&text, 4, 4),
        Some(one("Niet bewaard"))
    );
    assert_eq!(
        storage::from_unsaved_journal(&text, 5, 4),
        Some(one("Niet bewaard"))
    );
    // Another tab saved since: its newer work wins.
    assert_eq!(storage::from_unsaved_journal(&text, 3, 4), None);
    assert_eq!(storage::from_unsaved_journal("{kapot", 4, 4), None);
}

fn newer_envelope() -> String {
    r#"{"format":"vitaal-samenwerken-opslag","version":7,"samenwerkingen":[{"id":"sw-n","name":"Nieuw","later":{}}]}"#.to_string()
}

#[test]
fn the_own_storage_area_never_touches_a_newer_versions_data() {
    let store = MemoryStore::default();
    store.set(storage::KEY, &newer_envelope()).unwrap();
    store.set(storage::REVISION_KEY, "41").unwrap();
    assert!(matches!(
        storage::load(&store),
        LoadOutcome::Unreadable {
            newer: Some(7),
            preserved: false,
            ..
        }
    ));
    // Nothing chosen yet: start-up stays in the shared keys (and saves nothing there).
    assert!(!storage::use_own_area(&store));
    let own = storage::OwnArea(&store);
    assert_eq!(storage::load(&own), LoadOutcome::Empty);
    assert_eq!(storage::revision(&own), 0);
    let (next, _) = storage::save_if_current(&own, &one("Apart"), 0).unwrap();
    assert_eq!(next, 1);
    assert_eq!(storage::load(&own), LoadOutcome::Loaded(one("Apart")));
    // The newer data and its revision are as they were, byte for byte.
    assert_eq!(store.get(storage::KEY).unwrap(), Some(newer_envelope()));
    assert_eq!(
        store.get(storage::REVISION_KEY).unwrap().as_deref(),
        Some("41")
    );
    assert!(store
        .data
        .borrow()
        .keys()
        .any(|k| k == "vitaal-samenwerken-opslagversie-6:werkruimte"));
    // Chosen once: the next start goes to the own area.
    assert!(storage::use_own_area(&store));
    // Once the shared data is readable again (the newer app gone, storage cleared), it wins.
    store
        .set(storage::KEY, &storage::encode(&one("Gedeeld")))
        .unwrap();
    assert!(!storage::use_own_area(&store));
}

#[test]
fn area_keys_move_only_the_apps_own_keys() {
    assert_eq!(
        storage::area_key("vitaal-samenwerken:reservekopie:12", true),
        "vitaal-samenwerken-opslagversie-6:reservekopie:12"
    );
    assert_eq!(
        storage::area_key("vitaal-samenwerken:werkruimte", false),
        "vitaal-samenwerken:werkruimte"
    );
    assert_eq!(storage::area_key("iets-anders", true), "iets-anders");
}

#[test]
fn the_language_chosen_on_this_device_wins_over_the_browsers_preference() {
    use vitaal_core::i18n::Lang;
    let store = MemoryStore::default();
    // First visit: Dutch when any preferred language is Dutch.
    assert_eq!(storage::start_language(&store, &["en-GB", "nl"]), Lang::Nl);
    assert_eq!(storage::start_language(&store, &["en-US"]), Lang::En);
    storage::remember_language(&store, Lang::En).expect("stored");
    assert_eq!(storage::start_language(&store, &["nl-NL"]), Lang::En);
    storage::remember_language(&store, Lang::Nl).expect("stored");
    assert_eq!(storage::start_language(&store, &["en-US"]), Lang::Nl);
    // Nonsense stored is no choice; the work itself is not touched by any of this.
    store.set(storage::LANGUAGE_KEY, "xx").expect("stored");
    assert_eq!(storage::start_language(&store, &["en-US"]), Lang::En);
    assert_eq!(storage::load(&store), LoadOutcome::Empty);
}
