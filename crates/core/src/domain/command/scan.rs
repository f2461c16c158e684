//! Ingrediëntenscans: [`ScanChange`] beside its handler, and the hand-off to the next meeting's
//! agenda, shared by the agenda a scan suggests ([`super::Command::AgendaFromScan`]) and the
//! ingrediënten De stand marks "aandacht nodig" ([`super::Command::AgendaFromStand`]).

use super::bijeenkomst::{change_meeting, BijeenkomstChange};
use super::replace;
use crate::domain::bijeenkomst::{Bijeenkomst, Vorm};
use crate::domain::model::{Millis, Samenwerking, Workspace};
use crate::domain::scan::{Antwoordbestand, MergeOutcome, Response, Scan};
use crate::domain::validate::{self, DomainError, Field, MAX_BIJEENKOMSTEN, MAX_SCANS};

/// Changes to the Ingrediëntenscans of a samenwerking. `scan` is the id of the scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanChange {
    /// A new, empty scan (results hidden until revealed).
    Create {
        id: String,
        title: String,
    },
    Rename {
        scan: String,
        title: String,
    },
    /// Deletes the scan with its responses; a bijeenkomst whose agenda came from it keeps the
    /// agenda and loses the link (`scan` becomes `None`).
    Delete {
        scan: String,
    },
    /// One participant's response typed in on this device (pass-the-laptop or a paper form).
    AddResponse {
        scan: String,
        response: Response,
    },
    RemoveResponse {
        scan: String,
        response: String,
    },
    /// The paper-round counts of one ingrediënt: index 0 "weet ik niet", 1..=5 the scores.
    SetPaper {
        scan: String,
        ingredient: String,
        counts: [u32; 6],
    },
    /// Merges an answer file (read with [`read_answer_file`]). The same file again changes
    /// nothing and is no error.
    ///
    /// [`read_answer_file`]: crate::domain::scan::read_answer_file
    Merge {
        scan: String,
        file: Antwoordbestand,
    },
    /// Takes a newer answer file of a participant already in the scan, after the
    /// [`DomainError::ResponseConflict`] of a [`ScanChange::Merge`] and the facilitator's yes: the
    /// response with the file's id is replaced in one step (one change, kept like a merge).
    /// Refused like a merge for another scan or samenwerking, and with
    /// [`DomainError::NotFound`] when the scan has no response with that id.
    Replace {
        scan: String,
        file: Antwoordbestand,
    },
    /// Shows or hides the results.
    SetRevealed {
        scan: String,
        revealed: bool,
    },
}

/// [`super::Command::Scan`].
pub(super) fn apply_scan(
    ws: &mut Workspace,
    samenwerking: String,
    change: ScanChange,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if change_scan(s, change, now)? {
        s.updated_ms = now;
    }
    Ok(())
}

/// [`super::Command::AgendaFromScan`]: checks the new meeting's id, then [`agenda_from_scan`].
pub(super) fn apply_agenda_from_scan(
    ws: &mut Workspace,
    samenwerking: String,
    scan: String,
    bijeenkomst: String,
    count: usize,
    now: Millis,
) -> Result<(), DomainError> {
    validate::id(&bijeenkomst)?;
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if agenda_from_scan(s, &scan, bijeenkomst, count, now)? {
        s.updated_ms = now;
    }
    Ok(())
}

/// Applies a change to the scans of `s`; validates before it mutates, so on error nothing
/// changed. Returns whether anything changed.
fn change_scan(s: &mut Samenwerking, change: ScanChange, now: Millis) -> Result<bool, DomainError> {
    use ScanChange as C;
    match change {
        C::Create { id, title } => {
            validate::id(&id)?;
            let title = validate::line(Field::Name, &title, true)?;
            if s.scan(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if s.scans.len() >= MAX_SCANS {
                return Err(DomainError::TooManyScans { max: MAX_SCANS });
            }
            s.scans.push(Scan::new(id, s.id.clone(), title, now));
        }
        C::Rename { scan, title } => {
            let title = validate::line(Field::Name, &title, true)?;
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            return Ok(replace(&mut scan.title, title));
        }
        C::Delete { scan } => {
            let before = s.scans.len();
            s.scans.retain(|x| x.id != scan);
            if s.scans.len() == before {
                return Err(DomainError::NotFound);
            }
            // No meeting keeps pointing at a scan that is gone.
            for b in &mut s.bijeenkomsten {
                if b.scan.as_deref() == Some(scan.as_str()) {
                    b.scan = None;
                    b.updated_ms = now;
                }
            }
        }
        C::AddResponse { scan, response } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            scan.add_response(response)?;
        }
        C::RemoveResponse { scan, response } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            scan.remove_response(&response)?;
        }
        C::SetPaper {
            scan,
            ingredient,
            counts,
        } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            let before = scan.paper.get(&ingredient);
            scan.set_paper(&ingredient, counts)?;
            return Ok(before != counts);
        }
        C::Merge { scan, file } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            return Ok(scan.merge(file)? == MergeOutcome::Added);
        }
        C::Replace { scan, file } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            return Ok(scan.replace_from(file)?);
        }
        C::SetRevealed { scan, revealed } => {
            let scan = s.scan_mut(&scan).ok_or(DomainError::NotFound)?;
            if scan.revealed == revealed {
                return Ok(false);
            }
            scan.revealed = revealed;
        }
    }
    Ok(true)
}

/// See [`super::Command::AgendaFromScan`]. Returns whether anything changed; on error nothing did.
fn agenda_from_scan(
    s: &mut Samenwerking,
    scan: &str,
    new_id: String,
    count: usize,
    now: Millis,
) -> Result<bool, DomainError> {
    let suggestion = s
        .scan(scan)
        .ok_or(DomainError::NotFound)?
        .agenda_suggestion(count);
    if suggestion.is_empty() {
        return Err(DomainError::NothingToSuggest);
    }
    agenda_for_next(s, suggestion, Some(scan), new_id, now)
}

/// [`super::Command::AgendaFromStand`]: checks the new meeting's id, then [`agenda_for_next`].
pub(super) fn apply_agenda_from_stand(
    ws: &mut Workspace,
    samenwerking: String,
    ingredienten: Vec<String>,
    bijeenkomst: String,
    now: Millis,
) -> Result<(), DomainError> {
    validate::id(&bijeenkomst)?;
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if ingredienten.is_empty() {
        return Err(DomainError::NothingForAgenda);
    }
    if agenda_for_next(s, ingredienten, None, bijeenkomst, now)? {
        s.updated_ms = now;
    }
    Ok(())
}

/// The hand-off shared by [`super::Command::AgendaFromScan`] and
/// [`super::Command::AgendaFromStand`]: puts `ingredienten` on the agenda of the next planned
/// meeting ([`Samenwerking::next_planned`]; what is there stays), or plans a new BOB meeting
/// with id `new_id`, no date and every partner attending when none is planned. With `scan`, the
/// meeting remembers that scan. Works on a copy of the meeting, so a refusal halfway (an
/// unknown ingrediënt) leaves everything as it was. Returns whether anything changed.
fn agenda_for_next(
    s: &mut Samenwerking,
    ingredienten: Vec<String>,
    scan: Option<&str>,
    new_id: String,
    now: Millis,
) -> Result<bool, DomainError> {
    let planned = s.next_planned().map(|b| b.id.clone());
    let mut b = match &planned {
        Some(id) => s.bijeenkomst(id).cloned().ok_or(DomainError::NotFound)?,
        None => {
            if s.bijeenkomst(&new_id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if s.bijeenkomsten.len() >= MAX_BIJEENKOMSTEN {
                return Err(DomainError::TooManyBijeenkomsten {
                    max: MAX_BIJEENKOMSTEN,
                });
            }
            let mut b = Bijeenkomst::new(new_id, Vorm::Bob, String::new(), now);
            b.attendees = s.partners.iter().map(|p| p.id.clone()).collect();
            b
        }
    };
    let mut changed = planned.is_none();
    for ingredient in ingredienten {
        changed |= change_meeting(
            &mut b,
            BijeenkomstChange::SetAgenda {
                ingredient,
                on: true,
            },
            now,
        )?;
    }
    if let Some(scan) = scan {
        if b.scan.as_deref() != Some(scan) {
            b.scan = Some(scan.to_string());
            changed = true;
        }
    }
    if !changed {
        return Ok(false);
    }
    b.updated_ms = now;
    match planned {
        Some(id) => {
            if let Some(slot) = s.bijeenkomst_mut(&id) {
                *slot = b;
            }
        }
        None => s.bijeenkomsten.push(b),
    }
    Ok(true)
}
