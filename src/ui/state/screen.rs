//! The screens ([`Screen`], with the views of a scan and a meeting) and their URL hashes.

/// The screens, addressed by the URL hash so the back button and the one-file edition work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Samenwerking(String),
    Bijeenkomst {
        samenwerking: String,
        bijeenkomst: String,
        view: MeetingView,
    },
    Scan {
        samenwerking: String,
        scan: String,
        view: ScanView,
    },
    Werkblad {
        samenwerking: String,
        werkblad: String,
    },
    /// De stand van de samenwerking (a samenwerking id).
    Stand(String),
    /// Monitoren en leren: doelen, indicatoren, metingen and the leerlog.
    Monitoring(String),
    /// The empty form of a werkblad (a template id), to print.
    Formulier {
        samenwerking: String,
        template: String,
    },
    Model,
    /// "Zo werkt het".
    Intro,
    /// The Voortgangsrapportage of a samenwerking.
    Rapport(String),
}

/// The parts of an Ingrediëntenscan's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanView {
    Collect,
    Fill,
    Paper,
    Results,
}

impl ScanView {
    pub const ALL: [ScanView; 4] = [
        ScanView::Collect,
        ScanView::Fill,
        ScanView::Paper,
        ScanView::Results,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ScanView::Collect => "verzamelen",
            ScanView::Fill => "invullen",
            ScanView::Paper => "papier",
            ScanView::Results => "resultaten",
        }
    }
}

/// The parts of a bijeenkomst's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingView {
    Plan,
    Run,
    Verslag,
    Achterban,
}

impl MeetingView {
    pub const ALL: [MeetingView; 4] = [
        MeetingView::Plan,
        MeetingView::Run,
        MeetingView::Verslag,
        MeetingView::Achterban,
    ];

    pub fn id(self) -> &'static str {
        match self {
            MeetingView::Plan => "voorbereiden",
            MeetingView::Run => "leiden",
            MeetingView::Verslag => "verslag",
            MeetingView::Achterban => "achterban",
        }
    }
}

impl Screen {
    pub fn from_hash(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["samenwerking", id] if !id.is_empty() => Screen::Samenwerking(id.to_string()),
            ["samenwerking", id, "rapport"] if !id.is_empty() => Screen::Rapport(id.to_string()),
            ["samenwerking", sw, "bijeenkomst", bk, rest @ ..]
                if !sw.is_empty() && !bk.is_empty() =>
            {
                let view = rest
                    .first()
                    .and_then(|v| MeetingView::ALL.into_iter().find(|m| m.id() == *v))
                    .unwrap_or(MeetingView::Plan);
                Screen::Bijeenkomst {
                    samenwerking: sw.to_string(),
                    bijeenkomst: bk.to_string(),
                    view,
                }
            }
            ["samenwerking", sw, "scan", scan, rest @ ..] if !sw.is_empty() && !scan.is_empty() => {
                let view = rest
                    .first()
                    .and_then(|v| ScanView::ALL.into_iter().find(|m| m.id() == *v))
                    .unwrap_or(ScanView::Collect);
                Screen::Scan {
                    samenwerking: sw.to_string(),
                    scan: scan.to_string(),
                    view,
                }
            }
            ["samenwerking", sw, "stand"] if !sw.is_empty() => Screen::Stand(sw.to_string()),
            ["samenwerking", sw, "werkblad", wb] if !sw.is_empty() && !wb.is_empty() => {
                Screen::Werkblad {
                    samenwerking: sw.to_string(),
                    werkblad: wb.to_string(),
                }
            }
            ["samenwerking", sw, "monitoring"] if !sw.is_empty() => {
                Screen::Monitoring(sw.to_string())
            }
            ["samenwerking", sw, "formulier", template]
                if !sw.is_empty() && !template.is_empty() =>
            {
                Screen::Formulier {
                    samenwerking: sw.to_string(),
                    template: template.to_string(),
                }
            }
            ["gespreksmodel"] => Screen::Model,
            ["zo-werkt-het"] => Screen::Intro,
            _ => Screen::Overview,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Screen::Overview => "#/".into(),
            Screen::Samenwerking(id) => format!("#/samenwerking/{id}"),
            Screen::Bijeenkomst {
                samenwerking,
                bijeenkomst,
                view,
            } => format!(
                "#/samenwerking/{samenwerking}/bijeenkomst/{bijeenkomst}/{}",
                view.id()
            ),
            Screen::Scan {
                samenwerking,
                scan,
                view,
            } => format!("#/samenwerking/{samenwerking}/scan/{scan}/{}", view.id()),
            Screen::Werkblad {
                samenwerking,
                werkblad,
            } => format!("#/samenwerking/{samenwerking}/werkblad/{werkblad}"),
            Screen::Formulier {
                samenwerking,
                template,
            } => format!("#/samenwerking/{samenwerking}/formulier/{template}"),
            Screen::Stand(samenwerking) => format!("#/samenwerking/{samenwerking}/stand"),
            Screen::Monitoring(samenwerking) => format!("#/samenwerking/{samenwerking}/monitoring"),
            Screen::Model => "#/gespreksmodel".into(),
            Screen::Intro => "#/zo-werkt-het".into(),
            Screen::Rapport(id) => format!("#/samenwerking/{id}/rapport"),
        }
    }
}
