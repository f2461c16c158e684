//! The Ingrediëntenscan: every participant rates each of the sixteen ingrediënten 1–5 or
//! "weet ik niet" (with an optional remark), collected without a network in three ways —
//! pass-the-laptop ([`Scan::add_response`]), answer files from participants' own devices
//! ([`answer_file`], [`read_answer_file`], [`Scan::merge`]) and counts typed in from a paper or
//! card round ([`Scan::set_paper`]) — and summarised with the spread, not only the mean.
//!
//! Plain data and pure functions: time and ids are passed in. Scans live in
//! [`super::model::Samenwerking::scans`] (file version 3) and change through
//! [`super::command::ScanChange`]; the answer file has its own small format.
//!
//! This module is the model (a scan, its responses and paper tally) and its validation;
//! `antwoorden.rs` reads and writes answer files and merges them, `stats.rs` summarises a scan
//! (spread, rankings, per organisation, trend). Everything is used as `domain::scan::…`.

mod antwoorden;
mod stats;

pub use antwoorden::{
    answer_file, answer_file_name, read_answer_file, read_answer_file_bytes, Antwoordbestand,
    AntwoordbestandError, MergeError, MergeOutcome, ANSWER_EXTENSION, ANSWER_FORMAT,
    ANSWER_VERSION, MAX_ANSWER_FILE_BYTES,
};
pub use stats::{
    trend, OrganisationBreakdown, OrganisationStats, Spread, Stats, Trend, TrendLine, TrendScan,
    AGREEMENT_MAX_STDEV_TENTHS, DIVIDED_MIN_STDEV_TENTHS, MIN_GROUP_SIZE, SPREAD_MIN_SCORES,
};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::wire::{named_enum, objects};

use super::model::Millis;
use super::validate::{self, DomainError, Field};

pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 5;
/// A remark per ingrediënt, in characters.
pub const MAX_REMARK_CHARS: usize = 1_000;
/// Responses in one scan (the same bound as partners in a samenwerking).
pub const MAX_RESPONSES: usize = 500;
/// Cards per score per ingrediënt in a paper round.
pub const MAX_PAPER_COUNT: u32 = 10_000;

/// A score 1..=5, or `None` for "weet ik niet".
pub type Score = Option<u8>;

/// One participant's answer about one ingrediënt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ScanAntwoord {
    #[serde(default)]
    pub score: Score,
    #[serde(default)]
    pub remark: String,
}

impl ScanAntwoord {
    pub fn new(score: Score) -> ScanAntwoord {
        ScanAntwoord {
            score,
            remark: String::new(),
        }
    }

    /// True for a score 1..=5 (false for "weet ik niet").
    pub fn is_score(&self) -> bool {
        self.score
            .is_some_and(|s| (MIN_SCORE..=MAX_SCORE).contains(&s))
    }
}

named_enum! {
    /// How a response came in.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Source {
        /// Filled in on the facilitator's device, one participant after the other.
        Laptop = "laptop",
        /// Filled in on the participant's own device and merged from an answer file.
        File = "file",
        /// A paper form typed in by the facilitator.
        Paper = "paper",
    }
}

/// One participant's scan. Anonymous by default: `name` and `organisation` may be empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Response {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    /// Per ingrediënt id. An ingrediënt that is absent was skipped and counts nowhere; an
    /// answer with `score: None` is an explicit "weet ik niet".
    #[serde(default)]
    pub answers: BTreeMap<String, ScanAntwoord>,
    pub submitted_ms: Millis,
    pub source: Source,
}

impl Response {
    pub fn new(id: String, source: Source, now: Millis) -> Response {
        Response {
            id,
            name: String::new(),
            organisation: String::new(),
            answers: BTreeMap::new(),
            submitted_ms: now,
            source,
        }
    }

    /// Sets (or replaces) the answer about one ingrediënt. Checked by [`validate_response`].
    pub fn set(&mut self, ingredient: &str, score: Score, remark: &str) {
        self.answers.insert(
            ingredient.to_string(),
            ScanAntwoord {
                score,
                remark: remark.to_string(),
            },
        );
    }
}

/// Counts from a paper or card round, per ingrediënt id: index 0 is the number of
/// "weet ik niet" cards, index 1..=5 the number of cards with that score.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PaperTally {
    #[serde(default)]
    pub counts: BTreeMap<String, [u32; 6]>,
}

impl PaperTally {
    /// The counts for one ingrediënt (all zero when none were typed in).
    pub fn get(&self, ingredient: &str) -> [u32; 6] {
        self.counts.get(ingredient).copied().unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.values().all(|c| c.iter().all(|n| *n == 0))
    }

    /// All cards typed in, "weet ik niet" included.
    pub fn cards(&self) -> u64 {
        self.counts
            .values()
            .flat_map(|c| c.iter())
            .map(|n| u64::from(*n))
            .sum()
    }
}

/// One scan of a samenwerking. `responses` are kept sorted by id, so merging answer files
/// gives the same scan in any order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Scan {
    pub id: String,
    /// The id of the samenwerking it belongs to.
    pub samenwerking: String,
    pub title: String,
    pub created_ms: Millis,
    /// Results stay hidden (in the UI) until the facilitator reveals them.
    #[serde(default)]
    pub revealed: bool,
    #[serde(default)]
    pub responses: Vec<Response>,
    #[serde(default)]
    pub paper: PaperTally,
}

/// Why a response, a paper count or a scan is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanError {
    /// Text, an id or an ingrediënt id that breaks the general rules (too long, markup,
    /// [`DomainError::UnknownIngredient`] …). A remark that is too long is
    /// `TooLong { field: Field::Note, max: MAX_REMARK_CHARS }`.
    Content(DomainError),
    /// A score outside 1..=5.
    BadScore {
        ingredient: String,
        score: u8,
    },
    /// A response without a single answer (not even "weet ik niet").
    NoAnswers,
    /// A response with this id is already in the scan.
    DuplicateResponse,
    /// No response with this id.
    NotFound,
    TooManyResponses {
        max: usize,
    },
    /// A paper count above [`MAX_PAPER_COUNT`].
    PaperCount {
        max: u32,
    },
}

impl From<DomainError> for ScanError {
    fn from(e: DomainError) -> ScanError {
        ScanError::Content(e)
    }
}

/// Checks and normalises (trims) a response. Like the checks in [`validate`], it takes every
/// field by name, so a new field does not compile until it is checked here.
pub fn validate_response(r: &Response) -> Result<Response, ScanError> {
    let Response {
        id,
        name,
        organisation,
        answers: given,
        submitted_ms,
        source,
    } = r;
    validate::id(id)?;
    let name = validate::line(Field::PartnerName, name, false)?;
    let organisation = validate::line(Field::PartnerOrganisation, organisation, false)?;
    if given.is_empty() {
        return Err(ScanError::NoAnswers);
    }
    let mut answers = BTreeMap::new();
    for (ingredient, answer) in given {
        let ScanAntwoord { score, remark } = answer;
        validate::ingredient(ingredient)?;
        if let Some(score) = *score {
            if !(MIN_SCORE..=MAX_SCORE).contains(&score) {
                return Err(ScanError::BadScore {
                    ingredient: ingredient.clone(),
                    score,
                });
            }
        }
        let remark = validate::multiline(Field::Note, remark, MAX_REMARK_CHARS)?;
        answers.insert(
            ingredient.clone(),
            ScanAntwoord {
                score: *score,
                remark,
            },
        );
    }
    Ok(Response {
        id: id.clone(),
        name,
        organisation,
        answers,
        submitted_ms: *submitted_ms,
        source: *source,
    })
}

fn check_counts(counts: &[u32; 6]) -> Result<(), ScanError> {
    if counts.iter().any(|n| *n > MAX_PAPER_COUNT) {
        return Err(ScanError::PaperCount {
            max: MAX_PAPER_COUNT,
        });
    }
    Ok(())
}

/// Checks a paper tally; ingrediënten with only zeros are dropped.
pub fn validate_paper(p: &PaperTally) -> Result<PaperTally, ScanError> {
    let PaperTally { counts: given } = p;
    let mut counts = BTreeMap::new();
    for (ingredient, c) in given {
        validate::ingredient(ingredient)?;
        check_counts(c)?;
        if c.iter().any(|n| *n > 0) {
            counts.insert(ingredient.clone(), *c);
        }
    }
    Ok(PaperTally { counts })
}

/// Checks a whole scan as it will come from a file or storage: ids, title, every response
/// (sorted by id, no id twice) and the paper tally.
pub fn validate_scan(s: &Scan) -> Result<Scan, ScanError> {
    let Scan {
        id,
        samenwerking,
        title,
        created_ms,
        revealed,
        responses: given,
        paper,
    } = s;
    validate::id(id)?;
    validate::id(samenwerking)?;
    let title = validate::line(Field::Name, title, true)?;
    if given.len() > MAX_RESPONSES {
        return Err(ScanError::TooManyResponses { max: MAX_RESPONSES });
    }
    let mut responses = given
        .iter()
        .map(validate_response)
        .collect::<Result<Vec<_>, _>>()?;
    responses.sort_by(|a, b| a.id.cmp(&b.id));
    if responses.windows(2).any(|w| w[0].id == w[1].id) {
        return Err(ScanError::DuplicateResponse);
    }
    Ok(Scan {
        id: id.clone(),
        samenwerking: samenwerking.clone(),
        title,
        created_ms: *created_ms,
        revealed: *revealed,
        responses,
        paper: validate_paper(paper)?,
    })
}

impl Scan {
    pub fn new(id: String, samenwerking: String, title: String, now: Millis) -> Scan {
        Scan {
            id,
            samenwerking,
            title,
            created_ms: now,
            revealed: false,
            responses: Vec::new(),
            paper: PaperTally::default(),
        }
    }

    pub fn response(&self, id: &str) -> Option<&Response> {
        self.responses.iter().find(|r| r.id == id)
    }

    fn insert_sorted(&mut self, response: Response) {
        let at = self.responses.partition_point(|r| r.id < response.id);
        self.responses.insert(at, response);
    }

    /// Adds one participant's response (pass-the-laptop, or a paper form typed in). Refuses
    /// invalid content, an id already in the scan and a full scan.
    pub fn add_response(&mut self, response: Response) -> Result<(), ScanError> {
        let response = validate_response(&response)?;
        if self.response(&response.id).is_some() {
            return Err(ScanError::DuplicateResponse);
        }
        if self.responses.len() >= MAX_RESPONSES {
            return Err(ScanError::TooManyResponses { max: MAX_RESPONSES });
        }
        self.insert_sorted(response);
        Ok(())
    }

    /// Replaces the response with the same id (a participant corrects their answers, or the
    /// facilitator accepts a newer answer file after a [`MergeError::Conflict`]).
    pub fn replace_response(&mut self, response: Response) -> Result<(), ScanError> {
        let response = validate_response(&response)?;
        let slot = self
            .responses
            .iter_mut()
            .find(|r| r.id == response.id)
            .ok_or(ScanError::NotFound)?;
        *slot = response;
        Ok(())
    }

    pub fn remove_response(&mut self, id: &str) -> Result<Response, ScanError> {
        let at = self
            .responses
            .iter()
            .position(|r| r.id == id)
            .ok_or(ScanError::NotFound)?;
        Ok(self.responses.remove(at))
    }

    /// Sets the paper-round counts for one ingrediënt (index 0 "weet ik niet", 1..=5 the
    /// scores); all zeros removes them.
    pub fn set_paper(&mut self, ingredient: &str, counts: [u32; 6]) -> Result<(), ScanError> {
        validate::ingredient(ingredient)?;
        check_counts(&counts)?;
        if counts.iter().all(|n| *n == 0) {
            self.paper.counts.remove(ingredient);
        } else {
            self.paper.counts.insert(ingredient.to_string(), counts);
        }
        Ok(())
    }
}

// serde's `Serialize` and `Deserialize` for the structs above: read from JSON objects only
// (see `wire`).
objects!(ScanAntwoord, Response, PaperTally, Scan);
