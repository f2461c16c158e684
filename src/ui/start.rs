//! Starting the app: the facilitator's app mounted in place of the app shell, in a few short
//! steps, or the phone pages (the participant's, the achterban's) on their own.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{achterban_telefoon, meedoen, taal, App};

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
    after_shell_painted(mount);
}

/// Runs `f` in a task of its own (not the one that finished compiling the wasm) once the browser
/// has shown the app shell (`window.vitaalShellPainted`); at once when the page has no shell.
fn after_shell_painted(f: impl FnOnce() + 'static) {
    let painted = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &SHELL_PAINTED.into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match painted {
        Some(painted) => wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
            set_timeout(f, std::time::Duration::ZERO);
        }),
        None => f(),
    }
}

/// Starts the phone pages' own small app (the `deelnemer` binary, `src/bin/deelnemer.rs`): the
/// served `index.html` loads it instead of the facilitator's app when the address is a phone
/// page's (`#/doe-mee/…`, `#/achterban/…`; see `scripts/post-build.mjs`), so a phone downloads
/// only what its page needs. The same code as in the facilitator's app, which still serves
/// these pages for a participant edition (one file, where there is nothing else to load).
///
/// As for the facilitator's app, the page is built in a task of its own once the shell has been
/// shown, not in the one that finished compiling the wasm, so no single task blocks a slow phone
/// for long.
pub fn start_phone() {
    taal::start();
    after_shell_painted(|| {
        if !start_phone_page() {
            // Not a phone page's address (the loader and this disagree, or it changed in
            // between): the page's loader starts the facilitator's app on a reload.
            meedoen::reload();
        }
    });
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
