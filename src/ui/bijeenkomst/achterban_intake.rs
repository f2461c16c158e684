//! Taking an organisation's achterban answers in from a phone: its answer codes read by the
//! camera, or its answer file, checked by the core ([`plan_achterban`]) and written as that
//! organisation's answers for the Revisie. Answers that would replace other text are shown
//! side by side first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::meedoen::achterban::{
    plan_achterban, read_achterban_file, AchterbanAntwoorden, AchterbanMisfit, AchterbanReceived,
    AchterbanReceiver, AchterbanStap,
};
use crate::domain::BijeenkomstChange;
use crate::i18n::{fill, t};

use super::super::files::{self, ReadError};
use super::super::scan::camera::CameraReader;
use super::super::state::{focus_id, use_app_state, AppState};
use super::verslag::ingredient_name;
use super::{change, MeetingRef};

/// The file input (focus returns there after the replace question).
const FILE_INPUT: &str = "achterban-bestand";
/// Achterban answer files larger than this are refused before reading.
const MAX_FILE_BYTES: usize = 256 * 1024;

/// Answers waiting for the facilitator's word because they replace other text.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    antwoorden: AchterbanAntwoorden,
    steps: Vec<AchterbanStap>,
}

/// Writes the steps that change something; says what happened.
fn apply(state: &AppState, r: &MeetingRef, group: &str, steps: &[AchterbanStap]) {
    let at = t().achterban_telefoon;
    let mut n = 0;
    for step in steps {
        let (ingredient, text) = match step {
            AchterbanStap::Nieuw { ingredient, text }
            | AchterbanStap::Vervangt {
                ingredient, text, ..
            } => (ingredient, text),
            AchterbanStap::AlDaar { .. } => continue,
        };
        let done = change(
            state,
            r,
            BijeenkomstChange::SetAchterbanAntwoord {
                ingredient: ingredient.clone(),
                group: group.to_string(),
                text: text.clone(),
            },
        );
        if done.is_err() {
            // `change` has told the user why.
            return;
        }
        n += 1;
    }
    if n == 0 {
        state.success(fill(at.intake_same, &[("group", group)]));
    } else {
        state.success(at.intake_added.with(n, &[("group", group)]));
    }
}

/// Checks answers against the meeting: applies them, or asks first when they replace text.
fn take_in(
    state: &AppState,
    r: &MeetingRef,
    a: AchterbanAntwoorden,
    pending: RwSignal<Option<Pending>>,
) {
    let at = t().achterban_telefoon;
    let planned = state.workspace.with_untracked(|ws| {
        ws.get(&r.samenwerking)
            .map(|s| plan_achterban(s, &a))
            .unwrap_or(Err(AchterbanMisfit::OtherMeeting))
    });
    let planned = planned.and_then(|steps| {
        if a.bijeenkomst == r.bijeenkomst {
            Ok(steps)
        } else {
            Err(AchterbanMisfit::OtherMeeting)
        }
    });
    match planned {
        Err(AchterbanMisfit::OtherMeeting) => state.error(at.other_meeting.to_string()),
        Err(AchterbanMisfit::NotOnAgenda { ingredient }) => state.error(fill(
            at.not_on_agenda,
            &[("ingredient", &ingredient_name(&ingredient))],
        )),
        Ok(steps) => {
            if steps
                .iter()
                .any(|s| matches!(s, AchterbanStap::Vervangt { .. }))
            {
                pending.set(Some(Pending {
                    antwoorden: a,
                    steps,
                }));
                request_animation_frame(|| focus_id("achterban-vervang-ja"));
            } else {
                apply(state, r, &a.group, &steps);
            }
        }
    }
}

/// "Antwoorden van telefoons ophalen" on the achterban tab of a BARB meeting.
#[component]
pub fn AchterbanIntake(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let at = t().achterban_telefoon;
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let receiver = StoredValue::new(AchterbanReceiver::new());
    let r = StoredValue::new(r);

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            let texts = t();
            let read = match files::read_text(file, MAX_FILE_BYTES).await {
                Ok(text) => read_achterban_file(&text).map_err(|e| texts.code_error(&e)),
                Err(ReadError::TooLarge(_)) => {
                    Err(texts.code_error(&crate::domain::meedoen::CodeError::TooLarge))
                }
                Err(ReadError::Failed) => {
                    Err(texts.code_error(&crate::domain::meedoen::CodeError::Corrupt))
                }
            };
            match read {
                Ok(a) => take_in(&state, &r.get_value(), a, pending),
                Err(message) => state.error(message),
            }
        });
    };

    // A code from the camera (the scan's camera reader): collected until a series is whole.
    // Returns what the camera's status line says.
    let on_code = Callback::new(move |code: String| -> String {
        let result = receiver
            .try_update_value(|rx| rx.push(&code))
            .unwrap_or(Ok(AchterbanReceived::Repeat));
        match result {
            Ok(AchterbanReceived::Part { have, of, .. }) => fill(
                at.intake_part,
                &[("have", &have.to_string()), ("of", &of.to_string())],
            ),
            Ok(AchterbanReceived::Complete { antwoorden, .. }) => {
                let group = antwoorden.group.clone();
                take_in(&state, &r.get_value(), *antwoorden, pending);
                fill(at.intake_read, &[("group", &group)])
            }
            Ok(AchterbanReceived::Repeat) => String::new(),
            Err(e) => {
                let message = t().code_error(&e);
                state.error(message.clone());
                message
            }
        }
    });

    let confirm = move || {
        pending.get().map(|p| {
            let group = p.antwoorden.group.clone();
            let items = p
                .steps
                .iter()
                .filter_map(|s| match s {
                    AchterbanStap::Vervangt {
                        ingredient,
                        old,
                        text,
                    } => Some(view! {
                        <li>
                            <strong>
                                {fill(
                                    at.intake_replace_item,
                                    &[("ingredient", &ingredient_name(ingredient))],
                                )}
                            </strong>
                            <dl class="vervang">
                                <dt>{at.intake_old}</dt>
                                <dd class="report-text">{old.clone()}</dd>
                                <dt>{at.intake_new}</dt>
                                <dd class="report-text">{text.clone()}</dd>
                            </dl>
                        </li>
                    }),
                    _ => None,
                })
                .collect_view();
            let steps = p.steps.clone();
            let on_yes = move |_| {
                apply(&state, &r.get_value(), &group, &steps);
                pending.set(None);
                focus_id(FILE_INPUT);
            };
            let on_no = move |_| {
                pending.set(None);
                focus_id(FILE_INPUT);
            };
            view! {
                <div class="confirm" role="group" aria-labelledby="achterban-vervang-vraag">
                    <p id="achterban-vervang-vraag">
                        {fill(at.intake_replace_question, &[("group", &p.antwoorden.group)])}
                    </p>
                    <ul class="vervang-lijst">{items}</ul>
                    <button type="button" id="achterban-vervang-ja" class="danger" on:click=on_yes>
                        {at.intake_replace}
                    </button>
                    " "
                    <button type="button" on:click=on_no>
                        {at.intake_keep}
                    </button>
                </div>
            }
        })
    };

    view! {
        <section
            class="card achterban-intake report-screen-only"
            aria-labelledby="achterban-intake-kop"
        >
            <h2 id="achterban-intake-kop">{at.intake_heading}</h2>
            <p class="hint">{at.intake_intro}</p>
            <label for=FILE_INPUT>{at.intake_file}</label>
            <input type="file" id=FILE_INPUT accept=".json,application/json" on:change=on_file />
            <CameraReader on_code=on_code />
            {confirm}
        </section>
    }
}
