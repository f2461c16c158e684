use super::*;
use std::collections::BTreeMap;

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
