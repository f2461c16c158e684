//! Strings of De stand van de samenwerking (Dutch): the sixteen ingrediënten at a glance, the
//! rule behind their state (explained from the constants in `domain::stand`), the timeline and
//! the agenda hand-off.

use super::{fill, Count, Texts};
use crate::domain::bijeenkomst::Status;
use crate::domain::stand::{
    Reden, Toestand, GEMIDDELDE_ONDER_TIENDEN, SPREIDING_VANAF_TIENDEN, TE_LATE_ACTIES,
};
use crate::report::tenths_text;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct StandTexts {
    pub title: &'static str,
    /// The link on the samenwerking's page.
    pub link: &'static str,
    pub link_hint: &'static str,
    pub intro: &'static str,
    /// "Stand op {date}".
    pub today: &'static str,
    pub goed_op_weg: &'static str,
    pub aandacht_nodig: &'static str,
    pub nog_niet_besproken: &'static str,
    /// "{n} ingrediënten: aandacht nodig" per state, for the summary.
    pub summary: Count,
    /// The latest scan: date, mean, lowest–highest, spread label, n.
    pub scan_line: Count,
    pub scan_none: &'static str,
    /// "Bijeenkomst ({date})".
    pub checks_heading: &'static str,
    pub checks_none: &'static str,
    /// Short names of the three checkvragen, in the order of the Gespreksmodel.
    pub check_labels: [&'static str; 3],
    pub acties: Count,
    /// ", waarvan {n} te laat".
    pub acties_late: Count,
    pub acties_none: &'static str,
    /// "Laatst op de agenda: {date}".
    pub last_agenda: &'static str,
    /// "Gepland op de agenda: {date}".
    pub planned: &'static str,
    pub never_on_agenda: &'static str,
    /// "Waarom: {list}".
    pub why: &'static str,
    pub reden_laag: &'static str,
    pub reden_spreiding: &'static str,
    pub reden_niet_besproken: &'static str,
    pub reden_niet_aan_boord: &'static str,
    pub reden_te_laat: &'static str,
    pub timeline: &'static str,
    /// Hidden after "Tijdlijn" for screen readers: " van {name}".
    pub timeline_of: &'static str,
    pub timeline_empty: &'static str,
    /// "Bijeenkomst ({status})".
    pub tl_meeting: &'static str,
    /// "Scan „{title}”: gemiddeld {mean}, {n} cijfers".
    pub tl_scan: Count,
    /// "Werkblad „{title}”".
    pub tl_werkblad: &'static str,
    /// "Actie: {wat} ({status})".
    pub tl_actie: &'static str,
    pub no_date: &'static str,
    pub rule_heading: &'static str,
    pub rule_aandacht: &'static str,
    /// `{mean}`: 3,0.
    pub rule_mean: &'static str,
    /// `{spread}`: 1,0.
    pub rule_spread: &'static str,
    /// `{vraag}`: the checkvraag.
    pub rule_besproken: &'static str,
    pub rule_gehoord: &'static str,
    pub rule_late: Count,
    pub rule_nog_niet: &'static str,
    pub rule_goed: &'static str,
    pub agenda_heading: &'static str,
    /// The button, with the number of ingrediënten.
    pub agenda_button: Count,
    /// Where the ingrediënten go: "de volgende bijeenkomst ({date})".
    pub agenda_next: &'static str,
    pub agenda_new: &'static str,
    pub agenda_nothing: &'static str,
    /// The notice after the hand-off.
    pub agenda_done: Count,
    pub present: &'static str,
    pub present_stop: &'static str,
    pub present_hint: &'static str,
    pub print: &'static str,
}

pub static NL: StandTexts = StandTexts {
    title: "De stand van de samenwerking",
    link: "Bekijk de stand van de samenwerking",
    link_hint: "De zestien ingrediënten in één overzicht: wat goed op weg is, wat aandacht nodig heeft en wat nog niet besproken is.",
    intro: "Per ingrediënt: de laatste scan, de checkvragen van de laatste bijeenkomst waarin het besproken is, de open acties en wanneer het op de agenda stond. Onderaan staat hoe de stand bepaald wordt.",
    today: "Stand op {date}",
    goed_op_weg: "Goed op weg",
    aandacht_nodig: "Aandacht nodig",
    nog_niet_besproken: "Nog niet besproken",
    summary: Count {
        one: "{state}: {n} ingrediënt",
        other: "{state}: {n} ingrediënten",
    },
    scan_line: Count {
        one: "Scan van {date}: gemiddeld {mean}, van {min} tot {max} ({label}), {n} cijfer",
        other: "Scan van {date}: gemiddeld {mean}, van {min} tot {max} ({label}), {n} cijfers",
    },
    scan_none: "Nog geen cijfer in een scan",
    checks_heading: "Bijeenkomst ({date})",
    checks_none: "Nog in geen bijeenkomst besproken",
    check_labels: ["Gehad", "Aan boord", "Besluiten"],
    acties: Count {
        one: "{n} open actie",
        other: "{n} open acties",
    },
    acties_late: Count {
        one: ", waarvan {n} te laat",
        other: ", waarvan {n} te laat",
    },
    acties_none: "Geen open acties",
    last_agenda: "Laatst op de agenda: {date}",
    planned: "Gepland op de agenda: {date}",
    never_on_agenda: "Nog niet op de agenda geweest",
    why: "Waarom: {list}",
    reden_laag: "laag gemiddelde in de scan",
    reden_spreiding: "de scores lopen ver uiteen",
    reden_niet_besproken: "het gesprek is nog niet rond",
    reden_niet_aan_boord: "niet iedereen aan boord",
    reden_te_laat: "een actie is te laat",
    timeline: "Tijdlijn",
    timeline_of: " van {name}",
    timeline_empty: "Nog niets: dit ingrediënt stond nog op geen agenda, in geen scan of werkblad.",
    tl_meeting: "Bijeenkomst ({status})",
    tl_scan: Count {
        one: "Scan „{title}”: gemiddeld {mean}, {n} cijfer",
        other: "Scan „{title}”: gemiddeld {mean}, {n} cijfers",
    },
    tl_werkblad: "Werkblad „{title}”",
    tl_actie: "Actie: {wat} ({status})",
    no_date: "nog geen datum",
    rule_heading: "Hoe de stand bepaald wordt",
    rule_aandacht: "Aandacht nodig als minstens één van deze dingen geldt:",
    rule_mean: "de laatste scan geeft gemiddeld minder dan {mean};",
    rule_spread: "de scores in de laatste scan lopen ver uiteen: een standaardafwijking van {spread} of meer (verdeeld);",
    rule_besproken: "bij de laatste bijeenkomst die het besprak, was „{vraag}” nee of nog niet beantwoord;",
    rule_gehoord: "bij de laatste bijeenkomst die het besprak, was „{vraag}” nee, deels of nog niet beantwoord;",
    rule_late: Count {
        one: "minstens {n} open actie over dit ingrediënt is te laat (de datum is voorbij).",
        other: "minstens {n} open acties over dit ingrediënt zijn te laat (de datum is voorbij).",
    },
    rule_nog_niet: "Nog niet besproken: het stond nog op de agenda van geen enkele gehouden bijeenkomst en heeft nog geen cijfer in een onthulde scan. Alleen op de agenda van een geplande bijeenkomst staan telt nog niet.",
    rule_goed: "Goed op weg: besproken of gescoord, en geen van de punten hierboven.",
    agenda_heading: "Op de agenda",
    agenda_button: Count {
        one: "Zet {n} ingrediënt op de agenda van de volgende bijeenkomst",
        other: "Zet {n} ingrediënten op de agenda van de volgende bijeenkomst",
    },
    agenda_next: "De ingrediënten met „aandacht nodig” gaan naar de volgende bijeenkomst ({date}). Wat er al op de agenda staat, blijft staan.",
    agenda_new: "Er is nog geen bijeenkomst gepland. De knop plant een nieuwe BOB-bijeenkomst met de ingrediënten met „aandacht nodig” op de agenda.",
    agenda_nothing: "Geen enkel ingrediënt heeft nu aandacht nodig.",
    agenda_done: Count {
        one: "{n} ingrediënt staat nu op de agenda van de volgende bijeenkomst ({date}): {list}.",
        other: "{n} ingrediënten staan nu op de agenda van de volgende bijeenkomst ({date}): {list}.",
    },
    present: "Presenteren",
    present_stop: "Stop presenteren",
    present_hint: "Esc stopt het presenteren.",
    print: "Afdrukken (A4 liggend)",
};

impl StandTexts {
    pub fn toestand(&self, toestand: Toestand) -> &'static str {
        match toestand {
            Toestand::GoedOpWeg => self.goed_op_weg,
            Toestand::AandachtNodig => self.aandacht_nodig,
            Toestand::NogNietBesproken => self.nog_niet_besproken,
        }
    }

    pub fn reden(&self, reden: Reden) -> &'static str {
        match reden {
            Reden::LaagGemiddelde => self.reden_laag,
            Reden::GroteSpreiding => self.reden_spreiding,
            Reden::NietBesproken => self.reden_niet_besproken,
            Reden::NietAanBoord => self.reden_niet_aan_boord,
            Reden::ActieTeLaat => self.reden_te_laat,
        }
    }

    /// The rule for "aandacht nodig", one line per point, from the constants of
    /// `domain::stand` and the checkvragen of the Gespreksmodel (`vragen`: "Hebben we het hier
    /// over gehad?", "Is iedereen gehoord en aan boord?").
    pub fn rule(&self, vragen: [&str; 2]) -> [String; 5] {
        [
            fill(
                self.rule_mean,
                &[("mean", &tenths_text(GEMIDDELDE_ONDER_TIENDEN))],
            ),
            fill(
                self.rule_spread,
                &[("spread", &tenths_text(SPREIDING_VANAF_TIENDEN))],
            ),
            fill(self.rule_besproken, &[("vraag", vragen[0])]),
            fill(self.rule_gehoord, &[("vraag", vragen[1])]),
            self.rule_late.of(TE_LATE_ACTIES),
        ]
    }
}

impl Texts {
    /// "Gepland", "Bezig", "Afgerond".
    pub fn meeting_status(&self, status: Status) -> &'static str {
        let m = self.bijeenkomst;
        match status {
            Status::Gepland => m.status_gepland,
            Status::Bezig => m.status_bezig,
            Status::Afgerond => m.status_afgerond,
        }
    }
}

pub static EN: StandTexts = StandTexts {
    title: "Where the collaboration stands",
    link: "See where the collaboration stands",
    link_hint: "All sixteen ingredients in one overview: what is on track, what needs attention and what has not been discussed yet.",
    intro: "For each ingredient: the latest scan, the check questions from the latest meeting that discussed it, the open actions and when it was on the agenda. At the bottom you can read how the status is decided.",
    today: "Where we stand on {date}",
    goed_op_weg: "On track",
    aandacht_nodig: "Needs attention",
    nog_niet_besproken: "Not yet discussed",
    summary: Count {
        one: "{state}: {n} ingredient",
        other: "{state}: {n} ingredients",
    },
    scan_line: Count {
        one: "Scan of {date}: average {mean}, from {min} to {max} ({label}), {n} score",
        other: "Scan of {date}: average {mean}, from {min} to {max} ({label}), {n} scores",
    },
    scan_none: "No score in a scan yet",
    checks_heading: "Meeting ({date})",
    checks_none: "Not discussed in any meeting yet",
    check_labels: ["Talked about", "Heard and on board", "Decided"],
    acties: Count {
        one: "{n} open action",
        other: "{n} open actions",
    },
    acties_late: Count {
        one: ", {n} of them overdue",
        other: ", {n} of them overdue",
    },
    acties_none: "No open actions",
    last_agenda: "Last on the agenda: {date}",
    planned: "Planned on the agenda: {date}",
    never_on_agenda: "Not on the agenda yet",
    why: "Why: {list}",
    reden_laag: "low average in the scan",
    reden_spreiding: "the scores are far apart",
    reden_niet_besproken: "the conversation is not finished yet",
    reden_niet_aan_boord: "not everyone is on board",
    reden_te_laat: "an action is overdue",
    timeline: "Timeline",
    timeline_of: " of {name}",
    timeline_empty: "Nothing yet: this ingredient has not been on any agenda, in any scan or in any worksheet.",
    tl_meeting: "Meeting ({status})",
    tl_scan: Count {
        one: "Scan “{title}”: average {mean}, {n} score",
        other: "Scan “{title}”: average {mean}, {n} scores",
    },
    tl_werkblad: "Worksheet “{title}”",
    tl_actie: "Action: {wat} ({status})",
    no_date: "no date yet",
    rule_heading: "How the status is decided",
    rule_aandacht: "Needs attention if at least one of these applies:",
    rule_mean: "the latest scan gives an average below {mean};",
    rule_spread: "the scores in the latest scan are far apart: a standard deviation of {spread} or more (divided);",
    rule_besproken: "at the latest meeting that discussed it, “{vraag}” was no or not answered yet;",
    rule_gehoord: "at the latest meeting that discussed it, “{vraag}” was no, partly or not answered yet;",
    rule_late: Count {
        one: "at least {n} open action on this ingredient is overdue (its date has passed).",
        other: "at least {n} open actions on this ingredient are overdue (their date has passed).",
    },
    rule_nog_niet: "Not yet discussed: it has not been on the agenda of any meeting held so far and has no score in a revealed scan yet. Being on the agenda of a planned meeting does not count yet.",
    rule_goed: "On track: discussed or scored, and none of the points above.",
    agenda_heading: "On the agenda",
    agenda_button: Count {
        one: "Put {n} ingredient on the agenda of the next meeting",
        other: "Put {n} ingredients on the agenda of the next meeting",
    },
    agenda_next: "The ingredients that need attention go to the next meeting ({date}). Whatever is already on the agenda stays there.",
    agenda_new: "No meeting has been planned yet. The button plans a new BOB meeting with the ingredients that need attention on the agenda.",
    agenda_nothing: "No ingredient needs attention right now.",
    agenda_done: Count {
        one: "{n} ingredient is now on the agenda of the next meeting ({date}): {list}.",
        other: "{n} ingredients are now on the agenda of the next meeting ({date}): {list}.",
    },
    present: "Present",
    present_stop: "Stop presenting",
    present_hint: "Esc stops presenting.",
    print: "Print (A4 landscape)",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check::dutch_words;
    use crate::i18n::{t, with_lang, Lang, NL as NL_TEXTS};

    const VRAGEN_EN: [&str; 2] = [
        "Have we talked about this?",
        "Has everyone been heard, and is everyone on board?",
    ];

    #[test]
    fn the_rule_is_english_with_english_numbers() {
        let rule = with_lang(Lang::En, || t().stand.rule(VRAGEN_EN));
        assert_eq!(
            rule,
            [
                "the latest scan gives an average below 3.0;".to_string(),
                "the scores in the latest scan are far apart: a standard deviation of 1.0 or more \
                 (divided);"
                    .to_string(),
                "at the latest meeting that discussed it, “Have we talked about this?” was no or \
                 not answered yet;"
                    .to_string(),
                "at the latest meeting that discussed it, “Has everyone been heard, and is \
                 everyone on board?” was no, partly or not answered yet;"
                    .to_string(),
                "at least 1 open action on this ingredient is overdue (its date has passed)."
                    .to_string(),
            ]
        );
        for line in &rule {
            assert!(dutch_words(line).is_empty(), "{line}");
        }
    }

    #[test]
    fn the_rule_in_dutch_keeps_its_comma() {
        let rule = NL.rule(["Hebben we het hier over gehad?", "Is iedereen gehoord?"]);
        assert_eq!(rule[0], "de laatste scan geeft gemiddeld minder dan 3,0;");
        assert_eq!(
            rule[4],
            "minstens 1 open actie over dit ingrediënt is te laat (de datum is voorbij)."
        );
    }

    #[test]
    fn states_and_reasons_are_english_in_english() {
        let out = with_lang(Lang::En, || {
            let s = t().stand;
            [
                s.toestand(Toestand::GoedOpWeg),
                s.toestand(Toestand::AandachtNodig),
                s.toestand(Toestand::NogNietBesproken),
                s.reden(Reden::LaagGemiddelde),
                s.reden(Reden::ActieTeLaat),
            ]
            .join(" | ")
        });
        assert_eq!(
            out,
            "On track | Needs attention | Not yet discussed | low average in the scan | \
             an action is overdue"
        );
        assert!(dutch_words(&out).is_empty(), "{out}");
    }

    /// The meeting's status comes from the meeting's part of the table (translated there), so
    /// it follows the language.
    #[test]
    fn meeting_status_follows_the_language() {
        with_lang(Lang::En, || {
            let b = t().bijeenkomst;
            assert_eq!(t().meeting_status(Status::Gepland), b.status_gepland);
            assert_eq!(t().meeting_status(Status::Bezig), b.status_bezig);
            assert_eq!(t().meeting_status(Status::Afgerond), b.status_afgerond);
        });
        assert_eq!(NL_TEXTS.meeting_status(Status::Afgerond), "Afgerond");
    }
}
