//! The verslag of a bijeenkomst as HTML on screen (and on paper through the print style sheet),
//! with downloads as Markdown and the acties as CSV. The text of the downloads comes from
//! [`crate::report`]; this view only lays the same facts out as HTML. The parts: the views and
//! downloads (here), `document` (the verslag as HTML) and `print` (print dialog and footer).

use leptos::prelude::*;

use crate::domain::bijeenkomst::Bijeenkomst;
use crate::domain::content;
use crate::domain::file;
use crate::domain::{Partner, Samenwerking};
use crate::i18n::{fill, t};
use crate::i18n::{lang, with_lang};
use crate::report::{self, ActieRegel};
use crate::ui::taal::{in_language, DocumentLanguage};

use super::super::content::{werkbladen, NeedsContent};
use super::super::files;
use super::super::state::{use_app_state, AppState};
use super::{with_meeting, MeetingRef};

mod document;
mod print;

use document::verslag;
pub(crate) use print::{print_footer, print_page};

/// The start of a download's file name: `<samenwerking-slug>-<part>-<date>`.
pub(super) fn file_stem(s: &Samenwerking, b: &Bijeenkomst, part: &str) -> String {
    let full = file::file_name(s);
    let slug = full.strip_suffix(file::EXTENSION).unwrap_or(&full);
    let date = if b.date.is_empty() {
        t().verslag_ui.file_no_date
    } else {
        b.date.as_str()
    };
    format!("{slug}-{part}-{date}")
}

/// Offers a file for download and reports the outcome in the notice area.
pub(crate) fn offer_download(state: &AppState, name: &str, mime: &str, contents: &str) {
    let v = t().verslag_ui;
    match files::download(name, mime, contents) {
        Ok(()) => state.success(fill(v.downloaded, &[("file", name)])),
        Err(_) => state.error(v.download_failed.to_string()),
    }
}

pub(super) fn ingredient_name(id: &str) -> String {
    content::current().ingredient_name(id).to_string()
}

fn factor_name(id: &str) -> String {
    content::current().factor_name(id).to_string()
}

fn partner_label(p: &Partner) -> String {
    p.label()
}

/// The verslag; when werkbladen belong to the meeting, once the worksheets are loaded (the
/// verslag shows what they say, and its download has them).
#[component]
pub fn VerslagView(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let key = r.clone();
    let needs = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_meeting(&key, ws, |s, b| {
                s.werkbladen
                    .iter()
                    .any(|w| w.bijeenkomst.as_deref() == Some(b.id.as_str()))
            })
            .unwrap_or(false)
        })
    });
    let r = StoredValue::new(r);
    view! {
        <NeedsContent id=werkbladen() when=needs>
            <VerslagLoaded r=r.get_value() />
        </NeedsContent>
    }
}

#[component]
fn VerslagLoaded(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let v = texts.verslag_ui;
    let key = r.clone();
    // The verslag only reads; it is rebuilt when the meeting or samenwerking changes.
    let data = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| with_meeting(&key, ws, |s, b| (s.clone(), b.clone())))
    });

    // The verslag's own language: the app's, unless chosen otherwise for this document.
    let doc = RwSignal::new(lang());
    let (r_md, r_csv) = (r.clone(), r.clone());
    let on_markdown = move |_| {
        let file = state.workspace.with_untracked(|ws| {
            with_meeting(&r_md, ws, |s, b| {
                with_lang(doc.get_untracked(), || {
                    (
                        format!("{}.md", file_stem(s, b, t().verslag_ui.file_verslag)),
                        report::verslag_markdown(t(), s, b),
                    )
                })
            })
        });
        if let Some((name, contents)) = file {
            offer_download(&state, &name, "text/markdown;charset=utf-8", &contents);
        }
    };
    let on_csv = move |_| {
        let file = state.workspace.with_untracked(|ws| {
            with_meeting(&r_csv, ws, |s, b| {
                with_lang(doc.get_untracked(), || {
                    let (ours, earlier) = report::meeting_acties(s, b);
                    let all: Vec<ActieRegel> = ours.into_iter().chain(earlier).collect();
                    (
                        format!("{}.csv", file_stem(s, b, t().verslag_ui.file_acties)),
                        report::acties_csv(t(), s, &all),
                    )
                })
            })
        });
        if let Some((name, contents)) = file {
            offer_download(&state, &name, "text/csv;charset=utf-8", &contents);
        }
    };

    print_footer(move || {
        let l = doc.get();
        data.with(|d| {
            d.as_ref().map(|(s, b)| {
                with_lang(l, || {
                    fill(
                        t().verslag_ui.footer,
                        &[
                            ("title", t().verslag_title),
                            ("name", &s.name),
                            ("date", &report::dates::meeting_date(t(), &b.date)),
                        ],
                    )
                })
            })
        })
    });

    view! {
        <div class="report-tools" role="group" aria-label=v.actions_label>
            <p class="hint">{v.verslag_intro}</p>
            <button
                type="button"
                id="verslag-afdrukken"
                class="primary"
                on:click=move |_| print_page(&state)
            >
                {v.print}
            </button>
            <button type="button" id="verslag-markdown" on:click=on_markdown>
                {v.download_markdown}
            </button>
            <button type="button" id="verslag-csv" on:click=on_csv>
                {v.download_csv}
            </button>
        </div>
        <DocumentLanguage lang=doc id="verslag-taal" />
        {move || {
            let l = doc.get();
            data.with(|d| { d.as_ref().map(|(s, b)| { in_language(l, || verslag(s, b)) }) })
        }}
    }
}
