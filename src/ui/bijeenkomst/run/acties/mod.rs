//! Besluiten per ingrediënt and the acties: the open ones of earlier meetings, reviewed in
//! Beeldvorming, and "Wie gaat wat wanneer doen?" in Besluitvorming.
//!
//! Both are edited in place ("Bewerken": Enter or "Opslaan" saves, Esc or "Annuleren" keeps
//! what was there) through one command each
//! ([`BijeenkomstChange::EditBesluit`](crate::domain::BijeenkomstChange::EditBesluit),
//! [`ActieChange::Edit`](crate::domain::ActieChange::Edit)), so every edit is one undo step. Deleting says how to undo it and
//! moves focus to the next row's "Verwijderen", the previous one's, or the field to add one.
//! Each row reads its own data, so a change to one row (its status, an edit) never rebuilds the
//! list (nor takes focus); only adding or deleting a row does.
//!
//! The parts: `besluiten`, `open` (earlier meetings' acties), `actions` (this meeting's) and
//! `table` (the acties table both use); the focus and key helpers they share are here.

use leptos::prelude::*;

use crate::ui::state::focus_id;

mod actions;
mod besluiten;
mod open;
mod table;

pub(super) use actions::Actions;
pub(super) use besluiten::Besluiten;
pub(super) use open::OpenActions;

/// Moves focus to the element with this id once the page has been updated (after the
/// effects that add or remove rows have run).
fn focus_later(id: String) {
    set_timeout(move || focus_id(&id), std::time::Duration::ZERO);
}

/// Where focus goes when the row `id` of `list` is deleted: the next row's control, else the
/// previous row's, else `fallback`.
fn focus_after_removal(
    list: &[String],
    id: &str,
    control: impl Fn(&str) -> String,
    fallback: &str,
) -> String {
    let at = list.iter().position(|x| x == id);
    at.and_then(|at| {
        list.get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|p| list.get(p)))
    })
    .map(|x| control(x))
    .unwrap_or_else(|| fallback.to_string())
}

/// The 1-based place of `id` in `list` (0 when it is gone).
fn place_of(list: &[String], id: &str) -> usize {
    list.iter().position(|x| x == id).map_or(0, |p| p + 1)
}

/// Enter saves and Escape cancels in a one-line field of an edit. The listener sits on the
/// field itself (the app does not delegate events), so stopping Escape there keeps it from
/// also closing the presentation mode, whose listener is on the window.
fn edit_keys(ev: &leptos::ev::KeyboardEvent, save: impl Fn(), cancel: impl Fn()) {
    match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            save();
        }
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            cancel();
        }
        _ => {}
    }
}
