//! The one translation table: every string the user sees, per language.
//! Dutch first, English second: `NL` and `EN` are two values of the same `Texts`.
//! Pure Rust, so messages can be checked by the host tests. Larger features keep their part of
//! the table in a submodule (`bijeenkomst`, `verslag`), reached as `t().bijeenkomst.…`. The
//! general part: the shape in `texts` ([`Texts`]), the values in `table` ([`NL`], [`EN`]),
//! counts and placeholders in `count` ([`Count`], [`fill`]), the language in `lang`.

mod achterban_telefoon;
mod bijeenkomst;
pub mod check;
mod content;
mod count;
mod deelnemer;
mod errors;
mod intro;
mod lang;
mod monitoring;
mod onefile;
mod programma;
mod rapport;
mod scan;
mod stand;
mod storage;
mod taal;
mod table;
mod texts;
mod update;
mod verslag;
mod werkblad;

pub use achterban_telefoon::AchterbanTelefoonTexts;
pub use bijeenkomst::BijeenkomstTexts;
pub use content::ContentTexts;
pub use count::{fill, Count};
pub use deelnemer::DeelnemerTexts;
pub use errors::ErrorTexts;
pub use intro::IntroTexts;
pub use lang::{lang, set_lang, with_lang, Lang};
pub use monitoring::MonitoringTexts;
pub use onefile::OneFileTexts;
pub use programma::ProgrammaTexts;
pub use rapport::RapportTexts;
pub use scan::ScanTexts;
pub use stand::StandTexts;
pub use storage::StorageTexts;
pub use taal::TaalTexts;
pub use table::{EN, NL};
pub use texts::{FieldNames, Texts};
pub use update::UpdateTexts;
pub use verslag::VerslagUiTexts;
pub use werkblad::WerkbladTexts;

/// The decimal mark of the current language: a comma in Dutch ("3,5"), a point in English.
pub fn decimal_mark() -> char {
    match lang() {
        Lang::Nl => ',',
        Lang::En => '.',
    }
}

/// The table for the current language ([`lang`]).
pub fn t() -> &'static Texts {
    lang().texts()
}

#[cfg(test)]
mod tests;
