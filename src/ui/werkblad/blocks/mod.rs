//! One view per block kind. Fields show the stored answer when they appear and send every
//! change as a command; what follows from the answers (actie nodig, the product, the
//! actie-agenda, the partnerkaart) is derived from the worksheet as it changes.

use leptos::prelude::*;

use std::collections::BTreeMap;

use crate::domain::werkblad::{
    actie_nodig_by, eisenhower_rows, product_by, product_max, Block, BlockKind, Item, Key,
    Kwadrant, Rij, NIVEAUS,
};
use crate::domain::{content, Command, Partner, Ring, Route, WerkbladChange};
use crate::i18n::{fill, t};

use super::super::state::{new_id, use_app_state};
use super::Sheet;

/// A DOM id for an answer's field: `wb-<block>-<item>[-toelichting][--<partner>]`.
fn dom_id(key: &Key) -> String {
    format!("wb-{}", key.text().replace('.', "-").replace('@', "--"))
}

/// The partners a block is filled in for: each partner, or one blank "Partner: …" group on the
/// empty form, or `None` once for a block that is not per partner.
fn groups(sheet: &Sheet, block: &Block, partners: &[Partner]) -> Vec<Option<(String, String)>> {
    if !block.per_partner {
        return vec![None];
    }
    if sheet.blank {
        return vec![Some((
            String::new(),
            t().werkblad.blank_partner.to_string(),
        ))];
    }
    partners
        .iter()
        .map(|p| Some((p.id.clone(), p.label())))
        .collect()
}

#[component]
pub fn BlockView(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let heading = format!("wb-{}-kop", block.id);
    let labelled = heading.clone();
    let intro =
        (!block.intro.is_empty()).then(|| view! { <p class="hint">{block.intro.clone()}</p> });
    let body = match block.kind {
        BlockKind::Onderwerpen => view! { <Rows sheet=sheet block=block topics=true/> }.into_any(),
        BlockKind::Partnerkaart => view! { <Partnerkaart sheet=sheet block=block/> }.into_any(),
        BlockKind::Route => view! { <RouteChoice sheet=sheet block=block/> }.into_any(),
        _ => view! { <Questions sheet=sheet block=block/> }.into_any(),
    };
    view! {
        <section class="card werkblad-block" aria-labelledby=labelled>
            <h2 id=heading>{block.title.clone()}</h2>
            {intro}
            {body}
        </section>
    }
}

/// Vragen, keuzes, checklist, schaal and the given regels: per item, per partner group.
#[component]
fn Questions(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let wt = t().werkblad;
    let partners = sheet.partners;
    let stored = sheet.stored();
    let list = partners.with_untracked(|p| groups(&sheet, block, p));
    let empty = list
        .is_empty()
        .then(|| view! { <p class="empty">{wt.no_partners}</p> });
    let groups_view = list
        .into_iter()
        .map(|group| {
            let partner = group
                .as_ref()
                .map(|g| g.0.clone())
                .filter(|p| !p.is_empty());
            let items = block
                .items
                .iter()
                .map(|item| {
                    let key = Key::new(&block.id, &item.id, partner.as_deref());
                    let initial = stored
                        .as_ref()
                        .map(|w| w.answer(&key).to_string())
                        .unwrap_or_default();
                    let note_key = Key::note(&block.id, &item.id, partner.as_deref());
                    let note = stored
                        .as_ref()
                        .map(|w| w.answer(&note_key).to_string())
                        .unwrap_or_default();
                    let field = Field {
                        sheet: sheet.clone(),
                        item,
                        key,
                        initial,
                    };
                    let note = block
                        .has_notes()
                        .then(|| note_field(&sheet, item, note_key, note));
                    let control = match block.kind {
                        BlockKind::Vragen => field.text(),
                        BlockKind::Keuzes | BlockKind::Regels => field.tick(),
                        BlockKind::Checklist => field.check(),
                        _ => field.scale(),
                    };
                    view! { <div class="wb-item">{control}{note}</div> }
                })
                .collect_view();
            match group {
                Some((_, label)) => view! {
                    <fieldset class="wb-partner">
                        <legend>{label}</legend>
                        {items}
                    </fieldset>
                }
                .into_any(),
                None => items.into_any(),
            }
        })
        .collect_view();
    let summary = match block.kind {
        BlockKind::Checklist if !sheet.blank => Some(flags(&sheet, block).into_any()),
        BlockKind::Schaal if block.product && !sheet.blank => {
            Some(product_line(&sheet, block).into_any())
        }
        _ => None,
    };
    let own_rules = (block.kind == BlockKind::Regels)
        .then(|| view! { <Rows sheet=sheet.clone() block=block topics=false/> });
    view! { {empty}{groups_view}{own_rules}{summary} }
}

/// One answer's field.
struct Field {
    sheet: Sheet,
    item: &'static Item,
    key: Key,
    initial: String,
}

impl Field {
    fn id(&self) -> String {
        dom_id(&self.key)
    }

    fn hint(&self) -> (Option<String>, Option<AnyView>) {
        if self.item.hint.is_empty() {
            return (None, None);
        }
        let id = format!("{}-hint", self.id());
        let view = view! { <p class="hint" id=id.clone()>{self.item.hint.clone()}</p> }.into_any();
        (Some(id), Some(view))
    }

    /// A change to this answer.
    fn setter(&self) -> impl Fn(String) + Clone + 'static {
        let (sheet, key) = (self.sheet.clone(), self.key.text());
        move |value: String| sheet.set(&key, value)
    }

    fn text(self) -> AnyView {
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        view! {
            <label for=id.clone()>{self.item.text.clone()}</label>
            {hint}
            <textarea id=id rows="3" maxlength="2000" aria-describedby=hint_id disabled=self.sheet.blank
                prop:value=self.initial on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any()
    }

    fn tick(self) -> AnyView {
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        view! {
            <div class="wb-tick">
                <input type="checkbox" id=id.clone() aria-describedby=hint_id disabled=self.sheet.blank
                    prop:checked=self.initial == "ja"
                    on:change=move |ev| set(if event_target_checked(&ev) { "ja".into() } else { String::new() })/>
                <label for=id>{self.item.text.clone()}</label>
            </div>
            {hint}
        }
        .into_any()
    }

    fn check(self) -> AnyView {
        let wt = t().werkblad;
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        let (key, sheet) = (self.key.text(), self.sheet.clone());
        let blank = self.sheet.blank;
        let needs_action = move || !blank && sheet.choice(&key) != "ja";
        let options = [("ja", wt.ja), ("nee", wt.nee)]
            .into_iter()
            .map(|(value, label)| {
                let option_id = format!("{id}-{value}");
                let set = set.clone();
                view! {
                    <span class="wb-option">
                        <input type="radio" name=id.clone() id=option_id.clone() value=value disabled=blank
                            prop:checked=self.initial == value
                            on:change=move |_| set(value.to_string())/>
                        <label for=option_id>{label}</label>
                    </span>
                }
            })
            .collect_view();
        view! {
            <fieldset class="wb-check" aria-describedby=hint_id>
                <legend>{self.item.text.clone()}</legend>
                {hint}
                <div class="wb-options">
                    {options}
                    <span class="flag" hidden=move || !needs_action()>{wt.actie_nodig}</span>
                </div>
            </fieldset>
        }
        .into_any()
    }

    fn scale(self) -> AnyView {
        let wt = t().werkblad;
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        let (key, sheet) = (self.key.text(), self.sheet.clone());
        let value = move || {
            let v = sheet.choice(&key);
            if v.is_empty() {
                wt.not_chosen.to_string()
            } else {
                fill(wt.scale_value, &[("n", &v)])
            }
        };
        let initial = if self.initial.is_empty() {
            "3".to_string()
        } else {
            self.initial.clone()
        };
        let value_id = format!("{id}-waarde");
        let described = [Some(value_id.clone()), hint_id]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        view! {
            <label for=id.clone()>{self.item.text.clone()}</label>
            {hint}
            <div class="wb-scale">
                <span class="pole" aria-hidden="true">{self.item.left.clone()}</span>
                <input type="range" id=id min="1" max="5" step="1" disabled=self.sheet.blank
                    aria-describedby=described
                    aria-valuetext=value.clone()
                    prop:value=initial on:input=move |ev| set(event_target_value(&ev))/>
                <span class="pole" aria-hidden="true">{self.item.right.clone()}</span>
            </div>
            <p class="meta wb-scale-value" id=value_id>
                {format!("{} ← → {}: ", self.item.left, self.item.right)}{value}
            </p>
        }
        .into_any()
    }
}

fn note_field(sheet: &Sheet, item: &Item, key: Key, initial: String) -> AnyView {
    let wt = t().werkblad;
    let id = dom_id(&key);
    let (sheet, text) = (sheet.clone(), key.text());
    view! {
        <label for=id.clone() class="wb-note-label">{wt.note_label}<span class="visually-hidden">{format!(" – {}", item.text)}</span></label>
        <textarea id=id rows="2" maxlength="2000" disabled=sheet.blank prop:value=initial
            on:input=move |ev| sheet.set(&text, event_target_value(&ev))></textarea>
    }
    .into_any()
}

/// "Actie nodig": every question of the checklist not answered "ja".
fn flags(sheet: &Sheet, block: &'static Block) -> impl IntoView {
    let wt = t().werkblad;
    let (template, choices, partners) = (sheet.template, sheet.choices, sheet.partners);
    let list = Memo::new(move |_| {
        choices.with(|c| {
            partners.with(|ps| {
                let labels: BTreeMap<&str, String> =
                    ps.iter().map(|p| (p.id.as_str(), p.label())).collect();
                actie_nodig_by(template, ps, &|k| c.get(k).map(String::as_str))
                    .into_iter()
                    .filter(|f| f.block == block.id)
                    .map(|f| {
                        let question = block
                            .item(&f.item)
                            .map(|i| i.text.as_str())
                            .unwrap_or_default();
                        let who = f
                            .partner
                            .as_deref()
                            .and_then(|p| labels.get(p))
                            .map(|l| format!("{l}: "))
                            .unwrap_or_default();
                        let answer = if f.nee { wt.nee } else { wt.not_answered };
                        format!("{who}{question} ({answer})")
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <details class="wb-flags" hidden=move || list.with(Vec::is_empty)>
            <summary>{move || fill(wt.actie_heading, &[("n", &list.with(Vec::len).to_string())])}</summary>
            <ul>{move || list.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </details>
        <p class="wb-flags" hidden=move || !list.with(Vec::is_empty)>{wt.actie_none}</p>
    }
}

/// "Uitkomst: Belofte 4 × Commitment 3 × Doen 2 = 24".
fn product_line(sheet: &Sheet, block: &'static Block) -> impl IntoView {
    let wt = t().werkblad;
    let choices = sheet.choices;
    let line = move || {
        choices
            .with(|c| {
                let answer = |k: &str| c.get(k).map(String::as_str);
                let value = product_by(block, None, &answer)?;
                let parts = block
                    .items
                    .iter()
                    .map(|i| {
                        let key = Key::new(&block.id, &i.id, None).text();
                        format!("{} {}", i.text, answer(&key).unwrap_or_default())
                    })
                    .collect::<Vec<_>>()
                    .join(" × ");
                Some(fill(
                    wt.product,
                    &[
                        ("name", wt.product_label),
                        ("parts", &parts),
                        ("value", &value.to_string()),
                        ("max", &product_max(block).to_string()),
                    ],
                ))
            })
            .unwrap_or_else(|| wt.product_missing.to_string())
    };
    view! { <p class="wb-product" role="status">{line}</p> }
}

/// Rows the group adds: Eisenhower topics (`topics`, with urgent and belangrijk) or own rules.
#[component]
fn Rows(sheet: Sheet, block: &'static Block, topics: bool) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let all = sheet.rows;
    let rows = Memo::new(move |_| {
        all.with(|rows| {
            rows.iter()
                .filter(|r| r.block == block.id)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    if sheet.blank {
        // Empty lines to write on.
        let lines = (0..8)
            .map(|_| {
                if topics {
                    view! { <tr><td class="blank-line"></td><td>"☐"</td><td>"☐"</td></tr> }
                        .into_any()
                } else {
                    view! { <tr><td class="blank-line"></td></tr> }.into_any()
                }
            })
            .collect_view();
        let head = topics.then(
            || view! { <th scope="col">{wt.urgent}</th><th scope="col">{wt.belangrijk}</th> },
        );
        return view! {
            <table class="report-table wb-rows">
                <thead><tr><th scope="col">{if topics { wt.topic_label } else { wt.own_rules_heading }}</th>{head}</tr></thead>
                <tbody>{lines}</tbody>
            </table>
        }
        .into_any();
    }
    let draft = RwSignal::new(String::new());
    let add_id = format!("wb-{}-nieuw", block.id);
    let adder = sheet.clone();
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        let done = state.dispatch(Command::Werkblad {
            samenwerking: adder.samenwerking.clone(),
            change: WerkbladChange::AddRow {
                werkblad: adder.werkblad.clone(),
                block: block.id.clone(),
                row: new_id("r"),
                text,
            },
        });
        if done.is_ok() {
            draft.set(String::new());
        }
    };
    let row_sheet = sheet.clone();
    let row_view = move |row: Rij| {
        let sheet = row_sheet.clone();
        let update = {
            let sheet = sheet.clone();
            let row = row.clone();
            move |f: &dyn Fn(&mut Rij)| {
                // Start from the stored row: the other fields may have changed since.
                let mut next = sheet
                    .rows
                    .with_untracked(|rows| rows.iter().find(|r| r.id == row.id).cloned())
                    .unwrap_or_else(|| row.clone());
                f(&mut next);
                sheet.change(WerkbladChange::UpdateRow {
                    werkblad: sheet.werkblad.clone(),
                    row: next,
                });
            }
        };
        let (u1, u2, u3) = (update.clone(), update.clone(), update);
        let remove = {
            let sheet = sheet.clone();
            let id = row.id.clone();
            move |_| {
                sheet.change(WerkbladChange::RemoveRow {
                    werkblad: sheet.werkblad.clone(),
                    row: id.clone(),
                })
            }
        };
        let label = if topics {
            wt.topic_label
        } else {
            wt.rule_label
        };
        let marks = topics.then(|| {
            view! {
                <td><input type="checkbox" aria-label=format!("{}: {}", wt.urgent, row.text) prop:checked=row.urgent
                    on:change=move |ev| { let on = event_target_checked(&ev); u2(&move |r: &mut Rij| r.urgent = on) }/></td>
                <td><input type="checkbox" aria-label=format!("{}: {}", wt.belangrijk, row.text) prop:checked=row.belangrijk
                    on:change=move |ev| { let on = event_target_checked(&ev); u3(&move |r: &mut Rij| r.belangrijk = on) }/></td>
            }
        });
        view! {
            <tr>
                <td><input type="text" aria-label=label maxlength="300" prop:value=row.text.clone()
                    on:input=move |ev| { let text = event_target_value(&ev); u1(&move |r: &mut Rij| r.text = text.clone()) }/></td>
                {marks}
                <td><button type="button" class="small" on:click=remove>{wt.remove}<span class="visually-hidden">{format!(": {}", row.text)}</span></button></td>
            </tr>
        }
    };
    let head = topics
        .then(|| view! { <th scope="col">{wt.urgent}</th><th scope="col">{wt.belangrijk}</th> });
    let agenda = topics.then(|| view! { <Agenda sheet=sheet.clone() block=block/> });
    view! {
        {(!topics).then(|| view! { <h3>{wt.own_rules_heading}</h3> })}
        <p class="empty" hidden=move || !rows.with(Vec::is_empty)>{if topics { wt.topics_empty } else { "" }}</p>
        <div class="table-wrap" hidden=move || rows.with(Vec::is_empty)>
            <table class="report-table wb-rows">
                <thead><tr><th scope="col">{if topics { wt.topic_label } else { wt.rule_label }}</th>{head}<th scope="col"><span class="visually-hidden">{wt.remove}</span></th></tr></thead>
                <tbody><For each=move || rows.get() key=|r| r.id.clone() children=row_view/></tbody>
            </table>
        </div>
        <form class="new-scan no-print" on:submit=on_add>
            <label for=add_id.clone()>{if topics { wt.new_topic } else { wt.new_rule }}</label>
            <input id=add_id type="text" maxlength="300" bind:value=draft/>
            <button type="submit">{wt.add}</button>
        </form>
        {agenda}
    }
    .into_any()
}

/// The Eisenhower topics in the order of the actie-agenda, and the hand-off to a meeting.
#[component]
fn Agenda(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let all = sheet.rows;
    let sw = sheet.samenwerking.clone();
    let quadrants = Kwadrant::ALL
        .into_iter()
        .map(|k| {
            let name = crate::report::kwadrant_name(t(), k);
            let topics = move || {
                all.with(|rows| {
                    eisenhower_rows(rows, &block.id)
                        .into_iter()
                        .filter(|(q, _)| *q == k)
                        .map(|(_, r)| view! { <li>{r.text.clone()}</li> })
                        .collect_view()
                })
            };
            view! { <div class="quadrant"><h4>{name}</h4><ol>{topics}</ol></div> }
        })
        .collect_view();
    let meetings = sheet.meetings();
    let chosen = RwSignal::new(
        state
            .workspace
            .with_untracked(|ws| {
                ws.get(&sw)
                    .and_then(|s| s.next_planned().map(|b| b.id.clone()))
            })
            .or_else(|| meetings.last().map(|m| m.0.clone()))
            .unwrap_or_default(),
    );
    let select_id = format!("wb-{}-bijeenkomst", block.id);
    let hand_off = if meetings.is_empty() {
        view! { <p class="hint">{wt.to_acties_no_meeting}</p> }.into_any()
    } else {
        let options = meetings
            .into_iter()
            .map(|(id, label)| {
                let selected = id == chosen.get_untracked();
                view! { <option value=id selected=selected>{label}</option> }
            })
            .collect_view();
        let on_click = move |_| {
            let done = state.dispatch(Command::Werkblad {
                samenwerking: sheet.samenwerking.clone(),
                change: WerkbladChange::ToActies {
                    werkblad: sheet.werkblad.clone(),
                    block: block.id.clone(),
                    bijeenkomst: chosen.get_untracked(),
                },
            });
            if done.is_ok() {
                state.success(wt.to_acties_done.to_string());
            }
        };
        view! {
            <div class="wb-hand-off no-print">
                <label for=select_id.clone()>{wt.to_acties_label}</label>
                <select id=select_id on:change=move |ev| chosen.set(event_target_value(&ev))>{options}</select>
                <button type="button" class="primary" on:click=on_click>{wt.to_acties_button}</button>
            </div>
        }
        .into_any()
    };
    view! {
        <h3>{wt.agenda_heading}</h3>
        <div class="quadrants">{quadrants}</div>
        {hand_off}
    }
}

/// The three circles with every partner in theirs, and a table to move them and set their level.
#[component]
fn Partnerkaart(sheet: Sheet, block: &'static Block) -> impl IntoView {
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
                (Ring::ComplementaireRing, &[130, 150, 170, 430, 450, 470][..]),
                (Ring::VrijeRuimte, &[30, 50, 70, 530, 550, 570][..]),
            ] {
                let names: Vec<String> = ps.iter().filter(|p| p.ring == ring).map(short_label).collect();
                let more = names.len().saturating_sub(slots.len());
                for (i, (name, y)) in names.into_iter().zip(slots.iter()).enumerate() {
                    let text = if more > 0 && i + 1 == slots.len() { format!("+ {} …", more + 1) } else { name };
                    out.push(view! { <text x="300" y=y.to_string() text-anchor="middle" class=format!("map-{}", ring.id())>{text}</text> });
                }
            }
        });
        out.collect_view()
    };
    // The table is built once (a partner added elsewhere remounts the page), so a select keeps
    // focus while the picture above follows every change.
    let rows = {
        partners.get_untracked().into_iter().map(|p| {
            let ring_id = format!("wb-ring-{}", p.id);
            let niveau_id = format!("wb-niveau-{}", p.id);
            let key = Key::niveau(&block.id, &p.id);
            let niveau = stored.as_ref().map(|w| w.answer(&key).to_string()).unwrap_or_default();
            let label = p.label();
            let partner = p.clone();
            let sw = sheet.samenwerking.clone();
            let on_ring = move |ev: leptos::ev::Event| {
                if let Some(ring) = Ring::from_id(&event_target_value(&ev)) {
                    let _ = state.dispatch(Command::UpdatePartner { samenwerking: sw.clone(), partner: Partner { ring, ..partner.clone() } });
                }
            };
            let (sh, text) = (sheet.clone(), key.text());
            let on_niveau = move |ev: leptos::ev::Event| {
                sh.set(&text, event_target_value(&ev));
            };
            let rings = Ring::ALL.into_iter().map(|r| view! { <option value=r.id() selected=r == p.ring>{texts.ring(r)}</option> }).collect_view();
            let levels = NIVEAUS.iter().zip(wt.niveaus).map(|(id, name)| view! { <option value=*id selected=niveau == *id>{name}</option> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td><select id=ring_id aria-label=format!("{}: {label}", wt.ring_label) on:change=on_ring>{rings}</select></td>
                    <td><select id=niveau_id aria-label=format!("{}: {label}", wt.niveau_label) on:change=on_niveau>
                        <option value="" selected=niveau.is_empty()>{wt.niveau_none}</option>{levels}
                    </select></td>
                </tr>
            }
        }).collect_view()
    };
    let title_id = format!("wb-{}-kaart-titel", block.id);
    let desc_id = format!("wb-{}-kaart-uitleg", block.id);
    let labelled = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart partnerkaart">
            <svg viewBox="0 0 600 600" role="img" aria-labelledby=labelled>
                <title id=title_id>{wt.map_title}</title>
                <desc id=desc_id>{wt.map_desc}</desc>
                <circle cx="300" cy="300" r="290" class="ring-vrij"/>
                <circle cx="300" cy="300" r="200" class="ring-complementair"/>
                <circle cx="300" cy="300" r="110" class="ring-kern"/>
                <text x="300" y="222" text-anchor="middle" class="ring-name">{texts.ring(Ring::Kerngroep)}</text>
                <text x="300" y="112" text-anchor="middle" class="ring-name">{texts.ring(Ring::ComplementaireRing)}</text>
                <text x="300" y="14" text-anchor="middle" class="ring-name">{texts.ring(Ring::VrijeRuimte)}</text>
                {map}
            </svg>
        </figure>
        {(!blank).then(|| view! {
            <div class="table-wrap">
                <table class="report-table">
                    <thead><tr><th scope="col">{texts.partner_name}</th><th scope="col">{wt.ring_label}</th><th scope="col">{wt.niveau_label}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="empty" hidden=move || !partners.with(Vec::is_empty)>{wt.no_partners}</p>
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
fn RouteChoice(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let state = use_app_state();
    let wt = t().werkblad;
    let sw = sheet.samenwerking.clone();
    let current = Memo::new(move |_| state.workspace.with(|ws| ws.get(&sw).and_then(|s| s.route)));
    let blank = sheet.blank;
    let options = block
        .items
        .iter()
        .filter_map(|item| Route::ALL.into_iter().find(|r| r.id() == item.id).map(|r| (r, item)))
        .map(|(route, item)| {
            let input_id = format!("wb-route-{}", route.id());
            let subtitle = content::nl().route(route.id()).map(|r| r.subtitle.clone()).unwrap_or_default();
            let sw = sheet.samenwerking.clone();
            let list = |items: &[String]| items.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
            view! {
                <div class="choice wb-route">
                    <input type="radio" name="wb-route" id=input_id.clone() disabled=blank
                        prop:checked=move || !blank && current.get() == Some(route)
                        on:change=move |_| { let _ = state.dispatch(Command::SetRoute { id: sw.clone(), route: Some(route) }); }/>
                    <label for=input_id>
                        <span class="choice-name">{item.text.clone()}</span>
                        <span class="choice-sub">{subtitle}</span>
                    </label>
                    <div class="pros-cons">
                        <div><h3>{wt.pros}</h3><ul>{list(&item.pros)}</ul></div>
                        <div><h3>{wt.cons}</h3><ul>{list(&item.cons)}</ul></div>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! { <fieldset class="wb-routes"><legend class="visually-hidden">{block.title.clone()}</legend>{options}</fieldset> }
}
