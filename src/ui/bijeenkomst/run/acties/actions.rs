//! Besluitvorming: "Wie gaat wat wanneer doen?", the acties of this meeting and the form to
//! add one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::bijeenkomst::{Actie, ActieStatus};
use crate::domain::content;
use crate::domain::{ActieChange, Command};
use crate::i18n::t;
use crate::ui::bijeenkomst::{agenda_memo, MeetingRef};
use crate::ui::state::{new_id, use_app_state};

use super::table::{existing, ActieTable};

/// The ingrediënt of the agenda card `target` is in (its besluiten part carries
/// `data-ingredient`).
fn card_ingredient(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = el.closest("article").ok()??;
    let mark = card.query_selector("[data-ingredient]").ok()??;
    mark.get_attribute("data-ingredient")
}

/// The ingrediënt of the only agenda card on the page (presentation mode), if only one is
/// shown.
fn only_card() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let first = doc
        .query_selector("[data-ingredient]")
        .ok()??
        .get_attribute("data-ingredient")?;
    let other = doc
        .query_selector(&format!(
            "[data-ingredient]:not([data-ingredient=\"{first}\"])"
        ))
        .ok()?;
    other.is_none().then_some(first)
}

/// Besluitvorming: "Wie gaat wat wanneer doen?" — the actions of this meeting.
#[component]
pub(in crate::ui::bijeenkomst::run) fn Actions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
    let key = r.clone();
    let ids = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key.samenwerking)
                .map(|s| {
                    s.acties
                        .iter()
                        .filter(|a| a.bijeenkomst == key.bijeenkomst)
                        .map(|a| a.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let agenda = agenda_memo(state, r.clone());

    // "Bij ingrediënt" of a new actie: what the user chose for it, else the ingrediënt being
    // discussed: the only card shown (presentation mode), else the card last written in, else
    // the first on the agenda.
    let chosen = RwSignal::new(None::<String>);
    let only = RwSignal::new(None::<String>);
    let last_written = RwSignal::new(None::<String>);
    let written = move |ev: leptos::ev::Event| {
        if let Some(i) = card_ingredient(ev.target()) {
            last_written.set(Some(i));
        }
    };
    // (Text fields, checkboxes and radio buttons all fire `input`.)
    let on_input = window_event_listener(leptos::ev::input, written);
    on_cleanup(move || on_input.remove());
    let refresh = move || only.set(only_card());
    set_timeout(refresh, std::time::Duration::ZERO);
    let about = Memo::new(move |_| {
        chosen.get().unwrap_or_else(|| {
            let agenda = agenda.get();
            only.get()
                .or_else(|| last_written.get())
                .filter(|i| agenda.contains(i))
                .or_else(|| agenda.first().cloned())
                .unwrap_or_default()
        })
    });

    let wat = RwSignal::new(String::new());
    let wie = RwSignal::new(String::new());
    let wanneer = RwSignal::new(String::new());
    let wat_ref = NodeRef::<leptos::html::Input>::new();
    let add_ref = r.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ingredient = Some(about.get_untracked()).filter(|i| !i.is_empty());
        let actie = Actie {
            id: new_id("ac"),
            wat: wat.get_untracked(),
            wie: wie.get_untracked(),
            wanneer: wanneer.get_untracked(),
            status: ActieStatus::Open,
            ingredient,
            bijeenkomst: add_ref.bijeenkomst.clone(),
        };
        if state
            .dispatch(Command::Actie {
                samenwerking: add_ref.samenwerking.clone(),
                change: ActieChange::Add(actie),
            })
            .is_ok()
        {
            wat.set(String::new());
            wie.set(String::new());
            wanneer.set(String::new());
            chosen.set(None);
            refresh();
            state.success(m.actie_added.to_string());
            if let Some(input) = wat_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let rows = existing(
        state,
        r.samenwerking.clone(),
        Signal::derive(move || ids.get()),
    );
    view! {
        <section class="card" aria-labelledby="acties-kop">
            <h2 id="acties-kop">{m.acties_heading}</h2>
            {move || {
                let n = rows.with(Vec::len);
                (n > 0).then(|| view! { <p class="meta">{m.actie_count.of(n)}</p> })
            }}
            <Show when=move || !rows.with(Vec::is_empty)>
                <ActieTable r=r.clone() rows=rows fallback="actie-wat" />
            </Show>
            <form
                class="actie-form"
                on:submit=on_add
                on:focusin=move |_| {
                    if chosen.get_untracked().is_none() {
                        refresh();
                    }
                }
            >
                <div class="form-grid">
                    <div>
                        <label for="actie-wat">{m.actie_wat}</label>
                        <input
                            id="actie-wat"
                            type="text"
                            autocomplete="off"
                            maxlength="300"
                            node_ref=wat_ref
                            bind:value=wat
                        />
                    </div>
                    <div>
                        <label for="actie-wie">{m.actie_wie}</label>
                        <input
                            id="actie-wie"
                            type="text"
                            autocomplete="off"
                            maxlength="120"
                            bind:value=wie
                        />
                    </div>
                    <div>
                        <label for="actie-wanneer">{m.actie_wanneer}</label>
                        <input id="actie-wanneer" type="date" bind:value=wanneer />
                    </div>
                    <div>
                        <label for="actie-ingredient">{m.actie_ingredient}</label>
                        <select
                            id="actie-ingredient"
                            on:change=move |ev| chosen.set(Some(event_target_value(&ev)))
                        >
                            <option value="" prop:selected=move || about.with(String::is_empty)>
                                {m.actie_algemeen}
                            </option>
                            {move || {
                                agenda
                                    .get()
                                    .into_iter()
                                    .map(|id| {
                                        let name = content.ingredient_name(&id).to_string();
                                        let value = id.clone();
                                        view! {
                                            <option
                                                value=value
                                                prop:selected=move || about.with(|a| *a == id)
                                            >
                                                {name}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                </div>
                <button type="submit" class="primary">
                    {m.actie_add}
                </button>
            </form>
        </section>
    }
}
