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
pub mod overview;
pub mod qr;
pub mod rapport;
pub mod samenwerking;
pub mod scan;
pub mod stand;
pub mod state;
pub mod storage;
pub mod taal;
pub mod table;
pub mod update;
pub mod werkblad;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::storage::StoreError;
use crate::i18n::{fill, t};
use state::{focus_id, provide_app_state, use_app_state, NoticeKind, Screen};

/// The id of the app shell: the first screen as static HTML, put into `index.html` at build
/// time (`crates/core/src/bin/app_shell.rs`, `scripts/app-shell.mjs`) so the page paints before
/// the wasm has loaded.
const APP_SHELL_ID: &str = "app-shell";
/// A promise the shell's script sets: resolved once the browser has shown the shell (its first
/// contentful paint), in a hidden tab at once, after 1 s at the latest.
const SHELL_PAINTED: &str = "vitaalShellPainted";

/// The steps of the first screen's render, when it replaces the app shell: 0 is the app's state,
/// header and frame; the overview adds its title and intro at 1, its two cards at 2 and the list,
/// the backups and the rest at [`FIRST_SCREEN_DONE`]. Each step is its own task, so no task
/// blocks the page for long (a first visit also compiles every function the render calls, on
/// the main thread); the app stays hidden behind the shell until the last step, and then takes
/// its place at once.
const FIRST_SCREEN_DONE: u8 = 3;

thread_local! {
    static FIRST_SCREEN: ArcRwSignal<u8> = ArcRwSignal::new(FIRST_SCREEN_DONE);
}

/// How far the first screen's render is (see [`FIRST_SCREEN_DONE`]): the overview shows its
/// later parts when this reaches their step. Always done after the first screen.
pub fn first_screen_step() -> ArcRwSignal<u8> {
    FIRST_SCREEN.with(Clone::clone)
}

/// Mounts the app on the page's body in place of the app shell. When the wasm is ready before the
/// browser has shown the shell (a fast connection), the mount waits for that paint: replaced
/// before it, the shell would not count as the page's largest contentful paint, the app's equal
/// text would, later.
pub fn start() {
    // The language first: everything built after speaks it.
    taal::start();
    // A phone page in this app: a participant edition (one file, no loader to choose the small
    // app), or the page's loader could not tell (see `start_phone`).
    if start_phone_page() {
        return;
    }
    let painted = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &SHELL_PAINTED.into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match painted {
        // Mounting starts a task of its own, not the one that finished compiling the wasm.
        Some(painted) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
            set_timeout(mount, std::time::Duration::ZERO);
        }),
        None => mount(),
    }
}

/// Starts the phone pages' own small app (the `deelnemer` binary, `src/bin/deelnemer.rs`): the
/// served `index.html` loads it instead of the facilitator's app when the address is a phone
/// page's (`#/doe-mee/…`, `#/achterban/…`; see `scripts/post-build.mjs`), so a phone downloads
/// only what its page needs. The same code as in the facilitator's app, which still serves
/// these pages for a participant edition (one file, where there is nothing else to load).
pub fn start_phone() {
    taal::start();
    if !start_phone_page() {
        // Not a phone page's address (the loader and this disagree, or it changed in between):
        // the page's loader starts the facilitator's app on a reload.
        meedoen::reload();
    }
}

/// Mounts the phone page this address (or a participant edition) names; false when it names
/// none.
fn start_phone_page() -> bool {
    // A phone that opened an invitation (or a participant edition): the participant's page only.
    if let Some(payload) = meedoen::route() {
        meedoen::start(payload);
        return true;
    }
    // A phone that opened an achterban-blad's invitation: that page only.
    if let Some(payload) = achterban_telefoon::route() {
        achterban_telefoon::start(payload);
        return true;
    }
    false
}

/// Renders the app hidden behind the shell (`body.app-pending`, see style/layout.css): after a
/// warm-up task ([`warm_up`]), in the steps of [`FIRST_SCREEN_DONE`], one task each, then
/// removes the shell and shows the app in one task, so the browser never paints both or neither. The shell has the same layout as the
/// app's first screen, so nothing moves. Without a shell the app mounts at once.
fn mount() {
    let document = web_sys::window().and_then(|w| w.document());
    let shell = document
        .as_ref()
        .and_then(|d| d.get_element_by_id(APP_SHELL_ID));
    let body = document.as_ref().and_then(|d| d.body());
    let (Some(shell), Some(body)) = (shell, body) else {
        leptos::mount::mount_to_body(App);
        return;
    };
    let _ = body.class_list().add_1(APP_PENDING);
    warm_up();
    let step = first_screen_step();
    step.set(0);
    set_timeout(
        move || start_steps(step, shell, body),
        std::time::Duration::ZERO,
    );
}

/// A task before the first step: renders a small view with the kinds of parts the app's frame
/// has (elements, reactive attributes and text, an event handler) into a detached element and
/// drops it, so the wasm functions they share are compiled here and not in the first step.
fn warm_up() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    let on = RwSignal::new(false);
    let handle = leptos::mount::mount_to(el.unchecked_into(), move || {
        view! {
            <header class="warm-up">
                <nav aria-label="x">
                    <ul>
                        <li>
                            <a href="#/" aria-current=move || on.get().then_some("page")>
                                "x"
                            </a>
                        </li>
                    </ul>
                </nav>
            </header>
            <main tabindex="-1">
                <div role="status" aria-live="polite">
                    {move || on.get().then(|| view! { <p>"x"</p> })}
                </div>
                <button type="button" disabled=move || !on.get() on:click=move |_| on.set(true)>
                    "x"
                </button>
            </main>
        }
    });
    drop(handle);
}

fn start_steps(step: ArcRwSignal<u8>, shell: web_sys::Element, body: web_sys::HtmlElement) {
    leptos::mount::mount_to_body(App);
    fn next(step: ArcRwSignal<u8>, shell: web_sys::Element, body: web_sys::HtmlElement) {
        set_timeout(
            move || {
                let now = step.get_untracked() + 1;
                step.set(now);
                if now < FIRST_SCREEN_DONE {
                    next(step, shell, body);
                } else {
                    shell.remove();
                    let _ = body.class_list().remove_1(APP_PENDING);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next(step, shell, body);
}

/// The class on `<body>` that keeps the app hidden while it renders behind the shell.
const APP_PENDING: &str = "app-pending";

#[component]
pub fn App() -> impl IntoView {
    // A phone that opened an achterban invitation sees that page only: no app state, no
    // workspace, nothing of the phone's own samenwerkingen.
    if let Some(payload) = phone_payload(crate::domain::meedoen::achterban::ACHTERBAN_ROUTE) {
        return view! { <achterban_telefoon::AchterbanPhonePage payload=payload /> }.into_any();
    }
    FacilitatorApp().into_any()
}

/// The payload of a phone page's address (`#/<route>/<payload>`), if this is one.
pub fn phone_payload(route: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let payload = hash
        .strip_prefix("#/")?
        .strip_prefix(route)?
        .strip_prefix('/')?;
    Some(payload.to_string())
}

/// The facilitator's app: every screen but the phone pages.
#[allow(non_snake_case)]
fn FacilitatorApp() -> impl IntoView {
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

/// The one place where messages appear. A live region, so screen readers announce them.
#[component]
fn NoticeArea() -> impl IntoView {
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
fn SaveWarning() -> impl IntoView {
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
fn UnsavedMarker() -> impl IntoView {
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
