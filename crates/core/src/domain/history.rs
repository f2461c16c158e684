//! Undo and redo of the last [`MAX_ENTRIES`] changes in a session.
//!
//! Every command changes one samenwerking (or creates or deletes one), so an entry keeps that
//! samenwerking as it was before (or that it did not exist yet). Undoing puts it back and keeps
//! the state it replaced for redo. Typing in one field makes many commands; those within
//! [`COALESCE_MS`] of each other, on the same field, are one entry, so undo takes back a word
//! or sentence instead of a letter, and typing costs no copy per keystroke.
//!
//! A command is applied and recorded with [`super::session::apply`], the one place that knows
//! the order (backup, copy, change, record); undo and redo are [`History::undo`] and
//! [`History::redo`].
//!
//! One kind of change is never undone: an answer to an Ingrediëntenscan that someone handed in
//! ([`kept`]). While the laptop goes round, the next participant's Ctrl+Z must not take back the
//! previous participant's answers; removing an answer is a deliberate act (Verzamelen, with a
//! confirmation), and that removal can be undone. Because every older step of that
//! samenwerking holds a copy without the answer, handing one in forgets those steps
//! ([`History::seal`]).

use super::command::{
    ActieChange, BijeenkomstChange, Command, ImportMode, ScanChange, WerkbladChange,
};
use super::model::{Millis, Samenwerking, Workspace};

pub const MAX_ENTRIES: usize = 100;
/// Commands on the same field closer together than this are one undo step.
pub const COALESCE_MS: Millis = 1_500;

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    samenwerking: String,
    /// What to put back: the samenwerking, or `None` when it did not exist.
    state: Option<Samenwerking>,
    /// Where it was in the list (so an undone delete comes back in its place).
    index: usize,
    field: Option<String>,
    at: Millis,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

/// The samenwerking a command changes (for an import that keeps both: the new copy).
pub fn target(command: &Command) -> Option<&str> {
    Some(match command {
        Command::Create { id, .. }
        | Command::Rename { id, .. }
        | Command::SetOpgave { id, .. }
        | Command::SetRoute { id, .. }
        | Command::Delete { id } => id,
        Command::Import { samenwerking, mode } => match mode {
            ImportMode::KeepBoth { new_id, .. } => new_id,
            _ => &samenwerking.id,
        },
        Command::AddPartner { samenwerking, .. }
        | Command::UpdatePartner { samenwerking, .. }
        | Command::RemovePartner { samenwerking, .. }
        | Command::PlanBijeenkomst { samenwerking, .. }
        | Command::PlanFromProgramma { samenwerking, .. }
        | Command::DeleteBijeenkomst { samenwerking, .. }
        | Command::Bijeenkomst { samenwerking, .. }
        | Command::Actie { samenwerking, .. }
        | Command::Scan { samenwerking, .. }
        | Command::Werkblad { samenwerking, .. }
        | Command::AgendaFromScan { samenwerking, .. }
        | Command::Monitoring { samenwerking, .. }
        | Command::AgendaFromStand { samenwerking, .. } => samenwerking,
        Command::CreateVoorbeeld { .. } => super::voorbeeld::ID,
    })
}

/// The field a typing command writes, for merging keystrokes into one undo step; `None` for
/// commands that are one step each (clicks, choices, adding and removing).
pub fn field(command: &Command) -> Option<String> {
    match command {
        Command::Rename { .. } => Some("naam".into()),
        Command::SetOpgave { .. } => Some("opgave".into()),
        Command::UpdatePartner { partner, .. } => Some(format!("partner:{}", partner.id)),
        Command::Werkblad { change, .. } => match change {
            WerkbladChange::Rename { werkblad, .. } => Some(format!("wb:{werkblad}:titel")),
            WerkbladChange::Set { werkblad, key, .. } => Some(format!("wb:{werkblad}:{key}")),
            WerkbladChange::UpdateRow { werkblad, row } => {
                Some(format!("wb:{werkblad}:rij:{}", row.id))
            }
            _ => None,
        },
        Command::Bijeenkomst {
            bijeenkomst,
            change,
            ..
        } => match change {
            BijeenkomstChange::SetPlace(_) => Some(format!("{bijeenkomst}:plaats")),
            BijeenkomstChange::SetNote {
                ingredient, phase, ..
            } => Some(format!("{bijeenkomst}:{ingredient}:{}", phase.id())),
            BijeenkomstChange::SetAchterbanVragen { ingredient, .. } => {
                Some(format!("{bijeenkomst}:{ingredient}:vragen"))
            }
            BijeenkomstChange::SetAchterbanAntwoord {
                ingredient, group, ..
            } => Some(format!("{bijeenkomst}:{ingredient}:{group}")),
            BijeenkomstChange::UpdateBesluit(b) => Some(format!("besluit:{}", b.id)),
            _ => None,
        },
        Command::Actie {
            change: ActieChange::Update(a),
            ..
        } => Some(format!("actie:{}", a.id)),
        Command::Scan {
            change: ScanChange::Rename { scan, .. },
            ..
        } => Some(format!("scan:{scan}")),
        Command::Monitoring { change, .. } => change.field(),
        _ => None,
    }
}

/// True for a change that undo never takes back: an answer to a scan handed in on this device
/// (one participant's form, or a paper form typed in) or merged from an answer file (or a
/// newer answer file that replaced an older one). See the
/// module documentation.
pub fn kept(command: &Command) -> bool {
    matches!(
        command,
        Command::Scan {
            change: ScanChange::AddResponse { .. }
                | ScanChange::Merge { .. }
                | ScanChange::Replace { .. },
            ..
        }
    )
}

fn put(ws: &mut Workspace, id: &str, state: Option<Samenwerking>, index: usize) {
    let at = ws.samenwerkingen.iter().position(|s| s.id == id);
    match (at, state) {
        (Some(i), Some(s)) => ws.samenwerkingen[i] = s,
        (Some(i), None) => {
            ws.samenwerkingen.remove(i);
        }
        (None, Some(s)) => {
            let index = index.min(ws.samenwerkingen.len());
            ws.samenwerkingen.insert(index, s);
        }
        (None, None) => {}
    }
}

fn current(ws: &Workspace, id: &str) -> (Option<Samenwerking>, usize) {
    match ws.samenwerkingen.iter().position(|s| s.id == id) {
        Some(i) => (Some(ws.samenwerkingen[i].clone()), i),
        None => (None, ws.samenwerkingen.len()),
    }
}

impl History {
    /// True when a command on `samenwerking` and `field` at `now` joins the last undo step (then
    /// the caller need not copy anything before applying it).
    pub(crate) fn continues(&self, samenwerking: &str, field: Option<&str>, now: Millis) -> bool {
        match (self.undo.last(), field) {
            (Some(last), Some(field)) => {
                last.samenwerking == samenwerking
                    && last.field.as_deref() == Some(field)
                    && now.saturating_sub(last.at) <= COALESCE_MS
            }
            _ => false,
        }
    }

    /// Takes the state of `samenwerking` before a command is applied (skip when
    /// [`History::continues`]).
    pub(crate) fn before(ws: &Workspace, samenwerking: &str) -> (Option<Samenwerking>, usize) {
        current(ws, samenwerking)
    }

    /// Records a successful command: a new step with the state from [`History::before`], or
    /// (`before: None`) the continuation of the last step. A new change clears redo.
    pub(crate) fn record(
        &mut self,
        samenwerking: &str,
        before: Option<(Option<Samenwerking>, usize)>,
        field: Option<String>,
        now: Millis,
    ) {
        self.redo.clear();
        match before {
            None => {
                if let Some(last) = self.undo.last_mut() {
                    last.at = now;
                }
            }
            Some((state, index)) => {
                self.undo.push(Entry {
                    samenwerking: samenwerking.to_string(),
                    state,
                    index,
                    field,
                    at: now,
                });
                if self.undo.len() > MAX_ENTRIES {
                    self.undo.remove(0);
                }
            }
        }
    }

    /// After a [`kept`] change of `samenwerking`: forgets its undo steps (each would put back a
    /// copy without the answer) and, as every new change does, the redo steps.
    pub(crate) fn seal(&mut self, samenwerking: &str) {
        self.undo.retain(|e| e.samenwerking != samenwerking);
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Takes back the last step; returns the samenwerking it changed.
    pub fn undo(&mut self, ws: &mut Workspace) -> Option<String> {
        let entry = self.undo.pop()?;
        let id = entry.samenwerking.clone();
        self.redo.push(swap(ws, entry));
        Some(id)
    }

    /// Does the last undone step again; returns the samenwerking it changed.
    pub fn redo(&mut self, ws: &mut Workspace) -> Option<String> {
        let entry = self.redo.pop()?;
        let id = entry.samenwerking.clone();
        self.undo.push(swap(ws, entry));
        Some(id)
    }

    /// Forgets everything (after the workspace was replaced by another tab's work).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// Puts the entry's state back and returns the entry that reverses it.
fn swap(ws: &mut Workspace, entry: Entry) -> Entry {
    let (now, index) = current(ws, &entry.samenwerking);
    put(ws, &entry.samenwerking, entry.state, entry.index);
    Entry {
        samenwerking: entry.samenwerking,
        state: now,
        index,
        field: None,
        at: 0,
    }
}
