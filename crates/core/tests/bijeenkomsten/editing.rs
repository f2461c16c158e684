use super::*;
use vitaal_core::domain::command::ActieEdit;
use vitaal_core::domain::history::History;
use vitaal_core::domain::session;

// ---------------------------------------------------------------- editing in place

fn actie_cmd(change: ActieChange) -> Command {
    Command::Actie {
        samenwerking: SW.into(),
        change,
    }
}

/// A planned meeting "b-1" with besluit "bs-1" (about openheid) and actie "a-1".
fn with_besluit_and_actie() -> Workspace {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "Elke maand overleg", Some(OPENHEID))),
        3_000,
    );
    w.apply(
        actie_cmd(ActieChange::Add(Actie {
            id: "a-1".into(),
            wat: "Zaal regelen".into(),
            wie: "Bert".into(),
            wanneer: "2026-10-01".into(),
            status: ActieStatus::Open,
            ingredient: Some(TIJD.into()),
            bijeenkomst: "b-1".into(),
        })),
        3_000,
    )
    .unwrap();
    w
}

fn edit_text(id: &str, text: &str) -> BijeenkomstChange {
    BijeenkomstChange::EditBesluit {
        id: id.into(),
        text: text.into(),
    }
}

#[test]
fn a_besluit_is_edited_in_place_and_keeps_its_ingredient() {
    let mut w = with_besluit_and_actie();
    ok(
        &mut w,
        "b-1",
        edit_text("bs-1", "  Elke week overleg "),
        4_000,
    );
    assert_eq!(
        bk(&w, "b-1").besluiten,
        vec![besluit("bs-1", "Elke week overleg", Some(OPENHEID))]
    );
    assert_eq!(bk(&w, "b-1").updated_ms, 4_000);
    assert_eq!(sw(&w).updated_ms, 4_000);
    // The same text again is no change: nothing moves.
    ok(&mut w, "b-1", edit_text("bs-1", "Elke week overleg"), 5_000);
    assert_eq!(bk(&w, "b-1").updated_ms, 4_000);
}

#[test]
fn a_besluit_edit_is_refused_when_empty_or_unknown() {
    let mut w = with_besluit_and_actie();
    refuse(
        &mut w,
        "b-1",
        edit_text("bs-1", "  "),
        4_000,
        DomainError::Empty(Field::Besluit),
    );
    refuse(
        &mut w,
        "b-1",
        edit_text("bs-9", "Ander"),
        4_000,
        DomainError::NotFound,
    );
    refuse(
        &mut w,
        "b-1",
        edit_text("bs-1", "<script>"),
        4_000,
        DomainError::Markup(Field::Besluit),
    );
}

fn edit_of(w: &Workspace) -> ActieEdit {
    ActieEdit::of(&sw(w).acties[0])
}

#[test]
fn an_actie_is_edited_in_place_and_stays_with_its_meeting() {
    let mut w = with_besluit_and_actie();
    let edit = ActieEdit {
        wat: " Grotere zaal regelen ".into(),
        wie: "Anna ".into(),
        wanneer: "2026-10-08".into(),
        ingredient: Some(OPENHEID.into()),
        status: ActieStatus::Bezig,
        ..edit_of(&w)
    };
    w.apply(actie_cmd(ActieChange::Edit(edit)), 4_000).unwrap();
    assert_eq!(
        sw(&w).acties[0],
        Actie {
            id: "a-1".into(),
            wat: "Grotere zaal regelen".into(),
            wie: "Anna".into(),
            wanneer: "2026-10-08".into(),
            status: ActieStatus::Bezig,
            ingredient: Some(OPENHEID.into()),
            bijeenkomst: "b-1".into(),
        }
    );
    assert_eq!(sw(&w).updated_ms, 4_000);
    // To "Algemeen" (no ingrediënt), and an edit that changes nothing moves nothing.
    let general = ActieEdit {
        ingredient: None,
        ..edit_of(&w)
    };
    w.apply(actie_cmd(ActieChange::Edit(general.clone())), 5_000)
        .unwrap();
    assert_eq!(sw(&w).acties[0].ingredient, None);
    w.apply(actie_cmd(ActieChange::Edit(general)), 6_000)
        .unwrap();
    assert_eq!(sw(&w).updated_ms, 5_000);
}

#[test]
fn an_actie_edit_is_refused_without_wat_or_with_unknown_ids() {
    let mut w = with_besluit_and_actie();
    let cases = [
        (
            ActieEdit {
                wat: "  ".into(),
                ..edit_of(&w)
            },
            DomainError::ActieWithoutWat,
        ),
        (
            ActieEdit {
                ingredient: Some("bestaat-niet".into()),
                ..edit_of(&w)
            },
            DomainError::UnknownIngredient,
        ),
        (
            ActieEdit {
                id: "a-9".into(),
                ..edit_of(&w)
            },
            DomainError::NotFound,
        ),
    ];
    for (edit, expected) in cases {
        refused(&mut w, actie_cmd(ActieChange::Edit(edit)), 4_000, expected);
    }
    refused(
        &mut w,
        actie_cmd(ActieChange::SetStatus {
            id: "a-9".into(),
            status: ActieStatus::Klaar,
        }),
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn the_status_alone_changes_with_set_status() {
    let mut w = with_besluit_and_actie();
    let before = sw(&w).acties[0].clone();
    w.apply(
        actie_cmd(ActieChange::SetStatus {
            id: "a-1".into(),
            status: ActieStatus::Klaar,
        }),
        4_000,
    )
    .unwrap();
    assert_eq!(
        sw(&w).acties[0],
        Actie {
            status: ActieStatus::Klaar,
            ..before
        }
    );
    assert_eq!(sw(&w).updated_ms, 4_000);
    assert!(sw(&w).open_acties().is_empty());
}

/// Edits and deletes are undone and redone like every other command, one step each.
#[test]
fn edits_and_deletes_are_undone_one_step_each() {
    let mut w = with_besluit_and_actie();
    let mut h = History::default();
    let original = w.clone();
    let run = |w: &mut Workspace, h: &mut History, c: Command, now: Millis| {
        session::apply(w, h, c, now, None).expect("command");
    };
    run(
        &mut w,
        &mut h,
        meeting_cmd("b-1", edit_text("bs-1", "Elke week")),
        10_000,
    );
    let edit = ActieEdit {
        wat: "Andere zaal".into(),
        ..edit_of(&w)
    };
    // Within the typing pause, but another command: still its own step.
    run(&mut w, &mut h, actie_cmd(ActieChange::Edit(edit)), 10_100);
    let edited = w.clone();
    run(
        &mut w,
        &mut h,
        actie_cmd(ActieChange::Remove("a-1".into())),
        10_200,
    );
    run(
        &mut w,
        &mut h,
        meeting_cmd("b-1", BijeenkomstChange::RemoveBesluit("bs-1".into())),
        10_300,
    );
    assert!(sw(&w).acties.is_empty() && bk(&w, "b-1").besluiten.is_empty());
    h.undo(&mut w);
    assert_eq!(bk(&w, "b-1").besluiten[0].text, "Elke week");
    h.undo(&mut w);
    assert_eq!(w, edited, "the deleted actie is back as it was");
    h.undo(&mut w);
    assert_eq!(sw(&w).acties[0].wat, "Zaal regelen");
    h.undo(&mut w);
    assert_eq!(w, original);
    h.redo(&mut w);
    h.redo(&mut w);
    assert_eq!(w, edited);
}

#[test]
fn a_new_meeting_takes_the_plaats_of_the_previous_one_and_invites_everyone() {
    let mut w = ws();
    plan(&mut w, "b-1", Vorm::Bob, "2026-09-01", 2_000);
    assert_eq!(
        bk(&w, "b-1").place,
        "",
        "the first meeting has no plaats yet"
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetPlace("Buurthuis De Schakel".into()),
        2_100,
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::SetAttendee {
            partner: "p-2".into(),
            present: false,
        },
        2_200,
    );
    plan(&mut w, "b-2", Vorm::Barb, "2026-10-01", 3_000);
    assert_eq!(bk(&w, "b-2").place, "Buurthuis De Schakel");
    // Who was absent last time is expected again: every partner is invited.
    assert_eq!(bk(&w, "b-2").attendees, strings(&["p-1", "p-2", "p-3"]));
    // Another plaats later on: the next meeting follows the latest one before it.
    ok(
        &mut w,
        "b-2",
        BijeenkomstChange::SetPlace("Gemeentehuis".into()),
        3_100,
    );
    plan(&mut w, "b-3", Vorm::Bob, "", 4_000);
    assert_eq!(bk(&w, "b-3").place, "Gemeentehuis");
    // A meeting dated between them takes the one before it.
    plan(&mut w, "b-4", Vorm::Bob, "2026-09-15", 5_000);
    assert_eq!(bk(&w, "b-4").place, "Buurthuis De Schakel");
    // Before every other meeting: the first one after it.
    plan(&mut w, "b-5", Vorm::Bob, "2026-01-01", 6_000);
    assert_eq!(bk(&w, "b-5").place, "Buurthuis De Schakel");
}
