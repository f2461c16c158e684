//! Werkbladen: the publication's conversation tools (5S-model, Visievierluik, Eisenhower,
//! brengen-halen, spelregels, paradoxen …) as worksheets inside a samenwerking.
//!
//! What a worksheet asks is data (`content/werkbladen.<lang>.json`, a [`Template`] of
//! [`Block`]s). What a group answers is a [`Werkblad`]: a flat map from [`Key`] to text plus a
//! list of rows the group adds itself ([`Rij`]: Eisenhower topics, own spelregels). One generic
//! screen shows every worksheet, so a new worksheet is a change to the data file only.
//!
//! Two blocks do not store answers here but change the samenwerking itself, so there is one
//! truth: the partnerkaart sets each partner's [`Ring`](super::Ring) and the route block the
//! samenwerking's [`Route`](super::Route).
//!
//! The parts: the answers (here), `templates` (what each worksheet asks) and `analysis` (what
//! the answers say).

use std::collections::BTreeMap;

use crate::i18n::Lang;

use serde::{Deserialize, Serialize};

use super::wire::objects;

use super::model::Millis;

mod analysis;
mod templates;

pub use analysis::*;
pub use templates::*;

/// Worksheets per samenwerking.
pub const MAX_WERKBLADEN: usize = 100;
/// Rows (topics, own rules) per worksheet.
pub const MAX_ROWS: usize = 200;
/// Answers per worksheet (per-partner blocks multiply the questions by the partners).
pub const MAX_ANSWERS: usize = 10_000;
/// The scale of a [`BlockKind::Schaal`] block: 1 to this.
pub const SCALE_MAX: u8 = 5;

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

/// One filled-in worksheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Werkblad {
    pub id: String,
    /// The [`Template`] id.
    pub template: String,
    pub title: String,
    /// The bijeenkomst whose verslag includes this worksheet.
    #[serde(default)]
    pub bijeenkomst: Option<String>,
    /// Answers by [`Key`] text. Empty answers are not stored.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub rows: Vec<Rij>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

/// A row the group adds: an Eisenhower topic or an own spelregel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Rij {
    pub id: String,
    /// The block it belongs to.
    pub block: String,
    pub text: String,
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub belangrijk: bool,
}

/// Where an answer goes: `block.item`, then `.toelichting` for the note beside it, then
/// `@partner` in a per-partner block. The partnerkaart's level is item `niveau`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    pub block: String,
    pub item: String,
    pub note: bool,
    pub partner: Option<String>,
}

/// The partnerkaart's levels, in order.
pub const NIVEAUS: [&str; 3] = ["strategisch", "tactisch", "operationeel"];
const NOTE: &str = "toelichting";
const NIVEAU: &str = "niveau";

impl Key {
    pub fn new(block: &str, item: &str, partner: Option<&str>) -> Key {
        Key {
            block: block.to_string(),
            item: item.to_string(),
            note: false,
            partner: partner.map(str::to_string),
        }
    }

    pub fn note(block: &str, item: &str, partner: Option<&str>) -> Key {
        Key {
            note: true,
            ..Key::new(block, item, partner)
        }
    }

    /// The partnerkaart level of `partner`.
    pub fn niveau(block: &str, partner: &str) -> Key {
        Key::new(block, NIVEAU, Some(partner))
    }

    pub fn text(&self) -> String {
        let mut s = format!("{}.{}", self.block, self.item);
        if self.note {
            s.push('.');
            s.push_str(NOTE);
        }
        if let Some(p) = &self.partner {
            s.push('@');
            s.push_str(p);
        }
        s
    }

    /// Whether a key's text is that of a note (`….toelichting[@partner]`), without parsing it:
    /// views ask this for every answer on every key typed.
    pub fn is_note(text: &str) -> bool {
        // `block.item.toelichting`: three parts (an item may itself be called "toelichting").
        text.split('@').next().is_some_and(|path| {
            path.matches('.').count() == 2
                && path.strip_suffix(NOTE).is_some_and(|r| r.ends_with('.'))
        })
    }

    /// Reads a key's text; `None` unless every part is an id (`a-z 0-9 -`).
    pub fn parse(text: &str) -> Option<Key> {
        let (path, partner) = match text.split_once('@') {
            Some((path, p)) => (path, Some(p)),
            None => (text, None),
        };
        let mut parts = path.split('.');
        let block = parts.next()?;
        let item = parts.next()?;
        let note = match parts.next() {
            None => false,
            Some(NOTE) => true,
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        let ok = |s: &str| super::validate::id(s).is_ok();
        if !ok(block) || !ok(item) || !partner.is_none_or(ok) {
            return None;
        }
        Some(Key {
            block: block.to_string(),
            item: item.to_string(),
            note,
            partner: partner.map(str::to_string),
        })
    }
}

impl Werkblad {
    /// The title to show: a title the app gave (its worksheet's title, in any language) is
    /// shown in the current language; a title the group typed stays as typed.
    pub fn shown_title(&self) -> String {
        let given = [Lang::Nl, Lang::En].into_iter().any(|l| {
            for_lang(l)
                .and_then(|t| t.werkbladen.iter().find(|t| t.id == self.template))
                .is_some_and(|t| t.title == self.title)
        });
        match template(&self.template) {
            Some(t) if given => t.title.clone(),
            _ => self.title.clone(),
        }
    }

    pub fn new(id: String, template: String, title: String, now: Millis) -> Werkblad {
        Werkblad {
            id,
            template,
            title,
            bijeenkomst: None,
            answers: BTreeMap::new(),
            rows: Vec::new(),
            created_ms: now,
            updated_ms: now,
        }
    }

    /// The answer at `key`, or "" when there is none.
    pub fn answer(&self, key: &Key) -> &str {
        self.answers.get(&key.text()).map_or("", String::as_str)
    }

    pub fn rows_of<'a>(&'a self, block: &'a str) -> impl Iterator<Item = &'a Rij> + 'a {
        self.rows.iter().filter(move |r| r.block == block)
    }

    pub fn row(&self, id: &str) -> Option<&Rij> {
        self.rows.iter().find(|r| r.id == id)
    }
}

/// Why an answer does not fit its worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The key names no block or item of the worksheet, or a part the block does not have.
    UnknownKey,
    /// A per-partner block without a partner, or a partner on a block that is not.
    Partner,
    /// A value the block does not take (e.g. "misschien" for ja/nee, 7 on a 1–5 scale).
    BadValue,
}

/// Checks `value` for `key` in `template` (an empty value is always fine: it clears the
/// answer) and returns the value to store: text trimmed by the caller's rules, choices as is.
/// Whether the text itself is acceptable (length, markup) is [`validate`](super::validate)'s job.
pub fn check_answer(template: &Template, key: &Key, value: &str) -> Result<(), AnswerError> {
    let block = template.block(&key.block).ok_or(AnswerError::UnknownKey)?;
    if block.per_partner != key.partner.is_some() && block.kind != BlockKind::Partnerkaart {
        return Err(AnswerError::Partner);
    }
    if block.kind == BlockKind::Partnerkaart {
        if key.item != NIVEAU || key.note {
            return Err(AnswerError::UnknownKey);
        }
        if key.partner.is_none() {
            return Err(AnswerError::Partner);
        }
        return if value.is_empty() || NIVEAUS.contains(&value) {
            Ok(())
        } else {
            Err(AnswerError::BadValue)
        };
    }
    if block.item(&key.item).is_none() || (key.note && !block.has_notes()) {
        return Err(AnswerError::UnknownKey);
    }
    if key.note || value.is_empty() {
        return Ok(());
    }
    let fits = match block.kind {
        BlockKind::Vragen => true,
        BlockKind::Keuzes | BlockKind::Regels => value == "ja",
        BlockKind::Checklist => value == "ja" || value == "nee",
        BlockKind::Schaal => score(value).is_some(),
        BlockKind::Onderwerpen | BlockKind::Route | BlockKind::Partnerkaart => false,
    };
    if fits {
        Ok(())
    } else {
        Err(AnswerError::BadValue)
    }
}

/// Whether `block` holds free text at this key (and so goes through the text rules).
pub fn is_text(block: &Block, key: &Key) -> bool {
    key.note || block.kind == BlockKind::Vragen
}

fn score(value: &str) -> Option<u8> {
    match value.parse::<u8>() {
        Ok(n) if (1..=SCALE_MAX).contains(&n) && value.len() == 1 => Some(n),
        _ => None,
    }
}

/// The partners a block is asked for: every partner for a per-partner block, else one `None`.
pub fn partners_of<'a>(block: &Block, partners: &'a [super::Partner]) -> Vec<Option<&'a str>> {
    if block.per_partner {
        partners.iter().map(|p| Some(p.id.as_str())).collect()
    } else {
        vec![None]
    }
}

// serde's `Deserialize` (and for answers `Serialize`) for the structs above: read from JSON
// objects only (see `wire`).
objects!(read only: Templates, Template, Block, Item, ProgrammaTemplate);
objects!(Werkblad, Rij);
