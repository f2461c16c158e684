//! The automatic backups, kept in IndexedDB (its own database, see [`idb::backups`]) so they
//! never take the room of the work in local storage, whose quota is small (about 5 MB).
//!
//! The rules (when a backup is taken, how many are kept, which go when the disk is full) are
//! the core's (`domain::snapshots`); here they are stored. A backup is one `readwrite`
//! transaction: read the index, [`snapshots::plan`], write the text, remove the ones that go,
//! write the index; so two tabs never lose each other's backups. Writing is asynchronous: a
//! backup is started at once (its text is taken before the change) and lands a moment later.
//!
//! Backups that an older version kept in local storage are moved here at start ([`start`]),
//! and then removed from local storage. Where IndexedDB cannot be opened (some private modes),
//! backups stay in local storage, as before.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
// Not leptos::task::spawn_local: storage adapters may run before the app (and its executor) is
// mounted, e.g. in the component tests; wasm-bindgen-futures needs no set-up.
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;

use crate::domain::snapshots::{self, Info, Keeper, Reason, INDEX_KEY, MAX_SNAPSHOTS};
use crate::domain::storage::{self, KeyValueStore, StoreError};
use crate::domain::{Millis, Workspace};

use super::idb::{self, backups, call, get};
use super::storage::LocalStore;

thread_local! {
    /// IndexedDB could not be opened: backups are kept in local storage, as before.
    static LOCAL_ONLY: Cell<bool> = const { Cell::new(false) };
    /// Goes up when backups were written or moved, so the list is read again.
    static CHANGED: ArcRwSignal<u32> = ArcRwSignal::new(0);
}

/// Read (tracked) to follow changes of the backups.
pub fn changed() -> ArcRwSignal<u32> {
    CHANGED.with(Clone::clone)
}

fn bump() {
    CHANGED.with(|c| c.update(|n| *n = n.wrapping_add(1)));
}

/// The app's [`Keeper`]: starts the backup and answers at once (a failed backup stops nothing).
#[derive(Clone, Copy, Default)]
pub struct Backups;

impl Keeper for Backups {
    fn keep(
        &self,
        text: &str,
        names: Vec<String>,
        reason: Reason,
        now: Millis,
    ) -> Result<(), StoreError> {
        take(text.to_string(), names, reason, now, |_| ());
        Ok(())
    }
}

/// The backup database, or `None` (then local storage is used).
async fn db() -> Option<JsValue> {
    if LOCAL_ONLY.with(Cell::get) {
        return None;
    }
    match backups().open().await {
        Ok(db) => Some(db),
        Err(_) => {
            LOCAL_ONLY.with(|l| l.set(true));
            None
        }
    }
}

/// Keeps `text` as a backup made at `now`; a daily backup only when none was made that day yet.
/// `done` gets whether it was written (false: the day's backup was there already).
pub fn take(
    text: String,
    names: Vec<String>,
    reason: Reason,
    now: Millis,
    done: impl FnOnce(Result<bool, StoreError>) + 'static,
) {
    spawn_local(async move {
        let result = take_now(&text, names, reason, now).await;
        bump();
        done(result);
    });
}

async fn take_now(
    text: &str,
    names: Vec<String>,
    reason: Reason,
    now: Millis,
) -> Result<bool, StoreError> {
    let Some(db) = db().await else {
        if reason == Reason::Daily && !snapshots::needs_daily(&LocalStore, now) {
            return Ok(false);
        }
        return snapshots::take_raw(&LocalStore, text, names, reason, now).map(|()| true);
    };
    let info = Info {
        at_ms: now,
        reason,
        names,
    };
    // A full disk aborts the transaction: then try again keeping fewer older backups.
    let mut max = MAX_SNAPSHOTS;
    loop {
        let (tx, store) = backups().store(&db, true)?;
        let written = Rc::new(Cell::new(false));
        let seen = Rc::new(Cell::new(0usize));
        let request = call(&store, "get", &[INDEX_KEY.into()]).map_err(idb::classify)?;
        let (done, found, store_in, info_in, text_in) = (
            request.clone(),
            seen.clone(),
            store.clone(),
            info.clone(),
            text.to_string(),
        );
        let written_in = written.clone();
        let on_index = Closure::once_into_js(move || {
            let raw = get(&done, "result").ok().and_then(|r| r.as_string());
            let list = snapshots::parse_index(raw.as_deref());
            found.set(list.len());
            if info_in.reason == Reason::Daily && !snapshots::needs_daily_in(&list, info_in.at_ms) {
                return;
            }
            let at = info_in.at_ms;
            let (list, dropped) = snapshots::plan(list, info_in, max);
            let text: JsValue = text_in.into();
            let _ = call(&store_in, "put", &[text, snapshots::key(at).into()]);
            for old in dropped {
                let _ = call(&store_in, "delete", &[snapshots::key(old).into()]);
            }
            let index: JsValue = snapshots::index_text(&list).into();
            let _ = call(&store_in, "put", &[index, INDEX_KEY.into()]);
            written_in.set(true);
        });
        let _ = js_sys::Reflect::set(&request, &"onsuccess".into(), &on_index);
        match idb::complete(&tx).await {
            Ok(()) => return Ok(written.get()),
            Err(StoreError::Full) if max > 1 => max = (max - 1).min(seen.get()).max(1),
            Err(e) => return Err(e),
        }
    }
}

/// The backups, newest first.
pub async fn list() -> Result<Vec<Info>, StoreError> {
    let Some(db) = db().await else {
        return Ok(snapshots::list(&LocalStore));
    };
    let (_, store) = backups().store(&db, false)?;
    let request = call(&store, "get", &[INDEX_KEY.into()]).map_err(idb::classify)?;
    let raw = idb::request(&request).await?.as_string();
    Ok(snapshots::parse_index(raw.as_deref()))
}

/// The workspace in the backup made at `at_ms`: `Ok(None)` when it is gone or unreadable.
pub async fn read(at_ms: Millis) -> Result<Option<Workspace>, StoreError> {
    let Some(db) = db().await else {
        return Ok(snapshots::read(&LocalStore, at_ms));
    };
    let (_, store) = backups().store(&db, false)?;
    let request = call(&store, "get", &[snapshots::key(at_ms).into()]).map_err(idb::classify)?;
    let raw = idb::request(&request).await?.as_string();
    Ok(raw.and_then(|raw| storage::decode(&raw).ok()))
}

/// Moves backups that an older version kept in local storage into IndexedDB (once, at start),
/// then frees their room in local storage.
pub fn start() {
    spawn_local(async move {
        let local = snapshots::local_backups(&LocalStore);
        let has_index = matches!(LocalStore.get(INDEX_KEY), Ok(Some(_)));
        if local.is_empty() && !has_index {
            return;
        }
        let Some(db) = db().await else {
            return;
        };
        if move_in(&db, local).await.is_ok() {
            let _ = snapshots::remove_local(&LocalStore);
            bump();
        }
    });
}

/// One transaction: the local backups merged into the stored index, their texts written.
async fn move_in(db: &JsValue, local: Vec<(Info, String)>) -> Result<(), StoreError> {
    let (tx, store) = backups().store(db, true)?;
    let request = call(&store, "get", &[INDEX_KEY.into()]).map_err(idb::classify)?;
    let done = request.clone();
    let local = RefCell::new(local);
    let on_index = Closure::once_into_js(move || {
        let raw = get(&done, "result").ok().and_then(|r| r.as_string());
        let there = snapshots::parse_index(raw.as_deref());
        let local = local.take();
        let more = local.iter().map(|(i, _)| i.clone()).collect();
        let (list, dropped) = snapshots::merge(there, more);
        for (info, text) in local {
            if list.iter().any(|i| i.at_ms == info.at_ms) {
                let text: JsValue = text.into();
                let _ = call(&store, "put", &[text, snapshots::key(info.at_ms).into()]);
            }
        }
        for old in dropped {
            let _ = call(&store, "delete", &[snapshots::key(old).into()]);
        }
        let index: JsValue = snapshots::index_text(&list).into();
        let _ = call(&store, "put", &[index, INDEX_KEY.into()]);
    });
    js_sys::Reflect::set(&request, &"onsuccess".into(), &on_index).map_err(idb::classify)?;
    idb::complete(&tx).await
}
