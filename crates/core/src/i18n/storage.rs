//! Strings for the times the app cannot save (Dutch): the persistent alert, the "niet bewaard"
//! marker, the question before loading another tab's newer work, and the separate storage area
//! of this version (when the stored data comes from a newer version of the app).

use super::Count;

#[cfg_attr(test, derive(serde::Serialize))]
pub struct StorageTexts {
    /// The line under a samenwerking's title while saving works.
    pub hint_saving: &'static str,
    /// That line while nothing is saved.
    pub hint_not_saving: &'static str,
    /// That line while working in this version's own storage area.
    pub hint_own_area: &'static str,
    /// The marker on every change that is in no stored copy: "3 wijzigingen niet bewaard".
    pub unsaved: Count,
    /// The alert while stored data of a newer version blocks saving ({version}: its version).
    pub newer: &'static str,
    /// The alert while unreadable data could not be set aside.
    pub unreadable_not_kept: &'static str,
    /// The two ways on when the data comes from a newer version.
    pub open_newer: &'static str,
    pub own_area: &'static str,
    /// Said once the separate storage area is in use.
    pub own_area_started: &'static str,
    /// Full storage at start-up, before anything was changed.
    pub full_at_start: &'static str,
    /// Unsaved changes brought back from the journal at start-up.
    pub unsaved_restored: &'static str,
    pub retry: &'static str,
    /// Trying again did not help.
    pub retry_failed: &'static str,
    /// Trying again worked.
    pub retry_saved: &'static str,
    /// The question before another tab's newer work replaces this tab's unsaved changes.
    pub reload_question: &'static str,
    pub reload_export_first: &'static str,
    pub reload_anyway: &'static str,
    pub reload_cancel: &'static str,
    /// The label of the alert's export button when the raw unreadable text can be exported.
    pub export_raw: &'static str,
}

pub static NL: StorageTexts = StorageTexts {
    hint_saving: "Wijzigingen worden direct bewaard op dit apparaat.",
    hint_not_saving: "Wijzigingen worden nu niet bewaard. Exporteer je werk naar een bestand voordat je deze pagina sluit.",
    hint_own_area: "Wijzigingen worden direct bewaard op dit apparaat, in de aparte opslag van deze versie.",
    unsaved: Count {
        one: "{n} wijziging niet bewaard",
        other: "{n} wijzigingen niet bewaard",
    },
    newer: "Er wordt niets bewaard. De gegevens in deze browser zijn gemaakt met een nieuwere versie van Vitaal Samenwerken (opslagversie {version}); deze versie kan ze niet lezen en laat ze onaangeroerd. Wat je hier doet, is weg zodra je de pagina sluit, tenzij je het exporteert.",
    unreadable_not_kept: "Er wordt niets bewaard. De gegevens in deze browser konden niet worden gelezen en ook niet apart worden gezet; om ze niet te overschrijven bewaart de app niets. Exporteer de ruwe gegevens, en exporteer je werk voordat je de pagina sluit.",
    open_newer: "Je bewaarde werk staat in de nieuwere versie: open die (het bestand of het adres waarmee je deze gegevens hebt gemaakt). Of werk apart verder in deze versie; de gegevens van de nieuwere versie blijven dan onaangeroerd.",
    own_area: "Apart verder werken in deze versie",
    own_area_started: "Je werkt nu in een aparte opslag van deze versie. De gegevens van de nieuwere versie blijven onaangeroerd; je werk hier staat daar niet in.",
    full_at_start: "De opslag van deze browser is vol: nieuwe wijzigingen kunnen niet worden bewaard. Maak ruimte (bijvoorbeeld door in andere websites of apps gegevens te wissen) en kies Opnieuw proberen, of exporteer je werk naar een bestand.",
    unsaved_restored: "Wijzigingen die niet konden worden opgeslagen, zijn teruggehaald uit de reserveopslag van de browser.",
    retry: "Opnieuw proberen",
    retry_failed: "Opslaan lukt nog steeds niet.",
    retry_saved: "Je werk is bewaard.",
    reload_question: "Je wijzigingen in dit tabblad zijn niet bewaard. Laad je de nieuwste versie, dan zijn ze weg. Exporteer ze eerst naar een bestand, of laad zonder ze.",
    reload_export_first: "Eerst exporteren",
    reload_anyway: "Laden zonder mijn wijzigingen",
    reload_cancel: "Annuleren",
    export_raw: "Ruwe gegevens exporteren",
};

/// Not yet translated: the English table is the Dutch one until it is written.
pub(super) use self::NL as EN;
