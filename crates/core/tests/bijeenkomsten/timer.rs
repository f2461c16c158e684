use super::*;
use vitaal_core::domain::file;

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
