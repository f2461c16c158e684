//! The shape of the table: [`Texts`] (one value per language) and its look-ups by domain value.

use crate::domain::bijeenkomst::{ActieStatus, CheckAntwoord, Fase, Vorm};
use crate::domain::{Field, PartnerKind, Ring};

use super::*;

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
