//! Typing in a paper or card round: per ingrediënt the number of cards per score and
//! "weet ik niet". Every change is saved at once.

use leptos::prelude::*;

use crate::domain::command::ScanChange;
use crate::domain::content;
use crate::domain::scan::MAX_PAPER_COUNT;
use crate::i18n::{fill, t};

use super::super::state::use_app_state;
use super::{change, with_scan, ScanRef};

#[component]
pub fn PaperView(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let initial = state
        .workspace
        .with_untracked(|ws| with_scan(&r, ws, |_, scan| scan.paper.clone()))
        .unwrap_or_default();
    let r = StoredValue::new(r);
    // Column 0 is "weet ik niet", 1..=5 the scores, as in the stored counts.
    let headers = std::iter::once(st.unknown)
        .chain(st.anchors)
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = content::current()
        .ingredients()
        .map(|(_, ingredient)| {
            let counts = initial.get(&ingredient.id);
            let cells = (0..6usize)
                .map(|i| {
                    let id = ingredient.id.clone();
                    let score = if i == 0 {
                        st.unknown
                    } else {
                        st.anchors[i - 1]
                    };
                    let label = fill(
                        st.paper_cell,
                        &[("name", &ingredient.name), ("score", score)],
                    );
                    let on_change = move |ev| {
                        let value = event_target_value(&ev);
                        let Ok(n) = value.trim().parse::<u32>().map_err(|_| ()).and_then(|n| {
                            if n <= MAX_PAPER_COUNT {
                                Ok(n)
                            } else {
                                Err(())
                            }
                        }) else {
                            state.error(st.paper_bad.to_string());
                            return;
                        };
                        let r = r.get_value();
                        let mut counts = state
                            .workspace
                            .with_untracked(|ws| with_scan(&r, ws, |_, scan| scan.paper.get(&id)))
                            .unwrap_or_default();
                        counts[i] = n;
                        let _ = change(
                            &state,
                            &r,
                            ScanChange::SetPaper {
                                scan: r.scan.clone(),
                                ingredient: id.clone(),
                                counts,
                            },
                        );
                    };
                    view! {
                        <td>
                            <input
                                type="number"
                                inputmode="numeric"
                                min="0"
                                max=MAX_PAPER_COUNT.to_string()
                                value=counts[i].to_string()
                                aria-label=label
                                on:change=on_change
                            />
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{ingredient.name.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{st.paper_intro}</p>
        <div class="table-wrap" tabindex="0">
            <table class="report-table paper-table">
                <caption>{st.tab_paper}</caption>
                <thead>
                    <tr>
                        <th scope="col">{st.col_ingredient}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
