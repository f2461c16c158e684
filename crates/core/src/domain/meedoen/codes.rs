//! The answer codes: a response packed into bytes and written as a numbered series of
//! base45 codes, and read back.

use crate::domain::scan::{answer_file, read_answer_file, Antwoordbestand, Response, Scan};

use super::*;

/// FNV-1a, 32 bits: names a series and checks that its parts fit together.
pub(super) fn checksum(bytes: &[u8]) -> u32 {
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
    crate::domain::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

/// A rating in 3 bits: 0 not answered, 1–5 the score, 6 "weet ik niet", 7 an impossible
/// score (0, 6 or more), which the receiver refuses like an answer file would, rather than
/// read it as "not answered" or "weet ik niet".
fn rating_bits(answer: Option<&crate::domain::scan::ScanAntwoord>) -> u8 {
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
pub(super) fn unpack(bytes: &[u8]) -> Result<Antwoordbestand, CodeError> {
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
    let mut response = Response::new(id, crate::domain::scan::Source::File, submitted_ms);
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
pub(super) fn series_codes(prefix: &str, packed: &[u8]) -> Vec<String> {
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
pub(super) struct Part {
    pub(super) series: u32,
    pub(super) index: usize,
    pub(super) of: usize,
    pub(super) bytes: Vec<u8>,
}

pub(super) fn read_part(prefix: &str, code: &str) -> Result<Part, CodeError> {
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
