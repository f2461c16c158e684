//! The core stays pure: its `[dependencies]` are exactly an allow-list of computation crates
//! (see docs/design.md, "Pure core, thin UI"), and no browser crate appears anywhere in its
//! manifest.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

/// Every crate the core may depend on, and why (the same list as in docs/design.md).
const ALLOWED: &[&str] = &[
    // (De)serialising the model and the files: pure, no I/O.
    "serde",
    "serde_json",
    // The exact place of a structure error in an imported file.
    "serde_path_to_error",
    // Deflate for the invitation and the answer codes, in memory.
    "miniz_oxide",
    // Base45 (RFC 9285) for the answer codes and base64url for the invitation.
    "base45",
    "base64",
];

/// Browser and UI crates: never in the core.
const FORBIDDEN: &[&str] = &["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen"];

fn manifest() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("crates/core/Cargo.toml")
}

/// The crate names declared in the table `[name]` (`foo = …` or `[name.foo]` lines).
fn table(manifest: &str, name: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.starts_with('[') {
            let header = line.trim_matches(|c| c == '[' || c == ']');
            inside = header == name;
            if let Some(dep) = header.strip_prefix(&format!("{name}.")) {
                names.insert(dep.to_string());
            }
            continue;
        }
        if inside {
            if let Some((key, _)) = line.split_once('=') {
                names.insert(key.trim().trim_matches('"').to_string());
            }
        }
    }
    names
}

#[test]
fn the_core_depends_on_exactly_the_allowed_crates() {
    let found = table(&manifest(), "dependencies");
    let allowed: BTreeSet<String> = ALLOWED.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        found, allowed,
        "crates/core/Cargo.toml [dependencies] changed: update the allow-list here and the \
         reasons in docs/design.md together"
    );
}

#[test]
fn no_browser_crate_appears_in_the_cores_manifest() {
    let manifest = manifest();
    for line in manifest.lines() {
        let code = line.split('#').next().unwrap_or("").to_lowercase();
        for crate_name in FORBIDDEN {
            assert!(
                !code.contains(crate_name) && !code.contains(&crate_name.replace('-', "_")),
                "{crate_name} in crates/core/Cargo.toml: {line}"
            );
        }
    }
}

#[test]
fn the_allow_list_is_the_one_in_the_design_notes() {
    let design =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/design.md"))
            .expect("docs/design.md");
    for crate_name in ALLOWED {
        assert!(
            design.contains(&format!("`{crate_name}`")),
            "docs/design.md does not say why the core may use {crate_name}"
        );
    }
}

#[test]
fn the_table_reader_sees_a_dependency_added() {
    let text = "[dependencies]\nserde = \"1\"\nweb-sys = { version = \"0.3\" }\n\n[dev-dependencies]\nproptest = \"1\"\n[dependencies.gloo]\nversion = \"1\"\n";
    let names: Vec<String> = table(text, "dependencies").into_iter().collect();
    assert_eq!(names, ["gloo", "serde", "web-sys"]);
}
