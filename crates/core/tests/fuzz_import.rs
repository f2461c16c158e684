//! Fuzzing the importers with proptest, bounded so it runs in CI on every push: arbitrary bytes,
//! arbitrary JSON, and valid files with random mutations must never panic, never take long,
//! and either import a samenwerking that passes validation again or give an error.
//! `FUZZ_CASES` raises the number of cases for a longer local run.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vitaal_core::domain::{file, scan, storage, validate};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(600)
}

const V1: &str = include_str!("fixtures/v1.vitaal.json");
const V2: &str = include_str!("fixtures/v2.vitaal.json");
const V3: &str = include_str!("fixtures/v3.vitaal.json");

/// Whatever comes in, the outcome is a valid samenwerking or an error.
fn check(bytes: &[u8]) {
    if let Ok(s) = file::import_bytes(bytes) {
        assert_eq!(
            validate::samenwerking(&s).as_ref(),
            Ok(&s),
            "imported data is valid"
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = scan::read_answer_file(text);
        let _ = storage::decode(text);
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        ".{0,40}".prop_map(serde_json::Value::String),
        Just(serde_json::json!("vitaal-samenwerken")),
        Just(serde_json::json!("<script>alert(1)</script>")),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("version".to_string()),
                    Just("samenwerking".to_string()),
                    Just("id".to_string()),
                    Just("name".to_string()),
                    Just("scans".to_string()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A fixture with a few bytes replaced, inserted or removed.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(vec![V1, V2, V3]),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..12),
    )
        .prop_map(|(base, edits)| {
            let mut bytes = base.as_bytes().to_vec();
            for (at, byte, kind) in edits {
                if bytes.is_empty() {
                    break;
                }
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => {
                        bytes.remove(i);
                    }
                }
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        check(value.to_string().as_bytes());
        let wrapped = serde_json::json!({ "format": "vitaal-samenwerken", "version": 3, "samenwerking": value });
        check(wrapped.to_string().as_bytes());
    }

    #[test]
    fn mutated_files_never_panic(bytes in mutated()) {
        check(&bytes);
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [33, 1_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(file::import(&text).is_err());
        let wrapped = format!(
            r#"{{"format":"vitaal-samenwerken","version":3,"samenwerking":{}{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        assert!(file::import(&wrapped).is_err());
    }
}
