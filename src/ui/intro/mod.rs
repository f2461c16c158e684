//! The first minute: "Bekijk een voorbeeld" (the example samenwerking, see
//! [`crate::domain::voorbeeld`]), its badge and banner, and the page "Zo werkt het".

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Fase, Vorm};
use crate::domain::content;
use crate::domain::voorbeeld;
use crate::domain::Command;
use crate::i18n::t;

use super::content::{
    report_failure, voorbeeld as voorbeeld_file, werkbladen as werkbladen_file, when_loaded,
    LoadError,
};
use super::state::{focus_id, use_app_state, AppState, Screen};

/// The id of the overview's "Bekijk een voorbeeld" button (focus returns there after the
/// example is removed from the list).
pub const EXAMPLE_BUTTON_ID: &str = "voorbeeld-bekijken";

thread_local! {
    /// Whether "Bekijk een voorbeeld" waits for the example's data (the status line says so).
    static OPENING: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Opens the example, making it first when it is not here (never a second one). Its data is a
/// file loaded on first use (with the worksheets, which it has), see `ui::content`.
pub fn open_example(state: &AppState) {
    let state = *state;
    let here = state
        .workspace
        .with_untracked(|ws| ws.get(voorbeeld::ID).is_some());
    if here {
        state.go(Screen::Samenwerking(voorbeeld::ID.to_string()));
        state.success(t().intro.opened.to_string());
        return;
    }
    let opening = OPENING.with(Clone::clone);
    if opening.get_untracked() {
        return;
    }
    opening.set(true);
    when_loaded(werkbladen_file(), move |werkbladen| {
        if let Err(error) = werkbladen {
            opening.set(false);
            report_failure(state, werkbladen_file(), *error);
            return;
        }
        when_loaded(voorbeeld_file(), move |data| {
            opening.set(false);
            let data = match data.as_deref().map(voorbeeld::parse) {
                Ok(Ok(data)) => data,
                Ok(Err(_)) => {
                    return report_failure(state, voorbeeld_file(), LoadError::Corrupt);
                }
                Err(error) => return report_failure(state, voorbeeld_file(), *error),
            };
            // (Made meanwhile, in another way: open that one.)
            let here = state
                .workspace
                .with_untracked(|ws| ws.get(voorbeeld::ID).is_some());
            if !here
                && state
                    .dispatch(Command::CreateVoorbeeld {
                        data: Box::new(data),
                    })
                    .is_err()
            {
                return;
            }
            state.go(Screen::Samenwerking(voorbeeld::ID.to_string()));
            let texts = t().intro;
            state.success(if here { texts.opened } else { texts.created }.to_string());
        });
    });
}

/// "Voorbeeld laden…" while the example's data loads (a live region that is always there).
#[component]
fn OpeningStatus() -> impl IntoView {
    let opening = OPENING.with(Clone::clone);
    view! {
        <span class="content-status" role="status">
            {move || opening.get().then_some(t().content.loading_voorbeeld)}
        </span>
    }
}

/// Removes the example in one click (undo brings it back) and shows the overview.
pub fn remove_example(state: &AppState) {
    if state
        .dispatch(Command::Delete {
            id: voorbeeld::ID.to_string(),
        })
        .is_err()
    {
        return;
    }
    let on_overview = state.screen.get_untracked() == Screen::Overview;
    state.go(Screen::Overview);
    state.success(t().intro.removed.to_string());
    if on_overview {
        // The button that had focus is gone with the list item.
        request_animation_frame(|| focus_id(EXAMPLE_BUTTON_ID));
    }
}

/// The overview's "Nieuw hier?" line: the example and "Zo werkt het". Mirrored in the app shell
/// (`crates/core/src/bin/app_shell.rs`).
#[component]
pub fn FirstMinute() -> impl IntoView {
    let state = use_app_state();
    let texts = t().intro;
    view! {
        <div class="first-minute" role="group" aria-label=texts.first_minute_label>
            <span class="first-minute-label">{texts.first_minute_label}</span>
            <button type="button" id=EXAMPLE_BUTTON_ID on:click=move |_| open_example(&state)>
                {texts.example_button}
            </button>
            <a class="button" href=Screen::Intro.hash()>
                {texts.howto_link}
            </a>
            <OpeningStatus />
        </div>
    }
}

/// The "Voorbeeld" badge beside the example's name.
#[component]
pub fn Badge() -> impl IntoView {
    view! { <span class="voorbeeld-badge">{t().intro.badge}</span> }
}

/// The banner above every screen of the example (its page, meetings, scans, werkbladen).
#[component]
pub fn Banner() -> impl IntoView {
    let state = use_app_state();
    let texts = t().intro;
    let shown = move || {
        let on_example = match state.screen.get() {
            Screen::Samenwerking(id)
            | Screen::Stand(id)
            | Screen::Monitoring(id)
            | Screen::Rapport(id) => voorbeeld::is_voorbeeld(&id),
            Screen::Bijeenkomst { samenwerking, .. }
            | Screen::Scan { samenwerking, .. }
            | Screen::Werkblad { samenwerking, .. }
            | Screen::Formulier { samenwerking, .. } => voorbeeld::is_voorbeeld(&samenwerking),
            Screen::Overview | Screen::Model | Screen::Intro => false,
        };
        on_example && state.workspace.with(|ws| ws.get(voorbeeld::ID).is_some())
    };
    move || {
        shown().then(|| {
            view! {
                <div class="voorbeeld-banner" role="note" aria-label=texts.badge>
                    <p>
                        <Badge />
                        <span>{texts.banner}</span>
                    </p>
                    <button
                        type="button"
                        class="danger"
                        id="voorbeeld-verwijderen"
                        on:click=move |_| remove_example(&state)
                    >
                        {texts.remove}
                    </button>
                </div>
            }
        })
    }
}

/// "Zo werkt het": the model on one screen, a meeting, the scan, werkbladen, sharing and
/// backups, and where the work is kept. Plain text from the translation table; prints as is.
#[component]
pub fn HowToPage() -> impl IntoView {
    let state = use_app_state();
    let all = t();
    let texts = all.intro;
    let model = content::current();
    let factors = model
        .factors
        .iter()
        .map(|f| {
            let heading = format!("uitleg-factor-{}", f.id);
            let labelled_by = heading.clone();
            view! {
                <li class="howto-factor" aria-labelledby=labelled_by>
                    <h3 id=heading>{f.name.clone()}</h3>
                    <p class="meta">{all.model_ingredients_count.of(f.ingredients.len())}</p>
                    <ul>
                        {f
                            .ingredients
                            .iter()
                            .map(|i| view! { <li>{i.name.clone()}</li> })
                            .collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();
    let checkvragen = model
        .checkvragen
        .iter()
        .map(|c| view! { <li>{c.text.clone()}</li> })
        .collect_view();
    let phases = [
        Fase::Beeldvorming,
        Fase::Oordeelsvorming,
        Fase::Achterbanraadpleging,
        Fase::Revisie,
        Fase::Besluitvorming,
    ]
    .into_iter()
    .map(|p| {
        view! {
            <tr>
                <th scope="row">{all.phase_name(p)}</th>
                <td>{all.phase_question(p)}</td>
            </tr>
        }
    })
    .collect_view();
    let ways = texts
        .scan_ways
        .iter()
        .map(|(name, text)| {
            view! {
                <dt>{*name}</dt>
                <dd>{*text}</dd>
            }
        })
        .collect_view();
    let paragraphs =
        |list: &'static [&'static str]| list.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="howto">
            <h1 id="paginatitel" tabindex="-1">
                {texts.title}
            </h1>
            <p class="lead">{texts.intro}</p>
            <p class="no-print">
                <button type="button" on:click=print>
                    {texts.print}
                </button>
            </p>

            <section aria-labelledby="uitleg-model">
                <h2 id="uitleg-model">{texts.model_heading}</h2>
                <p>{texts.model_intro}</p>
                <ul class="howto-factors">{factors}</ul>
                <h3>{texts.model_checkvragen}</h3>
                <ol>{checkvragen}</ol>
                <p>
                    <a href=Screen::Model.hash()>{texts.model_link}</a>
                </p>
            </section>

            <section aria-labelledby="uitleg-bijeenkomst">
                <h2 id="uitleg-bijeenkomst">{texts.meeting_heading}</h2>
                <p>{texts.meeting_intro}</p>
                <ul>
                    <li>
                        <strong>{all.vorm_description(Vorm::Bob)}</strong>
                        <br />
                        {texts.bob}
                    </li>
                    <li>
                        <strong>{all.vorm_description(Vorm::Barb)}</strong>
                        <br />
                        {texts.barb}
                    </li>
                </ul>
                <table class="howto-phases">
                    <caption>{texts.phases_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.phase_column}</th>
                            <th scope="col">{texts.question_column}</th>
                        </tr>
                    </thead>
                    <tbody>{phases}</tbody>
                </table>
                <p>{texts.meeting_during}</p>
                <p>{texts.meeting_after}</p>
            </section>

            <section aria-labelledby="uitleg-scan">
                <h2 id="uitleg-scan">{texts.scan_heading}</h2>
                <p>{texts.scan_intro}</p>
                <dl class="howto-ways">{ways}</dl>
                <p>{texts.scan_after}</p>
            </section>

            <section aria-labelledby="uitleg-werkbladen">
                <h2 id="uitleg-werkbladen">{texts.werkbladen_heading}</h2>
                <p>{texts.werkbladen_text}</p>
            </section>

            <section aria-labelledby="uitleg-delen">
                <h2 id="uitleg-delen">{texts.sharing_heading}</h2>
                {paragraphs(&texts.sharing)}
            </section>

            <section aria-labelledby="uitleg-opslag">
                <h2 id="uitleg-opslag">{texts.data_heading}</h2>
                {paragraphs(&texts.data)}
            </section>

            <section class="card no-print" aria-labelledby="uitleg-voorbeeld">
                <h2 id="uitleg-voorbeeld">{texts.example_heading}</h2>
                <p>{texts.example_text}</p>
                <button
                    type="button"
                    class="primary"
                    id="voorbeeld-bekijken-uitleg"
                    on:click=move |_| open_example(&state)
                >
                    {texts.example_button}
                </button>
            </section>
        </div>
    }
}
