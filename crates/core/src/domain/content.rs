//! The content of the Gespreksmodel Vitaal Samenwerken (factors, ingrediënten, questions,
//! routes), kept as data per language in `content/<lang>.json` and compiled into the app.

use std::sync::OnceLock;

use serde_json::Value;

use super::json::{object, opt, req, FromJson, JsonError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    pub language: String,
    pub title: String,
    pub intro: String,
    pub checkvragen: Vec<Checkvraag>,
    pub factors: Vec<Factor>,
    pub routes: Vec<RouteInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkvraag {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Factor {
    pub id: String,
    pub name: String,
    pub intro: String,
    pub ingredients: Vec<Ingredient>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ingredient {
    pub id: String,
    pub section: String,
    pub name: String,
    pub summary: String,
    pub explanation: Vec<String>,
    pub questions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
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
    // Through `Value`, like files and storage: one reader keeps the app small.
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Content::from_json(&value).map_err(|e| e.to_string())
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

// ---- Reading from JSON (see `json`) ----

impl FromJson for Content {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Content {
            language: req(o, "language")?,
            title: req(o, "title")?,
            intro: req(o, "intro")?,
            checkvragen: req(o, "checkvragen")?,
            factors: req(o, "factors")?,
            routes: req(o, "routes")?,
        })
    }
}

impl FromJson for Checkvraag {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Checkvraag {
            id: req(o, "id")?,
            text: req(o, "text")?,
        })
    }
}

impl FromJson for Factor {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Factor {
            id: req(o, "id")?,
            name: req(o, "name")?,
            intro: opt(o, "intro")?,
            ingredients: req(o, "ingredients")?,
        })
    }
}

impl FromJson for Ingredient {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Ingredient {
            id: req(o, "id")?,
            section: req(o, "section")?,
            name: req(o, "name")?,
            summary: req(o, "summary")?,
            explanation: req(o, "explanation")?,
            questions: req(o, "questions")?,
        })
    }
}

impl FromJson for RouteInfo {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(RouteInfo {
            id: req(o, "id")?,
            section: req(o, "section")?,
            name: req(o, "name")?,
            subtitle: req(o, "subtitle")?,
            description: req(o, "description")?,
        })
    }
}
