//! The summary of an Ingrediëntenscan as Markdown, on its own and as a section of a verslag.
//!
//! No floating-point number is ever formatted here (that would pull float formatting into the
//! wasm): means are computed in tenths with integer arithmetic ([`mean_tenths`]) and written
//! with a decimal comma by hand.

use crate::domain::content;
use crate::domain::scan::read_answer_file;
use crate::domain::scan::{
    Scan, Source, Spread, Stats, AGREEMENT_MAX_STDEV_TENTHS, DIVIDED_MIN_STDEV_TENTHS,
    MIN_GROUP_SIZE, SPREAD_MIN_SCORES,
};
use crate::domain::{Samenwerking, Workspace};
use crate::i18n::{fill, Texts};

use super::cell;
use super::dates::dutch_iso_date;

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

/// The median of the scores 1..=5 in `counts` (index 0 is ignored) in tenths: the middle score,
/// or halfway between the two middle ones. `None` without scores.
/// Example: 1, 4, 4, 5 gives 4,0; 2, 3 gives 2,5.
pub fn median_tenths(counts: &[u32; 6]) -> Option<u32> {
    let n: u64 = counts[1..].iter().map(|c| u64::from(*c)).sum();
    if n == 0 {
        return None;
    }
    // The score at 0-based position `k` in the sorted scores.
    let at = |k: u64| {
        let mut seen = 0u64;
        for (score, count) in (1u32..).zip(&counts[1..]) {
            seen += u64::from(*count);
            if k < seen {
                return score;
            }
        }
        5
    };
    let (lo, hi) = (at((n - 1) / 2), at(n / 2));
    Some((lo + hi) * 5)
}

/// The rule behind "eensgezind / wisselend / sterk verdeeld", one line per label (too few,
/// agreement, mixed, divided), filled from the bounds the labels are computed with
/// ([`crate::domain::scan::Stats::from_counts`]).
pub fn spread_rule(t: &Texts) -> [String; 4] {
    let v = &t.verslag_ui.scan;
    let lines = &t.scan.spread_rule;
    let agree = tenths_text(AGREEMENT_MAX_STDEV_TENTHS);
    // A whole number of points, "1" rather than "1,0".
    const _: () = assert!(DIVIDED_MIN_STDEV_TENTHS.is_multiple_of(10));
    let divided = (DIVIDED_MIN_STDEV_TENTHS / 10).to_string();
    let min = SPREAD_MIN_SCORES.to_string();
    let values: [&[(&str, &str)]; 4] = [
        &[("min", &min)],
        &[("max", &agree)],
        &[("min", &agree), ("max", &divided)],
        &[("min", &divided)],
    ];
    let spreads = [
        Spread::TooFew,
        Spread::Agreement,
        Spread::Mixed,
        Spread::Divided,
    ];
    std::array::from_fn(|i| fill(lines[i], values[i]).replace("{label}", v.spread(spreads[i])))
}

/// What to say when an answer file is chosen where samenwerkingen are imported: `None` when
/// `text` is no answer file; otherwise where it belongs, naming the scan and its samenwerking
/// when they are on this device.
pub fn answer_file_hint(t: &Texts, workspace: &Workspace, text: &str) -> Option<String> {
    let file = read_answer_file(text).ok()?;
    let here = workspace
        .get(&file.samenwerking)
        .and_then(|s| Some((s, s.scan(&file.scan)?)));
    Some(match here {
        Some((s, scan)) => fill(
            t.scan.import_answer_here,
            &[("scan", &scan.title), ("samenwerking", &s.name)],
        ),
        None => fill(
            t.scan.import_answer_elsewhere,
            &[("scan", &file.scan_title)],
        ),
    })
}

/// "3,4" from 34.
pub fn tenths_text(tenths: u32) -> String {
    format!(
        "{}{}{}",
        tenths / 10,
        crate::i18n::decimal_mark(),
        tenths % 10
    )
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

fn scan_date(t: &Texts, scan: &Scan) -> String {
    t.date(&dutch_iso_date(scan.created_ms))
}

/// How many took part in a scan, and how many of them came in each way: on the laptop, by
/// answer file, and on paper. A paper round gives one card per person per ingrediënt, so its
/// participants are the most cards any one ingrediënt got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScanDeelname {
    pub laptop: usize,
    pub file: usize,
    /// Paper forms typed in one by one ([`Source::Paper`]) plus the paper round.
    pub paper: usize,
}

impl ScanDeelname {
    pub fn of(scan: &Scan) -> Self {
        let count = |source| scan.responses.iter().filter(|r| r.source == source).count();
        let round = scan
            .paper
            .counts
            .values()
            .map(|c| c.iter().map(|n| *n as usize).sum::<usize>())
            .max()
            .unwrap_or(0);
        ScanDeelname {
            laptop: count(Source::Laptop),
            file: count(Source::File),
            paper: count(Source::Paper) + round,
        }
    }

    pub fn total(&self) -> usize {
        self.laptop + self.file + self.paper
    }

    /// "8 deelnemers: 4 op de laptop, 2 via een antwoordbestand, 2 op papier".
    pub fn text(&self, t: &Texts) -> String {
        let v = t.verslag_ui;
        let parts: Vec<String> = [
            (self.laptop, v.deelname_laptop),
            (self.file, v.deelname_file),
            (self.paper, v.deelname_paper),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, count)| count.of(*n))
        .collect();
        let total = v.deelnemers.of(self.total());
        if parts.is_empty() {
            total
        } else {
            format!("{total}: {}", parts.join(", "))
        }
    }
}

/// Every answer about every ingrediënt: scores, "weet ik niet" and paper cards.
fn total_answers(scan: &Scan) -> u64 {
    scan.ingredient_stats()
        .iter()
        .map(|(_, st)| u64::from(st.n) + u64::from(st.unknown))
        .sum()
}

/// Who took part, in the sentence the verslag screen shows ([`ScanDeelname::text`]), then the
/// responses per source, cards of a paper round, and the total. Never a result.
fn participation(t: &Texts, scan: &Scan, out: &mut String) {
    let v = &t.verslag_ui.scan;
    out.push_str(&format!("{}.\n\n", ScanDeelname::of(scan).text(t)));
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
    let content = content::current();
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
    let content = content::current();
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
    let content = content::current();
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
    let content = content::current();
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
            v.organisation_heading.with(
                group.responses,
                &[("organisation", &cell(&group.organisation))],
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
    if breakdown.hidden_by_difference > 0 {
        notes.push(fill(
            v.organisations_by_difference,
            &[("n", &breakdown.hidden_by_difference.to_string())],
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
    for (_, ingredient) in content::current().ingredients() {
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
        remarks.sort();
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
    for line in spread_rule(t) {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
    ingredient_tables(t, scan, 3, &mut out);
    out.push_str(&format!("## {}\n\n", v.factors_heading));
    stats_header(t, v.col_factor, &mut out);
    let content = content::current();
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
pub(super) fn scan_in_verslag(t: &Texts, scan: &Scan, out: &mut String) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
