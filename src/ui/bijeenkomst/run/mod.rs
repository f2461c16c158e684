//! Leading a bijeenkomst: the phase stepper with each phase's question, a countdown that never
//! steals focus ([`timer`]), per agenda ingrediënt the questions, notes per phase and the
//! checkvragen ([`item`]), besluiten and acties, open actions from earlier meetings
//! ([`acties`]), and a presentation mode for the beamer driven by the keyboard
//! ([`presentation`]).

mod acties;
mod item;
mod presentation;
mod timer;

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Fase, FaseError, Status, Vorm};
use crate::domain::{BijeenkomstChange, DomainError};
use crate::i18n::{fill, t};

use super::super::state::{focus_when_mounted, use_app_state, MeetingView, Screen};
use super::{change, with_meeting, MeetingRef};
use acties::{Actions, OpenActions};
use item::ItemCard;
use presentation::{step_item, ItemNav};
use timer::Timer;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Progress {
    status: Status,
    vorm: Vorm,
    phase: Option<Fase>,
    agenda: Vec<String>,
}

#[component]
pub fn RunView(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
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

    presentation::hide_chrome(presenting);

    let phase = Signal::derive(move || progress.with(|p| p.as_ref().and_then(|p| p.phase)));
    let agenda_len =
        Signal::derive(move || progress.with(|p| p.as_ref().map(|p| p.agenda.len()).unwrap_or(0)));

    let next = move |confirmed: bool| {
        let result = r.with_value(|r| change(&state, r, BijeenkomstChange::NextFase { confirmed }));
        if let Err(DomainError::Fase(FaseError::NeedsConfirmation { open })) = result {
            // The question replaces the generic error notice.
            state.notice.set(None);
            confirm.set(Some(open.len()));
        } else {
            confirm.set(None);
        }
    };
    let previous = move || {
        confirm.set(None);
        let _ = r.with_value(|r| change(&state, r, BijeenkomstChange::PreviousFase));
    };
    let finish = move |_| {
        if r.with_value(|r| change(&state, r, BijeenkomstChange::Finish))
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

    presentation::shortcuts(
        presenting,
        next,
        previous,
        move |delta| step_item(item, agenda_len.get_untracked(), delta),
        move || r.with_value(|r| timer::toggle(&state, r)),
    );

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
                p.status == Status::Bezig && p.phase != p.vorm.fasen().last().copied()
            })
        })
    });
    let in_phase = move |which: Fase| Memo::new(move |_| phase.get() == Some(which));
    let (in_beeld, in_besluit) = (in_phase(Fase::Beeldvorming), in_phase(Fase::Besluitvorming));
    let has_agenda = Memo::new(move |_| agenda_len.get() != 0);
    let plan_href = StoredValue::new(plan_href);

    move || {
        if !started.get() {
            return view! {
                <p class="status-banner">
                    {m.not_started}" "<a href=plan_href.get_value()>{m.plan_tab}</a>
                </p>
            }
            .into_any();
        }
        view! {
            <div class="run" class:presenting=move || presenting.get()>
                <div class="run-bar">
                    <button
                        type="button"
                        id="bk-presentatie"
                        aria-pressed=move || presenting.get().to_string()
                        on:click=move |_| presenting.update(|p| *p = !*p)
                    >
                        {move || {
                            if presenting.get() { m.presentation_off } else { m.presentation_on }
                        }}
                    </button>
                    {move || {
                        presenting.get().then(|| view! { <p class="shortcuts">{m.shortcuts}</p> })
                    }}
                </div>
                {move || {
                    finished.get().then(|| view! { <p class="status-banner">{m.finished_note}</p> })
                }}
                <Stepper progress=progress />
                <Timer r=r.get_value() />
                <div class="phase-nav">
                    <button
                        type="button"
                        id="bk-vorige-fase"
                        disabled=move || {
                            progress
                                .with(|p| {
                                    p.as_ref()
                                        .is_none_or(|p| {
                                            p.status != Status::Bezig
                                                || p.phase == p.vorm.fasen().first().copied()
                                        })
                                })
                        }
                        on:click=move |_| previous()
                    >
                        {m.prev_phase}
                    </button>
                    {move || {
                        if can_go_on.get() {
                            view! {
                                <button
                                    type="button"
                                    id="bk-volgende-fase"
                                    class="primary"
                                    on:click=move |_| next(false)
                                >
                                    {m.next_phase}
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <button
                                    type="button"
                                    id="bk-afronden"
                                    class="primary"
                                    disabled=move || finished.get()
                                    on:click=finish
                                >
                                    {m.finish}
                                </button>
                            }
                                .into_any()
                        }
                    }}
                </div>
                {move || {
                    confirm
                        .get()
                        .map(|n| {
                            view! {
                                <ConfirmDecide
                                    n=n
                                    on_yes=Callback::new(move |_| next(true))
                                    on_no=Callback::new(move |_| confirm.set(None))
                                />
                            }
                        })
                }}
                {move || in_beeld.get().then(|| view! { <OpenActions r=r.get_value() /> })}
                {move || {
                    (!has_agenda.get()).then(|| view! { <p class="empty">{m.agenda_empty}</p> })
                }}
                {move || {
                    (presenting.get() && has_agenda.get())
                        .then(|| view! { <ItemNav item=item len=agenda_len /> })
                }}
                {move || {
                    let Some(p) = progress.get() else { return ().into_any() };
                    let Some(current) = p.phase else { return ().into_any() };
                    let shown: Vec<String> = if presenting.get() {
                        p.agenda
                            .get(item.get().min(p.agenda.len().saturating_sub(1)))
                            .cloned()
                            .into_iter()
                            .collect()
                    } else {
                        p.agenda.clone()
                    };
                    shown
                        .into_iter()
                        .map(|ingredient| {
                            view! {
                                <ItemCard r=r.get_value() ingredient=ingredient phase=current />
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
                {move || in_besluit.get().then(|| view! { <Actions r=r.get_value() /> })}
            </div>
        }
        .into_any()
    }
}

#[component]
fn Stepper(progress: Memo<Option<Progress>>) -> impl IntoView {
    let texts = t();
    let m = texts.bijeenkomst;
    view! {
        {move || {
            progress
                .get()
                .map(|p| {
                    let phases = p.vorm.fasen();
                    let at = p.phase.and_then(|c| phases.iter().position(|x| *x == c)).unwrap_or(0);
                    let current = phases[at];
                    view! {
                        <nav class="stepper-wrap" aria-label=m.stepper_label>
                            <ol class="stepper">
                                {phases
                                    .iter()
                                    .enumerate()
                                    .map(|(n, phase)| {
                                        let class = if n < at {
                                            "done"
                                        } else if n == at {
                                            "current"
                                        } else {
                                            "todo"
                                        };
                                        view! {
                                            <li class=class aria-current=(n == at).then_some("step")>
                                                <span class="step-number">{(n + 1).to_string()}</span>
                                                <span class="step-name">{texts.phase_name(*phase)}</span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </nav>
                        <div class="phase-head">
                            <p class="meta">
                                {fill(
                                    m.phase_of,
                                    &[
                                        ("n", &(at + 1).to_string()),
                                        ("total", &phases.len().to_string()),
                                    ],
                                )}
                            </p>
                            <h2 class="phase-name" id="fase-kop">
                                {texts.phase_name(current)}
                            </h2>
                            <p class="phase-question">{texts.phase_question(current)}</p>
                        </div>
                    }
                })
        }}
    }
}

#[component]
fn ConfirmDecide(n: usize, on_yes: Callback<()>, on_no: Callback<()>) -> impl IntoView {
    let texts = t();
    let back = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(back);
    let question = texts.phase_error(&FaseError::NeedsConfirmation {
        open: vec![String::new(); n],
    });
    view! {
        <div class="confirm" role="group" aria-labelledby="besluit-vraag">
            <p id="besluit-vraag">{question}</p>
            <button type="button" node_ref=back on:click=move |_| on_no.run(())>
                {texts.bijeenkomst.confirm_no}
            </button>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>
                {texts.bijeenkomst.confirm_yes}
            </button>
        </div>
    }
}
