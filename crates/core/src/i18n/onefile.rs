//! Strings of the one-file edition: the embedded samenwerking and "Bewaar als één bestand" (Dutch).

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

/// Not yet translated: the English table is the Dutch one until it is written.
pub(super) use self::NL as EN;
