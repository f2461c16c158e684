//! The `*.vitaal.json` file format: export, import, validation and migrations.
//! See `docs/file-format.md` and `docs/vitaal-samenwerken.schema.json`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::wire::{self, objects};

use super::model::{Millis, Samenwerking};
use super::validate::{self, DomainError};

/// The value of the `format` field of every file this app writes.
pub const FORMAT: &str = "vitaal-samenwerken";
/// The version this build writes. Every version ever written has a fixture in `tests/fixtures/`.
pub const CURRENT_VERSION: u64 = 6;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Deeper nesting than this is refused before parsing (no honest file comes close).
pub const MAX_DEPTH: usize = 32;
/// File name extension (after the name).
pub const EXTENSION: &str = ".vitaal.json";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not valid UTF-8 text.
    NotText,
    NotJson,
    TooDeep,
    /// JSON, but not a Vitaal Samenwerken file (no or another `format`).
    WrongFormat,
    /// Missing, non-integer or zero `version`.
    BadVersion,
    /// Written by a newer app than this one.
    NewerVersion {
        found: u64,
        supported: u64,
    },
    /// The right format and version, but fields are missing or of the wrong type. The text is
    /// the exact place, like `samenwerking.partners[2].kind` ([`wire::read`]).
    Structure(String),
    /// Content that breaks the rules (too long, markup, bad ids …).
    Content(DomainError),
}

/// The current file layout (version 6: version 1 plus `bijeenkomsten` and `acties` in version 2,
/// `scans` and a bijeenkomst's `scan` in version 3, `werkbladen` in version 4, a bijeenkomst's
/// `acties_bij_afronding` in version 5, and `doelen`, `leerlog` and a partner's `joined` and
/// `left` in version 6).
#[derive(Serialize, Deserialize)]
#[serde(remote = "Self")]
struct File {
    format: String,
    version: u64,
    #[serde(default)]
    exported_ms: Millis,
    samenwerking: Samenwerking,
}

/// Serialises one samenwerking as a complete file (compact JSON, current version).
pub fn export(samenwerking: &Samenwerking, now: Millis) -> String {
    let file = File {
        format: FORMAT.to_string(),
        version: CURRENT_VERSION,
        exported_ms: now,
        samenwerking: samenwerking.clone(),
    };
    // Serialising plain data with string keys cannot fail. Compact, like the stored copy: one
    // serialiser for both keeps the app small.
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a file's bytes: size, encoding, JSON, format, version, migration, structure, content.
pub fn import_bytes(bytes: &[u8]) -> Result<Samenwerking, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    import(text)
}

/// What can be wrong with any versioned JSON file of this app (a samenwerking, a scan answer)
/// before its own fields are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    TooLarge { bytes: usize, max: usize },
    TooDeep,
    NotJson,
    WrongFormat,
    BadVersion,
    NewerVersion { found: u64, supported: u64 },
}

impl From<EnvelopeError> for ImportError {
    fn from(e: EnvelopeError) -> Self {
        match e {
            EnvelopeError::TooLarge { bytes, max } => ImportError::TooLarge { bytes, max },
            EnvelopeError::TooDeep => ImportError::TooDeep,
            EnvelopeError::NotJson => ImportError::NotJson,
            EnvelopeError::WrongFormat => ImportError::WrongFormat,
            EnvelopeError::BadVersion => ImportError::BadVersion,
            EnvelopeError::NewerVersion { found, supported } => {
                ImportError::NewerVersion { found, supported }
            }
        }
    }
}

/// Checks size, byte order mark, nesting, JSON, `format` and `version` (1 ..= `supported`), and
/// returns the parsed value with its version. Shared by every file reader of the app.
pub fn read_envelope(
    text: &str,
    format: &str,
    max_bytes: usize,
    supported: u64,
) -> Result<(Value, u64), EnvelopeError> {
    if text.len() > max_bytes {
        return Err(EnvelopeError::TooLarge {
            bytes: text.len(),
            max: max_bytes,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if nesting_depth(text) > MAX_DEPTH {
        return Err(EnvelopeError::TooDeep);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| EnvelopeError::NotJson)?;
    let object = value.as_object().ok_or(EnvelopeError::WrongFormat)?;
    if object.get("format").and_then(Value::as_str) != Some(format) {
        return Err(EnvelopeError::WrongFormat);
    }
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(EnvelopeError::BadVersion)?;
    if version > supported {
        return Err(EnvelopeError::NewerVersion {
            found: version,
            supported,
        });
    }
    Ok((value, version))
}

/// Reads a file's text. Nothing is changed anywhere: the caller decides what to do with the result.
pub fn import(text: &str) -> Result<Samenwerking, ImportError> {
    validate::samenwerking(&read(text)?).map_err(ImportError::Content)
}

/// [`import`] up to the structure: envelope, version, migration and field types, without the
/// content checks of [`validate::samenwerking`] (which the caller must still make).
pub fn read(text: &str) -> Result<Samenwerking, ImportError> {
    let (value, version) = read_envelope(text, FORMAT, MAX_FILE_BYTES, CURRENT_VERSION)?;
    let value = migrate(value, version)?;
    let file: File = wire::read(&value).map_err(ImportError::Structure)?;
    Ok(file.samenwerking)
}

/// Brings a file of `version` up to [`CURRENT_VERSION`], one step at a time.
/// Each future format change adds one arm here and one fixture in `tests/fixtures/`.
fn migrate(value: Value, version: u64) -> Result<Value, ImportError> {
    match version {
        1 => migrate(v1_to_v2(value), 2),
        2 => migrate(v2_to_v3(value), 3),
        3 => migrate(v3_to_v4(value), 4),
        4 => migrate(v4_to_v5(value), 5),
        5 => migrate(v5_to_v6(value), 6),
        CURRENT_VERSION => Ok(value),
        _ => Err(ImportError::BadVersion),
    }
}

/// Version 2 added meetings and actions to a samenwerking: a version 1 file has none.
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(s) = value.get_mut("samenwerking").and_then(Value::as_object_mut) {
        s.entry("bijeenkomsten")
            .or_insert_with(|| Value::Array(Vec::new()));
        s.entry("acties")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(2u64));
    }
    value
}

/// Version 3 added Ingrediëntenscans to a samenwerking and the link from a bijeenkomst to the
/// scan that set its agenda: a version 2 file has no scans and no links.
fn v2_to_v3(mut value: Value) -> Value {
    if let Some(s) = value.get_mut("samenwerking").and_then(Value::as_object_mut) {
        s.entry("scans").or_insert_with(|| Value::Array(Vec::new()));
        if let Some(list) = s.get_mut("bijeenkomsten").and_then(Value::as_array_mut) {
            for b in list.iter_mut().filter_map(Value::as_object_mut) {
                b.entry("scan").or_insert(Value::Null);
            }
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(3u64));
    }
    value
}

/// Version 4 added werkbladen to a samenwerking: a version 3 file has none.
fn v3_to_v4(mut value: Value) -> Value {
    if let Some(s) = value.get_mut("samenwerking").and_then(Value::as_object_mut) {
        s.entry("werkbladen")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(4u64));
    }
    value
}

/// Version 5 added to a closed bijeenkomst the acties of its verslag as they stood at the close
/// (`acties_bij_afronding`). A version 4 file cannot know them: every meeting gets `null`, and
/// the verslag of a meeting closed before shows the acties' status of today, as it did.
fn v4_to_v5(mut value: Value) -> Value {
    if let Some(list) = value
        .get_mut("samenwerking")
        .and_then(|s| s.get_mut("bijeenkomsten"))
        .and_then(Value::as_array_mut)
    {
        for b in list.iter_mut().filter_map(Value::as_object_mut) {
            b.entry("acties_bij_afronding").or_insert(Value::Null);
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(5u64));
    }
    value
}

/// Version 6 added monitoring: `doelen` (with indicatoren and metingen) and the `leerlog` of a
/// samenwerking, when a partner `joined` and `left`, and a meeting's `programma`. A version 5
/// file has no doelen, no leerlog, no dates and no programmes: empty lists and empty dates.
fn v5_to_v6(mut value: Value) -> Value {
    if let Some(s) = value.get_mut("samenwerking").and_then(Value::as_object_mut) {
        s.entry("doelen")
            .or_insert_with(|| Value::Array(Vec::new()));
        s.entry("leerlog")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(list) = s.get_mut("partners").and_then(Value::as_array_mut) {
            for p in list.iter_mut().filter_map(Value::as_object_mut) {
                p.entry("joined").or_insert_with(|| Value::from(""));
                p.entry("left").or_insert_with(|| Value::from(""));
            }
        }
        if let Some(list) = s.get_mut("bijeenkomsten").and_then(Value::as_array_mut) {
            for b in list.iter_mut().filter_map(Value::as_object_mut) {
                b.entry("programma")
                    .or_insert_with(|| Value::Array(Vec::new()));
            }
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(6u64));
    }
    value
}

/// The deepest nesting of `[` and `{` outside strings, counted without parsing.
pub fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// A safe file name for a samenwerking: letters, digits and dashes, then `.vitaal.json`. The
/// example samenwerking's name always starts with `voorbeeld-`, even after a rename, so its file
/// is never taken for real work.
pub fn file_name(samenwerking: &Samenwerking) -> String {
    let mut slug = String::new();
    for c in samenwerking.name.chars() {
        let c = fold_accent(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() {
        "samenwerking"
    } else {
        slug
    };
    let example = super::voorbeeld::ID;
    if super::voorbeeld::is_voorbeeld(&samenwerking.id) && !slug.starts_with(example) {
        return format!("{example}-{slug}{EXTENSION}");
    }
    format!("{slug}{EXTENSION}")
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
        'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
        'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        _ => c,
    }
}

// serde's `Serialize` and `Deserialize` for `File`: read from a JSON object only (see `wire`).
objects!(File);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_brackets_inside_strings() {
        assert_eq!(nesting_depth(r#"{"a":[1,{"b":2}]}"#), 3);
        assert_eq!(nesting_depth(r#"{"a":"[[[[{{{{"}"#), 1);
        assert_eq!(nesting_depth(r#"{"a":"\"[[["}"#), 1);
    }

    #[test]
    fn file_names_are_safe() {
        let mut s = Samenwerking::new("sw-1".into(), "Ouder worden in Één Gemeente!".into(), 0);
        assert_eq!(file_name(&s), "ouder-worden-in-een-gemeente.vitaal.json");
        s.name = "../../etc/passwd".into();
        assert_eq!(file_name(&s), "etc-passwd.vitaal.json");
        s.name = "???".into();
        assert_eq!(file_name(&s), "samenwerking.vitaal.json");
    }
}
