//! Rules for the text and ids a user or a file may bring in.

use super::model::{Partner, Samenwerking};

pub const MAX_NAME_CHARS: usize = 120;
pub const MAX_OPGAVE_CHARS: usize = 2000;
pub const MAX_PARTNERS: usize = 500;
pub const MAX_ID_CHARS: usize = 64;

/// Which piece of text a validation message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Opgave,
    PartnerName,
    PartnerOrganisation,
    Id,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// No samenwerking (or partner) with this id.
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
    id(&p.id)?;
    let name = line(Field::PartnerName, &p.name, false)?;
    let organisation = line(Field::PartnerOrganisation, &p.organisation, false)?;
    if name.is_empty() && organisation.is_empty() {
        return Err(DomainError::PartnerWithoutName);
    }
    Ok(Partner {
        id: p.id.clone(),
        name,
        organisation,
        kind: p.kind,
        ring: p.ring,
    })
}

/// Checks a whole samenwerking as it comes from a file or storage.
pub fn samenwerking(s: &Samenwerking) -> Result<Samenwerking, DomainError> {
    id(&s.id)?;
    let name = line(Field::Name, &s.name, true)?;
    let opgave = multiline(Field::Opgave, &s.opgave, MAX_OPGAVE_CHARS)?;
    if s.partners.len() > MAX_PARTNERS {
        return Err(DomainError::TooManyPartners { max: MAX_PARTNERS });
    }
    let mut partners: Vec<Partner> = Vec::with_capacity(s.partners.len());
    for p in &s.partners {
        let p = partner(p)?;
        if partners.iter().any(|q| q.id == p.id) {
            return Err(DomainError::DuplicatePartner);
        }
        partners.push(p);
    }
    Ok(Samenwerking {
        id: s.id.clone(),
        name,
        opgave,
        route: s.route,
        partners,
        created_ms: s.created_ms,
        updated_ms: s.updated_ms,
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
    fn ids_are_restricted() {
        assert!(id("sw-1a2b").is_ok());
        assert_eq!(id(""), Err(DomainError::BadId));
        assert_eq!(id("SW"), Err(DomainError::BadId));
        assert_eq!(id("a b"), Err(DomainError::BadId));
        assert_eq!(id("<x>"), Err(DomainError::BadId));
        assert_eq!(id(&"a".repeat(65)), Err(DomainError::BadId));
    }
}
