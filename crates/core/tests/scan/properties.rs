use super::*;
use proptest::prelude::*;

// ---- properties ----

/// Any printable Unicode, "<" kept as "< " (see crates/core/tests/file_format/).
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
