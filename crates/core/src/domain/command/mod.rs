//! Every change to the workspace is a [`Command`], applied with [`Workspace::apply`].
//! Time and ids come in from outside, so the result is deterministic.
//!
//! This file holds the commands on samenwerkingen themselves (create, rename, partners, delete,
//! import); the changes inside one, each enum beside its handler, are in `bijeenkomst` (bijeenkomsten
//! and acties), `scan` (Ingrediëntenscans), `werkblad` (werkbladen) and `monitoring` (doelen,
//! indicatoren, metingen, leerlog).

mod besluit;
mod bijeenkomst;
mod monitoring;
mod scan;
mod werkblad;

pub use besluit::ActieEdit;
pub use bijeenkomst::{ActieChange, BijeenkomstChange};
pub use monitoring::MonitoringChange;
pub use scan::ScanChange;
pub use werkblad::WerkbladChange;

use super::bijeenkomst::Vorm;
use super::model::{Millis, Partner, PartnerKind, Ring, Route, Samenwerking, Workspace};
use super::validate::{self, DomainError, Field, MAX_OPGAVE_CHARS, MAX_PARTNERS};
use super::voorbeeld;

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
    /// Plans a new bijeenkomst as [`Command::PlanBijeenkomst`] does, following the meeting
    /// programme `programma` of the werkbladen content ([`werkblad::programma`], e.g. the
    /// workshop's `startbijeenkomst`): the meeting keeps the programme's steps, and every step
    /// with a worksheet gets a new werkblad of that template (ids from `werkbladen`, one per
    /// such step in order; titled as the template), linked to the meeting so its verslag
    /// includes it. Refused with [`DomainError::NotFound`] for an unknown programme, and
    /// [`DomainError::BadId`] when the number of ids does not fit; nothing changes on error.
    ///
    /// [`werkblad::programma`]: super::werkblad::programma
    PlanFromProgramma {
        samenwerking: String,
        id: String,
        vorm: Vorm,
        date: String,
        programma: String,
        werkbladen: Vec<String>,
    },
    DeleteBijeenkomst {
        samenwerking: String,
        bijeenkomst: String,
    },
    /// A change inside one bijeenkomst.
    Bijeenkomst {
        samenwerking: String,
        bijeenkomst: String,
        change: BijeenkomstChange,
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
    /// agenda as with [`BijeenkomstChange::SetAgenda`] (what is there stays) and the meeting's
    /// `scan` becomes this scan. Without a planned meeting, a new BOB meeting with id
    /// `bijeenkomst`, no date and every partner attending is planned with that agenda.
    /// Refused with [`DomainError::NothingToSuggest`] while the scan has no scores.
    ///
    /// [`Scan::agenda_suggestion`]: crate::domain::scan::Scan::agenda_suggestion
    AgendaFromScan {
        samenwerking: String,
        scan: String,
        /// The id for a new meeting, used only when none is planned (but always checked to be
        /// a valid id).
        bijeenkomst: String,
        count: usize,
    },
    /// Puts these ingrediënten (De stand's "aandacht nodig", [`crate::domain::stand`]) on the
    /// next planned meeting, the same hand-off as [`Command::AgendaFromScan`] (what is on the
    /// agenda stays; without a planned meeting a new BOB meeting with id `bijeenkomst`, no date
    /// and every partner attending is planned), without linking a scan. Refused with
    /// [`DomainError::NothingForAgenda`] for an empty list and [`DomainError::UnknownIngredient`]
    /// for an id the Gespreksmodel does not have; then nothing changes.
    AgendaFromStand {
        samenwerking: String,
        ingredienten: Vec<String>,
        /// The id for a new meeting, used only when none is planned (but always checked).
        bijeenkomst: String,
    },
    /// A change to one of the samenwerking's werkbladen (or a new one).
    Werkblad {
        samenwerking: String,
        change: WerkbladChange,
    },
    /// Adds the example samenwerking from its data (`content/voorbeeld.nl.json`, read by
    /// [`voorbeeld::parse`]), checked and moved to `now` by [`voorbeeld::place`], under its
    /// reserved id [`voorbeeld::ID`]. Refused with [`DomainError::DuplicateId`] while it is
    /// here: there is never more than one (the UI opens the one that is there).
    CreateVoorbeeld {
        data: Box<Samenwerking>,
    },
    /// A change to the samenwerking's doelen, indicatoren, metingen or leerlog.
    Monitoring {
        samenwerking: String,
        change: MonitoringChange,
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
                // The example's id is reserved: no file becomes the example (see `voorbeeld`).
                let lands_on = match &mode {
                    ImportMode::KeepBoth { new_id, .. } => new_id,
                    _ => &samenwerking.id,
                };
                if voorbeeld::is_voorbeeld(lands_on) {
                    return Err(DomainError::BadId);
                }
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
            } => bijeenkomst::plan_bijeenkomst(self, samenwerking, id, vorm, date, now)?,
            Command::PlanFromProgramma {
                samenwerking,
                id,
                vorm,
                date,
                programma,
                werkbladen,
            } => bijeenkomst::plan_from_programma(
                self,
                bijeenkomst::Plan {
                    samenwerking,
                    id,
                    vorm,
                    date,
                },
                &programma,
                werkbladen,
                now,
            )?,
            Command::DeleteBijeenkomst {
                samenwerking,
                bijeenkomst,
            } => bijeenkomst::delete_bijeenkomst(self, samenwerking, bijeenkomst, now)?,
            Command::Bijeenkomst {
                samenwerking,
                bijeenkomst,
                change,
            } => bijeenkomst::apply_meeting(self, samenwerking, bijeenkomst, change, now)?,
            Command::Actie {
                samenwerking,
                change,
            } => bijeenkomst::apply_actie(self, samenwerking, change, now)?,
            Command::Scan {
                samenwerking,
                change,
            } => scan::apply_scan(self, samenwerking, change, now)?,
            Command::AgendaFromScan {
                samenwerking,
                scan,
                bijeenkomst,
                count,
            } => scan::apply_agenda_from_scan(self, samenwerking, scan, bijeenkomst, count, now)?,
            Command::AgendaFromStand {
                samenwerking,
                ingredienten,
                bijeenkomst,
            } => scan::apply_agenda_from_stand(self, samenwerking, ingredienten, bijeenkomst, now)?,
            Command::Werkblad {
                samenwerking,
                change,
            } => werkblad::apply_werkblad(self, samenwerking, change, now)?,
            Command::Monitoring {
                samenwerking,
                change,
            } => monitoring::apply_monitoring(self, samenwerking, change, now)?,
            Command::CreateVoorbeeld { data } => {
                if self.get(voorbeeld::ID).is_some() {
                    return Err(DomainError::DuplicateId);
                }
                let example = voorbeeld::place(&data, now)?;
                self.samenwerkingen.push(example);
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
        joined: String::new(),
        left: String::new(),
    }
}

/// A name for the copy kept beside an existing samenwerking ("Naam (kopie)"),
/// shortened so it stays within the name limit.
pub fn copy_name(name: &str, suffix: &str) -> String {
    let room = validate::MAX_NAME_CHARS.saturating_sub(suffix.chars().count() + 3);
    let base: String = name.trim().chars().take(room).collect();
    format!("{} ({})", base.trim_end(), suffix)
}

fn replace(slot: &mut String, value: String) -> bool {
    if *slot == value {
        return false;
    }
    *slot = value;
    true
}
