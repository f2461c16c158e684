//! Strings of a meeting's programme (the workshop's Startbijeenkomst): planning from it, the
//! plan screen and the verslag (Dutch and English).

use super::Count;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ProgrammaTexts {
    /// The choice on "Nieuwe bijeenkomst plannen".
    pub opzet_label: &'static str,
    pub opzet_hint: &'static str,
    pub opzet_leeg: &'static str,
    pub opzet_startbijeenkomst: &'static str,
    pub planned: &'static str,
    /// The plan screen's section.
    pub heading: &'static str,
    pub intro: &'static str,
    pub minutes: Count,
    pub total: Count,
    pub werkblad_link: &'static str,
    pub werkblad_gone: &'static str,
    /// The verslag.
    pub verslag_heading: &'static str,
    pub verslag_werkblad: &'static str,
}

pub const NL: ProgrammaTexts = ProgrammaTexts {
    opzet_label: "Opzet",
    opzet_hint: "Een startbijeenkomst volgt het programma van de workshop Lokaal Samenwerken en maakt de werkbladen die erbij horen.",
    opzet_leeg: "Lege bijeenkomst",
    opzet_startbijeenkomst: "Startbijeenkomst (programma van de workshop)",
    planned: "De startbijeenkomst is gepland, met het programma en de werkbladen die erbij horen.",
    heading: "Programma",
    intro: "Het programma van deze bijeenkomst. Bij een onderdeel met een werkblad open je het werkblad met de link; het staat ook in het verslag.",
    minutes: Count {
        one: "{n} minuut",
        other: "{n} minuten",
    },
    total: Count {
        one: "In totaal {n} minuut.",
        other: "In totaal {n} minuten.",
    },
    werkblad_link: "Werkblad: {title}",
    werkblad_gone: "Het werkblad van dit onderdeel is verwijderd.",
    verslag_heading: "Programma",
    verslag_werkblad: "werkblad “{title}”",
};

pub const EN: ProgrammaTexts = ProgrammaTexts {
    opzet_label: "Set-up",
    opzet_hint: "A kick-off meeting follows the programme of the Lokaal Samenwerken workshop and creates the worksheets that go with it.",
    opzet_leeg: "Empty meeting",
    opzet_startbijeenkomst: "Kick-off meeting (the workshop’s programme)",
    planned: "The kick-off meeting has been planned, with the programme and the worksheets that go with it.",
    heading: "Programme",
    intro: "The programme of this meeting. Where a part has a worksheet, open it with the link; it is also in the minutes.",
    minutes: Count {
        one: "{n} minute",
        other: "{n} minutes",
    },
    total: Count {
        one: "{n} minute in total.",
        other: "{n} minutes in total.",
    },
    werkblad_link: "Worksheet: {title}",
    werkblad_gone: "The worksheet of this part has been deleted.",
    verslag_heading: "Programme",
    verslag_werkblad: "worksheet “{title}”",
};
