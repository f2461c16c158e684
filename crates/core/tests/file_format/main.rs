//! The `.vitaal.json` format: lossless round-trips, every kind of bad file refused with its
//! Dutch message, and every version ever written still loads.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::bijeenkomst::*;
use vitaal_core::domain::file::{self, ImportError};
use vitaal_core::domain::*;
use vitaal_core::i18n::t;

mod import_export;
mod round_trip;
mod versions;

fn sample() -> Samenwerking {
    file::import(include_str!("../fixtures/v1.vitaal.json")).expect("fixture loads")
}

fn refused(text: &str) -> ImportError {
    file::import(text).expect_err("file should be refused")
}

fn message(e: &ImportError) -> String {
    let m = t().import_error(e);
    assert!(m.ends_with("Er is niets geïmporteerd of veranderd."), "{m}");
    m
}
