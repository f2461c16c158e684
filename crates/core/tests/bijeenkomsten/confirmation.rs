use super::*;

// ---------------------------------------------------------------- 2. confirmation

const ANSWERS: [Option<CheckAntwoord>; 4] = [
    None,
    Some(CheckAntwoord::Nee),
    Some(CheckAntwoord::Deels),
    Some(CheckAntwoord::Ja),
];

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

/// Answers all three checkvragen of an ingrediënt.
fn answer(
    w: &mut Workspace,
    ingredient: &str,
    [besproken, gehoord, besloten]: [Option<CheckAntwoord>; 3],
) {
    ok(
        w,
        "b-1",
        check(ingredient, Checkvraag::Besproken, besproken),
        12_000,
    );
    ok(
        w,
        "b-1",
        check(ingredient, Checkvraag::Gehoord, gehoord),
        12_000,
    );
    ok(
        w,
        "b-1",
        check(ingredient, Checkvraag::Besloten, besloten),
        12_000,
    );
}

fn not_on_board(ingredient: &str, partner: &str, on: bool) -> BijeenkomstChange {
    BijeenkomstChange::SetNotOnBoard {
        ingredient: ingredient.into(),
        partner: partner.into(),
        on,
    }
}

fn open(
    ingredient: &str,
    vraag: Checkvraag,
    antwoord: Option<CheckAntwoord>,
    names: &[&str],
) -> OpenCheck {
    OpenCheck {
        ingredient: ingredient.into(),
        vraag,
        antwoord,
        niet_aan_boord: strings(names),
    }
}

/// Written out here rather than calling `Checks::unsettled`, so the test states the rule itself.
fn unsettled(vraag: Checkvraag, a: Option<CheckAntwoord>) -> bool {
    match vraag {
        Checkvraag::Gehoord => matches!(
            a,
            None | Some(CheckAntwoord::Nee) | Some(CheckAntwoord::Deels)
        ),
        _ => matches!(a, None | Some(CheckAntwoord::Nee)),
    }
}

/// Every combination of the three answers, in both forms: the step into Besluitvorming asks
/// exactly when "Hebben we het hier over gehad?" is "nee" or unanswered or "Is iedereen gehoord
/// en aan boord?" is anything but "ja", and names those questions; "Zijn er besluiten genomen?" never asks.
#[test]
fn every_combination_of_answers_asks_exactly_when_talked_about_or_on_board_is_open() {
    for vorm in Vorm::ALL {
        for besproken in ANSWERS {
            for gehoord in ANSWERS {
                for besloten in ANSWERS {
                    let case = format!("{vorm:?} {besproken:?} {gehoord:?} {besloten:?}");
                    let mut w = before_besluitvorming(vorm, &[SPELREGELS]);
                    let before_phase = phase(&w, "b-1");
                    answer(&mut w, SPELREGELS, [besproken, gehoord, besloten]);
                    let mut expected = Vec::new();
                    if unsettled(Checkvraag::Besproken, besproken) {
                        expected.push(open(SPELREGELS, Checkvraag::Besproken, besproken, &[]));
                    }
                    if unsettled(Checkvraag::Gehoord, gehoord) {
                        expected.push(open(SPELREGELS, Checkvraag::Gehoord, gehoord, &[]));
                    }
                    if expected.is_empty() {
                        ok(&mut w, "b-1", next(), 13_000);
                    } else {
                        refuse(
                            &mut w,
                            "b-1",
                            next(),
                            13_000,
                            phase_err(FaseError::NeedsConfirmation { open: expected }),
                        );
                        assert_eq!(phase(&w, "b-1"), before_phase, "{case}");
                        ok(
                            &mut w,
                            "b-1",
                            BijeenkomstChange::NextFase { confirmed: true },
                            14_000,
                        );
                    }
                    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming), "{case}");
                }
            }
        }
    }
}

/// The reported defect: "Zijn er besluiten genomen?" = nee is the normal answer before
/// Besluitvorming and must not ask.
#[test]
fn besluiten_genomen_nee_alone_does_not_ask() {
    let mut w = before_besluitvorming(Vorm::Barb, &[OPENHEID, TIJD]);
    for i in [OPENHEID, TIJD] {
        answer(
            &mut w,
            i,
            [
                Some(CheckAntwoord::Ja),
                Some(CheckAntwoord::Ja),
                Some(CheckAntwoord::Nee),
            ],
        );
    }
    ok(&mut w, "b-1", next(), 13_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

#[test]
fn the_question_lists_every_open_checkvraag_in_agenda_order_with_names_not_on_board() {
    // Added in reverse model order; the agenda (and so the list) follows the model.
    let mut w = before_besluitvorming(Vorm::Bob, &[TIJD, INBRENG, OPENHEID]);
    let ja = Some(CheckAntwoord::Ja);
    let nee = Some(CheckAntwoord::Nee);
    answer(&mut w, TIJD, [ja, nee, nee]);
    ok(&mut w, "b-1", not_on_board(TIJD, "p-3", true), 12_000);
    ok(&mut w, "b-1", not_on_board(TIJD, "p-1", true), 12_000);
    answer(&mut w, INBRENG, [ja, ja, None]);
    answer(&mut w, OPENHEID, [nee, None, None]);
    refuse(
        &mut w,
        "b-1",
        next(),
        13_000,
        phase_err(FaseError::NeedsConfirmation {
            open: vec![
                open(OPENHEID, Checkvraag::Besproken, nee, &[]),
                open(OPENHEID, Checkvraag::Gehoord, None, &[]),
                // Names, in the order they were ticked, not ids.
                open(TIJD, Checkvraag::Gehoord, nee, &["Cor", "Anna"]),
            ],
        }),
    );
    assert_eq!(phase(&w, "b-1"), Some(Fase::Oordeelsvorming));
    // The pure rule keeps ids; the command named them.
    assert_eq!(
        bk(&w, "b-1").open_before_besluit()[2].niet_aan_boord,
        strings(&["p-3", "p-1"])
    );
}

#[test]
fn an_unanswered_agenda_asks_and_an_empty_agenda_does_not() {
    let mut w = before_besluitvorming(Vorm::Bob, &[OPENHEID]);
    refuse(
        &mut w,
        "b-1",
        next(),
        13_000,
        phase_err(FaseError::NeedsConfirmation {
            open: vec![
                open(OPENHEID, Checkvraag::Besproken, None, &[]),
                open(OPENHEID, Checkvraag::Gehoord, None, &[]),
            ],
        }),
    );
    let mut w = before_besluitvorming(Vorm::Barb, &[]);
    ok(&mut w, "b-1", next(), 13_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

#[test]
fn barb_only_asks_at_the_step_into_besluitvorming() {
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
            open: vec![
                open(OPENHEID, Checkvraag::Besproken, None, &[]),
                open(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Nee), &[]),
            ],
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
    answer(
        &mut w,
        OPENHEID,
        [Some(CheckAntwoord::Deels), Some(CheckAntwoord::Ja), None],
    );
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    ok(&mut w, "b-1", next(), 11_000);
    ok(&mut w, "b-1", next(), 12_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

// ---------------------------------------------------------------- aan boord = ja

#[test]
fn aan_boord_ja_clears_who_was_not_on_board_and_other_answers_keep_them() {
    let mut w = before_besluitvorming(Vorm::Bob, &[OPENHEID]);
    ok(&mut w, "b-1", not_on_board(OPENHEID, "p-1", true), 12_000);
    ok(&mut w, "b-1", not_on_board(OPENHEID, "p-2", true), 12_000);
    for antwoord in [None, Some(CheckAntwoord::Nee), Some(CheckAntwoord::Deels)] {
        ok(
            &mut w,
            "b-1",
            check(OPENHEID, Checkvraag::Gehoord, antwoord),
            12_500,
        );
        assert_eq!(
            bk(&w, "b-1").item(OPENHEID).unwrap().checks.niet_aan_boord,
            strings(&["p-1", "p-2"]),
            "{antwoord:?}"
        );
    }
    // "ja" on the other checkvragen leaves them.
    for vraag in [Checkvraag::Besproken, Checkvraag::Besloten] {
        ok(
            &mut w,
            "b-1",
            check(OPENHEID, vraag, Some(CheckAntwoord::Ja)),
            12_600,
        );
        assert_eq!(
            bk(&w, "b-1")
                .item(OPENHEID)
                .unwrap()
                .checks
                .niet_aan_boord
                .len(),
            2
        );
    }
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Ja)),
        13_000,
    );
    let b = bk(&w, "b-1");
    let checks = &b.item(OPENHEID).unwrap().checks;
    assert_eq!(checks.gehoord, Some(CheckAntwoord::Ja));
    assert!(checks.niet_aan_boord.is_empty());
    assert_eq!(b.updated_ms, 13_000);
    // Everything settled: straight to Besluitvorming.
    ok(&mut w, "b-1", next(), 14_000);
    assert_eq!(phase(&w, "b-1"), Some(Fase::Besluitvorming));
}

#[test]
fn aan_boord_ja_again_still_clears_names_left_by_an_older_file() {
    let mut w = before_besluitvorming(Vorm::Bob, &[OPENHEID]);
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Ja)),
        12_000,
    );
    // Ticking a name after "ja" (as older versions allowed) …
    ok(&mut w, "b-1", not_on_board(OPENHEID, "p-2", true), 12_500);
    // … is cleared by answering "ja" again, which is a change.
    ok(
        &mut w,
        "b-1",
        check(OPENHEID, Checkvraag::Gehoord, Some(CheckAntwoord::Ja)),
        13_000,
    );
    assert!(bk(&w, "b-1")
        .item(OPENHEID)
        .unwrap()
        .checks
        .niet_aan_boord
        .is_empty());
    assert_eq!(bk(&w, "b-1").updated_ms, 13_000);
}
