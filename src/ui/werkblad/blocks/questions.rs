//! Vragen, keuzes, checklist, schaal and the given regels: one field per item and partner
//! group, with what follows from the answers (actie nodig, the product).

use leptos::prelude::*;

use std::collections::BTreeMap;

use crate::domain::werkblad::{
    actie_nodig_by, product_by, product_max, Block, BlockKind, Item, Key,
};
use crate::domain::Partner;
use crate::i18n::{fill, t};

use super::super::Sheet;
use super::rows::Rows;

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

/// Vragen, keuzes, checklist, schaal and the given regels: per item, per partner group.
#[component]
pub(super) fn Questions(sheet: Sheet, block: &'static Block) -> impl IntoView {
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
        .then(|| view! { <Rows sheet=sheet.clone() block=block topics=false /> });
    view! {
        {empty}
        {groups_view}
        {own_rules}
        {summary}
    }
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
        let view = view! {
            <p class="hint" id=id.clone()>
                {self.item.hint.clone()}
            </p>
        }
        .into_any();
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
            <textarea
                id=id
                rows="3"
                maxlength="2000"
                aria-describedby=hint_id
                disabled=self.sheet.blank
                prop:value=self.initial
                on:input=move |ev| set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    }

    fn tick(self) -> AnyView {
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        view! {
            <div class="wb-tick">
                <input
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=hint_id
                    disabled=self.sheet.blank
                    prop:checked=self.initial == "ja"
                    on:change=move |ev| set(
                        if event_target_checked(&ev) { "ja".into() } else { String::new() },
                    )
                />
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
        let needs_action = move || sheet.choice(&key) != "ja";
        let options = [("ja", wt.ja), ("nee", wt.nee)]
            .into_iter()
            .map(|(value, label)| {
                let option_id = format!("{id}-{value}");
                let set = set.clone();
                view! {
                    <span class="wb-option">
                        <input
                            type="radio"
                            name=id.clone()
                            id=option_id.clone()
                            value=value
                            disabled=blank
                            prop:checked=self.initial == value
                            on:change=move |_| set(value.to_string())
                        />
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
                    {(!blank)
                        .then(|| {
                            view! {
                                <span class="flag" hidden=move || !needs_action()>
                                    {wt.actie_nodig}
                                </span>
                            }
                        })}
                </div>
            </fieldset>
        }
        .into_any()
    }

    /// A 1–5 scale as a group of five radio buttons between its two poles: nothing is chosen
    /// until someone chooses (no slider that starts at 3 and pretends), and 3 is one click, or
    /// Tab and the arrow keys, like any other score. On paper it is five boxes to tick.
    fn scale(self) -> AnyView {
        let wt = t().werkblad;
        let (id, set) = (self.id(), self.setter());
        let (hint_id, hint) = self.hint();
        let (key, sheet) = (self.key.text(), self.sheet.clone());
        let blank = self.sheet.blank;
        let value = move || {
            let v = sheet.choice(&key);
            if v.is_empty() {
                wt.not_chosen.to_string()
            } else {
                fill(wt.scale_value, &[("n", &v)])
            }
        };
        let value_id = format!("{id}-waarde");
        let described = [(!blank).then(|| value_id.clone()), hint_id]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let (left, right) = (self.item.left.clone(), self.item.right.clone());
        let options = (1..=5u8)
            .map(|n| {
                let option_id = format!("{id}-{n}");
                let set = set.clone();
                // The poles are read with the first and the last score.
                let pole = match n {
                    1 => format!(" – {left}"),
                    5 => format!(" – {right}"),
                    _ => String::new(),
                };
                view! {
                    <span class="wb-scale-option">
                        <input
                            type="radio"
                            name=id.clone()
                            id=option_id.clone()
                            value=n.to_string()
                            disabled=blank
                            prop:checked=self.initial == n.to_string()
                            on:change=move |_| set(n.to_string())
                        />
                        <label for=option_id>
                            {n.to_string()} <span class="visually-hidden">{pole}</span>
                        </label>
                    </span>
                }
            })
            .collect_view();
        let shown = (!blank).then(|| {
            view! {
                <p class="meta wb-scale-value" id=value_id>
                    {format!("{} ← → {}: ", self.item.left, self.item.right)}
                    {value}
                </p>
            }
        });
        view! {
            <fieldset class="wb-scale" id=id aria-describedby=described>
                <legend>{self.item.text.clone()}</legend>
                {hint}
                <div class="wb-scale-row">
                    <span class="pole" aria-hidden="true">
                        {self.item.left.clone()}
                    </span>
                    <span class="wb-scale-options">{options}</span>
                    <span class="pole" aria-hidden="true">
                        {self.item.right.clone()}
                    </span>
                </div>
                {shown}
            </fieldset>
        }
        .into_any()
    }
}

fn note_field(sheet: &Sheet, item: &Item, key: Key, initial: String) -> AnyView {
    let wt = t().werkblad;
    let id = dom_id(&key);
    let (sheet, text) = (sheet.clone(), key.text());
    view! {
        <label for=id.clone() class="wb-note-label">
            {wt.note_label}
            <span class="visually-hidden">{format!(" – {}", item.text)}</span>
        </label>
        <textarea
            id=id
            rows="2"
            maxlength="2000"
            disabled=sheet.blank
            prop:value=initial
            on:input=move |ev| sheet.set(&text, event_target_value(&ev))
        ></textarea>
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
            <summary>
                {move || fill(wt.actie_heading, &[("n", &list.with(Vec::len).to_string())])}
            </summary>
            <ul>{move || list.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </details>
        <p class="wb-flags" hidden=move || !list.with(Vec::is_empty)>
            {wt.actie_none}
        </p>
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
    view! {
        <p class="wb-product" role="status">
            {line}
        </p>
    }
}
