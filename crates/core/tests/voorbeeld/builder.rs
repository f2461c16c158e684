//! The source of `content/voorbeeld.nl.json`, the example samenwerking ("Bekijk een
//! voorbeeld"): made only through [`Command`]s, applied to a scratch workspace with the ids below
//! and times counted back from a moment ([`commands`]), so it fits the current model and its
//! validation. The app does not carry this code: it loads the data file on demand (see
//! `domain::voorbeeld`); the test `the_data_file_is_what_the_builder_makes` keeps the two the
//! same (`VITAAL_WRITE_VOORBEELD=1 cargo test -p vitaal-core --test voorbeeld` writes the file
//! anew after a change here). Its words are sample content (like `content/nl.json`), written
//! from the publication *Lokaal Samenwerken* and the workshop slides.

use vitaal_core::domain::bijeenkomst::{
    Actie, ActieStatus, Besluit, CheckAntwoord, Checkvraag, Fase, Vorm,
};
use vitaal_core::domain::command::{
    partner, ActieChange, BijeenkomstChange, Command, ScanChange, WerkbladChange,
};
use vitaal_core::domain::scan::{Response, Source};
use vitaal_core::domain::voorbeeld::{ID, NAME};
use vitaal_core::domain::werkblad::Rij;
use vitaal_core::domain::{DomainError, Millis, PartnerKind, Ring, Route, Samenwerking, Workspace};

const DAY: Millis = 86_400_000;
const HOUR: Millis = 3_600_000;
const MINUTE: Millis = 60_000;

/// The example, built from [`commands`] in a scratch workspace. `now` is the moment it is made;
/// its meetings and scans lie in the weeks before.
pub fn build(now: Millis) -> Result<Samenwerking, DomainError> {
    let mut ws = Workspace::default();
    for (command, at) in commands(now) {
        ws.apply(command, at)?;
    }
    ws.samenwerkingen.pop().ok_or(DomainError::NotFound)
}

// ---------------------------------------------------------------------------------------------
// Sample content
// ---------------------------------------------------------------------------------------------

const OPGAVE: &str = "Hoe zorgen we ervoor dat ouderen in Ommen en de kernen eromheen prettig oud kunnen worden: met mensen om zich heen, een zinvolle dag en hulp die past bij wat ze zelf willen? We beginnen bij de eenzaamheid achter de voordeur en bij mantelzorgers die het niet meer alleen redden.";

/// (id, name, organisation, kind, ring)
const PARTNERS: [(&str, &str, &str, PartnerKind, Ring); 7] = [
    (
        "p-vb-gemeente",
        "Marieke Jansen",
        "Gemeente Ommen",
        PartnerKind::Formeel,
        Ring::Kerngroep,
    ),
    (
        "p-vb-welzijn",
        "Ahmed el Amrani",
        "Welzijn Vechtdal",
        PartnerKind::Formeel,
        Ring::Kerngroep,
    ),
    (
        "p-vb-thuiszorg",
        "Els Bouwmeester",
        "Thuiszorg Ommen e.o.",
        PartnerKind::Formeel,
        Ring::ComplementaireRing,
    ),
    (
        "p-vb-senioren",
        "Gerrit Hofman",
        "Seniorenvereniging Ommen",
        PartnerKind::Informeel,
        Ring::Kerngroep,
    ),
    (
        "p-vb-mantelzorg",
        "Fatma Yilmaz",
        "Steunpunt Mantelzorg Ommen",
        PartnerKind::Informeel,
        Ring::ComplementaireRing,
    ),
    (
        "p-vb-riek",
        "Riek Schuurman",
        "",
        PartnerKind::InwonerOudere,
        Ring::Kerngroep,
    ),
    (
        "p-vb-henk",
        "Henk de Wit",
        "",
        PartnerKind::InwonerOudere,
        Ring::VrijeRuimte,
    ),
];

const BOB: &str = "bk-vb-1";
const BARB: &str = "bk-vb-2";
const NEXT: &str = "bk-vb-3";
const SCAN_START: &str = "sc-vb-1";
const SCAN_NOW: &str = "sc-vb-2";

/// One agenda item of a held meeting: ingrediënt, notes per phase, the three checks, who is not
/// yet on board.
struct Item {
    ingredient: &'static str,
    notes: &'static [(Fase, &'static str)],
    checks: [Option<CheckAntwoord>; 3],
    niet_aan_boord: &'static [&'static str],
}

use CheckAntwoord::{Deels, Ja, Nee};

const BOB_ITEMS: [Item; 3] = [
    Item {
        ingredient: "openheid-en-vertrouwen",
        notes: &[
            (Fase::Beeldvorming, "Rondje: hoe wil jij zelf ouder worden? Riek vertelde over de lange zondagen sinds haar man overleed. Veel herkenning aan tafel; het werd meteen persoonlijk."),
            (Fase::Oordeelsvorming, "We kennen elkaar vooral van overleggen over geld en indicaties. Vrijwilligers voelen zich soms 'ingezet' in plaats van gevraagd. Afgesproken: eerst elkaar leren kennen, dan plannen."),
            (Fase::Besluitvorming, "Elke bijeenkomst begint met een persoonlijke vraag. We gaan bij elkaar op werkbezoek."),
        ],
        checks: [Some(Ja), Some(Ja), Some(Deels)],
        niet_aan_boord: &[],
    },
    Item {
        ingredient: "maximale-mix",
        notes: &[
            (Fase::Beeldvorming, "Aan tafel zitten vooral beroepskrachten. Ouderen zelf, de huisartsen en de kerken ontbreken nog."),
            (Fase::Oordeelsvorming, "Zonder ouderen aan tafel praten we óver ze in plaats van mét ze. Henk wil meedenken, maar niet elke keer komen."),
            (Fase::Besluitvorming, "We nodigen de huisartsenpraktijk en de diaconie uit voor de volgende keer."),
        ],
        checks: [Some(Ja), Some(Ja), Some(Ja)],
        niet_aan_boord: &[],
    },
    Item {
        ingredient: "gedeelde-opgave-ambitie-en-doelen",
        notes: &[
            (Fase::Beeldvorming, "Iedereen noemt eenzaamheid, maar de gemeente denkt aan preventie en de thuiszorg aan minder druk op de wijkverpleging."),
            (Fase::Oordeelsvorming, "De opgave is nog te groot. Voorstel: klein beginnen bij mantelzorgers die overbelast raken. De thuiszorg twijfelt of dat hun opgave is."),
            (Fase::Besluitvorming, "Opgave voorlopig vastgesteld; volgende keer bespreken we ieders belang (BARB)."),
        ],
        checks: [Some(Ja), Some(Nee), Some(Deels)],
        niet_aan_boord: &["p-vb-thuiszorg"],
    },
];

const BARB_ITEMS: [Item; 2] = [
    Item {
        ingredient: "duidelijkheid-over-belangen",
        notes: &[
            (Fase::Beeldvorming, "Brengen-halen-gesprek: iedere partner vertelde wat hij brengt en wat hij wil halen. De gemeente wil minder dure zorg later, de seniorenvereniging wil nieuwe leden, de thuiszorg wil meer tijd voor zorg."),
            (Fase::Achterbanraadpleging, "Ieder legt de vraag 'wat willen wij halen en wat kunnen wij brengen?' voor aan de eigen achterban."),
            (Fase::Revisie, "De achterbannen zijn positiever dan gedacht. De thuiszorg kan een wijkverpleegkundige twee uur per week vrijmaken. Belangen liggen nu op tafel."),
            (Fase::Besluitvorming, "Belangen vastgelegd in het werkblad brengen en halen; we kijken er over een half jaar opnieuw naar."),
        ],
        checks: [Some(Ja), Some(Ja), Some(Ja)],
        niet_aan_boord: &[],
    },
    Item {
        ingredient: "voldoende-tijd",
        notes: &[
            (Fase::Beeldvorming, "Vrijwilligers doen dit naast alles; beroepskrachten moeten uren verantwoorden."),
            (Fase::Achterbanraadpleging, "Vraag aan de achterban: hoeveel tijd kunnen we het komende jaar echt vrijmaken?"),
            (Fase::Revisie, "De gemeente onderzoekt een meerjarige subsidie. Vrijwilligers willen liever korte, concrete klussen."),
            (Fase::Besluitvorming, "Eén bijeenkomst per zes weken, anderhalf uur. De gemeente komt met een voorstel voor de financiering."),
        ],
        checks: [Some(Ja), Some(Deels), Some(Deels)],
        niet_aan_boord: &["p-vb-mantelzorg"],
    },
];

const BARB_VRAGEN: [(&str, &str); 2] = [
    ("duidelijkheid-over-belangen", "Wat willen wij uit deze samenwerking halen? En wat kunnen wij brengen: tijd, kennis, een plek, contacten?"),
    ("voldoende-tijd", "Hoeveel uur per maand kunnen we het komende jaar vrijmaken, en voor hoe lang?"),
];

/// (ingrediënt, achterban label, answer)
const ACHTERBAN: [(&str, &str, &str); 5] = [
    ("duidelijkheid-over-belangen", "Gemeente Ommen", "De wethouder steunt het: het past in het preventieakkoord. We brengen een ambtenaar en een klein budget."),
    ("duidelijkheid-over-belangen", "Seniorenvereniging Ommen", "Het bestuur wil graag meedoen als het geen vergadercircus wordt. We brengen onze huisbezoekers."),
    ("duidelijkheid-over-belangen", "Thuiszorg Ommen e.o.", "Het teamoverleg ziet het nut: minder losse hulpvragen bij de wijkverpleging. Twee uur per week is haalbaar."),
    ("voldoende-tijd", "Welzijn Vechtdal", "Drie uur per week voor de coördinatie, in elk geval tot eind volgend jaar."),
    ("voldoende-tijd", "Steunpunt Mantelzorg Ommen", "Onze vrijwilligers willen best, maar liever per klus dan voor vaste uren."),
];

/// (id, meeting, ingrediënt, text)
const BESLUITEN: [(&str, &str, Option<&str>, &str); 4] = [
    ("bs-vb-1", BOB, Some("openheid-en-vertrouwen"), "Elke bijeenkomst begint met een persoonlijke vraag aan tafel."),
    ("bs-vb-2", BOB, Some("maximale-mix"), "Huisartsenpraktijk en diaconie worden uitgenodigd om aan te schuiven."),
    ("bs-vb-3", BARB, Some("duidelijkheid-over-belangen"), "De belangen van ieder staan in het werkblad brengen en halen; over een half jaar kijken we er opnieuw naar."),
    ("bs-vb-4", BARB, Some("voldoende-tijd"), "We komen één keer per zes weken bij elkaar, anderhalf uur, op wisselende plekken."),
];

/// (id, meeting, ingrediënt, wat, wie, due in days from the meeting, status)
type ActieRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    u64,
    ActieStatus,
);

const ACTIES: [ActieRow; 5] = [
    (
        "ac-vb-1",
        BOB,
        Some("maximale-mix"),
        "Huisartsenpraktijk en diaconie uitnodigen",
        "Ahmed el Amrani",
        14,
        ActieStatus::Klaar,
    ),
    (
        "ac-vb-2",
        BOB,
        Some("openheid-en-vertrouwen"),
        "Werkbezoeken bij elkaar plannen",
        "Marieke Jansen",
        28,
        ActieStatus::Bezig,
    ),
    (
        "ac-vb-3",
        BOB,
        None,
        "Verhalen van drie mantelzorgers ophalen voor de volgende keer",
        "Fatma Yilmaz",
        21,
        ActieStatus::Klaar,
    ),
    (
        "ac-vb-4",
        BARB,
        Some("voldoende-tijd"),
        "Voorstel voor meerjarige financiering schrijven",
        "Marieke Jansen",
        42,
        ActieStatus::Open,
    ),
    (
        "ac-vb-5",
        BARB,
        Some("duidelijkheid-over-belangen"),
        "Huisbezoekers en wijkverpleging laten kennismaken",
        "Gerrit Hofman",
        30,
        ActieStatus::Open,
    ),
];

/// The sixteen ingrediënten in content order, with a base score in the first and the second
/// scan (the group's picture improves where it worked on it).
const SCORES: [(&str, u8, u8); 16] = [
    ("vermogen-tot-samenwerking", 3, 4),
    ("openheid-en-vertrouwen", 2, 4),
    ("gelijkwaardige-inbreng", 2, 3),
    ("gezamenlijke-identiteit-en-taal", 3, 3),
    ("minimale-massa", 4, 4),
    ("maximale-mix", 2, 3),
    ("geaccepteerde-trekker", 4, 4),
    ("georganiseerd-toeval", 3, 3),
    ("gedeelde-opgave-ambitie-en-doelen", 2, 3),
    ("zichtbare-urgentie", 4, 4),
    ("duidelijkheid-over-belangen", 2, 4),
    ("gezamenlijk-belang", 3, 3),
    ("functionele-organisatie", 3, 3),
    ("duidelijke-spelregels", 2, 2),
    ("voldoende-tijd", 2, 2),
    ("aandacht-voor-ontwikkeling", 3, 3),
];

/// Respondents: (organisation, how they differ from the base: -1, 0 or +1 per ingrediënt,
/// repeated; `9` is "weet ik niet").
const RESPONDENTS: [(&str, &[i8]); 8] = [
    ("Gemeente Ommen", &[1, 0, 0, 1]),
    ("Welzijn Vechtdal", &[0, 1, 0]),
    ("Thuiszorg Ommen e.o.", &[-1, 0, 9, 0, -1]),
    ("Seniorenvereniging Ommen", &[0, 0, 1]),
    ("Seniorenvereniging Ommen", &[1, -1, 0]),
    ("Steunpunt Mantelzorg Ommen", &[-1, 0, -1, 0]),
    ("", &[0, -1, 1, 9]),
    ("", &[-1, 1, 0, 0, 1]),
];

/// (respondent, ingrediënt, remark) in the second scan.
const REMARKS: [(usize, &str, &str); 4] = [
    (
        2,
        "gedeelde-opgave-ambitie-en-doelen",
        "Voor ons is nog niet duidelijk wat de thuiszorg hierin moet doen.",
    ),
    (
        3,
        "openheid-en-vertrouwen",
        "Het voelt nu echt als samen. Dat was in het begin anders.",
    ),
    (
        5,
        "voldoende-tijd",
        "Mantelzorgers hebben juist géén tijd; daar moeten we rekening mee houden.",
    ),
    (
        6,
        "duidelijke-spelregels",
        "Wie beslist er eigenlijk als we het niet eens zijn?",
    ),
];

/// The answers of respondent `r` in a scan (`second`: the later one).
fn response(r: usize, second: bool, at: Millis) -> Response {
    let (organisation, pattern) = RESPONDENTS[r];
    let mut response = Response::new(
        format!("rs-vb-{}-{}", if second { 2 } else { 1 }, r + 1),
        Source::Laptop,
        at,
    );
    response.organisation = organisation.to_string();
    for (k, (ingredient, first, later)) in SCORES.iter().enumerate() {
        let base = if second { *later } else { *first };
        let shift = pattern[(k + r) % pattern.len()];
        let score = if shift == 9 {
            None
        } else {
            Some((i16::from(base) + i16::from(shift)).clamp(1, 5) as u8)
        };
        let remark = REMARKS
            .iter()
            .find(|(who, i, _)| second && *who == r && i == ingredient)
            .map_or("", |(_, _, text)| *text);
        response.set(ingredient, score, remark);
    }
    response
}

/// The three werkbladen: (id, template, title, meeting whose verslag includes it).
const WERKBLADEN: [(&str, &str, &str, Option<&str>); 3] = [
    ("wb-vb-startvragen", "startvragen", "Startvragen", Some(BOB)),
    (
        "wb-vb-vierluik",
        "visievierluik",
        "Visievierluik",
        Some(BARB),
    ),
    (
        "wb-vb-eisenhower",
        "eisenhower",
        "Eisenhower-matrix: wat pakken we eerst op?",
        None,
    ),
];

/// (werkblad, key, value)
const ANSWERS: [(&str, &str, &str); 14] = [
    (
        "wb-vb-startvragen",
        "startvragen.core-business@p-vb-welzijn",
        "Mensen met elkaar verbinden, zodat ze zo lang mogelijk mee kunnen doen.",
    ),
    (
        "wb-vb-startvragen",
        "startvragen.nooit-loslaten@p-vb-welzijn",
        "Dat het om de vraag van de oudere gaat, niet om ons aanbod.",
    ),
    (
        "wb-vb-startvragen",
        "startvragen.core-business@p-vb-senioren",
        "Gezelligheid en huisbezoeken door en voor ouderen.",
    ),
    (
        "wb-vb-startvragen",
        "startvragen.vinden-de-ander@p-vb-senioren",
        "We willen allemaal dat niemand er alleen voor staat.",
    ),
    (
        "wb-vb-startvragen",
        "startvragen.core-business@p-vb-thuiszorg",
        "Goede zorg thuis, zo dichtbij mogelijk.",
    ),
    (
        "wb-vb-startvragen",
        "startvragen.nooit-loslaten@p-vb-thuiszorg",
        "Professionele verantwoordelijkheid voor de zorg.",
    ),
    (
        "wb-vb-startvragen",
        "eerste-bijeenkomst.in-ieder-geval",
        "Eenzaamheid, mantelzorgers die overbelast raken, wie wat doet.",
    ),
    (
        "wb-vb-startvragen",
        "eerste-bijeenkomst.ongemakkelijk",
        "Geld: wie betaalt, en wie krijgt de eer? En of we elkaar concurrenten vinden.",
    ),
    (
        "wb-vb-vierluik",
        "vierluik.waartoe",
        "Zodat ouderen in Ommen zich gezien voelen en mee blijven doen.",
    ),
    (
        "wb-vb-vierluik",
        "vierluik.waarvoor-staan",
        "Dichtbij, samen met ouderen, zonder loketten.",
    ),
    (
        "wb-vb-vierluik",
        "vierluik.kracht",
        "Vrijwilligers die iedereen kennen, en beroepskrachten die weten wat er speelt.",
    ),
    (
        "wb-vb-vierluik",
        "vierluik.waarvoor-gaan",
        "Over twee jaar weet elke oudere in Ommen bij wie hij terechtkan.",
    ),
    ("wb-vb-vierluik", "ambitie.belofte", "4"),
    ("wb-vb-vierluik", "ambitie.commitment", "3"),
];

/// Eisenhower topics: (row id, text, urgent, belangrijk)
const ONDERWERPEN: [(&str, &str, bool, bool); 5] = [
    (
        "rij-vb-1",
        "Overbelaste mantelzorgers in beeld brengen",
        true,
        true,
    ),
    ("rij-vb-2", "Meerjarige financiering regelen", false, true),
    (
        "rij-vb-3",
        "Eén telefoonnummer voor hulpvragen van ouderen",
        false,
        true,
    ),
    ("rij-vb-4", "Nieuwsbrief van het netwerk", true, false),
    (
        "rij-vb-5",
        "Logo en naam voor de samenwerking",
        false,
        false,
    ),
];

/// Every command that makes the example, each with its moment: the samenwerking about seven
/// weeks before `now`, a first scan, a BOB meeting six weeks and a BARB meeting two weeks back,
/// a second scan one week back, three werkbladen, and the next meeting planned from the scan.
pub fn commands(now: Millis) -> Vec<(Command, Millis)> {
    let start = now.saturating_sub(49 * DAY);
    let bob = now.saturating_sub(42 * DAY);
    let barb = now.saturating_sub(14 * DAY);
    let second_scan = now.saturating_sub(7 * DAY);
    let mut out: Vec<(Command, Millis)> = Vec::new();
    let sw = || ID.to_string();

    out.push((
        Command::Create {
            id: sw(),
            name: NAME.to_string(),
        },
        start,
    ));
    out.push((
        Command::SetOpgave {
            id: sw(),
            opgave: OPGAVE.to_string(),
        },
        start,
    ));
    out.push((
        Command::SetRoute {
            id: sw(),
            route: Some(Route::AlDoendeLeren),
        },
        start,
    ));
    for (id, name, organisation, kind, ring) in PARTNERS {
        out.push((
            Command::AddPartner {
                samenwerking: sw(),
                partner: partner(id, name, organisation, kind, ring),
            },
            start,
        ));
    }

    // The first scan, at the start: six answers.
    scan(&mut out, SCAN_START, "Startscan", 6, false, start + HOUR);

    meeting(
        &mut out,
        BOB,
        Vorm::Bob,
        bob,
        "Buurthuis De Vonder",
        &BOB_ITEMS,
        &["p-vb-henk"],
    );
    meeting(
        &mut out,
        BARB,
        Vorm::Barb,
        barb,
        "Gemeentehuis Ommen, zaal 2",
        &BARB_ITEMS,
        &[],
    );

    // The second scan: eight answers, so the trend shows.
    scan(
        &mut out,
        SCAN_NOW,
        "Scan na twee bijeenkomsten",
        8,
        true,
        second_scan,
    );

    // Werkbladen.
    for (id, template, title, link) in WERKBLADEN {
        let at = if link == Some(BARB) { barb } else { bob };
        out.push((
            werkblad(WerkbladChange::Create {
                id: id.to_string(),
                template: template.to_string(),
                title: title.to_string(),
            }),
            at,
        ));
        if let Some(meeting) = link {
            out.push((
                werkblad(WerkbladChange::Link {
                    werkblad: id.to_string(),
                    bijeenkomst: Some(meeting.to_string()),
                }),
                at,
            ));
        }
    }
    for (w, key, value) in ANSWERS {
        let at = if w == "wb-vb-vierluik" { barb } else { bob };
        out.push((
            werkblad(WerkbladChange::Set {
                werkblad: w.to_string(),
                key: key.to_string(),
                value: value.to_string(),
            }),
            at + HOUR,
        ));
    }
    out.push((
        werkblad(WerkbladChange::Set {
            werkblad: "wb-vb-vierluik".to_string(),
            key: "ambitie.doen".to_string(),
            value: "2".to_string(),
        }),
        barb + HOUR,
    ));
    for (row, text, urgent, belangrijk) in ONDERWERPEN {
        out.push((
            werkblad(WerkbladChange::AddRow {
                werkblad: "wb-vb-eisenhower".to_string(),
                block: "onderwerpen".to_string(),
                row: row.to_string(),
                text: text.to_string(),
            }),
            barb + HOUR,
        ));
        out.push((
            werkblad(WerkbladChange::UpdateRow {
                werkblad: "wb-vb-eisenhower".to_string(),
                row: Rij {
                    id: row.to_string(),
                    block: "onderwerpen".to_string(),
                    text: text.to_string(),
                    urgent,
                    belangrijk,
                },
            }),
            barb + HOUR,
        ));
    }

    // The next meeting, planned with the second scan's agenda suggestion.
    out.push((
        Command::AgendaFromScan {
            samenwerking: sw(),
            scan: SCAN_NOW.to_string(),
            bijeenkomst: NEXT.to_string(),
            count: 3,
        },
        now,
    ));
    out
}

fn werkblad(change: WerkbladChange) -> Command {
    Command::Werkblad {
        samenwerking: ID.to_string(),
        change,
    }
}

fn scan(
    out: &mut Vec<(Command, Millis)>,
    id: &str,
    title: &str,
    answers: usize,
    second: bool,
    at: Millis,
) {
    let change = |change: ScanChange| Command::Scan {
        samenwerking: ID.to_string(),
        change,
    };
    out.push((
        change(ScanChange::Create {
            id: id.to_string(),
            title: title.to_string(),
        }),
        at,
    ));
    for r in 0..answers {
        let when = at + (r as Millis + 1) * 3 * MINUTE;
        out.push((
            change(ScanChange::AddResponse {
                scan: id.to_string(),
                response: response(r, second, when),
            }),
            when,
        ));
    }
    out.push((
        change(ScanChange::SetRevealed {
            scan: id.to_string(),
            revealed: true,
        }),
        at + HOUR,
    ));
}

/// Plans, holds and finishes one meeting: agenda, attendance, notes per phase, checks,
/// achterban (BARB), besluiten and acties.
fn meeting(
    out: &mut Vec<(Command, Millis)>,
    id: &str,
    vorm: Vorm,
    at: Millis,
    place: &str,
    items: &[Item],
    absent: &[&str],
) {
    let change = |change: BijeenkomstChange| Command::Bijeenkomst {
        samenwerking: ID.to_string(),
        bijeenkomst: id.to_string(),
        change,
    };
    let planned = at.saturating_sub(7 * DAY);
    // The meeting starts at 14:00 Dutch time (13:00 UTC in winter, near enough in summer).
    let day_start = at - at % DAY + 13 * HOUR;
    out.push((
        Command::PlanBijeenkomst {
            samenwerking: ID.to_string(),
            id: id.to_string(),
            vorm,
            date: vitaal_core::report::dates::dutch_iso_date(day_start),
        },
        planned,
    ));
    out.push((
        change(BijeenkomstChange::SetPlace(place.to_string())),
        planned,
    ));
    for partner in absent {
        out.push((
            change(BijeenkomstChange::SetAttendee {
                partner: partner.to_string(),
                present: false,
            }),
            planned,
        ));
    }
    for item in items {
        out.push((
            change(BijeenkomstChange::SetAgenda {
                ingredient: item.ingredient.to_string(),
                on: true,
            }),
            planned,
        ));
    }
    for (ingredient, text) in BARB_VRAGEN {
        if vorm == Vorm::Barb {
            out.push((
                change(BijeenkomstChange::SetAchterbanVragen {
                    ingredient: ingredient.to_string(),
                    text: text.to_string(),
                }),
                planned,
            ));
        }
    }
    out.push((change(BijeenkomstChange::Start), day_start));
    let mut t = day_start;
    for (k, phase) in vorm.fasen().iter().enumerate() {
        if k > 0 {
            t += 20 * MINUTE;
            out.push((change(BijeenkomstChange::NextFase { confirmed: true }), t));
        }
        for item in items {
            if let Some((_, text)) = item.notes.iter().find(|(p, _)| p == phase) {
                out.push((
                    change(BijeenkomstChange::SetNote {
                        ingredient: item.ingredient.to_string(),
                        phase: *phase,
                        text: text.to_string(),
                    }),
                    t + 5 * MINUTE,
                ));
            }
        }
        if *phase == Fase::Achterbanraadpleging {
            for (ingredient, group, text) in ACHTERBAN {
                out.push((
                    change(BijeenkomstChange::SetAchterbanAntwoord {
                        ingredient: ingredient.to_string(),
                        group: group.to_string(),
                        text: text.to_string(),
                    }),
                    t + 10 * MINUTE,
                ));
            }
        }
        // The checkvragen are answered before deciding.
        if k + 2 == vorm.fasen().len() {
            for item in items {
                for (vraag, antwoord) in Checkvraag::ALL.iter().zip(item.checks) {
                    out.push((
                        change(BijeenkomstChange::SetCheck {
                            ingredient: item.ingredient.to_string(),
                            vraag: *vraag,
                            antwoord,
                        }),
                        t + 15 * MINUTE,
                    ));
                }
                for partner in item.niet_aan_boord {
                    out.push((
                        change(BijeenkomstChange::SetNotOnBoard {
                            ingredient: item.ingredient.to_string(),
                            partner: partner.to_string(),
                            on: true,
                        }),
                        t + 15 * MINUTE,
                    ));
                }
            }
        }
    }
    for (besluit, meeting, ingredient, text) in BESLUITEN {
        if meeting == id {
            out.push((
                change(BijeenkomstChange::AddBesluit(Besluit {
                    id: besluit.to_string(),
                    ingredient: ingredient.map(str::to_string),
                    text: text.to_string(),
                })),
                t + 10 * MINUTE,
            ));
        }
    }
    for (actie, meeting, ingredient, wat, wie, due, status) in ACTIES {
        if meeting == id {
            out.push((
                Command::Actie {
                    samenwerking: ID.to_string(),
                    change: ActieChange::Add(Actie {
                        id: actie.to_string(),
                        wat: wat.to_string(),
                        wie: wie.to_string(),
                        wanneer: vitaal_core::report::dates::dutch_iso_date(day_start + due * DAY),
                        status,
                        ingredient: ingredient.map(str::to_string),
                        bijeenkomst: id.to_string(),
                    }),
                },
                t + 15 * MINUTE,
            ));
        }
    }
    out.push((change(BijeenkomstChange::Finish), t + 20 * MINUTE));
}
