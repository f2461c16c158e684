//! Privacy by difference (`Scan::per_organisation`): over random answer sets, the shown group
//! figures and the whole scan's figures never let anyone compute the answers of one or two
//! people.

use super::*;
use proptest::prelude::*;

fn ingredient_ids() -> Vec<String> {
    vitaal_core::domain::content::nl()
        .ingredients()
        .map(|(_, i)| i.id.clone())
        .collect()
}

fn answers(counts: &[u32; 6]) -> usize {
    counts.iter().map(|c| *c as usize).sum()
}

/// One answer: not answered (0), a score 1–5, or "weet ik niet" (6). Mostly answered, so
/// groups often reach the threshold and the difference rule has work to do.
fn answer_strategy() -> impl Strategy<Value = u8> {
    prop_oneof![1 => Just(0u8), 6 => 1u8..=5, 1 => Just(6u8)]
}

prop_compose! {
    fn answer_set()(
        people in prop::collection::vec(
            (
                prop::sample::select(vec!["", "GGD", "ggd ", "KBO", "Gemeente", "Buurtteam"]),
                prop::collection::vec(answer_strategy(), 16),
            ),
            0..24,
        ),
        paper in prop::collection::vec(prop::collection::vec(0u32..3, 6), 16),
        with_paper in any::<bool>(),
    ) -> Scan {
        let ids = ingredient_ids();
        let mut s = scan();
        for (n, (organisation, row)) in people.iter().enumerate() {
            let mut r = Response::new(format!("r-{n}"), Source::Laptop, 2_000);
            r.organisation = organisation.to_string();
            for (id, a) in ids.iter().zip(row) {
                match a {
                    0 => {}
                    6 => r.set(id, None, ""),
                    s => r.set(id, Some(*s), ""),
                }
            }
            if !r.answers.is_empty() {
                s.add_response(r).expect("valid response");
            }
        }
        if with_paper {
            for (id, counts) in ids.iter().zip(&paper) {
                let counts: [u32; 6] = counts.clone().try_into().expect("six");
                s.set_paper(id, counts).expect("valid tally");
            }
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn no_difference_of_shown_figures_is_one_or_two_people(s in answer_set(), min in 3usize..5) {
        let b = s.per_organisation(min);
        let ids = ingredient_ids();
        for g in &b.groups {
            prop_assert!(g.responses >= min);
            for (_, st) in &g.ingredients {
                prop_assert!(st.n as usize >= min, "a shown figure of fewer than {min} scores");
            }
        }
        // Per ingrediënt with any shown group figure: the whole scan minus every shown group
        // figure (what no one sees apart) is nobody (0) or at least `min` people. (Without a
        // shown group figure nothing is subtracted: the whole scan's figure is all there is.)
        for id in &ids {
            let figures: Vec<usize> = b
                .groups
                .iter()
                .filter_map(|g| g.ingredients.iter().find(|(i, _)| i == id))
                .map(|(_, st)| answers(&st.counts))
                .collect();
            if figures.is_empty() {
                continue;
            }
            let shown: usize = figures.iter().sum();
            let total = answers(&s.counts(id));
            prop_assert!(shown <= total);
            let remainder = total - shown;
            prop_assert!(
                remainder == 0 || remainder >= min,
                "{id}: the rest is {remainder} people"
            );
        }
        // A group's factor figure is exactly the sum of its shown ingrediënt figures, so it
        // reveals nothing more (no factor minus ingrediënten leaves a hidden figure).
        let model = vitaal_core::domain::content::nl();
        for g in &b.groups {
            for (factor, st) in &g.factors {
                let f = model.factors.iter().find(|f| f.id == *factor).expect("a factor");
                let mut sum = [0u32; 6];
                for i in &f.ingredients {
                    if let Some((_, shown)) = g.ingredients.iter().find(|(id, _)| *id == i.id) {
                        for (t, c) in sum.iter_mut().zip(shown.counts) {
                            *t += c;
                        }
                    }
                }
                prop_assert_eq!(sum, st.counts, "{} {}", g.organisation, factor);
                prop_assert!(st.n as usize >= min);
            }
        }
    }

    #[test]
    fn the_difference_rule_hides_only_what_it_must(s in answer_set()) {
        // Every figure hidden by the difference rule is counted, and without the rule (all
        // groups' figures of at least three scores) the count would be reached exactly.
        let b = s.per_organisation(MIN_GROUP_SIZE);
        let shown_cells: usize = b.groups.iter().map(|g| g.ingredients.len()).sum();
        let ids = ingredient_ids();
        let eligible: usize = b
            .groups
            .iter()
            .map(|g| {
                ids.iter()
                    .filter(|id| {
                        s.responses
                            .iter()
                            .filter(|r| r.organisation.trim().eq_ignore_ascii_case(&g.organisation))
                            .filter(|r| r.answers.get(*id).is_some_and(|a| a.score.is_some()))
                            .count()
                            >= MIN_GROUP_SIZE
                    })
                    .count()
            })
            .sum();
        prop_assert_eq!(shown_cells + b.hidden_by_difference, eligible);
        // At most one figure per ingrediënt is hidden by the rule.
        prop_assert!(b.hidden_by_difference <= ids.len());
    }
}
