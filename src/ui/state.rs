//! The one app state, provided in context: the workspace, the current screen and the notice area.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::history::History;
use crate::domain::session;
use crate::domain::snapshots;
use crate::domain::storage::{self, LoadOutcome, StoreError};
use crate::domain::{Command, DomainError, Millis, Workspace};
use crate::i18n::t;

use super::backup_store::{self, Backups};
use super::storage::LocalStore;

/// The screens, addressed by the URL hash so the back button and the one-file edition work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Samenwerking(String),
    Bijeenkomst {
        samenwerking: String,
        bijeenkomst: String,
        view: MeetingView,
    },
    Scan {
        samenwerking: String,
        scan: String,
        view: ScanView,
    },
    Werkblad {
        samenwerking: String,
        werkblad: String,
    },
    /// De stand van de samenwerking (a samenwerking id).
    Stand(String),
    /// Monitoren en leren: doelen, indicatoren, metingen and the leerlog.
    Monitoring(String),
    /// The empty form of a werkblad (a template id), to print.
    Formulier {
        samenwerking: String,
        template: String,
    },
    Model,
    /// "Zo werkt het".
    Intro,
    /// The Voortgangsrapportage of a samenwerking.
    Rapport(String),
}

/// The parts of an Ingrediëntenscan's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanView {
    Collect,
    Fill,
    Paper,
    Results,
}

impl ScanView {
    pub const ALL: [ScanView; 4] = [
        ScanView::Collect,
        ScanView::Fill,
        ScanView::Paper,
        ScanView::Results,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ScanView::Collect => "verzamelen",
            ScanView::Fill => "invullen",
            ScanView::Paper => "papier",
            ScanView::Results => "resultaten",
        }
    }
}

/// The parts of a bijeenkomst's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingView {
    Plan,
    Run,
    Verslag,
    Achterban,
}

impl MeetingView {
    pub const ALL: [MeetingView; 4] = [
        MeetingView::Plan,
        MeetingView::Run,
        MeetingView::Verslag,
        MeetingView::Achterban,
    ];

    pub fn id(self) -> &'static str {
        match self {
            MeetingView::Plan => "voorbereiden",
            MeetingView::Run => "leiden",
            MeetingView::Verslag => "verslag",
            MeetingView::Achterban => "achterban",
        }
    }
}

impl Screen {
    pub fn from_hash(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["samenwerking", id] if !id.is_empty() => Screen::Samenwerking(id.to_string()),
            ["samenwerking", id, "rapport"] if !id.is_empty() => Screen::Rapport(id.to_string()),
            ["samenwerking", sw, "bijeenkomst", bk, rest @ ..]
                if !sw.is_empty() && !bk.is_empty() =>
            {
                let view = rest
                    .first()
                    .and_then(|v| MeetingView::ALL.into_iter().find(|m| m.id() == *v))
                    .unwrap_or(MeetingView::Plan);
                Screen::Bijeenkomst {
                    samenwerking: sw.to_string(),
                    bijeenkomst: bk.to_string(),
                    view,
                }
            }
            ["samenwerking", sw, "scan", scan, rest @ ..] if !sw.is_empty() && !scan.is_empty() => {
                let view = rest
                    .first()
                    .and_then(|v| ScanView::ALL.into_iter().find(|m| m.id() == *v))
                    .unwrap_or(ScanView::Collect);
                Screen::Scan {
                    samenwerking: sw.to_string(),
                    scan: scan.to_string(),
                    view,
                }
            }
            ["samenwerking", sw, "stand"] if !sw.is_empty() => Screen::Stand(sw.to_string()),
            ["samenwerking", sw, "werkblad", wb] if !sw.is_empty() && !wb.is_empty() => {
                Screen::Werkblad {
                    samenwerking: sw.to_string(),
                    werkblad: wb.to_string(),
                }
            }
            ["samenwerking", sw, "monitoring"] if !sw.is_empty() => {
                Screen::Monitoring(sw.to_string())
            }
            ["samenwerking", sw, "formulier", template]
                if !sw.is_empty() && !template.is_empty() =>
            {
                Screen::Formulier {
                    samenwerking: sw.to_string(),
                    template: template.to_string(),
                }
            }
            ["gespreksmodel"] => Screen::Model,
            ["zo-werkt-het"] => Screen::Intro,
            _ => Screen::Overview,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Screen::Overview => "#/".into(),
            Screen::Samenwerking(id) => format!("#/samenwerking/{id}"),
            Screen::Bijeenkomst {
                samenwerking,
                bijeenkomst,
                view,
            } => format!(
                "#/samenwerking/{samenwerking}/bijeenkomst/{bijeenkomst}/{}",
                view.id()
            ),
            Screen::Scan {
                samenwerking,
                scan,
                view,
            } => format!("#/samenwerking/{samenwerking}/scan/{scan}/{}", view.id()),
            Screen::Werkblad {
                samenwerking,
                werkblad,
            } => format!("#/samenwerking/{samenwerking}/werkblad/{werkblad}"),
            Screen::Formulier {
                samenwerking,
                template,
            } => format!("#/samenwerking/{samenwerking}/formulier/{template}"),
            Screen::Stand(samenwerking) => format!("#/samenwerking/{samenwerking}/stand"),
            Screen::Monitoring(samenwerking) => format!("#/samenwerking/{samenwerking}/monitoring"),
            Screen::Model => "#/gespreksmodel".into(),
            Screen::Intro => "#/zo-werkt-het".into(),
            Screen::Rapport(id) => format!("#/samenwerking/{id}/rapport"),
        }
    }
}

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
    pub retry: Option<super::content::ContentId>,
}

/// Why nothing is saved at all: stored data this version must not write over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoSave {
    /// The stored data comes from a newer version of the app (its envelope version).
    Newer { version: u64 },
    /// The stored data could not be read and could not be set aside (its raw text, for export).
    Unreadable { raw: String },
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

pub fn now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

/// A fresh id such as `sw-lz4k1q-8f3a2c`: time plus randomness, lowercase and dashes only.
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}-{}", base36(now_ms()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The page's hash (`#/…`), or empty.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Loads the workspace from storage and puts the app state in context.
pub fn provide_app_state() -> AppState {
    let store = LocalStore;
    // The user chose before to work apart from a newer version's data: keep doing so.
    if storage::use_own_area(&store) {
        super::storage::enter_own_area();
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
        if let Err(StoreError::Full) = super::storage::probe_room() {
            save_error = Some(StoreError::Full);
        }
    }
    let state = AppState {
        workspace: RwSignal::new(workspace),
        screen: RwSignal::new(Screen::from_hash(&current_hash())),
        notice: RwSignal::new(notice),
        may_save: RwSignal::new(may_save),
        no_save: RwSignal::new(no_save),
        own_area: RwSignal::new(super::storage::in_own_area()),
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
    super::storage::request_persistence(move |granted| state.persisted.set(Some(granted)));
    // The browser may have died after a save but before local storage reached the disk: then
    // the journal holds newer work. Bring it back (and save it) before anything else changes.
    if may_save {
        super::journal::read(move |found| {
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
        if super::meedoen::payload_in_hash(&hash).is_some()
            || super::achterban_telefoon::payload_in_hash(&hash).is_some()
        {
            state.flush();
            super::meedoen::reload();
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
        if ev.key() != Some(super::storage::key(storage::REVISION_KEY))
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

pub fn use_app_state() -> AppState {
    // Every component lives under `App`, which provides the state; a missing context is a
    // programming error that the component tests would catch.
    expect_context::<AppState>()
}

fn error_notice(text: String) -> Notice {
    Notice {
        kind: NoticeKind::Error,
        text,
        raw: None,
        retry: None,
    }
}

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
    fn changed(&self) {
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
        let room = super::storage::probe_room();
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
        super::storage::enter_own_area();
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
    fn write(&self) -> bool {
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
                super::journal::write(text, next);
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
                    super::journal::write_unsaved(text, known);
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
    /// fields are uncontrolled); the user's place is kept then (see [`super::caret`]).
    fn replace_workspace(&self, ws: Workspace) {
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
    fn show(&self, screen: Screen) {
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

/// Moves keyboard focus to the element with this id (the page heading after navigation).
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to a button as soon as it is in the page (for confirmation questions,
/// so the keyboard user lands on the choice and a screen reader reads the question).
pub fn focus_when_mounted(button: leptos::prelude::NodeRef<leptos::html::Button>) {
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
}
