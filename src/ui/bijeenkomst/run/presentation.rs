//! Presentation mode for the beamer: the page chrome hides (CSS on `body.presentatie`), one
//! agenda ingrediënt is shown at a time, and the keyboard drives the meeting.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{fill, t};

/// Hides the page chrome while `presenting`, and shows it again when the page goes.
pub(crate) fn hide_chrome(presenting: RwSignal<bool>) {
    Effect::new(move |_| set_body_class("presentatie", presenting.get()));
    on_cleanup(|| set_body_class("presentatie", false));
}

fn set_body_class(class: &str, on: bool) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let list = body.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Shows the ingrediënt `delta` places on from the current one, within an agenda of `len`.
pub(super) fn step_item(item: RwSignal<usize>, len: usize, delta: isize) {
    if len == 0 {
        return;
    }
    let at = item.get_untracked().min(len - 1) as isize + delta;
    item.set(at.clamp(0, len as isize - 1) as usize);
}

/// Shortcuts in presentation mode, outside text fields, so typing is never taken over: → and
/// ← the next (not confirmed) or previous phase, ↓ and ↑ the next or previous ingrediënt, T
/// the timer. Escape ends presentation mode anywhere.
pub(super) fn shortcuts(
    presenting: RwSignal<bool>,
    next: impl Fn(bool) + 'static,
    previous: impl Fn() + 'static,
    step_item: impl Fn(isize) + 'static,
    toggle_timer: impl Fn() + 'static,
) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !presenting.get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            presenting.set(false);
            return;
        }
        if in_form_field(&ev) {
            return;
        }
        let handled = match key.as_str() {
            "ArrowRight" => {
                next(false);
                true
            }
            "ArrowLeft" => {
                previous();
                true
            }
            "ArrowDown" => {
                step_item(1);
                true
            }
            "ArrowUp" => {
                step_item(-1);
                true
            }
            "t" | "T" => {
                toggle_timer();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

/// True when the key went to a control that uses keys itself (text, choices, selects).
fn in_form_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

/// "Ingrediënt n van total" between buttons to the previous and the next one. A button that
/// becomes disabled under the pointer or keyboard hands focus to the other one.
#[component]
pub(super) fn ItemNav(item: RwSignal<usize>, len: Signal<usize>) -> impl IntoView {
    let m = t().bijeenkomst;
    let prev = NodeRef::<leptos::html::Button>::new();
    let next = NodeRef::<leptos::html::Button>::new();
    let at_first = move || item.get() == 0;
    let at_last = move || item.get() + 1 >= len.get();
    let step = move |delta: isize| {
        step_item(item, len.get_untracked(), delta);
        let other = if delta < 0 && item.get_untracked() == 0 {
            next.get_untracked()
        } else if delta > 0 && item.get_untracked() + 1 >= len.get_untracked() {
            prev.get_untracked()
        } else {
            None
        };
        if let Some(other) = other {
            let _ = other.focus();
        }
    };
    view! {
        <div class="item-nav">
            <button
                type="button"
                id="bk-vorig-ingredient"
                node_ref=prev
                on:click=move |_| step(-1)
                disabled=at_first
            >
                {m.prev_item}
            </button>
            <span id="bk-ingredient-van">
                {move || fill(
                    m.item_of,
                    &[
                        ("n", &(item.get().min(len.get().saturating_sub(1)) + 1).to_string()),
                        ("total", &len.get().to_string()),
                    ],
                )}
            </span>
            <button
                type="button"
                id="bk-volgend-ingredient"
                node_ref=next
                on:click=move |_| step(1)
                disabled=at_last
            >
                {m.next_item}
            </button>
        </div>
    }
}
