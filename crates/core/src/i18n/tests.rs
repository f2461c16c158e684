//! Host tests of the table: placeholders, counts, and Dutch and English having the same shape.

use crate::domain::bijeenkomst::{ActieStatus, CheckAntwoord, Fase, Vorm};
use crate::domain::{Field, PartnerKind, Ring};

use super::*;

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill("{a} en {b}, {a}", &[("a", "x"), ("b", "y")]),
        "x en y, x"
    );
}

#[test]
fn count_picks_the_singular_only_for_one() {
    let c = Count {
        one: "{n} antwoord van {who}",
        other: "{n} antwoorden van {who}",
    };
    assert_eq!(c.of(1), "1 antwoord van {who}");
    assert_eq!(c.with(0, &[("who", "Ommen")]), "0 antwoorden van Ommen");
    assert_eq!(c.with(1, &[("who", "Ommen")]), "1 antwoord van Ommen");
    assert_eq!(c.with(12, &[("who", "Ommen")]), "12 antwoorden van Ommen");
}

fn english(out: &str, expected: &str) {
    assert_eq!(out, expected);
    let dutch = check::dutch_words(out);
    assert!(dutch.is_empty(), "Dutch words {dutch:?} in {out:?}");
}

#[test]
fn names_and_dates_in_english() {
    with_lang(Lang::En, || {
        let t = t();
        english(t.field(Field::ActieWanneer), "the date of the action");
        english(
            t.phase_name(Fase::Achterbanraadpleging),
            "Consulting the constituency",
        );
        english(
            t.phase_question(Fase::Besluitvorming),
            "Who is going to do what, and when?",
        );
        english(
            &t.vorm_description(Vorm::Bob),
            "BOB: Forming a picture → Forming a judgement → Decision-making",
        );
        english(
            &t.vorm_description(Vorm::Barb),
            "BARB: Forming a picture → Consulting the constituency → Revision → Decision-making",
        );
        english(t.antwoord(Some(CheckAntwoord::Deels)), "partly");
        english(t.antwoord(None), "not answered yet");
        english(t.actie_status(ActieStatus::Bezig), "In progress");
        english(&t.date("2026-12-08"), "8 December 2026");
        english(&t.date("later"), "later");
        english(
            t.kind(PartnerKind::InwonerOudere),
            "Resident / older person",
        );
        english(t.ring(Ring::VrijeRuimte), "Open space");
    });
}

#[test]
fn names_and_dates_stay_dutch() {
    let t = t();
    assert_eq!(t.field(Field::ActieWie), "de uitvoerder van de actie");
    assert_eq!(
        t.vorm_description(Vorm::Bob),
        "BOB: Beeldvorming → Oordeelsvorming → Besluitvorming"
    );
    assert_eq!(t.date("2026-09-15"), "15 september 2026");
    assert_eq!(t.actie_status(ActieStatus::Klaar), "Klaar");
}

/// The English table has every key of the Dutch one, the same placeholders in each string,
/// and no Dutch words (apart from the deliberate originals in parentheses and the names that
/// stay Dutch): the serialized tables are compared leaf by leaf.
#[test]
fn english_table_matches_the_dutch_one() {
    let nl = serde_json::to_value(&NL).expect("the Dutch table serializes");
    let en = serde_json::to_value(&EN).expect("the English table serializes");
    let mut problems = Vec::new();
    check::compare_tables("t()", &nl, &en, &mut problems);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// No string in the table hedges a plural with "(en)", "(s)" or "(n)": counts use [`Count`].
#[test]
fn no_hedged_plurals_in_the_table() {
    let sources = [
        ("mod.rs", include_str!("mod.rs")),
        ("table.rs", include_str!("table.rs")),
        ("texts.rs", include_str!("texts.rs")),
        ("count.rs", include_str!("count.rs")),
        ("bijeenkomst.rs", include_str!("bijeenkomst.rs")),
        ("deelnemer.rs", include_str!("deelnemer.rs")),
        ("content.rs", include_str!("content.rs")),
        ("errors.rs", include_str!("errors.rs")),
        ("intro.rs", include_str!("intro.rs")),
        ("monitoring.rs", include_str!("monitoring.rs")),
        (
            "achterban_telefoon.rs",
            include_str!("achterban_telefoon.rs"),
        ),
        ("onefile.rs", include_str!("onefile.rs")),
        ("rapport.rs", include_str!("rapport.rs")),
        ("scan.rs", include_str!("scan.rs")),
        ("stand.rs", include_str!("stand.rs")),
        ("storage.rs", include_str!("storage.rs")),
        ("update.rs", include_str!("update.rs")),
        ("verslag.rs", include_str!("verslag.rs")),
        ("werkblad.rs", include_str!("werkblad.rs")),
        ("programma.rs", include_str!("programma.rs")),
    ];
    let hedges = ["(en)", "(s)", "(n)", "(’s)"];
    for (file, source) in sources {
        for (line_no, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") || line.contains("let hedges") {
                continue;
            }
            for hedge in hedges {
                assert!(
                    !line.contains(hedge),
                    "{file}:{}: hedged plural {hedge:?}; use a Count: {line}",
                    line_no + 1
                );
            }
        }
    }
}
