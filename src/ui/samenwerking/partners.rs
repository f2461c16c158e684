//! The partners of a samenwerking: a table that can be edited in place, and a form to add one.

use leptos::prelude::*;

use crate::domain::{Command, Partner, PartnerKind, Ring};
use crate::i18n::{fill, t};

use super::super::state::{new_id, use_app_state};

/// How a partner is named in labels and messages.
fn display_name(p: &Partner) -> String {
    p.label()
}

#[component]
pub fn Partners(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    // One memo of this samenwerking's partners: rows and counts derive from it, so typing in
    // the opgave (or anywhere outside the partners) does not wake up hundreds of rows.
    let key = id.clone();
    let partners = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.get(&key).map(|s| s.partners.clone()).unwrap_or_default())
    });
    let partner_ids =
        Memo::new(move |_| partners.with(|ps| ps.iter().map(|p| p.id.clone()).collect::<Vec<_>>()));
    let counts = Memo::new(move |_| {
        partners.with(|ps| {
            let mut counts = [0usize; 3];
            for p in ps {
                counts[Ring::ALL.iter().position(|r| *r == p.ring).unwrap_or(0)] += 1;
            }
            counts
        })
    });
    let summary = move || {
        let [kern, ring, vrij] = counts.get();
        fill(
            texts.kerngroep_count,
            &[
                ("kern", &kern.to_string()),
                ("ring", &ring.to_string()),
                ("vrij", &vrij.to_string()),
            ],
        )
    };
    let row_id = id.clone();
    view! {
        <section class="card" aria-labelledby="partners-kop">
            <h2 id="partners-kop">{texts.partners_heading}</h2>
            <p class="hint">{texts.partners_intro}</p>
            <Show
                when=move || !partner_ids.with(|p| p.is_empty())
                fallback=move || view! { <p class="empty">{texts.partners_empty}</p> }
            >
                <p class="meta">{summary}</p>
                <div class="table-wrap">
                    <table class="partners">
                        <caption class="visually-hidden">{texts.partners_heading}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{texts.partner_name}</th>
                                <th scope="col">{texts.partner_organisation}</th>
                                <th scope="col">{texts.partner_kind}</th>
                                <th scope="col">{texts.partner_ring}</th>
                                <th scope="col">{texts.monitoring.partner_joined}</th>
                                <th scope="col">{texts.monitoring.partner_left}</th>
                                <th scope="col">{texts.partner_actions}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || partner_ids.get()
                                key=|p| p.clone()
                                children={
                                    let row_id = row_id.clone();
                                    move |p| {
                                        view! {
                                            <PartnerRow
                                                samenwerking=row_id.clone()
                                                partner=p
                                                partners=partners
                                            />
                                        }
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
            <AddPartner id=id.clone() />
        </section>
    }
}

/// A name in the table wraps onto more lines instead of being cut off (a long organisation
/// name stays readable), but it stays one line of text: Enter adds no line break.
fn one_line(ev: leptos::ev::KeyboardEvent) {
    if ev.key() == "Enter" {
        ev.prevent_default();
    }
}

/// Pasted line breaks become spaces.
fn single_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

#[component]
fn PartnerRow(
    samenwerking: String,
    partner: String,
    partners: Memo<Vec<Partner>>,
) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let pid = partner.clone();
    // Where this row's partner sits; checked first so a keystroke does not search all rows for
    // every row (500 partners would make that 125 000 comparisons per keystroke).
    let hint = partners.with_untracked(|ps| ps.iter().position(|p| p.id == pid).unwrap_or(0));
    let current = Memo::new(move |_| {
        partners.with(|ps| {
            ps.get(hint)
                .filter(|p| p.id == pid)
                .or_else(|| ps.iter().find(|p| p.id == pid))
                .cloned()
        })
    });
    let initial = current.get_untracked();
    let Some(initial) = initial else {
        return ().into_any();
    };
    let label = move |field: &'static str| {
        move || {
            let name = current.with(|p| p.as_ref().map(display_name).unwrap_or_default());
            fill(
                texts.partner_row_label,
                &[("field", field), ("name", &name)],
            )
        }
    };
    // Applies a change to the stored partner (the stored one is the truth, not the row's copy).
    let update = {
        let samenwerking = samenwerking.clone();
        move |change: &dyn Fn(&mut Partner)| {
            if let Some(mut p) = current.get_untracked() {
                change(&mut p);
                let _ = state.dispatch(Command::UpdatePartner {
                    samenwerking: samenwerking.clone(),
                    partner: p,
                });
            }
        }
    };
    let (u1, u2, u3, u4, u5, u6) = (
        update.clone(),
        update.clone(),
        update.clone(),
        update.clone(),
        update.clone(),
        update,
    );
    let remove = {
        let samenwerking = samenwerking.clone();
        let partner = partner.clone();
        move |_| {
            let name = current.with_untracked(|p| p.as_ref().map(display_name).unwrap_or_default());
            if state
                .dispatch(Command::RemovePartner {
                    samenwerking: samenwerking.clone(),
                    partner: partner.clone(),
                })
                .is_ok()
            {
                state.success(fill(texts.partner_removed, &[("name", &name)]));
            }
        }
    };
    let kind_now = move || current.with(|p| p.as_ref().map(|p| p.kind));
    let ring_now = move || current.with(|p| p.as_ref().map(|p| p.ring));
    view! {
        <tr>
            <td>
                <textarea
                    class="cell-text"
                    rows="1"
                    autocomplete="off"
                    maxlength="120"
                    prop:value=initial.name.clone()
                    aria-label=label(texts.partner_name)
                    on:keydown=one_line
                    on:input=move |ev| {
                        let v = single_line(&event_target_value(&ev));
                        u1(&move |p| p.name = v.clone())
                    }
                ></textarea>
            </td>
            <td>
                <textarea
                    class="cell-text"
                    rows="1"
                    autocomplete="off"
                    maxlength="120"
                    prop:value=initial.organisation.clone()
                    aria-label=label(texts.partner_organisation)
                    on:keydown=one_line
                    on:input=move |ev| {
                        let v = single_line(&event_target_value(&ev));
                        u2(&move |p| p.organisation = v.clone())
                    }
                ></textarea>
            </td>
            <td>
                <select
                    aria-label=label(texts.partner_kind)
                    on:change=move |ev| {
                        if let Some(kind) = PartnerKind::from_id(&event_target_value(&ev)) {
                            u3(&move |p| p.kind = kind)
                        }
                    }
                >
                    {PartnerKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.id() selected=move || kind_now() == Some(k)>
                                    {texts.kind(k)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </td>
            <td>
                <select
                    aria-label=label(texts.partner_ring)
                    on:change=move |ev| {
                        if let Some(ring) = Ring::from_id(&event_target_value(&ev)) {
                            u4(&move |p| p.ring = ring)
                        }
                    }
                >
                    {Ring::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <option value=r.id() selected=move || ring_now() == Some(r)>
                                    {texts.ring(r)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </td>
            <td>
                <input
                    type="date"
                    class="partner-date"
                    prop:value=initial.joined.clone()
                    aria-label=label(texts.monitoring.partner_joined)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        u5(&move |p| p.joined = v.clone())
                    }
                />
            </td>
            <td>
                <input
                    type="date"
                    class="partner-date"
                    prop:value=initial.left.clone()
                    aria-label=label(texts.monitoring.partner_left)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        u6(&move |p| p.left = v.clone())
                    }
                />
            </td>
            <td>
                <button
                    type="button"
                    class="danger small"
                    aria-label=move || fill(
                        texts.partner_remove,
                        &[
                            (
                                "name",
                                &current.with(|p| p.as_ref().map(display_name).unwrap_or_default()),
                            ),
                        ],
                    )
                    on:click=remove
                >
                    {texts.delete}
                </button>
            </td>
        </tr>
    }
    .into_any()
}

#[component]
fn AddPartner(id: String) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let name = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let kind = RwSignal::new(PartnerKind::Formeel.id().to_string());
    let ring = RwSignal::new(Ring::Kerngroep.id().to_string());
    let name_ref = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let partner = Partner {
            id: new_id("p"),
            name: name.get_untracked(),
            organisation: organisation.get_untracked(),
            kind: PartnerKind::from_id(&kind.get_untracked()).unwrap_or(PartnerKind::Formeel),
            ring: Ring::from_id(&ring.get_untracked()).unwrap_or(Ring::Kerngroep),
            joined: String::new(),
            left: String::new(),
        };
        let shown = display_name(&Partner {
            name: partner.name.trim().to_string(),
            organisation: partner.organisation.trim().to_string(),
            ..partner.clone()
        });
        if state
            .dispatch(Command::AddPartner {
                samenwerking: id.clone(),
                partner,
            })
            .is_ok()
        {
            name.set(String::new());
            organisation.set(String::new());
            state.success(fill(texts.partner_added, &[("name", &shown)]));
            if let Some(input) = name_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    view! {
        <form class="add-partner" on:submit=on_submit aria-labelledby="partner-nieuw-kop">
            <h3 id="partner-nieuw-kop">{texts.partner_add_heading}</h3>
            <div class="form-grid">
                <div>
                    <label for="partner-naam">{texts.partner_name}</label>
                    <input
                        id="partner-naam"
                        type="text"
                        autocomplete="off"
                        maxlength="120"
                        node_ref=name_ref
                        data-concept=""
                        bind:value=name
                    />
                </div>
                <div>
                    <label for="partner-organisatie">{texts.partner_organisation}</label>
                    <input
                        id="partner-organisatie"
                        type="text"
                        autocomplete="off"
                        maxlength="120"
                        data-concept=""
                        bind:value=organisation
                    />
                </div>
                <div>
                    <label for="partner-soort">{texts.partner_kind}</label>
                    <select
                        id="partner-soort"
                        on:change=move |ev| kind.set(event_target_value(&ev))
                        prop:value=move || kind.get()
                    >
                        {PartnerKind::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.id()>{texts.kind(k)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div>
                    <label for="partner-plaats">{texts.partner_ring}</label>
                    <select
                        id="partner-plaats"
                        on:change=move |ev| ring.set(event_target_value(&ev))
                        prop:value=move || ring.get()
                    >
                        {Ring::ALL
                            .into_iter()
                            .map(|r| view! { <option value=r.id()>{texts.ring(r)}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <button type="submit" class="primary">
                {texts.partner_add_button}
            </button>
        </form>
    }
}
