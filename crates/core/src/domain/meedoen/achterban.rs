//! The achterban on a phone (BARB): between the meetings a partner organisation answers the
//! questions of its achterban-blad on a phone, through an invitation QR printed on the blad
//! (`<address>#/achterban/<payload>`). The answers come back to the facilitator's laptop as
//! answer codes (prefix `VA`, the same numbered series as the scan's) or as a small file, and
//! go into the meeting's Revisie as that organisation's achterban answers.
//!
//! The invitation holds the samenwerking's name, the meeting's id and date, the organisation
//! and, per ingrediënt on the agenda, the questions the group wrote for the achterban. Never a
//! participant's name, a score or a note of the meeting.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    read_payload, series_codes, write_payload, CodeError, Collected, Collector, PAYLOAD_VERSION_1,
};
use crate::domain::bijeenkomst::Bijeenkomst;
use crate::domain::file;
use crate::domain::model::{Millis, Samenwerking};
use crate::domain::validate::{self, DomainError, Field, MAX_TEXT_CHARS};

/// The route of the phone's achterban page: `<address>#/achterban/<payload>`.
pub const ACHTERBAN_ROUTE: &str = "achterban";
/// Every achterban answer code starts with this (then the version).
pub const ACHTERBAN_PREFIX: &str = "VA";
/// The value of the `format` field of an achterban answer file.
pub const ACHTERBAN_FORMAT: &str = "vitaal-samenwerken-achterbanantwoord";
/// The achterban answer file version this build writes.
pub const ACHTERBAN_VERSION: u64 = 1;
/// File name extension of an achterban answer file.
pub const ACHTERBAN_EXTENSION: &str = ".achterbanantwoord.json";
/// Ingrediënten on one blad (an agenda holds at most the sixteen).
const MAX_ITEMS: usize = 16;
/// An achterban answer file larger than this is refused before it is read.
const MAX_FILE_BYTES: usize = 256 * 1024;

/// One ingrediënt on the blad and the questions the group wrote for the achterban.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AchterbanVraag {
    pub ingredient: String,
    #[serde(default)]
    pub vragen: String,
}

/// What the invitation QR on an achterban-blad holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AchterbanUitnodiging {
    pub samenwerking: String,
    pub samenwerking_name: String,
    pub bijeenkomst: String,
    /// The meeting's date (YYYY-MM-DD), may be empty.
    #[serde(default)]
    pub date: String,
    /// The organisation (as `Samenwerking::achterban_groups` names it).
    pub group: String,
    pub vragen: Vec<AchterbanVraag>,
}

impl AchterbanUitnodiging {
    /// The invitation for `group`'s blad of meeting `b`: the agenda's ingrediënten in order,
    /// each with its questions for the achterban.
    pub fn for_group(s: &Samenwerking, b: &Bijeenkomst, group: &str) -> AchterbanUitnodiging {
        AchterbanUitnodiging {
            samenwerking: s.id.clone(),
            samenwerking_name: s.name.clone(),
            bijeenkomst: b.id.clone(),
            date: b.date.clone(),
            group: group.to_string(),
            vragen: b
                .agenda
                .iter()
                .take(MAX_ITEMS)
                .map(|item| AchterbanVraag {
                    ingredient: item.ingredient.clone(),
                    vragen: item.achterban_vragen.clone(),
                })
                .collect(),
        }
    }

    /// A key for keeping this blad's answers on the phone.
    pub fn key(&self) -> String {
        format!("{}/{}/{}", self.samenwerking, self.bijeenkomst, self.group)
    }
}

/// The invitation as URL-fragment text (as [`super::invitation_payload`] writes it).
pub fn achterban_payload(invitation: &AchterbanUitnodiging) -> String {
    write_payload(PAYLOAD_VERSION_1, invitation)
}

/// The address a phone opens for an achterban-blad.
pub fn achterban_url(base: &str, invitation: &AchterbanUitnodiging) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!(
        "{base}#/{ACHTERBAN_ROUTE}/{}",
        achterban_payload(invitation)
    )
}

fn content(e: DomainError) -> CodeError {
    CodeError::Content(crate::domain::scan::AntwoordbestandError::Content(e.into()))
}

/// Reads and checks an achterban invitation payload (the part after `#/achterban/`).
pub fn read_achterban_uitnodiging(payload: &str) -> Result<AchterbanUitnodiging, CodeError> {
    let i: AchterbanUitnodiging = read_payload(payload, PAYLOAD_VERSION_1)?;
    validate::id(&i.samenwerking).map_err(content)?;
    validate::id(&i.bijeenkomst).map_err(content)?;
    let samenwerking_name =
        validate::line(Field::Name, &i.samenwerking_name, true).map_err(content)?;
    let group = validate::line(Field::AchterbanAntwoord, &i.group, true).map_err(content)?;
    let date = if i.date.is_empty() {
        String::new()
    } else {
        validate::date(&i.date).map_err(content)?
    };
    if i.vragen.is_empty() || i.vragen.len() > MAX_ITEMS {
        return Err(CodeError::Corrupt);
    }
    let mut vragen = Vec::with_capacity(i.vragen.len());
    for v in &i.vragen {
        validate::ingredient(&v.ingredient).map_err(content)?;
        if vragen
            .iter()
            .any(|w: &AchterbanVraag| w.ingredient == v.ingredient)
        {
            return Err(CodeError::Corrupt);
        }
        vragen.push(AchterbanVraag {
            ingredient: v.ingredient.clone(),
            vragen: validate::multiline(Field::AchterbanVragen, &v.vragen, MAX_TEXT_CHARS)
                .map_err(content)?,
        });
    }
    Ok(AchterbanUitnodiging {
        samenwerking_name,
        group,
        date,
        vragen,
        ..i
    })
}

/// One organisation's answers to its achterban-blad.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AchterbanAntwoorden {
    pub samenwerking: String,
    pub bijeenkomst: String,
    pub group: String,
    /// Per ingrediënt id; empty answers are left out.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    pub submitted_ms: Millis,
}

impl AchterbanAntwoorden {
    pub fn new(invitation: &AchterbanUitnodiging, now: Millis) -> AchterbanAntwoorden {
        AchterbanAntwoorden {
            samenwerking: invitation.samenwerking.clone(),
            bijeenkomst: invitation.bijeenkomst.clone(),
            group: invitation.group.clone(),
            answers: BTreeMap::new(),
            submitted_ms: now,
        }
    }
}

fn check_antwoorden(a: AchterbanAntwoorden) -> Result<AchterbanAntwoorden, CodeError> {
    validate::id(&a.samenwerking).map_err(content)?;
    validate::id(&a.bijeenkomst).map_err(content)?;
    let group = validate::line(Field::AchterbanAntwoord, &a.group, true).map_err(content)?;
    if a.answers.len() > MAX_ITEMS {
        return Err(CodeError::Corrupt);
    }
    let mut answers = BTreeMap::new();
    for (ingredient, text) in &a.answers {
        validate::ingredient(ingredient).map_err(content)?;
        let text =
            validate::multiline(Field::AchterbanAntwoord, text, MAX_TEXT_CHARS).map_err(content)?;
        if !text.is_empty() {
            answers.insert(ingredient.clone(), text);
        }
    }
    Ok(AchterbanAntwoorden {
        group,
        answers,
        ..a
    })
}

/// What the phone keeps while the achterban answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AchterbanDeelname {
    pub invitation: AchterbanUitnodiging,
    pub antwoorden: AchterbanAntwoorden,
    pub updated_ms: Millis,
}

/// Reads a kept achterban participation; `None` when the text is not one.
pub fn read_achterban_deelname(text: &str) -> Option<AchterbanDeelname> {
    let d: AchterbanDeelname = serde_json::from_str(text).ok()?;
    let invitation = read_achterban_uitnodiging(&achterban_payload(&d.invitation)).ok()?;
    let antwoorden = check_antwoorden(d.antwoorden).ok()?;
    Some(AchterbanDeelname {
        invitation,
        antwoorden,
        ..d
    })
}

/// The answers as codes: deflated JSON in a numbered series, prefix [`ACHTERBAN_PREFIX`].
pub fn achterban_codes(a: &AchterbanAntwoorden) -> Vec<String> {
    let json = serde_json::to_vec(a).unwrap_or_default();
    series_codes(ACHTERBAN_PREFIX, &super::deflate(&json))
}

/// The achterban answer file (JSON): `format`, `version`, `exported_ms` and the answers.
pub fn achterban_file(a: &AchterbanAntwoorden, now: Millis) -> String {
    serde_json::json!({
        "format": ACHTERBAN_FORMAT,
        "version": ACHTERBAN_VERSION,
        "exported_ms": now,
        "antwoorden": a,
    })
    .to_string()
}

/// A safe file name: `achterban-<organisation>.achterbanantwoord.json`.
pub fn achterban_file_name(a: &AchterbanAntwoorden) -> String {
    let stem: String = a
        .group
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() {
        "antwoord".into()
    } else {
        stem
    };
    format!("achterban-{stem}{ACHTERBAN_EXTENSION}")
}

/// Reads an achterban answer file: size, JSON, format, version, structure, content.
pub fn read_achterban_file(text: &str) -> Result<AchterbanAntwoorden, CodeError> {
    let (value, _) = file::read_envelope(text, ACHTERBAN_FORMAT, MAX_FILE_BYTES, ACHTERBAN_VERSION)
        .map_err(|e| match e {
            file::EnvelopeError::NewerVersion { .. } => CodeError::NewerVersion,
            file::EnvelopeError::TooLarge { .. } => CodeError::TooLarge,
            file::EnvelopeError::WrongFormat => CodeError::NotOurs,
            _ => CodeError::Corrupt,
        })?;
    let antwoorden = value.get("antwoorden").cloned().ok_or(CodeError::Corrupt)?;
    let a: AchterbanAntwoorden =
        serde_json::from_value(antwoorden).map_err(|_| CodeError::Corrupt)?;
    check_antwoorden(a)
}

/// What an achterban code read by the camera did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AchterbanReceived {
    Part {
        series: u32,
        have: usize,
        of: usize,
    },
    Complete {
        series: u32,
        antwoorden: Box<AchterbanAntwoorden>,
    },
    Repeat,
}

/// Collects achterban answer codes in any order.
#[derive(Clone, Debug, Default)]
pub struct AchterbanReceiver {
    codes: Collector,
}

impl AchterbanReceiver {
    pub fn new() -> AchterbanReceiver {
        AchterbanReceiver::default()
    }

    pub fn push(&mut self, code: &str) -> Result<AchterbanReceived, CodeError> {
        let read = |packed: &[u8]| {
            let json = super::inflate(packed, MAX_FILE_BYTES)?;
            let a: AchterbanAntwoorden =
                serde_json::from_slice(&json).map_err(|_| CodeError::Corrupt)?;
            check_antwoorden(a)
        };
        match self.codes.push(ACHTERBAN_PREFIX, code, read)? {
            Collected::Part { series, have, of } => {
                Ok(AchterbanReceived::Part { series, have, of })
            }
            Collected::Repeat => Ok(AchterbanReceived::Repeat),
            Collected::Whole { series, value } => Ok(AchterbanReceived::Complete {
                series,
                antwoorden: Box::new(value),
            }),
        }
    }

    pub fn forget(&mut self, series: u32) {
        self.codes.done.remove(&series);
    }
}

/// What taking an organisation's answers into a meeting would do, per ingrediënt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AchterbanStap {
    /// No answer of this organisation yet: it is added.
    Nieuw { ingredient: String, text: String },
    /// Exactly this answer is there already.
    AlDaar { ingredient: String },
    /// Another answer is there: it is replaced when the facilitator says so.
    Vervangt {
        ingredient: String,
        old: String,
        text: String,
    },
}

/// Why answers do not belong to this samenwerking's meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AchterbanMisfit {
    /// Another samenwerking, or a meeting that is not (or no longer) there.
    OtherMeeting,
    /// An ingrediënt that is not on this meeting's agenda.
    NotOnAgenda { ingredient: String },
}

/// What [`AchterbanAntwoorden`] would change in meeting `b` of `s` (nothing is changed).
pub fn plan_achterban(
    s: &Samenwerking,
    a: &AchterbanAntwoorden,
) -> Result<Vec<AchterbanStap>, AchterbanMisfit> {
    if a.samenwerking != s.id {
        return Err(AchterbanMisfit::OtherMeeting);
    }
    let b = s
        .bijeenkomsten
        .iter()
        .find(|b| b.id == a.bijeenkomst)
        .ok_or(AchterbanMisfit::OtherMeeting)?;
    let mut steps = Vec::new();
    for (ingredient, text) in &a.answers {
        let item = b
            .agenda
            .iter()
            .find(|i| &i.ingredient == ingredient)
            .ok_or_else(|| AchterbanMisfit::NotOnAgenda {
                ingredient: ingredient.clone(),
            })?;
        steps.push(match item.achterban.get(&a.group) {
            None => AchterbanStap::Nieuw {
                ingredient: ingredient.clone(),
                text: text.clone(),
            },
            Some(old) if old.trim().is_empty() => AchterbanStap::Nieuw {
                ingredient: ingredient.clone(),
                text: text.clone(),
            },
            Some(old) if old == text => AchterbanStap::AlDaar {
                ingredient: ingredient.clone(),
            },
            Some(old) => AchterbanStap::Vervangt {
                ingredient: ingredient.clone(),
                old: old.clone(),
                text: text.clone(),
            },
        });
    }
    Ok(steps)
}
