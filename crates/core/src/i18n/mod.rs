//! The one translation table: every string the user sees, per language.
//! Dutch is the only language for now; an English table is a second `Texts` value.
//! Pure Rust, so messages can be checked by the host tests. Larger features keep their part of
//! the table in a submodule (`bijeenkomst`, `verslag`), reached as `t().bijeenkomst.…`.

mod achterban_telefoon;
mod bijeenkomst;
pub mod check;
mod content;
mod deelnemer;
mod errors;
mod intro;
mod lang;
mod monitoring;
mod onefile;
mod programma;
mod rapport;
mod scan;
mod stand;
mod storage;
mod taal;
mod update;
mod verslag;
mod werkblad;

pub use achterban_telefoon::AchterbanTelefoonTexts;
pub use bijeenkomst::BijeenkomstTexts;
pub use content::ContentTexts;
pub use deelnemer::DeelnemerTexts;
pub use intro::IntroTexts;
pub use lang::{lang, set_lang, with_lang, Lang};
pub use monitoring::MonitoringTexts;
pub use onefile::OneFileTexts;
pub use programma::ProgrammaTexts;
pub use rapport::RapportTexts;
pub use scan::ScanTexts;
pub use stand::StandTexts;
pub use storage::StorageTexts;
pub use taal::TaalTexts;
pub use update::UpdateTexts;
pub use verslag::VerslagUiTexts;
pub use werkblad::WerkbladTexts;

use crate::domain::bijeenkomst::{ActieStatus, CheckAntwoord, Fase, Vorm};
use crate::domain::{Field, PartnerKind, Ring};

#[cfg_attr(test, derive(serde::Serialize))]
pub struct Texts {
    pub lang: &'static str,
    /// Planning and leading a bijeenkomst.
    pub bijeenkomst: &'static BijeenkomstTexts,
    /// The verslag and achterban-bladen screens.
    pub verslag_ui: &'static VerslagUiTexts,
    /// The Ingrediëntenscan screens.
    pub scan: &'static ScanTexts,
    /// The werkbladen.
    pub werkblad: &'static WerkbladTexts,
    /// A meeting's programme (the Startbijeenkomst).
    pub programma: &'static ProgrammaTexts,
    /// Monitoren en leren: doelen, indicatoren, metingen, leerlog.
    pub monitoring: &'static MonitoringTexts,
    /// The notice that a new version of the app is ready.
    pub update: &'static UpdateTexts,
    /// The times the app cannot save: the alert, the marker, the separate storage area.
    pub storage: &'static StorageTexts,
    /// The one-file edition: the embedded samenwerking and "Bewaar als één bestand".
    pub onefile: &'static OneFileTexts,
    /// The first minute: the example samenwerking and the page "Zo werkt het".
    pub intro: &'static IntroTexts,
    /// The achterban on a phone: the QR on the blad, the phone's page, taking answers in.
    pub achterban_telefoon: &'static AchterbanTelefoonTexts,
    /// "Doe mee met je telefoon": the invitation and the participant's page.
    pub deelnemer: &'static DeelnemerTexts,
    /// Content loaded on demand: the worksheets, the example.
    pub content: &'static ContentTexts,
    /// De stand van de samenwerking.
    pub stand: &'static StandTexts,
    /// The Voortgangsrapportage: the report over a period.
    pub rapport: &'static RapportTexts,
    /// The language switch and a document's own language.
    pub taal: &'static TaalTexts,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub nav_samenwerkingen: &'static str,
    pub nav_model: &'static str,
    pub notices_label: &'static str,
    pub close_notice: &'static str,
    pub footer: &'static str,

    // Overview
    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    pub create_heading: &'static str,
    pub create_name_label: &'static str,
    pub create_name_hint: &'static str,
    pub create_button: &'static str,
    pub created: &'static str,
    pub list_heading: &'static str,
    pub list_empty: &'static str,
    pub list_partners: Count,
    pub list_no_opgave: &'static str,
    pub list_changed: &'static str,
    pub open: &'static str,
    pub export: &'static str,
    pub exported: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub cancel: &'static str,
    pub deleted: &'static str,

    // Import
    pub import_heading: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub import_clash: &'static str,
    pub import_replace: &'static str,
    pub import_keep_both: &'static str,
    pub import_done: &'static str,
    pub import_replaced: &'static str,
    pub import_cancelled: &'static str,
    pub copy_suffix: &'static str,
    pub import_read_failed: &'static str,

    // Samenwerking page
    pub back_to_list: &'static str,
    pub not_found: &'static str,
    pub details_heading: &'static str,
    pub name_label: &'static str,
    pub opgave_label: &'static str,
    pub opgave_hint: &'static str,
    pub route_heading: &'static str,
    pub route_intro: &'static str,
    pub route_none: &'static str,
    pub route_read_more: &'static str,
    pub partners_heading: &'static str,
    pub partners_intro: &'static str,
    pub partners_empty: &'static str,
    pub partner_name: &'static str,
    pub partner_organisation: &'static str,
    pub partner_kind: &'static str,
    pub partner_ring: &'static str,
    pub partner_actions: &'static str,
    pub partner_add_heading: &'static str,
    pub partner_add_button: &'static str,
    pub partner_added: &'static str,
    pub partner_remove: &'static str,
    pub partner_removed: &'static str,
    pub partner_row_label: &'static str,
    pub kerngroep_count: &'static str,
    pub file_heading: &'static str,
    pub file_intro: &'static str,
    pub danger_heading: &'static str,

    // Gespreksmodel
    pub model_title: &'static str,
    pub model_factors_nav: &'static str,
    pub model_questions: &'static str,
    pub model_checkvragen: &'static str,
    pub model_explanation: &'static str,
    pub model_section: &'static str,
    pub model_ingredients_count: Count,

    // Storage
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_not_verified: &'static str,
    pub storage_stale: &'static str,
    pub storage_reload: &'static str,
    pub export_all: &'static str,
    pub history_label: &'static str,
    pub persist_reminder: &'static str,
    pub export_never: &'static str,
    pub backups_heading: &'static str,
    pub backups_intro: &'static str,
    pub backups_empty: &'static str,
    pub backup_item: &'static str,
    pub backup_reasons: [&'static str; 5],
    pub backup_restore: &'static str,
    pub backup_restore_latest: &'static str,
    pub backup_confirm: &'static str,
    pub backup_yes: &'static str,
    pub backup_restored: &'static str,
    pub backup_unreadable: &'static str,
    pub backup_read_failed: &'static str,
    pub backups_loading: &'static str,
    pub backups_list_failed: &'static str,
    pub backup_restoring: &'static str,
    /// How much room this site uses and has left: `{used}`, `{free}`.
    pub storage_room: &'static str,
    pub storage_room_unknown: &'static str,
    /// The recovery offer when stored data could not be read: the last saved work (the
    /// journal) with `{date}`, without a date, and which of it and the last backup is newer.
    pub saved_restore: &'static str,
    pub saved_restore_undated: &'static str,
    pub saved_is_newer: &'static str,
    pub backup_is_newer: &'static str,
    pub saved_restored: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undone: &'static str,
    pub redone: &'static str,
    pub exported_all: Count,
    pub storage_synced: &'static str,
    pub journal_restored: &'static str,
    pub storage_other: &'static str,
    pub storage_unreadable_kept: &'static str,
    pub export_raw: &'static str,
    pub export_failed: &'static str,

    // Verslag (report) and actions CSV
    pub verslag_title: &'static str,
    pub verslag_meeting: &'static str,
    pub verslag_place: &'static str,
    pub verslag_vorm: &'static str,
    pub verslag_present: &'static str,
    pub verslag_opgave: &'static str,
    pub verslag_agenda: &'static str,
    pub verslag_checkvragen: &'static str,
    pub verslag_not_on_board: &'static str,
    pub verslag_achterban_vragen: &'static str,
    pub verslag_achterban: &'static str,
    pub verslag_besluiten: &'static str,
    pub verslag_acties: &'static str,
    pub verslag_open_acties: &'static str,
    pub verslag_nothing: &'static str,
    pub verslag_no_date: &'static str,
    pub csv_columns: [&'static str; 6],
}

pub static NL: Texts = Texts {
    lang: "nl",
    bijeenkomst: &bijeenkomst::NL,
    verslag_ui: &verslag::NL,
    scan: &scan::NL,
    werkblad: &werkblad::NL,
    programma: &programma::NL,
    monitoring: &monitoring::NL,
    update: &update::NL,
    storage: &storage::NL,
    onefile: &onefile::NL,
    intro: &intro::NL,
    achterban_telefoon: &achterban_telefoon::NL,
    deelnemer: &deelnemer::NL,
    content: &content::NL,
    stand: &stand::NL,
    rapport: &rapport::NL,
    taal: &taal::NL,
    app_title: "Vitaal Samenwerken",
    app_tagline: "Gespreksmodel voor lokale samenwerking rond goed ouder worden",
    skip_link: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_samenwerkingen: "Samenwerkingen",
    nav_model: "Gespreksmodel",
    notices_label: "Meldingen",
    close_notice: "Melding sluiten",
    footer: "Alles blijft op dit apparaat. Delen gaat alleen via bestanden die je zelf exporteert. Inhoud: Lokaal Samenwerken, programma Samen Ouder Worden (NOV).",

    overview_title: "Samenwerkingen",
    overview_intro: "Elke samenwerking heeft een eigen opgave, route en partners. Je werk wordt direct in deze browser bewaard; exporteer een samenwerking naar een bestand om haar te delen of op een andere computer verder te werken.",
    create_heading: "Nieuwe samenwerking",
    create_name_label: "Naam van de samenwerking",
    create_name_hint: "Bijvoorbeeld: Samen ouder worden in Dorpsstad",
    create_button: "Samenwerking aanmaken",
    created: "Samenwerking „{name}” is aangemaakt.",
    list_heading: "Op dit apparaat",
    list_empty: "Er zijn nog geen samenwerkingen. Maak er hierboven een aan of importeer een bestand.",
    list_partners: Count {
        one: "{n} partner",
        other: "{n} partners",
    },
    list_no_opgave: "Nog geen opgave beschreven",
    list_changed: "Gewijzigd {date}",
    open: "Openen",
    export: "Exporteren",
    exported: "„{file}” is opgeslagen in je downloads.",
    delete: "Verwijderen",
    delete_confirm: "Weet je zeker dat je „{name}” wilt verwijderen? Dit kan niet ongedaan worden gemaakt. Exporteer haar eerst als je haar wilt bewaren.",
    delete_yes: "Ja, verwijderen",
    cancel: "Annuleren",
    deleted: "Samenwerking „{name}” is verwijderd.",

    import_heading: "Importeren",
    import_label: "Kies een bestand (.vitaal.json)",
    import_hint: "Een bestand dat met Vitaal Samenwerken is geëxporteerd. Er wordt niets overschreven zonder dat je het bevestigt.",
    import_clash: "Op dit apparaat staat al een samenwerking met dezelfde herkomst: „{existing}”. Het bestand bevat „{incoming}”. Wat wil je doen?",
    import_replace: "Vervangen door het bestand",
    import_keep_both: "Beide bewaren",
    import_done: "„{name}” is geïmporteerd.",
    import_replaced: "„{name}” is vervangen door de versie uit het bestand.",
    import_cancelled: "Importeren geannuleerd. Er is niets veranderd.",
    copy_suffix: "kopie",
    import_read_failed: "Het bestand kon niet worden gelezen. Er is niets veranderd.",

    back_to_list: "Alle samenwerkingen",
    not_found: "Deze samenwerking bestaat niet (meer) op dit apparaat.",
    details_heading: "Naam en opgave",
    name_label: "Naam",
    opgave_label: "Opgave",
    opgave_hint: "De maatschappelijke opgave waar jullie samen aan werken, bijvoorbeeld: Hoe zorgen we voor goed ouder worden in onze gemeente?",
    route_heading: "Route",
    route_intro: "Welke route past bij deze samenwerking? (Lokaal Samenwerken, hoofdstuk 3.1)",
    route_none: "Nog niet gekozen",
    route_read_more: "Meer over deze route",
    partners_heading: "Partners",
    partners_intro: "Wie doen er mee? Formele partners (beroepsorganisaties in zorg, welzijn en gemeente), informele partners (vrijwilligersorganisaties en bewonersinitiatieven) en inwoners, zoals ouderen zelf. Ieder heeft een plaats: de kerngroep, de complementaire ring of de vrije ruimte.",
    partners_empty: "Nog geen partners toegevoegd.",
    partner_name: "Naam",
    partner_organisation: "Organisatie",
    partner_kind: "Soort",
    partner_ring: "Plaats",
    partner_actions: "Acties",
    partner_add_heading: "Partner toevoegen",
    partner_add_button: "Partner toevoegen",
    partner_added: "Partner „{name}” is toegevoegd.",
    partner_remove: "Verwijderen: {name}",
    partner_removed: "Partner „{name}” is verwijderd.",
    partner_row_label: "{field} van {name}",
    kerngroep_count: "{kern} in de kerngroep, {ring} in de complementaire ring, {vrij} in de vrije ruimte",
    file_heading: "Bestand",
    file_intro: "Exporteer deze samenwerking naar een bestand om te delen met deelnemers of om op een ander apparaat verder te werken.",
    danger_heading: "Verwijderen",

    model_title: "Gespreksmodel Vitaal Samenwerken",
    model_factors_nav: "Factoren",
    model_questions: "Inhoudelijke vragen",
    model_checkvragen: "Checkvragen",
    model_explanation: "Toelichting",
    model_section: "Paragraaf {section} van Lokaal Samenwerken",
    model_ingredients_count: Count {
        one: "{n} ingrediënt",
        other: "{n} ingrediënten",
    },

    storage_unavailable: "Deze browser staat niet toe dat er gegevens worden bewaard (opslag geblokkeerd, bijvoorbeeld door privacy-instellingen). Je kunt werken, maar na sluiten is alles weg: exporteer je werk naar een bestand.",
    storage_full: "Opslaan is niet gelukt: de opslag van deze browser is vol. Je laatste wijziging staat nog op het scherm maar is niet bewaard. Exporteer je werk naar een bestand.",
    storage_not_verified: "Opslaan is niet gelukt: de browser gaf andere gegevens terug dan er werden weggeschreven. Exporteer je werk naar een bestand.",
    storage_stale: "In een ander tabblad of venster is intussen nieuwer werk bewaard. Je laatste wijziging hier is daarom niet opgeslagen, zodat dat nieuwere werk niet verloren gaat. Laad de nieuwste versie om verder te werken.",
    storage_reload: "Nieuwste versie laden",
    export_all: "Exporteer al mijn werk",
    history_label: "Wijzigingen",
    persist_reminder: "Deze browser heeft niet beloofd je werk altijd te bewaren; bij weinig schijfruimte of na lang niet gebruiken kan hij het opruimen. Exporteer daarom af en toe naar een bestand. Laatste export: {date}.",
    export_never: "nog nooit",
    backups_heading: "Reservekopieën",
    backups_intro: "De app bewaart zelf een reservekopie van al je werk in deze browser, apart van het werk zelf: elke dag, en vóór elk importeren, verwijderen of terugzetten. De tien nieuwste blijven bewaard.",
    backups_empty: "Nog geen reservekopieën.",
    backup_item: "{date} – {reason} ({names})",
    backup_reasons: ["vóór importeren", "vóór verwijderen", "vóór terugzetten", "vóór bijwerken van de app", "dagelijks"],
    backup_restore: "Terugzetten",
    backup_restore_latest: "Laatste reservekopie terugzetten ({date})",
    backup_confirm: "Reservekopie van {date} terugzetten? Je huidige werk wordt eerst zelf als reservekopie bewaard.",
    backup_yes: "Ja, terugzetten",
    backup_restored: "De reservekopie is teruggezet.",
    backup_unreadable: "Deze reservekopie kan niet worden gelezen. Er is niets veranderd.",
    backup_read_failed: "De reservekopie kon niet worden gelezen: de opslag van deze browser gaf een fout. Er is niets veranderd. Probeer het nog eens.",
    backups_loading: "Reservekopieën worden gelezen…",
    backups_list_failed: "De reservekopieën konden niet worden gelezen. Je werk zelf is niet geraakt.",
    backup_restoring: "Bezig met terugzetten…",
    storage_room: "Opslag: {used} gebruikt, nog {free} vrij.",
    storage_room_unknown: "Deze browser zegt niet hoeveel opslag er vrij is.",
    saved_restore: "Laatst bewaarde werk terugzetten ({date})",
    saved_restore_undated: "Laatst bewaarde werk terugzetten",
    saved_is_newer: "Het laatst bewaarde werk ({date}) is nieuwer dan de laatste reservekopie ({backup}).",
    backup_is_newer: "De laatste reservekopie ({backup}) is nieuwer dan het laatst bewaarde werk ({date}).",
    saved_restored: "Het laatst bewaarde werk is teruggezet.",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    undone: "De laatste wijziging is ongedaan gemaakt.",
    redone: "De wijziging is opnieuw gedaan.",
    exported_all: Count {
        one: "{n} bestand gedownload. Bewaar het goed: daarmee zet je je werk terug via Importeren.",
        other: "{n} bestanden gedownload. Bewaar ze goed: daarmee zet je je werk terug via Importeren.",
    },
    storage_synced: "Bijgewerkt met wijzigingen uit een ander tabblad.",
    journal_restored: "Je laatste wijzigingen zijn teruggezet: de browser werd afgesloten voordat ze helemaal waren opgeslagen. Wat je in de laatste fractie van een seconde typte, kan ontbreken: kijk het even na.",
    storage_other: "Opslaan is niet gelukt ({detail}). Exporteer je werk naar een bestand.",
    storage_unreadable_kept: "De bewaarde gegevens in deze browser konden niet worden gelezen. Ze zijn apart gezet en niet overschreven. Je begint met een lege lijst.",
    export_raw: "Ruwe gegevens exporteren",
    export_failed: "Exporteren is niet gelukt: de browser kon het bestand niet aanmaken. Er is niets veranderd.",

    verslag_title: "Verslag",
    verslag_meeting: "Bijeenkomst",
    verslag_place: "Plaats",
    verslag_vorm: "Vorm",
    verslag_present: "Aanwezig",
    verslag_opgave: "Opgave",
    verslag_agenda: "Agenda",
    verslag_checkvragen: "Checkvragen",
    verslag_not_on_board: "nog niet gehoord of aan boord",
    verslag_achterban_vragen: "Vragen voor de achterban",
    verslag_achterban: "Antwoorden van de achterban",
    verslag_besluiten: "Besluiten",
    verslag_acties: "Acties uit deze bijeenkomst",
    verslag_open_acties: "Openstaande acties uit eerdere bijeenkomsten",
    verslag_nothing: "Geen.",
    verslag_no_date: "datum nog niet bepaald",
    csv_columns: ["Wat", "Wie", "Wanneer", "Status", "Ingrediënt", "Bijeenkomst"],
};

pub static EN: Texts = Texts {
    lang: "en",
    bijeenkomst: &bijeenkomst::EN,
    verslag_ui: &verslag::EN,
    scan: &scan::EN,
    werkblad: &werkblad::EN,
    programma: &programma::EN,
    monitoring: &monitoring::EN,
    update: &update::EN,
    storage: &storage::EN,
    onefile: &onefile::EN,
    intro: &intro::EN,
    achterban_telefoon: &achterban_telefoon::EN,
    deelnemer: &deelnemer::EN,
    content: &content::EN,
    stand: &stand::EN,
    rapport: &rapport::EN,
    taal: &taal::EN,
    app_title: "Vitaal Samenwerken",
    app_tagline: "Gespreksmodel voor lokale samenwerking rond goed ouder worden",
    skip_link: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_samenwerkingen: "Samenwerkingen",
    nav_model: "Gespreksmodel",
    notices_label: "Meldingen",
    close_notice: "Melding sluiten",
    footer: "Alles blijft op dit apparaat. Delen gaat alleen via bestanden die je zelf exporteert. Inhoud: Lokaal Samenwerken, programma Samen Ouder Worden (NOV).",

    overview_title: "Samenwerkingen",
    overview_intro: "Elke samenwerking heeft een eigen opgave, route en partners. Je werk wordt direct in deze browser bewaard; exporteer een samenwerking naar een bestand om haar te delen of op een andere computer verder te werken.",
    create_heading: "Nieuwe samenwerking",
    create_name_label: "Naam van de samenwerking",
    create_name_hint: "Bijvoorbeeld: Samen ouder worden in Dorpsstad",
    create_button: "Samenwerking aanmaken",
    created: "Samenwerking „{name}” is aangemaakt.",
    list_heading: "Op dit apparaat",
    list_empty: "Er zijn nog geen samenwerkingen. Maak er hierboven een aan of importeer een bestand.",
    list_partners: Count {
        one: "{n} partner",
        other: "{n} partners",
    },
    list_no_opgave: "Nog geen opgave beschreven",
    list_changed: "Gewijzigd {date}",
    open: "Openen",
    export: "Exporteren",
    exported: "„{file}” is opgeslagen in je downloads.",
    delete: "Verwijderen",
    delete_confirm: "Weet je zeker dat je „{name}” wilt verwijderen? Dit kan niet ongedaan worden gemaakt. Exporteer haar eerst als je haar wilt bewaren.",
    delete_yes: "Ja, verwijderen",
    cancel: "Annuleren",
    deleted: "Samenwerking „{name}” is verwijderd.",

    import_heading: "Importeren",
    import_label: "Kies een bestand (.vitaal.json)",
    import_hint: "Een bestand dat met Vitaal Samenwerken is geëxporteerd. Er wordt niets overschreven zonder dat je het bevestigt.",
    import_clash: "Op dit apparaat staat al een samenwerking met dezelfde herkomst: „{existing}”. Het bestand bevat „{incoming}”. Wat wil je doen?",
    import_replace: "Vervangen door het bestand",
    import_keep_both: "Beide bewaren",
    import_done: "„{name}” is geïmporteerd.",
    import_replaced: "„{name}” is vervangen door de versie uit het bestand.",
    import_cancelled: "Importeren geannuleerd. Er is niets veranderd.",
    copy_suffix: "kopie",
    import_read_failed: "Het bestand kon niet worden gelezen. Er is niets veranderd.",

    back_to_list: "Alle samenwerkingen",
    not_found: "Deze samenwerking bestaat niet (meer) op dit apparaat.",
    details_heading: "Naam en opgave",
    name_label: "Naam",
    opgave_label: "Opgave",
    opgave_hint: "De maatschappelijke opgave waar jullie samen aan werken, bijvoorbeeld: Hoe zorgen we voor goed ouder worden in onze gemeente?",
    route_heading: "Route",
    route_intro: "Welke route past bij deze samenwerking? (Lokaal Samenwerken, hoofdstuk 3.1)",
    route_none: "Nog niet gekozen",
    route_read_more: "Meer over deze route",
    partners_heading: "Partners",
    partners_intro: "Wie doen er mee? Formele partners (beroepsorganisaties in zorg, welzijn en gemeente), informele partners (vrijwilligersorganisaties en bewonersinitiatieven) en inwoners, zoals ouderen zelf. Ieder heeft een plaats: de kerngroep, de complementaire ring of de vrije ruimte.",
    partners_empty: "Nog geen partners toegevoegd.",
    partner_name: "Naam",
    partner_organisation: "Organisatie",
    partner_kind: "Soort",
    partner_ring: "Plaats",
    partner_actions: "Acties",
    partner_add_heading: "Partner toevoegen",
    partner_add_button: "Partner toevoegen",
    partner_added: "Partner „{name}” is toegevoegd.",
    partner_remove: "Verwijderen: {name}",
    partner_removed: "Partner „{name}” is verwijderd.",
    partner_row_label: "{field} van {name}",
    kerngroep_count: "{kern} in de kerngroep, {ring} in de complementaire ring, {vrij} in de vrije ruimte",
    file_heading: "Bestand",
    file_intro: "Exporteer deze samenwerking naar een bestand om te delen met deelnemers of om op een ander apparaat verder te werken.",
    danger_heading: "Verwijderen",

    model_title: "Gespreksmodel Vitaal Samenwerken",
    model_factors_nav: "Factoren",
    model_questions: "Inhoudelijke vragen",
    model_checkvragen: "Checkvragen",
    model_explanation: "Toelichting",
    model_section: "Paragraaf {section} van Lokaal Samenwerken",
    model_ingredients_count: Count {
        one: "{n} ingrediënt",
        other: "{n} ingrediënten",
    },

    storage_unavailable: "Deze browser staat niet toe dat er gegevens worden bewaard (opslag geblokkeerd, bijvoorbeeld door privacy-instellingen). Je kunt werken, maar na sluiten is alles weg: exporteer je werk naar een bestand.",
    storage_full: "Opslaan is niet gelukt: de opslag van deze browser is vol. Je laatste wijziging staat nog op het scherm maar is niet bewaard. Exporteer je werk naar een bestand.",
    storage_not_verified: "Opslaan is niet gelukt: de browser gaf andere gegevens terug dan er werden weggeschreven. Exporteer je werk naar een bestand.",
    storage_stale: "In een ander tabblad of venster is intussen nieuwer werk bewaard. Je laatste wijziging hier is daarom niet opgeslagen, zodat dat nieuwere werk niet verloren gaat. Laad de nieuwste versie om verder te werken.",
    storage_reload: "Nieuwste versie laden",
    export_all: "Exporteer al mijn werk",
    history_label: "Wijzigingen",
    persist_reminder: "Deze browser heeft niet beloofd je werk altijd te bewaren; bij weinig schijfruimte of na lang niet gebruiken kan hij het opruimen. Exporteer daarom af en toe naar een bestand. Laatste export: {date}.",
    export_never: "nog nooit",
    backups_heading: "Reservekopieën",
    backups_intro: "De app bewaart zelf een reservekopie van al je werk in deze browser, apart van het werk zelf: elke dag, en vóór elk importeren, verwijderen of terugzetten. De tien nieuwste blijven bewaard.",
    backups_empty: "Nog geen reservekopieën.",
    backup_item: "{date} – {reason} ({names})",
    backup_reasons: ["vóór importeren", "vóór verwijderen", "vóór terugzetten", "vóór bijwerken van de app", "dagelijks"],
    backup_restore: "Terugzetten",
    backup_restore_latest: "Laatste reservekopie terugzetten ({date})",
    backup_confirm: "Reservekopie van {date} terugzetten? Je huidige werk wordt eerst zelf als reservekopie bewaard.",
    backup_yes: "Ja, terugzetten",
    backup_restored: "De reservekopie is teruggezet.",
    backup_unreadable: "Deze reservekopie kan niet worden gelezen. Er is niets veranderd.",
    backup_read_failed: "De reservekopie kon niet worden gelezen: de opslag van deze browser gaf een fout. Er is niets veranderd. Probeer het nog eens.",
    backups_loading: "Reservekopieën worden gelezen…",
    backups_list_failed: "De reservekopieën konden niet worden gelezen. Je werk zelf is niet geraakt.",
    backup_restoring: "Bezig met terugzetten…",
    storage_room: "Opslag: {used} gebruikt, nog {free} vrij.",
    storage_room_unknown: "Deze browser zegt niet hoeveel opslag er vrij is.",
    saved_restore: "Laatst bewaarde werk terugzetten ({date})",
    saved_restore_undated: "Laatst bewaarde werk terugzetten",
    saved_is_newer: "Het laatst bewaarde werk ({date}) is nieuwer dan de laatste reservekopie ({backup}).",
    backup_is_newer: "De laatste reservekopie ({backup}) is nieuwer dan het laatst bewaarde werk ({date}).",
    saved_restored: "Het laatst bewaarde werk is teruggezet.",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    undone: "De laatste wijziging is ongedaan gemaakt.",
    redone: "De wijziging is opnieuw gedaan.",
    exported_all: Count {
        one: "{n} bestand gedownload. Bewaar het goed: daarmee zet je je werk terug via Importeren.",
        other: "{n} bestanden gedownload. Bewaar ze goed: daarmee zet je je werk terug via Importeren.",
    },
    storage_synced: "Bijgewerkt met wijzigingen uit een ander tabblad.",
    journal_restored: "Je laatste wijzigingen zijn teruggezet: de browser werd afgesloten voordat ze helemaal waren opgeslagen. Wat je in de laatste fractie van een seconde typte, kan ontbreken: kijk het even na.",
    storage_other: "Opslaan is niet gelukt ({detail}). Exporteer je werk naar een bestand.",
    storage_unreadable_kept: "De bewaarde gegevens in deze browser konden niet worden gelezen. Ze zijn apart gezet en niet overschreven. Je begint met een lege lijst.",
    export_raw: "Ruwe gegevens exporteren",
    export_failed: "Exporteren is niet gelukt: de browser kon het bestand niet aanmaken. Er is niets veranderd.",

    verslag_title: "Verslag",
    verslag_meeting: "Bijeenkomst",
    verslag_place: "Plaats",
    verslag_vorm: "Vorm",
    verslag_present: "Aanwezig",
    verslag_opgave: "Opgave",
    verslag_agenda: "Agenda",
    verslag_checkvragen: "Checkvragen",
    verslag_not_on_board: "nog niet gehoord of aan boord",
    verslag_achterban_vragen: "Vragen voor de achterban",
    verslag_achterban: "Antwoorden van de achterban",
    verslag_besluiten: "Besluiten",
    verslag_acties: "Acties uit deze bijeenkomst",
    verslag_open_acties: "Openstaande acties uit eerdere bijeenkomsten",
    verslag_nothing: "Geen.",
    verslag_no_date: "datum nog niet bepaald",
    csv_columns: ["Wat", "Wie", "Wanneer", "Status", "Ingrediënt", "Bijeenkomst"],
};

/// The decimal mark of the current language: a comma in Dutch ("3,5"), a point in English.
pub fn decimal_mark() -> char {
    match lang() {
        Lang::Nl => ',',
        Lang::En => '.',
    }
}

/// The table for the current language ([`lang`]).
pub fn t() -> &'static Texts {
    lang().texts()
}

/// A count in words: the sentence for exactly one and the sentence for any other number (0 too,
/// as Dutch and English both say "0 antwoorden" / "0 answers"). `{n}` is the number; other
/// placeholders are filled with [`Count::with`]. Every count the user sees goes through this, so
/// no string in the table needs "(en)" or "(s)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Count {
    pub one: &'static str,
    pub other: &'static str,
}

impl Count {
    /// The form for `n`, with `{n}` filled in: "1 antwoord", "3 antwoorden".
    pub fn of(&self, n: usize) -> String {
        self.with(n, &[])
    }

    /// The form for `n`, with `{n}` and the other placeholders filled in.
    pub fn with(&self, n: usize, values: &[(&str, &str)]) -> String {
        let template = if n == 1 { self.one } else { self.other };
        let number = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        fill(template, &all)
    }
}

/// Fills `{name}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

impl Texts {
    pub fn field(&self, field: Field) -> &'static str {
        match field {
            Field::Name => "de naam",
            Field::Opgave => "de opgave",
            Field::PartnerName => "de naam van de partner",
            Field::PartnerOrganisation => "de organisatie van de partner",
            Field::Id => "de sleutel",
            Field::Place => "de plaats",
            Field::Note => "de aantekening",
            Field::Antwoord => "het antwoord",
            Field::Onderwerp => "het onderwerp",
            Field::Programma => "het programmaonderdeel",
            Field::Besluit => "het besluit",
            Field::ActieWat => "de actie (wat)",
            Field::ActieWie => "de uitvoerder van de actie",
            Field::ActieWanneer => "de datum van de actie",
            Field::AchterbanVragen => "de tekst met vragen voor de achterban",
            Field::AchterbanAntwoord => "het antwoord van de achterban",
            Field::Doel => "het doel",
            Field::IndicatorNaam => "de naam van de indicator",
            Field::IndicatorUitleg => "de gegevens van de indicator",
            Field::Meting => "de bron of opmerking bij de meting",
            Field::Leerlog => "de tekst in het leerlog",
        }
    }

    pub fn phase_name(&self, phase: Fase) -> &'static str {
        match phase {
            Fase::Beeldvorming => "Beeldvorming",
            Fase::Oordeelsvorming => "Oordeelsvorming",
            Fase::Achterbanraadpleging => "Achterbanraadpleging",
            Fase::Revisie => "Revisie",
            Fase::Besluitvorming => "Besluitvorming",
        }
    }

    /// The question each phase answers (workshop slides, "BOB en BARB").
    pub fn phase_question(&self, phase: Fase) -> &'static str {
        match phase {
            Fase::Beeldvorming => "Wat is er aan de hand?",
            Fase::Oordeelsvorming => "Wat vinden we ervan?",
            Fase::Achterbanraadpleging => "Wat vindt mijn achterban ervan?",
            Fase::Revisie => "Wat betekent dat voor ons gezamenlijke oordeel?",
            Fase::Besluitvorming => "Wie gaat wat wanneer doen?",
        }
    }

    pub fn vorm_name(&self, vorm: Vorm) -> &'static str {
        match vorm {
            Vorm::Bob => "BOB",
            Vorm::Barb => "BARB",
        }
    }

    /// "BOB: Beeldvorming → Oordeelsvorming → Besluitvorming".
    pub fn vorm_description(&self, vorm: Vorm) -> String {
        let phases: Vec<&str> = vorm.fasen().iter().map(|p| self.phase_name(*p)).collect();
        format!("{}: {}", self.vorm_name(vorm), phases.join(" → "))
    }

    pub fn antwoord(&self, antwoord: Option<CheckAntwoord>) -> &'static str {
        match antwoord {
            Some(CheckAntwoord::Nee) => "nee",
            Some(CheckAntwoord::Deels) => "deels",
            Some(CheckAntwoord::Ja) => "ja",
            None => "nog niet beantwoord",
        }
    }

    pub fn actie_status(&self, status: ActieStatus) -> &'static str {
        match status {
            ActieStatus::Open => "Open",
            ActieStatus::Bezig => "Bezig",
            ActieStatus::Klaar => "Klaar",
        }
    }

    /// "15 september 2026" from "2026-09-15"; other text is returned as it is.
    pub fn date(&self, iso: &str) -> String {
        const MONTHS: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        let parts: Vec<&str> = iso.split('-').collect();
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 => match (m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
                _ => iso.to_string(),
            },
            _ => iso.to_string(),
        }
    }

    pub fn kind(&self, kind: PartnerKind) -> &'static str {
        match kind {
            PartnerKind::Formeel => "Formeel",
            PartnerKind::Informeel => "Informeel",
            PartnerKind::InwonerOudere => "Inwoner / oudere",
        }
    }

    pub fn ring(&self, ring: Ring) -> &'static str {
        match ring {
            Ring::Kerngroep => "Kerngroep",
            Ring::ComplementaireRing => "Complementaire ring",
            Ring::VrijeRuimte => "Vrije ruimte",
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} en {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x en y, x"
        );
    }

    #[test]
    fn count_picks_the_singular_only_for_one() {
        let c = Count {
            one: "{n} antwoord van {who}",
            other: "{n} antwoorden van {who}",
        };
        assert_eq!(c.of(1), "1 antwoord van {who}");
        assert_eq!(c.with(0, &[("who", "Ommen")]), "0 antwoorden van Ommen");
        assert_eq!(c.with(1, &[("who", "Ommen")]), "1 antwoord van Ommen");
        assert_eq!(c.with(12, &[("who", "Ommen")]), "12 antwoorden van Ommen");
    }

    /// The English table has every key of the Dutch one, the same placeholders in each string,
    /// and no Dutch words (apart from the deliberate originals in parentheses and the names that
    /// stay Dutch): the serialized tables are compared leaf by leaf.
    #[test]
    fn english_table_matches_the_dutch_one() {
        let nl = serde_json::to_value(&NL).expect("the Dutch table serializes");
        let en = serde_json::to_value(&EN).expect("the English table serializes");
        let mut problems = Vec::new();
        check::compare_tables("t()", &nl, &en, &mut problems);
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    /// No string in the table hedges a plural with "(en)", "(s)" or "(n)": counts use [`Count`].
    #[test]
    fn no_hedged_plurals_in_the_table() {
        let sources = [
            ("mod.rs", include_str!("mod.rs")),
            ("bijeenkomst.rs", include_str!("bijeenkomst.rs")),
            ("deelnemer.rs", include_str!("deelnemer.rs")),
            ("content.rs", include_str!("content.rs")),
            ("errors.rs", include_str!("errors.rs")),
            ("intro.rs", include_str!("intro.rs")),
            ("monitoring.rs", include_str!("monitoring.rs")),
            (
                "achterban_telefoon.rs",
                include_str!("achterban_telefoon.rs"),
            ),
            ("onefile.rs", include_str!("onefile.rs")),
            ("rapport.rs", include_str!("rapport.rs")),
            ("scan.rs", include_str!("scan.rs")),
            ("stand.rs", include_str!("stand.rs")),
            ("storage.rs", include_str!("storage.rs")),
            ("update.rs", include_str!("update.rs")),
            ("verslag.rs", include_str!("verslag.rs")),
            ("werkblad.rs", include_str!("werkblad.rs")),
            ("programma.rs", include_str!("programma.rs")),
        ];
        let hedges = ["(en)", "(s)", "(n)", "(’s)"];
        for (file, source) in sources {
            for (line_no, line) in source.lines().enumerate() {
                if line.trim_start().starts_with("//") || line.contains("let hedges") {
                    continue;
                }
                for hedge in hedges {
                    assert!(
                        !line.contains(hedge),
                        "{file}:{}: hedged plural {hedge:?}; use a Count: {line}",
                        line_no + 1
                    );
                }
            }
        }
    }
}
