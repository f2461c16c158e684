//! Collecting a scan's answers: what came in so far (never the answers themselves), answer
//! files from participants' own devices, revealing the results, renaming and deleting.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::command::ScanChange;
use crate::domain::meedoen::{Received, Receiver};
use crate::domain::scan::{self, Antwoordbestand, MergeError, Source};
use crate::i18n::{fill, t};

use super::super::files::{self, ReadError};
use super::super::state::{now_ms, use_app_state, AppState, ScanView, Screen};
use super::camera::CameraReader;
use super::{change, with_scan, Confirm, ScanRef};

/// Responses per source and the number of paper cards.
pub fn counts(scan: &scan::Scan) -> (usize, usize, usize, u64) {
    let by = |source| scan.responses.iter().filter(|r| r.source == source).count();
    (
        scan.responses.len(),
        by(Source::Laptop),
        by(Source::File),
        scan.paper.cards(),
    )
}

#[component]
pub fn CollectView(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let key = r.clone();
    let summary = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_scan(&key, ws, |_, scan| {
                let rows: Vec<(String, String, usize)> = scan
                    .responses
                    .iter()
                    .map(|resp| {
                        let who = match (resp.name.is_empty(), resp.organisation.is_empty()) {
                            (true, true) => String::new(),
                            (false, true) => resp.name.clone(),
                            (true, false) => resp.organisation.clone(),
                            _ => format!("{} ({})", resp.name, resp.organisation),
                        };
                        (resp.id.clone(), who, resp.answers.len())
                    })
                    .collect();
                (counts(scan), rows, scan.revealed, scan.title.clone())
            })
        })
    });
    let r = StoredValue::new(r);
    let confirm_remove = RwSignal::new(None::<String>);
    let confirm_delete = RwSignal::new(false);

    let count_text = move || {
        summary.with(|s| {
            s.as_ref().map(|((n, laptop, file, paper), ..)| {
                let mut text = st.count_summary.with(
                    *n,
                    &[("laptop", &laptop.to_string()), ("file", &file.to_string())],
                );
                if *paper > 0 {
                    text.push(' ');
                    text.push_str(
                        &st.count_paper
                            .of(usize::try_from(*paper).unwrap_or(usize::MAX)),
                    );
                }
                text
            })
        })
    };
    let rows =
        move || {
            summary
            .get()
            .map(|(_, rows, ..)| rows)
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, (id, who, answered))| {
                let label = fill(st.response_label, &[("n", &(i + 1).to_string())]);
                let label = if who.is_empty() { label } else { format!("{label}: {who}") };
                let remove_id = id.clone();
                let asking = {
                    let id = id.clone();
                    move || confirm_remove.with(|c| c.as_deref() == Some(id.as_str()))
                };
                let on_yes = Callback::new(move |_| {
                    let r = r.get_value();
                    if change(&state, &r, ScanChange::RemoveResponse {
                        scan: r.scan.clone(),
                        response: remove_id.clone(),
                    })
                    .is_ok()
                    {
                        state.success(st.removed.to_string());
                    }
                    confirm_remove.set(None);
                });
                let name = label.clone();
                view! {
                    <li>
                        <span>{label}</span>
                        <span class="meta">
                            {format!(" · {}", st.response_answered.of(answered))}
                        </span>
                        " "
                        {move || {
                            if asking() {
                                view! {
                                    <Confirm
                                        question=fill(st.remove_question, &[("name", &name)])
                                        yes=st.remove_confirm
                                        no=st.remove_cancel
                                        on_yes=on_yes
                                        on_no=Callback::new(move |_| confirm_remove.set(None))
                                    />
                                }
                                    .into_any()
                            } else {
                                let id = id.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="link"
                                        on:click=move |_| confirm_remove.set(Some(id.clone()))
                                    >
                                        {st.remove}
                                        <span class="visually-hidden">{format!(" {}", name)}</span>
                                    </button>
                                }
                                    .into_any()
                            }
                        }}
                    </li>
                }
            })
            .collect_view()
        };

    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else {
            return;
        };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut report = Report::default();
            for file in chosen {
                let name = file.name();
                let result = match files::read_text(file, scan::MAX_ANSWER_FILE_BYTES).await {
                    Ok(text) => merge(&state, &r.get_value(), &text),
                    Err(ReadError::TooLarge(bytes)) => Err(t().answer_file_error(
                        &scan::AntwoordbestandError::TooLarge {
                            bytes,
                            max: scan::MAX_ANSWER_FILE_BYTES,
                        },
                    )),
                    Err(ReadError::Failed) => Err(t().import_read_failed.to_string()),
                };
                match result {
                    Ok(true) => report.added += 1,
                    Ok(false) => report.already += 1,
                    Err(reason) => report.refused.push(fill(
                        st.files_refused,
                        &[("name", &name), ("reason", &reason)],
                    )),
                }
            }
            report.show(&state);
        });
    };

    let on_reveal = move |revealed: bool| {
        let r = r.get_value();
        if change(
            &state,
            &r,
            ScanChange::SetRevealed {
                scan: r.scan.clone(),
                revealed,
            },
        )
        .is_ok()
            && revealed
        {
            state.go(r.screen(ScanView::Results));
            state.success(st.revealed.to_string());
        }
    };
    let on_rename = move |ev| {
        let r = r.get_value();
        let _ = change(
            &state,
            &r,
            ScanChange::Rename {
                scan: r.scan.clone(),
                title: event_target_value(&ev),
            },
        );
    };
    let on_delete = Callback::new(move |_| {
        let r = r.get_value();
        if change(
            &state,
            &r,
            ScanChange::Delete {
                scan: r.scan.clone(),
            },
        )
        .is_ok()
        {
            state.go(Screen::Samenwerking(r.samenwerking.clone()));
            state.success(st.deleted.to_string());
        }
    });
    let on_participant_file = move |_| {
        let r = r.get_value();
        let file = state.workspace.with_untracked(|ws| {
            let copy = ws.get(&r.samenwerking)?.participant_copy(&r.scan)?;
            let name = crate::domain::file::file_name(&copy)
                .replace(".vitaal.json", "-deelnemers.vitaal.json");
            Some((name, crate::domain::file::export(&copy, now_ms())))
        });
        if let Some((name, contents)) = file {
            match files::download(&name, "application/json", &contents) {
                Ok(()) => state.success(fill(st.own_done, &[("file", &name)])),
                Err(_) => state.error(t().export_failed.to_string()),
            }
        }
    };
    // Each code a phone shows, read by the camera: collected until an answer is whole, then
    // checked and merged as an answer file is. What happened goes to the camera's status line.
    let receiver = StoredValue::new(Receiver::new());
    let conflict = RwSignal::new(None::<Antwoordbestand>);
    let on_code = Callback::new(move |code: String| -> String {
        let pushed = receiver
            .try_update_value(|rx| rx.push(&code))
            .unwrap_or(Ok(Received::Repeat));
        match pushed {
            Ok(Received::Part { have, of, .. }) => fill(
                st.camera_part,
                &[("have", &have.to_string()), ("of", &of.to_string())],
            ),
            Ok(Received::Repeat) => st.camera_repeat.to_string(),
            Ok(Received::Complete { series, file }) => {
                let r = r.get_value();
                match merge_file(&state, &r, *file) {
                    Ok(true) => {
                        let n = state.workspace.with_untracked(|ws| {
                            with_scan(&r, ws, |_, sc| sc.responses.len()).unwrap_or(0)
                        });
                        st.camera_added.of(n)
                    }
                    Ok(false) => st.camera_already.to_string(),
                    Err(Refused::Conflict(file, newer)) => {
                        receiver.update_value(|rx| rx.forget(series));
                        if newer {
                            conflict.set(Some(*file));
                            st.camera_conflict_newer.to_string()
                        } else {
                            st.camera_conflict_older.to_string()
                        }
                    }
                    Err(Refused::Because(reason)) => {
                        receiver.update_value(|rx| rx.forget(series));
                        state.error(reason);
                        st.camera_not_added.to_string()
                    }
                }
            }
            Err(e) => {
                state.error(t().code_error(&e));
                st.camera_not_added.to_string()
            }
        }
    });
    // A newer answer of a participant already in the scan: the old one goes, the new one comes.
    let on_replace = Callback::new(move |_| {
        let Some(file) = conflict.get_untracked() else {
            return;
        };
        conflict.set(None);
        let r = r.get_value();
        let replaced = change(
            &state,
            &r,
            ScanChange::Replace {
                scan: r.scan.clone(),
                file,
            },
        );
        if replaced.is_ok() {
            state.success(st.camera_replaced.to_string());
        }
    });
    let conflict_view = move || {
        conflict.get().map(|_| {
            view! {
                <Confirm
                    question=st.camera_conflict_newer.to_string()
                    yes=st.camera_conflict_yes
                    no=st.camera_conflict_no
                    on_yes=on_replace
                    on_no=Callback::new(move |_| conflict.set(None))
                />
            }
        })
    };
    let revealed = move || summary.with(|s| s.as_ref().is_some_and(|s| s.2));
    let initial_title =
        summary.with_untracked(|s| s.as_ref().map(|s| s.3.clone()).unwrap_or_default());

    view! {
        <p class="hint">{st.collect_intro}</p>
        <section class="card" aria-labelledby="scan-ontvangen-kop">
            <h2 id="scan-ontvangen-kop">{st.responses_heading}</h2>
            <p id="scan-telling">{count_text}</p>
            <ul class="scan-responses">{rows}</ul>
        </section>
        <super::invite::InviteCard r=r.get_value() />
        <section class="card" aria-labelledby="scan-bestanden-kop">
            <h2 id="scan-bestanden-kop">{st.files_heading}</h2>
            <p class="hint">{st.files_intro}</p>
            <label for="scan-bestanden">{st.files_label}</label>
            <input
                id="scan-bestanden"
                type="file"
                multiple
                accept=".json,application/json"
                on:change=on_files
            />
        </section>
        <section class="card" aria-labelledby="scan-camera-kop">
            <h2 id="scan-camera-kop">{st.camera_heading}</h2>
            <p class="hint">{st.camera_intro}</p>
            <CameraReader on_code=on_code />
            {conflict_view}
        </section>
        <section class="card" aria-labelledby="scan-eigen-kop">
            <h2 id="scan-eigen-kop">{st.own_heading}</h2>
            <p class="hint">{st.own_intro}</p>
            <button type="button" id="scan-deelnemersbestand" on:click=on_participant_file>
                {st.own_button}
            </button>
        </section>
        <section class="card" aria-labelledby="scan-tonen-kop">
            <h2 id="scan-tonen-kop">{st.reveal_heading}</h2>
            <p class="hint">{st.reveal_intro}</p>
            <button type="button" class="primary" hidden=revealed on:click=move |_| on_reveal(true)>
                {st.reveal_button}
            </button>
            <button type="button" hidden=move || !revealed() on:click=move |_| on_reveal(false)>
                {st.hide_button}
            </button>
        </section>
        <section class="card" aria-labelledby="scan-naam-kop">
            <h2 id="scan-naam-kop">{st.rename_heading}</h2>
            <label for="scan-titel">{st.rename_label}</label>
            <input id="scan-titel" type="text" value=initial_title on:change=on_rename />
        </section>
        <section class="card" aria-labelledby="scan-beheer-kop">
            <h2 id="scan-beheer-kop">{st.delete_heading}</h2>
            {move || {
                if confirm_delete.get() {
                    let name = summary
                        .with_untracked(|s| s.as_ref().map(|s| s.3.clone()).unwrap_or_default());
                    view! {
                        <Confirm
                            question=fill(st.delete_question, &[("name", &name)])
                            yes=t().delete_yes
                            no=t().cancel
                            on_yes=on_delete
                            on_no=Callback::new(move |_| confirm_delete.set(false))
                        />
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="danger"
                            on:click=move |_| confirm_delete.set(true)
                        >
                            {st.delete_button}
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
        <super::paper_form::PaperForms r=r.get_value() />
    }
}

#[derive(Default)]
struct Report {
    added: usize,
    already: usize,
    refused: Vec<String>,
}

impl Report {
    fn show(self, state: &AppState) {
        let st = t().scan;
        let mut parts = Vec::new();
        if self.added > 0 || self.refused.is_empty() {
            parts.push(st.files_added.of(self.added));
        }
        if self.already > 0 {
            parts.push(st.files_already.of(self.already));
        }
        let refused = !self.refused.is_empty();
        parts.extend(self.refused);
        let text = parts.join(" ");
        if refused {
            state.error(text);
        } else {
            state.success(text);
        }
    }
}

/// Reads one answer file and merges it: `Ok(true)` added, `Ok(false)` already there.
fn merge(state: &AppState, r: &ScanRef, text: &str) -> Result<bool, String> {
    let file = scan::read_answer_file(text).map_err(|e| t().answer_file_error(&e))?;
    merge_file(state, r, file).map_err(|refused| match refused {
        Refused::Because(reason) => reason,
        Refused::Conflict(..) => t().merge_error(&MergeError::Conflict {
            response: String::new(),
        }),
    })
}

/// Why an answer was not merged.
enum Refused {
    /// The scan has an answer of this participant with other answers: the file, and whether it
    /// is the newer of the two (by the time each was filled in).
    Conflict(Box<Antwoordbestand>, bool),
    Because(String),
}

/// Merges one answer (from a file or the camera): `Ok(true)` added, `Ok(false)` already there.
fn merge_file(state: &AppState, r: &ScanRef, file: Antwoordbestand) -> Result<bool, Refused> {
    // Checked first (without changing anything), so each answer gets its own reason.
    let check = state.workspace.with_untracked(|ws| {
        with_scan(r, ws, |_, sc| {
            sc.check_merge(&file).map(|r| r.is_some()).map_err(|e| {
                let older = sc
                    .response(&file.response.id)
                    .map(|old| old.submitted_ms < file.response.submitted_ms);
                (e, older)
            })
        })
    });
    match check {
        None => Err(Refused::Because(t().scan.not_found.to_string())),
        Some(Err((MergeError::Conflict { .. }, Some(newer)))) => {
            Err(Refused::Conflict(Box::new(file), newer))
        }
        Some(Err((e, _))) => Err(Refused::Because(t().merge_error(&e))),
        Some(Ok(false)) => Ok(false),
        Some(Ok(true)) => change(
            state,
            r,
            ScanChange::Merge {
                scan: r.scan.clone(),
                file,
            },
        )
        .map(|_| true)
        .map_err(|e| Refused::Because(t().domain_error(&e))),
    }
}
