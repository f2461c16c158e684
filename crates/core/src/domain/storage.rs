//! How the workspace is kept on the device: a small key-value trait (implemented by the
//! browser's local storage in the UI layer, and by [`MemoryStore`] in tests), plus the
//! encoding, verification and recovery logic, which is pure and tested here.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::model::Workspace;
use super::wire;
use crate::i18n::Lang;

pub const KEY: &str = "vitaal-samenwerken:werkruimte";
/// Where unreadable stored data is put aside, so it is never overwritten.
pub const CORRUPT_KEY: &str = "vitaal-samenwerken:onleesbaar";
/// A counter that goes up with every save, under its own small key: a tab that saves checks it
/// first, so a stale tab (one that missed another tab's save) can never overwrite newer work.
pub const REVISION_KEY: &str = "vitaal-samenwerken:revisie";
pub const FORMAT: &str = "vitaal-samenwerken-opslag";
/// Version 2 added meetings and actions, version 3 Ingrediëntenscans, version 4 werkbladen,
/// version 5 the acties of a closed meeting as they stood at its close, version 6 doelen,
/// indicatoren, metingen, the leerlog and when partners joined and left.
/// Older envelopes are read as they are: the new fields default to empty (`#[serde(default)]`).
/// An older app refuses a newer envelope (and keeps it), so it never drops what it cannot read.
pub const CURRENT_VERSION: u64 = 6;

/// The prefix of every key the app keeps in local storage (all versions share it).
pub const PREFIX: &str = "vitaal-samenwerken:";

/// The prefix of this version's own storage area: used, at the user's choice, when the shared
/// keys hold data of a newer version of the app (two one-file copies of different versions on
/// one computer share one storage). Nothing of the newer data is read or written then.
pub fn own_area_prefix() -> String {
    format!("vitaal-samenwerken-opslagversie-{CURRENT_VERSION}:")
}

/// `key` in this version's own storage area (see [`own_area_prefix`]) when `own_area`; keys
/// that are not the app's own are left as they are.
pub fn area_key(key: &str, own_area: bool) -> String {
    match key.strip_prefix(PREFIX) {
        Some(rest) if own_area => format!("{}{rest}", own_area_prefix()),
        _ => key.to_string(),
    }
}

/// A store seen through this version's own storage area: every app key is moved under
/// [`own_area_prefix`], so the shared keys (a newer version's data) are never touched.
pub struct OwnArea<'a>(pub &'a dyn KeyValueStore);

impl KeyValueStore for OwnArea<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(&area_key(key, true))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(&area_key(key, true), value)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove(&area_key(key, true))
    }
}

/// The language the user chose on this device ("nl" or "en"), kept apart from the work: the
/// work holds ids only and opens in either language.
pub const LANGUAGE_KEY: &str = "vitaal-samenwerken:taal";

/// The language to start in: the one chosen before on this device, else the first visit's
/// (Dutch when any of the browser's `preferred` languages is Dutch, English otherwise). Storage
/// that cannot be read counts as no choice.
pub fn start_language<S: AsRef<str>>(store: &dyn KeyValueStore, preferred: &[S]) -> Lang {
    store
        .get(LANGUAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::first_visit(preferred))
}

/// Remembers the chosen language on this device.
pub fn remember_language(store: &dyn KeyValueStore, lang: Lang) -> Result<(), StoreError> {
    store.set(LANGUAGE_KEY, lang.code())
}

/// Whether start-up should use this version's own storage area: the shared keys hold data of a
/// newer version, and the user chose before to work apart (the area holds a workspace).
pub fn use_own_area(store: &dyn KeyValueStore) -> bool {
    let newer = matches!(
        store.get(KEY).ok().flatten().as_deref().map(decode),
        Some(Err(DecodeError::NewerVersion(_)))
    );
    newer && OwnArea(store).get(KEY).ok().flatten().is_some()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off or blocked (privacy settings, some private modes).
    Unavailable,
    /// The browser's storage is full.
    Full,
    /// What was written could not be read back identically.
    NotVerified,
    /// Another tab or window saved newer work since this one last read it: nothing was written.
    Stale,
    Other(String),
}

/// The one persistence adapter's interface. Implementations must return errors, never panic.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// An in-memory store for tests, with switches to simulate a full or blocked storage.
#[derive(Default)]
pub struct MemoryStore {
    pub data: RefCell<BTreeMap<String, String>>,
    pub fail_with: RefCell<Option<StoreError>>,
    /// Maximum total bytes of all values (None: unlimited).
    pub quota: Option<usize>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if let Some(StoreError::Unavailable) = &*self.fail_with.borrow() {
            return Err(StoreError::Unavailable);
        }
        Ok(self.data.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = &*self.fail_with.borrow() {
            return Err(e.clone());
        }
        if let Some(quota) = self.quota {
            let others: usize = self
                .data
                .borrow()
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > quota {
                return Err(StoreError::Full);
            }
        }
        self.data
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if let Some(e) = &*self.fail_with.borrow() {
            return Err(e.clone());
        }
        self.data.borrow_mut().remove(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_writes_the_shape_decode_reads() {
        let mut ws = Workspace::default();
        ws.samenwerkingen
            .push(super::super::model::Samenwerking::new(
                "sw-1".into(),
                "Een".into(),
                5,
            ));
        let text = encode(&ws);
        assert!(text.starts_with(r#"{"format":"vitaal-samenwerken-opslag","version":6,"samenwerkingen":[{"id":"sw-1""#), "{text}");
        assert_eq!(decode(&text), Ok(ws));
    }
}

/// The stored envelope, borrowing the workspace so saving copies nothing.
#[derive(Serialize)]
struct StoredRef<'a> {
    format: &'a str,
    version: u64,
    samenwerkingen: &'a [super::model::Samenwerking],
}

pub fn encode(workspace: &Workspace) -> String {
    let stored = StoredRef {
        format: FORMAT,
        version: CURRENT_VERSION,
        samenwerkingen: &workspace.samenwerkingen,
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Unreadable,
    NewerVersion(u64),
}

pub fn decode(text: &str) -> Result<Workspace, DecodeError> {
    let value: Value = serde_json::from_str(text).map_err(|_| DecodeError::Unreadable)?;
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::Unreadable)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::Unreadable);
    }
    if version > CURRENT_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::Unreadable);
    }
    // `format` and `version` were checked above; the rest is the workspace itself.
    wire::read(&value).map_err(|_| DecodeError::Unreadable)
}

/// What was found in storage at start-up.
#[derive(Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Empty,
    Loaded(Workspace),
    /// Stored data could not be read. `preserved` tells whether the raw text was copied to
    /// [`CORRUPT_KEY`]; when it was not, the caller must not save over it.
    Unreadable {
        raw: String,
        preserved: bool,
        newer: Option<u64>,
    },
    /// Storage itself cannot be used.
    Unavailable(StoreError),
}

pub fn load(store: &dyn KeyValueStore) -> LoadOutcome {
    let raw = match store.get(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return LoadOutcome::Empty,
        Err(e) => return LoadOutcome::Unavailable(e),
    };
    match decode(&raw) {
        Ok(ws) => LoadOutcome::Loaded(ws),
        Err(e) => {
            let newer = match e {
                DecodeError::NewerVersion(v) => Some(v),
                DecodeError::Unreadable => None,
            };
            // Data of a newer app is kept where it is: saving over it is refused by the caller.
            let preserved = newer.is_none()
                && store.set(CORRUPT_KEY, &raw).is_ok()
                && store.get(CORRUPT_KEY).ok().flatten().as_deref() == Some(raw.as_str());
            LoadOutcome::Unreadable {
                raw,
                preserved,
                newer,
            }
        }
    }
}

/// Writes the workspace and reads it back to verify it landed.
pub fn save(store: &dyn KeyValueStore, workspace: &Workspace) -> Result<(), StoreError> {
    save_text(store, workspace).map(drop)
}

/// [`save`], returning the text that was written and verified.
fn save_text(store: &dyn KeyValueStore, workspace: &Workspace) -> Result<String, StoreError> {
    let text = encode(workspace);
    store.set(KEY, &text)?;
    match store.get(KEY)? {
        Some(back) if back == text => Ok(text),
        _ => Err(StoreError::NotVerified),
    }
}

/// The stored revision (0 when none was written yet, or it cannot be read).
pub fn revision(store: &dyn KeyValueStore) -> u64 {
    store
        .get(REVISION_KEY)
        .ok()
        .flatten()
        .and_then(|r| r.trim().parse().ok())
        .unwrap_or(0)
}

/// Saves like [`save`], but only when the stored revision is still `known` (what this tab last
/// read or wrote); then the revision goes up by one and is returned with the text written (for
/// the journal). When another tab saved in between, nothing is written and the answer is
/// [`StoreError::Stale`].
pub fn save_if_current(
    store: &dyn KeyValueStore,
    workspace: &Workspace,
    known: u64,
) -> Result<(u64, String), StoreError> {
    if revision(store) != known {
        return Err(StoreError::Stale);
    }
    let text = save_text(store, workspace)?;
    let next = known + 1;
    store.set(REVISION_KEY, &next.to_string())?;
    Ok((next, text))
}

/// The work in the journal (a second, durable copy written after every save, see
/// `ui::journal`) when it is newer than what local storage holds: its revision is higher than
/// `stored_revision` and its text reads as a workspace. `None` otherwise.
pub fn from_journal(text: &str, journal_revision: u64, stored_revision: u64) -> Option<Workspace> {
    if journal_revision <= stored_revision {
        return None;
    }
    decode(text).ok()
}

/// Work the journal holds because saving it failed (storage full), based on the stored revision
/// `base_revision`: brought back when nothing newer was saved since (`base_revision` is at least
/// the stored one; higher when the browser died before local storage reached the disk) and its
/// text reads as a workspace. A newer save (another tab's) wins: `None`.
pub fn from_unsaved_journal(
    text: &str,
    base_revision: u64,
    stored_revision: u64,
) -> Option<Workspace> {
    if base_revision < stored_revision {
        return None;
    }
    decode(text).ok()
}
