//! The werkbladen of a samenwerking: the list, a new one, and the empty forms to print.

use leptos::prelude::*;

use crate::domain::werkblad::{self, templates, Key};
use crate::domain::{Command, WerkbladChange};
use crate::i18n::t;

use super::super::content::{werkbladen, NeedsContent};
use super::super::state::{new_id, use_app_state, Screen};

/// The section; what depends on the worksheets shows once they are loaded (a status line
/// until then, in the same card).
#[component]
pub fn Werkbladen(id: String) -> impl IntoView {
    let wt = t().werkblad;
    let id = StoredValue::new(id);
    view! {
        <section class="card" aria-labelledby="werkbladen-kop">
            <h2 id="werkbladen-kop">{wt.section_heading}</h2>
            <p class="hint">{wt.section_intro}</p>
            <NeedsContent id=werkbladen()>
                <WerkbladenLoaded id=id.get_value() />
            </NeedsContent>
        </section>
    }
}

#[component]
fn WerkbladenLoaded(id: String) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let key = id.clone();
    // What the progress counts depend on: the titles, which questions have an answer, the rows,
    // the partners and the route. Typing in a text field (here or in a partner's name) leaves
    // this equal, so the counting below does not run per key.
    let basis = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key).map(|s| {
                let sheets: Vec<(String, String, Vec<String>, usize)> = s
                    .werkbladen
                    .iter()
                    .map(|w| {
                        let keys = w
                            .answers
                            .keys()
                            .filter(|k| !Key::is_note(k))
                            .cloned()
                            .collect();
                        (w.id.clone(), w.shown_title(), keys, w.rows.len())
                    })
                    .collect();
                let partners: Vec<String> = s.partners.iter().map(|p| p.id.clone()).collect();
                (sheets, partners, s.route)
            })
        })
    });
    let key = id.clone();
    let rows = Memo::new(move |_| {
        basis.track();
        state.workspace.with_untracked(|ws| {
            ws.get(&key)
                .map(|s| {
                    s.werkbladen
                        .iter()
                        .filter_map(|w| {
                            let template = werkblad::template(&w.template)?;
                            let (done, total) = werkblad::progress(template, w, s);
                            Some((w.id.clone(), w.shown_title(), done, total))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let sw = StoredValue::new(id);
    let chosen = RwSignal::new(
        templates()
            .first()
            .map(|t| t.id.clone())
            .unwrap_or_default(),
    );
    let on_create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template) = werkblad::template(&chosen.get_untracked()) else {
            return;
        };
        let id = new_id("wb");
        let samenwerking = sw.get_value();
        let done = state.dispatch(Command::Werkblad {
            samenwerking: samenwerking.clone(),
            change: WerkbladChange::Create {
                id: id.clone(),
                template: template.id.clone(),
                title: template.title.clone(),
            },
        });
        if done.is_ok() {
            state.go(Screen::Werkblad {
                samenwerking,
                werkblad: id,
            });
            state.success(wt.created.to_string());
        }
    };
    let list = move || {
        rows.get()
            .into_iter()
            .map(|(werkblad, title, done, total)| {
                let href = Screen::Werkblad {
                    samenwerking: sw.get_value(),
                    werkblad,
                }
                .hash();
                let meta = wt.list_meta.with(total, &[("done", &done.to_string())]);
                view! {
                    <li>
                        <a href=href>{title}</a>
                        <span class="meta">{format!(" · {meta}")}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let options = templates()
        .iter()
        .map(|t| view! { <option value=t.id.clone()>{t.title.clone()}</option> })
        .collect_view();
    let blanks = templates()
        .iter()
        .map(|t| {
            let href = Screen::Formulier {
                samenwerking: sw.get_value(),
                template: t.id.clone(),
            }
            .hash();
            view! {
                <li>
                    <a href=href>{t.title.clone()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="empty" hidden=move || !rows.with(Vec::is_empty)>
            {wt.section_empty}
        </p>
        <ul class="meeting-list">{list}</ul>
        <form class="new-scan" on:submit=on_create>
            <label for="werkblad-nieuw">{wt.new_label}</label>
            <select id="werkblad-nieuw" on:change=move |ev| chosen.set(event_target_value(&ev))>
                {options}
            </select>
            <button type="submit" class="primary">
                {wt.new_button}
            </button>
        </form>
        <details class="blank-forms">
            <summary>{wt.blank_heading}</summary>
            <p class="hint">{wt.blank_intro}</p>
            <ul>{blanks}</ul>
        </details>
    }
}
