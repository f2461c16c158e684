//! A second, durable copy of the stored workspace in IndexedDB.
//!
//! Chromium writes local storage to disk on its own schedule: measured, work typed 1 or 2.5
//! seconds before the browser process was killed was lost, at 6 seconds it was kept. IndexedDB
//! with `durability: "strict"` reports a write complete only once it is on disk. So every save
//! to local storage is also put here, with its revision; at start-up a journal newer than local
//! storage (the browser died before local storage reached the disk) is brought back.
//!
//! When a save fails (storage full, or what was written did not read back), the journal holds
//! the unsaved work instead, marked `unsaved` with the revision it was based on: IndexedDB has
//! room when local storage is full. At start-up such a record is brought back and saved again
//! (or, with storage still full, shown with the alert). The next good save replaces it.
//!
//! Everything here is best effort: without IndexedDB (some private modes) local storage is still
//! the store, and nothing here can fail the app. It is written with `js_sys::Reflect` calls (no
//! JS snippet, so the one-file edition can inline the glue).

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use super::idb::{call, get, JOURNAL};

const KEY: &str = "werkruimte";

/// The record's key: this version's own storage area (see `ui::storage::enter_own_area`) has a
/// journal of its own, so the shared one (a newer version's) is never touched.
fn key() -> String {
    if super::storage::in_own_area() {
        format!(
            "{KEY}-opslagversie-{}",
            crate::domain::storage::CURRENT_VERSION
        )
    } else {
        KEY.to_string()
    }
}

/// What the journal holds: the text of a workspace envelope with the revision it was saved as
/// (or, when `unsaved`, the revision it was based on: a save that failed).
pub struct Record {
    pub text: String,
    pub revision: u64,
    pub unsaved: bool,
}

/// Runs `then` with the open database (opening it the first time, see [`super::idb`]); does nothing
/// without one. An open database is used at once, so writes keep their order.
fn with_db(then: impl FnOnce(JsValue) + 'static) {
    if let Some(db) = JOURNAL.opened() {
        then(db);
        return;
    }
    // (wasm-bindgen-futures, not leptos's spawner: this may run before the app is mounted.)
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(db) = JOURNAL.open().await {
            then(db);
        }
    });
}

/// The journal's object store in a new transaction.
fn store(db: &JsValue, write: bool) -> Result<JsValue, JsValue> {
    JOURNAL
        .store(db, write)
        .map(|(_, store)| store)
        .map_err(|_| JsValue::NULL)
}

/// Puts the stored text and its revision in the journal (and on disk, when the browser
/// finishes the transaction).
pub fn write(text: String, revision: u64) {
    put(text, revision, false);
}

/// Puts work that could not be saved in the journal, with the revision it was based on, so it
/// survives a reload or a killed browser while local storage is full.
pub fn write_unsaved(text: String, base_revision: u64) {
    put(text, base_revision, true);
}

fn put(text: String, revision: u64, unsaved: bool) {
    with_db(move |db| {
        let put = || -> Result<(), JsValue> {
            let record = Object::new();
            Reflect::set(&record, &"text".into(), &JsValue::from_str(&text))?;
            Reflect::set(
                &record,
                &"revision".into(),
                &JsValue::from_f64(revision as f64),
            )?;
            Reflect::set(&record, &"unsaved".into(), &JsValue::from_bool(unsaved))?;
            // When it was saved (for the recovery offer: which is newer, this or a backup).
            Reflect::set(&record, &"at_ms".into(), &js_sys::Date::now().into())?;
            call(&store(&db, true)?, "put", &[record.into(), key().into()])?;
            Ok(())
        };
        let _ = put();
    });
}

/// Reads the journal: `then` gets its record, or `None` when there is none (or
/// no IndexedDB); it is not called at all when the database cannot be opened.
pub fn read(then: impl FnOnce(Option<Record>) + 'static) {
    with_db(move |db| {
        let get_record = || -> Result<(), JsValue> {
            let request = call(&store(&db, false)?, "get", &[key().into()])?;
            let done = request.clone();
            let on_success = Closure::once_into_js(move || {
                let record = get(&done, "result").ok().filter(|r| r.is_object());
                let found = record.and_then(|r| {
                    let text = get(&r, "text").ok()?.as_string()?;
                    let revision = get(&r, "revision").ok()?.as_f64()?;
                    let unsaved = get(&r, "unsaved").ok()?.as_bool().unwrap_or(false);
                    Some(Record {
                        text,
                        revision: revision as u64,
                        unsaved,
                    })
                });
                then(found);
            });
            Reflect::set(&request, &"onsuccess".into(), &on_success)?;
            Ok(())
        };
        let _ = get_record();
    });
}

/// The journal's text and when it was saved (`None` for a record of an older version), for the
/// recovery offer when local storage is unreadable; `then` gets `None` without a journal.
pub fn read_saved(then: impl FnOnce(Option<(String, Option<u64>)>) + 'static) {
    with_db(move |db| {
        let get_record = || -> Result<(), JsValue> {
            let request = call(&store(&db, false)?, "get", &[key().into()])?;
            let done = request.clone();
            let on_success = Closure::once_into_js(move || {
                let record = get(&done, "result").ok().filter(|r| r.is_object());
                then(record.and_then(|r| {
                    let text = get(&r, "text").ok()?.as_string()?;
                    let at = get(&r, "at_ms").ok().and_then(|v| v.as_f64());
                    Some((text, at.map(|a| a as u64)))
                }));
            });
            Reflect::set(&request, &"onsuccess".into(), &on_success)?;
            Ok(())
        };
        let _ = get_record();
    });
}

/// Empties the journal (for a fresh start in tests); `done` runs once it is empty.
pub fn clear(done: impl FnOnce() + 'static) {
    with_db(move |db| {
        let delete =
            || -> Result<JsValue, JsValue> { call(&store(&db, true)?, "delete", &[key().into()]) };
        match delete() {
            Ok(request) => {
                let on_success = Closure::once_into_js(done);
                let _ = Reflect::set(&request, &"onsuccess".into(), &on_success);
            }
            Err(_) => done(),
        }
    });
}
