//! Strings of the first minute (Dutch): "Bekijk een voorbeeld", the example's badge and banner,
//! and the page "Zo werkt het".

#[cfg_attr(test, derive(serde::Serialize))]
pub struct IntroTexts {
    // The overview and the menu
    /// The menu item and the link on the overview.
    pub howto_link: &'static str,
    pub example_button: &'static str,
    /// The group on the overview that holds the two.
    pub first_minute_label: &'static str,

    // The example
    pub badge: &'static str,
    pub banner: &'static str,
    pub remove: &'static str,
    pub created: &'static str,
    pub opened: &'static str,
    pub removed: &'static str,
    /// Added to "exported all" when the example was left out.
    pub left_out_of_export: &'static str,

    // The page "Zo werkt het"
    pub title: &'static str,
    pub intro: &'static str,
    pub print: &'static str,

    pub model_heading: &'static str,
    pub model_intro: &'static str,
    pub model_checkvragen: &'static str,
    pub model_link: &'static str,

    pub meeting_heading: &'static str,
    pub meeting_intro: &'static str,
    pub bob: &'static str,
    pub barb: &'static str,
    pub phases_caption: &'static str,
    pub phase_column: &'static str,
    pub question_column: &'static str,
    pub meeting_during: &'static str,
    pub meeting_after: &'static str,

    pub scan_heading: &'static str,
    pub scan_intro: &'static str,
    pub scan_ways: [(&'static str, &'static str); 3],
    pub scan_after: &'static str,

    pub werkbladen_heading: &'static str,
    pub werkbladen_text: &'static str,

    pub sharing_heading: &'static str,
    pub sharing: [&'static str; 3],

    pub data_heading: &'static str,
    pub data: [&'static str; 3],

    pub example_heading: &'static str,
    pub example_text: &'static str,
}

pub static NL: IntroTexts = IntroTexts {
    howto_link: "Zo werkt het",
    example_button: "Bekijk een voorbeeld",
    first_minute_label: "Nieuw hier?",

    badge: "Voorbeeld",
    banner: "Dit is een voorbeeld. Kijk gerust rond en probeer alles uit. Het voorbeeld gaat niet mee met ‘Exporteer al mijn werk’. Ben je klaar, verwijder het dan; je kunt het altijd opnieuw bekijken vanaf het overzicht.",
    remove: "Voorbeeld verwijderen",
    created: "Het voorbeeld staat klaar. De bijeenkomsten, verslagen, de scan en de werkbladen zijn al ingevuld.",
    opened: "Het voorbeeld stond er al; je ziet het hier.",
    removed: "Het voorbeeld is verwijderd. Met ‘Ongedaan maken’ haal je het terug.",
    left_out_of_export: "Het voorbeeld is niet meegenomen.",

    title: "Zo werkt het",
    intro: "Vitaal Samenwerken helpt je als procesbegeleider om het gesprek over samenwerking te voeren: met de partners, in bijeenkomsten en met de Ingrediëntenscan. Hier lees je in een paar minuten hoe dat gaat.",
    print: "Deze pagina afdrukken",

    model_heading: "Het Gespreksmodel op één scherm",
    model_intro: "Het Gespreksmodel Vitaal Samenwerken komt uit de publicatie Lokaal Samenwerken (programma Samen Ouder Worden, NOV). Het noemt zestien ingrediënten voor duurzame samenwerking, in vijf factoren. Ze staan niet in een vaste volgorde: je bespreekt wat nu speelt. Bij elk ingrediënt horen inhoudelijke vragen en dezelfde drie checkvragen.",
    model_checkvragen: "De drie checkvragen",
    model_link: "Lees alle ingrediënten met uitleg en vragen in het Gespreksmodel",

    meeting_heading: "Een bijeenkomst",
    meeting_intro: "Je bereidt een bijeenkomst voor: datum, plaats, wie er komen en welke ingrediënten op de agenda staan. De app stelt zelf de ingrediënten voor waarvan de checkvragen de vorige keer nog open stonden. Je kiest een van twee vormen.",
    bob: "BOB is de gewone vorm: de partners vormen samen een beeld en een oordeel, en besluiten in de bijeenkomst zelf.",
    barb: "BARB gebruik je als partners eerst hun achterban willen raadplegen: leden, cliënten of hun bestuur. Ze nemen dan een achterban-blad mee. In Revisie leg je de antwoorden naast elkaar.",
    phases_caption: "De fasen en hun vragen",
    phase_column: "Fase",
    question_column: "Vraag",
    meeting_during: "Tijdens de bijeenkomst leid je de groep fase voor fase. Elke fase toont haar vraag en een klok die aftelt. Per ingrediënt noteer je wat er gezegd is en beantwoord je de drie checkvragen met nee, deels of ja. Wil je naar Besluitvorming terwijl een checkvraag nog ‘nee’ zegt, dan vraagt de app eerst of dat echt de bedoeling is. Voor de beamer is er een presentatiemodus met grote letters.",
    meeting_after: "Besluiten en acties (wat, wie, wanneer) leg je meteen vast. Open acties komen de volgende keer vanzelf terug. Na afloop print je het verslag, of download je het om te mailen.",

    scan_heading: "De Ingrediëntenscan",
    scan_intro: "Met de scan zie je hoe de deelnemers ervoor staan. Iedereen geeft elk van de zestien ingrediënten een cijfer van 1 tot 5, of ‘weet ik niet’, met een opmerking als dat wil. De uitkomsten blijven verborgen tot jij ze laat zien. Er zijn drie manieren om de scan te doen:",
    scan_ways: [
        ("Laptop rond", "De deelnemers vullen de scan na elkaar in op jouw laptop. Na elke deelnemer is het scherm weer leeg, zodat niemand de antwoorden van een ander ziet."),
        ("Antwoordbestanden", "Je geeft de deelnemers een deelnemersbestand. Ze vullen de scan in op hun eigen computer of tablet en sturen jou hun antwoordbestand terug, bijvoorbeeld per e-mail. Jij voegt de bestanden samen."),
        ("Op papier", "Je print het formulier of werkt met kaartjes. Daarna typ je per ingrediënt in hoe vaak elk cijfer gegeven is."),
    ],
    scan_after: "Daarna zie je per ingrediënt en per factor hoe de antwoorden verdeeld zijn, waar mensen het meest van elkaar verschillen, en bij een volgende scan hoe het zich ontwikkelt. Met één klik zet je de zwakste of meest omstreden ingrediënten op de agenda van de volgende bijeenkomst.",

    werkbladen_heading: "Werkbladen",
    werkbladen_text: "De publicatie heeft ook andere gespreksinstrumenten, zoals de startvragen, het Visievierluik, de Eisenhower-matrix en de spelregels. Die vul je samen in als werkblad bij een samenwerking, op de beamer of op papier, en ze kunnen mee in het verslag.",

    sharing_heading: "Delen en reservekopieën",
    sharing: [
        "Alles blijft op dit apparaat. De app stuurt niets via internet: er is geen account en geen server.",
        "Wil je een samenwerking delen of op een andere computer verder werken? Exporteer haar als bestand (eindigt op .vitaal.json) en importeer dat bestand op de andere computer. Of bewaar haar als één HTML-bestand met de hele app erin; dat opent in elke browser, ook zonder internet.",
        "De app maakt zelf reservekopieën in deze browser: elke dag een, en vóór elke import of verwijdering. Je vindt ze onderaan het overzicht. Met ‘Ongedaan maken’ (Ctrl+Z) draai je je laatste wijzigingen terug.",
    ],

    data_heading: "Waar staat je werk?",
    data: [
        "Je werk staat in de opslag van deze browser, op dit apparaat. Het wordt meteen bewaard, ook zonder internet.",
        "Wis je de browsergegevens, werk je in een privévenster of gaat de computer kapot, dan is je werk weg. Exporteer je samenwerkingen daarom regelmatig en bewaar de bestanden op een veilige plek, bijvoorbeeld op een netwerkschijf of een USB-stick.",
        "Een andere browser of een andere computer ziet jouw werk niet, totdat je het daar importeert.",
    ],

    example_heading: "Eerst rondkijken?",
    example_text: "Bekijk een voorbeeld: een ingevulde samenwerking met partners, twee bijeenkomsten met verslag, een scan en drie werkbladen. Je verwijdert het met één klik.",
};

/// Not yet translated: the English table is the Dutch one until it is written.
pub(super) use self::NL as EN;
