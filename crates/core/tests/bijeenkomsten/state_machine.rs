use super::*;

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
