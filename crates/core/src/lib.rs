//! The pure core of Vitaal Samenwerken: the model, its commands, the Gespreksmodel's content,
//! the file format with validation and migrations, storage logic, the reports' content and the
//! translation table. It depends on serde and serde_json only, so Cargo enforces that it never
//! imports leptos, web-sys, js-sys or gloo, and everything here is tested with plain
//! `cargo test` on the host.

pub mod domain;
pub mod i18n;
pub mod report;
