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
//! The maths, exact and checkable by hand. For one ingrediënt with scores x₁ … xₙ (each 1..=5;
//! "weet ik niet" is counted apart and never in n):
//!
//! * mean = Σx / n
//! * population variance = D / n², with D = n·Σx² − (Σx)² (an integer), stdev = √D / n
//! * spread: fewer than 2 scores → [`Spread::TooFew`]; stdev ≤ ½ (4·D ≤ n²) →
//!   [`Spread::Agreement`]; stdev ≥ 1 (D ≥ n²) → [`Spread::Divided`]; in between
//!   [`Spread::Mixed`].
//!
//! Labels and rankings compare the integers (Σx, D, n), so ties are exact ties and never
//! floating-point noise; `mean` and `stdev` are the same numbers as `f64` for display.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::wire::{self, named_enum, objects};

use super::content;
use super::file;
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
/// Per-organisation results need at least this many responses (and scores) behind them.
pub const MIN_GROUP_SIZE: usize = 3;

/// The value of the `format` field of every answer file.
pub const ANSWER_FORMAT: &str = "vitaal-samenwerken-scanantwoord";
/// The answer file version this build writes.
pub const ANSWER_VERSION: u64 = 1;
/// Answer files larger than this are refused before they are read. Sixteen remarks of 1000
/// characters stay far below it, even with every character escaped.
pub const MAX_ANSWER_FILE_BYTES: usize = 256 * 1024;
/// File name extension of an answer file.
pub const ANSWER_EXTENSION: &str = ".scanantwoord.json";

/// A score 1..=5, or `None` for "weet ik niet".
pub type Score = Option<u8>;

/// One participant's answer about one ingrediënt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Answer {
    #[serde(default)]
    pub score: Score,
    #[serde(default)]
    pub remark: String,
}

impl Answer {
    pub fn new(score: Score) -> Answer {
        Answer {
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
    pub answers: BTreeMap<String, Answer>,
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
            Answer {
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
        let Answer { score, remark } = answer;
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
            Answer {
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

// ---- answer files ----

/// An answer file as read: which scan it answers, and the one response it carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerFile {
    pub scan: String,
    pub samenwerking: String,
    /// For the message to the facilitator only; merging does not compare it.
    pub scan_title: String,
    pub exported_ms: Millis,
    pub response: Response,
}

/// The answer file layout (version 1).
#[derive(Serialize, Deserialize)]
#[serde(remote = "Self")]
struct AnswerWire {
    format: String,
    version: u64,
    #[serde(default)]
    exported_ms: Millis,
    scan: String,
    samenwerking: String,
    #[serde(default)]
    scan_title: String,
    response: Response,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerFileError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not valid UTF-8 text.
    NotText,
    NotJson,
    TooDeep,
    /// JSON, but not an answer file (no or another `format`, e.g. a samenwerking file).
    WrongFormat,
    /// Missing, non-integer or zero `version`.
    BadVersion,
    /// Written by a newer app than this one.
    NewerVersion {
        found: u64,
        supported: u64,
    },
    /// Fields missing or of the wrong type, with the exact place (`response.answers.x.score`).
    Structure(String),
    /// Content that breaks the rules.
    Content(ScanError),
}

impl From<file::EnvelopeError> for AnswerFileError {
    fn from(e: file::EnvelopeError) -> Self {
        use file::EnvelopeError as E;
        match e {
            E::TooLarge { bytes, max } => AnswerFileError::TooLarge { bytes, max },
            E::TooDeep => AnswerFileError::TooDeep,
            E::NotJson => AnswerFileError::NotJson,
            E::WrongFormat => AnswerFileError::WrongFormat,
            E::BadVersion => AnswerFileError::BadVersion,
            E::NewerVersion { found, supported } => {
                AnswerFileError::NewerVersion { found, supported }
            }
        }
    }
}

/// Serialises one participant's response as an answer file for `scan` (compact JSON). Only
/// the scan's id, samenwerking and title go along, never other responses. The response is
/// marked [`Source::File`].
pub fn answer_file(scan: &Scan, response: &Response, now: Millis) -> String {
    let wire = AnswerWire {
        format: ANSWER_FORMAT.to_string(),
        version: ANSWER_VERSION,
        exported_ms: now,
        scan: scan.id.clone(),
        samenwerking: scan.samenwerking.clone(),
        scan_title: scan.title.clone(),
        response: Response {
            source: Source::File,
            ..response.clone()
        },
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// A safe file name for an answer file: `antwoord-<response id>.scanantwoord.json`.
pub fn answer_file_name(response: &Response) -> String {
    let id: String = response
        .id
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
        .take(64)
        .collect();
    let id = if id.is_empty() { "scan".into() } else { id };
    format!("antwoord-{id}{ANSWER_EXTENSION}")
}

/// Reads an answer file's bytes: size and encoding first, then as [`read_answer_file`].
pub fn read_answer_file_bytes(bytes: &[u8]) -> Result<AnswerFile, AnswerFileError> {
    if bytes.len() > MAX_ANSWER_FILE_BYTES {
        return Err(AnswerFileError::TooLarge {
            bytes: bytes.len(),
            max: MAX_ANSWER_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| AnswerFileError::NotText)?;
    read_answer_file(text)
}

/// Reads an answer file: size, nesting, JSON, format, version, structure, content. Nothing is
/// changed anywhere; [`Scan::merge`] decides whether it belongs to the scan.
pub fn read_answer_file(text: &str) -> Result<AnswerFile, AnswerFileError> {
    let (value, _version) =
        file::read_envelope(text, ANSWER_FORMAT, MAX_ANSWER_FILE_BYTES, ANSWER_VERSION)?;
    let wire: AnswerWire = wire::read(&value).map_err(AnswerFileError::Structure)?;
    let content = |e: ScanError| AnswerFileError::Content(e);
    validate::id(&wire.scan).map_err(|e| content(e.into()))?;
    validate::id(&wire.samenwerking).map_err(|e| content(e.into()))?;
    let scan_title =
        validate::line(Field::Name, &wire.scan_title, false).map_err(|e| content(e.into()))?;
    let response = validate_response(&wire.response).map_err(content)?;
    Ok(AnswerFile {
        scan: wire.scan,
        samenwerking: wire.samenwerking,
        scan_title,
        exported_ms: wire.exported_ms,
        response,
    })
}

/// What merging an answer file did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    /// A new response.
    Added,
    /// This very response was merged before (the same file twice): nothing changed.
    AlreadyThere,
}

/// Why an answer file was not merged. The scan is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// The file answers a scan of another samenwerking.
    ForeignSamenwerking,
    /// The file answers another scan of this samenwerking.
    ForeignScan,
    /// The scan has a response with this id but different answers (e.g. changed and exported
    /// again). [`Scan::replace_response`] takes the new one if the facilitator wants it.
    Conflict { response: String },
    /// Invalid content, or the scan is full.
    Content(ScanError),
}

// ---- statistics ----

/// How much the scores differ (see the module documentation for the exact bounds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spread {
    /// Fewer than two scores.
    TooFew,
    /// stdev ≤ 0.5.
    Agreement,
    /// 0.5 < stdev < 1.
    Mixed,
    /// stdev ≥ 1: people see it differently — where the conversation starts.
    Divided,
}

/// The scores about one ingrediënt (or pooled over a factor).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    /// Number of scores 1..=5.
    pub n: u32,
    /// Number of "weet ik niet".
    pub unknown: u32,
    /// Indexed like a paper tally: `counts[0] == unknown`, `counts[s]` = number of score `s`.
    pub counts: [u32; 6],
    /// Σx / n (None without scores).
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// Population standard deviation √(n·Σx² − (Σx)²) / n (None without scores).
    pub stdev: Option<f64>,
    pub spread: Spread,
}

impl Stats {
    pub fn from_counts(counts: [u32; 6]) -> Stats {
        let n = counts[1..].iter().fold(0u32, |a, c| a.saturating_add(*c));
        let (sum, _, d) = moments(&counts);
        let min = (1..=5u8).find(|s| counts[*s as usize] > 0);
        let max = (1..=5u8).rev().find(|s| counts[*s as usize] > 0);
        let spread = if n < 2 {
            Spread::TooFew
        } else {
            let n2 = u128::from(n) * u128::from(n);
            if d.saturating_mul(4) <= n2 {
                Spread::Agreement
            } else if d < n2 {
                Spread::Mixed
            } else {
                Spread::Divided
            }
        };
        Stats {
            n,
            unknown: counts[0],
            counts,
            mean: (n > 0).then(|| sum as f64 / f64::from(n)),
            min,
            max,
            stdev: (n > 0).then(|| (d as f64).sqrt() / f64::from(n)),
            spread,
        }
    }

    /// max − min (0 without scores).
    pub fn range(&self) -> u8 {
        match (self.min, self.max) {
            (Some(lo), Some(hi)) => hi - lo,
            _ => 0,
        }
    }

    fn sum(&self) -> u128 {
        moments(&self.counts).0
    }

    fn deviation(&self) -> u128 {
        moments(&self.counts).2
    }
}

/// (Σx, Σx², D = n·Σx² − (Σx)²) of the scores in `counts`, exact.
fn moments(counts: &[u32; 6]) -> (u128, u128, u128) {
    let (mut n, mut sum, mut squares) = (0u128, 0u128, 0u128);
    for s in 1..=5u128 {
        let c = u128::from(counts[s as usize]);
        n += c;
        sum += s * c;
        squares += s * s * c;
    }
    (sum, squares, (n * squares).saturating_sub(sum * sum))
}

/// Compares variances D_a/n_a² and D_b/n_b² exactly: D_a·n_b² against D_b·n_a².
fn cmp_variance(a: &Stats, b: &Stats) -> Ordering {
    let (na, nb) = (u128::from(a.n), u128::from(b.n));
    let left = a.deviation().saturating_mul(nb * nb);
    let right = b.deviation().saturating_mul(na * na);
    left.cmp(&right)
}

/// Compares means Σ_a/n_a and Σ_b/n_b exactly: Σ_a·n_b against Σ_b·n_a.
fn cmp_mean(a: &Stats, b: &Stats) -> Ordering {
    let (na, nb) = (u128::from(a.n), u128::from(b.n));
    (a.sum() * nb).cmp(&(b.sum() * na))
}

fn add_counts(mut total: [u32; 6], more: [u32; 6]) -> [u32; 6] {
    for (t, m) in total.iter_mut().zip(more) {
        *t = t.saturating_add(m);
    }
    total
}

fn add_answer(counts: &mut [u32; 6], answer: Option<&Answer>) {
    let index = match answer.map(|a| a.score) {
        None => return,
        Some(None) => 0,
        Some(Some(s)) if (MIN_SCORE..=MAX_SCORE).contains(&s) => usize::from(s),
        // Out of range: refused by validation; never counted.
        Some(Some(_)) => return,
    };
    counts[index] = counts[index].saturating_add(1);
}

fn counts_of<'a>(responses: impl Iterator<Item = &'a Response>, ingredient: &str) -> [u32; 6] {
    let mut counts = [0u32; 6];
    for r in responses {
        add_answer(&mut counts, r.answers.get(ingredient));
    }
    counts
}

/// Per-organisation results of the organisations with enough responses.
#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationBreakdown {
    /// Sorted by organisation (case-insensitively).
    pub groups: Vec<OrganisationStats>,
    /// Organisations left out because fewer than the threshold answered.
    pub hidden_groups: usize,
    /// Responses that named no organisation (never grouped).
    pub without_organisation: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationStats {
    /// As the first response (by id) spelled it; grouping ignores case and outer spaces.
    pub organisation: String,
    pub responses: usize,
    /// In content order; only ingrediënten with at least the threshold of scores.
    pub ingredients: Vec<(String, Stats)>,
    /// In content order; only factors scored by at least the threshold of respondents.
    pub factors: Vec<(String, Stats)>,
}

/// The mean per scan of one ingrediënt or factor, in the order of [`Trend::scans`].
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLine {
    pub id: String,
    pub means: Vec<Option<f64>>,
    /// The number of scores behind each mean.
    pub n: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendScan {
    pub id: String,
    pub title: String,
    pub created_ms: Millis,
}

/// Scans compared over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// Chronological (created_ms, then id).
    pub scans: Vec<TrendScan>,
    /// The sixteen ingrediënten in content order.
    pub ingredients: Vec<TrendLine>,
    /// The five factors in content order.
    pub factors: Vec<TrendLine>,
}

/// Per ingrediënt and per factor the mean in each scan, oldest scan first. The caller passes
/// the scans of one samenwerking (and decides whether unrevealed scans count).
pub fn trend(scans: &[Scan]) -> Trend {
    let mut order: Vec<&Scan> = scans.iter().collect();
    order.sort_by(|a, b| {
        a.created_ms
            .cmp(&b.created_ms)
            .then_with(|| a.id.cmp(&b.id))
    });
    let model = content::nl();
    let ingredients: Vec<Vec<(String, Stats)>> =
        order.iter().map(|s| s.ingredient_stats()).collect();
    let factors: Vec<Vec<(String, Stats)>> = order.iter().map(|s| s.factor_stats()).collect();
    Trend {
        scans: order
            .iter()
            .map(|s| TrendScan {
                id: s.id.clone(),
                title: s.title.clone(),
                created_ms: s.created_ms,
            })
            .collect(),
        ingredients: trend_lines(model.ingredients().map(|(_, i)| &i.id), &ingredients),
        factors: trend_lines(model.factors.iter().map(|f| &f.id), &factors),
    }
}

/// One line per id; `tables` holds per scan the stats in the same (content) order as `ids`.
fn trend_lines<'a>(
    ids: impl Iterator<Item = &'a String>,
    tables: &[Vec<(String, Stats)>],
) -> Vec<TrendLine> {
    ids.enumerate()
        .map(|(k, id)| TrendLine {
            id: id.clone(),
            means: tables.iter().map(|t| t[k].1.mean).collect(),
            n: tables.iter().map(|t| t[k].1.n).collect(),
        })
        .collect()
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

    /// Merges one answer file. The same file twice is recognised ([`MergeOutcome::AlreadyThere`],
    /// nothing changes); a file of another scan or samenwerking, or with the id of a different
    /// response, is refused. Responses stay sorted by id, so any order of the same files (with
    /// no conflicting pair among them) gives the same scan.
    pub fn merge(&mut self, file: AnswerFile) -> Result<MergeOutcome, MergeError> {
        match self.check_merge(&file)? {
            None => Ok(MergeOutcome::AlreadyThere),
            Some(response) => {
                self.insert_sorted(response);
                Ok(MergeOutcome::Added)
            }
        }
    }

    /// What [`Scan::merge`] would do, without changing the scan: the response to add, `None`
    /// when exactly this response is already there, or why the file is refused.
    pub fn check_merge(&self, file: &AnswerFile) -> Result<Option<Response>, MergeError> {
        if file.samenwerking != self.samenwerking {
            return Err(MergeError::ForeignSamenwerking);
        }
        if file.scan != self.id {
            return Err(MergeError::ForeignScan);
        }
        let mut response = validate_response(&file.response).map_err(MergeError::Content)?;
        response.source = Source::File;
        match self.response(&response.id) {
            Some(existing) if *existing == response => return Ok(None),
            Some(_) => {
                return Err(MergeError::Conflict {
                    response: response.id,
                })
            }
            None => {}
        }
        if self.responses.len() >= MAX_RESPONSES {
            return Err(MergeError::Content(ScanError::TooManyResponses {
                max: MAX_RESPONSES,
            }));
        }
        Ok(Some(response))
    }

    /// All cards and scores about one ingrediënt: the paper tally plus every response.
    pub fn counts(&self, ingredient: &str) -> [u32; 6] {
        add_counts(
            self.paper.get(ingredient),
            counts_of(self.responses.iter(), ingredient),
        )
    }

    pub fn stats(&self, ingredient: &str) -> Stats {
        Stats::from_counts(self.counts(ingredient))
    }

    /// The sixteen ingrediënten in content order.
    pub fn ingredient_stats(&self) -> Vec<(String, Stats)> {
        content::nl()
            .ingredients()
            .map(|(_, i)| (i.id.clone(), self.stats(&i.id)))
            .collect()
    }

    /// The five factors in content order, each over all scores of its ingrediënten.
    pub fn factor_stats(&self) -> Vec<(String, Stats)> {
        content::nl()
            .factors
            .iter()
            .map(|f| {
                let counts = f
                    .ingredients
                    .iter()
                    .fold([0; 6], |total, i| add_counts(total, self.counts(&i.id)));
                (f.id.clone(), Stats::from_counts(counts))
            })
            .collect()
    }

    /// Ingrediënten with at least two scores, the most disagreement first: stdev descending,
    /// then range descending, then id.
    pub fn divergence_ranking(&self) -> Vec<(String, Stats)> {
        let mut list: Vec<(String, Stats)> = self
            .ingredient_stats()
            .into_iter()
            .filter(|(_, s)| s.n >= 2)
            .collect();
        list.sort_by(|(ia, a), (ib, b)| {
            cmp_variance(b, a)
                .then_with(|| b.range().cmp(&a.range()))
                .then_with(|| ia.cmp(ib))
        });
        list
    }

    /// Ingrediënten with at least one score, the lowest mean first; equal means: more scores
    /// first, then id.
    pub fn weakest(&self) -> Vec<(String, Stats)> {
        let mut list: Vec<(String, Stats)> = self
            .ingredient_stats()
            .into_iter()
            .filter(|(_, s)| s.n >= 1)
            .collect();
        list.sort_by(|(ia, a), (ib, b)| {
            cmp_mean(a, b)
                .then_with(|| b.n.cmp(&a.n))
                .then_with(|| ia.cmp(ib))
        });
        list
    }

    /// Up to `k` ingrediënt ids for the next bijeenkomst's agenda: the divided ones
    /// ([`Spread::Divided`], in divergence order) first, then the weakest; each once.
    pub fn agenda_suggestion(&self, k: usize) -> Vec<String> {
        let disputed = self
            .divergence_ranking()
            .into_iter()
            .filter(|(_, s)| s.spread == Spread::Divided);
        let mut ids: Vec<String> = Vec::new();
        for (id, _) in disputed.chain(self.weakest()) {
            if ids.len() >= k {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// Results per organisation, only where at least `min` responses stand behind them (and
    /// within a group, only ingrediënten with at least `min` scores and factors scored by at
    /// least `min` respondents). `min` is never below [`MIN_GROUP_SIZE`]: a caller can be
    /// stricter, not laxer. The paper tally has no organisations and is not included.
    pub fn per_organisation(&self, min: usize) -> OrganisationBreakdown {
        let min = min.max(MIN_GROUP_SIZE);
        let mut groups: BTreeMap<String, (String, Vec<&Response>)> = BTreeMap::new();
        let mut without_organisation = 0;
        for r in &self.responses {
            let organisation = r.organisation.trim();
            if organisation.is_empty() {
                without_organisation += 1;
                continue;
            }
            groups
                .entry(organisation.to_ascii_lowercase())
                .or_insert_with(|| (organisation.to_string(), Vec::new()))
                .1
                .push(r);
        }
        let model = content::nl();
        let mut shown = Vec::new();
        let mut hidden_groups = 0;
        for (_, (organisation, members)) in groups {
            if members.len() < min {
                hidden_groups += 1;
                continue;
            }
            let ingredients = model
                .ingredients()
                .map(|(_, i)| {
                    let counts = counts_of(members.iter().copied(), &i.id);
                    (i.id.clone(), Stats::from_counts(counts))
                })
                .filter(|(_, s)| s.n as usize >= min)
                .collect();
            let factors = model
                .factors
                .iter()
                .filter(|f| {
                    let respondents = members
                        .iter()
                        .filter(|r| {
                            f.ingredients
                                .iter()
                                .any(|i| r.answers.get(&i.id).is_some_and(Answer::is_score))
                        })
                        .count();
                    respondents >= min
                })
                .map(|f| {
                    let counts = f.ingredients.iter().fold([0; 6], |total, i| {
                        add_counts(total, counts_of(members.iter().copied(), &i.id))
                    });
                    (f.id.clone(), Stats::from_counts(counts))
                })
                .collect();
            shown.push(OrganisationStats {
                organisation,
                responses: members.len(),
                ingredients,
                factors,
            });
        }
        OrganisationBreakdown {
            groups: shown,
            hidden_groups,
            without_organisation,
        }
    }
}

// serde's `Serialize` and `Deserialize` for the structs above: read from JSON objects only
// (see `wire`).
objects!(Answer, Response, PaperTally, Scan, AnswerWire);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_moments_are_exact_integers() {
        // Scores 2, 4, 4, 5: Σx = 15, Σx² = 4 + 16 + 16 + 25 = 61, D = 4·61 − 15² = 19.
        assert_eq!(moments(&[7, 0, 1, 0, 2, 1]), (15, 61, 19));
        assert_eq!(moments(&[0; 6]), (0, 0, 0));
    }

    #[test]
    fn scan_variances_compare_without_rounding() {
        // 1, 5 (D = 2·26 − 36 = 16, n = 2: variance 4) against 3 × 1 and 3 × 5
        // (D = 6·78 − 324 = 144, n = 6: variance 4): an exact tie.
        let a = Stats::from_counts([0, 1, 0, 0, 0, 1]);
        let b = Stats::from_counts([0, 3, 0, 0, 0, 3]);
        assert_eq!(cmp_variance(&a, &b), Ordering::Equal);
        // Means 3 and 3 too: 6/2 against 18/6.
        assert_eq!(cmp_mean(&a, &b), Ordering::Equal);
        let c = Stats::from_counts([0, 0, 0, 1, 1, 0]);
        assert_eq!(cmp_variance(&c, &a), Ordering::Less);
        assert_eq!(cmp_mean(&c, &a), Ordering::Greater);
    }

    #[test]
    fn scan_counts_ignore_skipped_and_out_of_range_answers() {
        let mut counts = [0; 6];
        add_answer(&mut counts, None);
        add_answer(&mut counts, Some(&Answer::new(None)));
        add_answer(&mut counts, Some(&Answer::new(Some(3))));
        add_answer(&mut counts, Some(&Answer::new(Some(9))));
        add_answer(&mut counts, Some(&Answer::new(Some(0))));
        assert_eq!(counts, [1, 0, 0, 1, 0, 0]);
    }
}
