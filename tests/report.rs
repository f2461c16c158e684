//! The verslag (Markdown) and the actions CSV, compared with golden files made from the
//! version 2 fixture. Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate change,
//! then read the diff.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use vitaal_samenwerken::domain::file;
use vitaal_samenwerken::domain::Samenwerking;
use vitaal_samenwerken::i18n::t;
use vitaal_samenwerken::report::{acties_csv, meeting_acties, verslag_markdown};

fn fixture() -> Samenwerking {
    file::import(include_str!("fixtures/v2.vitaal.json")).expect("fixture")
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
    assert_eq!(actual, expected, "{name} differs from the golden file");
}

#[test]
fn verslag_of_a_finished_bob_meeting() {
    let s = fixture();
    golden(
        "verslag-bob.md",
        &verslag_markdown(t(), &s, &s.bijeenkomsten[0]),
    );
}

#[test]
fn verslag_of_a_barb_meeting_shows_the_achterban_and_carried_over_actions() {
    let s = fixture();
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[1]);
    golden("verslag-barb.md", &md);
    assert!(md.contains("Welzijn Dorpsstad"));
    assert!(
        md.contains("Spelregels op één A4 zetten"),
        "open action carried over"
    );
    assert!(
        !md.contains("Eerste koffieochtend organiseren"),
        "finished action not carried over"
    );
}

#[test]
fn actions_csv_for_excel_with_dutch_settings() {
    let s = fixture();
    let (ours, _) = meeting_acties(&s, &s.bijeenkomsten[0]);
    let csv = acties_csv(t(), &s, &ours);
    assert!(
        csv.starts_with('\u{feff}'),
        "UTF-8 byte order mark for Excel"
    );
    assert!(csv.contains("Wat;Wie;Wanneer;Status;Ingrediënt;Bijeenkomst\r\n"));
    assert!(csv.contains("\"Spelregels op één A4 zetten; \"\"concept\"\" delen\""));
    assert_eq!(csv.matches("\r\n").count(), 3, "header and two rows, CRLF");
    golden("acties-bob.csv", &csv);
}

#[test]
fn hostile_or_formula_text_cannot_become_markup_or_a_formula() {
    let mut s = fixture();
    s.acties[0].wat = "=HYPERLINK(\"http://x\")".into();
    s.bijeenkomsten[0].agenda[0].notes.insert(
        vitaal_samenwerken::domain::meeting::Phase::Beeldvorming,
        "# geen kop\n| geen | tabel |".into(),
    );
    let (ours, _) = meeting_acties(&s, &s.bijeenkomsten[0]);
    let csv = acties_csv(t(), &s, &ours);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    let md = verslag_markdown(t(), &s, &s.bijeenkomsten[0]);
    assert!(
        md.contains("\\# geen kop  \n\\| geen \\| tabel \\|"),
        "{md}"
    );
}
