//! Bijeenkomsten through the public API: BOB/BARB phases, confirmation, timer, planning, notes, checks, besluiten, acties, suggestions and messages.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use vitaal_core::domain::bijeenkomst::*;
use vitaal_core::domain::command::partner;
use vitaal_core::domain::file;
use vitaal_core::domain::*;
use vitaal_core::i18n::t;

const SW: &str = "sw-1";
const T0: Millis = 1_000;

const OPENHEID: &str = "openheid-en-vertrouwen";
const INBRENG: &str = "gelijkwaardige-inbreng";
const SPELREGELS: &str = "duidelijke-spelregels";
const TIJD: &str = "voldoende-tijd";

// ---------------------------------------------------------------- helpers

/// A samenwerking with three partners: two organisations and one resident without one.
fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: SW.into(),
            name: "Samen ouder worden".into(),
        },
        T0,
    )
    .unwrap();
    for p in [
        partner(
            "p-1",
            "Anna",
            "Gemeente Dorpsstad",
            PartnerKind::Formeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-2",
            "Bert",
            "Welzijn Noord",
            PartnerKind::Informeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-3",
            "Cor",
            "",
            PartnerKind::InwonerOudere,
            Ring::ComplementaireRing,
        ),
    ] {
        ws.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: p,
            },
            T0,
        )
        .unwrap();
    }
    ws
}

fn plan_cmd(id: &str, vorm: Vorm, date: &str) -> Command {
    Command::PlanBijeenkomst {
        samenwerking: SW.into(),
        id: id.into(),
        vorm,
        date: date.into(),
    }
}

fn plan(ws: &mut Workspace, id: &str, vorm: Vorm, date: &str, now: Millis) {
    ws.apply(plan_cmd(id, vorm, date), now).unwrap();
}

/// A workspace with one planned meeting "b-1" at 2_000.
fn planned(vorm: Vorm) -> Workspace {
    let mut w = ws();
    plan(&mut w, "b-1", vorm, "2026-09-15", 2_000);
    w
}

fn meeting_cmd(b: &str, change: BijeenkomstChange) -> Command {
    Command::Bijeenkomst {
        samenwerking: SW.into(),
        bijeenkomst: b.into(),
        change,
    }
}

fn meet(
    ws: &mut Workspace,
    b: &str,
    change: BijeenkomstChange,
    now: Millis,
) -> Result<(), DomainError> {
    ws.apply(meeting_cmd(b, change), now)
}

fn ok(ws: &mut Workspace, b: &str, change: BijeenkomstChange, now: Millis) {
    let shown = format!("{change:?}");
    meet(ws, b, change, now).unwrap_or_else(|e| panic!("{shown}: {e:?}"));
}

/// Applies a command that must be refused with `expected` and leave everything as it was.
fn refused(ws: &mut Workspace, command: Command, now: Millis, expected: DomainError) {
    let before = ws.clone();
    let shown = format!("{command:?}");
    assert_eq!(ws.apply(command, now), Err(expected), "{shown}");
    assert_eq!(*ws, before, "{shown} changed the workspace");
}

fn refuse(
    ws: &mut Workspace,
    b: &str,
    change: BijeenkomstChange,
    now: Millis,
    expected: DomainError,
) {
    refused(ws, meeting_cmd(b, change), now, expected);
}

fn phase_err(e: FaseError) -> DomainError {
    DomainError::Fase(e)
}

fn sw(ws: &Workspace) -> &Samenwerking {
    ws.get(SW).unwrap()
}

fn bk<'a>(ws: &'a Workspace, id: &str) -> &'a Bijeenkomst {
    sw(ws).bijeenkomst(id).unwrap()
}

fn agenda(ingredient: &str, on: bool) -> BijeenkomstChange {
    BijeenkomstChange::SetAgenda {
        ingredient: ingredient.into(),
        on,
    }
}

fn check(
    ingredient: &str,
    vraag: Checkvraag,
    antwoord: Option<CheckAntwoord>,
) -> BijeenkomstChange {
    BijeenkomstChange::SetCheck {
        ingredient: ingredient.into(),
        vraag,
        antwoord,
    }
}

/// Sets all three checkvragen of an ingrediënt to the same answer.
fn all_checks(ws: &mut Workspace, b: &str, ingredient: &str, antwoord: CheckAntwoord, now: Millis) {
    for vraag in Checkvraag::ALL {
        ok(ws, b, check(ingredient, vraag, Some(antwoord)), now);
    }
}

fn note(ingredient: &str, phase: Fase, text: &str) -> BijeenkomstChange {
    BijeenkomstChange::SetNote {
        ingredient: ingredient.into(),
        phase,
        text: text.into(),
    }
}

fn next() -> BijeenkomstChange {
    BijeenkomstChange::NextFase { confirmed: false }
}

fn besluit(id: &str, text: &str, ingredient: Option<&str>) -> Besluit {
    Besluit {
        id: id.into(),
        ingredient: ingredient.map(String::from),
        text: text.into(),
    }
}

fn actie(id: &str, wat: &str, status: ActieStatus, bijeenkomst: &str) -> Actie {
    Actie {
        id: id.into(),
        wat: wat.into(),
        wie: "Anna".into(),
        wanneer: "2026-10-01".into(),
        status,
        ingredient: None,
        bijeenkomst: bijeenkomst.into(),
    }
}

fn actie_cmd(change: ActieChange) -> Command {
    Command::Actie {
        samenwerking: SW.into(),
        change,
    }
}

fn ids(list: &[&Actie]) -> Vec<String> {
    list.iter().map(|a| a.id.clone()).collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn phase(ws: &Workspace, b: &str) -> Option<Fase> {
    bk(ws, b).phase
}

// ---------------------------------------------------------------- 1. state machine

#[test]
fn a_planned_meeting_refuses_every_move_and_the_timer() {
    for vorm in Vorm::ALL {
        let mut w = planned(vorm);
        for change in [
            next(),
            BijeenkomstChange::NextFase { confirmed: true },
            BijeenkomstChange::PreviousFase,
            BijeenkomstChange::Finish,
            BijeenkomstChange::TimerStart,
        ] {
            refuse(
                &mut w,
                "b-1",
                change,
                5_000,
                phase_err(FaseError::NotStarted),
            );
        }
        let b = bk(&w, "b-1");
        assert_eq!((b.status, b.phase), (Status::Gepland, None), "{vorm:?}");
    }
}

#[test]
fn start_goes_to_the_first_phase_and_runs_the_timer() {
    for vorm in Vorm::ALL {
        let mut w = planned(vorm);
        ok(&mut w, "b-1", BijeenkomstChange::Start, 7_000);
        let b = bk(&w, "b-1");
        assert_eq!(b.status, Status::Bezig);
        assert_eq!(b.phase, Some(Fase::Beeldvorming));
        assert_eq!(b.timer.running_since_ms, Some(7_000));
        assert_eq!(b.timer.elapsed(7_000), 0);
        assert_eq!(b.updated_ms, 7_000);
        assert_eq!(sw(&w).updated_ms, 7_000);
    }
}

#[test]
fn starting_a_running_meeting_again_changes_nothing() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 7_000);
    ok(&mut w, "b-1", next(), 8_000);
    let before = w.clone();
    ok(&mut w, "b-1", BijeenkomstChange::Start, 9_000);
    assert_eq!(w, before);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Oordeelsvorming));
}

/// Walks a vorm forward to the end and back, checking every step and both edges.
fn walk(vorm: Vorm, expected: &[Fase]) {
    let mut w = planned(vorm);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    assert_eq!(phase(&w, "b-1"), Some(expected[0]));
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::PreviousFase,
        10_500,
        phase_err(FaseError::AtFirstFase),
    );
    let mut now = 11_000;
    for p in &expected[1..] {
        ok(&mut w, "b-1", next(), now);
        assert_eq!(phase(&w, "b-1"), Some(*p), "{vorm:?} forward");
        assert_eq!(bk(&w, "b-1").updated_ms, now);
        now += 1_000;
    }
    for confirmed in [false, true] {
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::NextFase { confirmed },
            now,
            phase_err(FaseError::AtLastFase),
        );
    }
    for p in expected[..expected.len() - 1].iter().rev() {
        ok(&mut w, "b-1", BijeenkomstChange::PreviousFase, now);
        assert_eq!(phase(&w, "b-1"), Some(*p), "{vorm:?} back");
        now += 1_000;
    }
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::PreviousFase,
        now,
        phase_err(FaseError::AtFirstFase),
    );
    assert_eq!(bk(&w, "b-1").status, Status::Bezig);
}

#[test]
fn bob_walks_beeldvorming_oordeelsvorming_besluitvorming_and_back() {
    walk(
        Vorm::Bob,
        &[
            Fase::Beeldvorming,
            Fase::Oordeelsvorming,
            Fase::Besluitvorming,
        ],
    );
}

#[test]
fn barb_walks_beeldvorming_achterbanraadpleging_revisie_besluitvorming_and_back() {
    walk(
        Vorm::Barb,
        &[
            Fase::Beeldvorming,
            Fase::Achterbanraadpleging,
            Fase::Revisie,
            Fase::Besluitvorming,
        ],
    );
}

#[test]
fn finish_works_from_every_phase_and_keeps_that_phase() {
    for vorm in Vorm::ALL {
        for (steps, expected) in vorm.fasen().iter().enumerate() {
            let mut w = planned(vorm);
            ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
            for _ in 0..steps {
                ok(&mut w, "b-1", next(), 11_000);
            }
            ok(&mut w, "b-1", BijeenkomstChange::Finish, 12_000);
            let b = bk(&w, "b-1");
            assert_eq!(b.status, Status::Afgerond, "{vorm:?} {steps}");
            assert_eq!(b.phase, Some(*expected), "{vorm:?} {steps}");
            assert_eq!(b.updated_ms, 12_000);
        }
    }
}

fn finished(vorm: Vorm) -> Workspace {
    let mut w = planned(vorm);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", next(), 11_000);
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 12_000);
    w
}

#[test]
fn after_finish_every_phase_move_is_refused_as_already_finished() {
    for vorm in Vorm::ALL {
        let mut w = finished(vorm);
        for change in [
            next(),
            BijeenkomstChange::NextFase { confirmed: true },
            BijeenkomstChange::PreviousFase,
            BijeenkomstChange::Finish,
        ] {
            refuse(
                &mut w,
                "b-1",
                change,
                20_000,
                phase_err(FaseError::AlreadyFinished),
            );
        }
        let b = bk(&w, "b-1");
        assert_eq!(b.status, Status::Afgerond);
        assert_eq!(b.phase, Some(vorm.fasen()[1]));
    }
}

#[test]

fn timer_start_after_finish_is_refused_as_already_finished() {
    let mut w = finished(Vorm::Bob);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::TimerStart,
        20_000,
        phase_err(FaseError::AlreadyFinished),
    );
}

#[test]

fn start_after_finish_is_refused_as_already_finished() {
    let mut w = finished(Vorm::Barb);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::Start,
        20_000,
        phase_err(FaseError::AlreadyFinished),
    );
}

#[test]
fn meeting_commands_for_unknown_samenwerking_or_bijeenkomst_are_not_found() {
    let mut w = planned(Vorm::Bob);
    refused(
        &mut w,
        Command::Bijeenkomst {
            samenwerking: "sw-x".into(),
            bijeenkomst: "b-1".into(),
            change: BijeenkomstChange::Start,
        },
        3_000,
        DomainError::NotFound,
    );
    refuse(
        &mut w,
        "b-9",
        BijeenkomstChange::Start,
        3_000,
        DomainError::NotFound,
    );
    refused(
        &mut w,
        Command::DeleteBijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: "b-9".into(),
        },
        3_000,
        DomainError::NotFound,
    );
    w.apply(
        Command::DeleteBijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: "b-1".into(),
        },
        4_000,
    )
    .unwrap();
    assert!(sw(&w).bijeenkomsten.is_empty());
    assert_eq!(sw(&w).updated_ms, 4_000);
}

// ---------------------------------------------------------------- 2. confirmation

/// A running meeting with the given agenda, one step before Besluitvorming.
fn before_besluitvorming(vorm: Vorm, agenda_items: &[&str]) -> Workspace {
    let mut w = planned(vorm);
    for i in agenda_items {
        ok(&mut w, "b-1", agenda(i, true), 3_000);
    }
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    for _ in 0..vorm.fasen().len() - 2 {
        ok(&mut w, "b-1", next(), 11_000);
    }
    w
}

#[test]
fn a_nee_blocks_besluitvorming_until_confirmed_listing_items_in_agenda_order() {
    // Added in reverse model order; the agenda (and so the list) follows the model.
    let mut w = before_besluitvorming(Vorm::Bob, &[TIJD, INBRENG, OPENHEID]);
    ok(
        &mut w,
        "b-1",
        check(TIJD, Checkvraag::Besloten, Some(CheckAntwoord::Nee)),
        12_000,
    );
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Nee)),
        12_000,
    );
    ok(
        &mut w,
        "b-1",
        check(INBRENG, Checkvraag::Besproken, Some(CheckAntwoord::Ja)),
        12_000,
    );
    refuse(
        &mut w,
        "b-1",
        next(),
        13_000,
        phase_err(FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID, TIJD]),
        }),
    );
    assert_eq!(phase(&w, "b-1"), Some(Fase::Oordeelsvorming));
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::NextFase { confirmed: true },
        14_000,
    );
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

#[test]
fn each_of_the_three_checkvragen_on_nee_blocks() {
    for vraag in Checkvraag::ALL {
        let mut w = before_besluitvorming(Vorm::Bob, &[SPELREGELS]);
        ok(
            &mut w,
            "b-1",
            check(SPELREGELS, vraag, Some(CheckAntwoord::Nee)),
            12_000,
        );
        refuse(
            &mut w,
            "b-1",
            next(),
            13_000,
            phase_err(FaseError::NeedsConfirmation {
                open: strings(&[SPELREGELS]),
            }),
        );
        // Answering "ja" lifts the block.
        ok(
            &mut w,
            "b-1",
            check(SPELREGELS, vraag, Some(CheckAntwoord::Ja)),
            14_000,
        );
        ok(&mut w, "b-1", next(), 15_000);
        assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming), "{vraag:?}");
    }
}

#[test]
fn barb_only_blocks_the_step_into_besluitvorming() {
    let mut w = planned(Vorm::Barb);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Nee)),
        3_000,
    );
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", next(), 11_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Achterbanraadpleging));
    ok(&mut w, "b-1", next(), 12_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Revisie));
    refuse(
        &mut w,
        "b-1",
        next(),
        13_000,
        phase_err(FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID]),
        }),
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::NextFase { confirmed: true },
        14_000,
    );
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
    // Going back out of Besluitvorming never needs confirmation.
    ok(&mut w, "b-1", BijeenkomstChange::PreviousFase, 15_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Revisie));
}

#[test]
fn deels_and_unanswered_do_not_block() {
    for vorm in Vorm::ALL {
        let mut w = before_besluitvorming(vorm, &[OPENHEID, TIJD]);
        all_checks(&mut w, "b-1", OPENHEID, CheckAntwoord::Deels, 12_000);
        // TIJD stays unanswered.
        ok(&mut w, "b-1", next(), 13_000);
        assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming), "{vorm:?}");
    }
}

#[test]
fn an_ingredient_taken_off_the_agenda_cannot_block() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(&mut w, "b-1", agenda(TIJD, true), 3_000);
    ok(
        &mut w,
        "b-1",
        check(TIJD, Checkvraag::Besproken, Some(CheckAntwoord::Nee)),
        3_000,
    );
    // While planned an item with content may go.
    ok(&mut w, "b-1", agenda(TIJD, false), 4_000);
    assert!(bk(&w, "b-1").item(TIJD).is_none());
    // And a check cannot be put on an ingrediënt that is not on the agenda.
    refuse(
        &mut w,
        "b-1",
        check(SPELREGELS, Checkvraag::Besproken, Some(CheckAntwoord::Nee)),
        4_500,
        DomainError::NotFound,
    );
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", next(), 11_000);
    ok(&mut w, "b-1", next(), 12_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

// ---------------------------------------------------------------- 3. timer

#[test]
fn timer_counts_pauses_and_resumes() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    assert_eq!(bk(&w, "b-1").timer.elapsed(15_000), 5_000);
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 15_000);
    let timer = &bk(&w, "b-1").timer;
    assert!(!timer.running());
    assert_eq!(timer.elapsed_ms, 5_000);
    assert_eq!(timer.elapsed(90_000), 5_000, "a paused timer stands still");
    ok(&mut w, "b-1", BijeenkomstChange::TimerStart, 20_000);
    let timer = &bk(&w, "b-1").timer;
    assert!(timer.running());
    assert_eq!(timer.elapsed(20_000), 5_000);
    assert_eq!(timer.elapsed(23_000), 8_000);
    assert_eq!(bk(&w, "b-1").updated_ms, 20_000);
}

#[test]
fn pausing_a_paused_or_starting_a_running_timer_changes_nothing() {
    let mut w = planned(Vorm::Bob);
    // A planned meeting's timer is not running: pausing it is a no-op, not an error.
    let before = w.clone();
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 3_000);
    assert_eq!(w, before);

    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    let before = w.clone();
    ok(&mut w, "b-1", BijeenkomstChange::TimerStart, 12_000);
    assert_eq!(w, before, "starting a running timer must not reset it");
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 13_000);
    let before = w.clone();
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 14_000);
    assert_eq!(w, before);
    assert_eq!(bk(&w, "b-1").timer.elapsed_ms, 3_000);
}

#[test]
fn a_phase_change_restarts_a_running_timer_at_zero_and_keeps_it_running() {
    let mut w = planned(Vorm::Barb);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 14_000);
    ok(&mut w, "b-1", BijeenkomstChange::TimerStart, 16_000);
    assert_eq!(bk(&w, "b-1").timer.elapsed(30_000), 18_000);
    ok(&mut w, "b-1", next(), 30_000);
    let timer = &bk(&w, "b-1").timer;
    assert_eq!(timer.elapsed(30_000), 0);
    assert_eq!(timer.elapsed(31_000), 1_000);
    assert_eq!(timer.elapsed_ms, 0);
    assert_eq!(timer.running_since_ms, Some(30_000));
    ok(&mut w, "b-1", BijeenkomstChange::PreviousFase, 40_000);
    let timer = &bk(&w, "b-1").timer;
    assert_eq!(timer.running_since_ms, Some(40_000));
    assert_eq!(timer.elapsed(42_500), 2_500);
}

#[test]
fn a_phase_change_restarts_a_paused_timer_at_zero_and_keeps_it_paused() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 17_000);
    assert_eq!(bk(&w, "b-1").timer.elapsed_ms, 7_000);
    ok(&mut w, "b-1", next(), 20_000);
    let timer = &bk(&w, "b-1").timer;
    assert!(!timer.running());
    assert_eq!(timer.elapsed(50_000), 0);
    ok(&mut w, "b-1", BijeenkomstChange::TimerPause, 21_000);
    ok(&mut w, "b-1", BijeenkomstChange::PreviousFase, 22_000);
    let timer = &bk(&w, "b-1").timer;
    assert_eq!(*timer, Timer::default());
}

#[test]
fn finish_pauses_the_timer_at_its_value() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", next(), 20_000);
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 26_000);
    let timer = &bk(&w, "b-1").timer;
    assert!(!timer.running());
    assert_eq!(timer.elapsed_ms, 6_000);
    assert_eq!(timer.elapsed(99_000), 6_000);
}

#[test]
fn timer_values_survive_an_export_import_round_trip() {
    let mut w = ws();
    plan(&mut w, "b-1", Vorm::Bob, "2026-09-15", 2_000);
    plan(&mut w, "b-2", Vorm::Barb, "2026-10-15", 2_100);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 17_000);
    ok(&mut w, "b-2", BijeenkomstChange::Start, 20_000);
    ok(&mut w, "b-2", BijeenkomstChange::TimerPause, 23_000);
    ok(&mut w, "b-2", BijeenkomstChange::TimerStart, 30_000);

    let text = file::export(sw(&w), 40_000);
    let back = file::import(&text).expect("own export loads");
    assert_eq!(back, *sw(&w));
    let t1 = &back.bijeenkomst("b-1").unwrap().timer;
    assert_eq!((t1.elapsed_ms, t1.running_since_ms), (7_000, None));
    let b2 = back.bijeenkomst("b-2").unwrap();
    assert_eq!(
        (b2.timer.elapsed_ms, b2.timer.running_since_ms),
        (3_000, Some(30_000))
    );
    assert_eq!(b2.timer.elapsed(32_000), 5_000);
    assert_eq!(
        (b2.status, b2.phase),
        (Status::Bezig, Some(Fase::Beeldvorming))
    );
}

// ---------------------------------------------------------------- 4. planning

fn minutes_of(vorm: Vorm) -> BTreeMap<Fase, u32> {
    vorm.fasen().iter().map(|p| (*p, 20)).collect()
}

#[test]
fn planning_invites_every_partner_and_sets_default_minutes() {
    for vorm in Vorm::ALL {
        let w = planned(vorm);
        let b = bk(&w, "b-1");
        assert_eq!(b.attendees, strings(&["p-1", "p-2", "p-3"]));
        assert_eq!(b.minutes, minutes_of(vorm));
        assert_eq!(b.minutes.len(), vorm.fasen().len());
        assert_eq!(b.vorm, vorm);
        assert_eq!(b.date, "2026-09-15");
        assert_eq!((b.status, b.phase), (Status::Gepland, None));
        assert!(b.agenda.is_empty() && b.besluiten.is_empty());
        assert_eq!((b.created_ms, b.updated_ms), (2_000, 2_000));
        assert_eq!(sw(&w).updated_ms, 2_000);
    }
    assert_eq!(minutes_of(Vorm::Barb).len(), 4);
}

#[test]
fn planning_refuses_duplicates_bad_ids_bad_dates_and_unknown_samenwerkingen() {
    let mut w = planned(Vorm::Bob);
    refused(
        &mut w,
        plan_cmd("b-1", Vorm::Barb, ""),
        3_000,
        DomainError::DuplicateId,
    );
    refused(
        &mut w,
        plan_cmd("B 2", Vorm::Bob, ""),
        3_000,
        DomainError::BadId,
    );
    refused(
        &mut w,
        plan_cmd("b-2", Vorm::Bob, "2026-02-30"),
        3_000,
        DomainError::BadDate,
    );
    refused(
        &mut w,
        Command::PlanBijeenkomst {
            samenwerking: "sw-x".into(),
            id: "b-2".into(),
            vorm: Vorm::Bob,
            date: String::new(),
        },
        3_000,
        DomainError::NotFound,
    );
}

#[test]
fn planning_stops_at_the_maximum_number_of_bijeenkomsten() {
    let mut w = ws();
    let max = validate::MAX_BIJEENKOMSTEN;
    for n in 0..max {
        plan(&mut w, &format!("b-{n}"), Vorm::Bob, "", 2_000);
    }
    refused(
        &mut w,
        plan_cmd("b-extra", Vorm::Bob, ""),
        3_000,
        DomainError::TooManyBijeenkomsten { max },
    );
    assert_eq!(sw(&w).bijeenkomsten.len(), 500);
}

#[test]
fn set_vorm_while_planned_adds_minutes_for_the_new_phases_and_keeps_the_old() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetMinutes {
            phase: Fase::Oordeelsvorming,
            minutes: 35,
        },
        3_000,
    );
    ok(&mut w, "b-1", BijeenkomstChange::SetVorm(Vorm::Barb), 4_000);
    let b = bk(&w, "b-1");
    assert_eq!(b.vorm, Vorm::Barb);
    let expected: BTreeMap<Fase, u32> = [
        (Fase::Beeldvorming, 20),
        (Fase::Oordeelsvorming, 35),
        (Fase::Achterbanraadpleging, 20),
        (Fase::Revisie, 20),
        (Fase::Besluitvorming, 20),
    ]
    .into_iter()
    .collect();
    assert_eq!(b.minutes, expected);
    assert_eq!(b.updated_ms, 4_000);
    // Setting the same vorm again is not a change.
    ok(&mut w, "b-1", BijeenkomstChange::SetVorm(Vorm::Barb), 5_000);
    assert_eq!(bk(&w, "b-1").updated_ms, 4_000);
    assert_eq!(sw(&w).updated_ms, 4_000);
}

#[test]
fn set_vorm_is_refused_once_the_meeting_has_started_or_finished() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::SetVorm(Vorm::Barb),
        11_000,
        DomainError::MeetingStarted,
    );
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 12_000);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::SetVorm(Vorm::Barb),
        13_000,
        DomainError::MeetingStarted,
    );
    assert_eq!(bk(&w, "b-1").vorm, Vorm::Bob);
}

#[test]
fn the_agenda_keeps_the_order_of_the_gespreksmodel() {
    let mut w = planned(Vorm::Bob);
    for i in [TIJD, OPENHEID, SPELREGELS, INBRENG] {
        ok(&mut w, "b-1", agenda(i, true), 3_000);
    }
    let order: Vec<&str> = bk(&w, "b-1")
        .agenda
        .iter()
        .map(|i| i.ingredient.as_str())
        .collect();
    assert_eq!(order, [OPENHEID, INBRENG, SPELREGELS, TIJD]);
    // Adding again is not a change.
    let before = w.clone();
    ok(&mut w, "b-1", agenda(SPELREGELS, true), 4_000);
    assert_eq!(w, before);
    // Taking one off keeps the rest in order.
    ok(&mut w, "b-1", agenda(INBRENG, false), 5_000);
    let order: Vec<&str> = bk(&w, "b-1")
        .agenda
        .iter()
        .map(|i| i.ingredient.as_str())
        .collect();
    assert_eq!(order, [OPENHEID, SPELREGELS, TIJD]);
}

#[test]
fn the_agenda_refuses_unknown_ingredients() {
    let mut w = planned(Vorm::Bob);
    for bad in ["bestaat-niet", "", "relatie", "Openheid-en-vertrouwen"] {
        refuse(
            &mut w,
            "b-1",
            agenda(bad, true),
            3_000,
            DomainError::UnknownIngredient,
        );
    }
}

#[test]
fn an_agenda_item_with_recorded_work_stays_once_the_meeting_runs() {
    let mut w = planned(Vorm::Bob);
    for i in [OPENHEID, SPELREGELS, TIJD] {
        ok(&mut w, "b-1", agenda(i, true), 3_000);
    }
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "Er is wantrouwen."),
        11_000,
    );
    ok(
        &mut w,
        "b-1",
        check(
            SPELREGELS,
            Checkvraag::Besproken,
            Some(CheckAntwoord::Deels),
        ),
        11_000,
    );
    refuse(
        &mut w,
        "b-1",
        agenda(OPENHEID, false),
        12_000,
        DomainError::MeetingStarted,
    );
    refuse(
        &mut w,
        "b-1",
        agenda(SPELREGELS, false),
        12_000,
        DomainError::MeetingStarted,
    );
    // An item nobody wrote anything about may still go.
    ok(&mut w, "b-1", agenda(TIJD, false), 12_000);
    assert_eq!(bk(&w, "b-1").agenda.len(), 2);
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 13_000);
    refuse(
        &mut w,
        "b-1",
        agenda(OPENHEID, false),
        14_000,
        DomainError::MeetingStarted,
    );
}

#[test]
fn an_agenda_item_with_notes_may_go_while_planned() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "Voorbereiding"),
        4_000,
    );
    assert_eq!(
        bk(&w, "b-1")
            .item(OPENHEID)
            .unwrap()
            .note(Fase::Beeldvorming),
        "Voorbereiding"
    );
    ok(&mut w, "b-1", agenda(OPENHEID, false), 5_000);
    assert!(bk(&w, "b-1").agenda.is_empty());
    assert_eq!(bk(&w, "b-1").updated_ms, 5_000);
}

#[test]
fn minutes_are_limited_to_480() {
    let mut w = planned(Vorm::Bob);
    let set = |minutes| BijeenkomstChange::SetMinutes {
        phase: Fase::Besluitvorming,
        minutes,
    };
    ok(&mut w, "b-1", set(480), 3_000);
    assert_eq!(bk(&w, "b-1").minutes_for(Fase::Besluitvorming), 480);
    refuse(
        &mut w,
        "b-1",
        set(481),
        4_000,
        DomainError::Minutes { max: 480 },
    );
    refuse(
        &mut w,
        "b-1",
        set(u32::MAX),
        4_000,
        DomainError::Minutes { max: 480 },
    );
    ok(&mut w, "b-1", set(0), 5_000);
    assert_eq!(bk(&w, "b-1").minutes_for(Fase::Besluitvorming), 0);
    // The same value again is not a change.
    ok(&mut w, "b-1", set(0), 6_000);
    assert_eq!(bk(&w, "b-1").updated_ms, 5_000);
}

#[test]
fn dates_are_empty_or_real_calendar_dates() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetDate(String::new()),
        3_000,
    );
    assert_eq!(bk(&w, "b-1").date, "");
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetDate(" 2026-11-23 ".into()),
        4_000,
    );
    assert_eq!(bk(&w, "b-1").date, "2026-11-23");
    for bad in ["2026-02-30", "23-11-2026", "2026-13-01", "morgen"] {
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::SetDate(bad.into()),
            5_000,
            DomainError::BadDate,
        );
    }
    assert_eq!(bk(&w, "b-1").updated_ms, 4_000);
}

#[test]
fn attendees_toggle_and_unknown_partners_are_not_found() {
    let mut w = planned(Vorm::Bob);
    let set = |partner: &str, present| BijeenkomstChange::SetAttendee {
        partner: partner.into(),
        present,
    };
    ok(&mut w, "b-1", set("p-2", false), 3_000);
    assert_eq!(bk(&w, "b-1").attendees, strings(&["p-1", "p-3"]));
    let before = w.clone();
    ok(&mut w, "b-1", set("p-2", false), 4_000);
    ok(&mut w, "b-1", set("p-1", true), 4_000);
    assert_eq!(w, before, "no-op attendee changes");
    ok(&mut w, "b-1", set("p-2", true), 5_000);
    assert_eq!(bk(&w, "b-1").attendees, strings(&["p-1", "p-3", "p-2"]));
    refuse(
        &mut w,
        "b-1",
        set("p-9", true),
        6_000,
        DomainError::NotFound,
    );
    ok(&mut w, "b-1", agenda(OPENHEID, true), 6_000);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::SetNotOnBoard {
            ingredient: OPENHEID.into(),
            partner: "p-9".into(),
            on: true,
        },
        7_000,
        DomainError::NotFound,
    );
}

#[test]
fn removing_a_partner_removes_them_from_every_meeting() {
    let mut w = ws();
    plan(&mut w, "b-1", Vorm::Bob, "2026-09-15", 2_000);
    plan(&mut w, "b-2", Vorm::Barb, "2026-10-15", 2_000);
    for b in ["b-1", "b-2"] {
        ok(&mut w, b, agenda(OPENHEID, true), 3_000);
        for p in ["p-2", "p-1"] {
            ok(
                &mut w,
                b,
                BijeenkomstChange::SetNotOnBoard {
                    ingredient: OPENHEID.into(),
                    partner: p.into(),
                    on: true,
                },
                3_000,
            );
        }
    }
    w.apply(
        Command::RemovePartner {
            samenwerking: SW.into(),
            partner: "p-2".into(),
        },
        9_000,
    )
    .unwrap();
    for b in ["b-1", "b-2"] {
        let m = bk(&w, b);
        assert_eq!(m.attendees, strings(&["p-1", "p-3"]), "{b}");
        assert_eq!(
            m.item(OPENHEID).unwrap().checks.niet_aan_boord,
            strings(&["p-1"]),
            "{b}"
        );
    }
    assert_eq!(sw(&w).updated_ms, 9_000);
}

// ---------------------------------------------------------------- 5. notes, checks, achterban

#[test]
fn notes_are_trimmed_kept_per_phase_and_removed_when_emptied() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "  Regel 1\nRegel 2  \n"),
        4_000,
    );
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Oordeelsvorming, "Oordeel"),
        4_000,
    );
    let item = bk(&w, "b-1").item(OPENHEID).unwrap();
    assert_eq!(item.note(Fase::Beeldvorming), "Regel 1\nRegel 2");
    assert_eq!(item.note(Fase::Oordeelsvorming), "Oordeel");
    assert_eq!(item.notes.len(), 2);
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "   "),
        5_000,
    );
    let item = bk(&w, "b-1").item(OPENHEID).unwrap();
    assert!(!item.notes.contains_key(&Fase::Beeldvorming));
    assert_eq!(item.notes.len(), 1);
    assert_eq!(bk(&w, "b-1").updated_ms, 5_000);
}

#[test]
fn notes_with_markup_or_for_items_off_the_agenda_are_refused() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    refuse(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "<script>alert(1)</script>"),
        4_000,
        DomainError::Markup(Field::Note),
    );
    refuse(
        &mut w,
        "b-1",
        note(TIJD, Fase::Beeldvorming, "Niet op de agenda"),
        4_000,
        DomainError::NotFound,
    );
    // A comparison is not markup.
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "leeftijd < 65"),
        5_000,
    );
    assert_eq!(
        bk(&w, "b-1")
            .item(OPENHEID)
            .unwrap()
            .note(Fase::Beeldvorming),
        "leeftijd < 65"
    );
}

#[test]
fn checks_can_be_set_changed_and_cleared() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Nee)),
        4_000,
    );
    let checks = &bk(&w, "b-1").item(OPENHEID).unwrap().checks;
    assert_eq!(
        (checks.besproken, checks.gehoord, checks.besloten),
        (None, Some(CheckAntwoord::Nee), None)
    );
    assert!(checks.has_nee() && checks.open());
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Ja)),
        5_000,
    );
    assert_eq!(
        bk(&w, "b-1")
            .item(OPENHEID)
            .unwrap()
            .checks
            .get(Checkvraag::Gehoord),
        Some(CheckAntwoord::Ja)
    );
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, None),
        6_000,
    );
    assert_eq!(
        bk(&w, "b-1").item(OPENHEID).unwrap().checks,
        Checks::default()
    );
    assert_eq!(bk(&w, "b-1").updated_ms, 6_000);
}

#[test]
fn not_on_board_toggles_per_partner() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    let set = |partner: &str, on| BijeenkomstChange::SetNotOnBoard {
        ingredient: OPENHEID.into(),
        partner: partner.into(),
        on,
    };
    ok(&mut w, "b-1", set("p-1", true), 4_000);
    ok(&mut w, "b-1", set("p-3", true), 4_000);
    let before = w.clone();
    ok(&mut w, "b-1", set("p-1", true), 5_000);
    ok(&mut w, "b-1", set("p-2", false), 5_000);
    assert_eq!(w, before);
    ok(&mut w, "b-1", set("p-1", false), 6_000);
    assert_eq!(
        bk(&w, "b-1").item(OPENHEID).unwrap().checks.niet_aan_boord,
        strings(&["p-3"])
    );
    assert_eq!(bk(&w, "b-1").updated_ms, 6_000);
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::SetNotOnBoard {
            ingredient: TIJD.into(),
            partner: "p-1".into(),
            on: true,
        },
        7_000,
        DomainError::NotFound,
    );
}

#[test]
fn achterban_answers_are_keyed_by_group_and_removed_when_emptied() {
    let mut w = planned(Vorm::Barb);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    let set = |group: &str, text: &str| BijeenkomstChange::SetAchterbanAntwoord {
        ingredient: OPENHEID.into(),
        group: group.into(),
        text: text.into(),
    };
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetAchterbanVragen {
            ingredient: OPENHEID.into(),
            text: "  Steunt u dit?  ".into(),
        },
        4_000,
    );
    ok(
        &mut w,
        "b-1",
        set(" Gemeente Dorpsstad ", " Ja, mits "),
        5_000,
    );
    ok(&mut w, "b-1", set("Welzijn Noord", "Nee"), 5_000);
    let item = bk(&w, "b-1").item(OPENHEID).unwrap();
    assert_eq!(item.achterban_vragen, "Steunt u dit?");
    let expected: BTreeMap<String, String> = [
        ("Gemeente Dorpsstad".to_string(), "Ja, mits".to_string()),
        ("Welzijn Noord".to_string(), "Nee".to_string()),
    ]
    .into_iter()
    .collect();
    assert_eq!(item.achterban, expected);

    ok(&mut w, "b-1", set("Welzijn Noord", "Toch ja"), 6_000);
    ok(&mut w, "b-1", set("Gemeente Dorpsstad", "  "), 6_000);
    let item = bk(&w, "b-1").item(OPENHEID).unwrap();
    assert_eq!(item.achterban.len(), 1);
    assert_eq!(item.achterban["Welzijn Noord"], "Toch ja");

    // Emptying an answer that is not there is not a change.
    let before = w.clone();
    ok(&mut w, "b-1", set("Cor", ""), 7_000);
    assert_eq!(w, before);

    refuse(
        &mut w,
        "b-1",
        set("  ", "antwoord"),
        8_000,
        DomainError::Empty(Field::AchterbanAntwoord),
    );
    refuse(
        &mut w,
        "b-1",
        set("Cor", "<img src=x>"),
        8_000,
        DomainError::Markup(Field::AchterbanAntwoord),
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::SetAchterbanAntwoord {
            ingredient: TIJD.into(),
            group: "Cor".into(),
            text: "x".into(),
        },
        8_000,
        DomainError::NotFound,
    );
}

#[test]
fn updated_ms_moves_only_on_a_real_change() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", agenda(OPENHEID, true), 3_000);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetPlace("Buurthuis".into()),
        3_000,
    );
    ok(
        &mut w,
        "b-1",
        note(OPENHEID, Fase::Beeldvorming, "Aantekening"),
        3_000,
    );
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Besproken, Some(CheckAntwoord::Deels)),
        3_000,
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "We gaan door", None)),
        3_000,
    );
    assert_eq!(bk(&w, "b-1").updated_ms, 3_000);
    assert_eq!(sw(&w).updated_ms, 3_000);

    let before = w.clone();
    for change in [
        BijeenkomstChange::SetPlace(" Buurthuis ".into()),
        BijeenkomstChange::SetDate("2026-09-15".into()),
        BijeenkomstChange::SetVorm(Vorm::Bob),
        agenda(OPENHEID, true),
        agenda(TIJD, false),
        BijeenkomstChange::SetMinutes {
            phase: Fase::Beeldvorming,
            minutes: 20,
        },
        note(OPENHEID, Fase::Beeldvorming, " Aantekening "),
        note(OPENHEID, Fase::Besluitvorming, ""),
        check(OPENHEID, Checkvraag::Besproken, Some(CheckAntwoord::Deels)),
        check(OPENHEID, Checkvraag::Besloten, None),
        BijeenkomstChange::SetAchterbanVragen {
            ingredient: OPENHEID.into(),
            text: "".into(),
        },
        BijeenkomstChange::UpdateBesluit(besluit("bs-1", " We gaan door ", None)),
        BijeenkomstChange::TimerPause,
    ] {
        let shown = format!("{change:?}");
        ok(&mut w, "b-1", change, 9_000);
        assert_eq!(w, before, "{shown} is no change");
    }

    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetPlace("Bibliotheek".into()),
        9_500,
    );
    assert_eq!(bk(&w, "b-1").updated_ms, 9_500);
    assert_eq!(sw(&w).updated_ms, 9_500);
}

// ---------------------------------------------------------------- 6. besluiten and acties

#[test]
fn besluiten_are_added_updated_and_removed() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "  Elke maand overleg ", Some(OPENHEID))),
        3_000,
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-2", "Anna trekt", None)),
        3_000,
    );
    let list = &bk(&w, "b-1").besluiten;
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0],
        besluit("bs-1", "Elke maand overleg", Some(OPENHEID))
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::UpdateBesluit(besluit("bs-2", "Bert trekt", Some(TIJD))),
        4_000,
    );
    assert_eq!(
        bk(&w, "b-1").besluiten[1],
        besluit("bs-2", "Bert trekt", Some(TIJD))
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::RemoveBesluit("bs-1".into()),
        5_000,
    );
    let list = &bk(&w, "b-1").besluiten;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, "bs-2");
    assert_eq!(bk(&w, "b-1").updated_ms, 5_000);
}

#[test]
fn bad_besluiten_are_refused() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "Eerste", None)),
        3_000,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "Ander", None)),
        4_000,
        DomainError::DuplicateId,
    );
    for empty in ["", "   \n "] {
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::AddBesluit(besluit("bs-2", empty, None)),
            4_000,
            DomainError::Empty(Field::Besluit),
        );
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::UpdateBesluit(besluit("bs-1", empty, None)),
            4_000,
            DomainError::Empty(Field::Besluit),
        );
    }
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-2", "x", Some("bestaat-niet"))),
        4_000,
        DomainError::UnknownIngredient,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("BS 2", "x", None)),
        4_000,
        DomainError::BadId,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::UpdateBesluit(besluit("bs-9", "x", None)),
        4_000,
        DomainError::NotFound,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::RemoveBesluit("bs-9".into()),
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn acties_are_added_updated_and_removed() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(Actie {
            wat: "  Zaal regelen ".into(),
            wie: " Bert ".into(),
            ingredient: Some(TIJD.into()),
            ..actie("a-1", "", ActieStatus::Open, "b-1")
        })),
        3_000,
    )
    .unwrap();
    let a = &sw(&w).acties[0];
    assert_eq!((a.wat.as_str(), a.wie.as_str()), ("Zaal regelen", "Bert"));
    assert_eq!(a.ingredient.as_deref(), Some(TIJD));
    assert_eq!(sw(&w).updated_ms, 3_000);

    let updated = Actie {
        status: ActieStatus::Bezig,
        ..sw(&w).acties[0].clone()
    };
    w.apply(actie_cmd(ActieChange::Update(updated.clone())), 4_000)
        .unwrap();
    assert_eq!(sw(&w).acties[0], updated);
    assert_eq!(sw(&w).updated_ms, 4_000);
    // The same actie again is not a change.
    w.apply(actie_cmd(ActieChange::Update(updated)), 5_000)
        .unwrap();
    assert_eq!(sw(&w).updated_ms, 4_000);

    w.apply(actie_cmd(ActieChange::Remove("a-1".into())), 6_000)
        .unwrap();
    assert!(sw(&w).acties.is_empty());
    assert_eq!(sw(&w).updated_ms, 6_000);
}

#[test]
fn bad_acties_are_refused() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-1",
        ))),
        3_000,
    )
    .unwrap();
    let cases = [
        (
            ActieChange::Add(actie("a-1", "Nog een", ActieStatus::Open, "b-1")),
            DomainError::DuplicateId,
        ),
        (
            ActieChange::Add(actie("a-2", "  ", ActieStatus::Open, "b-1")),
            DomainError::ActieWithoutWat,
        ),
        (
            ActieChange::Update(actie("a-1", "", ActieStatus::Klaar, "b-1")),
            DomainError::ActieWithoutWat,
        ),
        (
            ActieChange::Add(actie("a-2", "Flyer", ActieStatus::Open, "b-9")),
            DomainError::NotFound,
        ),
        (
            ActieChange::Add(Actie {
                ingredient: Some("bestaat-niet".into()),
                ..actie("a-2", "Flyer", ActieStatus::Open, "b-1")
            }),
            DomainError::UnknownIngredient,
        ),
        (
            ActieChange::Add(Actie {
                wie: "<b>Anna</b>".into(),
                ..actie("a-2", "Flyer", ActieStatus::Open, "b-1")
            }),
            DomainError::Markup(Field::ActieWie),
        ),
        (
            ActieChange::Update(actie("a-9", "Flyer", ActieStatus::Open, "b-1")),
            DomainError::NotFound,
        ),
        (ActieChange::Remove("a-9".into()), DomainError::NotFound),
    ];
    for (change, expected) in cases {
        refused(&mut w, actie_cmd(change), 4_000, expected);
    }
    refused(
        &mut w,
        Command::Actie {
            samenwerking: "sw-x".into(),
            change: ActieChange::Add(actie("a-2", "Flyer", ActieStatus::Open, "b-1")),
        },
        4_000,
        DomainError::NotFound,
    );
}

#[test]

fn an_actie_cannot_be_moved_to_an_unknown_bijeenkomst() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-1",
        ))),
        3_000,
    )
    .unwrap();
    refused(
        &mut w,
        actie_cmd(ActieChange::Update(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-9",
        ))),
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn open_acties_list_open_and_bezig_in_agreed_order_and_carry_over() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    for (id, status) in [
        ("a-3", ActieStatus::Bezig),
        ("a-1", ActieStatus::Klaar),
        ("a-2", ActieStatus::Open),
        ("a-4", ActieStatus::Open),
    ] {
        w.apply(
            actie_cmd(ActieChange::Add(actie(id, "Iets", status, "b-1"))),
            11_000,
        )
        .unwrap();
    }
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 12_000);
    plan(&mut w, "b-2", Vorm::Barb, "2026-10-15", 13_000);
    assert_eq!(ids(&sw(&w).open_acties()), strings(&["a-3", "a-2", "a-4"]));

    // Done in meeting 2: it drops off; a new one from meeting 2 comes after the old ones.
    w.apply(
        actie_cmd(ActieChange::Update(actie(
            "a-2",
            "Iets",
            ActieStatus::Klaar,
            "b-1",
        ))),
        14_000,
    )
    .unwrap();
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-5",
            "Nieuw",
            ActieStatus::Open,
            "b-2",
        ))),
        14_000,
    )
    .unwrap();
    assert_eq!(ids(&sw(&w).open_acties()), strings(&["a-3", "a-4", "a-5"]));
}

#[test]
fn acties_stop_at_the_maximum() {
    let mut w = planned(Vorm::Bob);
    let max = validate::MAX_ACTIES;
    for n in 0..max {
        w.apply(
            actie_cmd(ActieChange::Add(actie(
                &format!("a-{n}"),
                "x",
                ActieStatus::Klaar,
                "b-1",
            ))),
            3_000,
        )
        .unwrap();
    }
    refused(
        &mut w,
        actie_cmd(ActieChange::Add(actie(
            "a-extra",
            "x",
            ActieStatus::Open,
            "b-1",
        ))),
        4_000,
        DomainError::TooManyActies { max },
    );
    assert_eq!(sw(&w).acties.len(), 2_000);
    assert!(sw(&w).open_acties().is_empty());
}

// ---------------------------------------------------------------- 7. suggestions

/// Plans a meeting with the given agenda and answers, then starts (and maybe finishes) it.
fn held(
    w: &mut Workspace,
    id: &str,
    date: &str,
    created: Millis,
    items: &[(&str, [Option<CheckAntwoord>; 3])],
    finish: bool,
) {
    plan(w, id, Vorm::Bob, date, created);
    for (ingredient, answers) in items {
        ok(w, id, agenda(ingredient, true), created);
        for (vraag, antwoord) in Checkvraag::ALL.into_iter().zip(answers) {
            ok(w, id, check(ingredient, vraag, *antwoord), created);
        }
    }
    ok(w, id, BijeenkomstChange::Start, created + 1);
    if finish {
        ok(w, id, BijeenkomstChange::Finish, created + 2);
    }
}

const JA: Option<CheckAntwoord> = Some(CheckAntwoord::Ja);
const NEE: Option<CheckAntwoord> = Some(CheckAntwoord::Nee);
const DEELS: Option<CheckAntwoord> = Some(CheckAntwoord::Deels);

#[test]
fn suggestions_are_the_open_ingredients_of_the_previous_meeting() {
    let mut w = ws();
    held(
        &mut w,
        "b-1",
        "2026-09-15",
        2_000,
        &[
            (TIJD, [JA, None, JA]),
            (OPENHEID, [JA, JA, JA]),
            (SPELREGELS, [JA, DEELS, JA]),
            (INBRENG, [NEE, JA, JA]),
        ],
        true,
    );
    plan(&mut w, "b-2", Vorm::Bob, "2026-10-15", 3_000);
    let s = sw(&w);
    assert!(s.suggested_ingredients("b-1").is_empty(), "first meeting");
    assert!(s.previous_meeting("b-1").is_none());
    assert_eq!(s.previous_meeting("b-2").unwrap().id, "b-1");
    assert_eq!(
        s.suggested_ingredients("b-2"),
        strings(&[INBRENG, SPELREGELS, TIJD])
    );
    assert!(s.suggested_ingredients("b-9").is_empty());
}

#[test]
fn a_started_but_unfinished_meeting_counts_as_previous() {
    let mut w = ws();
    held(
        &mut w,
        "b-1",
        "2026-09-15",
        2_000,
        &[(OPENHEID, [JA, NEE, None])],
        false,
    );
    plan(&mut w, "b-2", Vorm::Bob, "2026-10-15", 3_000);
    assert_eq!(sw(&w).suggested_ingredients("b-2"), strings(&[OPENHEID]));
}

#[test]
fn a_planned_but_never_started_meeting_is_skipped() {
    let mut w = ws();
    held(
        &mut w,
        "b-1",
        "2026-09-15",
        2_000,
        &[(OPENHEID, [None, None, None])],
        true,
    );
    // Planned for October with its own open agenda, but never held.
    plan(&mut w, "b-2", Vorm::Bob, "2026-10-15", 3_000);
    ok(&mut w, "b-2", agenda(TIJD, true), 3_000);
    plan(&mut w, "b-3", Vorm::Bob, "2026-11-15", 4_000);
    let s = sw(&w);
    assert_eq!(s.previous_meeting("b-3").unwrap().id, "b-1");
    assert_eq!(s.suggested_ingredients("b-3"), strings(&[OPENHEID]));
}

#[test]
fn only_the_nearest_earlier_meeting_by_date_then_creation_counts() {
    let mut w = ws();
    // Created first but dated later.
    held(
        &mut w,
        "b-late",
        "2026-12-01",
        2_000,
        &[(TIJD, [NEE, NEE, NEE])],
        true,
    );
    // Same date, created in this order.
    held(
        &mut w,
        "b-early-1",
        "2026-09-15",
        3_000,
        &[(OPENHEID, [None, None, None])],
        true,
    );
    held(
        &mut w,
        "b-early-2",
        "2026-09-15",
        4_000,
        &[(SPELREGELS, [DEELS, JA, JA])],
        true,
    );
    plan(&mut w, "b-next", Vorm::Bob, "2026-10-01", 5_000);
    let s = sw(&w);
    let order: Vec<&str> = chronological(&s.bijeenkomsten)
        .iter()
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(order, ["b-early-1", "b-early-2", "b-next", "b-late"]);
    assert_eq!(s.suggested_ingredients("b-next"), strings(&[SPELREGELS]));
    assert_eq!(s.suggested_ingredients("b-early-2"), strings(&[OPENHEID]));
    assert!(s.suggested_ingredients("b-early-1").is_empty());
    // b-late's previous held meeting is b-early-2 (b-next was never started).
    assert_eq!(s.suggested_ingredients("b-late"), strings(&[SPELREGELS]));
}

#[test]
fn nothing_is_suggested_when_the_previous_meeting_closed_everything() {
    let mut w = ws();
    held(
        &mut w,
        "b-1",
        "2026-09-15",
        2_000,
        &[(OPENHEID, [JA, JA, JA]), (TIJD, [JA, JA, JA])],
        true,
    );
    plan(&mut w, "b-2", Vorm::Bob, "2026-10-15", 3_000);
    assert_eq!(sw(&w).previous_meeting("b-2").unwrap().id, "b-1");
    assert!(sw(&w).suggested_ingredients("b-2").is_empty());
}

#[test]

fn a_meeting_planned_without_a_date_still_gets_suggestions() {
    let mut w = ws();
    held(
        &mut w,
        "b-1",
        "2026-09-15",
        2_000,
        &[(OPENHEID, [NEE, None, None])],
        true,
    );
    plan(&mut w, "b-2", Vorm::Bob, "", 3_000);
    assert_eq!(sw(&w).suggested_ingredients("b-2"), strings(&[OPENHEID]));
}

// ---------------------------------------------------------------- 8. achterban groups

#[test]
fn achterban_groups_are_distinct_organisations_in_partner_order() {
    let mut w = ws();
    for p in [
        partner(
            "p-4",
            "Dina",
            "Gemeente Dorpsstad",
            PartnerKind::Formeel,
            Ring::Kerngroep,
        ),
        partner(
            "p-5",
            "",
            "Zorggroep Oost",
            PartnerKind::Formeel,
            Ring::VrijeRuimte,
        ),
        partner(
            "p-6",
            "Eva",
            "",
            PartnerKind::InwonerOudere,
            Ring::VrijeRuimte,
        ),
    ] {
        w.apply(
            Command::AddPartner {
                samenwerking: SW.into(),
                partner: p,
            },
            2_000,
        )
        .unwrap();
    }
    assert_eq!(
        sw(&w).achterban_groups(),
        strings(&[
            "Gemeente Dorpsstad",
            "Welzijn Noord",
            "Cor",
            "Zorggroep Oost",
            "Eva"
        ])
    );
    w.apply(
        Command::RemovePartner {
            samenwerking: SW.into(),
            partner: "p-1".into(),
        },
        3_000,
    )
    .unwrap();
    // Dina now represents the gemeente, so it moves to her place in the partner order.
    assert_eq!(
        sw(&w).achterban_groups(),
        strings(&[
            "Welzijn Noord",
            "Cor",
            "Gemeente Dorpsstad",
            "Zorggroep Oost",
            "Eva"
        ])
    );
}

// ---------------------------------------------------------------- 9. messages

#[test]
fn the_confirmation_message_names_nee_besluitvorming_and_the_count() {
    let msg = t().domain_error(&DomainError::Fase(FaseError::NeedsConfirmation {
        open: strings(&[OPENHEID, TIJD]),
    }));
    assert!(msg.contains("„nee”"), "{msg}");
    assert!(msg.contains("Besluitvorming"), "{msg}");
    assert!(msg.contains('2'), "{msg}");
    assert!(msg.ends_with('?'), "{msg}");
    assert_eq!(
        msg,
        t().phase_error(&FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID, TIJD]),
        })
    );
}

#[test]
fn every_meeting_error_has_a_dutch_sentence() {
    let errors = [
        DomainError::BadDate,
        DomainError::Minutes { max: 480 },
        DomainError::UnknownIngredient,
        DomainError::Fase(FaseError::NotStarted),
        DomainError::Fase(FaseError::AlreadyFinished),
        DomainError::Fase(FaseError::AtLastFase),
        DomainError::Fase(FaseError::AtFirstFase),
        DomainError::Fase(FaseError::NeedsConfirmation {
            open: strings(&[OPENHEID]),
        }),
        DomainError::MeetingStarted,
        DomainError::TooManyBijeenkomsten { max: 500 },
        DomainError::TooManyActies { max: 2_000 },
        DomainError::ActieWithoutWat,
        DomainError::Empty(Field::Besluit),
        DomainError::Markup(Field::Note),
        DomainError::TooLong {
            field: Field::AchterbanVragen,
            max: 2_000,
        },
        DomainError::ControlCharacters(Field::ActieWanneer),
    ];
    let mut seen = Vec::new();
    for e in &errors {
        let msg = t().domain_error(e);
        assert!(!msg.trim().is_empty(), "{e:?}");
        assert!(msg.ends_with('.') || msg.ends_with('?'), "{e:?}: {msg}");
        assert!(!msg.contains('{'), "unfilled placeholder in {e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?} repeats another message: {msg}");
        seen.push(msg);
    }
    assert!(t()
        .domain_error(&DomainError::Minutes { max: 480 })
        .contains("480"));
    assert!(t()
        .domain_error(&DomainError::Markup(Field::Note))
        .starts_with("De aantekening"));
    assert!(t()
        .domain_error(&DomainError::Empty(Field::Besluit))
        .contains("het besluit"));
}
