//! The current ingrediënt of a running bijeenkomst: its questions, the notes of this phase,
//! the achterban's questions and answers (BARB) and the checkvragen.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{CheckAntwoord, Checkvraag, Fase};
use crate::domain::content;
use crate::domain::BijeenkomstChange;
use crate::i18n::{fill, t};

use super::super::super::state::use_app_state;
use super::super::{change, with_meeting, MeetingRef};
use super::acties::Besluiten;

#[component]
pub(super) fn ItemCard(r: MeetingRef, ingredient: String, phase: Fase) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
    let (factor, info) = match content.ingredient(&ingredient) {
        Some(found) => found,
        None => return ().into_any(),
    };
    let slug = ingredient.clone();
    let heading = format!("item-{slug}");
    let heading_ref = heading.clone();
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
            BijeenkomstChange::SetNote {
                ingredient: note_ing.clone(),
                phase,
                text: event_target_value(&ev),
            },
        );
    };
    view! {
        <article class="card run-item" aria-labelledby=heading_ref>
            <h2 id=heading>
                {content::heading_name(&info.id)}
                <span class="meta">{format!(" · {}", factor.name)}</span>
            </h2>
            <h3>{m.questions}</h3>
            <ul class="questions">
                {info.questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}
            </ul>
            {(phase == Fase::Revisie)
                .then(|| view! { <AchterbanAnswers r=r.clone() ingredient=ingredient.clone() /> })}
            <label for=note_id
                .clone()>{fill(m.notes_label, &[("phase", texts.phase_name(phase))])}</label>
            <textarea
                id=note_id
                rows="4"
                maxlength="10000"
                prop:value=initial_note
                on:input=on_note
            ></textarea>
            {(phase == Fase::Achterbanraadpleging)
                .then(|| {
                    view! { <AchterbanQuestions r=r.clone() ingredient=ingredient.clone() /> }
                })}
            <Checks r=r.clone() ingredient=ingredient.clone() />
            {(phase == Fase::Besluitvorming)
                .then(|| view! { <Besluiten r=r.clone() ingredient=ingredient.clone() /> })}
        </article>
    }
    .into_any()
}

#[component]
fn AchterbanQuestions(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let m = t().bijeenkomst;
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
        <textarea
            id=id
            rows="3"
            maxlength="2000"
            prop:value=initial
            on:input=move |ev| {
                let _ = change(
                    &state,
                    &r,
                    BijeenkomstChange::SetAchterbanVragen {
                        ingredient: ingredient.clone(),
                        text: event_target_value(&ev),
                    },
                );
            }
        ></textarea>
    }
}

/// Revisie: the answers of every partner organisation side by side.
#[component]
fn AchterbanAnswers(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let m = t().bijeenkomst;
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
            {move || {
                answers
                    .get()
                    .into_iter()
                    .map(|(group, answer)| {
                        view! {
                            <div class="achterban-answer">
                                <h4>{group}</h4>
                                {match answer {
                                    Some(text) => view! { <p class="answer">{text}</p> }.into_any(),
                                    None => view! { <p class="empty">{m.no_answer}</p> }.into_any(),
                                }}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn Checks(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
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
            let radios = CheckAntwoord::ALL
                .iter()
                .map(|a| {
                    let a = *a;
                    let id = format!("{name}-{}", a.id());
                    view! {
                        <span class="radio">
                            <input
                                type="radio"
                                name=name.clone()
                                id=id.clone()
                                value=a.id()
                                prop:checked=move || {
                                    current
                                        .with(|c| {
                                            c.as_ref().is_some_and(|(c, _)| c.get(vraag) == Some(a))
                                        })
                                }
                                on:change=move |_| {
                                    let _ = r
                                        .with_value(|r| change(
                                            &state,
                                            r,
                                            BijeenkomstChange::SetCheck {
                                                ingredient: ingredient.get_value(),
                                                vraag,
                                                antwoord: Some(a),
                                            },
                                        ));
                                }
                            />
                            <label for=id>{texts.antwoord(Some(a))}</label>
                        </span>
                    }
                })
                .collect_view();
            let people = (vraag == Checkvraag::Gehoord).then(|| view! {
                <div class="not-on-board">
                    <p class="hint">{m.not_on_board}</p>
                    <ul class="check-list inline">
                        {move || {
                            current
                                .get()
                                .map(|(checks, people)| {
                                    people
                                        .into_iter()
                                        .map(|(pid, label)| {
                                            let id = format!(
                                                "aanboord-{}-{pid}",
                                                ingredient.get_value(),
                                            );
                                            let on = checks.niet_aan_boord.contains(&pid);
                                            view! {
                                                <li>
                                                    <input
                                                        type="checkbox"
                                                        id=id.clone()
                                                        prop:checked=on
                                                        on:change=move |ev| {
                                                            let _ = r
                                                                .with_value(|r| change(
                                                                    &state,
                                                                    r,
                                                                    BijeenkomstChange::SetNotOnBoard {
                                                                        ingredient: ingredient.get_value(),
                                                                        partner: pid.clone(),
                                                                        on: event_target_checked(&ev),
                                                                    },
                                                                ));
                                                        }
                                                    />
                                                    <label for=id>{label}</label>
                                                </li>
                                            }
                                        })
                                        .collect_view()
                                })
                        }}
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
