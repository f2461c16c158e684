use super::*;

// ---------------------------------------------------------------- 2. confirmation

/// Sets all three checkvragen of an ingrediënt to the same answer.
fn all_checks(ws: &mut Workspace, b: &str, ingredient: &str, antwoord: CheckAntwoord, now: Millis) {
    for vraag in Checkvraag::ALL {
        ok(ws, b, check(ingredient, vraag, Some(antwoord)), now);
    }
}

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
