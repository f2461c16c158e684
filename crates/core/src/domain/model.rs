//! The data a group keeps: samenwerkingen with their partners.
//!
//! Plain data only: no signals, no browser types. Every change goes through
//! [`crate::domain::Command`] so it can be validated and tested on the host.

use serde::{Deserialize, Serialize};

use super::wire::{named_enum, objects};

use super::bijeenkomst::{Actie, ActieStatus, Bijeenkomst, Status};
use super::monitoring::{Doel, Indicator, LeerlogEntry};
use super::scan::Scan;
use super::werkblad::Werkblad;

/// Milliseconds since the Unix epoch, passed in by the caller (never read from a clock here).
pub type Millis = u64;

named_enum! {
    /// The three routes of chapter 3.1 of *Lokaal Samenwerken*.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Route {
        AlDoendeLeren = "al-doende-leren",
        FlexibelMeebewegen = "flexibel-meebewegen",
        SamenOptrekken = "samen-optrekken",
    }
}

named_enum! {
    /// What kind of party a partner is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum PartnerKind {
        /// Professional organisation (zorg, welzijn, gemeente …).
        Formeel = "formeel",
        /// Volunteer organisation or residents' initiative.
        Informeel = "informeel",
        /// An older resident taking part in their own right.
        InwonerOudere = "inwoner-oudere",
    }
}

named_enum! {
    /// Where a partner stands in the collaboration (publication 3.2.6 and 4.5.1).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Ring {
        Kerngroep = "kerngroep",
        ComplementaireRing = "complementaire-ring",
        VrijeRuimte = "vrije-ruimte",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Partner {
    pub id: String,
    /// Name of the person (may be empty when only the organisation is known).
    #[serde(default)]
    pub name: String,
    /// Organisation (may be empty for an individual resident).
    #[serde(default)]
    pub organisation: String,
    pub kind: PartnerKind,
    pub ring: Ring,
    /// When the partner joined the samenwerking (YYYY-MM-DD), if known; empty otherwise
    /// (file version 6 and later).
    #[serde(default)]
    pub joined: String,
    /// When the partner left (YYYY-MM-DD), if they did; empty otherwise (file version 6 and later).
    #[serde(default)]
    pub left: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Samenwerking {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub opgave: String,
    #[serde(default)]
    pub route: Option<Route>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Meetings (file version 2 and later).
    #[serde(default)]
    pub bijeenkomsten: Vec<Bijeenkomst>,
    /// Actions agreed in meetings; open ones carry over (file version 2 and later).
    #[serde(default)]
    pub acties: Vec<Actie>,
    /// Ingrediëntenscans (file version 3 and later).
    #[serde(default)]
    pub scans: Vec<Scan>,
    /// Werkbladen (file version 4 and later).
    #[serde(default)]
    pub werkbladen: Vec<Werkblad>,
    /// Doelen with their indicatoren and metingen (file version 6 and later).
    #[serde(default)]
    pub doelen: Vec<Doel>,
    /// The leerlog (file version 6 and later).
    #[serde(default)]
    pub leerlog: Vec<LeerlogEntry>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

impl Partner {
    /// "Anna de Vries (Welzijn Dorpsstad)", or whichever of the two is known.
    pub fn label(&self) -> String {
        match (self.name.is_empty(), self.organisation.is_empty()) {
            (false, false) => format!("{} ({})", self.name, self.organisation),
            (false, true) => self.name.clone(),
            _ => self.organisation.clone(),
        }
    }
}

impl Samenwerking {
    pub fn new(id: String, name: String, now: Millis) -> Self {
        Samenwerking {
            id,
            name,
            opgave: String::new(),
            route: None,
            partners: Vec::new(),
            bijeenkomsten: Vec::new(),
            acties: Vec::new(),
            scans: Vec::new(),
            werkbladen: Vec::new(),
            doelen: Vec::new(),
            leerlog: Vec::new(),
            created_ms: now,
            updated_ms: now,
        }
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    pub fn werkblad(&self, id: &str) -> Option<&Werkblad> {
        self.werkbladen.iter().find(|w| w.id == id)
    }

    pub fn doel(&self, id: &str) -> Option<&Doel> {
        self.doelen.iter().find(|d| d.id == id)
    }

    /// An indicator of any doel, with the doel it belongs to.
    pub fn indicator(&self, id: &str) -> Option<(&Doel, &Indicator)> {
        self.doelen
            .iter()
            .find_map(|d| d.indicator(id).map(|i| (d, i)))
    }

    pub fn leerlog_entry(&self, id: &str) -> Option<&LeerlogEntry> {
        self.leerlog.iter().find(|e| e.id == id)
    }

    pub fn bijeenkomst(&self, id: &str) -> Option<&Bijeenkomst> {
        self.bijeenkomsten.iter().find(|b| b.id == id)
    }

    pub(crate) fn bijeenkomst_mut(&mut self, id: &str) -> Option<&mut Bijeenkomst> {
        self.bijeenkomsten.iter_mut().find(|b| b.id == id)
    }

    /// Actions not yet done, in the order they were agreed: reviewed at the next meeting.
    pub fn open_acties(&self) -> Vec<&Actie> {
        self.acties
            .iter()
            .filter(|a| a.status != ActieStatus::Klaar)
            .collect()
    }

    pub fn scan(&self, id: &str) -> Option<&Scan> {
        self.scans.iter().find(|s| s.id == id)
    }

    pub(crate) fn scan_mut(&mut self, id: &str) -> Option<&mut Scan> {
        self.scans.iter_mut().find(|s| s.id == id)
    }

    /// The meeting that gets a scan's agenda suggestion ([`crate::domain::Command::AgendaFromScan`]):
    /// the first planned one in [`super::bijeenkomst::chronological`] order (by date, undated ones
    /// last, then by creation). `None` when no meeting is planned: then a new one is planned.
    pub fn next_planned(&self) -> Option<&Bijeenkomst> {
        super::bijeenkomst::chronological(&self.bijeenkomsten)
            .into_iter()
            .find(|b| b.status == Status::Gepland)
    }

    /// The meeting held before `bijeenkomst` (by date, then creation), if any was started.
    pub fn previous_meeting(&self, bijeenkomst: &str) -> Option<&Bijeenkomst> {
        let list = super::bijeenkomst::chronological(&self.bijeenkomsten);
        let at = list.iter().position(|b| b.id == bijeenkomst)?;
        list[..at]
            .iter()
            .rev()
            .find(|b| b.status != Status::Gepland)
            .copied()
    }

    /// Ingrediënten whose checkvragen were still open (not all "ja") at the previous meeting:
    /// suggested for the agenda of `bijeenkomst`.
    pub fn suggested_ingredients(&self, bijeenkomst: &str) -> Vec<String> {
        self.previous_meeting(bijeenkomst)
            .map(|b| {
                b.agenda
                    .iter()
                    .filter(|i| i.checks.open())
                    .map(|i| i.ingredient.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The labels of the partner organisations (for BARB's achterban-bladen): each distinct
    /// organisation once, and a partner without organisation under their own name.
    pub fn achterban_groups(&self) -> Vec<String> {
        let mut groups: Vec<String> = Vec::new();
        for p in &self.partners {
            let label = if p.organisation.is_empty() {
                p.name.clone()
            } else {
                p.organisation.clone()
            };
            if !label.is_empty() && !groups.contains(&label) {
                groups.push(label);
            }
        }
        groups
    }
}

/// Everything kept on this device: several samenwerkingen side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Workspace {
    pub samenwerkingen: Vec<Samenwerking>,
}

impl Workspace {
    pub fn get(&self, id: &str) -> Option<&Samenwerking> {
        self.samenwerkingen.iter().find(|s| s.id == id)
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut Samenwerking> {
        self.samenwerkingen.iter_mut().find(|s| s.id == id)
    }

    /// Samenwerkingen, most recently changed first (for the overview).
    pub fn recent_first(&self) -> Vec<&Samenwerking> {
        let mut list: Vec<&Samenwerking> = self.samenwerkingen.iter().collect();
        list.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.name.cmp(&b.name))
        });
        list
    }
}

impl Samenwerking {
    /// The samenwerking as a participant gets it to fill in `scan` on their own device: that
    /// scan only, without anybody's answers (hidden answers never travel to participants), so
    /// the answer file they make fits the facilitator's scan. `None` when there is no such scan.
    pub fn participant_copy(&self, scan: &str) -> Option<Samenwerking> {
        let mut only = self.scans.iter().find(|s| s.id == scan)?.clone();
        only.responses.clear();
        only.paper = Default::default();
        only.revealed = false;
        // Werkbladen stay with the facilitator: they can hold per-partner judgements.
        // So do the doelen and the leerlog (which links to werkbladen).
        let mut copy = Samenwerking {
            scans: Vec::new(),
            werkbladen: Vec::new(),
            doelen: Vec::new(),
            leerlog: Vec::new(),
            ..self.clone()
        };
        for b in &mut copy.bijeenkomsten {
            if b.scan.as_deref() != Some(scan) {
                b.scan = None;
            }
        }
        copy.scans.push(only);
        Some(copy)
    }
}

// serde's `Serialize` and `Deserialize` for the structs above: read from JSON objects only
// (see `wire`).
objects!(Partner, Samenwerking, Workspace);
