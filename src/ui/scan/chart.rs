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

/// A generous width of one character at the chart's 13px, in viewBox units (wide letters and
/// digits stay under it), for wrapping the trend's labels.
const CHAR: u32 = 8;

/// Splits `text` into lines of at most `width` characters, at spaces where it can (a longer
/// word is cut), at most four lines (the last ends in "…" when text was left out; the table
/// beside the chart has every title whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > 4 {
        lines.truncate(4);
        let last = &mut lines[3];
        while last.chars().count() + 1 > width {
            last.pop();
        }
        last.push('…');
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
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
    // Scan titles under the axis, wrapped to the room between two points, so none runs past
    // the edge or into the next one: the first starts at its point, the last ends at its own.
    let room = if labels.len() < 2 {
        RIGHT - LEFT
    } else {
        (RIGHT - LEFT) / (k - 1)
    };
    // Half the room each: an edge label and its centred neighbour then never meet.
    let per_line = usize::try_from((room / 2).saturating_sub(4) / CHAR)
        .unwrap_or(6)
        .max(6);
    let wrapped: Vec<Vec<String>> = labels.iter().map(|l| wrap(l, per_line)).collect();
    let lines_max = wrapped.iter().map(Vec::len).max().unwrap_or(1) as u32;
    let base = TOP + 4 * STEP + 24;
    let ticks = wrapped
        .into_iter()
        .enumerate()
        .map(|(i, lines)| {
            let anchor = match i {
                0 if labels.len() > 1 => "start",
                i if i + 1 == labels.len() && i > 0 => "end",
                _ => "middle",
            };
            let px = x(i).to_string();
            let spans = lines
                .into_iter()
                .enumerate()
                .map(|(n, line)| {
                    view! {
                        <tspan x=px.clone() dy=if n == 0 { "0" } else { "16" }>
                            {line}
                        </tspan>
                    }
                })
                .collect_view();
            view! {
                <text x=px.clone() y=base.to_string() text-anchor=anchor class="trend-label">
                    {spans}
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
            viewBox=format!("0 0 {WIDTH} {}", base + 16 * (lines_max - 1) + 12)
            role="img"
            aria-labelledby="scan-trend-kop"
        >
            {grid}
            {ticks}
            {series}
        </svg>
    }
}
