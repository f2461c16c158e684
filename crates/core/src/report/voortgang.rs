//! The Voortgangsrapportage: what a samenwerking did over a period, as a document a
//! facilitator sends to the municipality that funds it. Pure: the period and today's date are
//! passed in. [`rapport`] builds the content as data ([`Rapport`], its [`Section`]s);
//! [`document`] lays each section out as a few kinds of [`Block`] (headings, text, facts,
//! lists, tables, the trend chart), which the screen (`ui::rapport`, one renderer for every
//! section) and [`voortgang_markdown`] both show, so screen and download say the same.
//!
//! **The report is an ordered list of sections** ([`ORDER`]). A new part of the report (De
//! stand at the end of the period, indicatoren against baseline and target, the leerlog,
//! partners who joined or left) is a [`SectionKind`] in [`ORDER`], a [`Section`] variant with
//! its data, and one arm each in `build_section`, `section_blocks`, [`section_id`] and
//! [`section_heading`]; the compiler finds each place (the matches are exhaustive) and the
//! screen needs nothing new unless the section wants a new kind of block.
//!
//! **The rules.**
//! - The period runs from `from` to `to`, both days included ("YYYY-MM-DD"); `from` after `to`
//!   is refused ([`PeriodeError`]).
//! - A bijeenkomst is *held* in the period when it was started (running or closed, not only
//!   planned) and its date lies in the period. A meeting without a date is in no period.
//! - Acties: every actie agreed in a meeting held in the period, plus every actie from a meeting
//!   held before the period that was still open when the period began. "Still open then" is
//!   the status recorded when the last meeting before the period was closed
//!   ([`crate::domain::bijeenkomst::Bijeenkomst::acties_bij_afronding`]); without such a record,
//!   today's status (an earlier actie that is klaar today and has no record is taken to have
//!   been finished before the period). Acties of later or undated meetings are left out.
//!   Each actie is shown with its status today: *klaar*, *te laat* (not klaar, and its
//!   "wanneer" is a date before the period's end, or before today when the period ends later),
//!   or *open* (open or bezig, not late; also every actie whose "wanneer" is no date).
//! - Scans: only revealed scans (results the group has not seen are never reported), dated by
//!   the day they were made (Dutch time). The trend per factor runs over the scans made in the
//!   period, with the last scan before the period as starting point.
//! - Werkbladen: those made (created) in the period.
//! - Partners: those who were partners at some time in the period (not left before it began,
//!   not joined after it ended, where `joined`/`left` are known); who joined or left in it is
//!   named.
//! - Indicatoren: every doel with its indicatoren, each as it stood at the end of the period
//!   (measurements up to that day: latest value, change from the baseline, progress to the
//!   target, [`crate::domain::monitoring::Indicator::voortgang`]) and how many measurements
//!   fell in the period.
//! - Leerlog: the entries dated in the period (an undated one by the day it was written).
//! - De stand at the end of the period: [`crate::domain::stand`] over what was known on that
//!   day ([`as_of`]: meetings, scans, werkbladen and their acties up to that day), lateness
//!   measured against the end of the period (or today, when that is earlier).

use crate::domain::bijeenkomst::{self, ActieStatus, Bijeenkomst, Status, Vorm};
use crate::domain::content;
use crate::domain::monitoring::{Indicator, LeerlogEntry, Voortgang};
use crate::domain::scan::Scan;
use crate::domain::stand::{self, Toestand};
use crate::domain::{PartnerKind, Ring, Route, Samenwerking};
use crate::i18n::{fill, Texts};

use super::dates::{add_days, dutch_iso_date};
use super::scan::{mean_tenths, tenths_text};
use super::{cell, md};

// ---------------------------------------------------------------------------------------------
// The period
// ---------------------------------------------------------------------------------------------

/// A period of whole days, both ends included: "YYYY-MM-DD" dates, `from` ≤ `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Periode {
    from: String,
    to: String,
}

/// Why a period was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodeError {
    /// The start is not a date.
    From,
    /// The end is not a date.
    To,
    /// The start lies after the end.
    FromAfterTo,
}

/// Whether `date` is a real calendar date as a date field gives it ("2026-02-30" is not).
pub fn is_date(date: &str) -> bool {
    add_days(date, 0).as_deref() == Some(date)
}

impl Periode {
    pub fn new(from: &str, to: &str) -> Result<Periode, PeriodeError> {
        let (from, to) = (from.trim(), to.trim());
        if !is_date(from) {
            return Err(PeriodeError::From);
        }
        if !is_date(to) {
            return Err(PeriodeError::To);
        }
        // Valid "YYYY-MM-DD" dates compare as text in calendar order.
        if from > to {
            return Err(PeriodeError::FromAfterTo);
        }
        Ok(Periode {
            from: from.to_string(),
            to: to.to_string(),
        })
    }

    pub fn from(&self) -> &str {
        &self.from
    }

    pub fn to(&self) -> &str {
        &self.to
    }

    /// Whether a date lies in the period (ends included). Text that is no date never does.
    pub fn contains(&self, date: &str) -> bool {
        is_date(date) && self.from.as_str() <= date && date <= self.to.as_str()
    }

    /// "Dit jaar": 1 January of `today`'s year up to `today`.
    pub fn dit_jaar(today: &str) -> Result<Periode, PeriodeError> {
        Periode::new(&format!("{}-01-01", today.get(..4).unwrap_or("")), today)
    }

    /// "Afgelopen half jaar": the same day six months before `today` (the last day of that
    /// month when it is shorter) up to `today`.
    pub fn afgelopen_half_jaar(today: &str) -> Result<Periode, PeriodeError> {
        if !is_date(today) {
            return Err(PeriodeError::To);
        }
        let y: i32 = today[0..4].parse().map_err(|_| PeriodeError::To)?;
        let m: i32 = today[5..7].parse().map_err(|_| PeriodeError::To)?;
        let d: u32 = today[8..10].parse().map_err(|_| PeriodeError::To)?;
        let (y, m) = if m > 6 { (y, m - 6) } else { (y - 1, m + 6) };
        // The day, or the month's last day (the first date that is valid counting down).
        let from = (28..=d.max(28))
            .rev()
            .map(|day| format!("{y:04}-{m:02}-{:02}", day.min(d)))
            .find(|date| is_date(date))
            .ok_or(PeriodeError::From)?;
        Periode::new(&from, today)
    }

    /// "Sinds de start": from the day the samenwerking was made (or its earliest meeting, when
    /// that is earlier: a group may enter meetings held before it used the app) up to `today`.
    pub fn sinds_de_start(s: &Samenwerking, today: &str) -> Result<Periode, PeriodeError> {
        let made = dutch_iso_date(s.created_ms);
        let first = s
            .bijeenkomsten
            .iter()
            .map(|b| b.date.as_str())
            .filter(|d| is_date(d))
            .chain([made.as_str()])
            .min()
            .unwrap_or(made.as_str())
            .to_string();
        // Never after today (a samenwerking made "today" still has a one-day period).
        let from = if first.as_str() > today {
            today.to_string()
        } else {
            first
        };
        Periode::new(&from, today)
    }
}

// ---------------------------------------------------------------------------------------------
// The report as data
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Building it
// ---------------------------------------------------------------------------------------------

/// The meetings held in the period, by date (then creation).
pub fn held_in<'a>(s: &'a Samenwerking, periode: &Periode) -> Vec<&'a Bijeenkomst> {
    bijeenkomst::chronological(&s.bijeenkomsten)
        .into_iter()
        .filter(|b| b.status != Status::Gepland && periode.contains(&b.date))
        .collect()
}

/// Whether an actie is late: not klaar, and its "wanneer" is a date before the period's end
/// (or before `today`, when the period ends later).
pub fn is_late(status: ActieStatus, wanneer: &str, periode: &Periode, today: &str) -> bool {
    let until = late_until(periode, today);
    status != ActieStatus::Klaar && is_date(wanneer) && wanneer < until
}

/// The day lateness is measured against: the period's end, or `today` when that is earlier.
pub fn late_until<'a>(periode: &'a Periode, today: &'a str) -> &'a str {
    periode.to().min(today)
}

/// The status an actie had when the period began, as far as recorded: the status noted when the
/// last meeting before `from` that lists it was closed; otherwise today's.
fn status_at_start(s: &Samenwerking, actie: &str, from: &str, now: ActieStatus) -> ActieStatus {
    bijeenkomst::chronological(&s.bijeenkomsten)
        .into_iter()
        .rev()
        .filter(|b| is_date(&b.date) && b.date.as_str() < from)
        .find_map(|b| {
            b.acties_bij_afronding
                .as_ref()?
                .iter()
                .find(|x| x.actie == actie)
                .map(|x| x.status)
        })
        .unwrap_or(now)
}

fn acties(s: &Samenwerking, periode: &Periode, today: &str) -> Acties {
    let content = content::current();
    let mut out = Acties {
        tot: late_until(periode, today).to_string(),
        ..Acties::default()
    };
    for a in &s.acties {
        let Some(b) = s.bijeenkomst(&a.bijeenkomst) else {
            continue;
        };
        if b.status == Status::Gepland || !is_date(&b.date) {
            continue;
        }
        let eerder = b.date.as_str() < periode.from();
        let include = if eerder {
            status_at_start(s, &a.id, periode.from(), a.status) != ActieStatus::Klaar
        } else {
            b.date.as_str() <= periode.to()
        };
        if !include {
            continue;
        }
        let regel = RapportActie {
            wat: a.wat.clone(),
            wie: a.wie.clone(),
            wanneer: a.wanneer.clone(),
            status: a.status,
            ingredient: a
                .ingredient
                .as_deref()
                .map(|i| content.ingredient_name(i).to_string()),
            bijeenkomst_date: b.date.clone(),
            eerder,
        };
        if a.status == ActieStatus::Klaar {
            out.klaar.push(regel);
        } else if is_late(a.status, &a.wanneer, periode, today) {
            out.te_laat.push(regel);
        } else {
            out.open.push(regel);
        }
    }
    out
}

fn scan_punt(scan: &Scan, beginpunt: bool) -> ScanPunt {
    ScanPunt {
        id: scan.id.clone(),
        title: scan.title.clone(),
        date: dutch_iso_date(scan.created_ms),
        beginpunt,
    }
}

/// The trend per factor over the revealed scans of the period, from the last one before it.
pub fn scan_trend(s: &Samenwerking, periode: &Periode) -> Option<ScanTrend> {
    let mut revealed: Vec<&Scan> = s.scans.iter().filter(|x| x.revealed).collect();
    revealed.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
    let in_period: Vec<&Scan> = revealed
        .iter()
        .copied()
        .filter(|x| periode.contains(&dutch_iso_date(x.created_ms)))
        .collect();
    if in_period.is_empty() {
        return None;
    }
    let before = revealed
        .iter()
        .copied()
        .rfind(|x| dutch_iso_date(x.created_ms).as_str() < periode.from());
    let scans: Vec<(&Scan, bool)> = before
        .map(|x| (x, true))
        .into_iter()
        .chain(in_period.into_iter().map(|x| (x, false)))
        .collect();
    let per_scan: Vec<Vec<Option<u32>>> = scans
        .iter()
        .map(|(x, _)| {
            x.factor_stats()
                .iter()
                .map(|(_, st)| mean_tenths(&st.counts))
                .collect()
        })
        .collect();
    let factors = content::current()
        .factors
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let means: Vec<Option<u32>> = per_scan.iter().map(|m| m[k]).collect();
            let present: Vec<u32> = means.iter().flatten().copied().collect();
            let verschil = match present.as_slice() {
                [first, .., last] => Some(*last as i32 - *first as i32),
                _ => None,
            };
            FactorTrend {
                id: f.id.clone(),
                name: f.name.clone(),
                means,
                verschil,
            }
        })
        .collect();
    Some(ScanTrend {
        scans: scans.iter().map(|(x, b)| scan_punt(x, *b)).collect(),
        factors,
    })
}

fn trend_kop(trend: &ScanTrend) -> Option<TrendKop> {
    if trend.scans.len() < 2 {
        return None;
    }
    let changes: Vec<i32> = trend.factors.iter().filter_map(|f| f.verschil).collect();
    if changes.is_empty() {
        return None;
    }
    Some(TrendKop {
        omhoog: changes.iter().filter(|c| **c > 0).count(),
        omlaag: changes.iter().filter(|c| **c < 0).count(),
        gelijk: changes.iter().filter(|c| **c == 0).count(),
        van: trend.scans[0].clone(),
        naar: trend.scans[trend.scans.len() - 1].clone(),
    })
}

fn werkbladen(s: &Samenwerking, periode: &Periode) -> Vec<WerkbladRegel> {
    let mut list: Vec<_> = s
        .werkbladen
        .iter()
        .filter(|w| periode.contains(&dutch_iso_date(w.created_ms)))
        .collect();
    list.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
    list.into_iter()
        .map(|w| WerkbladRegel {
            id: w.id.clone(),
            title: w.shown_title(),
            date: dutch_iso_date(w.created_ms),
            bijeenkomst_date: w
                .bijeenkomst
                .as_deref()
                .and_then(|id| s.bijeenkomst(id))
                .map(|b| b.date.clone())
                .filter(|d| !d.is_empty()),
        })
        .collect()
}

fn partners(s: &Samenwerking, periode: &Periode) -> Vec<PartnerRegel> {
    let known = |d: &str| is_date(d).then(|| d.to_string());
    Ring::ALL
        .iter()
        .flat_map(|ring| s.partners.iter().filter(move |p| p.ring == *ring))
        // Not yet a partner at the end, or gone before the start: not a partner of the period.
        .filter(|p| !(is_date(&p.joined) && p.joined.as_str() > periode.to()))
        .filter(|p| !(is_date(&p.left) && p.left.as_str() < periode.from()))
        .map(|p| PartnerRegel {
            label: p.label(),
            kind: p.kind,
            ring: p.ring,
            joined_in: known(&p.joined).filter(|d| periode.contains(d)),
            left_in: known(&p.left).filter(|d| periode.contains(d)),
        })
        .collect()
}

fn indicatoren(s: &Samenwerking, periode: &Periode) -> Vec<DoelRegel> {
    s.doelen
        .iter()
        .map(|d| DoelRegel {
            text: d.text.clone(),
            indicatoren: d
                .indicatoren
                .iter()
                .map(|i| IndicatorRegel {
                    indicator: i.until(periode.to()),
                    in_periode: i
                        .metingen
                        .iter()
                        .filter(|m| periode.contains(&m.date))
                        .count(),
                })
                .collect(),
        })
        .collect()
}

fn leerlog(s: &Samenwerking, periode: &Periode) -> Vec<LeerlogRegel> {
    let indicator_name = |id: &str| {
        s.doelen
            .iter()
            .flat_map(|d| d.indicatoren.iter())
            .find(|i| i.id == id)
            .map(|i| i.name.clone())
    };
    let mut list: Vec<LeerlogRegel> = s
        .leerlog
        .iter()
        .map(|e| {
            let date = if is_date(&e.date) {
                e.date.clone()
            } else {
                dutch_iso_date(e.created_ms)
            };
            LeerlogRegel {
                date,
                werkblad: e
                    .werkblad
                    .as_deref()
                    .and_then(|id| s.werkblad(id))
                    .map(|w| (w.id.clone(), w.shown_title())),
                bijeenkomst: e
                    .bijeenkomst
                    .as_deref()
                    .and_then(|id| s.bijeenkomst(id))
                    .map(|b| (b.id.clone(), b.date.clone())),
                indicator: e.indicator.as_deref().and_then(indicator_name),
                entry: e.clone(),
            }
        })
        .filter(|r| periode.contains(&r.date))
        .collect();
    list.sort_by(|a, b| {
        (&a.date, a.entry.created_ms, &a.entry.id).cmp(&(&b.date, b.entry.created_ms, &b.entry.id))
    });
    list
}

/// The samenwerking as it was known on `day`: meetings dated up to it (undated and later ones
/// left out) with their acties, scans and werkbladen made up to it. Today's status of an actie
/// stands in for its status then.
pub fn as_of(s: &Samenwerking, day: &str) -> Samenwerking {
    let mut then = s.clone();
    then.bijeenkomsten
        .retain(|b| is_date(&b.date) && b.date.as_str() <= day);
    let kept: Vec<String> = then.bijeenkomsten.iter().map(|b| b.id.clone()).collect();
    then.acties.retain(|a| kept.contains(&a.bijeenkomst));
    then.scans
        .retain(|x| dutch_iso_date(x.created_ms).as_str() <= day);
    then.werkbladen
        .retain(|w| dutch_iso_date(w.created_ms).as_str() <= day);
    then
}

fn stand_einde(s: &Samenwerking, periode: &Periode, today: &str) -> StandEinde {
    let op = late_until(periode, today).to_string();
    let content = content::current();
    let rows = stand::stand(&as_of(s, &op), &op)
        .into_iter()
        .flat_map(|f| {
            let factor = content
                .factors
                .iter()
                .find(|x| x.id == f.factor)
                .map_or_else(String::new, |x| x.name.clone());
            f.tegels.into_iter().map(move |tegel| {
                (
                    factor.clone(),
                    content.ingredient_name(&tegel.ingredient).to_string(),
                    tegel.oordeel,
                )
            })
        })
        .collect();
    StandEinde { op, rows }
}

fn bijeenkomsten(s: &Samenwerking, periode: &Periode) -> Vec<BijeenkomstRegel> {
    let content = content::current();
    held_in(s, periode)
        .into_iter()
        .map(|b| BijeenkomstRegel {
            id: b.id.clone(),
            date: b.date.clone(),
            place: b.place.clone(),
            vorm: b.vorm,
            status: b.status,
            agenda: b
                .agenda
                .iter()
                .map(|i| content.ingredient_name(&i.ingredient).to_string())
                .collect(),
            besluiten: b
                .besluiten
                .iter()
                .map(|x| {
                    let about = x
                        .ingredient
                        .as_deref()
                        .filter(|i| b.item(i).is_some())
                        .map(|i| content.ingredient_name(i).to_string());
                    (x.text.clone(), about)
                })
                .collect(),
        })
        .collect()
}

/// One section's content.
fn build_section(kind: SectionKind, s: &Samenwerking, periode: &Periode, today: &str) -> Section {
    match kind {
        SectionKind::Samenvatting => {
            let stand = stand_einde(s, periode, today);
            let held = bijeenkomsten(s, periode);
            let acties = acties(s, periode, today);
            let trend = scan_trend(s, periode);
            Section::Samenvatting(Samenvatting {
                bijeenkomsten: held.len(),
                besluiten: held.iter().map(|b| b.besluiten.len()).sum(),
                klaar: acties.klaar.len(),
                open: acties.open.len(),
                te_laat: acties.te_laat.len(),
                scans: trend
                    .as_ref()
                    .map_or(0, |t| t.scans.iter().filter(|x| !x.beginpunt).count()),
                trend: trend.as_ref().and_then(trend_kop),
                werkbladen: werkbladen(s, periode).len(),
                metingen: indicatoren(s, periode)
                    .iter()
                    .flat_map(|d| d.indicatoren.iter())
                    .map(|i| i.in_periode)
                    .sum(),
                leerlog: leerlog(s, periode).len(),
                aandacht_nodig: stand.aandacht(),
                stand_op: stand.op,
            })
        }
        SectionKind::Opgave => Section::Opgave(Opgave {
            text: s.opgave.clone(),
            route: s.route,
        }),
        SectionKind::Partners => Section::Partners(partners(s, periode)),
        SectionKind::Bijeenkomsten => Section::Bijeenkomsten(bijeenkomsten(s, periode)),
        SectionKind::Acties => Section::Acties(acties(s, periode, today)),
        SectionKind::ScanTrend => Section::ScanTrend(scan_trend(s, periode)),
        SectionKind::Indicatoren => Section::Indicatoren(indicatoren(s, periode)),
        SectionKind::Leerlog => Section::Leerlog(leerlog(s, periode)),
        SectionKind::Werkbladen => Section::Werkbladen(werkbladen(s, periode)),
        SectionKind::Stand => Section::Stand(stand_einde(s, periode, today)),
    }
}

impl StandEinde {
    /// How many ingrediënten are in `toestand`.
    pub fn count(&self, toestand: Toestand) -> usize {
        self.rows
            .iter()
            .filter(|(_, _, o)| o.toestand == toestand)
            .count()
    }

    pub fn aandacht(&self) -> usize {
        self.count(Toestand::AandachtNodig)
    }
}

/// The report of `s` over `periode`, made on `today` ("YYYY-MM-DD").
pub fn rapport(s: &Samenwerking, periode: &Periode, today: &str) -> Rapport {
    Rapport {
        samenwerking: s.name.clone(),
        periode: periode.clone(),
        today: today.to_string(),
        sections: ORDER
            .iter()
            .map(|kind| build_section(*kind, s, periode, today))
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// The document: the sections as blocks, which the screen and the Markdown both lay out
// ---------------------------------------------------------------------------------------------

/// What a block links to on screen (the Markdown shows only the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// The verslag of a bijeenkomst (its id).
    Verslag(String),
    /// A werkblad (its id).
    Werkblad(String),
}

/// One block of a section: the few kinds a report needs, so the screen has one small renderer
/// and the Markdown one writer, and a new section only adds blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading inside a section (h3, "###"), optionally a link.
    Heading(String, Option<Link>),
    /// A smaller heading (h4, bold in Markdown).
    Subheading(String),
    /// Text; the user's line breaks are kept.
    Paragraph(String),
    /// "Nothing here" in place of a list or table.
    Empty(String),
    /// Label and value pairs; `class` names them for styling and tests.
    Facts {
        class: &'static str,
        rows: Vec<(String, String)>,
    },
    /// A list of items, each optionally a link.
    List {
        class: &'static str,
        items: Vec<(String, Option<Link>)>,
    },
    /// A table; the first cell of a row is its header. The caption is for screen readers.
    Table {
        class: &'static str,
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// The trend chart (scan labels; per factor its name and means in tenths), on screen and
    /// on paper; the table beside it carries the same numbers (the Markdown has only the table).
    TrendChart {
        labels: Vec<String>,
        lines: Vec<(String, Vec<Option<u32>>)>,
    },
}

/// A section as laid out: its heading, an id for it (unique in the page) and its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocSection {
    pub kind: SectionKind,
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

/// The id of a section's heading on screen; its element's class is the id without "-kop".
pub fn section_id(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Samenvatting => "rapport-samenvatting-kop",
        SectionKind::Opgave => "rapport-opgave-kop",
        SectionKind::Partners => "rapport-partners-kop",
        SectionKind::Bijeenkomsten => "rapport-bijeenkomsten-kop",
        SectionKind::Acties => "rapport-acties-kop",
        // The trend chart names itself by this heading (`ui::scan::chart::trend`).
        SectionKind::ScanTrend => "scan-trend-kop",
        SectionKind::Indicatoren => "rapport-indicatoren-kop",
        SectionKind::Leerlog => "rapport-leerlog-kop",
        SectionKind::Werkbladen => "rapport-werkbladen-kop",
        SectionKind::Stand => "rapport-stand-kop",
    }
}

/// "1 september 2026 t/m 30 november 2026".
pub fn periode_text(t: &Texts, periode: &Periode) -> String {
    fill(
        t.rapport.periode_value,
        &[
            ("from", &t.date(periode.from())),
            ("to", &t.date(periode.to())),
        ],
    )
}

/// The facts under the report's title: the period and the day it was made.
pub fn head_facts(t: &Texts, rapport: &Rapport) -> Vec<(String, String)> {
    let r = t.rapport;
    vec![
        (
            r.periode_label.to_string(),
            periode_text(t, &rapport.periode),
        ),
        (r.made_on.to_string(), t.date(&rapport.today)),
    ]
}

/// The report's title: "Voortgangsrapportage: <name>".
pub fn title(t: &Texts, rapport: &Rapport) -> String {
    format!("{}: {}", t.rapport.title, rapport.samenwerking)
}

/// "+0,4", "−0,2" or "0,0" for a difference in tenths.
pub fn verschil_text(tenths: i32) -> String {
    let sign = match tenths.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    };
    format!("{sign}{}", tenths_text(tenths.unsigned_abs()))
}

/// A scan as named in the report: "Startscan (8 november 2026)".
pub fn scan_label(t: &Texts, scan: &ScanPunt) -> String {
    fill(
        t.rapport.scan_label,
        &[("title", &scan.title), ("date", &t.date(&scan.date))],
    )
}

/// The summary's figures as (label, value).
pub fn samenvatting_feiten(t: &Texts, s: &Samenvatting) -> Vec<(String, String)> {
    let r = t.rapport;
    [
        (r.fact_bijeenkomsten, s.bijeenkomsten),
        (r.fact_besluiten, s.besluiten),
        (r.fact_klaar, s.klaar),
        (r.fact_open, s.open),
        (r.fact_te_laat, s.te_laat),
        (r.fact_scans, s.scans),
        (r.fact_metingen, s.metingen),
        (r.fact_leerlog, s.leerlog),
        (r.fact_werkbladen, s.werkbladen),
        (r.fact_aandacht, s.aandacht_nodig),
    ]
    .iter()
    .map(|(label, n)| (label.to_string(), n.to_string()))
    .collect()
}

/// The summary in sentences: meetings and besluiten, acties, the scan trend.
pub fn samenvatting_zinnen(t: &Texts, s: &Samenvatting) -> Vec<String> {
    let r = t.rapport;
    let mut out = Vec::new();
    out.push(if s.bijeenkomsten == 0 {
        r.sum_no_meetings.to_string()
    } else {
        fill(
            r.sum_meetings,
            &[
                ("meetings", &r.count_bijeenkomsten.of(s.bijeenkomsten)),
                ("besluiten", &r.count_besluiten.of(s.besluiten)),
            ],
        )
    });
    let acties = s.klaar + s.open + s.te_laat;
    out.push(if acties == 0 {
        r.sum_no_acties.to_string()
    } else {
        r.sum_acties.with(
            acties,
            &[
                ("klaar", &s.klaar.to_string()),
                ("open", &s.open.to_string()),
                ("late", &s.te_laat.to_string()),
            ],
        )
    });
    out.push(match (&s.trend, s.scans) {
        (_, 0) => r.sum_no_scan.to_string(),
        (None, n) => r.sum_scan_no_trend.of(n),
        (Some(k), _) => fill(
            r.sum_trend,
            &[
                ("from", &scan_label(t, &k.van)),
                ("to", &scan_label(t, &k.naar)),
                ("up", &r.count_factoren.of(k.omhoog)),
                ("down", &k.omlaag.to_string()),
                ("same", &k.gelijk.to_string()),
            ],
        ),
    });
    out.push(fill(
        r.sum_stand,
        &[
            ("date", &t.date(&s.stand_op)),
            ("n", &r.count_ingredienten.of(s.aandacht_nodig)),
        ],
    ));
    out
}

/// The cells of one actie: wat, wie, wanneer, status (with the meeting of an earlier one),
/// ingrediënt.
fn actie_row(t: &Texts, a: &RapportActie) -> Vec<String> {
    let status = t.actie_status(a.status).to_string();
    let status = if a.eerder {
        fill(
            t.rapport.actie_eerder,
            &[("status", &status), ("date", &t.date(&a.bijeenkomst_date))],
        )
    } else {
        status
    };
    vec![
        a.wat.clone(),
        a.wie.clone(),
        t.date(&a.wanneer),
        status,
        a.ingredient.clone().unwrap_or_default(),
    ]
}

/// A section's heading.
pub fn section_heading(t: &Texts, kind: SectionKind) -> &'static str {
    let r = t.rapport;
    match kind {
        SectionKind::Samenvatting => r.h_samenvatting,
        SectionKind::Opgave => r.h_opgave,
        SectionKind::Partners => r.h_partners,
        SectionKind::Bijeenkomsten => r.h_bijeenkomsten,
        SectionKind::Acties => r.h_acties,
        SectionKind::ScanTrend => r.h_scan,
        SectionKind::Indicatoren => r.h_indicatoren,
        SectionKind::Leerlog => r.h_leerlog,
        SectionKind::Werkbladen => r.h_werkbladen,
        SectionKind::Stand => r.h_stand,
    }
}

/// "15 september 2026 – BOB, afgerond".
pub fn bijeenkomst_heading(t: &Texts, b: &BijeenkomstRegel) -> String {
    let r = t.rapport;
    let status = match b.status {
        Status::Afgerond => r.status_afgerond,
        _ => r.status_bezig,
    };
    fill(
        r.meeting_heading,
        &[
            ("date", &t.date(&b.date)),
            ("vorm", t.vorm_name(b.vorm)),
            ("status", status),
        ],
    )
}

/// The column head of a scan in the trend table: "Startscan (8 november 2026), beginpunt".
pub fn trend_column(t: &Texts, scan: &ScanPunt) -> String {
    let label = scan_label(t, scan);
    if scan.beginpunt {
        fill(t.rapport.trend_beginpunt, &[("scan", &label)])
    } else {
        label
    }
}

/// The route's name from the content.
pub fn route_name(route: Route) -> String {
    content::current()
        .route(route.id())
        .map_or_else(|| route.id().to_string(), |r| r.name.clone())
}

/// "Visievierluik (gemaakt op 3 november 2026, bij de bijeenkomst van 15 september 2026)".
pub fn werkblad_line(t: &Texts, w: &WerkbladRegel) -> String {
    let r = t.rapport;
    match &w.bijeenkomst_date {
        Some(b) => fill(
            r.werkblad_with_meeting,
            &[
                ("title", &w.title),
                ("date", &t.date(&w.date)),
                ("meeting", &t.date(b)),
            ],
        ),
        None => fill(
            r.werkblad_line,
            &[("title", &w.title), ("date", &t.date(&w.date))],
        ),
    }
}

/// The cells of one indicator: name, baseline, target, latest (with its date), change from the
/// baseline, progress, measurements in the period.
fn indicator_row(t: &Texts, row: &IndicatorRegel) -> Vec<String> {
    let i = &row.indicator;
    let mt = t.monitoring;
    let none = || mt.none.to_string();
    let value =
        |g: Option<crate::domain::monitoring::Getal>| g.map_or_else(none, |g| i.value_text(g));
    let latest = i.latest().map_or_else(none, |m| {
        fill(
            t.rapport.indicator_latest,
            &[
                ("value", &i.value_text(m.value)),
                ("date", &t.date(&m.date)),
            ],
        )
    });
    let change = i.change().map_or_else(none, |c| {
        let sign = if c.hundredths() > 0 { "+" } else { "" };
        format!("{sign}{}", i.value_text(c))
    });
    let progress = match i.voortgang() {
        Voortgang::Onbekend => mt.progress_unknown.to_string(),
        Voortgang::GeenAfstand { op_doel: true } => mt.progress_no_distance_on.to_string(),
        Voortgang::GeenAfstand { op_doel: false } => mt.progress_no_distance_off.to_string(),
        Voortgang::Procent(n) => fill(mt.progress_percent, &[("n", &n.to_string())]),
    };
    vec![
        i.name.clone(),
        value(i.baseline),
        value(i.target),
        latest,
        change,
        progress,
        row.in_periode.to_string(),
    ]
}

fn empty(text: &str) -> Block {
    Block::Empty(text.to_string())
}

/// The blocks of one section.
fn section_blocks(t: &Texts, section: &Section) -> Vec<Block> {
    let r = t.rapport;
    let none = t.verslag_ui.scan.none;
    let mut out = Vec::new();
    match section {
        Section::Samenvatting(s) => {
            out.extend(samenvatting_zinnen(t, s).into_iter().map(Block::Paragraph));
            out.push(Block::Heading(r.figures_label.to_string(), None));
            out.push(Block::Facts {
                class: "rapport-cijfers",
                rows: samenvatting_feiten(t, s),
            });
        }
        Section::Opgave(o) => {
            out.push(if o.text.is_empty() {
                empty(r.opgave_empty)
            } else {
                Block::Paragraph(o.text.clone())
            });
            if let Some(route) = o.route {
                out.push(Block::Facts {
                    class: "rapport-route",
                    rows: vec![(r.route.to_string(), route_name(route))],
                });
            }
        }
        Section::Partners(list) if list.is_empty() => out.push(empty(r.partners_empty)),
        Section::Partners(list) => {
            let count = |ring| list.iter().filter(|p| p.ring == ring).count().to_string();
            let named = |pick: fn(&PartnerRegel) -> &Option<String>| -> Vec<String> {
                list.iter()
                    .filter_map(|p| {
                        pick(p).as_ref().map(|d| {
                            fill(r.partner_date, &[("name", &p.label), ("date", &t.date(d))])
                        })
                    })
                    .collect()
            };
            out.push(Block::Paragraph(fill(
                r.partners_count,
                &[
                    ("n", &r.count_partners.of(list.len())),
                    ("kern", &count(Ring::Kerngroep)),
                    ("ring", &count(Ring::ComplementaireRing)),
                    ("vrij", &count(Ring::VrijeRuimte)),
                ],
            )));
            for (template, names) in [
                (r.partners_joined, named(|p| &p.joined_in)),
                (r.partners_left, named(|p| &p.left_in)),
            ] {
                if !names.is_empty() {
                    out.push(Block::Paragraph(fill(
                        template,
                        &[("list", &names.join(", "))],
                    )));
                }
            }
            out.push(Block::Table {
                class: "rapport-partners",
                caption: r.h_partners.to_string(),
                head: r.partner_columns.iter().map(|c| c.to_string()).collect(),
                rows: list
                    .iter()
                    .map(|p| {
                        vec![
                            p.label.clone(),
                            t.kind(p.kind).to_string(),
                            t.ring(p.ring).to_string(),
                        ]
                    })
                    .collect(),
            });
        }
        Section::Bijeenkomsten(list) if list.is_empty() => out.push(empty(r.meetings_empty)),
        Section::Bijeenkomsten(list) => {
            for b in list {
                out.push(Block::Heading(
                    bijeenkomst_heading(t, b),
                    Some(Link::Verslag(b.id.clone())),
                ));
                let mut rows = Vec::new();
                if !b.place.is_empty() {
                    rows.push((t.verslag_place.to_string(), b.place.clone()));
                }
                let agenda = if b.agenda.is_empty() {
                    t.verslag_nothing.to_string()
                } else {
                    b.agenda.join(", ")
                };
                rows.push((t.verslag_agenda.to_string(), agenda));
                out.push(Block::Facts {
                    class: "rapport-bijeenkomst",
                    rows,
                });
                out.push(Block::Subheading(t.verslag_besluiten.to_string()));
                out.push(if b.besluiten.is_empty() {
                    empty(t.verslag_nothing)
                } else {
                    Block::List {
                        class: "verslag-besluiten",
                        items: b
                            .besluiten
                            .iter()
                            .map(|(text, about)| match about {
                                Some(i) => (format!("{text} ({i})"), None),
                                None => (text.clone(), None),
                            })
                            .collect(),
                    }
                });
            }
        }
        Section::Acties(a) => {
            out.push(Block::Paragraph(fill(
                r.acties_intro,
                &[("until", &t.date(&a.tot))],
            )));
            let [wat, wie, wanneer, status, ingredient, _] = t.csv_columns;
            let head: Vec<String> = [wat, wie, wanneer, status, ingredient]
                .iter()
                .map(|c| c.to_string())
                .collect();
            for (heading, class, list) in [
                (r.acties_te_laat, "rapport-te-laat", &a.te_laat),
                (r.acties_open, "rapport-open", &a.open),
                (r.acties_klaar, "rapport-klaar", &a.klaar),
            ] {
                out.push(Block::Heading(heading.to_string(), None));
                out.push(if list.is_empty() {
                    empty(t.verslag_nothing)
                } else {
                    Block::Table {
                        class,
                        caption: heading.to_string(),
                        head: head.clone(),
                        rows: list.iter().map(|x| actie_row(t, x)).collect(),
                    }
                });
            }
        }
        Section::ScanTrend(None) => out.push(empty(r.scan_none)),
        Section::ScanTrend(Some(trend)) => {
            out.push(Block::Paragraph(r.scan_intro.to_string()));
            if trend.scans.len() >= 2 {
                out.push(Block::TrendChart {
                    labels: trend.scans.iter().map(|x| scan_label(t, x)).collect(),
                    lines: trend
                        .factors
                        .iter()
                        .map(|f| (f.name.clone(), f.means.clone()))
                        .collect(),
                });
            }
            let mut head = vec![r.col_factor.to_string()];
            head.extend(trend.scans.iter().map(|x| trend_column(t, x)));
            head.push(r.col_verschil.to_string());
            out.push(Block::Table {
                class: "rapport-trend",
                caption: r.trend_table_caption.to_string(),
                head,
                rows: trend
                    .factors
                    .iter()
                    .map(|f| {
                        let mut row = vec![f.name.clone()];
                        row.extend(
                            f.means
                                .iter()
                                .map(|m| m.map_or_else(|| none.to_string(), tenths_text)),
                        );
                        row.push(f.verschil.map_or_else(|| none.to_string(), verschil_text));
                        row
                    })
                    .collect(),
            });
        }
        Section::Indicatoren(list) if list.is_empty() => out.push(empty(r.indicatoren_empty)),
        Section::Indicatoren(list) => {
            out.push(Block::Paragraph(r.indicatoren_intro.to_string()));
            for d in list {
                out.push(Block::Heading(d.text.clone(), None));
                if d.indicatoren.is_empty() {
                    out.push(empty(r.doel_no_indicator));
                    continue;
                }
                out.push(Block::Table {
                    class: "rapport-indicatoren",
                    caption: d.text.clone(),
                    head: r.indicator_columns.iter().map(|c| c.to_string()).collect(),
                    rows: d.indicatoren.iter().map(|i| indicator_row(t, i)).collect(),
                });
            }
        }
        Section::Leerlog(list) if list.is_empty() => out.push(empty(r.leerlog_empty)),
        Section::Leerlog(list) => {
            for e in list {
                out.push(Block::Heading(
                    fill(
                        r.leerlog_heading,
                        &[
                            ("date", &t.date(&e.date)),
                            ("step", t.monitoring.step(e.entry.step)),
                        ],
                    ),
                    None,
                ));
                let mut rows = Vec::new();
                for (label, text) in [
                    (r.leerlog_tried, &e.entry.tried),
                    (r.leerlog_learned, &e.entry.learned),
                ] {
                    if !text.is_empty() {
                        rows.push((label.to_string(), text.clone()));
                    }
                }
                if let Some(lus) = e.entry.lus {
                    rows.push((
                        r.leerlog_loop.to_string(),
                        format!(
                            "{}: {}",
                            t.monitoring.lus(lus),
                            t.monitoring.lus_uitleg(lus)
                        ),
                    ));
                }
                if !e.entry.changes.is_empty() {
                    rows.push((r.leerlog_changes.to_string(), e.entry.changes.clone()));
                }
                let mut about = Vec::new();
                if let Some((_, title)) = &e.werkblad {
                    about.push(fill(r.leerlog_werkblad, &[("title", title)]));
                }
                if let Some((_, date)) = &e.bijeenkomst {
                    about.push(fill(r.leerlog_bijeenkomst, &[("date", &t.date(date))]));
                }
                if let Some(name) = &e.indicator {
                    about.push(fill(r.leerlog_indicator, &[("name", name)]));
                }
                if !about.is_empty() {
                    rows.push((r.leerlog_about.to_string(), about.join("; ")));
                }
                out.push(Block::Facts {
                    class: "rapport-leerlog",
                    rows,
                });
            }
        }
        Section::Stand(stand) => {
            out.push(Block::Paragraph(fill(
                r.stand_intro,
                &[
                    ("date", &t.date(&stand.op)),
                    ("aandacht", &stand.aandacht().to_string()),
                    ("goed", &stand.count(Toestand::GoedOpWeg).to_string()),
                    ("nog", &stand.count(Toestand::NogNietBesproken).to_string()),
                ],
            )));
            out.push(Block::Table {
                class: "rapport-stand",
                caption: r.stand_caption.to_string(),
                head: r.stand_columns.iter().map(|c| c.to_string()).collect(),
                rows: stand
                    .rows
                    .iter()
                    .map(|(factor, name, oordeel)| {
                        let why: Vec<&str> =
                            oordeel.redenen.iter().map(|x| t.stand.reden(*x)).collect();
                        vec![
                            factor.clone(),
                            name.clone(),
                            t.stand.toestand(oordeel.toestand).to_string(),
                            why.join("; "),
                        ]
                    })
                    .collect(),
            });
        }
        Section::Werkbladen(list) if list.is_empty() => out.push(empty(r.werkbladen_empty)),
        Section::Werkbladen(list) => out.push(Block::List {
            class: "rapport-werkbladen",
            items: list
                .iter()
                .map(|w| (werkblad_line(t, w), Some(Link::Werkblad(w.id.clone()))))
                .collect(),
        }),
    }
    out
}

/// The report's sections laid out as blocks, in order.
pub fn document(t: &Texts, rapport: &Rapport) -> Vec<DocSection> {
    rapport
        .sections
        .iter()
        .map(|section| {
            let kind = section.kind();
            DocSection {
                kind,
                id: section_id(kind),
                heading: section_heading(t, kind),
                blocks: section_blocks(t, section),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

fn block_markdown(block: &Block, out: &mut String) {
    match block {
        Block::Heading(text, _) => out.push_str(&format!("### {}\n\n", cell(text))),
        Block::Subheading(text) => out.push_str(&format!("**{}**\n\n", cell(text))),
        Block::Paragraph(text) => out.push_str(&format!("{}\n\n", md(text))),
        Block::Empty(text) => out.push_str(&format!("{}\n\n", md(text))),
        Block::Facts { rows, .. } => {
            for (label, value) in rows {
                out.push_str(&format!("- **{}:** {}\n", cell(label), cell(value)));
            }
            out.push('\n');
        }
        Block::List { items, .. } => {
            for (text, _) in items {
                out.push_str(&format!("- {}\n", cell(text)));
            }
            out.push('\n');
        }
        Block::Table { head, rows, .. } => {
            let head: Vec<String> = head.iter().map(|h| cell(h)).collect();
            out.push_str(&format!("| {} |\n", head.join(" | ")));
            out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out.push('\n');
        }
        // The table beside it has the same numbers.
        Block::TrendChart { .. } => {}
    }
}

/// The report as Markdown.
pub fn voortgang_markdown(t: &Texts, rapport: &Rapport) -> String {
    let mut out = format!("# {}\n\n", md(&title(t, rapport)));
    block_markdown(
        &Block::Facts {
            class: "",
            rows: head_facts(t, rapport),
        },
        &mut out,
    );
    for section in document(t, rapport) {
        out.push_str(&format!("## {}\n\n", section.heading));
        for block in &section.blocks {
            block_markdown(block, &mut out);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
