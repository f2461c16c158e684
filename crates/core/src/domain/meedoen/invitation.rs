//! The invitation (what the QR on the beamer holds) and the phone's kept [`Participation`].

use std::collections::BTreeSet;

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::domain::model::{Millis, Samenwerking};
use crate::domain::scan::{answer_file, AntwoordbestandError, Response, Scan};
use crate::domain::validate::{self, Field};

use super::*;

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
            ingredients: crate::domain::content::nl()
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

/// The invitation as URL-fragment text: a version character, then base64url (no padding) of
/// the deflated JSON. Only characters that need no escaping in a URL.
pub fn invitation_payload(invitation: &Invitation) -> String {
    write_payload(INVITATION_VERSION, invitation)
}

/// A payload as [`invitation_payload`] writes it, of any serialisable value.
pub(super) fn write_payload<T: Serialize>(version: char, value: &T) -> String {
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
pub(super) fn read_payload<T: serde::de::DeserializeOwned>(
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
            response: Response::new(response_id, crate::domain::scan::Source::File, now),
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
