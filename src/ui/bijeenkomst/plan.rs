//! Preparing a bijeenkomst: date, place, vorm, who attends, the agenda (with suggestions from
//! the previous meeting), minutes per phase; then start it.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Status, Vorm};
use crate::domain::content;
use crate::domain::{BijeenkomstChange, Command};
use crate::i18n::{fill, t};
use crate::report;

use super::super::overview::ConfirmDelete;
use super::super::state::{focus_id, use_app_state, MeetingView, Screen};
use super::{agenda_memo, change, with_meeting, MeetingRef};

#[component]
pub fn PlanView(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let key = r.clone();
    let status = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_meeting(&key, ws, |_, b| b.status))
            .unwrap_or(Status::Gepland)
    });
    let (initial_date, initial_place) = state
        .workspace
        .with_untracked(|ws| with_meeting(&r, ws, |_, b| (b.date.clone(), b.place.clone())))
        .unwrap_or_default();

    let (r1, r2, r3, r4) = (r.clone(), r.clone(), r.clone(), r.clone());
    let on_date = move |ev| {
        let _ = change(
            &state,
            &r1,
            BijeenkomstChange::SetDate(event_target_value(&ev)),
        );
    };
    let on_place = move |ev| {
        let _ = change(
            &state,
            &r2,
            BijeenkomstChange::SetPlace(event_target_value(&ev)),
        );
    };
    let on_start = move |_| {
        if change(&state, &r3, BijeenkomstChange::Start).is_ok() {
            state.go(Screen::Bijeenkomst {
                samenwerking: r3.samenwerking.clone(),
                bijeenkomst: r3.bijeenkomst.clone(),
                view: MeetingView::Run,
            });
            state.success(m.started.to_string());
        }
    };
    let key = r.clone();
    let summary = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |_, b| {
                    let minutes: u32 = b.vorm.fasen().iter().map(|p| b.minutes_for(*p)).sum();
                    [
                        m.start_agenda.of(b.agenda.len()),
                        m.start_attendees.of(b.attendees.len()),
                        m.start_minutes.of(minutes as usize),
                    ]
                    .join(" · ")
                })
            })
            .unwrap_or_default()
    });
    let confirming = RwSignal::new(false);
    let on_delete = move |_| {
        if state
            .dispatch(Command::DeleteBijeenkomst {
                samenwerking: r4.samenwerking.clone(),
                bijeenkomst: r4.bijeenkomst.clone(),
            })
            .is_ok()
        {
            state.go(Screen::Samenwerking(r4.samenwerking.clone()));
            state.success(m.deleted.to_string());
        }
    };

    view! {
        <div class="plan-view">
            {move || match status.get() {
                Status::Bezig => Some(view! { <p class="status-banner">{m.status_running}</p> }),
                Status::Afgerond => Some(view! { <p class="status-banner">{m.status_done}</p> }),
                Status::Gepland => None,
            }} <section class="card" aria-labelledby="plan-gegevens-kop">
                <h2 id="plan-gegevens-kop">{m.details_heading}</h2>
                <div class="form-grid">
                    <div>
                        <label for="bk-datum">{m.date_label}</label>
                        <input id="bk-datum" type="date" value=initial_date on:input=on_date />
                    </div>
                    <div>
                        <label for="bk-plaats">{m.place_label}</label>
                        <input
                            id="bk-plaats"
                            type="text"
                            autocomplete="off"
                            maxlength="120"
                            value=initial_place
                            on:input=on_place
                        />
                    </div>
                </div>
            </section>
            <VormPicker
                r=r.clone()
                started=Signal::derive(move || status.get() != Status::Gepland)
            />
            // Starting comes before the long lists (attendees, sixteen ingrediënten), so a keyboard
            // user reaches it in a few Tabs; what it will start with is summed up beside it.
            <Show when=move || status.get() == Status::Gepland>
                <section class="card start-card" aria-labelledby="bk-start-kop">
                    <h2 id="bk-start-kop">{m.start_heading}</h2>
                    <p class="start-summary">{move || summary.get()}</p>
                    <p class="hint">{m.start_hint}</p>
                    <button
                        type="button"
                        id="bk-start"
                        class="primary large"
                        on:click=on_start.clone()
                    >
                        {m.start_button}
                    </button>
                </section>
            </Show> <Programma r=r.clone() /> <Attendees r=r.clone() /> <Agenda r=r.clone() />
            <Minutes r=r.clone() /> <section class="card" aria-labelledby="bk-verwijder-kop">
                <h2 id="bk-verwijder-kop">{m.delete_heading}</h2>
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
                        name=m.title.to_string()
                        on_yes=Callback::new(on_delete.clone())
                        on_no=Callback::new(move |_| confirming.set(false))
                    />
                </Show>
            </section>
        </div>
    }
}

/// The meeting's programme (a Startbijeenkomst), each step with a link to its werkblad; only
/// when the meeting has one.
#[component]
fn Programma(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let pt = t().programma;
    let sw = r.samenwerking.clone();
    let regels = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_meeting(&r, ws, report::programma_regels))
            .unwrap_or_default()
    });
    let list = move || {
        regels
            .get()
            .into_iter()
            .map(|regel| {
                let link = regel.werkblad.map(|(werkblad, title)| {
                    let href = Screen::Werkblad {
                        samenwerking: sw.clone(),
                        werkblad,
                    }
                    .hash();
                    view! {
                        <a class="programma-werkblad" href=href>
                            {fill(pt.werkblad_link, &[("title", &title)])}
                        </a>
                    }
                });
                let gone = regel
                    .werkblad_gone
                    .then(|| view! { <span class="meta">{pt.werkblad_gone}</span> });
                view! {
                    <li>
                        <span class="programma-titel">{regel.title}</span>
                        <span class="meta">
                            {format!(" · {}", pt.minutes.of(regel.minutes as usize))}
                        </span>
                        {link}
                        {gone}
                    </li>
                }
            })
            .collect_view()
    };
    let total = move || {
        let minutes: u32 = regels.with(|r| r.iter().map(|x| x.minutes).sum());
        pt.total.of(minutes as usize)
    };
    move || {
        (!regels.with(Vec::is_empty)).then(|| {
            view! {
                <section class="card programma" aria-labelledby="bk-programma-kop">
                    <h2 id="bk-programma-kop">{pt.heading}</h2>
                    <p class="hint">{pt.intro}</p>
                    <ol class="programma-lijst">{list.clone()}</ol>
                    <p class="meta">{total}</p>
                </section>
            }
        })
    }
}

#[component]
fn VormPicker(r: MeetingRef, started: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let key = r.clone();
    let current = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_meeting(&key, ws, |_, b| b.vorm))
            .unwrap_or(Vorm::Bob)
    });
    let options = Vorm::ALL
        .into_iter()
        .map(|vorm| {
            let r = r.clone();
            let id = format!("bk-vorm-{}", vorm.id());
            let hint = match vorm {
                Vorm::Bob => texts.bijeenkomst.vorm_bob_hint,
                Vorm::Barb => texts.bijeenkomst.vorm_barb_hint,
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="bk-vorm"
                        id=id.clone()
                        prop:checked=move || current.get() == vorm
                        disabled=move || started.get()
                        on:change=move |_| {
                            let _ = change(&state, &r, BijeenkomstChange::SetVorm(vorm));
                        }
                    />
                    <label for=id>
                        <span class="choice-name">{texts.vorm_description(vorm)}</span>
                        <span class="choice-sub">{hint}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="bk-vorm-kop">
            <fieldset>
                <legend>
                    <h2 id="bk-vorm-kop">{texts.bijeenkomst.vorm_heading}</h2>
                </legend>
                <Show when=move || started.get()>
                    <p class="hint">{texts.bijeenkomst.vorm_fixed}</p>
                </Show>
                {options}
            </fieldset>
        </section>
    }
}

#[component]
fn Attendees(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let key = r.clone();
    let r = StoredValue::new(r);
    let rows = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |s, b| {
                    s.partners
                        .iter()
                        .map(|p| (p.id.clone(), p.label(), b.attendees.contains(&p.id)))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    view! {
        <section class="card" aria-labelledby="bk-aanwezig-kop">
            <fieldset>
                <legend>
                    <h2 id="bk-aanwezig-kop">{texts.bijeenkomst.attendees_heading}</h2>
                </legend>
                <Show
                    when=move || !rows.with(Vec::is_empty)
                    fallback=move || {
                        view! { <p class="empty">{texts.bijeenkomst.attendees_none}</p> }
                    }
                >
                    <ul class="check-list">
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|(id, label, present)| {
                                    let r = r.get_value();
                                    let input_id = format!("bk-aanwezig-{id}");
                                    view! {
                                        <li>
                                            <input
                                                type="checkbox"
                                                id=input_id.clone()
                                                prop:checked=present
                                                on:change=move |ev| {
                                                    let _ = change(
                                                        &state,
                                                        &r,
                                                        BijeenkomstChange::SetAttendee {
                                                            partner: id.clone(),
                                                            present: event_target_checked(&ev),
                                                        },
                                                    );
                                                }
                                            />
                                            <label for=input_id>{label}</label>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </fieldset>
        </section>
    }
}

#[component]
fn Agenda(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
    let on_agenda = agenda_memo(state, r.clone());
    let key = r.clone();
    let suggestions = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                let s = ws.get(&key.samenwerking)?;
                let b = s.bijeenkomst(&key.bijeenkomst)?;
                Some(
                    s.suggested_ingredients(&key.bijeenkomst)
                        .into_iter()
                        .filter(|i| b.item(i).is_none())
                        .collect::<Vec<_>>(),
                )
            })
            .unwrap_or_default()
    });
    let set = {
        let r = r.clone();
        move |ids: Vec<String>, on: bool| {
            for ingredient in ids {
                if change(&state, &r, BijeenkomstChange::SetAgenda { ingredient, on }).is_err() {
                    break;
                }
            }
        }
    };
    let name_of = |id: &str| content.ingredient_name(id).to_string();
    // The suggestions disappear once they are on the agenda: focus moves to the first of them
    // in the agenda list (it would otherwise fall to the top of the page).
    let add_suggested = {
        let set = set.clone();
        move |_| {
            let ids = suggestions.get_untracked();
            let n = ids.len();
            let first = ids.first().map(|i| format!("agenda-{i}"));
            set(ids, true);
            state.success(m.suggestions_added.of(n));
            if let Some(first) = first {
                set_timeout(move || focus_id(&first), std::time::Duration::ZERO);
            }
        }
    };
    let factors = content
        .factors
        .iter()
        .map(|f| {
            let ids: Vec<String> = f.ingredients.iter().map(|i| i.id.clone()).collect();
            let all_ids = ids.clone();
            let all_on = move || on_agenda.with(|a| all_ids.iter().all(|i| a.contains(i)));
            let toggle_ids = ids.clone();
            let set_all = set.clone();
            let legend_id = format!("agenda-factor-{}", f.id);
            let labelled_by = legend_id.clone();
            let all_on_label = all_on.clone();
            let items = f
                .ingredients
                .iter()
                .map(|i| {
                    let id = i.id.clone();
                    let input_id = format!("agenda-{}", i.id);
                    let check_id = id.clone();
                    let set_one = set.clone();
                    view! {
                        <li>
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=move || on_agenda.with(|a| a.contains(&check_id))
                                on:change=move |ev| set_one(
                                    vec![id.clone()],
                                    event_target_checked(&ev),
                                )
                            />
                            <label for=input_id>{i.name.clone()}</label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="agenda-factor" aria-labelledby=labelled_by>
                    <legend id=legend_id>{f.name.clone()}</legend>
                    <ul class="check-list">{items}</ul>
                    <button
                        type="button"
                        class="small"
                        on:click=move |_| set_all(toggle_ids.clone(), !all_on())
                    >
                        {move || {
                            if all_on_label() {
                                fill(m.factor_none, &[("factor", &f.name)])
                            } else {
                                fill(m.factor_all, &[("factor", &f.name)])
                            }
                        }}
                    </button>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="bk-agenda-kop">
            <h2 id="bk-agenda-kop">{m.agenda_heading}</h2>
            <p class="hint">{m.agenda_hint}</p>
            <Show when=move || !suggestions.with(Vec::is_empty)>
                <div class="suggestions" role="region" aria-labelledby="bk-suggesties-kop">
                    <h3 id="bk-suggesties-kop">{m.suggestions_heading}</h3>
                    <p>{m.suggestions_intro}</p>
                    <ul>
                        {move || {
                            suggestions
                                .get()
                                .into_iter()
                                .map(|id| view! { <li>{name_of(&id)}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <button type="button" on:click=add_suggested.clone()>
                        {m.suggestions_add}
                    </button>
                </div>
            </Show>
            <div class="agenda-grid">{factors}</div>
        </section>
    }
}

#[component]
fn Minutes(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let key = r.clone();
    let plan = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |_, b| {
                    b.vorm
                        .fasen()
                        .iter()
                        .map(|p| (*p, b.minutes_for(*p)))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    view! {
        <section class="card" aria-labelledby="bk-minuten-kop">
            <h2 id="bk-minuten-kop">{m.minutes_heading}</h2>
            <div class="form-grid">
                {move || {
                    plan.get()
                        .into_iter()
                        .map(|(phase, minutes)| {
                            let r = r.clone();
                            let id = format!("bk-minuten-{}", phase.id());
                            view! {
                                <div>
                                    <label for=id
                                        .clone()>
                                        {fill(
                                            m.minutes_label,
                                            &[("phase", texts.phase_name(phase))],
                                        )}
                                    </label>
                                    <input
                                        id=id
                                        type="number"
                                        min="0"
                                        max="480"
                                        step="5"
                                        inputmode="numeric"
                                        value=minutes.to_string()
                                        on:input=move |ev| {
                                            if let Ok(minutes) = event_target_value(&ev)
                                                .trim()
                                                .parse::<u32>()
                                            {
                                                let _ = change(
                                                    &state,
                                                    &r,
                                                    BijeenkomstChange::SetMinutes {
                                                        phase,
                                                        minutes,
                                                    },
                                                );
                                            }
                                        }
                                    />
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <p class="meta">
                {move || {
                    m.minutes_total.of(plan.with(|p| p.iter().map(|(_, m)| *m as usize).sum()))
                }}
            </p>
        </section>
    }
}
