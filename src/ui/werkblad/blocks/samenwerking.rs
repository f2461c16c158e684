//! The blocks that change the samenwerking itself rather than the worksheet: the partnerkaart
//! (each partner's ring and level) and the route.

use leptos::prelude::*;

use crate::domain::werkblad::{Block, Key, NIVEAUS};
use crate::domain::{content, Command, Partner, Ring, Route};
use crate::i18n::t;

use super::super::super::state::use_app_state;
use super::super::Sheet;

/// The three circles with every partner in theirs, and a table to move them and set their level.
#[component]
pub(super) fn Partnerkaart(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let texts = t();
    let partners = sheet.partners;
    let stored = sheet.stored();
    let blank = sheet.blank;
    let map = move || {
        // Names per circle, placed in lines (kerngroep in the middle, the complementaire ring
        // above and below it, the vrije ruimte at the top and bottom edge).
        let mut out = Vec::new();
        partners.with(|ps| {
            for (ring, slots) in [
                (Ring::Kerngroep, &[250, 270, 290, 310, 330, 350][..]),
                (
                    Ring::ComplementaireRing,
                    &[130, 150, 170, 430, 450, 470][..],
                ),
                (Ring::VrijeRuimte, &[30, 50, 70, 530, 550, 570][..]),
            ] {
                let names: Vec<String> = ps
                    .iter()
                    .filter(|p| p.ring == ring)
                    .map(short_label)
                    .collect();
                let more = names.len().saturating_sub(slots.len());
                for (i, (name, y)) in names.into_iter().zip(slots.iter()).enumerate() {
                    let text = if more > 0 && i + 1 == slots.len() {
                        format!("+ {} …", more + 1)
                    } else {
                        name
                    };
                    out.push(view! {
                        <text
                            x="300"
                            y=y.to_string()
                            text-anchor="middle"
                            class=format!("map-{}", ring.id())
                        >
                            {text}
                        </text>
                    });
                }
            }
        });
        out.collect_view()
    };
    // The table is built once (a partner added elsewhere remounts the page), so a select keeps
    // focus while the picture above follows every change.
    let rows = {
        partners
            .get_untracked()
            .into_iter()
            .map(|p| {
                let ring_id = format!("wb-ring-{}", p.id);
                let niveau_id = format!("wb-niveau-{}", p.id);
                let key = Key::niveau(&block.id, &p.id);
                let niveau = stored
                    .as_ref()
                    .map(|w| w.answer(&key).to_string())
                    .unwrap_or_default();
                let label = p.label();
                let partner = p.clone();
                let sw = sheet.samenwerking.clone();
                let on_ring = move |ev: leptos::ev::Event| {
                    if let Some(ring) = Ring::from_id(&event_target_value(&ev)) {
                        let _ = state.dispatch(Command::UpdatePartner {
                            samenwerking: sw.clone(),
                            partner: Partner {
                                ring,
                                ..partner.clone()
                            },
                        });
                    }
                };
                let (sh, text) = (sheet.clone(), key.text());
                let on_niveau = move |ev: leptos::ev::Event| {
                    sh.set(&text, event_target_value(&ev));
                };
                let rings = Ring::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <option value=r.id() selected=r == p.ring>
                                {texts.ring(r)}
                            </option>
                        }
                    })
                    .collect_view();
                let levels = NIVEAUS
                    .iter()
                    .zip(wt.niveaus)
                    .map(|(id, name)| {
                        view! {
                            <option value=*id selected=niveau == *id>
                                {name}
                            </option>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{label.clone()}</th>
                        <td>
                            <select
                                id=ring_id
                                aria-label=format!("{}: {label}", wt.ring_label)
                                on:change=on_ring
                            >
                                {rings}
                            </select>
                        </td>
                        <td>
                            <select
                                id=niveau_id
                                aria-label=format!("{}: {label}", wt.niveau_label)
                                on:change=on_niveau
                            >
                                <option value="" selected=niveau.is_empty()>
                                    {wt.niveau_none}
                                </option>
                                {levels}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let title_id = format!("wb-{}-kaart-titel", block.id);
    let desc_id = format!("wb-{}-kaart-uitleg", block.id);
    let labelled = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart partnerkaart">
            <svg viewBox="0 0 600 600" role="img" aria-labelledby=labelled>
                <title id=title_id>{wt.map_title}</title>
                <desc id=desc_id>{wt.map_desc}</desc>
                <circle cx="300" cy="300" r="290" class="ring-vrij" />
                <circle cx="300" cy="300" r="200" class="ring-complementair" />
                <circle cx="300" cy="300" r="110" class="ring-kern" />
                <text x="300" y="222" text-anchor="middle" class="ring-name">
                    {texts.ring(Ring::Kerngroep)}
                </text>
                <text x="300" y="112" text-anchor="middle" class="ring-name">
                    {texts.ring(Ring::ComplementaireRing)}
                </text>
                <text x="300" y="14" text-anchor="middle" class="ring-name">
                    {texts.ring(Ring::VrijeRuimte)}
                </text>
                {map}
            </svg>
        </figure>
        {(!blank)
            .then(|| {
                view! {
                    <div class="table-wrap">
                        <table class="report-table">
                            <thead>
                                <tr>
                                    <th scope="col">{texts.partner_name}</th>
                                    <th scope="col">{wt.ring_label}</th>
                                    <th scope="col">{wt.niveau_label}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <p class="empty" hidden=move || !partners.with(Vec::is_empty)>
                        {wt.no_partners}
                    </p>
                }
            })}
    }
}

/// At most 28 characters of a partner's label, for the picture.
fn short_label(p: &Partner) -> String {
    let label = p.label();
    if label.chars().count() <= 28 {
        label
    } else {
        format!("{}…", label.chars().take(27).collect::<String>())
    }
}

/// The samenwerking's route, with each route's pros and cons from the worksheet.
#[component]
pub(super) fn RouteChoice(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let sw = sheet.samenwerking.clone();
    let current = Memo::new(move |_| state.workspace.with(|ws| ws.get(&sw).and_then(|s| s.route)));
    let blank = sheet.blank;
    let options = block
        .items
        .iter()
        .filter_map(|item| {
            Route::ALL
                .into_iter()
                .find(|r| r.id() == item.id)
                .map(|r| (r, item))
        })
        .map(|(route, item)| {
            let input_id = format!("wb-route-{}", route.id());
            let subtitle = content::current()
                .route(route.id())
                .map(|r| r.subtitle.clone())
                .unwrap_or_default();
            let sw = sheet.samenwerking.clone();
            let list = |items: &[String]| {
                items
                    .iter()
                    .map(|p| view! { <li>{p.clone()}</li> })
                    .collect_view()
            };
            view! {
                <div class="choice wb-route">
                    <input
                        type="radio"
                        name="wb-route"
                        id=input_id.clone()
                        disabled=blank
                        prop:checked=move || !blank && current.get() == Some(route)
                        on:change=move |_| {
                            let _ = state
                                .dispatch(Command::SetRoute {
                                    id: sw.clone(),
                                    route: Some(route),
                                });
                        }
                    />
                    <label for=input_id>
                        <span class="choice-name">{item.text.clone()}</span>
                        <span class="choice-sub">{subtitle}</span>
                    </label>
                    <div class="pros-cons">
                        <div>
                            <h3>{wt.pros}</h3>
                            <ul>{list(&item.pros)}</ul>
                        </div>
                        <div>
                            <h3>{wt.cons}</h3>
                            <ul>{list(&item.cons)}</ul>
                        </div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="wb-routes">
            <legend class="visually-hidden">{block.title.clone()}</legend>
            {options}
        </fieldset>
    }
}
