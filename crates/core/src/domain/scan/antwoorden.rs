//! Answer files: one participant's response, made on their own device
//! ([`answer_file`]), read back on the facilitator's ([`read_answer_file`]) and merged into the
//! scan ([`Scan::merge`]). The file has its own small format (`docs/file-format.md`,
//! "Answer files").

use serde::{Deserialize, Serialize};

use super::{validate_response, Response, Scan, ScanError, Source, MAX_RESPONSES};
use crate::domain::file;
use crate::domain::model::Millis;
use crate::domain::validate::{self, Field};
use crate::domain::wire::{self, objects};

/// The value of the `format` field of every answer file.
pub const ANSWER_FORMAT: &str = "vitaal-samenwerken-scanantwoord";
/// The answer file version this build writes.
pub const ANSWER_VERSION: u64 = 1;
/// Answer files larger than this are refused before they are read. Sixteen remarks of 1000
/// characters stay far below it, even with every character escaped.
pub const MAX_ANSWER_FILE_BYTES: usize = 256 * 1024;
/// File name extension of an answer file.
pub const ANSWER_EXTENSION: &str = ".scanantwoord.json";

/// An answer file as read: which scan it answers, and the one response it carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Antwoordbestand {
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
struct AntwoordbestandWire {
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
pub enum AntwoordbestandError {
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

impl From<file::EnvelopeError> for AntwoordbestandError {
    fn from(e: file::EnvelopeError) -> Self {
        use file::EnvelopeError as E;
        match e {
            E::TooLarge { bytes, max } => AntwoordbestandError::TooLarge { bytes, max },
            E::TooDeep => AntwoordbestandError::TooDeep,
            E::NotJson => AntwoordbestandError::NotJson,
            E::WrongFormat => AntwoordbestandError::WrongFormat,
            E::BadVersion => AntwoordbestandError::BadVersion,
            E::NewerVersion { found, supported } => {
                AntwoordbestandError::NewerVersion { found, supported }
            }
        }
    }
}

/// Serialises one participant's response as an answer file for `scan` (compact JSON). Only
/// the scan's id, samenwerking and title go along, never other responses. The response is
/// marked [`Source::File`].
pub fn answer_file(scan: &Scan, response: &Response, now: Millis) -> String {
    let wire = AntwoordbestandWire {
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
pub fn read_answer_file_bytes(bytes: &[u8]) -> Result<Antwoordbestand, AntwoordbestandError> {
    if bytes.len() > MAX_ANSWER_FILE_BYTES {
        return Err(AntwoordbestandError::TooLarge {
            bytes: bytes.len(),
            max: MAX_ANSWER_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| AntwoordbestandError::NotText)?;
    read_answer_file(text)
}

/// Reads an answer file: size, nesting, JSON, format, version, structure, content. Nothing is
/// changed anywhere; [`Scan::merge`] decides whether it belongs to the scan.
pub fn read_answer_file(text: &str) -> Result<Antwoordbestand, AntwoordbestandError> {
    let (value, _version) =
        file::read_envelope(text, ANSWER_FORMAT, MAX_ANSWER_FILE_BYTES, ANSWER_VERSION)?;
    let wire: AntwoordbestandWire = wire::read(&value).map_err(AntwoordbestandError::Structure)?;
    let content = |e: ScanError| AntwoordbestandError::Content(e);
    validate::id(&wire.scan).map_err(|e| content(e.into()))?;
    validate::id(&wire.samenwerking).map_err(|e| content(e.into()))?;
    let scan_title =
        validate::line(Field::Name, &wire.scan_title, false).map_err(|e| content(e.into()))?;
    let response = validate_response(&wire.response).map_err(content)?;
    Ok(Antwoordbestand {
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

impl Scan {
    /// Merges one answer file. The same file twice is recognised ([`MergeOutcome::AlreadyThere`],
    /// nothing changes); a file of another scan or samenwerking, or with the id of a different
    /// response, is refused. Responses stay sorted by id, so any order of the same files (with
    /// no conflicting pair among them) gives the same scan.
    pub fn merge(&mut self, file: Antwoordbestand) -> Result<MergeOutcome, MergeError> {
        match self.check_merge(&file)? {
            None => Ok(MergeOutcome::AlreadyThere),
            Some(response) => {
                self.insert_sorted(response);
                Ok(MergeOutcome::Added)
            }
        }
    }

    /// Takes a newer answer file of a participant already in the scan (the facilitator's yes
    /// after a [`MergeError::Conflict`]): the response with the file's id is replaced. Refused
    /// like [`Scan::merge`] for a file of another scan or samenwerking or invalid content, and
    /// with [`ScanError::NotFound`] when no response has that id. Returns whether it changed.
    pub fn replace_from(&mut self, file: Antwoordbestand) -> Result<bool, MergeError> {
        if file.samenwerking != self.samenwerking {
            return Err(MergeError::ForeignSamenwerking);
        }
        if file.scan != self.id {
            return Err(MergeError::ForeignScan);
        }
        let mut response = validate_response(&file.response).map_err(MergeError::Content)?;
        response.source = Source::File;
        if self.response(&response.id) == Some(&response) {
            return Ok(false);
        }
        self.replace_response(response)
            .map_err(MergeError::Content)?;
        Ok(true)
    }

    /// What [`Scan::merge`] would do, without changing the scan: the response to add, `None`
    /// when exactly this response is already there, or why the file is refused.
    pub fn check_merge(&self, file: &Antwoordbestand) -> Result<Option<Response>, MergeError> {
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
}

// serde's `Serialize` and `Deserialize` for `AntwoordbestandWire`: read from a JSON object only (see
// `wire`).
objects!(AntwoordbestandWire);
