//! Monitoren en leren (publication 4.5.4): a samenwerking's doelen, each with indicatoren that
//! are measured over time ([`Meting`]), and a leerlog tied to the cycle plannen maken – doen –
//! leren – aanpassen.
//!
//! Values are [`Getal`]s: decimal numbers kept as whole hundredths, written in files as a
//! decimal text (`"3.5"`), so they round-trip exactly and no float formatting code is needed.
//! The indicator maths (latest value, change, progress, chart coordinates) is integer-only.

use serde::{Deserialize, Serialize};

use super::model::Millis;
use super::wire::{named_enum, objects};

/// Doelen per samenwerking.
pub const MAX_DOELEN: usize = 50;
/// Indicatoren per doel.
pub const MAX_INDICATOREN: usize = 20;
/// Metingen per indicator.
pub const MAX_METINGEN: usize = 500;
/// Entries in the leerlog.
pub const MAX_LEERLOG: usize = 1_000;
/// The largest value (in whole units, either sign).
pub const MAX_UNITS: i64 = 1_000_000_000;

/// A decimal number with at most two decimals, kept as whole hundredths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Getal(pub i64);

impl Getal {
    pub fn from_units(units: i64) -> Getal {
        Getal(units * 100)
    }

    pub fn hundredths(self) -> i64 {
        self.0
    }

    /// Reads what a person types: an optional sign, digits, and at most two decimals after a
    /// comma or a point ("3", "3,5", "-0.25"). Spaces around it are ignored. `None` for
    /// anything else or a value beyond [`MAX_UNITS`].
    pub fn parse(text: &str) -> Option<Getal> {
        let text = text.trim();
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match rest.split_once([',', '.']) {
            Some((w, f)) => (w, f),
            None => (rest, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || whole.len() > 10
            || !digits(whole)
            || fraction.len() > 2
            || !digits(fraction)
            || (rest.len() > whole.len() && fraction.is_empty())
        {
            return None;
        }
        let units: i64 = whole.parse().ok()?;
        let mut cents: i64 = fraction.parse().unwrap_or(0);
        if fraction.len() == 1 {
            cents *= 10;
        }
        let value = units * 100 + cents;
        if value > MAX_UNITS * 100 {
            return None;
        }
        Some(Getal(if negative { -value } else { value }))
    }

    /// The file's form: a point, no trailing zeros ("3.5", "12", "-0.25").
    pub fn file_text(self) -> String {
        self.text('.')
    }

    /// The form of the current language: a decimal comma in Dutch ("3,5", "-0,25"), a point in
    /// English ("3.5").
    pub fn shown(self) -> String {
        self.text(crate::i18n::decimal_mark())
    }

    fn text(self, point: char) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (units, cents) = (abs / 100, abs % 100);
        match cents {
            0 => format!("{sign}{units}"),
            c if c % 10 == 0 => format!("{sign}{units}{point}{}", c / 10),
            c => format!("{sign}{units}{point}{c:02}"),
        }
    }
}

impl Serialize for Getal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.file_text())
    }
}

impl<'de> Deserialize<'de> for Getal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Getal;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a decimal number as text, like \"3.5\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Getal, E> {
                // Files hold the canonical form only: a point, no spaces, no comma.
                if v.contains(',') || v.trim() != v {
                    return Err(E::invalid_value(serde::de::Unexpected::Str(v), &self));
                }
                Getal::parse(v)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(v), &self))
            }
        }
        d.deserialize_str(Text)
    }
}

named_enum! {
    /// How an indicator's values are read.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Schaal {
        /// A score from 1 to 5 (as in "ouderen geven aan zich gehoord te voelen").
        Schaal15 = "schaal-1-5",
        /// A count: zero or more.
        Aantal = "aantal",
        /// A percentage from 0 to 100.
        Percentage = "percentage",
        /// Any number, with its unit as text.
        Vrij = "vrij",
    }
}

impl Schaal {
    /// The values this scale takes, in hundredths (`None`: no bound).
    pub fn bounds(self) -> (Option<i64>, Option<i64>) {
        match self {
            Schaal::Schaal15 => (Some(100), Some(500)),
            Schaal::Aantal => (Some(0), None),
            Schaal::Percentage => (Some(0), Some(10_000)),
            Schaal::Vrij => (None, None),
        }
    }

    pub fn allows(self, value: Getal) -> bool {
        let (low, high) = self.bounds();
        low.is_none_or(|l| value.0 >= l) && high.is_none_or(|h| value.0 <= h)
    }
}

named_enum! {
    /// The step of the learning cycle (publication 4.5.4).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Stap {
        PlannenMaken = "plannen-maken",
        Doen = "doen",
        Leren = "leren",
        Aanpassen = "aanpassen",
    }
}

named_enum! {
    /// At which loop the group learned (single, double, triple loop learning).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Lus {
        /// Doen we de dingen goed?
        Enkel = "enkel",
        /// Doen we de goede dingen?
        Dubbel = "dubbel",
        /// Waarom doen we wat we doen? Wie zijn wij?
        Drievoudig = "drievoudig",
    }
}

/// Where a doel's text was taken from: an answer on a Visievierluik werkblad.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Bron {
    pub werkblad: String,
    /// The answer's key on that werkblad (`block.item`).
    pub key: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Doel {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub bron: Option<Bron>,
    #[serde(default)]
    pub indicatoren: Vec<Indicator>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Indicator {
    /// Unique within the samenwerking (across its doelen), so the leerlog can link to it.
    pub id: String,
    pub name: String,
    /// How it is measured.
    #[serde(default)]
    pub method: String,
    pub scale: Schaal,
    /// The unit, for [`Schaal::Vrij`] and [`Schaal::Aantal`] ("deelnemers", "uur").
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: Option<Getal>,
    #[serde(default)]
    pub target: Option<Getal>,
    /// Who measures.
    #[serde(default)]
    pub measured_by: String,
    /// How often ("twee keer per jaar").
    #[serde(default)]
    pub frequency: String,
    #[serde(default)]
    pub metingen: Vec<Meting>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Meting {
    pub id: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub value: Getal,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub remark: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct LeerlogEntry {
    pub id: String,
    /// YYYY-MM-DD, or empty.
    #[serde(default)]
    pub date: String,
    pub step: Stap,
    /// What was tried.
    #[serde(default)]
    pub tried: String,
    /// What was learned.
    #[serde(default)]
    pub learned: String,
    #[serde(default, rename = "loop")]
    pub lus: Option<Lus>,
    /// What changes because of it.
    #[serde(default)]
    pub changes: String,
    /// An experiment (or other) werkblad this is about.
    #[serde(default)]
    pub werkblad: Option<String>,
    #[serde(default)]
    pub bijeenkomst: Option<String>,
    #[serde(default)]
    pub indicator: Option<String>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

/// How far an indicator got from its baseline towards its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voortgang {
    /// No measurement, baseline or target yet.
    Onbekend,
    /// Baseline and target are the same: there is no distance to cover, so no percentage; says
    /// whether the latest value is exactly on the target.
    GeenAfstand { op_doel: bool },
    /// Percent of the way from baseline (0) to target (100); below 0 is away from the target,
    /// above 100 beyond it. Works the same when the target is below the baseline.
    Procent(i64),
}

impl Indicator {
    /// The measurements by date (those of one date in the order they were entered).
    pub fn sorted(&self) -> Vec<&Meting> {
        let mut list: Vec<&Meting> = self.metingen.iter().collect();
        list.sort_by(|a, b| a.date.cmp(&b.date));
        list
    }

    pub fn meting(&self, id: &str) -> Option<&Meting> {
        self.metingen.iter().find(|m| m.id == id)
    }

    /// The most recent measurement.
    pub fn latest(&self) -> Option<&Meting> {
        self.sorted().last().copied()
    }

    /// The latest value minus the baseline.
    pub fn change(&self) -> Option<Getal> {
        Some(Getal(self.latest()?.value.0 - self.baseline?.0))
    }

    /// A value as shown with its unit: "3,5", "42 %", "12 deelnemers".
    pub fn value_text(&self, g: Getal) -> String {
        match self.scale {
            Schaal::Percentage => format!("{} %", g.shown()),
            _ if !self.unit.is_empty() => format!("{} {}", g.shown(), self.unit),
            _ => g.shown(),
        }
    }

    /// This indicator as it stood on `date` (YYYY-MM-DD): only the measurements up to it.
    pub fn until(&self, date: &str) -> Indicator {
        Indicator {
            metingen: self
                .metingen
                .iter()
                .filter(|m| m.date.as_str() <= date)
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// The target is below the baseline: lower values are better.
    pub fn lower_is_better(&self) -> bool {
        matches!((self.baseline, self.target), (Some(b), Some(t)) if t < b)
    }

    pub fn voortgang(&self) -> Voortgang {
        let (Some(latest), Some(b), Some(t)) = (self.latest(), self.baseline, self.target) else {
            return Voortgang::Onbekend;
        };
        if b == t {
            return Voortgang::GeenAfstand {
                op_doel: latest.value == t,
            };
        }
        let num = i128::from(latest.value.0 - b.0) * 100;
        let den = i128::from(t.0 - b.0);
        Voortgang::Procent(round_div(num, den) as i64)
    }
}

/// `n / d` rounded half away from zero (`d` is not zero).
fn round_div(n: i128, d: i128) -> i128 {
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    if n >= 0 {
        (n + d / 2) / d
    } else {
        -((-n + d / 2) / d)
    }
}

/// The chart's size in viewBox units and the plot area inside it.
pub const CHART_WIDTH: i64 = 640;
pub const CHART_HEIGHT: i64 = 260;
pub const CHART_LEFT: i64 = 70;
pub const CHART_RIGHT: i64 = 610;
pub const CHART_TOP: i64 = 20;
pub const CHART_BOTTOM: i64 = 210;

/// One measurement in the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punt {
    pub meting: String,
    pub date: String,
    pub value: Getal,
    pub x: i64,
    pub y: i64,
}

/// An indicator's line chart in integer coordinates: the measurements by date, evenly spaced
/// from left to right, and the horizontal lines of baseline and target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grafiek {
    pub points: Vec<Punt>,
    pub baseline_y: Option<i64>,
    pub target_y: Option<i64>,
    /// The values at the top and bottom of the plot area.
    pub top: Getal,
    pub bottom: Getal,
}

/// The chart of `indicator` (see [`Grafiek`]). The vertical range covers every value, the
/// baseline and the target, and the whole scale for [`Schaal::Schaal15`] and
/// [`Schaal::Percentage`]; a range of one value is widened by one unit each way.
pub fn grafiek(indicator: &Indicator) -> Grafiek {
    let sorted = indicator.sorted();
    let mut values: Vec<i64> = sorted.iter().map(|m| m.value.0).collect();
    values.extend(indicator.baseline.map(|g| g.0));
    values.extend(indicator.target.map(|g| g.0));
    let (low, high) = indicator.scale.bounds();
    if let (Some(l), Some(h)) = (low, high) {
        values.extend([l, h]);
    }
    let mut min = values.iter().copied().min().unwrap_or(0);
    let mut max = values.iter().copied().max().unwrap_or(100);
    if min == max {
        min -= 100;
        max += 100;
    }
    let y = |v: i64| -> i64 {
        let span = i128::from(max - min);
        let from_top = i128::from(max - v) * i128::from(CHART_BOTTOM - CHART_TOP);
        CHART_TOP + round_div(from_top, span) as i64
    };
    let n = sorted.len() as i64;
    let points = sorted
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = if n <= 1 {
                (CHART_LEFT + CHART_RIGHT) / 2
            } else {
                CHART_LEFT + (CHART_RIGHT - CHART_LEFT) * i as i64 / (n - 1)
            };
            Punt {
                meting: m.id.clone(),
                date: m.date.clone(),
                value: m.value,
                x,
                y: y(m.value.0),
            }
        })
        .collect();
    Grafiek {
        points,
        baseline_y: indicator.baseline.map(|g| y(g.0)),
        target_y: indicator.target.map(|g| y(g.0)),
        top: Getal(max),
        bottom: Getal(min),
    }
}

impl Doel {
    pub fn new(id: String, text: String, bron: Option<Bron>, now: Millis) -> Doel {
        Doel {
            id,
            text,
            bron,
            indicatoren: Vec::new(),
            created_ms: now,
            updated_ms: now,
        }
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicatoren.iter().find(|i| i.id == id)
    }
}

// serde's `Serialize` and `Deserialize` for the structs above: read from JSON objects only
// (see `wire`).
objects!(Bron, Doel, Indicator, Meting, LeerlogEntry);
