//! De stand van de samenwerking (`#/samenwerking/<id>/stand`): the sixteen ingrediënten in their
//! five factors, each tile with its state (text and shape, never colour alone), the latest scan,
//! the checkvragen of the last meeting that discussed it, open acties and the agenda; a timeline
//! per ingrediënt on demand; the rule explained from the core's constants; one button that puts
//! the ingrediënten needing attention on the next meeting's agenda. Presentation mode for the
//! beamer, and a print style of one A4 landscape page (`style/stand.css`).
//!
//! Everything shown is derived by `domain::stand`; this view only lays it out. It is rendered as
//! one static view per change of the samenwerking.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Checkvraag, Status};
use crate::domain::content;
use crate::domain::stand::{self, FactorStand, Gebeurtenis, Tegel, Toestand};
use crate::domain::Command;
use crate::i18n::{fill, t};
use crate::report::dates::{dutch_iso_date, meeting_date};
use crate::report::tenths_text;

use super::bijeenkomst::{hide_chrome, print_page};
use super::content::{werkbladen, NeedsContent};
use super::state::{new_id, now_ms, use_app_state, AppState, MeetingView, ScanView, Screen};

#[derive(Clone, PartialEq)]
struct Data {
    name: String,
    today: String,
    factors: Vec<FactorStand>,
    /// The planned meeting that gets the agenda: (id, date).
    next: Option<(String, String)>,
}

#[component]
pub fn StandPage(samenwerking: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let key = samenwerking.clone();
    let has_werkbladen = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&key).is_some_and(|s| !s.werkbladen.is_empty()))
    });
    let key = samenwerking.clone();
    let data = Memo::new(move |_| {
        // The werkbladen's templates say which ingrediënten they touch: read once loaded.
        let _ = has_werkbladen.get()
            && super::content::status(werkbladen()) == super::content::Status::Ready;
        let today = dutch_iso_date(now_ms());
        state.workspace.with(|ws| {
            ws.get(&key).map(|s| Data {
                name: s.name.clone(),
                factors: stand::stand(s, &today),
                next: s.next_planned().map(|b| (b.id.clone(), b.date.clone())),
                today,
            })
        })
    });
    let presenting = RwSignal::new(false);
    hide_chrome(presenting);
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if presenting.get_untracked() && ev.key() == "Escape" {
            presenting.set(false);
        }
    });
    on_cleanup(move || esc.remove());
    let sw = StoredValue::new(samenwerking.clone());
    let back = Screen::Samenwerking(samenwerking).hash();
    let back_name = move || data.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    view! {
        <p class="breadcrumb no-print">
            <a href=back>{"← "}{back_name}</a>
        </p>
        <NeedsContent id=werkbladen() when=has_werkbladen heading=texts.stand.title>
            {move || match data.get() {
                Some(d) => render(state, sw.get_value(), presenting, d),
                None => {
                    view! {
                        <h1 id="paginatitel" tabindex="-1">
                            {texts.stand.title}
                        </h1>
                        <p>{texts.not_found}</p>
                    }
                        .into_any()
                }
            }}
        </NeedsContent>
    }
}

fn render(state: AppState, sw: String, presenting: RwSignal<bool>, d: Data) -> AnyView {
    let st = t().stand;
    let model = content::current();
    let tiles: Vec<&Tegel> = d.factors.iter().flat_map(|f| &f.tegels).collect();
    let summary = [
        Toestand::AandachtNodig,
        Toestand::GoedOpWeg,
        Toestand::NogNietBesproken,
    ]
    .into_iter()
    .map(|state| {
        let n = tiles.iter().filter(|t| t.oordeel.toestand == state).count();
        view! {
            <li class=format!("stand-{}", state.id())>
                <Icon state=state />
                {st.summary.with(n, &[("state", st.toestand(state))])}
            </li>
        }
    })
    .collect_view();
    let factors = d
        .factors
        .iter()
        .map(|f| {
            let name = content::heading_name(&f.factor);
            let heading = format!("stand-factor-{}", f.factor);
            let labelled = heading.clone();
            let tiles = f.tegels.iter().map(|tegel| tile(&sw, tegel)).collect_view();
            view! {
                <section class="stand-factor" aria-labelledby=labelled>
                    <h2 id=heading>{name}</h2>
                    <ul class="stand-tiles">{tiles}</ul>
                </section>
            }
        })
        .collect_view();
    let need = stand::aandacht_nodig(&d.factors);
    let agenda = agenda(state, sw, d.next.clone(), need);
    let vragen = [
        model.checkvragen.first().map_or("", |c| c.text.as_str()),
        model.checkvragen.get(1).map_or("", |c| c.text.as_str()),
    ];
    let rule = st
        .rule(vragen)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    view! {
        <div class="stand" class:presenting=move || presenting.get()>
            <h1 id="paginatitel" tabindex="-1">
                {st.title}
            </h1>
            <p class="stand-meta">
                <strong>{d.name.clone()}</strong>
                {" · "}
                {fill(st.today, &[("date", &t().date(&d.today))])}
            </p>
            <div class="stand-tools no-print">
                <button
                    type="button"
                    id="stand-presenteren"
                    aria-pressed=move || presenting.get().to_string()
                    on:click=move |_| presenting.update(|p| *p = !*p)
                >
                    {move || if presenting.get() { st.present_stop } else { st.present }}
                </button>
                <button type="button" id="stand-afdrukken" on:click=move |_| print_page(&state)>
                    {st.print}
                </button>
                {move || presenting.get().then(|| view! { <p class="hint">{st.present_hint}</p> })}
            </div>
            <p class="hint stand-intro">{st.intro}</p>
            <ul class="stand-summary">{summary}</ul>
            <div class="stand-factors">{factors}</div>
            {agenda}
            <section class="stand-rule" aria-labelledby="stand-regel-kop">
                <h2 id="stand-regel-kop">{st.rule_heading}</h2>
                <p>
                    <Icon state=Toestand::AandachtNodig />
                    {st.rule_aandacht}
                </p>
                <ul>{rule}</ul>
                <p>
                    <Icon state=Toestand::NogNietBesproken />
                    {st.rule_nog_niet}
                </p>
                <p>
                    <Icon state=Toestand::GoedOpWeg />
                    {st.rule_goed}
                </p>
            </section>
        </div>
    }
    .into_any()
}

/// The state's shape: a triangle with "!" for attention, a tick for on track, an open circle
/// with "?" for not yet discussed. Decorative: the state is always written out beside it.
#[component]
fn Icon(state: Toestand) -> impl IntoView {
    let glyph = match state {
        Toestand::AandachtNodig => "!",
        Toestand::GoedOpWeg => "✓",
        Toestand::NogNietBesproken => "?",
    };
    view! {
        <span class=format!("stand-icon stand-icon-{}", state.id()) aria-hidden="true">
            {glyph}
        </span>
    }
}

fn tile(sw: &str, tegel: &Tegel) -> AnyView {
    let st = t().stand;
    let texts = t();
    let id = tegel.ingredient.clone();
    let name = content::heading_name(&id);
    let state = tegel.oordeel.toestand;
    let why = (!tegel.oordeel.redenen.is_empty()).then(|| {
        let list: Vec<&str> = tegel.oordeel.redenen.iter().map(|r| st.reden(*r)).collect();
        view! { <p class="stand-why">{fill(st.why, &[("list", &list.join(", "))])}</p> }
    });
    let scan = match &tegel.scan {
        Some(s) => st.scan_line.with(
            s.stats.n as usize,
            &[
                ("date", &texts.date(&s.date)),
                ("mean", &tenths_text(s.mean_tenths)),
                ("min", &s.stats.min.unwrap_or(0).to_string()),
                ("max", &s.stats.max.unwrap_or(0).to_string()),
                ("label", texts.verslag_ui.scan.spread(s.stats.spread)),
            ],
        ),
        None => st.scan_none.to_string(),
    };
    let checks = match &tegel.besproken {
        Some((b, c)) => {
            let answers = Checkvraag::ALL
                .iter()
                .zip(st.check_labels)
                .map(|(v, label)| {
                    view! { <li>{label} {": "} <strong>{texts.antwoord(c.get(*v))}</strong></li> }
                })
                .collect_view();
            view! {
                <div class="stand-checks">
                    <p>{fill(st.checks_heading, &[("date", &meeting_date(texts, &b.date))])}</p>
                    <ul>{answers}</ul>
                </div>
            }
            .into_any()
        }
        None => view! { <p class="stand-checks">{st.checks_none}</p> }.into_any(),
    };
    let acties = if tegel.open_acties.is_empty() {
        st.acties_none.to_string()
    } else {
        let late = tegel.te_laat();
        let mut line = st.acties.of(tegel.open_acties.len());
        if late > 0 {
            line.push_str(&st.acties_late.of(late));
        }
        line
    };
    let mut agenda: Vec<String> = Vec::new();
    if let Some((b, _)) = &tegel.besproken {
        agenda.push(fill(
            st.last_agenda,
            &[("date", &meeting_date(texts, &b.date))],
        ));
    }
    if let Some(b) = &tegel.gepland {
        agenda.push(fill(st.planned, &[("date", &meeting_date(texts, &b.date))]));
    }
    if agenda.is_empty() {
        agenda.push(st.never_on_agenda.to_string());
    }
    let agenda = agenda
        .into_iter()
        .map(|line| view! { <p>{line}</p> })
        .collect_view();
    let open = RwSignal::new(false);
    let list_id = format!("stand-tijdlijn-{id}");
    let heading_id = format!("stand-{id}-kop");
    let sw_key = sw.to_string();
    let ingredient = id.clone();
    let timeline = move || {
        open.get().then(|| {
            let state = use_app_state();
            let moments = state.workspace.with_untracked(|ws| {
                ws.get(&sw_key)
                    .map(|s| stand::tijdlijn(s, &ingredient))
                    .unwrap_or_default()
            });
            let list_id = format!("stand-tijdlijn-{ingredient}");
            if moments.is_empty() {
                return view! {
                    <p class="stand-timeline" id=list_id>
                        {st.timeline_empty}
                    </p>
                }
                .into_any();
            }
            let items = moments
                .into_iter()
                .map(|m| {
                    let (href, text) = moment_link(&sw_key, &m.wat);
                    let date = if m.date.is_empty() {
                        st.no_date.to_string()
                    } else {
                        t().date(&m.date)
                    };
                    view! {
                        <li>
                            <a href=href>{date}{": "}{text}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ol class="stand-timeline" id=list_id>
                    {items}
                </ol>
            }
            .into_any()
        })
    };
    view! {
        <li class=format!("stand-tile stand-{}", state.id()) id=format!("stand-{id}")>
            <h3 id=heading_id>{name.clone()}</h3>
            <p class="stand-state">
                <Icon state=state />
                {st.toestand(state)}
            </p>
            {why}
            <p class="stand-scan">{scan}</p>
            {checks}
            <p class="stand-acties">{acties}</p>
            <div class="stand-agenda-dates">{agenda}</div>
            <button
                type="button"
                class="stand-timeline-toggle no-print"
                aria-expanded=move || open.get().to_string()
                aria-controls=list_id
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {st.timeline}
                <span class="visually-hidden">{fill(st.timeline_of, &[("name", &name)])}</span>
            </button>
            {timeline}
        </li>
    }
    .into_any()
}

/// Where a timeline entry links to, and what it says.
fn moment_link(sw: &str, wat: &Gebeurtenis) -> (String, String) {
    let st = t().stand;
    let texts = t();
    let meeting = |bijeenkomst: &str, status: Status| {
        let view = match status {
            Status::Gepland => MeetingView::Plan,
            Status::Bezig => MeetingView::Run,
            Status::Afgerond => MeetingView::Verslag,
        };
        Screen::Bijeenkomst {
            samenwerking: sw.to_string(),
            bijeenkomst: bijeenkomst.to_string(),
            view,
        }
        .hash()
    };
    match wat {
        Gebeurtenis::Bijeenkomst {
            bijeenkomst,
            status,
            ..
        } => (
            meeting(bijeenkomst, *status),
            fill(
                st.tl_meeting,
                &[("status", &texts.meeting_status(*status).to_lowercase())],
            ),
        ),
        Gebeurtenis::Scan {
            scan,
            title,
            mean_tenths,
            n,
        } => (
            Screen::Scan {
                samenwerking: sw.to_string(),
                scan: scan.clone(),
                view: ScanView::Results,
            }
            .hash(),
            st.tl_scan.with(
                *n as usize,
                &[("title", title), ("mean", &tenths_text(*mean_tenths))],
            ),
        ),
        Gebeurtenis::Werkblad { werkblad, title } => (
            Screen::Werkblad {
                samenwerking: sw.to_string(),
                werkblad: werkblad.clone(),
            }
            .hash(),
            fill(st.tl_werkblad, &[("title", title)]),
        ),
        Gebeurtenis::Actie {
            wat,
            status,
            bijeenkomst,
            ..
        } => {
            let held = use_app_state().workspace.with_untracked(|ws| {
                ws.get(sw)
                    .and_then(|s| s.bijeenkomst(bijeenkomst))
                    .map_or(Status::Gepland, |b| b.status)
            });
            (
                meeting(bijeenkomst, held),
                fill(
                    st.tl_actie,
                    &[
                        ("wat", wat),
                        ("status", &texts.actie_status(*status).to_lowercase()),
                    ],
                ),
            )
        }
    }
}

/// "Zet op de agenda van de volgende bijeenkomst": the command, then to the meeting's plan with
/// a notice of what happened (focus goes to its heading, like every navigation).
fn agenda(
    state: AppState,
    sw: String,
    next: Option<(String, String)>,
    need: Vec<String>,
) -> AnyView {
    let st = t().stand;
    if need.is_empty() {
        return view! {
            <section class="stand-agenda no-print" aria-labelledby="stand-agenda-kop">
                <h2 id="stand-agenda-kop">{st.agenda_heading}</h2>
                <p>{st.agenda_nothing}</p>
            </section>
        }
        .into_any();
    }
    let intro = match &next {
        Some((_, date)) => fill(st.agenda_next, &[("date", &meeting_date(t(), date))]),
        None => st.agenda_new.to_string(),
    };
    let label = st.agenda_button.of(need.len());
    let on_click = move |_| {
        let target = next
            .as_ref()
            .map(|(id, _)| id.clone())
            .unwrap_or_else(|| new_id("bk"));
        let result = state.dispatch(Command::AgendaFromStand {
            samenwerking: sw.clone(),
            ingredienten: need.clone(),
            bijeenkomst: target.clone(),
        });
        if result.is_ok() {
            let date = state.workspace.with_untracked(|ws| {
                ws.get(&sw)
                    .and_then(|s| s.bijeenkomst(&target))
                    .map(|b| b.date.clone())
                    .unwrap_or_default()
            });
            let names: Vec<&str> = need
                .iter()
                .map(|i| content::current().ingredient_name(i))
                .collect();
            state.go(Screen::Bijeenkomst {
                samenwerking: sw.clone(),
                bijeenkomst: target,
                view: MeetingView::Plan,
            });
            state.success(st.agenda_done.with(
                need.len(),
                &[
                    ("date", &meeting_date(t(), &date)),
                    ("list", &names.join(", ")),
                ],
            ));
        }
    };
    view! {
        <section class="stand-agenda no-print" aria-labelledby="stand-agenda-kop">
            <h2 id="stand-agenda-kop">{st.agenda_heading}</h2>
            <p>{intro}</p>
            <button type="button" class="primary" id="stand-agenda" on:click=on_click>
                {label}
            </button>
        </section>
    }
    .into_any()
}
