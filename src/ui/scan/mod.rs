//! The Ingrediëntenscan of a samenwerking: collect answers (pass-the-laptop, answer files, a
//! paper round), reveal the results when the facilitator decides, and hand the disputed and
//! weakest ingrediënten to the next bijeenkomst.

/// "Antwoorden scannen": the camera and the QR decoder worker; also for other screens that read
/// codes from phones.
pub(crate) mod camera;
pub(crate) mod chart;
mod collect;
mod fill;
mod invite;
mod paper;
mod paper_form;
mod results;

use leptos::prelude::*;

use crate::domain::command::ScanChange;
use crate::domain::scan::Scan;
use crate::domain::{Command, DomainError, Samenwerking, Workspace};
use crate::i18n::t;

use super::state::{focus_when_mounted, use_app_state, AppState, ScanView, Screen};

/// Identifies the scan being shown; passed to the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanRef {
    pub samenwerking: String,
    pub scan: String,
}

impl ScanRef {
    fn screen(&self, view: ScanView) -> Screen {
        Screen::Scan {
            samenwerking: self.samenwerking.clone(),
            scan: self.scan.clone(),
            view,
        }
    }
}

#[component]
pub fn ScanPage(samenwerking: String, scan: String, view: ScanView) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let st = texts.scan;
    let r = ScanRef { samenwerking, scan };
    let lookup = r.clone();
    let header = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_scan(&lookup, ws, |s, scan| (s.name.clone(), scan.title.clone())))
    });
    let back = Screen::Samenwerking(r.samenwerking.clone()).hash();
    let tabs = ScanView::ALL
        .into_iter()
        .map(|v| {
            let label = match v {
                ScanView::Collect => st.tab_collect,
                ScanView::Fill => st.tab_fill,
                ScanView::Paper => st.tab_paper,
                ScanView::Results => st.tab_results,
            };
            let current = (v == view).then_some("page");
            view! {
                <li>
                    <a href=r.screen(v).hash() aria-current=current>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    let body = match view {
        ScanView::Collect => view! { <collect::CollectView r=r.clone() /> }.into_any(),
        ScanView::Fill => view! { <fill::FillView r=r.clone() /> }.into_any(),
        ScanView::Paper => view! { <paper::PaperView r=r.clone() /> }.into_any(),
        ScanView::Results => view! { <results::ResultsView r=r.clone() /> }.into_any(),
    };
    let found = move || header.with(Option::is_some);
    view! {
        <p class="breadcrumb">
            <a href=back>
                {"← "}
                {move || header.with(|h| h.as_ref().map(|h| h.0.clone()).unwrap_or_default())}
            </a>
        </p>
        <h1 id="paginatitel" tabindex="-1">
            {st.title}
            {move || header.with(|h| h.as_ref().map(|h| format!(": {}", h.1)).unwrap_or_default())}
        </h1>
        <p hidden=found>{st.not_found}</p>
        <div hidden=move || !found()>
            <nav class="meeting-tabs" aria-label=st.tabs_label>
                <ul>{tabs}</ul>
            </nav>
            {body}
        </div>
    }
}

/// Reads the scan and its samenwerking; `None` when either is gone.
pub fn with_scan<T>(
    r: &ScanRef,
    ws: &Workspace,
    f: impl FnOnce(&Samenwerking, &Scan) -> T,
) -> Option<T> {
    let s = ws.get(&r.samenwerking)?;
    let scan = s.scans.iter().find(|c| c.id == r.scan)?;
    Some(f(s, scan))
}

/// Sends a change of this scan's samenwerking through the one dispatch path.
pub fn change(state: &AppState, r: &ScanRef, change: ScanChange) -> Result<(), DomainError> {
    state.dispatch(Command::Scan {
        samenwerking: r.samenwerking.clone(),
        change,
    })
}

/// "3,4" for a mean in tenths, or a dash.
pub fn tenths(value: Option<u32>) -> String {
    value.map_or_else(|| t().scan.none.to_string(), crate::report::tenths_text)
}

/// An inline confirmation with its own question (the shared one says a delete cannot be undone,
/// which is not true here); focus moves to the safe button, so Enter keeps everything.
#[component]
pub fn Confirm(
    question: String,
    yes: &'static str,
    no: &'static str,
    on_yes: Callback<()>,
    on_no: Callback<()>,
) -> impl IntoView {
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    focus_when_mounted(cancel_ref);
    view! {
        <div class="confirm" role="group" aria-label=t().delete>
            <p>{question}</p>
            <button type="button" class="danger" on:click=move |_| on_yes.run(())>
                {yes}
            </button>
            <button type="button" node_ref=cancel_ref on:click=move |_| on_no.run(())>
                {no}
            </button>
        </div>
    }
}
