//! Printable paper forms for the scan, one A4 per participant, laid out as the "Papieren ronde"
//! table ([`super::paper`]): the same ingrediënten in the same order and the same columns
//! ("weet ik niet", then 1 to 5), so counting the crosses into that table is quick. On the
//! Verzamelen tab: how many, and "Formulieren afdrukken". The forms are in the page but shown
//! only in print, and only while this button prints (`body.print-paper-forms`, see
//! `style/print.css`).

use leptos::prelude::*;

use crate::domain::content;
use crate::i18n::{fill, t};

use super::super::bijeenkomst::print_page;
use super::super::state::use_app_state;
use super::{with_scan, ScanRef};

/// The most forms at once.
const MAX_FORMS: usize = 60;
/// The class on `<body>` while the forms print.
const PRINTING: &str = "print-paper-forms";

#[component]
pub fn PaperForms(r: ScanRef) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let names = state
        .workspace
        .with_untracked(|ws| {
            with_scan(&r, ws, |s, scan| {
                (s.name.clone(), scan.title.clone(), s.partners.len())
            })
        })
        .unwrap_or_default();
    let (name, title, partners) = names;
    let count = RwSignal::new(partners.clamp(1, MAX_FORMS));
    let on_count = move |ev| {
        if let Ok(n) = event_target_value(&ev).trim().parse::<usize>() {
            count.set(n.clamp(1, MAX_FORMS));
        }
    };
    let on_print = move |_| {
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body());
        if let Some(body) = &body {
            let _ = body.class_list().add_1(PRINTING);
        }
        print_page(&state);
        if let Some(body) = &body {
            let _ = body.class_list().remove_1(PRINTING);
        }
    };
    let title = StoredValue::new(title);
    let name = StoredValue::new(name);
    let forms = move || {
        let total = count.get();
        (1..=total)
            .map(|n| {
                view! { <PaperForm title=title.get_value() name=name.get_value() n=n total=total /> }
            })
            .collect_view()
    };
    view! {
        <section class="card no-print" aria-labelledby="papier-formulieren-kop">
            <h2 id="papier-formulieren-kop">{st.form_heading}</h2>
            <p class="hint">{st.form_intro}</p>
            <p>
                <label for="papier-aantal">{st.form_count}</label>
                <input
                    id="papier-aantal"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=MAX_FORMS.to_string()
                    prop:value=move || count.get().to_string()
                    on:change=on_count
                />
            </p>
            <button type="button" id="papier-afdrukken" class="primary" on:click=on_print>
                {st.form_print}
            </button>
        </section>
        <div class="paper-forms" aria-hidden="true">
            {forms}
        </div>
    }
}

/// One form: the scan's title, the samenwerking, a line for the organisation, and the table.
#[component]
fn PaperForm(title: String, name: String, n: usize, total: usize) -> impl IntoView {
    let st = t().scan;
    let headers = std::iter::once(st.unknown)
        .chain(st.anchors)
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = content::current()
        .ingredients()
        .map(|(_, ingredient)| {
            let boxes = (0..6)
                .map(|_| {
                    view! {
                        <td>
                            <span class="paper-box"></span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{ingredient.name.clone()}</th>
                    {boxes}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="paper-form">
            <h2>{fill(st.form_title, &[("title", &title)])}</h2>
            <p class="paper-form-meta">
                {name} {" · "}
                {fill(st.form_number, &[("number", &n.to_string()), ("total", &total.to_string())])}
            </p>
            <p class="paper-form-who">{st.form_who}</p>
            <p>{st.form_instruction}</p>
            <table class="report-table paper-table paper-form-table">
                <thead>
                    <tr>
                        <th scope="col">{st.col_ingredient}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
