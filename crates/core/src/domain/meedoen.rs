//! "Doe mee met je telefoon": participants answer a scan on their own phones, with no network
//! and no server between the phones and the facilitator's laptop.
//!
//! - The facilitator shows an **invitation** ([`Invitation`]) as a QR code: the app's own
//!   address with the invitation in the URL fragment ([`invitation_url`]), which never reaches
//!   a server. It holds the samenwerking's and scan's ids and names, the organisations to choose
//!   from and the ingrediënten by id: never a person's name, an answer or a note.
//! - The phone keeps the participant's answers as they are typed ([`Participation`]), with a
//!   stable response id, so sending again replaces the earlier answer.
//! - "Klaar" shows the answers as one or more **answer codes** ([`answer_codes`]): a versioned
//!   text in the QR alphanumeric alphabet, split into a numbered series when it is large.
//! - The laptop's camera reads the codes in any order into a [`Receiver`]; a complete series
//!   becomes an [`Antwoordbestand`], checked exactly like an answer file and merged with
//!   [`crate::domain::scan::Scan::merge`].
//!
//! The same loop serves the achterban of a BARB meeting ([`achterban`]): an achterban-blad
//! answered on a phone through its own invitation, its answers back by code or file.
//!
//! Pure functions: time and ids are passed in.

pub mod achterban;

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use serde::{Deserialize, Serialize};

use super::model::{Millis, Samenwerking};
use super::scan::{
    answer_file, read_answer_file, Antwoordbestand, AntwoordbestandError, Response, Scan,
};
use super::validate::{self, Field};

/// The route of the participant page: `<address>#/doe-mee/<payload>`.
pub const INVITE_ROUTE: &str = "doe-mee";
/// The invitation encoding this build writes (the first character of the payload).
pub const INVITATION_VERSION: char = '1';
/// The answer code encoding this build writes.
pub const CODE_VERSION: u32 = 1;
/// Every answer code starts with this (then the version).
pub const CODE_PREFIX: &str = "VS";
/// The largest number of base45 characters in one code of a series: small enough for a
/// laptop webcam to read it from a phone screen at arm's length (QR version ≤ 10 at level M).
pub const MAX_CODE_CHARS: usize = 240;
/// The largest series: sixteen remarks of 1000 characters, compressed, fit well below it.
pub const MAX_SERIES: usize = 40;
/// An invitation payload longer than this is refused before it is read.
pub const MAX_INVITATION_CHARS: usize = 8_000;
/// Organisations in one invitation.
pub const MAX_ORGANISATIONS: usize = 200;

/// What the invitation QR holds. No person's name, no answer, no note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub samenwerking: String,
    pub samenwerking_name: String,
    pub scan: String,
    pub scan_title: String,
    /// The organisations a participant chooses from (may be empty: then free text).
    #[serde(default)]
    pub organisations: Vec<String>,
    /// The ingrediënten to answer, by id, in the model's order.
    pub ingredients: Vec<String>,
}

impl Invitation {
    /// The invitation to `scan` of `samenwerking`: the partners' organisations (each once, in
    /// the order of the partner list) and all sixteen ingrediënten.
    pub fn for_scan(samenwerking: &Samenwerking, scan: &Scan) -> Invitation {
        let mut seen = BTreeSet::new();
        let organisations = samenwerking
            .partners
            .iter()
            .map(|p| p.organisation.trim().to_string())
            .filter(|o| !o.is_empty() && seen.insert(o.to_lowercase()))
            .take(MAX_ORGANISATIONS)
            .collect();
        Invitation {
            samenwerking: samenwerking.id.clone(),
            samenwerking_name: samenwerking.name.clone(),
            scan: scan.id.clone(),
            scan_title: scan.title.clone(),
            organisations,
            ingredients: super::content::nl()
                .ingredients()
                .map(|(_, i)| i.id.clone())
                .collect(),
        }
    }

    /// A key for keeping this participation on the phone (one per scan).
    pub fn key(&self) -> String {
        format!("{}/{}", self.samenwerking, self.scan)
    }

    /// A scan shell with this invitation's ids and title, for writing an answer file.
    pub fn scan_shell(&self) -> Scan {
        Scan::new(
            self.scan.clone(),
            self.samenwerking.clone(),
            self.scan_title.clone(),
            0,
        )
    }
}

/// Why an invitation or an answer code is refused. Nothing changes anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not an invitation / answer code of this app (another QR code, a cut-off link).
    NotOurs,
    /// Written by a newer app.
    NewerVersion,
    /// Damaged or forged: it does not decode, or its parts do not fit together.
    Corrupt,
    /// Too large to be one.
    TooLarge,
    /// Decoded, but its content breaks the rules (as an answer file would).
    Content(AntwoordbestandError),
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 9)
}

/// Inflates at most `max` bytes; more is refused (a small code must not unpack to gigabytes).
fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, CodeError> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, max).map_err(|e| {
        if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
            CodeError::TooLarge
        } else {
            CodeError::Corrupt
        }
    })
}

/// The invitation as URL-fragment text: a version character, then base64url (no padding) of
/// the deflated JSON. Only characters that need no escaping in a URL.
pub fn invitation_payload(invitation: &Invitation) -> String {
    write_payload(invitation)
}

/// The address a phone opens: `base` (the app's address without its fragment) plus
/// `#/doe-mee/<payload>`.
pub fn invitation_url(base: &str, invitation: &Invitation) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#/{INVITE_ROUTE}/{}", invitation_payload(invitation))
}

/// Reads and checks an invitation payload (the part after `#/doe-mee/`).
pub fn read_invitation(payload: &str) -> Result<Invitation, CodeError> {
    check_invitation(read_payload(payload)?)
}

/// Reads a payload written like [`invitation_payload`]: version, base64url, deflate, JSON.
fn read_payload<T: serde::de::DeserializeOwned>(payload: &str) -> Result<T, CodeError> {
    if payload.len() > MAX_INVITATION_CHARS {
        return Err(CodeError::TooLarge);
    }
    let mut chars = payload.chars();
    match chars.next() {
        Some(INVITATION_VERSION) => {}
        Some(c) if c.is_ascii_digit() => return Err(CodeError::NewerVersion),
        _ => return Err(CodeError::NotOurs),
    }
    let packed = b64()
        .decode(chars.as_str())
        .map_err(|_| CodeError::Corrupt)?;
    let json = inflate(&packed, MAX_INVITATION_CHARS * 8)?;
    serde_json::from_slice(&json).map_err(|_| CodeError::Corrupt)
}

/// A payload as [`invitation_payload`] writes it, of any serialisable value.
fn write_payload<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_vec(value).unwrap_or_default();
    format!("{INVITATION_VERSION}{}", b64().encode(deflate(&json)))
}

fn check_invitation(i: Invitation) -> Result<Invitation, CodeError> {
    let content =
        |e: validate::DomainError| CodeError::Content(AntwoordbestandError::Content(e.into()));
    validate::id(&i.samenwerking).map_err(content)?;
    validate::id(&i.scan).map_err(content)?;
    let samenwerking_name =
        validate::line(Field::Name, &i.samenwerking_name, true).map_err(content)?;
    let scan_title = validate::line(Field::Name, &i.scan_title, false).map_err(content)?;
    if i.organisations.len() > MAX_ORGANISATIONS || i.ingredients.is_empty() {
        return Err(CodeError::Corrupt);
    }
    let mut organisations = Vec::with_capacity(i.organisations.len());
    for o in &i.organisations {
        organisations.push(validate::line(Field::PartnerOrganisation, o, true).map_err(content)?);
    }
    let mut seen = BTreeSet::new();
    for id in &i.ingredients {
        validate::ingredient(id).map_err(content)?;
        if !seen.insert(id) {
            return Err(CodeError::Corrupt);
        }
    }
    Ok(Invitation {
        samenwerking_name,
        scan_title,
        organisations,
        ..i
    })
}

/// What the phone keeps while the participant answers (in its own storage key, never in the
/// phone's own samenwerkingen).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    pub invitation: Invitation,
    /// The answers so far; its id stays the same when the participant corrects and sends again.
    pub response: Response,
    pub updated_ms: Millis,
    /// When "Klaar" last showed the codes.
    #[serde(default)]
    pub sent_ms: Option<Millis>,
}

impl Participation {
    /// A new participation with the stable response id `response_id` (made by the caller).
    pub fn new(invitation: Invitation, response_id: String, now: Millis) -> Participation {
        Participation {
            invitation,
            response: Response::new(response_id, super::scan::Source::File, now),
            updated_ms: now,
            sent_ms: None,
        }
    }

    /// The answer file of this participation, as the facilitator's scan reads it.
    pub fn answer_file(&self, now: Millis) -> String {
        answer_file(&self.invitation.scan_shell(), &self.response, now)
    }
}

/// Reads a kept participation; `None` when the text is not one (then the phone starts anew,
/// keeping the unreadable text aside is the caller's choice).
pub fn read_participation(text: &str) -> Option<Participation> {
    let p: Participation = serde_json::from_str(text).ok()?;
    let invitation = check_invitation(p.invitation).ok()?;
    Some(Participation { invitation, ..p })
}

/// FNV-1a, 32 bits: names a series and checks that its parts fit together.
fn checksum(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Appends `n` as a LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// Reads what [`put_varint`] and [`put_str`] wrote; any overrun is [`CodeError::Corrupt`].
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn varint(&mut self) -> Result<u64, CodeError> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.0.split_first().ok_or(CodeError::Corrupt)?;
            self.0 = rest;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(CodeError::Corrupt)
    }

    fn bytes(&mut self, len: usize) -> Result<&[u8], CodeError> {
        if len > self.0.len() {
            return Err(CodeError::Corrupt);
        }
        let (head, rest) = self.0.split_at(len);
        self.0 = rest;
        Ok(head)
    }

    fn str(&mut self) -> Result<String, CodeError> {
        let len = usize::try_from(self.varint()?).map_err(|_| CodeError::Corrupt)?;
        let bytes = self.bytes(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| CodeError::Corrupt)
    }
}

/// The sixteen ingrediënten in the model's order: the positions of the packed ratings.
fn ingredient_order() -> Vec<String> {
    super::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

/// A rating in 3 bits: 0 not answered, 1–5 the score, 6 "weet ik niet".
fn rating_bits(answer: Option<&super::scan::ScanAntwoord>) -> u8 {
    match answer {
        None => 0,
        Some(a) => match a.score {
            Some(s) if (1..=5).contains(&s) => s,
            // An impossible score travels as "not answered" would hide it; send it as is so
            // the receiver refuses it, like an answer file would.
            Some(s) => s.min(7),
            None => 6,
        },
    }
}

/// The answer as bytes: ids, name, organisation and time as length-prefixed fields, the
/// ratings packed 3 bits per ingrediënt, a mask of which ingrediënten have a remark, then the
/// remarks. Text-heavy bodies are deflated (the first byte says whether).
fn pack(invitation: &Invitation, response: &Response) -> Vec<u8> {
    let order = ingredient_order();
    let mut body = Vec::new();
    put_str(&mut body, &invitation.samenwerking);
    put_str(&mut body, &invitation.scan);
    put_str(&mut body, &response.id);
    put_varint(&mut body, response.submitted_ms);
    put_str(&mut body, &response.name);
    put_str(&mut body, &response.organisation);
    let mut bits: u64 = 0;
    let mut mask: u32 = 0;
    for (i, id) in order.iter().enumerate() {
        let answer = response.answers.get(id);
        bits |= u64::from(rating_bits(answer) & 7) << (3 * i);
        if answer.is_some_and(|a| !a.remark.is_empty()) {
            mask |= 1 << i;
        }
    }
    body.extend_from_slice(&bits.to_le_bytes()[..6]);
    body.extend_from_slice(&(mask as u16).to_le_bytes());
    for (i, id) in order.iter().enumerate() {
        if mask & (1 << i) != 0 {
            if let Some(a) = response.answers.get(id) {
                put_str(&mut body, &a.remark);
            }
        }
    }
    let squeezed = deflate(&body);
    if squeezed.len() < body.len() {
        let mut out = vec![1];
        out.extend(squeezed);
        out
    } else {
        let mut out = vec![0];
        out.extend(body);
        out
    }
}

/// Unpacks [`pack`]'s bytes into an answer file's text, then reads that exactly as an answer
/// file is read (the same validation and messages).
fn unpack(bytes: &[u8]) -> Result<Antwoordbestand, CodeError> {
    let (&flag, rest) = bytes.split_first().ok_or(CodeError::Corrupt)?;
    let body = match flag {
        0 => rest.to_vec(),
        1 => inflate(rest, super::scan::MAX_ANSWER_FILE_BYTES)?,
        _ => return Err(CodeError::Corrupt),
    };
    let mut r = Reader(&body);
    let samenwerking = r.str()?;
    let scan = r.str()?;
    let id = r.str()?;
    let submitted_ms = r.varint()?;
    let mut response = Response::new(id, super::scan::Source::File, submitted_ms);
    response.name = r.str()?;
    response.organisation = r.str()?;
    let mut packed = [0u8; 8];
    packed[..6].copy_from_slice(r.bytes(6)?);
    let bits = u64::from_le_bytes(packed);
    let mask = u16::from_le_bytes([r.bytes(1)?[0], r.bytes(1)?[0]]);
    for (i, ingredient) in ingredient_order().iter().enumerate() {
        let score = match (bits >> (3 * i)) & 7 {
            0 => {
                if mask & (1 << i) != 0 {
                    return Err(CodeError::Corrupt);
                }
                continue;
            }
            6 => None,
            s => Some(s as u8),
        };
        let remark = if mask & (1 << i) != 0 {
            r.str()?
        } else {
            String::new()
        };
        response.set(ingredient, score, &remark);
    }
    if !r.0.is_empty() {
        return Err(CodeError::Corrupt);
    }
    let shell = Scan::new(scan, samenwerking, String::new(), 0);
    read_answer_file(&answer_file(&shell, &response, submitted_ms)).map_err(CodeError::Content)
}

/// The answer codes for `response` to the scan of `invitation`: `VS<version>:<series>:<i>/<n>:`
/// followed by base45 of a part of the packed answer ([`pack`]). One code when it fits in
/// [`MAX_CODE_CHARS`], otherwise a numbered series; every character is in the QR alphanumeric
/// alphabet, so the QR code uses its dense alphanumeric mode.
pub fn answer_codes(invitation: &Invitation, response: &Response) -> Vec<String> {
    series_codes(CODE_PREFIX, &pack(invitation, response))
}

/// `packed` as codes `<prefix><version>:<series>:<i>/<n>:<base45>`, where `series` is the
/// checksum of all of `packed`.
fn series_codes(prefix: &str, packed: &[u8]) -> Vec<String> {
    let series = checksum(packed);
    // base45 turns 2 bytes into 3 characters.
    let per_code = MAX_CODE_CHARS / 3 * 2;
    let parts: Vec<&[u8]> = packed.chunks(per_code).collect();
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            format!(
                "{prefix}{CODE_VERSION}:{series:08X}:{}/{n}:{}",
                i + 1,
                base45::encode(part)
            )
        })
        .collect()
}

/// One answer code, taken apart.
struct Part {
    series: u32,
    index: usize,
    of: usize,
    bytes: Vec<u8>,
}

fn read_part(prefix: &str, code: &str) -> Result<Part, CodeError> {
    let code = code.trim();
    let rest = code.strip_prefix(prefix).ok_or(CodeError::NotOurs)?;
    let (version, rest) = rest.split_once(':').ok_or(CodeError::NotOurs)?;
    let version: u32 = version.parse().map_err(|_| CodeError::NotOurs)?;
    if version > CODE_VERSION {
        return Err(CodeError::NewerVersion);
    }
    if version != CODE_VERSION {
        return Err(CodeError::NotOurs);
    }
    let mut fields = rest.splitn(3, ':');
    let (Some(series), Some(place), Some(data)) = (fields.next(), fields.next(), fields.next())
    else {
        return Err(CodeError::Corrupt);
    };
    if series.len() != 8 || data.len() > MAX_CODE_CHARS + 3 {
        return Err(CodeError::Corrupt);
    }
    let series = u32::from_str_radix(series, 16).map_err(|_| CodeError::Corrupt)?;
    let (index, of) = place.split_once('/').ok_or(CodeError::Corrupt)?;
    let index: usize = index.parse().map_err(|_| CodeError::Corrupt)?;
    let of: usize = of.parse().map_err(|_| CodeError::Corrupt)?;
    if of == 0 || index == 0 || index > of {
        return Err(CodeError::Corrupt);
    }
    if of > MAX_SERIES {
        return Err(CodeError::TooLarge);
    }
    let bytes = base45::decode(data).map_err(|_| CodeError::Corrupt)?;
    Ok(Part {
        series,
        index,
        of,
        bytes,
    })
}

/// What a code read by the camera did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    /// A part of a series: `have` of `of` parts are in.
    Part { series: u32, have: usize, of: usize },
    /// The last missing part (or the only one): the whole answer, read as an answer file.
    Complete {
        series: u32,
        file: Box<Antwoordbestand>,
    },
    /// A code of a series that was complete already (the camera sees a code many times).
    Repeat,
}

/// What [`Collector::push`] did with one code.
enum Collected {
    Part {
        series: u32,
        have: usize,
        of: usize,
    },
    /// All parts are in and their checksum fits: the packed bytes.
    Whole {
        series: u32,
        packed: Vec<u8>,
    },
    Repeat,
}

/// Collects the codes of numbered series (any kind, by prefix) in any order.
#[derive(Clone, Debug, Default)]
struct Collector {
    open: BTreeMap<u32, (usize, BTreeMap<usize, Vec<u8>>)>,
    done: BTreeSet<u32>,
}

impl Collector {
    fn push(&mut self, prefix: &str, code: &str) -> Result<Collected, CodeError> {
        let part = read_part(prefix, code)?;
        if self.done.contains(&part.series) {
            return Ok(Collected::Repeat);
        }
        let (of, parts) = self
            .open
            .entry(part.series)
            .or_insert_with(|| (part.of, BTreeMap::new()));
        if *of != part.of {
            return Err(CodeError::Corrupt);
        }
        parts.entry(part.index).or_insert(part.bytes);
        let (have, of) = (parts.len(), *of);
        if have < of {
            return Ok(Collected::Part {
                series: part.series,
                have,
                of,
            });
        }
        let packed: Vec<u8> = parts.values().flatten().copied().collect();
        // Complete or not, the series is no longer open: a forged or damaged part must not
        // block a good reading from starting over.
        self.open.remove(&part.series);
        if checksum(&packed) != part.series {
            return Err(CodeError::Corrupt);
        }
        Ok(Collected::Whole {
            series: part.series,
            packed,
        })
    }

    /// Takes a whole series' unpacked result: `Ok` marks the series done.
    fn finish<T>(&mut self, series: u32, result: Result<T, CodeError>) -> Result<T, CodeError> {
        if result.is_ok() {
            self.done.insert(series);
        }
        result
    }
}

/// Collects answer codes in any order, across participants.
#[derive(Clone, Debug, Default)]
pub struct Receiver {
    codes: Collector,
}

impl Receiver {
    pub fn new() -> Receiver {
        Receiver::default()
    }

    /// Takes one code as the camera read it. A damaged code, or a part that does not fit its
    /// series, is refused and changes nothing already collected.
    pub fn push(&mut self, code: &str) -> Result<Received, CodeError> {
        match self.codes.push(CODE_PREFIX, code)? {
            Collected::Part { series, have, of } => Ok(Received::Part { series, have, of }),
            Collected::Repeat => Ok(Received::Repeat),
            Collected::Whole { series, packed } => {
                let file = self.codes.finish(series, unpack(&packed))?;
                Ok(Received::Complete {
                    series,
                    file: Box::new(file),
                })
            }
        }
    }

    /// Forgets that a series was complete (e.g. the merge was refused and the participant
    /// corrected something).
    pub fn forget(&mut self, series: u32) {
        self.codes.done.remove(&series);
    }
}
