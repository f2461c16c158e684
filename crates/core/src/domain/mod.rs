//! The pure core of Vitaal Samenwerken: model, commands, content, file format, validation,
//! migrations and storage logic. Nothing here imports leptos, web-sys, gloo or js-sys, so
//! all of it runs and is tested with plain `cargo test` on the host.

pub mod bijeenkomst;
pub mod command;
pub mod content;
pub mod file;
pub mod history;
pub mod meedoen;
pub mod model;
pub mod monitoring;
pub mod onefile;
pub mod scan;
pub mod session;
pub mod snapshots;
pub mod stand;
pub mod storage;
pub mod validate;
pub mod voorbeeld;
pub mod werkblad;
pub mod wire;

pub use command::{
    ActieChange, BijeenkomstChange, Command, ImportMode, ImportPlan, MonitoringChange, ScanChange,
    WerkbladChange,
};
pub use model::{Millis, Partner, PartnerKind, Ring, Route, Samenwerking, Workspace};
pub use validate::{DomainError, Field};
