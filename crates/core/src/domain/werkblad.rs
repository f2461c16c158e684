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

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::i18n::Lang;

use serde::{Deserialize, Serialize};

use super::wire::{self, named_enum, objects};

use super::bijeenkomst::ProgrammaOnderdeel;
use super::model::Millis;

/// Worksheets per samenwerking.
pub const MAX_WERKBLADEN: usize = 100;
/// Rows (topics, own rules) per worksheet.
pub const MAX_ROWS: usize = 200;
/// Answers per worksheet (per-partner blocks multiply the questions by the partners).
pub const MAX_ANSWERS: usize = 10_000;
/// The scale of a [`BlockKind::Schaal`] block: 1 to this.
pub const SCALE_MAX: u8 = 5;

// ---------------------------------------------------------------------------------------------
// Content: what each worksheet asks
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Templates {
    pub language: String,
    pub werkbladen: Vec<Template>,
    /// Meeting programmes that use these worksheets (the workshop's Startbijeenkomst).
    #[serde(default)]
    pub programmas: Vec<ProgrammaTemplate>,
}

/// A meeting programme to plan from: its steps in order, some with a worksheet. Planning a
/// meeting from it (`Command::PlanFromProgramma`) makes one worksheet of each template it names,
/// linked to the meeting, and keeps the steps as the meeting's `programma`. A step's `werkblad`
/// here is a [`Template`] id (in the meeting it becomes the id of the worksheet made for it).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct ProgrammaTemplate {
    pub id: String,
    pub title: String,
    pub stappen: Vec<ProgrammaOnderdeel>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Template {
    pub id: String,
    pub title: String,
    /// The publication's section(s), e.g. "4.3.1".
    pub section: String,
    #[serde(default)]
    pub intro: Vec<String>,
    /// The ingrediënten (content ids) this worksheet works on: a filled-in werkblad shows in
    /// their timeline in De stand.
    #[serde(default)]
    pub ingredienten: Vec<String>,
    pub blocks: Vec<Block>,
}

named_enum! {
    /// What a block asks (its `kind` in the content file).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum BlockKind {
        /// Open questions, each answered in a text area.
        Vragen = "vragen",
        /// Options the group ticks ("telt voor ons"), each with an optional note.
        Keuzes = "keuzes",
        /// Questions answered ja or nee; anything but "ja" needs action ([`actie_nodig`]).
        Checklist = "checklist",
        /// A slider from 1 to [`SCALE_MAX`] between two sides, with a note.
        Schaal = "schaal",
        /// Topics the group adds and marks urgent / belangrijk ([`eisenhower`]).
        Onderwerpen = "onderwerpen",
        /// Given rules to tick, plus the group's own rules as rows.
        Regels = "regels",
        /// The partners in kerngroep, complementaire ring or vrije ruimte, on a level.
        Partnerkaart = "partnerkaart",
        /// The samenwerking's route (one of three).
        Route = "route",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub title: String,
    #[serde(default)]
    pub intro: String,
    /// The block is answered once for every partner of the samenwerking.
    #[serde(default)]
    pub per_partner: bool,
    /// Schaal only: show the product of the scores (Ambitie = Belofte × Commitment × Doen).
    #[serde(default)]
    pub product: bool,
    #[serde(default)]
    pub items: Vec<Item>,
    /// The questions moved to the worksheet with this template id. The block stays, so answers
    /// given before still read and show; a worksheet without answers in it does not show or
    /// print it ([`Block::shown`]).
    #[serde(default)]
    pub moved_to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Item {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub hint: String,
    /// Schaal: the side at 1.
    #[serde(default)]
    pub left: String,
    /// Schaal: the side at [`SCALE_MAX`].
    #[serde(default)]
    pub right: String,
    /// Route: its advantages.
    #[serde(default)]
    pub pros: Vec<String>,
    /// Route: its disadvantages.
    #[serde(default)]
    pub cons: Vec<String>,
}

/// Parses a worksheet content file (the file the app loads on demand, and in tests).
pub fn parse_templates(json: &str) -> Result<Templates, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let templates: Templates =
        wire::read(&value).map_err(|place| format!("unexpected or missing value at `{place}`"))?;
    if templates.werkbladen.is_empty() {
        return Err("no werkbladen".to_string());
    }
    Ok(templates)
}

/// The worksheets the app works with, per language: the content file, installed once it is
/// loaded ([`install`]). The app does not compile them in (they are loaded on demand, see
/// `ui::content`); with the feature `embedded-content` (on by default: host tests, the app's
/// component tests) both files are compiled in and used until another is installed.
static INSTALLED_NL: OnceLock<Templates> = OnceLock::new();
static INSTALLED_EN: OnceLock<Templates> = OnceLock::new();

fn slot(lang: Lang) -> &'static OnceLock<Templates> {
    match lang {
        Lang::Nl => &INSTALLED_NL,
        Lang::En => &INSTALLED_EN,
    }
}

/// Installs the worksheets of a content file in `lang` (parsed by [`parse_templates`]). The
/// first one installed stays; installing again changes nothing.
pub fn install(lang: Lang, templates: Templates) {
    let _ = slot(lang).set(templates);
}

/// Whether the worksheets in `lang` are at hand ([`install`]ed, or compiled in).
pub fn installed(lang: Lang) -> bool {
    for_lang(lang).is_some()
}

#[cfg(feature = "embedded-content")]
fn embedded(lang: Lang) -> Option<&'static Templates> {
    static NL: OnceLock<Option<Templates>> = OnceLock::new();
    static EN: OnceLock<Option<Templates>> = OnceLock::new();
    match lang {
        Lang::Nl => NL.get_or_init(|| {
            parse_templates(include_str!("../../../../content/werkbladen.nl.json")).ok()
        }),
        Lang::En => EN.get_or_init(|| {
            parse_templates(include_str!("../../../../content/werkbladen.en.json")).ok()
        }),
    }
    .as_ref()
}

#[cfg(not(feature = "embedded-content"))]
fn embedded(_: Lang) -> Option<&'static Templates> {
    None
}

fn for_lang(lang: Lang) -> Option<&'static Templates> {
    slot(lang).get().or_else(|| embedded(lang))
}

/// The worksheets in the current language (the Dutch ones while that language's file is not
/// loaded); none (an empty list) before any is loaded.
fn current() -> Option<&'static Templates> {
    for_lang(crate::i18n::lang()).or_else(|| for_lang(Lang::Nl))
}

/// The worksheets: installed, or compiled in; none (an empty list) before they are loaded.
pub fn templates() -> &'static [Template] {
    current().map_or(&[], |t| t.werkbladen.as_slice())
}

/// A worksheet's title as a heading: in English with the Dutch title after it ("Vision
/// quadrant (Visievierluik)"); in Dutch the title alone.
pub fn heading_title(id: &str) -> String {
    let title = template(id).map_or(id, |t| t.title.as_str());
    let original = for_lang(Lang::Nl)
        .and_then(|t| t.werkbladen.iter().find(|t| t.id == id))
        .map_or("", |t| t.title.as_str());
    super::content::with_original(title, original)
}

pub fn template(id: &str) -> Option<&'static Template> {
    templates().iter().find(|t| t.id == id)
}

/// The meeting programmes of the installed (or compiled-in) content; none before it is loaded.
pub fn programmas() -> &'static [ProgrammaTemplate] {
    current().map_or(&[], |t| t.programmas.as_slice())
}

pub fn programma(id: &str) -> Option<&'static ProgrammaTemplate> {
    programmas().iter().find(|p| p.id == id)
}

impl Template {
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }
}

impl Block {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Whether the block shows on a worksheet: always, unless its questions [moved
    /// elsewhere](Block::moved_to); then only while `werkblad` holds an answer in it (never on
    /// the empty form, `None`).
    pub fn shown(&self, werkblad: Option<&Werkblad>) -> bool {
        self.moved_to.is_none()
            || werkblad.is_some_and(|w| {
                let prefix = format!("{}.", self.id);
                w.answers.keys().any(|k| k.starts_with(&prefix))
                    || w.rows_of(&self.id).next().is_some()
            })
    }

    /// Whether an item of this block has a note next to its answer.
    pub fn has_notes(&self) -> bool {
        matches!(
            self.kind,
            BlockKind::Keuzes | BlockKind::Checklist | BlockKind::Schaal
        )
    }
}

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

// ---------------------------------------------------------------------------------------------
// What the answers say
// ---------------------------------------------------------------------------------------------

/// A checklist question that needs action: answered "nee" or not answered at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub block: String,
    pub item: String,
    pub partner: Option<String>,
    /// `true` for "nee", `false` for no answer.
    pub nee: bool,
}

/// Every checklist question in the worksheet that is not answered "ja" (for every partner in a
/// per-partner block), in the worksheet's order: "actie nodig".
pub fn actie_nodig(
    template: &Template,
    werkblad: &Werkblad,
    partners: &[super::Partner],
) -> Vec<Flag> {
    actie_nodig_by(template, partners, &|key| {
        werkblad.answers.get(key).map(String::as_str)
    })
}

/// [`actie_nodig`] with the answers looked up by key text, so a view can pass only the
/// answers it keeps (the choices, not the free text).
pub fn actie_nodig_by<'a>(
    template: &Template,
    partners: &[super::Partner],
    answer: &dyn Fn(&str) -> Option<&'a str>,
) -> Vec<Flag> {
    let mut flags = Vec::new();
    for block in template
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Checklist)
    {
        for partner in partners_of(block, partners) {
            for item in &block.items {
                let found = answer(&Key::new(&block.id, &item.id, partner).text()).unwrap_or("");
                if found != "ja" {
                    flags.push(Flag {
                        block: block.id.clone(),
                        item: item.id.clone(),
                        partner: partner.map(str::to_string),
                        nee: found == "nee",
                    });
                }
            }
        }
    }
    flags
}

/// The four quadrants of the Eisenhower-matrix, in the order the actie-agenda takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kwadrant {
    /// Urgent and important: now.
    Doen,
    /// Important, not urgent: plan it.
    Plannen,
    /// Urgent, not important: hand it over or keep it small.
    Delegeren,
    /// Neither: let it go.
    Laten,
}

impl Kwadrant {
    pub const ALL: [Kwadrant; 4] = [
        Kwadrant::Doen,
        Kwadrant::Plannen,
        Kwadrant::Delegeren,
        Kwadrant::Laten,
    ];

    pub fn of(row: &Rij) -> Kwadrant {
        match (row.urgent, row.belangrijk) {
            (true, true) => Kwadrant::Doen,
            (false, true) => Kwadrant::Plannen,
            (true, false) => Kwadrant::Delegeren,
            (false, false) => Kwadrant::Laten,
        }
    }

    /// Whether topics in this quadrant go on the actie-agenda.
    pub fn on_agenda(self) -> bool {
        matches!(self, Kwadrant::Doen | Kwadrant::Plannen)
    }
}

/// The topics of an Eisenhower block as an ordered actie-agenda: by quadrant
/// ([`Kwadrant::ALL`]'s order), and within a quadrant in the order they were added.
/// Topics without text are left out.
pub fn eisenhower<'a>(werkblad: &'a Werkblad, block: &'a str) -> Vec<(Kwadrant, &'a Rij)> {
    eisenhower_rows(&werkblad.rows, block)
}

/// [`eisenhower`] over a worksheet's rows.
pub fn eisenhower_rows<'a>(rows: &'a [Rij], block: &'a str) -> Vec<(Kwadrant, &'a Rij)> {
    let mut list: Vec<(Kwadrant, &Rij)> = rows
        .iter()
        .filter(|r| r.block == block && !r.text.trim().is_empty())
        .map(|r| (Kwadrant::of(r), r))
        .collect();
    list.sort_by_key(|(k, _)| *k);
    list
}

/// The product of a schaal block's scores for `partner` (Ambitie = Belofte × Commitment ×
/// Doen), or `None` while any score is missing.
pub fn product(block: &Block, werkblad: &Werkblad, partner: Option<&str>) -> Option<u32> {
    product_by(block, partner, &|key| {
        werkblad.answers.get(key).map(String::as_str)
    })
}

/// [`product`] with the answers looked up by key text.
pub fn product_by<'a>(
    block: &Block,
    partner: Option<&str>,
    answer: &dyn Fn(&str) -> Option<&'a str>,
) -> Option<u32> {
    if block.items.is_empty() {
        return None;
    }
    block.items.iter().try_fold(1u32, |acc, item| {
        let s = score(answer(&Key::new(&block.id, &item.id, partner).text())?)?;
        Some(acc * u32::from(s))
    })
}

/// The largest possible [`product`] of a block: [`SCALE_MAX`] to the number of items.
pub fn product_max(block: &Block) -> u32 {
    u32::from(SCALE_MAX).saturating_pow(block.items.len() as u32)
}

/// How many of a worksheet's questions have an answer, of how many (notes not counted; a
/// per-partner question counts once per partner; rows count when there is at least one).
pub fn progress(
    template: &Template,
    werkblad: &Werkblad,
    samenwerking: &super::Samenwerking,
) -> (usize, usize) {
    let (mut done, mut total) = (0, 0);
    for block in template.blocks.iter().filter(|b| b.shown(Some(werkblad))) {
        match block.kind {
            BlockKind::Onderwerpen => {
                total += 1;
                done += usize::from(werkblad.rows_of(&block.id).next().is_some());
            }
            BlockKind::Route => {
                total += 1;
                done += usize::from(samenwerking.route.is_some());
            }
            BlockKind::Keuzes | BlockKind::Regels => {
                // Ticking nothing is an answer too, so a list of options is one question,
                // answered once anything is ticked (or an own rule added).
                for partner in partners_of(block, &samenwerking.partners) {
                    total += 1;
                    let ticked = block.items.iter().any(|item| {
                        werkblad.answer(&Key::new(&block.id, &item.id, partner)) == "ja"
                    });
                    done += usize::from(ticked || werkblad.rows_of(&block.id).next().is_some());
                }
            }
            BlockKind::Partnerkaart => {
                for p in &samenwerking.partners {
                    total += 1;
                    done +=
                        usize::from(!werkblad.answer(&Key::niveau(&block.id, &p.id)).is_empty());
                }
            }
            _ => {
                for partner in partners_of(block, &samenwerking.partners) {
                    for item in &block.items {
                        total += 1;
                        let answered = !werkblad
                            .answer(&Key::new(&block.id, &item.id, partner))
                            .is_empty();
                        done += usize::from(answered);
                    }
                }
            }
        }
    }
    (done, total)
}

// serde's `Deserialize` (and for answers `Serialize`) for the structs above: read from JSON
// objects only (see `wire`).
objects!(read only: Templates, Template, Block, Item, ProgrammaTemplate);
objects!(Werkblad, Rij);
