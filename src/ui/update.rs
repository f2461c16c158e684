//! The notice that a new version of the app is ready.
//!
//! `sw-register.js` dispatches `vitaal-update` on `window` when a new service worker is
//! installed and waiting; it never takes over an open page by itself. The button saves pending
//! work at once and answers with `vitaal-update-apply`, after which the script activates the new
//! version and reloads the page once.

use leptos::prelude::*;

use super::state::use_app_state;
use crate::i18n::t;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = use_app_state();
    let ready = RwSignal::new(false);
    let handle = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("vitaal-update"),
        move |_| ready.set(true),
    );
    on_cleanup(move || handle.remove());
    let texts = t().update;
    let apply = move |_| {
        state.flush();
        // Reloading now would lose work that could not be saved; the save warning says why.
        if state.save_error.get_untracked().is_some() || !state.may_save.get_untracked() {
            return;
        }
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::Event::new("vitaal-update-apply"),
        ) {
            let _ = window.dispatch_event(&event);
        }
    };
    // The live region is always there, so its content is announced when it appears.
    view! {
        <div class="update-notices" role="status">
            {move || {
                ready
                    .get()
                    .then(|| {
                        view! {
                            <div class="notice update-notice">
                                <p>{texts.message}</p>
                                <button type="button" on:click=apply>
                                    {texts.apply}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
