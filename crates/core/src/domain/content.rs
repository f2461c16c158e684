//! The content of the Gespreksmodel Vitaal Samenwerken (factors, ingrediënten, questions,
//! routes), kept as data per language in `content/<lang>.json` and compiled into the app.

use std::sync::OnceLock;

use serde::Deserialize;

use super::wire::{self, objects};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Content {
    pub language: String,
    pub title: String,
    pub intro: String,
    pub checkvragen: Vec<Checkvraag>,
    pub factors: Vec<Factor>,
    pub routes: Vec<RouteInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Checkvraag {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Factor {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub intro: String,
    pub ingredients: Vec<Ingredient>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct Ingredient {
    pub id: String,
    pub section: String,
    pub name: String,
    pub summary: String,
    pub explanation: Vec<String>,
    pub questions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(remote = "Self")]
pub struct RouteInfo {
    pub id: String,
    pub section: String,
    pub name: String,
    pub subtitle: String,
    pub description: Vec<String>,
}

const NL_JSON: &str = include_str!("../../../../content/nl.json");

/// The English content: loaded on demand by the app ([`install`]); compiled in with the feature
/// `embedded-content` (host tests, component tests).
#[cfg(feature = "embedded-content")]
const EN_JSON: Option<&str> = Some(include_str!("../../../../content/en.json"));
#[cfg(not(feature = "embedded-content"))]
const EN_JSON: Option<&str> = None;

static EN: OnceLock<Content> = OnceLock::new();

/// Parses a content file. Used for the compiled-in languages and in tests.
pub fn parse(json: &str) -> Result<Content, String> {
    // Through `Value` and `wire::read`, like files and storage: the same rules, the same errors.
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    wire::read(&value).map_err(|place| format!("unexpected or missing value at `{place}`"))
}

/// The Dutch content, parsed once.
pub fn nl() -> &'static Content {
    static NL: OnceLock<Content> = OnceLock::new();
    // The file is checked by the host tests (`tests/content.rs`), so parsing cannot fail in a
    // released build; an empty model is the harmless fallback.
    NL.get_or_init(|| parse(NL_JSON).unwrap_or_else(|_| Content::empty()))
}

/// Installs the content of a language that is not compiled in (English, loaded on demand).
/// The first one installed stays. Dutch is always compiled in; installing it changes nothing.
pub fn install(lang: Lang, content: Content) {
    if lang == Lang::En {
        let _ = EN.set(content);
    }
}

/// Whether the content of `lang` is at hand (installed, or compiled in).
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::Nl || english().is_some()
}

fn english() -> Option<&'static Content> {
    EN.get().or_else(|| {
        let json = EN_JSON?;
        let _ = EN.set(parse(json).ok()?);
        EN.get()
    })
}

/// The content in `lang`; the Dutch content while another language is not yet loaded (the UI
/// switches only after loading it).
pub fn for_lang(lang: Lang) -> &'static Content {
    match lang {
        Lang::Nl => nl(),
        Lang::En => english().unwrap_or_else(nl),
    }
}

/// The content in the current language ([`crate::i18n::lang`]): every name and text the user
/// reads. (Ids and the model's order are the same in every language.)
pub fn current() -> &'static Content {
    for_lang(crate::i18n::lang())
}

/// A factor's or ingrediënt's name as a heading: in English with the Dutch original after it,
/// "Shared interest (Een gezamenlijk belang)", so the words of the publication stay
/// recognisable; in Dutch the name alone. An unknown id is returned as it is.
pub fn heading_name(id: &str) -> String {
    let here = current();
    let name = here
        .factors
        .iter()
        .find(|f| f.id == id)
        .map(|f| f.name.as_str())
        .unwrap_or_else(|| here.ingredient_name(id));
    let dutch = nl();
    let original = dutch
        .factors
        .iter()
        .find(|f| f.id == id)
        .map(|f| f.name.as_str())
        .unwrap_or_else(|| dutch.ingredient_name(id));
    with_original(name, original)
}

/// "name (original)" when the two differ, else the name.
pub fn with_original(name: &str, original: &str) -> String {
    if name == original || original.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({original})")
    }
}

impl Content {
    fn empty() -> Content {
        Content {
            language: String::new(),
            title: String::new(),
            intro: String::new(),
            checkvragen: Vec::new(),
            factors: Vec::new(),
            routes: Vec::new(),
        }
    }

    pub fn ingredients(&self) -> impl Iterator<Item = (&Factor, &Ingredient)> {
        self.factors
            .iter()
            .flat_map(|f| f.ingredients.iter().map(move |i| (f, i)))
    }

    /// The ingrediënt with this id and its factor.
    pub fn ingredient(&self, id: &str) -> Option<(&Factor, &Ingredient)> {
        self.ingredients().find(|(_, i)| i.id == id)
    }

    /// The ingrediënt's name, or the id itself for an id the model does not know.
    pub fn ingredient_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.ingredient(id)
            .map(|(_, i)| i.name.as_str())
            .unwrap_or(id)
    }

    /// The name of the ingrediënt's factor ("" for an unknown id).
    pub fn factor_name(&self, id: &str) -> &str {
        self.ingredient(id)
            .map(|(f, _)| f.name.as_str())
            .unwrap_or("")
    }

    pub fn route(&self, id: &str) -> Option<&RouteInfo> {
        self.routes.iter().find(|r| r.id == id)
    }
}

// serde's `Deserialize` for the structs above: read from JSON objects only (see `wire`).
objects!(read only: Content, Checkvraag, Factor, Ingredient, RouteInfo);
