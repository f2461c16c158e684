//! Strings of the Voortgangsrapportage (Dutch): the report over a period, its screen and its
//! Markdown (`report::voortgang`, `ui::rapport`).

use super::Count;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct RapportTexts {
    pub title: &'static str,
    /// The link and its hint on the samenwerking's page.
    pub link_heading: &'static str,
    pub link_intro: &'static str,
    pub link: &'static str,
    pub back: &'static str,
    pub intro: &'static str,

    // Choosing the period
    pub periode_legend: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub quick_label: &'static str,
    pub quick_dit_jaar: &'static str,
    pub quick_half_jaar: &'static str,
    pub quick_start: &'static str,
    pub err_from: &'static str,
    pub err_to: &'static str,
    pub err_order: &'static str,

    // Tools
    pub actions_label: &'static str,
    pub print: &'static str,
    pub download_markdown: &'static str,
    pub print_hint: &'static str,
    /// The part of the download's file name.
    pub file_part: &'static str,
    /// The printed footer: `{title}`, `{name}`.
    pub footer: &'static str,

    // The document
    pub periode_label: &'static str,
    /// `{from}`, `{to}`.
    pub periode_value: &'static str,
    pub made_on: &'static str,
    pub h_samenvatting: &'static str,
    pub h_opgave: &'static str,
    pub h_partners: &'static str,
    pub h_bijeenkomsten: &'static str,
    pub h_acties: &'static str,
    pub h_scan: &'static str,
    pub h_werkbladen: &'static str,
    pub figures_label: &'static str,

    // Summary
    pub fact_bijeenkomsten: &'static str,
    pub fact_besluiten: &'static str,
    pub fact_klaar: &'static str,
    pub fact_open: &'static str,
    pub fact_te_laat: &'static str,
    pub fact_scans: &'static str,
    pub fact_werkbladen: &'static str,
    pub sum_no_meetings: &'static str,
    /// `{meetings}`, `{besluiten}`.
    pub sum_meetings: &'static str,
    pub count_bijeenkomsten: Count,
    pub count_besluiten: Count,
    pub sum_no_acties: &'static str,
    /// `{n}`, `{klaar}`, `{open}`, `{late}`.
    pub sum_acties: Count,
    pub sum_no_scan: &'static str,
    pub sum_scan_no_trend: Count,
    /// `{from}`, `{to}`, `{up}` (a count of factoren), `{down}`, `{same}`.
    pub sum_trend: &'static str,
    pub count_factoren: Count,

    // Opgave and partners
    pub opgave_empty: &'static str,
    pub route: &'static str,
    pub partners_empty: &'static str,
    /// `{n}` (a count of partners), `{kern}`, `{ring}`, `{vrij}`.
    pub partners_count: &'static str,
    pub count_partners: Count,
    pub partner_columns: [&'static str; 3],

    // Meetings
    pub meetings_empty: &'static str,
    /// `{date}`, `{vorm}`, `{status}`.
    pub meeting_heading: &'static str,
    pub status_afgerond: &'static str,
    pub status_bezig: &'static str,

    // Acties
    /// `{until}`.
    pub acties_intro: &'static str,
    pub acties_te_laat: &'static str,
    pub acties_open: &'static str,
    pub acties_klaar: &'static str,
    /// An actie from before the period: `{status}`, `{date}` of its meeting.
    pub actie_eerder: &'static str,

    // Scan trend
    pub scan_none: &'static str,
    pub scan_intro: &'static str,
    /// `{title}`, `{date}`.
    pub scan_label: &'static str,
    /// `{scan}`.
    pub trend_beginpunt: &'static str,
    pub col_factor: &'static str,
    pub col_verschil: &'static str,
    pub trend_caption: &'static str,
    pub trend_table_caption: &'static str,

    // Partners who joined or left
    /// `{list}`.
    pub partners_joined: &'static str,
    /// `{list}`.
    pub partners_left: &'static str,
    /// One partner in those lists: `{name}`, `{date}`.
    pub partner_date: &'static str,

    // Indicatoren
    pub h_indicatoren: &'static str,
    pub indicatoren_empty: &'static str,
    pub indicatoren_intro: &'static str,
    /// Indicator, nulmeting, streefwaarde, laatste meting, verschil, voortgang, metingen.
    pub indicator_columns: [&'static str; 7],
    /// The latest measurement: `{value}`, `{date}`.
    pub indicator_latest: &'static str,
    /// A doel with no indicator yet.
    pub doel_no_indicator: &'static str,

    // Leerlog
    pub h_leerlog: &'static str,
    pub leerlog_empty: &'static str,
    /// An entry's heading: `{date}`, `{step}`.
    pub leerlog_heading: &'static str,
    pub leerlog_tried: &'static str,
    pub leerlog_learned: &'static str,
    pub leerlog_loop: &'static str,
    pub leerlog_changes: &'static str,
    pub leerlog_about: &'static str,
    /// "Experiment: …", "Bijeenkomst van …", "Indicator: …": `{title}` / `{date}` / `{name}`.
    pub leerlog_werkblad: &'static str,
    pub leerlog_bijeenkomst: &'static str,
    pub leerlog_indicator: &'static str,

    // De stand at the end of the period
    pub h_stand: &'static str,
    /// `{date}`, `{aandacht}`, `{goed}`, `{nog}`.
    pub stand_intro: &'static str,
    /// Factor, ingrediënt, stand, waarom.
    pub stand_columns: [&'static str; 4],
    pub stand_caption: &'static str,

    // The summary's extra figures and sentence
    pub fact_metingen: &'static str,
    pub fact_leerlog: &'static str,
    pub fact_aandacht: &'static str,
    /// `{date}`, `{n}` (a count of ingrediënten).
    pub sum_stand: &'static str,
    pub count_ingredienten: Count,

    // Werkbladen
    pub werkbladen_empty: &'static str,
    /// `{title}`, `{date}`.
    pub werkblad_line: &'static str,
    /// `{title}`, `{date}`, `{meeting}`.
    pub werkblad_with_meeting: &'static str,
}

pub static NL: RapportTexts = RapportTexts {
    title: "Voortgangsrapportage",
    link_heading: "Voortgangsrapportage",
    link_intro: "Een verslag van wat de samenwerking in een periode deed: bijeenkomsten en besluiten, acties, de ontwikkeling in de Ingrediëntenscan, de doelen en indicatoren, het leerlog, de werkbladen en de stand aan het einde. Om af te drukken of te downloaden, bijvoorbeeld voor de gemeente.",
    link: "Voortgangsrapportage maken",
    back: "Terug naar de samenwerking",
    intro: "Kies een periode. De rapportage begint met een samenvatting en is zo af te drukken of als Markdown te downloaden en te versturen.",

    periode_legend: "Periode",
    from_label: "Van (datum)",
    to_label: "Tot en met (datum)",
    quick_label: "Snel kiezen",
    quick_dit_jaar: "Dit jaar",
    quick_half_jaar: "Afgelopen half jaar",
    quick_start: "Sinds de start",
    err_from: "Vul bij ‘Van’ een geldige datum in.",
    err_to: "Vul bij ‘Tot en met’ een geldige datum in.",
    err_order: "De periode klopt niet: ‘Van’ ligt na ‘Tot en met’. Kies een begindatum die vóór de einddatum ligt.",

    actions_label: "Rapportage afdrukken of downloaden",
    print: "Afdrukken",
    download_markdown: "Download als Markdown",
    print_hint: "Afdrukken geeft een A4-document met de naam van de samenwerking en paginanummers onderaan; kies ‘Opslaan als pdf’ om het te mailen.",
    file_part: "voortgangsrapportage",
    footer: "{title} – {name}",

    periode_label: "Periode",
    periode_value: "{from} t/m {to}",
    made_on: "Opgemaakt op",
    h_samenvatting: "Samenvatting",
    h_opgave: "Opgave",
    h_partners: "Partners",
    h_bijeenkomsten: "Bijeenkomsten en besluiten",
    h_acties: "Acties",
    h_scan: "Ingrediëntenscan: ontwikkeling per factor",
    h_werkbladen: "Werkbladen",
    figures_label: "In cijfers",

    fact_bijeenkomsten: "Bijeenkomsten gehouden",
    fact_besluiten: "Besluiten",
    fact_klaar: "Acties klaar",
    fact_open: "Acties open",
    fact_te_laat: "Acties te laat",
    fact_scans: "Ingrediëntenscans",
    fact_werkbladen: "Werkbladen ingevuld",
    sum_no_meetings: "In deze periode is geen bijeenkomst gehouden.",
    sum_meetings: "In deze periode: {meetings} gehouden, met {besluiten}.",
    count_bijeenkomsten: Count {
        one: "{n} bijeenkomst",
        other: "{n} bijeenkomsten",
    },
    count_besluiten: Count {
        one: "{n} besluit",
        other: "{n} besluiten",
    },
    sum_no_acties: "Er zijn geen acties uit deze periode.",
    sum_acties: Count {
        one: "{n} actie: {klaar} klaar, {open} open en {late} te laat.",
        other: "{n} acties: {klaar} klaar, {open} open en {late} te laat.",
    },
    sum_no_scan: "In deze periode is geen Ingrediëntenscan gedaan (met zichtbare resultaten).",
    sum_scan_no_trend: Count {
        one: "{n} Ingrediëntenscan in deze periode, zonder eerdere scan om mee te vergelijken.",
        other: "{n} Ingrediëntenscans in deze periode, zonder scores om te vergelijken.",
    },
    sum_trend: "Ingrediëntenscan: van {from} naar {to} ging het gemiddelde van {up} omhoog, van {down} omlaag en bleef het bij {same} gelijk.",
    count_factoren: Count {
        one: "{n} factor",
        other: "{n} factoren",
    },

    opgave_empty: "Er is nog geen opgave beschreven.",
    route: "Route",
    partners_empty: "Er zijn nog geen partners vastgelegd.",
    partners_count: "{n}: {kern} in de kerngroep, {ring} in de complementaire ring, {vrij} in de vrije ruimte.",
    count_partners: Count {
        one: "{n} partner",
        other: "{n} partners",
    },
    partner_columns: ["Partner", "Soort", "Plaats"],

    meetings_empty: "In deze periode is geen bijeenkomst gehouden.",
    meeting_heading: "{date} – {vorm}, {status}",
    status_afgerond: "afgerond",
    status_bezig: "nog niet afgerond",

    acties_intro: "De acties uit de bijeenkomsten van deze periode, en die uit eerdere bijeenkomsten die bij het begin van de periode nog openstonden, met hun stand van vandaag. Te laat: niet klaar en de afgesproken datum ligt vóór {until}.",
    acties_te_laat: "Te laat",
    acties_open: "Open of bezig",
    acties_klaar: "Klaar",
    actie_eerder: "{status} (uit de bijeenkomst van {date})",

    scan_none: "In deze periode is geen Ingrediëntenscan gedaan (met zichtbare resultaten).",
    scan_intro: "De gemiddelde score (1 tot 5) per factor in de scans van deze periode. Een scan van vóór de periode staat erbij als beginpunt. Het verschil is de laatste scan min de eerste.",
    scan_label: "{title} ({date})",
    trend_beginpunt: "{scan}, beginpunt",
    col_factor: "Factor",
    col_verschil: "Verschil",
    trend_caption: "Gemiddelde per factor in de scans van deze periode",
    trend_table_caption: "Gemiddelde per factor per scan, en het verschil",

    partners_joined: "Nieuw in deze periode: {list}.",
    partners_left: "Vertrokken in deze periode: {list}.",
    partner_date: "{name} ({date})",

    h_indicatoren: "Doelen en indicatoren",
    indicatoren_empty: "Er zijn nog geen doelen met indicatoren vastgelegd.",
    indicatoren_intro: "Per doel de indicatoren: de laatste meting tot en met het einde van de periode, vergeleken met de nulmeting en de streefwaarde.",
    indicator_columns: [
        "Indicator",
        "Nulmeting",
        "Streefwaarde",
        "Laatste meting",
        "Verschil met nulmeting",
        "Voortgang",
        "Metingen in de periode",
    ],
    indicator_latest: "{value} ({date})",
    doel_no_indicator: "Bij dit doel is nog geen indicator vastgelegd.",

    h_leerlog: "Leerlog",
    leerlog_empty: "In deze periode is niets in het leerlog geschreven.",
    leerlog_heading: "{date} – {step}",
    leerlog_tried: "Wat we probeerden",
    leerlog_learned: "Wat we leerden",
    leerlog_loop: "Soort leren",
    leerlog_changes: "Wat we veranderen",
    leerlog_about: "Hoort bij",
    leerlog_werkblad: "werkblad {title}",
    leerlog_bijeenkomst: "bijeenkomst van {date}",
    leerlog_indicator: "indicator {name}",

    h_stand: "De stand aan het einde van de periode",
    stand_intro: "De stand op {date}: {aandacht} aandacht nodig, {goed} goed op weg, {nog} nog niet besproken. Zo bepaald: aandacht nodig bij een laag of verdeeld scangemiddelde, een ingrediënt dat bij de laatste bespreking niet is uitgepraat of waarbij niet iedereen aan boord was, of een actie die te laat is.",
    stand_columns: ["Factor", "Ingrediënt", "Stand", "Waarom"],
    stand_caption: "De stand per ingrediënt aan het einde van de periode",

    fact_metingen: "Metingen van indicatoren",
    fact_leerlog: "Lessen in het leerlog",
    fact_aandacht: "Ingrediënten met aandacht nodig (einde periode)",
    sum_stand: "Aan het einde van de periode ({date}) hebben {n} aandacht nodig.",
    count_ingredienten: Count {
        one: "{n} ingrediënt",
        other: "{n} ingrediënten",
    },

    werkbladen_empty: "In deze periode is geen werkblad gemaakt.",
    werkblad_line: "{title} (gemaakt op {date})",
    werkblad_with_meeting: "{title} (gemaakt op {date}, bij de bijeenkomst van {meeting})",
};

pub static EN: RapportTexts = RapportTexts {
    title: "Progress report",
    link_heading: "Progress report",
    link_intro: "An account of what the collaboration did over a period: meetings and decisions, actions, how the Ingredients scan developed, the goals and indicators, the learning log, the worksheets and where things stood at the end. To print or download, for example for the municipality.",
    link: "Make a progress report",
    back: "Back to the collaboration",
    intro: "Choose a period. The report opens with a summary and is ready to print, or to download as Markdown and send.",

    periode_legend: "Period",
    from_label: "From (date)",
    to_label: "Up to and including (date)",
    quick_label: "Quick choice",
    quick_dit_jaar: "This year",
    quick_half_jaar: "Last six months",
    quick_start: "Since the start",
    err_from: "Enter a valid date under ‘From’.",
    err_to: "Enter a valid date under ‘Up to and including’.",
    err_order: "The period is not right: ‘From’ is after ‘Up to and including’. Choose a start date before the end date.",

    actions_label: "Print or download the report",
    print: "Print",
    download_markdown: "Download as Markdown",
    print_hint: "Printing gives an A4 document with the collaboration's name and page numbers at the bottom; choose ‘Save as PDF’ to email it.",
    file_part: "progress-report",
    footer: "{title} – {name}",

    periode_label: "Period",
    periode_value: "{from} to {to}",
    made_on: "Prepared on",
    h_samenvatting: "Summary",
    h_opgave: "Shared challenge",
    h_partners: "Partners",
    h_bijeenkomsten: "Meetings and decisions",
    h_acties: "Actions",
    h_scan: "Ingredients scan: development per factor",
    h_werkbladen: "Worksheets",
    figures_label: "In figures",

    fact_bijeenkomsten: "Meetings held",
    fact_besluiten: "Decisions",
    fact_klaar: "Actions done",
    fact_open: "Actions open",
    fact_te_laat: "Actions overdue",
    fact_scans: "Ingredients scans",
    fact_werkbladen: "Worksheets filled in",
    sum_no_meetings: "No meeting was held in this period.",
    sum_meetings: "In this period: {meetings} held, with {besluiten}.",
    count_bijeenkomsten: Count {
        one: "{n} meeting",
        other: "{n} meetings",
    },
    count_besluiten: Count {
        one: "{n} decision",
        other: "{n} decisions",
    },
    sum_no_acties: "There are no actions from this period.",
    sum_acties: Count {
        one: "{n} action: {klaar} done, {open} open and {late} overdue.",
        other: "{n} actions: {klaar} done, {open} open and {late} overdue.",
    },
    sum_no_scan: "No Ingredients scan (with visible results) was done in this period.",
    sum_scan_no_trend: Count {
        one: "{n} Ingredients scan in this period, with no earlier scan to compare it with.",
        other: "{n} Ingredients scans in this period, without scores to compare.",
    },
    sum_trend: "Ingredients scan: from {from} to {to} the average went up for {up}, down for {down} and stayed the same for {same}.",
    count_factoren: Count {
        one: "{n} factor",
        other: "{n} factors",
    },

    opgave_empty: "No shared challenge has been described yet.",
    route: "Route",
    partners_empty: "No partners have been recorded yet.",
    partners_count: "{n}: {kern} in the core group, {ring} in the complementary ring, {vrij} in the open space.",
    count_partners: Count {
        one: "{n} partner",
        other: "{n} partners",
    },
    partner_columns: ["Partner", "Type", "Position"],

    meetings_empty: "No meeting was held in this period.",
    meeting_heading: "{date} – {vorm}, {status}",
    status_afgerond: "closed",
    status_bezig: "not yet closed",

    acties_intro: "The actions from this period's meetings, and those from earlier meetings that were still open at the start of the period, with where they stand today. Overdue: not done, and the agreed date is before {until}.",
    acties_te_laat: "Overdue",
    acties_open: "Open or in progress",
    acties_klaar: "Done",
    actie_eerder: "{status} (from the meeting of {date})",

    scan_none: "No Ingredients scan (with visible results) was done in this period.",
    scan_intro: "The average score (1 to 5) per factor in this period's scans. A scan from before the period is included as a starting point. The difference is the latest scan minus the first.",
    scan_label: "{title} ({date})",
    trend_beginpunt: "{scan}, starting point",
    col_factor: "Factor",
    col_verschil: "Difference",
    trend_caption: "Average per factor in this period's scans",
    trend_table_caption: "Average per factor per scan, and the difference",

    partners_joined: "New in this period: {list}.",
    partners_left: "Left in this period: {list}.",
    partner_date: "{name} ({date})",

    h_indicatoren: "Goals and indicators",
    indicatoren_empty: "No goals with indicators have been recorded yet.",
    indicatoren_intro: "The indicators for each goal: the latest measurement up to the end of the period, compared with the baseline and the target.",
    indicator_columns: [
        "Indicator",
        "Baseline",
        "Target",
        "Latest measurement",
        "Change since baseline",
        "Progress",
        "Measurements in the period",
    ],
    indicator_latest: "{value} ({date})",
    doel_no_indicator: "No indicator has been recorded for this goal yet.",

    h_leerlog: "Learning log",
    leerlog_empty: "Nothing was written in the learning log in this period.",
    leerlog_heading: "{date} – {step}",
    leerlog_tried: "What we tried",
    leerlog_learned: "What we learned",
    leerlog_loop: "Kind of learning",
    leerlog_changes: "What we are changing",
    leerlog_about: "Belongs to",
    leerlog_werkblad: "worksheet {title}",
    leerlog_bijeenkomst: "meeting of {date}",
    leerlog_indicator: "indicator {name}",

    h_stand: "Where things stood at the end of the period",
    stand_intro: "Where things stood on {date} – needs attention: {aandacht}; on track: {goed}; not yet discussed: {nog}. Decided as follows: needs attention when the scan average is low or divided, when an ingredient was not talked through at its latest discussion or not everyone was on board, or when an action is overdue.",
    stand_columns: ["Factor", "Ingredient", "Status", "Why"],
    stand_caption: "Where each ingredient stood at the end of the period",

    fact_metingen: "Indicator measurements",
    fact_leerlog: "Lessons in the learning log",
    fact_aandacht: "Ingredients that need attention (end of period)",
    sum_stand: "At the end of the period ({date}): {n} needing attention.",
    count_ingredienten: Count {
        one: "{n} ingredient",
        other: "{n} ingredients",
    },

    werkbladen_empty: "No worksheet was created in this period.",
    werkblad_line: "{title} (created on {date})",
    werkblad_with_meeting: "{title} (created on {date}, at the meeting of {meeting})",
};

#[cfg(test)]
mod tests {
    use crate::i18n::check::dutch_words;
    use crate::i18n::{fill, t, with_lang, Lang};

    /// The summary's sentences, filled the way `report::voortgang` fills them.
    #[test]
    fn the_summary_sentences_read_well_in_english() {
        let out = with_lang(Lang::En, || {
            let r = t().rapport;
            [
                fill(
                    r.sum_meetings,
                    &[
                        ("meetings", &r.count_bijeenkomsten.of(1)),
                        ("besluiten", &r.count_besluiten.of(3)),
                    ],
                ),
                r.sum_acties
                    .with(4, &[("klaar", "2"), ("open", "1"), ("late", "1")]),
                fill(
                    r.sum_stand,
                    &[
                        ("date", &t().date("2026-12-08")),
                        ("n", &r.count_ingredienten.of(1)),
                    ],
                ),
            ]
            .join(" ")
        });
        let date = with_lang(Lang::En, || t().date("2026-12-08"));
        assert_eq!(
            out,
            format!(
                "In this period: 1 meeting held, with 3 decisions. 4 actions: 2 done, 1 open and \
                 1 overdue. At the end of the period ({date}): 1 ingredient needing attention."
            )
        );
        assert!(dutch_words(&out).is_empty(), "{out}");
    }
}
