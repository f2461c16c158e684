//! The scan's pictures as plain SVG: the distribution of scores per ingrediënt (grouped by
//! factor) and the factor means over time. Coordinates are integers, so no float formatting
//! code ends up in the app; the tables beside the charts carry the same numbers as text.

use leptos::prelude::*;

use crate::domain::scan::Stats;
use crate::i18n::t;

use super::tenths;
use crate::report::mean_tenths;

const WIDTH: u32 = 720;
const LABEL: u32 = 270;
const BAR: u32 = 380;
const ROW: u32 = 24;
const HEAD: u32 = 30;

/// One factor with its ingrediënten (name, stats), in the Gespreksmodel's order.
pub type Group = (String, Vec<(String, String, Stats)>);

/// 100 % stacked bars: per ingrediënt the share of each score 1..5 among its scores.
pub fn distribution(groups: &[Group]) -> impl IntoView {
    let st = t().scan;
    let mut y = 0u32;
    let mut parts = Vec::new();
    for (factor, items) in groups {
        y += HEAD;
        parts.push(
            view! {
                <text x="0" y=(y - 9).to_string() class="chart-factor">
                    {factor.clone()}
                </text>
            }
            .into_any(),
        );
        for (id, name, stats) in items {
            let top = y + 4;
            let mut segments = Vec::new();
            let mut done = 0u32;
            for score in 1..=5usize {
                let count = stats.counts[score];
                if count == 0 || stats.n == 0 {
                    continue;
                }
                let x0 = LABEL + BAR * done / stats.n;
                done += count;
                let x1 = LABEL + BAR * done / stats.n;
                let title = format!("{name}: {count} × {}", st.anchors[score - 1]);
                segments.push(view! {
                    <rect
                        x=x0.to_string()
                        y=top.to_string()
                        width=(x1 - x0).to_string()
                        height=(ROW - 8).to_string()
                        class=format!("s{score}")
                        data-ingredient=id.clone()
                        data-score=score.to_string()
                        data-count=count.to_string()
                    >
                        <title>{title}</title>
                    </rect>
                });
            }
            let empty = (stats.n == 0).then(|| {
                view! {
                    <rect
                        x=LABEL.to_string()
                        y=top.to_string()
                        width=BAR.to_string()
                        height=(ROW - 8).to_string()
                        class="s0"
                    />
                }
            });
            let text_y = (y + ROW - 8).to_string();
            parts.push(
                view! {
                    <g>
                        <text x="8" y=text_y.clone()>
                            {name.clone()}
                        </text>
                        {empty}
                        {segments}
                        <text x=(LABEL + BAR + 10).to_string() y=text_y>
                            {tenths(mean_tenths(&stats.counts))}
                        </text>
                    </g>
                }
                .into_any(),
            );
            y += ROW;
        }
    }
    let height = y + 8;
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-labelledby="scan-grafiek-kop"
        >
            {parts}
        </svg>
    }
}

/// The legend of score colours, as HTML text (readable in print and on a beamer).
pub fn legend() -> impl IntoView {
    let st = t().scan;
    let items = st
        .anchors
        .iter()
        .enumerate()
        .map(|(i, label)| {
            view! {
                <li>
                    <span class=format!("swatch s{}", i + 1) aria-hidden="true"></span>
                    {*label}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="legend-label">{st.chart_legend}</p>
        <ul class="legend">{items}</ul>
    }
}

/// Factor means (in tenths) over the scans, one line per factor.
pub fn trend(labels: &[String], lines: &[(String, Vec<Option<u32>>)]) -> impl IntoView {
    const LEFT: u32 = 40;
    const RIGHT: u32 = 700;
    const TOP: u32 = 20;
    const STEP: u32 = 50; // pixels per score point
    let k = labels.len().max(2) as u32;
    let x = |i: usize| LEFT + (RIGHT - LEFT) * i as u32 / (k - 1);
    let y = |tenths: u32| TOP + (50 - tenths.clamp(10, 50)) * STEP / 10;
    let grid = (1..=5u32)
        .map(|score| {
            let gy = y(score * 10).to_string();
            view! {
                <line
                    x1=LEFT.to_string()
                    x2=RIGHT.to_string()
                    y1=gy.clone()
                    y2=gy.clone()
                    class="grid"
                />
                <text x="8" y=gy>
                    {score.to_string()}
                </text>
            }
        })
        .collect_view();
    let ticks = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            view! {
                <text x=x(i).to_string() y=(TOP + 4 * STEP + 24).to_string() text-anchor="middle">
                    {label.clone()}
                </text>
            }
        })
        .collect_view();
    let series = lines
        .iter()
        .enumerate()
        .map(|(f, (_, means))| {
            let points: Vec<(u32, u32)> = means
                .iter()
                .enumerate()
                .filter_map(|(i, m)| m.map(|m| (x(i), y(m))))
                .collect();
            let path = points
                .iter()
                .map(|(px, py)| format!("{px},{py}"))
                .collect::<Vec<_>>()
                .join(" ");
            let dots = points
                .iter()
                .map(|(px, py)| view! { <circle cx=px.to_string() cy=py.to_string() r="5" /> })
                .collect_view();
            view! {
                <g class=format!("line f{}", f + 1)>
                    <polyline points=path fill="none" />
                    {dots}
                </g>
            }
        })
        .collect_view();
    let keys = lines
        .iter()
        .enumerate()
        .map(|(f, (name, _))| {
            view! {
                <li>
                    <span class=format!("swatch line-key f{}", f + 1) aria-hidden="true"></span>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="legend">{keys}</ul>
        <svg
            class="chart trend"
            viewBox=format!("0 0 {WIDTH} {}", TOP + 4 * STEP + 36)
            role="img"
            aria-labelledby="scan-trend-kop"
        >
            {grid}
            {ticks}
            {series}
        </svg>
    }
}
