//! Rules for the text and ids a user or a file may bring in, and the errors they give.
//! The checks of whole records (a partner, a bijeenkomst, a werkblad, a samenwerking) are in
//! `records.rs` (the doelen, indicatoren and leerlog in `monitoring.rs`), used as
//! `validate::partner`, `validate::samenwerking` …

mod monitoring;
mod records;

pub use monitoring::{doel, doel_text, indicator, leerlog_entry, meting};
pub use records::{
    actie, answer, besluit, bijeenkomst, partner, programma_of, rij, samenwerking, werkblad,
};

use super::bijeenkomst::FaseError;
use super::content;
use super::scan::{MergeError, ScanError};
use super::werkblad::AnswerError;

pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_OPGAVE_CHARS: usize = 2000;
pub const MAX_PARTNERS: usize = 500;
pub const MAX_ID_CHARS: usize = 64;
pub const MAX_NOTE_CHARS: usize = 10_000;
pub const MAX_TEXT_CHARS: usize = 2_000;
pub const MAX_ACTIE_CHARS: usize = 300;
pub const MAX_BIJEENKOMSTEN: usize = 500;
pub const MAX_ACTIES: usize = 2_000;
pub const MAX_MINUTES: u32 = 480;
/// Steps in a meeting's programme.
pub const MAX_PROGRAMMA: usize = 50;
/// Ingrediëntenscans per samenwerking.
pub const MAX_SCANS: usize = 50;

/// Which piece of text a validation message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Opgave,
    PartnerName,
    PartnerOrganisation,
    Id,
    Place,
    Note,
    Besluit,
    ActieWat,
    ActieWie,
    ActieWanneer,
    AchterbanVragen,
    AchterbanAntwoord,
    /// An answer on a werkblad.
    Antwoord,
    /// A row on a werkblad (an Eisenhower topic, an own spelregel).
    Onderwerp,
    /// The title of a step of a meeting's programme.
    Programma,
    /// The text of a doel.
    Doel,
    /// The name of an indicator.
    IndicatorNaam,
    /// How an indicator is measured, its unit, who measures it, how often.
    IndicatorUitleg,
    /// The source or remark of a meting.
    Meting,
    /// The text of a leerlog entry.
    Leerlog,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// No samenwerking (or partner, bijeenkomst, scan, response …) with this id; also a
    /// bijeenkomst whose `scan` names a scan that is not there.
    NotFound,
    /// A samenwerking with this id already exists.
    DuplicateId,
    /// The same partner id twice within one samenwerking.
    DuplicatePartner,
    Empty(Field),
    TooLong {
        field: Field,
        max: usize,
    },
    /// Text that looks like HTML markup (`<script>`, `<img …>`).
    Markup(Field),
    /// Invisible control characters.
    ControlCharacters(Field),
    /// A partner needs a name or an organisation.
    PartnerWithoutName,
    TooManyPartners {
        max: usize,
    },
    /// An id with characters outside `a-z 0-9 -`.
    BadId,
    /// A date that is not empty and not YYYY-MM-DD.
    BadDate,
    /// Minutes per phase outside 0..=max.
    Minutes {
        max: u32,
    },
    /// An ingrediënt id that the Gespreksmodel does not have.
    UnknownIngredient,
    /// A meeting's phase cannot move that way (or needs confirmation).
    Fase(FaseError),
    /// The vorm (BOB/BARB) and agenda are fixed once the meeting has started.
    MeetingStarted,
    /// A stored meeting whose phase does not fit its status or vorm.
    FaseMismatch,
    TooManyBijeenkomsten {
        max: usize,
    },
    TooManyActies {
        max: usize,
    },
    /// An action needs a "wat".
    ActieWithoutWat,
    /// A scan score outside 1..=5 ("weet ik niet" is no score, not 0).
    BadScore {
        ingredient: String,
        score: u8,
    },
    /// A scan response without a single answer (not even "weet ik niet").
    NoAnswers,
    TooManyResponses {
        max: usize,
    },
    /// A paper-round count above the maximum.
    PaperCount {
        max: u32,
    },
    TooManyScans {
        max: usize,
    },
    /// A scan that names another samenwerking than the one it is in, or an answer file for
    /// another samenwerking or another scan.
    ForeignScan,
    /// An answer file whose response id is already in the scan, with different answers.
    ResponseConflict {
        response: String,
    },
    /// The scan has no scores yet, so it has nothing to put on an agenda.
    NothingToSuggest,
    /// "Zet op de agenda" with no ingrediënt to put there (De stand: none needs attention).
    NothingForAgenda,
    /// No Eisenhower topic is urgent and important or important: nothing for the actielijst.
    NothingForActies,
    /// A werkblad of a kind (template) this version of the app does not know.
    UnknownTemplate,
    TooManyWerkbladen {
        max: usize,
    },
    /// A meeting's programme with more than [`MAX_PROGRAMMA`] steps.
    TooManyOnderdelen {
        max: usize,
    },
    TooManyRows {
        max: usize,
    },
    TooManyAnswers {
        max: usize,
    },
    /// An answer that does not fit its werkblad: an unknown question, a partner where none is
    /// asked (or none where one is), or a value the question does not take.
    BadAnswer,
    TooManyDoelen {
        max: usize,
    },
    TooManyIndicatoren {
        max: usize,
    },
    TooManyMetingen {
        max: usize,
    },
    TooManyLeerlog {
        max: usize,
    },
    /// A value that does not fit the indicator's scale (1 to 5, 0 to 100 %, a count below 0).
    BadValue,
    /// A doel or leerlog entry without any text.
    EmptyEntry,
}

impl From<AnswerError> for DomainError {
    fn from(_: AnswerError) -> DomainError {
        DomainError::BadAnswer
    }
}

/// A scan problem as a domain error: the general text and id rules come out as themselves, a
/// response id used twice as [`DomainError::DuplicateId`].
impl From<ScanError> for DomainError {
    fn from(e: ScanError) -> DomainError {
        match e {
            ScanError::Content(e) => e,
            ScanError::BadScore { ingredient, score } => {
                DomainError::BadScore { ingredient, score }
            }
            ScanError::NoAnswers => DomainError::NoAnswers,
            ScanError::DuplicateResponse => DomainError::DuplicateId,
            ScanError::NotFound => DomainError::NotFound,
            ScanError::TooManyResponses { max } => DomainError::TooManyResponses { max },
            ScanError::PaperCount { max } => DomainError::PaperCount { max },
        }
    }
}

/// An answer file that could not be merged. Both kinds of "foreign" become
/// [`DomainError::ForeignScan`].
impl From<MergeError> for DomainError {
    fn from(e: MergeError) -> DomainError {
        match e {
            MergeError::ForeignSamenwerking | MergeError::ForeignScan => DomainError::ForeignScan,
            MergeError::Conflict { response } => DomainError::ResponseConflict { response },
            MergeError::Content(e) => e.into(),
        }
    }
}

/// Trims and checks a single line of text. `required` rejects empty text.
pub fn line(field: Field, text: &str, required: bool) -> Result<String, DomainError> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err(DomainError::Empty(field));
    }
    check(field, text, MAX_NAME_CHARS, false)?;
    Ok(text.to_string())
}

/// Trims and checks a multi-line text (line breaks and tabs allowed).
pub fn multiline(field: Field, text: &str, max: usize) -> Result<String, DomainError> {
    let text = text.trim();
    check(field, text, max, true)?;
    Ok(text.to_string())
}

fn check(field: Field, text: &str, max: usize, multiline: bool) -> Result<(), DomainError> {
    if text.chars().count() > max {
        return Err(DomainError::TooLong { field, max });
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t' || c == '\r')))
    {
        return Err(DomainError::ControlCharacters(field));
    }
    if looks_like_markup(text) {
        return Err(DomainError::Markup(field));
    }
    Ok(())
}

/// True when the text contains something a browser would read as an HTML tag,
/// comment or processing instruction: `<` directly followed by a letter, `/`, `!` or `?`.
/// A lone `<` as in "leeftijd < 65" is fine.
pub fn looks_like_markup(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' {
            if let Some(&next) = chars.peek() {
                if next.is_alphabetic() || matches!(next, '/' | '!' | '?') {
                    return true;
                }
            }
        }
    }
    false
}

pub fn id(text: &str) -> Result<(), DomainError> {
    if text.is_empty()
        || text.len() > MAX_ID_CHARS
        || !text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(DomainError::BadId);
    }
    Ok(())
}

/// An empty date or a real calendar date written as YYYY-MM-DD.
pub fn date(text: &str) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let (year, month, day) = match (ok, digits(0..4), digits(5..7), digits(8..10)) {
        (true, Some(y), Some(m), Some(d)) => (y, m, d),
        _ => return Err(DomainError::BadDate),
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(DomainError::BadDate),
    };
    if year < 1900 || day == 0 || day > days {
        return Err(DomainError::BadDate);
    }
    Ok(text.to_string())
}

/// An ingrediënt id the Gespreksmodel knows.
pub fn ingredient(id: &str) -> Result<(), DomainError> {
    if content::nl().ingredient(id).is_some() {
        Ok(())
    } else {
        Err(DomainError::UnknownIngredient)
    }
}

pub fn minutes(value: u32) -> Result<u32, DomainError> {
    if value > MAX_MINUTES {
        return Err(DomainError::Minutes { max: MAX_MINUTES });
    }
    Ok(value)
}

pub fn note(text: &str) -> Result<String, DomainError> {
    multiline(Field::Note, text, MAX_NOTE_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_recognised_but_comparisons_are_not() {
        assert!(looks_like_markup("<script>alert(1)</script>"));
        assert!(looks_like_markup("hallo <img src=x onerror=alert(1)>"));
        assert!(looks_like_markup("</div>"));
        assert!(looks_like_markup("<!-- x -->"));
        assert!(!looks_like_markup("leeftijd < 65 jaar"));
        assert!(!looks_like_markup("a<5 en b>3"));
        assert!(!looks_like_markup("Zorg & Welzijn > alles"));
    }

    #[test]
    fn line_trims_and_limits() {
        assert_eq!(
            line(Field::Name, "  Buurtnetwerk  ", true).unwrap(),
            "Buurtnetwerk"
        );
        assert_eq!(
            line(Field::Name, "   ", true),
            Err(DomainError::Empty(Field::Name))
        );
        assert_eq!(line(Field::PartnerName, "", false).unwrap(), "");
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            line(Field::Name, &long, true),
            Err(DomainError::TooLong {
                field: Field::Name,
                max: MAX_NAME_CHARS
            })
        );
        // Counting is by characters, not bytes.
        let accents = "ë".repeat(MAX_NAME_CHARS);
        assert!(line(Field::Name, &accents, true).is_ok());
    }

    #[test]
    fn control_characters_are_refused_except_line_breaks_in_multiline() {
        assert_eq!(
            line(Field::Name, "a\u{0}b", true),
            Err(DomainError::ControlCharacters(Field::Name))
        );
        assert_eq!(
            line(Field::Name, "a\nb", true),
            Err(DomainError::ControlCharacters(Field::Name))
        );
        assert!(multiline(Field::Opgave, "regel 1\nregel 2\tmet tab", 100).is_ok());
        assert_eq!(
            multiline(Field::Opgave, "a\u{7}", 100),
            Err(DomainError::ControlCharacters(Field::Opgave))
        );
    }

    #[test]
    fn dates_are_empty_or_real_calendar_dates() {
        assert_eq!(date(" 2026-11-23 "), Ok("2026-11-23".into()));
        assert_eq!(date(""), Ok(String::new()));
        assert_eq!(date("2028-02-29"), Ok("2028-02-29".into()));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-04-31",
            "23-11-2026",
            "2026-1-5",
            "abcd-ef-gh",
            "2026-11-2३",
        ] {
            assert_eq!(date(bad), Err(DomainError::BadDate), "{bad}");
        }
    }

    #[test]
    fn ingredient_ids_come_from_the_content() {
        assert!(ingredient("openheid-en-vertrouwen").is_ok());
        assert_eq!(
            ingredient("bestaat-niet"),
            Err(DomainError::UnknownIngredient)
        );
    }

    #[test]
    fn ids_are_restricted() {
        assert!(id("sw-1a2b").is_ok());
        assert_eq!(id(""), Err(DomainError::BadId));
        assert_eq!(id("SW"), Err(DomainError::BadId));
        assert_eq!(id("a b"), Err(DomainError::BadId));
        assert_eq!(id("<x>"), Err(DomainError::BadId));
        assert_eq!(id(&"a".repeat(65)), Err(DomainError::BadId));
    }
}
