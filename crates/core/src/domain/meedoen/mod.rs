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
//!   becomes an [`Antwoordbestand`](crate::domain::scan::Antwoordbestand), checked exactly like
//!   an answer file and merged with [`crate::domain::scan::Scan::merge`].
//!
//! The same loop serves the achterban of a BARB meeting ([`achterban`]): an achterban-blad
//! answered on a phone through its own invitation, its answers back by code or file.
//!
//! Pure functions: time and ids are passed in. The parts: the limits and [`CodeError`] (here),
//! `invitation` (the invitation and the phone's participation), `codes` (packing an answer into
//! codes and back) and `receiver` (collecting the codes on the laptop).

pub mod achterban;

use super::scan::{AntwoordbestandError, MAX_REMARK_CHARS};
use super::validate;

mod codes;
mod invitation;
mod receiver;

pub use codes::*;
pub use invitation::*;
pub use receiver::*;

/// The route of the participant page: `<address>#/doe-mee/<payload>`.
pub const INVITE_ROUTE: &str = "doe-mee";
/// The invitation encoding this build writes (the first character of the payload). Encoding 2
/// writes the ingrediënten as a bit set (`ingredient_set` in `invitation`); encoding 1 (a list
/// of ids, on handouts printed before) is still read.
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
