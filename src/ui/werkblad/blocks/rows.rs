//! Rows a group adds: Eisenhower topics with the actie-agenda derived from them and its
//! hand-off to a meeting, or its own rules.

use leptos::prelude::*;

use crate::domain::werkblad::{eisenhower_rows, Block, Kwadrant, Rij};
use crate::domain::{Command, WerkbladChange};
use crate::i18n::t;

use super::super::super::state::{new_id, use_app_state};
use super::super::Sheet;

/// Rows the group adds: Eisenhower topics (`topics`, with urgent and belangrijk) or own rules.
#[component]
pub(super) fn Rows(sheet: Sheet, block: &'static Block, topics: bool) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let all = sheet.rows;
    let rows = Memo::new(move |_| {
        all.with(|rows| {
            rows.iter()
                .filter(|r| r.block == block.id)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    if sheet.blank {
        // Empty lines to write on.
        let lines = (0..8)
            .map(|_| {
                if topics {
                    view! {
                        <tr>
                            <td class="blank-line"></td>
                            <td>"☐"</td>
                            <td>"☐"</td>
                        </tr>
                    }
                    .into_any()
                } else {
                    view! {
                        <tr>
                            <td class="blank-line"></td>
                        </tr>
                    }
                    .into_any()
                }
            })
            .collect_view();
        let head = topics.then(|| {
            view! {
                <th scope="col">{wt.urgent}</th>
                <th scope="col">{wt.belangrijk}</th>
            }
        });
        return view! {
            <table class="report-table wb-rows">
                <thead>
                    <tr>
                        <th scope="col">
                            {if topics { wt.topic_label } else { wt.own_rules_heading }}
                        </th>
                        {head}
                    </tr>
                </thead>
                <tbody>{lines}</tbody>
            </table>
        }
        .into_any();
    }
    let draft = RwSignal::new(String::new());
    let add_id = format!("wb-{}-nieuw", block.id);
    let adder = sheet.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let done = state.dispatch(Command::Werkblad {
            samenwerking: adder.samenwerking.clone(),
            change: WerkbladChange::AddRow {
                werkblad: adder.werkblad.clone(),
                block: block.id.clone(),
                row: new_id("r"),
                text,
            },
        });
        if done.is_ok() {
            draft.set(String::new());
        }
    };
    let row_sheet = sheet.clone();
    let row_view = move |row: Rij| {
        let sheet = row_sheet.clone();
        let update = {
            let sheet = sheet.clone();
            let row = row.clone();
            move |f: &dyn Fn(&mut Rij)| {
                // Start from the stored row: the other fields may have changed since.
                let mut next = sheet
                    .rows
                    .with_untracked(|rows| rows.iter().find(|r| r.id == row.id).cloned())
                    .unwrap_or_else(|| row.clone());
                f(&mut next);
                sheet.change(WerkbladChange::UpdateRow {
                    werkblad: sheet.werkblad.clone(),
                    row: next,
                });
            }
        };
        let (u1, u2, u3) = (update.clone(), update.clone(), update);
        let remove = {
            let sheet = sheet.clone();
            let id = row.id.clone();
            move |_| {
                sheet.change(WerkbladChange::RemoveRow {
                    werkblad: sheet.werkblad.clone(),
                    row: id.clone(),
                })
            }
        };
        let label = if topics {
            wt.topic_label
        } else {
            wt.rule_label
        };
        let marks = topics.then(|| {
            view! {
                <td>
                    <input
                        type="checkbox"
                        aria-label=format!("{}: {}", wt.urgent, row.text)
                        prop:checked=row.urgent
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            u2(&move |r: &mut Rij| r.urgent = on)
                        }
                    />
                </td>
                <td>
                    <input
                        type="checkbox"
                        aria-label=format!("{}: {}", wt.belangrijk, row.text)
                        prop:checked=row.belangrijk
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            u3(&move |r: &mut Rij| r.belangrijk = on)
                        }
                    />
                </td>
            }
        });
        view! {
            <tr>
                <td>
                    <input
                        type="text"
                        aria-label=label
                        maxlength="300"
                        prop:value=row.text.clone()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            u1(&move |r: &mut Rij| r.text = text.clone())
                        }
                    />
                </td>
                {marks}
                <td>
                    <button type="button" class="small" on:click=remove>
                        {wt.remove}
                        <span class="visually-hidden">{format!(": {}", row.text)}</span>
                    </button>
                </td>
            </tr>
        }
    };
    let head = topics.then(|| {
        view! {
            <th scope="col">{wt.urgent}</th>
            <th scope="col">{wt.belangrijk}</th>
        }
    });
    let agenda = topics.then(|| view! { <Agenda sheet=sheet.clone() block=block /> });
    view! {
        {(!topics).then(|| view! { <h3>{wt.own_rules_heading}</h3> })}
        <p class="empty" hidden=move || !rows.with(Vec::is_empty)>
            {if topics { wt.topics_empty } else { "" }}
        </p>
        <div class="table-wrap" hidden=move || rows.with(Vec::is_empty)>
            <table class="report-table wb-rows">
                <thead>
                    <tr>
                        <th scope="col">{if topics { wt.topic_label } else { wt.rule_label }}</th>
                        {head}
                        <th scope="col">
                            <span class="visually-hidden">{wt.remove}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.id.clone() children=row_view />
                </tbody>
            </table>
        </div>
        <form class="new-scan no-print" on:submit=on_add>
            <label for=add_id.clone()>{if topics { wt.new_topic } else { wt.new_rule }}</label>
            <input id=add_id type="text" maxlength="300" data-concept="" bind:value=draft />
            <button type="submit">{wt.add}</button>
        </form>
        {agenda}
    }
    .into_any()
}

/// The Eisenhower topics in the order of the actie-agenda, and the hand-off to a meeting.
#[component]
fn Agenda(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let all = sheet.rows;
    let sw = sheet.samenwerking.clone();
    let quadrants = Kwadrant::ALL
        .into_iter()
        .map(|k| {
            let name = crate::report::kwadrant_name(t(), k);
            let topics = move || {
                all.with(|rows| {
                    eisenhower_rows(rows, &block.id)
                        .into_iter()
                        .filter(|(q, _)| *q == k)
                        .map(|(_, r)| view! { <li>{r.text.clone()}</li> })
                        .collect_view()
                })
            };
            view! {
                <div class="quadrant">
                    <h4>{name}</h4>
                    <ol>{topics}</ol>
                </div>
            }
        })
        .collect_view();
    let meetings = sheet.meetings();
    let chosen = RwSignal::new(
        state
            .workspace
            .with_untracked(|ws| {
                ws.get(&sw)
                    .and_then(|s| s.next_planned().map(|b| b.id.clone()))
            })
            .or_else(|| meetings.last().map(|m| m.0.clone()))
            .unwrap_or_default(),
    );
    let select_id = format!("wb-{}-bijeenkomst", block.id);
    let hand_off = if meetings.is_empty() {
        view! { <p class="hint">{wt.to_acties_no_meeting}</p> }.into_any()
    } else {
        let options = meetings
            .into_iter()
            .map(|(id, label)| {
                let selected = id == chosen.get_untracked();
                view! {
                    <option value=id selected=selected>
                        {label}
                    </option>
                }
            })
            .collect_view();
        let on_click = move |_| {
            let done = state.dispatch(Command::Werkblad {
                samenwerking: sheet.samenwerking.clone(),
                change: WerkbladChange::ToActies {
                    werkblad: sheet.werkblad.clone(),
                    block: block.id.clone(),
                    bijeenkomst: chosen.get_untracked(),
                },
            });
            if done.is_ok() {
                state.success(wt.to_acties_done.to_string());
            }
        };
        view! {
            <div class="wb-hand-off no-print">
                <label for=select_id.clone()>{wt.to_acties_label}</label>
                <select id=select_id on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {options}
                </select>
                <button type="button" class="primary" on:click=on_click>
                    {wt.to_acties_button}
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <h3>{wt.agenda_heading}</h3>
        <div class="quadrants">{quadrants}</div>
        {hand_off}
    }
}
