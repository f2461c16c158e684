//! The open acties of earlier meetings, reviewed at the start (Beeldvorming).

use leptos::prelude::*;

use crate::i18n::t;
use crate::ui::bijeenkomst::MeetingRef;
use crate::ui::state::use_app_state;

use super::table::{existing, ActieTable};

/// Open actions of earlier meetings, reviewed at the start (Beeldvorming).
#[component]
pub(in crate::ui::bijeenkomst::run) fn OpenActions(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let m = t().bijeenkomst;
    let key = r.clone();
    let ids = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.get(&key.samenwerking)
                .map(|s| {
                    s.open_acties()
                        .into_iter()
                        .filter(|a| a.bijeenkomst != key.bijeenkomst)
                        .map(|a| a.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Keep showing actions marked "klaar" during this review, so a mistaken click can be undone.
    let shown = RwSignal::new(ids.get_untracked());
    Effect::new(move |_| {
        let now = ids.get();
        shown.update(|s| {
            for id in now {
                if !s.contains(&id) {
                    s.push(id);
                }
            }
        });
    });
    let rows = existing(
        state,
        r.samenwerking.clone(),
        Signal::derive(move || shown.get()),
    );
    view! {
        <section class="card" aria-labelledby="review-kop">
            <h2 id="review-kop" tabindex="-1">
                {m.review_heading}
            </h2>
            {move || {
                let n = rows.with(Vec::len);
                if n == 0 {
                    view! { <p class="empty">{m.review_empty}</p> }.into_any()
                } else {
                    view! { <p class="meta">{m.review_count.of(n)}</p> }.into_any()
                }
            }}
            <Show when=move || !rows.with(Vec::is_empty)>
                <ActieTable r=r.clone() rows=rows fallback="review-kop" />
            </Show>
        </section>
    }
}
