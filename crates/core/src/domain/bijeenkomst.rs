//! Bijeenkomsten: meetings that move through BOB (Beeldvorming → Oordeelsvorming →
//! Besluitvorming) or BARB (Beeldvorming → Achterbanraadpleging → Revisie → Besluitvorming),
//! with notes and checkvragen per ingrediënt on the agenda, besluiten and acties.
//! Pure data and rules; the phase state machine lives in [`Bijeenkomst::next_phase`] and
//! [`Bijeenkomst::previous_phase`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::wire::{named_enum, objects};

use super::model::Millis;

named_enum! {
    /// A phase of a meeting (the slides' "Drie soorten gesprekken in de praktijk: BOB en BARB").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Fase {
        Beeldvorming = "beeldvorming",
        Oordeelsvorming = "oordeelsvorming",
        Achterbanraadpleging = "achterbanraadpleging",
        Revisie = "revisie",
        Besluitvorming = "besluitvorming",
    }
}

named_enum! {
    /// The form of a meeting.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Vorm {
        /// Beeldvorming → Oordeelsvorming → Besluitvorming.
        Bob = "bob",
        /// Beeldvorming → Achterbanraadpleging → Revisie → Besluitvorming.
        Barb = "barb",
    }
}

impl Vorm {
    pub fn fasen(self) -> &'static [Fase] {
        match self {
            Vorm::Bob => &[
                Fase::Beeldvorming,
                Fase::Oordeelsvorming,
                Fase::Besluitvorming,
            ],
            Vorm::Barb => &[
                Fase::Beeldvorming,
                Fase::Achterbanraadpleging,
                Fase::Revisie,
                Fase::Besluitvorming,
            ],
        }
    }
}

named_enum! {
    /// The answer to a checkvraag.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum CheckAntwoord {
        Nee = "nee",
        Deels = "deels",
        Ja = "ja",
    }
}

named_enum! {
    /// The three checkvragen, in the order of the Gespreksmodel.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Checkvraag {
        /// "Hebben we het hier over gehad?"
        Besproken = "besproken",
        /// "Is iedereen gehoord en aan boord?"
        Gehoord = "gehoord",
        /// "Zijn er besluiten genomen en afspraken vastgelegd?"
        Besloten = "besloten",
    }
}

/// The answers to the three checkvragen of one ingrediënt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Checks {
    #[serde(default)]
    pub besproken: Option<CheckAntwoord>,
    #[serde(default)]
    pub gehoord: Option<CheckAntwoord>,
    #[serde(default)]
    pub besloten: Option<CheckAntwoord>,
    /// Partners (ids) who are not yet heard or on board.
    #[serde(default)]
    pub niet_aan_boord: Vec<String>,
}

impl Checks {
    pub fn get(&self, vraag: Checkvraag) -> Option<CheckAntwoord> {
        match vraag {
            Checkvraag::Besproken => self.besproken,
            Checkvraag::Gehoord => self.gehoord,
            Checkvraag::Besloten => self.besloten,
        }
    }

    pub fn set(&mut self, vraag: Checkvraag, antwoord: Option<CheckAntwoord>) {
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
            .any(|v| self.get(*v) != Some(CheckAntwoord::Ja))
    }

    /// True when any checkvraag is answered "nee".
    pub fn has_nee(&self) -> bool {
        Checkvraag::ALL
            .iter()
            .any(|v| self.get(*v) == Some(CheckAntwoord::Nee))
    }

    /// The checkvragen that must be settled before the group decides: "Hebben we het hier over
    /// gehad?" and "Is iedereen gehoord en aan boord?" (not "Zijn er besluiten genomen?", which
    /// is normally still open before Besluitvorming).
    pub const BEFORE_BESLUIT: [Checkvraag; 2] = [Checkvraag::Besproken, Checkvraag::Gehoord];

    /// Whether an answer leaves a checkvraag open before Besluitvorming: unanswered or "nee";
    /// for "Is iedereen gehoord en aan boord?" also "deels", since then someone is not on board.
    /// Only "ja" settles that one; "Hebben we het hier over gehad?" is settled by "ja" or "deels".
    ///
    /// ```
    /// use vitaal_core::domain::bijeenkomst::{CheckAntwoord::*, Checks, Checkvraag::*};
    /// assert!(Checks::unsettled(Besproken, None) && Checks::unsettled(Besproken, Some(Nee)));
    /// assert!(!Checks::unsettled(Besproken, Some(Deels)) && !Checks::unsettled(Besproken, Some(Ja)));
    /// assert!(Checks::unsettled(Gehoord, None) && Checks::unsettled(Gehoord, Some(Nee)));
    /// assert!(Checks::unsettled(Gehoord, Some(Deels)) && !Checks::unsettled(Gehoord, Some(Ja)));
    /// ```
    pub fn unsettled(vraag: Checkvraag, antwoord: Option<CheckAntwoord>) -> bool {
        match antwoord {
            None | Some(CheckAntwoord::Nee) => true,
            Some(CheckAntwoord::Deels) => vraag == Checkvraag::Gehoord,
            Some(CheckAntwoord::Ja) => false,
        }
    }

    /// Of [`Self::BEFORE_BESLUIT`], those still open by [`Self::unsettled`], with their answer.
    pub fn open_before_besluit(&self) -> Vec<(Checkvraag, Option<CheckAntwoord>)> {
        Self::BEFORE_BESLUIT
            .iter()
            .map(|v| (*v, self.get(*v)))
            .filter(|(v, a)| Self::unsettled(*v, *a))
            .collect()
    }
}

/// A checkvraag of an agenda ingrediënt that is not settled when the group moves to
/// Besluitvorming (see [`Checks::open_before_besluit`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenCheck {
    pub ingredient: String,
    /// [`Checkvraag::Besproken`] or [`Checkvraag::Gehoord`].
    pub vraag: Checkvraag,
    /// "nee" (or, with [`Checkvraag::Gehoord`], "deels"), or `None` when not answered yet.
    pub antwoord: Option<CheckAntwoord>,
    /// With [`Checkvraag::Gehoord`]: who is not yet heard or on board. Partner ids as
    /// [`Bijeenkomst::next_phase`] returns them; the command that moves the phase puts in their
    /// names (the name, else the organisation), so the question can name them.
    pub niet_aan_boord: Vec<String>,
}

/// One ingrediënt on the agenda of a meeting, with what the group recorded about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct AgendaItem {
    /// Id of the ingrediënt in the content (e.g. "openheid-en-vertrouwen").
    pub ingredient: String,
    /// Notes per phase.
    #[serde(default)]
    pub notes: BTreeMap<Fase, String>,
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

    pub fn note(&self, phase: Fase) -> &str {
        self.notes.get(&phase).map(String::as_str).unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Besluit {
    pub id: String,
    /// The ingrediënt it is about, if any.
    #[serde(default)]
    pub ingredient: Option<String>,
    pub text: String,
}

named_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ActieStatus {
        Open = "open",
        Bezig = "bezig",
        Klaar = "klaar",
    }
}

/// An action agreed in a meeting: wat, wie, wanneer, status. Kept at the samenwerking level so
/// open actions carry over to the next bijeenkomst.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
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

/// The status of one actie at the moment its verslag was closed (file version 5): a closed
/// meeting's verslag shows the acties as they stood then, not as they stand today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ActieStand {
    /// The id of the actie in `Samenwerking::acties`.
    pub actie: String,
    pub status: ActieStatus,
}

/// The countdown of the current phase. Running time is derived from the clock passed in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
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

named_enum! {
    /// Where a meeting is: planned, running (in a phase) or finished.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Status {
        Gepland = "gepland",
        Bezig = "bezig",
        Afgerond = "afgerond",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
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
    pub minutes: BTreeMap<Fase, u32>,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    pub status: Status,
    /// The current phase while the meeting runs (and the last one once it is finished).
    #[serde(default)]
    pub phase: Option<Fase>,
    #[serde(default)]
    pub timer: Timer,
    #[serde(default)]
    pub besluiten: Vec<Besluit>,
    /// The scan whose results set this meeting's agenda (file version 3 and later). Always
    /// written (`null` when none), like every other optional field of the format.
    #[serde(default)]
    pub scan: Option<String>,
    /// Set when the meeting is closed (`Finish`, file version 5): the acties its verslag lists
    /// (those agreed in it, then the open ones from earlier meetings) with their status at that
    /// moment, in that order. `None` while the meeting is not closed, and for meetings closed
    /// before version 5 (their verslag shows today's status).
    #[serde(default)]
    pub acties_bij_afronding: Option<Vec<ActieStand>>,
    /// The meeting's programme, in order (file version 6), e.g. the workshop's Startbijeenkomst
    /// (`Command::PlanFromProgramma`). Empty when the meeting was planned without one.
    #[serde(default)]
    pub programma: Vec<ProgrammaOnderdeel>,
    pub created_ms: Millis,
    pub updated_ms: Millis,
}

/// One step of a meeting's programme (file version 6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ProgrammaOnderdeel {
    /// The step's id in its programme (`welkom`, `waarom` …), unique within the meeting.
    pub id: String,
    pub title: String,
    /// Planned minutes (0 to 480).
    #[serde(default)]
    pub minutes: u32,
    /// The id of the samenwerking's werkblad this step works with. A werkblad deleted since is
    /// unlinked (`WerkbladChange::Delete`).
    #[serde(default)]
    pub werkblad: Option<String>,
}

/// Why a phase move was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaseError {
    NotStarted,
    AlreadyFinished,
    /// There is no phase after the last one (finish the meeting instead).
    AtLastFase,
    /// There is no phase before the first one.
    AtFirstFase,
    /// Moving to Besluitvorming while these checkvragen of agenda ingrediënten are not settled
    /// (in agenda order, per ingrediënt in the order of the Gespreksmodel).
    NeedsConfirmation {
        open: Vec<OpenCheck>,
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
            minutes: vorm.fasen().iter().map(|p| (*p, DEFAULT_MINUTES)).collect(),
            agenda: Vec::new(),
            status: Status::Gepland,
            phase: None,
            timer: Timer::default(),
            besluiten: Vec::new(),
            scan: None,
            acties_bij_afronding: None,
            programma: Vec::new(),
            created_ms: now,
            updated_ms: now,
        }
    }

    pub fn minutes_for(&self, phase: Fase) -> u32 {
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
        self.vorm.fasen().iter().position(|p| *p == phase)
    }

    /// What is not settled before deciding: per agenda ingrediënt, "Hebben we het hier over
    /// gehad?" and "Is iedereen gehoord en aan boord?" on "nee" or unanswered, with (for the
    /// second) the partners ticked as not yet on board.
    /// Of [`Self::BEFORE_BESLUIT`], those still open by [`Self::unsettled`], with their answer.
    pub fn open_before_besluit(&self) -> Vec<OpenCheck> {
        self.agenda
            .iter()
            .flat_map(|item| {
                item.checks
                    .open_before_besluit()
                    .into_iter()
                    .map(|(vraag, antwoord)| OpenCheck {
                        ingredient: item.ingredient.clone(),
                        vraag,
                        antwoord,
                        niet_aan_boord: if vraag == Checkvraag::Gehoord {
                            item.checks.niet_aan_boord.clone()
                        } else {
                            Vec::new()
                        },
                    })
            })
            .collect()
    }

    /// Starts the meeting at its first phase.
    pub fn start(&mut self, now: Millis) -> Result<(), FaseError> {
        match self.status {
            Status::Afgerond => Err(FaseError::AlreadyFinished),
            Status::Bezig => Ok(()),
            Status::Gepland => {
                self.status = Status::Bezig;
                self.phase = Some(self.vorm.fasen()[0]);
                self.timer = Timer::default();
                self.timer.start(now);
                Ok(())
            }
        }
    }

    /// Moves to the next phase. Entering Besluitvorming while an agenda ingrediënt is not yet
    /// talked about or not everyone is on board ([`Self::open_before_besluit`]) needs
    /// `confirmed` (decide only when everyone is heard).
    pub fn next_phase(&mut self, confirmed: bool, now: Millis) -> Result<Fase, FaseError> {
        self.check_running()?;
        let at = self.position().ok_or(FaseError::NotStarted)?;
        let phases = self.vorm.fasen();
        let next = *phases.get(at + 1).ok_or(FaseError::AtLastFase)?;
        if next == Fase::Besluitvorming && !confirmed {
            let open = self.open_before_besluit();
            if !open.is_empty() {
                return Err(FaseError::NeedsConfirmation { open });
            }
        }
        self.phase = Some(next);
        self.timer.restart(now);
        Ok(next)
    }

    pub fn previous_phase(&mut self, now: Millis) -> Result<Fase, FaseError> {
        self.check_running()?;
        let at = self.position().ok_or(FaseError::NotStarted)?;
        if at == 0 {
            return Err(FaseError::AtFirstFase);
        }
        let previous = self.vorm.fasen()[at - 1];
        self.phase = Some(previous);
        self.timer.restart(now);
        Ok(previous)
    }

    /// Ends the meeting (from any phase); the timer stops.
    pub fn finish(&mut self, now: Millis) -> Result<(), FaseError> {
        self.check_running()?;
        self.timer.pause(now);
        self.status = Status::Afgerond;
        Ok(())
    }

    fn check_running(&self) -> Result<(), FaseError> {
        match self.status {
            Status::Gepland => Err(FaseError::NotStarted),
            Status::Afgerond => Err(FaseError::AlreadyFinished),
            Status::Bezig => Ok(()),
        }
    }
}

/// The acties the verslag of meeting `bijeenkomst` lists, with their status now: those agreed
/// in it, then the ones from other meetings that are still open, each in the order agreed.
/// This is what [`Bijeenkomst::acties_bij_afronding`] records when the meeting is closed.
pub fn acties_stand(acties: &[Actie], bijeenkomst: &str) -> Vec<ActieStand> {
    let ours = acties.iter().filter(|a| a.bijeenkomst == bijeenkomst);
    let earlier = acties
        .iter()
        .filter(|a| a.bijeenkomst != bijeenkomst && a.status != ActieStatus::Klaar);
    ours.chain(earlier)
        .map(|a| ActieStand {
            actie: a.id.clone(),
            status: a.status,
        })
        .collect()
}

/// Sorts meetings for display and for "the last meeting": by date, then by creation. A meeting
/// without a date yet is still to come, so it sorts after every dated one.
pub fn chronological(list: &[Bijeenkomst]) -> Vec<&Bijeenkomst> {
    let mut sorted: Vec<&Bijeenkomst> = list.iter().collect();
    sorted.sort_by(|a, b| {
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

// serde's `Serialize` and `Deserialize` for the structs above: read from JSON objects only
// (see `wire`).
objects!(
    Checks,
    AgendaItem,
    Besluit,
    Actie,
    ActieStand,
    Timer,
    Bijeenkomst,
    ProgrammaOnderdeel
);
