//! The report as data: [`Rapport`], its [`SectionKind`]s in [`ORDER`] and their content.

use crate::domain::bijeenkomst::{ActieStatus, Status, Vorm};
use crate::domain::monitoring::{Indicator, LeerlogEntry};
use crate::domain::stand;
use crate::domain::{PartnerKind, Ring, Route};

use super::*;

/// The report: for one samenwerking and period, its sections in [`ORDER`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rapport {
    pub samenwerking: String,
    pub periode: Periode,
    /// The day the report was made ("YYYY-MM-DD").
    pub today: String,
    pub sections: Vec<Section>,
}

/// The parts of the report, in the order they appear ([`ORDER`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    Samenvatting,
    Opgave,
    Partners,
    Bijeenkomsten,
    Acties,
    ScanTrend,
    Indicatoren,
    Leerlog,
    Werkbladen,
    Stand,
}

/// The order of the report: the summary first. A new section goes into this list (see the
/// module documentation).
pub const ORDER: [SectionKind; 10] = [
    SectionKind::Samenvatting,
    SectionKind::Opgave,
    SectionKind::Partners,
    SectionKind::Bijeenkomsten,
    SectionKind::Acties,
    SectionKind::ScanTrend,
    SectionKind::Indicatoren,
    SectionKind::Leerlog,
    SectionKind::Werkbladen,
    SectionKind::Stand,
];

/// One section with its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Section {
    Samenvatting(Samenvatting),
    Opgave(Opgave),
    Partners(Vec<PartnerRegel>),
    Bijeenkomsten(Vec<BijeenkomstRegel>),
    Acties(Acties),
    /// `None` when no revealed scan was made in the period.
    ScanTrend(Option<ScanTrend>),
    Indicatoren(Vec<DoelRegel>),
    Leerlog(Vec<LeerlogRegel>),
    Werkbladen(Vec<WerkbladRegel>),
    Stand(StandEinde),
}

impl Section {
    pub fn kind(&self) -> SectionKind {
        match self {
            Section::Samenvatting(_) => SectionKind::Samenvatting,
            Section::Opgave(_) => SectionKind::Opgave,
            Section::Partners(_) => SectionKind::Partners,
            Section::Bijeenkomsten(_) => SectionKind::Bijeenkomsten,
            Section::Acties(_) => SectionKind::Acties,
            Section::ScanTrend(_) => SectionKind::ScanTrend,
            Section::Indicatoren(_) => SectionKind::Indicatoren,
            Section::Leerlog(_) => SectionKind::Leerlog,
            Section::Werkbladen(_) => SectionKind::Werkbladen,
            Section::Stand(_) => SectionKind::Stand,
        }
    }
}

/// The figures up front.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Samenvatting {
    pub bijeenkomsten: usize,
    pub besluiten: usize,
    pub klaar: usize,
    pub open: usize,
    pub te_laat: usize,
    /// Revealed scans made in the period.
    pub scans: usize,
    pub trend: Option<TrendKop>,
    pub werkbladen: usize,
    /// Measurements of indicatoren dated in the period.
    pub metingen: usize,
    /// Leerlog entries of the period.
    pub leerlog: usize,
    /// Ingrediënten that need attention at the end of the period, and that day.
    pub aandacht_nodig: usize,
    pub stand_op: String,
}

/// The scan trend in one line: how many factors went up, down or stayed, from the first scan
/// of the trend (the starting point) to the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendKop {
    pub omhoog: usize,
    pub omlaag: usize,
    pub gelijk: usize,
    pub van: ScanPunt,
    pub naar: ScanPunt,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opgave {
    pub text: String,
    pub route: Option<Route>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRegel {
    pub label: String,
    pub kind: PartnerKind,
    pub ring: Ring,
    /// The day the partner joined, when that lies in the period.
    pub joined_in: Option<String>,
    /// The day the partner left, when that lies in the period.
    pub left_in: Option<String>,
}

/// A doel with its indicatoren as they stood at the end of the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoelRegel {
    pub text: String,
    pub indicatoren: Vec<IndicatorRegel>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorRegel {
    /// The indicator with only its measurements up to the end of the period.
    pub indicator: Indicator,
    /// Its measurements dated in the period.
    pub in_periode: usize,
}

/// A leerlog entry of the period, with the names of what it links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeerlogRegel {
    pub entry: LeerlogEntry,
    /// The day it is dated (its own date, else the day it was written).
    pub date: String,
    pub werkblad: Option<(String, String)>,
    pub bijeenkomst: Option<(String, String)>,
    pub indicator: Option<String>,
}

/// De stand at the end of the period: per ingrediënt (factor name, ingrediënt name, state and
/// reasons), in the model's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandEinde {
    pub op: String,
    pub rows: Vec<(String, String, stand::Oordeel)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BijeenkomstRegel {
    pub id: String,
    pub date: String,
    pub place: String,
    pub vorm: Vorm,
    pub status: Status,
    /// Ingrediënt names, in agenda order.
    pub agenda: Vec<String>,
    /// (besluit, the name of its ingrediënt when it is on the agenda).
    pub besluiten: Vec<(String, Option<String>)>,
}

/// One actie with its status today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RapportActie {
    pub wat: String,
    pub wie: String,
    pub wanneer: String,
    pub status: ActieStatus,
    /// The ingrediënt's name.
    pub ingredient: Option<String>,
    /// The date of the meeting where it was agreed.
    pub bijeenkomst_date: String,
    /// Agreed before the period (carried over, still open when it began).
    pub eerder: bool,
}

/// The acties of the period in three groups, each in the order agreed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Acties {
    /// The day lateness is measured against: the period's end, or today when that is earlier.
    pub tot: String,
    pub te_laat: Vec<RapportActie>,
    pub open: Vec<RapportActie>,
    pub klaar: Vec<RapportActie>,
}

/// A scan of the trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanPunt {
    pub id: String,
    pub title: String,
    /// The day it was made ("YYYY-MM-DD", Dutch time).
    pub date: String,
    /// The last scan before the period: the starting point.
    pub beginpunt: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorTrend {
    pub id: String,
    pub name: String,
    /// The mean in tenths per scan (in the order of [`ScanTrend::scans`]).
    pub means: Vec<Option<u32>>,
    /// The last mean minus the first (both present), in tenths; `None` with fewer than two.
    pub verschil: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanTrend {
    /// Oldest first; the starting point (if any) first of all.
    pub scans: Vec<ScanPunt>,
    /// The five factors in content order.
    pub factors: Vec<FactorTrend>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WerkbladRegel {
    pub id: String,
    pub title: String,
    /// The day it was made.
    pub date: String,
    /// The date of the meeting it belongs to, if any.
    pub bijeenkomst_date: Option<String>,
}
