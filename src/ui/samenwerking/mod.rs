//! One samenwerking: name, opgave, route and partners. Text fields are uncontrolled (they keep
//! exactly what the user types) and every input is saved at once through a command.

mod meetings;
pub(crate) mod onefile;
mod partners;
mod scans;

use leptos::prelude::*;

use crate::domain::{content, Command, Route};
use crate::i18n::{fill, t};

use super::overview::{export, ConfirmDelete};
use super::state::{use_app_state, Screen};

#[component]
pub fn SamenwerkingPage(id: String) -> impl IntoView {
    let state = use_app_state();
    let lookup = id.clone();
    let exists = Memo::new(move |_| state.workspace.with(|ws| ws.get(&lookup).is_some()));
    let texts = t();
    view! {
        <p class="breadcrumb">
            <a href="#/">{"← "}{texts.back_to_list}</a>
        </p>
        <Show
            when=move || exists.get()
            fallback=move || {
                view! {
                    <h1 id="paginatitel" tabindex="-1">
                        {texts.app_title}
                    </h1>
                    <p>{texts.not_found}</p>
                }
            }
        >
            <Editor id=id.clone() />
        </Show>
    }
}

#[component]
fn Editor(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    // Only the name is watched here (cheap); the whole samenwerking is read when needed.
    let key = id.clone();
    let name = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&key).map(|s| s.name.clone()).unwrap_or_default())
    });
    let (initial_name, initial_opgave) = state.workspace.with_untracked(|ws| {
        ws.get(&id)
            .map(|s| (s.name.clone(), s.opgave.clone()))
            .unwrap_or_default()
    });
    let title = move || name.get();

    let rename_id = id.clone();
    let on_name = move |ev| {
        let _ = state.dispatch(Command::Rename {
            id: rename_id.clone(),
            name: event_target_value(&ev),
        });
    };
    let opgave_id = id.clone();
    let on_opgave = move |ev| {
        let _ = state.dispatch(Command::SetOpgave {
            id: opgave_id.clone(),
            opgave: event_target_value(&ev),
        });
    };

    let confirming = RwSignal::new(false);
    let delete_id = id.clone();
    let on_delete = move |_| {
        let name = title();
        if state
            .dispatch(Command::Delete {
                id: delete_id.clone(),
            })
            .is_ok()
        {
            state.go(Screen::Overview);
            state.success(fill(texts.deleted, &[("name", &name)]));
        }
    };
    let export_id = id.clone();
    let on_export = move |_| {
        if let Some(s) = state
            .workspace
            .with_untracked(|ws| ws.get(&export_id).cloned())
        {
            export(&state, &s);
        }
    };

    view! {
        <h1 id="paginatitel" tabindex="-1">
            {title}
        </h1>
        <crate::ui::SaveHint />
        <p class="stand-link">
            <a class="button" id="sw-stand" href=Screen::Stand(id.clone()).hash()>
                {texts.stand.link}
            </a>
            <span class="hint">{texts.stand.link_hint}</span>
        </p>

        <section class="card" aria-labelledby="gegevens-kop">
            <h2 id="gegevens-kop">{texts.details_heading}</h2>
            <label for="sw-naam">{texts.name_label}</label>
            <input
                id="sw-naam"
                type="text"
                autocomplete="off"
                required
                maxlength="120"
                value=initial_name
                on:input=on_name
            />
            <label for="sw-opgave">{texts.opgave_label}</label>
            <p class="hint" id="sw-opgave-hint">
                {texts.opgave_hint}
            </p>
            <textarea
                id="sw-opgave"
                rows="3"
                maxlength="2000"
                aria-describedby="sw-opgave-hint"
                prop:value=initial_opgave
                on:input=on_opgave
            ></textarea>
        </section>

        <RoutePicker id=id.clone() />
        <partners::Partners id=id.clone() />
        <meetings::Meetings id=id.clone() />
        <scans::Scans id=id.clone() />
        <super::werkblad::Werkbladen id=id.clone() />
        <MonitoringLink id=id.clone() />

        <section class="card" aria-labelledby="rapport-link-kop">
            <h2 id="rapport-link-kop">{texts.rapport.link_heading}</h2>
            <p>{texts.rapport.link_intro}</p>
            <a class="button" id="sw-rapport" href=Screen::Rapport(id.clone()).hash()>
                {texts.rapport.link}
            </a>
        </section>

        <section class="card" aria-labelledby="bestand-kop">
            <h2 id="bestand-kop">{texts.file_heading}</h2>
            <p>{texts.file_intro}</p>
            <button type="button" id="sw-exporteer" class="primary" on:click=on_export>
                {texts.export}
            </button>
            <onefile::SaveOneFile id=id.clone() />
        </section>

        <section class="card" aria-labelledby="verwijder-kop">
            <h2 id="verwijder-kop">{texts.danger_heading}</h2>
            <button
                type="button"
                class="danger"
                aria-expanded=move || confirming.get().to_string()
                on:click=move |_| confirming.set(true)
            >
                {texts.delete}
            </button>
            <Show when=move || confirming.get()>
                <ConfirmDelete
                    name=title()
                    on_yes=Callback::new(on_delete.clone())
                    on_no=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </section>
    }
}

#[component]
fn RoutePicker(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let key = id.clone();
    let current = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&key).and_then(|s| s.route))
    });
    let choose = move |route: Option<Route>| {
        let _ = state.dispatch(Command::SetRoute {
            id: id.clone(),
            route,
        });
    };
    let content = content::current();
    let options = Route::ALL
        .into_iter()
        .map(|route| {
            let info = content.route(route.id()).cloned();
            let input_id = format!("route-{}", route.id());
            let choose = choose.clone();
            let (name, subtitle, description) = info
                .map(|i| (i.name, i.subtitle, i.description))
                .unwrap_or_default();
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="route"
                        id=input_id.clone()
                        prop:checked=move || current.get() == Some(route)
                        on:change=move |_| choose(Some(route))
                    />
                    <label for=input_id>
                        <span class="choice-name">{name}</span>
                        <span class="choice-sub">{subtitle}</span>
                    </label>
                    <details>
                        <summary>{texts.route_read_more}</summary>
                        {description.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    </details>
                </div>
            }
        })
        .collect_view();
    let none_choose = choose.clone();
    view! {
        <section class="card" aria-labelledby="route-kop">
            <fieldset>
                <legend>
                    <h2 id="route-kop">{texts.route_heading}</h2>
                </legend>
                <p class="hint">{texts.route_intro}</p>
                <div class="choice">
                    <input
                        type="radio"
                        name="route"
                        id="route-geen"
                        prop:checked=move || current.get().is_none()
                        on:change=move |_| none_choose(None)
                    />
                    <label for="route-geen">
                        <span class="choice-name">{texts.route_none}</span>
                    </label>
                </div>
                {options}
            </fieldset>
        </section>
    }
}

/// The way to "Monitoren en leren": how many doelen there are, and the link.
#[component]
fn MonitoringLink(id: String) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    let key = id.clone();
    let count = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&key).map(|s| s.doelen.len()).unwrap_or_default())
    });
    let href = Screen::Monitoring(id).hash();
    view! {
        <section class="card" aria-labelledby="monitoring-kop">
            <h2 id="monitoring-kop">{mt.section_heading}</h2>
            <p>{mt.section_intro}</p>
            <p class="meta">{move || mt.summary.of(count.get())}</p>
            <p>
                <a href=href id="naar-monitoring" class="button">
                    {mt.open_link}
                </a>
            </p>
        </section>
    }
}
