//! Automatic local backups ("reservekopieën") of the whole workspace: before every import,
//! delete, restore and storage migration, and the first save of each day. The user can list
//! them and put one back. Each backup is the stored text under its own key; a small index lists
//! them, so listing never reads the backups themselves. The oldest go first when there are more
//! than [`MAX_SNAPSHOTS`] or the browser's storage is full: a backup never stops a save.
//!
//! The rules are pure and work on the index ([`plan`], [`needs_daily_in`], [`merge`]): the app
//! keeps backups in IndexedDB (`ui::backup_store`, one transaction per backup, apart from the
//! workspace in local storage, so they never take its room); the same rules over a
//! [`KeyValueStore`] ([`take_raw`], [`list`], [`read`]) are what the tests and the fallback
//! without IndexedDB use. Backups that older versions kept in local storage are moved out with
//! [`local_backups`] and [`remove_local`].

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

/// Where the text of the backup made at `at_ms` is kept.
pub fn key(at_ms: Millis) -> String {
    format!("{PREFIX}{at_ms}")
}

/// Whatever keeps backups: [`take_raw`] over any [`KeyValueStore`], or the app's IndexedDB
/// adapter, which writes later (its result is then `Ok` once the write is under way).
pub trait Keeper {
    /// Keeps `text` (a stored workspace) as a backup made at `now`.
    fn keep(
        &self,
        text: &str,
        names: Vec<String>,
        reason: Reason,
        now: Millis,
    ) -> Result<(), StoreError>;
}

impl<T: KeyValueStore> Keeper for T {
    fn keep(
        &self,
        text: &str,
        names: Vec<String>,
        reason: Reason,
        now: Millis,
    ) -> Result<(), StoreError> {
        take_raw(self, text, names, reason, now)
    }
}

/// The index as stored (`None`: no index yet), newest first; an unreadable index counts as none.
pub fn parse_index(raw: Option<&str>) -> Vec<Info> {
    let mut list: Vec<Info> = raw
        .and_then(|raw| serde_json::from_str::<Vec<Info>>(raw).ok())
        .unwrap_or_default();
    list.sort_by_key(|i| std::cmp::Reverse(i.at_ms));
    list
}

/// The index's stored text.
pub fn index_text(list: &[Info]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

/// The backups, newest first (an unreadable index counts as none).
pub fn list(store: &dyn KeyValueStore) -> Vec<Info> {
    parse_index(store.get(INDEX_KEY).ok().flatten().as_deref())
}

fn write_index(store: &dyn KeyValueStore, list: &[Info]) -> Result<(), StoreError> {
    store.set(INDEX_KEY, &index_text(list))
}

/// True when no daily backup was made yet on the (UTC) day of `now`.
pub fn needs_daily(store: &dyn KeyValueStore, now: Millis) -> bool {
    needs_daily_in(&list(store), now)
}

/// [`needs_daily`] on an index.
pub fn needs_daily_in(list: &[Info], now: Millis) -> bool {
    !list
        .iter()
        .any(|i| i.reason == Reason::Daily && i.at_ms / DAY_MS == now / DAY_MS)
}

/// Adds `info` to the index `list` (newest first, as [`parse_index`] gives it) keeping at most `max` backups (at least the
/// new one): returns the new index and the times of the backups that must go. A backup made in
/// the same millisecond as an earlier one replaces it (same key, so nothing to remove for it).
pub fn plan(list: Vec<Info>, info: Info, max: usize) -> (Vec<Info>, Vec<Millis>) {
    // (`list` is newest first, as `parse_index` gives it: one sort in the app, not three.)
    let mut list: Vec<Info> = list.into_iter().filter(|i| i.at_ms != info.at_ms).collect();
    let keep = max.max(1) - 1;
    let dropped = list.split_off(keep.min(list.len()));
    list.insert(0, info);
    (list, dropped.into_iter().map(|i| i.at_ms).collect())
}

/// Two indexes (each newest first) made one (the backups an older version kept in local storage moved beside the
/// ones already in IndexedDB): the newest [`MAX_SNAPSHOTS`], and the times of those left out.
pub fn merge(list: Vec<Info>, more: Vec<Info>) -> (Vec<Info>, Vec<Millis>) {
    // Both newest first: each of `more` goes in at its place (no sort of its own).
    let mut all = list;
    for info in more {
        if all.iter().any(|i| i.at_ms == info.at_ms) {
            continue;
        }
        let at = all
            .iter()
            .position(|i| i.at_ms < info.at_ms)
            .unwrap_or(all.len());
        all.insert(at, info);
    }
    let dropped = all.split_off(MAX_SNAPSHOTS.min(all.len()));
    (all, dropped.into_iter().map(|i| i.at_ms).collect())
}

/// The backups kept in `store` (by an older version, in local storage), each with its text,
/// newest first; those whose text is gone are left out.
pub fn local_backups(store: &dyn KeyValueStore) -> Vec<(Info, String)> {
    list(store)
        .into_iter()
        .filter_map(|info| {
            let text = store.get(&key(info.at_ms)).ok().flatten()?;
            Some((info, text))
        })
        .collect()
}

/// Removes the backups and their index from `store` (once they are kept elsewhere), freeing
/// their room for the work.
pub fn remove_local(store: &dyn KeyValueStore) -> Result<(), StoreError> {
    for info in list(store) {
        store.remove(&key(info.at_ms))?;
    }
    store.remove(INDEX_KEY)
}

/// Keeps a backup of `workspace` (with any [`Keeper`]). See [`take_raw`].
pub fn take(
    store: &dyn Keeper,
    workspace: &Workspace,
    reason: Reason,
    now: Millis,
) -> Result<(), StoreError> {
    let names = workspace
        .samenwerkingen
        .iter()
        .map(|s| s.name.clone())
        .collect();
    store.keep(&storage::encode(workspace), names, reason, now)
}

/// Keeps `text` (a stored workspace) as a backup. When storage is full the oldest backups make
/// room; if even an empty list does not help, the backup is skipped with the error. When the
/// index cannot be read (storage blocked) nothing is written: a new index would forget the
/// other backups.
pub fn take_raw(
    store: &dyn KeyValueStore,
    text: &str,
    names: Vec<String>,
    reason: Reason,
    now: Millis,
) -> Result<(), StoreError> {
    let raw = store.get(INDEX_KEY)?;
    let info = Info {
        at_ms: now,
        reason,
        names,
    };
    let (mut list, dropped) = plan(parse_index(raw.as_deref()), info.clone(), MAX_SNAPSHOTS);
    for at in dropped {
        let _ = store.remove(&key(at));
    }
    // The new one is added to the index once its text is written.
    list.remove(0);
    loop {
        match store.set(&key(now), text) {
            Ok(()) => break,
            Err(StoreError::Full) if !list.is_empty() => drop_oldest(store, &mut list),
            Err(e) => {
                let _ = write_index(store, &list);
                return Err(e);
            }
        }
    }
    list.insert(0, info);
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

/// Before an older stored format in `work` is read and saved in the new one, keeps the old
/// text as it was (with `backups`). Returns whether a backup was made. Only the start of the
/// text is looked at.
pub fn before_migration(
    work: &dyn KeyValueStore,
    backups: &dyn Keeper,
    now: Millis,
) -> Result<bool, StoreError> {
    let Some(raw) = work.get(storage::KEY)? else {
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
            backups
                .keep(&raw, names, Reason::Migration, now)
                .map(|()| true)
        }
        _ => Ok(false),
    }
}

// serde's `Serialize` and `Deserialize` for `Info`: read from a JSON object only (see `wire`).
objects!(Info);
