//! The sentences for errors: what went wrong in a command, an import, an answer file, a merge,
//! a meeting phase or the browser's storage, in words a facilitator understands, with what to
//! do next. Part of the one translation table ([`Texts`]): the sentences are in [`ErrorTexts`] (`t().errors`).

use super::{decimal_mark, fill, Texts};
use crate::domain::bijeenkomst::FaseError;
use crate::domain::content;
use crate::domain::file::ImportError;
use crate::domain::meedoen::CodeError;
use crate::domain::scan::{AntwoordbestandError, MergeError};
use crate::domain::storage::StoreError;
use crate::domain::DomainError;

impl Texts {
    pub fn domain_error(&self, error: &DomainError) -> String {
        let e = self.errors;
        let max_of =
            |template: &str, max: &dyn ToString| fill(template, &[("max", &max.to_string())]);
        let field_in = |template: &str, field: &crate::domain::Field| {
            fill(template, &[("Field", &capitalise(self.field(*field)))])
        };
        match error {
            DomainError::NotFound => e.not_found.into(),
            DomainError::DuplicateId => e.duplicate_id.into(),
            DomainError::DuplicatePartner => e.duplicate_partner.into(),
            DomainError::Empty(field) => fill(e.empty, &[("field", self.field(*field))]),
            DomainError::TooLong { field, max } => fill(
                e.too_long,
                &[
                    ("Field", &capitalise(self.field(*field))),
                    ("max", &max.to_string()),
                ],
            ),
            DomainError::Markup(field) => field_in(e.markup, field),
            DomainError::ControlCharacters(field) => field_in(e.control_characters, field),
            DomainError::PartnerWithoutName => e.partner_without_name.into(),
            DomainError::TooManyPartners { max } => max_of(e.too_many_partners, max),
            DomainError::BadId => e.bad_id.into(),
            DomainError::BadDate => e.bad_date.into(),
            DomainError::Minutes { max } => max_of(e.minutes, max),
            DomainError::UnknownIngredient => e.unknown_ingredient.into(),
            DomainError::Fase(f) => self.phase_error(f),
            DomainError::FaseMismatch => e.fase_mismatch.into(),
            DomainError::MeetingStarted => e.meeting_started.into(),
            DomainError::TooManyBijeenkomsten { max } => max_of(e.too_many_bijeenkomsten, max),
            DomainError::TooManyActies { max } => max_of(e.too_many_acties, max),
            DomainError::ActieWithoutWat => e.actie_without_wat.into(),
            DomainError::BadScore { ingredient, score } => fill(
                e.bad_score,
                &[
                    ("ingredient", content::current().ingredient_name(ingredient)),
                    ("score", &score.to_string()),
                ],
            ),
            DomainError::NoAnswers => e.no_answers.into(),
            DomainError::TooManyResponses { max } => max_of(e.too_many_responses, max),
            DomainError::PaperCount { max } => max_of(e.paper_count, max),
            DomainError::TooManyScans { max } => max_of(e.too_many_scans, max),
            DomainError::ForeignScan => e.foreign_scan.into(),
            // Only from a command (merging an answer file), never inside an import message, so
            // it can say that nothing changed.
            DomainError::ResponseConflict { .. } => e.response_conflict.into(),
            DomainError::NothingForAgenda => e.nothing_for_agenda.into(),
            DomainError::NothingToSuggest => e.nothing_to_suggest.into(),
            DomainError::NothingForActies => e.nothing_for_acties.into(),
            DomainError::UnknownTemplate => e.unknown_template.into(),
            DomainError::TooManyWerkbladen { max } => max_of(e.too_many_werkbladen, max),
            DomainError::TooManyOnderdelen { max } => max_of(e.too_many_onderdelen, max),
            DomainError::TooManyRows { max } => max_of(e.too_many_rows, max),
            DomainError::TooManyAnswers { max } => max_of(e.too_many_answers, max),
            DomainError::BadAnswer => e.bad_answer.into(),
            DomainError::TooManyDoelen { max } => max_of(e.too_many_doelen, max),
            DomainError::TooManyIndicatoren { max } => max_of(e.too_many_indicatoren, max),
            DomainError::TooManyMetingen { max } => max_of(e.too_many_metingen, max),
            DomainError::TooManyLeerlog { max } => max_of(e.too_many_leerlog, max),
            DomainError::BadValue => e.bad_value.into(),
            DomainError::EmptyEntry => e.empty_entry.into(),
        }
    }

    /// Every message ends by saying that nothing changed: an import error never touches work.
    pub fn import_error(&self, error: &ImportError) -> String {
        let e = self.errors;
        let reason = match error {
            ImportError::TooLarge { bytes, max } => fill(
                e.import_too_large,
                &[("size", &megabytes(*bytes)), ("max", &megabytes(*max))],
            ),
            ImportError::NotText => e.import_not_text.into(),
            ImportError::NotJson => e.import_not_json.into(),
            ImportError::TooDeep => e.import_too_deep.into(),
            ImportError::WrongFormat => e.import_wrong_format.into(),
            ImportError::BadVersion => e.import_bad_version.into(),
            ImportError::NewerVersion { found, supported } => fill(
                e.import_newer_version,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            ImportError::Structure(place) => {
                fill(e.import_structure, &[("place", &self.place_in_file(place))])
            }
            ImportError::Content(d) => fill(e.import_content, &[("detail", &self.domain_error(d))]),
        };
        format!("{reason} {}", e.import_unchanged)
    }

    /// Why an answer file of the Ingrediëntenscan could not be read. Like [`Texts::import_error`],
    /// every message ends by saying that nothing changed.
    pub fn answer_file_error(&self, error: &AntwoordbestandError) -> String {
        let e = self.errors;
        let reason = match error {
            AntwoordbestandError::TooLarge { bytes, max } => fill(
                e.answer_too_large,
                &[("size", &file_size(*bytes)), ("max", &file_size(*max))],
            ),
            AntwoordbestandError::NotText => e.answer_not_text.into(),
            AntwoordbestandError::NotJson => e.answer_not_json.into(),
            AntwoordbestandError::TooDeep => e.answer_too_deep.into(),
            AntwoordbestandError::WrongFormat => e.answer_wrong_format.into(),
            AntwoordbestandError::BadVersion => e.answer_bad_version.into(),
            AntwoordbestandError::NewerVersion { found, supported } => fill(
                e.answer_newer_version,
                &[
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            AntwoordbestandError::Structure(place) => {
                fill(e.answer_structure, &[("place", &self.place_in_file(place))])
            }
            AntwoordbestandError::Content(d) => fill(
                e.answer_content,
                &[("detail", &self.domain_error(&d.clone().into()))],
            ),
        };
        format!("{reason} {}", e.nothing_added)
    }

    /// Why an answer code read by the camera was refused. Nothing changed.
    pub fn code_error(&self, error: &CodeError) -> String {
        let e = self.errors;
        let reason = match error {
            CodeError::NotOurs => e.code_not_ours,
            CodeError::NewerVersion => e.code_newer_version,
            CodeError::Corrupt => e.code_corrupt,
            CodeError::TooLarge => e.code_too_large,
            CodeError::Content(c) => return self.answer_file_error(c),
        };
        format!("{reason} {}", e.nothing_added)
    }

    /// Why the invitation in an address could not be opened on the participant's phone.
    pub fn invitation_error(&self, error: &CodeError) -> String {
        match error {
            CodeError::NewerVersion => self.errors.invitation_newer_version.into(),
            _ => self.errors.invitation_broken.into(),
        }
    }

    /// Why an answer file that could be read was not merged into the scan (from
    /// [`crate::domain::scan::Scan::merge`]; through a command the same cases come as
    /// [`DomainError::ForeignScan`] and [`DomainError::ResponseConflict`]).
    pub fn merge_error(&self, error: &MergeError) -> String {
        let e = self.errors;
        let reason = match error {
            MergeError::ForeignSamenwerking => e.merge_foreign_samenwerking.into(),
            MergeError::ForeignScan => e.merge_foreign_scan.into(),
            MergeError::Conflict { .. } => e.merge_conflict.into(),
            MergeError::Content(c) => self.domain_error(&c.clone().into()),
        };
        format!("{reason} {}", e.nothing_added)
    }

    pub fn phase_error(&self, error: &FaseError) -> String {
        let e = self.errors;
        match error {
            FaseError::NotStarted => e.phase_not_started.into(),
            FaseError::AlreadyFinished => e.phase_already_finished.into(),
            FaseError::AtLastFase => e.phase_at_last.into(),
            FaseError::AtFirstFase => e.phase_at_first.into(),
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

    /// Where a damaged file went wrong, for the end of a sentence: " (plaats in het bestand:
    /// samenwerking.partners[2].kind)", or nothing when the place is not known. The place is the
    /// file's own field names, so whoever made or repairs the file can find it.
    fn place_in_file(&self, place: &str) -> String {
        if place.is_empty() {
            String::new()
        } else {
            fill(self.errors.place_in_file, &[("place", place)])
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

/// Sizes below a megabyte in kilobytes ("256 kB"), larger ones as [`megabytes`].
fn file_size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{} kB", bytes.div_ceil(1024))
    } else {
        megabytes(bytes)
    }
}

/// "5,1 MB" (English "5.1 MB"), rounded up to a tenth.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    format!("{}{}{} MB", tenths / 10, decimal_mark(), tenths % 10)
}

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ErrorTexts {
    // A command's domain error ([`Texts::domain_error`])
    pub not_found: &'static str,
    pub duplicate_id: &'static str,
    pub duplicate_partner: &'static str,
    pub empty: &'static str,
    pub too_long: &'static str,
    pub markup: &'static str,
    pub control_characters: &'static str,
    pub partner_without_name: &'static str,
    pub too_many_partners: &'static str,
    pub bad_id: &'static str,
    pub bad_date: &'static str,
    pub minutes: &'static str,
    pub unknown_ingredient: &'static str,
    pub fase_mismatch: &'static str,
    pub meeting_started: &'static str,
    pub too_many_bijeenkomsten: &'static str,
    pub too_many_acties: &'static str,
    pub actie_without_wat: &'static str,
    pub bad_score: &'static str,
    pub no_answers: &'static str,
    pub too_many_responses: &'static str,
    pub paper_count: &'static str,
    pub too_many_scans: &'static str,
    pub foreign_scan: &'static str,
    pub response_conflict: &'static str,
    pub nothing_for_agenda: &'static str,
    pub nothing_to_suggest: &'static str,
    pub nothing_for_acties: &'static str,
    pub unknown_template: &'static str,
    pub too_many_werkbladen: &'static str,
    pub too_many_onderdelen: &'static str,
    pub too_many_rows: &'static str,
    pub too_many_answers: &'static str,
    pub bad_answer: &'static str,
    pub too_many_doelen: &'static str,
    pub too_many_indicatoren: &'static str,
    pub too_many_metingen: &'static str,
    pub too_many_leerlog: &'static str,
    pub bad_value: &'static str,
    pub empty_entry: &'static str,

    // Importing a samenwerking ([`Texts::import_error`]); `{place}` is [`ErrorTexts::place_in_file`] or nothing
    pub import_too_large: &'static str,
    pub import_not_text: &'static str,
    pub import_not_json: &'static str,
    pub import_too_deep: &'static str,
    pub import_wrong_format: &'static str,
    pub import_bad_version: &'static str,
    pub import_newer_version: &'static str,
    pub import_structure: &'static str,
    pub import_content: &'static str,
    /// The end of every such message: nothing changed.
    pub import_unchanged: &'static str,

    // An answer file of the scan ([`Texts::answer_file_error`])
    pub answer_too_large: &'static str,
    pub answer_not_text: &'static str,
    pub answer_not_json: &'static str,
    pub answer_too_deep: &'static str,
    pub answer_wrong_format: &'static str,
    pub answer_bad_version: &'static str,
    pub answer_newer_version: &'static str,
    pub answer_structure: &'static str,
    pub answer_content: &'static str,
    /// The end of every such message: nothing changed.
    pub nothing_added: &'static str,
    /// Where a damaged file went wrong, for the end of a sentence (the file's own field names).
    pub place_in_file: &'static str,

    // An answer code read by the camera ([`Texts::code_error`])
    pub code_not_ours: &'static str,
    pub code_newer_version: &'static str,
    pub code_corrupt: &'static str,
    pub code_too_large: &'static str,

    // An invitation opened on a phone ([`Texts::invitation_error`])
    pub invitation_newer_version: &'static str,
    pub invitation_broken: &'static str,

    // Merging an answer file ([`Texts::merge_error`])
    pub merge_foreign_samenwerking: &'static str,
    pub merge_foreign_scan: &'static str,
    pub merge_conflict: &'static str,

    // Moving through a meeting's phases ([`Texts::phase_error`])
    pub phase_not_started: &'static str,
    pub phase_already_finished: &'static str,
    pub phase_at_last: &'static str,
    pub phase_at_first: &'static str,
}

pub static NL: ErrorTexts = ErrorTexts {
    not_found: "Dit onderdeel bestaat niet (meer).",
    duplicate_id: "Er bestaat al een onderdeel met deze sleutel.",
    duplicate_partner: "Een partner komt twee keer voor.",
    empty: "Vul {field} in.",
    too_long: "{Field} is te lang: maximaal {max} tekens.",
    markup: "{Field} bevat HTML-code (zoals <script> of <img>). Dat is niet toegestaan; gebruik gewone tekst.",
    control_characters: "{Field} bevat onzichtbare stuurtekens. Gebruik gewone tekst.",
    partner_without_name: "Vul een naam of een organisatie in voor de partner.",
    too_many_partners: "Een samenwerking kan maximaal {max} partners hebben.",
    bad_id: "De sleutel van een onderdeel is ongeldig.",
    bad_date: "Vul een geldige datum in (bijvoorbeeld 2026-11-23).",
    minutes: "Het aantal minuten per fase moet tussen 0 en {max} liggen.",
    unknown_ingredient: "Dit ingrediënt komt niet (of twee keer) voor in het Gespreksmodel.",
    fase_mismatch: "De fase van een bijeenkomst past niet bij haar vorm of status.",
    meeting_started: "De bijeenkomst is al begonnen: dit kan nu niet meer worden veranderd.",
    too_many_bijeenkomsten: "Een samenwerking kan maximaal {max} bijeenkomsten hebben.",
    too_many_acties: "Een samenwerking kan maximaal {max} acties hebben.",
    actie_without_wat: "Vul in wat er moet gebeuren.",
    bad_score: "Een cijfer in de scan is 1 tot en met 5, of „weet ik niet”. Bij „{ingredient}” staat {score}.",
    no_answers: "Een antwoord op de scan moet minstens één ingrediënt beoordelen: met een cijfer of met „weet ik niet”.",
    too_many_responses: "Een scan kan maximaal {max} antwoorden bevatten.",
    paper_count: "Het aantal kaartjes per score moet tussen 0 en {max} liggen.",
    too_many_scans: "Een samenwerking kan maximaal {max} scans hebben.",
    foreign_scan: "De scan of het antwoordbestand hoort bij een andere samenwerking of bij een andere scan.",
    response_conflict: "Deze scan bevat al een antwoord van dezelfde deelnemer, maar met andere antwoorden. Is het antwoordbestand later nog aangepast? Verwijder dan eerst het oude antwoord en voeg het bestand opnieuw toe. Er is niets veranderd.",
    nothing_for_agenda: "Er is geen ingrediënt om op de agenda te zetten. Er is niets veranderd.",
    nothing_to_suggest: "Er is nog niets voor de agenda: in deze scan heeft nog niemand een cijfer gegeven. Er is niets veranderd.",
    nothing_for_acties: "Er is nog niets voor de actielijst: geen enkel onderwerp is als belangrijk gemarkeerd. Er is niets veranderd.",
    unknown_template: "Dit werkblad kent deze versie van de app niet. Werk de app bij en probeer het opnieuw.",
    too_many_werkbladen: "Een samenwerking kan maximaal {max} werkbladen hebben.",
    too_many_onderdelen: "Een programma kan maximaal {max} onderdelen hebben.",
    too_many_rows: "Een werkblad kan maximaal {max} regels hebben.",
    too_many_answers: "Een werkblad kan maximaal {max} antwoorden bevatten.",
    bad_answer: "Dit antwoord past niet bij het werkblad.",
    too_many_doelen: "Een samenwerking kan maximaal {max} doelen hebben.",
    too_many_indicatoren: "Een doel kan maximaal {max} indicatoren hebben.",
    too_many_metingen: "Een indicator kan maximaal {max} metingen hebben.",
    too_many_leerlog: "Het leerlog kan maximaal {max} notities bevatten.",
    bad_value: "Deze waarde past niet bij de schaal van de indicator (een schaal van 1 tot 5, een percentage van 0 tot 100, een aantal van 0 of meer).",
    empty_entry: "Vul in wat er is geprobeerd, geleerd of wat er verandert.",
    import_too_large: "Het bestand is te groot ({size}); het maximum is {max}.",
    import_not_text: "Het bestand is geen tekstbestand. Kies een .vitaal.json-bestand.",
    import_not_json: "Het bestand is beschadigd of geen Vitaal Samenwerken-bestand (het is geen geldige JSON).",
    import_too_deep: "Het bestand is te diep genest en wordt niet gelezen.",
    import_wrong_format: "Dit is geen Vitaal Samenwerken-bestand.",
    import_bad_version: "Het bestand heeft geen geldig versienummer.",
    import_newer_version: "Het bestand is gemaakt met een nieuwere versie van Vitaal Samenwerken (bestandsversie {found}; deze app leest tot en met versie {supported}). Gebruik de nieuwste versie van de app.",
    import_structure: "Het bestand is onvolledig of beschadigd: verplichte gegevens ontbreken of hebben de verkeerde vorm{place}.",
    import_content: "Het bestand bevat ongeldige gegevens: {detail}",
    import_unchanged: "Er is niets geïmporteerd of veranderd.",
    answer_too_large: "Het antwoordbestand is te groot ({size}); het maximum is {max}.",
    answer_not_text: "Het bestand is geen tekstbestand. Kies een antwoordbestand (.scanantwoord.json).",
    answer_not_json: "Het bestand is beschadigd of geen antwoordbestand van de Ingrediëntenscan (het is geen geldige JSON).",
    answer_too_deep: "Het antwoordbestand is te diep genest en wordt niet gelezen.",
    answer_wrong_format: "Dit is geen antwoordbestand van de Ingrediëntenscan (.scanantwoord.json). Een samenwerking (.vitaal.json) importeer je bij Samenwerkingen.",
    answer_bad_version: "Het antwoordbestand heeft geen geldig versienummer.",
    answer_newer_version: "Het antwoordbestand is gemaakt met een nieuwere versie van Vitaal Samenwerken (versie {found}; deze app leest antwoordbestanden tot en met versie {supported}). Gebruik de nieuwste versie van de app.",
    answer_structure: "Het antwoordbestand is onvolledig of beschadigd: verplichte gegevens ontbreken of hebben de verkeerde vorm{place}.",
    answer_content: "Het antwoordbestand bevat ongeldige gegevens: {detail}",
    nothing_added: "Er is niets toegevoegd of veranderd.",
    place_in_file: " (plaats in het bestand: {place})",
    code_not_ours: "Deze QR-code is geen antwoordcode van de Ingrediëntenscan.",
    code_newer_version: "Deze antwoordcode is gemaakt met een nieuwere versie van Vitaal Samenwerken. Gebruik de nieuwste versie van de app, of laat de deelnemer het antwoordbestand delen.",
    code_corrupt: "Deze antwoordcode is beschadigd of past niet bij de andere codes van dezelfde reeks. Laat de deelnemer de code nog eens tonen.",
    code_too_large: "Deze antwoordcode is te groot om een antwoord te zijn.",
    invitation_newer_version: "Deze uitnodiging is gemaakt met een nieuwere versie van Vitaal Samenwerken. Laad de pagina opnieuw als je internet hebt, of vraag de procesbegeleider om een nieuwe uitnodiging.",
    invitation_broken: "Deze uitnodiging is niet compleet of beschadigd. Scan de QR-code opnieuw, of vraag de procesbegeleider om een nieuwe uitnodiging.",
    merge_foreign_samenwerking: "Dit antwoordbestand hoort bij een scan van een andere samenwerking.",
    merge_foreign_scan: "Dit antwoordbestand hoort bij een andere scan van deze samenwerking. Open die scan en voeg het daar toe.",
    merge_conflict: "Deze scan bevat al een antwoord van dezelfde deelnemer, maar met andere antwoorden. Is het antwoordbestand later nog aangepast? Verwijder dan eerst het oude antwoord en voeg het bestand opnieuw toe.",
    phase_not_started: "De bijeenkomst is nog niet begonnen.",
    phase_already_finished: "De bijeenkomst is al afgerond.",
    phase_at_last: "Dit is de laatste fase. Rond de bijeenkomst af.",
    phase_at_first: "Dit is de eerste fase.",
};

pub static EN: ErrorTexts = ErrorTexts {
    not_found: "This item does not exist (any more).",
    duplicate_id: "There is already an item with this key.",
    duplicate_partner: "A partner appears twice.",
    empty: "Please fill in {field}.",
    too_long: "{Field} is too long: at most {max} characters.",
    markup: "{Field} contains HTML code (such as <script> or <img>). That is not allowed; please use plain text.",
    control_characters: "{Field} contains invisible control characters. Please use plain text.",
    partner_without_name: "Fill in a name or an organisation for the partner.",
    too_many_partners: "A collaboration can have at most {max} partners.",
    bad_id: "The key of an item is not valid.",
    bad_date: "Fill in a valid date (for example 2026-11-23).",
    minutes: "The number of minutes per phase must be between 0 and {max}.",
    unknown_ingredient: "This ingredient is not in the conversation model (or appears in it twice).",
    fase_mismatch: "A meeting’s phase does not match its format or status.",
    meeting_started: "The meeting has already started: this can no longer be changed.",
    too_many_bijeenkomsten: "A collaboration can have at most {max} meetings.",
    too_many_acties: "A collaboration can have at most {max} actions.",
    actie_without_wat: "Fill in what needs to happen.",
    bad_score: "A score in the scan is 1 to 5, or “don’t know”. “{ingredient}” has {score}.",
    no_answers: "An answer to the scan must rate at least one ingredient: with a score or with “don’t know”.",
    too_many_responses: "A scan can hold at most {max} answers.",
    paper_count: "The number of cards per score must be between 0 and {max}.",
    too_many_scans: "A collaboration can have at most {max} scans.",
    foreign_scan: "The scan or the answer file belongs to another collaboration or to another scan.",
    response_conflict: "This scan already has an answer from the same participant, but with different answers. Was the answer file changed afterwards? Then first delete the old answer and add the file again. Nothing has changed.",
    nothing_for_agenda: "There is no ingredient to put on the agenda. Nothing has changed.",
    nothing_to_suggest: "There is nothing for the agenda yet: nobody has given a score in this scan so far. Nothing has changed.",
    nothing_for_acties: "There is nothing for the action list yet: no topic has been marked as important. Nothing has changed.",
    unknown_template: "This version of the app does not know this worksheet. Update the app and try again.",
    too_many_werkbladen: "A collaboration can have at most {max} worksheets.",
    too_many_onderdelen: "A programme can have at most {max} parts.",
    too_many_rows: "A worksheet can have at most {max} rows.",
    too_many_answers: "A worksheet can hold at most {max} answers.",
    bad_answer: "This answer does not fit the worksheet.",
    too_many_doelen: "A collaboration can have at most {max} goals.",
    too_many_indicatoren: "A goal can have at most {max} indicators.",
    too_many_metingen: "An indicator can have at most {max} measurements.",
    too_many_leerlog: "The learning log can hold at most {max} notes.",
    bad_value: "This value does not fit the indicator’s scale (a scale from 1 to 5, a percentage from 0 to 100, a number of 0 or more).",
    empty_entry: "Fill in what was tried, what was learned or what is changing.",
    import_too_large: "The file is too large ({size}); the maximum is {max}.",
    import_not_text: "The file is not a text file. Choose a .vitaal.json file.",
    import_not_json: "The file is damaged or not a Vitaal Samenwerken file (it is not valid JSON).",
    import_too_deep: "The file is nested too deeply and will not be read.",
    import_wrong_format: "This is not a Vitaal Samenwerken file.",
    import_bad_version: "The file does not have a valid version number.",
    import_newer_version: "The file was made with a newer version of Vitaal Samenwerken (file version {found}; this app reads up to version {supported}). Please use the latest version of the app.",
    import_structure: "The file is incomplete or damaged: required data is missing or in the wrong form{place}.",
    import_content: "The file contains invalid data: {detail}",
    import_unchanged: "Nothing has been imported or changed.",
    answer_too_large: "The answer file is too large ({size}); the maximum is {max}.",
    answer_not_text: "The file is not a text file. Choose an answer file (.scanantwoord.json).",
    answer_not_json: "The file is damaged or not an answer file of the Ingredients scan (it is not valid JSON).",
    answer_too_deep: "The answer file is nested too deeply and will not be read.",
    answer_wrong_format: "This is not an answer file of the Ingredients scan (.scanantwoord.json). A collaboration (.vitaal.json) is imported under Collaborations.",
    answer_bad_version: "The answer file does not have a valid version number.",
    answer_newer_version: "The answer file was made with a newer version of Vitaal Samenwerken (version {found}; this app reads answer files up to version {supported}). Please use the latest version of the app.",
    answer_structure: "The answer file is incomplete or damaged: required data is missing or in the wrong form{place}.",
    answer_content: "The answer file contains invalid data: {detail}",
    nothing_added: "Nothing has been added or changed.",
    place_in_file: " (place in the file: {place})",
    code_not_ours: "This QR code is not an answer code of the Ingredients scan.",
    code_newer_version: "This answer code was made with a newer version of Vitaal Samenwerken. Please use the latest version of the app, or ask the participant to share the answer file.",
    code_corrupt: "This answer code is damaged or does not match the other codes in the same series. Ask the participant to show the code again.",
    code_too_large: "This answer code is too large to be an answer.",
    invitation_newer_version: "This invitation was made with a newer version of Vitaal Samenwerken. Reload the page once you are online, or ask the facilitator for a new invitation.",
    invitation_broken: "This invitation is incomplete or damaged. Scan the QR code again, or ask the facilitator for a new invitation.",
    merge_foreign_samenwerking: "This answer file belongs to a scan of another collaboration.",
    merge_foreign_scan: "This answer file belongs to another scan of this collaboration. Open that scan and add it there.",
    merge_conflict: "This scan already has an answer from the same participant, but with different answers. Was the answer file changed afterwards? Then first delete the old answer and add the file again.",
    phase_not_started: "The meeting has not started yet.",
    phase_already_finished: "The meeting has already been closed.",
    phase_at_last: "This is the last phase. Close the meeting.",
    phase_at_first: "This is the first phase.",
};

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

    fn english(out: String, expected: &str) {
        assert_eq!(out, expected);
        let dutch = crate::i18n::check::dutch_words(&out);
        assert!(dutch.is_empty(), "Dutch words {dutch:?} in {out:?}");
    }

    fn en<T>(f: impl FnOnce() -> T) -> T {
        crate::i18n::with_lang(crate::i18n::Lang::En, f)
    }

    #[test]
    fn domain_errors_in_english() {
        en(|| {
            english(
                t().domain_error(&DomainError::TooLong {
                    field: Field::PartnerName,
                    max: 200,
                }),
                "The partner’s name is too long: at most 200 characters.",
            );
            english(
                t().domain_error(&DomainError::Empty(Field::Opgave)),
                "Please fill in the challenge.",
            );
            english(
                t().domain_error(&DomainError::TooManyBijeenkomsten { max: 50 }),
                "A collaboration can have at most 50 meetings.",
            );
            english(
                t().domain_error(&DomainError::BadScore {
                    ingredient: "vermogen-tot-samenwerking".into(),
                    score: 7,
                }),
                "A score in the scan is 1 to 5, or “don’t know”. “Capacity to collaborate” has 7.",
            );
        });
    }

    #[test]
    fn import_errors_in_english() {
        en(|| {
            english(
                t().import_error(&ImportError::TooLarge { bytes: 5 * 1024 * 1024 + 1, max: 5 * 1024 * 1024 }),
                "The file is too large (5.1 MB); the maximum is 5.0 MB. Nothing has been imported or changed.",
            );
            english(
                t().import_error(&ImportError::Structure("samenwerking.partners[2].kind".into())),
                "The file is incomplete or damaged: required data is missing or in the wrong form (place in the file: samenwerking.partners[2].kind). Nothing has been imported or changed.",
            );
            english(
                t().import_error(&ImportError::Content(DomainError::Empty(Field::Name))),
                "The file contains invalid data: Please fill in the name. Nothing has been imported or changed.",
            );
        });
    }

    #[test]
    fn answer_file_errors_in_english() {
        en(|| {
            english(
                t().answer_file_error(&AntwoordbestandError::TooLarge { bytes: 300 * 1024, max: 256 * 1024 }),
                "The answer file is too large (300 kB); the maximum is 256 kB. Nothing has been added or changed.",
            );
            english(
                t().answer_file_error(&AntwoordbestandError::NewerVersion { found: 3, supported: 2 }),
                "The answer file was made with a newer version of Vitaal Samenwerken (version 3; this app reads answer files up to version 2). Please use the latest version of the app. Nothing has been added or changed.",
            );
        });
    }

    #[test]
    fn code_and_invitation_errors_in_english() {
        en(|| {
            english(
                t().code_error(&CodeError::TooLarge),
                "This answer code is too large to be an answer. Nothing has been added or changed.",
            );
            english(
                t().invitation_error(&CodeError::Corrupt),
                "This invitation is incomplete or damaged. Scan the QR code again, or ask the facilitator for a new invitation.",
            );
        });
    }

    #[test]
    fn merge_errors_in_english() {
        en(|| {
            english(
                t().merge_error(&MergeError::ForeignScan),
                "This answer file belongs to another scan of this collaboration. Open that scan and add it there. Nothing has been added or changed.",
            );
        });
    }

    #[test]
    fn phase_and_store_errors_in_english() {
        en(|| {
            english(
                t().phase_error(&FaseError::AtLastFase),
                "This is the last phase. Close the meeting.",
            );
            english(
                t().store_error(&StoreError::Other("QuotaExceededError".into())),
                "Saving failed (QuotaExceededError). Export your work to a file.",
            );
        });
    }
}
