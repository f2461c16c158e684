//! The one translation table: every string the user sees, per language.
//! Dutch first, English second: `NL` and `EN` are two values of the same `Texts`.
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
pub use errors::ErrorTexts;
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
    /// The language code ("nl", "en"): not a text, so the table test skips it.
    #[cfg_attr(test, serde(skip))]
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
    /// The sentences for errors (`errors.rs`).
    pub errors: &'static ErrorTexts,
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

    /// The fields of the forms as a sentence names them ("de naam"): see [`Texts::field`].
    pub fields: FieldNames,
    /// The meeting phases, in the order of [`Fase`]: see [`Texts::phase_name`].
    pub phase_names: [&'static str; 5],
    /// The question each phase answers, in the same order: see [`Texts::phase_question`].
    pub phase_questions: [&'static str; 5],
    /// A check question's answer: no, partly, yes, not answered yet.
    pub antwoorden: [&'static str; 4],
    /// An action's status: open, in progress, done.
    pub actie_statuses: [&'static str; 3],
    /// A partner's kind: formal, informal, resident.
    pub kinds: [&'static str; 3],
    /// A partner's ring: core group, complementary ring, open space.
    pub rings: [&'static str; 3],
    /// The months, for [`Texts::date`].
    pub months: [&'static str; 12],
}

/// The fields of the forms as a sentence names them (error messages): "de naam", "the name".
#[cfg_attr(test, derive(serde::Serialize))]
pub struct FieldNames {
    pub name: &'static str,
    pub opgave: &'static str,
    pub partner_name: &'static str,
    pub partner_organisation: &'static str,
    pub id: &'static str,
    pub place: &'static str,
    pub note: &'static str,
    pub antwoord: &'static str,
    pub onderwerp: &'static str,
    pub programma: &'static str,
    pub besluit: &'static str,
    pub actie_wat: &'static str,
    pub actie_wie: &'static str,
    pub actie_wanneer: &'static str,
    pub achterban_vragen: &'static str,
    pub achterban_antwoord: &'static str,
    pub doel: &'static str,
    pub indicator_naam: &'static str,
    pub indicator_uitleg: &'static str,
    pub meting: &'static str,
    pub leerlog: &'static str,
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
    errors: &errors::NL,
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
    fields: FieldNames {
        name: "de naam",
        opgave: "de opgave",
        partner_name: "de naam van de partner",
        partner_organisation: "de organisatie van de partner",
        id: "de sleutel",
        place: "de plaats",
        note: "de aantekening",
        antwoord: "het antwoord",
        onderwerp: "het onderwerp",
        programma: "het programmaonderdeel",
        besluit: "het besluit",
        actie_wat: "de actie (wat)",
        actie_wie: "de uitvoerder van de actie",
        actie_wanneer: "de datum van de actie",
        achterban_vragen: "de tekst met vragen voor de achterban",
        achterban_antwoord: "het antwoord van de achterban",
        doel: "het doel",
        indicator_naam: "de naam van de indicator",
        indicator_uitleg: "de gegevens van de indicator",
        meting: "de bron of opmerking bij de meting",
        leerlog: "de tekst in het leerlog",
    },
    phase_names: [
        "Beeldvorming",
        "Oordeelsvorming",
        "Achterbanraadpleging",
        "Revisie",
        "Besluitvorming",
    ],
    phase_questions: [
        "Wat is er aan de hand?",
        "Wat vinden we ervan?",
        "Wat vindt mijn achterban ervan?",
        "Wat betekent dat voor ons gezamenlijke oordeel?",
        "Wie gaat wat wanneer doen?",
    ],
    antwoorden: ["nee", "deels", "ja", "nog niet beantwoord"],
    actie_statuses: ["Open", "Bezig", "Klaar"],
    kinds: ["Formeel", "Informeel", "Inwoner / oudere"],
    rings: ["Kerngroep", "Complementaire ring", "Vrije ruimte"],
    months: [
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
    ],
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
    errors: &errors::EN,
    app_title: "Vitaal Samenwerken",
    app_tagline: "Conversation model for local collaboration on ageing well",
    skip_link: "Skip to content",
    nav_label: "Main menu",
    nav_samenwerkingen: "Collaborations",
    nav_model: "Conversation model",
    notices_label: "Notifications",
    close_notice: "Close notification",
    footer: "Everything stays on this device. You share only through files you export yourself. Content: Lokaal Samenwerken, Samen Ouder Worden programme (NOV).",

    overview_title: "Collaborations",
    overview_intro: "Each collaboration has its own challenge, route and partners. Your work is saved straight away in this browser; export a collaboration to a file to share it or to carry on working on another computer.",
    create_heading: "New collaboration",
    create_name_label: "Name of the collaboration",
    create_name_hint: "For example: Ageing well together in Townsville",
    create_button: "Create collaboration",
    created: "Collaboration “{name}” has been created.",
    list_heading: "On this device",
    list_empty: "There are no collaborations yet. Create one above or import a file.",
    list_partners: Count {
        one: "{n} partner",
        other: "{n} partners",
    },
    list_no_opgave: "No challenge described yet",
    list_changed: "Changed {date}",
    open: "Open",
    export: "Export",
    exported: "“{file}” has been saved to your downloads.",
    delete: "Delete",
    delete_confirm: "Are you sure you want to delete “{name}”? This cannot be undone. Export it first if you want to keep it.",
    delete_yes: "Yes, delete",
    cancel: "Cancel",
    deleted: "Collaboration “{name}” has been deleted.",

    import_heading: "Import",
    import_label: "Choose a file (.vitaal.json)",
    import_hint: "A file exported from Vitaal Samenwerken. Nothing is overwritten unless you confirm it.",
    import_clash: "This device already has a collaboration with the same origin: “{existing}”. The file contains “{incoming}”. What would you like to do?",
    import_replace: "Replace with the file",
    import_keep_both: "Keep both",
    import_done: "“{name}” has been imported.",
    import_replaced: "“{name}” has been replaced by the version from the file.",
    import_cancelled: "Import cancelled. Nothing has changed.",
    copy_suffix: "copy",
    import_read_failed: "The file could not be read. Nothing has changed.",

    back_to_list: "All collaborations",
    not_found: "This collaboration is not (or no longer) on this device.",
    details_heading: "Name and challenge",
    name_label: "Name",
    opgave_label: "Challenge",
    opgave_hint: "The societal challenge you are working on together, for example: How do we help people age well in our municipality?",
    route_heading: "Route",
    route_intro: "Which route suits this collaboration? (Lokaal Samenwerken, chapter 3.1)",
    route_none: "Not chosen yet",
    route_read_more: "More about this route",
    partners_heading: "Partners",
    partners_intro: "Who is taking part? Formal partners (professional organisations in care, welfare and the municipality), informal partners (voluntary organisations and residents’ initiatives) and residents, such as older people themselves. Each has a place: the core group, the complementary ring or the open space.",
    partners_empty: "No partners added yet.",
    partner_name: "Name",
    partner_organisation: "Organisation",
    partner_kind: "Type",
    partner_ring: "Place",
    partner_actions: "Actions",
    partner_add_heading: "Add partner",
    partner_add_button: "Add partner",
    partner_added: "Partner “{name}” has been added.",
    partner_remove: "Delete: {name}",
    partner_removed: "Partner “{name}” has been removed.",
    partner_row_label: "{field} of {name}",
    kerngroep_count: "{kern} in the core group, {ring} in the complementary ring, {vrij} in the open space",
    file_heading: "File",
    file_intro: "Export this collaboration to a file to share it with participants or to carry on working on another device.",
    danger_heading: "Delete",

    model_title: "Vitaal Samenwerken conversation model",
    model_factors_nav: "Factors",
    model_questions: "Questions on the content",
    model_checkvragen: "Check questions",
    model_explanation: "Explanation",
    model_section: "Section {section} of Lokaal Samenwerken",
    model_ingredients_count: Count {
        one: "{n} ingredient",
        other: "{n} ingredients",
    },

    storage_unavailable: "This browser does not allow data to be saved (storage is blocked, for example by privacy settings). You can work, but everything is lost once you close it: export your work to a file.",
    storage_full: "Saving failed: this browser’s storage is full. Your last change is still on screen but has not been saved. Export your work to a file.",
    storage_not_verified: "Saving failed: the browser returned different data from what was written. Export your work to a file.",
    storage_stale: "Newer work has been saved in another tab or window in the meantime. So your last change here has not been saved, to make sure that newer work is not lost. Load the latest version to carry on.",
    storage_reload: "Load latest version",
    export_all: "Export all my work",
    history_label: "Changes",
    persist_reminder: "This browser has not promised to keep your work for good; if disk space runs low or it goes unused for a long time, it may clear it. So export to a file now and then. Last export: {date}.",
    export_never: "never",
    backups_heading: "Backups",
    backups_intro: "The app keeps its own backup of all your work in this browser, separate from the work itself: every day, and before every import, deletion or restore. The ten most recent are kept.",
    backups_empty: "No backups yet.",
    backup_item: "{date} – {reason} ({names})",
    backup_reasons: ["before importing", "before deleting", "before restoring", "before updating the app", "daily"],
    backup_restore: "Restore",
    backup_restore_latest: "Restore latest backup ({date})",
    backup_confirm: "Restore the backup of {date}? Your current work will first be saved as a backup itself.",
    backup_yes: "Yes, restore",
    backup_restored: "The backup has been restored.",
    backup_unreadable: "This backup cannot be read. Nothing has changed.",
    backup_read_failed: "The backup could not be read: this browser’s storage reported an error. Nothing has changed. Please try again.",
    backups_loading: "Reading backups…",
    backups_list_failed: "The backups could not be read. Your work itself has not been affected.",
    backup_restoring: "Restoring…",
    storage_room: "Storage: {used} used, {free} free.",
    storage_room_unknown: "This browser does not say how much storage is free.",
    saved_restore: "Restore last saved work ({date})",
    saved_restore_undated: "Restore last saved work",
    saved_is_newer: "The last saved work ({date}) is newer than the latest backup ({backup}).",
    backup_is_newer: "The latest backup ({backup}) is newer than the last saved work ({date}).",
    saved_restored: "The last saved work has been restored.",
    undo: "Undo",
    redo: "Redo",
    undone: "The last change has been undone.",
    redone: "The change has been redone.",
    exported_all: Count {
        one: "{n} file downloaded. Keep it safe: you can restore your work from it with Import.",
        other: "{n} files downloaded. Keep them safe: you can restore your work from them with Import.",
    },
    storage_synced: "Updated with changes from another tab.",
    journal_restored: "Your latest changes have been restored: the browser was closed before they were fully saved. Anything you typed in the last fraction of a second may be missing, so please check.",
    storage_other: "Saving failed ({detail}). Export your work to a file.",
    storage_unreadable_kept: "The data saved in this browser could not be read. It has been set aside and not overwritten. You are starting with an empty list.",
    export_raw: "Export raw data",
    export_failed: "Export failed: the browser could not create the file. Nothing has changed.",

    verslag_title: "Minutes",
    verslag_meeting: "Meeting",
    verslag_place: "Place",
    verslag_vorm: "Format",
    verslag_present: "Present",
    verslag_opgave: "Challenge",
    verslag_agenda: "Agenda",
    verslag_checkvragen: "Check questions",
    verslag_not_on_board: "not yet heard or on board",
    verslag_achterban_vragen: "Questions for the constituency",
    verslag_achterban: "Answers from the constituency",
    verslag_besluiten: "Decisions",
    verslag_acties: "Actions from this meeting",
    verslag_open_acties: "Open actions from earlier meetings",
    verslag_nothing: "None.",
    verslag_no_date: "date not set yet",
    csv_columns: ["What", "Who", "When", "Status", "Ingredient", "Meeting"],
    fields: FieldNames {
        name: "the name",
        opgave: "the challenge",
        partner_name: "the partner’s name",
        partner_organisation: "the partner’s organisation",
        id: "the key",
        place: "the place",
        note: "the note",
        antwoord: "the answer",
        onderwerp: "the topic",
        programma: "the programme item",
        besluit: "the decision",
        actie_wat: "the action (what)",
        actie_wie: "the person carrying out the action",
        actie_wanneer: "the date of the action",
        achterban_vragen: "the questions for the constituency",
        achterban_antwoord: "the constituency’s answer",
        doel: "the goal",
        indicator_naam: "the indicator’s name",
        indicator_uitleg: "the indicator’s details",
        meting: "the source or remark of the measurement",
        leerlog: "the text in the learning log",
    },
    phase_names: [
        "Forming a picture",
        "Forming a judgement",
        "Consulting the constituency",
        "Revision",
        "Decision-making",
    ],
    phase_questions: [
        "What is going on?",
        "What do we think of it?",
        "What does my constituency think of it?",
        "What does that mean for our shared judgement?",
        "Who is going to do what, and when?",
    ],
    antwoorden: ["no", "partly", "yes", "not answered yet"],
    actie_statuses: ["Open", "In progress", "Done"],
    kinds: ["Formal", "Informal", "Resident / older person"],
    rings: ["Core group", "Complementary ring", "Open space"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
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
        let f = &self.fields;
        match field {
            Field::Name => f.name,
            Field::Opgave => f.opgave,
            Field::PartnerName => f.partner_name,
            Field::PartnerOrganisation => f.partner_organisation,
            Field::Id => f.id,
            Field::Place => f.place,
            Field::Note => f.note,
            Field::Antwoord => f.antwoord,
            Field::Onderwerp => f.onderwerp,
            Field::Programma => f.programma,
            Field::Besluit => f.besluit,
            Field::ActieWat => f.actie_wat,
            Field::ActieWie => f.actie_wie,
            Field::ActieWanneer => f.actie_wanneer,
            Field::AchterbanVragen => f.achterban_vragen,
            Field::AchterbanAntwoord => f.achterban_antwoord,
            Field::Doel => f.doel,
            Field::IndicatorNaam => f.indicator_naam,
            Field::IndicatorUitleg => f.indicator_uitleg,
            Field::Meting => f.meting,
            Field::Leerlog => f.leerlog,
        }
    }

    fn phase_index(phase: Fase) -> usize {
        match phase {
            Fase::Beeldvorming => 0,
            Fase::Oordeelsvorming => 1,
            Fase::Achterbanraadpleging => 2,
            Fase::Revisie => 3,
            Fase::Besluitvorming => 4,
        }
    }

    /// A phase's name as a heading: in English with the Dutch original after it ("Forming a
    /// picture (Beeldvorming)"), the words of the publication and the slides.
    pub fn phase_heading(&self, phase: Fase) -> String {
        crate::domain::content::with_original(self.phase_name(phase), NL.phase_name(phase))
    }

    pub fn phase_name(&self, phase: Fase) -> &'static str {
        self.phase_names[Self::phase_index(phase)]
    }

    /// The question each phase answers (workshop slides, "BOB en BARB").
    pub fn phase_question(&self, phase: Fase) -> &'static str {
        self.phase_questions[Self::phase_index(phase)]
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
        self.antwoorden[match antwoord {
            Some(CheckAntwoord::Nee) => 0,
            Some(CheckAntwoord::Deels) => 1,
            Some(CheckAntwoord::Ja) => 2,
            None => 3,
        }]
    }

    pub fn actie_status(&self, status: ActieStatus) -> &'static str {
        self.actie_statuses[match status {
            ActieStatus::Open => 0,
            ActieStatus::Bezig => 1,
            ActieStatus::Klaar => 2,
        }]
    }

    /// "15 september 2026" (English: "15 September 2026") from "2026-09-15"; other text is
    /// returned as it is.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 => match (m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", self.months[m - 1]),
                _ => iso.to_string(),
            },
            _ => iso.to_string(),
        }
    }

    pub fn kind(&self, kind: PartnerKind) -> &'static str {
        self.kinds[match kind {
            PartnerKind::Formeel => 0,
            PartnerKind::Informeel => 1,
            PartnerKind::InwonerOudere => 2,
        }]
    }

    pub fn ring(&self, ring: Ring) -> &'static str {
        self.rings[match ring {
            Ring::Kerngroep => 0,
            Ring::ComplementaireRing => 1,
            Ring::VrijeRuimte => 2,
        }]
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

    fn english(out: &str, expected: &str) {
        assert_eq!(out, expected);
        let dutch = check::dutch_words(out);
        assert!(dutch.is_empty(), "Dutch words {dutch:?} in {out:?}");
    }

    #[test]
    fn names_and_dates_in_english() {
        with_lang(Lang::En, || {
            let t = t();
            english(t.field(Field::ActieWanneer), "the date of the action");
            english(
                t.phase_name(Fase::Achterbanraadpleging),
                "Consulting the constituency",
            );
            english(
                t.phase_question(Fase::Besluitvorming),
                "Who is going to do what, and when?",
            );
            english(
                &t.vorm_description(Vorm::Bob),
                "BOB: Forming a picture → Forming a judgement → Decision-making",
            );
            english(
                &t.vorm_description(Vorm::Barb),
                "BARB: Forming a picture → Consulting the constituency → Revision → Decision-making",
            );
            english(t.antwoord(Some(CheckAntwoord::Deels)), "partly");
            english(t.antwoord(None), "not answered yet");
            english(t.actie_status(ActieStatus::Bezig), "In progress");
            english(&t.date("2026-12-08"), "8 December 2026");
            english(&t.date("later"), "later");
            english(
                t.kind(PartnerKind::InwonerOudere),
                "Resident / older person",
            );
            english(t.ring(Ring::VrijeRuimte), "Open space");
        });
    }

    #[test]
    fn names_and_dates_stay_dutch() {
        let t = t();
        assert_eq!(t.field(Field::ActieWie), "de uitvoerder van de actie");
        assert_eq!(
            t.vorm_description(Vorm::Bob),
            "BOB: Beeldvorming → Oordeelsvorming → Besluitvorming"
        );
        assert_eq!(t.date("2026-09-15"), "15 september 2026");
        assert_eq!(t.actie_status(ActieStatus::Klaar), "Klaar");
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
