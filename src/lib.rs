pub mod domain;
pub mod i18n;
pub mod report;
pub mod ui;
