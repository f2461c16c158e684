//! The Leptos app of Vitaal Samenwerken: a thin shell around the pure core (`vitaal-core`).
//! The core's modules are re-exported under their old names so the UI reads `crate::domain`.

pub use vitaal_core::{domain, i18n, report};
pub mod ui;
