//! The checks of the monitoring records: a doel with its indicatoren and their metingen, and a
//! leerlog entry. Like `records.rs`, each check names every field.

use super::{date, id, line, multiline, DomainError, Field, MAX_TEXT_CHARS};
use crate::domain::monitoring::{
    Bron, Doel, Indicator, LeerlogEntry, Meting, MAX_DOELEN, MAX_INDICATOREN, MAX_METINGEN,
};
use crate::domain::werkblad::{Key, Werkblad};

/// Checks the text of a doel: required, multi-line.
pub fn doel_text(text: &str) -> Result<String, DomainError> {
    let text = multiline(Field::Doel, text, MAX_TEXT_CHARS)?;
    if text.is_empty() {
        return Err(DomainError::Empty(Field::Doel));
    }
    Ok(text)
}

/// Checks a meting of an indicator on `scale`'s terms.
pub fn meting(m: &Meting, scale: crate::domain::monitoring::Schaal) -> Result<Meting, DomainError> {
    let Meting {
        id: meting_id,
        date: day,
        value,
        source,
        remark,
    } = m;
    id(meting_id)?;
    let day = date(day)?;
    if day.is_empty() {
        return Err(DomainError::BadDate);
    }
    if !scale.allows(*value) {
        return Err(DomainError::BadValue);
    }
    Ok(Meting {
        id: meting_id.clone(),
        date: day,
        value: *value,
        source: line(Field::Meting, source, false)?,
        remark: multiline(Field::Meting, remark, MAX_TEXT_CHARS)?,
    })
}

/// Checks an indicator with its metingen: a name, values that fit its scale (baseline and
/// target too), metingen ids unique, at most [`MAX_METINGEN`].
pub fn indicator(i: &Indicator) -> Result<Indicator, DomainError> {
    let Indicator {
        id: indicator_id,
        name,
        method,
        scale,
        unit,
        baseline,
        target,
        measured_by,
        frequency,
        metingen: given,
    } = i;
    id(indicator_id)?;
    let name = line(Field::IndicatorNaam, name, true)?;
    for value in [baseline, target].into_iter().flatten() {
        if !scale.allows(*value) {
            return Err(DomainError::BadValue);
        }
    }
    if given.len() > MAX_METINGEN {
        return Err(DomainError::TooManyMetingen { max: MAX_METINGEN });
    }
    let mut metingen: Vec<Meting> = Vec::with_capacity(given.len());
    for m in given {
        let m = meting(m, *scale)?;
        if metingen.iter().any(|c| c.id == m.id) {
            return Err(DomainError::DuplicateId);
        }
        metingen.push(m);
    }
    Ok(Indicator {
        id: indicator_id.clone(),
        name,
        method: multiline(Field::IndicatorUitleg, method, MAX_TEXT_CHARS)?,
        // An enum: every scale is valid.
        scale: *scale,
        unit: line(Field::IndicatorUitleg, unit, false)?,
        baseline: *baseline,
        target: *target,
        measured_by: line(Field::IndicatorUitleg, measured_by, false)?,
        frequency: line(Field::IndicatorUitleg, frequency, false)?,
        metingen,
    })
}

/// Checks a leerlog entry on its own (its links are checked against the samenwerking by
/// [`samenwerking`](super::samenwerking) and the commands).
pub fn leerlog_entry(e: &LeerlogEntry) -> Result<LeerlogEntry, DomainError> {
    let LeerlogEntry {
        id: entry_id,
        date: day,
        step,
        tried,
        learned,
        lus,
        changes,
        werkblad: wb,
        bijeenkomst: meeting,
        indicator: about,
        created_ms,
        updated_ms,
    } = e;
    id(entry_id)?;
    for link in [wb, meeting, about].into_iter().flatten() {
        id(link)?;
    }
    let tried = multiline(Field::Leerlog, tried, MAX_TEXT_CHARS)?;
    let learned = multiline(Field::Leerlog, learned, MAX_TEXT_CHARS)?;
    let changes = multiline(Field::Leerlog, changes, MAX_TEXT_CHARS)?;
    if tried.is_empty() && learned.is_empty() && changes.is_empty() {
        return Err(DomainError::EmptyEntry);
    }
    Ok(LeerlogEntry {
        id: entry_id.clone(),
        date: date(day)?,
        // Enums: every step and loop is valid.
        step: *step,
        tried,
        learned,
        lus: *lus,
        changes,
        werkblad: wb.clone(),
        bijeenkomst: meeting.clone(),
        indicator: about.clone(),
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}

/// Checks the doelen of a samenwerking whose (checked) werkbladen are `werkbladen`: each with
/// a text and at most [`MAX_INDICATOREN`] indicatoren, ids unique (indicator ids across every
/// doel), a [`Bron`] naming a werkblad that is there.
pub(super) fn doelen_of(list: &[Doel], werkbladen: &[Werkblad]) -> Result<Vec<Doel>, DomainError> {
    if list.len() > MAX_DOELEN {
        return Err(DomainError::TooManyDoelen { max: MAX_DOELEN });
    }
    let mut checked: Vec<Doel> = Vec::with_capacity(list.len());
    for d in list {
        let d = doel(d, werkbladen)?;
        let clash = checked.iter().any(|c| {
            c.id == d.id
                || c.indicatoren
                    .iter()
                    .any(|i| d.indicatoren.iter().any(|j| j.id == i.id))
        });
        if clash {
            return Err(DomainError::DuplicateId);
        }
        checked.push(d);
    }
    Ok(checked)
}

/// Checks one doel with its indicatoren (see [`doelen_of`]).
pub fn doel(d: &Doel, werkbladen: &[Werkblad]) -> Result<Doel, DomainError> {
    let Doel {
        id: doel_id,
        text,
        bron,
        indicatoren: given,
        created_ms,
        updated_ms,
    } = d;
    id(doel_id)?;
    let text = doel_text(text)?;
    let bron = match bron {
        Some(Bron { werkblad: wb, key }) => {
            id(wb)?;
            Key::parse(key).ok_or(DomainError::BadAnswer)?;
            if !werkbladen.iter().any(|w| w.id == *wb) {
                return Err(DomainError::NotFound);
            }
            Some(Bron {
                werkblad: wb.clone(),
                key: key.clone(),
            })
        }
        None => None,
    };
    if given.len() > MAX_INDICATOREN {
        return Err(DomainError::TooManyIndicatoren {
            max: MAX_INDICATOREN,
        });
    }
    let mut indicatoren: Vec<Indicator> = Vec::with_capacity(given.len());
    for i in given {
        let i = indicator(i)?;
        if indicatoren.iter().any(|c| c.id == i.id) {
            return Err(DomainError::DuplicateId);
        }
        indicatoren.push(i);
    }
    Ok(Doel {
        id: doel_id.clone(),
        text,
        bron,
        indicatoren,
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}
