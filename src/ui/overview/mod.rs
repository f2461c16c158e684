//! The start screen: all samenwerkingen on this device, create, import, export, delete.

mod backups;

pub use backups::Recovery;
mod embedded;
mod import;

use leptos::prelude::*;

use crate::domain::{file, voorbeeld, Command, Samenwerking};
use crate::i18n::{fill, t};

use super::files;
use super::state::{focus_when_mounted, new_id, now_ms, use_app_state, AppState, Screen};

pub use import::ImportControl;

#[component]
pub fn Overview() -> impl IntoView {
    let texts = t();
    // One open import question at a time, for a chosen file or the embedded samenwerking.
    let pending = RwSignal::new(None);
    // As the first screen, behind the app shell, the page renders in steps (see ui::start).
    let step = super::first_screen_step();
    let at = move |n: u8| {
        let step = step.clone();
        move || step.get() >= n
    };
    view! {
        <Show when=at(1)>
            <h1 id="paginatitel" tabindex="-1">
                {texts.overview_title}
            </h1>
            <embedded::EmbeddedPrompt pending=pending />
            <p class="lead">{texts.overview_intro}</p>
            <super::intro::FirstMinute />
        </Show>
        <Show when=at(2)>
            <div class="columns">
                <CreateForm />
                <ImportControl pending=pending />
            </div>
        </Show>
        <Show when=at(3)>
            <SamenwerkingList />
            <backups::Backups />
            // Last: it appears only once the browser has answered (after the first paint), so
            // here it moves nothing but the footer (the app shell has the same first screen).
            <ExportReminder />
        </Show>
    }
}

#[component]
fn CreateForm() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let name = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id("sw");
        let value = name.get_untracked();
        if state
            .dispatch(Command::Create {
                id: id.clone(),
                name: value.clone(),
            })
            .is_ok()
        {
            name.set(String::new());
            state.go(Screen::Samenwerking(id));
            state.success(fill(texts.created, &[("name", value.trim())]));
        }
    };
    view! {
        <section class="card" aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">{texts.create_heading}</h2>
            <form on:submit=on_submit>
                <label for="nieuw-naam">{texts.create_name_label}</label>
                <p class="hint" id="nieuw-naam-hint">
                    {texts.create_name_hint}
                </p>
                <input
                    id="nieuw-naam"
                    data-concept=""
                    type="text"
                    autocomplete="off"
                    required
                    maxlength="120"
                    aria-describedby="nieuw-naam-hint"
                    bind:value=name
                />
                <button type="submit" class="primary">
                    {texts.create_button}
                </button>
            </form>
        </section>
    }
}

#[component]
fn SamenwerkingList() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let items = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.recent_first().into_iter().cloned().collect::<Vec<_>>())
    });
    view! {
        <section aria-labelledby="lijst-kop">
            <h2 id="lijst-kop">{texts.list_heading}</h2>
            <Show
                when=move || !items.with(|i| i.is_empty())
                fallback=move || view! { <p class="empty">{texts.list_empty}</p> }
            >
                <ul class="samenwerking-list">
                    <For
                        each=move || items.get()
                        key=|s| (s.id.clone(), s.updated_ms, s.name.clone())
                        children=move |s| view! { <SamenwerkingItem samenwerking=s /> }
                    />
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn SamenwerkingItem(samenwerking: Samenwerking) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let confirming = RwSignal::new(false);
    let heading_id = format!("sw-{}-kop", samenwerking.id);
    let heading_id_ref = heading_id.clone();
    let opgave = if samenwerking.opgave.is_empty() {
        texts.list_no_opgave.to_string()
    } else {
        samenwerking.opgave.clone()
    };
    let meta = format!(
        "{} · {}",
        texts.list_partners.of(samenwerking.partners.len()),
        fill(
            texts.list_changed,
            &[("date", &format_date(samenwerking.updated_ms))]
        )
    );
    let href = Screen::Samenwerking(samenwerking.id.clone()).hash();
    let id = samenwerking.id.clone();
    let name = samenwerking.name.clone();
    let to_export = samenwerking.clone();
    let on_delete = move |_| {
        if state.dispatch(Command::Delete { id: id.clone() }).is_ok() {
            state.success(fill(texts.deleted, &[("name", &name)]));
        }
    };
    let name_for_confirm = samenwerking.name.clone();
    // The example: marked as such, removed in one click (it can be made again, and undone).
    let example = voorbeeld::is_voorbeeld(&samenwerking.id);
    let delete_button = if example {
        view! {
            <button
                type="button"
                class="danger"
                id="voorbeeld-verwijderen-lijst"
                on:click=move |_| super::intro::remove_example(&state)
            >
                {texts.intro.remove}
            </button>
        }
        .into_any()
    } else {
        view! {
            <button
                type="button"
                class="danger"
                on:click=move |_| confirming.set(true)
                aria-label=format!("{} {}", texts.delete, samenwerking.name)
                aria-expanded=move || confirming.get().to_string()
            >
                {texts.delete}
            </button>
        }
        .into_any()
    };
    view! {
        <li
            class=if example { "samenwerking-item voorbeeld" } else { "samenwerking-item" }
            aria-labelledby=heading_id_ref
        >
            <h3 id=heading_id>
                <a href=href.clone()>{samenwerking.name.clone()}</a>
                {example.then(|| view! { <super::intro::Badge /> })}
            </h3>
            <p class="opgave">{opgave}</p>
            <p class="meta">{meta}</p>
            <div class="actions">
                <a
                    class="button"
                    href=href
                    aria-label=format!("{} {}", texts.open, samenwerking.name)
                >
                    {texts.open}
                </a>
                <button
                    type="button"
                    on:click=move |_| export(&state, &to_export)
                    aria-label=format!("{} {}", texts.export, samenwerking.name)
                >
                    {texts.export}
                </button>
                {delete_button}
            </div>
            <Show when=move || confirming.get()>
                <ConfirmDelete
                    name=name_for_confirm.clone()
                    on_yes=Callback::new(on_delete.clone())
                    on_no=Callback::new(move |_| confirming.set(false))
                />
            </Show>
        </li>
    }
}

/// An inline confirmation; focus moves to "Annuleren" so Enter does the safe thing.
#[component]
pub fn ConfirmDelete(name: String, on_yes: Callback<()>, on_no: Callback<()>) -> impl IntoView {
    let texts = t();
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(cancel_ref);
    view! {
        <div class="confirm" role="group" aria-label=texts.delete>
            <p>{fill(texts.delete_confirm, &[("name", &name)])}</p>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>
                {texts.delete_yes}
            </button>
            <button type="button" node_ref=cancel_ref on:click=move |_| on_no.run(())>
                {texts.cancel}
            </button>
        </div>
    }
}

/// Downloads a samenwerking as `<name>.vitaal.json` and says so.
pub fn export(state: &AppState, samenwerking: &Samenwerking) {
    match download_file(samenwerking) {
        Some(name) => state.success(fill(t().exported, &[("file", &name)])),
        None => state.error(t().export_failed.to_string()),
    }
}

/// Offers the `.vitaal.json` file of a samenwerking and notes the time of the export (for the
/// reminder); returns the file name, or `None` when the browser refused the download.
pub fn download_file(samenwerking: &Samenwerking) -> Option<String> {
    let name = file::file_name(samenwerking);
    let contents = file::export(samenwerking, now_ms());
    files::download(&name, "application/json", &contents).ok()?;
    super::storage::note_export(now_ms());
    Some(name)
}

/// "23 november 2026 14:05" in the user's time zone (the browser's own date formatting).
pub fn format_date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    // British English: "8 December 2026 at 14:05", as the app's own dates read.
    let locale = match crate::i18n::lang() {
        crate::i18n::Lang::Nl => "nl-NL",
        crate::i18n::Lang::En => "en-GB",
    };
    date.to_locale_string(locale, &options).into()
}

/// Where the browser has not promised to keep this site's storage (Safari, private windows,
/// sites that are not installed), a gentle reminder of when work was last exported.
#[component]
fn ExportReminder() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    move || {
        (state.persisted.get() == Some(false)).then(|| {
            let last = super::storage::last_export()
                .map(format_date)
                .unwrap_or_else(|| texts.export_never.to_string());
            view! { <p class="hint export-reminder">{fill(texts.persist_reminder, &[("date", &last)])}</p> }
        })
    }
}
