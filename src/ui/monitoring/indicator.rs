//! One indicator: its figures (latest value, change, progress), a chart with a table of the
//! same numbers, its metingen (a table that can be edited in place, and a form to add one), and
//! the form with its own fields.

use leptos::prelude::*;

use crate::domain::monitoring::{
    grafiek, Doel, Getal, Indicator, Meting, Schaal, Voortgang, CHART_BOTTOM, CHART_HEIGHT,
    CHART_LEFT, CHART_RIGHT, CHART_TOP, CHART_WIDTH,
};
use crate::domain::MonitoringChange;
use crate::i18n::{fill, t};

use super::{clear, dispatch, focus_later, number, value_of};
use crate::ui::state::{new_id, use_app_state};

/// The value with its unit ("31 ouderen", "3,5", "75 %").
fn shown(i: &Indicator, g: Getal) -> String {
    i.value_text(g)
}

fn opt_text(g: Option<Getal>) -> String {
    g.map(Getal::shown).unwrap_or_default()
}

/// The fields of an indicator form (new or existing), ids prefixed with `prefix`.
fn indicator_fields(prefix: &str, i: Option<&Indicator>) -> impl IntoView {
    let mt = t().monitoring;
    let id = |f: &str| format!("{prefix}-{f}");
    let value = |f: fn(&Indicator) -> String| i.map(f).unwrap_or_default();
    let scale = i.map(|i| i.scale).unwrap_or(Schaal::Schaal15);
    let line = |field: &str, label: &'static str, initial: String, hint: bool| {
        let input_id = id(field);
        let hint_id = format!("{input_id}-hint");
        view! {
            <div>
                <label for=input_id.clone()>{label}</label>
                <input
                    id=input_id
                    type="text"
                    autocomplete="off"
                    maxlength="120"
                    inputmode=if hint { "decimal" } else { "text" }
                    aria-describedby=hint.then(|| hint_id.clone())
                    prop:value=initial
                />
                {hint
                    .then(|| {
                        view! {
                            <p class="hint" id=hint_id>
                                {mt.number_hint}
                            </p>
                        }
                    })}
            </div>
        }
    };
    view! {
        <div class="form-grid">
            {line("naam", mt.indicator_name, value(|i| i.name.clone()), false)} <div>
                <label for=id("schaal")>{mt.indicator_scale}</label>
                <select id=id(
                    "schaal",
                )>
                    {Schaal::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.id() selected=s == scale>
                                    {mt.scale(s)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div> {line("eenheid", mt.indicator_unit, value(|i| i.unit.clone()), false)}
            {line("nulmeting", mt.indicator_baseline, value(|i| opt_text(i.baseline)), true)}
            {line("streefwaarde", mt.indicator_target, value(|i| opt_text(i.target)), true)}
            {line("wie", mt.indicator_measured_by, value(|i| i.measured_by.clone()), false)}
            {line("frequentie", mt.indicator_frequency, value(|i| i.frequency.clone()), false)}
            <div class="wide">
                <label for=id("methode")>{mt.indicator_method}</label>
                <textarea
                    id=id("methode")
                    rows="2"
                    maxlength="2000"
                    prop:value=value(|i| i.method.clone())
                ></textarea>
            </div>
        </div>
    }
}

/// Reads an indicator form; `None` (after telling the user) when a number is not one.
fn read_fields(prefix: &str, indicator_id: String) -> Option<Indicator> {
    let state = use_app_state();
    let v = |f: &str| value_of(&format!("{prefix}-{f}"));
    let baseline = number(&state, &v("nulmeting")).ok()?;
    let target = number(&state, &v("streefwaarde")).ok()?;
    Some(Indicator {
        id: indicator_id,
        name: v("naam"),
        method: v("methode"),
        scale: Schaal::from_id(&v("schaal")).unwrap_or(Schaal::Vrij),
        unit: v("eenheid"),
        baseline,
        target,
        measured_by: v("wie"),
        frequency: v("frequentie"),
        metingen: Vec::new(),
    })
}

#[component]
pub fn NewIndicator(samenwerking: String, doel: String) -> impl IntoView {
    let state = use_app_state();
    let mt = t().monitoring;
    let prefix = format!("ni-{doel}");
    let p = prefix.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(indicator) = read_fields(&p, new_id("in")) else {
            return;
        };
        if dispatch(
            &state,
            &samenwerking,
            MonitoringChange::AddIndicator {
                doel: doel.clone(),
                indicator,
            },
        ) {
            let ids: Vec<String> = [
                "naam",
                "eenheid",
                "nulmeting",
                "streefwaarde",
                "wie",
                "frequentie",
                "methode",
            ]
            .iter()
            .map(|f| format!("{p}-{f}"))
            .collect();
            clear(&ids.iter().map(String::as_str).collect::<Vec<_>>());
            state.success(mt.indicator_added.to_string());
            // Ready for the next one.
            focus_later(format!("{p}-naam"));
        }
    };
    let heading = format!("{prefix}-kop");
    view! {
        <form class="new-indicator" on:submit=on_submit>
            <h5 id=heading>{mt.indicator_add_heading}</h5>
            {indicator_fields(&prefix, None)}
            <button type="submit" class="primary">
                {mt.indicator_add}
            </button>
        </form>
    }
}

#[component]
pub fn IndicatorCard(
    samenwerking: String,
    indicator: String,
    doel: Memo<Option<Doel>>,
) -> impl IntoView {
    let state = use_app_state();
    let texts = t();
    let mt = texts.monitoring;
    let iid = indicator.clone();
    let current =
        Memo::new(move |_| doel.with(|d| d.as_ref().and_then(|d| d.indicator(&iid).cloned())));
    let Some(initial) = current.get_untracked() else {
        return ().into_any();
    };
    let heading = format!("ind-{indicator}");
    let prefix = format!("ei-{indicator}");
    let (sw, iid, p) = (samenwerking.clone(), indicator.clone(), prefix.clone());
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(new) = read_fields(&p, iid.clone()) else {
            return;
        };
        if dispatch(
            &state,
            &sw,
            MonitoringChange::UpdateIndicator { indicator: new },
        ) {
            state.success(mt.indicator_saved.to_string());
        }
    };
    let (sw, iid) = (samenwerking.clone(), indicator.clone());
    let on_delete = move |_| {
        // The doel's heading stays; focus goes there.
        let doel_id = doel.with_untracked(|d| d.as_ref().map(|d| d.id.clone()));
        if dispatch(
            &state,
            &sw,
            MonitoringChange::DeleteIndicator {
                indicator: iid.clone(),
            },
        ) {
            state.success(mt.indicator_deleted.to_string());
            if let Some(d) = doel_id {
                focus_later(format!("doel-{d}"));
            }
        }
    };
    let name = move || current.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default());
    let figures = move || {
        current.with(|i| {
            let i = i.as_ref()?;
            let latest = i
                .latest()
                .map(|m| {
                    format!(
                        "{} ({})",
                        shown(i, m.value),
                        crate::report::dates::meeting_date(texts, &m.date)
                    )
                })
                .unwrap_or_else(|| mt.none.to_string());
            let change = i
                .change()
                .map(|c| {
                    let sign = if c.hundredths() > 0 { "+" } else { "" };
                    format!("{sign}{}", shown(i, c))
                })
                .unwrap_or_else(|| mt.none.to_string());
            let progress = match i.voortgang() {
                Voortgang::Onbekend => mt.progress_unknown.to_string(),
                Voortgang::GeenAfstand { op_doel: true } => mt.progress_no_distance_on.to_string(),
                Voortgang::GeenAfstand { op_doel: false } => {
                    mt.progress_no_distance_off.to_string()
                }
                Voortgang::Procent(n) => fill(mt.progress_percent, &[("n", &n.to_string())]),
            };
            let lower = i
                .lower_is_better()
                .then(|| view! { <p class="meta">{mt.lower_is_better}</p> });
            let baseline = i
                .baseline
                .map(|g| shown(i, g))
                .unwrap_or_else(|| mt.none.to_string());
            let target = i
                .target
                .map(|g| shown(i, g))
                .unwrap_or_else(|| mt.none.to_string());
            let about: Vec<String> = [
                (mt.indicator_scale, mt.scale(i.scale).to_string()),
                (mt.indicator_method, i.method.clone()),
                (mt.indicator_measured_by, i.measured_by.clone()),
                (mt.indicator_frequency, i.frequency.clone()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            // "Schaal: …", but "Wie meet? Anna" (a question takes no colon).
            .map(|(k, v)| {
                if k.ends_with('?') {
                    format!("{k} {v}")
                } else {
                    format!("{k}: {v}")
                }
            })
            .collect();
            Some(view! {
                <p class="meta">{about.join(" · ")}</p>
                <dl class="figures">
                    <dt>{mt.indicator_baseline}</dt>
                    <dd data-figure="nulmeting">{baseline}</dd>
                    <dt>{mt.indicator_target}</dt>
                    <dd data-figure="streefwaarde">{target}</dd>
                    <dt>{mt.latest}</dt>
                    <dd data-figure="laatste">{latest}</dd>
                    <dt>{mt.change}</dt>
                    <dd data-figure="verandering">{change}</dd>
                    <dt>{mt.progress}</dt>
                    <dd data-figure="voortgang">{progress}</dd>
                </dl>
                {lower}
            })
        })
    };
    let chart_id = format!("grafiek-{indicator}");
    let chart = move || current.with(|i| i.as_ref().map(|i| chart_pair(i, &chart_id)));
    let sw_m = samenwerking.clone();
    let iid_m = indicator.clone();
    let labelled = heading.clone();
    view! {
        <section class="indicator" aria-labelledby=labelled data-indicator=indicator.clone()>
            <h5 id=heading tabindex="-1">
                {name}
            </h5>
            {figures}
            {chart}
            <Metingen samenwerking=sw_m indicator=iid_m current=current />
            <details class="indicator-edit">
                <summary>{mt.indicator_edit}</summary>
                <form on:submit=on_save>
                    {indicator_fields(&prefix, Some(&initial))} <div class="actions">
                        <button type="submit">{mt.indicator_save}</button>
                    </div>
                </form>
            </details>
            <button type="button" class="danger small" on:click=on_delete>
                {mt.indicator_delete}
                <span class="visually-hidden">{": "}{name}</span>
            </button>
        </section>
    }
    .into_any()
}

/// The chart (integer coordinates from [`grafiek`]) and a table of the same numbers.
fn chart_pair(i: &Indicator, id: &str) -> AnyView {
    let texts = t();
    let mt = texts.monitoring;
    let g = grafiek(i);
    let label = fill(mt.chart_label, &[("name", &i.name)]);
    let caption = fill(mt.table_caption, &[("name", &i.name)]);
    let line = |y: Option<i64>, class: &'static str, name: &'static str, value: Option<Getal>| {
        y.zip(value).map(|(y, v)| {
            let text = format!("{name}: {}", shown(i, v));
            // The label sits above its line, or below it near the top.
            let ty = if y - 6 < CHART_TOP + 10 {
                y + 16
            } else {
                y - 6
            };
            let tx = if class == "target" {
                CHART_RIGHT
            } else {
                CHART_LEFT + 6
            };
            let anchor = if class == "target" { "end" } else { "start" };
            view! {
                <g class=format!("ref {class}") data-line=class data-y=y.to_string()>
                    <line
                        x1=CHART_LEFT.to_string()
                        x2=CHART_RIGHT.to_string()
                        y1=y.to_string()
                        y2=y.to_string()
                    />
                    <text x=tx.to_string() y=ty.to_string() text-anchor=anchor>
                        {text}
                    </text>
                </g>
            }
        })
    };
    let baseline = line(g.baseline_y, "baseline", mt.chart_baseline, i.baseline);
    let target = line(g.target_y, "target", mt.chart_target, i.target);
    let path = g
        .points
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ");
    let n = g.points.len();
    let points = g
        .points
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let title = format!(
                "{}: {}",
                crate::report::dates::meeting_date(texts, &p.date),
                shown(i, p.value)
            );
            // Dates under the first and the last point only (they would overlap).
            let date = (k == 0 || k + 1 == n).then(|| {
                let anchor = match (k, n) {
                    (_, 1) => "middle",
                    (0, _) => "start",
                    _ => "end",
                };
                view! {
                    <text x=p.x.to_string() y=(CHART_BOTTOM + 22).to_string() text-anchor=anchor>
                        {p.date.clone()}
                    </text>
                }
            });
            view! {
                <circle
                    cx=p.x.to_string()
                    cy=p.y.to_string()
                    r="6"
                    data-date=p.date.clone()
                    data-value=p.value.shown()
                >
                    <title>{title}</title>
                </circle>
                {date}
            }
        })
        .collect_view();
    let rows = i
        .sorted()
        .into_iter()
        .map(|m| {
            view! {
                <tr>
                    <td>
                        <time datetime=m
                            .date
                            .clone()>{crate::report::dates::meeting_date(texts, &m.date)}</time>
                    </td>
                    <td data-value=m.value.shown()>{shown(i, m.value)}</td>
                </tr>
            }
        })
        .collect_view();
    let label_id = format!("{id}-label");
    view! {
        <div class="chart-pair monitoring-chart">
            <figure>
                <svg
                    class="chart indicator-chart"
                    id=id.to_string()
                    viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}")
                    role="img"
                    aria-labelledby=label_id.clone()
                >
                    <rect
                        class="plot"
                        x=CHART_LEFT.to_string()
                        y=CHART_TOP.to_string()
                        width=(CHART_RIGHT - CHART_LEFT).to_string()
                        height=(CHART_BOTTOM - CHART_TOP).to_string()
                    />
                    <text
                        x=(CHART_LEFT - 8).to_string()
                        y=(CHART_TOP + 5).to_string()
                        text-anchor="end"
                    >
                        {g.top.shown()}
                    </text>
                    <text
                        x=(CHART_LEFT - 8).to_string()
                        y=(CHART_BOTTOM + 5).to_string()
                        text-anchor="end"
                    >
                        {g.bottom.shown()}
                    </text>
                    {baseline}
                    {target}
                    <polyline class="values" points=path fill="none" />
                    {points}
                </svg>
                <figcaption id=label_id>
                    {label}
                    {(n == 0).then(|| view! { <span class="empty">{" "}{mt.chart_empty}</span> })}
                </figcaption>
            </figure>
            <table class="data-table chart-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{mt.meting_date}</th>
                        <th scope="col">{mt.meting_value}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn Metingen(
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
