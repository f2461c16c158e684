//! "Bewaar als één bestand": the one-file edition with this samenwerking embedded, as a download.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::file;
use crate::domain::onefile::{self, Unavailable};
use crate::i18n::{fill, t};

use super::super::files;
use super::super::state::{now_ms, use_app_state};

/// The one-file edition keeps a copy of its own source here, taken before the app changed the
/// page (see `scripts/one-file.mjs`): from `file://` there is nothing to fetch.
const OWN_SOURCE: &str = "vitaalEenBestand";

/// Whether the browser says it is online (`navigator.onLine`); `true` when it cannot tell.
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The edition's HTML: its own copy when this is the edition, otherwise fetched from beside
/// `index.html` (the app's own origin). The service worker answers that fetch from its cache
/// (the edition is precached with the app), so it works offline too; when it cannot, the error
/// says why (see `onefile::fetch_failure`).
pub async fn edition_html() -> Result<String, Unavailable> {
    let window = web_sys::window().ok_or(Unavailable::Unreachable)?;
    if let Some(own) = js_sys::Reflect::get(&window, &JsValue::from_str(OWN_SOURCE))
        .ok()
        .and_then(|v| v.as_string())
    {
        return Ok(own);
    }
    // No answer at all (also when the body breaks off): offline or not reachable.
    let no_answer = || onefile::fetch_failure(None, online()).unwrap_or(Unavailable::Unreachable);
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str_and_init(onefile::EDITION_FILE, &init))
            .await
            .map_err(|_| no_answer())?
            .dyn_into()
            .map_err(|_| no_answer())?;
    if let Some(reason) = onefile::fetch_failure(Some(response.status()), online()) {
        return Err(reason);
    }
    let text = response.text().map_err(|_| no_answer())?;
    JsFuture::from(text)
        .await
        .map_err(|_| no_answer())?
        .as_string()
        .ok_or(Unavailable::NotEdition)
}

/// The true message for each reason.
pub fn message(reason: Unavailable) -> String {
    let texts = t().onefile;
    match reason {
        Unavailable::NotBuilt => texts.not_built.to_string(),
        Unavailable::ServerError(status) => {
            fill(texts.server_error, &[("status", &status.to_string())])
        }
        Unavailable::Offline => texts.offline.to_string(),
        Unavailable::Unreachable => texts.unreachable.to_string(),
        Unavailable::NotEdition => texts.not_edition.to_string(),
    }
}

#[component]
pub fn SaveOneFile(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t().onefile;
    let on_click = move |_| {
        let Some(s) = state.workspace.with_untracked(|ws| ws.get(&id).cloned()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let html = edition_html().await.and_then(|html| {
                onefile::embed(&html, &file::export(&s, now_ms()))
                    .map_err(|_| Unavailable::NotEdition)
            });
            let name = onefile::file_name(&s);
            match html.map(|html| files::download(&name, "text/html", &html)) {
                Ok(Ok(())) => {
                    state.success(fill(texts.saved, &[("name", &s.name), ("file", &name)]))
                }
                Ok(Err(_)) => state.error(texts.download_failed.to_string()),
                Err(reason) => state.error(message(reason)),
            }
        });
    };
    view! {
        <p id="een-bestand-uitleg">{texts.save_intro}</p>
        <button
            type="button"
            id="sw-een-bestand"
            aria-describedby="een-bestand-uitleg"
            on:click=on_click
        >
            {texts.save_button}
        </button>
    }
}
