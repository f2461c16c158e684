//! Strings of planning and leading a bijeenkomst (Dutch and English).

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
        let content = content::current();
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

pub static EN: BijeenkomstTexts = BijeenkomstTexts {
    title: "Meeting",
    not_found: "This meeting no longer exists on this device.",
    tabs_label: "Parts of the meeting",
    plan_tab: "Prepare",
    run_tab: "Lead",

    section_heading: "Meetings",
    section_intro: "A meeting works through the ingredients on the agenda in the phases of BOB: Forming a picture (Beeldvorming), Forming a judgement (Oordeelsvorming) and Decision-making (Besluitvorming); or in those of BARB: Forming a picture, Consulting the constituency (Achterbanraadpleging), Revision (Revisie) and Decision-making.",
    section_empty: "No meetings planned yet.",
    new_heading: "Plan a new meeting",
    new_button: "Plan meeting",
    planned: "The meeting has been planned. Now choose the agenda.",
    status_gepland: "Planned",
    status_bezig: "In progress",
    status_afgerond: "Closed",
    open: "Open",
    deleted: "The meeting has been deleted.",
    agenda_count: Count {
        one: "{n} ingredient on the agenda",
        other: "{n} ingredients on the agenda",
    },

    details_heading: "Date and place",
    date_label: "Date",
    place_label: "Place",
    vorm_heading: "Format of the conversation",
    vorm_bob_hint: "Form a picture together, form a judgement and decide, all in one meeting.",
    vorm_barb_hint: "Between forming a picture and the decision, the partners consult their constituency; after that you revise the judgement together.",
    vorm_fixed: "The meeting has started, so its format is fixed.",
    attendees_heading: "Who is taking part?",
    attendees_none: "This collaboration has no partners yet. Add them on the collaboration’s page.",
    agenda_heading: "Agenda: which ingredients will you discuss?",
    agenda_hint: "Choose single ingredients or a whole factor. The meeting follows the order of the conversation model.",
    factor_all: "Put the whole factor {factor} on the agenda",
    factor_none: "Take the factor {factor} off the agenda",
    suggestions_heading: "Still open after the previous meeting",
    suggestions_intro: "For these ingredients, not all check questions were answered “yes” yet:",
    suggestions_add: "Put these on the agenda",
    minutes_heading: "Time per phase",
    minutes_label: "{phase} (minutes)",
    minutes_total: Count {
        one: "Total: {n} minute",
        other: "Total: {n} minutes",
    },
    start_button: "Start meeting",
    started: "The meeting has started: Forming a picture.",
    status_running: "This meeting is in progress. Go to Lead to carry on.",
    status_done: "This meeting is closed. The minutes are ready.",
    delete_heading: "Delete meeting",

    not_started: "The meeting has not started yet. Choose the agenda and start it under Prepare.",
    stepper_label: "Phases of the meeting",
    phase_of: "Phase {n} of {total}",
    prev_phase: "Previous phase",
    next_phase: "Next phase",
    finish: "Close meeting",
    finished: "The meeting is closed. The minutes are ready.",
    finished_note: "This meeting is closed. Notes can still be added.",
    confirm_yes: "Go to Decision-making anyway",
    confirm_no: "Back to the conversation",
    confirm_heading: Count {
        one: "The conversation about {n} ingredient is not finished yet:",
        other: "The conversation about {n} ingredients is not finished yet:",
    },
    confirm_not_on_board: "For {ingredient}, not everyone is on board yet: {names}.",
    confirm_nee: "For {ingredient}, “{vraag}” was answered “{antwoord}”.",
    confirm_unanswered: "For {ingredient}, “{vraag}” has not been answered yet.",
    confirm_question: "Only decide once everything has been discussed and everyone has been heard and is on board. Go to Decision-making anyway?",
    list_and: " and ",
    finish_question: "Close the meeting? The minutes will then be ready and the phases fixed. Notes, decisions and actions can still be added.",
    finish_yes: "Yes, close the meeting",
    finish_no: "Not yet",
    moved_to: "On to {phase}.",
    moved_back: "Back to {phase}.",
    timer_runs: "The time for this phase is running.",
    timer_still: "The time for this phase is paused; start it with the Start timer button.",
    timer_still_presenting: "The time for this phase is paused; start it with T or the button.",
    timer_label: "Time for this phase",
    timer_start: "Start timer",
    timer_pause: "Pause timer",
    timer_left: "{time} left",
    timer_over: "{time} over time",
    presentation_on: "Present on the projector",
    presentation_off: "Close presentation",
    shortcuts: "Shortcuts outside text fields: → next phase, ← previous phase, ↓ next ingredient, ↑ previous ingredient, T start or pause the timer, Esc close the presentation.",
    questions: "Questions on the content",
    notes_label: "Notes: {phase}",
    checks_heading: "Check questions",
    not_on_board: "Not yet heard or on board:",
    achterban_vragen_label: "Questions to take to the constituency",
    revisie_heading: "What does the constituency say?",
    no_answer: "No answer recorded yet.",
    besluiten_heading: "Decisions",
    besluit_label: "New decision on {ingredient}",
    besluit_add: "Record decision",
    besluit_remove: "Delete: decision {n}",
    besluit_added: "The decision has been recorded.",
    acties_heading: "Actions: who will do what, and when?",
    actie_wat: "What",
    actie_wie: "Who",
    actie_wanneer: "When",
    actie_ingredient: "Ingredient",
    actie_algemeen: "General",
    actie_add: "Add action",
    actie_added: "The action has been added.",
    actie_status: "Status of: {wat}",
    actie_remove: "Delete: {wat}",
    review_heading: "Open actions from earlier meetings",
    review_empty: "There are no open actions left from earlier meetings.",
    item_of: "Ingredient {n} of {total}",
    next_item: "Next ingredient",
    prev_item: "Previous ingredient",
    agenda_empty: "There are no ingredients on the agenda yet. Choose them under Prepare.",

    edit: "Edit",
    save: "Save",
    besluit_count: Count {
        one: "{n} decision",
        other: "{n} decisions",
    },
    besluit_edit: "Edit: decision {n}",
    besluit_edit_label: "Decision {n}",
    besluit_saved: "The decision has been updated.",
    besluit_removed: "Decision {n} has been deleted. Ctrl+Z (outside a text field) or “Undo” at the top brings it back.",
    actie_count: Count {
        one: "{n} action agreed in this meeting.",
        other: "{n} actions agreed in this meeting.",
    },
    review_count: Count {
        one: "{n} action to review.",
        other: "{n} actions to review.",
    },
    actie_edit: "Edit: {wat}",
    actie_saved: "The action has been updated.",
    actie_removed: "The action “{wat}” has been deleted. Ctrl+Z (outside a text field) or “Undo” at the top brings it back.",
    actie_unchanged: "Nothing has changed.",

    start_heading: "Start meeting",
    start_agenda: Count {
        one: "{n} ingredient on the agenda",
        other: "{n} ingredients on the agenda",
    },
    start_attendees: Count {
        one: "{n} partner taking part",
        other: "{n} partners taking part",
    },
    start_minutes: Count {
        one: "{n} minute",
        other: "{n} minutes",
    },
    start_hint: "Choose who is taking part, the agenda and the time per phase below.",
    suggestions_added: Count {
        one: "{n} ingredient has been put on the agenda.",
        other: "{n} ingredients have been put on the agenda.",
    },
};

#[cfg(test)]
mod tests {
    use crate::domain::bijeenkomst::{Checkvraag, OpenCheck};
    use crate::i18n::check::dutch_words;
    use crate::i18n::{t, with_lang, Lang};

    #[test]
    fn decide_confirmation_speaks_english() {
        let open = [
            OpenCheck {
                ingredient: "openheid-en-vertrouwen".into(),
                vraag: Checkvraag::Gehoord,
                antwoord: None,
                niet_aan_boord: vec!["Anna".into(), "Bert".into(), "Cor".into()],
            },
            OpenCheck {
                ingredient: "minimale-massa".into(),
                vraag: Checkvraag::Besproken,
                antwoord: None,
                niet_aan_boord: Vec::new(),
            },
        ];
        let (heading, lines) = with_lang(Lang::En, || t().decide_confirmation(&open));
        assert_eq!(
            heading,
            "The conversation about 2 ingredients is not finished yet:"
        );
        assert_eq!(
            lines,
            [
                "For Openness and trust, not everyone is on board yet: Anna, Bert and Cor.",
                "For Critical mass, “Have we talked about this?” has not been answered yet.",
            ]
        );
        for out in std::iter::once(&heading).chain(&lines) {
            assert!(dutch_words(out).is_empty(), "{out}");
        }
        let (one, _) = with_lang(Lang::En, || t().decide_confirmation(&open[..1]));
        assert_eq!(
            one,
            "The conversation about 1 ingredient is not finished yet:"
        );
    }

    #[test]
    fn list_speaks_english() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let out = with_lang(Lang::En, || {
            [
                t().list(&names(&["Anna"])),
                t().list(&names(&["Anna", "Bert"])),
                t().list(&names(&["Anna", "Bert", "Cor"])),
            ]
        });
        assert_eq!(out, ["Anna", "Anna and Bert", "Anna, Bert and Cor"]);
        for text in &out {
            assert!(dutch_words(text).is_empty(), "{text}");
        }
        // Dutch unchanged.
        assert_eq!(
            with_lang(Lang::Nl, || t().list(&names(&["Anna", "Bert", "Cor"]))),
            "Anna, Bert en Cor"
        );
    }
}
