//! BARB between meetings: per partner organisation an achterban-blad with het beeld so far and
//! the questions to take back, printable one per A4 page (the facilitator chooses which: by
//! default the attending organisations that are not inwoners) or downloadable as Markdown, and
//! a place to record each organisation's answers for the Revisie.

use leptos::prelude::*;

use crate::domain::bijeenkomst::{Bijeenkomst, Fase, Vorm};
use crate::domain::{BijeenkomstChange, Samenwerking};
use crate::i18n::{fill, lang, t, with_lang, Texts};
use crate::report::dates::meeting_date;
use crate::report::{achterban_groepen, cell as md_line, md, AchterbanGroep};
use crate::ui::taal::{in_language, DocumentLanguage};

use crate::domain::meedoen::achterban::{achterban_url, AchterbanUitnodiging};

use super::super::qr::{app_address, Address, QrImage};
use super::super::state::use_app_state;
use super::achterban_intake::AchterbanIntake;
use super::verslag::{file_stem, ingredient_name, offer_download, print_footer, print_page};
use super::{change, with_meeting, MeetingRef};

/// The achterban-blad of one organisation (`group`, as in `Samenwerking::achterban_groups`)
/// as Markdown.
pub fn blad_markdown(t: &Texts, s: &Samenwerking, b: &Bijeenkomst, group: &str) -> String {
    let v = t.verslag_ui;
    let mut out = format!(
        "# {}\n\n",
        md_line(&fill(v.blad_heading, &[("group", group)]))
    );
    out.push_str(&format!("- **{}:** {}\n", v.samenwerking, md_line(&s.name)));
    if !s.opgave.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_opgave,
            md_line(&s.opgave)
        ));
    }
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_meeting,
        md_line(&meeting_date(t, &b.date))
    ));
    if !b.place.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_place,
            md_line(&b.place)
        ));
    }
    out.push_str(&format!(
        "- **{}:** {}\n\n",
        t.verslag_vorm,
        t.vorm_description(b.vorm)
    ));
    out.push_str(v.blad_intro);
    out.push_str("\n\n");
    for item in &b.agenda {
        let or = |text: &str, empty: &str| {
            if text.is_empty() {
                empty.to_string()
            } else {
                md(text)
            }
        };
        out.push_str(&format!(
            "## {}\n\n",
            md_line(&ingredient_name(&item.ingredient))
        ));
        out.push_str(&format!(
            "### {}\n\n{}\n\n",
            v.beeld_heading,
            or(item.note(Fase::Beeldvorming), v.beeld_empty)
        ));
        out.push_str(&format!(
            "### {}\n\n{}\n\n",
            v.vragen_heading,
            or(&item.achterban_vragen, v.vragen_empty)
        ));
        let answer = item.achterban.get(group).map(String::as_str).unwrap_or("");
        out.push_str(&format!(
            "### {}\n\n{}\n\n",
            md_line(&fill(v.antwoord_heading, &[("group", group)])),
            or(answer, v.antwoord_empty)
        ));
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// What decides the layout of the page: it changes rarely, so typing an answer does not rebuild
/// the bladen (and the text field keeps focus).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shape {
    vorm: Vorm,
    groups: Vec<AchterbanGroep>,
    items: Vec<String>,
}

/// The facts at the top of every blad.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Facts {
    name: String,
    opgave: String,
    date: String,
    place: String,
    vorm: String,
}

#[component]
pub fn AchterbanView(r: MeetingRef) -> impl IntoView {
    let state = use_app_state();
    let v = t().verslag_ui;
    // The bladen's own language: the app's, unless chosen otherwise (an achterban in Brussels).
    let doc = RwSignal::new(lang());
    let key = r.clone();
    let shape = Memo::new(move |_| {
        state.workspace.with(|ws| {
            with_meeting(&key, ws, |s, b| Shape {
                vorm: b.vorm,
                groups: achterban_groepen(s, b),
                items: b.agenda.iter().map(|i| i.ingredient.clone()).collect(),
            })
        })
    });
    let key = r.clone();
    let facts = Memo::new(move |_| {
        let l = doc.get();
        state
            .workspace
            .with(|ws| {
                with_meeting(&key, ws, |s, b| {
                    with_lang(l, || Facts {
                        name: s.name.clone(),
                        opgave: s.opgave.clone(),
                        date: meeting_date(t(), &b.date),
                        place: b.place.clone(),
                        vorm: t().vorm_description(b.vorm),
                    })
                })
            })
            .unwrap_or_default()
    });

    // The printed footer: the samenwerking's name on every blad.
    print_footer(move || {
        let d = doc.get().texts().verslag_ui;
        facts.with(|f| {
            (!f.name.is_empty()).then(|| {
                fill(
                    d.footer,
                    &[
                        ("title", d.achterban_tab),
                        ("name", &f.name),
                        ("date", &f.date),
                    ],
                )
            })
        })
    });
    // Which bladen to print: `None` until the facilitator changes the choice, so the default
    // (attending organisations, no inwoners) follows the attendance.
    let chosen: RwSignal<Option<Vec<String>>> = RwSignal::new(None);
    let printed = move || -> Vec<String> {
        chosen.get().unwrap_or_else(|| {
            shape.with(|s| {
                s.as_ref()
                    .map(|s| {
                        s.groups
                            .iter()
                            .filter(|g| g.print_by_default())
                            .map(|g| g.label.clone())
                            .collect()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let set_printed = move |label: String, on: bool| {
        let mut list = printed();
        list.retain(|l| *l != label);
        if on {
            list.push(label);
        }
        chosen.set(Some(list));
    };

    move || {
        let Some(shape) = shape.get() else {
            return ().into_any();
        };
        let l = doc.get();
        if shape.vorm == Vorm::Bob {
            return view! {
                <section class="card achterban-intro" aria-labelledby="achterban-kop">
                    <h2 id="achterban-kop">{v.achterban_heading}</h2>
                    <p>{v.achterban_bob}</p>
                </section>
            }
            .into_any();
        }
        if shape.items.is_empty() || shape.groups.is_empty() {
            return view! {
                <section class="card achterban-intro" aria-labelledby="achterban-kop">
                    <h2 id="achterban-kop">{v.achterban_heading}</h2>
                    {shape
                        .items
                        .is_empty()
                        .then(|| view! { <p class="empty">{v.achterban_no_agenda}</p> })}
                    {shape
                        .groups
                        .is_empty()
                        .then(|| view! { <p class="empty">{v.achterban_no_partners}</p> })}
                </section>
            }
            .into_any();
        }
        let bladen = shape
            .groups
            .iter()
            .enumerate()
            .map(|(n, group)| {
                let label = group.label.clone();
                let is_printed = Signal::derive(move || printed().contains(&label));
                in_language(l, || {
                    organisation(
                        r.clone(),
                        n,
                        group.label.clone(),
                        &shape.items,
                        facts,
                        is_printed,
                    )
                })
            })
            .collect_view();
        let choices = shape
            .groups
            .iter()
            .enumerate()
            .map(|(n, group)| {
                let id = format!("blad-{n}-afdrukken");
                let (label, check) = (group.label.clone(), group.label.clone());
                let notes: Vec<&str> = [
                    (!group.present).then_some(v.blad_absent),
                    group.inwoner.then_some(v.blad_inwoner),
                ]
                .into_iter()
                .flatten()
                .collect();
                view! {
                    <li class="choice">
                        <input
                            type="checkbox"
                            id=id.clone()
                            prop:checked=move || printed().contains(&check)
                            on:change=move |ev| set_printed(
                                label.clone(),
                                event_target_checked(&ev),
                            )
                        />
                        <label for=id>
                            <span class="choice-name">{group.label.clone()}</span>
                            {(!notes.is_empty())
                                .then(|| {
                                    view! { <span class="choice-sub">{notes.join(", ")}</span> }
                                })}
                        </label>
                    </li>
                }
            })
            .collect_view();
        let on_print = move |_| {
            if printed().is_empty() {
                state.error(v.print_none_chosen.to_string());
            } else {
                print_page(&state);
            }
        };
        view! {
            <section class="card achterban-intro report-tools" aria-labelledby="achterban-kop">
                <h2 id="achterban-kop">{v.achterban_heading}</h2>
                <p class="hint">{v.achterban_intro}</p>
                <fieldset class="blad-keuze" aria-describedby="blad-keuze-hint">
                    <legend>{v.print_choice_legend}</legend>
                    <p class="hint" id="blad-keuze-hint">
                        {v.print_choice_hint}
                    </p>
                    <ul class="choice-list">{choices}</ul>
                </fieldset>
                <DocumentLanguage lang=doc id="achterban-taal" />
                <button type="button" id="achterban-afdrukken" class="primary" on:click=on_print>
                    {move || v.print_chosen.of(printed().len())}
                </button>
            </section>
            <AchterbanIntake r=r.clone() />
            <div class="achterban-bladen">{bladen}</div>
        }
        .into_any()
    }
}

/// The blad of one organisation and, on screen only, the fields to record its answers.
fn organisation(
    r: MeetingRef,
    n: usize,
    group: String,
    items: &[String],
    facts: Memo<Facts>,
    printed: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let v = texts.verslag_ui;
    let blad_id = format!("blad-{n}");
    let heading_id = format!("{blad_id}-kop");
    let record_id = format!("{blad_id}-vastleggen");

    let facts_view = move || {
        facts.with(|f| {
            view! {
                <dl class="report-facts">
                    <div>
                        <dt>{v.samenwerking}</dt>
                        <dd>{f.name.clone()}</dd>
                    </div>
                    {(!f.opgave.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{texts.verslag_opgave}</dt>
                                    <dd class="report-text">{f.opgave.clone()}</dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>{texts.verslag_meeting}</dt>
                        <dd>{f.date.clone()}</dd>
                    </div>
                    {(!f.place.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>{texts.verslag_place}</dt>
                                    <dd>{f.place.clone()}</dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>{texts.verslag_vorm}</dt>
                        <dd>{f.vorm.clone()}</dd>
                    </div>
                </dl>
            }
        })
    };

    let mut blad_items = Vec::new();
    let mut fields = Vec::new();
    for ingredient in items {
        let name = ingredient_name(ingredient);
        let item_id = format!("{blad_id}-{ingredient}");
        let field_id = format!("{blad_id}-antwoord-{ingredient}");
        let (key, ing) = (r.clone(), ingredient.clone());
        let texts_of = Memo::new(move |_| {
            state
                .workspace
                .with(|ws| {
                    with_meeting(&key, ws, |_, b| {
                        b.item(&ing).map(|i| {
                            (
                                i.note(Fase::Beeldvorming).to_string(),
                                i.achterban_vragen.clone(),
                            )
                        })
                    })
                })
                .flatten()
                .unwrap_or_default()
        });
        let (key, ing, grp) = (r.clone(), ingredient.clone(), group.clone());
        let answer = Memo::new(move |_| {
            state
                .workspace
                .with(|ws| {
                    with_meeting(&key, ws, |_, b| {
                        b.item(&ing).and_then(|i| i.achterban.get(&grp).cloned())
                    })
                })
                .flatten()
                .unwrap_or_default()
        });
        let shown = move |text: String, empty: &'static str| {
            if text.is_empty() {
                view! { <p class="empty">{empty}</p> }.into_any()
            } else {
                view! { <p class="report-text">{text}</p> }.into_any()
            }
        };
        blad_items.push(view! {
            <div class="blad-item">
                <h3 id=item_id>{name.clone()}</h3>
                <h4>{v.beeld_heading}</h4>
                {move || shown(texts_of.with(|x| x.0.clone()), v.beeld_empty)}
                <h4>{v.vragen_heading}</h4>
                {move || shown(texts_of.with(|x| x.1.clone()), v.vragen_empty)}
                <h4>{fill(v.antwoord_heading, &[("group", &group)])}</h4>
                <div class="answer-space">
                    {move || {
                        answer
                            .with(|a| {
                                if a.is_empty() {
                                    view! {
                                        <p class="empty report-screen-only">{v.antwoord_empty}</p>
                                    }
                                        .into_any()
                                } else {
                                    view! { <p class="report-text">{a.clone()}</p> }.into_any()
                                }
                            })
                    }}
                </div>
            </div>
        });

        let (key, ing, grp) = (r.clone(), ingredient.clone(), group.clone());
        let on_input = move |ev| {
            let _ = change(
                &state,
                &key,
                BijeenkomstChange::SetAchterbanAntwoord {
                    ingredient: ing.clone(),
                    group: grp.clone(),
                    text: event_target_value(&ev),
                },
            );
        };
        let label = fill(
            v.antwoord_label,
            &[("group", &group), ("ingredient", &name)],
        );
        fields.push(view! {
            <label for=field_id.clone()>{label}</label>
            <textarea
                id=field_id
                rows="4"
                maxlength="2000"
                // Follows the stored answer, also when it came in from a phone (the same
                // text while typing sets nothing: the caret stays).
                prop:value=move || answer.get()
                on:input=on_input
            ></textarea>
        });
    }

    let (key, grp) = (r.clone(), group.clone());
    // Made inside the blad's own language (see AchterbanView): so is its download.
    let doc_lang = lang();
    let on_markdown = move |_| {
        let file = state.workspace.with_untracked(|ws| {
            with_meeting(&key, ws, |s, b| {
                with_lang(doc_lang, || {
                    (
                        format!("{}.md", blad_file_stem(s, b, &grp)),
                        blad_markdown(t(), s, b, &grp),
                    )
                })
            })
        });
        if let Some((name, contents)) = file {
            offer_download(&state, &name, "text/markdown;charset=utf-8", &contents);
        }
    };

    view! {
        <div class="achterban-org" class:niet-afdrukken=move || !printed.get()>
            <article class="achterban-blad" id=blad_id aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>{fill(v.blad_heading, &[("group", &group)])}</h2>
                <BladQr r=r.clone() group=group.clone() />
                {facts_view}
                <p class="blad-intro">{v.blad_intro}</p>
                {blad_items}
            </article>
            <section class="achterban-record report-screen-only" aria-labelledby=record_id.clone()>
                <h3 id=record_id.clone()>{fill(v.record_heading, &[("group", &group)])}</h3>
                <p class="hint">{v.record_intro}</p>
                {fields}
                <div class="report-tools">
                    <button
                        type="button"
                        on:click=on_markdown
                        aria-label=fill(v.download_markdown_for, &[("group", &group)])
                    >
                        {v.download_markdown}
                    </button>
                </div>
            </section>
        </div>
    }
}

/// The invitation QR on a blad: the organisation answers its questions on a phone
/// ([`crate::domain::meedoen::achterban`]). Printed with the blad.
#[component]
fn BladQr(r: MeetingRef, group: String) -> impl IntoView {
    let state = use_app_state();
    let at = t().achterban_telefoon;
    let address = app_address();
    let grp = group.clone();
    let url = Memo::new(move |_| {
        let Address::Web { base, .. } = &address else {
            return None;
        };
        let base = base.clone();
        state.workspace.with(|ws| {
            with_meeting(&r, ws, |s, b| {
                achterban_url(&base, &AchterbanUitnodiging::for_group(s, b, &grp))
            })
        })
    });
    let warning = match app_address() {
        Address::Web { local: false, .. } => None,
        Address::Web { local: true, .. } => Some(at.address_local),
        Address::File => Some(at.address_file),
    };
    view! {
        <div class="blad-qr">
            <h3>{at.blad_qr_heading}</h3>
            {move || {
                url.get()
                    .map(|u| {
                        view! {
                            <div class="qr qr-blad">
                                <QrImage
                                    text=u.clone()
                                    alt=fill(at.blad_qr_label, &[("group", &group)])
                                    class="qr-img"
                                />
                            </div>
                            <p class="qr-uitleg">{at.blad_qr_text}</p>
                            <p class="qr-address">
                                {at.address_label} " " <span class="address">{u}</span>
                            </p>
                        }
                    })
            }}
            {warning.map(|w| view! { <p class="warning report-screen-only">{w}</p> })}
        </div>
    }
}

/// `<samenwerking>-achterban-blad-<organisatie>-<date>`: the organisation slugged the same way
/// as a samenwerking's file name.
fn blad_file_stem(s: &Samenwerking, b: &Bijeenkomst, group: &str) -> String {
    let v = t().verslag_ui;
    let org = Samenwerking::new(String::new(), group.to_string(), 0);
    let org = crate::domain::file::file_name(&org);
    let org = org
        .strip_suffix(crate::domain::file::EXTENSION)
        .unwrap_or(&org);
    file_stem(s, b, &format!("{}-{org}", v.file_achterban))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bijeenkomst::AgendaItem;

    #[test]
    fn markdown_escapes_like_the_verslag() {
        assert_eq!(md("# kop *vet* [link]"), "\\# kop \\*vet\\* \\[link\\]");
        assert_eq!(md("a\nb"), "a  \nb");
        assert_eq!(md_line("a\nb <c>"), "a b \\<c\\>");
    }

    #[test]
    fn blad_has_beeld_questions_and_answer_of_its_organisation() {
        let mut s = Samenwerking::new("sw-a-b".into(), "Dorpsstad".into(), 0);
        s.opgave = "Goed ouder worden".into();
        let mut b = Bijeenkomst::new("bk-a-b".into(), Vorm::Barb, "2026-10-20".into(), 0);
        let mut item = AgendaItem::new("openheid-en-vertrouwen");
        item.notes
            .insert(Fase::Beeldvorming, "Weinig *contact*".into());
        item.achterban_vragen = "Kan er iemand komen?".into();
        item.achterban
            .insert("Welzijn [Dorpsstad]".into(), "Ja.".into());
        b.agenda.push(item);
        let t = crate::i18n::t();
        let md = blad_markdown(t, &s, &b, "Welzijn [Dorpsstad]");
        assert!(
            md.starts_with("# Achterban-blad voor Welzijn \\[Dorpsstad\\]\n"),
            "{md}"
        );
        assert!(md.contains("- **Bijeenkomst:** 20 oktober 2026\n"), "{md}");
        assert!(md.contains("Weinig \\*contact\\*"), "{md}");
        assert!(md.contains("Kan er iemand komen?"), "{md}");
        assert!(
            md.contains("### Antwoord van Welzijn \\[Dorpsstad\\]\n\nJa."),
            "{md}"
        );
        let other = blad_markdown(t, &s, &b, "KBO");
        assert!(
            other.ends_with(&format!("{}\n", t.verslag_ui.antwoord_empty)),
            "{other}"
        );
    }
}
