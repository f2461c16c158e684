//! One indicator: its figures (latest value, change, progress), a chart with a table of the
//! same numbers, its metingen (a table that can be edited in place, and a form to add one), and
//! the form with its own fields. The chart is in `chart`, the metingen in `metingen`.

use leptos::prelude::*;

use crate::domain::monitoring::{Doel, Getal, Indicator, Schaal, Voortgang};
use crate::domain::MonitoringChange;
use crate::i18n::{fill, t};

use super::{clear, dispatch, focus_later, number, value_of};
use crate::ui::state::{new_id, use_app_state};

mod chart;
mod metingen;

use chart::chart_pair;
use metingen::Metingen;

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
