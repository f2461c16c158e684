//! One command applied the way the app applies it, in one place: the automatic backup that is
//! due before it, the change itself ([`Workspace::apply`]) and its undo step ([`History`]).
//! The UI's `dispatch` and the tests call [`apply`]; nothing else repeats the sequence.
//!
//! The order is fixed here, so a caller cannot get it wrong: the backup is of the workspace as
//! it was *before* the change, and it is kept only when the change was made. The undo step
//! copies the changed samenwerking only when a new step starts, so the next keystroke in the
//! same field (within [`COALESCE_MS`](super::history::COALESCE_MS)) costs no copy of a large
//! workspace.

use super::command::Command;
use super::history::{self, History};
use super::model::{Millis, Workspace};
use super::snapshots::{self, Reason};
use super::storage::{self, StoreError};
use super::validate::DomainError;

/// What [`apply`] did besides the change itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    /// The samenwerking the change was about, which undo puts back.
    pub samenwerking: Option<String>,
    /// True when the change is a new undo step; false when it joined the last one (the next
    /// keystroke in the same field) or is never undone (an answer handed in).
    pub new_step: bool,
    /// The automatic backup of the workspace as it was before the change, when one was due and
    /// a store was given.
    pub backup: Option<Backup>,
}

/// An automatic backup taken by [`apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub reason: Reason,
    /// `Err` when it could not be written. A failed backup stops nothing: the change was made.
    pub written: Result<(), StoreError>,
}

/// The automatic backup a command needs before it: before anything is overwritten (import) or
/// removed (delete). Removing the example needs none: it can be made again (and undone), and a
/// backup for it would push an older, real one out.
pub fn backup_due(command: &Command) -> Option<Reason> {
    match command {
        Command::Delete { id } if super::voorbeeld::is_voorbeeld(id) => None,
        Command::Import { .. } => Some(Reason::Import),
        Command::Delete { .. } => Some(Reason::Delete),
        _ => None,
    }
}

/// Applies `command` at `now` to `workspace` and records its undo step in `history`. When a
/// backup is due ([`backup_due`]) and `backups` is given (the app may save), the workspace as it
/// was before is kept there ([`snapshots`]) once the change has been made.
///
/// On error nothing has changed: not the workspace, not the history, and no backup was taken.
pub fn apply(
    workspace: &mut Workspace,
    history: &mut History,
    command: Command,
    now: Millis,
    backups: Option<&dyn snapshots::Keeper>,
) -> Result<Applied, DomainError> {
    // The text of the workspace before, prepared now and written only when the change is made
    // (a refused import or delete is no reason to push an older backup out).
    let backup = backup_due(&command)
        .zip(backups)
        .map(|(reason, store)| (reason, store, storage::encode(workspace), names(workspace)));
    let target = history::target(&command).map(str::to_string);
    let field = history::field(&command);
    // An answer handed in is never an undo step (see `history::kept`).
    let kept = history::kept(&command);
    // Copy the samenwerking for undo only when this is a new step, so typing stays cheap.
    let before = target
        .as_deref()
        .filter(|id| !kept && !history.continues(id, field.as_deref(), now))
        .map(|id| History::before(workspace, id));
    let new_step = before.is_some();
    workspace.apply(command, now)?;
    match &target {
        Some(id) if kept => history.seal(id),
        Some(id) => history.record(id, before, field, now),
        None => {}
    }
    let backup = backup.map(|(reason, store, text, names)| Backup {
        reason,
        written: store.keep(&text, names, reason, now),
    });
    Ok(Applied {
        samenwerking: target,
        new_step,
        backup,
    })
}

fn names(workspace: &Workspace) -> Vec<String> {
    workspace
        .samenwerkingen
        .iter()
        .map(|s| s.name.clone())
        .collect()
}
