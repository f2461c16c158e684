//! Bijeenkomsten: meetings that move through BOB (Beeldvorming → Oordeelsvorming →
//! Besluitvorming) or BARB (Beeldvorming → Achterbanraadpleging → Revisie → Besluitvorming),
//! with notes and checkvragen per ingrediënt on the agenda, besluiten and acties.
//! Pure data and rules; the phase state machine lives in [`Bijeenkomst::next_phase`] and
//! [`Bijeenkomst::previous_phase`].

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::json::{named, object, opt, req, FromJson, FromKey, JsonError};

use super::model::Millis;

/// A phase of a meeting (the slides' "Drie soorten gesprekken in de praktijk: BOB en BARB").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    Beeldvorming,
    Oordeelsvorming,
    Achterbanraadpleging,
    Revisie,
    Besluitvorming,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Beeldvorming,
        Phase::Oordeelsvorming,
        Phase::Achterbanraadpleging,
        Phase::Revisie,
        Phase::Besluitvorming,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Phase::Beeldvorming => "beeldvorming",
            Phase::Oordeelsvorming => "oordeelsvorming",
            Phase::Achterbanraadpleging => "achterbanraadpleging",
            Phase::Revisie => "revisie",
            Phase::Besluitvorming => "besluitvorming",
        }
    }

    pub fn from_id(id: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// The form of a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vorm {
    /// Beeldvorming → Oordeelsvorming → Besluitvorming.
    Bob,
    /// Beeldvorming → Achterbanraadpleging → Revisie → Besluitvorming.
    Barb,
}

impl Vorm {
    pub const ALL: [Vorm; 2] = [Vorm::Bob, Vorm::Barb];

    pub fn phases(self) -> &'static [Phase] {
        match self {
            Vorm::Bob => &[
                Phase::Beeldvorming,
                Phase::Oordeelsvorming,
                Phase::Besluitvorming,
            ],
            Vorm::Barb => &[
                Phase::Beeldvorming,
                Phase::Achterbanraadpleging,
                Phase::Revisie,
                Phase::Besluitvorming,
            ],
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Vorm::Bob => "bob",
            Vorm::Barb => "barb",
        }
    }

    pub fn from_id(id: &str) -> Option<Vorm> {
        Vorm::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The answer to a checkvraag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Antwoord {
    Nee,
    Deels,
    Ja,
}

impl Antwoord {
    pub const ALL: [Antwoord; 3] = [Antwoord::Nee, Antwoord::Deels, Antwoord::Ja];

    pub fn id(self) -> &'static str {
        match self {
            Antwoord::Nee => "nee",
            Antwoord::Deels => "deels",
            Antwoord::Ja => "ja",
        }
    }
}

/// The three checkvragen, in the order of the Gespreksmodel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Checkvraag {
    /// "Hebben we het hier over gehad?"
    Besproken,
    /// "Is iedereen gehoord en aan boord?"
    Gehoord,
    /// "Zijn er besluiten genomen en afspraken vastgelegd?"
    Besloten,
}

impl Checkvraag {
    pub const ALL: [Checkvraag; 3] = [
        Checkvraag::Besproken,
        Checkvraag::Gehoord,
        Checkvraag::Besloten,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Checkvraag::Besproken => "besproken",
            Checkvraag::Gehoord => "gehoord",
            Checkvraag::Besloten => "besloten",
        }
    }
}

/// The answers to the three checkvragen of one ingrediënt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Checks {
    #[serde(default)]
    pub besproken: Option<Antwoord>,
    #[serde(default)]
    pub gehoord: Option<Antwoord>,
    #[serde(default)]
    pub besloten: Option<Antwoord>,
    /// Partners (ids) who are not yet heard or on board.
    #[serde(default)]
    pub niet_aan_boord: Vec<String>,
}

impl Checks {
    pub fn get(&self, vraag: Checkvraag) -> Option<Antwoord> {
        match vraag {
            Checkvraag::Besproken => self.besproken,
            Checkvraag::Gehoord => self.gehoord,
            Checkvraag::Besloten => self.besloten,
        }
    }

    pub fn set(&mut self, vraag: Checkvraag, antwoord: Option<Antwoord>) {
        match vraag {
            Checkvraag::Besproken => self.besproken = antwoord,
            Checkvraag::Gehoord => self.gehoord = antwoord,
            Checkvraag::Besloten => self.besloten = antwoord,
        }
    }

    /// True when any checkvraag is not (yet) answered "ja".
    pub fn open(&self) -> bool {
        Checkvraag::ALL
            .iter()
            .any(|v| self.get(*v) != Some(Antwoord::Ja))
    }

    /// True when any checkvraag is answered "nee".
    pub fn has_nee(&self) -> bool {
        Checkvraag::ALL
            .iter()
            .any(|v| self.get(*v) == Some(Antwoord::Nee))
    }
}

/// One ingrediënt on the agenda of a meeting, with what the group recorded about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    /// Id of the ingrediënt in the content (e.g. "openheid-en-vertrouwen").
    pub ingredient: String,
    /// Notes per phase.
    #[serde(default)]
    pub notes: BTreeMap<Phase, String>,
    #[serde(default)]
    pub checks: Checks,
    /// BARB: the questions the partners take back to their achterban.
    #[serde(default)]
    pub achterban_vragen: String,
    /// BARB: the answers per partner organisation (keyed by the organisation's label).
    #[serde(default)]
    pub achterban: BTreeMap<String, String>,
}

impl AgendaItem {
    pub fn new(ingredient: &str) -> Self {
        AgendaItem {
            ingredient: ingredient.to_string(),
            notes: BTreeMap::new(),
            checks: Checks::default(),
            achterban_vragen: String::new(),
            achterban: BTreeMap::new(),
        }
    }

    pub fn note(&self, phase: Phase) -> &str {
        self.notes.get(&phase).map(String::as_str).unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Besluit {
    pub id: String,
    /// The ingrediënt it is about, if any.
    #[serde(default)]
    pub ingredient: Option<String>,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActieStatus {
    Open,
    Bezig,
    Klaar,
}

impl ActieStatus {
    pub const ALL: [ActieStatus; 3] = [ActieStatus::Open, ActieStatus::Bezig, ActieStatus::Klaar];

    pub fn id(self) -> &'static str {
        match self {
            ActieStatus::Open => "open",
            ActieStatus::Bezig => "bezig",
            ActieStatus::Klaar => "klaar",
        }
    }

    pub fn from_id(id: &str) -> Option<ActieStatus> {
        ActieStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// An action agreed in a meeting: wat, wie, wanneer, status. Kept at the samenwerking level so
/// open actions carry over to the next bijeenkomst.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Actie {
    pub id: String,
    pub wat: String,
    #[serde(default)]
    pub wie: String,
    /// Free text or a date (the UI offers a date field: YYYY-MM-DD).
    #[serde(default)]
    pub wanneer: String,
    pub status: ActieStatus,
    #[serde(default)]
    pub ingredient: Option<String>,
    /// The bijeenkomst where it was agreed.
    pub bijeenkomst: String,
}

/// The countdown of the current phase. Running time is derived from the clock passed in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Timer {
    /// Time counted before the last start.
    #[serde(default)]
    pub elapsed_ms: Millis,
    /// When it was started, while running.
    #[serde(default)]
    pub running_since_ms: Option<Millis>,
}

impl Timer {
    pub fn elapsed(&self, now: Millis) -> Millis {
        self.elapsed_ms
            + self
                .running_since_ms
                .map(|since| now.saturating_sub(since))
                .unwrap_or(0)
    }

    pub fn running(&self) -> bool {
        self.running_since_ms.is_some()
    }

    pub fn start(&mut self, now: Millis) {
        if self.running_since_ms.is_none() {
            self.running_since_ms = Some(now);
        }
    }

    pub fn pause(&mut self, now: Millis) {
        self.elapsed_ms = self.elapsed(now);
        self.running_since_ms = None;
    }

    /// Back to zero, keeping it running if it was.
    pub fn restart(&mut self, now: Millis) {
        let running = self.running();
        *self = Timer::default();
        if running {
            self.start(now);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Gepland,
    Bezig,
    Afgerond,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Bijeenkomst {
    pub id: String,
    /// Date as YYYY-MM-DD (from a date field), may be empty while planning.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub place: String,
    /// Partner ids of those who attend.
    #[serde(default)]
    pub attendees: Vec<String>,
    pub vorm: Vorm,
    /// Planned minutes per phase.
    #[serde(default)]
    pub minutes: BTreeMap<Phase, u32>,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    pub status: Status,
    /// The current phase while the meeting runs (and the last one once it is finished).
    #[serde(default)]
    pub phase: Option<Phase>,
    #[serde(default)]
    pub timer: Timer,
    #[serde(default)]
    pub besluiten: Vec<Besluit>,
    /// The scan whose results set this meeting's agenda (file version 3 and later). Always
    /// written (`null` when none), like every other optional field of the format.
    #[serde(default)]
    pub scan: Option<String>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

/// Why a phase move was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseError {
    NotStarted,
    AlreadyFinished,
    /// There is no phase after the last one (finish the meeting instead).
    AtLastPhase,
    /// There is no phase before the first one.
    AtFirstPhase,
    /// Moving to Besluitvorming while these agenda ingrediënten have a checkvraag on "nee".
    NeedsConfirmation {
        open: Vec<String>,
    },
}

pub const DEFAULT_MINUTES: u32 = 20;

impl Bijeenkomst {
    pub fn new(id: String, vorm: Vorm, date: String, now: Millis) -> Self {
        Bijeenkomst {
            id,
            date,
            place: String::new(),
            attendees: Vec::new(),
            vorm,
            minutes: vorm
                .phases()
                .iter()
                .map(|p| (*p, DEFAULT_MINUTES))
                .collect(),
            agenda: Vec::new(),
            status: Status::Gepland,
            phase: None,
            timer: Timer::default(),
            besluiten: Vec::new(),
            scan: None,
            created_ms: now,
            updated_ms: now,
        }
    }

    pub fn minutes_for(&self, phase: Phase) -> u32 {
        self.minutes.get(&phase).copied().unwrap_or(DEFAULT_MINUTES)
    }

    pub fn item(&self, ingredient: &str) -> Option<&AgendaItem> {
        self.agenda.iter().find(|i| i.ingredient == ingredient)
    }

    pub(crate) fn item_mut(&mut self, ingredient: &str) -> Option<&mut AgendaItem> {
        self.agenda.iter_mut().find(|i| i.ingredient == ingredient)
    }

    fn position(&self) -> Option<usize> {
        let phase = self.phase?;
        self.vorm.phases().iter().position(|p| *p == phase)
    }

    /// Agenda ingrediënten with a checkvraag answered "nee".
    pub fn items_with_nee(&self) -> Vec<String> {
        self.agenda
            .iter()
            .filter(|i| i.checks.has_nee())
            .map(|i| i.ingredient.clone())
            .collect()
    }

    /// Starts the meeting at its first phase.
    pub fn start(&mut self, now: Millis) -> Result<(), PhaseError> {
        match self.status {
            Status::Afgerond => Err(PhaseError::AlreadyFinished),
            Status::Bezig => Ok(()),
            Status::Gepland => {
                self.status = Status::Bezig;
                self.phase = Some(self.vorm.phases()[0]);
                self.timer = Timer::default();
                self.timer.start(now);
                Ok(())
            }
        }
    }

    /// Moves to the next phase. Entering Besluitvorming while a checkvraag of an agenda
    /// ingrediënt says "nee" needs `confirmed` (decide only when everyone is heard).
    pub fn next_phase(&mut self, confirmed: bool, now: Millis) -> Result<Phase, PhaseError> {
        self.check_running()?;
        let at = self.position().ok_or(PhaseError::NotStarted)?;
        let phases = self.vorm.phases();
        let next = *phases.get(at + 1).ok_or(PhaseError::AtLastPhase)?;
        if next == Phase::Besluitvorming && !confirmed {
            let open = self.items_with_nee();
            if !open.is_empty() {
                return Err(PhaseError::NeedsConfirmation { open });
            }
        }
        self.phase = Some(next);
        self.timer.restart(now);
        Ok(next)
    }

    pub fn previous_phase(&mut self, now: Millis) -> Result<Phase, PhaseError> {
        self.check_running()?;
        let at = self.position().ok_or(PhaseError::NotStarted)?;
        if at == 0 {
            return Err(PhaseError::AtFirstPhase);
        }
        let previous = self.vorm.phases()[at - 1];
        self.phase = Some(previous);
        self.timer.restart(now);
        Ok(previous)
    }

    /// Ends the meeting (from any phase); the timer stops.
    pub fn finish(&mut self, now: Millis) -> Result<(), PhaseError> {
        self.check_running()?;
        self.timer.pause(now);
        self.status = Status::Afgerond;
        Ok(())
    }

    fn check_running(&self) -> Result<(), PhaseError> {
        match self.status {
            Status::Gepland => Err(PhaseError::NotStarted),
            Status::Afgerond => Err(PhaseError::AlreadyFinished),
            Status::Bezig => Ok(()),
        }
    }
}

/// Sorts meetings for display and for "the last meeting": by date, then by creation. A meeting
/// without a date yet is still to come, so it sorts after every dated one.
pub fn chronological(list: &[Bijeenkomst]) -> Vec<&Bijeenkomst> {
    let mut sorted: Vec<&Bijeenkomst> = list.iter().collect();
    super::sort::sort_by(&mut sorted, |a, b| {
        (
            a.date.is_empty(),
            a.date.as_str(),
            a.created_ms,
            a.id.as_str(),
        )
            .cmp(&(
                b.date.is_empty(),
                b.date.as_str(),
                b.created_ms,
                b.id.as_str(),
            ))
    });
    sorted
}

// ---- Reading from JSON (see `json`) ----

impl FromJson for Phase {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        named(v, Phase::from_id)
    }
}

impl FromKey for Phase {
    fn from_key(key: &str) -> Option<Self> {
        Phase::from_id(key)
    }
}

impl FromJson for Vorm {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        named(v, Vorm::from_id)
    }
}

impl FromJson for Antwoord {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        named(v, |id| Antwoord::ALL.into_iter().find(|a| a.id() == id))
    }
}

impl FromJson for ActieStatus {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        named(v, ActieStatus::from_id)
    }
}

impl FromJson for Status {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        named(v, |id| match id {
            "gepland" => Some(Status::Gepland),
            "bezig" => Some(Status::Bezig),
            "afgerond" => Some(Status::Afgerond),
            _ => None,
        })
    }
}

impl FromJson for Checks {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Checks {
            besproken: opt(o, "besproken")?,
            gehoord: opt(o, "gehoord")?,
            besloten: opt(o, "besloten")?,
            niet_aan_boord: opt(o, "niet_aan_boord")?,
        })
    }
}

impl FromJson for AgendaItem {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(AgendaItem {
            ingredient: req(o, "ingredient")?,
            notes: opt(o, "notes")?,
            checks: opt(o, "checks")?,
            achterban_vragen: opt(o, "achterban_vragen")?,
            achterban: opt(o, "achterban")?,
        })
    }
}

impl FromJson for Besluit {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Besluit {
            id: req(o, "id")?,
            ingredient: opt(o, "ingredient")?,
            text: req(o, "text")?,
        })
    }
}

impl FromJson for Actie {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Actie {
            id: req(o, "id")?,
            wat: req(o, "wat")?,
            wie: opt(o, "wie")?,
            wanneer: opt(o, "wanneer")?,
            status: req(o, "status")?,
            ingredient: opt(o, "ingredient")?,
            bijeenkomst: req(o, "bijeenkomst")?,
        })
    }
}

impl FromJson for Timer {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Timer {
            elapsed_ms: opt(o, "elapsed_ms")?,
            running_since_ms: opt(o, "running_since_ms")?,
        })
    }
}

impl FromJson for Bijeenkomst {
    fn from_json(v: &Value) -> Result<Self, JsonError> {
        let o = object(v)?;
        Ok(Bijeenkomst {
            id: req(o, "id")?,
            date: opt(o, "date")?,
            place: opt(o, "place")?,
            attendees: opt(o, "attendees")?,
            vorm: req(o, "vorm")?,
            minutes: opt(o, "minutes")?,
            agenda: opt(o, "agenda")?,
            status: req(o, "status")?,
            phase: opt(o, "phase")?,
            timer: opt(o, "timer")?,
            besluiten: opt(o, "besluiten")?,
            scan: opt(o, "scan")?,
            created_ms: req(o, "created_ms")?,
            updated_ms: req(o, "updated_ms")?,
        })
    }
}
