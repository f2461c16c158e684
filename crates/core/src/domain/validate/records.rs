//! The checks of whole records as they come from a file, from storage or from a command: a
//! partner, a bijeenkomst with its agenda, besluiten and timer, an actie, a werkblad with its
//! answers and rows, and a whole samenwerking.
//!
//! Each check takes every field by name in a pattern without `..` and builds the checked record
//! from the parts, so a field added to a type does not compile until it is checked (or
//! knowingly passed on) here.

use super::{
    date, id, ingredient, line, minutes, multiline, note, DomainError, Field, MAX_ACTIES,
    MAX_ACTIE_CHARS, MAX_BIJEENKOMSTEN, MAX_OPGAVE_CHARS, MAX_PARTNERS, MAX_PROGRAMMA, MAX_SCANS,
    MAX_TEXT_CHARS,
};
use crate::domain::bijeenkomst::{
    Actie, ActieStand, AgendaItem, Besluit, Bijeenkomst, Checks, ProgrammaOnderdeel, Status, Timer,
};
use crate::domain::model::{Partner, Samenwerking};
use crate::domain::monitoring::{LeerlogEntry, MAX_LEERLOG};
use crate::domain::scan::{self, Scan};
use crate::domain::werkblad::{self, Key, Rij, Template, Werkblad};

use super::monitoring::{doelen_of, leerlog_entry};

/// Checks and normalises a partner.
pub fn partner(p: &Partner) -> Result<Partner, DomainError> {
    let Partner {
        id: partner_id,
        name,
        organisation,
        kind,
        ring,
        joined,
        left,
    } = p;
    id(partner_id)?;
    let joined = date(joined)?;
    let left = date(left)?;
    if !joined.is_empty() && !left.is_empty() && left < joined {
        return Err(DomainError::BadDate);
    }
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
        joined,
        left,
    })
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
        acties_bij_afronding,
        programma,
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
        (_, Some(p)) => vorm.fasen().contains(p),
        (_, None) => false,
    };
    if !phase_ok {
        return Err(DomainError::FaseMismatch);
    }
    // The acties as they stood at the close: only for a closed meeting, ids well-formed and
    // unique. An id may name an actie deleted since (the verslag then leaves it out).
    if let Some(list) = acties_bij_afronding {
        if *status != Status::Afgerond {
            return Err(DomainError::FaseMismatch);
        }
        if list.len() > MAX_ACTIES {
            return Err(DomainError::TooManyActies { max: MAX_ACTIES });
        }
        for (n, stand) in list.iter().enumerate() {
            let ActieStand { actie, status: _ } = stand;
            id(actie)?;
            if list[..n].iter().any(|x| x.actie == *actie) {
                return Err(DomainError::DuplicateId);
            }
        }
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
        acties_bij_afronding: acties_bij_afronding.clone(),
        programma: programma_of(programma)?,
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}

/// Checks a meeting's programme: at most [`MAX_PROGRAMMA`] steps, ids unique, titles one line,
/// minutes within [`minutes`]. A werkblad link is only checked to be an id: a step whose
/// werkblad is gone shows without a link.
pub fn programma_of(list: &[ProgrammaOnderdeel]) -> Result<Vec<ProgrammaOnderdeel>, DomainError> {
    if list.len() > MAX_PROGRAMMA {
        return Err(DomainError::TooManyOnderdelen { max: MAX_PROGRAMMA });
    }
    let mut checked: Vec<ProgrammaOnderdeel> = Vec::with_capacity(list.len());
    for step in list {
        let ProgrammaOnderdeel {
            id: step_id,
            title,
            minutes: planned,
            werkblad,
        } = step;
        id(step_id)?;
        if checked.iter().any(|c| c.id == *step_id) {
            return Err(DomainError::DuplicateId);
        }
        if let Some(w) = werkblad {
            id(w)?;
        }
        checked.push(ProgrammaOnderdeel {
            id: step_id.clone(),
            title: line(Field::Programma, title, true)?,
            minutes: minutes(*planned)?,
            werkblad: werkblad.clone(),
        });
    }
    Ok(checked)
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
        doelen: given_doelen,
        leerlog: given_leerlog,
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
    let doelen = doelen_of(given_doelen, &werkbladen)?;
    if given_leerlog.len() > MAX_LEERLOG {
        return Err(DomainError::TooManyLeerlog { max: MAX_LEERLOG });
    }
    let mut leerlog: Vec<LeerlogEntry> = Vec::with_capacity(given_leerlog.len());
    for e in given_leerlog {
        let e = leerlog_entry(e)?;
        if leerlog.iter().any(|c| c.id == e.id) {
            return Err(DomainError::DuplicateId);
        }
        // Links name what is there (the app clears them when it deletes what they name).
        let dangling = e
            .werkblad
            .as_ref()
            .is_some_and(|w| !werkbladen.iter().any(|c| c.id == *w))
            || e.bijeenkomst
                .as_ref()
                .is_some_and(|b| !bijeenkomsten.iter().any(|c| c.id == *b))
            || e.indicator.as_ref().is_some_and(|i| {
                !doelen
                    .iter()
                    .any(|d| d.indicatoren.iter().any(|c| c.id == *i))
            });
        if dangling {
            return Err(DomainError::NotFound);
        }
        leerlog.push(e);
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
        doelen,
        leerlog,
        created_ms: *created_ms,
        updated_ms: *updated_ms,
    })
}
