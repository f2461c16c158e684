//! Strings of the content loaded on demand: the worksheets and the example samenwerking
//! are files beside the app, fetched when a screen first needs them (see `ui::content`).

#[cfg_attr(test, derive(serde::Serialize))]
pub struct ContentTexts {
    /// While the worksheets load (a short status line where they will be).
    pub loading_werkbladen: &'static str,
    /// While the example samenwerking loads.
    pub loading_voorbeeld: &'static str,
    /// Where the worksheets would be, after loading them failed (the notice says more).
    pub failed_werkbladen: &'static str,
    /// In the notice area: no answer (offline, and not yet kept on this device).
    pub unreachable_werkbladen: &'static str,
    pub unreachable_voorbeeld: &'static str,
    /// In the notice area: the file arrived but cannot be read.
    pub corrupt_werkbladen: &'static str,
    pub corrupt_voorbeeld: &'static str,
    /// The button in the notice area that loads it again.
    pub retry: &'static str,
}

pub static NL: ContentTexts = ContentTexts {
    loading_werkbladen: "Werkbladen laden…",
    loading_voorbeeld: "Voorbeeld laden…",
    failed_werkbladen: "De werkbladen zijn nu niet beschikbaar.",
    unreachable_werkbladen: "De werkbladen konden niet worden geladen. Is er verbinding met internet? De rest van de app werkt gewoon en je werk blijft bewaard.",
    unreachable_voorbeeld: "Het voorbeeld kon niet worden geladen. Is er verbinding met internet? De rest van de app werkt gewoon en je werk blijft bewaard.",
    corrupt_werkbladen: "Het bestand met de werkbladen is beschadigd en kan niet worden gelezen. Je werk blijft bewaard. Probeer het opnieuw of laad de pagina opnieuw.",
    corrupt_voorbeeld: "Het bestand met het voorbeeld is beschadigd en kan niet worden gelezen. Je werk blijft bewaard. Probeer het opnieuw of laad de pagina opnieuw.",
    retry: "Opnieuw proberen",
};

pub static EN: ContentTexts = ContentTexts {
    loading_werkbladen: "Loading worksheets…",
    loading_voorbeeld: "Loading example…",
    failed_werkbladen: "The worksheets are not available right now.",
    unreachable_werkbladen: "The worksheets could not be loaded. Are you connected to the internet? The rest of the app works as usual and your work stays saved.",
    unreachable_voorbeeld: "The example could not be loaded. Are you connected to the internet? The rest of the app works as usual and your work stays saved.",
    corrupt_werkbladen: "The worksheets file is damaged and cannot be read. Your work stays saved. Try again, or reload the page.",
    corrupt_voorbeeld: "The example file is damaged and cannot be read. Your work stays saved. Try again, or reload the page.",
    retry: "Try again",
};
