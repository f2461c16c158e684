//! Bijeenkomsten and acties: planning and deleting a meeting, [`BijeenkomstChange`] (everything
//! inside one meeting) and [`ActieChange`] (the samenwerking's actions), each beside its handler.

use super::besluit::{self as edit, ActieEdit};
use super::replace;
use crate::domain::bijeenkomst::{
    self as m, Actie, ActieStatus, Besluit, Bijeenkomst, CheckAntwoord, Checkvraag, Fase,
    ProgrammaOnderdeel, Status, Vorm,
};
use crate::domain::model::{Millis, Workspace};
use crate::domain::validate::{
    self, DomainError, Field, MAX_ACTIES, MAX_BIJEENKOMSTEN, MAX_TEXT_CHARS,
};
use crate::domain::werkblad::{self, Werkblad, MAX_WERKBLADEN};

/// Changes inside a bijeenkomst: planning, running (phases, timer), notes, checkvragen,
/// achterban answers and besluiten.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BijeenkomstChange {
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
        phase: Fase,
        minutes: u32,
    },
    Start,
    /// `confirmed`: the user agreed to decide while an agenda ingrediënt is not yet talked
    /// about or not everyone is on board ([`Bijeenkomst::open_before_besluit`]).
    NextFase {
        confirmed: bool,
    },
    PreviousFase,
    Finish,
    TimerStart,
    TimerPause,
    SetNote {
        ingredient: String,
        phase: Fase,
        text: String,
    },
    /// Answering "Is iedereen gehoord en aan boord?" with "ja" also clears who was ticked as
    /// not yet heard or on board.
    SetCheck {
        ingredient: String,
        vraag: Checkvraag,
        antwoord: Option<CheckAntwoord>,
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
    /// Changes the text of a besluit in place (its ingrediënt stays).
    EditBesluit {
        id: String,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActieChange {
    Add(Actie),
    Update(Actie),
    Remove(String),
    /// Changes an actie in place: wat, wie, wanneer, ingrediënt and status (see [`ActieEdit`]).
    Edit(ActieEdit),
    /// Changes only the status of an actie.
    SetStatus {
        id: String,
        status: ActieStatus,
    },
}

/// [`super::Command::PlanBijeenkomst`].
pub(super) fn plan_bijeenkomst(
    ws: &mut Workspace,
    samenwerking: String,
    id: String,
    vorm: Vorm,
    date: String,
    now: Millis,
) -> Result<(), DomainError> {
    validate::id(&id)?;
    let date = validate::date(&date)?;
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if s.bijeenkomst(&id).is_some() {
        return Err(DomainError::DuplicateId);
    }
    if s.bijeenkomsten.len() >= MAX_BIJEENKOMSTEN {
        return Err(DomainError::TooManyBijeenkomsten {
            max: MAX_BIJEENKOMSTEN,
        });
    }
    let mut b = Bijeenkomst::new(id, vorm, date, now);
    // Everyone is expected, until the facilitator says otherwise: the partners are the ones
    // invited, and who was absent last time is expected again.
    b.attendees = s.partners.iter().map(|p| p.id.clone()).collect();
    b.place = previous_place(&s.bijeenkomsten, &b);
    s.bijeenkomsten.push(b);
    s.updated_ms = now;
    Ok(())
}

/// A new meeting's samenwerking, id, vorm and date.
pub(super) struct Plan {
    pub samenwerking: String,
    pub id: String,
    pub vorm: Vorm,
    pub date: String,
}

/// [`super::Command::PlanFromProgramma`]: checks everything first, then plans the meeting and
/// adds the programme and its werkbladen, so on error nothing changed.
pub(super) fn plan_from_programma(
    ws: &mut Workspace,
    plan: Plan,
    programma: &str,
    ids: Vec<String>,
    now: Millis,
) -> Result<(), DomainError> {
    let template = werkblad::programma(programma).ok_or(DomainError::NotFound)?;
    let with_sheet: Vec<&str> = template
        .stappen
        .iter()
        .filter_map(|s| s.werkblad.as_deref())
        .collect();
    if ids.len() != with_sheet.len() {
        return Err(DomainError::BadId);
    }
    validate::id(&plan.id)?;
    for (n, id) in ids.iter().enumerate() {
        validate::id(id)?;
        if ids[..n].contains(id) {
            return Err(DomainError::DuplicateId);
        }
    }
    let mut sheets = Vec::with_capacity(ids.len());
    for (id, template_id) in ids.iter().zip(&with_sheet) {
        let t = werkblad::template(template_id).ok_or(DomainError::UnknownTemplate)?;
        let mut w = Werkblad::new(id.clone(), t.id.clone(), t.title.clone(), now);
        w.bijeenkomst = Some(plan.id.clone());
        sheets.push(w);
    }
    let mut sheet_ids = ids.into_iter();
    let programma = template
        .stappen
        .iter()
        .map(|s| ProgrammaOnderdeel {
            werkblad: s.werkblad.as_ref().and_then(|_| sheet_ids.next()),
            ..s.clone()
        })
        .collect::<Vec<_>>();
    let programma = validate::programma_of(&programma)?;
    {
        let s = ws.get(&plan.samenwerking).ok_or(DomainError::NotFound)?;
        if sheets.iter().any(|w| s.werkblad(&w.id).is_some()) {
            return Err(DomainError::DuplicateId);
        }
        if s.werkbladen.len() + sheets.len() > MAX_WERKBLADEN {
            return Err(DomainError::TooManyWerkbladen {
                max: MAX_WERKBLADEN,
            });
        }
    }
    // Refuses (changing nothing) a taken id, a bad date, too many meetings.
    plan_bijeenkomst(
        ws,
        plan.samenwerking.clone(),
        plan.id.clone(),
        plan.vorm,
        plan.date,
        now,
    )?;
    let s = ws
        .get_mut(&plan.samenwerking)
        .ok_or(DomainError::NotFound)?;
    if let Some(b) = s.bijeenkomst_mut(&plan.id) {
        b.programma = programma;
    }
    s.werkbladen.extend(sheets);
    Ok(())
}

/// The plaats of the meeting before `new` in [`m::chronological`] order (by date, undated ones
/// last, then by creation) that has one, else of the first one after it; a group mostly meets
/// in the same place. Empty when no meeting has a plaats.
fn previous_place(list: &[Bijeenkomst], new: &Bijeenkomst) -> String {
    let key = |b: &Bijeenkomst| {
        (
            b.date.is_empty(),
            b.date.clone(),
            b.created_ms,
            b.id.clone(),
        )
    };
    let here = key(new);
    let with_place = list.iter().filter(|b| !b.place.is_empty());
    let before = with_place
        .clone()
        .filter(|b| key(b) < here)
        .max_by_key(|b| key(b));
    let after = with_place.filter(|b| key(b) > here).min_by_key(|b| key(b));
    before
        .or(after)
        .map(|b| b.place.clone())
        .unwrap_or_default()
}

/// [`super::Command::DeleteBijeenkomst`].
pub(super) fn delete_bijeenkomst(
    ws: &mut Workspace,
    samenwerking: String,
    bijeenkomst: String,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
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
    // So do leerlog entries, without the link to it.
    for e in &mut s.leerlog {
        if e.bijeenkomst.as_deref() == Some(bijeenkomst.as_str()) {
            e.bijeenkomst = None;
        }
    }
    s.updated_ms = now;
    Ok(())
}

/// [`super::Command::Bijeenkomst`]: checks the partner a change names, then [`change_meeting`].
pub(super) fn apply_meeting(
    ws: &mut Workspace,
    samenwerking: String,
    bijeenkomst: String,
    change: BijeenkomstChange,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    let known_partner = |id: &str| s.partner(id).is_some();
    if let BijeenkomstChange::SetAttendee { partner, .. }
    | BijeenkomstChange::SetNotOnBoard { partner, .. } = &change
    {
        if !known_partner(partner) {
            return Err(DomainError::NotFound);
        }
    }
    // Closing a meeting records the acties of its verslag as they stand, so later changes
    // (an actie set to klaar in the next meeting) do not rewrite a verslag already sent.
    let stand = matches!(change, BijeenkomstChange::Finish)
        .then(|| m::acties_stand(&s.acties, &bijeenkomst));
    let b = s
        .bijeenkomst_mut(&bijeenkomst)
        .ok_or(DomainError::NotFound)?;
    let changed = match change_meeting(b, change, now) {
        Ok(changed) => changed,
        Err(DomainError::Fase(m::FaseError::NeedsConfirmation { mut open })) => {
            // The question names who is not on board, not their ids.
            for check in &mut open {
                for id in &mut check.niet_aan_boord {
                    if let Some(p) = s.partner(id) {
                        *id = if p.name.is_empty() {
                            p.organisation.clone()
                        } else {
                            p.name.clone()
                        };
                    }
                }
            }
            return Err(DomainError::Fase(m::FaseError::NeedsConfirmation { open }));
        }
        Err(e) => return Err(e),
    };
    if changed {
        if stand.is_some() {
            b.acties_bij_afronding = stand;
        }
        b.updated_ms = now;
        s.updated_ms = now;
    }
    Ok(())
}

/// [`super::Command::Actie`].
pub(super) fn apply_actie(
    ws: &mut Workspace,
    samenwerking: String,
    change: ActieChange,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
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
        ActieChange::Edit(actie) => {
            if !edit::edit_actie(s, actie)? {
                return Ok(());
            }
        }
        ActieChange::SetStatus { id, status } => {
            if !edit::set_status(s, &id, status)? {
                return Ok(());
            }
        }
    }
    s.updated_ms = now;
    Ok(())
}

/// Applies a change to one meeting; validates before it mutates, so on error nothing changed.
/// Returns whether anything changed.
pub(super) fn change_meeting(
    b: &mut Bijeenkomst,
    change: BijeenkomstChange,
    now: Millis,
) -> Result<bool, DomainError> {
    use BijeenkomstChange as M;
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
            for phase in vorm.fasen() {
                b.minutes.entry(*phase).or_insert(m::DEFAULT_MINUTES);
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
                    b.agenda.push(m::AgendaItem::new(&ingredient));
                    // Keep the Gespreksmodel's order, so the meeting follows the factors.
                    let order: Vec<&str> = crate::domain::content::nl()
                        .ingredients()
                        .map(|(_, i)| i.id.as_str())
                        .collect();
                    b.agenda.sort_by_key(|i| {
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
            b.start(now).map_err(DomainError::Fase)?;
        }
        M::NextFase { confirmed } => {
            b.next_phase(confirmed, now).map_err(DomainError::Fase)?;
        }
        M::PreviousFase => {
            b.previous_phase(now).map_err(DomainError::Fase)?;
        }
        M::Finish => b.finish(now).map_err(DomainError::Fase)?,
        M::TimerStart => {
            match b.status {
                Status::Gepland => return Err(DomainError::Fase(m::FaseError::NotStarted)),
                Status::Afgerond => return Err(DomainError::Fase(m::FaseError::AlreadyFinished)),
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
            // Everyone is on board: nobody stays ticked as not heard or not on board.
            let clears = vraag == Checkvraag::Gehoord
                && antwoord == Some(CheckAntwoord::Ja)
                && !item.checks.niet_aan_boord.is_empty();
            if item.checks.get(vraag) == antwoord && !clears {
                return Ok(false);
            }
            item.checks.set(vraag, antwoord);
            if clears {
                item.checks.niet_aan_boord.clear();
            }
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
        M::EditBesluit { id, text } => return edit::edit_besluit(b, id, text),
    }
    Ok(true)
}
