//! The bijeenkomsten of a samenwerking: the list and planning a new one.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{chronological, Status, Vorm};
use crate::domain::{werkblad, Command};
use crate::i18n::t;
use crate::report::dates::meeting_date;

use super::super::content;
use super::super::state::{new_id, use_app_state, MeetingView, Screen};

/// The workshop's programme (`programmas` in content/werkbladen.nl.json).
const STARTBIJEENKOMST: &str = "startbijeenkomst";

#[component]
pub fn Meetings(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let pt = texts.programma;
    let key = id.clone();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key)
                .map(|s| {
                    chronological(&s.bijeenkomsten)
                        .into_iter()
                        .map(|b| {
                            (
                                b.id.clone(),
                                b.date.clone(),
                                b.vorm,
                                b.status,
                                b.agenda.len(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let vorm = RwSignal::new(Vorm::Bob);
    let date = RwSignal::new(String::new());
    // "" for an empty meeting, else the id of a programme in the werkbladen content.
    let opzet = RwSignal::new(String::new());
    let sw = id.clone();
    let on_plan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let bk = new_id("bk");
        let samenwerking = sw.clone();
        let programma = opzet.get_untracked();
        let (vorm, date) = (vorm.get_untracked(), date.get_untracked());
        let go_to = bk.clone();
        let done = move |planned: &'static str| {
            state.go(Screen::Bijeenkomst {
                samenwerking: samenwerking.clone(),
                bijeenkomst: go_to.clone(),
                view: MeetingView::Plan,
            });
            state.success(planned.to_string());
        };
        if programma.is_empty() {
            let command = Command::PlanBijeenkomst {
                samenwerking: sw.clone(),
                id: bk.clone(),
                vorm,
                date,
            };
            if state.dispatch(command).is_ok() {
                done(m.planned);
            }
            return;
        }
        // A programme comes with the werkbladen content, loaded on first use.
        let samenwerking = sw.clone();
        let bijeenkomst = bk.clone();
        content::when_loaded(content::werkbladen(), move |loaded| {
            if let Err(error) = loaded {
                content::report_failure(state, content::werkbladen(), *error);
                return;
            }
            let Some(template) = werkblad::programma(&programma) else {
                return;
            };
            let werkbladen = template
                .stappen
                .iter()
                .filter(|s| s.werkblad.is_some())
                .map(|_| new_id("wb"))
                .collect();
            let command = Command::PlanFromProgramma {
                samenwerking,
                id: bijeenkomst,
                vorm,
                date,
                programma,
                werkbladen,
            };
            if state.dispatch(command).is_ok() {
                done(t().programma.planned);
            }
        });
    };
    let list_id = StoredValue::new(id.clone());
    view! {
        <section class="card" aria-labelledby="bijeenkomsten-kop">
            <h2 id="bijeenkomsten-kop">{m.section_heading}</h2>
            <p class="hint">{m.section_intro}</p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{m.section_empty}</p> }
            >
                <ul class="meeting-list">
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|(bk, day, vorm, status, agenda)| {
                                let href = Screen::Bijeenkomst {
                                    samenwerking: list_id.get_value(),
                                    bijeenkomst: bk.clone(),
                                    view: if status == Status::Gepland {
                                        MeetingView::Plan
                                    } else {
                                        MeetingView::Run
                                    },
                                }
                                    .hash();
                                let title = format!("{} {}", m.title, meeting_date(texts, &day));
                                let status_text = match status {
                                    Status::Gepland => m.status_gepland,
                                    Status::Bezig => m.status_bezig,
                                    Status::Afgerond => m.status_afgerond,
                                };
                                view! {
                                    <li>
                                        <a href=href>{title}</a>
                                        <span class="meta">
                                            {format!(
                                                " · {} · {} · {}",
                                                texts.vorm_name(vorm),
                                                status_text,
                                                m.agenda_count.of(agenda),
                                            )}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <form class="plan-meeting" on:submit=on_plan aria-labelledby="bk-nieuw-kop">
                <h3 id="bk-nieuw-kop">{m.new_heading}</h3>
                <div class="form-grid">
                    <div>
                        <label for="bk-nieuw-datum">{m.date_label}</label>
                        <input id="bk-nieuw-datum" type="date" bind:value=date />
                    </div>
                    <div>
                        <label for="bk-nieuw-vorm">{m.vorm_heading}</label>
                        <select
                            id="bk-nieuw-vorm"
                            on:change=move |ev| {
                                if let Some(v) = Vorm::from_id(&event_target_value(&ev)) {
                                    vorm.set(v)
                                }
                            }
                        >
                            {Vorm::ALL
                                .into_iter()
                                .map(|v| {
                                    view! {
                                        <option value=v.id() selected=move || vorm.get() == v>
                                            {texts.vorm_description(v)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <div>
                        <label for="bk-nieuw-opzet">{pt.opzet_label}</label>
                        <select
                            id="bk-nieuw-opzet"
                            aria-describedby="bk-nieuw-opzet-hint"
                            on:change=move |ev| opzet.set(event_target_value(&ev))
                        >
                            <option value="" selected=move || opzet.get().is_empty()>
                                {pt.opzet_leeg}
                            </option>
                            <option
                                value=STARTBIJEENKOMST
                                selected=move || opzet.get() == STARTBIJEENKOMST
                            >
                                {pt.opzet_startbijeenkomst}
                            </option>
                        </select>
                        <p class="hint" id="bk-nieuw-opzet-hint">
                            {pt.opzet_hint}
                        </p>
                    </div>
                </div>
                <button type="submit" class="primary">
                    {m.new_button}
                </button>
            </form>
        </section>
    }
}
