//! De stand van de samenwerking: one picture of the sixteen ingrediënten, derived from what the
//! group already keeps (scans, meetings, acties, werkbladen). Nothing here is stored: the same
//! samenwerking and the same day always give the same stand.
//!
//! Per ingrediënt a [`Tegel`] holds
//! * the latest **revealed** scan with at least one score for it (mean in tenths, min–max, the
//!   spread label of the scan results, n, the scan's date: the day it was made);
//! * the checkvragen of the last **held** meeting (started or closed, in
//!   [`chronological`] order: by date, then creation) whose agenda had it;
//! * the first planned meeting whose agenda has it ("gepland op");
//! * its open acties (status not klaar) and how many of them are late (a `wanneer` that is a
//!   date before today; free text such as "voor de zomer" is never late);
//! * its state, from the one rule [`toestand`].
//!
//! **The rule** ([`toestand`], thresholds as the constants below; the screen explains it from
//! the same constants). An ingrediënt needs attention ([`Toestand::AandachtNodig`]) when any of
//! these holds, each a [`Reden`]:
//! 1. the latest scan's mean is below [`GEMIDDELDE_ONDER_TIENDEN`] (3,0), exactly: 10·Σx < 30·n;
//! 2. the latest scan is divided: standard deviation at least [`SPREIDING_VANAF_TIENDEN`] (1,0),
//!    the scan results' own "verdeeld" ([`Spread::Divided`]);
//! 3. at the last held meeting that discussed it, "Hebben we het hier over gehad?" or "Is
//!    iedereen gehoord en aan boord?" was not settled: the rule the meeting itself asks about
//!    before Besluitvorming ([`Checks::unsettled`]: unanswered or "nee", the second also
//!    "deels");
//! 4. at least [`TE_LATE_ACTIES`] open actie is late.
//!
//! Otherwise it is [`Toestand::NogNietBesproken`] when no held meeting had it on its agenda and
//! no revealed scan has a score for it (being on a planned agenda only is not yet being
//! discussed), and [`Toestand::GoedOpWeg`] when it was discussed or scored and nothing above
//! holds. Why these: the publication's checkvragen are the group's own test of an ingrediënt
//! ("gehad", "aan boord"); a scan mean under the scale's middle (3) says the group itself finds
//! it weak, and a large spread that people see it differently, which is where the conversation
//! starts; a late actie is an agreement that is not kept. The third checkvraag ("besluiten
//! genomen?") does not count: a conversation may rightly end without a decision, and what was
//! agreed shows as acties.
//!
//! The [`tijdlijn`] of an ingrediënt lists every meeting whose agenda had it, every revealed scan
//! with a score for it, every werkblad whose template works on it (the template's
//! `ingredienten`) and every actie about it, newest first.

use super::bijeenkomst::{chronological, ActieStatus, Bijeenkomst, Checks, Status};
use super::content;
use super::model::Samenwerking;
use super::scan::{Scan, Spread, Stats, DIVIDED_MIN_STDEV_TENTHS};
use super::werkblad;
use crate::report::dates::{add_days, dutch_iso_date};
use crate::report::mean_tenths;

/// Rule 1: a scan mean below this many tenths (3,0, the middle of the 1–5 scale) needs attention.
pub const GEMIDDELDE_ONDER_TIENDEN: u32 = 30;
/// Rule 2: a standard deviation of at least this many tenths (1,0) needs attention; the same
/// bound as the scan results' "verdeeld".
pub const SPREIDING_VANAF_TIENDEN: u32 = DIVIDED_MIN_STDEV_TENTHS;
/// Rule 4: this many late open acties (or more) need attention.
pub const TE_LATE_ACTIES: usize = 1;

/// The state of one ingrediënt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Toestand {
    GoedOpWeg,
    AandachtNodig,
    NogNietBesproken,
}

impl Toestand {
    /// A stable name, for CSS classes and tests.
    pub fn id(self) -> &'static str {
        match self {
            Toestand::GoedOpWeg => "goed-op-weg",
            Toestand::AandachtNodig => "aandacht-nodig",
            Toestand::NogNietBesproken => "nog-niet-besproken",
        }
    }
}

/// Why an ingrediënt needs attention (one per rule that holds, in the order of the rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reden {
    /// Rule 1.
    LaagGemiddelde,
    /// Rule 2.
    GroteSpreiding,
    /// Rule 3: "Hebben we het hier over gehad?" not settled.
    NietBesproken,
    /// Rule 3: "Is iedereen gehoord en aan boord?" not settled.
    NietAanBoord,
    /// Rule 4.
    ActieTeLaat,
}

/// The state and the reasons for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Oordeel {
    pub toestand: Toestand,
    /// Empty unless [`Toestand::AandachtNodig`].
    pub redenen: Vec<Reden>,
}

/// The rule, in one place (see the module documentation). `scan`: the latest scan's figures
/// for the ingrediënt (`None` without a revealed scan that has a score for it); `checks`: the
/// checkvragen at the last held meeting that had it on its agenda (`None` when none did);
/// `te_laat`: its late open acties.
pub fn toestand(scan: Option<&Stats>, checks: Option<&Checks>, te_laat: usize) -> Oordeel {
    let mut redenen = Vec::new();
    if let Some(stats) = scan.filter(|s| s.n > 0) {
        let sum: u64 = (1u64..)
            .zip(&stats.counts[1..])
            .map(|(score, c)| score * u64::from(*c))
            .sum();
        if 10 * sum < u64::from(GEMIDDELDE_ONDER_TIENDEN) * u64::from(stats.n) {
            redenen.push(Reden::LaagGemiddelde);
        }
        if stats.spread == Spread::Divided {
            redenen.push(Reden::GroteSpreiding);
        }
    }
    if let Some(checks) = checks {
        use super::bijeenkomst::Checkvraag;
        if Checks::unsettled(Checkvraag::Besproken, checks.besproken) {
            redenen.push(Reden::NietBesproken);
        }
        if Checks::unsettled(Checkvraag::Gehoord, checks.gehoord) {
            redenen.push(Reden::NietAanBoord);
        }
    }
    if te_laat >= TE_LATE_ACTIES {
        redenen.push(Reden::ActieTeLaat);
    }
    let toestand = if !redenen.is_empty() {
        Toestand::AandachtNodig
    } else if scan.is_none_or(|s| s.n == 0) && checks.is_none() {
        Toestand::NogNietBesproken
    } else {
        Toestand::GoedOpWeg
    };
    Oordeel { toestand, redenen }
}

/// The latest scan's figures for one ingrediënt.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanStand {
    pub scan: String,
    pub title: String,
    /// The day the scan was made, "YYYY-MM-DD" (Dutch time), as the scan report dates it.
    pub date: String,
    pub stats: Stats,
    /// The mean in tenths (34 is 3,4), rounded half up.
    pub mean_tenths: u32,
}

/// A meeting as De stand names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BijeenkomstRef {
    pub bijeenkomst: String,
    /// "YYYY-MM-DD", or empty while a planned meeting has no date.
    pub date: String,
    pub status: Status,
}

/// An open actie about the ingrediënt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenActie {
    pub actie: String,
    pub wat: String,
    pub wanneer: String,
    pub te_laat: bool,
}

/// One ingrediënt's tile.
#[derive(Clone, Debug, PartialEq)]
pub struct Tegel {
    pub ingredient: String,
    pub scan: Option<ScanStand>,
    /// The last held meeting whose agenda had it, with its checkvragen there.
    pub besproken: Option<(BijeenkomstRef, Checks)>,
    /// The first planned meeting whose agenda has it.
    pub gepland: Option<BijeenkomstRef>,
    pub open_acties: Vec<OpenActie>,
    pub oordeel: Oordeel,
}

impl Tegel {
    pub fn te_laat(&self) -> usize {
        self.open_acties.iter().filter(|a| a.te_laat).count()
    }
}

/// A factor with the tiles of its ingrediënten, in content order.
#[derive(Clone, Debug, PartialEq)]
pub struct FactorStand {
    pub factor: String,
    pub tegels: Vec<Tegel>,
}

/// Whether `wanneer` is a date ("YYYY-MM-DD") before `today` (also "YYYY-MM-DD").
pub fn is_te_laat(wanneer: &str, today: &str) -> bool {
    add_days(wanneer, 0).is_some() && wanneer < today
}

/// Revealed scans, newest first (created_ms, then id).
fn revealed_newest_first(s: &Samenwerking) -> Vec<&Scan> {
    let mut scans: Vec<&Scan> = s.scans.iter().filter(|x| x.revealed).collect();
    scans.sort_by(|a, b| (b.created_ms, &b.id).cmp(&(a.created_ms, &a.id)));
    scans
}

fn reference(b: &Bijeenkomst) -> BijeenkomstRef {
    BijeenkomstRef {
        bijeenkomst: b.id.clone(),
        date: b.date.clone(),
        status: b.status,
    }
}

/// The tile of one ingrediënt on `today` ("YYYY-MM-DD").
pub fn tegel(s: &Samenwerking, ingredient: &str, today: &str) -> Tegel {
    let scan = revealed_newest_first(s).into_iter().find_map(|x| {
        let stats = x.stats(ingredient);
        (stats.n > 0).then(|| ScanStand {
            scan: x.id.clone(),
            title: x.title.clone(),
            date: dutch_iso_date(x.created_ms),
            mean_tenths: mean_tenths(&stats.counts).unwrap_or(0),
            stats,
        })
    });
    let meetings = chronological(&s.bijeenkomsten);
    let besproken = meetings
        .iter()
        .rev()
        .filter(|b| b.status != Status::Gepland)
        .find_map(|b| b.item(ingredient).map(|i| (reference(b), i.checks.clone())));
    let gepland = meetings
        .iter()
        .find(|b| b.status == Status::Gepland && b.item(ingredient).is_some())
        .map(|b| reference(b));
    let open_acties: Vec<OpenActie> = s
        .acties
        .iter()
        .filter(|a| a.status != ActieStatus::Klaar && a.ingredient.as_deref() == Some(ingredient))
        .map(|a| OpenActie {
            actie: a.id.clone(),
            wat: a.wat.clone(),
            wanneer: a.wanneer.clone(),
            te_laat: is_te_laat(&a.wanneer, today),
        })
        .collect();
    let te_laat = open_acties.iter().filter(|a| a.te_laat).count();
    let oordeel = toestand(
        scan.as_ref().map(|x| &x.stats),
        besproken.as_ref().map(|(_, c)| c),
        te_laat,
    );
    Tegel {
        ingredient: ingredient.to_string(),
        scan,
        besproken,
        gepland,
        open_acties,
        oordeel,
    }
}

/// De stand: the five factors with the tiles of their ingrediënten, in content order.
pub fn stand(s: &Samenwerking, today: &str) -> Vec<FactorStand> {
    content::nl()
        .factors
        .iter()
        .map(|f| FactorStand {
            factor: f.id.clone(),
            tegels: f
                .ingredients
                .iter()
                .map(|i| tegel(s, &i.id, today))
                .collect(),
        })
        .collect()
}

/// The ingrediënten that need attention, in content order (for "Zet op de agenda").
pub fn aandacht_nodig(stand: &[FactorStand]) -> Vec<String> {
    stand
        .iter()
        .flat_map(|f| &f.tegels)
        .filter(|t| t.oordeel.toestand == Toestand::AandachtNodig)
        .map(|t| t.ingredient.clone())
        .collect()
}

/// What touched an ingrediënt, and where the UI links to (ids only).
#[derive(Clone, Debug, PartialEq)]
pub enum Gebeurtenis {
    /// A meeting whose agenda had it (with its checkvragen there).
    Bijeenkomst {
        bijeenkomst: String,
        status: Status,
        checks: Checks,
    },
    /// A revealed scan with at least one score for it.
    Scan {
        scan: String,
        title: String,
        mean_tenths: u32,
        n: u32,
    },
    /// A werkblad whose template works on it.
    Werkblad { werkblad: String, title: String },
    /// An actie about it, linked to the meeting where it was agreed.
    Actie {
        actie: String,
        wat: String,
        status: ActieStatus,
        bijeenkomst: String,
    },
}

impl Gebeurtenis {
    /// The order within one day, newest first: the meeting, the acties agreed in it, the
    /// werkbladen, the scans.
    fn rank(&self) -> u8 {
        match self {
            Gebeurtenis::Bijeenkomst { .. } => 0,
            Gebeurtenis::Actie { .. } => 1,
            Gebeurtenis::Werkblad { .. } => 2,
            Gebeurtenis::Scan { .. } => 3,
        }
    }

    fn id(&self) -> &str {
        match self {
            Gebeurtenis::Bijeenkomst {
                bijeenkomst: id, ..
            }
            | Gebeurtenis::Scan { scan: id, .. }
            | Gebeurtenis::Werkblad { werkblad: id, .. }
            | Gebeurtenis::Actie { actie: id, .. } => id,
        }
    }
}

/// One entry of a timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// "YYYY-MM-DD"; empty for a planned meeting without a date (and its acties).
    pub date: String,
    pub wat: Gebeurtenis,
}

/// Everything that touched `ingredient`, newest first: by date, descending (undated planned
/// meetings are still to come, so they come first); on one day the meeting, its acties, the
/// werkbladen, then the scans; then by id. A scan and a werkblad are dated by the day they were
/// made, a meeting by its date, an actie by the date of the meeting where it was agreed.
pub fn tijdlijn(s: &Samenwerking, ingredient: &str) -> Vec<Moment> {
    let mut out: Vec<Moment> = Vec::new();
    for b in &s.bijeenkomsten {
        if let Some(item) = b.item(ingredient) {
            out.push(Moment {
                date: b.date.clone(),
                wat: Gebeurtenis::Bijeenkomst {
                    bijeenkomst: b.id.clone(),
                    status: b.status,
                    checks: item.checks.clone(),
                },
            });
        }
    }
    for x in s.scans.iter().filter(|x| x.revealed) {
        let stats = x.stats(ingredient);
        if stats.n > 0 {
            out.push(Moment {
                date: dutch_iso_date(x.created_ms),
                wat: Gebeurtenis::Scan {
                    scan: x.id.clone(),
                    title: x.title.clone(),
                    mean_tenths: mean_tenths(&stats.counts).unwrap_or(0),
                    n: stats.n,
                },
            });
        }
    }
    for w in &s.werkbladen {
        let works_on = werkblad::template(&w.template)
            .is_some_and(|t| t.ingredienten.iter().any(|i| i == ingredient));
        if works_on {
            out.push(Moment {
                date: dutch_iso_date(w.created_ms),
                wat: Gebeurtenis::Werkblad {
                    werkblad: w.id.clone(),
                    title: w.shown_title(),
                },
            });
        }
    }
    for a in &s.acties {
        if a.ingredient.as_deref() == Some(ingredient) {
            out.push(Moment {
                date: s
                    .bijeenkomst(&a.bijeenkomst)
                    .map(|b| b.date.clone())
                    .unwrap_or_default(),
                wat: Gebeurtenis::Actie {
                    actie: a.id.clone(),
                    wat: a.wat.clone(),
                    status: a.status,
                    bijeenkomst: a.bijeenkomst.clone(),
                },
            });
        }
    }
    out.sort_by(|a, b| {
        b.date
            .is_empty()
            .cmp(&a.date.is_empty())
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| a.wat.rank().cmp(&b.wat.rank()))
            .then_with(|| a.wat.id().cmp(b.wat.id()))
    });
    out
}
