use super::*;

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
