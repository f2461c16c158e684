//! Editing besluiten and acties in place: [`super::BijeenkomstChange::EditBesluit`],
//! [`super::ActieChange::Edit`] and [`super::ActieChange::SetStatus`]. Each is one undo step
//! (no typing is merged: the UI sends an edit once, when it is saved), validates before it
//! changes anything and reports whether anything changed.

use crate::domain::bijeenkomst::{Actie, ActieStatus, Besluit, Bijeenkomst};
use crate::domain::model::Samenwerking;
use crate::domain::validate::{self, DomainError};

/// What an edit of an actie may change: everything but its id and the meeting it was agreed
/// in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActieEdit {
    pub id: String,
    pub wat: String,
    pub wie: String,
    pub wanneer: String,
    pub ingredient: Option<String>,
    pub status: ActieStatus,
}

impl ActieEdit {
    /// The edit that leaves `actie` as it is (the starting point of a form).
    pub fn of(actie: &Actie) -> Self {
        ActieEdit {
            id: actie.id.clone(),
            wat: actie.wat.clone(),
            wie: actie.wie.clone(),
            wanneer: actie.wanneer.clone(),
            ingredient: actie.ingredient.clone(),
            status: actie.status,
        }
    }
}

/// The text of besluit `id` becomes `text` (trimmed, not empty); its ingrediënt stays.
pub(super) fn edit_besluit(
    b: &mut Bijeenkomst,
    id: String,
    text: String,
) -> Result<bool, DomainError> {
    let slot = b
        .besluiten
        .iter_mut()
        .find(|x| x.id == id)
        .ok_or(DomainError::NotFound)?;
    let edited = validate::besluit(&Besluit {
        text,
        ..slot.clone()
    })?;
    if *slot == edited {
        return Ok(false);
    }
    *slot = edited;
    Ok(true)
}

/// Applies an [`ActieEdit`] to the actie with its id.
pub(super) fn edit_actie(s: &mut Samenwerking, edit: ActieEdit) -> Result<bool, DomainError> {
    let ActieEdit {
        id,
        wat,
        wie,
        wanneer,
        ingredient,
        status,
    } = edit;
    let slot = s
        .acties
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or(DomainError::NotFound)?;
    let edited = validate::actie(&Actie {
        id,
        wat,
        wie,
        wanneer,
        status,
        ingredient,
        bijeenkomst: slot.bijeenkomst.clone(),
    })?;
    if *slot == edited {
        return Ok(false);
    }
    *slot = edited;
    Ok(true)
}

/// Only the status of actie `id` (the select in the actie table).
pub(super) fn set_status(
    s: &mut Samenwerking,
    id: &str,
    status: ActieStatus,
) -> Result<bool, DomainError> {
    let slot = s
        .acties
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or(DomainError::NotFound)?;
    if slot.status == status {
        return Ok(false);
    }
    slot.status = status;
    Ok(true)
}
