//! Werkbladen: one generic page shows every worksheet from its content data
//! (`content/werkbladen.nl.json`), block by block ([`blocks`]). The same page, without a
//! worksheet behind it, is the empty form to print for groups without devices.

mod blocks;
mod list;

use leptos::prelude::*;

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::werkblad::{self, Key, Rij, Template, Werkblad};
use crate::domain::{Command, Partner, WerkbladChange};
use crate::i18n::{fill, t};
use crate::report::dates::meeting_date;

use super::bijeenkomst::print_page;
use super::content::{werkbladen, NeedsContent};
use super::scan::Confirm;
use super::state::{use_app_state, AppState, Screen};

pub use list::Werkbladen;

/// For `Memo::new_owning`: the new value when there is one (changed), else the old one (or an
/// empty one the first time).
fn keep_or<T: Default>(old: Option<T>, next: Option<T>) -> (T, bool) {
    match (next, old) {
        (Some(next), _) => (next, true),
        (None, Some(old)) => (old, false),
        (None, None) => (T::default(), true),
    }
}

/// The worksheet on screen. In `blank` mode (the empty form) nothing is read or stored.
///
/// The memos are made once per page and shared by every block. Typing changes the workspace on
/// every key, so what most views depend on is narrowed down first: `choices` (the ja/nee,
/// ticks, scores and levels) and `answered` (which questions have an answer) stay equal while
/// someone types in a text field, so thousands of derived views do not run again per key.
#[derive(Clone)]
pub struct Sheet {
    pub samenwerking: String,
    pub werkblad: String,
    pub template: &'static Template,
    pub blank: bool,
    /// The rows the group added (topics, own rules), as they change.
    pub rows: Memo<Vec<Rij>>,
    /// The answers that are not free text, by key.
    pub choices: Memo<BTreeMap<String, String>>,
    /// The keys of every answer except notes.
    pub answered: Memo<BTreeSet<String>>,
    pub partners: Memo<Vec<Partner>>,
    state: AppState,
}

impl Sheet {
    fn new(
        state: AppState,
        samenwerking: String,
        werkblad: String,
        template: &'static Template,
        blank: bool,
    ) -> Sheet {
        // Each memo reads the worksheet in the workspace and keeps only its part: no copy of
        // the whole worksheet per key typed.
        let (sw, id) = (samenwerking.clone(), werkblad.clone());
        let read = move |f: &mut dyn FnMut(&Werkblad)| {
            if !blank {
                state.workspace.with(|ws| {
                    if let Some(w) = ws.get(&sw).and_then(|s| s.werkblad(&id)) {
                        f(w);
                    }
                });
            }
        };
        // Blocks whose answers are free text; a note is `….toelichting[@partner]`. Plain string
        // checks, no parsing: these run on every key typed.
        let text_blocks: Vec<&'static str> = template
            .blocks
            .iter()
            .filter(|b| b.kind == werkblad::BlockKind::Vragen)
            .map(|b| b.id.as_str())
            .collect();
        let is_note = Key::is_note;
        let is_choice = move |k: &str| {
            let block = k.split('.').next().unwrap_or_default();
            !is_note(k) && !text_blocks.contains(&block)
        };
        // `new_owning`: each memo first compares what it would hold with what it holds, in
        // place; only a real change (a click, an answer given or cleared) makes a new copy.
        let (read_rows, read_choices) = (read.clone(), read.clone());
        let rows = Memo::new_owning(move |old: Option<Vec<Rij>>| {
            let mut next = None;
            read_rows(&mut |w| {
                if old.as_deref() != Some(w.rows.as_slice()) {
                    next = Some(w.rows.clone());
                }
            });
            keep_or(old, next)
        });
        let choices = Memo::new_owning(move |old: Option<BTreeMap<String, String>>| {
            let mut next = None;
            read_choices(&mut |w| {
                let now = w.answers.iter().filter(|(k, _)| is_choice(k));
                if !old.as_ref().is_some_and(|o| now.clone().eq(o.iter())) {
                    next = Some(now.map(|(k, v)| (k.clone(), v.clone())).collect());
                }
            });
            keep_or(old, next)
        });
        let answered = Memo::new_owning(move |old: Option<BTreeSet<String>>| {
            let mut next = None;
            read(&mut |w| {
                let now = w.answers.keys().filter(|k| !is_note(k));
                if !old.as_ref().is_some_and(|o| now.clone().eq(o.iter())) {
                    next = Some(now.cloned().collect());
                }
            });
            keep_or(old, next)
        });
        let sw = samenwerking.clone();
        let partners = Memo::new_owning(move |old: Option<Vec<Partner>>| {
            let mut next = None;
            if !blank {
                state.workspace.with(|ws| {
                    if let Some(s) = ws.get(&sw) {
                        if old.as_deref() != Some(s.partners.as_slice()) {
                            next = Some(s.partners.clone());
                        }
                    }
                });
            }
            keep_or(old, next)
        });
        Sheet {
            samenwerking,
            werkblad,
            template,
            blank,
            rows,
            choices,
            answered,
            partners,
            state,
        }
    }

    /// Sends a change of this worksheet through the one dispatch path (never in blank mode).
    fn change(&self, change: WerkbladChange) {
        if !self.blank {
            let _ = self.state.dispatch(Command::Werkblad {
                samenwerking: self.samenwerking.clone(),
                change,
            });
        }
    }

    /// Sets the answer at the key text `key` (empty clears it).
    fn set(&self, key: &str, value: String) {
        self.change(WerkbladChange::Set {
            werkblad: self.werkblad.clone(),
            key: key.to_string(),
            value,
        });
    }

    /// The samenwerking's meetings in date order, as (id, date as shown), for a choice.
    fn meetings(&self) -> Vec<(String, String)> {
        self.state.workspace.with_untracked(|ws| {
            ws.get(&self.samenwerking)
                .map(|s| {
                    crate::domain::bijeenkomst::chronological(&s.bijeenkomsten)
                        .into_iter()
                        .map(|b| (b.id.clone(), meeting_date(t(), &b.date)))
                        .collect()
                })
                .unwrap_or_default()
        })
    }

    /// The stored worksheet, without subscribing (fields show what is stored when they appear).
    fn stored(&self) -> Option<Werkblad> {
        if self.blank {
            return None;
        }
        self.state.workspace.with_untracked(|ws| {
            ws.get(&self.samenwerking)
                .and_then(|s| s.werkblad(&self.werkblad))
                .cloned()
        })
    }

    /// A choice (not free text) at `key`, or "".
    fn choice(&self, key: &str) -> String {
        self.choices
            .with(|c| c.get(key).cloned())
            .unwrap_or_default()
    }
}

/// A worksheet's page, once the worksheets are loaded.
#[component]
pub fn WerkbladPage(samenwerking: String, werkblad: String) -> impl IntoView {
    let (samenwerking, werkblad) = (StoredValue::new(samenwerking), StoredValue::new(werkblad));
    view! {
        <NeedsContent id=werkbladen() heading=t().werkblad.title>
            <WerkbladLoaded samenwerking=samenwerking.get_value() werkblad=werkblad.get_value() />
        </NeedsContent>
    }
}

/// The empty form of `template`, to print, once the worksheets are loaded.
#[component]
pub fn FormulierPage(samenwerking: String, template: String) -> impl IntoView {
    let (samenwerking, template) = (StoredValue::new(samenwerking), StoredValue::new(template));
    view! {
        <NeedsContent id=werkbladen() heading=t().werkblad.title>
            <FormulierLoaded samenwerking=samenwerking.get_value() template=template.get_value() />
        </NeedsContent>
    }
}

#[component]
fn WerkbladLoaded(samenwerking: String, werkblad: String) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let (sw, id) = (samenwerking.clone(), werkblad.clone());
    let found = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&sw).and_then(|s| {
                let w = s.werkblad(&id)?;
                let template = werkblad::template(&w.template)?;
                Some((s.name.clone(), w.shown_title(), template))
            })
        })
    });
    let back = Screen::Samenwerking(samenwerking.clone()).hash();
    // The page is built once for the worksheet's template; a missing worksheet shows a line.
    let template = found.with_untracked(|f| f.as_ref().map(|f| f.2));
    let body = template.map(|template| {
        let sheet = Sheet::new(
            state,
            samenwerking.clone(),
            werkblad.clone(),
            template,
            false,
        );
        view! {
            <Details sheet=sheet.clone() />
            <Body sheet=sheet.clone() />
            <Delete sheet=sheet />
        }
    });
    view! {
        <p class="breadcrumb">
            <a href=back>
                {"← "}
                {move || found.with(|f| f.as_ref().map(|f| f.0.clone()).unwrap_or_default())}
            </a>
        </p>
        <h1 id="paginatitel" tabindex="-1">
            {wt.title}
            {move || found.with(|f| f.as_ref().map(|f| format!(": {}", f.1)).unwrap_or_default())}
        </h1>
        <p hidden=move || found.with(Option::is_some)>{wt.not_found}</p>
        {body}
    }
}

#[component]
fn FormulierLoaded(samenwerking: String, template: String) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let back = Screen::Samenwerking(samenwerking.clone()).hash();
    let Some(template) = werkblad::template(&template) else {
        return view! {
            <p class="breadcrumb">
                <a href=back>{"← "}{t().nav_samenwerkingen}</a>
            </p>
            <h1 id="paginatitel" tabindex="-1">
                {wt.title}
            </h1>
            <p>{wt.not_found}</p>
        }
        .into_any();
    };
    let sheet = Sheet::new(state, samenwerking, String::new(), template, true);
    view! {
        <p class="breadcrumb no-print">
            <a href=back>{"← "}{t().nav_samenwerkingen}</a>
        </p>
        <h1 id="paginatitel" tabindex="-1">
            {fill(wt.blank_title, &[("title", &template.title)])}
        </h1>
        <p class="no-print">
            <button type="button" class="primary" on:click=move |_| print_page(&state)>
                {wt.print}
            </button>
        </p>
        <Body sheet=sheet />
    }
    .into_any()
}

/// Title, the verslag it belongs to, print.
#[component]
fn Details(sheet: Sheet) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let stored = sheet.stored();
    let title = stored.as_ref().map(|w| w.shown_title()).unwrap_or_default();
    let linked = stored.and_then(|w| w.bijeenkomst).unwrap_or_default();
    let meetings = sheet.meetings();
    let (rename, link) = (sheet.clone(), sheet.clone());
    let id = sheet.werkblad.clone();
    let blank_href = Screen::Formulier {
        samenwerking: sheet.samenwerking.clone(),
        template: sheet.template.id.clone(),
    }
    .hash();
    let options = meetings
        .into_iter()
        .map(|(id, label)| {
            let selected = id == linked;
            view! {
                <option value=id selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="card no-print" aria-labelledby="wb-over-kop">
            <h2 id="wb-over-kop">{wt.details_heading}</h2>
            <p class="hint">{fill(wt.source, &[("section", &sheet.template.section)])}</p>
            <label for="wb-titel">{wt.title_label}</label>
            <input
                id="wb-titel"
                type="text"
                autocomplete="off"
                required
                maxlength="120"
                value=title
                on:input=move |ev| {
                    rename
                        .change(WerkbladChange::Rename {
                            werkblad: rename.werkblad.clone(),
                            title: event_target_value(&ev),
                        })
                }
            />
            <label for="wb-bijeenkomst">{wt.link_label}</label>
            <p class="hint" id="wb-bijeenkomst-hint">
                {wt.link_hint}
            </p>
            <select
                id="wb-bijeenkomst"
                aria-describedby="wb-bijeenkomst-hint"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    link.change(WerkbladChange::Link {
                        werkblad: id.clone(),
                        bijeenkomst: (!value.is_empty()).then_some(value),
                    });
                }
            >
                <option value="" selected=linked.is_empty()>
                    {wt.link_none}
                </option>
                {options}
            </select>
            <p class="actions">
                <button type="button" id="wb-afdrukken" on:click=move |_| print_page(&state)>
                    {wt.print}
                </button>
                <a href=blank_href>{wt.print_blank}</a>
            </p>
        </section>
    }
}

/// The worksheet itself: its introduction and every block.
#[component]
fn Body(sheet: Sheet) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let template = sheet.template;
    let (sw, id, answered) = (
        sheet.samenwerking.clone(),
        sheet.werkblad.clone(),
        sheet.answered,
    );
    // Counted again only when a question gets or loses its answer, not per key typed.
    let route_of = sheet.samenwerking.clone();
    let route = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&route_of).and_then(|s| s.route))
    });
    let partners = sheet.partners;
    let progress = Memo::new(move |_| {
        answered.track();
        route.track();
        partners.track();
        let (done, total) = state.workspace.with_untracked(|ws| {
            let s = ws.get(&sw)?;
            Some(werkblad::progress(template, s.werkblad(&id)?, s))
        })?;
        Some(wt.progress.with(total, &[("done", &done.to_string())]))
    });
    // A block whose questions moved to a werkblad of their own shows only while it holds
    // answers given before (never on the empty form).
    let stored = sheet.stored();
    let blocks = template
        .blocks
        .iter()
        .filter(|block| block.shown(stored.as_ref()))
        .map(|block| view! { <blocks::BlockView sheet=sheet.clone() block=block /> })
        .collect_view();
    view! {
        <div class="werkblad">
            <div class="card werkblad-intro">
                {template.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                <p class="meta no-print" role="status">
                    {progress}
                </p>
            </div>
            {blocks}
        </div>
    }
}

#[component]
fn Delete(sheet: Sheet) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let wt = texts.werkblad;
    let confirming = RwSignal::new(false);
    // Undo brings a deleted werkblad back: the question says so (not "cannot be undone").
    let title_of = sheet.clone();
    let on_yes = move |()| {
        let done = state.dispatch(Command::Werkblad {
            samenwerking: sheet.samenwerking.clone(),
            change: WerkbladChange::Delete {
                werkblad: sheet.werkblad.clone(),
            },
        });
        if done.is_ok() {
            state.go(Screen::Samenwerking(sheet.samenwerking.clone()));
            state.success(wt.deleted.to_string());
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="wb-verwijder-kop">
            <h2 id="wb-verwijder-kop">{wt.delete_heading}</h2>
            <button
                type="button"
                class="danger"
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.set(true)
            >
                {texts.delete}
            </button>
            <Show when=move || confirming.get()>
                <Confirm
                    question=fill(
                        wt.delete_question,
                        &[
                            (
                                "title",
                                &title_of.stored().map(|w| w.shown_title()).unwrap_or_default(),
                            ),
                        ],
                    )
                    yes=texts.delete_yes
                    no=texts.cancel
                    on_yes=Callback::new(on_yes.clone())
                    on_no=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </section>
    }
}
