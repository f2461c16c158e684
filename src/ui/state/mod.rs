//! The one app state, provided in context: the workspace, the current screen and the notice area.
//!
//! The parts: the state itself (here), `screen` (the screens and their URL hashes), `wiring`
//! (loading from storage, [`provide_app_state`]), `actions` (what the state does: commands,
//! saving, undo, notices, navigation) and `dom` (time, ids, the URL hash, focus).

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::history::History;
use crate::domain::storage::StoreError;
use crate::domain::Workspace;

mod actions;
mod dom;
mod screen;
mod wiring;

pub use dom::{current_hash, focus_id, focus_when_mounted, new_id, now_ms};
pub use screen::{MeetingView, ScanView, Screen};
pub use wiring::provide_app_state;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Success,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
    /// Raw stored text that could not be read, offered for export.
    pub raw: Option<String>,
    /// Content that could not be loaded: the notice offers "Opnieuw proberen".
    pub retry: Option<crate::ui::content::ContentId>,
}

/// Why nothing is saved at all: stored data this version must not write over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoSave {
    /// The stored data comes from a newer version of the app (its envelope version).
    Newer { version: u64 },
    /// The stored data could not be read and could not be set aside (its raw text, for export).
    Unreadable { raw: String },
}

fn error_notice(text: String) -> Notice {
    Notice {
        kind: NoticeKind::Error,
        text,
        raw: None,
        retry: None,
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub screen: RwSignal<Screen>,
    pub notice: RwSignal<Option<Notice>>,
    /// False when saving would overwrite data we could not read: then nothing is written.
    pub may_save: RwSignal<bool>,
    /// Why nothing is saved (shown as a persistent alert), while `may_save` is false.
    pub no_save: RwSignal<Option<NoSave>>,
    /// Whether this tab works in this version's own storage area (the shared one holds a
    /// newer version's data).
    pub own_area: RwSignal<bool>,
    /// Changes since the last good save.
    changes: StoredValue<u32>,
    /// The changes that are in no stored copy, shown while saving is impossible or fails (0
    /// otherwise): the "niet bewaard" marker.
    pub unsaved: RwSignal<u32>,
    /// The last save error, shown until a save succeeds again.
    pub save_error: RwSignal<Option<StoreError>>,
    /// A save is scheduled (write-behind, see [`AppState::persist`]).
    pending_save: StoredValue<Option<TimeoutHandle>>,
    /// The stored revision this tab last read or wrote ([`storage::save_if_current`]).
    revision: StoredValue<u64>,
    /// Goes up when the workspace was replaced by another tab's newer work, so the screen is
    /// built again (its uncontrolled text fields show the new values).
    pub epoch: RwSignal<u32>,
    /// Undo and redo of this session's changes.
    history: StoredValue<History>,
    /// Whether undo / redo can do something (for the buttons).
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Whether the browser promised to keep our storage (`None` until it answered).
    pub persisted: RwSignal<Option<bool>>,
    /// The (UTC) day for which a daily backup is known to exist.
    daily_checked: StoredValue<Option<u64>>,
}

/// How long changes may wait before they are written: keystrokes in between are coalesced, so
/// typing never waits for a large workspace to be serialised and verified.
pub const SAVE_DELAY: Duration = Duration::from_millis(250);

pub fn use_app_state() -> AppState {
    // Every component lives under `App`, which provides the state; a missing context is a
    // programming error that the component tests would catch.
    expect_context::<AppState>()
}
