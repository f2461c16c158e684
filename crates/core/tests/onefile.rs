//! The one-file edition: putting a samenwerking into the edition's HTML (escaping `<`,
//! replacing an embedded block, every other byte unchanged) and reading it back.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vitaal_core::domain::onefile::{
    self, embed, embedded, escape_json, EmbedError, EDITION_MARKER, EMBED_START,
};
use vitaal_core::domain::{file, Samenwerking};
use vitaal_core::i18n::{fill, t};

/// Shaped like the output of `scripts/one-file.mjs`, with the traps a naive search falls into:
/// `</body>` inside the script text and in the CSS.
fn edition() -> String {
    format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n{EDITION_MARKER}\n\
         <style>/* </body> */ body {{ margin: 0 }}</style>\n</head>\n<body>\n\
         <noscript>JavaScript nodig</noscript>\n\
         <script type=\"module\">const s = \"</body>\"; const wasm = \"AGFzbQ==\";</script>\n\
         </body>\n</html>\n"
    )
}

fn sample() -> Samenwerking {
    let mut s = file::import(include_str!("fixtures/v3.vitaal.json")).expect("fixture loads");
    s.opgave = "Voor wie < 65 is en wie ouder is: a<5 en b>3.".into();
    s
}

#[test]
fn escaping_replaces_every_less_than_sign_and_keeps_the_value() {
    let json = r#"{"a":"</script><!-- <b>","b":["<",1]}"#;
    let escaped = escape_json(json);
    assert_eq!(
        escaped,
        r#"{"a":"\u003c/script>\u003c!-- \u003cb>","b":["\u003c",1]}"#
    );
    assert!(!escaped.contains('<'));
    let before: serde_json::Value = serde_json::from_str(json).unwrap();
    let after: serde_json::Value = serde_json::from_str(&escaped).unwrap();
    assert_eq!(before, after);
    // Nothing else changes.
    assert_eq!(
        escape_json("{\"x\":\"Zorg & Welzijn > alles „ë”\"}"),
        "{\"x\":\"Zorg & Welzijn > alles „ë”\"}"
    );
}

#[test]
fn embedding_inserts_the_block_before_the_last_body_end_and_keeps_the_rest() {
    let html = edition();
    let json = file::export(&sample(), 1_800_000_000_000);
    let out = embed(&html, &json).unwrap();
    let block = format!("{EMBED_START}{}</script>", escape_json(&json));
    let at = html.rfind("</body>").unwrap();
    assert_eq!(out, format!("{}{block}{}", &html[..at], &html[at..]));
    // The script's own "</body>" is left alone.
    assert!(out.contains("const s = \"</body>\";"));
    // Inside the block there is no `<` at all, so it cannot end early or open a comment.
    let content = embedded(&out).unwrap();
    assert!(!content.contains('<'));
    assert!(content.contains("\\u003c 65"));
}

#[test]
fn embedding_again_replaces_the_block_and_nothing_else() {
    let html = edition();
    let first = embed(&html, &file::export(&sample(), 1)).unwrap();
    let mut other = sample();
    other.name = "Een andere naam".into();
    let second_json = file::export(&other, 2);
    let second = embed(&first, &second_json).unwrap();
    assert_eq!(second, embed(&html, &second_json).unwrap());
    assert_eq!(second.matches(EMBED_START).count(), 1);
    assert_eq!(embedded(&second).unwrap(), escape_json(&second_json));
    // Replacing with the same text gives the same bytes.
    assert_eq!(embed(&second, &second_json).unwrap(), second);
}

#[test]
fn the_embedded_text_imports_as_the_same_samenwerking() {
    let s = sample();
    let out = embed(&edition(), &file::export(&s, 7)).unwrap();
    assert_eq!(file::import(embedded(&out).unwrap()), Ok(s));
}

#[test]
fn other_html_is_refused() {
    let json = file::export(&sample(), 1);
    // index.html, a 404 page or a server's fallback page: no marker.
    let index = "<!doctype html><html><head></head><body></body></html>";
    assert_eq!(embed(index, &json), Err(EmbedError::NotEdition));
    assert_eq!(embed("", &json), Err(EmbedError::NotEdition));
    // Marker but no body end.
    let cut = format!("<html><head>{EDITION_MARKER}</head><body>");
    assert_eq!(embed(&cut, &json), Err(EmbedError::NotEdition));
    // A block that starts but never ends.
    let broken = format!("{EDITION_MARKER}<body>{EMBED_START}{{\"a\":1}}</body>");
    assert_eq!(embed(&broken, &json), Err(EmbedError::Broken));
    assert_eq!(embedded(&edition()), None);
}

#[test]
fn the_download_is_named_after_the_samenwerking() {
    assert_eq!(
        onefile::file_name(&sample()),
        "samen-ouder-worden-in-dorpsstad.html"
    );
    let mut s = sample();
    s.name = "Één & ander".into();
    assert_eq!(onefile::file_name(&s), "een-ander.html");
}

#[test]
fn the_question_names_the_samenwerking() {
    let texts = t().onefile;
    assert_eq!(
        fill(texts.prompt, &[("name", "Dorpsstad")]),
        "Dit bestand bevat de samenwerking ‘Dorpsstad’. Wil je die openen?"
    );
    assert_eq!(texts.prompt_open, "Openen");
    assert_eq!(texts.prompt_not_now, "Niet nu");
    assert_eq!(texts.save_button, "Bewaar als één bestand");
    assert!(texts.saved.contains("{name}") && texts.saved.contains("{file}"));
}

proptest! {
    /// Any text in the export comes back unchanged, and the block never contains `<`.
    #[test]
    fn any_text_round_trips_through_the_block(value in "\\PC*", other in "[<>/!a-z-]{0,40}") {
        let json = serde_json::to_string(&serde_json::json!({ "a": value, "b": other })).unwrap();
        let out = embed(&edition(), &json).unwrap();
        let content = embedded(&out).unwrap();
        prop_assert!(!content.contains('<'));
        let back: serde_json::Value = serde_json::from_str(content).unwrap();
        let want: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, want);
        prop_assert_eq!(out.len(), edition().len() + EMBED_START.len() + content.len() + "</script>".len());
    }
}

#[test]
fn a_failed_fetch_of_the_edition_is_told_by_its_true_reason() {
    use onefile::{fetch_failure, Unavailable};
    assert_eq!(fetch_failure(Some(200), true), None);
    assert_eq!(
        fetch_failure(Some(200), false),
        None,
        "answered from the cache while offline"
    );
    assert_eq!(fetch_failure(Some(404), true), Some(Unavailable::NotBuilt));
    assert_eq!(fetch_failure(Some(410), false), Some(Unavailable::NotBuilt));
    assert_eq!(
        fetch_failure(Some(500), true),
        Some(Unavailable::ServerError(500))
    );
    assert_eq!(fetch_failure(None, false), Some(Unavailable::Offline));
    assert_eq!(fetch_failure(None, true), Some(Unavailable::Unreachable));
}

#[test]
fn only_a_missing_edition_is_said_to_be_missing() {
    let texts = t().onefile;
    assert!(texts.not_built.contains("staat niet naast deze app"));
    for text in [
        texts.offline,
        texts.unreachable,
        texts.server_error,
        texts.not_edition,
        texts.download_failed,
    ] {
        assert!(!text.contains("staat niet naast deze app"), "{text}");
        assert!(text.ends_with("Er is niets veranderd."), "{text}");
    }
    assert!(texts.offline.contains("geen internetverbinding"));
    assert!(texts.offline.contains("niet op dit apparaat"));
    assert!(texts.unreachable.contains("niet bereikbaar"));
    assert_eq!(
        fill(texts.server_error, &[("status", "500")]),
        "Bewaren als één bestand lukt nu niet: de server gaf een foutmelding (status 500) bij het ophalen van de versie in één bestand. Probeer het later opnieuw, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd."
    );
}
