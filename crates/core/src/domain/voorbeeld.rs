//! The example samenwerking ("Bekijk een voorbeeld"): a realistic, filled-in samenwerking that a
//! new facilitator can open to see what the app does, and remove again in one click.
//!
//! **How it is recognised.** By its id, [`ID`] (`voorbeeld`), reserved for it: the app makes its
//! own ids as `sw-…`, [`Command::Create`] and [`Command::Import`] refuse the reserved id, and an
//! imported file that carries it gets a fresh id first ([`imported`]), so a file can never pass
//! itself off as the example (and so be left out of "Exporteer al mijn werk" or be removed
//! without a question). Only [`Command::CreateVoorbeeld`] makes it. No stored field is added.
//!
//! **Where it comes from.** A data file, `content/voorbeeld.nl.json`, in the samenwerking file
//! format: the app loads it on demand (it is not compiled into the wasm, see `ui::content`) and
//! reads it with the same reader as an imported file ([`file::import`]: checked like any file).
//! Its times are counted from the moment it was made, [`REFERENCE`]; [`place`] moves them to
//! `now`, so the example always looks recent, and the same data and `now` give the same
//! samenwerking. The file is made by the host tests' builder (`crates/core/tests/voorbeeld/
//! builder.rs`), only through [`Command`]s, so it fits the current model; a host test keeps the
//! two the same.

use super::file;
use super::model::{Millis, Samenwerking};
use super::validate::{self, DomainError};

/// The reserved id of the example samenwerking.
pub const ID: &str = "voorbeeld";
/// Its name as created (the user may rename it; it stays the example by its id).
pub const NAME: &str = "Voorbeeld: Samen ouder worden in Ommen";
/// The moment `content/voorbeeld.nl.json` was made (27 November 2026, 08:00 UTC): its times
/// are counted from here.
pub const REFERENCE: Millis = 1_795_766_400_000;

/// Whether `id` is the example's reserved id.
pub fn is_voorbeeld(id: &str) -> bool {
    id == ID
}

/// An imported samenwerking as it may be added: one that carries the example's reserved id
/// (an exported example, or a file made to look like one) gets `new_id` and becomes an ordinary
/// samenwerking of the user's own. Anything else is returned unchanged.
pub fn imported(mut samenwerking: Samenwerking, new_id: &str) -> Samenwerking {
    if is_voorbeeld(&samenwerking.id) {
        samenwerking.id = new_id.to_string();
        for scan in &mut samenwerking.scans {
            scan.samenwerking = new_id.to_string();
        }
    }
    samenwerking
}

/// Reads the example's data file (the file format's own reader, without the checks that need the
/// worksheets): whether the text is the example at all.
pub fn parse(text: &str) -> Result<Samenwerking, file::ImportError> {
    let s = file::read(text)?;
    if !is_voorbeeld(&s.id) {
        return Err(file::ImportError::Content(DomainError::NotFound));
    }
    Ok(s)
}

/// The example as added at `now`: `data` (read from its data file) checked like an imported
/// samenwerking, and every moment in it moved by `now - REFERENCE` (its dates by as many
/// calendar days), so its meetings and scans lie in the weeks before `now`.
pub fn place(data: &Samenwerking, now: Millis) -> Result<Samenwerking, DomainError> {
    if !is_voorbeeld(&data.id) {
        return Err(DomainError::NotFound);
    }
    let mut s = validate::samenwerking(data)?;
    let shift = now as i64 - REFERENCE as i64;
    let days = crate::report::dates::days_between(REFERENCE, now);
    let at = |ms: &mut Millis| *ms = (*ms as i64 + shift).max(0) as Millis;
    let on = |date: &mut String| {
        if let Some(moved) = crate::report::dates::add_days(date, days) {
            *date = moved;
        }
    };
    at(&mut s.created_ms);
    at(&mut s.updated_ms);
    for b in &mut s.bijeenkomsten {
        at(&mut b.created_ms);
        at(&mut b.updated_ms);
        on(&mut b.date);
        if let Some(since) = &mut b.timer.running_since_ms {
            at(since);
        }
    }
    for a in &mut s.acties {
        on(&mut a.wanneer);
    }
    for scan in &mut s.scans {
        at(&mut scan.created_ms);
        for r in &mut scan.responses {
            at(&mut r.submitted_ms);
        }
    }
    for w in &mut s.werkbladen {
        at(&mut w.created_ms);
        at(&mut w.updated_ms);
    }
    Ok(s)
}
