//! A scan's results, once the facilitator reveals them: where people disagree most first,
//! the agenda hand-off, the chart with its table, factors, organisations (only groups of at
//! least three), the remarks and the trend over earlier scans. Rendered as one static view per
//! change of the scan: nothing here changes while it is looked at.

use leptos::prelude::*;

use crate::domain::command::ScanChange;
use crate::domain::scan::{Scan, Spread, Stats, MIN_GROUP_SIZE};
use crate::domain::{content, Command};
use crate::i18n::{fill, t};

use super::super::files;
use super::super::state::{new_id, use_app_state, AppState, MeetingView, ScanView, Screen};
use super::super::table::{data_table, Row};
use super::chart::{self, Group};
use super::collect::counts;
use super::{change, tenths, with_scan, ScanRef};
use crate::report::dates::meeting_date;
use crate::report::{mean_tenths, median_tenths, spread_rule};

#[derive(Clone, PartialEq)]
struct Data {
    scan: Scan,
    /// Revealed scans of the samenwerking, oldest first (for the trend).
    history: Vec<Scan>,
    /// The planned meeting that would get the agenda: (id, date).
    next: Option<(String, String)>,
}

#[component]
pub fn ResultsView(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let key = r.clone();
    let data = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_scan(&key, ws, |s, scan| {
                let mut history: Vec<Scan> =
                    s.scans.iter().filter(|c| c.revealed).cloned().collect();
                history.sort_by(|a, b| {
                    a.created_ms
                        .cmp(&b.created_ms)
                        .then_with(|| a.id.cmp(&b.id))
                });
                Data {
                    scan: scan.clone(),
                    history,
                    next: s.next_planned().map(|b| (b.id.clone(), b.date.clone())),
                }
            })
        })
    });
    let r = StoredValue::new(r);
    move || data.get().map(|d| render(state, r, d))
}

fn render(state: AppState, r: StoredValue<ScanRef>, d: Data) -> AnyView {
    let st = t().scan;
    let (n, laptop, file, paper) = counts(&d.scan);
    if !d.scan.revealed {
        let on_reveal = move |_| {
            let r = r.get_value();
            if change(
                &state,
                &r,
                ScanChange::SetRevealed {
                    scan: r.scan.clone(),
                    revealed: true,
                },
            )
            .is_ok()
            {
                state.success(st.revealed.to_string());
            }
        };
        return view! {
            <p>{st.results_hidden}</p>
            <p>
                {st
                    .count_summary
                    .with(n, &[("laptop", &laptop.to_string()), ("file", &file.to_string())])}
            </p>
            <button type="button" class="primary" on:click=on_reveal>
                {st.reveal_button}
            </button>
        }
        .into_any();
    }
    let model = content::current();
    let spread = |s: &Stats| t().verslag_ui.scan.spread(s.spread);
    let range = |s: &Stats| match (s.min, s.max) {
        (Some(lo), Some(hi)) => format!("{lo}–{hi}"),
        _ => st.none.to_string(),
    };

    // Where do we differ most?
    let ranking: Vec<(String, Stats)> = d
        .scan
        .divergence_ranking()
        .into_iter()
        .filter(|(_, s)| s.spread != Spread::TooFew)
        .take(5)
        .collect();
    let divergence = if ranking.is_empty() {
        view! { <p>{st.divergence_none}</p> }.into_any()
    } else {
        let items = ranking
            .iter()
            .map(|(id, s)| {
                let text = st.divergence_item.with(
                    s.n as usize,
                    &[
                        ("name", model.ingredient_name(id)),
                        ("spread", spread(s)),
                        ("range", &range(s)),
                        ("mean", &tenths(mean_tenths(&s.counts))),
                        ("median", &tenths(median_tenths(&s.counts))),
                    ],
                );
                let class = if s.spread == Spread::Divided {
                    "divided"
                } else {
                    ""
                };
                view! { <li class=class>{text}</li> }
            })
            .collect_view();
        view! { <ol class="divergence">{items}</ol> }.into_any()
    };

    // How the labels are given: the rule from the core, where the labels are computed.
    let rule = {
        let items = spread_rule(t())
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! {
            <div class="spread-rule" id="scan-regel">
                <h3>{st.spread_rule_heading}</h3>
                <ul>{items}</ul>
                <p class="hint">{st.median_note}</p>
            </div>
        }
    };

    // The agenda hand-off.
    let suggestion = d.scan.agenda_suggestion(3);
    let agenda = if suggestion.is_empty() {
        view! { <p>{st.agenda_none}</p> }.into_any()
    } else {
        let list = suggestion
            .iter()
            .map(|id| model.ingredient_name(id))
            .collect::<Vec<_>>()
            .join(", ");
        let intro = match &d.next {
            Some((_, date)) => {
                let date = meeting_date(t(), date);
                fill(st.agenda_intro_next, &[("date", &date), ("list", &list)])
            }
            None => fill(st.agenda_intro_new, &[("list", &list)]),
        };
        let next = d.next.as_ref().map(|(id, _)| id.clone());
        let on_agenda = move |_| {
            let r = r.get_value();
            let target = next.clone().unwrap_or_else(|| new_id("bk"));
            if state
                .dispatch(Command::AgendaFromScan {
                    samenwerking: r.samenwerking.clone(),
                    scan: r.scan.clone(),
                    bijeenkomst: target.clone(),
                    count: 3,
                })
                .is_ok()
            {
                state.go(Screen::Bijeenkomst {
                    samenwerking: r.samenwerking.clone(),
                    bijeenkomst: target,
                    view: MeetingView::Plan,
                });
                state.success(st.agenda_done.to_string());
            }
        };
        view! {
            <p>{intro}</p>
            <button type="button" class="primary" on:click=on_agenda>
                {st.agenda_button}
            </button>
        }
        .into_any()
    };

    // Per ingrediënt: chart and table from the same numbers.
    let stats = d.scan.ingredient_stats();
    let groups: Vec<Group> = model
        .factors
        .iter()
        .map(|f| {
            let items = f
                .ingredients
                .iter()
                .filter_map(|i| {
                    stats
                        .iter()
                        .find(|(id, _)| *id == i.id)
                        .map(|(id, s)| (id.clone(), i.name.clone(), *s))
                })
                .collect();
            (f.name.clone(), items)
        })
        .collect();
    let ingredient_table = data_table(
        "scan-table",
        st.table_caption,
        &[
            st.col_ingredient,
            st.col_n,
            st.col_unknown,
            st.col_mean,
            st.col_median,
            st.col_range,
            st.col_counts,
            st.col_spread,
        ],
        groups
            .iter()
            .map(|(factor, items)| {
                let rows = items
                    .iter()
                    .map(|(id, name, s)| Row {
                        key: Some(id.clone()),
                        head: name.clone(),
                        cells: vec![
                            s.n.to_string(),
                            s.unknown.to_string(),
                            tenths(mean_tenths(&s.counts)),
                            tenths(median_tenths(&s.counts)),
                            range(s),
                            s.counts[1..]
                                .iter()
                                .map(u32::to_string)
                                .collect::<Vec<_>>()
                                .join(" / "),
                            spread(s).to_string(),
                        ],
                    })
                    .collect();
                (Some(factor.clone()), rows)
            })
            .collect(),
    );
    let factor_table = data_table(
        "",
        st.factor_caption,
        &[
            st.col_factor,
            st.col_n,
            st.col_mean,
            st.col_range,
            st.col_spread,
        ],
        vec![(
            None,
            model
                .factors
                .iter()
                .zip(d.scan.factor_stats())
                .map(|(f, (_, s))| Row {
                    key: None,
                    head: f.name.clone(),
                    cells: vec![
                        s.n.to_string(),
                        tenths(mean_tenths(&s.counts)),
                        range(&s),
                        spread(&s).to_string(),
                    ],
                })
                .collect(),
        )],
    );

    // Per organisation, only groups of at least three.
    let breakdown = d.scan.per_organisation(MIN_GROUP_SIZE);
    let mut columns = vec![st.col_factor];
    columns.extend(model.factors.iter().map(|f| f.name.as_str()));
    let organisations = if breakdown.groups.is_empty() {
        view! { <p>{fill(st.organisations_none, &[("min", &MIN_GROUP_SIZE.to_string())])}</p> }
            .into_any()
    } else {
        let rows = breakdown
            .groups
            .iter()
            .map(|g| Row {
                key: None,
                head: format!("{} ({})", g.organisation, g.responses),
                cells: model
                    .factors
                    .iter()
                    .map(|f| {
                        tenths(
                            g.factors
                                .iter()
                                .find(|(id, _)| *id == f.id)
                                .and_then(|(_, s)| mean_tenths(&s.counts)),
                        )
                    })
                    .collect(),
            })
            .collect();
        data_table("", st.organisations_caption, &columns, vec![(None, rows)])
    };

    let hidden_groups = (breakdown.hidden_groups > 0).then(|| {
        view! {
            <p class="hint">
                {st
                    .organisations_hidden
                    .with(breakdown.hidden_groups, &[("min", &MIN_GROUP_SIZE.to_string())])}
            </p>
        }
    });

    // Remarks, without names or organisations.
    let remarks: Vec<(String, Vec<String>)> = model
        .ingredients()
        .map(|(_, i)| {
            let mut list = d
                .scan
                .responses
                .iter()
                .filter_map(|resp| resp.answers.get(&i.id))
                .filter(|a| !a.remark.is_empty())
                .map(|a| a.remark.clone())
                .collect::<Vec<_>>();
            // Sorted, so the order cannot tie one person's remarks together.
            list.sort();
            (i.name.clone(), list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect();
    let remarks = if remarks.is_empty() {
        view! { <p>{st.remarks_none}</p> }.into_any()
    } else {
        remarks
            .into_iter()
            .map(|(name, list)| {
                let items = list
                    .into_iter()
                    .map(|text| view! { <li>{text}</li> })
                    .collect_view();
                view! {
                    <h3>{name}</h3>
                    <ul class="remarks">{items}</ul>
                }
            })
            .collect_view()
            .into_any()
    };

    // Trend over the revealed scans.
    let trend = if d.history.len() < 2 {
        view! { <p>{st.trend_too_few}</p> }.into_any()
    } else {
        let labels: Vec<String> = d.history.iter().map(|s| s.title.clone()).collect();
        let per_scan: Vec<Vec<(String, Stats)>> =
            d.history.iter().map(Scan::factor_stats).collect();
        let lines: Vec<(String, Vec<Option<u32>>)> = model
            .factors
            .iter()
            .map(|f| {
                let means = per_scan
                    .iter()
                    .map(|fs| {
                        fs.iter()
                            .find(|(id, _)| *id == f.id)
                            .and_then(|(_, s)| mean_tenths(&s.counts))
                    })
                    .collect();
                (f.name.clone(), means)
            })
            .collect();
        let mut columns = vec![st.col_factor];
        columns.extend(labels.iter().map(String::as_str));
        let rows = lines
            .iter()
            .map(|(name, means)| Row {
                key: None,
                head: name.clone(),
                cells: means.iter().map(|m| tenths(*m)).collect(),
            })
            .collect();
        let table = data_table("", st.trend_table_caption, &columns, vec![(None, rows)]);
        view! {
            <div class="chart-pair">
                <figure>
                    {chart::trend(&labels, &lines)} <figcaption>{st.trend_caption}</figcaption>
                </figure>
                {table}
            </div>
        }
        .into_any()
    };

    let scan_for_download = d.scan.clone();
    let on_download = move |_| {
        let md = state.workspace.with_untracked(|ws| {
            ws.get(&r.get_value().samenwerking).map(|s| {
                (
                    crate::report::scan_markdown(s, &scan_for_download),
                    crate::domain::file::file_name(s),
                )
            })
        });
        if let Some((md, name)) = md {
            let name = name.trim_end_matches(".vitaal.json").to_string() + "-scan.md";
            if files::download(&name, "text/markdown", &md).is_err() {
                state.error(t().export_failed.to_string());
            }
        }
    };
    let on_hide = move |_| {
        let r = r.get_value();
        let _ = change(
            &state,
            &r,
            ScanChange::SetRevealed {
                scan: r.scan.clone(),
                revealed: false,
            },
        );
        state.go(r.screen(ScanView::Collect));
    };

    view! {
        <p>
            {st
                .results_summary
                .with(
                    n,
                    &[
                        ("laptop", &laptop.to_string()),
                        ("file", &file.to_string()),
                        ("paper", &st.paper_cards.of(usize::try_from(paper).unwrap_or(usize::MAX))),
                    ],
                )}
        </p>
        <div class="actions no-print">
            <button type="button" on:click=on_download>
                {st.download}
            </button>
            <button
                type="button"
                on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }
            >
                {st.print}
            </button>
            <button type="button" on:click=on_hide>
                {st.hide_button}
            </button>
        </div>
        <section class="card highlight" aria-labelledby="scan-verschil-kop">
            <h2 id="scan-verschil-kop">{st.divergence_heading}</h2>
            <p class="hint">{st.divergence_intro}</p>
            {divergence}
            <p class="hint">
                <a href="#scan-regel">{st.spread_rule_heading}</a>
            </p>
        </section>
        <section class="card no-print" aria-labelledby="scan-agenda-kop">
            <h2 id="scan-agenda-kop">{st.agenda_heading}</h2>
            {agenda}
        </section>
        <section class="card" aria-labelledby="scan-grafiek-kop">
            <h2 id="scan-grafiek-kop">{st.chart_caption}</h2>
            {chart::legend()}
            {chart::distribution(&groups)}
            {rule}
            {ingredient_table}
            {factor_table}
        </section>
        <section class="card" aria-labelledby="scan-org-kop">
            <h2 id="scan-org-kop">{st.organisations_heading}</h2>
            {organisations}
            {hidden_groups}
        </section>
        <section class="card" aria-labelledby="scan-opm-kop">
            <h2 id="scan-opm-kop">{st.remarks_heading}</h2>
            {remarks}
        </section>
        <section class="card" aria-labelledby="scan-trend-kop">
            <h2 id="scan-trend-kop">{st.trend_heading}</h2>
            {trend}
        </section>
    }
    .into_any()
}
