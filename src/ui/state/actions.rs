//! What the app state does: apply commands, save (write-behind), undo and redo, put other
//! work back, tell the result in the notice area and navigate.

use leptos::prelude::*;

use crate::domain::history::History;
use crate::domain::session;
use crate::domain::snapshots;
use crate::domain::storage::{self, LoadOutcome, StoreError};
use crate::domain::{Command, DomainError, Millis, Workspace};
use crate::i18n::t;

use crate::ui::backup_store::{self, Backups};
use crate::ui::storage::LocalStore;

use super::*;

impl AppState {
    /// Applies a command (with its undo step and the automatic backup before an import or
    /// delete, see [`session::apply`]), saves, and reports problems in the notice area.
    /// Returns the domain error so a form can keep its input.
    pub fn dispatch(&self, command: Command) -> Result<(), DomainError> {
        // `apply` leaves the workspace untouched on error, so it can work in place (no copy of
        // a large workspace per keystroke); subscribers are told only about real changes.
        let now = now_ms();
        // Backups only while this tab may save (never over work it could not read).
        let backups = self
            .may_save
            .get_untracked()
            .then_some(&Backups as &dyn snapshots::Keeper);
        let result = self
            .workspace
            .try_update_untracked(|ws| {
                self.history
                    .try_update_value(|h| session::apply(ws, h, command, now, backups))
            })
            .flatten()
            .unwrap_or(Err(DomainError::NotFound));
        match result {
            Ok(applied) => {
                // (A failed backup stops nothing: the change is made and saved.)
                if applied.samenwerking.is_some() {
                    self.history_changed();
                }
                self.changed();
                self.workspace.notify();
                self.persist();
                Ok(())
            }
            Err(e) => {
                self.error(t().domain_error(&e));
                Err(e)
            }
        }
    }

    /// Schedules writing the workspace to storage within [`SAVE_DELAY`]; changes made in the
    /// meantime go along in the same write.
    pub fn persist(&self) {
        if !self.may_save.get_untracked() || self.pending_save.with_value(Option::is_some) {
            return;
        }
        let state = *self;
        match set_timeout_with_handle(move || state.flush(), SAVE_DELAY) {
            Ok(handle) => self.pending_save.set_value(Some(handle)),
            // No timer available: write now rather than not at all.
            Err(_) => {
                self.write();
            }
        }
    }

    /// Writes pending changes now (page hidden or closed, or a test that wants it written).
    pub fn flush(&self) {
        if let Some(handle) = self.pending_save.try_update_value(Option::take).flatten() {
            handle.clear();
            self.write();
        }
    }

    /// Counts a change; while saving is impossible or failing, it is flagged on screen at once.
    pub(super) fn changed(&self) {
        let n = self.changes.get_value().saturating_add(1);
        self.changes.set_value(n);
        if self.no_save.with_untracked(Option::is_some)
            || self.save_error.with_untracked(Option::is_some)
        {
            self.unsaved.set(n);
        }
    }

    /// Whether changes are in no stored copy while saving is impossible or fails (then the
    /// browser asks before the page is left).
    pub fn has_unsaved(&self) -> bool {
        self.changes.try_get_value().unwrap_or(0) > 0
            && (self.no_save.with_untracked(Option::is_some)
                || self.save_error.with_untracked(Option::is_some))
    }

    /// Tries to save again now (the alert's "Opnieuw proberen"), and checks there is room for
    /// more; tells the result.
    pub fn retry(&self) {
        if let Some(handle) = self.pending_save.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let saved = self.write();
        let room = crate::ui::storage::probe_room();
        if saved && room.is_ok() {
            self.success(t().storage.retry_saved.to_string());
        } else {
            if let Err(e) = room {
                if self.save_error.get_untracked().as_ref() != Some(&e) {
                    self.save_error.set(Some(e));
                }
            }
            self.error(t().storage.retry_failed.to_string());
        }
    }

    /// Leaves the shared storage (a newer version's data, left untouched) for this version's
    /// own storage area, and saves this tab's work there.
    pub fn work_apart(&self) {
        crate::ui::storage::enter_own_area();
        self.revision.set_value(storage::revision(&LocalStore));
        self.own_area.set(true);
        self.may_save.set(true);
        self.no_save.set(None);
        self.daily_checked.set_value(None);
        if self.write() {
            self.success(t().storage.own_area_started.to_string());
        }
    }

    /// Writes the workspace and reads it back to verify it; false when nothing was written.
    pub(super) fn write(&self) -> bool {
        if !self.may_save.get_untracked() {
            return false;
        }
        let known = self.revision.get_value();
        let result = self
            .workspace
            .with_untracked(|ws| storage::save_if_current(&LocalStore, ws, known));
        match result {
            Ok((next, text)) => {
                self.revision.set_value(next);
                // The daily backup (in IndexedDB, see `backup_store`) is looked at once a day,
                // not on every write; when it fails, the next write tries again.
                let now = now_ms();
                let day = now / snapshots::DAY_MS;
                if self.daily_checked.get_value() != Some(day) {
                    self.daily_checked.set_value(Some(day));
                    let names = self.workspace.with_untracked(|ws| {
                        ws.samenwerkingen.iter().map(|s| s.name.clone()).collect()
                    });
                    let checked = self.daily_checked;
                    let reason = snapshots::Reason::Daily;
                    backup_store::take(text.clone(), names, reason, now, move |r| {
                        if r.is_err() {
                            checked.try_set_value(None);
                        }
                    });
                }
                // The durable second copy (see `journal`): on disk even if the browser dies
                // before it writes local storage out.
                crate::ui::journal::write(text, next);
                if self.save_error.get_untracked().is_some() {
                    self.save_error.set(None);
                }
                self.changes.set_value(0);
                if self.unsaved.get_untracked() != 0 {
                    self.unsaved.set(0);
                }
                true
            }
            Err(e) => {
                // IndexedDB has room when local storage is full: the unsaved work goes to the
                // journal, based on the last good save (never a stale tab's, nor blocked storage).
                if !matches!(e, StoreError::Stale | StoreError::Unavailable) {
                    let text = self.workspace.with_untracked(storage::encode);
                    crate::ui::journal::write_unsaved(text, known);
                }
                if self.save_error.get_untracked().as_ref() != Some(&e) {
                    self.save_error.set(Some(e));
                }
                let n = self.changes.get_value();
                if self.unsaved.get_untracked() != n {
                    self.unsaved.set(n);
                }
                false
            }
        }
    }

    /// Takes back the last change (`redo: false`) or does the last undone one again.
    pub fn undo_redo(&self, redo: bool) {
        let changed = self
            .workspace
            .try_update_untracked(|ws| {
                self.history
                    .try_update_value(|h| if redo { h.redo(ws) } else { h.undo(ws) })
                    .flatten()
            })
            .flatten();
        if changed.is_some() {
            self.history_changed();
            self.changed();
            self.workspace.notify();
            self.persist();
            self.epoch.update(|e| *e += 1);
            let texts = t();
            self.success(if redo { texts.redone } else { texts.undone }.to_string());
        }
    }

    fn history_changed(&self) {
        let (undo, redo) = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.can_undo.get_untracked() != undo {
            self.can_undo.set(undo);
        }
        if self.can_redo.get_untracked() != redo {
            self.can_redo.set(redo);
        }
    }

    /// Puts a backup back (read from IndexedDB, which takes a moment), after keeping the
    /// current work as a backup too. `Err` is the message to show; then nothing changed.
    pub async fn restore_snapshot(self, at_ms: Millis) -> Result<(), String> {
        match backup_store::read(at_ms).await {
            Ok(Some(ws)) => {
                self.put_back(ws);
                Ok(())
            }
            Ok(None) => Err(t().backup_unreadable.to_string()),
            Err(_) => Err(t().backup_read_failed.to_string()),
        }
    }

    /// Puts the last saved work from the journal back (offered when local storage could not be
    /// read), after keeping the current work as a backup. `false` when it does not read.
    pub fn restore_saved(&self, text: &str) -> bool {
        match storage::decode(text) {
            Ok(ws) => {
                self.put_back(ws);
                true
            }
            Err(_) => false,
        }
    }

    fn put_back(&self, ws: Workspace) {
        let now = now_ms();
        // (Never while nothing may be saved: the stored data is not this version's to change.)
        if self.may_save.get_untracked() {
            let _ = self.workspace.try_with_untracked(|current| {
                snapshots::take(&Backups, current, snapshots::Reason::Restore, now)
            });
        }
        self.replace_workspace(ws);
        self.changed();
        self.persist();
        self.flush();
    }

    /// Puts a whole other workspace in place (another tab's work, a backup): the undo history
    /// no longer applies. The screen is built again only when what it shows changed (its text
    /// fields are uncontrolled); the user's place is kept then (see [`crate::ui::caret`]).
    pub(super) fn replace_workspace(&self, ws: Workspace) {
        let screen = self.screen.get_untracked();
        let shown_changed = self
            .workspace
            .with_untracked(|old| shows_other(&screen, old, &ws));
        self.workspace.set(ws);
        self.history.update_value(History::clear);
        self.history_changed();
        if shown_changed {
            self.epoch.update(|e| *e += 1);
        }
    }

    /// Replaces this tab's workspace with what is stored (another tab's newer work). Unsaved
    /// changes here are dropped: the stale alert asked first (and offered an export).
    pub fn reload_latest(&self) {
        if let Some(handle) = self.pending_save.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let LoadOutcome::Loaded(ws) = storage::load(&LocalStore) {
            self.revision.set_value(storage::revision(&LocalStore));
            self.save_error.set(None);
            self.changes.set_value(0);
            if self.unsaved.get_untracked() != 0 {
                self.unsaved.set(0);
            }
            self.replace_workspace(ws);
        }
    }

    pub fn success(&self, text: String) {
        self.notice.set(Some(Notice {
            kind: NoticeKind::Success,
            text,
            raw: None,
            retry: None,
        }));
    }

    pub fn error(&self, text: String) {
        self.notice.set(Some(error_notice(text)));
    }

    /// Navigates to a screen (and records it in the URL hash, for reloads and the back button).
    /// Set any success message after calling this: navigating clears old ones.
    pub fn go(&self, screen: Screen) {
        if let Some(window) = web_sys::window() {
            // Fires `hashchange` later, which finds the screen already shown.
            let _ = window.location().set_hash(&screen.hash());
        }
        self.show(screen);
    }

    /// Shows a screen. A success message belongs to the screen it was given on, so it is cleared
    /// when the screen changes; errors stay until closed.
    pub(super) fn show(&self, screen: Screen) {
        if self.screen.get_untracked() == screen {
            return;
        }
        if self
            .notice
            .with_untracked(|n| matches!(n, Some(n) if n.kind == NoticeKind::Success))
        {
            self.notice.set(None);
        }
        self.screen.set(screen);
    }
}

/// Whether `screen` shows something different in `new` than in `old`: its samenwerking (the
/// list on the overview; nothing for the pages without work).
fn shows_other(screen: &Screen, old: &Workspace, new: &Workspace) -> bool {
    match screen {
        Screen::Samenwerking(id)
        | Screen::Stand(id)
        | Screen::Monitoring(id)
        | Screen::Rapport(id)
        | Screen::Bijeenkomst {
            samenwerking: id, ..
        }
        | Screen::Scan {
            samenwerking: id, ..
        }
        | Screen::Werkblad {
            samenwerking: id, ..
        }
        | Screen::Formulier {
            samenwerking: id, ..
        } => old.get(id) != new.get(id),
        Screen::Overview => old != new,
        Screen::Model | Screen::Intro => false,
    }
}
