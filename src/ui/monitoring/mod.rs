//! Monitoren en leren (publication 4.5.4): the doelen of a samenwerking with their indicatoren
//! and metingen, a chart per indicator with a table of the same numbers, and the leerlog.
//!
//! Text fields are uncontrolled: nothing happens per key typed. A form saves on its button or
//! on Enter in a one-line field; a cell of the metingen table saves when it changes. Lists are
//! keyed by id, so saving one thing does not rebuild the rest (focus stays where it is).

mod indicator;
mod leerlog;

use leptos::prelude::*;

use crate::domain::monitoring::{Bron, Doel, Getal};
use crate::domain::werkblad;
use crate::domain::{Command, MonitoringChange};
use crate::i18n::t;

use super::state::{focus_id, new_id, use_app_state, AppState, Screen};

/// What the page shows of a samenwerking, compared as a whole: a change elsewhere in the
/// workspace wakes nothing here.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Data {
    pub doelen: Vec<Doel>,
    pub leerlog: Vec<crate::domain::monitoring::LeerlogEntry>,
    /// (id, title) of every werkblad.
    pub werkbladen: Vec<(String, String)>,
    /// (id, label) of every bijeenkomst.
    pub bijeenkomsten: Vec<(String, String)>,
    /// Answers of the Visievierluik werkbladen that can become a doel: (werkblad, key, label,
    /// text).
    pub vierluik: Vec<(String, String, String, String)>,
}

fn read_data(s: &crate::domain::Samenwerking) -> Data {
    let texts = t();
    let vierluik = s
        .werkbladen
        .iter()
        .filter(|w| w.template == "visievierluik")
        .flat_map(|w| {
            let template = werkblad::template(&w.template);
            w.answers
                .iter()
                .filter(|(k, _)| k.starts_with("vierluik.") && !werkblad::Key::is_note(k))
                .map(move |(k, v)| {
                    let question = werkblad::Key::parse(k)
                        .and_then(|key| {
                            template?
                                .block(&key.block)?
                                .item(&key.item)
                                .map(|i| i.text.clone())
                        })
                        .unwrap_or_else(|| k.clone());
                    (
                        w.id.clone(),
                        k.clone(),
                        format!("{} – {question}", w.shown_title()),
                        v.clone(),
                    )
                })
        })
        .collect();
    Data {
        doelen: s.doelen.clone(),
        leerlog: s.leerlog.clone(),
        werkbladen: s
            .werkbladen
            .iter()
            .map(|w| (w.id.clone(), w.shown_title()))
            .collect(),
        bijeenkomsten: crate::domain::bijeenkomst::chronological(&s.bijeenkomsten)
            .into_iter()
            .map(|b| {
                (
                    b.id.clone(),
                    format!(
                        "{} ({})",
                        crate::report::dates::meeting_date(texts, &b.date),
                        texts.vorm_name(b.vorm)
                    ),
                )
            })
            .collect(),
        vierluik,
    }
}

/// The value of a form field by its id (input, textarea or select), without web-sys features.
pub(crate) fn value_of(id: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Empties form fields by id.
pub(crate) fn clear(ids: &[&str]) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        for id in ids {
            if let Some(el) = d.get_element_by_id(id) {
                let _ = js_sys::Reflect::set(&el, &"value".into(), &"".into());
            }
        }
    }
}

/// Reads an optional number typed in a field: empty is `None`; anything else must be a number
/// ([`Getal::parse`]), else the user is told and `Err` comes back.
pub(crate) fn number(state: &AppState, text: &str) -> Result<Option<Getal>, ()> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match Getal::parse(text) {
        Some(g) => Ok(Some(g)),
        None => {
            state.error(t().monitoring.bad_number.to_string());
            Err(())
        }
    }
}

pub(crate) fn dispatch(state: &AppState, samenwerking: &str, change: MonitoringChange) -> bool {
    state
        .dispatch(Command::Monitoring {
            samenwerking: samenwerking.to_string(),
            change,
        })
        .is_ok()
}

/// Focus after the page has been drawn again.
pub(crate) fn focus_later(id: String) {
    request_animation_frame(move || focus_id(&id));
}

#[component]
pub fn MonitoringPage(samenwerking: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let mt = texts.monitoring;
    let key = samenwerking.clone();
    let data = Memo::new(move |_| state.workspace.with(|ws| ws.get(&key).map(read_data)));
    let exists = Memo::new(move |_| data.with(Option::is_some));
    let back = Screen::Samenwerking(samenwerking.clone()).hash();
    let sw = samenwerking.clone();
    let name = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&sw).map(|s| s.name.clone()).unwrap_or_default())
    });
    view! {
        <p class="breadcrumb">
            <a href=back>{"← "}{mt.back}</a>
        </p>
        <Show
            when=move || exists.get()
            fallback=move || {
                view! {
                    <h1 id="paginatitel" tabindex="-1">
                        {mt.title}
                    </h1>
                    <p>{texts.not_found}</p>
                }
            }
        >
            <div class="monitoring">
                <h1 id="paginatitel" tabindex="-1">
                    {mt.title}
                    <span class="subtitle">{move || name.get()}</span>
                </h1>
                <p class="intro">{mt.intro}</p>
                <Doelen samenwerking=samenwerking.clone() data=data />
                <leerlog::Leerlog samenwerking=samenwerking.clone() data=data />
            </div>
        </Show>
    }
}

#[component]
fn Doelen(samenwerking: String, data: Memo<Option<Data>>) -> impl IntoView {
    let mt = t().monitoring;
    let ids = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.doelen.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let sw = samenwerking.clone();
    view! {
        <section class="card" aria-labelledby="doelen-kop">
            <h2 id="doelen-kop" tabindex="-1">
                {mt.doelen_heading}
            </h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{mt.doelen_empty}</p>
            </Show>
            <For
                each=move || ids.get()
                key=|id| id.clone()
                children=move |id| {
                    view! { <DoelCard samenwerking=sw.clone() doel=id data=data /> }
                }
            />
            <NewDoel samenwerking=samenwerking.clone() data=data />
        </section>
    }
}

#[component]
fn NewDoel(samenwerking: String, data: Memo<Option<Data>>) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    let sw = samenwerking.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id("dl");
        if dispatch(
            &state,
            &sw,
            MonitoringChange::CreateDoel {
                id: id.clone(),
                text: value_of("doel-nieuw"),
                bron: None,
            },
        ) {
            clear(&["doel-nieuw"]);
            state.success(mt.doel_added.to_string());
            focus_later(format!("doel-{id}"));
        }
    };
    let vierluik = Memo::new(move |_| {
        data.with(|d| d.as_ref().map(|d| d.vierluik.clone()).unwrap_or_default())
    });
    let sw = samenwerking.clone();
    let on_take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = value_of("doel-uit-vierluik");
        let Some((werkblad, key, _, text)) = vierluik.with_untracked(|list| {
            list.iter()
                .find(|(w, k, _, _)| format!("{w}|{k}") == chosen)
                .cloned()
        }) else {
            return;
        };
        let id = new_id("dl");
        if dispatch(
            &state,
            &sw,
            MonitoringChange::CreateDoel {
                id: id.clone(),
                text,
                bron: Some(Bron { werkblad, key }),
            },
        ) {
            state.success(mt.doel_added.to_string());
            focus_later(format!("doel-{id}"));
        }
    };
    view! {
        <form class="new-doel" on:submit=on_submit>
            <label for="doel-nieuw">{mt.doel_label}</label>
            <p class="hint" id="doel-nieuw-hint">
                {mt.doel_hint}
            </p>
            <textarea
                id="doel-nieuw"
                rows="2"
                maxlength="2000"
                aria-describedby="doel-nieuw-hint"
            ></textarea>
            <button type="submit" class="primary">
                {mt.doel_add}
            </button>
        </form>
        <form class="take-doel" on:submit=on_take aria-labelledby="vierluik-kop">
            <h3 id="vierluik-kop">{mt.take_heading}</h3>
            <Show
                when=move || !vierluik.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{mt.take_none}</p> }
            >
                <p class="hint">{mt.take_intro}</p>
                <label for="doel-uit-vierluik">{mt.take_label}</label>
                <select id="doel-uit-vierluik">
                    {move || {
                        vierluik
                            .get()
                            .into_iter()
                            .map(|(w, k, label, text)| {
                                view! {
                                    <option value=format!(
                                        "{w}|{k}",
                                    )>{format!("{label}: {text}")}</option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <button type="submit">{mt.take_button}</button>
            </Show>
        </form>
    }
}

#[component]
fn DoelCard(samenwerking: String, doel: String, data: Memo<Option<Data>>) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    let did = doel.clone();
    let current = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .and_then(|d| d.doelen.iter().find(|x| x.id == did).cloned())
        })
    });
    let Some(initial) = current.get_untracked() else {
        return ().into_any();
    };
    let indicator_ids = Memo::new(move |_| {
        current.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.indicatoren
                        .iter()
                        .map(|i| i.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let source = Memo::new(move |_| {
        let bron = current.with(|d| d.as_ref().and_then(|d| d.bron.clone()))?;
        let title = data.with(|d| {
            d.as_ref()?
                .werkbladen
                .iter()
                .find(|(id, _)| *id == bron.werkblad)
                .map(|(_, t)| t.clone())
        })?;
        Some((bron.werkblad, title))
    });
    let text_id = format!("doel-tekst-{doel}");
    let (sw, d) = (samenwerking.clone(), doel.clone());
    let text_field = text_id.clone();
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if dispatch(
            &state,
            &sw,
            MonitoringChange::UpdateDoel {
                doel: d.clone(),
                text: value_of(&text_field),
            },
        ) {
            state.success(mt.saved.to_string());
        }
    };
    let (sw, d) = (samenwerking.clone(), doel.clone());
    let on_delete = move |_| {
        if dispatch(
            &state,
            &sw,
            MonitoringChange::DeleteDoel { doel: d.clone() },
        ) {
            state.success(mt.doel_deleted.to_string());
            focus_later("doelen-kop".to_string());
        }
    };
    let heading = format!("doel-{doel}");
    let sw_link = samenwerking.clone();
    let sw_ind = samenwerking.clone();
    let labelled = heading.clone();
    view! {
        <article class="doel" aria-labelledby=labelled>
            <h3 id=heading.clone() tabindex="-1">
                <span class="label">{mt.doel_heading}{": "}</span>
                {move || current.with(|d| d.as_ref().map(|d| d.text.clone()).unwrap_or_default())}
            </h3>
            {move || {
                source
                    .get()
                    .map(|(w, title)| {
                        let href = Screen::Werkblad {
                            samenwerking: sw_link.clone(),
                            werkblad: w,
                        }
                            .hash();
                        view! { <p class="meta">{mt.doel_from}{" "}<a href=href>{title}</a></p> }
                    })
            }}
            <form class="doel-edit" on:submit=on_save>
                <label for=text_id.clone()>{mt.doel_edit_label}</label>
                <textarea
                    id=text_id.clone()
                    rows="2"
                    maxlength="2000"
                    prop:value=initial.text.clone()
                ></textarea>
                <div class="actions">
                    <button type="submit">{mt.doel_save}</button>
                    <button type="button" class="danger" on:click=on_delete>
                        {mt.doel_delete}
                    </button>
                </div>
            </form>
            <h4>{mt.indicatoren_heading}</h4>
            <Show when=move || indicator_ids.with(Vec::is_empty)>
                <p class="empty">{mt.indicatoren_empty}</p>
            </Show>
            <For
                each=move || indicator_ids.get()
                key=|id| id.clone()
                children=move |id| {
                    view! {
                        <indicator::IndicatorCard
                            samenwerking=sw_ind.clone()
                            indicator=id
                            doel=current
                        />
                    }
                }
            />
            <indicator::NewIndicator samenwerking=samenwerking.clone() doel=doel.clone() />
        </article>
    }
    .into_any()
}
