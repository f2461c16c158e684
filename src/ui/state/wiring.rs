//! The storage wiring: loading the workspace at the start and putting the app state in
//! context ([`provide_app_state`]).

use leptos::prelude::*;

use crate::domain::history::History;
use crate::domain::snapshots;
use crate::domain::storage::{self, LoadOutcome, StoreError};
use crate::domain::Workspace;
use crate::i18n::t;

use crate::ui::backup_store::{self, Backups};
use crate::ui::storage::LocalStore;

use super::*;

/// Loads the workspace from storage and puts the app state in context.
pub fn provide_app_state() -> AppState {
    let store = LocalStore;
    // The user chose before to work apart from a newer version's data: keep doing so.
    if storage::use_own_area(&store) {
        crate::ui::storage::enter_own_area();
    }
    // Data of an older version is kept as it was before it is read and saved anew.
    let _ = snapshots::before_migration(&store, &Backups, now_ms());
    let mut save_error = None;
    let mut no_save = None;
    let (workspace, notice) = match storage::load(&store) {
        LoadOutcome::Empty => (Workspace::default(), None),
        LoadOutcome::Loaded(ws) => (ws, None),
        // Blocked storage: the persistent alert says so from the start (and stays).
        LoadOutcome::Unavailable(e) => {
            save_error = Some(e);
            (Workspace::default(), None)
        }
        LoadOutcome::Unreadable {
            raw,
            preserved,
            newer,
        } => match newer {
            Some(version) => {
                no_save = Some(NoSave::Newer { version });
                (Workspace::default(), None)
            }
            None if !preserved => {
                no_save = Some(NoSave::Unreadable { raw });
                (Workspace::default(), None)
            }
            None => {
                let notice = Notice {
                    kind: NoticeKind::Error,
                    text: t().storage_unreadable_kept.to_string(),
                    raw: Some(raw),
                    retry: None,
                };
                (Workspace::default(), Some(notice))
            }
        },
    };
    let may_save = no_save.is_none();
    // Backups an older version kept in local storage move to IndexedDB (never while the stored
    // data is not this version's to change).
    if may_save {
        backup_store::start();
    }
    // A storage that is still full is said at start, not only after the next change.
    if may_save && save_error.is_none() {
        if let Err(StoreError::Full) = crate::ui::storage::probe_room() {
            save_error = Some(StoreError::Full);
        }
    }
    let state = AppState {
        workspace: RwSignal::new(workspace),
        screen: RwSignal::new(Screen::from_hash(&current_hash())),
        notice: RwSignal::new(notice),
        may_save: RwSignal::new(may_save),
        no_save: RwSignal::new(no_save),
        own_area: RwSignal::new(crate::ui::storage::in_own_area()),
        changes: StoredValue::new(0),
        unsaved: RwSignal::new(0),
        save_error: RwSignal::new(save_error),
        pending_save: StoredValue::new(None),
        revision: StoredValue::new(storage::revision(&LocalStore)),
        epoch: RwSignal::new(0),
        history: StoredValue::new(History::default()),
        can_undo: RwSignal::new(false),
        can_redo: RwSignal::new(false),
        persisted: RwSignal::new(None),
        daily_checked: StoredValue::new(None),
    };
    crate::ui::storage::request_persistence(move |granted| state.persisted.set(Some(granted)));
    // The browser may have died after a save but before local storage reached the disk: then
    // the journal holds newer work. Bring it back (and save it) before anything else changes.
    if may_save {
        crate::ui::journal::read(move |found| {
            let Some(record) = found else {
                return;
            };
            let stored = storage::revision(&LocalStore);
            // (`try_`: the app may be gone by the time IndexedDB answers.)
            let (Some(known), Some(pending)) = (
                state.revision.try_get_value(),
                state.pending_save.try_with_value(Option::is_some),
            ) else {
                return;
            };
            if known != stored || pending {
                // Something happened here in the meantime: this tab's own work wins.
                return;
            }
            if record.unsaved {
                // Work that could not be saved (storage full) before the page was left.
                if let Some(ws) =
                    storage::from_unsaved_journal(&record.text, record.revision, stored)
                {
                    state.replace_workspace(ws);
                    state.changed();
                    let text = t().storage.unsaved_restored.to_string();
                    if state.write() {
                        state.success(text);
                    } else {
                        state.error(text);
                    }
                }
                return;
            }
            if let Some(ws) = storage::from_journal(&record.text, record.revision, stored) {
                state.replace_workspace(ws);
                state.write();
                state.success(t().journal_restored.to_string());
            }
        });
    }
    provide_context(state);
    // Whatever sets a save error (a failed write, another tab's newer save), the changes made
    // here since the last good save are flagged at once.
    Effect::new(move |_| {
        if state.save_error.with(Option::is_some) {
            let n = state.changes.get_value();
            if state.unsaved.get_untracked() != n {
                state.unsaved.set(n);
            }
        }
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        // An invitation's address opened in this tab: the participant's page is an app of its
        // own, which never sees this workspace (see `ui::meedoen`).
        if crate::ui::meedoen::payload_in_hash(&hash).is_some()
            || crate::ui::achterban_telefoon::payload_in_hash(&hash).is_some()
        {
            state.flush();
            crate::ui::meedoen::reload();
            return;
        }
        state.show(Screen::from_hash(&hash));
    });
    // Leaving, hiding or closing the page writes what is pending at once (never only on
    // beforeunload, which mobile browsers and tab discarding skip).
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| state.flush());
    // While changes are in no stored copy, the browser asks before the page is left.
    let unload = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeunload"),
        move |ev| {
            state.flush();
            if state.has_unsaved() {
                ev.prevent_default();
                let _ = js_sys::Reflect::set(
                    &ev,
                    &"returnValue".into(),
                    &t().storage.hint_not_saving.into(),
                );
            }
        },
    );
    // Another tab saved (its revision is written last): show its work here, unless this tab has
    // unsaved work of its own; then neither overwrites the other and the user is told.
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key() != Some(crate::ui::storage::key(storage::REVISION_KEY))
            || !state.may_save.get_untracked()
        {
            return;
        }
        if let Some(handle) = state.pending_save.try_update_value(Option::take).flatten() {
            handle.clear();
            state.save_error.set(Some(StoreError::Stale));
        } else if state.save_error.get_untracked() != Some(StoreError::Stale) {
            state.reload_latest();
            state.success(t().storage_synced.to_string());
        }
    });
    on_cleanup(move || {
        handle.remove();
        pagehide.remove();
        hidden.remove();
        unload.remove();
        other_tab.remove();
        state.flush();
    });
    state
}
