//! Content: what each worksheet asks ([`Template`]s of [`Block`]s), installed per language.

use std::sync::OnceLock;

use crate::i18n::Lang;

use serde::Deserialize;

use crate::domain::bijeenkomst::ProgrammaOnderdeel;
use crate::domain::wire::{self, named_enum};

use super::*;

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
            parse_templates(include_str!("../../../../../content/werkbladen.nl.json")).ok()
        }),
        Lang::En => EN.get_or_init(|| {
            parse_templates(include_str!("../../../../../content/werkbladen.en.json")).ok()
        }),
    }
    .as_ref()
}

#[cfg(not(feature = "embedded-content"))]
fn embedded(_: Lang) -> Option<&'static Templates> {
    None
}

pub(super) fn for_lang(lang: Lang) -> Option<&'static Templates> {
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
    crate::domain::content::with_original(title, original)
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
