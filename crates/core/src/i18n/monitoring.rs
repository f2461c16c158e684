//! Strings of monitoring (Dutch): doelen, indicatoren, metingen and the leerlog
//! (publication 4.5.4 "Aandacht voor ontwikkeling").

use super::Count;
use crate::domain::monitoring::{Lus, Schaal, Stap};

#[cfg_attr(test, derive(serde::Serialize))]
pub struct MonitoringTexts {
    // On the samenwerking page
    pub section_heading: &'static str,
    pub section_intro: &'static str,
    pub open_link: &'static str,
    pub summary: Count,

    // The page
    pub title: &'static str,
    pub intro: &'static str,
    pub back: &'static str,
    pub doelen_heading: &'static str,
    pub doelen_empty: &'static str,
    pub doel_label: &'static str,
    pub doel_edit_label: &'static str,
    pub doel_hint: &'static str,
    pub doel_add: &'static str,
    pub doel_added: &'static str,
    pub doel_save: &'static str,
    pub doel_delete: &'static str,
    pub doel_deleted: &'static str,
    pub doel_heading: &'static str,
    pub doel_from: &'static str,
    pub take_heading: &'static str,
    pub take_intro: &'static str,
    pub take_label: &'static str,
    pub take_button: &'static str,
    pub take_none: &'static str,

    pub indicatoren_heading: &'static str,
    pub indicatoren_empty: &'static str,
    pub indicator_add_heading: &'static str,
    pub indicator_name: &'static str,
    pub indicator_method: &'static str,
    pub indicator_scale: &'static str,
    pub indicator_unit: &'static str,
    pub indicator_baseline: &'static str,
    pub indicator_target: &'static str,
    pub indicator_measured_by: &'static str,
    pub indicator_frequency: &'static str,
    pub indicator_add: &'static str,
    pub indicator_added: &'static str,
    pub indicator_save: &'static str,
    pub indicator_saved: &'static str,
    pub indicator_delete: &'static str,
    pub indicator_deleted: &'static str,
    pub indicator_edit: &'static str,
    pub number_hint: &'static str,
    pub bad_number: &'static str,

    pub latest: &'static str,
    pub change: &'static str,
    pub progress: &'static str,
    pub progress_unknown: &'static str,
    pub progress_percent: &'static str,
    pub progress_no_distance_on: &'static str,
    pub progress_no_distance_off: &'static str,
    pub lower_is_better: &'static str,
    pub none: &'static str,

    pub metingen_heading: &'static str,
    pub metingen_empty: &'static str,
    pub metingen_count: Count,
    pub meting_date: &'static str,
    pub meting_value: &'static str,
    pub meting_source: &'static str,
    pub meting_remark: &'static str,
    pub meting_actions: &'static str,
    pub meting_add: &'static str,
    pub meting_added: &'static str,
    pub meting_save: &'static str,
    pub meting_edit: &'static str,
    pub meting_delete: &'static str,
    pub meting_deleted: &'static str,
    pub meting_new_heading: &'static str,

    pub chart_label: &'static str,
    pub chart_baseline: &'static str,
    pub chart_target: &'static str,
    pub chart_empty: &'static str,
    pub table_caption: &'static str,

    pub leerlog_heading: &'static str,
    pub leerlog_intro: &'static str,
    pub leerlog_cycle: &'static str,
    pub leerlog_empty: &'static str,
    pub leerlog_new_heading: &'static str,
    pub leerlog_date: &'static str,
    pub leerlog_step: &'static str,
    pub leerlog_tried: &'static str,
    pub leerlog_learned: &'static str,
    pub leerlog_loop: &'static str,
    pub leerlog_loop_none: &'static str,
    pub leerlog_changes: &'static str,
    pub leerlog_werkblad: &'static str,
    pub leerlog_bijeenkomst: &'static str,
    pub leerlog_indicator: &'static str,
    pub leerlog_no_link: &'static str,
    pub leerlog_links: &'static str,
    pub leerlog_add: &'static str,
    pub leerlog_added: &'static str,
    pub leerlog_save: &'static str,
    pub leerlog_saved: &'static str,
    pub leerlog_edit: &'static str,
    pub leerlog_delete: &'static str,
    pub leerlog_deleted: &'static str,
    pub loops_heading: &'static str,
    pub saved: &'static str,
    pub cancel: &'static str,
    pub partner_joined: &'static str,
    pub partner_left: &'static str,
    /// The scales, in the order of [`Schaal`]: 1 to 5, count, percentage, free.
    pub scales: [&'static str; 4],
    /// The steps of the cycle, in the order of [`Stap`].
    pub steps: [&'static str; 4],
    /// The loops of learning, in the order of [`Lus`].
    pub lussen: [&'static str; 3],
    /// One line per loop, after the publication (4.5.4, Argyris en Schön).
    pub lus_uitleggen: [&'static str; 3],
}

pub static NL: MonitoringTexts = MonitoringTexts {
    section_heading: "Monitoren en leren",
    section_intro: "Doelen met indicatoren die je in de tijd meet, en een leerlog: plannen maken – doen – leren – aanpassen.",
    open_link: "Naar monitoren en leren",
    summary: Count {
        one: "{n} doel",
        other: "{n} doelen",
    },

    title: "Monitoren en leren",
    intro: "Hoe weten we dat we op de goede weg zijn en dat we de juiste dingen goed doen? Benoem indicatoren bij je doelen: ze zeggen in hoeverre je succesvol bent. Meet ze in de tijd, en leer in de cyclus plannen maken – doen – leren – aanpassen.",
    back: "Terug naar de samenwerking",
    doelen_heading: "Doelen",
    doelen_empty: "Nog geen doelen. Voeg hieronder een doel toe.",
    doel_label: "Nieuw doel",
    doel_edit_label: "Tekst van het doel",
    doel_hint: "Bijvoorbeeld: de stem van ouderen is leidend bij de activiteiten die we ontwikkelen.",
    doel_add: "Doel toevoegen",
    doel_added: "Het doel is toegevoegd.",
    doel_save: "Doel opslaan",
    doel_delete: "Doel verwijderen",
    doel_deleted: "Het doel is verwijderd, met zijn indicatoren en metingen.",
    doel_heading: "Doel",
    doel_from: "Overgenomen uit het werkblad",
    take_heading: "Neem over uit Visievierluik",
    take_intro: "Kies een antwoord uit een Visievierluik van deze samenwerking; het wordt een nieuw doel.",
    take_label: "Antwoord uit het Visievierluik",
    take_button: "Neem over als doel",
    take_none: "Er is nog geen ingevuld Visievierluik.",

    indicatoren_heading: "Indicatoren",
    indicatoren_empty: "Nog geen indicatoren bij dit doel.",
    indicator_add_heading: "Nieuwe indicator",
    indicator_name: "Naam van de indicator",
    indicator_method: "Hoe meten we het?",
    indicator_scale: "Schaal",
    indicator_unit: "Eenheid",
    indicator_baseline: "Nulmeting (beginwaarde)",
    indicator_target: "Streefwaarde",
    indicator_measured_by: "Wie meet?",
    indicator_frequency: "Hoe vaak?",
    indicator_add: "Indicator toevoegen",
    indicator_added: "De indicator is toegevoegd.",
    indicator_save: "Indicator opslaan",
    indicator_saved: "De indicator is opgeslagen.",
    indicator_delete: "Indicator verwijderen",
    indicator_deleted: "De indicator is verwijderd, met zijn metingen.",
    indicator_edit: "Gegevens van de indicator",
    number_hint: "Een getal, met ten hoogste twee cijfers achter de komma (bijvoorbeeld 3,5).",
    bad_number: "Vul een getal in, met ten hoogste twee cijfers achter de komma (bijvoorbeeld 3,5). Er is niets veranderd.",

    latest: "Laatste meting",
    change: "Verandering sinds de nulmeting",
    progress: "Op weg naar de streefwaarde",
    progress_unknown: "nog niet te zeggen (nulmeting, streefwaarde of meting ontbreekt)",
    progress_percent: "{n} % van de weg van nulmeting naar streefwaarde",
    progress_no_distance_on: "op de streefwaarde (die gelijk is aan de nulmeting)",
    progress_no_distance_off: "niet op de streefwaarde (die gelijk is aan de nulmeting)",
    lower_is_better: "Lager is beter: de streefwaarde ligt onder de nulmeting.",
    none: "–",

    metingen_heading: "Metingen",
    metingen_empty: "Nog geen metingen.",
    metingen_count: Count {
        one: "{n} meting",
        other: "{n} metingen",
    },
    meting_date: "Datum",
    meting_value: "Waarde",
    meting_source: "Bron",
    meting_remark: "Opmerking",
    meting_actions: "Acties",
    meting_add: "Meting toevoegen",
    meting_added: "De meting is toegevoegd.",
    meting_save: "Meting opslaan",
    meting_edit: "Wijzigen",
    meting_delete: "Verwijderen",
    meting_deleted: "De meting is verwijderd.",
    meting_new_heading: "Nieuwe meting",

    chart_label: "Verloop van {name}: metingen met nulmeting en streefwaarde",
    chart_baseline: "Nulmeting",
    chart_target: "Streefwaarde",
    chart_empty: "Nog geen metingen om te tonen.",
    table_caption: "De metingen van {name}",

    leerlog_heading: "Leerlog",
    leerlog_intro: "Wat probeerden we, wat leerden we, en wat passen we aan? Een lerende samenwerking is gebaat bij leren op de tweede en derde lus.",
    leerlog_cycle: "De cyclus: plannen maken – doen – leren – aanpassen.",
    leerlog_empty: "Nog niets in het leerlog.",
    leerlog_new_heading: "Nieuwe notitie in het leerlog",
    leerlog_date: "Datum",
    leerlog_step: "Stap in de cyclus",
    leerlog_tried: "Wat hebben we geprobeerd?",
    leerlog_learned: "Wat hebben we geleerd?",
    leerlog_loop: "Lus van leren",
    leerlog_loop_none: "Nog niet bepaald",
    leerlog_changes: "Wat verandert er?",
    leerlog_werkblad: "Experiment of werkblad",
    leerlog_bijeenkomst: "Bijeenkomst",
    leerlog_indicator: "Indicator",
    leerlog_no_link: "Geen",
    leerlog_links: "Hoort bij",
    leerlog_add: "Toevoegen aan het leerlog",
    leerlog_added: "De notitie staat in het leerlog.",
    leerlog_save: "Notitie opslaan",
    leerlog_saved: "De notitie is opgeslagen.",
    leerlog_edit: "Wijzigen",
    leerlog_delete: "Verwijderen",
    leerlog_deleted: "De notitie is uit het leerlog verwijderd.",
    loops_heading: "Drie lussen van leren",
    saved: "Opgeslagen.",
    cancel: "Annuleren",
    partner_joined: "Startdatum",
    partner_left: "Einddatum",
    scales: [
        "Schaal van 1 tot 5",
        "Aantal",
        "Percentage (0 tot 100)",
        "Vrij getal met eenheid",
    ],
    steps: ["Plannen maken", "Doen", "Leren", "Aanpassen"],
    lussen: [
        "Enkele lus (single loop)",
        "Dubbele lus (double loop)",
        "Drievoudige lus (triple loop)",
    ],
    lus_uitleggen: [
        "Doen we de dingen goed? Je lost het probleem op zoals het zich voordoet en wordt beter in wat je al doet.",
        "Doen we de goede dingen? Je zoekt de achterliggende oorzaak en reflecteert op het probleem.",
        "Waarom doen we wat we doen, en wie zijn wij? Je leert op het niveau van het systeem: hoe het georganiseerd is.",
    ],
};

impl MonitoringTexts {
    pub fn scale(&self, scale: Schaal) -> &'static str {
        self.scales[match scale {
            Schaal::Schaal15 => 0,
            Schaal::Aantal => 1,
            Schaal::Percentage => 2,
            Schaal::Vrij => 3,
        }]
    }

    pub fn step(&self, step: Stap) -> &'static str {
        self.steps[match step {
            Stap::PlannenMaken => 0,
            Stap::Doen => 1,
            Stap::Leren => 2,
            Stap::Aanpassen => 3,
        }]
    }

    pub fn lus(&self, lus: Lus) -> &'static str {
        self.lussen[lus_index(lus)]
    }

    /// One line per loop, after the publication (4.5.4, Argyris en Schön).
    pub fn lus_uitleg(&self, lus: Lus) -> &'static str {
        self.lus_uitleggen[lus_index(lus)]
    }
}

fn lus_index(lus: Lus) -> usize {
    match lus {
        Lus::Enkel => 0,
        Lus::Dubbel => 1,
        Lus::Drievoudig => 2,
    }
}

pub static EN: MonitoringTexts = MonitoringTexts {
    section_heading: "Monitoring and learning",
    section_intro: "Goals with indicators that you measure over time, and a learning log: plan – do – learn – adjust.",
    open_link: "Go to monitoring and learning",
    summary: Count {
        one: "{n} goal",
        other: "{n} goals",
    },

    title: "Monitoring and learning",
    intro: "How do we know we are on the right track, and that we are doing the right things well? Name indicators for your goals: they show how far you are succeeding. Measure them over time, and learn in the cycle plan – do – learn – adjust.",
    back: "Back to the collaboration",
    doelen_heading: "Goals",
    doelen_empty: "No goals yet. Add a goal below.",
    doel_label: "New goal",
    doel_edit_label: "Text of the goal",
    doel_hint: "For example: the voice of older people guides the activities we develop.",
    doel_add: "Add goal",
    doel_added: "The goal has been added.",
    doel_save: "Save goal",
    doel_delete: "Delete goal",
    doel_deleted: "The goal has been deleted, with its indicators and measurements.",
    doel_heading: "Goal",
    doel_from: "Taken from the worksheet",
    take_heading: "Take from a vision quadrant",
    take_intro: "Choose an answer from a vision quadrant of this collaboration; it becomes a new goal.",
    take_label: "Answer from the vision quadrant",
    take_button: "Use as a goal",
    take_none: "No vision quadrant has been filled in yet.",

    indicatoren_heading: "Indicators",
    indicatoren_empty: "No indicators for this goal yet.",
    indicator_add_heading: "New indicator",
    indicator_name: "Name of the indicator",
    indicator_method: "How do we measure it?",
    indicator_scale: "Scale",
    indicator_unit: "Unit",
    indicator_baseline: "Baseline (starting value)",
    indicator_target: "Target",
    indicator_measured_by: "Who measures?",
    indicator_frequency: "How often?",
    indicator_add: "Add indicator",
    indicator_added: "The indicator has been added.",
    indicator_save: "Save indicator",
    indicator_saved: "The indicator has been saved.",
    indicator_delete: "Delete indicator",
    indicator_deleted: "The indicator has been deleted, with its measurements.",
    indicator_edit: "Indicator details",
    number_hint: "A number, with at most two decimal places (for example 3.5).",
    bad_number: "Enter a number, with at most two decimal places (for example 3.5). Nothing has been changed.",

    latest: "Latest measurement",
    change: "Change since the baseline",
    progress: "Progress towards the target",
    progress_unknown: "too early to say (baseline, target or measurement missing)",
    progress_percent: "{n} % of the way from baseline to target",
    progress_no_distance_on: "at the target (which equals the baseline)",
    progress_no_distance_off: "not at the target (which equals the baseline)",
    lower_is_better: "Lower is better: the target is below the baseline.",
    none: "–",

    metingen_heading: "Measurements",
    metingen_empty: "No measurements yet.",
    metingen_count: Count {
        one: "{n} measurement",
        other: "{n} measurements",
    },
    meting_date: "Date",
    meting_value: "Value",
    meting_source: "Source",
    meting_remark: "Remark",
    meting_actions: "Actions",
    meting_add: "Add measurement",
    meting_added: "The measurement has been added.",
    meting_save: "Save measurement",
    meting_edit: "Edit",
    meting_delete: "Delete",
    meting_deleted: "The measurement has been deleted.",
    meting_new_heading: "New measurement",

    chart_label: "{name} over time: measurements with baseline and target",
    chart_baseline: "Baseline",
    chart_target: "Target",
    chart_empty: "No measurements to show yet.",
    table_caption: "The measurements of {name}",

    leerlog_heading: "Learning log",
    leerlog_intro: "What did we try, what did we learn, and what are we changing? A learning collaboration benefits from learning in the second and third loop.",
    leerlog_cycle: "The cycle: plan – do – learn – adjust.",
    leerlog_empty: "Nothing in the learning log yet.",
    leerlog_new_heading: "New note in the learning log",
    leerlog_date: "Date",
    leerlog_step: "Step in the cycle",
    leerlog_tried: "What did we try?",
    leerlog_learned: "What did we learn?",
    leerlog_loop: "Loop of learning",
    leerlog_loop_none: "Not decided yet",
    leerlog_changes: "What is changing?",
    leerlog_werkblad: "Experiment or worksheet",
    leerlog_bijeenkomst: "Meeting",
    leerlog_indicator: "Indicator",
    leerlog_no_link: "None",
    leerlog_links: "Belongs to",
    leerlog_add: "Add to the learning log",
    leerlog_added: "The note is in the learning log.",
    leerlog_save: "Save note",
    leerlog_saved: "The note has been saved.",
    leerlog_edit: "Edit",
    leerlog_delete: "Delete",
    leerlog_deleted: "The note has been removed from the learning log.",
    loops_heading: "Three loops of learning",
    saved: "Saved.",
    cancel: "Cancel",
    partner_joined: "Start date",
    partner_left: "End date",
    scales: [
        "Scale of 1 to 5",
        "Count",
        "Percentage (0 to 100)",
        "Free number with a unit",
    ],
    steps: ["Plan", "Do", "Learn", "Adjust"],
    lussen: ["Single loop", "Double loop", "Triple loop"],
    lus_uitleggen: [
        "Are we doing things right? You solve the problem as it presents itself and get better at what you already do.",
        "Are we doing the right things? You look for the underlying cause and reflect on the problem.",
        "Why do we do what we do, and who are we? You learn at the level of the system: how it is organised.",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::dutch_words;
    use crate::i18n::{t, with_lang, Lang};

    #[test]
    fn the_names_of_scales_steps_and_loops_are_english_in_english() {
        let out = with_lang(Lang::En, || {
            let m = t().monitoring;
            [
                m.scale(Schaal::Percentage),
                m.step(Stap::PlannenMaken),
                m.lus(Lus::Dubbel),
                m.lus_uitleg(Lus::Drievoudig),
            ]
            .join(" | ")
        });
        assert_eq!(
            out,
            "Percentage (0 to 100) | Plan | Double loop | Why do we do what we do, and who are we? \
             You learn at the level of the system: how it is organised."
        );
        assert!(dutch_words(&out).is_empty(), "{out}");
    }

    #[test]
    fn the_dutch_names_stay_as_they_were() {
        let m = &NL;
        assert_eq!(m.scale(Schaal::Schaal15), "Schaal van 1 tot 5");
        assert_eq!(m.scale(Schaal::Vrij), "Vrij getal met eenheid");
        assert_eq!(m.step(Stap::Aanpassen), "Aanpassen");
        assert_eq!(m.lus(Lus::Enkel), "Enkele lus (single loop)");
        assert!(m
            .lus_uitleg(Lus::Dubbel)
            .starts_with("Doen we de goede dingen?"));
    }
}
