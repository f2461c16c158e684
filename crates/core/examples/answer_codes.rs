//! The answer codes a participant's phone shows (`domain::meedoen::answer_codes`), for the e2e
//! test of "Antwoorden scannen" (e2e/scan-camera.test.mjs), which draws them as QR codes for a
//! fake camera. Reads a JSON array of answers from stdin and prints a JSON array with, per
//! answer, its codes (one, or a numbered series):
//!
//! ```text
//! [{"samenwerking": "sw-…", "scan": "scan-…", "id": "r1", "name": "", "organisation": "",
//!   "submitted_ms": 1, "scores": {"voldoende-tijd": 4}, "remarks": {"voldoende-tijd": "…"}}]
//! ```
//!
//! `cargo run --quiet -p vitaal-core --example answer_codes < answers.json`

use std::io::Read;

use serde_json::Value;
use vitaal_core::domain::meedoen::{answer_codes, Invitation};
use vitaal_core::domain::scan::{Response, Source};

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn main() {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .expect("answers as JSON on stdin");
    let answers: Vec<Value> = serde_json::from_str(&input).expect("a JSON array of answers");
    let out: Vec<Vec<String>> = answers
        .iter()
        .map(|a| {
            let invitation = Invitation {
                samenwerking: text(a, "samenwerking"),
                samenwerking_name: text(a, "samenwerking_name"),
                scan: text(a, "scan"),
                scan_title: text(a, "scan_title"),
                organisations: Vec::new(),
                ingredients: vitaal_core::domain::content::nl()
                    .ingredients()
                    .map(|(_, i)| i.id.clone())
                    .collect(),
            };
            let submitted = a.get("submitted_ms").and_then(Value::as_u64).unwrap_or(1);
            let mut response = Response::new(text(a, "id"), Source::File, submitted);
            response.name = text(a, "name");
            response.organisation = text(a, "organisation");
            let remarks = a.get("remarks").cloned().unwrap_or(Value::Null);
            if let Some(scores) = a.get("scores").and_then(Value::as_object) {
                for (ingredient, score) in scores {
                    let score = score.as_u64().and_then(|s| u8::try_from(s).ok());
                    response.set(ingredient, score, &text(&remarks, ingredient));
                }
            }
            answer_codes(&invitation, &response)
        })
        .collect();
    println!("{}", serde_json::to_string(&out).expect("codes as JSON"));
}
