//! A second, independent writer of the answer code layout described in docs/file-format.md:
//! it proves that `answer_codes` writes exactly that layout, and it forges codes (with a
//! recomputed checksum) that carry what a good phone never sends.

use vitaal_core::domain::meedoen::{Invitation, CODE_PREFIX, CODE_VERSION, PART_BYTES};
use vitaal_core::domain::scan::Response;

pub fn ingredient_ids() -> Vec<String> {
    vitaal_core::domain::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

/// The fields of a packed answer, before it is written.
#[derive(Clone, Debug)]
pub struct Body {
    pub samenwerking: String,
    pub scan: String,
    pub id: String,
    pub submitted_ms: u64,
    pub name: String,
    pub organisation: String,
    /// Per ingrediënt in the model's order: 0 none, 1–5, 6 weet ik niet, 7 impossible.
    pub ratings: [u8; 16],
    /// Per ingrediënt in the model's order: the remark's bytes (None: no bit in the mask).
    pub remarks: Vec<Option<Vec<u8>>>,
    /// Bytes after the remarks (a good phone writes none).
    pub trailer: Vec<u8>,
}

impl Body {
    pub fn of(invitation: &Invitation, response: &Response) -> Body {
        let ids = ingredient_ids();
        let mut ratings = [0u8; 16];
        let mut remarks = vec![None; 16];
        for (k, id) in ids.iter().enumerate() {
            if let Some(a) = response.answers.get(id) {
                ratings[k] = match a.score {
                    Some(s) if (1..=5).contains(&s) => s,
                    Some(_) => 7,
                    None => 6,
                };
                if !a.remark.is_empty() {
                    remarks[k] = Some(a.remark.as_bytes().to_vec());
                }
            }
        }
        Body {
            samenwerking: invitation.samenwerking.clone(),
            scan: invitation.scan.clone(),
            id: response.id.clone(),
            submitted_ms: response.submitted_ms,
            name: response.name.clone(),
            organisation: response.organisation.clone(),
            ratings,
            remarks,
            trailer: Vec::new(),
        }
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for text in [&self.samenwerking, &self.scan, &self.id] {
            put_bytes(&mut out, text.as_bytes());
        }
        varint(&mut out, self.submitted_ms);
        put_bytes(&mut out, self.name.as_bytes());
        put_bytes(&mut out, self.organisation.as_bytes());
        let mut bits: u64 = 0;
        let mut mask: u16 = 0;
        for k in 0..16 {
            bits |= u64::from(self.ratings[k] & 7) << (3 * k);
            if self.remarks[k].is_some() {
                mask |= 1 << k;
            }
        }
        out.extend_from_slice(&bits.to_le_bytes()[..6]);
        out.extend_from_slice(&mask.to_le_bytes());
        for remark in self.remarks.iter().flatten() {
            put_bytes(&mut out, remark);
        }
        out.extend_from_slice(&self.trailer);
        out
    }
}

pub fn varint(out: &mut Vec<u8>, mut n: u64) {
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

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

/// FNV-1a, 32 bits.
pub fn fnv(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Flag byte 0 and the body, or flag 1 and the deflated body.
pub fn packed(body: &[u8], deflated: bool) -> Vec<u8> {
    if deflated {
        let mut out = vec![1];
        out.extend(miniz_oxide::deflate::compress_to_vec(body, 9));
        out
    } else {
        let mut out = vec![0];
        out.extend_from_slice(body);
        out
    }
}

/// What a good phone packs: deflated only when that is smaller.
pub fn packed_smallest(body: &[u8]) -> Vec<u8> {
    let squeezed = packed(body, true);
    if squeezed.len() < body.len() + 1 {
        squeezed
    } else {
        packed(body, false)
    }
}

/// The codes of `packed`, with its checksum as the series.
pub fn codes(packed: &[u8]) -> Vec<String> {
    codes_in_series(packed, fnv(packed))
}

pub fn codes_in_series(packed: &[u8], series: u32) -> Vec<String> {
    let parts: Vec<&[u8]> = packed.chunks(PART_BYTES).collect();
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| code(series, i + 1, n, &base45::encode(part)))
        .collect()
}

pub fn code(series: u32, index: usize, of: usize, data: &str) -> String {
    format!("{CODE_PREFIX}{CODE_VERSION}:{series:08X}:{index}/{of}:{data}")
}

/// The header and data of a code.
pub fn split(code: &str) -> (u32, usize, usize, String) {
    let fields: Vec<&str> = code.splitn(4, ':').collect();
    let (index, of) = fields[2].split_once('/').expect("i/n");
    (
        u32::from_str_radix(fields[1], 16).expect("series"),
        index.parse().expect("index"),
        of.parse().expect("of"),
        fields[3].to_string(),
    )
}
