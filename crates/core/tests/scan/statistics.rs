use super::*;
use vitaal_core::domain::validate::DomainError;

// ---- statistics ----

// Factor "ambitie".
const GO: &str = "gedeelde-opgave-ambitie-en-doelen";

fn ids(list: &[(String, Stats)]) -> Vec<&str> {
    list.iter().map(|(id, _)| id.as_str()).collect()
}

fn stats<'a>(list: &'a [(String, Stats)], id: &str) -> &'a Stats {
    &list.iter().find(|(i, _)| i == id).expect(id).1
}

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
    // Relatie (OV + VS) minus the shown OV figure would be GGD's VS figure, which is hidden:
    // so relatie is hidden too.
    assert!(ggd.factors.is_empty());
    // What the shown OV figure leaves over (KBO's two, a-1's one) is three answers.
    assert_eq!(b.hidden_by_difference, 0);

    // A third KBO response: exactly at the threshold, KBO appears; but then the whole scan's
    // OV minus GGD's and KBO's would be a-1's answer alone, so one of the two (KBO, the last
    // by name of two equal groups) is hidden as well.
    let mut s = organisations();
    s.add_response(resp("k-3", "KBO", &[(OV, Some(3))]))
        .unwrap();
    let b = s.per_organisation(MIN_GROUP_SIZE);
    assert_eq!(b.hidden_groups, 0);
    assert_eq!(b.groups.len(), 2);
    assert_eq!(b.hidden_by_difference, 1);
    assert_eq!(ids(&b.groups[0].ingredients), [OV]);
    assert!(b.groups[1].ingredients.is_empty());
    // Two more without an organisation: the rest is three people, both groups are shown.
    s.add_response(resp("a-2", "", &[(OV, Some(2))])).unwrap();
    s.add_response(resp("a-3", "", &[(OV, Some(4))])).unwrap();
    let b = s.per_organisation(MIN_GROUP_SIZE);
    assert_eq!(b.hidden_by_difference, 0);
    let kbo = &b.groups[1];
    assert_eq!((kbo.organisation.as_str(), kbo.responses), ("KBO", 3));
    // OV 5, 1, 3: mean 3; D = 3·35 − 81 = 24; stdev √24/3.
    close(stats(&kbo.ingredients, OV).stdev, 24f64.sqrt() / 3.0);
    // Relatie of KBO is exactly its OV figure (it answered nothing else of relatie).
    assert_eq!(stats(&kbo.factors, "relatie").counts, [0, 1, 0, 1, 0, 1]);
}

#[test]
fn a_group_factor_is_shown_when_it_is_the_sum_of_shown_ingredient_figures() {
    let s = with(vec![
        resp("g-1", "GGD", &[(OV, Some(2)), (VS, Some(4))]),
        resp("g-2", "GGD", &[(OV, Some(3)), (VS, Some(5))]),
        resp("g-3", "GGD", &[(OV, Some(4)), (VS, Some(4))]),
    ]);
    let b = s.per_organisation(MIN_GROUP_SIZE);
    let ggd = &b.groups[0];
    assert_eq!(ggd.ingredients.len(), 2);
    // Relatie: 2, 3, 4, 4, 5, 4 → Σ = 22, n = 6.
    let relatie = stats(&ggd.factors, "relatie");
    assert_eq!(relatie.n, 6);
    close(relatie.mean, 22.0 / 6.0);
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
