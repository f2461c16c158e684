//! The besluiten of one ingrediënt: added, edited in place and deleted, one command each.

use leptos::prelude::*;

use crate::domain::bijeenkomst::Besluit;
use crate::domain::content;
use crate::domain::BijeenkomstChange;
use crate::i18n::{fill, t};
use crate::ui::bijeenkomst::{change, with_meeting, MeetingRef};
use crate::ui::state::{new_id, use_app_state};

use super::*;

#[component]
pub(in crate::ui::bijeenkomst::run) fn Besluiten(
    r: MeetingRef,
    ingredient: String,
) -> impl IntoView {
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
