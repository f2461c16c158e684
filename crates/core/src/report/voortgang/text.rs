//! The report's texts: headings, lines, facts and table rows in the user's language.

use crate::domain::bijeenkomst::Status;
use crate::domain::content;
use crate::domain::monitoring::Voortgang;
use crate::domain::Route;
use crate::i18n::{fill, Texts};
use crate::report::scan::tenths_text;

use super::*;

/// "1 september 2026 t/m 30 november 2026".
pub fn periode_text(t: &Texts, periode: &Periode) -> String {
    fill(
        t.rapport.periode_value,
        &[
            ("from", &t.date(periode.from())),
            ("to", &t.date(periode.to())),
        ],
    )
}

/// The facts under the report's title: the period and the day it was made.
pub fn head_facts(t: &Texts, rapport: &Rapport) -> Vec<(String, String)> {
    let r = t.rapport;
    vec![
        (
            r.periode_label.to_string(),
            periode_text(t, &rapport.periode),
        ),
        (r.made_on.to_string(), t.date(&rapport.today)),
    ]
}

/// The report's title: "Voortgangsrapportage: <name>".
pub fn title(t: &Texts, rapport: &Rapport) -> String {
    format!("{}: {}", t.rapport.title, rapport.samenwerking)
}

/// "+0,4", "−0,2" or "0,0" for a difference in tenths.
pub fn verschil_text(tenths: i32) -> String {
    let sign = match tenths.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    };
    format!("{sign}{}", tenths_text(tenths.unsigned_abs()))
}

/// A scan as named in the report: "Startscan (8 november 2026)".
pub fn scan_label(t: &Texts, scan: &ScanPunt) -> String {
    fill(
        t.rapport.scan_label,
        &[("title", &scan.title), ("date", &t.date(&scan.date))],
    )
}

/// The summary's figures as (label, value).
pub fn samenvatting_feiten(t: &Texts, s: &Samenvatting) -> Vec<(String, String)> {
    let r = t.rapport;
    [
        (r.fact_bijeenkomsten, s.bijeenkomsten),
        (r.fact_besluiten, s.besluiten),
        (r.fact_klaar, s.klaar),
        (r.fact_open, s.open),
        (r.fact_te_laat, s.te_laat),
        (r.fact_scans, s.scans),
        (r.fact_metingen, s.metingen),
        (r.fact_leerlog, s.leerlog),
        (r.fact_werkbladen, s.werkbladen),
        (r.fact_aandacht, s.aandacht_nodig),
    ]
    .iter()
    .map(|(label, n)| (label.to_string(), n.to_string()))
    .collect()
}

/// The summary in sentences: meetings and besluiten, acties, the scan trend.
pub fn samenvatting_zinnen(t: &Texts, s: &Samenvatting) -> Vec<String> {
    let r = t.rapport;
    let mut out = Vec::new();
    out.push(if s.bijeenkomsten == 0 {
        r.sum_no_meetings.to_string()
    } else {
        fill(
            r.sum_meetings,
            &[
                ("meetings", &r.count_bijeenkomsten.of(s.bijeenkomsten)),
                ("besluiten", &r.count_besluiten.of(s.besluiten)),
            ],
        )
    });
    let acties = s.klaar + s.open + s.te_laat;
    out.push(if acties == 0 {
        r.sum_no_acties.to_string()
    } else {
        r.sum_acties.with(
            acties,
            &[
                ("klaar", &s.klaar.to_string()),
                ("open", &s.open.to_string()),
                ("late", &s.te_laat.to_string()),
            ],
        )
    });
    out.push(match (&s.trend, s.scans) {
        (_, 0) => r.sum_no_scan.to_string(),
        (None, n) => r.sum_scan_no_trend.of(n),
        (Some(k), _) => fill(
            r.sum_trend,
            &[
                ("from", &scan_label(t, &k.van)),
                ("to", &scan_label(t, &k.naar)),
                ("up", &r.count_factoren.of(k.omhoog)),
                ("down", &k.omlaag.to_string()),
                ("same", &k.gelijk.to_string()),
            ],
        ),
    });
    out.push(fill(
        r.sum_stand,
        &[
            ("date", &t.date(&s.stand_op)),
            ("n", &r.count_ingredienten.of(s.aandacht_nodig)),
        ],
    ));
    out
}

/// The cells of one actie: wat, wie, wanneer, status (with the meeting of an earlier one),
/// ingrediënt.
pub(super) fn actie_row(t: &Texts, a: &RapportActie) -> Vec<String> {
    let status = t.actie_status(a.status).to_string();
    let status = if a.eerder {
        fill(
            t.rapport.actie_eerder,
            &[("status", &status), ("date", &t.date(&a.bijeenkomst_date))],
        )
    } else {
        status
    };
    vec![
        a.wat.clone(),
        a.wie.clone(),
        t.date(&a.wanneer),
        status,
        a.ingredient.clone().unwrap_or_default(),
    ]
}

/// A section's heading.
pub fn section_heading(t: &Texts, kind: SectionKind) -> &'static str {
    let r = t.rapport;
    match kind {
        SectionKind::Samenvatting => r.h_samenvatting,
        SectionKind::Opgave => r.h_opgave,
        SectionKind::Partners => r.h_partners,
        SectionKind::Bijeenkomsten => r.h_bijeenkomsten,
        SectionKind::Acties => r.h_acties,
        SectionKind::ScanTrend => r.h_scan,
        SectionKind::Indicatoren => r.h_indicatoren,
        SectionKind::Leerlog => r.h_leerlog,
        SectionKind::Werkbladen => r.h_werkbladen,
        SectionKind::Stand => r.h_stand,
    }
}

/// "15 september 2026 – BOB, afgerond".
pub fn bijeenkomst_heading(t: &Texts, b: &BijeenkomstRegel) -> String {
    let r = t.rapport;
    let status = match b.status {
        Status::Afgerond => r.status_afgerond,
        _ => r.status_bezig,
    };
    fill(
        r.meeting_heading,
        &[
            ("date", &t.date(&b.date)),
            ("vorm", t.vorm_name(b.vorm)),
            ("status", status),
        ],
    )
}

/// The column head of a scan in the trend table: "Startscan (8 november 2026), beginpunt".
pub fn trend_column(t: &Texts, scan: &ScanPunt) -> String {
    let label = scan_label(t, scan);
    if scan.beginpunt {
        fill(t.rapport.trend_beginpunt, &[("scan", &label)])
    } else {
        label
    }
}

/// The route's name from the content.
pub fn route_name(route: Route) -> String {
    content::current()
        .route(route.id())
        .map_or_else(|| route.id().to_string(), |r| r.name.clone())
}

/// "Visievierluik (gemaakt op 3 november 2026, bij de bijeenkomst van 15 september 2026)".
pub fn werkblad_line(t: &Texts, w: &WerkbladRegel) -> String {
    let r = t.rapport;
    match &w.bijeenkomst_date {
        Some(b) => fill(
            r.werkblad_with_meeting,
            &[
                ("title", &w.title),
                ("date", &t.date(&w.date)),
                ("meeting", &t.date(b)),
            ],
        ),
        None => fill(
            r.werkblad_line,
            &[("title", &w.title), ("date", &t.date(&w.date))],
        ),
    }
}

/// The cells of one indicator: name, baseline, target, latest (with its date), change from the
/// baseline, progress, measurements in the period.
pub(super) fn indicator_row(t: &Texts, row: &IndicatorRegel) -> Vec<String> {
    let i = &row.indicator;
    let mt = t.monitoring;
    let none = || mt.none.to_string();
    let value =
        |g: Option<crate::domain::monitoring::Getal>| g.map_or_else(none, |g| i.value_text(g));
    let latest = i.latest().map_or_else(none, |m| {
        fill(
            t.rapport.indicator_latest,
            &[
                ("value", &i.value_text(m.value)),
                ("date", &t.date(&m.date)),
            ],
        )
    });
    let change = i.change().map_or_else(none, |c| {
        let sign = if c.hundredths() > 0 { "+" } else { "" };
        format!("{sign}{}", i.value_text(c))
    });
    let progress = match i.voortgang() {
        Voortgang::Onbekend => mt.progress_unknown.to_string(),
        Voortgang::GeenAfstand { op_doel: true } => mt.progress_no_distance_on.to_string(),
        Voortgang::GeenAfstand { op_doel: false } => mt.progress_no_distance_off.to_string(),
        Voortgang::Procent(n) => fill(mt.progress_percent, &[("n", &n.to_string())]),
    };
    vec![
        i.name.clone(),
        value(i.baseline),
        value(i.target),
        latest,
        change,
        progress,
        row.in_periode.to_string(),
    ]
}
