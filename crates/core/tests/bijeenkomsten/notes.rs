use super::*;
use std::collections::BTreeMap;

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
