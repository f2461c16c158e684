//! Monitoren en leren: [`MonitoringChange`] beside its handler.

use crate::domain::model::{Millis, Samenwerking, Workspace};
use crate::domain::monitoring::{
    Bron, Doel, Indicator, LeerlogEntry, Meting, MAX_DOELEN, MAX_INDICATOREN, MAX_LEERLOG,
    MAX_METINGEN,
};
use crate::domain::validate::{self, DomainError};

/// Changes to the doelen, indicatoren, metingen and leerlog of a samenwerking. Indicator ids
/// are unique within the samenwerking, so a meting is addressed by its indicator alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MonitoringChange {
    /// A new doel; `bron` when its text was taken from a Visievierluik answer.
    CreateDoel {
        id: String,
        text: String,
        bron: Option<Bron>,
    },
    /// Changes a doel's text (its source stays).
    UpdateDoel {
        doel: String,
        text: String,
    },
    /// Deletes the doel with its indicatoren and metingen; leerlog entries that linked one of
    /// its indicatoren stay, without the link.
    DeleteDoel {
        doel: String,
    },
    /// Adds an indicator to a doel (its `metingen` must be empty: they are added one by one).
    AddIndicator {
        doel: String,
        indicator: Indicator,
    },
    /// Changes an indicator's fields; its metingen stay (and must fit a changed scale).
    UpdateIndicator {
        indicator: Indicator,
    },
    /// Deletes the indicator with its metingen; leerlog links to it are cleared.
    DeleteIndicator {
        indicator: String,
    },
    AddMeting {
        indicator: String,
        meting: Meting,
    },
    UpdateMeting {
        indicator: String,
        meting: Meting,
    },
    DeleteMeting {
        indicator: String,
        meting: String,
    },
    /// A new leerlog entry (its `created_ms` and `updated_ms` become now).
    AddLeerlog {
        entry: LeerlogEntry,
    },
    /// Changes a leerlog entry (its `created_ms` stays).
    UpdateLeerlog {
        entry: LeerlogEntry,
    },
    DeleteLeerlog {
        entry: String,
    },
}

/// [`super::Command::Monitoring`].
pub(super) fn apply_monitoring(
    ws: &mut Workspace,
    samenwerking: String,
    change: MonitoringChange,
    now: Millis,
) -> Result<(), DomainError> {
    let s = ws.get_mut(&samenwerking).ok_or(DomainError::NotFound)?;
    if change_monitoring(s, change, now)? {
        s.updated_ms = now;
    }
    Ok(())
}

/// The doel holding indicator `id`, mutably.
fn doel_of_indicator<'a>(s: &'a mut Samenwerking, id: &str) -> Option<&'a mut Doel> {
    s.doelen
        .iter_mut()
        .find(|d| d.indicatoren.iter().any(|i| i.id == id))
}

/// The indicator with this id, and the change time of its doel (which a change to it updates).
fn indicator_mut<'a>(
    s: &'a mut Samenwerking,
    id: &str,
) -> Result<(&'a mut Indicator, &'a mut Millis), DomainError> {
    let Doel {
        indicatoren,
        updated_ms,
        ..
    } = doel_of_indicator(s, id).ok_or(DomainError::NotFound)?;
    let indicator = indicatoren
        .iter_mut()
        .find(|i| i.id == id)
        .ok_or(DomainError::NotFound)?;
    Ok((indicator, updated_ms))
}

/// Checks the links of a leerlog entry against the samenwerking.
fn links_exist(s: &Samenwerking, e: &LeerlogEntry) -> Result<(), DomainError> {
    let ok = e.werkblad.as_ref().is_none_or(|w| s.werkblad(w).is_some())
        && e.bijeenkomst
            .as_ref()
            .is_none_or(|b| s.bijeenkomst(b).is_some())
        && e.indicator
            .as_ref()
            .is_none_or(|i| s.indicator(i).is_some());
    if ok {
        Ok(())
    } else {
        Err(DomainError::NotFound)
    }
}

/// Applies a change; validates before it mutates, so on error nothing changed. Returns whether
/// anything changed.
fn change_monitoring(
    s: &mut Samenwerking,
    change: MonitoringChange,
    now: Millis,
) -> Result<bool, DomainError> {
    use MonitoringChange as C;
    match change {
        C::CreateDoel { id, text, bron } => {
            if s.doelen.len() >= MAX_DOELEN {
                return Err(DomainError::TooManyDoelen { max: MAX_DOELEN });
            }
            if s.doel(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            let doel = validate::doel(&Doel::new(id, text, bron, now), &s.werkbladen)?;
            s.doelen.push(doel);
            Ok(true)
        }
        C::UpdateDoel { doel, text } => {
            let text = validate::doel_text(&text)?;
            let d = s
                .doelen
                .iter_mut()
                .find(|d| d.id == doel)
                .ok_or(DomainError::NotFound)?;
            if d.text == text {
                return Ok(false);
            }
            d.text = text;
            d.updated_ms = now;
            Ok(true)
        }
        C::DeleteDoel { doel } => {
            let at = s
                .doelen
                .iter()
                .position(|d| d.id == doel)
                .ok_or(DomainError::NotFound)?;
            let gone = s.doelen.remove(at);
            for e in &mut s.leerlog {
                if e.indicator
                    .as_ref()
                    .is_some_and(|i| gone.indicator(i).is_some())
                {
                    e.indicator = None;
                }
            }
            Ok(true)
        }
        C::AddIndicator { doel, indicator } => {
            if !indicator.metingen.is_empty() {
                return Err(DomainError::BadValue);
            }
            let indicator = validate::indicator(&indicator)?;
            if s.indicator(&indicator.id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            let d = s
                .doelen
                .iter_mut()
                .find(|d| d.id == doel)
                .ok_or(DomainError::NotFound)?;
            if d.indicatoren.len() >= MAX_INDICATOREN {
                return Err(DomainError::TooManyIndicatoren {
                    max: MAX_INDICATOREN,
                });
            }
            d.indicatoren.push(indicator);
            d.updated_ms = now;
            Ok(true)
        }
        C::UpdateIndicator { indicator } => {
            let (slot, changed) = indicator_mut(s, &indicator.id)?;
            let new = validate::indicator(&Indicator {
                metingen: slot.metingen.clone(),
                ..indicator
            })?;
            if *slot == new {
                return Ok(false);
            }
            *slot = new;
            *changed = now;
            Ok(true)
        }
        C::DeleteIndicator { indicator } => {
            let d = doel_of_indicator(s, &indicator).ok_or(DomainError::NotFound)?;
            d.indicatoren.retain(|i| i.id != indicator);
            d.updated_ms = now;
            for e in &mut s.leerlog {
                if e.indicator.as_deref() == Some(indicator.as_str()) {
                    e.indicator = None;
                }
            }
            Ok(true)
        }
        C::AddMeting { indicator, meting } => {
            let (slot, changed) = indicator_mut(s, &indicator)?;
            let meting = validate::meting(&meting, slot.scale)?;
            if slot.meting(&meting.id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if slot.metingen.len() >= MAX_METINGEN {
                return Err(DomainError::TooManyMetingen { max: MAX_METINGEN });
            }
            slot.metingen.push(meting);
            *changed = now;
            Ok(true)
        }
        C::UpdateMeting { indicator, meting } => {
            let (slot, changed) = indicator_mut(s, &indicator)?;
            let meting = validate::meting(&meting, slot.scale)?;
            let m = slot
                .metingen
                .iter_mut()
                .find(|m| m.id == meting.id)
                .ok_or(DomainError::NotFound)?;
            if *m == meting {
                return Ok(false);
            }
            *m = meting;
            *changed = now;
            Ok(true)
        }
        C::DeleteMeting { indicator, meting } => {
            let (slot, changed) = indicator_mut(s, &indicator)?;
            let before = slot.metingen.len();
            slot.metingen.retain(|m| m.id != meting);
            if slot.metingen.len() == before {
                return Err(DomainError::NotFound);
            }
            *changed = now;
            Ok(true)
        }
        C::AddLeerlog { entry } => {
            let entry = validate::leerlog_entry(&LeerlogEntry {
                created_ms: now,
                updated_ms: now,
                ..entry
            })?;
            links_exist(s, &entry)?;
            if s.leerlog_entry(&entry.id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if s.leerlog.len() >= MAX_LEERLOG {
                return Err(DomainError::TooManyLeerlog { max: MAX_LEERLOG });
            }
            s.leerlog.push(entry);
            Ok(true)
        }
        C::UpdateLeerlog { entry } => {
            let old = s.leerlog_entry(&entry.id).ok_or(DomainError::NotFound)?;
            let mut entry = validate::leerlog_entry(&LeerlogEntry {
                created_ms: old.created_ms,
                updated_ms: old.updated_ms,
                ..entry
            })?;
            links_exist(s, &entry)?;
            if *old == entry {
                return Ok(false);
            }
            entry.updated_ms = now;
            if let Some(slot) = s.leerlog.iter_mut().find(|e| e.id == entry.id) {
                *slot = entry;
            }
            Ok(true)
        }
        C::DeleteLeerlog { entry } => {
            let before = s.leerlog.len();
            s.leerlog.retain(|e| e.id != entry);
            if s.leerlog.len() == before {
                return Err(DomainError::NotFound);
            }
            Ok(true)
        }
    }
}

impl MonitoringChange {
    /// The field a typing change writes, for merging keystrokes into one undo step.
    pub(crate) fn field(&self) -> Option<String> {
        use MonitoringChange as C;
        match self {
            C::UpdateDoel { doel, .. } => Some(format!("doel:{doel}")),
            C::UpdateIndicator { indicator } => Some(format!("indicator:{}", indicator.id)),
            C::UpdateMeting { meting, .. } => Some(format!("meting:{}", meting.id)),
            C::UpdateLeerlog { entry } => Some(format!("leerlog:{}", entry.id)),
            _ => None,
        }
    }
}
