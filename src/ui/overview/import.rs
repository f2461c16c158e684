//! Importing a `.vitaal.json` file: read, validate in the domain, ask on a clash, never overwrite silently.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::command::copy_name;
use crate::domain::file::{self, ImportError};
use crate::domain::{Command, ImportMode, ImportPlan, Samenwerking};
use crate::i18n::{fill, t};

use super::super::files::{self, ReadError};
use super::super::state::{focus_when_mounted, new_id, use_app_state, AppState};

/// The answers to "this samenwerking is already here: what now?".
#[derive(Clone, Copy)]
enum ClashChoice {
    KeepBoth,
    Replace,
    Cancel,
}

#[derive(Clone)]
struct Clash {
    incoming: Samenwerking,
    existing_name: String,
}

#[component]
pub fn ImportControl() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let pending = RwSignal::new(None::<Clash>);
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
                Ok(text) => receive(&state, pending, &text),
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

    let resolve = move |choice: ClashChoice| {
        let Some(clash) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        let name = clash.incoming.name.clone();
        match choice {
            ClashChoice::Replace => {
                if state
                    .dispatch(Command::Import {
                        samenwerking: clash.incoming,
                        mode: ImportMode::Replace,
                    })
                    .is_ok()
                {
                    state.success(fill(t().import_replaced, &[("name", &name)]));
                }
            }
            ClashChoice::KeepBoth => {
                let new_name = copy_name(&name, t().copy_suffix);
                if state
                    .dispatch(Command::Import {
                        samenwerking: clash.incoming,
                        mode: ImportMode::KeepBoth {
                            new_id: new_id("sw"),
                            new_name: new_name.clone(),
                        },
                    })
                    .is_ok()
                {
                    state.success(fill(t().import_done, &[("name", &new_name)]));
                }
            }
            ClashChoice::Cancel => state.success(t().import_cancelled.to_string()),
        }
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };

    view! {
        <section class="card" aria-labelledby="import-kop">
            <h2 id="import-kop">{texts.import_heading}</h2>
            <label for="import-bestand">{texts.import_label}</label>
            <p class="hint" id="import-hint">{texts.import_hint}</p>
            <input
                id="import-bestand"
                type="file"
                accept=".json,application/json"
                aria-describedby="import-hint"
                node_ref=input_ref
                on:change=on_change
            />
            {move || pending.get().map(|clash| view! {
                <ClashQuestion
                    existing=clash.existing_name.clone()
                    incoming=clash.incoming.name.clone()
                    on_choice=Callback::new(resolve)
                />
            })}
        </section>
    }
}

/// Validates the file's text and imports it, or asks what to do on a clash.
fn receive(state: &AppState, pending: RwSignal<Option<Clash>>, text: &str) {
    let incoming = match file::import(text) {
        Ok(s) => s,
        Err(e) => {
            state.error(t().import_error(&e));
            return;
        }
    };
    match state
        .workspace
        .with_untracked(|ws| ws.import_plan(&incoming))
    {
        ImportPlan::New => {
            let name = incoming.name.clone();
            if state
                .dispatch(Command::Import {
                    samenwerking: incoming,
                    mode: ImportMode::New,
                })
                .is_ok()
            {
                state.success(fill(t().import_done, &[("name", &name)]));
            }
        }
        ImportPlan::Clash { existing_name } => pending.set(Some(Clash {
            incoming,
            existing_name,
        })),
    }
}

#[component]
fn ClashQuestion(
    existing: String,
    incoming: String,
    on_choice: Callback<ClashChoice>,
) -> impl IntoView {
    let texts = t();
    let first = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(first);
    view! {
        <div class="confirm" role="group" aria-labelledby="botsing-vraag">
            <p id="botsing-vraag">{fill(texts.import_clash, &[("existing", &existing), ("incoming", &incoming)])}</p>
            <button type="button" node_ref=first on:click=move |_| on_choice.run(ClashChoice::KeepBoth)>{texts.import_keep_both}</button>
            <button type="button" class="danger" on:click=move |_| on_choice.run(ClashChoice::Replace)>{texts.import_replace}</button>
            <button type="button" on:click=move |_| on_choice.run(ClashChoice::Cancel)>{texts.cancel}</button>
        </div>
    }
}
