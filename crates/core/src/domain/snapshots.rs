//! Automatic local backups ("reservekopieën") of the whole workspace: before every import,
//! delete, restore and storage migration, and the first save of each day. The user can list
//! them and put one back. Each backup is the stored text under its own key; a small index lists
//! them, so listing never reads the backups themselves. The oldest go first when there are more
//! than [`MAX_SNAPSHOTS`] or the browser's storage is full: a backup never stops a save.

use serde::{Deserialize, Serialize};

use super::wire::{named_enum, objects};

use super::model::{Millis, Workspace};
use super::storage::{self, KeyValueStore, StoreError};

pub const INDEX_KEY: &str = "vitaal-samenwerken:reservekopieen";
pub const PREFIX: &str = "vitaal-samenwerken:reservekopie:";
pub const MAX_SNAPSHOTS: usize = 10;
/// A (UTC) day: daily backups count days as `ms / DAY_MS`.
pub const DAY_MS: Millis = 86_400_000;

named_enum! {
    /// Why a backup was made.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Reason {
        Import = "import",
        Delete = "delete",
        Restore = "restore",
        Migration = "migration",
        Daily = "daily",
    }
}

/// What the list shows about a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Info {
    pub at_ms: Millis,
    pub reason: Reason,
    /// Names of the samenwerkingen in it.
    pub names: Vec<String>,
}

fn key(at_ms: Millis) -> String {
    format!("{PREFIX}{at_ms}")
}

/// The backups, newest first (an unreadable index counts as none).
pub fn list(store: &dyn KeyValueStore) -> Vec<Info> {
    let mut list: Vec<Info> = store
        .get(INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|raw| serde_json::from_str::<Vec<Info>>(&raw).ok())
        .unwrap_or_default();
    list.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
    list
}

fn write_index(store: &dyn KeyValueStore, list: &[Info]) -> Result<(), StoreError> {
    store.set(INDEX_KEY, &serde_json::to_string(list).unwrap_or_default())
}

/// True when no daily backup was made yet on the (UTC) day of `now`.
pub fn needs_daily(store: &dyn KeyValueStore, now: Millis) -> bool {
    !list(store)
        .iter()
        .any(|i| i.reason == Reason::Daily && i.at_ms / DAY_MS == now / DAY_MS)
}

/// Keeps a backup of `workspace`. See [`take_raw`].
pub fn take(
    store: &dyn KeyValueStore,
    workspace: &Workspace,
    reason: Reason,
    now: Millis,
) -> Result<(), StoreError> {
    let names = workspace
        .samenwerkingen
        .iter()
        .map(|s| s.name.clone())
        .collect();
    take_raw(store, &storage::encode(workspace), names, reason, now)
}

/// Keeps `text` (a stored workspace) as a backup. When storage is full the oldest backups make
/// room; if even an empty list does not help, the backup is skipped with the error.
pub fn take_raw(
    store: &dyn KeyValueStore,
    text: &str,
    names: Vec<String>,
    reason: Reason,
    now: Millis,
) -> Result<(), StoreError> {
    let mut list = list(store);
    // One backup per millisecond: a second one at the same moment replaces the first.
    list.retain(|i| i.at_ms != now);
    loop {
        while list.len() >= MAX_SNAPSHOTS {
            drop_oldest(store, &mut list);
        }
        match store.set(&key(now), text) {
            Ok(()) => break,
            Err(StoreError::Full) if !list.is_empty() => drop_oldest(store, &mut list),
            Err(e) => {
                let _ = write_index(store, &list);
                return Err(e);
            }
        }
    }
    list.insert(
        0,
        Info {
            at_ms: now,
            reason,
            names,
        },
    );
    write_index(store, &list).inspect_err(|_| {
        let _ = store.remove(&key(now));
    })
}

fn drop_oldest(store: &dyn KeyValueStore, list: &mut Vec<Info>) {
    if let Some(oldest) = list.pop() {
        let _ = store.remove(&key(oldest.at_ms));
    }
}

/// The workspace in the backup made at `at_ms`.
pub fn read(store: &dyn KeyValueStore, at_ms: Millis) -> Option<Workspace> {
    let raw = store.get(&key(at_ms)).ok().flatten()?;
    storage::decode(&raw).ok()
}

/// Before an older stored format is read and saved in the new one, keeps the old text as it
/// was. Returns whether a backup was made. Only the start of the text is looked at.
pub fn before_migration(store: &dyn KeyValueStore, now: Millis) -> Result<bool, StoreError> {
    let Some(raw) = store.get(storage::KEY)? else {
        return Ok(false);
    };
    let head: String = raw.chars().take(120).collect();
    let version = head.split("\"version\":").nth(1).and_then(|rest| {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u64>().ok()
    });
    match version {
        Some(v) if v < storage::CURRENT_VERSION => {
            // Only readable work is a backup: unreadable text is put aside on its own
            // (`storage::CORRUPT_KEY`) and must not become the "last good backup".
            let Ok(ws) = storage::decode(&raw) else {
                return Ok(false);
            };
            let names = ws.samenwerkingen.iter().map(|s| s.name.clone()).collect();
            take_raw(store, &raw, names, Reason::Migration, now).map(|()| true)
        }
        _ => Ok(false),
    }
}

// serde's `Serialize` and `Deserialize` for `Info`: read from a JSON object only (see `wire`).
objects!(Info);
