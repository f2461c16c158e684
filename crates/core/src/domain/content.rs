//! The content of the Gespreksmodel Vitaal Samenwerken (factors, ingrediënten, questions,
//! routes), kept as data per language in `content/<lang>.json` and compiled into the app.

use std::sync::OnceLock;

use serde::Deserialize;

use super::wire::{self, objects};

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
