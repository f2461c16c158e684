//! Strings of the one-file edition: the embedded samenwerking and "Bewaar als één bestand".

#[cfg_attr(test, derive(serde::Serialize))]
pub struct OneFileTexts {
    // The question on the overview when the page carries a samenwerking
    pub prompt_heading: &'static str,
    pub prompt: &'static str,
    pub prompt_unnamed: &'static str,
    pub prompt_open: &'static str,
    pub prompt_not_now: &'static str,
    pub prompt_hint: &'static str,

    // The button on a samenwerking's page
    pub save_button: &'static str,
    pub save_intro: &'static str,
    /// The plain warning before saving: what the file carries.
    pub warn_heading: &'static str,
    pub warn_text: &'static str,
    pub warn_yes: &'static str,
    pub warn_no: &'static str,
    pub warn_cancelled: &'static str,
    pub saved: &'static str,
    // Why it did not work, one message per reason (domain::onefile::Unavailable)
    pub not_built: &'static str,
    pub server_error: &'static str,
    pub offline: &'static str,
    pub unreachable: &'static str,
    pub not_edition: &'static str,
    pub download_failed: &'static str,
}

pub static NL: OneFileTexts = OneFileTexts {
    prompt_heading: "Samenwerking in dit bestand",
    prompt: "Dit bestand bevat de samenwerking ‘{name}’. Wil je die openen?",
    prompt_unnamed: "Dit bestand bevat een samenwerking. Wil je die openen?",
    prompt_open: "Openen",
    prompt_not_now: "Niet nu",
    prompt_hint: "Er wordt niets overschreven zonder dat je het bevestigt.",

    save_button: "Bewaar als één bestand",
    warn_heading: "Let op: dit bestand bevat alles",
    warn_text: "In het bestand staat alles van deze samenwerking: de antwoorden op de scans met de naam van elke organisatie, de getoonde resultaten en wat in de werkbladen over partners is opgeschreven. Iedereen die het bestand krijgt, kan dat openen en lezen. Geef het alleen aan wie dat mag zien.",
    warn_yes: "Toch bewaren",
    warn_no: "Niet bewaren",
    warn_cancelled: "Niet bewaard. Er is geen bestand gemaakt.",
    save_intro: "Of bewaar de hele app met deze samenwerking erin als één HTML-bestand. Dat opent in elke browser, ook zonder internet, bijvoorbeeld vanaf een USB-stick of als bijlage bij een e-mail.",
    saved: "„{name}” is bewaard als één bestand: {file}.",
    not_built: "Bewaren als één bestand lukt hier niet: de versie in één bestand (vitaal-samenwerken.html) staat niet naast deze app op de server. Exporteer de samenwerking dan als .vitaal.json-bestand. Er is niets veranderd.",
    server_error: "Bewaren als één bestand lukt nu niet: de server gaf een foutmelding (status {status}) bij het ophalen van de versie in één bestand. Probeer het later opnieuw, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd.",
    offline: "Bewaren als één bestand lukt nu niet: er is geen internetverbinding en de versie in één bestand staat niet op dit apparaat. Probeer het opnieuw als je weer online bent, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd.",
    unreachable: "Bewaren als één bestand lukt nu niet: de server van deze app is niet bereikbaar en de versie in één bestand staat niet op dit apparaat. Probeer het later opnieuw, of exporteer de samenwerking als .vitaal.json-bestand. Er is niets veranderd.",
    not_edition: "Bewaren als één bestand lukt hier niet: wat de server als vitaal-samenwerken.html geeft, is niet de versie in één bestand van deze app. Exporteer de samenwerking dan als .vitaal.json-bestand. Er is niets veranderd.",
    download_failed: "Bewaren als één bestand is niet gelukt: de browser kon het bestand niet aanmaken. Er is niets veranderd.",
};

pub static EN: OneFileTexts = OneFileTexts {
    prompt_heading: "Collaboration in this file",
    prompt: "This file contains the collaboration ‘{name}’. Would you like to open it?",
    prompt_unnamed: "This file contains a collaboration. Would you like to open it?",
    prompt_open: "Open",
    prompt_not_now: "Not now",
    prompt_hint: "Nothing is overwritten unless you confirm it.",

    save_button: "Save as a single file",
    warn_heading: "Please note: this file contains everything",
    warn_text: "The file holds everything in this collaboration: the answers to the scans with each organisation's name, the results shown and whatever has been written about partners in the worksheets. Anyone who receives the file can open and read it. Only give it to people who are allowed to see that.",
    warn_yes: "Save anyway",
    warn_no: "Don't save",
    warn_cancelled: "Not saved. No file has been created.",
    save_intro: "Or save the whole app with this collaboration in it as a single HTML file. It opens in any browser, even without internet, for example from a USB stick or as an email attachment.",
    saved: "“{name}” has been saved as a single file: {file}.",
    not_built: "Saving as a single file is not possible here: the single-file version (vitaal-samenwerken.html) is not on the server next to this app. Export the collaboration as a .vitaal.json file instead. Nothing has changed.",
    server_error: "Saving as a single file is not possible right now: the server returned an error (status {status}) when fetching the single-file version. Try again later, or export the collaboration as a .vitaal.json file. Nothing has changed.",
    offline: "Saving as a single file is not possible right now: there is no internet connection and the single-file version is not on this device. Try again when you are back online, or export the collaboration as a .vitaal.json file. Nothing has changed.",
    unreachable: "Saving as a single file is not possible right now: this app's server cannot be reached and the single-file version is not on this device. Try again later, or export the collaboration as a .vitaal.json file. Nothing has changed.",
    not_edition: "Saving as a single file is not possible here: what the server returns as vitaal-samenwerken.html is not this app's single-file version. Export the collaboration as a .vitaal.json file instead. Nothing has changed.",
    download_failed: "Saving as a single file failed: the browser could not create the file. Nothing has changed.",
};
