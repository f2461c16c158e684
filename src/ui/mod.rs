//! The thin UI: Leptos components by feature. All logic lives in [`crate::domain`].

pub mod achterban_telefoon;
pub mod backup_store;
pub mod bijeenkomst;
pub mod caret;
pub mod content;
pub mod files;
pub mod gespreksmodel;
pub mod idb;
pub mod intro;
pub mod journal;
pub mod meedoen;
pub mod monitoring;
pub mod notices;
pub mod overview;
pub mod qr;
pub mod rapport;
pub mod samenwerking;
pub mod scan;
pub mod stand;
pub mod start;
pub mod state;
pub mod storage;
pub mod taal;
pub mod table;
pub mod update;
pub mod werkblad;

use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::{fill, t};
pub use notices::SaveHint;
use notices::{NoticeArea, SaveWarning, UnsavedMarker};
pub use start::{first_screen_step, start, start_phone};
use state::{focus_id, provide_app_state, use_app_state, Screen};

/// The facilitator's app: every screen but the phone pages, which `ui::start` mounts on their
/// own before this is ever built (`start::start_phone_page`), and the phone app serves on a
/// phone page's address (`ui::start_phone`).
#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state();
    // After navigating, move focus to the new page's heading so keyboard and screen reader
    // users start at the top of the new content.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let _ = state.screen.get();
        if first.get_value() {
            first.set_value(false);
        } else {
            request_animation_frame(|| focus_id("paginatitel"));
        }
    });
    // The window title names the screen (WCAG 2.4.2), e.g. "Dorpsstad – Vitaal Samenwerken".
    Effect::new(move |_| {
        taal::current().track();
        let texts = t();
        let page = match state.screen.get() {
            Screen::Overview => texts.overview_title.to_string(),
            Screen::Model => texts.nav_model.to_string(),
            Screen::Intro => texts.intro.title.to_string(),
            Screen::Samenwerking(id) => state
                .workspace
                .with(|ws| ws.get(&id).map(|s| s.name.clone()))
                .unwrap_or_else(|| texts.nav_samenwerkingen.to_string()),
            Screen::Rapport(id) => {
                let name = state
                    .workspace
                    .with(|ws| ws.get(&id).map(|s| s.name.clone()))
                    .unwrap_or_default();
                format!("{} – {name}", texts.rapport.title)
            }
            Screen::Bijeenkomst { samenwerking, .. } => {
                let name = state
                    .workspace
                    .with(|ws| ws.get(&samenwerking).map(|s| s.name.clone()))
                    .unwrap_or_default();
                format!("{} – {name}", texts.bijeenkomst.title)
            }
            Screen::Stand(samenwerking) => {
                let name = state
                    .workspace
                    .with(|ws| ws.get(&samenwerking).map(|s| s.name.clone()))
                    .unwrap_or_default();
                format!("{} – {name}", texts.stand.title)
            }
            Screen::Scan { samenwerking, .. } => {
                let name = state
                    .workspace
                    .with(|ws| ws.get(&samenwerking).map(|s| s.name.clone()))
                    .unwrap_or_default();
                format!("{} – {name}", texts.scan.title)
            }
            Screen::Werkblad {
                samenwerking,
                werkblad,
            } => state
                .workspace
                .with(|ws| {
                    let s = ws.get(&samenwerking)?;
                    Some(format!(
                        "{} – {}",
                        s.werkblad(&werkblad)?.shown_title(),
                        s.name
                    ))
                })
                .unwrap_or_else(|| texts.werkblad.title.to_string()),
            Screen::Monitoring(samenwerking) => {
                let name = state
                    .workspace
                    .with(|ws| ws.get(&samenwerking).map(|s| s.name.clone()))
                    .unwrap_or_default();
                format!("{} – {name}", texts.monitoring.title)
            }
            Screen::Formulier { template, .. } => fill(
                // (Named once the worksheets are loaded.)
                {
                    let _ = content::status(content::werkbladen());
                    texts.werkblad.blank_title
                },
                &[(
                    "title",
                    crate::domain::werkblad::template(&template).map_or("", |t| t.title.as_str()),
                )],
            ),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{page} – {}", texts.app_title));
        }
    });
    let built = StoredValue::new(None::<(u32, Screen)>);
    // Everything is built again in the new language when the user switches; the work (in the
    // app state, outside) stays as it is, and so does the place: the focused field, caret,
    // scroll and unsaved drafts (`caret`), with the focus on the switch itself.
    move || {
        taal::current().track();
        frame(state, built)
    }
}

/// The app's frame and the current screen, in the current language.
fn frame(state: state::AppState, built: StoredValue<Option<(u32, Screen)>>) -> impl IntoView {
    let texts = t();
    view! {
        <a class="skip-link" href="#inhoud">
            {texts.skip_link}
        </a>
        <Header />
        <main id="inhoud" tabindex="-1">
            <UnsavedMarker />
            <SaveWarning />
            <NoticeArea />
            <update::UpdateNotice />
            <HistoryTools />
            <intro::Banner />
            {move || {
                let epoch = state.epoch.get();
                let screen = state.screen.get();
                let rebuilt = built
                    .with_value(|b| b.as_ref().is_some_and(|(e, s)| *e != epoch && *s == screen));
                built.set_value(Some((epoch, screen.clone())));
                if rebuilt {
                    if let Some(place) = caret::capture() {
                        queue_microtask(move || queue_microtask(move || caret::restore(place)));
                    }
                }
                let page = match screen {
                    Screen::Overview => {
                        // Built again for the same screen (another tab's work, undo): the user's place
                        // (focused field, caret, selection, scroll, drafts) is put back right after.
                        // Two hops: the new fields get their values in a microtask queued while
                        // the screen is built (after this one), the place goes back after that.
                        view! { <overview::Overview /> }
                            .into_any()
                    }
                    Screen::Samenwerking(id) => {
                        view! { <samenwerking::SamenwerkingPage id=id /> }.into_any()
                    }
                    Screen::Bijeenkomst { samenwerking, bijeenkomst, view } => {
                        view! {
                            <bijeenkomst::MeetingPage
                                samenwerking=samenwerking
                                bijeenkomst=bijeenkomst
                                view=view
                            />
                        }
                            .into_any()
                    }
                    Screen::Stand(samenwerking) => {
                        view! { <stand::StandPage samenwerking=samenwerking /> }.into_any()
                    }
                    Screen::Scan { samenwerking, scan, view } => {
                        view! { <scan::ScanPage samenwerking=samenwerking scan=scan view=view /> }
                            .into_any()
                    }
                    Screen::Werkblad { samenwerking, werkblad } => {
                        view! {
                            <werkblad::WerkbladPage samenwerking=samenwerking werkblad=werkblad />
                        }
                            .into_any()
                    }
                    Screen::Formulier { samenwerking, template } => {
                        view! {
                            <werkblad::FormulierPage samenwerking=samenwerking template=template />
                        }
                            .into_any()
                    }
                    Screen::Monitoring(samenwerking) => {
                        view! { <monitoring::MonitoringPage samenwerking=samenwerking /> }
                            .into_any()
                    }
                    Screen::Rapport(id) => view! { <rapport::RapportPage id=id /> }.into_any(),
                    Screen::Model => view! { <gespreksmodel::ModelPage /> }.into_any(),
                    Screen::Intro => view! { <intro::HowToPage /> }.into_any(),
                };
                if epoch.is_multiple_of(2) { Either::Left(page) } else { Either::Right(page) }
            }}
        </main>
        <footer class="site-footer">
            <p>{texts.footer}</p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let current = move |which: &'static str| {
        let on = match state.screen.get() {
            Screen::Overview
            | Screen::Samenwerking(_)
            | Screen::Stand(_)
            | Screen::Bijeenkomst { .. }
            | Screen::Scan { .. }
            | Screen::Werkblad { .. }
            | Screen::Formulier { .. }
            | Screen::Monitoring(_)
            | Screen::Rapport(_) => which == "samenwerkingen",
            Screen::Model => which == "model",
            Screen::Intro => which == "intro",
        };
        on.then_some("page")
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-name">{texts.app_title}</span>
                <span class="brand-tagline">{texts.app_tagline}</span>
            </div>
            <taal::LanguageSwitch state=state />
            <nav aria-label=texts.nav_label>
                <ul>
                    <li>
                        <a href="#/" aria-current=move || current("samenwerkingen")>
                            {texts.nav_samenwerkingen}
                        </a>
                    </li>
                    <li>
                        <a href="#/gespreksmodel" aria-current=move || current("model")>
                            {texts.nav_model}
                        </a>
                    </li>
                    <li>
                        <a href="#/zo-werkt-het" aria-current=move || current("intro")>
                            {texts.intro.howto_link}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

/// Undo and redo: two buttons, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) outside text fields (inside
/// one the browser undoes its own typing first).
#[component]
fn HistoryTools() -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        let redo = match ev.key().as_str() {
            "z" | "Z" => ev.shift_key(),
            "y" | "Y" => true,
            _ => return,
        };
        if !typing {
            ev.prevent_default();
            state.undo_redo(redo);
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <div class="history-tools" role="group" aria-label=texts.history_label>
            <button
                type="button"
                id="ongedaan"
                class="small"
                aria-keyshortcuts="Control+Z"
                disabled=move || !state.can_undo.get()
                on:click=move |_| state.undo_redo(false)
            >
                {texts.undo}
            </button>
            <button
                type="button"
                id="opnieuw"
                class="small"
                aria-keyshortcuts="Control+Y"
                disabled=move || !state.can_redo.get()
                on:click=move |_| state.undo_redo(true)
            >
                {texts.redo}
            </button>
        </div>
    }
}
