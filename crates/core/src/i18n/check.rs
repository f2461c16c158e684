//! Checks of the translation tables, used by the host tests: placeholders and stray Dutch words
//! in English text. Plain functions (not `cfg(test)`), so the integration tests of reports and
//! content use the same list; the app never calls them, so they cost the wasm nothing.

/// Names that stay Dutch in every language: the app, the publication, the programme and the
/// meeting forms. Removed before looking for Dutch words.
pub const KEPT_NAMES: [&str; 6] = [
    "Vitaal Samenwerken",
    "Lokaal Samenwerken",
    "Samen Ouder Worden",
    "NOV",
    "BOB",
    "BARB",
];

/// Common Dutch words that are not English words as well ("die", "door", "over", "is", "we"
/// are left out for that reason). Lower case.
pub const DUTCH_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "van",
    "niet",
    "wat",
    "wie",
    "waar",
    "hoe",
    "met",
    "voor",
    "naar",
    "bij",
    "ook",
    "nog",
    "maar",
    "zijn",
    "wordt",
    "worden",
    "deze",
    "dit",
    "je",
    "jij",
    "jouw",
    "uw",
    "geen",
    "alle",
    "alles",
    "op",
    "er",
    "als",
    "om",
    "dan",
    "kan",
    "kunnen",
    "moet",
    "moeten",
    "hebben",
    "heeft",
    "wil",
    "willen",
    "welke",
    "waarom",
    "omdat",
    "zoals",
    "hier",
    "daar",
    "nu",
    "nieuw",
    "nieuwe",
    "eerst",
    "bewaard",
    "bewaren",
    "opslaan",
    "opgeslagen",
    "verwijderen",
    "toevoegen",
    "annuleren",
    "terug",
    "volgende",
    "vorige",
    "sluiten",
    "openen",
    "afdrukken",
    "bestand",
    "gegevens",
    "datum",
    "naam",
    "samenwerking",
    "samenwerkingen",
    "bijeenkomst",
    "bijeenkomsten",
    "besluit",
    "besluiten",
    "actie",
    "acties",
    "ingrediënt",
    "ingrediënten",
    "verslag",
    "werkblad",
    "werkbladen",
    "achterban",
    "deelnemer",
    "deelnemers",
    "vragen",
    "vraag",
    "antwoord",
    "antwoorden",
    "ja",
    "nee",
    "deels",
    "klaar",
    "bezig",
    "gepland",
    "afgerond",
    "tot",
    "uit",
    "aan",
    "onze",
    "ons",
    "wij",
    "jullie",
    "hun",
    "zij",
    "ze",
    "zich",
    "mij",
    "mijn",
    "heb",
    "ben",
    "meer",
    "minder",
    "iedereen",
    "niets",
    "iets",
    "gemeente",
    "organisatie",
    "inwoner",
    "inwoners",
    "ouderen",
    "fase",
    "vorm",
    "plaats",
    "opgave",
    "toelichting",
    "reservekopie",
    "melding",
    "opslag",
    "apparaat",
    "scherm",
    "telefoon",
    "stap",
    "dag",
    "jaar",
    "maand",
    "uur",
    "minuten",
    "januari",
    "februari",
    "maart",
    "mei",
    "juni",
    "juli",
    "augustus",
    "oktober",
    "één",
    "gesprek",
    "gedaan",
    "gehad",
    "gehoord",
    "boord",
    "vul",
    "kies",
    "zie",
    "geef",
    "zet",
    "tussen",
    "zonder",
    "tijdens",
    "na",
    "wanneer",
    "doel",
    "doelen",
    "meting",
    "leerlog",
    "aandacht",
    "nodig",
    "besproken",
    "pagina",
    "bladzijde",
    "onthullen",
];

/// The `{name}` placeholders of a template, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start..start + len + 1]);
        rest = &rest[start + len + 1..];
    }
    out.sort_unstable();
    out
}

/// The Dutch words in an English text: placeholders, text in parentheses (the deliberate Dutch
/// originals: "Shared interest (Een gezamenlijk belang)") and [`KEPT_NAMES`] are left out.
pub fn dutch_words(text: &str) -> Vec<String> {
    let mut plain = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    for name in KEPT_NAMES {
        plain = plain.replace(name, " ");
    }
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| DUTCH_WORDS.contains(&w.as_str()))
        .collect()
}

/// Compares a Dutch and an English table (as JSON values of the same shape): every key in both,
/// the same placeholders in each pair of strings, no Dutch word in the English one. Returns one
/// line per problem, with the key's path.
pub fn compare_tables(
    path: &str,
    nl: &serde_json::Value,
    en: &serde_json::Value,
    problems: &mut Vec<String>,
) {
    use serde_json::Value;
    match (nl, en) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, x) in a {
                match b.get(key) {
                    Some(y) => compare_tables(&format!("{path}.{key}"), x, y, problems),
                    None => problems.push(format!("{path}.{key}: in one language only")),
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                problems.push(format!("{path}.{key}: in one language only"));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare_tables(&format!("{path}[{i}]"), x, y, problems);
            }
        }
        (Value::String(a), Value::String(b)) => {
            if placeholders(a) != placeholders(b) {
                problems.push(format!(
                    "{path}: placeholders differ: {:?} / {:?}",
                    placeholders(a),
                    placeholders(b)
                ));
            }
            let dutch = dutch_words(b);
            if !dutch.is_empty() {
                problems.push(format!("{path}: Dutch words {dutch:?} in English {b:?}"));
            }
        }
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) && a == b => {}
        (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {
            if !matches!(a, Value::Array(_)) {
                // Numbers, booleans: the same in both languages.
                problems.push(format!("{path}: differs: {a} / {b}"));
            } else {
                problems.push(format!("{path}: lists of different length"));
            }
        }
        _ => problems.push(format!("{path}: a different kind of value")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dutch_words_but_not_originals_placeholders_or_names() {
        assert_eq!(dutch_words("Save the minutes"), Vec::<String>::new());
        assert_eq!(
            dutch_words("Opslaan van het verslag"),
            ["opslaan", "van", "het", "verslag"]
        );
        assert!(dutch_words("Shared interest (Een gezamenlijk belang) for {naam}").is_empty());
        assert!(dutch_words("About Vitaal Samenwerken and BOB").is_empty());
    }

    #[test]
    fn compare_reports_missing_keys_placeholders_and_dutch() {
        let nl = serde_json::json!({"a": "Hallo {name}", "b": ["x"], "c": "Ja"});
        let en = serde_json::json!({"a": "Hello {naam}", "b": ["x", "y"], "c": "Ja"});
        let mut problems = Vec::new();
        compare_tables("", &nl, &en, &mut problems);
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(problems[0].starts_with(".a: placeholders"));
        assert!(problems[1].starts_with(".b"));
        assert!(problems[2].contains("Dutch words [\"ja\"]"));
    }
}
