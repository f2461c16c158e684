//! Strings of planning and leading a bijeenkomst (Dutch).

use super::{fill, Count, Texts};
use crate::domain::bijeenkomst::{Checkvraag, OpenCheck};
use crate::domain::content;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct BijeenkomstTexts {
    pub title: &'static str,
    pub not_found: &'static str,
    pub tabs_label: &'static str,
    pub plan_tab: &'static str,
    pub run_tab: &'static str,

    // The list on the samenwerking page
    pub section_heading: &'static str,
    pub section_intro: &'static str,
    pub section_empty: &'static str,
    pub new_heading: &'static str,
    pub new_button: &'static str,
    pub planned: &'static str,
    pub status_gepland: &'static str,
    pub status_bezig: &'static str,
    pub status_afgerond: &'static str,
    pub open: &'static str,
    pub deleted: &'static str,
    pub agenda_count: Count,

    // Planning
    pub details_heading: &'static str,
    pub date_label: &'static str,
    pub place_label: &'static str,
    pub vorm_heading: &'static str,
    pub vorm_bob_hint: &'static str,
    pub vorm_barb_hint: &'static str,
    pub vorm_fixed: &'static str,
    pub attendees_heading: &'static str,
    pub attendees_none: &'static str,
    pub agenda_heading: &'static str,
    pub agenda_hint: &'static str,
    pub factor_all: &'static str,
    pub factor_none: &'static str,
    pub suggestions_heading: &'static str,
    pub suggestions_intro: &'static str,
    pub suggestions_add: &'static str,
    pub minutes_heading: &'static str,
    pub minutes_label: &'static str,
    pub minutes_total: Count,
    pub start_button: &'static str,
    pub started: &'static str,
    pub status_running: &'static str,
    pub status_done: &'static str,
    pub delete_heading: &'static str,

    // Leading
    pub not_started: &'static str,
    pub stepper_label: &'static str,
    pub phase_of: &'static str,
    pub prev_phase: &'static str,
    pub next_phase: &'static str,
    pub finish: &'static str,
    pub finished: &'static str,
    pub finished_note: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    /// Before Besluitvorming: how many ingrediënten are not settled.
    pub confirm_heading: Count,
    /// An ingrediënt where not everyone is on board, with their names.
    pub confirm_not_on_board: &'static str,
    /// An ingrediënt where a checkvraag says "nee" (or "deels" for aan boord).
    pub confirm_nee: &'static str,
    /// An ingrediënt where a checkvraag is not answered yet.
    pub confirm_unanswered: &'static str,
    pub confirm_question: &'static str,
    /// Joins the last two names of a list: "Anna, Bert en Cor".
    pub list_and: &'static str,
    pub finish_question: &'static str,
    pub finish_yes: &'static str,
    pub finish_no: &'static str,
    /// Said after a move forward or back, with the timer's state.
    pub moved_to: &'static str,
    pub moved_back: &'static str,
    pub timer_runs: &'static str,
    pub timer_still: &'static str,
    pub timer_still_presenting: &'static str,
    pub timer_label: &'static str,
    pub timer_start: &'static str,
    pub timer_pause: &'static str,
    pub timer_left: &'static str,
    pub timer_over: &'static str,
    pub presentation_on: &'static str,
    pub presentation_off: &'static str,
    pub shortcuts: &'static str,
    pub questions: &'static str,
    pub notes_label: &'static str,
    pub checks_heading: &'static str,
    pub not_on_board: &'static str,
    pub achterban_vragen_label: &'static str,
    pub revisie_heading: &'static str,
    pub no_answer: &'static str,
    pub besluiten_heading: &'static str,
    pub besluit_label: &'static str,
    pub besluit_add: &'static str,
    pub besluit_remove: &'static str,
    pub besluit_added: &'static str,
    pub acties_heading: &'static str,
    pub actie_wat: &'static str,
    pub actie_wie: &'static str,
    pub actie_wanneer: &'static str,
    pub actie_ingredient: &'static str,
    pub actie_algemeen: &'static str,
    pub actie_add: &'static str,
    pub actie_added: &'static str,
    pub actie_status: &'static str,
    pub actie_remove: &'static str,
    pub review_heading: &'static str,
    pub review_empty: &'static str,
    pub item_of: &'static str,
    pub next_item: &'static str,
    pub prev_item: &'static str,
    pub agenda_empty: &'static str,

    // Editing besluiten and acties in place
    pub edit: &'static str,
    pub save: &'static str,
    pub besluit_count: Count,
    pub besluit_edit: &'static str,
    pub besluit_edit_label: &'static str,
    pub besluit_saved: &'static str,
    pub besluit_removed: &'static str,
    pub actie_count: Count,
    pub review_count: Count,
    pub actie_edit: &'static str,
    pub actie_saved: &'static str,
    pub actie_removed: &'static str,
    pub actie_unchanged: &'static str,

    // Planning: starting before the long lists
    pub start_heading: &'static str,
    pub start_agenda: Count,
    pub start_attendees: Count,
    pub start_minutes: Count,
    pub start_hint: &'static str,
    pub suggestions_added: Count,
}

pub static NL: BijeenkomstTexts = BijeenkomstTexts {
    title: "Bijeenkomst",
    not_found: "Deze bijeenkomst bestaat niet (meer) op dit apparaat.",
    tabs_label: "Onderdelen van de bijeenkomst",
    plan_tab: "Voorbereiden",
    run_tab: "Leiden",

    section_heading: "Bijeenkomsten",
    section_intro: "Een bijeenkomst volgt BOB (Beeldvorming, Oordeelsvorming, Besluitvorming) of BARB (Beeldvorming, Achterbanraadpleging, Revisie, Besluitvorming) langs de ingrediënten op de agenda.",
    section_empty: "Nog geen bijeenkomsten gepland.",
    new_heading: "Nieuwe bijeenkomst plannen",
    new_button: "Bijeenkomst plannen",
    planned: "De bijeenkomst is gepland. Kies nu de agenda.",
    status_gepland: "Gepland",
    status_bezig: "Bezig",
    status_afgerond: "Afgerond",
    open: "Openen",
    deleted: "De bijeenkomst is verwijderd.",
    agenda_count: Count {
        one: "{n} ingrediënt op de agenda",
        other: "{n} ingrediënten op de agenda",
    },

    details_heading: "Datum en plaats",
    date_label: "Datum",
    place_label: "Plaats",
    vorm_heading: "Vorm van het gesprek",
    vorm_bob_hint: "Samen een beeld vormen, een oordeel vormen en besluiten in één bijeenkomst.",
    vorm_barb_hint: "Tussen beeldvorming en besluit raadplegen de partners hun achterban; daarna herzien jullie samen het oordeel.",
    vorm_fixed: "De bijeenkomst is begonnen: de vorm ligt vast.",
    attendees_heading: "Wie zijn er bij?",
    attendees_none: "Deze samenwerking heeft nog geen partners. Voeg ze toe op de pagina van de samenwerking.",
    agenda_heading: "Agenda: welke ingrediënten bespreken jullie?",
    agenda_hint: "Kies losse ingrediënten of een hele factor. De bijeenkomst volgt de volgorde van het Gespreksmodel.",
    factor_all: "Hele factor {factor} op de agenda",
    factor_none: "Factor {factor} van de agenda halen",
    suggestions_heading: "Nog open na de vorige bijeenkomst",
    suggestions_intro: "Bij deze ingrediënten waren de checkvragen nog niet allemaal met „ja” beantwoord:",
    suggestions_add: "Zet deze op de agenda",
    minutes_heading: "Tijd per fase",
    minutes_label: "{phase} (minuten)",
    minutes_total: Count {
        one: "Totaal: {n} minuut",
        other: "Totaal: {n} minuten",
    },
    start_button: "Bijeenkomst starten",
    started: "De bijeenkomst is begonnen: Beeldvorming.",
    status_running: "Deze bijeenkomst is bezig. Ga naar Leiden om verder te gaan.",
    status_done: "Deze bijeenkomst is afgerond. Het verslag staat klaar.",
    delete_heading: "Bijeenkomst verwijderen",

    not_started: "De bijeenkomst is nog niet begonnen. Kies de agenda en start haar bij Voorbereiden.",
    stepper_label: "Fasen van de bijeenkomst",
    phase_of: "Fase {n} van {total}",
    prev_phase: "Vorige fase",
    next_phase: "Volgende fase",
    finish: "Bijeenkomst afronden",
    finished: "De bijeenkomst is afgerond. Het verslag staat klaar.",
    finished_note: "Deze bijeenkomst is afgerond. Aantekeningen kunnen nog worden aangevuld.",
    confirm_yes: "Toch naar Besluitvorming",
    confirm_no: "Terug naar het gesprek",
    confirm_heading: Count {
        one: "Bij {n} ingrediënt is het gesprek nog niet rond:",
        other: "Bij {n} ingrediënten is het gesprek nog niet rond:",
    },
    confirm_not_on_board: "Bij {ingredient} is nog niet iedereen aan boord: {names}.",
    confirm_nee: "Bij {ingredient} is „{vraag}” beantwoord met „{antwoord}”.",
    confirm_unanswered: "Bij {ingredient} is „{vraag}” nog niet beantwoord.",
    confirm_question: "Besluit pas als alles besproken is en iedereen gehoord en aan boord is. Toch naar Besluitvorming?",
    list_and: " en ",
    finish_question: "De bijeenkomst afronden? Daarna staat het verslag klaar en liggen de fasen vast. Aantekeningen, besluiten en acties kunnen nog worden aangevuld.",
    finish_yes: "Ja, bijeenkomst afronden",
    finish_no: "Nog niet afronden",
    moved_to: "Naar {phase}.",
    moved_back: "Terug naar {phase}.",
    timer_runs: "De tijd van deze fase loopt.",
    timer_still: "De tijd van deze fase staat stil; start hem met de knop Timer starten.",
    timer_still_presenting: "De tijd van deze fase staat stil; start hem met T of de knop.",
    timer_label: "Tijd voor deze fase",
    timer_start: "Timer starten",
    timer_pause: "Timer pauzeren",
    timer_left: "nog {time}",
    timer_over: "{time} over tijd",
    presentation_on: "Presentatie op de beamer",
    presentation_off: "Presentatie sluiten",
    shortcuts: "Sneltoetsen buiten tekstvelden: → volgende fase, ← vorige fase, ↓ volgend ingrediënt, ↑ vorig ingrediënt, T timer starten of pauzeren, Esc presentatie sluiten.",
    questions: "Inhoudelijke vragen",
    notes_label: "Aantekeningen: {phase}",
    checks_heading: "Checkvragen",
    not_on_board: "Nog niet gehoord of aan boord:",
    achterban_vragen_label: "Vragen om mee te nemen naar de achterban",
    revisie_heading: "Wat zegt de achterban?",
    no_answer: "Nog geen antwoord vastgelegd.",
    besluiten_heading: "Besluiten",
    besluit_label: "Nieuw besluit over {ingredient}",
    besluit_add: "Besluit vastleggen",
    besluit_remove: "Verwijderen: besluit {n}",
    besluit_added: "Het besluit is vastgelegd.",
    acties_heading: "Acties: wie gaat wat wanneer doen?",
    actie_wat: "Wat",
    actie_wie: "Wie",
    actie_wanneer: "Wanneer",
    actie_ingredient: "Bij ingrediënt",
    actie_algemeen: "Algemeen",
    actie_add: "Actie toevoegen",
    actie_added: "De actie is toegevoegd.",
    actie_status: "Status van: {wat}",
    actie_remove: "Verwijderen: {wat}",
    review_heading: "Openstaande acties van eerdere bijeenkomsten",
    review_empty: "Er staan geen acties van eerdere bijeenkomsten meer open.",
    item_of: "Ingrediënt {n} van {total}",
    next_item: "Volgend ingrediënt",
    prev_item: "Vorig ingrediënt",
    agenda_empty: "Er staan nog geen ingrediënten op de agenda. Kies ze bij Voorbereiden.",

    edit: "Bewerken",
    save: "Opslaan",
    besluit_count: Count {
        one: "{n} besluit",
        other: "{n} besluiten",
    },
    besluit_edit: "Bewerken: besluit {n}",
    besluit_edit_label: "Besluit {n}",
    besluit_saved: "Het besluit is aangepast.",
    besluit_removed: "Besluit {n} is verwijderd. Ctrl+Z (buiten een tekstveld) of „Ongedaan maken” bovenaan zet het terug.",
    actie_count: Count {
        one: "{n} actie afgesproken in deze bijeenkomst.",
        other: "{n} acties afgesproken in deze bijeenkomst.",
    },
    review_count: Count {
        one: "{n} actie om na te lopen.",
        other: "{n} acties om na te lopen.",
    },
    actie_edit: "Bewerken: {wat}",
    actie_saved: "De actie is aangepast.",
    actie_removed: "De actie „{wat}” is verwijderd. Ctrl+Z (buiten een tekstveld) of „Ongedaan maken” bovenaan zet haar terug.",
    actie_unchanged: "Er is niets veranderd.",

    start_heading: "Bijeenkomst starten",
    start_agenda: Count {
        one: "{n} ingrediënt op de agenda",
        other: "{n} ingrediënten op de agenda",
    },
    start_attendees: Count {
        one: "{n} partner erbij",
        other: "{n} partners erbij",
    },
    start_minutes: Count {
        one: "{n} minuut",
        other: "{n} minuten",
    },
    start_hint: "Wie er zijn, de agenda en de tijd per fase kies je hieronder.",
    suggestions_added: Count {
        one: "{n} ingrediënt is op de agenda gezet.",
        other: "{n} ingrediënten zijn op de agenda gezet.",
    },
};

impl Texts {
    /// The question before Besluitvorming while checkvragen are not settled: a heading with
    /// the number of ingrediënten, and a line per open checkvraag naming the ingrediënt, the
    /// question and who is not yet on board.
    pub fn decide_confirmation(&self, open: &[OpenCheck]) -> (String, Vec<String>) {
        let m = self.bijeenkomst;
        let content = content::nl();
        let mut ingredients: Vec<&str> = Vec::new();
        for check in open {
            if !ingredients.contains(&check.ingredient.as_str()) {
                ingredients.push(&check.ingredient);
            }
        }
        let lines = open
            .iter()
            .map(|check| {
                let ingredient = content.ingredient_name(&check.ingredient);
                let vraag = Checkvraag::ALL
                    .iter()
                    .zip(&content.checkvragen)
                    .find(|(v, _)| **v == check.vraag)
                    .map(|(_, c)| c.text.as_str())
                    .unwrap_or_default();
                if check.vraag == Checkvraag::Gehoord && !check.niet_aan_boord.is_empty() {
                    fill(
                        m.confirm_not_on_board,
                        &[
                            ("ingredient", ingredient),
                            ("names", &self.list(&check.niet_aan_boord)),
                        ],
                    )
                } else if let Some(antwoord) = check.antwoord {
                    fill(
                        m.confirm_nee,
                        &[
                            ("ingredient", ingredient),
                            ("vraag", vraag),
                            ("antwoord", self.antwoord(Some(antwoord))),
                        ],
                    )
                } else {
                    fill(
                        m.confirm_unanswered,
                        &[("ingredient", ingredient), ("vraag", vraag)],
                    )
                }
            })
            .collect();
        (m.confirm_heading.of(ingredients.len()), lines)
    }

    /// "Anna", "Anna en Bert", "Anna, Bert en Cor".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{}{}{last}", init.join(", "), self.bijeenkomst.list_and),
        }
    }
}

/// Not yet translated: the English table is the Dutch one until it is written.
pub(super) use self::NL as EN;
