//! Leading a bijeenkomst: the phase stepper with each phase's question, a countdown that never
//! steals focus, per agenda ingrediënt the questions, notes per phase and the checkvragen,
//! besluiten and acties, open actions from earlier meetings, and a presentation mode for the
//! beamer driven by the keyboard.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::content;
use crate::domain::meeting::{
    ActieStatus, Antwoord, Besluit, Checkvraag, Phase, PhaseError, Status, Vorm,
};
use crate::domain::{ActieChange, Command, DomainError, MeetingChange};
use crate::i18n::{fill, t};

use super::super::state::{focus_when_mounted, new_id, now_ms, use_app_state, MeetingView, Screen};
use super::{change, with_meeting, MeetingRef};

#[derive(Clone, Debug, PartialEq, Eq)]
struct Progress {
    status: Status,
    vorm: Vorm,
    phase: Option<Phase>,
    agenda: Vec<String>,
}

#[component]
pub fn RunView(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let key = r.clone();
    let progress = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_meeting(&key, ws, |_, b| Progress {
                status: b.status,
                vorm: b.vorm,
                phase: b.phase,
                agenda: b.agenda.iter().map(|i| i.ingredient.clone()).collect(),
            })
        })
    });
    let r = StoredValue::new(r);
    let presenting = RwSignal::new(false);
    let item = RwSignal::new(0usize);
    let confirm = RwSignal::new(None::<usize>);

    // Presentation mode: the page chrome hides (CSS on body.presentatie).
    Effect::new(move |_| set_body_class("presentatie", presenting.get()));
    on_cleanup(|| set_body_class("presentatie", false));

    let phase = Signal::derive(move || progress.with(|p| p.as_ref().and_then(|p| p.phase)));
    let agenda_len = move || progress.with(|p| p.as_ref().map(|p| p.agenda.len()).unwrap_or(0));

    let next = move |confirmed: bool| {
        let result = r.with_value(|r| change(&state, r, MeetingChange::NextPhase { confirmed }));
        if let Err(DomainError::Phase(PhaseError::NeedsConfirmation { open })) = result {
            // The question replaces the generic error notice.
            state.notice.set(None);
            confirm.set(Some(open.len()));
        } else {
            confirm.set(None);
        }
    };
    let previous = move || {
        confirm.set(None);
        let _ = r.with_value(|r| change(&state, r, MeetingChange::PreviousPhase));
    };
    let toggle_timer = move || {
        let running = r.with_value(|r| {
            state
                .workspace
                .with_untracked(|ws| with_meeting(r, ws, |_, b| b.timer.running()))
        });
        let c = if running == Some(true) {
            MeetingChange::TimerPause
        } else {
            MeetingChange::TimerStart
        };
        let _ = r.with_value(|r| change(&state, r, c));
    };
    let step_item = move |delta: isize| {
        let len = agenda_len();
        if len == 0 {
            return;
        }
        let at = item.get_untracked().min(len - 1) as isize + delta;
        item.set(at.clamp(0, len as isize - 1) as usize);
    };
    let finish = move |_| {
        if r.with_value(|r| change(&state, r, MeetingChange::Finish))
            .is_ok()
        {
            presenting.set(false);
            r.with_value(|r| {
                state.go(Screen::Bijeenkomst {
                    samenwerking: r.samenwerking.clone(),
                    bijeenkomst: r.bijeenkomst.clone(),
                    view: MeetingView::Verslag,
                })
            });
            state.success(m.finished.to_string());
        }
    };

    // Shortcuts in presentation mode, outside text fields, so typing is never taken over.
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !presenting.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            presenting.set(false);
            return;
        }
        if in_form_field(&ev) {
            return;
        }
        let handled = match key.as_str() {
            "ArrowRight" => {
                next(false);
                true
            }
            "ArrowLeft" => {
                previous();
                true
            }
            "ArrowDown" => {
                step_item(1);
                true
            }
            "ArrowUp" => {
                step_item(-1);
                true
            }
            "t" | "T" => {
                toggle_timer();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());

    let plan_href = r.with_value(|r| {
        Screen::Bijeenkomst {
            samenwerking: r.samenwerking.clone(),
            bijeenkomst: r.bijeenkomst.clone(),
            view: MeetingView::Plan,
        }
        .hash()
    });

    // Conditions as memos of a bool, rendered with plain closures (smaller than `<Show>`).
    let started = Memo::new(move |_| {
        progress.with(|p| p.as_ref().is_some_and(|p| p.status != Status::Gepland))
    });
    let finished = Memo::new(move |_| {
        progress.with(|p| p.as_ref().is_some_and(|p| p.status == Status::Afgerond))
    });
    let can_go_on = Memo::new(move |_| {
        progress.with(|p| {
            p.as_ref().is_some_and(|p| {
                p.status == Status::Bezig && p.phase != p.vorm.phases().last().copied()
            })
        })
    });
    let in_phase = move |which: Phase| Memo::new(move |_| phase.get() == Some(which));
    let (in_beeld, in_besluit) = (
        in_phase(Phase::Beeldvorming),
        in_phase(Phase::Besluitvorming),
    );
    let has_agenda = Memo::new(move |_| agenda_len() != 0);
    let plan_href = StoredValue::new(plan_href);

    move || {
        if !started.get() {
            return view! { <p class="status-banner">{m.not_started}" "<a href=plan_href.get_value()>{m.plan_tab}</a></p> }.into_any();
        }
        view! {
            <div class="run" class:presenting=move || presenting.get()>
                <div class="run-bar">
                    <button type="button" id="bk-presentatie" aria-pressed=move || presenting.get().to_string()
                        on:click=move |_| presenting.update(|p| *p = !*p)>
                        {move || if presenting.get() { m.presentation_off } else { m.presentation_on }}
                    </button>
                    {move || presenting.get().then(|| view! { <p class="shortcuts">{m.shortcuts}</p> })}
                </div>
                {move || finished.get().then(|| view! { <p class="status-banner">{m.finished_note}</p> })}
                <Stepper progress=progress/>
                <Timer r=r.get_value()/>
                <div class="phase-nav">
                    <button type="button" id="bk-vorige-fase"
                        disabled=move || progress.with(|p| p.as_ref().is_none_or(|p| p.status != Status::Bezig || p.phase == p.vorm.phases().first().copied()))
                        on:click=move |_| previous()>{m.prev_phase}</button>
                    {move || if can_go_on.get() {
                        view! { <button type="button" id="bk-volgende-fase" class="primary" on:click=move |_| next(false)>{m.next_phase}</button> }.into_any()
                    } else {
                        view! {
                            <button type="button" id="bk-afronden" class="primary"
                                disabled=move || finished.get()
                                on:click=finish>{m.finish}</button>
                        }.into_any()
                    }}
                </div>
                {move || confirm.get().map(|n| view! {
                    <ConfirmDecide n=n on_yes=Callback::new(move |_| next(true)) on_no=Callback::new(move |_| confirm.set(None))/>
                })}
                {move || in_beeld.get().then(|| view! { <OpenActions r=r.get_value()/> })}
                {move || (!has_agenda.get()).then(|| view! { <p class="empty">{m.agenda_empty}</p> })}
                    {move || (presenting.get() && has_agenda.get()).then(|| view! {
                        <div class="item-nav">
                            <button type="button" on:click=move |_| step_item(-1) disabled=move || item.get() == 0>{m.prev_item}</button>
                            <span>{move || fill(m.item_of, &[("n", &(item.get().min(agenda_len().saturating_sub(1)) + 1).to_string()), ("total", &agenda_len().to_string())])}</span>
                            <button type="button" on:click=move |_| step_item(1) disabled=move || item.get() + 1 >= agenda_len()>{m.next_item}</button>
                        </div>
                    })}
                    {move || {
                        let Some(p) = progress.get() else { return ().into_any() };
                        let Some(current) = p.phase else { return ().into_any() };
                        let shown: Vec<String> = if presenting.get() {
                            p.agenda.get(item.get().min(p.agenda.len().saturating_sub(1))).cloned().into_iter().collect()
                        } else {
                            p.agenda.clone()
                        };
                        shown.into_iter().map(|ingredient| view! {
                            <ItemCard r=r.get_value() ingredient=ingredient phase=current/>
                        }).collect_view().into_any()
                    }}
                {move || in_besluit.get().then(|| view! { <Actions r=r.get_value()/> })}
            </div>
        }
        .into_any()
    }
}

fn set_body_class(class: &str, on: bool) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let list = body.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// True when the key went to a control that uses keys itself (text, choices, selects).
fn in_form_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

#[component]
fn Stepper(progress: Memo<Option<Progress>>) -> impl IntoView {
    let texts = t();
    let m = texts.meeting;
    view! {
        {move || progress.get().map(|p| {
            let phases = p.vorm.phases();
            let at = p.phase.and_then(|c| phases.iter().position(|x| *x == c)).unwrap_or(0);
            let current = phases[at];
            view! {
                <nav class="stepper-wrap" aria-label=m.stepper_label>
                    <ol class="stepper">
                        {phases.iter().enumerate().map(|(n, phase)| {
                            let class = if n < at { "done" } else if n == at { "current" } else { "todo" };
                            view! {
                                <li class=class aria-current=(n == at).then_some("step")>
                                    <span class="step-number">{(n + 1).to_string()}</span>
                                    <span class="step-name">{texts.phase_name(*phase)}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </nav>
                <div class="phase-head">
                    <p class="meta">{fill(m.phase_of, &[("n", &(at + 1).to_string()), ("total", &phases.len().to_string())])}</p>
                    <h2 class="phase-name" id="fase-kop">{texts.phase_name(current)}</h2>
                    <p class="phase-question">{texts.phase_question(current)}</p>
                </div>
            }
        })}
    }
}

/// m:ss (or h:mm:ss from an hour on) of a number of seconds.
fn clock(seconds: u64) -> String {
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

#[component]
fn Timer(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let now = RwSignal::new(now_ms());
    // One tick a second updates only the text; focus and typing are never touched.
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(now_ms()),
        std::time::Duration::from_millis(1000),
    ) {
        on_cleanup(move || handle.clear());
    }
    let key = r.clone();
    let timer = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_meeting(&key, ws, |_, b| {
                let planned = b.phase.map(|p| b.minutes_for(p)).unwrap_or(0) as u64 * 60_000;
                (b.timer.clone(), planned, b.status)
            })
        })
    });
    let view_state = move || {
        let (timer, planned, _) = timer.get()?;
        let elapsed = timer.elapsed(now.get());
        let (text, class) = if elapsed <= planned {
            let left = (planned - elapsed).div_ceil(1000);
            let warn = left <= 120 || left * 5 <= planned / 1000;
            (
                fill(m.timer_left, &[("time", &clock(left))]),
                if warn { "timer timer-warn" } else { "timer" },
            )
        } else {
            (
                fill(
                    m.timer_over,
                    &[("time", &clock((elapsed - planned) / 1000))],
                ),
                "timer timer-over",
            )
        };
        Some((text, class, timer.running()))
    };
    let toggle = move |_| {
        let running = timer.with_untracked(|t| t.as_ref().map(|(t, _, _)| t.running()));
        let c = if running == Some(true) {
            MeetingChange::TimerPause
        } else {
            MeetingChange::TimerStart
        };
        let _ = change(&state, &r, c);
    };
    let toggle = StoredValue::new(toggle);
    view! {
        {move || view_state().map(|(text, class, running)| view! {
            <div class=class>
                <span class="timer-label">{m.timer_label}": "</span>
                <span class="timer-value" role="timer" aria-live="off">{text}</span>
                <button type="button" id="bk-timer" class="small"
                    disabled=move || timer.with(|t| t.as_ref().is_none_or(|(_, _, s)| *s != Status::Bezig))
                    on:click=move |ev| toggle.with_value(|f| f(ev))>
                    {if running { m.timer_pause } else { m.timer_start }}
                </button>
            </div>
        })}
    }
}

#[component]
fn ConfirmDecide(n: usize, on_yes: Callback<()>, on_no: Callback<()>) -> impl IntoView {
    let texts = t();
    let back = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(back);
    let question = texts.phase_error(&PhaseError::NeedsConfirmation {
        open: vec![String::new(); n],
    });
    view! {
        <div class="confirm" role="group" aria-labelledby="besluit-vraag">
            <p id="besluit-vraag">{question}</p>
            <button type="button" node_ref=back on:click=move |_| on_no.run(())>{texts.meeting.confirm_no}</button>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>{texts.meeting.confirm_yes}</button>
        </div>
    }
}

#[component]
fn ItemCard(r: MeetingRef, ingredient: String, phase: Phase) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let content = content::nl();
    let (factor, info) = match content.ingredient(&ingredient) {
        Some(found) => found,
        None => return ().into_any(),
    };
    let slug = ingredient.clone();
    let heading = format!("item-{slug}");
    let heading_ref = heading.clone();
    let key = r.clone();
    let ing = ingredient.clone();
    let initial_note = state
        .workspace
        .with_untracked(|ws| {
            with_meeting(&r, ws, |_, b| {
                b.item(&ing)
                    .map(|i| i.note(phase).to_string())
                    .unwrap_or_default()
            })
        })
        .unwrap_or_default();
    let note_id = format!("notitie-{slug}-{}", phase.id());
    let note_ref = r.clone();
    let note_ing = ingredient.clone();
    let on_note = move |ev| {
        let _ = change(
            &state,
            &note_ref,
            MeetingChange::SetNote {
                ingredient: note_ing.clone(),
                phase,
                text: event_target_value(&ev),
            },
        );
    };
    let _ = key;
    view! {
        <article class="card run-item" aria-labelledby=heading_ref>
            <h2 id=heading>{info.name.clone()}<span class="meta">{format!(" · {}", factor.name)}</span></h2>
            <h3>{m.questions}</h3>
            <ul class="questions">
                {info.questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}
            </ul>
            {(phase == Phase::Revisie).then(|| view! { <AchterbanAnswers r=r.clone() ingredient=ingredient.clone()/> })}
            <label for=note_id.clone()>{fill(m.notes_label, &[("phase", texts.phase_name(phase))])}</label>
            <textarea id=note_id rows="4" maxlength="10000" prop:value=initial_note on:input=on_note></textarea>
            {(phase == Phase::Achterbanraadpleging).then(|| view! { <AchterbanQuestions r=r.clone() ingredient=ingredient.clone()/> })}
            <Checks r=r.clone() ingredient=ingredient.clone()/>
            {(phase == Phase::Besluitvorming).then(|| view! { <Besluiten r=r.clone() ingredient=ingredient.clone()/> })}
        </article>
    }
    .into_any()
}

#[component]
fn AchterbanQuestions(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let m = t().meeting;
    let initial = state
        .workspace
        .with_untracked(|ws| {
            with_meeting(&r, ws, |_, b| {
                b.item(&ingredient)
                    .map(|i| i.achterban_vragen.clone())
                    .unwrap_or_default()
            })
        })
        .unwrap_or_default();
    let id = format!("achterban-vragen-{ingredient}");
    view! {
        <label for=id.clone()>{m.achterban_vragen_label}</label>
        <textarea id=id rows="3" maxlength="2000" prop:value=initial
            on:input=move |ev| {
                let _ = change(&state, &r, MeetingChange::SetAchterbanVragen { ingredient: ingredient.clone(), text: event_target_value(&ev) });
            }></textarea>
    }
}

/// Revisie: the answers of every partner organisation side by side.
#[component]
fn AchterbanAnswers(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let m = t().meeting;
    let answers = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&r, ws, |s, b| {
                    let item = b.item(&ingredient);
                    let mut groups = s.achterban_groups();
                    // Answers recorded for a group that is no longer a partner stay visible.
                    if let Some(item) = item {
                        for g in item.achterban.keys() {
                            if !groups.contains(g) {
                                groups.push(g.clone());
                            }
                        }
                    }
                    groups
                        .into_iter()
                        .map(|g| {
                            let answer = item.and_then(|i| i.achterban.get(&g).cloned());
                            (g, answer)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    view! {
        <h3>{m.revisie_heading}</h3>
        <div class="achterban-grid">
            {move || answers.get().into_iter().map(|(group, answer)| view! {
                <div class="achterban-answer">
                    <h4>{group}</h4>
                    {match answer {
                        Some(text) => view! { <p class="answer">{text}</p> }.into_any(),
                        None => view! { <p class="empty">{m.no_answer}</p> }.into_any(),
                    }}
                </div>
            }).collect_view()}
        </div>
    }
}

#[component]
fn Checks(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let content = content::nl();
    let key = r.clone();
    let ing = ingredient.clone();
    let current = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_meeting(&key, ws, |s, b| {
                let checks = b.item(&ing).map(|i| i.checks.clone()).unwrap_or_default();
                let people: Vec<(String, String)> = b
                    .attendees
                    .iter()
                    .filter_map(|id| s.partner(id))
                    .map(|p| {
                        let label = if p.name.is_empty() {
                            p.organisation.clone()
                        } else {
                            p.name.clone()
                        };
                        (p.id.clone(), label)
                    })
                    .collect();
                (checks, people)
            })
        })
    });
    let r = StoredValue::new(r);
    let ingredient = StoredValue::new(ingredient);
    let groups = Checkvraag::ALL
        .iter()
        .zip(&content.checkvragen)
        .map(|(vraag, text)| {
            let vraag = *vraag;
            let name = format!("check-{}-{}", ingredient.get_value(), vraag.id());
            let legend = format!("{name}-vraag");
            let legend_ref = legend.clone();
            let radios = Antwoord::ALL
                .iter()
                .map(|a| {
                    let a = *a;
                    let id = format!("{name}-{}", a.id());
                    view! {
                        <span class="radio">
                            <input type="radio" name=name.clone() id=id.clone() value=a.id()
                                prop:checked=move || current.with(|c| c.as_ref().is_some_and(|(c, _)| c.get(vraag) == Some(a)))
                                on:change=move |_| {
                                    let _ = r.with_value(|r| change(&state, r, MeetingChange::SetCheck {
                                        ingredient: ingredient.get_value(), vraag, antwoord: Some(a),
                                    }));
                                }/>
                            <label for=id>{texts.antwoord(Some(a))}</label>
                        </span>
                    }
                })
                .collect_view();
            let people = (vraag == Checkvraag::Gehoord).then(|| view! {
                <div class="not-on-board">
                    <p class="hint">{m.not_on_board}</p>
                    <ul class="check-list inline">
                        {move || current.get().map(|(checks, people)| people.into_iter().map(|(pid, label)| {
                            let id = format!("aanboord-{}-{pid}", ingredient.get_value());
                            let on = checks.niet_aan_boord.contains(&pid);
                            view! {
                                <li>
                                    <input type="checkbox" id=id.clone() prop:checked=on
                                        on:change=move |ev| {
                                            let _ = r.with_value(|r| change(&state, r, MeetingChange::SetNotOnBoard {
                                                ingredient: ingredient.get_value(), partner: pid.clone(), on: event_target_checked(&ev),
                                            }));
                                        }/>
                                    <label for=id>{label}</label>
                                </li>
                            }
                        }).collect_view())}
                    </ul>
                </div>
            });
            view! {
                <fieldset class="checkvraag" aria-labelledby=legend_ref>
                    <legend id=legend>{text.text.clone()}</legend>
                    <div class="radios">{radios}</div>
                    {people}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <h3>{m.checks_heading}</h3>
        <div class="checks">{groups}</div>
    }
}

#[component]
fn Besluiten(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let content = content::nl();
    let key = r.clone();
    let ing = ingredient.clone();
    let list = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |_, b| {
                    b.besluiten
                        .iter()
                        .filter(|x| x.ingredient.as_deref() == Some(ing.as_str()))
                        .map(|x| (x.id.clone(), x.text.clone()))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let name = content.ingredient_name(&ingredient).to_string();
    let draft = RwSignal::new(String::new());
    let input_id = format!("besluit-{ingredient}");
    let r = StoredValue::new(r);
    let ingredient = StoredValue::new(ingredient);
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let besluit = Besluit {
            id: new_id("bs"),
            ingredient: Some(ingredient.get_value()),
            text: draft.get_untracked(),
        };
        if r.with_value(|r| change(&state, r, MeetingChange::AddBesluit(besluit)))
            .is_ok()
        {
            draft.set(String::new());
            state.success(m.besluit_added.to_string());
        }
    };
    view! {
        <h3>{m.besluiten_heading}</h3>
        <ol class="besluiten">
            {move || list.get().into_iter().enumerate().map(|(n, (id, text))| view! {
                <li>
                    <span>{text}</span>" "
                    <button type="button" class="danger small" aria-label=fill(m.besluit_remove, &[("n", &(n + 1).to_string())])
                        on:click=move |_| { let _ = r.with_value(|r| change(&state, r, MeetingChange::RemoveBesluit(id.clone()))); }>
                        {texts.delete}
                    </button>
                </li>
            }).collect_view()}
        </ol>
        <form class="besluit-form" on:submit=on_add>
            <label for=input_id.clone()>{fill(m.besluit_label, &[("ingredient", &name)])}</label>
            <textarea id=input_id rows="2" maxlength="2000" bind:value=draft></textarea>
            <button type="submit">{m.besluit_add}</button>
        </form>
    }
}

/// Open actions of earlier meetings, reviewed at the start (Beeldvorming).
#[component]
fn OpenActions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let m = t().meeting;
    let key = r.clone();
    let ids = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key.samenwerking)
                .map(|s| {
                    s.open_acties()
                        .into_iter()
                        .filter(|a| a.bijeenkomst != key.bijeenkomst)
                        .map(|a| a.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Keep showing actions marked "klaar" during this review, so a mistaken click can be undone.
    let shown = RwSignal::new(ids.get_untracked());
    Effect::new(move |_| {
        let now = ids.get();
        shown.update(|s| {
            for id in now {
                if !s.contains(&id) {
                    s.push(id);
                }
            }
        });
    });
    view! {
        <section class="card" aria-labelledby="review-kop">
            <h2 id="review-kop">{m.review_heading}</h2>
            <Show when=move || !shown.with(Vec::is_empty) fallback=move || view! { <p class="empty">{m.review_empty}</p> }>
                <ActieTable r=r.clone() ids=Signal::derive(move || shown.get())/>
            </Show>
        </section>
    }
}

#[component]
fn ActieTable(r: MeetingRef, ids: Signal<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let content = content::nl();
    let sw = r.samenwerking.clone();
    let rows = Memo::new(move |_| {
        let wanted = ids.get();
        state.workspace.with(|ws| {
            ws.get(&sw)
                .map(|s| {
                    wanted
                        .iter()
                        .filter_map(|id| s.acties.iter().find(|a| a.id == *id).cloned())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let sw = StoredValue::new(r.samenwerking.clone());
    let [wat, wie, wanneer, status, ingredient, _] = texts.csv_columns;
    view! {
        <div class="table-wrap">
            <table class="acties">
                <thead><tr>
                    <th scope="col">{wat}</th><th scope="col">{wie}</th><th scope="col">{wanneer}</th>
                    <th scope="col">{ingredient}</th><th scope="col">{status}</th><th scope="col">{texts.partner_actions}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|a| {
                        let label = fill(m.actie_status, &[("wat", &a.wat)]);
                        let remove_label = fill(m.actie_remove, &[("wat", &a.wat)]);
                        let ingredient_name = a.ingredient.as_deref()
                            .map(|i| content.ingredient_name(i).to_string())
                            .unwrap_or_else(|| m.actie_algemeen.to_string());
                        let for_update = a.clone();
                        let id = a.id.clone();
                        view! {
                            <tr>
                                <td>{a.wat.clone()}</td>
                                <td>{a.wie.clone()}</td>
                                <td>{texts.date(&a.wanneer)}</td>
                                <td>{ingredient_name}</td>
                                <td>
                                    <select aria-label=label on:change=move |ev| {
                                        if let Some(status) = ActieStatus::from_id(&event_target_value(&ev)) {
                                            let _ = state.dispatch(Command::Actie {
                                                samenwerking: sw.get_value(),
                                                change: ActieChange::Update(crate::domain::meeting::Actie { status, ..for_update.clone() }),
                                            });
                                        }
                                    }>
                                        {ActieStatus::ALL.into_iter().map(|s| view! {
                                            <option value=s.id() selected=s == a.status>{texts.actie_status(s)}</option>
                                        }).collect_view()}
                                    </select>
                                </td>
                                <td>
                                    <button type="button" class="danger small" aria-label=remove_label
                                        on:click=move |_| { let _ = state.dispatch(Command::Actie { samenwerking: sw.get_value(), change: ActieChange::Remove(id.clone()) }); }>
                                        {texts.delete}
                                    </button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Besluitvorming: "Wie gaat wat wanneer doen?" — the actions of this meeting.
#[component]
fn Actions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.meeting;
    let content = content::nl();
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
    let key = r.clone();
    let agenda = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |_, b| {
                    b.agenda
                        .iter()
                        .map(|i| i.ingredient.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let wat = RwSignal::new(String::new());
    let wie = RwSignal::new(String::new());
    let wanneer = RwSignal::new(String::new());
    let about = RwSignal::new(String::new());
    let wat_ref = NodeRef::<leptos::html::Input>::new();
    let add_ref = r.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ingredient = Some(about.get_untracked()).filter(|i| !i.is_empty());
        let actie = crate::domain::meeting::Actie {
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
            state.success(m.actie_added.to_string());
            if let Some(input) = wat_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="acties-kop">
            <h2 id="acties-kop">{m.acties_heading}</h2>
            <Show when=move || !ids.with(Vec::is_empty)>
                <ActieTable r=r.clone() ids=Signal::derive(move || ids.get())/>
            </Show>
            <form class="actie-form" on:submit=on_add>
                <div class="form-grid">
                    <div>
                        <label for="actie-wat">{m.actie_wat}</label>
                        <input id="actie-wat" type="text" autocomplete="off" maxlength="300" node_ref=wat_ref bind:value=wat/>
                    </div>
                    <div>
                        <label for="actie-wie">{m.actie_wie}</label>
                        <input id="actie-wie" type="text" autocomplete="off" maxlength="120" bind:value=wie/>
                    </div>
                    <div>
                        <label for="actie-wanneer">{m.actie_wanneer}</label>
                        <input id="actie-wanneer" type="date" bind:value=wanneer/>
                    </div>
                    <div>
                        <label for="actie-ingredient">{m.actie_ingredient}</label>
                        <select id="actie-ingredient" on:change=move |ev| about.set(event_target_value(&ev))>
                            <option value="">{m.actie_algemeen}</option>
                            {move || agenda.get().into_iter().map(|id| {
                                let name = content.ingredient_name(&id).to_string();
                                view! { <option value=id>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit" class="primary">{m.actie_add}</button>
            </form>
        </section>
    }
}
