//! The leerlog: what the group tried, learned and changes, at which step of the cycle plannen
//! maken – doen – leren – aanpassen and at which loop, linked to an experiment werkblad, a
//! meeting or an indicator.

use leptos::prelude::*;

use crate::domain::monitoring::{LeerlogEntry, Lus, Stap};
use crate::domain::MonitoringChange;
use crate::i18n::t;
use crate::ui::state::{focus_id, new_id, use_app_state, MeetingView, Screen};

use super::{clear, dispatch, focus_later, value_of, Data};

/// (id, label) pairs for the link selects.
struct Choices {
    werkbladen: Vec<(String, String)>,
    bijeenkomsten: Vec<(String, String)>,
    indicatoren: Vec<(String, String)>,
}

fn choices(d: &Data) -> Choices {
    Choices {
        werkbladen: d.werkbladen.clone(),
        bijeenkomsten: d.bijeenkomsten.clone(),
        indicatoren: d
            .doelen
            .iter()
            .flat_map(|doel| {
                doel.indicatoren
                    .iter()
                    .map(|i| (i.id.clone(), i.name.clone()))
            })
            .collect(),
    }
}

fn link_select(
    id: String,
    label: &'static str,
    options: Vec<(String, String)>,
    chosen: Option<String>,
) -> impl IntoView {
    let mt = t().monitoring;
    view! {
        <div>
            <label for=id.clone()>{label}</label>
            <select id=id>
                <option value="" selected=chosen.is_none()>
                    {mt.leerlog_no_link}
                </option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let selected = chosen.as_deref() == Some(value.as_str());
                        view! {
                            <option value=value selected=selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The fields of a leerlog form, ids prefixed with `prefix`.
fn entry_fields(prefix: &str, e: Option<&LeerlogEntry>, c: Choices) -> impl IntoView {
    let mt = t().monitoring;
    let id = |f: &str| format!("{prefix}-{f}");
    let step = e.map(|e| e.step).unwrap_or(Stap::Leren);
    let lus = e.and_then(|e| e.lus);
    let text = |f: &str, label: &'static str, value: String| {
        view! {
            <div class="wide">
                <label for=id(f)>{label}</label>
                <textarea id=id(f) rows="2" maxlength="2000" prop:value=value></textarea>
            </div>
        }
    };
    let chosen_loop = RwSignal::new(lus);
    let loop_hint = id("lus-uitleg");
    view! {
        <div class="form-grid">
            <div>
                <label for=id("datum")>{mt.leerlog_date}</label>
                <input
                    id=id("datum")
                    type="date"
                    prop:value=e.map(|e| e.date.clone()).unwrap_or_default()
                />
            </div>
            <div>
                <label for=id("stap")>{mt.leerlog_step}</label>
                <select id=id(
                    "stap",
                )>
                    {Stap::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.id() selected=s == step>
                                    {mt.step(s)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {text("geprobeerd", mt.leerlog_tried, e.map(|e| e.tried.clone()).unwrap_or_default())}
            {text("geleerd", mt.leerlog_learned, e.map(|e| e.learned.clone()).unwrap_or_default())}
            <div class="wide">
                <label for=id("lus")>{mt.leerlog_loop}</label>
                <select
                    id=id("lus")
                    aria-describedby=loop_hint.clone()
                    on:change=move |ev| chosen_loop.set(Lus::from_id(&event_target_value(&ev)))
                >
                    <option value="" selected=lus.is_none()>
                        {mt.leerlog_loop_none}
                    </option>
                    {Lus::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.id() selected=Some(l) == lus>
                                    {mt.lus(l)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p class="hint" id=loop_hint aria-live="polite">
                    {move || chosen_loop.get().map(|l| mt.lus_uitleg(l)).unwrap_or_default()}
                </p>
            </div>
            {text(
                "verandert",
                mt.leerlog_changes,
                e.map(|e| e.changes.clone()).unwrap_or_default(),
            )}
            {link_select(
                id("werkblad"),
                mt.leerlog_werkblad,
                c.werkbladen,
                e.and_then(|e| e.werkblad.clone()),
            )}
            {link_select(
                id("bijeenkomst"),
                mt.leerlog_bijeenkomst,
                c.bijeenkomsten,
                e.and_then(|e| e.bijeenkomst.clone()),
            )}
            {link_select(
                id("indicator"),
                mt.leerlog_indicator,
                c.indicatoren,
                e.and_then(|e| e.indicator.clone()),
            )}
        </div>
    }
}

fn read_entry(prefix: &str, entry_id: String) -> LeerlogEntry {
    let v = |f: &str| value_of(&format!("{prefix}-{f}"));
    let link = |f: &str| Some(v(f)).filter(|s| !s.is_empty());
    LeerlogEntry {
        id: entry_id,
        date: v("datum"),
        step: Stap::from_id(&v("stap")).unwrap_or(Stap::Leren),
        tried: v("geprobeerd"),
        learned: v("geleerd"),
        lus: Lus::from_id(&v("lus")),
        changes: v("verandert"),
        werkblad: link("werkblad"),
        bijeenkomst: link("bijeenkomst"),
        indicator: link("indicator"),
        created_ms: 0,
        updated_ms: 0,
    }
}

#[component]
pub fn Leerlog(samenwerking: String, data: Memo<Option<Data>>) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    // Newest first (by date; undated ones after the dated, then the last written first).
    let ids = Memo::new(move |_| {
        data.with(|d| {
            let Some(d) = d else { return Vec::new() };
            let mut list: Vec<&LeerlogEntry> = d.leerlog.iter().collect();
            list.sort_by(|a, b| {
                b.date
                    .cmp(&a.date)
                    .then_with(|| b.created_ms.cmp(&a.created_ms))
            });
            list.into_iter().map(|e| e.id.clone()).collect::<Vec<_>>()
        })
    });
    // The link choices change rarely; the new-entry form is built again when they do.
    let links = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref().map(|d| {
                let c = choices(d);
                (c.werkbladen, c.bijeenkomsten, c.indicatoren)
            })
        })
    });
    let sw = samenwerking.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id("ll");
        let entry = read_entry("ll-nieuw", id.clone());
        if dispatch(&state, &sw, MonitoringChange::AddLeerlog { entry }) {
            clear(&[
                "ll-nieuw-geprobeerd",
                "ll-nieuw-geleerd",
                "ll-nieuw-verandert",
            ]);
            state.success(mt.leerlog_added.to_string());
            focus_later(format!("le-{id}"));
        }
    };
    let loops = Lus::ALL
        .into_iter()
        .map(|l| {
            view! {
                <dt>{mt.lus(l)}</dt>
                <dd>{mt.lus_uitleg(l)}</dd>
            }
        })
        .collect_view();
    let sw_list = samenwerking.clone();
    view! {
        <section class="card leerlog" aria-labelledby="leerlog-kop">
            <h2 id="leerlog-kop" tabindex="-1">
                {mt.leerlog_heading}
            </h2>
            <p>{mt.leerlog_intro}</p>
            <p class="cycle">{mt.leerlog_cycle}</p>
            <h3>{mt.loops_heading}</h3>
            <dl class="loops">{loops}</dl>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{mt.leerlog_empty}</p>
            </Show>
            <ol class="leerlog-entries">
                <For
                    each=move || ids.get()
                    key=|id| id.clone()
                    children=move |id| {
                        view! { <Entry samenwerking=sw_list.clone() entry=id data=data /> }
                    }
                />
            </ol>
            <form class="new-leerlog" on:submit=on_add aria-labelledby="ll-nieuw-kop">
                <h3 id="ll-nieuw-kop">{mt.leerlog_new_heading}</h3>
                {move || {
                    links
                        .get()
                        .map(|(werkbladen, bijeenkomsten, indicatoren)| {
                            entry_fields(
                                "ll-nieuw",
                                None,
                                Choices {
                                    werkbladen,
                                    bijeenkomsten,
                                    indicatoren,
                                },
                            )
                        })
                }}
                <button type="submit" class="primary">
                    {mt.leerlog_add}
                </button>
            </form>
        </section>
    }
}

#[component]
fn Entry(samenwerking: String, entry: String, data: Memo<Option<Data>>) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let mt = texts.monitoring;
    let eid = entry.clone();
    // The entry with the titles of what it links to.
    let shown = Memo::new(move |_| {
        data.with(|d| {
            let d = d.as_ref()?;
            let e = d.leerlog.iter().find(|e| e.id == eid)?.clone();
            let title = |list: &[(String, String)], id: &Option<String>| {
                id.as_ref().and_then(|id| {
                    list.iter()
                        .find(|(x, _)| x == id)
                        .map(|(x, t)| (x.clone(), t.clone()))
                })
            };
            let c = choices(d);
            Some((
                e.clone(),
                title(&c.werkbladen, &e.werkblad),
                title(&c.bijeenkomsten, &e.bijeenkomst),
                title(&c.indicatoren, &e.indicator),
            ))
        })
    });
    let Some((initial, ..)) = shown.get_untracked() else {
        return ().into_any();
    };
    let prefix = format!("le-{entry}-veld");
    let (sw, p, eid) = (samenwerking.clone(), prefix.clone(), entry.clone());
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = read_entry(&p, eid.clone());
        if dispatch(&state, &sw, MonitoringChange::UpdateLeerlog { entry: e }) {
            state.success(mt.leerlog_saved.to_string());
        }
    };
    let (sw, eid) = (samenwerking.clone(), entry.clone());
    let on_delete = move |_| {
        if dispatch(
            &state,
            &sw,
            MonitoringChange::DeleteLeerlog { entry: eid.clone() },
        ) {
            state.success(mt.leerlog_deleted.to_string());
            focus_later("leerlog-kop".to_string());
        }
    };
    let sw_links = samenwerking.clone();
    let body = move || {
        shown.with(|s| {
            let (e, werkblad, bijeenkomst, indicator) = s.as_ref()?;
            let sw = sw_links.clone();
            let para = |label: &'static str, text: &str| {
                (!text.is_empty()).then(|| {
                    view! {
                        <p>
                            <strong>{label}</strong>
                            {" "}
                            {text.to_string()}
                        </p>
                    }
                })
            };
            let lus = e.lus.map(|l| {
                view! {
                    <p class="lus">
                        <strong>{mt.lus(l)}</strong>
                        {" – "}
                        {mt.lus_uitleg(l)}
                    </p>
                }
            });
            let mut links = Vec::new();
            if let Some((id, title)) = werkblad {
                let href = Screen::Werkblad {
                    samenwerking: sw.clone(),
                    werkblad: id.clone(),
                }
                .hash();
                links.push(
                    view! {
                        <li>
                            {mt.leerlog_werkblad}{": "}<a href=href data-link="werkblad">
                                {title.clone()}
                            </a>
                        </li>
                    }
                    .into_any(),
                );
            }
            if let Some((id, title)) = bijeenkomst {
                let href = Screen::Bijeenkomst {
                    samenwerking: sw.clone(),
                    bijeenkomst: id.clone(),
                    view: MeetingView::Plan,
                }
                .hash();
                links.push(
                    view! {
                        <li>
                            {mt.leerlog_bijeenkomst}{": "}<a href=href data-link="bijeenkomst">
                                {title.clone()}
                            </a>
                        </li>
                    }
                    .into_any(),
                );
            }
            if let Some((id, title)) = indicator {
                // The indicator is on this page: the link brings it into view and focus.
                let href = Screen::Monitoring(sw.clone()).hash();
                let target = format!("ind-{id}");
                links.push(
                    view! {
                        <li>
                            {mt.leerlog_indicator}{": "}
                            <a
                                href=href
                                data-link="indicator"
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_id(&target);
                                }
                            >
                                {title.clone()}
                            </a>
                        </li>
                    }
                    .into_any(),
                );
            }
            let links = (!links.is_empty()).then(|| {
                view! {
                    <p class="links-label">{mt.leerlog_links}</p>
                    <ul class="links">{links}</ul>
                }
            });
            let date = crate::report::dates::meeting_date(texts, &e.date);
            Some(view! {
                <h3 id=format!("le-{}", e.id) tabindex="-1">
                    {mt.step(e.step)}
                    <span class="meta">{" · "}{date}</span>
                </h3>
                {para(mt.leerlog_tried, &e.tried)}
                {para(mt.leerlog_learned, &e.learned)}
                {lus}
                {para(mt.leerlog_changes, &e.changes)}
                {links}
            })
        })
    };
    let links = data.with_untracked(|d| d.as_ref().map(choices));
    let form = links.map(|c| entry_fields(&prefix, Some(&initial), c));
    view! {
        <li class="leerlog-entry" data-entry=entry.clone()>
            {body}
            <details>
                <summary>{mt.leerlog_edit}</summary>
                <form on:submit=on_save>
                    {form} <button type="submit">{mt.leerlog_save}</button>
                </form>
            </details>
            <button type="button" class="danger small" on:click=on_delete>
                {mt.leerlog_delete}
            </button>
        </li>
    }
    .into_any()
}
