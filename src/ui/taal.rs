//! The language switch: Nederlands / English in the header, remembered on this device.
//!
//! The language is decided once at start ([`start`]: the choice made before on this device,
//! else Dutch when any of the browser's preferred languages is Dutch). Switching sets the
//! core's current language, `<html lang>` and the stored choice, and bumps one signal that the
//! app's frame tracks, so every screen is built again in the new language: the work itself is
//! not touched (it holds ids, not names) and no reload is needed. The other language's model
//! content is loaded first when it is not at hand yet (see `ui::content`).

use leptos::prelude::*;

use crate::domain::storage::{remember_language, start_language, KeyValueStore};
use crate::i18n::{lang, set_lang, t, with_lang, Lang};

use super::content::{self, model, when_loaded};
use super::state::{AppState, NoticeKind};
use super::storage::LocalStore;

thread_local! {
    static CURRENT: ArcRwSignal<Lang> = ArcRwSignal::new(Lang::Nl);
}

/// The current language, reactively: the app's frame tracks it and is built again on a switch.
pub fn current() -> ArcRwSignal<Lang> {
    CURRENT.with(Clone::clone)
}

/// The browser's preferred languages (`navigator.languages`, else `navigator.language`).
fn preferred() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Decides the language at start and applies it (before anything is built). When it is a
/// language whose model content is loaded on demand, that starts loading; the screens are
/// built again when it is there (until then the model's names are the Dutch ones).
pub fn start() {
    let chosen = start_language(&LocalStore as &dyn KeyValueStore, &preferred());
    apply(chosen);
    if !crate::domain::content::is_installed(chosen) {
        when_loaded(model(chosen), move |loaded| {
            // The language is set already: the frame is built again with the loaded names.
            if loaded.is_ok() {
                current().notify();
            }
        });
    }
}

/// Makes `lang` the language of the core, the page and the frame.
fn apply(lang: Lang) {
    set_lang(lang);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
    current().set(lang);
}

/// Switches to `lang`: loads its model content when needed (a failure is said in the notice
/// area and nothing changes), then applies and remembers it. A storage error only means the
/// choice is not remembered: the switch itself works.
pub fn switch(state: Option<AppState>, to: Lang) {
    if to == lang() {
        return;
    }
    let done = move || {
        // Text typed in "new …" fields and the scroll position survive the rebuild.
        if let Some(place) = super::caret::capture() {
            queue_microtask(move || queue_microtask(move || super::caret::restore(place)));
        }
        apply(to);
        let _ = remember_language(&LocalStore, to);
        // A message made in the old language gives way to one in the new (an error stays: it
        // still has to be read).
        if let Some(state) = state {
            let is_error = state
                .notice
                .with_untracked(|n| n.as_ref().is_some_and(|n| n.kind == NoticeKind::Error));
            if !is_error {
                state.success(t().taal.switched.to_string());
            }
        }
        // The frame was built again: the switch keeps the focus.
        request_animation_frame(move || super::state::focus_id(&button_id(to)));
    };
    if crate::domain::content::is_installed(to) {
        done();
        return;
    }
    when_loaded(model(to), move |loaded| match loaded {
        Ok(_) => done(),
        Err(error) => {
            if let Some(state) = state {
                content::report_failure(state, model(to), *error);
            }
        }
    });
}

fn button_id(lang: Lang) -> String {
    format!("taal-{}", lang.code())
}

/// Nederlands / English: two buttons, the current one pressed. Each names its language in
/// that language (and says so with `lang`), so anyone finds their own.
#[component]
pub fn LanguageSwitch(#[prop(optional)] state: Option<AppState>) -> impl IntoView {
    let texts = t();
    view! {
        <div class="language-switch" role="group" aria-label=texts.taal.switch_label>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            id=button_id(l)
                            lang=l.code()
                            aria-pressed=move || if current().get() == l { "true" } else { "false" }
                            on:click=move |_| switch(state, l)
                        >
                            {l.own_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A document made in `lang`: built inside [`with_lang`], in a container marked with `lang`
/// (screen readers, hyphenation). The verslag, the achterban-bladen and the report.
pub fn in_language<V: IntoView + 'static>(lang: Lang, document: impl FnOnce() -> V) -> AnyView {
    let document = with_lang(lang, document);
    view! { <div lang=lang.code()>{document}</div> }.into_any()
}

/// The language of one document (a verslag, an achterban-blad, a report): the app's language,
/// unless the facilitator picks the other one for this document only. The document is then
/// made inside [`crate::i18n::with_lang`] and marked with `lang`.
#[component]
pub fn DocumentLanguage(lang: RwSignal<Lang>, id: &'static str) -> impl IntoView {
    let texts = t();
    let hint = format!("{id}-uitleg");
    view! {
        <div class="document-language no-print">
            <label for=id>{texts.taal.document_label}</label>
            <select
                id=id
                aria-describedby=hint.clone()
                on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        lang.set(l);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || lang.get() == l>
                                {l.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="hint" id=hint>
                {texts.taal.document_hint}
            </p>
        </div>
    }
}
