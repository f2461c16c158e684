//! One data-driven table for read-only figures (scan results, trends): every such table in the
//! app is this one component with other data, which keeps the WebAssembly small.

use leptos::prelude::*;

/// A row: its header cell, its text cells and an optional `data-key` (for tests and styling).
pub struct Row {
    pub key: Option<String>,
    pub head: String,
    pub cells: Vec<String>,
}

/// Rows under an optional group heading (a `<tbody>` with a row header spanning the table).
pub type Group = (Option<String>, Vec<Row>);

/// A captioned table in a keyboard-scrollable wrapper (narrow screens scroll it sideways).
pub fn data_table(
    class: &'static str,
    caption: &str,
    head: &[&str],
    groups: Vec<Group>,
) -> AnyView {
    let columns = head.len().to_string();
    let head = head
        .iter()
        .map(|h| view! { <th scope="col">{h.to_string()}</th> })
        .collect_view();
    let body = groups
        .into_iter()
        .map(|(title, rows)| {
            let title = title.map(|title| {
                view! {
                    <tr class="group-row">
                        <th scope="rowgroup" colspan=columns.clone()>
                            {title}
                        </th>
                    </tr>
                }
            });
            let rows = rows
                .into_iter()
                .map(|row| {
                    let cells = row
                        .cells
                        .into_iter()
                        .map(|c| view! { <td>{c}</td> })
                        .collect_view();
                    view! {
                        <tr data-key=row.key>
                            <th scope="row">{row.head}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! { <tbody>{title}{rows}</tbody> }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table class=format!("report-table {class}")>
                <caption>{caption.to_string()}</caption>
                <thead>
                    <tr>{head}</tr>
                </thead>
                {body}
            </table>
        </div>
    }
    .into_any()
}
