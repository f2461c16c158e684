//! The Ingrediëntenscans of a samenwerking: the list and starting a new one.

use leptos::prelude::*;

use crate::domain::command::ScanChange;
use crate::domain::Command;
use crate::i18n::{fill, t};

use super::super::overview::format_date;
use super::super::state::{new_id, now_ms, use_app_state, ScanView, Screen};

#[component]
pub fn Scans(id: String) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let key = id.clone();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key)
                .map(|s| {
                    s.scans
                        .iter()
                        .map(|c| (c.id.clone(), c.title.clone(), c.responses.len(), c.revealed))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let sw = StoredValue::new(id);
    let title = RwSignal::new(String::new());
    let on_create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let scan = new_id("sc");
        let mut name = title.get_untracked();
        if name.trim().is_empty() {
            name = fill(st.new_default, &[("date", &format_date(now_ms()))]);
        }
        let samenwerking = sw.get_value();
        if state
            .dispatch(Command::Scan {
                samenwerking: samenwerking.clone(),
                change: ScanChange::Create {
                    id: scan.clone(),
                    title: name,
                },
            })
            .is_ok()
        {
            state.go(Screen::Scan {
                samenwerking,
                scan,
                view: ScanView::Fill,
            });
            state.success(st.created.to_string());
        }
    };
    let list = move || {
        rows.get()
            .into_iter()
            .map(|(scan, name, n, revealed)| {
                let href = Screen::Scan {
                    samenwerking: sw.get_value(),
                    scan,
                    view: if revealed {
                        ScanView::Results
                    } else {
                        ScanView::Collect
                    },
                }
                .hash();
                let meta = st.list_meta.with(
                    n,
                    &[("status", if revealed { st.shown } else { st.hidden })],
                );
                view! {
                    <li>
                        <a href=href>{name}</a>
                        <span class="meta">{format!(" · {meta}")}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="scans-kop">
            <h2 id="scans-kop">{st.section_heading}</h2>
            <p class="hint">{st.section_intro}</p>
            <p class="empty" hidden=move || !rows.with(Vec::is_empty)>
                {st.section_empty}
            </p>
            <ul class="meeting-list">{list}</ul>
            <form class="new-scan" on:submit=on_create>
                <label for="scan-nieuw">{st.new_label}</label>
                <input
                    id="scan-nieuw"
                    type="text"
                    data-concept=""
                    bind:value=title
                    placeholder=fill(st.new_default, &[("date", &format_date(now_ms()))])
                />
                <button type="submit" class="primary">
                    {st.new_button}
                </button>
            </form>
        </section>
    }
}
