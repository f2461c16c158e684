//! The sentences for errors: what went wrong in a command, an import, an answer file, a merge,
//! a meeting phase or the browser's storage, in words a facilitator understands, with what to
//! do next. Part of the one translation table ([`Texts`]).

use super::{fill, Texts};
use crate::domain::bijeenkomst::FaseError;
use crate::domain::content;
use crate::domain::file::ImportError;
use crate::domain::meedoen::CodeError;
use crate::domain::scan::{AntwoordbestandError, MergeError};
use crate::domain::storage::StoreError;
use crate::domain::DomainError;

impl Texts {
    pub fn domain_error(&self, error: &DomainError) -> String {
        match error {
            DomainError::NotFound => "Dit onderdeel bestaat niet (meer).".into(),
            DomainError::DuplicateId => "Er bestaat al een onderdeel met deze sleutel.".into(),
            DomainError::DuplicatePartner => "Een partner komt twee keer voor.".into(),
            DomainError::Empty(field) => fill("Vul {field} in.", &[("field", self.field(*field))]),
            DomainError::TooLong { field, max } => fill(
                "{Field} is te lang: maximaal {max} tekens.",
                &[("Field", &capitalise(self.field(*field))), ("max", &max.to_string())],
            ),
            DomainError::Markup(field) => fill(
                "{Field} bevat HTML-code (zoals <script> of <img>). Dat is niet toegestaan; gebruik gewone tekst.",
                &[("Field", &capitalise(self.field(*field)))],
            ),
            DomainError::ControlCharacters(field) => fill(
                "{Field} bevat onzichtbare stuurtekens. Gebruik gewone tekst.",
                &[("Field", &capitalise(self.field(*field)))],
            ),
            DomainError::PartnerWithoutName => "Vul een naam of een organisatie in voor de partner.".into(),
            DomainError::TooManyPartners { max } => fill(
                "Een samenwerking kan maximaal {max} partners hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::BadId => "De sleutel van een onderdeel is ongeldig.".into(),
            DomainError::BadDate => "Vul een geldige datum in (bijvoorbeeld 2026-11-23).".into(),
            DomainError::Minutes { max } => fill(
                "Het aantal minuten per fase moet tussen 0 en {max} liggen.",
                &[("max", &max.to_string())],
            ),
            DomainError::UnknownIngredient => "Dit ingrediënt komt niet (of twee keer) voor in het Gespreksmodel.".into(),
            DomainError::Fase(e) => self.phase_error(e),
            DomainError::FaseMismatch => "De fase van een bijeenkomst past niet bij haar vorm of status.".into(),
            DomainError::MeetingStarted => "De bijeenkomst is al begonnen: dit kan nu niet meer worden veranderd.".into(),
            DomainError::TooManyBijeenkomsten { max } => fill(
                "Een samenwerking kan maximaal {max} bijeenkomsten hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyActies { max } => fill(
                "Een samenwerking kan maximaal {max} acties hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::ActieWithoutWat => "Vul in wat er moet gebeuren.".into(),
            DomainError::BadScore { ingredient, score } => fill(
                "Een cijfer in de scan is 1 tot en met 5, of „weet ik niet”. Bij „{ingredient}” staat {score}.",
                &[
                    ("ingredient", content::nl().ingredient_name(ingredient)),
                    ("score", &score.to_string()),
                ],
            ),
            DomainError::NoAnswers => "Een antwoord op de scan moet minstens één ingrediënt beoordelen: met een cijfer of met „weet ik niet”.".into(),
            DomainError::TooManyResponses { max } => fill(
                "Een scan kan maximaal {max} antwoorden bevatten.",
                &[("max", &max.to_string())],
            ),
            DomainError::PaperCount { max } => fill(
                "Het aantal kaartjes per score moet tussen 0 en {max} liggen.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyScans { max } => fill(
                "Een samenwerking kan maximaal {max} scans hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::ForeignScan => "De scan of het antwoordbestand hoort bij een andere samenwerking of bij een andere scan.".into(),
            // Only from a command (merging an answer file), never inside an import message, so
            // it can say that nothing changed.
            DomainError::ResponseConflict { .. } => "Deze scan bevat al een antwoord van dezelfde deelnemer, maar met andere antwoorden. Is het antwoordbestand later nog aangepast? Verwijder dan eerst het oude antwoord en voeg het bestand opnieuw toe. Er is niets veranderd.".into(),
            DomainError::NothingForAgenda => "Er is geen ingrediënt om op de agenda te zetten. Er is niets veranderd.".into(),
            DomainError::NothingToSuggest => "Er is nog niets voor de agenda: in deze scan heeft nog niemand een cijfer gegeven. Er is niets veranderd.".into(),
            DomainError::NothingForActies => "Er is nog niets voor de actielijst: geen enkel onderwerp is als belangrijk gemarkeerd. Er is niets veranderd.".into(),
            DomainError::UnknownTemplate => "Dit werkblad kent deze versie van de app niet. Werk de app bij en probeer het opnieuw.".into(),
            DomainError::TooManyWerkbladen { max } => fill(
                "Een samenwerking kan maximaal {max} werkbladen hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyOnderdelen { max } => fill(
                "Een programma kan maximaal {max} onderdelen hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyRows { max } => fill(
                "Een werkblad kan maximaal {max} regels hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyAnswers { max } => fill(
                "Een werkblad kan maximaal {max} antwoorden bevatten.",
                &[("max", &max.to_string())],
            ),
            DomainError::BadAnswer => "Dit antwoord past niet bij het werkblad.".into(),
            DomainError::TooManyDoelen { max } => fill(
                "Een samenwerking kan maximaal {max} doelen hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyIndicatoren { max } => fill(
                "Een doel kan maximaal {max} indicatoren hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyMetingen { max } => fill(
                "Een indicator kan maximaal {max} metingen hebben.",
                &[("max", &max.to_string())],
            ),
            DomainError::TooManyLeerlog { max } => fill(
                "Het leerlog kan maximaal {max} notities bevatten.",
                &[("max", &max.to_string())],
            ),
            DomainError::BadValue => "Deze waarde past niet bij de schaal van de indicator (een schaal van 1 tot 5, een percentage van 0 tot 100, een aantal van 0 of meer).".into(),
            DomainError::EmptyEntry => "Vul in wat er is geprobeerd, geleerd of wat er verandert.".into(),
        }
    }

    /// Every message ends by saying that nothing changed: an import error never touches work.
    pub fn import_error(&self, error: &ImportError) -> String {
        let reason = match error {
            ImportError::TooLarge { bytes, max } => fill(
                "Het bestand is te groot ({size}); het maximum is {max}.",
                &[("size", &megabytes(*bytes)), ("max", &megabytes(*max))],
            ),
            ImportError::NotText => "Het bestand is geen tekstbestand. Kies een .vitaal.json-bestand.".into(),
            ImportError::NotJson => "Het bestand is beschadigd of geen Vitaal Samenwerken-bestand (het is geen geldige JSON).".into(),
            ImportError::TooDeep => "Het bestand is te diep genest en wordt niet gelezen.".into(),
            ImportError::WrongFormat => "Dit is geen Vitaal Samenwerken-bestand.".into(),
            ImportError::BadVersion => "Het bestand heeft geen geldig versienummer.".into(),
            ImportError::NewerVersion { found, supported } => fill(
                "Het bestand is gemaakt met een nieuwere versie van Vitaal Samenwerken (bestandsversie {found}; deze app leest tot en met versie {supported}). Gebruik de nieuwste versie van de app.",
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            ),
            ImportError::Structure(place) => format!("Het bestand is onvolledig of beschadigd: verplichte gegevens ontbreken of hebben de verkeerde vorm{}.", place_in_file(place)),
            ImportError::Content(e) => fill("Het bestand bevat ongeldige gegevens: {detail}", &[("detail", &self.domain_error(e))]),
        };
        format!("{reason} Er is niets geïmporteerd of veranderd.")
    }

    /// Why an answer file of the Ingrediëntenscan could not be read. Like [`Texts::import_error`],
    /// every message ends by saying that nothing changed.
    pub fn answer_file_error(&self, error: &AntwoordbestandError) -> String {
        let reason = match error {
            AntwoordbestandError::TooLarge { bytes, max } => fill(
                "Het antwoordbestand is te groot ({size}); het maximum is {max}.",
                &[("size", &file_size(*bytes)), ("max", &file_size(*max))],
            ),
            AntwoordbestandError::NotText => "Het bestand is geen tekstbestand. Kies een antwoordbestand (.scanantwoord.json).".into(),
            AntwoordbestandError::NotJson => "Het bestand is beschadigd of geen antwoordbestand van de Ingrediëntenscan (het is geen geldige JSON).".into(),
            AntwoordbestandError::TooDeep => "Het antwoordbestand is te diep genest en wordt niet gelezen.".into(),
            AntwoordbestandError::WrongFormat => "Dit is geen antwoordbestand van de Ingrediëntenscan (.scanantwoord.json). Een samenwerking (.vitaal.json) importeer je bij Samenwerkingen.".into(),
            AntwoordbestandError::BadVersion => "Het antwoordbestand heeft geen geldig versienummer.".into(),
            AntwoordbestandError::NewerVersion { found, supported } => fill(
                "Het antwoordbestand is gemaakt met een nieuwere versie van Vitaal Samenwerken (versie {found}; deze app leest antwoordbestanden tot en met versie {supported}). Gebruik de nieuwste versie van de app.",
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            ),
            AntwoordbestandError::Structure(place) => format!("Het antwoordbestand is onvolledig of beschadigd: verplichte gegevens ontbreken of hebben de verkeerde vorm{}.", place_in_file(place)),
            AntwoordbestandError::Content(e) => fill(
                "Het antwoordbestand bevat ongeldige gegevens: {detail}",
                &[("detail", &self.domain_error(&e.clone().into()))],
            ),
        };
        format!("{reason} Er is niets toegevoegd of veranderd.")
    }

    /// Why an answer code read by the camera was refused. Nothing changed.
    pub fn code_error(&self, error: &CodeError) -> String {
        let reason: String = match error {
            CodeError::NotOurs => "Deze QR-code is geen antwoordcode van de Ingrediëntenscan.".into(),
            CodeError::NewerVersion => "Deze antwoordcode is gemaakt met een nieuwere versie van Vitaal Samenwerken. Gebruik de nieuwste versie van de app, of laat de deelnemer het antwoordbestand delen.".into(),
            CodeError::Corrupt => "Deze antwoordcode is beschadigd of past niet bij de andere codes van dezelfde reeks. Laat de deelnemer de code nog eens tonen.".into(),
            CodeError::TooLarge => "Deze antwoordcode is te groot om een antwoord te zijn.".into(),
            CodeError::Content(e) => return self.answer_file_error(e),
        };
        format!("{reason} Er is niets toegevoegd of veranderd.")
    }

    /// Why the invitation in an address could not be opened on the participant's phone.
    pub fn invitation_error(&self, error: &CodeError) -> String {
        match error {
            CodeError::NewerVersion => "Deze uitnodiging is gemaakt met een nieuwere versie van Vitaal Samenwerken. Laad de pagina opnieuw als je internet hebt, of vraag de procesbegeleider om een nieuwe uitnodiging.".into(),
            _ => "Deze uitnodiging is niet compleet of beschadigd. Scan de QR-code opnieuw, of vraag de procesbegeleider om een nieuwe uitnodiging.".into(),
        }
    }

    /// Why an answer file that could be read was not merged into the scan (from
    /// [`crate::domain::scan::Scan::merge`]; through a command the same cases come as
    /// [`DomainError::ForeignScan`] and [`DomainError::ResponseConflict`]).
    pub fn merge_error(&self, error: &MergeError) -> String {
        let reason = match error {
            MergeError::ForeignSamenwerking => "Dit antwoordbestand hoort bij een scan van een andere samenwerking.".into(),
            MergeError::ForeignScan => "Dit antwoordbestand hoort bij een andere scan van deze samenwerking. Open die scan en voeg het daar toe.".into(),
            MergeError::Conflict { .. } => "Deze scan bevat al een antwoord van dezelfde deelnemer, maar met andere antwoorden. Is het antwoordbestand later nog aangepast? Verwijder dan eerst het oude antwoord en voeg het bestand opnieuw toe.".into(),
            MergeError::Content(e) => self.domain_error(&e.clone().into()),
        };
        format!("{reason} Er is niets toegevoegd of veranderd.")
    }

    pub fn phase_error(&self, error: &FaseError) -> String {
        match error {
            FaseError::NotStarted => "De bijeenkomst is nog niet begonnen.".into(),
            FaseError::AlreadyFinished => "De bijeenkomst is al afgerond.".into(),
            FaseError::AtLastFase => "Dit is de laatste fase. Rond de bijeenkomst af.".into(),
            FaseError::AtFirstFase => "Dit is de eerste fase.".into(),
            FaseError::NeedsConfirmation { open } => {
                let (heading, lines) = self.decide_confirmation(open);
                format!(
                    "{heading} {} {}",
                    lines.join(" "),
                    self.bijeenkomst.confirm_question
                )
            }
        }
    }

    pub fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::Unavailable => self.storage_unavailable.into(),
            StoreError::Full => self.storage_full.into(),
            StoreError::NotVerified => self.storage_not_verified.into(),
            StoreError::Stale => self.storage_stale.into(),
            StoreError::Other(detail) => fill(self.storage_other, &[("detail", detail)]),
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where a damaged file went wrong, for the end of a sentence: " (plaats in het bestand:
/// samenwerking.partners[2].kind)", or nothing when the place is not known. The place is the
/// file's own field names, so whoever made or repairs the file can find it.
fn place_in_file(place: &str) -> String {
    if place.is_empty() {
        String::new()
    } else {
        format!(" (plaats in het bestand: {place})")
    }
}

/// Sizes below a megabyte in kilobytes ("256 kB"), larger ones as [`megabytes`].
fn file_size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{} kB", bytes.div_ceil(1024))
    } else {
        megabytes(bytes)
    }
}

fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{},{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Field;
    use crate::i18n::t;

    #[test]
    fn megabytes_are_dutch_and_rounded_up() {
        assert_eq!(megabytes(5 * 1024 * 1024), "5,0 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 + 1), "5,1 MB");
    }

    #[test]
    fn small_files_are_measured_in_kilobytes() {
        assert_eq!(file_size(256 * 1024), "256 kB");
        assert_eq!(file_size(1), "1 kB");
        assert_eq!(file_size(1024 * 1024), "1,0 MB");
    }

    #[test]
    fn messages_are_capitalised() {
        let msg = t().domain_error(&DomainError::Markup(Field::Opgave));
        assert!(msg.starts_with("De opgave bevat HTML-code"), "{msg}");
    }
}
