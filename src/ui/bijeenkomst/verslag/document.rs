//! The verslag as HTML: the summary, the programme, each agenda ingrediënt and the acties.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{AgendaItem, Bijeenkomst, Checkvraag, Fase, Status};
use crate::domain::content;
use crate::domain::Samenwerking;
use crate::i18n::{fill, t};
use crate::report::{self, ActieRegel};

use crate::ui::state::{ScanView, Screen};

use super::*;

/// The verslag itself: plain HTML from the data, nothing interactive.
pub(super) fn verslag(s: &Samenwerking, b: &Bijeenkomst) -> impl IntoView {
    let texts = t();
    let v = texts.verslag_ui;
    let present = report::partners_present(s, b, true);
    let absent = report::partners_present(s, b, false);
    let agenda = b
        .agenda
        .iter()
        .map(|item| {
            let factor = factor_name(&item.ingredient);
            let name = ingredient_name(&item.ingredient);
            let text = if factor.is_empty() {
                name
            } else {
                format!("{name} ({factor})")
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    let sections = b
        .agenda
        .iter()
        .map(|item| ingredient_section(s, b, item))
        .collect_view();
    // Every besluit, in the summary; with its ingrediënt when that is on the agenda.
    let besluiten: Vec<(String, Option<String>)> = b
        .besluiten
        .iter()
        .map(|x| {
            let about = x
                .ingredient
                .as_deref()
                .filter(|i| b.item(i).is_some())
                .map(ingredient_name);
            (x.text.clone(), about)
        })
        .collect();
    let (ours, earlier) = report::meeting_acties(s, b);
    // The werkbladen that belong to this meeting, with what they say.
    let sheets: Vec<(String, String, Vec<report::SheetSection>)> = s
        .werkbladen
        .iter()
        .filter(|w| w.bijeenkomst.as_deref() == Some(b.id.as_str()))
        .map(|w| {
            let href = Screen::Werkblad {
                samenwerking: s.id.clone(),
                werkblad: w.id.clone(),
            }
            .hash();
            let title = fill(
                texts.werkblad.verslag_heading,
                &[("title", &w.shown_title())],
            );
            (href, title, report::werkblad_sections(texts, s, w))
        })
        .collect();

    view! {
        <article class="verslag" aria-labelledby="verslag-kop">
            <h2 id="verslag-kop">
                {fill(v.verslag_heading, &[("title", texts.verslag_title), ("name", &s.name)])}
            </h2>
            {(b.status == Status::Gepland)
                .then(|| view! { <p class="report-note report-screen-only">{v.not_started}</p> })}
            // The summary up front: who, when, where, every besluit and the acties agreed here.
            <section class="verslag-samenvatting" aria-labelledby="verslag-samenvatting-kop">
                <h2 id="verslag-samenvatting-kop">{v.summary_heading}</h2>
                <dl class="report-facts">
                    <div>
                        <dt>{texts.verslag_meeting}</dt>
                        <dd>{report::dates::meeting_date(texts, &b.date)}</dd>
                    </div>
                    {(!b.place.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{texts.verslag_place}</dt>
                                    <dd>{b.place.clone()}</dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>{texts.verslag_vorm}</dt>
                        <dd>{texts.vorm_description(b.vorm)}</dd>
                    </div>
                    {people(texts.verslag_present, present)}
                    {people(v.absent, absent)}
                    {b
                        .scan
                        .as_deref()
                        .and_then(|id| s.scan(id))
                        .map(|scan| {
                            view! {
                                <div>
                                    <dt>{texts.scan.title}</dt>
                                    <dd>
                                        <a href=Screen::Scan {
                                            samenwerking: s.id.clone(),
                                            scan: scan.id.clone(),
                                            view: ScanView::Results,
                                        }
                                            .hash()>{scan.title.clone()}</a>
                                        {format!(
                                            " – {}",
                                            fill(
                                                v.verslag_from_scan,
                                                &[("deelname", &report::ScanDeelname::of(scan).text(texts))],
                                            ),
                                        )}
                                    </dd>
                                </div>
                            }
                        })}
                    {(!s.opgave.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{texts.verslag_opgave}</dt>
                                    <dd class="report-text">{s.opgave.clone()}</dd>
                                </div>
                            }
                        })}
                </dl>
                <h3 id="verslag-besluiten-kop">{v.summary_besluiten}</h3>
                {besluiten_list(besluiten)}
                <h3 id="verslag-acties-kop">{texts.verslag_acties}</h3>
                {actie_table("verslag-acties-kop", &ours)}
            </section>

            {programma_section(s, b)}

            <section class="verslag-agenda" aria-labelledby="verslag-agenda-kop">
                <h2 id="verslag-agenda-kop">{texts.verslag_agenda}</h2>
                {if b.agenda.is_empty() {
                    view! { <p class="empty">{v.agenda_empty}</p> }.into_any()
                } else {
                    view! { <ol>{agenda}</ol> }.into_any()
                }}
            </section>

            {sections}

            {(!sheets.is_empty())
                .then(|| {
                    view! {
                        <section
                            class="verslag-werkbladen"
                            aria-labelledby="verslag-werkbladen-kop"
                        >
                            <h2 id="verslag-werkbladen-kop">{texts.werkblad.werkbladen_heading}</h2>
                            {sheets
                                .into_iter()
                                .map(|(href, title, sections)| {
                                    view! {
                                        <h3>
                                            <a href=href>{title}</a>
                                        </h3>
                                        {sections
                                            .into_iter()
                                            .map(|section| {
                                                view! {
                                                    <h4>{section.heading}</h4>
                                                    <dl class="report-facts">
                                                        {section
                                                            .rows
                                                            .into_iter()
                                                            .map(|(label, value)| {
                                                                view! {
                                                                    <div>
                                                                        <dt>{label}</dt>
                                                                        <dd class="report-text">{value}</dd>
                                                                    </div>
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </dl>
                                                }
                                            })
                                            .collect_view()}
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })}

            <section class="verslag-acties">
                <h2 id="verslag-open-acties-kop">{texts.verslag_open_acties}</h2>
                {actie_table("verslag-open-acties-kop", &earlier)}
            </section>
        </article>
    }
}

/// The meeting's programme (a Startbijeenkomst), each step with its minutes and a link to its
/// werkblad; nothing when the meeting has none.
fn programma_section(s: &Samenwerking, b: &Bijeenkomst) -> Option<AnyView> {
    let pt = t().programma;
    let regels = report::programma_regels(s, b);
    if regels.is_empty() {
        return None;
    }
    let total: u32 = regels.iter().map(|r| r.minutes).sum();
    let items = regels
        .into_iter()
        .map(|regel| {
            let link = regel.werkblad.map(|(werkblad, title)| {
                let href = Screen::Werkblad {
                    samenwerking: s.id.clone(),
                    werkblad,
                }
                .hash();
                view! {
                    {", "}
                    <a href=href>{fill(pt.verslag_werkblad, &[("title", &title)])}</a>
                }
            });
            view! { <li>{format!("{} ({})", regel.title, pt.minutes.of(regel.minutes as usize))} {link}</li> }
        })
        .collect_view();
    Some(
        view! {
            <section class="verslag-programma" aria-labelledby="verslag-programma-kop">
                <h2 id="verslag-programma-kop">{pt.verslag_heading}</h2>
                <ol>{items}</ol>
                <p>{pt.total.of(total as usize)}</p>
            </section>
        }
        .into_any(),
    )
}

/// Every besluit of the meeting, each with its ingrediënt, or "Geen.".
fn besluiten_list(besluiten: Vec<(String, Option<String>)>) -> AnyView {
    if besluiten.is_empty() {
        return view! { <p class="empty">{t().verslag_nothing}</p> }.into_any();
    }
    view! {
        <ul class="verslag-besluiten">
            {besluiten
                .into_iter()
                .map(|(text, about)| {
                    view! {
                        <li>
                            <span class="report-text">{text}</span>
                            {about.map(|i| format!(" ({i})"))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// A row of the facts with a list of partners ("Aanwezig", "Afwezig"); nothing when empty.
fn people(label: &'static str, names: Vec<String>) -> Option<AnyView> {
    (!names.is_empty()).then(|| {
        view! {
            <div>
                <dt>{label}</dt>
                <dd>
                    <ul class="report-inline-list">
                        {names.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                </dd>
            </div>
        }
        .into_any()
    })
}

/// One agenda ingrediënt: notes per phase, the achterban (BARB), checkvragen and besluiten.
fn ingredient_section(s: &Samenwerking, b: &Bijeenkomst, item: &AgendaItem) -> impl IntoView {
    let texts = t();
    let v = texts.verslag_ui;
    let base = format!("verslag-{}", item.ingredient);
    let heading_id = format!("{base}-kop");
    let notes: Vec<(Fase, String)> = b
        .vorm
        .fasen()
        .iter()
        .filter(|p| !item.note(**p).is_empty())
        .map(|p| (*p, item.note(*p).to_string()))
        .collect();
    let notes_view = if notes.is_empty() {
        view! { <p class="empty">{v.no_notes}</p> }.into_any()
    } else {
        notes
            .into_iter()
            .map(|(phase, note)| {
                view! {
                    <h3>
                        {fill(
                            v.phase_heading,
                            &[
                                ("phase", texts.phase_name(phase)),
                                ("question", texts.phase_question(phase)),
                            ],
                        )}
                    </h3>
                    <p class="report-text">{note}</p>
                }
            })
            .collect_view()
            .into_any()
    };

    let barb = b.vorm.fasen().contains(&Fase::Achterbanraadpleging);
    let vragen = (barb && !item.achterban_vragen.is_empty()).then(|| {
        view! {
            <h3>{texts.verslag_achterban_vragen}</h3>
            <p class="report-text">{item.achterban_vragen.clone()}</p>
        }
    });
    let answers = (barb && !item.achterban.is_empty()).then(|| {
        let rows = item
            .achterban
            .iter()
            .map(|(group, answer)| {
                view! {
                    <div>
                        <dt>{group.clone()}</dt>
                        <dd class="report-text">{answer.clone()}</dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <h3>{texts.verslag_achterban}</h3>
            <dl class="report-answers">{rows}</dl>
        }
    });

    let questions = &content::current().checkvragen;
    let checks = Checkvraag::ALL
        .iter()
        .zip(questions)
        .map(|(vraag, text)| {
            let not_on_board = (*vraag == Checkvraag::Gehoord
                && !item.checks.niet_aan_boord.is_empty())
            .then(|| {
                let names: Vec<String> = item
                    .checks
                    .niet_aan_boord
                    .iter()
                    .filter_map(|id| s.partner(id))
                    .map(partner_label)
                    .collect();
                let names = if names.is_empty() {
                    v.nobody.to_string()
                } else {
                    names.join(", ")
                };
                fill(
                    v.not_on_board_note,
                    &[("label", texts.verslag_not_on_board), ("names", &names)],
                )
            });
            view! {
                <li>
                    <span class="report-check-question">{format!("{} ", text.text)}</span>
                    <strong>{texts.antwoord(item.checks.get(*vraag))}</strong>
                    {not_on_board
                        .map(|n| {
                            view! { <span class="report-check-note">{format!(" {n}")}</span> }
                        })}
                </li>
            }
        })
        .collect_view();

    let besluiten: Vec<String> = b
        .besluiten
        .iter()
        .filter(|x| x.ingredient.as_deref() == Some(item.ingredient.as_str()))
        .map(|x| x.text.clone())
        .collect();
    let besluiten = (!besluiten.is_empty()).then(|| {
        view! {
            <h3>{texts.verslag_besluiten}</h3>
            <ul>
                {besluiten
                    .into_iter()
                    .map(|x| view! { <li class="report-text">{x}</li> })
                    .collect_view()}
            </ul>
        }
    });

    view! {
        <section class="verslag-ingredient" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{ingredient_name(&item.ingredient)}</h2>
            {notes_view}
            {vragen}
            {answers}
            <h3>{texts.verslag_checkvragen}</h3>
            <ul class="report-checks">{checks}</ul>
            {besluiten}
        </section>
    }
}

/// A table of acties (wat, wie, wanneer, status, ingrediënt), or "Geen.".
fn actie_table(labelled_by: &'static str, acties: &[ActieRegel]) -> AnyView {
    let texts = t();
    if acties.is_empty() {
        return view! { <p class="empty">{texts.verslag_nothing}</p> }.into_any();
    }
    let [wat, wie, wanneer, status, ingredient, _] = texts.csv_columns;
    let rows = acties
        .iter()
        .map(|r| {
            let a = r.actie;
            view! {
                <tr>
                    <th scope="row" class="report-text">
                        {a.wat.clone()}
                    </th>
                    <td>{a.wie.clone()}</td>
                    <td>{texts.date(&a.wanneer)}</td>
                    <td>{r.status_text(texts)}</td>
                    <td>{a.ingredient.as_deref().map(ingredient_name)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Focusable and named: on a narrow screen the table scrolls sideways (WCAG 1.4.10 allows
        // that for data tables) and keyboard users must be able to scroll it too.
        <div
            class="table-wrap report-table-wrap"
            role="region"
            tabindex="0"
            aria-labelledby=labelled_by
        >
            <table class="report-table" aria-labelledby=labelled_by>
                <thead>
                    <tr>
                        <th scope="col">{wat}</th>
                        <th scope="col">{wie}</th>
                        <th scope="col">{wanneer}</th>
                        <th scope="col">{status}</th>
                        <th scope="col">{ingredient}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
