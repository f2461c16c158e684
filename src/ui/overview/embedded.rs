//! The samenwerking embedded in the one-file edition (`<script type="application/json"
//! id="vitaal-ingesloten">`). The overview asks first; "Openen" feeds the text into the same
//! import path as a chosen file, so nothing is overwritten without asking.

use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::{file, onefile, werkblad, DomainError};
use crate::i18n::{fill, t};

use super::super::content::{self, werkbladen};
use super::super::state::{focus_id, use_app_state};
use super::import::{receive, resolve, ClashChoice, ClashQuestion, Pending, Source};

thread_local! {
    /// The question is asked once per page load: after "Openen" or "Niet nu" it stays away.
    static ANSWERED: Cell<bool> = const { Cell::new(false) };
}

/// The embedded export text, if this page is a one-file edition that carries a samenwerking.
fn embedded_text() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(onefile::EMBED_ID)?
        .text_content()
}

#[component]
pub fn EmbeddedPrompt(pending: Pending) -> impl IntoView {
    let state = use_app_state();
    let texts = t().onefile;
    let text = if ANSWERED.get() {
        None
    } else {
        embedded_text()
    };
    let text = StoredValue::new(text);
    let asking = RwSignal::new(text.with_value(Option::is_some));
    // The name for the question; bad data is reported only after "Openen", as for a file. A
    // samenwerking with werkbladen is checked against the worksheets: named once they are loaded
    // (the edition carries them).
    let question = Memo::new(move |_| {
        text.with_value(|text| match text.as_deref().map(file::import) {
            Some(Ok(s)) => fill(texts.prompt, &[("name", &s.name)]),
            Some(Err(file::ImportError::Content(DomainError::UnknownTemplate)))
                if !werkblad::installed(crate::i18n::lang()) =>
            {
                let _ = content::status(werkbladen());
                texts.prompt_unnamed.to_string()
            }
            _ => texts.prompt_unnamed.to_string(),
        })
    });
    let answer = move |open: bool| {
        ANSWERED.set(true);
        asking.set(false);
        if let Some(text) = text.get_value().filter(|_| open) {
            receive(&state, pending, &text, Source::Embedded);
        }
        // Unless a clash question took over (it takes focus) or the page changed.
        if pending.with_untracked(Option::is_none) {
            focus_id("paginatitel");
        }
    };
    let on_choice = move |choice: ClashChoice| {
        resolve(&state, pending, choice);
        focus_id("paginatitel");
    };
    let clash = move || pending.get().filter(|c| c.source == Source::Embedded);
    move || {
        let clash = clash();
        (asking.get() || clash.is_some()).then(|| {
            view! {
                <section class="card" aria-labelledby="ingesloten-kop">
                    <h2 id="ingesloten-kop">{texts.prompt_heading}</h2>
                    {asking
                        .get()
                        .then(|| {
                            view! {
                                <div
                                    class="confirm"
                                    role="group"
                                    aria-labelledby="ingesloten-vraag"
                                >
                                    <p id="ingesloten-vraag">{move || question.get()}</p>
                                    <p class="hint">{texts.prompt_hint}</p>
                                    <button
                                        type="button"
                                        id="ingesloten-openen"
                                        class="primary"
                                        on:click=move |_| answer(true)
                                    >
                                        {texts.prompt_open}
                                    </button>
                                    <button
                                        type="button"
                                        id="ingesloten-niet-nu"
                                        on:click=move |_| answer(false)
                                    >
                                        {texts.prompt_not_now}
                                    </button>
                                </div>
                            }
                        })}
                    {clash
                        .map(|clash| {
                            view! {
                                <ClashQuestion clash=clash on_choice=Callback::new(on_choice) />
                            }
                        })}
                </section>
            }
        })
    }
}
