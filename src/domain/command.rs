//! Every change to the workspace is a [`Command`], applied with [`Workspace::apply`].
//! Time and ids come in from outside, so the result is deterministic.

use super::model::{Millis, Partner, PartnerKind, Ring, Route, Samenwerking, Workspace};
use super::validate::{self, DomainError, Field, MAX_OPGAVE_CHARS, MAX_PARTNERS};

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
                        incoming.id = new_id;
                        incoming.name = validate::line(Field::Name, &new_name, true)?;
                        incoming.updated_ms = now;
                        self.samenwerkingen.push(incoming);
                    }
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
