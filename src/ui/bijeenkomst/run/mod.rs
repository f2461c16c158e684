//! Leading a bijeenkomst: the phase stepper with each phase's question, a countdown that never
//! steals focus ([`timer`]), per agenda ingrediënt the questions, notes per phase and the
//! checkvragen ([`item`]), besluiten and acties, open actions from earlier meetings
//! ([`acties`]), and a presentation mode for the beamer driven by the keyboard
//! ([`presentation`]).

mod acties;
mod item;
mod presentation;

pub(crate) use presentation::hide_chrome;
mod timer;

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Fase, FaseError, OpenCheck, Status, Vorm};
use crate::domain::{BijeenkomstChange, DomainError};
use crate::i18n::{fill, t};

use super::super::state::{focus_id, focus_when_mounted, use_app_state, MeetingView, Screen};
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
    let key2 = r.clone();
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
    let running = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_meeting(&key2, ws, |_, b| b.timer.running()).unwrap_or(false))
    });
    let r = StoredValue::new(r);
    let presenting = RwSignal::new(false);
    let item = RwSignal::new(0usize);
    // The question before Besluitvorming, with what is not settled yet.
    let confirm = RwSignal::new(None::<Vec<OpenCheck>>);
    // The question before the meeting is closed.
    let finishing = RwSignal::new(false);
    // The last phase move, said in the status line: Some(true) back, Some(false) forward.
    let moved = RwSignal::new(None::<bool>);

    presentation::hide_chrome(presenting);

    let phase = Signal::derive(move || progress.with(|p| p.as_ref().and_then(|p| p.phase)));
    let agenda_len =
        Signal::derive(move || progress.with(|p| p.as_ref().map(|p| p.agenda.len()).unwrap_or(0)));
    let at_first = move || {
        progress.with_untracked(|p| {
            p.as_ref()
                .is_none_or(|p| p.phase == p.vorm.fasen().first().copied())
        })
    };

    // Returns whether the phase moved.
    let next = move |confirmed: bool| -> bool {
        finishing.set(false);
        let result = r.with_value(|r| change(&state, r, BijeenkomstChange::NextFase { confirmed }));
        match result {
            Ok(()) => {
                confirm.set(None);
                moved.set(Some(false));
                true
            }
            Err(DomainError::Fase(FaseError::NeedsConfirmation { open })) => {
                // The question replaces the generic error notice.
                state.notice.set(None);
                moved.set(None);
                confirm.set(Some(open));
                false
            }
            Err(_) => {
                confirm.set(None);
                false
            }
        }
    };
    let previous = move || {
        confirm.set(None);
        finishing.set(false);
        if r.with_value(|r| change(&state, r, BijeenkomstChange::PreviousFase))
            .is_ok()
        {
            moved.set(Some(true));
        }
    };
    let finish = move || {
        if r.with_value(|r| change(&state, r, BijeenkomstChange::Finish))
            .is_ok()
        {
            finishing.set(false);
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
    // "Naar Oordeelsvorming. De tijd van deze fase loopt." after every phase move, so a move
    // by arrow key on the beamer, and a paused timer, are never silent.
    let moved_text = move || {
        let back = moved.get()?;
        let current = phase.get()?;
        let name = [("phase", texts.phase_name(current))];
        let step = fill(if back { m.moved_back } else { m.moved_to }, &name);
        let time = if running.get() {
            m.timer_runs
        } else if presenting.get() {
            m.timer_still_presenting
        } else {
            m.timer_still
        };
        Some(format!("{step} {time}"))
    };

    presentation::shortcuts(
        presenting,
        move |confirmed| {
            next(confirmed);
        },
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
                        on:click=move |_| {
                            previous();
                            if at_first() {
                                request_animation_frame(|| focus_id("fase-kop"));
                            }
                        }
                    >
                        {m.prev_phase}
                    </button>
                    // One button, so keyboard focus stays on it when "Volgende fase" becomes
                    // "Bijeenkomst afronden" in the last phase; closing then asks first.
                    <button
                        type="button"
                        id=move || if can_go_on.get() { "bk-volgende-fase" } else { "bk-afronden" }
                        class="primary"
                        disabled=move || finished.get()
                        aria-expanded=move || {
                            (!can_go_on.get()).then(|| finishing.get().to_string())
                        }
                        on:click=move |_| {
                            if can_go_on.get_untracked() {
                                next(false);
                            } else {
                                finishing.set(true);
                            }
                        }
                    >
                        {move || if can_go_on.get() { m.next_phase } else { m.finish }}
                    </button>
                </div>
                <p class="phase-status" role="status" id="fase-status">
                    {moved_text}
                </p>
                {move || {
                    finishing
                        .get()
                        .then(|| {
                            view! {
                                <ConfirmFinish
                                    on_yes=Callback::new(move |_| finish())
                                    on_no=Callback::new(move |_| {
                                        finishing.set(false);
                                        focus_id("bk-afronden");
                                    })
                                />
                            }
                        })
                }}
                {move || {
                    confirm
                        .get()
                        .map(|open| {
                            view! {
                                <ConfirmDecide
                                    open=open
                                    on_yes=Callback::new(move |_| {
                                        if next(true) {
                                            request_animation_frame(|| focus_id("fase-kop"));
                                        }
                                    })
                                    on_no=Callback::new(move |_| {
                                        confirm.set(None);
                                        focus_id("bk-volgende-fase");
                                    })
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
                            <h2 class="phase-name" id="fase-kop" tabindex="-1">
                                {texts.phase_heading(current)}
                            </h2>
                            <p class="phase-question">{texts.phase_question(current)}</p>
                        </div>
                    }
                })
        }}
    }
}

#[component]
fn ConfirmDecide(open: Vec<OpenCheck>, on_yes: Callback<()>, on_no: Callback<()>) -> impl IntoView {
    let texts = t();
    let back = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(back);
    let (heading, lines) = texts.decide_confirmation(&open);
    view! {
        <div
            class="confirm"
            role="group"
            aria-labelledby="besluit-vraag"
            aria-describedby="besluit-open besluit-toch"
        >
            <p id="besluit-vraag">{heading}</p>
            <ul id="besluit-open">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <p id="besluit-toch">{texts.bijeenkomst.confirm_question}</p>
            <button type="button" node_ref=back on:click=move |_| on_no.run(())>
                {texts.bijeenkomst.confirm_no}
            </button>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>
                {texts.bijeenkomst.confirm_yes}
            </button>
        </div>
    }
}

/// Before the meeting is closed: focus lands on "Nog niet afronden", so a run of Enters never
/// closes it by accident.
#[component]
fn ConfirmFinish(on_yes: Callback<()>, on_no: Callback<()>) -> impl IntoView {
    let m = t().bijeenkomst;
    let back = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(back);
    view! {
        <div class="confirm" role="group" aria-labelledby="afronden-vraag">
            <p id="afronden-vraag">{m.finish_question}</p>
            <button
                type="button"
                id="bk-afronden-nee"
                node_ref=back
                on:click=move |_| on_no.run(())
            >
                {m.finish_no}
            </button>
            <button
                type="button"
                id="bk-afronden-ja"
                class="danger"
                on:click=move |_| on_yes.run(())
            >
                {m.finish_yes}
            </button>
        </div>
    }
}
