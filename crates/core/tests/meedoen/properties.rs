//! Any valid answer goes through `answer_codes` and comes back from a `Receiver`, read in any
//! order and with repeats, as exactly the answer file's response; every code is short and in
//! the QR alphanumeric alphabet, and written in the documented layout.

use super::forge::{self, ingredient_ids, Body};
use super::*;
use proptest::prelude::*;
use vitaal_core::domain::meedoen::{MAX_CODE_CHARS, MAX_SERIES};
use vitaal_core::domain::scan::{read_answer_file, ScanAntwoord, MAX_REMARK_CHARS};

pub const QR_ALPHANUMERIC: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Any printable Unicode (emoji, accents, other scripts), optionally with line breaks; "<"
/// becomes "‹" so no text looks like markup (that is refused, see hostile.rs).
pub fn text(max: usize, lines: bool) -> impl Strategy<Value = String> {
    let pattern = if lines {
        format!("(\\PC|\n){{0,{max}}}")
    } else {
        format!("\\PC{{0,{max}}}")
    };
    proptest::string::string_regex(&pattern)
        .expect("regex")
        .prop_map(|t| t.replace('<', "‹"))
}

fn remark() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(40, true),
        1 => text(MAX_REMARK_CHARS, true),
        1 => proptest::string::string_regex("[😀-🙏🚀-🛿\n ]{0,1000}").expect("emoji"),
    ]
}

prop_compose! {
    pub fn response_strategy()(
        id in "r-[a-z0-9-]{1,62}",
        name in text(120, false),
        organisation in text(120, false),
        answers in prop::collection::btree_map(
            prop::sample::select(ingredient_ids()),
            (prop::option::of(1u8..=5), remark()),
            1..=16,
        ),
        submitted_ms in any::<u64>(),
    ) -> Response {
        let mut r = Response::new(id, Source::File, submitted_ms);
        r.name = name;
        r.organisation = organisation;
        r.answers = answers
            .into_iter()
            .map(|(id, (score, remark))| (id, ScanAntwoord { score, remark }))
            .collect();
        r
    }
}

/// A permutation of 0..n from a seed (Fisher–Yates with a small LCG).
pub fn shuffled(n: usize, mut seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        order.swap(i, (seed >> 33) as usize % (i + 1));
    }
    order
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_valid_answer_comes_back_exactly_in_any_order(
        response in response_strategy(),
        seed in any::<u64>(),
        repeats in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        let inv = invitation();
        let expected = read_answer_file(&Participation {
            response: response.clone(),
            ..Participation::new(inv.clone(), response.id.clone(), 0)
        }
        .answer_file(1))
        .expect("the strategy makes valid answers")
        .response;

        let codes = answer_codes(&inv, &response);
        prop_assert!(!codes.is_empty() && codes.len() <= MAX_SERIES);
        for c in &codes {
            prop_assert!(c.len() <= MAX_CODE_CHARS, "{} characters", c.len());
            prop_assert!(c.chars().all(|ch| QR_ALPHANUMERIC.contains(ch)), "{c}");
        }
        // Exactly the documented layout, written by the second writer in forge.rs.
        let documented = forge::codes(&forge::packed_smallest(&Body::of(&inv, &response).bytes()));
        prop_assert_eq!(&codes, &documented);

        // In any order, some codes seen twice before the series is complete.
        let mut order: Vec<&String> = shuffled(codes.len(), seed).iter().map(|k| &codes[*k]).collect();
        for r in &repeats {
            let at = r.index(order.len());
            order.insert(at, order[at]);
        }
        let mut rx = Receiver::new();
        let mut file = None;
        for code in order {
            match rx.push(code) {
                Ok(Received::Part { of, have, .. }) => {
                    prop_assert!(file.is_none());
                    prop_assert_eq!(of, codes.len());
                    prop_assert!(have < of);
                }
                Ok(Received::Complete { file: f, .. }) => {
                    prop_assert!(file.is_none(), "complete twice");
                    file = Some(f);
                }
                Ok(Received::Repeat) => prop_assert!(file.is_some()),
                Err(e) => prop_assert!(false, "refused: {e:?}"),
            }
        }
        let file = file.expect("complete");
        prop_assert_eq!(&file.response, &expected);
        prop_assert_eq!(&file.scan, &inv.scan);
        prop_assert_eq!(&file.samenwerking, &inv.samenwerking);
        // Seen again afterwards: a repeat, nothing new.
        prop_assert_eq!(rx.push(&codes[0]), Ok(Received::Repeat));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn two_participants_read_interleaved_both_come_back(
        a in response_strategy(),
        b in response_strategy(),
        seed in any::<u64>(),
    ) {
        prop_assume!(a != b);
        let inv = invitation();
        let codes: Vec<String> = answer_codes(&inv, &a)
            .into_iter()
            .chain(answer_codes(&inv, &b))
            .collect();
        let mut rx = Receiver::new();
        let mut files = Vec::new();
        for k in shuffled(codes.len(), seed) {
            match rx.push(&codes[k]) {
                Ok(Received::Complete { file, .. }) => files.push(file.response.id.clone()),
                Ok(_) => {}
                Err(e) => prop_assert!(false, "refused: {e:?}"),
            }
        }
        let mut ids = vec![a.id.clone(), b.id.clone()];
        ids.sort();
        files.sort();
        if a.id == b.id && answer_codes(&inv, &a) == answer_codes(&inv, &b) {
            ids.pop();
        }
        prop_assert_eq!(files, ids);
    }
}
