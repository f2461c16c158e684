//! The phone's page for an achterban-blad (`#/achterban/<payload>`): the organisation answers
//! the group's questions, kept on the phone as typed, then shows the answers as QR codes for
//! the facilitator's camera, shares them or downloads the answer file. It shows nothing else
//! and never touches the phone's own samenwerkingen.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::domain::content;
use crate::domain::meedoen::achterban::{
    achterban_codes, achterban_file, achterban_file_name, read_achterban_deelname,
    read_achterban_uitnodiging, AchterbanAntwoorden, AchterbanDeelname, AchterbanUitnodiging,
    ACHTERBAN_ROUTE,
};
use crate::domain::storage::KeyValueStore;
use crate::i18n::{fill, t};
use crate::report::dates::meeting_date;

use super::files;
use super::qr::QrImage;
use super::state::{current_hash, focus_id, now_ms};
use super::storage::LocalStore;

/// Where the phone keeps the answers to one blad.
const KEY_PREFIX: &str = "vitaal-samenwerken:achterban:";
/// Seconds each code of a series stays on screen while playing.
const CODE_SECONDS: u64 = 2;

/// The payload of `#/achterban/<payload>`, when the hash is this page's route.
pub fn payload_in_hash(hash: &str) -> Option<&str> {
    super::meedoen::route_payload(ACHTERBAN_ROUTE, hash)
}

/// The payload in this page's address, when it is an achterban invitation.
pub fn route() -> Option<String> {
    payload_in_hash(&current_hash()).map(str::to_string)
}

/// Mounts the page in place of the app shell (which showed only its header, see
/// `scripts/app-shell.mjs`). Another address in the same tab reloads: the facilitator's app
/// is another app.
pub fn start(payload: String) {
    leptos::mount::mount_to_body(move || {
        let own = payload.clone();
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if payload_in_hash(&current_hash()) != Some(own.as_str()) {
                super::meedoen::reload();
            }
        });
        on_cleanup(move || handle.remove());
        // Built again in the other language on a switch: the answers are kept on the phone as
        // they are typed (`save`), so nothing is lost.
        let payload = payload.clone();
        move || {
            super::taal::current().track();
            view! { <AchterbanPhonePage payload=payload.clone() /> }
        }
    });
    super::meedoen::remove_shell();
}

fn storage_key(invitation: &AchterbanUitnodiging) -> String {
    format!("{KEY_PREFIX}{}", invitation.key())
}

fn load(invitation: &AchterbanUitnodiging) -> AchterbanDeelname {
    LocalStore
        .get(&storage_key(invitation))
        .ok()
        .flatten()
        .and_then(|text| read_achterban_deelname(&text))
        .filter(|d| d.invitation == *invitation)
        .unwrap_or_else(|| AchterbanDeelname {
            invitation: invitation.clone(),
            antwoorden: AchterbanAntwoorden::new(invitation, now_ms()),
            updated_ms: now_ms(),
        })
}

fn save(d: &AchterbanDeelname) -> bool {
    let text = serde_json::to_string(d).unwrap_or_default();
    LocalStore.set(&storage_key(&d.invitation), &text).is_ok()
}

/// The page, from the payload in the address.
#[component]
pub fn AchterbanPhonePage(payload: String) -> impl IntoView {
    match read_achterban_uitnodiging(&payload) {
        Ok(invitation) => view! { <AchterbanForm invitation=invitation /> }.into_any(),
        Err(e) => view! {
            <main id="inhoud" class="telefoon-pagina">
                <super::taal::LanguageSwitch />
                <h1 id="paginatitel" tabindex="-1">
                    {t().achterban_telefoon.page_title}
                </h1>
                <p class="notice error" role="alert">
                    {t().invitation_error(&e)}
                </p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn AchterbanForm(invitation: AchterbanUitnodiging) -> impl IntoView {
    let at = t().achterban_telefoon;
    let deelname = RwSignal::new(load(&invitation));
    let storage_failed = RwSignal::new(false);
    let showing = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);

    let set_answer = move |ingredient: String, text: String| {
        deelname.update(|d| {
            if text.trim().is_empty() {
                d.antwoorden.answers.remove(&ingredient);
            } else {
                d.antwoorden.answers.insert(ingredient, text);
            }
            d.updated_ms = now_ms();
        });
        let ok = deelname.with_untracked(save);
        if storage_failed.get_untracked() == ok {
            storage_failed.set(!ok);
        }
    };
    let answered = move || deelname.with(|d| d.antwoorden.answers.len());

    let date = (!invitation.date.is_empty()).then(|| {
        fill(
            at.page_meeting,
            &[("date", &meeting_date(t(), &invitation.date))],
        )
    });
    let questions = invitation
        .vragen
        .iter()
        .enumerate()
        .map(|(n, v)| {
            let name = content::current()
                .ingredient_name(&v.ingredient)
                .to_string();
            let field = format!("achterban-antwoord-{n}");
            let ingredient = v.ingredient.clone();
            let initial = deelname.with_untracked(|d| {
                d.antwoorden
                    .answers
                    .get(&ingredient)
                    .cloned()
                    .unwrap_or_default()
            });
            let vragen = if v.vragen.is_empty() {
                view! { <p class="hint">{at.no_questions}</p> }.into_any()
            } else {
                view! { <p class="report-text">{v.vragen.clone()}</p> }.into_any()
            };
            let heading = format!("{field}-kop");
            let labelled_by = heading.clone();
            view! {
                <section class="card telefoon-vraag" aria-labelledby=labelled_by>
                    <h2 id=heading>{name.clone()}</h2>
                    {vragen}
                    <label for=field
                        .clone()>{fill(at.answer_label, &[("ingredient", &name)])}</label>
                    <textarea
                        id=field
                        rows="5"
                        maxlength="2000"
                        autocomplete="off"
                        prop:value=initial
                        on:input=move |ev| set_answer(ingredient.clone(), event_target_value(&ev))
                    ></textarea>
                </section>
            }
        })
        .collect_view();

    let on_done = move |_| {
        if answered() == 0 {
            problem.set(Some(at.nothing_answered));
            return;
        }
        problem.set(None);
        deelname.update(|d| d.antwoorden.submitted_ms = now_ms());
        let ok = deelname.with_untracked(save);
        storage_failed.set(!ok);
        showing.set(true);
        focus("paginatitel");
    };

    view! {
        <main id="inhoud" class="telefoon-pagina">
            <super::taal::LanguageSwitch />
            <h1 id="paginatitel" tabindex="-1">
                {at.page_title}
            </h1>
            <p>
                {fill(
                    at.page_intro,
                    &[("group", &invitation.group), ("samenwerking", &invitation.samenwerking_name)],
                )} {date.map(|d| format!(" {d}"))}
            </p>
            {move || {
                storage_failed
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice error" role="alert">
                                {at.storage_failed}
                            </p>
                        }
                    })
            }}
            <div class="telefoon-vragen" hidden=move || showing.get()>
                <p class="hint">{at.page_beeld_hint}</p>
                <p class="hint">{at.kept_hint}</p>
                {questions}
                <p class="status" role="status">
                    {move || at.answered.of(answered())}
                </p>
                {move || {
                    problem
                        .get()
                        .map(|p| {
                            view! {
                                <p class="notice error" role="alert">
                                    {p}
                                </p>
                            }
                        })
                }}
                <button type="button" class="primary groot" id="achterban-klaar" on:click=on_done>
                    {at.done_button}
                </button>
            </div>
            {move || {
                showing
                    .get()
                    .then(|| {
                        view! {
                            <Codes
                                deelname=deelname
                                on_edit=Callback::new(move |_| {
                                    showing.set(false);
                                    focus("achterban-klaar");
                                })
                            />
                        }
                    })
            }}
        </main>
    }
}

/// The answers as QR codes (a series with "Code 2 van 3", playing by itself with a pause
/// button), and the file: shared where the phone can, or downloaded.
#[component]
fn Codes(deelname: RwSignal<AchterbanDeelname>, on_edit: Callback<()>) -> impl IntoView {
    let at = t().achterban_telefoon;
    let codes = Memo::new(move |_| deelname.with(|d| achterban_codes(&d.antwoorden)));
    let index = RwSignal::new(0usize);
    let playing = RwSignal::new(true);
    let n = move || codes.with(Vec::len);
    let handle = set_interval_with_handle(
        move || {
            if playing.get_untracked() && n() > 1 {
                index.update(|i| *i = (*i + 1) % n());
            }
        },
        std::time::Duration::from_secs(CODE_SECONDS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let current = Signal::derive(move || {
        codes.with(|c| {
            c.get(index.get().min(c.len().saturating_sub(1)))
                .cloned()
                .unwrap_or_default()
        })
    });
    let file = move || {
        deelname.with_untracked(|d| {
            (
                achterban_file_name(&d.antwoorden),
                achterban_file(&d.antwoorden, now_ms()),
            )
        })
    };
    let can_share = {
        let (name, text) = file();
        files::share_data(&name, &text, at.share_title).is_some()
    };
    let share_failed = RwSignal::new(false);
    let on_share = move |_| {
        let (name, text) = file();
        wasm_bindgen_futures::spawn_local(async move {
            let shared = match files::share_data(&name, &text, t().achterban_telefoon.share_title) {
                Some(data) => files::share(data).await,
                None => Err(JsValue::NULL),
            };
            // Closing the share sheet without choosing is no failure.
            if let Err(e) = shared {
                let name = js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() != Some("AbortError") {
                    share_failed.set(true);
                }
            }
        });
    };
    let on_download = move |_| {
        let (name, text) = file();
        let _ = files::download(&name, "application/json", &text);
    };
    view! {
        <section class="telefoon-codes" aria-labelledby="codes-kop">
            <h2 id="codes-kop">{at.codes_heading}</h2>
            <p>{at.codes_intro}</p>
            {move || {
                view! {
                    <div class="qr qr-telefoon">
                        <QrImage text=current.get() alt=at.code_label.to_string() class="qr-img" />
                    </div>
                }
            }}
            <Show when=move || { n() > 1 }>
                <p class="code-teller" aria-live="off">
                    {move || fill(
                        at.code_of,
                        &[("i", &(index.get() + 1).to_string()), ("n", &n().to_string())],
                    )}
                </p>
                <div class="knoppen">
                    <button
                        type="button"
                        class="groot"
                        on:click=move |_| index.update(|i| *i = (*i + n() - 1) % n())
                    >
                        {at.previous_code}
                    </button>
                    <button
                        type="button"
                        class="groot"
                        aria-pressed=move || (!playing.get()).to_string()
                        on:click=move |_| playing.update(|p| *p = !*p)
                    >
                        {move || if playing.get() { at.pause } else { at.play }}
                    </button>
                    <button
                        type="button"
                        class="groot"
                        on:click=move |_| index.update(|i| *i = (*i + 1) % n())
                    >
                        {at.next_code}
                    </button>
                </div>
            </Show>
            <div class="knoppen">
                {can_share
                    .then(|| {
                        view! {
                            <button type="button" class="groot" on:click=on_share>
                                {at.share}
                            </button>
                        }
                    })} <button type="button" class="groot" on:click=on_download>
                    {at.download}
                </button> <button type="button" class="groot" on:click=move |_| on_edit.run(())>
                    {at.edit}
                </button>
            </div>
            {move || {
                share_failed
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice error" role="alert">
                                {at.share_failed}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// Focus on `id` once the view has rendered.
fn focus(id: &'static str) {
    request_animation_frame(move || focus_id(id));
}
