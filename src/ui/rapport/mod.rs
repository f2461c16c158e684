//! The Voortgangsrapportage of a samenwerking: choose a period, read the report as a document,
//! print it (A4, the samenwerking's name and page numbers in the footer) or download it as
//! Markdown. The content comes from [`crate::report::voortgang`] as sections of a few kinds of
//! blocks (the same the Markdown is written from); this view lays them out as HTML, so a new
//! section of the report needs nothing here.

use leptos::prelude::*;

use crate::domain::file;
use crate::i18n::{fill, t};
use crate::i18n::{lang, with_lang};
use crate::report::dates::dutch_iso_date;
use crate::report::voortgang::{self, Block, Link, Periode, PeriodeError, Rapport};
use crate::ui::taal::{in_language, DocumentLanguage};

use super::bijeenkomst::verslag::{offer_download, print_footer, print_page};
use super::scan::chart;
use super::state::{now_ms, use_app_state, MeetingView, Screen};
use super::table::{data_table, Row};

fn error_text(e: PeriodeError) -> &'static str {
    let r = t().rapport;
    match e {
        PeriodeError::From => r.err_from,
        PeriodeError::To => r.err_to,
        PeriodeError::FromAfterTo => r.err_order,
    }
}

#[component]
pub fn RapportPage(id: String) -> impl IntoView {
    let state = use_app_state();
    let lookup = id.clone();
    let exists = Memo::new(move |_| state.workspace.with(|ws| ws.get(&lookup).is_some()));
    let texts = t();
    let back = Screen::Samenwerking(id.clone()).hash();
    view! {
        <p class="breadcrumb">
            <a href=back>{"← "}{texts.rapport.back}</a>
        </p>
        <Show
            when=move || exists.get()
            fallback=move || {
                view! {
                    <h1 id="paginatitel" tabindex="-1">
                        {texts.rapport.title}
                    </h1>
                    <p>{texts.not_found}</p>
                }
            }
        >
            <RapportView id=id.clone() />
        </Show>
    }
}

#[component]
fn RapportView(id: String) -> impl IntoView {
    let state = use_app_state();
    let r = t().rapport;
    let today = dutch_iso_date(now_ms());
    let start = state.workspace.with_untracked(|ws| {
        ws.get(&id)
            .and_then(|s| Periode::sinds_de_start(s, &today).ok())
    });
    let (first_from, first_to) = start
        .map(|p| (p.from().to_string(), p.to().to_string()))
        .unwrap_or_else(|| (today.clone(), today.clone()));
    let from = RwSignal::new(first_from.clone());
    let to = RwSignal::new(first_to.clone());
    let from_ref = NodeRef::<leptos::html::Input>::new();
    let to_ref = NodeRef::<leptos::html::Input>::new();
    let periode = Memo::new(move |_| Periode::new(&from.get(), &to.get()));
    let key = id.clone();
    let day = today.clone();
    // The report's own language: the app's, unless chosen otherwise for this document.
    let doc = RwSignal::new(lang());
    let rapport = Memo::new(move |_| {
        let p = periode.get().ok()?;
        let l = doc.get();
        state.workspace.with(|ws| {
            ws.get(&key)
                .map(|s| with_lang(l, || voortgang::rapport(s, &p, &day)))
        })
    });
    let name = Memo::new(move |_| rapport.with(|r| r.as_ref().map(|r| r.samenwerking.clone())));

    // A period that cannot be: said in the notice area, and taken away again once it is right.
    let shown_error = StoredValue::new(None::<&'static str>);
    Effect::new(move |_| match periode.get() {
        Err(e) => {
            let text = error_text(e);
            shown_error.set_value(Some(text));
            state.error(text.to_string());
        }
        Ok(_) => {
            if let Some(text) = shown_error.get_value() {
                shown_error.set_value(None);
                if state
                    .notice
                    .with_untracked(|n| n.as_ref().is_some_and(|n| n.text == text))
                {
                    state.notice.set(None);
                }
            }
        }
    });

    print_footer(move || {
        let l = doc.get();
        rapport.with(|x| {
            x.as_ref().map(|x| {
                with_lang(l, || {
                    fill(
                        t().rapport.footer,
                        &[("title", t().rapport.title), ("name", &x.samenwerking)],
                    )
                })
            })
        })
    });

    // The quick choices set both fields (uncontrolled inputs: their value is written here).
    let choose_key = id.clone();
    let choose_day = today.clone();
    let choose = move |which: u8| {
        let p = state.workspace.with_untracked(|ws| {
            let s = ws.get(&choose_key)?;
            match which {
                0 => Periode::dit_jaar(&choose_day),
                1 => Periode::afgelopen_half_jaar(&choose_day),
                _ => Periode::sinds_de_start(s, &choose_day),
            }
            .ok()
        });
        if let Some(p) = p {
            if let Some(input) = from_ref.get_untracked() {
                input.set_value(p.from());
            }
            if let Some(input) = to_ref.get_untracked() {
                input.set_value(p.to());
            }
            from.set(p.from().to_string());
            to.set(p.to().to_string());
        }
    };
    let quick = [r.quick_dit_jaar, r.quick_half_jaar, r.quick_start]
        .into_iter()
        .zip(0u8..)
        .map(|(label, which)| {
            let choose = choose.clone();
            let html_id = format!("rapport-snel-{which}");
            view! {
                <button type="button" id=html_id on:click=move |_| choose(which)>
                    {label}
                </button>
            }
        })
        .collect_view();

    let md_key = id.clone();
    let on_markdown = move |_| {
        let Some(x) = rapport.get_untracked() else {
            return;
        };
        let file_name = state.workspace.with_untracked(|ws| {
            ws.get(&md_key).map(|s| {
                let full = file::file_name(s);
                let slug = full
                    .strip_suffix(file::EXTENSION)
                    .unwrap_or(&full)
                    .to_string();
                format!(
                    "{slug}-{}-{}-{}.md",
                    doc.get_untracked().texts().rapport.file_part,
                    x.periode.from(),
                    x.periode.to()
                )
            })
        });
        if let Some(file_name) = file_name {
            let text = with_lang(doc.get_untracked(), || {
                voortgang::voortgang_markdown(t(), &x)
            });
            offer_download(&state, &file_name, "text/markdown;charset=utf-8", &text);
        }
    };
    let invalid = move |which: PeriodeError| {
        move || {
            periode.with(|p| match (p, which) {
                (Err(PeriodeError::FromAfterTo), _) => Some("true"),
                (Err(e), w) if *e == w => Some("true"),
                _ => None,
            })
        }
    };

    view! {
        <h1 id="paginatitel" tabindex="-1">
            {move || {
                let n = name.get().unwrap_or_default();
                if n.is_empty() { r.title.to_string() } else { format!("{}: {n}", r.title) }
            }}
        </h1>
        <p class="hint report-screen-only">{r.intro}</p>
        <fieldset class="rapport-periode no-print">
            <legend>{r.periode_legend}</legend>
            <div class="rapport-dates">
                <div>
                    <label for="rapport-van">{r.from_label}</label>
                    <input
                        id="rapport-van"
                        type="date"
                        node_ref=from_ref
                        value=first_from
                        aria-invalid=invalid(PeriodeError::From)
                        on:input=move |ev| from.set(event_target_value(&ev))
                    />
                </div>
                <div>
                    <label for="rapport-tot">{r.to_label}</label>
                    <input
                        id="rapport-tot"
                        type="date"
                        node_ref=to_ref
                        value=first_to
                        aria-invalid=invalid(PeriodeError::To)
                        on:input=move |ev| to.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <div class="rapport-snel" role="group" aria-labelledby="rapport-snel-kop">
                <p id="rapport-snel-kop" class="legend-label">
                    {r.quick_label}
                </p>
                {quick}
            </div>
        </fieldset>
        <div class="report-tools" role="group" aria-label=r.actions_label>
            <p class="hint">{r.print_hint}</p>
            <button
                type="button"
                id="rapport-afdrukken"
                class="primary"
                disabled=move || rapport.with(Option::is_none)
                on:click=move |_| print_page(&state)
            >
                {r.print}
            </button>
            <button
                type="button"
                id="rapport-markdown"
                disabled=move || rapport.with(Option::is_none)
                on:click=on_markdown
            >
                {r.download_markdown}
            </button>
        </div>
        <DocumentLanguage lang=doc id="rapport-taal" />
        {move || {
            let samenwerking = id.clone();
            let l = doc.get_untracked();
            rapport.with(|x| { x.as_ref().map(|x| in_language(l, || document(&samenwerking, x))) })
        }}
    }
}

/// The report as a document: plain HTML from the core's blocks ([`voortgang::document`]),
/// nothing interactive but links.
fn document(samenwerking: &str, x: &Rapport) -> impl IntoView {
    let texts = t();
    let head = facts("", voortgang::head_facts(texts, x));
    let sections = voortgang::document(texts, x)
        .into_iter()
        .map(|section| {
            let blocks = section
                .blocks
                .into_iter()
                .map(|b| block(samenwerking, b))
                .collect_view();
            view! {
                <section class=section.id.trim_end_matches("-kop") aria-labelledby=section.id>
                    <h2 id=section.id>{section.heading}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="verslag rapport" aria-labelledby="rapport-kop">
            <h2 id="rapport-kop">{voortgang::title(texts, x)}</h2>
            {head}
            {sections}
        </article>
    }
}

fn href(samenwerking: &str, link: &Link) -> String {
    let samenwerking = samenwerking.to_string();
    match link {
        Link::Verslag(id) => Screen::Bijeenkomst {
            samenwerking,
            bijeenkomst: id.clone(),
            view: MeetingView::Verslag,
        },
        Link::Werkblad(id) => Screen::Werkblad {
            samenwerking,
            werkblad: id.clone(),
        },
    }
    .hash()
}

/// Text, or a link when the block has one.
fn linked(samenwerking: &str, text: String, link: Option<Link>) -> AnyView {
    match link {
        Some(link) => view! { <a href=href(samenwerking, &link)>{text}</a> }.into_any(),
        None => text.into_any(),
    }
}

fn facts(class: &'static str, rows: Vec<(String, String)>) -> AnyView {
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            view! {
                <div>
                    <dt>{label}</dt>
                    <dd class="report-text">{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class=format!("report-facts {class}")>{rows}</dl> }.into_any()
}

/// One block, the same for every section.
fn block(samenwerking: &str, block: Block) -> AnyView {
    match block {
        Block::Heading(text, link) => {
            view! { <h3>{linked(samenwerking, text, link)}</h3> }.into_any()
        }
        Block::Subheading(text) => view! { <h4>{text}</h4> }.into_any(),
        Block::Paragraph(text) => view! { <p class="report-text">{text}</p> }.into_any(),
        Block::Empty(text) => view! { <p class="empty">{text}</p> }.into_any(),
        Block::Facts { class, rows } => facts(class, rows),
        Block::List { class, items } => {
            let items = items
                .into_iter()
                .map(|(text, link)| view! { <li>{linked(samenwerking, text, link)}</li> })
                .collect_view();
            view! { <ul class=class>{items}</ul> }.into_any()
        }
        Block::Table {
            class,
            caption,
            head,
            rows,
        } => {
            let head: Vec<&str> = head.iter().map(String::as_str).collect();
            let rows = rows
                .into_iter()
                .map(|row| {
                    let mut cells = row.into_iter();
                    Row {
                        key: None,
                        head: cells.next().unwrap_or_default(),
                        cells: cells.collect(),
                    }
                })
                .collect();
            data_table(class, &caption, &head, vec![(None, rows)])
        }
        Block::TrendChart { labels, lines } => view! {
            <figure class="rapport-grafiek">
                {chart::trend(&labels, &lines)} <figcaption>{t().rapport.trend_caption}</figcaption>
            </figure>
        }
        .into_any(),
    }
}
