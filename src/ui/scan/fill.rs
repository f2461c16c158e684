//! Filling in the scan, one participant after the other on the facilitator's laptop (answers
//! are saved and the form is emptied for the next person), or on a participant's own device,
//! saved as an answer file for the facilitator. The form is uncontrolled: its values are read
//! once, on submit.

use leptos::prelude::*;

use crate::domain::command::ScanChange;
use crate::domain::content;
use crate::domain::scan::{self, Response, Source};
use crate::i18n::{fill, t};

use super::super::files;
use super::super::state::{focus_id, new_id, now_ms, use_app_state};
use super::{change, with_scan, ScanRef};

#[component]
pub fn FillView(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let r = StoredValue::new(r);

    let submit = move |to_file: bool| {
        let Some(form) = form_ref.get_untracked() else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        let get = |name: &str| data.get(name).as_string().unwrap_or_default();
        let mut response = Response::new(new_id("an"), Source::Laptop, now_ms());
        response.name = get("naam");
        response.organisation = get("organisatie");
        for (_, ingredient) in content::current().ingredients() {
            let score = get(&format!("s-{}", ingredient.id));
            let remark = get(&format!("t-{}", ingredient.id));
            let score = match score.as_str() {
                "" if remark.trim().is_empty() => continue,
                "" | "0" => None,
                s => s.parse::<u8>().ok(),
            };
            response.set(&ingredient.id, score, &remark);
        }
        let done = if to_file {
            let file = state.workspace.with_untracked(|ws| {
                with_scan(&r.get_value(), ws, |_, sc| {
                    scan::validate_response(&response).map(|valid| {
                        (
                            scan::answer_file_name(&valid),
                            scan::answer_file(sc, &valid, now_ms()),
                        )
                    })
                })
            });
            match file {
                Some(Ok((name, contents))) => {
                    if files::download(&name, "application/json", &contents).is_ok() {
                        state.success(st.thanks_file.to_string());
                        true
                    } else {
                        state.error(t().export_failed.to_string());
                        false
                    }
                }
                Some(Err(e)) => {
                    state.error(t().domain_error(&e.into()));
                    false
                }
                None => false,
            }
        } else if change(
            &state,
            &r.get_value(),
            ScanChange::AddResponse {
                scan: r.get_value().scan,
                response,
            },
        )
        .is_ok()
        {
            state.success(st.thanks.to_string());
            true
        } else {
            false
        };
        if done {
            // Nothing of this participant stays on screen for the next one.
            form.reset();
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            focus_id("paginatitel");
        }
    };

    let questions = content::current()
        .factors
        .iter()
        .map(|factor| {
            let items = factor
                .ingredients
                .iter()
                .map(|ingredient| {
                    let id = ingredient.id.clone();
                    let name = format!("s-{id}");
                    let remark_id = format!("t-{id}");
                    let scale = (1..=5u8)
                        .map(|score| {
                            view! {
                                <label class="scale-option">
                                    <input type="radio" name=name.clone() value=score.to_string() />
                                    <span>{st.anchors[usize::from(score) - 1]}</span>
                                </label>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="scan-question">
                            <legend>{ingredient.name.clone()}</legend>
                            <p class="hint">{ingredient.summary.clone()}</p>
                            <p class="scan-ask">{st.question}</p>
                            <div class="scale">
                                {scale} <label class="scale-option scale-unknown">
                                    <input type="radio" name=name.clone() value="0" />
                                    <span>{st.unknown}</span>
                                </label>
                            </div>
                            <label for=remark_id
                                .clone()>
                                {fill(st.remark_label, &[("name", &ingredient.name)])}
                            </label>
                            <textarea id=remark_id.clone() name=remark_id rows="2"></textarea>
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <section class="scan-factor">
                    <h2>{factor.name.clone()}</h2>
                    {items}
                </section>
            }
        })
        .collect_view();

    let dt = t().deelnemer;
    let invite = r.with_value(|r| r.screen(super::ScanView::Collect).hash());
    view! {
        <div class="notice fill-laptop-only" id="invullen-laptop">
            <p>{dt.fill_laptop_only}</p>
            <p>
                <a href=invite>{dt.fill_to_invite}</a>
            </p>
        </div>
        <p class="hint">{st.fill_intro}</p>
        <form
            class="scan-form"
            node_ref=form_ref
            on:submit=move |ev| {
                ev.prevent_default();
                submit(false);
            }
        >
            <fieldset class="scan-you">
                <legend>{st.you_heading}</legend>
                <div class="form-grid">
                    <div>
                        <label for="scan-naam">
                            {st.name_label}" "<span class="hint">{st.optional}</span>
                        </label>
                        <input id="scan-naam" name="naam" type="text" autocomplete="off" />
                    </div>
                    <div>
                        <label for="scan-organisatie">
                            {st.organisation_label}" "<span class="hint">{st.optional}</span>
                        </label>
                        <input
                            id="scan-organisatie"
                            name="organisatie"
                            type="text"
                            autocomplete="off"
                        />
                    </div>
                </div>
            </fieldset>
            {questions}
            <div class="scan-submit">
                <button type="submit" class="primary large">
                    {st.submit}
                </button>
                <p class="hint">{st.fill_own_device}</p>
                <button type="button" on:click=move |_| submit(true)>
                    {st.submit_file}
                </button>
            </div>
        </form>
    }
}
