//! Importing a `.vitaal.json` file: read, validate in the domain, ask on a clash, never overwrite silently.
//! The same path takes the samenwerking embedded in the one-file edition (see `embedded.rs`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::command::copy_name;
use crate::domain::file::{self, ImportError};
use crate::domain::{Command, DomainError, ImportMode, ImportPlan, Samenwerking};
use crate::i18n::{fill, t};

use super::super::content::{self, werkbladen};
use super::super::files::{self, ReadError};
use super::super::state::{focus_when_mounted, new_id, use_app_state, AppState, Screen};

/// The answers to "this samenwerking is already here: what now?".
#[derive(Clone, Copy)]
pub enum ClashChoice {
    KeepBoth,
    Replace,
    Cancel,
}

/// Where the text to import came from. The embedded samenwerking was asked for with "Openen",
/// so after importing it the app opens it; a chosen file stays on the overview.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Source {
    File,
    Embedded,
}

#[derive(Clone)]
pub struct Clash {
    incoming: Samenwerking,
    existing_name: String,
    pub source: Source,
}

/// The clash question waiting for an answer: one per overview, shared by the file input and the
/// embedded samenwerking, so only one question is open at a time.
pub type Pending = RwSignal<Option<Clash>>;

#[component]
pub fn ImportControl(pending: Pending) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        // Clear the choice so the same file can be chosen again later.
        input.set_value("");
        pending.set(None);
        leptos::task::spawn_local(async move {
            match files::read_text(file, file::MAX_FILE_BYTES).await {
                Ok(text) => receive(&state, pending, &text, Source::File),
                Err(ReadError::TooLarge(bytes)) => {
                    state.error(t().import_error(&ImportError::TooLarge {
                        bytes,
                        max: file::MAX_FILE_BYTES,
                    }))
                }
                Err(ReadError::Failed) => state.error(t().import_read_failed.to_string()),
            }
        });
    };

    let on_choice = move |choice: ClashChoice| {
        resolve(&state, pending, choice);
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };

    view! {
        <section class="card" aria-labelledby="import-kop">
            <h2 id="import-kop">{texts.import_heading}</h2>
            <label for="import-bestand">{texts.import_label}</label>
            <p class="hint" id="import-hint">
                {texts.import_hint}
            </p>
            <input
                id="import-bestand"
                type="file"
                accept=".json,application/json"
                aria-describedby="import-hint"
                node_ref=input_ref
                on:change=on_change
            />
            {move || {
                pending
                    .get()
                    .filter(|c| c.source == Source::File)
                    .map(|clash| {
                        view! { <ClashQuestion clash=clash on_choice=Callback::new(on_choice) /> }
                    })
            }}
        </section>
    }
}

/// Validates the text of a file (or of the embedded samenwerking) and imports it, or asks what
/// to do on a clash by setting `pending`. Nothing is overwritten here.
pub fn receive(state: &AppState, pending: Pending, text: &str, source: Source) {
    let incoming = match file::import(text) {
        // A file with werkbladen is checked against the worksheets: load them first (once).
        Err(file::ImportError::Content(DomainError::UnknownTemplate))
            if !crate::domain::werkblad::installed(crate::i18n::lang()) =>
        {
            let (state, text) = (*state, text.to_string());
            content::when_loaded(werkbladen(), move |loaded| match loaded {
                Ok(_) => receive(&state, pending, &text, source),
                Err(error) => content::report_failure(state, werkbladen(), *error),
            });
            return;
        }
        // A file with the example's reserved id becomes the user's own samenwerking.
        Ok(s) => crate::domain::voorbeeld::imported(s, &new_id("sw")),
        Err(e) => {
            // An answer file of a scan belongs under the scan's Verzamelen tab: say where.
            let hint = state
                .workspace
                .with_untracked(|ws| crate::report::answer_file_hint(t(), ws, text));
            state.error(hint.unwrap_or_else(|| t().import_error(&e)));
            return;
        }
    };
    match state
        .workspace
        .with_untracked(|ws| ws.import_plan(&incoming))
    {
        ImportPlan::New => {
            let (id, name) = (incoming.id.clone(), incoming.name.clone());
            if state
                .dispatch(Command::Import {
                    samenwerking: incoming,
                    mode: ImportMode::New,
                })
                .is_ok()
            {
                done(state, source, id, fill(t().import_done, &[("name", &name)]));
            }
        }
        // The embedded samenwerking is already here, unchanged: just open it. (Compared as
        // export text, which the app has code for anyway; the order of every field is fixed.)
        ImportPlan::Clash { .. }
            if source == Source::Embedded
                && state.workspace.with_untracked(|ws| {
                    ws.get(&incoming.id).map(|s| file::export(s, 0))
                        == Some(file::export(&incoming, 0))
                }) =>
        {
            state.go(Screen::Samenwerking(incoming.id));
        }
        ImportPlan::Clash { existing_name } => pending.set(Some(Clash {
            incoming,
            existing_name,
            source,
        })),
    }
}

/// Carries out the answer to the clash question in `pending`.
pub fn resolve(state: &AppState, pending: Pending, choice: ClashChoice) {
    let Some(clash) = pending.get_untracked() else {
        return;
    };
    pending.set(None);
    let name = clash.incoming.name.clone();
    let id = clash.incoming.id.clone();
    match choice {
        ClashChoice::Replace => {
            if state
                .dispatch(Command::Import {
                    samenwerking: clash.incoming,
                    mode: ImportMode::Replace,
                })
                .is_ok()
            {
                let text = fill(t().import_replaced, &[("name", &name)]);
                done(state, clash.source, id, text);
            }
        }
        ClashChoice::KeepBoth => {
            let new_name = copy_name(&name, t().copy_suffix);
            let new_id = new_id("sw");
            if state
                .dispatch(Command::Import {
                    samenwerking: clash.incoming,
                    mode: ImportMode::KeepBoth {
                        new_id: new_id.clone(),
                        new_name: new_name.clone(),
                    },
                })
                .is_ok()
            {
                let text = fill(t().import_done, &[("name", &new_name)]);
                done(state, clash.source, new_id, text);
            }
        }
        ClashChoice::Cancel => state.success(t().import_cancelled.to_string()),
    }
}

/// Reports an import; the embedded samenwerking is opened as well.
fn done(state: &AppState, source: Source, id: String, text: String) {
    if source == Source::Embedded {
        state.go(Screen::Samenwerking(id));
    }
    state.success(text);
}

#[component]
pub fn ClashQuestion(clash: Clash, on_choice: Callback<ClashChoice>) -> impl IntoView {
    let texts = t();
    let (existing, incoming) = (clash.existing_name, clash.incoming.name);
    let first = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(first);
    view! {
        <div class="confirm" role="group" aria-labelledby="botsing-vraag">
            <p id="botsing-vraag">
                {fill(texts.import_clash, &[("existing", &existing), ("incoming", &incoming)])}
            </p>
            <button
                type="button"
                node_ref=first
                on:click=move |_| on_choice.run(ClashChoice::KeepBoth)
            >
                {texts.import_keep_both}
            </button>
            <button
                type="button"
                class="danger"
                on:click=move |_| on_choice.run(ClashChoice::Replace)
            >
                {texts.import_replace}
            </button>
            <button type="button" on:click=move |_| on_choice.run(ClashChoice::Cancel)>
                {texts.cancel}
            </button>
        </div>
    }
}
