//! The verslag of a bijeenkomst as Markdown, its actions as CSV for Excel with Dutch
//! settings (UTF-8 with BOM, semicolons, CRLF), and the summary of an Ingrediëntenscan.
//! Pure functions, checked against golden files.
//!
//! No floating-point number is ever formatted here (that would pull float formatting into the
//! wasm): means are computed in tenths with integer arithmetic ([`mean_tenths`]) and written
//! with a decimal comma by hand.

use crate::domain::content;
use crate::domain::meeting::{Actie, Bijeenkomst, Checkvraag, Phase};
use crate::domain::scan::{Scan, Source, Spread, Stats, MIN_GROUP_SIZE};
use crate::domain::werkblad::{self, BlockKind, Key, Kwadrant, Werkblad};
use crate::domain::{Millis, Partner, Samenwerking};
use crate::i18n::{fill, Texts};

fn partner_label(s: &Samenwerking, id: &str) -> Option<String> {
    s.partner(id).map(|p| p.label())
}

/// Markdown text with characters that would change the layout escaped.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            // A hard line break inside a paragraph.
            out.push_str("  \n");
        }
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A table cell or list item: one line, escaped.
pub fn cell(text: &str) -> String {
    md(&text.replace(['\n', '\r'], " "))
}

fn meeting_title(t: &Texts, b: &Bijeenkomst) -> String {
    if b.date.is_empty() {
        t.verslag_no_date.to_string()
    } else {
        t.date(&b.date)
    }
}

fn actie_table(t: &Texts, acties: &[&Actie], out: &mut String) {
    if acties.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
        return;
    }
    let [wat, wie, wanneer, status, ingredient, _] = t.csv_columns;
    out.push_str(&format!(
        "| {wat} | {wie} | {wanneer} | {status} | {ingredient} |\n| --- | --- | --- | --- | --- |\n"
    ));
    let content = content::nl();
    for a in acties {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&a.wat),
            cell(&a.wie),
            cell(&t.date(&a.wanneer)),
            t.actie_status(a.status),
            a.ingredient
                .as_deref()
                .map(|i| cell(content.ingredient_name(i)))
                .unwrap_or_default(),
        ));
    }
    out.push('\n');
}

/// The verslag of one bijeenkomst as Markdown.
pub fn verslag_markdown(t: &Texts, s: &Samenwerking, b: &Bijeenkomst) -> String {
    let content = content::nl();
    let mut out = String::new();
    out.push_str(&format!("# {}: {}\n\n", t.verslag_title, md(&s.name)));
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_meeting,
        meeting_title(t, b)
    ));
    if !b.place.is_empty() {
        out.push_str(&format!("- **{}:** {}\n", t.verslag_place, md(&b.place)));
    }
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_vorm,
        t.vorm_description(b.vorm)
    ));
    let present: Vec<String> = b
        .attendees
        .iter()
        .filter_map(|id| partner_label(s, id))
        .map(|l| md(&l))
        .collect();
    if !present.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_present,
            present.join(", ")
        ));
    }
    if !s.opgave.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_opgave,
            cell(&s.opgave)
        ));
    }
    out.push('\n');

    out.push_str(&format!("## {}\n\n", t.verslag_agenda));
    if b.agenda.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
    }
    for (n, item) in b.agenda.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} ({})\n",
            n + 1,
            content.ingredient_name(&item.ingredient),
            content.factor_name(&item.ingredient)
        ));
    }
    if !b.agenda.is_empty() {
        out.push('\n');
    }

    if let Some(scan) = b
        .scan
        .as_deref()
        .and_then(|id| s.scans.iter().find(|x| x.id == id))
    {
        scan_in_verslag(t, scan, &mut out);
    }

    for w in s
        .werkbladen
        .iter()
        .filter(|w| w.bijeenkomst.as_deref() == Some(b.id.as_str()))
    {
        out.push_str(&werkblad_markdown(t, s, w, 2));
    }

    for item in &b.agenda {
        out.push_str(&format!(
            "## {}\n\n",
            content.ingredient_name(&item.ingredient)
        ));
        for phase in b.vorm.phases() {
            let note = item.note(*phase);
            if note.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "### {}: {}\n\n{}\n\n",
                t.phase_name(*phase),
                t.phase_question(*phase),
                md(note)
            ));
        }
        if b.vorm.phases().contains(&Phase::Achterbanraadpleging)
            && (!item.achterban_vragen.is_empty() || !item.achterban.is_empty())
        {
            if !item.achterban_vragen.is_empty() {
                out.push_str(&format!(
                    "### {}\n\n{}\n\n",
                    t.verslag_achterban_vragen,
                    md(&item.achterban_vragen)
                ));
            }
            if !item.achterban.is_empty() {
                out.push_str(&format!("### {}\n\n", t.verslag_achterban));
                for (group, answer) in &item.achterban {
                    out.push_str(&format!("- **{}:** {}\n", md(group), cell(answer)));
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("### {}\n\n", t.verslag_checkvragen));
        for (vraag, text) in Checkvraag::ALL.iter().zip(&content.checkvragen) {
            out.push_str(&format!(
                "- {} **{}**",
                text.text,
                t.antwoord(item.checks.get(*vraag))
            ));
            if *vraag == Checkvraag::Gehoord && !item.checks.niet_aan_boord.is_empty() {
                let names: Vec<String> = item
                    .checks
                    .niet_aan_boord
                    .iter()
                    .filter_map(|id| partner_label(s, id))
                    .map(|l| md(&l))
                    .collect();
                out.push_str(&format!(
                    " ({}: {})",
                    t.verslag_not_on_board,
                    names.join(", ")
                ));
            }
            out.push('\n');
        }
        out.push('\n');
        let besluiten: Vec<_> = b
            .besluiten
            .iter()
            .filter(|x| x.ingredient.as_deref() == Some(item.ingredient.as_str()))
            .collect();
        if !besluiten.is_empty() {
            out.push_str(&format!("### {}\n\n", t.verslag_besluiten));
            for x in besluiten {
                out.push_str(&format!("- {}\n", cell(&x.text)));
            }
            out.push('\n');
        }
    }

    let general: Vec<_> = b
        .besluiten
        .iter()
        .filter(|x| x.ingredient.as_deref().is_none_or(|i| b.item(i).is_none()))
        .collect();
    if !general.is_empty() {
        out.push_str(&format!("## {}\n\n", t.verslag_general_besluiten));
        for x in general {
            out.push_str(&format!("- {}\n", cell(&x.text)));
        }
        out.push('\n');
    }

    let (ours, earlier) = meeting_acties(s, b);
    out.push_str(&format!("## {}\n\n", t.verslag_acties));
    actie_table(t, &ours, &mut out);
    out.push_str(&format!("## {}\n\n", t.verslag_open_acties));
    actie_table(t, &earlier, &mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The actions agreed in this meeting, and the ones from earlier meetings still open.
pub fn meeting_acties<'a>(
    s: &'a Samenwerking,
    b: &Bijeenkomst,
) -> (Vec<&'a Actie>, Vec<&'a Actie>) {
    let ours = s.acties.iter().filter(|a| a.bijeenkomst == b.id).collect();
    let earlier = s
        .open_acties()
        .into_iter()
        .filter(|a| a.bijeenkomst != b.id)
        .collect();
    (ours, earlier)
}

// ---- Ingrediëntenscan ----

/// The mean of the scores 1..=5 in `counts` (index 0, "weet ik niet", is ignored) in tenths,
/// rounded half up: Σx·10 / n, exactly, in integers. `None` without scores.
/// Example: 11 × 3 and 9 × 4 give 69 / 20 = 3,45 → `Some(35)`.
pub fn mean_tenths(counts: &[u32; 6]) -> Option<u32> {
    let (mut n, mut sum) = (0u64, 0u64);
    for (score, count) in (1u64..).zip(&counts[1..]) {
        n += u64::from(*count);
        sum += score * u64::from(*count);
    }
    // round(10·sum / n) half up = ⌊(20·sum + n) / 2n⌋; at most 50.
    (n > 0).then(|| ((20 * sum + n) / (2 * n)) as u32)
}

/// "3,4" from 34.
pub fn tenths_text(tenths: u32) -> String {
    format!("{},{}", tenths / 10, tenths % 10)
}

fn mean_text(t: &Texts, stats: &Stats) -> String {
    let v = &t.verslag_ui.scan;
    mean_tenths(&stats.counts).map_or_else(|| v.none.to_string(), tenths_text)
}

fn range_text(t: &Texts, stats: &Stats) -> String {
    let v = &t.verslag_ui.scan;
    match (stats.min, stats.max) {
        (Some(lo), Some(hi)) => format!("{lo}–{hi}"),
        _ => v.none.to_string(),
    }
}

/// Days since 1970-01-01 of a date in the proleptic Gregorian calendar.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day of the last Sunday of a month (`last` is that month's last day).
fn last_sunday(y: i64, m: i64, last: i64) -> i64 {
    let day = days_from_civil(y, m, last);
    // 1970-01-01 was a Thursday: (day + 4) mod 7 is 0 on a Sunday.
    day - (day + 4).rem_euclid(7)
}

/// "2026-03-29" for a moment, in Dutch time: CET, or CEST from the last Sunday of March to the
/// last Sunday of October (both at 01:00 UTC, the EU rule). Pure: no clock, no time zone data.
pub(crate) fn dutch_iso_date(ms: Millis) -> String {
    const HOUR: i64 = 3_600_000;
    const DAY: i64 = 24 * HOUR;
    let ms = i64::try_from(ms).unwrap_or(i64::MAX / 2);
    let (year, _, _) = civil_from_days(ms.div_euclid(DAY));
    let summer_from = last_sunday(year, 3, 31) * DAY + HOUR;
    let summer_until = last_sunday(year, 10, 31) * DAY + HOUR;
    let offset = if (summer_from..summer_until).contains(&ms) {
        2 * HOUR
    } else {
        HOUR
    };
    let (y, m, d) = civil_from_days((ms + offset).div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

fn scan_date(t: &Texts, scan: &Scan) -> String {
    t.date(&dutch_iso_date(scan.created_ms))
}

/// Every answer about every ingrediënt: scores, "weet ik niet" and paper cards.
fn total_answers(scan: &Scan) -> u64 {
    scan.ingredient_stats()
        .iter()
        .map(|(_, st)| u64::from(st.n) + u64::from(st.unknown))
        .sum()
}

/// Responses per source, cards of a paper round, and the total. Never a result.
fn participation(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    for source in Source::ALL {
        let n = scan.responses.iter().filter(|r| r.source == source).count();
        out.push_str(&format!("- **{}:** {n}\n", v.source(source)));
    }
    let cards = scan.paper.cards();
    if cards > 0 {
        out.push_str(&format!("- **{}:** {cards}\n", v.paper_cards));
    }
    out.push_str(&format!(
        "- **{}:** {}\n\n",
        v.total_answers,
        total_answers(scan)
    ));
}

fn stats_header(t: &Texts, first: &str, out: &mut String) {
    let v = &t.verslag_ui.scan;
    out.push_str(&format!(
        "| {first} | {} | {} | {} | {} | {} | {} |\n| --- | ---: | ---: | ---: | :---: | :---: | --- |\n",
        v.col_scores, v.col_unknown, v.col_mean, v.col_range, v.col_distribution, v.col_spread
    ));
}

fn stats_row(t: &Texts, name: &str, st: &Stats, out: &mut String) {
    let v = &t.verslag_ui.scan;
    let c = &st.counts;
    out.push_str(&format!(
        "| {name} | {} | {} | {} | {} | {} / {} / {} / {} / {} | {} |\n",
        st.n,
        st.unknown,
        mean_text(t, st),
        range_text(t, st),
        c[1],
        c[2],
        c[3],
        c[4],
        c[5],
        v.spread(st.spread)
    ));
}

/// One table per factor (headings at `level`), the ingrediënten in content order.
fn ingredient_tables(t: &Texts, scan: &Scan, level: usize, out: &mut String) {
    let v = &t.verslag_ui.scan;
    let content = content::nl();
    let stats = scan.ingredient_stats();
    let hashes = "#".repeat(level);
    for factor in &content.factors {
        out.push_str(&format!("{hashes} {}\n\n", factor.name));
        stats_header(t, v.col_ingredient, out);
        for ingredient in &factor.ingredients {
            if let Some((_, st)) = stats.iter().find(|(id, _)| *id == ingredient.id) {
                stats_row(t, &ingredient.name, st, out);
            }
        }
        out.push('\n');
    }
}

/// Up to five ingrediënten with at least two scores, the most disagreement first.
fn divergence_list(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    let content = content::nl();
    let list: Vec<_> = scan
        .divergence_ranking()
        .into_iter()
        .filter(|(_, st)| st.spread != Spread::TooFew)
        .take(5)
        .collect();
    if list.is_empty() {
        out.push_str(v.divergence_none);
        out.push_str("\n\n");
        return;
    }
    for (k, (id, st)) in list.iter().enumerate() {
        let detail = fill(
            v.divergence_item,
            &[
                ("spread", v.spread(st.spread)),
                ("min", &st.min.unwrap_or_default().to_string()),
                ("max", &st.max.unwrap_or_default().to_string()),
                ("mean", &mean_text(t, st)),
                ("n", &st.n.to_string()),
            ],
        );
        out.push_str(&format!(
            "{}. **{}** ({}): {detail}\n",
            k + 1,
            content.ingredient_name(id),
            content.factor_name(id)
        ));
    }
    out.push('\n');
}

fn weakest_list(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    let content = content::nl();
    let list = scan.weakest();
    if list.is_empty() {
        out.push_str(v.weakest_none);
        out.push_str("\n\n");
        return;
    }
    for (k, (id, st)) in list.iter().take(3).enumerate() {
        let detail = fill(
            v.weakest_item,
            &[("mean", &mean_text(t, st)), ("n", &st.n.to_string())],
        );
        out.push_str(&format!(
            "{}. **{}** ({}): {detail}\n",
            k + 1,
            content.ingredient_name(id),
            content.factor_name(id)
        ));
    }
    out.push('\n');
}

/// Only groups of at least [`MIN_GROUP_SIZE`] responses, as `Scan::per_organisation` returns.
fn organisation_tables(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    let content = content::nl();
    let breakdown = scan.per_organisation(MIN_GROUP_SIZE);
    let min = MIN_GROUP_SIZE.to_string();
    out.push_str(&fill(v.organisations_intro, &[("min", &min)]));
    out.push_str("\n\n");
    if breakdown.groups.is_empty() {
        out.push_str(v.organisations_none);
        out.push_str("\n\n");
    }
    for group in &breakdown.groups {
        out.push_str(&format!(
            "### {}\n\n",
            fill(
                v.organisation_heading,
                &[
                    ("n", &group.responses.to_string()),
                    ("organisation", &cell(&group.organisation)),
                ],
            )
        ));
        if group.ingredients.is_empty() && group.factors.is_empty() {
            out.push_str(v.organisation_too_few_scores);
            out.push_str("\n\n");
            continue;
        }
        if !group.factors.is_empty() {
            stats_header(t, v.col_factor, out);
            for (id, st) in &group.factors {
                let name = content
                    .factors
                    .iter()
                    .find(|f| f.id == *id)
                    .map_or(id.as_str(), |f| f.name.as_str());
                stats_row(t, name, st, out);
            }
            out.push('\n');
        }
        if !group.ingredients.is_empty() {
            stats_header(t, v.col_ingredient, out);
            for (id, st) in &group.ingredients {
                stats_row(t, content.ingredient_name(id), st, out);
            }
            out.push('\n');
        }
    }
    let mut notes = Vec::new();
    if breakdown.hidden_groups > 0 {
        notes.push(fill(
            v.organisations_hidden,
            &[("min", &min), ("n", &breakdown.hidden_groups.to_string())],
        ));
    }
    if breakdown.without_organisation > 0 {
        notes.push(fill(
            v.organisations_without,
            &[("n", &breakdown.without_organisation.to_string())],
        ));
    }
    if !notes.is_empty() {
        out.push_str(&notes.join(" "));
        out.push_str("\n\n");
    }
}

/// Remarks per ingrediënt, without names or organisations and sorted by their text, so the
/// order of responses cannot link remarks about different ingrediënten to one person.
fn remark_lists(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    out.push_str(v.remarks_intro);
    out.push_str("\n\n");
    let mut any = false;
    for (_, ingredient) in content::nl().ingredients() {
        let mut remarks: Vec<String> = scan
            .responses
            .iter()
            .filter_map(|r| r.answers.get(&ingredient.id))
            .map(|a| cell(a.remark.trim()))
            .filter(|r| !r.is_empty())
            .collect();
        if remarks.is_empty() {
            continue;
        }
        any = true;
        crate::domain::sort::sort_by(&mut remarks, |a, b| a.cmp(b));
        out.push_str(&format!("### {}\n\n", ingredient.name));
        for remark in remarks {
            out.push_str(&format!("- {remark}\n"));
        }
        out.push('\n');
    }
    if !any {
        out.push_str(v.remarks_none);
        out.push_str("\n\n");
    }
}

/// The summary of one Ingrediëntenscan as Markdown. Before the facilitator reveals the
/// results, only who answered and how many answers there are; never a score or a remark.
pub fn scan_markdown(samenwerking: &Samenwerking, scan: &Scan) -> String {
    let t = crate::i18n::t();
    let v = &t.verslag_ui.scan;
    let mut out = String::new();
    out.push_str(&format!(
        "# {}\n\n",
        fill(v.title, &[("title", &cell(&scan.title))])
    ));
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_ui.samenwerking,
        cell(&samenwerking.name)
    ));
    out.push_str(&format!("- **{}:** {}\n\n", v.date, scan_date(t, scan)));
    out.push_str(&format!("## {}\n\n", v.participation));
    participation(t, scan, &mut out);
    if !scan.revealed {
        out.push_str(v.not_revealed);
        out.push('\n');
        return out;
    }
    out.push_str(&format!(
        "## {}\n\n{}\n\n",
        v.results_heading, v.results_intro
    ));
    ingredient_tables(t, scan, 3, &mut out);
    out.push_str(&format!("## {}\n\n", v.factors_heading));
    stats_header(t, v.col_factor, &mut out);
    let content = content::nl();
    for (id, st) in scan.factor_stats() {
        let name = content
            .factors
            .iter()
            .find(|f| f.id == id)
            .map_or(id.as_str(), |f| f.name.as_str());
        stats_row(t, name, &st, &mut out);
    }
    out.push('\n');
    out.push_str(&format!("## {}\n\n", v.divergence_heading));
    divergence_list(t, scan, &mut out);
    out.push_str(&format!("## {}\n\n", v.weakest_heading));
    weakest_list(t, scan, &mut out);
    out.push_str(&format!("## {}\n\n", v.organisations_heading));
    organisation_tables(t, scan, &mut out);
    out.push_str(&format!("## {}\n\n", v.remarks_heading));
    remark_lists(t, scan, &mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The section of a verslag about the scan that set the meeting's agenda: participation, the
/// per-ingrediënt tables and where the group differs most (no organisations, no remarks).
fn scan_in_verslag(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    out.push_str(&format!("## {}\n\n", v.heading));
    out.push_str(&fill(
        v.verslag_intro,
        &[("date", &scan_date(t, scan)), ("title", &cell(&scan.title))],
    ));
    out.push_str("\n\n");
    participation(t, scan, out);
    if !scan.revealed {
        out.push_str(v.not_revealed);
        out.push_str("\n\n");
        return;
    }
    out.push_str(&format!(
        "### {}\n\n{}\n\n",
        v.results_heading, v.results_intro
    ));
    ingredient_tables(t, scan, 4, out);
    out.push_str(&format!("### {}\n\n", v.divergence_heading));
    divergence_list(t, scan, out);
}

/// One CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(text: &str) -> String {
    let mut text = text.replace("\r\n", "\n");
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        text.insert(0, '\'');
    }
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Actions as CSV that opens correctly in Excel with Dutch settings.
pub fn acties_csv(t: &Texts, s: &Samenwerking, acties: &[&Actie]) -> String {
    let content = content::nl();
    let mut out = String::from("\u{feff}");
    out.push_str(&t.csv_columns.join(";"));
    out.push_str("\r\n");
    for a in acties {
        let meeting = s
            .bijeenkomst(&a.bijeenkomst)
            .map(|b| meeting_title(t, b))
            .unwrap_or_default();
        let fields = [
            a.wat.clone(),
            a.wie.clone(),
            a.wanneer.clone(),
            t.actie_status(a.status).to_string(),
            a.ingredient
                .as_deref()
                .map(|i| content.ingredient_name(i).to_string())
                .unwrap_or_default(),
            meeting,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("gewoon"), "gewoon");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("zeg \"ja\""), "\"zeg \"\"ja\"\"\"");
        assert_eq!(csv_field("regel 1\nregel 2"), "\"regel 1\nregel 2\"");
        assert_eq!(csv_field("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(csv_field("-5"), "'-5");
    }

    #[test]
    fn markdown_escapes_what_would_change_the_layout() {
        assert_eq!(md("# kop *vet* [link]"), "\\# kop \\*vet\\* \\[link\\]");
        assert_eq!(md("a\nb"), "a  \nb");
        assert_eq!(md("<b>"), "\\<b\\>");
    }

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for day in [-1, 0, 59, 365, 11_016, 11_017, 20_000, 40_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        // 2026: summer time from Sunday 29 March to Sunday 25 October.
        assert_eq!(last_sunday(2026, 3, 31), days_from_civil(2026, 3, 29));
        assert_eq!(last_sunday(2026, 10, 31), days_from_civil(2026, 10, 25));
    }

    #[test]
    fn dates_are_in_dutch_time() {
        const HOUR: u64 = 3_600_000;
        let midnight = |y, m, d| days_from_civil(y, m, d) as u64 * 24 * HOUR;
        // Winter: 23:30 UTC is 00:30 the next day in CET.
        assert_eq!(
            dutch_iso_date(midnight(2026, 1, 15) - HOUR / 2),
            "2026-01-15"
        );
        assert_eq!(
            dutch_iso_date(midnight(2026, 1, 15) - 2 * HOUR),
            "2026-01-14"
        );
        // Summer: 22:30 UTC is 00:30 the next day in CEST.
        assert_eq!(
            dutch_iso_date(midnight(2026, 7, 1) - 3 * HOUR / 2),
            "2026-07-01"
        );
        // New Year's Eve, 23:30 UTC, is already the next year.
        assert_eq!(
            dutch_iso_date(midnight(2027, 1, 1) - HOUR / 2),
            "2027-01-01"
        );
        assert_eq!(dutch_iso_date(0), "1970-01-01");
    }

    #[test]
    fn means_in_tenths_round_half_up() {
        assert_eq!(mean_tenths(&[0; 6]), None);
        assert_eq!(mean_tenths(&[4, 0, 0, 0, 0, 0]), None, "only weet ik niet");
        assert_eq!(
            mean_tenths(&[0, 0, 0, 11, 9, 0]),
            Some(35),
            "69 / 20 = 3,45"
        );
        assert_eq!(tenths_text(35), "3,5");
        assert_eq!(tenths_text(50), "5,0");
    }
}

// ---- Werkbladen ----

/// One part of a filled-in werkblad as the verslag shows it: a heading and label–answer rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetSection {
    pub heading: String,
    pub rows: Vec<(String, String)>,
}

/// What a werkblad says, block by block (per partner where the block is per partner), for the
/// verslag on screen and in Markdown. Only what was filled in, except checklists (where an
/// empty answer is itself the finding) and scales (where the product needs every score).
pub fn werkblad_sections(t: &Texts, s: &Samenwerking, w: &Werkblad) -> Vec<SheetSection> {
    let wt = t.werkblad;
    let Some(template) = werkblad::template(&w.template) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for block in &template.blocks {
        let groups: Vec<Option<&Partner>> = if block.per_partner {
            s.partners.iter().map(Some).collect()
        } else {
            vec![None]
        };
        let heading = |p: Option<&Partner>| match p {
            Some(p) => format!("{} – {}", block.title, p.label()),
            None => block.title.clone(),
        };
        match block.kind {
            BlockKind::Onderwerpen => {
                let rows = werkblad::eisenhower(w, &block.id)
                    .into_iter()
                    .map(|(k, r)| (kwadrant_name(t, k).to_string(), r.text.clone()))
                    .collect();
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows,
                });
            }
            BlockKind::Partnerkaart => {
                let rows = s
                    .partners
                    .iter()
                    .map(|p| {
                        let niveau = w.answer(&Key::niveau(&block.id, &p.id));
                        let level = werkblad::NIVEAUS
                            .iter()
                            .position(|n| *n == niveau)
                            .map(|i| format!(", {}", wt.niveaus[i].to_lowercase()))
                            .unwrap_or_default();
                        (p.label(), format!("{}{level}", t.ring(p.ring)))
                    })
                    .collect();
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows,
                });
            }
            BlockKind::Route => {
                let route = s
                    .route
                    .and_then(|r| content::nl().route(r.id()))
                    .map_or_else(|| wt.answer_none.to_string(), |r| r.name.clone());
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows: vec![(wt.route_label.to_string(), route)],
                });
            }
            _ => {
                for p in groups {
                    let partner = p.map(|p| p.id.as_str());
                    let mut rows = Vec::new();
                    for item in &block.items {
                        let answer = w.answer(&Key::new(&block.id, &item.id, partner));
                        let note = w.answer(&Key::note(&block.id, &item.id, partner));
                        let value = match block.kind {
                            BlockKind::Vragen if answer.is_empty() => continue,
                            BlockKind::Vragen => answer.to_string(),
                            BlockKind::Keuzes | BlockKind::Regels if answer != "ja" => continue,
                            BlockKind::Keuzes | BlockKind::Regels => wt.chosen.to_string(),
                            BlockKind::Checklist => match answer {
                                "ja" => wt.ja.to_string(),
                                "nee" => format!("{} ({})", wt.nee, wt.actie_nodig),
                                _ => format!("{} ({})", wt.not_answered, wt.actie_nodig),
                            },
                            _ if answer.is_empty() => wt.not_chosen.to_string(),
                            _ => format!(
                                "{} ({} ← → {})",
                                fill(wt.scale_value, &[("n", answer)]),
                                item.left,
                                item.right
                            ),
                        };
                        let value = if note.is_empty() {
                            value
                        } else {
                            format!("{value}. {}: {note}", wt.note_label)
                        };
                        rows.push((item.text.clone(), value));
                    }
                    if block.kind == BlockKind::Regels {
                        rows.extend(
                            w.rows_of(&block.id)
                                .map(|r| (wt.rule_label.to_string(), r.text.clone())),
                        );
                    }
                    if block.kind == BlockKind::Schaal && block.product {
                        if let Some(v) = werkblad::product(block, w, partner) {
                            rows.push((
                                wt.product_label.to_string(),
                                format!("{v} / {}", werkblad::product_max(block)),
                            ));
                        }
                    }
                    if rows.is_empty() {
                        if matches!(block.kind, BlockKind::Keuzes | BlockKind::Regels) {
                            rows.push((String::new(), wt.nothing_chosen.to_string()));
                        } else {
                            continue;
                        }
                    }
                    out.push(SheetSection {
                        heading: heading(p),
                        rows,
                    });
                }
            }
        }
    }
    out
}

pub fn kwadrant_name(t: &Texts, k: Kwadrant) -> &'static str {
    let wt = t.werkblad;
    match k {
        Kwadrant::Doen => wt.kwadrant_doen,
        Kwadrant::Plannen => wt.kwadrant_plannen,
        Kwadrant::Delegeren => wt.kwadrant_delegeren,
        Kwadrant::Laten => wt.kwadrant_laten,
    }
}

/// A werkblad as Markdown: its title at `level` (2 = `##`), each section one level below.
pub fn werkblad_markdown(t: &Texts, s: &Samenwerking, w: &Werkblad, level: usize) -> String {
    let mut out = format!(
        "{} {}\n\n",
        "#".repeat(level),
        md(&fill(t.werkblad.verslag_heading, &[("title", &w.title)]))
    );
    let sections = werkblad_sections(t, s, w);
    if sections.is_empty() {
        out.push_str(t.werkblad.answer_none);
        out.push_str("\n\n");
    }
    for section in sections {
        out.push_str(&format!(
            "{} {}\n\n",
            "#".repeat(level + 1),
            md(&section.heading)
        ));
        for (label, value) in section.rows {
            if label.is_empty() {
                out.push_str(&format!("- {}\n", cell(&value)));
            } else {
                // "Waartoe bestaan we?" needs no colon after its question mark.
                let colon = if label.ends_with(['?', '.', '!', ':']) {
                    ""
                } else {
                    ":"
                };
                out.push_str(&format!("- **{}{colon}** {}\n", cell(&label), cell(&value)));
            }
        }
        out.push('\n');
    }
    out
}
