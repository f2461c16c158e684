//! The one small IndexedDB adapter: opening a database (once per page), its object store in a
//! transaction, and waiting for a request or a transaction, with every failure returned as a
//! [`StoreError`], never a panic. The journal (`journal`) and the backups (`backup_store`) use
//! it. Written with `js_sys::Reflect` calls (no JS snippet, so the one-file edition can inline
//! the glue, and no extra web-sys features).

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::storage::StoreError;

/// A database with one object store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Db {
    pub name: &'static str,
    pub store: &'static str,
}

/// The journal: a durable second copy of the last save (see `journal`).
pub const JOURNAL: Db = Db {
    name: "vitaal-samenwerken",
    store: "journaal",
};

/// The automatic backups (see `backup_store`). A database of its own, so adding it needed no
/// version change of the journal's (an open tab of an older version would block that).
pub const BACKUPS: Db = Db {
    name: "vitaal-samenwerken-reservekopieen",
    store: "reservekopieen",
};

/// The backups of this version's own storage area (see `storage::enter_own_area`): a database
/// of their own, so a newer version's backups (and its index format) are never touched.
pub const OWN_AREA_BACKUPS: Db = Db {
    name: "vitaal-samenwerken-reservekopieen-opslagversie-6",
    store: "reservekopieen",
};

// The name above carries the storage version by hand (a const cannot be formatted): a new
// version must rename it, like the local storage area (`storage::area_key`).
const _: () = assert!(
    crate::domain::storage::CURRENT_VERSION == 6,
    "rename OWN_AREA_BACKUPS for the new storage version"
);

/// The backups database this tab uses: the shared one, or its own area's.
pub fn backups() -> Db {
    if super::storage::in_own_area() {
        OWN_AREA_BACKUPS
    } else {
        BACKUPS
    }
}

thread_local! {
    /// Each database's open connection, once opened.
    static OPEN: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    /// Each database's opening, while it is under way (so every caller waits for the same one).
    static OPENING: RefCell<Vec<(&'static str, Promise)>> = const { RefCell::new(Vec::new()) };
}

pub fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
}

pub fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, method)?.dyn_into()?;
    f.apply(target, &args.iter().collect::<Array>())
}

fn set(target: &JsValue, name: &str, value: &JsValue) -> Result<(), StoreError> {
    Reflect::set(target, &JsValue::from_str(name), value)
        .map(drop)
        .map_err(classify)
}

/// A DOMException (or anything else thrown) as a [`StoreError`].
pub fn classify(error: JsValue) -> StoreError {
    let name = get(&error, "name")
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => StoreError::Full,
        "SecurityError" | "InvalidStateError" | "UnknownError" | "NotFoundError" => {
            StoreError::Unavailable
        }
        "" => StoreError::Other("onbekende fout".into()),
        other => StoreError::Other(other.to_string()),
    }
}

impl Db {
    /// The open database, when it was opened before (no waiting).
    pub fn opened(&self) -> Option<JsValue> {
        OPEN.with(|o| {
            o.borrow()
                .iter()
                .find(|(n, _)| *n == self.name)
                .map(|(_, db)| db.clone())
        })
    }

    /// Opens the database (once; later calls get the same connection), creating its store.
    pub async fn open(&self) -> Result<JsValue, StoreError> {
        if let Some(db) = self.opened() {
            return Ok(db);
        }
        let pending = OPENING.with(|o| {
            o.borrow()
                .iter()
                .find(|(n, _)| *n == self.name)
                .map(|(_, p)| p.clone())
        });
        let promise = match pending {
            Some(p) => p,
            None => {
                let p = self.start_open()?;
                OPENING.with(|o| o.borrow_mut().push((self.name, p.clone())));
                p
            }
        };
        let result = JsFuture::from(promise).await;
        OPENING.with(|o| o.borrow_mut().retain(|(n, _)| *n != self.name));
        let db = result.map_err(classify)?;
        if self.opened().is_none() {
            // Another tab that upgrades the database must not wait for this one.
            let close_db = db.clone();
            let on_change = Closure::<dyn FnMut()>::new(move || {
                let _ = call(&close_db, "close", &[]);
                OPEN.with(|o| o.borrow_mut().retain(|(_, d)| d != &close_db));
            });
            set(&db, "onversionchange", on_change.as_ref())?;
            on_change.forget();
            OPEN.with(|o| o.borrow_mut().push((self.name, db.clone())));
        }
        Ok(db)
    }

    fn start_open(&self) -> Result<Promise, StoreError> {
        let window: JsValue = web_sys::window().ok_or(StoreError::Unavailable)?.into();
        let factory = get(&window, "indexedDB").map_err(|_| StoreError::Unavailable)?;
        if factory.is_undefined() || factory.is_null() {
            return Err(StoreError::Unavailable);
        }
        let request = call(&factory, "open", &[self.name.into(), 1.into()]).map_err(classify)?;
        let store = self.store;
        let upgrade_request = request.clone();
        let on_upgrade = Closure::once_into_js(move || {
            if let Ok(db) = get(&upgrade_request, "result") {
                let _ = call(&db, "createObjectStore", &[store.into()]);
            }
        });
        set(&request, "onupgradeneeded", &on_upgrade)?;
        Ok(wait_request(&request))
    }

    /// This database's object store in a new transaction (and the transaction). Writes use
    /// `durability: "strict"`: complete only once on disk.
    pub fn store(&self, db: &JsValue, write: bool) -> Result<(JsValue, JsValue), StoreError> {
        let tx = if write {
            let options = Object::new();
            set(&options, "durability", &"strict".into())?;
            call(
                db,
                "transaction",
                &[self.store.into(), "readwrite".into(), options.into()],
            )
        } else {
            call(db, "transaction", &[self.store.into()])
        }
        .map_err(classify)?;
        let store = call(&tx, "objectStore", &[self.store.into()]).map_err(classify)?;
        Ok((tx, store))
    }
}

/// A handler that settles a promise (`settle` is its `resolve` or `reject`) with `target`'s
/// property `name` (`None`: with nothing). One closure type for every handler here, so the
/// wasm carries its glue once.
fn settle(settle: &Function, target: &JsValue, name: Option<&'static str>) -> JsValue {
    let (settle, target) = (settle.clone(), target.clone());
    Closure::once_into_js(move || {
        let value = name
            .and_then(|n| get(&target, n).ok())
            .unwrap_or(JsValue::NULL);
        let _ = settle.call1(&JsValue::NULL, &value);
    })
}

/// A promise for a request (or a transaction, with `events` "complete", "error", "abort"):
/// resolved with its result, rejected with its error. An opening that is blocked (an older
/// connection elsewhere refuses to close) is given up.
fn wait(target: &JsValue, request: bool) -> Promise {
    Promise::new(&mut |resolve: Function, reject: Function| {
        let handlers = if request {
            [
                ("onsuccess", settle(&resolve, target, Some("result"))),
                ("onerror", settle(&reject, target, Some("error"))),
                ("onblocked", settle(&reject, target, None)),
            ]
        } else {
            [
                ("oncomplete", settle(&resolve, target, None)),
                ("onerror", settle(&reject, target, Some("error"))),
                ("onabort", settle(&reject, target, Some("error"))),
            ]
        };
        for (name, handler) in handlers {
            let _ = Reflect::set(target, &name.into(), &handler);
        }
    })
}

fn wait_request(request: &JsValue) -> Promise {
    wait(request, true)
}

/// Waits for a request's result.
pub async fn request(request: &JsValue) -> Result<JsValue, StoreError> {
    JsFuture::from(wait_request(request))
        .await
        .map_err(classify)
}

/// Waits until a transaction is complete (on disk, for a strict write): `Err` when it failed or
/// was aborted (a full disk aborts it with `QuotaExceededError`).
pub async fn complete(tx: &JsValue) -> Result<(), StoreError> {
    JsFuture::from(wait(tx, false))
        .await
        .map(drop)
        .map_err(|e| {
            if e.is_null() || e.is_undefined() {
                StoreError::Other("afgebroken".into())
            } else {
                classify(e)
            }
        })
}

/// `navigator.storage.estimate()`: bytes used by this site and the most it may use, when the
/// browser tells.
pub async fn estimate() -> Option<(f64, f64)> {
    let window: JsValue = web_sys::window()?.into();
    let storage = get(&get(&window, "navigator").ok()?, "storage").ok()?;
    if storage.is_undefined() {
        return None;
    }
    let promise: Promise = call(&storage, "estimate", &[]).ok()?.dyn_into().ok()?;
    let answer = JsFuture::from(promise).await.ok()?;
    let usage = get(&answer, "usage").ok()?.as_f64()?;
    let quota = get(&answer, "quota").ok()?.as_f64()?;
    Some((usage, quota))
}
