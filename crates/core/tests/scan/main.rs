//! The Ingrediëntenscan: statistics checked by hand, privacy threshold, answer files refused
//! for every kind of bad input, merging recognises duplicates and is order-independent.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use vitaal_core::domain::file::{self, MAX_DEPTH};
use vitaal_core::domain::scan::*;
use vitaal_core::domain::validate::DomainError;
use vitaal_core::domain::{Field, Samenwerking};

// Factor "relatie".
const VS: &str = "vermogen-tot-samenwerking";
const OV: &str = "openheid-en-vertrouwen";
const GI: &str = "gelijkwaardige-inbreng";
const GT: &str = "gezamenlijke-identiteit-en-taal";
// Factor "samenstelling".
const MM: &str = "minimale-massa";
// Factor "ambitie".
const GO: &str = "gedeelde-opgave-ambitie-en-doelen";
const ZU: &str = "zichtbare-urgentie";

fn scan() -> Scan {
    Scan::new(
        "scan-voorjaar".into(),
        "sw-dorpsstad".into(),
        "Voorjaarsscan 2026".into(),
        1_000,
    )
}

fn resp(id: &str, organisation: &str, scores: &[(&str, Score)]) -> Response {
    let mut r = Response::new(id.into(), Source::Laptop, 2_000);
    r.organisation = organisation.into();
    for (ingredient, score) in scores {
        r.set(ingredient, *score, "");
    }
    r
}

fn with(responses: Vec<Response>) -> Scan {
    let mut s = scan();
    for r in responses {
        s.add_response(r).expect("valid response");
    }
    s
}

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a number");
    assert!(
        (actual - expected).abs() < 1e-12,
        "{actual} is not {expected}"
    );
}

fn ids(list: &[(String, Stats)]) -> Vec<&str> {
    list.iter().map(|(id, _)| id.as_str()).collect()
}

fn stats<'a>(list: &'a [(String, Stats)], id: &str) -> &'a Stats {
    &list.iter().find(|(i, _)| i == id).expect(id).1
}

// ---- statistics ----

#[test]
fn stats_of_one_ingredient_are_computed_by_hand() {
    let s = with(vec![
        resp("r-a", "", &[(OV, Some(2))]),
        resp("r-b", "", &[(OV, Some(4))]),
        resp("r-c", "", &[(OV, Some(4))]),
        resp("r-d", "", &[(OV, Some(5))]),
        resp("r-e", "", &[(OV, None)]),
        // Skipped OV: counts nowhere.
        resp("r-f", "", &[(VS, Some(3))]),
    ]);
    let st = s.stats(OV);
    // Scores 2, 4, 4, 5 and one "weet ik niet".
    assert_eq!(st.counts, [1, 0, 1, 0, 2, 1]);
    assert_eq!((st.n, st.unknown), (4, 1));
    // mean = (2 + 4 + 4 + 5) / 4 = 15 / 4 = 3.75
    close(st.mean, 3.75);
    // Σx² = 4 + 16 + 16 + 25 = 61; D = 4·61 − 15² = 244 − 225 = 19;
    // variance = 19 / 16 = 1.1875; stdev = √19 / 4 ≈ 1.0897
    close(st.stdev, 19f64.sqrt() / 4.0);
    close(st.stdev.map(|s| s * s), 1.1875);
    assert_eq!((st.min, st.max, st.range()), (Some(2), Some(5), 3));
    // D = 19 ≥ n² = 16, so stdev ≥ 1.
    assert_eq!(st.spread, Spread::Divided);
}

#[test]
fn without_scores_there_is_no_mean_and_no_spread() {
    let s = with(vec![
        resp("r-a", "", &[(OV, None)]),
        resp("r-b", "", &[(OV, None)]),
    ]);
    let st = s.stats(OV);
    assert_eq!((st.n, st.unknown, st.counts), (0, 2, [2, 0, 0, 0, 0, 0]));
    assert_eq!(
        (st.mean, st.stdev, st.min, st.max),
        (None, None, None, None)
    );
    assert_eq!((st.range(), st.spread), (0, Spread::TooFew));
    // An ingrediënt nobody answered, and an id the model does not know.
    assert_eq!(s.stats(VS), Stats::from_counts([0; 6]));
    assert_eq!(s.stats("bestaat-niet").n, 0);
}

#[test]
fn one_score_has_no_spread_to_speak_of() {
    let st = with(vec![resp("r-a", "", &[(OV, Some(4))])]).stats(OV);
    assert_eq!(st.n, 1);
    close(st.mean, 4.0);
    close(st.stdev, 0.0);
    assert_eq!(st.spread, Spread::TooFew);
}

#[test]
fn spread_labels_switch_exactly_at_a_half_and_at_one() {
    let label = |counts: [u32; 6]| Stats::from_counts(counts).spread;
    // 3, 4: Σ = 7, Σx² = 25, D = 2·25 − 49 = 1; 4·D = 4 ≤ n² = 4: stdev exactly 0.5.
    assert_eq!(label([0, 0, 0, 1, 1, 0]), Spread::Agreement);
    close(Stats::from_counts([0, 0, 0, 1, 1, 0]).stdev, 0.5);
    // 3, 3, 4: D = 3·34 − 100 = 2; 4·D = 8 ≤ 9: stdev √2/3 ≈ 0.47.
    assert_eq!(label([0, 0, 0, 2, 1, 0]), Spread::Agreement);
    // 2, 3, 4: D = 3·29 − 81 = 6; 4·D = 24 > 9 and 6 < 9: stdev √6/3 ≈ 0.82.
    assert_eq!(label([0, 0, 1, 1, 1, 0]), Spread::Mixed);
    // 3, 3, 3, 5: D = 4·52 − 196 = 12; 48 > 16 and 12 < 16: stdev √12/4 ≈ 0.87.
    assert_eq!(label([0, 0, 0, 3, 0, 1]), Spread::Mixed);
    // 3, 5: D = 2·34 − 64 = 4 = n²: stdev exactly 1.
    assert_eq!(label([0, 0, 0, 1, 0, 1]), Spread::Divided);
    close(Stats::from_counts([0, 0, 0, 1, 0, 1]).stdev, 1.0);
    // 2, 2, 4, 4: D = 4·40 − 144 = 16 = n²: stdev exactly 1.
    assert_eq!(label([0, 0, 2, 0, 2, 0]), Spread::Divided);
    // "Weet ik niet" never counts towards the spread.
    assert_eq!(label([9, 0, 0, 0, 1, 0]), Spread::TooFew);
}

#[test]
fn a_paper_tally_is_combined_with_the_responses() {
    let mut s = with(vec![
        resp("r-a", "", &[(OV, Some(4))]),
        resp("r-b", "", &[(OV, Some(5))]),
    ]);
    // Cards: one "weet ik niet", two 2s, one 4.
    s.set_paper(OV, [1, 0, 2, 0, 1, 0]).unwrap();
    s.set_paper(VS, [0, 0, 0, 3, 0, 0]).unwrap();
    let st = s.stats(OV);
    // Combined scores 2, 2, 4, 4, 5 and one "weet ik niet".
    assert_eq!(st.counts, [1, 0, 2, 0, 2, 1]);
    assert_eq!((st.n, st.unknown), (5, 1));
    // mean = 17 / 5 = 3.4
    close(st.mean, 3.4);
    // Σx² = 4 + 4 + 16 + 16 + 25 = 65; D = 5·65 − 17² = 325 − 289 = 36; stdev = √36/5 = 1.2
    close(st.stdev, 1.2);
    assert_eq!(st.spread, Spread::Divided);
    // Paper only: three 3s.
    let vs = s.stats(VS);
    assert_eq!(vs.n, 3);
    close(vs.mean, 3.0);
    close(vs.stdev, 0.0);
    assert_eq!(vs.spread, Spread::Agreement);
}

#[test]
fn paper_counts_are_checked_and_all_zeros_remove_them() {
    let mut s = scan();
    assert_eq!(
        s.set_paper("bestaat-niet", [0, 1, 0, 0, 0, 0]),
        Err(ScanError::Content(DomainError::UnknownIngredient))
    );
    assert_eq!(
        s.set_paper(OV, [0, MAX_PAPER_COUNT + 1, 0, 0, 0, 0]),
        Err(ScanError::PaperCount {
            max: MAX_PAPER_COUNT
        })
    );
    assert!(s.paper.is_empty());
    s.set_paper(OV, [0, MAX_PAPER_COUNT, 0, 0, 0, 0]).unwrap();
    assert_eq!(s.paper.get(OV)[1], MAX_PAPER_COUNT);
    s.set_paper(OV, [0; 6]).unwrap();
    assert!(s.paper.counts.is_empty());

    let bad = PaperTally {
        counts: [(OV.to_string(), [0, 0, 0, 0, 0, u32::MAX])].into(),
    };
    assert!(matches!(
        validate_paper(&bad),
        Err(ScanError::PaperCount { .. })
    ));
    let zeros = PaperTally {
        counts: [(OV.to_string(), [0; 6])].into(),
    };
    assert_eq!(validate_paper(&zeros), Ok(PaperTally::default()));
}

#[test]
fn factor_stats_pool_the_scores_of_its_ingredients() {
    let mut s = with(vec![
        resp("r-a", "", &[(VS, Some(4)), (OV, Some(2))]),
        resp("r-b", "", &[(VS, Some(5)), (GI, None)]),
    ]);
    s.set_paper(GT, [0, 1, 0, 0, 0, 0]).unwrap();
    let factors = s.factor_stats();
    let relatie = stats(&factors, "relatie");
    // Relatie: 4, 2, 5 (responses) and 1 (paper), one "weet ik niet".
    assert_eq!(relatie.counts, [1, 1, 1, 0, 1, 1]);
    // mean = 12 / 4 = 3
    close(relatie.mean, 3.0);
    // Σx² = 16 + 4 + 25 + 1 = 46; D = 4·46 − 144 = 40; variance = 40/16 = 2.5
    close(relatie.stdev, 2.5f64.sqrt());
    assert_eq!(relatie.spread, Spread::Divided);
    let ambitie = stats(&factors, "ambitie");
    assert_eq!((ambitie.n, ambitie.mean), (0, None));
}

#[test]
fn all_sixteen_ingredients_and_five_factors_in_content_order() {
    let s = scan();
    let model = vitaal_core::domain::content::nl();
    let expected: Vec<&str> = model.ingredients().map(|(_, i)| i.id.as_str()).collect();
    assert_eq!(ids(&s.ingredient_stats()), expected);
    assert_eq!(expected.len(), 16);
    assert_eq!(
        ids(&s.factor_stats()),
        [
            "relatie",
            "samenstelling",
            "ambitie",
            "belangen",
            "organisatie-en-proces"
        ]
    );
}

/// Four participants; see the rankings below for the arithmetic.
fn disagreeing() -> Scan {
    with(vec![
        resp(
            "r-1",
            "",
            &[
                (OV, Some(1)),
                (GT, Some(1)),
                (GI, Some(2)),
                (ZU, Some(1)),
                (VS, Some(3)),
                (MM, Some(1)),
            ],
        ),
        resp(
            "r-2",
            "",
            &[
                (OV, Some(5)),
                (GT, Some(3)),
                (GI, Some(2)),
                (ZU, Some(1)),
                (VS, Some(3)),
            ],
        ),
        resp(
            "r-3",
            "",
            &[(GT, Some(3)), (GI, Some(5)), (ZU, Some(4)), (VS, Some(3))],
        ),
        resp("r-4", "", &[(GT, Some(5))]),
    ])
}

#[test]
fn divergence_ranking_orders_by_stdev_then_range_then_id() {
    let ranking = disagreeing().divergence_ranking();
    // OV 1, 5:       D = 2·26 − 36 = 16,   variance 16/4 = 4,  stdev 2,  range 4
    // GT 1, 3, 3, 5: D = 4·44 − 144 = 32,  variance 32/16 = 2, stdev √2, range 4
    // GI 2, 2, 5:    D = 3·33 − 81 = 18,   variance 18/9 = 2,  stdev √2, range 3
    // ZU 1, 1, 4:    D = 3·18 − 36 = 18,   variance 18/9 = 2,  stdev √2, range 3
    // VS 3, 3, 3:    variance 0
    // MM 1:          one score, not ranked
    // GT beats GI and ZU on range; GI and ZU tie on both and go by id.
    assert_eq!(ids(&ranking), [OV, GT, GI, ZU, VS]);
    close(stats(&ranking, OV).stdev, 2.0);
    close(stats(&ranking, GT).stdev, 2f64.sqrt());
    close(stats(&ranking, ZU).stdev, 2f64.sqrt());
}

#[test]
fn weakest_orders_by_mean_then_more_scores_then_id() {
    let weakest = disagreeing().weakest();
    // Means: MM 1/1 = 1, ZU 6/3 = 2, then 3 for GT (12/4, n 4), GI (9/3, n 3),
    // VS (9/3, n 3) and OV (6/2, n 2): more scores first, GI before VS by id.
    assert_eq!(ids(&weakest), [MM, ZU, GT, GI, VS, OV]);
}

#[test]
fn agenda_suggestion_puts_the_divided_first_then_the_weakest_each_once() {
    let s = disagreeing();
    // Divided (D ≥ n²): OV 16 ≥ 4, GT 32 ≥ 16, GI 18 ≥ 9, ZU 18 ≥ 9. VS agrees.
    assert_eq!(s.agenda_suggestion(3), [OV, GT, GI]);
    // Then the weakest not yet chosen: MM (ZU, GT and GI are already in).
    assert_eq!(s.agenda_suggestion(5), [OV, GT, GI, ZU, MM]);
    assert_eq!(s.agenda_suggestion(16), [OV, GT, GI, ZU, MM, VS]);
    assert!(s.agenda_suggestion(0).is_empty());
    assert!(scan().agenda_suggestion(3).is_empty());
}

#[test]
fn agenda_suggestion_without_disagreement_is_the_weakest() {
    let s = with(vec![
        resp("r-1", "", &[(OV, Some(4)), (VS, Some(2)), (GI, Some(3))]),
        resp("r-2", "", &[(OV, Some(4)), (VS, Some(2)), (GI, Some(4))]),
        resp("r-3", "", &[(OV, Some(4)), (VS, Some(2)), (GI, Some(5))]),
    ]);
    // GI 3, 4, 5: D = 3·50 − 144 = 6 < 9: mixed, not divided.
    assert_eq!(s.stats(GI).spread, Spread::Mixed);
    // Means VS 2, GI 4, OV 4 (equal n 3: by id).
    assert_eq!(s.agenda_suggestion(2), [VS, GI]);
    assert_eq!(s.agenda_suggestion(9), [VS, GI, OV]);
}

// ---- per organisation: privacy ----

fn organisations() -> Scan {
    with(vec![
        resp("g-1", "GGD", &[(OV, Some(2)), (VS, Some(4))]),
        resp("g-2", "GGD", &[(OV, Some(3)), (VS, Some(5))]),
        resp("g-3", "GGD", &[(OV, Some(4)), (VS, None)]),
        resp("k-1", "KBO", &[(OV, Some(5))]),
        resp("k-2", "KBO", &[(OV, Some(1))]),
        resp("a-1", "", &[(OV, Some(3))]),
    ])
}

#[test]
fn per_organisation_needs_three_responses() {
    let b = organisations().per_organisation(MIN_GROUP_SIZE);
    // GGD has 3 responses and is shown; KBO has 2 and is hidden; a-1 named no organisation.
    assert_eq!(b.groups.len(), 1);
    assert_eq!((b.hidden_groups, b.without_organisation), (1, 1));
    let ggd = &b.groups[0];
    assert_eq!((ggd.organisation.as_str(), ggd.responses), ("GGD", 3));
    // OV 2, 3, 4: mean 3; D = 3·29 − 81 = 6; stdev √6/3.
    let ov = stats(&ggd.ingredients, OV);
    close(ov.mean, 3.0);
    close(ov.stdev, 6f64.sqrt() / 3.0);
    // VS has only two scores (4, 5) behind it: left out even inside a shown group.
    assert_eq!(ids(&ggd.ingredients), [OV]);
    // Relatie is scored by all three: 2, 3, 4, 4, 5 → mean 18/5 = 3.6;
    // Σx² = 4 + 9 + 16 + 16 + 25 = 70, D = 5·70 − 324 = 26, stdev √26/5.
    let relatie = stats(&ggd.factors, "relatie");
    close(relatie.mean, 3.6);
    close(relatie.stdev, 26f64.sqrt() / 5.0);
    assert_eq!(relatie.unknown, 1);
    assert_eq!(ids(&ggd.factors), ["relatie"]);

    // A third KBO response: exactly at the threshold, KBO appears.
    let mut s = organisations();
    s.add_response(resp("k-3", "KBO", &[(OV, Some(3))]))
        .unwrap();
    let b = s.per_organisation(MIN_GROUP_SIZE);
    assert_eq!(b.hidden_groups, 0);
    assert_eq!(b.groups.len(), 2);
    let kbo = &b.groups[1];
    assert_eq!((kbo.organisation.as_str(), kbo.responses), ("KBO", 3));
    // OV 5, 1, 3: mean 3; D = 3·35 − 81 = 24; stdev √24/3.
    close(stats(&kbo.ingredients, OV).stdev, 24f64.sqrt() / 3.0);
}

#[test]
fn a_factor_scored_by_only_two_people_in_a_group_stays_hidden() {
    let s = with(vec![
        resp("g-1", "GGD", &[(ZU, Some(2)), (GO, Some(3))]),
        resp("g-2", "GGD", &[(ZU, Some(4)), (GO, Some(4))]),
        resp("g-3", "GGD", &[(ZU, None)]),
    ]);
    let b = s.per_organisation(3);
    let ggd = &b.groups[0];
    // Ambitie has four scores, but from two people: it would show their answers.
    assert!(ggd.ingredients.is_empty());
    assert!(ggd.factors.is_empty());
    // The whole scan still shows them.
    assert_eq!(stats(&s.factor_stats(), "ambitie").n, 4);
}

#[test]
fn the_privacy_threshold_cannot_be_lowered_but_can_be_raised() {
    let s = organisations();
    assert_eq!(s.per_organisation(0), s.per_organisation(3));
    assert_eq!(s.per_organisation(2), s.per_organisation(3));
    let strict = s.per_organisation(4);
    assert!(strict.groups.is_empty());
    assert_eq!(strict.hidden_groups, 2);
}

#[test]
fn organisations_are_grouped_ignoring_case_and_paper_is_no_group() {
    let mut s = with(vec![
        resp("r-1", "GGD Hollands Midden", &[(OV, Some(4))]),
        resp("r-2", " ggd hollands midden ", &[(OV, Some(4))]),
        resp("r-3", "GGD HOLLANDS MIDDEN", &[(OV, Some(4))]),
    ]);
    s.set_paper(OV, [0, 5, 0, 0, 0, 0]).unwrap();
    let b = s.per_organisation(3);
    assert_eq!(b.groups.len(), 1);
    assert_eq!(b.groups[0].organisation, "GGD Hollands Midden");
    // Only the three responses, not the five paper cards.
    assert_eq!(stats(&b.groups[0].ingredients, OV).n, 3);
    assert_eq!(s.stats(OV).n, 8);
}

// ---- validation and pass-the-laptop ----

#[test]
fn scores_outside_one_to_five_are_refused() {
    for score in [0u8, 6, 255] {
        let r = resp("r-1", "", &[(OV, Some(score))]);
        assert_eq!(
            validate_response(&r),
            Err(ScanError::BadScore {
                ingredient: OV.into(),
                score
            })
        );
        assert!(scan().add_response(r).is_err());
    }
    for score in [None, Some(1), Some(5)] {
        assert!(validate_response(&resp("r-1", "", &[(OV, score)])).is_ok());
    }
}

#[test]
fn unknown_ingredients_bad_ids_and_empty_responses_are_refused() {
    assert_eq!(
        validate_response(&resp("r-1", "", &[("bestaat-niet", Some(3))])),
        Err(ScanError::Content(DomainError::UnknownIngredient))
    );
    for id in ["", "R-1", "r 1", "\"><svg onload=alert(1)>"] {
        assert_eq!(
            validate_response(&resp(id, "", &[(OV, Some(3))])),
            Err(ScanError::Content(DomainError::BadId)),
            "{id}"
        );
    }
    assert_eq!(
        validate_response(&resp("r-1", "", &[])),
        Err(ScanError::NoAnswers)
    );
    // "Weet ik niet" alone is an answer.
    assert!(validate_response(&resp("r-1", "", &[(OV, None)])).is_ok());
}

#[test]
fn remarks_may_have_up_to_1000_characters() {
    let mut r = resp("r-1", "", &[]);
    r.set(OV, Some(3), &"ë".repeat(MAX_REMARK_CHARS));
    r.set(VS, None, "regel 1\nregel 2");
    assert!(validate_response(&r).is_ok());
    r.set(OV, Some(3), &"x".repeat(MAX_REMARK_CHARS + 1));
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::TooLong {
            field: Field::Note,
            max: MAX_REMARK_CHARS
        }))
    );
}

#[test]
fn markup_and_control_characters_are_refused() {
    let mut r = resp("r-1", "", &[(OV, Some(3))]);
    r.name = "<img src=x onerror=alert(1)>".into();
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(Field::PartnerName)))
    );
    let mut r = resp("r-1", "<b>GGD</b>", &[(OV, Some(3))]);
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(
            Field::PartnerOrganisation
        )))
    );
    r.organisation = "GGD".into();
    r.set(OV, Some(3), "<script>alert(1)</script>");
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(Field::Note)))
    );
    r.set(OV, Some(3), "a\u{7}b");
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::ControlCharacters(
            Field::Note
        )))
    );
    // A comparison is not markup.
    r.set(OV, Some(3), "minder dan < 3 keer per jaar");
    assert!(validate_response(&r).is_ok());
}

#[test]
fn add_response_trims_refuses_duplicates_and_keeps_ids_sorted() {
    let mut s = scan();
    let mut first = resp("r-c", "  GGD  ", &[(OV, Some(3))]);
    first.name = " Anna ".into();
    first.set(VS, Some(4), "  goed  ");
    s.add_response(first).unwrap();
    s.add_response(resp("r-a", "", &[(OV, Some(2))])).unwrap();
    s.add_response(resp("r-b", "", &[(OV, Some(4))])).unwrap();
    let order: Vec<&str> = s.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b", "r-c"]);
    let c = s.response("r-c").unwrap();
    assert_eq!((c.name.as_str(), c.organisation.as_str()), ("Anna", "GGD"));
    assert_eq!(c.answers[VS].remark, "goed");

    let before = s.clone();
    assert_eq!(
        s.add_response(resp("r-b", "", &[(OV, Some(1))])),
        Err(ScanError::DuplicateResponse)
    );
    assert_eq!(
        s.add_response(resp("r-d", "", &[(OV, Some(9))])),
        Err(ScanError::BadScore {
            ingredient: OV.into(),
            score: 9
        })
    );
    assert_eq!(s, before);
}

#[test]
fn a_response_can_be_replaced_or_removed() {
    let mut s = with(vec![
        resp("r-a", "", &[(OV, Some(2))]),
        resp("r-b", "", &[(OV, Some(4))]),
    ]);
    s.replace_response(resp("r-a", "", &[(OV, Some(5))]))
        .unwrap();
    assert_eq!(s.response("r-a").unwrap().answers[OV].score, Some(5));
    assert_eq!(
        s.replace_response(resp("r-x", "", &[(OV, Some(5))])),
        Err(ScanError::NotFound)
    );
    assert_eq!(s.remove_response("r-b").unwrap().id, "r-b");
    assert_eq!(s.remove_response("r-b"), Err(ScanError::NotFound));
    assert_eq!(s.responses.len(), 1);
}

#[test]
fn a_full_scan_refuses_more_responses() {
    let mut s = scan();
    for n in 0..MAX_RESPONSES {
        s.add_response(resp(&format!("r-{n:04}"), "", &[(OV, Some(3))]))
            .unwrap();
    }
    let extra = resp("r-extra", "", &[(OV, Some(3))]);
    assert_eq!(
        s.add_response(extra.clone()),
        Err(ScanError::TooManyResponses { max: MAX_RESPONSES })
    );
    let file = read_answer_file(&answer_file(&s, &extra, 1)).unwrap();
    assert_eq!(
        s.merge(file),
        Err(MergeError::Content(ScanError::TooManyResponses {
            max: MAX_RESPONSES
        }))
    );
    // A duplicate is still recognised as such.
    let mut own = resp("r-0007", "", &[(OV, Some(3))]);
    own.source = Source::File;
    s.replace_response(own.clone()).unwrap();
    let again = read_answer_file(&answer_file(&s, &own, 2)).unwrap();
    assert_eq!(s.merge(again), Ok(MergeOutcome::AlreadyThere));
}

#[test]
fn validate_scan_sorts_and_refuses_duplicate_ids_and_bad_titles() {
    let mut s = scan();
    s.responses = vec![
        resp("r-b", "", &[(OV, Some(4))]),
        resp("r-a", "", &[(OV, Some(2))]),
    ];
    let valid = validate_scan(&s).unwrap();
    let order: Vec<&str> = valid.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b"]);
    s.responses.push(resp("r-a", "", &[(OV, Some(5))]));
    assert_eq!(validate_scan(&s), Err(ScanError::DuplicateResponse));
    let mut untitled = scan();
    untitled.title = "  ".into();
    assert_eq!(
        validate_scan(&untitled),
        Err(ScanError::Content(DomainError::Empty(Field::Name)))
    );
    let mut foreign = scan();
    foreign.samenwerking = "../x".into();
    assert_eq!(
        validate_scan(&foreign),
        Err(ScanError::Content(DomainError::BadId))
    );
}

#[test]
fn a_scan_survives_json_unchanged() {
    let mut s = disagreeing();
    s.set_paper(OV, [1, 2, 3, 4, 5, 6]).unwrap();
    s.revealed = true;
    let text = serde_json::to_string(&s).unwrap();
    let back: Scan = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
    assert_eq!(validate_scan(&back), Ok(s));
    // Optional fields may be missing.
    let minimal: Scan =
        serde_json::from_str(r#"{"id":"s-1","samenwerking":"sw-1","title":"Scan","created_ms":5}"#)
            .unwrap();
    assert!(!minimal.revealed && minimal.responses.is_empty() && minimal.paper.is_empty());
}

// ---- answer files ----

fn own_response() -> Response {
    let mut r = Response::new("r-eigen".into(), Source::Laptop, 3_000);
    r.name = "Anna".into();
    r.organisation = "Welzijn Dorpsstad".into();
    r.set(
        OV,
        Some(4),
        "We zeggen \"ja\" maar doen < 50% ervan.\nTweede regel.",
    );
    r.set(VS, None, "");
    r
}

fn own_file() -> String {
    answer_file(&scan(), &own_response(), 4_000)
}

#[test]
fn an_answer_file_carries_format_version_the_scan_and_one_response() {
    let mut s = scan();
    s.add_response(resp("r-ander", "", &[(OV, Some(1))]))
        .unwrap();
    let text = answer_file(&s, &own_response(), 4_000);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], ANSWER_FORMAT);
    assert_eq!(value["format"], "vitaal-samenwerken-scanantwoord");
    assert_eq!(value["version"], 1);
    assert_eq!(value["exported_ms"], 4_000);
    assert_eq!(value["scan"], "scan-voorjaar");
    assert_eq!(value["samenwerking"], "sw-dorpsstad");
    assert_eq!(value["scan_title"], "Voorjaarsscan 2026");
    assert_eq!(value["response"]["id"], "r-eigen");
    assert_eq!(value["response"]["source"], "file");
    assert_eq!(value["response"]["answers"][OV]["score"], 4);
    assert_eq!(value["response"]["answers"][VS]["score"], Value::Null);
    // Other participants' answers never travel along.
    assert!(!text.contains("r-ander"));
}

#[test]
fn an_answer_file_reads_back_exactly() {
    let file = read_answer_file(&own_file()).unwrap();
    assert_eq!(
        file,
        Antwoordbestand {
            scan: "scan-voorjaar".into(),
            samenwerking: "sw-dorpsstad".into(),
            scan_title: "Voorjaarsscan 2026".into(),
            exported_ms: 4_000,
            response: Response {
                source: Source::File,
                ..own_response()
            },
        }
    );
    // Through bytes, and with a byte order mark.
    assert_eq!(
        read_answer_file_bytes(own_file().as_bytes()),
        Ok(file.clone())
    );
    assert_eq!(
        read_answer_file(&format!("\u{feff}{}", own_file())),
        Ok(file)
    );
}

#[test]
fn answer_file_names_are_safe() {
    assert_eq!(
        answer_file_name(&own_response()),
        "antwoord-r-eigen.scanantwoord.json"
    );
    let mut odd = own_response();
    odd.id = "../../etc/passwd".into();
    assert_eq!(
        answer_file_name(&odd),
        "antwoord-etcpasswd.scanantwoord.json"
    );
    odd.id = "///".into();
    assert_eq!(answer_file_name(&odd), "antwoord-scan.scanantwoord.json");
}

/// The own answer file with one change made to its JSON.
fn tweaked(change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&own_file()).unwrap();
    change(&mut value);
    value.to_string()
}

#[test]
fn not_text_and_not_json_are_refused() {
    assert_eq!(
        read_answer_file("dit is geen json {"),
        Err(AntwoordbestandError::NotJson)
    );
    assert_eq!(
        read_answer_file_bytes(&[0xff, 0xfe, 0x00]),
        Err(AntwoordbestandError::NotText)
    );
    assert_eq!(read_answer_file(""), Err(AntwoordbestandError::NotJson));
}

#[test]
fn other_json_and_samenwerking_files_are_the_wrong_format() {
    let samenwerking = file::export(&Samenwerking::new("sw-1".into(), "Buurt".into(), 1), 2);
    for text in [
        "[]".to_string(),
        "42".to_string(),
        r#"{"scan":"scan-voorjaar"}"#.to_string(),
        samenwerking,
        tweaked(|v| v["format"] = "vitaal-samenwerken".into()),
    ] {
        assert_eq!(
            read_answer_file(&text),
            Err(AntwoordbestandError::WrongFormat),
            "{text}"
        );
    }
}

#[test]
fn missing_bad_and_newer_versions_are_refused() {
    for version in [Value::Null, 0.into(), (-1).into(), 1.5.into(), "1".into()] {
        let text = tweaked(|v| v["version"] = version.clone());
        assert_eq!(
            read_answer_file(&text),
            Err(AntwoordbestandError::BadVersion),
            "{version}"
        );
    }
    assert_eq!(
        read_answer_file(&tweaked(|v| v["version"] = 2.into())),
        Err(AntwoordbestandError::NewerVersion {
            found: 2,
            supported: ANSWER_VERSION
        })
    );
}

#[test]
fn too_large_and_too_deep_are_refused_before_parsing() {
    let big = format!(
        "{{\"format\":\"{ANSWER_FORMAT}\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_ANSWER_FILE_BYTES)
    );
    assert!(matches!(
        read_answer_file(&big),
        Err(AntwoordbestandError::TooLarge {
            max: MAX_ANSWER_FILE_BYTES,
            ..
        })
    ));
    assert!(matches!(
        read_answer_file_bytes(big.as_bytes()),
        Err(AntwoordbestandError::TooLarge { .. })
    ));
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(read_answer_file(&deep), Err(AntwoordbestandError::TooDeep));
    let hostile = format!("{}{}", "{\"a\":".repeat(50_000), "1");
    assert_eq!(
        read_answer_file(&hostile),
        Err(AntwoordbestandError::TooDeep)
    );
}

#[test]
fn missing_fields_and_wrong_types_are_structure_errors() {
    let score = format!("response.answers.{OV}.score");
    let cases = [
        (
            format!(r#"{{"format":"{ANSWER_FORMAT}","version":1,"scan":"scan-voorjaar"}}"#),
            "samenwerking",
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = 300.into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = (-1).into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = 3.0.into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["source"] = "bluetooth".into()),
            "response.source",
        ),
        (
            tweaked(|v| v["response"]["answers"] = "alles goed".into()),
            "response.answers",
        ),
        (tweaked(|v| v["scan"] = 7.into()), "scan"),
        (tweaked(|v| v["scan_title"] = Value::Null), "scan_title"),
        // Objects only: never serde's array form of a struct.
        (
            tweaked(|v| v["response"] = serde_json::json!([])),
            "response",
        ),
        (
            tweaked(|v| v["response"]["answers"][OV] = serde_json::json!([4, ""])),
            &format!("response.answers.{OV}"),
        ),
    ];
    for (text, place) in &cases {
        let e = read_answer_file(text).unwrap_err();
        assert_eq!(
            e,
            AntwoordbestandError::Structure(place.to_string()),
            "{text}"
        );
    }
}

#[test]
fn content_that_breaks_the_rules_is_refused() {
    let content = |e: ScanError| Err(AntwoordbestandError::Content(e));
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"][OV]["score"] = 7.into()
        )),
        content(ScanError::BadScore {
            ingredient: OV.into(),
            score: 7
        })
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"][OV]["remark"] = "<iframe src=javascript:alert(1)>".into()
        )),
        content(ScanError::Content(DomainError::Markup(Field::Note)))
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"]["bestaat-niet"] = serde_json::json!({"score": 3})
        )),
        content(ScanError::Content(DomainError::UnknownIngredient))
    );
    assert_eq!(
        read_answer_file(&tweaked(|v| v["scan"] = "\"><svg onload=alert(1)>".into())),
        content(ScanError::Content(DomainError::BadId))
    );
    assert_eq!(
        read_answer_file(&tweaked(|v| v["scan_title"] = "<b>scan</b>".into())),
        content(ScanError::Content(DomainError::Markup(Field::Name)))
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"] = serde_json::json!({})
        )),
        content(ScanError::NoAnswers)
    );
}

// ---- merging ----

#[test]
fn merging_adds_a_response_and_recognises_the_same_file_twice() {
    let mut s = scan();
    s.add_response(resp("r-a", "", &[(OV, Some(2))])).unwrap();
    let file = read_answer_file(&own_file()).unwrap();
    assert_eq!(s.merge(file.clone()), Ok(MergeOutcome::Added));
    let merged = s.response("r-eigen").unwrap();
    assert_eq!(merged.source, Source::File);
    assert_eq!(merged.answers[OV].score, Some(4));
    // OV now 2 and 4.
    close(s.stats(OV).mean, 3.0);

    let before = s.clone();
    assert_eq!(s.merge(file), Ok(MergeOutcome::AlreadyThere));
    // The same answers exported again later: still the same response.
    let later = read_answer_file(&answer_file(&scan(), &own_response(), 99_000)).unwrap();
    assert_eq!(s.merge(later), Ok(MergeOutcome::AlreadyThere));
    assert_eq!(s, before);
}

#[test]
fn a_changed_response_with_the_same_id_is_a_conflict() {
    let mut s = scan();
    s.merge(read_answer_file(&own_file()).unwrap()).unwrap();
    let before = s.clone();
    let mut changed = own_response();
    changed.set(OV, Some(1), "toch niet");
    let file = read_answer_file(&answer_file(&scan(), &changed, 5_000)).unwrap();
    assert_eq!(
        s.merge(file.clone()),
        Err(MergeError::Conflict {
            response: "r-eigen".into()
        })
    );
    assert_eq!(s, before);
    // The facilitator may take the newer one deliberately.
    s.replace_response(file.response).unwrap();
    assert_eq!(s.response("r-eigen").unwrap().answers[OV].score, Some(1));
}

#[test]
fn files_of_another_scan_or_samenwerking_are_refused() {
    let mut s = scan();
    let before = s.clone();
    let mut other_scan = scan();
    other_scan.id = "scan-najaar".into();
    let file = read_answer_file(&answer_file(&other_scan, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignScan));

    let mut other_sw = scan();
    other_sw.samenwerking = "sw-elders".into();
    let file = read_answer_file(&answer_file(&other_sw, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignSamenwerking));

    other_sw.id = "scan-najaar".into();
    let file = read_answer_file(&answer_file(&other_sw, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignSamenwerking));
    assert_eq!(s, before);
}

#[test]
fn merging_checks_content_even_of_a_file_built_in_code() {
    let mut s = scan();
    let file = Antwoordbestand {
        scan: s.id.clone(),
        samenwerking: s.samenwerking.clone(),
        scan_title: String::new(),
        exported_ms: 0,
        response: resp("r-1", "", &[(OV, Some(0))]),
    };
    assert_eq!(
        s.merge(file),
        Err(MergeError::Content(ScanError::BadScore {
            ingredient: OV.into(),
            score: 0
        }))
    );
    assert!(s.responses.is_empty());
}

#[test]
fn merged_responses_are_sorted_by_id() {
    let mut s = scan();
    for id in ["r-c", "r-a", "r-b"] {
        let file = read_answer_file(&answer_file(&s, &resp(id, "", &[(OV, Some(3))]), 1)).unwrap();
        assert_eq!(s.merge(file), Ok(MergeOutcome::Added));
    }
    let order: Vec<&str> = s.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b", "r-c"]);
}

// ---- trend ----

#[test]
fn trend_lists_the_mean_per_scan_oldest_first() {
    let mut najaar = with(vec![
        resp("r-1", "", &[(OV, Some(2)), (VS, Some(5))]),
        resp("r-2", "", &[(OV, Some(4))]),
    ]);
    najaar.id = "scan-najaar".into();
    najaar.created_ms = 2_000;
    let mut voorjaar = with(vec![resp("r-1", "", &[(OV, Some(1))])]);
    voorjaar.created_ms = 1_000;
    let mut leeg = scan();
    leeg.id = "scan-leeg".into();
    leeg.created_ms = 3_000;

    let t = trend(&[najaar, leeg, voorjaar]);
    let order: Vec<&str> = t.scans.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["scan-voorjaar", "scan-najaar", "scan-leeg"]);
    assert_eq!((t.ingredients.len(), t.factors.len()), (16, 5));
    let ov = t.ingredients.iter().find(|l| l.id == OV).unwrap();
    // Voorjaar 1/1 = 1; najaar (2 + 4)/2 = 3; leeg none.
    assert_eq!(ov.means, [Some(1.0), Some(3.0), None]);
    assert_eq!(ov.n, [1, 2, 0]);
    let relatie = t.factors.iter().find(|l| l.id == "relatie").unwrap();
    // Najaar relatie: 2, 5, 4 → 11/3.
    assert_eq!(relatie.means, [Some(1.0), Some(11.0 / 3.0), None]);
    let none = trend(&[]);
    assert!(none.scans.is_empty());
    assert_eq!((none.ingredients.len(), none.factors.len()), (16, 5));
    assert!(none.ingredients[0].means.is_empty());
}

// ---- properties ----

/// Any printable Unicode, "<" kept as "< " (see tests/file_format.rs).
fn text_strategy(max: usize, lines: bool) -> impl Strategy<Value = String> {
    let pattern = if lines {
        format!("(\\PC|\n){{0,{max}}}")
    } else {
        format!("\\PC{{0,{max}}}")
    };
    proptest::string::string_regex(&pattern)
        .expect("regex")
        .prop_map(|text| text.replace('<', "< "))
}

fn ingredient_ids() -> Vec<String> {
    vitaal_core::domain::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

prop_compose! {
    fn response_strategy()(
        name in text_strategy(20, false),
        organisation in prop::sample::select(vec!["", "GGD", "ggd", "KBO", "Gemeente"]),
        answers in prop::collection::btree_map(
            prop::sample::select(ingredient_ids()),
            (prop::option::of(1u8..=5), text_strategy(30, true)),
            1..8,
        ),
        submitted_ms in 0u64..4_000_000_000_000,
        source in prop::sample::select(Source::ALL.to_vec()),
    ) -> Response {
        Response {
            id: String::new(),
            name,
            organisation: organisation.to_string(),
            answers: answers
                .into_iter()
                .map(|(id, (score, remark))| (id, ScanAntwoord { score, remark }))
                .collect(),
            submitted_ms,
            source,
        }
    }
}

/// Answer files for one scan: distinct participants, some files twice, one for another scan;
/// and the same files shuffled.
fn files_strategy() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
    (
        prop::collection::vec(response_strategy(), 1..8),
        prop::collection::vec(any::<prop::sample::Index>(), 0..4),
    )
        .prop_flat_map(|(responses, twice)| {
            let s = scan();
            let files: Vec<String> = responses
                .iter()
                .enumerate()
                .map(|(n, r)| {
                    let r = Response {
                        id: format!("r-{n}"),
                        ..r.clone()
                    };
                    answer_file(&s, &r, n as u64)
                })
                .collect();
            let mut all = files.clone();
            for i in twice {
                all.push(files[i.index(files.len())].clone());
            }
            let mut other = scan();
            other.id = "scan-anders".into();
            all.push(answer_file(&other, &responses[0], 1));
            (Just(all.clone()), Just(all).prop_shuffle())
        })
}

fn merge_all(files: &[String]) -> (Scan, usize) {
    let mut s = scan();
    let mut added = 0;
    for text in files {
        if let Ok(file) = read_answer_file(text) {
            if s.merge(file) == Ok(MergeOutcome::Added) {
                added += 1;
            }
        }
    }
    (s, added)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_in_any_order_gives_the_same_scan((files, shuffled) in files_strategy()) {
        let (a, added_a) = merge_all(&files);
        let (b, added_b) = merge_all(&shuffled);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(added_a, added_b);
        prop_assert_eq!(added_a, a.responses.len());
        prop_assert!(a.responses.windows(2).all(|w| w[0].id < w[1].id));
        prop_assert_eq!(validate_scan(&a), Ok(a.clone()));
    }

    #[test]
    fn an_answer_file_round_trips(r in response_strategy(), n in 0u32..1000, now in any::<u64>()) {
        let r = Response { id: format!("r-{n}"), ..r };
        if let Ok(valid) = validate_response(&r) {
            let s = scan();
            let back = read_answer_file(&answer_file(&s, &valid, now)).expect("own file reads");
            prop_assert_eq!(back, Antwoordbestand {
                scan: s.id.clone(),
                samenwerking: s.samenwerking.clone(),
                scan_title: s.title.clone(),
                exported_ms: now,
                response: Response { source: Source::File, ..valid },
            });
        }
    }

    #[test]
    fn stats_agree_with_the_textbook_formulas(counts in prop::array::uniform6(0u32..40)) {
        let st = Stats::from_counts(counts);
        let scores: Vec<f64> = (1..=5)
            .flat_map(|s| std::iter::repeat_n(s as f64, counts[s] as usize))
            .collect();
        prop_assert_eq!(st.n as usize, scores.len());
        prop_assert_eq!(st.unknown, counts[0]);
        if scores.is_empty() {
            prop_assert_eq!(st.mean, None);
        } else {
            let n = scores.len() as f64;
            let mean = scores.iter().sum::<f64>() / n;
            let stdev = (scores.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            prop_assert!((st.mean.unwrap() - mean).abs() < 1e-9);
            prop_assert!((st.stdev.unwrap() - stdev).abs() < 1e-9);
            let expected = if scores.len() < 2 {
                Spread::TooFew
            } else if stdev <= 0.5 + 1e-9 {
                Spread::Agreement
            } else if stdev < 1.0 - 1e-9 {
                Spread::Mixed
            } else {
                Spread::Divided
            };
            prop_assert_eq!(st.spread, expected);
        }
    }

    #[test]
    fn the_reader_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = read_answer_file(&text);
    }

    #[test]
    fn the_reader_never_panics_on_mutated_files(cut in 0usize..400, insert in ".{0,8}") {
        let base = own_file();
        let mut cut = cut.min(base.len());
        while !base.is_char_boundary(cut) { cut -= 1; }
        let text = format!("{}{}{}", &base[..cut], insert, &base[cut..]);
        if let Ok(file) = read_answer_file(&text) {
            // Whatever is accepted is valid content.
            prop_assert_eq!(validate_response(&file.response), Ok(file.response));
        }
    }
}

#[test]
fn enough_generated_responses_are_valid_to_make_the_properties_meaningful() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = response_strategy();
    let valid = (0..200)
        .filter(|n| {
            let r = strategy.new_tree(&mut runner).unwrap().current();
            validate_response(&Response {
                id: format!("r-{n}"),
                ..r
            })
            .is_ok()
        })
        .count();
    assert!(valid > 150, "only {valid} of 200 valid");
}
