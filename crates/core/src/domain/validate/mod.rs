//! Rules for the text and ids a user or a file may bring in.
//!
//! The checks of whole records (a partner, a bijeenkomst, a werkblad …) take every field by
//! name in a pattern without `..` and build the checked record from the parts, so a field
//! added to a type does not compile until it is checked (or knowingly passed on) here.

use super::content;
use super::meeting::{Actie, AgendaItem, Besluit, Bijeenkomst, Checks, PhaseError, Status, Timer};
use super::model::{Partner, Samenwerking};
use super::scan::{self, MergeError, Scan, ScanError};
use super::werkblad::{self, AnswerError, Key, Rij, Template, Werkblad};

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
    Phase(PhaseError),
    /// The vorm (BOB/BARB) and agenda are fixed once the meeting has started.
    MeetingStarted,
    /// A stored meeting whose phase does not fit its status or vorm.
    PhaseMismatch,
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
    /// No Eisenhower topic is urgent and important or important: nothing for the actielijst.
    NothingForActies,
    /// A werkblad of a kind (template) this version of the app does not know.
    UnknownTemplate,
    TooManyWerkbladen {
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

/// Checks and normalises a partner.
pub fn partner(p: &Partner) -> Result<Partner, DomainError> {
    let Partner {
        id: partner_id,
        name,
        organisation,
        kind,
        ring,
    } = p;
    id(partner_id)?;
    let name = line(Field::PartnerName, name, false)?;
    let organisation = line(Field::PartnerOrganisation, organisation, false)?;
    if name.is_empty() && organisation.is_empty() {
        return Err(DomainError::PartnerWithoutName);
    }
    Ok(Partner {
        id: partner_id.clone(),
        name,
        organisation,
        // Enums: every value is valid.
        kind: *kind,
        ring: *ring,
    })
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

fn agenda_item(item: &AgendaItem) -> Result<AgendaItem, DomainError> {
    let AgendaItem {
        ingredient: about,
        notes,
        checks: answers,
        achterban_vragen,
        achterban,
    } = item;
    ingredient(about)?;
    let notes = notes
        .iter()
        .map(|(phase, text)| Ok((*phase, note(text)?)))
        .collect::<Result<_, DomainError>>()?;
    let achterban_vragen = multiline(Field::AchterbanVragen, achterban_vragen, MAX_TEXT_CHARS)?;
    let achterban = achterban
        .iter()
        .map(|(group, text)| {
            line(Field::AchterbanAntwoord, group, true)?;
            let text = multiline(Field::AchterbanAntwoord, text, MAX_TEXT_CHARS)?;
            Ok((group.clone(), text))
        })
        .collect::<Result<_, DomainError>>()?;
    Ok(AgendaItem {
        ingredient: about.clone(),
        notes,
        checks: checks(answers)?,
        achterban_vragen,
        achterban,
    })
}

fn checks(c: &Checks) -> Result<Checks, DomainError> {
    let Checks {
        besproken,
        gehoord,
        besloten,
        niet_aan_boord,
    } = c;
    for partner in niet_aan_boord {
        id(partner)?;
    }
    Ok(Checks {
        // Enums: every answer is valid.
        besproken: *besproken,
        gehoord: *gehoord,
        besloten: *besloten,
        niet_aan_boord: niet_aan_boord.clone(),
    })
}

pub fn besluit(b: &Besluit) -> Result<Besluit, DomainError> {
    let Besluit {
        id: besluit_id,
        ingredient: about,
        text,
    } = b;
    id(besluit_id)?;
    if let Some(i) = about {
        ingredient(i)?;
    }
    let text = multiline(Field::Besluit, text, MAX_TEXT_CHARS)?;
    if text.is_empty() {
        return Err(DomainError::Empty(Field::Besluit));
    }
    Ok(Besluit {
        id: besluit_id.clone(),
        ingredient: about.clone(),
        text,
    })
}

pub fn actie(a: &Actie) -> Result<Actie, DomainError> {
    let Actie {
        id: actie_id,
        wat,
        wie,
        wanneer,
        status,
        ingredient: about,
        bijeenkomst: agreed_in,
    } = a;
    id(actie_id)?;
    id(agreed_in)?;
    if let Some(i) = about {
        ingredient(i)?;
    }
    let wat = multiline(Field::ActieWat, wat, MAX_ACTIE_CHARS)?;
    if wat.is_empty() {
        return Err(DomainError::ActieWithoutWat);
    }
    Ok(Actie {
        id: actie_id.clone(),
        wat,
        wie: line(Field::ActieWie, wie, false)?,
        wanneer: line(Field::ActieWanneer, wanneer, false)?,
        status: *status,
        ingredient: about.clone(),
        bijeenkomst: agreed_in.clone(),
    })
}

/// Checks a whole meeting as it comes from a file or storage.
pub fn bijeenkomst(b: &Bijeenkomst) -> Result<Bijeenkomst, DomainError> {
    let Bijeenkomst {
        id: bijeenkomst_id,
        date: day,
        place,
        attendees,
        vorm,
        minutes: planned,
        agenda,
        status,
        phase,
        timer,
        besluiten,
        scan,
        created_ms,
        updated_ms,
    } = b;
    id(bijeenkomst_id)?;
    if let Some(scan) = scan {
        id(scan)?;
    }
    let day = date(day)?;
    let place = line(Field::Place, place, false)?;
    for partner in attendees {
        id(partner)?;
    }
    for value in planned.values() {
        minutes(*value)?;
    }
    let mut items: Vec<AgendaItem> = Vec::with_capacity(agenda.len());
    for item in agenda {
        if items.iter().any(|i| i.ingredient == item.ingredient) {
            return Err(DomainError::UnknownIngredient);
        }
        items.push(agenda_item(item)?);
    }
    let besluiten = besluiten.iter().map(besluit).collect::<Result<_, _>>()?;
    // The phase must fit the status and the vorm.
    let phase_ok = match (status, phase) {
        (Status::Gepland, None) => true,
        (Status::Gepland, Some(_)) => false,
        (_, Some(p)) => vorm.phases().contains(p),
        (_, None) => false,
    };
    if !phase_ok {
        return Err(DomainError::PhaseMismatch);
    }
    // Any time is a valid time (a clock that was set wrong only makes the countdown odd).
    let Timer {
        elapsed_ms,
        running_since_ms,
    } = timer;
    Ok(Bijeenkomst {
        id: bijeenkomst_id.clone(),
        date: day,
        place,
        attendees: attendees.clone(),
        vorm: *vorm,
        minutes: planned.clone(),
        agenda: items,
        status: *status,
        phase: *phase,
        timer: Timer {
            elapsed_ms: *elapsed_ms,
            running_since_ms: *running_since_ms,
        },
        besluiten,
        scan: scan.clone(),
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}

/// Checks every scan of the samenwerking `owner`: each one valid ([`scan::validate_scan`]),
/// belonging to `owner` ([`DomainError::ForeignScan`]), ids unique, at most [`MAX_SCANS`].
fn scans_of(owner: &str, list: &[Scan]) -> Result<Vec<Scan>, DomainError> {
    if list.len() > MAX_SCANS {
        return Err(DomainError::TooManyScans { max: MAX_SCANS });
    }
    let mut checked: Vec<Scan> = Vec::with_capacity(list.len());
    for s in list {
        let s = scan::validate_scan(s)?;
        if s.samenwerking != owner {
            return Err(DomainError::ForeignScan);
        }
        if checked.iter().any(|c| c.id == s.id) {
            return Err(DomainError::DuplicateId);
        }
        checked.push(s);
    }
    Ok(checked)
}

/// Checks an answer for `key` on a werkblad of `template` and returns the value to store
/// (text trimmed; empty clears the answer).
pub fn answer(template: &Template, key: &Key, value: &str) -> Result<String, DomainError> {
    let block = template.block(&key.block).ok_or(DomainError::BadAnswer)?;
    let value = if werkblad::is_text(block, key) {
        multiline(Field::Antwoord, value, MAX_TEXT_CHARS)?
    } else {
        value.trim().to_string()
    };
    werkblad::check_answer(template, key, &value)?;
    Ok(value)
}

/// Checks a row of a werkblad: its block takes rows (onderwerpen, regels), its text fits.
pub fn rij(template: &Template, r: &Rij) -> Result<Rij, DomainError> {
    let Rij {
        id: rij_id,
        block,
        text,
        urgent,
        belangrijk,
    } = r;
    id(rij_id)?;
    let kind = template.block(block).map(|b| b.kind);
    let topics = match kind {
        Some(werkblad::BlockKind::Onderwerpen) => true,
        Some(werkblad::BlockKind::Regels) => false,
        _ => return Err(DomainError::BadAnswer),
    };
    Ok(Rij {
        id: rij_id.clone(),
        block: block.clone(),
        text: multiline(Field::Onderwerp, text, MAX_ACTIE_CHARS)?,
        // Only topics are urgent or important; an own rule is just a rule.
        urgent: topics && *urgent,
        belangrijk: topics && *belangrijk,
    })
}

/// Checks a whole werkblad as it comes from a file or storage. Answers about partners that are
/// not (or no longer) in `partners` are dropped, as the app drops them when a partner goes.
pub fn werkblad(w: &Werkblad, partners: &[Partner]) -> Result<Werkblad, DomainError> {
    let Werkblad {
        id: werkblad_id,
        template: template_id,
        title,
        bijeenkomst,
        answers: given,
        rows: given_rows,
        created_ms,
        updated_ms,
    } = w;
    id(werkblad_id)?;
    if let Some(b) = bijeenkomst {
        id(b)?;
    }
    let template = werkblad::template(template_id).ok_or(DomainError::UnknownTemplate)?;
    let title = line(Field::Name, title, true)?;
    if given.len() > werkblad::MAX_ANSWERS {
        return Err(DomainError::TooManyAnswers {
            max: werkblad::MAX_ANSWERS,
        });
    }
    if given_rows.len() > werkblad::MAX_ROWS {
        return Err(DomainError::TooManyRows {
            max: werkblad::MAX_ROWS,
        });
    }
    let mut answers = std::collections::BTreeMap::new();
    for (k, v) in given {
        let key = Key::parse(k).ok_or(DomainError::BadAnswer)?;
        if key.text() != *k {
            return Err(DomainError::BadAnswer);
        }
        if let Some(p) = &key.partner {
            if !partners.iter().any(|q| q.id == *p) {
                continue;
            }
        }
        let value = answer(template, &key, v)?;
        if !value.is_empty() {
            answers.insert(k.clone(), value);
        }
    }
    let mut rows: Vec<Rij> = Vec::with_capacity(given_rows.len());
    for r in given_rows {
        let r = rij(template, r)?;
        if rows.iter().any(|q| q.id == r.id) {
            return Err(DomainError::DuplicateId);
        }
        rows.push(r);
    }
    Ok(Werkblad {
        id: werkblad_id.clone(),
        template: template_id.clone(),
        title,
        bijeenkomst: bijeenkomst.clone(),
        answers,
        rows,
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}

/// Checks a whole samenwerking as it comes from a file or storage. A bijeenkomst whose `scan`
/// names no scan of the samenwerking is refused with [`DomainError::NotFound`] (the app clears
/// that link when it deletes a scan, so only a damaged or hand-made file has one).
pub fn samenwerking(s: &Samenwerking) -> Result<Samenwerking, DomainError> {
    let Samenwerking {
        id: samenwerking_id,
        name,
        opgave,
        route,
        partners: given_partners,
        bijeenkomsten: given_bijeenkomsten,
        acties: given_acties,
        scans: given_scans,
        werkbladen: given_werkbladen,
        created_ms,
        updated_ms,
    } = s;
    id(samenwerking_id)?;
    let name = line(Field::Name, name, true)?;
    let opgave = multiline(Field::Opgave, opgave, MAX_OPGAVE_CHARS)?;
    if given_partners.len() > MAX_PARTNERS {
        return Err(DomainError::TooManyPartners { max: MAX_PARTNERS });
    }
    let mut partners: Vec<Partner> = Vec::with_capacity(given_partners.len());
    for p in given_partners {
        let p = partner(p)?;
        if partners.iter().any(|q| q.id == p.id) {
            return Err(DomainError::DuplicatePartner);
        }
        partners.push(p);
    }
    if given_bijeenkomsten.len() > MAX_BIJEENKOMSTEN {
        return Err(DomainError::TooManyBijeenkomsten {
            max: MAX_BIJEENKOMSTEN,
        });
    }
    let mut bijeenkomsten: Vec<Bijeenkomst> = Vec::with_capacity(given_bijeenkomsten.len());
    for b in given_bijeenkomsten {
        let b = bijeenkomst(b)?;
        if bijeenkomsten.iter().any(|c| c.id == b.id) {
            return Err(DomainError::DuplicateId);
        }
        bijeenkomsten.push(b);
    }
    if given_acties.len() > MAX_ACTIES {
        return Err(DomainError::TooManyActies { max: MAX_ACTIES });
    }
    let mut acties: Vec<Actie> = Vec::with_capacity(given_acties.len());
    for a in given_acties {
        let a = actie(a)?;
        if acties.iter().any(|c| c.id == a.id) {
            return Err(DomainError::DuplicateId);
        }
        acties.push(a);
    }
    let scans = scans_of(samenwerking_id, given_scans)?;
    for b in &bijeenkomsten {
        if let Some(scan) = &b.scan {
            if !scans.iter().any(|c| c.id == *scan) {
                return Err(DomainError::NotFound);
            }
        }
    }
    if given_werkbladen.len() > werkblad::MAX_WERKBLADEN {
        return Err(DomainError::TooManyWerkbladen {
            max: werkblad::MAX_WERKBLADEN,
        });
    }
    let mut werkbladen: Vec<Werkblad> = Vec::with_capacity(given_werkbladen.len());
    for w in given_werkbladen {
        let w = werkblad(w, &partners)?;
        if werkbladen.iter().any(|c| c.id == w.id) {
            return Err(DomainError::DuplicateId);
        }
        if let Some(b) = &w.bijeenkomst {
            if !bijeenkomsten.iter().any(|c| c.id == *b) {
                return Err(DomainError::NotFound);
            }
        }
        werkbladen.push(w);
    }
    Ok(Samenwerking {
        id: samenwerking_id.clone(),
        name,
        opgave,
        // An enum: every route is valid.
        route: *route,
        partners,
        bijeenkomsten,
        acties,
        scans,
        werkbladen,
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
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
