//! Strings of the first minute (Dutch and English): "Bekijk een voorbeeld", the example's badge and banner,
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

pub static EN: IntroTexts = IntroTexts {
    howto_link: "How it works",
    example_button: "See an example",
    first_minute_label: "New here?",

    badge: "Example",
    banner: "This is an example. Feel free to look around and try everything out. The example is not included in ‘Export all my work’. When you have finished, remove it; you can always view it again from the overview.",
    remove: "Remove example",
    created: "The example is ready. The meetings, minutes, scan and worksheets have already been filled in.",
    opened: "The example was already there; here it is.",
    removed: "The example has been removed. ‘Undo’ brings it back.",
    left_out_of_export: "The example was left out.",

    title: "How it works",
    intro: "Vitaal Samenwerken helps you, as a facilitator, to hold the conversation about collaboration: with the partners, in meetings and with the Ingredients scan. Here you can read in a few minutes how that works.",
    print: "Print this page",

    model_heading: "The conversation model on one screen",
    model_intro: "The Vitaal Samenwerken conversation model comes from the publication Lokaal Samenwerken (the Samen Ouder Worden programme, NOV). It names sixteen ingredients for lasting collaboration, in five factors. They are in no fixed order: you discuss whatever matters now. Each ingredient comes with questions on the content and the same three check questions.",
    model_checkvragen: "The three check questions",
    model_link: "Read all the ingredients, with explanations and questions, in the conversation model",

    meeting_heading: "A meeting",
    meeting_intro: "You prepare a meeting: the date, the place, who is coming and which ingredients are on the agenda. The app suggests the ingredients whose check questions were still open last time. You choose one of two formats.",
    bob: "BOB (Beeldvorming, Oordeelsvorming, Besluitvorming) is the usual format: together the partners form a picture and a judgement, and make decisions in the meeting itself.",
    barb: "Use BARB (Beeldvorming, Achterbanraadpleging, Revisie, Besluitvorming) when partners first want to consult their constituency: members, clients or their board. They then take a constituency sheet with them. In Revision you put the answers side by side.",
    phases_caption: "The phases and their questions",
    phase_column: "Phase",
    question_column: "Question",
    meeting_during: "During the meeting you lead the group phase by phase. Each phase shows its question and a clock that counts down. For each ingredient you note what was said and answer the three check questions with no, partly or yes. If you want to move on to Decision-making while a check question still says ‘no’, the app first asks whether that is really what you intend. For the projector there is a presentation mode with large text.",
    meeting_after: "You record decisions and actions (what, who, when) straight away. Open actions come back by themselves next time. Afterwards you print the minutes, or download them to send by email.",

    scan_heading: "The Ingredients scan",
    scan_intro: "The scan shows you where the participants stand. Everyone gives each of the sixteen ingredients a score from 1 to 5, or ‘don’t know’, with a remark if they wish. The results stay hidden until you reveal them. There are three ways to do the scan:",
    scan_ways: [
        ("Laptop round", "The participants fill in the scan one after another on your laptop. After each participant the screen is empty again, so nobody sees anyone else’s answers."),
        ("Answer files", "You give the participants a participant file. They fill in the scan on their own computer or tablet and send you back their answer file, by email for example. You merge the files."),
        ("On paper", "You print the form or work with cards. Afterwards, for each ingredient, you type in how often each score was given."),
    ],
    scan_after: "Then you see, per ingredient and per factor, how the answers are spread, where people differ most, and, with a later scan, how things are developing. With one click you put the weakest or most disputed ingredients on the agenda of the next meeting.",

    werkbladen_heading: "Worksheets",
    werkbladen_text: "The publication also has other conversation tools, such as the starting questions, the vision quadrant, the Eisenhower matrix and the ground rules. You fill them in together as a worksheet for a collaboration, on the projector or on paper, and they can be included in the minutes.",

    sharing_heading: "Sharing and backups",
    sharing: [
        "Everything stays on this device. The app sends nothing over the internet: there is no account and no server.",
        "Want to share a collaboration or carry on working on another computer? Export it as a file (ending in .vitaal.json) and import that file on the other computer. Or save it as a single HTML file with the whole app inside; that opens in any browser, even without internet.",
        "The app makes its own backups in this browser: one every day, and one before every import or deletion. You will find them at the bottom of the overview. ‘Undo’ (Ctrl+Z) reverses your latest changes.",
    ],

    data_heading: "Where is your work kept?",
    data: [
        "Your work is kept in this browser’s storage, on this device. It is saved immediately, even without internet.",
        "If you clear the browser data, work in a private window or your computer breaks down, your work is gone. So export your collaborations regularly and keep the files somewhere safe, such as a network drive or a USB stick.",
        "A different browser or a different computer cannot see your work until you import it there.",
    ],

    example_heading: "Look around first?",
    example_text: "See an example: a filled-in collaboration with partners, two meetings with minutes, a scan and three worksheets. You can remove it with one click.",
};
