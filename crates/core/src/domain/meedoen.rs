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
    MAX_REMARK_CHARS,
};
use super::validate::{self, Field};

/// The route of the participant page: `<address>#/doe-mee/<payload>`.
pub const INVITE_ROUTE: &str = "doe-mee";
/// The invitation encoding this build writes (the first character of the payload). Encoding 2
/// writes the ingrediënten as a bit set ([`ingredient_set`]); encoding 1 (a list of ids, on
/// handouts printed before) is still read.
pub const INVITATION_VERSION: char = '2';
/// The encoding of the other payloads (the achterban-blad's invitation).
const PAYLOAD_VERSION_1: char = '1';
/// The answer code encoding this build writes.
pub const CODE_VERSION: u32 = 1;
/// Every answer code starts with this (then the version).
pub const CODE_PREFIX: &str = "VS";
/// The largest number of characters in one answer code, its header included: exactly what an
/// alphanumeric QR code of version 10 at error correction level M holds (57 × 57 modules,
/// about 1 mm each on a phone screen: a laptop webcam reads it at arm's length). A typical
/// answer (sixteen ratings, name, organisation, three short remarks) is about 250–300
/// characters, so one code; 240 would make it two (see `tests/meedoen/size.rs`).
pub const MAX_CODE_CHARS: usize = 311;
/// The longest header, `VS1:XXXXXXXX:999/999:` (a series has fewer than 1000 parts).
const MAX_HEADER_CHARS: usize = 21;
/// The packed bytes in one code of a series (base45 writes 2 bytes as 3 characters); every
/// part but the last holds exactly this many.
pub const PART_BYTES: usize = (MAX_CODE_CHARS - MAX_HEADER_CHARS) / 3 * 2;
/// The ingrediënten a code has room for: 3 bits each in 6 bytes, one bit each in the remark
/// mask (the model has sixteen).
const RATED: usize = 16;
/// The most packed bytes of any valid answer: flag, three ids, time, name and organisation,
/// ratings and mask, and sixteen remarks of [`MAX_REMARK_CHARS`] characters of 4 bytes each
/// (UTF-8), with their lengths. Deflate is used only when it makes the body smaller.
pub const MAX_PACKED_BYTES: usize = 1
    + 3 * (1 + validate::MAX_ID_CHARS)
    + 10
    + 2 * (2 + 4 * validate::MAX_NAME_CHARS)
    + 6
    + 2
    + RATED * (2 + 4 * MAX_REMARK_CHARS);
/// The largest series: room for the largest valid answer, even sixteen remarks of 1000
/// emoji that deflate cannot shrink (a typical answer is one code; see the tests).
pub const MAX_SERIES: usize = MAX_PACKED_BYTES.div_ceil(PART_BYTES);
/// An invitation payload longer than this is refused before it is read; [`Invitation::for_scan`]
/// leaves the organisations out rather than write a longer one.
pub const MAX_INVITATION_CHARS: usize = 8_000;
/// An invitation's JSON may inflate to at most this many bytes (a valid one is far smaller).
const MAX_INVITATION_JSON_BYTES: usize = 128 * 1024;
/// Organisations in one invitation.
pub const MAX_ORGANISATIONS: usize = 200;
/// Open (incomplete) series a [`Receiver`] keeps; the one opened longest ago goes first.
const MAX_OPEN_SERIES: usize = 64;
/// Different readings of one part of a series a [`Receiver`] keeps (a damaged or forged
/// reading must not block the good one).
const MAX_READINGS: usize = 3;
/// Combinations of readings tried when a series is complete.
const MAX_TRIES: usize = 64;

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
    #[serde(with = "ingredient_set")]
    pub ingredients: Vec<String>,
}

/// The ingrediënten of an invitation, written as a bit set over the Gespreksmodel's order (bit
/// 0 the first ingrediënt: all sixteen is `65535`), which halves the invitation and so the QR
/// code the phones read from the beamer. A list that is not in the model's order, or names an
/// id the model does not know, is written as the list of ids. Read from either form (encoding
/// 1 always held the list).
mod ingredient_set {
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    fn order() -> Vec<&'static str> {
        crate::domain::content::nl()
            .ingredients()
            .map(|(_, i)| i.id.as_str())
            .collect()
    }

    pub fn serialize<S: Serializer>(ids: &[String], s: S) -> Result<S::Ok, S::Error> {
        let order = order();
        let mut bits = 0u32;
        let mut last = None;
        for id in ids {
            match order.iter().position(|o| o == id) {
                Some(n) if last.is_none_or(|l| n > l) && n < 32 => {
                    bits |= 1 << n;
                    last = Some(n);
                }
                _ => return ids.serialize(s),
            }
        }
        bits.serialize(s)
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Bits(u32),
        Ids(Vec<String>),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        match Either::deserialize(d)? {
            Either::Ids(ids) => Ok(ids),
            Either::Bits(bits) => {
                let order = order();
                if order.len() < 32 && bits >> order.len() != 0 {
                    return Err(D::Error::custom("an ingrediënt the model does not know"));
                }
                Ok(order
                    .into_iter()
                    .enumerate()
                    .filter(|(n, _)| bits & (1 << n) != 0)
                    .map(|(_, id)| id.to_string())
                    .collect())
            }
        }
    }
}

impl Invitation {
    /// The invitation to `scan` of `samenwerking`: the partners' organisations (each once, in
    /// the order of the partner list) and all sixteen ingrediënten. When the organisations
    /// would make the payload longer than [`MAX_INVITATION_CHARS`], they are left out (the
    /// participant then types the organisation).
    pub fn for_scan(samenwerking: &Samenwerking, scan: &Scan) -> Invitation {
        let mut seen = BTreeSet::new();
        let organisations = samenwerking
            .partners
            .iter()
            .map(|p| p.organisation.trim().to_string())
            .filter(|o| !o.is_empty() && seen.insert(o.to_lowercase()))
            .take(MAX_ORGANISATIONS)
            .collect();
        let invitation = Invitation {
            samenwerking: samenwerking.id.clone(),
            samenwerking_name: samenwerking.name.clone(),
            scan: scan.id.clone(),
            scan_title: scan.title.clone(),
            organisations,
            ingredients: super::content::nl()
                .ingredients()
                .map(|(_, i)| i.id.clone())
                .collect(),
        };
        if invitation_payload(&invitation).len() > MAX_INVITATION_CHARS {
            return Invitation {
                organisations: Vec::new(),
                ..invitation
            };
        }
        invitation
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
    write_payload(INVITATION_VERSION, invitation)
}

/// A payload as [`invitation_payload`] writes it, of any serialisable value.
fn write_payload<T: Serialize>(version: char, value: &T) -> String {
    let json = serde_json::to_vec(value).unwrap_or_default();
    format!("{version}{}", b64().encode(deflate(&json)))
}

/// The address a phone opens: `base` (the app's address without its fragment) plus
/// `#/doe-mee/<payload>`.
pub fn invitation_url(base: &str, invitation: &Invitation) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#/{INVITE_ROUTE}/{}", invitation_payload(invitation))
}

/// Reads and checks an invitation payload (the part after `#/doe-mee/`).
pub fn read_invitation(payload: &str) -> Result<Invitation, CodeError> {
    check_invitation(read_payload(payload, INVITATION_VERSION)?)
}

/// Reads a payload written like [`invitation_payload`]: version (`'1'` up to `newest`),
/// base64url, deflate, JSON.
fn read_payload<T: serde::de::DeserializeOwned>(
    payload: &str,
    newest: char,
) -> Result<T, CodeError> {
    if payload.len() > MAX_INVITATION_CHARS {
        return Err(CodeError::TooLarge);
    }
    let mut chars = payload.chars();
    match chars.next() {
        Some(c) if (PAYLOAD_VERSION_1..=newest).contains(&c) => {}
        Some(c) if c.is_ascii_digit() && c > newest => return Err(CodeError::NewerVersion),
        _ => return Err(CodeError::NotOurs),
    }
    let packed = b64()
        .decode(chars.as_str())
        .map_err(|_| CodeError::Corrupt)?;
    let json = inflate(&packed, MAX_INVITATION_JSON_BYTES)?;
    serde_json::from_slice(&json).map_err(|_| CodeError::Corrupt)
}

fn check_invitation(i: Invitation) -> Result<Invitation, CodeError> {
    let content =
        |e: validate::DomainError| CodeError::Content(AntwoordbestandError::Content(e.into()));
    validate::id(&i.samenwerking).map_err(content)?;
    validate::id(&i.scan).map_err(content)?;
    let samenwerking_name =
        validate::line(Field::Name, &i.samenwerking_name, true).map_err(content)?;
    let scan_title = validate::line(Field::Name, &i.scan_title, false).map_err(content)?;
    if i.organisations.len() > MAX_ORGANISATIONS {
        return Err(CodeError::TooLarge);
    }
    if i.ingredients.is_empty() {
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

/// A rating in 3 bits: 0 not answered, 1–5 the score, 6 "weet ik niet", 7 an impossible
/// score (0, 6 or more), which the receiver refuses like an answer file would, rather than
/// read it as "not answered" or "weet ik niet".
fn rating_bits(answer: Option<&super::scan::ScanAntwoord>) -> u8 {
    match answer {
        None => 0,
        Some(a) => match a.score {
            Some(s) if (1..=5).contains(&s) => s,
            Some(_) => 7,
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
        1 => inflate(rest, MAX_PACKED_BYTES)?,
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
/// checksum of all of `packed` and every part but the last holds [`PART_BYTES`].
fn series_codes(prefix: &str, packed: &[u8]) -> Vec<String> {
    let series = checksum(packed);
    let parts: Vec<&[u8]> = packed.chunks(PART_BYTES).collect();
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
    // One spelling per code: eight upper-case hex digits, plain decimal numbers.
    if series.len() != 8
        || !series
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        return Err(CodeError::Corrupt);
    }
    let series = u32::from_str_radix(series, 16).map_err(|_| CodeError::Corrupt)?;
    let (index, of) = place.split_once('/').ok_or(CodeError::Corrupt)?;
    let (index, of) = (decimal(index)?, decimal(of)?);
    if of == 0 || index == 0 || index > of {
        return Err(CodeError::Corrupt);
    }
    if of > MAX_SERIES {
        return Err(CodeError::TooLarge);
    }
    if data.len() > PART_BYTES / 2 * 3 {
        return Err(CodeError::Corrupt);
    }
    let bytes = base45::decode(data).map_err(|_| CodeError::Corrupt)?;
    // Every part but the last is full; the last holds at least one byte; and the text is the
    // one base45 writes for these bytes (no second spelling of the same code).
    let fits = if index < of {
        bytes.len() == PART_BYTES
    } else {
        !bytes.is_empty() && bytes.len() <= PART_BYTES
    };
    if !fits || base45::encode(&bytes) != data {
        return Err(CodeError::Corrupt);
    }
    Ok(Part {
        series,
        index,
        of,
        bytes,
    })
}

/// A number as [`answer_codes`] writes it: decimal digits, no sign, no leading zero, at most
/// three digits.
fn decimal(text: &str) -> Result<usize, CodeError> {
    let digits = text.len() <= 3 && !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || (text.len() > 1 && text.starts_with('0')) {
        return Err(CodeError::Corrupt);
    }
    text.parse().map_err(|_| CodeError::Corrupt)
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

/// Collects the codes of numbered series (of one kind, by prefix) in any order.
///
/// A series is kept by its checksum and its number of parts, so a damaged or forged part
/// with another count cannot block the good series. Each part keeps up to [`MAX_READINGS`]
/// different readings; when every part is in, the combination whose checksum is the series'
/// is read. A code that is refused changes nothing already collected.
#[derive(Clone, Debug, Default)]
struct Collector {
    open: BTreeMap<(u32, usize), OpenSeries>,
    done: BTreeSet<u32>,
    opened: u64,
}

#[derive(Clone, Debug, Default)]
struct OpenSeries {
    /// When it was opened (a counter), to forget the oldest of too many.
    since: u64,
    /// The readings of each part, by its number.
    parts: BTreeMap<usize, Vec<Vec<u8>>>,
}

impl OpenSeries {
    /// The packed bytes of the first combination of readings, with `fixed` as part `index`,
    /// whose checksum is `series`.
    fn find(&self, index: usize, fixed: &[u8], series: u32) -> Option<Vec<u8>> {
        let slots: Vec<Vec<&[u8]>> = self
            .parts
            .iter()
            .map(|(i, readings)| {
                if *i == index {
                    vec![fixed]
                } else {
                    readings.iter().map(Vec::as_slice).collect()
                }
            })
            .collect();
        let mut choice = vec![0usize; slots.len()];
        for _ in 0..MAX_TRIES {
            let packed: Vec<u8> = slots
                .iter()
                .zip(&choice)
                .flat_map(|(readings, c)| readings[*c].iter().copied())
                .collect();
            if checksum(&packed) == series {
                return Some(packed);
            }
            // The next combination (an odometer over the slots).
            let mut k = 0;
            loop {
                let slot = slots.get(k)?;
                choice[k] += 1;
                if choice[k] < slot.len() {
                    break;
                }
                choice[k] = 0;
                k += 1;
            }
        }
        None
    }
}

/// What [`Collector::push`] did with one code.
enum Collected<T> {
    Part { series: u32, have: usize, of: usize },
    Whole { series: u32, value: T },
    Repeat,
}

impl Collector {
    /// Takes one code; when its series is whole, `unpack` reads the packed bytes. A code that
    /// is refused changes nothing already collected.
    fn push<T>(
        &mut self,
        prefix: &str,
        code: &str,
        unpack: impl Fn(&[u8]) -> Result<T, CodeError>,
    ) -> Result<Collected<T>, CodeError> {
        let part = read_part(prefix, code)?;
        if self.done.contains(&part.series) {
            return Ok(Collected::Repeat);
        }
        let key = (part.series, part.of);
        if !self.open.contains_key(&key) && self.open.len() >= MAX_OPEN_SERIES {
            let oldest = self
                .open
                .iter()
                .min_by_key(|(_, o)| o.since)
                .map(|(k, _)| *k);
            if let Some(oldest) = oldest {
                self.open.remove(&oldest);
            }
        }
        self.opened += 1;
        let since = self.opened;
        let open = self.open.entry(key).or_insert_with(|| OpenSeries {
            since,
            parts: BTreeMap::new(),
        });
        let readings = open.parts.entry(part.index).or_default();
        let added = !readings.contains(&part.bytes) && readings.len() < MAX_READINGS;
        if added {
            readings.push(part.bytes.clone());
        }
        let (have, of) = (open.parts.len(), part.of);
        if have < of {
            return Ok(Collected::Part {
                series: part.series,
                have,
                of,
            });
        }
        match open.find(part.index, &part.bytes, part.series) {
            Some(packed) => match unpack(&packed) {
                Ok(value) => {
                    self.open.retain(|(series, _), _| *series != part.series);
                    self.done.insert(part.series);
                    Ok(Collected::Whole {
                        series: part.series,
                        value,
                    })
                }
                Err(e) => {
                    // Parts that fit together but say something invalid: a forged series.
                    self.open.remove(&key);
                    Err(e)
                }
            },
            None => {
                // This reading does not fit the others: take it back out.
                if added {
                    if let Some(readings) = open.parts.get_mut(&part.index) {
                        readings.retain(|r| *r != part.bytes);
                        if readings.is_empty() {
                            open.parts.remove(&part.index);
                        }
                    }
                    if open.parts.is_empty() {
                        self.open.remove(&key);
                    }
                }
                Err(CodeError::Corrupt)
            }
        }
    }
}

/// Collects answer codes in any order, across participants (see [`Collector`]).
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
        Ok(match self.codes.push(CODE_PREFIX, code, unpack)? {
            Collected::Part { series, have, of } => Received::Part { series, have, of },
            Collected::Whole { series, value } => Received::Complete {
                series,
                file: Box::new(value),
            },
            Collected::Repeat => Received::Repeat,
        })
    }

    /// Forgets that a series was complete (e.g. the merge was refused and the participant
    /// corrected something).
    pub fn forget(&mut self, series: u32) {
        self.codes.done.remove(&series);
    }
}
