//! "Bewaar als één bestand": the one-file edition with this samenwerking embedded, as a download.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::{file, onefile};
use crate::i18n::{fill, t};

use super::super::files;
use super::super::state::{now_ms, use_app_state};

/// The one-file edition keeps a copy of its own source here, taken before the app changed the
/// page (see `scripts/one-file.mjs`): from `file://` there is nothing to fetch.
const OWN_SOURCE: &str = "vitaalEenBestand";

/// The edition's HTML: its own copy when this is the edition, otherwise fetched from beside
/// `index.html` (the app's own origin).
async fn edition_html() -> Option<String> {
    let window = web_sys::window()?;
    if let Some(own) = js_sys::Reflect::get(&window, &JsValue::from_str(OWN_SOURCE))
        .ok()
        .and_then(|v| v.as_string())
    {
        return Some(own);
    }
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str_and_init(onefile::EDITION_FILE, &init))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
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
            let html = edition_html()
                .await
                .and_then(|html| onefile::embed(&html, &file::export(&s, now_ms())).ok());
            let name = onefile::file_name(&s);
            match html.map(|html| files::download(&name, "text/html", &html)) {
                Some(Ok(())) => {
                    state.success(fill(texts.saved, &[("name", &s.name), ("file", &name)]))
                }
                Some(Err(_)) => state.error(t().export_failed.to_string()),
                None => state.error(texts.unavailable.to_string()),
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
