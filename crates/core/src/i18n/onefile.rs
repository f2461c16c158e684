//! Strings of the one-file edition: the embedded samenwerking and "Bewaar als één bestand" (Dutch).

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
    pub saved: &'static str,
    pub unavailable: &'static str,
}

pub static NL: OneFileTexts = OneFileTexts {
    prompt_heading: "Samenwerking in dit bestand",
    prompt: "Dit bestand bevat de samenwerking ‘{name}’. Wil je die openen?",
    prompt_unnamed: "Dit bestand bevat een samenwerking. Wil je die openen?",
    prompt_open: "Openen",
    prompt_not_now: "Niet nu",
    prompt_hint: "Er wordt niets overschreven zonder dat je het bevestigt.",

    save_button: "Bewaar als één bestand",
    save_intro: "Of bewaar de hele app met deze samenwerking erin als één HTML-bestand. Dat opent in elke browser, ook zonder internet, bijvoorbeeld vanaf een USB-stick of als bijlage bij een e-mail.",
    saved: "„{name}” is bewaard als één bestand: {file}.",
    unavailable: "Bewaren als één bestand lukt hier niet: de versie in één bestand (vitaal-samenwerken.html) staat niet naast deze app. Exporteer de samenwerking dan als .vitaal.json-bestand. Er is niets veranderd.",
};
