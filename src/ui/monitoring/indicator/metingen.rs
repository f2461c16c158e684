//! An indicator's metingen: a table edited in place, one row per meting, and the form to add
//! one.

use leptos::prelude::*;

use crate::domain::monitoring::{Getal, Indicator, Meting};
use crate::domain::MonitoringChange;
use crate::i18n::t;

use crate::ui::monitoring::{clear, dispatch, focus_later, number, value_of};
use crate::ui::state::{new_id, use_app_state};

#[component]
pub(super) fn Metingen(
    samenwerking: String,
    indicator: String,
    current: Memo<Option<Indicator>>,
) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    // By date; a row stays built while its fields change (its id is the key).
    let ids = Memo::new(move |_| {
        current.with(|i| {
            i.as_ref()
                .map(|i| i.sorted().iter().map(|m| m.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let count = move || mt.metingen_count.of(ids.with(Vec::len));
    let prefix = format!("nm-{indicator}");
    let (sw, iid, p) = (samenwerking.clone(), indicator.clone(), prefix.clone());
    let on_add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = |f: &str| value_of(&format!("{p}-{f}"));
        let Some(value) = number(&state, &v("waarde")).ok() else {
            return;
        };
        let Some(value) = value else {
            state.error(mt.bad_number.to_string());
            return;
        };
        let meting = Meting {
            id: new_id("mt"),
            date: v("datum"),
            value,
            source: v("bron"),
            remark: v("opmerking"),
        };
        if dispatch(
            &state,
            &sw,
            MonitoringChange::AddMeting {
                indicator: iid.clone(),
                meting,
            },
        ) {
            let ids: Vec<String> = ["waarde", "bron", "opmerking"]
                .iter()
                .map(|f| format!("{p}-{f}"))
                .collect();
            clear(&ids.iter().map(String::as_str).collect::<Vec<_>>());
            state.success(mt.meting_added.to_string());
            focus_later(format!("{p}-datum"));
        }
    };
    let id = |f: &str| format!("{prefix}-{f}");
    let sw_rows = samenwerking.clone();
    let iid_rows = indicator.clone();
    let table_heading = format!("metingen-{indicator}");
    view! {
        <h6 id=table_heading
            .clone()>{mt.metingen_heading}{" "}<span class="meta">{count}</span></h6>
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{mt.metingen_empty}</p> }
        >
            <div class="table-wrap">
                <table class="metingen">
                    <caption class="visually-hidden">{mt.metingen_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{mt.meting_date}</th>
                            <th scope="col">{mt.meting_value}</th>
                            <th scope="col">{mt.meting_source}</th>
                            <th scope="col">{mt.meting_remark}</th>
                            <th scope="col">{mt.meting_actions}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || ids.get()
                            key=|id| id.clone()
                            children={
                                let (sw, iid) = (sw_rows.clone(), iid_rows.clone());
                                move |m| {
                                    view! {
                                        <MetingRow
                                            samenwerking=sw.clone()
                                            indicator=iid.clone()
                                            meting=m
                                            current=current
                                        />
                                    }
                                }
                            }
                        />
                    </tbody>
                </table>
            </div>
        </Show>
        <form class="new-meting" on:submit=on_add>
            <p class="form-title" id=id("kop")>
                {mt.meting_new_heading}
            </p>
            <div class="form-grid">
                <div>
                    <label for=id("datum")>{mt.meting_date}</label>
                    <input id=id("datum") type="date" required />
                </div>
                <div>
                    <label for=id("waarde")>{mt.meting_value}</label>
                    <input
                        id=id("waarde")
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        maxlength="14"
                        required
                        aria-describedby=id("waarde-hint")
                    />
                    <p class="hint" id=id("waarde-hint")>
                        {mt.number_hint}
                    </p>
                </div>
                <div>
                    <label for=id("bron")>{mt.meting_source}</label>
                    <input id=id("bron") type="text" autocomplete="off" maxlength="120" />
                </div>
                <div>
                    <label for=id("opmerking")>{mt.meting_remark}</label>
                    <input id=id("opmerking") type="text" autocomplete="off" maxlength="2000" />
                </div>
            </div>
            <button type="submit" class="primary">
                {mt.meting_add}
            </button>
        </form>
    }
}

#[component]
fn MetingRow(
    samenwerking: String,
    indicator: String,
    meting: String,
    current: Memo<Option<Indicator>>,
) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    let mid = meting.clone();
    let row =
        Memo::new(move |_| current.with(|i| i.as_ref().and_then(|i| i.meting(&mid).cloned())));
    let Some(initial) = row.get_untracked() else {
        return ().into_any();
    };
    // Saves the row with one field changed (the stored meting is the truth).
    let update = {
        let (sw, iid) = (samenwerking.clone(), indicator.clone());
        move |change: &dyn Fn(&mut Meting) -> bool| {
            if let Some(mut m) = row.get_untracked() {
                if change(&mut m) {
                    let _ = dispatch(
                        &state,
                        &sw,
                        MonitoringChange::UpdateMeting {
                            indicator: iid.clone(),
                            meting: m,
                        },
                    );
                }
            }
        }
    };
    let (u1, u2, u3, u4) = (update.clone(), update.clone(), update.clone(), update);
    let (sw, iid, mid) = (samenwerking.clone(), indicator.clone(), meting.clone());
    let on_delete = move |_| {
        if dispatch(
            &state,
            &sw,
            MonitoringChange::DeleteMeting {
                indicator: iid.clone(),
                meting: mid.clone(),
            },
        ) {
            state.success(mt.meting_deleted.to_string());
            focus_later(format!("nm-{iid}-datum"));
        }
    };
    let label = move |what: &'static str| {
        move || {
            let date = row.with(|m| m.as_ref().map(|m| m.date.clone()).unwrap_or_default());
            format!("{what} ({date})")
        }
    };
    view! {
        <tr data-meting=meting.clone()>
            <td>
                <input
                    type="date"
                    required
                    prop:value=initial.date.clone()
                    aria-label=label(mt.meting_date)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        u1(
                            &move |m| {
                                m.date = v.clone();
                                true
                            },
                        )
                    }
                />
            </td>
            <td>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    maxlength="14"
                    class="number"
                    prop:value=initial.value.shown()
                    aria-label=label(mt.meting_value)
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        match Getal::parse(&text) {
                            Some(g) => {
                                u2(
                                    &move |m| {
                                        m.value = g;
                                        true
                                    },
                                )
                            }
                            None => state.error(mt.bad_number.to_string()),
                        }
                    }
                />
            </td>
            <td>
                <input
                    type="text"
                    autocomplete="off"
                    maxlength="120"
                    prop:value=initial.source.clone()
                    aria-label=label(mt.meting_source)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        u3(
                            &move |m| {
                                m.source = v.clone();
                                true
                            },
                        )
                    }
                />
            </td>
            <td>
                <input
                    type="text"
                    autocomplete="off"
                    maxlength="2000"
                    prop:value=initial.remark.clone()
                    aria-label=label(mt.meting_remark)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        u4(
                            &move |m| {
                                m.remark = v.clone();
                                true
                            },
                        )
                    }
                />
            </td>
            <td>
                <button
                    type="button"
                    class="danger small"
                    aria-label=label(mt.meting_delete)
                    on:click=on_delete
                >
                    {mt.meting_delete}
                </button>
            </td>
        </tr>
    }
    .into_any()
}
