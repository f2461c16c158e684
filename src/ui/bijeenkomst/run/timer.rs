//! The countdown of the current phase: one tick a second updates only its text, so it never
//! steals focus or interrupts typing.

use leptos::prelude::*;

use crate::domain::bijeenkomst::Status;
use crate::domain::BijeenkomstChange;
use crate::i18n::{fill, t};
use crate::report::dates::{clock, countdown, Countdown};

use super::super::super::state::{now_ms, use_app_state, AppState};
use super::super::{change, with_meeting, MeetingRef};

/// Starts the timer of the current phase, or pauses it when it runs.
pub(super) fn toggle(state: &AppState, r: &MeetingRef) {
    let running = state
        .workspace
        .with_untracked(|ws| with_meeting(r, ws, |_, b| b.timer.running()));
    let c = if running == Some(true) {
        BijeenkomstChange::TimerPause
    } else {
        BijeenkomstChange::TimerStart
    };
    let _ = change(state, r, c);
}

#[component]
pub(super) fn Timer(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
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
        let (text, class) = match countdown(timer.elapsed(now.get()), planned) {
            Countdown::Left { seconds, warn } => (
                fill(m.timer_left, &[("time", &clock(seconds))]),
                if warn { "timer timer-warn" } else { "timer" },
            ),
            Countdown::Over { seconds } => (
                fill(m.timer_over, &[("time", &clock(seconds))]),
                "timer timer-over",
            ),
        };
        Some((text, class))
    };
    let view_state = Memo::new(move |_| view_state());
    let running =
        Memo::new(move |_| timer.with(|t| t.as_ref().is_some_and(|(t, _, _)| t.running())));
    let r = StoredValue::new(r);
    // One element throughout: each tick changes only the text and the class, so the button
    // keeps keyboard focus.
    view! {
        <div class=move || view_state.get().map(|(_, class)| class).unwrap_or("timer")>
            <span class="timer-label">{m.timer_label}": "</span>
            <span class="timer-value" role="timer" aria-live="off">
                {move || view_state.get().map(|(text, _)| text).unwrap_or_default()}
            </span>
            <button
                type="button"
                id="bk-timer"
                class="small"
                disabled=move || {
                    timer.with(|t| t.as_ref().is_none_or(|(_, _, s)| *s != Status::Bezig))
                }
                on:click=move |_| r.with_value(|r| toggle(&state, r))
            >
                {move || if running.get() { m.timer_pause } else { m.timer_start }}
            </button>
        </div>
    }
}
