//! A bijeenkomst of a samenwerking: prepare it, lead it (phases, notes, checkvragen, besluiten,
//! acties, presentation mode), its verslag and BARB's achterban-bladen.

mod achterban;
mod achterban_intake;
mod plan;
mod run;
pub(crate) mod verslag;

pub(crate) use run::hide_chrome;
pub(crate) use verslag::print_page;

use leptos::prelude::*;

use crate::i18n::t;
use crate::report::dates::meeting_date;

use super::state::{use_app_state, MeetingView, Screen};

/// Identifies the meeting being shown; passed to the views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingRef {
    pub samenwerking: String,
    pub bijeenkomst: String,
}

#[component]
pub fn MeetingPage(samenwerking: String, bijeenkomst: String, view: MeetingView) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let r = MeetingRef {
        samenwerking: samenwerking.clone(),
        bijeenkomst: bijeenkomst.clone(),
    };
    let lookup = r.clone();
    let header = Memo::new(move |_| {
        state.workspace.with(|ws| {
            let s = ws.get(&lookup.samenwerking)?;
            let b = s.bijeenkomst(&lookup.bijeenkomst)?;
            Some((s.name.clone(), b.date.clone(), b.vorm))
        })
    });
    let back = Screen::Samenwerking(samenwerking.clone()).hash();
    let ids = StoredValue::new((samenwerking.clone(), bijeenkomst.clone()));
    let tabs = move || {
        let (samenwerking, bijeenkomst) = ids.get_value();
        MeetingView::ALL
            .into_iter()
            .map(|v| {
                let href = Screen::Bijeenkomst {
                    samenwerking: samenwerking.clone(),
                    bijeenkomst: bijeenkomst.clone(),
                    view: v,
                }
                .hash();
                let label = match v {
                    MeetingView::Plan => texts.bijeenkomst.plan_tab,
                    MeetingView::Run => texts.bijeenkomst.run_tab,
                    MeetingView::Verslag => texts.verslag_ui.tab,
                    MeetingView::Achterban => texts.verslag_ui.achterban_tab,
                };
                let current = (v == view).then_some("page");
                view! {
                    <li>
                        <a href=href aria-current=current>
                            {label}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let body = {
        let r = r.clone();
        move || match view {
            MeetingView::Plan => view! { <plan::PlanView r=r.clone() /> }.into_any(),
            MeetingView::Run => view! { <run::RunView r=r.clone() /> }.into_any(),
            MeetingView::Verslag => view! { <verslag::VerslagView r=r.clone() /> }.into_any(),
            MeetingView::Achterban => view! { <achterban::AchterbanView r=r.clone() /> }.into_any(),
        }
    };
    view! {
        <p class="breadcrumb">
            <a href=back>
                {"← "}
                {move || header.with(|h| h.as_ref().map(|h| h.0.clone()).unwrap_or_default())}
            </a>
        </p>
        <Show
            when=move || header.with(Option::is_some)
            fallback=move || {
                view! {
                    <h1 id="paginatitel" tabindex="-1">
                        {texts.bijeenkomst.title}
                    </h1>
                    <p>{texts.bijeenkomst.not_found}</p>
                }
            }
        >
            <h1 id="paginatitel" tabindex="-1">
                {texts.bijeenkomst.title}
                " "
                {move || {
                    header
                        .with(|h| {
                            h.as_ref()
                                .map(|(_, date, _)| meeting_date(t(), date))
                                .unwrap_or_default()
                        })
                }}
                " "
                <span class="vorm-badge">
                    {move || {
                        header
                            .with(|h| {
                                h.as_ref()
                                    .map(|(_, _, vorm)| t().vorm_name(*vorm))
                                    .unwrap_or_default()
                            })
                    }}
                </span>
            </h1>
            <nav class="meeting-tabs" aria-label=texts.bijeenkomst.tabs_label>
                <ul>{tabs}</ul>
            </nav>
            {body.clone()}
        </Show>
    }
}

/// Reads the meeting and its samenwerking; `None` when either is gone.
pub fn with_meeting<T>(
    r: &MeetingRef,
    ws: &crate::domain::Workspace,
    f: impl FnOnce(&crate::domain::Samenwerking, &crate::domain::bijeenkomst::Bijeenkomst) -> T,
) -> Option<T> {
    let s = ws.get(&r.samenwerking)?;
    let b = s.bijeenkomst(&r.bijeenkomst)?;
    Some(f(s, b))
}

/// The ingrediënten on this meeting's agenda, in order (empty when the meeting is gone), as a
/// memo that changes only when the agenda does.
pub fn agenda_memo(state: super::state::AppState, r: MeetingRef) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                with_meeting(&r, ws, |_, b| {
                    b.agenda
                        .iter()
                        .map(|i| i.ingredient.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    })
}

/// Sends a change of this meeting through the one dispatch path.
pub fn change(
    state: &super::state::AppState,
    r: &MeetingRef,
    change: crate::domain::BijeenkomstChange,
) -> Result<(), crate::domain::DomainError> {
    state.dispatch(crate::domain::Command::Bijeenkomst {
        samenwerking: r.samenwerking.clone(),
        bijeenkomst: r.bijeenkomst.clone(),
        change,
    })
}
