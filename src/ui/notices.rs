//! The notice area and the warnings about saving: what the app says when something worked or
//! failed, when nothing is saved, when another tab saved a newer version, and the buttons that
//! export all work from there.

use leptos::prelude::*;

use crate::domain::storage::StoreError;
use crate::i18n::{fill, t};

use super::state::{self, focus_id, use_app_state, NoticeKind};
use super::{content, files, overview};

/// The one place where messages appear. A live region, so screen readers announce them.
#[component]
pub(super) fn NoticeArea() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    view! {
        <div class="notices" role="status" aria-live="polite" aria-label=texts.notices_label>
            {move || {
                state
                    .notice
                    .get()
                    .map(|notice| {
                        let class = match notice.kind {
                            NoticeKind::Success => "notice notice-success",
                            NoticeKind::Error => "notice notice-error",
                        };
                        let raw = notice.raw.clone();
                        let retry = notice.retry;
                        view! {
                            <div class=class>
                                <p>{notice.text.clone()}</p>
                                {retry
                                    .map(|id| {
                                        view! {
                                            <button
                                                type="button"
                                                class="primary notice-retry"
                                                on:click=move |_| {
                                                    state.notice.set(None);
                                                    content::retry(id);
                                                }
                                            >
                                                {texts.content.retry}
                                            </button>
                                        }
                                    })}
                                {raw.map(|raw| view! { <ExportRawButton raw=raw /> })}
                                {notice.raw.is_some().then(|| view! { <overview::Recovery /> })}
                                <button
                                    type="button"
                                    class="notice-close"
                                    on:click=move |_| state.notice.set(None)
                                >
                                    {texts.close_notice}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// A persistent alert while nothing is saved or saving fails, so work is never lost silently:
/// not dismissible, and apart from the notice area, so no success notice replaces it. It says
/// what is true, offers the export of all work in one click, and what else can be done.
#[component]
pub(super) fn SaveWarning() -> impl IntoView {
    let state = use_app_state();
    view! {
        {move || {
            let texts = t().storage;
            if let Some(no_save) = state.no_save.get() {
                let (text, raw, newer) = match no_save {
                    state::NoSave::Newer { version } => {
                        (fill(texts.newer, &[("version", &version.to_string())]), None, true)
                    }
                    state::NoSave::Unreadable { raw } => {
                        (texts.unreadable_not_kept.to_string(), Some(raw), false)
                    }
                };
                return Some(
                    view! {
                        <div class="notice notice-error save-warning" role="alert">
                            <p>{text}</p>
                            {newer.then(|| view! { <p>{texts.open_newer}</p> })}
                            <ExportAllButton />
                            {newer
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            id="apart-verder"
                                            on:click=move |_| state.work_apart()
                                        >
                                            {texts.own_area}
                                        </button>
                                    }
                                })}
                            {raw
                                .map(|raw| {
                                    view! { <ExportRawButton raw=raw id="ruwe-gegevens" /> }
                                })}
                        </div>
                    }
                        .into_any(),
                );
            }
            let e = state.save_error.get()?;
            let stale = e == StoreError::Stale;
            let text = if e == StoreError::Full && state.unsaved.get() == 0 {
                texts.full_at_start.to_string()
            } else {
                t().store_error(&e)
            };
            Some(
                // Full storage found at start, before anything was changed here.
                view! {
                    <div class="notice notice-error save-warning" role="alert">
                        <p>{text}</p>
                        <ExportAllButton />
                        {(!stale)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        id="opnieuw-proberen"
                                        on:click=move |_| state.retry()
                                    >
                                        {texts.retry}
                                    </button>
                                }
                            })}
                        {stale.then(|| view! { <ReloadLatest /> })}
                    </div>
                }
                    .into_any(),
            )
        }}
    }
}

/// Downloads stored data that could not be read, as it was (in the notice and in the alert).
#[component]
fn ExportRawButton(raw: String, #[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <button
            type="button"
            id=id
            on:click=move |_| {
                if files::download("vitaal-samenwerken-ruwe-gegevens.txt", "text/plain", &raw)
                    .is_err()
                {
                    state.error(t().export_failed.to_string());
                }
            }
        >
            {t().export_raw}
        </button>
    }
}

#[component]
fn ExportAllButton() -> impl IntoView {
    let state = use_app_state();
    view! {
        <button type="button" id="alles-exporteren" on:click=move |_| export_all(&state)>
            {t().export_all}
        </button>
    }
}

/// "Nieuwste versie laden" in the stale alert: with changes here that are in no stored copy it
/// asks first, and offers to export them before they are dropped.
#[component]
fn ReloadLatest() -> impl IntoView {
    let state = use_app_state();
    let asking = RwSignal::new(false);
    let texts = t().storage;
    let first = NodeRef::<leptos::html::Button>::new();
    state::focus_when_mounted(first);
    view! {
        <button
            type="button"
            id="nieuwste-laden"
            aria-expanded=move || asking.get().to_string()
            on:click=move |_| {
                if state.has_unsaved() { asking.set(true) } else { state.reload_latest() }
            }
        >
            {t().storage_reload}
        </button>
        {move || {
            asking
                .get()
                .then(|| {
                    view! {
                        <div class="reload-question" role="group" aria-labelledby="laden-vraag">
                            <p id="laden-vraag">{texts.reload_question}</p>
                            <button
                                type="button"
                                id="laden-eerst-exporteren"
                                node_ref=first
                                on:click=move |_| export_all(&state)
                            >
                                {texts.reload_export_first}
                            </button>
                            <button
                                type="button"
                                id="laden-zonder"
                                on:click=move |_| {
                                    asking.set(false);
                                    state.reload_latest();
                                }
                            >
                                {texts.reload_anyway}
                            </button>
                            <button
                                type="button"
                                id="laden-annuleren"
                                on:click=move |_| {
                                    asking.set(false);
                                    focus_id("nieuwste-laden");
                                }
                            >
                                {texts.reload_cancel}
                            </button>
                        </div>
                    }
                })
        }}
    }
}

/// The line under a samenwerking's title: what is true about saving right now.
#[component]
pub fn SaveHint() -> impl IntoView {
    let state = use_app_state();
    view! {
        <p class="hint" id="bewaar-status">
            {move || {
                let texts = t().storage;
                if state.no_save.with(Option::is_some) || state.save_error.with(Option::is_some) {
                    texts.hint_not_saving
                } else if state.own_area.get() {
                    texts.hint_own_area
                } else {
                    texts.hint_saving
                }
            }}
        </p>
    }
}

/// The marker on changes that are in no stored copy ("3 wijzigingen niet bewaard"), on every
/// screen, while saving is impossible or fails.
#[component]
pub(super) fn UnsavedMarker() -> impl IntoView {
    let state = use_app_state();
    move || {
        let n = state.unsaved.get();
        (n > 0).then(|| {
            view! {
                <p class="unsaved-marker" id="niet-bewaard">
                    {t().storage.unsaved.of(n as usize)}
                </p>
            }
        })
    }
}

/// Downloads every samenwerking as it is in this tab (also what could not be saved), one file
/// each, so nothing is lost when the browser's storage fails. The example is left out (it is
/// not the user's work, and can be made again), and the notice says so.
fn export_all(state: &state::AppState) {
    let (done, all, example) = state.workspace.with_untracked(|ws| {
        let own: Vec<_> = ws
            .samenwerkingen
            .iter()
            .filter(|s| !crate::domain::voorbeeld::is_voorbeeld(&s.id))
            .collect();
        let done = own
            .iter()
            .filter(|s| overview::download_file(s).is_some())
            .count();
        (done, own.len(), own.len() < ws.samenwerkingen.len())
    });
    if done == all {
        let mut text = t().exported_all.of(done);
        if example {
            text = format!("{text} {}", t().intro.left_out_of_export);
        }
        state.success(text);
    } else {
        state.error(t().export_failed.to_string());
    }
}
