//! "Doe mee met je telefoon", the participant's side: the page a phone opens from the
//! invitation's QR code (`#/doe-mee/<payload>`, see [`crate::domain::meedoen`]). It is an app of
//! its own, mounted instead of the facilitator's app ([`start`]): no menu, no samenwerkingen, and
//! it never reads or writes the phone's own workspace, its backups or its journal. The answers
//! are kept on the phone as they are typed ([`keep`]); "Klaar" shows them as QR codes for the
//! facilitator's camera, and offers them as an answer file.

mod keep;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::content::{self, Ingredient};
use crate::domain::meedoen::{self, answer_codes, read_invitation, Invitation, Participation};
use crate::domain::scan;
use crate::i18n::{fill, t};

use super::files;
use super::qr::QrImage;
use super::state::{current_hash, focus_id, now_ms};

/// What a participant edition (the one-file edition made on the invitation view) carries in its
/// embedded block instead of a samenwerking: only the invitation's payload.
#[derive(Serialize, Deserialize)]
pub struct Embedded {
    pub uitnodiging: String,
}

/// The embedded block's text for a participant edition.
pub fn embedded_json(payload: &str) -> String {
    serde_json::to_string(&Embedded {
        uitnodiging: payload.to_string(),
    })
    .unwrap_or_default()
}

/// The payload of `#/doe-mee/<payload>`, when the hash is the participant's route.
pub fn payload_in_hash(hash: &str) -> Option<&str> {
    route_payload(meedoen::INVITE_ROUTE, hash)
}

/// The payload of `#/<route>/<payload>` (a phone page's address), when the hash is that route.
pub fn route_payload<'a>(route: &str, hash: &'a str) -> Option<&'a str> {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    path.strip_prefix(route)?.strip_prefix('/')
}

/// Removes the app shell once a phone page is mounted in its place (the shell showed only its
/// header on these routes, see `scripts/app-shell.mjs`).
pub fn remove_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-shell"))
    {
        shell.remove();
    }
}

/// The invitation a participant edition carries, if this page is one.
fn embedded_payload() -> Option<String> {
    let text = web_sys::window()?
        .document()?
        .get_element_by_id(crate::domain::onefile::EMBED_ID)?
        .text_content()?;
    serde_json::from_str::<Embedded>(&text)
        .ok()
        .map(|e| e.uitnodiging)
}

/// The participant's route of this page: the invitation a participant edition carries (which
/// always opens the participant's page), or the one in the address.
pub fn route() -> Option<String> {
    if let Some(payload) = embedded_payload() {
        let hash = format!("#/{}/{payload}", meedoen::INVITE_ROUTE);
        if current_hash() != hash {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
        return Some(payload);
    }
    payload_in_hash(&current_hash()).map(str::to_string)
}

/// Another page in the same tab (the back button, a typed address): the other app starts.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Mounts the participant's page in place of the app shell (which showed only its header, see
/// `scripts/app-shell.mjs`), in one task.
pub fn start(payload: String) {
    leptos::mount::mount_to_body(move || view! { <ParticipantApp payload=payload.clone() /> });
    remove_shell();
}

/// A message in the page's one notice area: (is it an error, the text).
type Notice = RwSignal<Option<(bool, String)>>;

fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} – {}", t().app_title));
    }
}

#[component]
fn ParticipantApp(payload: String) -> impl IntoView {
    let own = payload.clone();
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if payload_in_hash(&current_hash()) != Some(own.as_str()) {
            reload();
        }
    });
    on_cleanup(move || handle.remove());
    // Built again in the other language when the participant switches: the answers and the step
    // are kept on the phone as they are typed (`keep`), so the page comes back where it was.
    move || {
        super::taal::current().track();
        participant_page(&payload)
    }
}

/// The participant's page in the current language.
fn participant_page(payload: &str) -> impl IntoView {
    let texts = t();
    let notice: Notice = RwSignal::new(None);
    let body = match read_invitation(payload) {
        Err(e) => {
            let message = texts.invitation_error(&e);
            set_title(texts.deelnemer.page_label);
            view! {
                <h1 id="paginatitel" tabindex="-1" class="participant-error">
                    {message}
                </h1>
            }
            .into_any()
        }
        Ok(invitation) => view! { <Participant invitation=invitation notice=notice /> }.into_any(),
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-name">{texts.app_title}</span>
                <span class="brand-tagline">{texts.app_tagline}</span>
            </div>
            <super::taal::LanguageSwitch />
        </header>
        <main id="inhoud" tabindex="-1" class="participant">
            <div class="notices" role="status" aria-live="polite" aria-label=texts.notices_label>
                {move || {
                    notice
                        .get()
                        .map(|(error, text)| {
                            let class = if error {
                                "notice notice-error"
                            } else {
                                "notice notice-success"
                            };
                            view! {
                                <div class=class>
                                    <p>{text}</p>
                                    <button
                                        type="button"
                                        class="notice-close"
                                        on:click=move |_| notice.set(None)
                                    >
                                        {texts.close_notice}
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
            {body}
        </main>
    }
}

/// Changes the kept participation and writes it at once; a failed write is said once.
fn edit(p: RwSignal<Participation>, notice: Notice, f: impl FnOnce(&mut Participation)) {
    p.update(|p| {
        f(p);
        p.updated_ms = now_ms();
    });
    if p.with_untracked(keep::save).is_err() {
        let text = t().deelnemer.store_failed.to_string();
        if notice.with_untracked(|n| n.as_ref().map(|n| &n.1) != Some(&text)) {
            notice.set(Some((true, text)));
        }
    }
}

/// The factors with the invited ingrediënten, in the model's order.
fn factors(invitation: &Invitation) -> Vec<(String, Vec<&'static Ingredient>)> {
    content::current()
        .factors
        .iter()
        .filter_map(|f| {
            let ingredients: Vec<&'static Ingredient> = f
                .ingredients
                .iter()
                .filter(|i| invitation.ingredients.contains(&i.id))
                .collect();
            (!ingredients.is_empty()).then(|| (f.name.clone(), ingredients))
        })
        .collect()
}

#[component]
fn Participant(invitation: Invitation, notice: Notice) -> impl IntoView {
    let texts = t();
    let dt = texts.deelnemer;
    let (kept, first_step, loaded) = keep::load(&invitation);
    if loaded.is_err() {
        notice.set(Some((true, dt.store_failed.to_string())));
    }
    let factors = StoredValue::new(factors(&invitation));
    let n_factors = factors.with_value(Vec::len);
    let total: usize = factors.with_value(|f| f.iter().map(|(_, i)| i.len()).sum());
    let codes_step = n_factors + 1;
    let p = RwSignal::new(kept);
    let step = RwSignal::new(first_step.min(n_factors));
    let title = if invitation.scan_title.trim().is_empty() {
        dt.page_label.to_string()
    } else {
        format!("{}: {}", dt.page_label, invitation.scan_title)
    };
    set_title(&title);
    let inv = StoredValue::new(invitation.clone());
    let go = move |to: usize| {
        if to == codes_step {
            edit(p, notice, |p| {
                let now = now_ms();
                p.response.submitted_ms = now;
                p.sent_ms = Some(now);
            });
        }
        step.set(to);
        inv.with_value(|i| keep::save_step(i, to.min(n_factors)));
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        request_animation_frame(|| focus_id("paginatitel"));
    };
    let answered = move || {
        let n = p.with(|p| {
            inv.with_value(|i| {
                i.ingredients
                    .iter()
                    .filter(|id| p.response.answers.contains_key(*id))
                    .count()
            })
        });
        dt.answered.with(n, &[("total", &total.to_string())])
    };
    let page = move || {
        let at = step.get();
        if at == 0 {
            view! { <About p=p notice=notice on_start=Callback::new(move |_| go(1)) /> }.into_any()
        } else if at <= n_factors {
            let (name, ingredients) = factors
                .with_value(|f| f.get(at - 1).cloned())
                .unwrap_or_default();
            let last = at == n_factors;
            view! {
                <p class="participant-progress">
                    <span id="deelnemer-stap">
                        {fill(
                            dt.step,
                            &[("n", &at.to_string()), ("total", &n_factors.to_string())],
                        )}
                    </span>
                    " · "
                    <span id="deelnemer-beantwoord">{answered}</span>
                </p>
                <progress
                    class="participant-bar"
                    max=n_factors.to_string()
                    value=at.to_string()
                    aria-labelledby="deelnemer-stap"
                ></progress>
                <h2 id="factor-kop">{name}</h2>
                {ingredients
                    .into_iter()
                    .map(|i| view! { <Question ingredient=i p=p notice=notice /> })
                    .collect_view()}
                <div class="participant-nav">
                    <button type="button" id="deelnemer-vorige" on:click=move |_| go(at - 1)>
                        {dt.previous}
                    </button>
                    <button
                        type="button"
                        id="deelnemer-volgende"
                        class="primary"
                        on:click=move |_| go(at + 1)
                    >
                        {if last { dt.done } else { dt.next }}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! { <Codes p=p notice=notice on_edit=Callback::new(move |_| go(n_factors)) /> }
                .into_any()
        }
    };
    view! {
        <h1 id="paginatitel" tabindex="-1">
            {title.clone()}
        </h1>
        <p class="participant-samenwerking">{invitation.samenwerking_name.clone()}</p>
        {page}
    }
}

/// The first step: what this is, and (optionally) who you are.
#[component]
fn About(p: RwSignal<Participation>, notice: Notice, on_start: Callback<()>) -> impl IntoView {
    let texts = t();
    let dt = texts.deelnemer;
    let (name, organisation, organisations) = p.with_untracked(|p| {
        (
            p.response.name.clone(),
            p.response.organisation.clone(),
            p.invitation.organisations.clone(),
        )
    });
    // Which radio is on: the kept organisation when it is in the list.
    let chosen = RwSignal::new(
        organisations
            .contains(&organisation)
            .then_some(organisation),
    );
    let organisation_view = if organisations.is_empty() {
        let value = p.with_untracked(|p| p.response.organisation.clone());
        view! {
            <label for="deelnemer-organisatie">{dt.organisation_free}</label>
            <input
                id="deelnemer-organisatie"
                type="text"
                autocomplete="organization"
                maxlength="120"
                prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    edit(p, notice, |p| p.response.organisation = v);
                }
            />
        }
        .into_any()
    } else {
        let options = organisations
            .into_iter()
            .chain(std::iter::once(String::new()))
            .enumerate()
            .map(|(i, org)| {
                let label = if org.is_empty() {
                    dt.organisation_other.to_string()
                } else {
                    org.clone()
                };
                let id = format!("deelnemer-org-{i}");
                let for_id = id.clone();
                let mine = org.clone();
                view! {
                    <label class="participant-choice" for=for_id>
                        <input
                            type="radio"
                            id=id
                            name="deelnemer-organisatie"
                            prop:checked=move || {
                                chosen.with(|c| c.as_deref() == Some(mine.as_str()))
                            }
                            on:change=move |_| {
                                chosen.set(Some(org.clone()));
                                let v = org.clone();
                                edit(p, notice, |p| p.response.organisation = v);
                            }
                        />
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="participant-choices">
                <legend>{dt.organisation_label}</legend>
                {options}
            </fieldset>
        }
        .into_any()
    };
    view! {
        <p>{dt.intro}</p>
        <p class="hint">{dt.kept_here}</p>
        <section class="participant-about" aria-labelledby="deelnemer-over-kop">
            <h2 id="deelnemer-over-kop">{dt.about_heading}</h2>
            <label for="deelnemer-naam">{dt.name_label}</label>
            <input
                id="deelnemer-naam"
                type="text"
                autocomplete="name"
                maxlength="120"
                prop:value=name
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    edit(p, notice, |p| p.response.name = v);
                }
            />
            {organisation_view}
        </section>
        <div class="participant-nav">
            <button
                type="button"
                id="deelnemer-beginnen"
                class="primary"
                on:click=move |_| on_start.run(())
            >
                {dt.start}
            </button>
        </div>
    }
}

/// One ingrediënt: 1–5 or "weet ik niet" as large radio buttons, and an optional remark.
#[component]
fn Question(
    ingredient: &'static Ingredient,
    p: RwSignal<Participation>,
    notice: Notice,
) -> impl IntoView {
    let st = t().scan;
    let id = ingredient.id.clone();
    let group = format!("d-{id}");
    let remark_id = format!("dt-{id}");
    let scores: Vec<Option<u8>> = (1..=5u8).map(Some).chain(std::iter::once(None)).collect();
    let options = scores
        .into_iter()
        .map(|score| {
            let label = score.map_or(st.unknown, |s| st.anchors[usize::from(s) - 1]);
            let value = score.map_or(0, u8::from).to_string();
            let (a, b) = (id.clone(), id.clone());
            view! {
                <label class=if score.is_none() {
                    "participant-choice participant-unknown"
                } else {
                    "participant-choice"
                }>
                    <input
                        type="radio"
                        name=group.clone()
                        value=value
                        prop:checked=move || {
                            p.with(|p| p.response.answers.get(&a).map(|x| x.score)) == Some(score)
                        }
                        on:change=move |_| {
                            let id = b.clone();
                            edit(
                                p,
                                notice,
                                |p| {
                                    let remark = p
                                        .response
                                        .answers
                                        .get(&id)
                                        .map(|x| x.remark.clone())
                                        .unwrap_or_default();
                                    p.response.set(&id, score, &remark);
                                },
                            );
                        }
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let remark = p.with_untracked(|p| {
        p.response
            .answers
            .get(&id)
            .map(|a| a.remark.clone())
            .unwrap_or_default()
    });
    let on_remark = move |ev| {
        let text = event_target_value(&ev);
        let id = id.clone();
        edit(p, notice, |p| {
            let score = p.response.answers.get(&id).and_then(|a| a.score);
            p.response.set(&id, score, &text);
        });
    };
    view! {
        <fieldset class="participant-question">
            <legend>{ingredient.name.clone()}</legend>
            <p class="hint">{ingredient.summary.clone()}</p>
            <p class="scan-ask">{st.question}</p>
            <div class="participant-scale">{options}</div>
            <label for=remark_id
                .clone()>{fill(st.remark_label, &[("name", &ingredient.name)])}</label>
            <textarea
                id=remark_id
                rows="3"
                maxlength=scan::MAX_REMARK_CHARS.to_string()
                prop:value=remark
                on:input=on_remark
            ></textarea>
        </fieldset>
    }
}

/// How often a series of codes moves on by itself (with a pause button: WCAG 2.2.2).
const CODE_EVERY: std::time::Duration = std::time::Duration::from_millis(2000);

/// "Klaar": the answers as one QR code or a numbered series, and as an answer file.
#[component]
fn Codes(p: RwSignal<Participation>, notice: Notice, on_edit: Callback<()>) -> impl IntoView {
    let dt = t().deelnemer;
    let codes = StoredValue::new(p.with_untracked(|p| answer_codes(&p.invitation, &p.response)));
    let n = codes.with_value(Vec::len);
    let at = RwSignal::new(0usize);
    let playing = RwSignal::new(n > 1);
    if n > 1 {
        if let Ok(handle) = set_interval_with_handle(
            move || {
                if playing.get_untracked() {
                    at.update(|i| *i = (*i + 1) % n);
                }
            },
            CODE_EVERY,
        ) {
            on_cleanup(move || handle.clear());
        }
    }
    let step = move |forward: bool| {
        playing.set(false);
        at.update(|i| {
            *i = if forward {
                (*i + 1) % n
            } else {
                (*i + n - 1) % n
            }
        });
    };
    let place = move || {
        fill(
            dt.code_of,
            &[("i", &(at.get() + 1).to_string()), ("n", &n.to_string())],
        )
    };
    let image = move || {
        let i = at.get();
        let text = codes.with_value(|c| c.get(i).cloned().unwrap_or_default());
        let alt = fill(
            dt.code_alt,
            &[("i", &(i + 1).to_string()), ("n", &n.to_string())],
        );
        view! { <QrImage text=text alt=alt class="answer-qr" id="antwoord-qr" /> }
    };
    let answer_file = move || {
        p.with_untracked(|p| {
            (
                scan::answer_file_name(&p.response),
                p.answer_file(p.sent_ms.unwrap_or_else(now_ms)),
            )
        })
    };
    let can_share = files::share_data(
        &answer_file().0,
        &answer_file().1,
        t().deelnemer.share_title,
    )
    .is_some();
    let on_download = move |_| {
        let (name, text) = answer_file();
        match files::download(&name, "application/json", &text) {
            Ok(()) => notice.set(Some((false, fill(dt.downloaded, &[("file", &name)])))),
            Err(_) => notice.set(Some((true, dt.download_failed.to_string()))),
        }
    };
    let on_share = move |_| {
        let (name, text) = answer_file();
        let Some(data) = files::share_data(&name, &text, t().deelnemer.share_title) else {
            notice.set(Some((true, dt.share_failed.to_string())));
            return;
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = files::share(data).await {
                // Closing the share sheet is no failure.
                let name = js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() != Some("AbortError") {
                    notice.set(Some((true, dt.share_failed.to_string())));
                }
            }
        });
    };
    view! {
        <h2 id="codes-kop">{dt.codes_heading}</h2>
        <p id="codes-uitleg">{dt.codes_show.of(n)}</p>
        <figure class="answer-code">
            {image} {(n > 1).then(|| view! { <figcaption id="code-plaats">{place}</figcaption> })}
        </figure>
        {(n > 1)
            .then(|| {
                view! {
                    <div class="participant-nav code-nav">
                        <button type="button" id="code-vorige" on:click=move |_| step(false)>
                            {dt.code_previous}
                        </button>
                        <button
                            type="button"
                            id="code-pauze"
                            aria-pressed=move || (!playing.get()).to_string()
                            on:click=move |_| playing.update(|p| *p = !*p)
                        >
                            {move || if playing.get() { dt.pause } else { dt.play }}
                        </button>
                        <button type="button" id="code-volgende" on:click=move |_| step(true)>
                            {dt.code_next}
                        </button>
                    </div>
                }
            })}
        <p class="hint">{dt.again}</p>
        <section class="participant-files" aria-labelledby="anders-kop">
            <h2 id="anders-kop">{dt.other_ways}</h2>
            <div class="participant-nav">
                {can_share
                    .then(|| {
                        view! {
                            <button type="button" id="deel-antwoorden" on:click=on_share>
                                {dt.share}
                            </button>
                        }
                    })} <button type="button" id="download-antwoorden" on:click=on_download>
                    {dt.download}
                </button>
            </div>
        </section>
        <div class="participant-nav">
            <button type="button" id="antwoorden-aanpassen" on:click=move |_| on_edit.run(())>
                {dt.edit}
            </button>
        </div>
    }
}
