//! The data a group keeps: samenwerkingen with their partners.
//!
//! Plain data only: no signals, no browser types. Every change goes through
//! [`crate::domain::Command`] so it can be validated and tested on the host.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, passed in by the caller (never read from a clock here).
pub type Millis = u64;

/// The three routes of chapter 3.1 of *Lokaal Samenwerken*.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    AlDoendeLeren,
    FlexibelMeebewegen,
    SamenOptrekken,
}

impl Route {
    pub const ALL: [Route; 3] = [
        Route::AlDoendeLeren,
        Route::FlexibelMeebewegen,
        Route::SamenOptrekken,
    ];

    /// The id used in files and in the content data.
    pub fn id(self) -> &'static str {
        match self {
            Route::AlDoendeLeren => "al-doende-leren",
            Route::FlexibelMeebewegen => "flexibel-meebewegen",
            Route::SamenOptrekken => "samen-optrekken",
        }
    }

    pub fn from_id(id: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// What kind of party a partner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerKind {
    /// Professional organisation (zorg, welzijn, gemeente …).
    Formeel,
    /// Volunteer organisation or residents' initiative.
    Informeel,
    /// An older resident taking part in their own right.
    InwonerOudere,
}

impl PartnerKind {
    pub const ALL: [PartnerKind; 3] = [
        PartnerKind::Formeel,
        PartnerKind::Informeel,
        PartnerKind::InwonerOudere,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PartnerKind::Formeel => "formeel",
            PartnerKind::Informeel => "informeel",
            PartnerKind::InwonerOudere => "inwoner-oudere",
        }
    }

    pub fn from_id(id: &str) -> Option<PartnerKind> {
        PartnerKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Where a partner stands in the collaboration (publication 3.2.6 and 4.5.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ring {
    Kerngroep,
    ComplementaireRing,
    VrijeRuimte,
}

impl Ring {
    pub const ALL: [Ring; 3] = [Ring::Kerngroep, Ring::ComplementaireRing, Ring::VrijeRuimte];

    pub fn id(self) -> &'static str {
        match self {
            Ring::Kerngroep => "kerngroep",
            Ring::ComplementaireRing => "complementaire-ring",
            Ring::VrijeRuimte => "vrije-ruimte",
        }
    }

    pub fn from_id(id: &str) -> Option<Ring> {
        Ring::ALL.into_iter().find(|r| r.id() == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Samenwerking {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub opgave: String,
    #[serde(default)]
    pub route: Option<Route>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

impl Samenwerking {
    pub fn new(id: String, name: String, now: Millis) -> Self {
        Samenwerking {
            id,
            name,
            opgave: String::new(),
            route: None,
            partners: Vec::new(),
            created_ms: now,
            updated_ms: now,
        }
    }

    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }
}

/// Everything kept on this device: several samenwerkingen side by side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
