//! Besluiten per ingrediënt and the acties: the open ones of earlier meetings, reviewed in
//! Beeldvorming, and "Wie gaat wat wanneer doen?" in Besluitvorming.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{ActieStatus, Besluit};
use crate::domain::content;
use crate::domain::{ActieChange, BijeenkomstChange, Command};
use crate::i18n::{fill, t};

use super::super::super::state::{new_id, use_app_state};
use super::super::{agenda_memo, change, with_meeting, MeetingRef};

#[component]
pub(super) fn Besluiten(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
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
        if r.with_value(|r| change(&state, r, BijeenkomstChange::AddBesluit(besluit)))
            .is_ok()
        {
            draft.set(String::new());
            state.success(m.besluit_added.to_string());
        }
    };
    view! {
        <h3>{m.besluiten_heading}</h3>
        <ol class="besluiten">
            {move || {
                list.get()
                    .into_iter()
                    .enumerate()
                    .map(|(n, (id, text))| {
                        view! {
                            <li>
                                <span>{text}</span>
                                " "
                                <button
                                    type="button"
                                    class="danger small"
                                    aria-label=fill(
                                        m.besluit_remove,
                                        &[("n", &(n + 1).to_string())],
                                    )
                                    on:click=move |_| {
                                        let _ = r
                                            .with_value(|r| change(
                                                &state,
                                                r,
                                                BijeenkomstChange::RemoveBesluit(id.clone()),
                                            ));
                                    }
                                >
                                    {texts.delete}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
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
pub(super) fn OpenActions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let m = t().bijeenkomst;
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
            <Show
                when=move || !shown.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{m.review_empty}</p> }
            >
                <ActieTable r=r.clone() ids=Signal::derive(move || shown.get()) />
            </Show>
        </section>
    }
}

#[component]
fn ActieTable(r: MeetingRef, ids: Signal<Vec<String>>) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
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
                <thead>
                    <tr>
                        <th scope="col">{wat}</th>
                        <th scope="col">{wie}</th>
                        <th scope="col">{wanneer}</th>
                        <th scope="col">{ingredient}</th>
                        <th scope="col">{status}</th>
                        <th scope="col">{texts.partner_actions}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|a| {
                                let label = fill(m.actie_status, &[("wat", &a.wat)]);
                                let remove_label = fill(m.actie_remove, &[("wat", &a.wat)]);
                                let ingredient_name = a
                                    .ingredient
                                    .as_deref()
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
                                            <select
                                                aria-label=label
                                                on:change=move |ev| {
                                                    if let Some(status) = ActieStatus::from_id(
                                                        &event_target_value(&ev),
                                                    ) {
                                                        let _ = state
                                                            .dispatch(Command::Actie {
                                                                samenwerking: sw.get_value(),
                                                                change: ActieChange::Update(crate::domain::bijeenkomst::Actie {
                                                                    status,
                                                                    ..for_update.clone()
                                                                }),
                                                            });
                                                    }
                                                }
                                            >
                                                {ActieStatus::ALL
                                                    .into_iter()
                                                    .map(|s| {
                                                        view! {
                                                            <option value=s.id() selected=s == a.status>
                                                                {texts.actie_status(s)}
                                                            </option>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </select>
                                        </td>
                                        <td>
                                            <button
                                                type="button"
                                                class="danger small"
                                                aria-label=remove_label
                                                on:click=move |_| {
                                                    let _ = state
                                                        .dispatch(Command::Actie {
                                                            samenwerking: sw.get_value(),
                                                            change: ActieChange::Remove(id.clone()),
                                                        });
                                                }
                                            >
                                                {texts.delete}
                                            </button>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

/// Besluitvorming: "Wie gaat wat wanneer doen?" — the actions of this meeting.
#[component]
pub(super) fn Actions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
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
    let agenda = agenda_memo(state, r.clone());
    let wat = RwSignal::new(String::new());
    let wie = RwSignal::new(String::new());
    let wanneer = RwSignal::new(String::new());
    let about = RwSignal::new(String::new());
    let wat_ref = NodeRef::<leptos::html::Input>::new();
    let add_ref = r.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ingredient = Some(about.get_untracked()).filter(|i| !i.is_empty());
        let actie = crate::domain::bijeenkomst::Actie {
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
                <ActieTable r=r.clone() ids=Signal::derive(move || ids.get()) />
            </Show>
            <form class="actie-form" on:submit=on_add>
                <div class="form-grid">
                    <div>
                        <label for="actie-wat">{m.actie_wat}</label>
                        <input
                            id="actie-wat"
                            type="text"
                            autocomplete="off"
                            maxlength="300"
                            node_ref=wat_ref
                            bind:value=wat
                        />
                    </div>
                    <div>
                        <label for="actie-wie">{m.actie_wie}</label>
                        <input
                            id="actie-wie"
                            type="text"
                            autocomplete="off"
                            maxlength="120"
                            bind:value=wie
                        />
                    </div>
                    <div>
                        <label for="actie-wanneer">{m.actie_wanneer}</label>
                        <input id="actie-wanneer" type="date" bind:value=wanneer />
                    </div>
                    <div>
                        <label for="actie-ingredient">{m.actie_ingredient}</label>
                        <select
                            id="actie-ingredient"
                            on:change=move |ev| about.set(event_target_value(&ev))
                        >
                            <option value="">{m.actie_algemeen}</option>
                            {move || {
                                agenda
                                    .get()
                                    .into_iter()
                                    .map(|id| {
                                        let name = content.ingredient_name(&id).to_string();
                                        view! { <option value=id>{name}</option> }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                </div>
                <button type="submit" class="primary">
                    {m.actie_add}
                </button>
            </form>
        </section>
    }
}
