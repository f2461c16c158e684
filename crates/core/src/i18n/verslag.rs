//! Strings of the verslag and achterban-blad screens (Dutch and English), and the labels of the
//! Ingrediëntenscan in the Markdown reports (`scan`).

use crate::domain::bijeenkomst::ActieStatus;
use crate::domain::scan::{Source, Spread};

use super::Count;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct VerslagUiTexts {
    pub tab: &'static str,
    pub achterban_tab: &'static str,

    // Shared
    pub print: &'static str,
    pub download_markdown: &'static str,
    /// Accessible name of a per-organisation download button: starts with the visible text.
    pub download_markdown_for: &'static str,
    pub downloaded: &'static str,
    pub download_failed: &'static str,
    pub print_failed: &'static str,
    pub no_notes: &'static str,
    pub samenwerking: &'static str,
    /// File name parts (lowercase, letters and dashes only).
    pub file_verslag: &'static str,
    pub file_acties: &'static str,
    pub file_achterban: &'static str,
    pub file_no_date: &'static str,

    // Verslag
    pub actions_label: &'static str,
    pub download_csv: &'static str,
    pub verslag_intro: &'static str,
    pub not_started: &'static str,
    pub agenda_empty: &'static str,
    pub notes_heading: &'static str,
    pub nobody: &'static str,
    pub verslag_heading: &'static str,
    pub phase_heading: &'static str,
    pub not_on_board_note: &'static str,
    /// Partners who do not attend (after "Aanwezig").
    pub absent: &'static str,
    /// The summary up front: its heading (screen and print), and the list of all besluiten.
    pub summary_heading: &'static str,
    pub summary_besluiten: &'static str,
    /// A closed meeting's actie whose status changed since: "Open (nu: klaar)".
    pub status_since: &'static str,
    /// The status inside "(nu: …)", lower case: open, bezig, klaar.
    pub status_now: [&'static str; 3],
    /// Who took part in the scan that set the agenda, and how.
    pub deelnemers: Count,
    pub deelname_laptop: Count,
    pub deelname_file: Count,
    pub deelname_paper: Count,
    pub verslag_from_scan: &'static str,
    /// The running footer of the printed verslag.
    pub footer: &'static str,
    /// Around the page number in the printed footer: "Pagina 2 van 3".
    pub page_before: &'static str,
    pub page_of: &'static str,
    /// The choice of achterban-bladen to print.
    pub print_choice_legend: &'static str,
    pub print_choice_hint: &'static str,
    pub print_chosen: Count,
    pub print_none_chosen: &'static str,
    pub blad_absent: &'static str,
    pub blad_inwoner: &'static str,

    // Achterban-bladen
    pub achterban_heading: &'static str,
    pub achterban_intro: &'static str,
    pub achterban_bob: &'static str,
    pub achterban_no_agenda: &'static str,
    pub achterban_no_partners: &'static str,
    pub blad_heading: &'static str,
    pub blad_intro: &'static str,
    pub beeld_heading: &'static str,
    pub beeld_empty: &'static str,
    pub vragen_heading: &'static str,
    pub vragen_empty: &'static str,
    pub antwoord_heading: &'static str,
    pub antwoord_empty: &'static str,
    pub record_heading: &'static str,
    pub record_intro: &'static str,
    pub antwoord_label: &'static str,

    /// The Ingrediëntenscan in the Markdown reports (`report::scan_markdown` and the section
    /// in the verslag of a bijeenkomst).
    pub scan: ScanReportTexts,
}

/// Labels of the Ingrediëntenscan summary. Placeholders are filled with `i18n::fill`.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct ScanReportTexts {
    /// Section heading in the verslag, and the first part of the summary's title.
    pub heading: &'static str,
    pub title: &'static str,
    pub date: &'static str,
    /// In the verslag: which scan set the agenda.
    pub verslag_intro: &'static str,

    pub participation: &'static str,
    pub source_laptop: &'static str,
    pub source_file: &'static str,
    pub source_paper: &'static str,
    pub paper_cards: &'static str,
    pub total_answers: &'static str,
    pub not_revealed: &'static str,

    pub results_heading: &'static str,
    pub results_intro: &'static str,
    pub factors_heading: &'static str,
    pub col_ingredient: &'static str,
    pub col_factor: &'static str,
    pub col_scores: &'static str,
    pub col_unknown: &'static str,
    pub col_mean: &'static str,
    pub col_range: &'static str,
    pub col_distribution: &'static str,
    pub col_spread: &'static str,
    /// In a table cell without scores (no mean, no range).
    pub none: &'static str,

    pub spread_too_few: &'static str,
    pub spread_agreement: &'static str,
    pub spread_mixed: &'static str,
    pub spread_divided: &'static str,

    pub divergence_heading: &'static str,
    pub divergence_item: &'static str,
    pub divergence_none: &'static str,
    pub weakest_heading: &'static str,
    pub weakest_item: &'static str,
    pub weakest_none: &'static str,

    pub organisations_heading: &'static str,
    pub organisations_intro: &'static str,
    pub organisation_heading: super::Count,
    pub organisation_too_few_scores: &'static str,
    pub organisations_none: &'static str,
    pub organisations_hidden: &'static str,
    pub organisations_without: &'static str,
    pub organisations_by_difference: &'static str,

    pub remarks_heading: &'static str,
    pub remarks_intro: &'static str,
    pub remarks_none: &'static str,
}

impl VerslagUiTexts {
    /// The status inside "(nu: …)".
    pub fn status_now(&self, status: ActieStatus) -> &'static str {
        match status {
            ActieStatus::Open => self.status_now[0],
            ActieStatus::Bezig => self.status_now[1],
            ActieStatus::Klaar => self.status_now[2],
        }
    }
}

impl ScanReportTexts {
    pub fn spread(&self, spread: Spread) -> &'static str {
        match spread {
            Spread::TooFew => self.spread_too_few,
            Spread::Agreement => self.spread_agreement,
            Spread::Mixed => self.spread_mixed,
            Spread::Divided => self.spread_divided,
        }
    }

    /// How a response came in, as the label of its count.
    pub fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Laptop => self.source_laptop,
            Source::File => self.source_file,
            Source::Paper => self.source_paper,
        }
    }
}

pub static NL: VerslagUiTexts = VerslagUiTexts {
    tab: "Verslag",
    achterban_tab: "Achterban-bladen",

    print: "Afdrukken",
    download_markdown: "Download als Markdown",
    download_markdown_for: "Download als Markdown: achterban-blad voor {group}",
    downloaded: "„{file}” is opgeslagen in je downloads.",
    download_failed: "Downloaden is niet gelukt: de browser kon het bestand niet aanmaken. Er is niets veranderd.",
    print_failed: "Afdrukken is niet gelukt: de browser kon het afdrukvenster niet openen. Gebruik het afdrukmenu van de browser.",
    no_notes: "Geen aantekeningen.",
    samenwerking: "Samenwerking",
    file_verslag: "verslag",
    file_acties: "acties",
    file_achterban: "achterban-blad",
    file_no_date: "zonder-datum",

    actions_label: "Verslag afdrukken of downloaden",
    download_csv: "Acties als CSV (Excel)",
    verslag_intro: "Het verslag wordt samengesteld uit de aantekeningen, checkvragen, besluiten en acties van deze bijeenkomst. Afdrukken geeft alleen het verslag, zonder knoppen en menu’s.",
    not_started: "Deze bijeenkomst is nog niet begonnen: het verslag is nog leeg.",
    agenda_empty: "Er stonden geen ingrediënten op de agenda.",
    notes_heading: "Aantekeningen",
    nobody: "niemand genoemd",
    verslag_heading: "{title}: {name}",
    phase_heading: "{phase}: {question}",
    not_on_board_note: "({label}: {names})",
    absent: "Afwezig",
    summary_heading: "Samenvatting",
    summary_besluiten: "Besluiten",
    status_since: "{status} (nu: {now})",
    status_now: ["open", "bezig", "klaar"],
    deelnemers: Count {
        one: "1 deelnemer",
        other: "{n} deelnemers",
    },
    deelname_laptop: Count {
        one: "1 op de laptop",
        other: "{n} op de laptop",
    },
    deelname_file: Count {
        one: "1 via een antwoordbestand",
        other: "{n} via een antwoordbestand",
    },
    deelname_paper: Count {
        one: "1 op papier",
        other: "{n} op papier",
    },
    verslag_from_scan: "de agenda kwam uit deze scan ({deelname}); de uitkomsten staan in het Markdown-verslag en op de resultatenpagina.",
    footer: "{title}: {name} · {date}",
    page_before: "Pagina ",
    page_of: " van ",
    print_choice_legend: "Welke bladen afdrukken?",
    print_choice_hint: "Elk blad komt op een eigen A4. Vooraf aangevinkt: de organisaties die bij de bijeenkomst aanwezig zijn, zonder inwoners.",
    print_chosen: Count {
        one: "Afdrukken (1 blad)",
        other: "Afdrukken ({n} bladen)",
    },
    print_none_chosen: "Vink eerst minstens één blad aan om af te drukken.",
    blad_absent: "niet aanwezig",
    blad_inwoner: "inwoner",

    achterban_heading: "Achterban-bladen",
    achterban_intro: "Bij BARB nemen de partners het beeld en de vragen mee naar hun achterban. Druk per organisatie een achterban-blad af (elk blad op een eigen A4) of download het als Markdown, en leg de antwoorden hieronder vast voor de Revisie.",
    achterban_bob: "Achterban-bladen horen bij BARB (Beeldvorming → Achterbanraadpleging → Revisie → Besluitvorming). Deze bijeenkomst volgt BOB: daarin besluiten de partners in de bijeenkomst zelf, zonder hun achterban tussendoor te raadplegen.",
    achterban_no_agenda: "Er staan nog geen ingrediënten op de agenda. Kies ze bij Voorbereiden; daarna verschijnen hier de achterban-bladen.",
    achterban_no_partners: "Deze samenwerking heeft nog geen partners. Voeg ze toe op de pagina van de samenwerking; daarna verschijnt hier een achterban-blad per organisatie.",
    blad_heading: "Achterban-blad voor {group}",
    blad_intro: "Bespreek het beeld en de vragen hieronder met je achterban en neem de antwoorden mee naar de volgende bijeenkomst.",
    beeld_heading: "Het beeld tot nu toe",
    beeld_empty: "Nog geen beeld vastgelegd.",
    vragen_heading: "Vragen voor de achterban",
    vragen_empty: "Nog geen vragen vastgelegd.",
    antwoord_heading: "Antwoord van {group}",
    antwoord_empty: "Nog niet ingevuld.",
    record_heading: "Antwoorden van {group} vastleggen",
    record_intro: "Wat de achterban antwoordt, wordt direct bewaard en komt in het verslag en bij de Revisie.",
    antwoord_label: "Antwoord van {group} over {ingredient}",

    scan: ScanReportTexts {
        heading: "Ingrediëntenscan",
        title: "Ingrediëntenscan: {title}",
        date: "Datum",
        verslag_intro: "De agenda van deze bijeenkomst is mede gekozen op grond van de scan „{title}” van {date}.",

        participation: "Deelname",
        source_laptop: "Om de beurt op de laptop ingevuld",
        source_file: "Via een antwoordbestand",
        source_paper: "Van een papieren formulier overgenomen",
        paper_cards: "Kaartjes uit een papieren ronde",
        total_answers: "Antwoorden in totaal (scores en „weet ik niet”, alle ingrediënten samen)",
        not_revealed: "De uitkomsten zijn nog niet zichtbaar. De procesbegeleider laat ze in de bijeenkomst samen met de groep zien; pas daarna staan ze in dit overzicht.",

        results_heading: "Uitkomsten per ingrediënt",
        results_intro: "Scores van 1 tot en met 5; „weet ik niet” telt niet mee in het gemiddelde. De verdeling zegt hoe vaak elke score (1 / 2 / 3 / 4 / 5) is gegeven; „sterk verdeeld” betekent dat de scores ver uiteenlopen.",
        factors_heading: "Uitkomsten per factor",
        col_ingredient: "Ingrediënt",
        col_factor: "Factor",
        col_scores: "Scores",
        col_unknown: "Weet niet",
        col_mean: "Gemiddelde",
        col_range: "Laagste–hoogste",
        col_distribution: "Verdeling (1 / 2 / 3 / 4 / 5)",
        col_spread: "Eensgezindheid",
        none: "–",

        spread_too_few: "te weinig antwoorden",
        spread_agreement: "eensgezind",
        spread_mixed: "wisselend",
        spread_divided: "sterk verdeeld",

        divergence_heading: "Waar verschillen we het meest?",
        divergence_item: "{spread} (scores van {min} tot {max}, gemiddelde {mean}, aantal scores {n})",
        divergence_none: "Nog te weinig scores om verschillen te zien.",
        weakest_heading: "Zwakste ingrediënten",
        weakest_item: "gemiddelde {mean}, aantal scores {n}",
        weakest_none: "Nog geen scores.",

        organisations_heading: "Per organisatie",
        organisations_intro: "Alleen organisaties waarvan minstens {min} deelnemers de scan invulden, en binnen een organisatie alleen ingrediënten en factoren met minstens {min} scores. Zo is niemand herkenbaar. Een ronde op papier telt hier niet mee.",
        organisation_heading: super::Count {
            one: "{organisation} ({n} deelnemer)",
            other: "{organisation} ({n} deelnemers)",
        },
        organisation_too_few_scores: "Per ingrediënt te weinig scores om te tonen.",
        organisations_none: "Geen organisatie had genoeg deelnemers voor een eigen overzicht.",
        organisations_hidden: "Kleinere groepen weggelaten om niemand herkenbaar te maken (minder dan {min} deelnemers): {n}.",
        organisations_without: "Deelnemers die geen organisatie noemden: {n}.",
        organisations_by_difference: "Cijfers per ingrediënt die ook zijn weggelaten, omdat anders uit het totaal de antwoorden van één of twee mensen te herleiden zijn: {n}.",

        remarks_heading: "Opmerkingen",
        remarks_intro: "Anoniem, zonder namen of organisaties, en per ingrediënt op alfabetische volgorde, zodat opmerkingen niet aan één persoon te koppelen zijn.",
        remarks_none: "Geen opmerkingen.",
    },
};

pub static EN: VerslagUiTexts = VerslagUiTexts {
    tab: "Minutes",
    achterban_tab: "Constituency sheets",

    print: "Print",
    download_markdown: "Download as Markdown",
    download_markdown_for: "Download as Markdown: constituency sheet for {group}",
    downloaded: "“{file}” has been saved to your downloads.",
    download_failed: "The download did not work: the browser could not create the file. Nothing has changed.",
    print_failed: "Printing did not work: the browser could not open the print window. Use the browser’s print menu.",
    no_notes: "No notes.",
    samenwerking: "Collaboration",
    file_verslag: "minutes",
    file_acties: "actions",
    file_achterban: "constituency-sheet",
    file_no_date: "no-date",

    actions_label: "Print or download the minutes",
    download_csv: "Actions as CSV (Excel)",
    verslag_intro: "The minutes are put together from the notes, check questions, decisions and actions of this meeting. Printing gives just the minutes, without buttons and menus.",
    not_started: "This meeting has not started yet, so the minutes are still empty.",
    agenda_empty: "There were no ingredients on the agenda.",
    notes_heading: "Notes",
    nobody: "nobody named",
    verslag_heading: "{title}: {name}",
    phase_heading: "{phase}: {question}",
    not_on_board_note: "({label}: {names})",
    absent: "Absent",
    summary_heading: "Summary",
    summary_besluiten: "Decisions",
    status_since: "{status} (now: {now})",
    status_now: ["open", "in progress", "done"],
    deelnemers: Count {
        one: "1 participant",
        other: "{n} participants",
    },
    deelname_laptop: Count {
        one: "1 on the laptop",
        other: "{n} on the laptop",
    },
    deelname_file: Count {
        one: "1 by answer file",
        other: "{n} by answer file",
    },
    deelname_paper: Count {
        one: "1 on paper",
        other: "{n} on paper",
    },
    verslag_from_scan: "the agenda came from this scan ({deelname}); the results are in the Markdown minutes and on the results page.",
    footer: "{title}: {name} · {date}",
    page_before: "Page ",
    page_of: " of ",
    print_choice_legend: "Which sheets do you want to print?",
    print_choice_hint: "Each sheet is printed on its own A4 page. Ticked in advance: the organisations present at the meeting, without residents.",
    print_chosen: Count {
        one: "Print (1 sheet)",
        other: "Print ({n} sheets)",
    },
    print_none_chosen: "Tick at least one sheet to print first.",
    blad_absent: "absent",
    blad_inwoner: "resident",

    achterban_heading: "Constituency sheets",
    achterban_intro: "With BARB, the partners take the picture and the questions to their constituency. Print a constituency sheet for each organisation (each on its own A4 page) or download it as Markdown, and record the answers below for the Revision.",
    achterban_bob: "Constituency sheets belong to BARB (Forming a picture → Consulting the constituency → Revision → Decision-making). This meeting follows BOB: the partners decide in the meeting itself, without consulting their constituency in between.",
    achterban_no_agenda: "There are no ingredients on the agenda yet. Choose them under Prepare; the constituency sheets will then appear here.",
    achterban_no_partners: "This collaboration has no partners yet. Add them on the collaboration’s page; a constituency sheet for each organisation will then appear here.",
    blad_heading: "Constituency sheet for {group}",
    blad_intro: "Discuss the picture and the questions below with your constituency, and bring their answers to the next meeting.",
    beeld_heading: "The picture so far",
    beeld_empty: "No picture recorded yet.",
    vragen_heading: "Questions for the constituency",
    vragen_empty: "No questions recorded yet.",
    antwoord_heading: "Answer from {group}",
    antwoord_empty: "Not filled in yet.",
    record_heading: "Record the answers from {group}",
    record_intro: "What the constituency answers is saved straight away and appears in the minutes and at the Revision.",
    antwoord_label: "Answer from {group} on {ingredient}",

    scan: ScanReportTexts {
        heading: "Ingredients scan",
        title: "Ingredients scan: {title}",
        date: "Date",
        verslag_intro: "The agenda of this meeting was chosen partly on the basis of the scan “{title}” of {date}.",

        participation: "Participation",
        source_laptop: "Filled in on the laptop, taking turns",
        source_file: "By answer file",
        source_paper: "Copied from a paper form",
        paper_cards: "Cards from a paper round",
        total_answers: "Answers in total (scores and “don’t know”, all ingredients together)",
        not_revealed: "The results are not visible yet. The facilitator reveals them to the group in the meeting; only then do they appear in this overview.",

        results_heading: "Results per ingredient",
        results_intro: "Scores from 1 to 5; “don’t know” does not count towards the average. The distribution shows how often each score (1 / 2 / 3 / 4 / 5) was given; “strongly divided” means the scores are far apart.",
        factors_heading: "Results per factor",
        col_ingredient: "Ingredient",
        col_factor: "Factor",
        col_scores: "Scores",
        col_unknown: "Don’t know",
        col_mean: "Average",
        col_range: "Lowest–highest",
        col_distribution: "Distribution (1 / 2 / 3 / 4 / 5)",
        col_spread: "Agreement",
        none: "–",

        spread_too_few: "too few answers",
        spread_agreement: "in agreement",
        spread_mixed: "mixed",
        spread_divided: "strongly divided",

        divergence_heading: "Where do we differ most?",
        divergence_item: "{spread} (scores from {min} to {max}, average {mean}, number of scores {n})",
        divergence_none: "Too few scores yet to see differences.",
        weakest_heading: "Weakest ingredients",
        weakest_item: "average {mean}, number of scores {n}",
        weakest_none: "No scores yet.",

        organisations_heading: "Per organisation",
        organisations_intro: "Only organisations where at least {min} participants filled in the scan, and within an organisation only ingredients and factors with at least {min} scores. That way nobody can be identified. A paper round does not count here.",
        organisation_heading: super::Count {
            one: "{organisation} ({n} participant)",
            other: "{organisation} ({n} participants)",
        },
        organisation_too_few_scores: "Too few scores per ingredient to show.",
        organisations_none: "No organisation had enough participants for an overview of its own.",
        organisations_hidden: "Smaller groups left out so that nobody can be identified (fewer than {min} participants): {n}.",
        organisations_without: "Participants who did not name an organisation: {n}.",
        organisations_by_difference: "Figures per ingredient also left out, because otherwise the answers of one or two people could be worked out from the total: {n}.",

        remarks_heading: "Remarks",
        remarks_intro: "Anonymous, without names or organisations, and in alphabetical order per ingredient, so that no remark can be linked to one person.",
        remarks_none: "No remarks.",
    },
};

#[cfg(test)]
mod tests {
    use crate::domain::bijeenkomst::ActieStatus;
    use crate::domain::scan::{Source, Spread};
    use crate::i18n::check::dutch_words;
    use crate::i18n::{t, with_lang, Lang};

    #[test]
    fn status_now_speaks_english() {
        let out = with_lang(Lang::En, || {
            [ActieStatus::Open, ActieStatus::Bezig, ActieStatus::Klaar]
                .map(|status| t().verslag_ui.status_now(status))
        });
        assert_eq!(out, ["open", "in progress", "done"]);
        assert!(out.iter().all(|text| dutch_words(text).is_empty()));
    }

    #[test]
    fn spread_speaks_english() {
        let out = with_lang(Lang::En, || {
            [
                Spread::TooFew,
                Spread::Agreement,
                Spread::Mixed,
                Spread::Divided,
            ]
            .map(|spread| t().verslag_ui.scan.spread(spread))
        });
        assert_eq!(
            out,
            [
                "too few answers",
                "in agreement",
                "mixed",
                "strongly divided"
            ]
        );
        assert!(out.iter().all(|text| dutch_words(text).is_empty()));
    }

    #[test]
    fn source_speaks_english() {
        let out = with_lang(Lang::En, || {
            [Source::Laptop, Source::File, Source::Paper]
                .map(|source| t().verslag_ui.scan.source(source))
        });
        assert_eq!(
            out,
            [
                "Filled in on the laptop, taking turns",
                "By answer file",
                "Copied from a paper form",
            ]
        );
        assert!(out.iter().all(|text| dutch_words(text).is_empty()));
    }
}
