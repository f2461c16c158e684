//! The acties as a table: one row per actie, which reads its own data and is edited in place.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Actie, ActieStatus};
use crate::domain::command::ActieEdit;
use crate::domain::content;
use crate::domain::{ActieChange, Command};
use crate::i18n::{fill, t};
use crate::ui::bijeenkomst::{agenda_memo, MeetingRef};
use crate::ui::state::{use_app_state, AppState};

use super::*;

/// The ids of `wanted` that are still actions of the samenwerking, in that order.
pub(super) fn existing(
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
pub(super) fn ActieTable(
    r: MeetingRef,
    rows: Memo<Vec<String>>,
    fallback: &'static str,
) -> impl IntoView {
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
