//! Every change to the workspace is a [`Command`], applied with [`Workspace::apply`].
//! Time and ids come in from outside, so the result is deterministic.

use super::meeting::{
    Actie, ActieStatus, Antwoord, Besluit, Bijeenkomst, Checkvraag, Phase, Status, Vorm,
};
use super::model::{Millis, Partner, PartnerKind, Ring, Route, Samenwerking, Workspace};
use super::scan::{AnswerFile, MergeOutcome, Response, Scan};
use super::validate::{
    self, DomainError, Field, MAX_ACTIES, MAX_BIJEENKOMSTEN, MAX_OPGAVE_CHARS, MAX_PARTNERS,
    MAX_SCANS, MAX_TEXT_CHARS,
};
use super::werkblad::{self, Key, Rij, Werkblad, MAX_ANSWERS, MAX_ROWS, MAX_WERKBLADEN};

/// What to do when an imported samenwerking has the id of one that is already here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Only allowed when the id is free.
    New,
    /// Overwrite the existing samenwerking with the same id.
    Replace,
    /// Keep the existing one and add the imported one under a new id and name.
    KeepBoth { new_id: String, new_name: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Create {
        id: String,
        name: String,
    },
    Rename {
        id: String,
        name: String,
    },
    SetOpgave {
        id: String,
        opgave: String,
    },
    SetRoute {
        id: String,
        route: Option<Route>,
    },
    AddPartner {
        samenwerking: String,
        partner: Partner,
    },
    UpdatePartner {
        samenwerking: String,
        partner: Partner,
    },
    RemovePartner {
        samenwerking: String,
        partner: String,
    },
    Delete {
        id: String,
    },
    Import {
        samenwerking: Samenwerking,
        mode: ImportMode,
    },
    /// Plans a new bijeenkomst (status "gepland").
    PlanBijeenkomst {
        samenwerking: String,
        id: String,
        vorm: Vorm,
        date: String,
    },
    DeleteBijeenkomst {
        samenwerking: String,
        bijeenkomst: String,
    },
    /// A change inside one bijeenkomst.
    Meeting {
        samenwerking: String,
        bijeenkomst: String,
        change: MeetingChange,
    },
    /// A change to the samenwerking's actions.
    Actie {
        samenwerking: String,
        change: ActieChange,
    },
    /// A change to one of the samenwerking's Ingrediëntenscans (or a new one).
    Scan {
        samenwerking: String,
        change: ScanChange,
    },
    /// Puts the scan's agenda suggestion ([`Scan::agenda_suggestion`] of `count`) on the next
    /// planned meeting ([`Samenwerking::next_planned`]): its ingrediënten are added to the
    /// agenda as with [`MeetingChange::SetAgenda`] (what is there stays) and the meeting's
    /// `scan` becomes this scan. Without a planned meeting, a new BOB meeting with id
    /// `bijeenkomst`, no date and every partner attending is planned with that agenda.
    /// Refused with [`DomainError::NothingToSuggest`] while the scan has no scores.
    AgendaFromScan {
        samenwerking: String,
        scan: String,
        /// The id for a new meeting, used only when none is planned (but always checked to be
        /// a valid id).
        bijeenkomst: String,
        count: usize,
    },
    /// A change to one of the samenwerking's werkbladen (or a new one).
    Werkblad {
        samenwerking: String,
        change: WerkbladChange,
    },
}

/// Changes to the werkbladen of a samenwerking. `werkblad` is the id of the worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WerkbladChange {
    /// A new, empty worksheet of the [`werkblad::Template`] `template`.
    Create {
        id: String,
        template: String,
        title: String,
    },
    Rename {
        werkblad: String,
        title: String,
    },
    /// Deletes the worksheet with its answers (acties made from it stay).
    Delete {
        werkblad: String,
    },
    /// Includes the worksheet in this bijeenkomst's verslag (or in none).
    Link {
        werkblad: String,
        bijeenkomst: Option<String>,
    },
    /// Sets the answer at `key` (a [`Key`] text); an empty value clears it.
    Set {
        werkblad: String,
        key: String,
        value: String,
    },
    /// Adds a row (an Eisenhower topic, an own spelregel) to `block`.
    AddRow {
        werkblad: String,
        block: String,
        row: String,
        text: String,
    },
    /// Changes a row's text and marks; its block stays.
    UpdateRow {
        werkblad: String,
        row: Rij,
    },
    RemoveRow {
        werkblad: String,
        row: String,
    },
    /// Puts the Eisenhower topics of `block` that are on the actie-agenda ([`werkblad::eisenhower`],
    /// quadrants Doen and Plannen, in that order) on the actielijst of `bijeenkomst`. Each topic
    /// becomes one actie with id `<werkblad>-<row>`, so doing it again adds only new topics.
    /// Refused with [`DomainError::NothingForActies`] when no topic is on the agenda.
    ToActies {
        werkblad: String,
        block: String,
        bijeenkomst: String,
    },
}

/// Changes inside a bijeenkomst: planning, running (phases, timer), notes, checkvragen,
/// achterban answers and besluiten.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingChange {
    SetDate(String),
    SetPlace(String),
    /// Only while planned.
    SetVorm(Vorm),
    SetAttendee {
        partner: String,
        present: bool,
    },
    SetAgenda {
        ingredient: String,
        on: bool,
    },
    SetMinutes {
        phase: Phase,
        minutes: u32,
    },
    Start,
    /// `confirmed`: the user agreed to decide while a checkvraag still says "nee".
    NextPhase {
        confirmed: bool,
    },
    PreviousPhase,
    Finish,
    TimerStart,
    TimerPause,
    SetNote {
        ingredient: String,
        phase: Phase,
        text: String,
    },
    SetCheck {
        ingredient: String,
        vraag: Checkvraag,
        antwoord: Option<Antwoord>,
    },
    SetNotOnBoard {
        ingredient: String,
        partner: String,
        on: bool,
    },
    SetAchterbanVragen {
        ingredient: String,
        text: String,
    },
    SetAchterbanAntwoord {
        ingredient: String,
        group: String,
        text: String,
    },
    AddBesluit(Besluit),
    UpdateBesluit(Besluit),
    RemoveBesluit(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActieChange {
    Add(Actie),
    Update(Actie),
    Remove(String),
}

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
    /// Merges an answer file (read with [`super::scan::read_answer_file`]). The same file again
    /// changes nothing and is no error.
    Merge {
        scan: String,
        file: AnswerFile,
    },
    /// Shows or hides the results.
    SetRevealed {
        scan: String,
        revealed: bool,
    },
}

/// What an import would do, so the UI can ask before anything changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportPlan {
    /// The id is free: import adds it.
    New,
    /// A samenwerking with this id exists already (its current name is given).
    Clash { existing_name: String },
}

impl Workspace {
    /// Applies one command. On error nothing has changed.
    pub fn apply(&mut self, command: Command, now: Millis) -> Result<(), DomainError> {
        match command {
            Command::Create { id, name } => {
                validate::id(&id)?;
                if self.get(&id).is_some() {
                    return Err(DomainError::DuplicateId);
                }
                let name = validate::line(Field::Name, &name, true)?;
                self.samenwerkingen.push(Samenwerking::new(id, name, now));
            }
            Command::Rename { id, name } => {
                let name = validate::line(Field::Name, &name, true)?;
                let s = self.get_mut(&id).ok_or(DomainError::NotFound)?;
                if s.name != name {
                    s.name = name;
                    s.updated_ms = now;
                }
            }
            Command::SetOpgave { id, opgave } => {
                let opgave = validate::multiline(Field::Opgave, &opgave, MAX_OPGAVE_CHARS)?;
                let s = self.get_mut(&id).ok_or(DomainError::NotFound)?;
                if s.opgave != opgave {
                    s.opgave = opgave;
                    s.updated_ms = now;
                }
            }
            Command::SetRoute { id, route } => {
                let s = self.get_mut(&id).ok_or(DomainError::NotFound)?;
                if s.route != route {
                    s.route = route;
                    s.updated_ms = now;
                }
            }
            Command::AddPartner {
                samenwerking,
                partner,
            } => {
                let partner = validate::partner(&partner)?;
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                if s.partners.len() >= MAX_PARTNERS {
                    return Err(DomainError::TooManyPartners { max: MAX_PARTNERS });
                }
                if s.partner(&partner.id).is_some() {
                    return Err(DomainError::DuplicatePartner);
                }
                s.partners.push(partner);
                s.updated_ms = now;
            }
            Command::UpdatePartner {
                samenwerking,
                partner,
            } => {
                let partner = validate::partner(&partner)?;
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                let slot = s
                    .partners
                    .iter_mut()
                    .find(|p| p.id == partner.id)
                    .ok_or(DomainError::NotFound)?;
                if *slot != partner {
                    *slot = partner;
                    s.updated_ms = now;
                }
            }
            Command::RemovePartner {
                samenwerking,
                partner,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                let before = s.partners.len();
                s.partners.retain(|p| p.id != partner);
                if s.partners.len() == before {
                    return Err(DomainError::NotFound);
                }
                // No meeting keeps pointing at a partner who is gone.
                for b in &mut s.bijeenkomsten {
                    b.attendees.retain(|p| *p != partner);
                    for item in &mut b.agenda {
                        item.checks.niet_aan_boord.retain(|p| *p != partner);
                    }
                }
                // Nor does a worksheet keep answers about them.
                let suffix = format!("@{partner}");
                for w in &mut s.werkbladen {
                    w.answers.retain(|k, _| !k.ends_with(&suffix));
                }
                s.updated_ms = now;
            }
            Command::Delete { id } => {
                let before = self.samenwerkingen.len();
                self.samenwerkingen.retain(|s| s.id != id);
                if self.samenwerkingen.len() == before {
                    return Err(DomainError::NotFound);
                }
            }
            Command::Import { samenwerking, mode } => {
                let mut incoming = validate::samenwerking(&samenwerking)?;
                match mode {
                    ImportMode::New => {
                        if self.get(&incoming.id).is_some() {
                            return Err(DomainError::DuplicateId);
                        }
                        self.samenwerkingen.push(incoming);
                    }
                    ImportMode::Replace => {
                        let slot = self.get_mut(&incoming.id).ok_or(DomainError::NotFound)?;
                        *slot = incoming;
                    }
                    ImportMode::KeepBoth { new_id, new_name } => {
                        validate::id(&new_id)?;
                        if self.get(&new_id).is_some() {
                            return Err(DomainError::DuplicateId);
                        }
                        incoming.name = validate::line(Field::Name, &new_name, true)?;
                        // The copy is another samenwerking: its scans go along with it.
                        for scan in &mut incoming.scans {
                            scan.samenwerking = new_id.clone();
                        }
                        incoming.id = new_id;
                        incoming.updated_ms = now;
                        self.samenwerkingen.push(incoming);
                    }
                }
            }
            Command::PlanBijeenkomst {
                samenwerking,
                id,
                vorm,
                date,
            } => {
                validate::id(&id)?;
                let date = validate::date(&date)?;
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                if s.bijeenkomst(&id).is_some() {
                    return Err(DomainError::DuplicateId);
                }
                if s.bijeenkomsten.len() >= MAX_BIJEENKOMSTEN {
                    return Err(DomainError::TooManyBijeenkomsten {
                        max: MAX_BIJEENKOMSTEN,
                    });
                }
                let mut b = Bijeenkomst::new(id, vorm, date, now);
                // Everyone is expected, until the facilitator says otherwise.
                b.attendees = s.partners.iter().map(|p| p.id.clone()).collect();
                s.bijeenkomsten.push(b);
                s.updated_ms = now;
            }
            Command::DeleteBijeenkomst {
                samenwerking,
                bijeenkomst,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                let before = s.bijeenkomsten.len();
                s.bijeenkomsten.retain(|b| b.id != bijeenkomst);
                if s.bijeenkomsten.len() == before {
                    return Err(DomainError::NotFound);
                }
                // Its actions go with it (the UI says so before deleting).
                s.acties.retain(|a| a.bijeenkomst != bijeenkomst);
                // Worksheets stay, without the link to its verslag.
                for w in &mut s.werkbladen {
                    if w.bijeenkomst.as_deref() == Some(bijeenkomst.as_str()) {
                        w.bijeenkomst = None;
                    }
                }
                s.updated_ms = now;
            }
            Command::Meeting {
                samenwerking,
                bijeenkomst,
                change,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                let known_partner = |id: &str| s.partner(id).is_some();
                if let MeetingChange::SetAttendee { partner, .. }
                | MeetingChange::SetNotOnBoard { partner, .. } = &change
                {
                    if !known_partner(partner) {
                        return Err(DomainError::NotFound);
                    }
                }
                let b = s
                    .bijeenkomst_mut(&bijeenkomst)
                    .ok_or(DomainError::NotFound)?;
                if change_meeting(b, change, now)? {
                    b.updated_ms = now;
                    s.updated_ms = now;
                }
            }
            Command::Actie {
                samenwerking,
                change,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                match change {
                    ActieChange::Add(actie) => {
                        let actie = validate::actie(&actie)?;
                        if s.acties.iter().any(|a| a.id == actie.id) {
                            return Err(DomainError::DuplicateId);
                        }
                        if s.bijeenkomst(&actie.bijeenkomst).is_none() {
                            return Err(DomainError::NotFound);
                        }
                        if s.acties.len() >= MAX_ACTIES {
                            return Err(DomainError::TooManyActies { max: MAX_ACTIES });
                        }
                        s.acties.push(actie);
                    }
                    ActieChange::Update(actie) => {
                        let actie = validate::actie(&actie)?;
                        if s.bijeenkomst(&actie.bijeenkomst).is_none() {
                            return Err(DomainError::NotFound);
                        }
                        let slot = s
                            .acties
                            .iter_mut()
                            .find(|a| a.id == actie.id)
                            .ok_or(DomainError::NotFound)?;
                        if *slot == actie {
                            return Ok(());
                        }
                        *slot = actie;
                    }
                    ActieChange::Remove(id) => {
                        let before = s.acties.len();
                        s.acties.retain(|a| a.id != id);
                        if s.acties.len() == before {
                            return Err(DomainError::NotFound);
                        }
                    }
                }
                s.updated_ms = now;
            }
            Command::Scan {
                samenwerking,
                change,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                if change_scan(s, change, now)? {
                    s.updated_ms = now;
                }
            }
            Command::Werkblad {
                samenwerking,
                change,
            } => {
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                if change_werkblad(s, change, now)? {
                    s.updated_ms = now;
                }
            }
            Command::AgendaFromScan {
                samenwerking,
                scan,
                bijeenkomst,
                count,
            } => {
                validate::id(&bijeenkomst)?;
                let s = self.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
                if agenda_from_scan(s, &scan, bijeenkomst, count, now)? {
                    s.updated_ms = now;
                }
            }
        }
        Ok(())
    }

    /// Tells whether importing `incoming` clashes with work already here.
    pub fn import_plan(&self, incoming: &Samenwerking) -> ImportPlan {
        match self.get(&incoming.id) {
            Some(existing) => ImportPlan::Clash {
                existing_name: existing.name.clone(),
            },
            None => ImportPlan::New,
        }
    }
}

/// Builds a partner value for [`Command::AddPartner`] / [`Command::UpdatePartner`].
pub fn partner(id: &str, name: &str, organisation: &str, kind: PartnerKind, ring: Ring) -> Partner {
    Partner {
        id: id.to_string(),
        name: name.to_string(),
        organisation: organisation.to_string(),
        kind,
        ring,
    }
}

/// A name for the copy kept beside an existing samenwerking ("Naam (kopie)"),
/// shortened so it stays within the name limit.
pub fn copy_name(name: &str, suffix: &str) -> String {
    let room = validate::MAX_NAME_CHARS.saturating_sub(suffix.chars().count() + 3);
    let base: String = name.trim().chars().take(room).collect();
    format!("{} ({})", base.trim_end(), suffix)
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

/// See [`Command::AgendaFromScan`]. Returns whether anything changed; on error nothing did.
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
    // Work on a copy, so a refusal halfway leaves the meeting as it was.
    let mut changed = planned.is_none();
    for ingredient in suggestion {
        changed |= change_meeting(
            &mut b,
            MeetingChange::SetAgenda {
                ingredient,
                on: true,
            },
            now,
        )?;
    }
    if b.scan.as_deref() != Some(scan) {
        b.scan = Some(scan.to_string());
        changed = true;
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

/// Applies a change to one meeting; validates before it mutates, so on error nothing changed.
/// Returns whether anything changed.
fn change_meeting(
    b: &mut Bijeenkomst,
    change: MeetingChange,
    now: Millis,
) -> Result<bool, DomainError> {
    use MeetingChange as M;
    let planned = b.status == Status::Gepland;
    match change {
        M::SetDate(date) => {
            let date = validate::date(&date)?;
            return Ok(replace(&mut b.date, date));
        }
        M::SetPlace(place) => {
            let place = validate::line(Field::Place, &place, false)?;
            return Ok(replace(&mut b.place, place));
        }
        M::SetVorm(vorm) => {
            if !planned {
                return Err(DomainError::MeetingStarted);
            }
            if b.vorm == vorm {
                return Ok(false);
            }
            b.vorm = vorm;
            for phase in vorm.phases() {
                b.minutes
                    .entry(*phase)
                    .or_insert(super::meeting::DEFAULT_MINUTES);
            }
        }
        M::SetAttendee { partner, present } => {
            let there = b.attendees.contains(&partner);
            match (there, present) {
                (false, true) => b.attendees.push(partner),
                (true, false) => b.attendees.retain(|p| *p != partner),
                _ => return Ok(false),
            }
        }
        M::SetAgenda { ingredient, on } => {
            validate::ingredient(&ingredient)?;
            let there = b.item(&ingredient).is_some();
            match (there, on) {
                (false, true) => {
                    b.agenda.push(super::meeting::AgendaItem::new(&ingredient));
                    // Keep the Gespreksmodel's order, so the meeting follows the factors.
                    let order: Vec<&str> = super::content::nl()
                        .ingredients()
                        .map(|(_, i)| i.id.as_str())
                        .collect();
                    super::sort::sort_by_key(&mut b.agenda, |i| {
                        order
                            .iter()
                            .position(|id| *id == i.ingredient)
                            .unwrap_or(usize::MAX)
                    });
                }
                (true, false) => {
                    let item = b.item(&ingredient);
                    let has_content = item.is_some_and(|i| {
                        i.notes.values().any(|n| !n.is_empty())
                            || i.checks != Default::default()
                            || !i.achterban_vragen.is_empty()
                            || !i.achterban.is_empty()
                    });
                    // Work recorded in a running meeting is never dropped by an agenda click.
                    if has_content && !planned {
                        return Err(DomainError::MeetingStarted);
                    }
                    b.agenda.retain(|i| i.ingredient != ingredient);
                }
                _ => return Ok(false),
            }
        }
        M::SetMinutes { phase, minutes } => {
            let minutes = validate::minutes(minutes)?;
            if b.minutes.get(&phase) == Some(&minutes) {
                return Ok(false);
            }
            b.minutes.insert(phase, minutes);
        }
        M::Start => {
            if b.status == Status::Bezig {
                return Ok(false);
            }
            b.start(now).map_err(DomainError::Phase)?;
        }
        M::NextPhase { confirmed } => {
            b.next_phase(confirmed, now).map_err(DomainError::Phase)?;
        }
        M::PreviousPhase => {
            b.previous_phase(now).map_err(DomainError::Phase)?;
        }
        M::Finish => b.finish(now).map_err(DomainError::Phase)?,
        M::TimerStart => {
            match b.status {
                Status::Gepland => {
                    return Err(DomainError::Phase(super::meeting::PhaseError::NotStarted))
                }
                Status::Afgerond => {
                    return Err(DomainError::Phase(
                        super::meeting::PhaseError::AlreadyFinished,
                    ))
                }
                Status::Bezig => {}
            }
            if b.timer.running() {
                return Ok(false);
            }
            b.timer.start(now);
        }
        M::TimerPause => {
            if !b.timer.running() {
                return Ok(false);
            }
            b.timer.pause(now);
        }
        M::SetNote {
            ingredient,
            phase,
            text,
        } => {
            let text = validate::note(&text)?;
            let item = b.item_mut(&ingredient).ok_or(DomainError::NotFound)?;
            if item.note(phase) == text {
                return Ok(false);
            }
            if text.is_empty() {
                item.notes.remove(&phase);
            } else {
                item.notes.insert(phase, text);
            }
        }
        M::SetCheck {
            ingredient,
            vraag,
            antwoord,
        } => {
            let item = b.item_mut(&ingredient).ok_or(DomainError::NotFound)?;
            if item.checks.get(vraag) == antwoord {
                return Ok(false);
            }
            item.checks.set(vraag, antwoord);
        }
        M::SetNotOnBoard {
            ingredient,
            partner,
            on,
        } => {
            let item = b.item_mut(&ingredient).ok_or(DomainError::NotFound)?;
            let list = &mut item.checks.niet_aan_boord;
            match (list.contains(&partner), on) {
                (false, true) => list.push(partner),
                (true, false) => list.retain(|p| *p != partner),
                _ => return Ok(false),
            }
        }
        M::SetAchterbanVragen { ingredient, text } => {
            let text = validate::multiline(Field::AchterbanVragen, &text, MAX_TEXT_CHARS)?;
            let item = b.item_mut(&ingredient).ok_or(DomainError::NotFound)?;
            return Ok(replace(&mut item.achterban_vragen, text));
        }
        M::SetAchterbanAntwoord {
            ingredient,
            group,
            text,
        } => {
            let group = validate::line(Field::AchterbanAntwoord, &group, true)?;
            let text = validate::multiline(Field::AchterbanAntwoord, &text, MAX_TEXT_CHARS)?;
            let item = b.item_mut(&ingredient).ok_or(DomainError::NotFound)?;
            let current = item.achterban.get(&group).map(String::as_str).unwrap_or("");
            if current == text {
                return Ok(false);
            }
            if text.is_empty() {
                item.achterban.remove(&group);
            } else {
                item.achterban.insert(group, text);
            }
        }
        M::AddBesluit(besluit) => {
            let besluit = validate::besluit(&besluit)?;
            if b.besluiten.iter().any(|x| x.id == besluit.id) {
                return Err(DomainError::DuplicateId);
            }
            b.besluiten.push(besluit);
        }
        M::UpdateBesluit(besluit) => {
            let besluit = validate::besluit(&besluit)?;
            let slot = b
                .besluiten
                .iter_mut()
                .find(|x| x.id == besluit.id)
                .ok_or(DomainError::NotFound)?;
            if *slot == besluit {
                return Ok(false);
            }
            *slot = besluit;
        }
        M::RemoveBesluit(id) => {
            let before = b.besluiten.len();
            b.besluiten.retain(|x| x.id != id);
            if b.besluiten.len() == before {
                return Err(DomainError::NotFound);
            }
        }
    }
    Ok(true)
}

/// Applies a change to the werkbladen of `s`; validates before it mutates, so on error nothing
/// changed. Returns whether anything changed.
fn change_werkblad(
    s: &mut Samenwerking,
    change: WerkbladChange,
    now: Millis,
) -> Result<bool, DomainError> {
    use WerkbladChange as C;
    if let C::Create {
        id,
        template,
        title,
    } = change
    {
        validate::id(&id)?;
        let title = validate::line(Field::Name, &title, true)?;
        werkblad::template(&template).ok_or(DomainError::UnknownTemplate)?;
        if s.werkblad(&id).is_some() {
            return Err(DomainError::DuplicateId);
        }
        if s.werkbladen.len() >= MAX_WERKBLADEN {
            return Err(DomainError::TooManyWerkbladen {
                max: MAX_WERKBLADEN,
            });
        }
        s.werkbladen.push(Werkblad::new(id, template, title, now));
        return Ok(true);
    }
    if let C::Delete { werkblad } = &change {
        let before = s.werkbladen.len();
        s.werkbladen.retain(|w| w.id != *werkblad);
        return if s.werkbladen.len() == before {
            Err(DomainError::NotFound)
        } else {
            Ok(true)
        };
    }
    if let C::ToActies {
        werkblad,
        block,
        bijeenkomst,
    } = change
    {
        return werkblad_to_acties(s, &werkblad, &block, &bijeenkomst);
    }
    let has_meeting = |id: &str| s.bijeenkomst(id).is_some();
    if let C::Link {
        bijeenkomst: Some(b),
        ..
    } = &change
    {
        if !has_meeting(b) {
            return Err(DomainError::NotFound);
        }
    }
    if let C::Set { key, .. } = &change {
        // An answer about a partner needs that partner.
        if let Some(partner) = Key::parse(key).and_then(|k| k.partner) {
            if s.partner(&partner).is_none() {
                return Err(DomainError::NotFound);
            }
        }
    }
    let w = s
        .werkbladen
        .iter_mut()
        .find(|w| Some(w.id.as_str()) == change.werkblad())
        .ok_or(DomainError::NotFound)?;
    let template = werkblad::template(&w.template).ok_or(DomainError::UnknownTemplate)?;
    let changed = match change {
        C::Create { .. } | C::Delete { .. } | C::ToActies { .. } => false,
        C::Rename { title, .. } => {
            replace(&mut w.title, validate::line(Field::Name, &title, true)?)
        }
        C::Link { bijeenkomst, .. } => {
            let changed = w.bijeenkomst != bijeenkomst;
            w.bijeenkomst = bijeenkomst;
            changed
        }
        C::Set { key, value, .. } => {
            let key = Key::parse(&key).ok_or(DomainError::BadAnswer)?;
            let value = validate::answer(template, &key, &value)?;
            let text = key.text();
            if value.is_empty() {
                w.answers.remove(&text).is_some()
            } else if w.answers.get(&text) == Some(&value) {
                false
            } else {
                if w.answers.len() >= MAX_ANSWERS && !w.answers.contains_key(&text) {
                    return Err(DomainError::TooManyAnswers { max: MAX_ANSWERS });
                }
                w.answers.insert(text, value);
                true
            }
        }
        C::AddRow {
            block, row, text, ..
        } => {
            validate::id(&row)?;
            let rij = validate::rij(
                template,
                &Rij {
                    id: row,
                    block,
                    text,
                    urgent: false,
                    belangrijk: false,
                },
            )?;
            if w.row(&rij.id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if w.rows.len() >= MAX_ROWS {
                return Err(DomainError::TooManyRows { max: MAX_ROWS });
            }
            w.rows.push(rij);
            true
        }
        C::UpdateRow { row, .. } => {
            let row = validate::rij(template, &row)?;
            let slot = w
                .rows
                .iter_mut()
                .find(|r| r.id == row.id)
                .ok_or(DomainError::NotFound)?;
            if slot.block != row.block {
                return Err(DomainError::NotFound);
            }
            let changed = *slot != row;
            *slot = row;
            changed
        }
        C::RemoveRow { row, .. } => {
            let before = w.rows.len();
            w.rows.retain(|r| r.id != row);
            if w.rows.len() == before {
                return Err(DomainError::NotFound);
            }
            true
        }
    };
    if changed {
        w.updated_ms = now;
    }
    Ok(changed)
}

impl WerkbladChange {
    /// The worksheet this change is about (`None` for a new one).
    fn werkblad(&self) -> Option<&str> {
        use WerkbladChange as C;
        match self {
            C::Create { .. } => None,
            C::Rename { werkblad, .. }
            | C::Delete { werkblad }
            | C::Link { werkblad, .. }
            | C::Set { werkblad, .. }
            | C::AddRow { werkblad, .. }
            | C::UpdateRow { werkblad, .. }
            | C::RemoveRow { werkblad, .. }
            | C::ToActies { werkblad, .. } => Some(werkblad),
        }
    }
}

fn werkblad_to_acties(
    s: &mut Samenwerking,
    werkblad: &str,
    block: &str,
    bijeenkomst: &str,
) -> Result<bool, DomainError> {
    if s.bijeenkomst(bijeenkomst).is_none() {
        return Err(DomainError::NotFound);
    }
    let w = s.werkblad(werkblad).ok_or(DomainError::NotFound)?;
    // Only an Eisenhower block has an actie-agenda (own spelregels are no actions).
    let is_topics = werkblad::template(&w.template)
        .and_then(|t| t.block(block))
        .is_some_and(|b| b.kind == werkblad::BlockKind::Onderwerpen);
    if !is_topics {
        return Err(DomainError::BadAnswer);
    }
    let new: Vec<Actie> = werkblad::eisenhower(w, block)
        .into_iter()
        .filter(|(k, _)| k.on_agenda())
        .map(|(_, r)| Actie {
            id: format!("{}-{}", w.id, r.id),
            wat: r.text.clone(),
            wie: String::new(),
            wanneer: String::new(),
            status: ActieStatus::Open,
            ingredient: None,
            bijeenkomst: bijeenkomst.to_string(),
        })
        .collect();
    if new.is_empty() {
        return Err(DomainError::NothingForActies);
    }
    let mut checked = Vec::with_capacity(new.len());
    for a in &new {
        if !s.acties.iter().any(|b| b.id == a.id) {
            checked.push(validate::actie(a)?);
        }
    }
    if s.acties.len() + checked.len() > MAX_ACTIES {
        return Err(DomainError::TooManyActies { max: MAX_ACTIES });
    }
    let changed = !checked.is_empty();
    s.acties.extend(checked);
    Ok(changed)
}

fn replace(slot: &mut String, value: String) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}
