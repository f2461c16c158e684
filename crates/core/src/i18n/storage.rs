//! Strings for the times the app cannot save: the persistent alert, the "niet bewaard"
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

pub static EN: StorageTexts = StorageTexts {
    hint_saving: "Changes are saved straight away on this device.",
    hint_not_saving: "Changes are not being saved right now. Export your work to a file before you close this page.",
    hint_own_area: "Changes are saved straight away on this device, in this version's separate storage area.",
    unsaved: Count {
        one: "{n} change not saved",
        other: "{n} changes not saved",
    },
    newer: "Nothing is being saved. The data in this browser was made with a newer version of Vitaal Samenwerken (storage version {version}); this version cannot read it and leaves it untouched. Whatever you do here is lost as soon as you close the page, unless you export it.",
    unreadable_not_kept: "Nothing is being saved. The data in this browser could not be read, nor could it be set aside; so as not to overwrite it, the app saves nothing. Export the raw data, and export your work before you close the page.",
    open_newer: "Your saved work is in the newer version: open that (the file or the address you used to make this data). Or carry on separately in this version; the newer version's data then stays untouched.",
    own_area: "Carry on separately in this version",
    own_area_started: "You are now working in a separate storage area of this version. The newer version's data stays untouched; your work here is not included in it.",
    full_at_start: "This browser's storage is full: new changes cannot be saved. Free up some space (for example by clearing data of other websites or apps) and choose Try again, or export your work to a file.",
    unsaved_restored: "Changes that could not be saved have been brought back from the browser's reserve storage.",
    retry: "Try again",
    retry_failed: "Saving still does not work.",
    retry_saved: "Your work has been saved.",
    reload_question: "Your changes in this tab have not been saved. If you load the latest version, they will be lost. Export them to a file first, or load without them.",
    reload_export_first: "Export first",
    reload_anyway: "Load without my changes",
    reload_cancel: "Cancel",
    export_raw: "Export raw data",
};
