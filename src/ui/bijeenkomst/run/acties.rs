//! Besluiten per ingrediënt and the acties: the open ones of earlier meetings, reviewed in
//! Beeldvorming, and "Wie gaat wat wanneer doen?" in Besluitvorming.
//!
//! Both are edited in place ("Bewerken": Enter or "Opslaan" saves, Esc or "Annuleren" keeps
//! what was there) through one command each ([`BijeenkomstChange::EditBesluit`],
//! [`ActieChange::Edit`]), so every edit is one undo step. Deleting says how to undo it and
//! moves focus to the next row's "Verwijderen", the previous one's, or the field to add one.
//! Each row reads its own data, so a change to one row (its status, an edit) never rebuilds the
//! list (nor takes focus); only adding or deleting a row does.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::bijeenkomst::{Actie, ActieStatus, Besluit};
use crate::domain::command::ActieEdit;
use crate::domain::content;
use crate::domain::{ActieChange, BijeenkomstChange, Command};
use crate::i18n::{fill, t};

use super::super::super::state::{focus_id, new_id, use_app_state, AppState};
use super::super::{agenda_memo, change, with_meeting, MeetingRef};

/// Moves focus to the element with this id once the page has been updated (after the
/// effects that add or remove rows have run).
fn focus_later(id: String) {
    set_timeout(move || focus_id(&id), std::time::Duration::ZERO);
}

/// Where focus goes when the row `id` of `list` is deleted: the next row's control, else the
/// previous row's, else `fallback`.
fn focus_after_removal(
    list: &[String],
    id: &str,
    control: impl Fn(&str) -> String,
    fallback: &str,
) -> String {
    let at = list.iter().position(|x| x == id);
    at.and_then(|at| {
        list.get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|p| list.get(p)))
    })
    .map(|x| control(x))
    .unwrap_or_else(|| fallback.to_string())
}

/// The 1-based place of `id` in `list` (0 when it is gone).
fn place_of(list: &[String], id: &str) -> usize {
    list.iter().position(|x| x == id).map_or(0, |p| p + 1)
}

/// Enter saves and Escape cancels in a one-line field of an edit. The listener sits on the
/// field itself (the app does not delegate events), so stopping Escape there keeps it from
/// also closing the presentation mode, whose listener is on the window.
fn edit_keys(ev: &leptos::ev::KeyboardEvent, save: impl Fn(), cancel: impl Fn()) {
    match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            save();
        }
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            cancel();
        }
        _ => {}
    }
}

#[component]
pub(super) fn Besluiten(r: MeetingRef, ingredient: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
    let key = r.clone();
    let ing = ingredient.clone();
    let ids = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |_, b| {
                    b.besluiten
                        .iter()
                        .filter(|x| x.ingredient.as_deref() == Some(ing.as_str()))
                        .map(|x| x.id.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let name = content.ingredient_name(&ingredient).to_string();
    let draft = RwSignal::new(String::new());
    let input_id = format!("besluit-{ingredient}");
    let r = StoredValue::new(r);
    let add_field = StoredValue::new(input_id.clone());
    let about = StoredValue::new(ingredient.clone());
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let besluit = Besluit {
            id: new_id("bs"),
            ingredient: Some(about.get_value()),
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
        <div class="besluiten-deel" data-ingredient=ingredient>
            <h3>{m.besluiten_heading}</h3>
            {move || {
                let n = ids.with(Vec::len);
                (n > 0).then(|| view! { <p class="meta">{m.besluit_count.of(n)}</p> })
            }}
            <ol class="besluiten">
                {move || {
                    ids.get()
                        .into_iter()
                        .map(|id| view! { <BesluitRow r=r id=id ids=ids add_field=add_field /> })
                        .collect_view()
                }}
            </ol>
            <form class="besluit-form" on:submit=on_add>
                <label for=input_id
                    .clone()>{fill(m.besluit_label, &[("ingredient", &name)])}</label>
                <input
                    id=input_id
                    type="text"
                    autocomplete="off"
                    maxlength="2000"
                    bind:value=draft
                />
                <button type="submit">{m.besluit_add}</button>
            </form>
        </div>
    }
}

#[component]
fn BesluitRow(
    r: StoredValue<MeetingRef>,
    id: String,
    ids: Memo<Vec<String>>,
    add_field: StoredValue<String>,
) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let find = id.clone();
    let text = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                r.with_value(|r| {
                    with_meeting(r, ws, |_, b| {
                        b.besluiten
                            .iter()
                            .find(|x| x.id == find)
                            .map(|x| x.text.clone())
                    })
                })
            })
            .flatten()
            .unwrap_or_default()
    });
    let at = id.clone();
    let n = Memo::new(move |_| ids.with(|l| place_of(l, &at)));
    let editing = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    let id = StoredValue::new(id);
    let edit_id = id.with_value(|id| format!("besluit-bewerk-{id}"));
    let remove_id = id.with_value(|id| format!("besluit-wis-{id}"));
    let text_id = id.with_value(|id| format!("besluit-tekst-{id}"));
    let back = StoredValue::new(edit_id.clone());

    let cancel = move || {
        editing.set(false);
        focus_later(back.get_value());
    };
    let save = move || {
        let Some(input) = field.get_untracked() else {
            return;
        };
        let value = input.value();
        if value.trim() == text.get_untracked() {
            cancel();
            return;
        }
        let edit = BijeenkomstChange::EditBesluit {
            id: id.get_value(),
            text: value,
        };
        if r.with_value(|r| change(&state, r, edit)).is_ok() {
            state.success(m.besluit_saved.to_string());
            cancel();
        }
    };
    let remove = move |_| {
        let list = ids.get_untracked();
        let place = n.get_untracked();
        let target = id.with_value(|id| {
            focus_after_removal(
                &list,
                id,
                |x| format!("besluit-wis-{x}"),
                &add_field.get_value(),
            )
        });
        let gone = BijeenkomstChange::RemoveBesluit(id.get_value());
        if r.with_value(|r| change(&state, r, gone)).is_ok() {
            state.success(fill(m.besluit_removed, &[("n", &place.to_string())]));
            focus_later(target);
        }
    };
    view! {
        <li>
            {move || {
                let text_id = text_id.clone();
                if editing.get() {
                    view! {
                        <div class="edit-row">
                            <label class="visually-hidden" for=text_id.clone()>
                                {move || fill(m.besluit_edit_label, &[("n", &n.get().to_string())])}
                            </label>
                            <input
                                id=text_id.clone()
                                type="text"
                                autocomplete="off"
                                maxlength="2000"
                                value=text.get_untracked()
                                node_ref=field
                                on:keydown=move |ev| edit_keys(&ev, save, cancel)
                            />
                            <button type="button" class="small primary" on:click=move |_| save()>
                                {m.save}
                            </button>
                            <button type="button" class="small" on:click=move |_| cancel()>
                                {texts.cancel}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <span class="besluit-tekst">{move || text.get()}</span>
                        " "
                        <span class="row-tools">
                            <button
                                type="button"
                                id=edit_id.clone()
                                class="small"
                                aria-label=move || {
                                    fill(m.besluit_edit, &[("n", &n.get().to_string())])
                                }
                                on:click=move |_| {
                                    editing.set(true);
                                    focus_later(text_id.clone());
                                }
                            >
                                {m.edit}
                            </button>
                            <button
                                type="button"
                                id=remove_id.clone()
                                class="danger small"
                                aria-label=move || {
                                    fill(m.besluit_remove, &[("n", &n.get().to_string())])
                                }
                                on:click=remove
                            >
                                {texts.delete}
                            </button>
                        </span>
                    }
                        .into_any()
                }
            }}
        </li>
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
    let rows = existing(
        state,
        r.samenwerking.clone(),
        Signal::derive(move || shown.get()),
    );
    view! {
        <section class="card" aria-labelledby="review-kop">
            <h2 id="review-kop" tabindex="-1">
                {m.review_heading}
            </h2>
            {move || {
                let n = rows.with(Vec::len);
                if n == 0 {
                    view! { <p class="empty">{m.review_empty}</p> }.into_any()
                } else {
                    view! { <p class="meta">{m.review_count.of(n)}</p> }.into_any()
                }
            }}
            <Show when=move || !rows.with(Vec::is_empty)>
                <ActieTable r=r.clone() rows=rows fallback="review-kop" />
            </Show>
        </section>
    }
}

/// The ids of `wanted` that are still actions of the samenwerking, in that order.
fn existing(
    state: AppState,
    samenwerking: String,
    wanted: Signal<Vec<String>>,
) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let wanted = wanted.get();
        state.workspace.with(|ws| {
            ws.get(&samenwerking)
                .map(|s| {
                    wanted
                        .into_iter()
                        .filter(|id| s.acties.iter().any(|a| a.id == *id))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    })
}

#[component]
fn ActieTable(r: MeetingRef, rows: Memo<Vec<String>>, fallback: &'static str) -> impl IntoView {
    let texts = t();
    let r = StoredValue::new(r);
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
                            .map(|id| view! { <ActieRow r=r id=id rows=rows fallback=fallback /> })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ActieRow(
    r: StoredValue<MeetingRef>,
    id: String,
    rows: Memo<Vec<String>>,
    fallback: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
    let sw = r.with_value(|r| r.samenwerking.clone());
    let find = id.clone();
    let actie = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&sw)
                .and_then(|s| s.acties.iter().find(|a| a.id == find).cloned())
        })
    });
    let agenda = r.with_value(|r| agenda_memo(state, r.clone()));
    let editing = RwSignal::new(false);
    let (wat_ref, wie_ref, wanneer_ref) = (
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let about_ref = NodeRef::<leptos::html::Select>::new();
    let id = StoredValue::new(id);
    let edit_id = id.with_value(|id| format!("actie-bewerk-{id}"));
    let remove_id = id.with_value(|id| format!("actie-wis-{id}"));
    let wat_id = id.with_value(|id| format!("actie-wat-{id}"));
    let back = StoredValue::new(edit_id.clone());
    let samenwerking = StoredValue::new(r.with_value(|r| r.samenwerking.clone()));
    let dispatch = move |change: ActieChange| {
        state.dispatch(Command::Actie {
            samenwerking: samenwerking.get_value(),
            change,
        })
    };

    let cancel = move || {
        editing.set(false);
        focus_later(back.get_value());
    };
    let save = move || {
        let Some(current) = actie.get_untracked() else {
            return;
        };
        let value = |node: NodeRef<leptos::html::Input>| {
            node.get_untracked().map(|i| i.value()).unwrap_or_default()
        };
        let about = about_ref
            .get_untracked()
            .map(|s| s.value())
            .unwrap_or_default();
        let edit = ActieEdit {
            wat: value(wat_ref),
            wie: value(wie_ref),
            wanneer: value(wanneer_ref),
            ingredient: Some(about).filter(|i| !i.is_empty()),
            ..ActieEdit::of(&current)
        };
        let unchanged = ActieEdit {
            wat: edit.wat.trim().to_string(),
            wie: edit.wie.trim().to_string(),
            ..edit.clone()
        } == ActieEdit::of(&current);
        if unchanged {
            cancel();
            return;
        }
        if dispatch(ActieChange::Edit(edit)).is_ok() {
            state.success(m.actie_saved.to_string());
            cancel();
        }
    };
    let remove = move |_| {
        let list = rows.get_untracked();
        let wat = actie.with_untracked(|a| a.as_ref().map(|a| a.wat.clone()).unwrap_or_default());
        let target = id.with_value(|id| {
            focus_after_removal(&list, id, |x| format!("actie-wis-{x}"), fallback)
        });
        if dispatch(ActieChange::Remove(id.get_value())).is_ok() {
            state.success(fill(m.actie_removed, &[("wat", &wat)]));
            focus_later(target);
        }
    };
    let on_status = move |ev: leptos::ev::Event| {
        if let Some(status) = ActieStatus::from_id(&event_target_value(&ev)) {
            let _ = dispatch(ActieChange::SetStatus {
                id: id.get_value(),
                status,
            });
        }
    };
    let wat_text = move || actie.with(|a| a.as_ref().map(|a| a.wat.clone()).unwrap_or_default());
    let status_select = move |id: Option<String>| {
        view! {
            <select
                id=id
                class="actie-status"
                aria-label=move || fill(m.actie_status, &[("wat", &wat_text())])
                on:change=on_status
            >
                {ActieStatus::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option
                                value=s.id()
                                prop:selected=move || {
                                    actie.with(|a| a.as_ref().is_some_and(|a| a.status == s))
                                }
                            >
                                {texts.actie_status(s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
    };
    let ingredient_name = move |a: &Actie| {
        a.ingredient
            .as_deref()
            .map(|i| content.ingredient_name(i).to_string())
            .unwrap_or_else(|| m.actie_algemeen.to_string())
    };
    // The row is built again when what it shows changes, but not for its status: the status
    // select keeps focus while it is changed with the arrow keys.
    let shown = Memo::new(move |_| {
        actie.get().map(|a| Actie {
            status: ActieStatus::Open,
            ..a
        })
    });
    move || {
        let Some(a) = shown.get() else {
            return ().into_any();
        };
        if editing.get() {
            // This meeting's agenda, and the actie's own ingrediënt when it is not on it.
            let mut options = agenda.get_untracked();
            if let Some(own) = &a.ingredient {
                if !options.contains(own) {
                    options.insert(0, own.clone());
                }
            }
            let own = a.ingredient.clone().unwrap_or_default();
            let wat_id = wat_id.clone();
            let [wie_id, wanneer_id, about_id, status_id] =
                ["wie", "wanneer", "ingredient", "status"].map(|f| format!("actie-{f}-{}", a.id));
            let group_label = fill(m.actie_edit, &[("wat", &a.wat)]);
            let status_label = texts.csv_columns[3];
            view! {
                <tr class="editing">
                    <td colspan="6">
                        <div class="actie-edit" role="group" aria-label=group_label>
                            <div class="actie-edit-wat">
                                <label for=wat_id.clone()>{m.actie_wat}</label>
                                <input
                                    id=wat_id
                                    type="text"
                                    autocomplete="off"
                                    maxlength="300"
                                    value=a.wat.clone()
                                    node_ref=wat_ref
                                    on:keydown=move |ev| edit_keys(&ev, save, cancel)
                                />
                            </div>
                            <div class="actie-edit-wie">
                                <label for=wie_id.clone()>{m.actie_wie}</label>
                                <input
                                    id=wie_id
                                    type="text"
                                    autocomplete="off"
                                    maxlength="120"
                                    value=a.wie.clone()
                                    node_ref=wie_ref
                                    on:keydown=move |ev| edit_keys(&ev, save, cancel)
                                />
                            </div>
                            <div>
                                <label for=wanneer_id.clone()>{m.actie_wanneer}</label>
                                <input
                                    id=wanneer_id
                                    type="date"
                                    value=a.wanneer.clone()
                                    node_ref=wanneer_ref
                                    on:keydown=move |ev| edit_keys(&ev, save, cancel)
                                />
                            </div>
                            <div>
                                <label for=about_id.clone()>{m.actie_ingredient}</label>
                                <select id=about_id node_ref=about_ref>
                                    <option value="" selected=own.is_empty()>
                                        {m.actie_algemeen}
                                    </option>
                                    {options
                                        .into_iter()
                                        .map(|i| {
                                            let name = content.ingredient_name(&i).to_string();
                                            let selected = i == own;
                                            view! {
                                                <option value=i selected=selected>
                                                    {name}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                            <div>
                                <label for=status_id.clone()>{status_label}</label>
                                {status_select(Some(status_id))}
                            </div>
                            <div class="row-tools">
                                <button type="button" class="primary" on:click=move |_| save()>
                                    {m.save}
                                </button>
                                <button type="button" on:click=move |_| cancel()>
                                    {texts.cancel}
                                </button>
                            </div>
                        </div>
                    </td>
                </tr>
            }
            .into_any()
        } else {
            let wat_id = wat_id.clone();
            view! {
                <tr>
                    <td>{a.wat.clone()}</td>
                    <td>{a.wie.clone()}</td>
                    <td>{texts.date(&a.wanneer)}</td>
                    <td>{ingredient_name(&a)}</td>
                    <td>{status_select(None)}</td>
                    <td class="row-tools">
                        <button
                            type="button"
                            id=edit_id.clone()
                            class="small"
                            aria-label=fill(m.actie_edit, &[("wat", &a.wat)])
                            on:click=move |_| {
                                editing.set(true);
                                focus_later(wat_id.clone());
                            }
                        >
                            {m.edit}
                        </button>
                        <button
                            type="button"
                            id=remove_id.clone()
                            class="danger small"
                            aria-label=fill(m.actie_remove, &[("wat", &a.wat)])
                            on:click=remove
                        >
                            {texts.delete}
                        </button>
                    </td>
                </tr>
            }
            .into_any()
        }
    }
}

/// The ingrediënt of the agenda card `target` is in (its besluiten part carries
/// `data-ingredient`).
fn card_ingredient(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let card = el.closest("article").ok()??;
    let mark = card.query_selector("[data-ingredient]").ok()??;
    mark.get_attribute("data-ingredient")
}

/// The ingrediënt of the only agenda card on the page (presentation mode), if only one is
/// shown.
fn only_card() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let first = doc
        .query_selector("[data-ingredient]")
        .ok()??
        .get_attribute("data-ingredient")?;
    let other = doc
        .query_selector(&format!(
            "[data-ingredient]:not([data-ingredient=\"{first}\"])"
        ))
        .ok()?;
    other.is_none().then_some(first)
}

/// Besluitvorming: "Wie gaat wat wanneer doen?" — the actions of this meeting.
#[component]
pub(super) fn Actions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let m = texts.bijeenkomst;
    let content = content::current();
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

    // "Bij ingrediënt" of a new actie: what the user chose for it, else the ingrediënt being
    // discussed: the only card shown (presentation mode), else the card last written in, else
    // the first on the agenda.
    let chosen = RwSignal::new(None::<String>);
    let only = RwSignal::new(None::<String>);
    let last_written = RwSignal::new(None::<String>);
    let written = move |ev: leptos::ev::Event| {
        if let Some(i) = card_ingredient(ev.target()) {
            last_written.set(Some(i));
        }
    };
    // (Text fields, checkboxes and radio buttons all fire `input`.)
    let on_input = window_event_listener(leptos::ev::input, written);
    on_cleanup(move || on_input.remove());
    let refresh = move || only.set(only_card());
    set_timeout(refresh, std::time::Duration::ZERO);
    let about = Memo::new(move |_| {
        chosen.get().unwrap_or_else(|| {
            let agenda = agenda.get();
            only.get()
                .or_else(|| last_written.get())
                .filter(|i| agenda.contains(i))
                .or_else(|| agenda.first().cloned())
                .unwrap_or_default()
        })
    });

    let wat = RwSignal::new(String::new());
    let wie = RwSignal::new(String::new());
    let wanneer = RwSignal::new(String::new());
    let wat_ref = NodeRef::<leptos::html::Input>::new();
    let add_ref = r.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ingredient = Some(about.get_untracked()).filter(|i| !i.is_empty());
        let actie = Actie {
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
            chosen.set(None);
            refresh();
            state.success(m.actie_added.to_string());
            if let Some(input) = wat_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let rows = existing(
        state,
        r.samenwerking.clone(),
        Signal::derive(move || ids.get()),
    );
    view! {
        <section class="card" aria-labelledby="acties-kop">
            <h2 id="acties-kop">{m.acties_heading}</h2>
            {move || {
                let n = rows.with(Vec::len);
                (n > 0).then(|| view! { <p class="meta">{m.actie_count.of(n)}</p> })
            }}
            <Show when=move || !rows.with(Vec::is_empty)>
                <ActieTable r=r.clone() rows=rows fallback="actie-wat" />
            </Show>
            <form
                class="actie-form"
                on:submit=on_add
                on:focusin=move |_| {
                    if chosen.get_untracked().is_none() {
                        refresh();
                    }
                }
            >
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
                            on:change=move |ev| chosen.set(Some(event_target_value(&ev)))
                        >
                            <option value="" prop:selected=move || about.with(String::is_empty)>
                                {m.actie_algemeen}
                            </option>
                            {move || {
                                agenda
                                    .get()
                                    .into_iter()
                                    .map(|id| {
                                        let name = content.ingredient_name(&id).to_string();
                                        let value = id.clone();
                                        view! {
                                            <option
                                                value=value
                                                prop:selected=move || about.with(|a| *a == id)
                                            >
                                                {name}
                                            </option>
                                        }
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
