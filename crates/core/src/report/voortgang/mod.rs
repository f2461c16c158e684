//! The Voortgangsrapportage: what a samenwerking did over a period, as a document a
//! facilitator sends to the municipality that funds it. Pure: the period and today's date are
//! passed in. [`rapport`] builds the content as data ([`Rapport`], its [`Section`]s);
//! [`document`] lays each section out as a few kinds of [`Block`] (headings, text, facts,
//! lists, tables, the trend chart), which the screen (`ui::rapport`, one renderer for every
//! section) and [`voortgang_markdown`] both show, so screen and download say the same.
//!
//! The parts: the period (here), `data` (the report as data), `build` (building it from a
//! samenwerking), `document` and `text` (the sections as blocks, and their texts) and
//! `markdown`.
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

use crate::domain::Samenwerking;

use super::dates::{add_days, dutch_iso_date};

mod build;
mod data;
mod document;
mod markdown;
mod text;

pub use build::*;
pub use data::*;
pub use document::*;
pub use markdown::*;
pub use text::*;

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
