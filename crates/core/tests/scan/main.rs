//! The Ingrediëntenscan: statistics checked by hand, privacy threshold, answer files refused
//! for every kind of bad input, merging recognises duplicates and is order-independent.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::scan::*;

mod answer_files;
mod merging;
mod privacy;
mod properties;
mod statistics;
mod validation;
mod wording;

// Factor "relatie".
const VS: &str = "vermogen-tot-samenwerking";

const OV: &str = "openheid-en-vertrouwen";

const GI: &str = "gelijkwaardige-inbreng";

const GT: &str = "gezamenlijke-identiteit-en-taal";

// Factor "samenstelling".
const MM: &str = "minimale-massa";

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
