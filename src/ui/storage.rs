//! The persistence adapter: the browser's local storage behind [`KeyValueStore`].
//! Every call returns an error instead of panicking (blocked storage throws in JS).

use std::cell::Cell;

use wasm_bindgen::JsValue;

use crate::domain::storage::{self, KeyValueStore, StoreError};

thread_local! {
    /// Whether this tab works in this version's own storage area (see
    /// [`storage::own_area_prefix`]): chosen when the shared keys hold a newer version's data.
    static OWN_AREA: Cell<bool> = const { Cell::new(false) };
}

/// Switches every later read and write of [`LocalStore`] to this version's own storage area.
pub fn enter_own_area() {
    OWN_AREA.with(|a| a.set(true));
}

pub fn in_own_area() -> bool {
    OWN_AREA.with(Cell::get)
}

/// The local storage key `key` is kept under in this tab (its own area or the shared one).
pub fn key(key: &str) -> String {
    storage::area_key(key, in_own_area())
}

#[derive(Clone, Copy, Default)]
pub struct LocalStore;

impl LocalStore {
    fn storage() -> Result<web_sys::Storage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            _ => Err(StoreError::Unavailable),
        }
    }
}

fn classify(error: JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        "SecurityError" => StoreError::Unavailable,
        "" => StoreError::Other("onbekende fout".into()),
        other => StoreError::Other(other.to_string()),
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(&self::key(key)).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?
            .set_item(&self::key(key), value)
            .map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        Self::storage()?
            .remove_item(&self::key(key))
            .map_err(classify)
    }
}

/// Whether local storage has room for a little more (about 16 KB): written and removed under a
/// key of its own. `Err(Full)` when the browser refuses for lack of room.
pub fn probe_room() -> Result<(), StoreError> {
    const PROBE: &str = "vitaal-samenwerken:ruimtetest";
    let result = LocalStore.set(PROBE, &"x".repeat(16 * 1024));
    let _ = LocalStore.remove(PROBE);
    result
}

/// When the user last exported work to a file (milliseconds), kept for the reminder shown
/// where the browser may clear storage on its own.
pub const LAST_EXPORT_KEY: &str = "vitaal-samenwerken:laatste-export";

pub fn note_export(now: u64) {
    let _ = LocalStore.set(LAST_EXPORT_KEY, &now.to_string());
}

pub fn last_export() -> Option<u64> {
    LocalStore.get(LAST_EXPORT_KEY).ok().flatten()?.parse().ok()
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`); `done` gets
/// the answer. Where the API is missing the answer is `false`.
pub fn request_persistence(done: impl FnOnce(bool) + 'static) {
    leptos::task::spawn_local(async move {
        let promise = web_sys::window().and_then(|w| w.navigator().storage().persist().ok());
        let granted = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            None => false,
        };
        done(granted);
    });
}
