//! Werkbladen: [`WerkbladChange`] beside its handler, and the Eisenhower topics that become
//! acties.

use super::replace;
use crate::domain::bijeenkomst::{Actie, ActieStatus};
use crate::domain::model::{Millis, Samenwerking, Workspace};
use crate::domain::validate::{self, DomainError, Field, MAX_ACTIES};
use crate::domain::werkblad::{self, Key, Rij, Werkblad, MAX_ANSWERS, MAX_ROWS, MAX_WERKBLADEN};

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

/// [`super::Command::Werkblad`].
pub(super) fn apply_werkblad(
    ws: &mut Workspace,
    samenwerking: String,
    change: WerkbladChange,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if change_werkblad(s, change, now)? {
        s.updated_ms = now;
    }
    Ok(())
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
        if s.werkbladen.len() == before {
            return Err(DomainError::NotFound);
        }
        // A meeting's programme step that worked with it stays, without the link.
        for step in s
            .bijeenkomsten
            .iter_mut()
            .flat_map(|b| b.programma.iter_mut())
        {
            if step.werkblad.as_deref() == Some(werkblad.as_str()) {
                step.werkblad = None;
            }
        }
        // Leerlog entries and doelen stay, without the link to it.
        for e in &mut s.leerlog {
            if e.werkblad.as_deref() == Some(werkblad.as_str()) {
                e.werkblad = None;
            }
        }
        for d in &mut s.doelen {
            if d.bron.as_ref().is_some_and(|b| b.werkblad == *werkblad) {
                d.bron = None;
            }
        }
        return Ok(true);
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
