//! An indicator's chart and a table of the same numbers.

use leptos::prelude::*;

use crate::domain::monitoring::{
    grafiek, Getal, Indicator, CHART_BOTTOM, CHART_HEIGHT, CHART_LEFT, CHART_RIGHT, CHART_TOP,
    CHART_WIDTH,
};
use crate::i18n::{fill, t};

use super::*;

/// The chart (integer coordinates from [`grafiek`]) and a table of the same numbers.
pub(super) fn chart_pair(i: &Indicator, id: &str) -> AnyView {
    let texts = t();
    let mt = texts.monitoring;
    let g = grafiek(i);
    let label = fill(mt.chart_label, &[("name", &i.name)]);
    let caption = fill(mt.table_caption, &[("name", &i.name)]);
    let line = |y: Option<i64>, class: &'static str, name: &'static str, value: Option<Getal>| {
        y.zip(value).map(|(y, v)| {
            let text = format!("{name}: {}", shown(i, v));
            // The label sits above its line, or below it near the top.
            let ty = if y - 6 < CHART_TOP + 10 {
                y + 16
            } else {
                y - 6
            };
            let tx = if class == "target" {
                CHART_RIGHT
            } else {
                CHART_LEFT + 6
            };
            let anchor = if class == "target" { "end" } else { "start" };
            view! {
                <g class=format!("ref {class}") data-line=class data-y=y.to_string()>
                    <line
                        x1=CHART_LEFT.to_string()
                        x2=CHART_RIGHT.to_string()
                        y1=y.to_string()
                        y2=y.to_string()
                    />
                    <text x=tx.to_string() y=ty.to_string() text-anchor=anchor>
                        {text}
                    </text>
                </g>
            }
        })
    };
    let baseline = line(g.baseline_y, "baseline", mt.chart_baseline, i.baseline);
    let target = line(g.target_y, "target", mt.chart_target, i.target);
    let path = g
        .points
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ");
    let n = g.points.len();
    let points = g
        .points
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let title = format!(
                "{}: {}",
                crate::report::dates::meeting_date(texts, &p.date),
                shown(i, p.value)
            );
            // Dates under the first and the last point only (they would overlap).
            let date = (k == 0 || k + 1 == n).then(|| {
                let anchor = match (k, n) {
                    (_, 1) => "middle",
                    (0, _) => "start",
                    _ => "end",
                };
                view! {
                    <text x=p.x.to_string() y=(CHART_BOTTOM + 22).to_string() text-anchor=anchor>
                        {p.date.clone()}
                    </text>
                }
            });
            view! {
                <circle
                    cx=p.x.to_string()
                    cy=p.y.to_string()
                    r="6"
                    data-date=p.date.clone()
                    data-value=p.value.shown()
                >
                    <title>{title}</title>
                </circle>
                {date}
            }
        })
        .collect_view();
    let rows = i
        .sorted()
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <td>
                        <time datetime=m
                            .date
                            .clone()>{crate::report::dates::meeting_date(texts, &m.date)}</time>
                    </td>
                    <td data-value=m.value.shown()>{shown(i, m.value)}</td>
                </tr>
            }
        })
        .collect_view();
    let label_id = format!("{id}-label");
    view! {
        <div class="chart-pair monitoring-chart">
            <figure>
                <svg
                    class="chart indicator-chart"
                    id=id.to_string()
                    viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}")
                    role="img"
                    aria-labelledby=label_id.clone()
                >
                    <rect
                        class="plot"
                        x=CHART_LEFT.to_string()
                        y=CHART_TOP.to_string()
                        width=(CHART_RIGHT - CHART_LEFT).to_string()
                        height=(CHART_BOTTOM - CHART_TOP).to_string()
                    />
                    <text
                        x=(CHART_LEFT - 8).to_string()
                        y=(CHART_TOP + 5).to_string()
                        text-anchor="end"
                    >
                        {g.top.shown()}
                    </text>
                    <text
                        x=(CHART_LEFT - 8).to_string()
                        y=(CHART_BOTTOM + 5).to_string()
                        text-anchor="end"
                    >
                        {g.bottom.shown()}
                    </text>
                    {baseline}
                    {target}
                    <polyline class="values" points=path fill="none" />
                    {points}
                </svg>
                <figcaption id=label_id>
                    {label}
                    {(n == 0).then(|| view! { <span class="empty">{" "}{mt.chart_empty}</span> })}
                </figcaption>
            </figure>
            <table class="data-table chart-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{mt.meting_date}</th>
                        <th scope="col">{mt.meting_value}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
