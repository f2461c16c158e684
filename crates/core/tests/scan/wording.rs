//! What the scan and the werkbladen say about counts and labels: Dutch grammar for one and for
//! more (the noun and the verb), the rule behind "eensgezind / wisselend / sterk verdeeld"
//! (from the same bounds the labels are computed with), the median, and where an answer file
//! chosen under Importeren belongs.

use super::*;
use vitaal_core::domain::{Samenwerking, Workspace};
use vitaal_core::i18n::t;
use vitaal_core::report::{answer_file_hint, median_tenths, scan_markdown, spread_rule};

#[test]
fn counts_of_one_are_singular_with_the_verb_agreeing() {
    let st = t().scan;
    assert_eq!(
        st.list_meta.with(1, &[("status", st.hidden)]),
        "1 antwoord · resultaten verborgen"
    );
    assert_eq!(
        st.count_summary.with(1, &[("laptop", "1"), ("file", "0")]),
        "1 antwoord: 1 op dit apparaat, 0 uit antwoordbestanden."
    );
    assert_eq!(st.count_paper.of(1), "Papieren ronde: 1 kaartje.");
    assert_eq!(st.paper_cards.of(0), "0 papieren kaartjes");
    let hidden = st.organisations_hidden.with(1, &[("min", "3")]);
    assert!(
        hidden.starts_with("1 organisatie met minder dan 3 antwoorden is niet apart getoond"),
        "{hidden}"
    );
    assert!(hidden.contains("haar antwoorden"), "{hidden}");
    let hidden = st.organisations_hidden.with(2, &[("min", "3")]);
    assert!(
        hidden.starts_with("2 organisaties met minder dan 3 antwoorden zijn niet"),
        "{hidden}"
    );
    assert!(st.divergence_item.of(1).ends_with("(1 antwoord)"));
    assert!(st.divergence_item.of(2).ends_with("(2 antwoorden)"));
    assert_eq!(st.files_added.of(1), "1 antwoordbestand toegevoegd.");
    assert_eq!(st.files_already.of(2), "2 bestanden stonden er al in.");

    let wt = t().werkblad;
    assert_eq!(
        wt.progress.with(1, &[("done", "0")]),
        "0 van 1 vraag beantwoord"
    );
    assert_eq!(
        wt.progress.with(7, &[("done", "1")]),
        "1 van 7 vragen beantwoord"
    );
    assert_eq!(
        wt.list_meta.with(1, &[("done", "1")]),
        "1 van 1 vraag beantwoord"
    );

    let v = &t().verslag_ui.scan;
    assert_eq!(
        v.organisation_heading
            .with(1, &[("organisation", "Welzijn")]),
        "Welzijn (1 deelnemer)"
    );
}

/// Every `{n}` in the scan's and the werkbladen's part of the table is a count in a [`Count`]
/// (except a score, a numbered label and a flag total, where no noun follows).
#[test]
fn every_count_in_the_scan_and_werkblad_texts_is_a_count() {
    let sources = [
        ("scan.rs", include_str!("../../src/i18n/scan.rs")),
        ("werkblad.rs", include_str!("../../src/i18n/werkblad.rs")),
    ];
    let not_counts = ["response_label:", "scale_value:", "actie_heading:"];
    for (file, source) in sources {
        for (no, line) in source.lines().enumerate() {
            let line = line.trim_start();
            if !line.contains("{n}") || line.starts_with("//") {
                continue;
            }
            let in_count = line.starts_with("one:") || line.starts_with("other:");
            let allowed = not_counts.iter().any(|f| line.starts_with(f));
            assert!(
                in_count || allowed,
                "{file}:{}: a count without Count: {line}",
                no + 1
            );
        }
    }
}

#[test]
fn the_spread_rule_is_the_rule_the_labels_follow() {
    let rule = spread_rule(t());
    assert!(
        rule[0].starts_with("te weinig antwoorden: minder dan 2 cijfers"),
        "{}",
        rule[0]
    );
    assert!(
        rule[1].starts_with("eensgezind:") && rule[1].contains("hoogstens 0,5"),
        "{}",
        rule[1]
    );
    assert!(
        rule[2].starts_with("wisselend:") && rule[2].contains("tussen 0,5 en 1."),
        "{}",
        rule[2]
    );
    assert!(
        rule[3].starts_with("sterk verdeeld:") && rule[3].contains("1 of meer"),
        "{}",
        rule[3]
    );
    // The rule's bounds and examples, checked against the labels themselves.
    let spread = |counts: [u32; 6]| Stats::from_counts(counts).spread;
    assert_eq!(spread([0, 0, 0, 1, 0, 0]), Spread::TooFew, "one score");
    assert_eq!(
        spread([9, 0, 0, 1, 0, 0]),
        Spread::TooFew,
        "weet ik niet does not count"
    );
    assert_eq!(
        spread([0, 0, 0, 3, 3, 0]),
        Spread::Agreement,
        "3s and 4s: stdev 0,5"
    );
    assert_eq!(spread([0, 0, 0, 1, 3, 0]), Spread::Agreement);
    assert_eq!(
        spread([0, 0, 1, 1, 1, 0]),
        Spread::Mixed,
        "2 3 4: stdev 0,82"
    );
    assert_eq!(
        spread([0, 0, 3, 0, 3, 0]),
        Spread::Divided,
        "2s and 4s: stdev 1"
    );
    assert_eq!(
        (
            AGREEMENT_MAX_STDEV_TENTHS,
            DIVIDED_MIN_STDEV_TENTHS,
            SPREAD_MIN_SCORES
        ),
        (5, 10, 2)
    );
    // The Markdown summary explains the labels too.
    let mut s = disagreeing();
    s.revealed = true;
    let md = scan_markdown(
        &Samenwerking::new("sw-dorpsstad".into(), "Dorpsstad".into(), 1_000),
        &s,
    );
    for line in &rule {
        assert!(md.contains(line.as_str()), "{line}");
    }
}

#[test]
fn the_median_is_the_middle_score() {
    assert_eq!(median_tenths(&[0; 6]), None);
    assert_eq!(
        median_tenths(&[5, 0, 0, 0, 0, 0]),
        None,
        "only weet ik niet"
    );
    assert_eq!(median_tenths(&[0, 1, 0, 0, 2, 1]), Some(40), "1 4 4 5");
    assert_eq!(median_tenths(&[0, 0, 1, 1, 0, 0]), Some(25), "2 3");
    assert_eq!(median_tenths(&[0, 2, 0, 0, 0, 2]), Some(30), "1 1 5 5");
    assert_eq!(median_tenths(&[0, 1, 0, 0, 1, 2]), Some(45), "1 4 5 5");
}

#[test]
fn an_answer_file_under_importeren_says_where_it_belongs() {
    let mut ws = Workspace::default();
    let mut sw = Samenwerking::new("sw-dorpsstad".into(), "Samen in Dorpsstad".into(), 1_000);
    sw.scans.push(scan());
    ws.samenwerkingen.push(sw);
    let text = own_file();
    let here = answer_file_hint(t(), &ws, &text).expect("an answer file");
    assert!(here.contains("„Voorjaarsscan 2026”"), "{here}");
    assert!(here.contains("„Samen in Dorpsstad”"), "{here}");
    assert!(here.contains("Verzamelen"), "{here}");
    let elsewhere = answer_file_hint(t(), &Workspace::default(), &text).expect("an answer file");
    assert!(
        elsewhere.contains("„Voorjaarsscan 2026”") && elsewhere.contains("niet op dit apparaat"),
        "{elsewhere}"
    );
    assert!(elsewhere.contains("Verzamelen"));
    assert_eq!(
        answer_file_hint(t(), &ws, "{\"format\":\"iets anders\"}"),
        None
    );
    assert_eq!(answer_file_hint(t(), &ws, "geen json"), None);
}
