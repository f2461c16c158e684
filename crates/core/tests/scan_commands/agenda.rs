use super::*;
use vitaal_core::domain::bijeenkomst::{Fase, Status, Vorm};
use vitaal_core::domain::validate;

// ---- the agenda hand-off ----

#[test]
fn the_hand_computed_suggestion_is_what_the_scan_suggests() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    let scan = the_scan(&ws, "sc-1");
    assert_eq!(scan.counts(DS), [1, 3, 0, 0, 2, 0]);
    assert_eq!(scan.agenda_suggestion(2), [OV, DS]);
    assert_eq!(scan.agenda_suggestion(3), [OV, DS, VT]);
    assert_eq!(scan.agenda_suggestion(4), [OV, DS, VT, MM]);
}

#[test]
fn without_a_planned_meeting_a_new_bob_meeting_gets_the_agenda() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    assert!(sw(&ws).next_planned().is_none());
    agenda_from_scan(&mut ws, 4, 10_000).unwrap();
    let s = sw(&ws);
    assert_eq!(s.bijeenkomsten.len(), 1);
    let b = &s.bijeenkomsten[0];
    assert_eq!(b.id, "bk-uit-scan");
    assert_eq!(
        (b.vorm, b.status, b.phase),
        (Vorm::Bob, Status::Gepland, None)
    );
    assert_eq!(b.date, "");
    assert_eq!(b.attendees, ["p-anna", "p-kbo", "p-jansen"]);
    assert_eq!(b.scan.as_deref(), Some("sc-1"));
    // In the Gespreksmodel's order: relatie, samenstelling, organisatie & proces.
    assert_eq!(agenda(b), [OV, MM, DS, VT]);
    assert_eq!(
        (b.created_ms, b.updated_ms, s.updated_ms),
        (10_000, 10_000, 10_000)
    );
    assert_eq!(s.next_planned().map(|b| b.id.as_str()), Some("bk-uit-scan"));
    assert_eq!(validate::samenwerking(s).as_ref(), Ok(s));
}

fn plan(ws: &mut Workspace, id: &str, date: &str, now: Millis) {
    ws.apply(
        Command::PlanBijeenkomst {
            samenwerking: SW.into(),
            id: id.into(),
            vorm: Vorm::Barb,
            date: date.into(),
        },
        now,
    )
    .unwrap();
}

fn meeting_change(ws: &mut Workspace, id: &str, change: BijeenkomstChange, now: Millis) {
    ws.apply(
        Command::Bijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: id.into(),
            change,
        },
        now,
    )
    .unwrap();
}

#[test]
fn the_first_planned_meeting_gets_the_agenda_added_to_what_it_has() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    // A finished meeting (earliest, ignored), two dated planned ones and an undated one.
    plan(&mut ws, "bk-afgerond", "2026-09-01", 4_000);
    meeting_change(&mut ws, "bk-afgerond", BijeenkomstChange::Start, 4_001);
    meeting_change(&mut ws, "bk-afgerond", BijeenkomstChange::Finish, 4_002);
    plan(&mut ws, "bk-zonder-datum", "", 4_100);
    plan(&mut ws, "bk-december", "2026-12-01", 4_200);
    plan(&mut ws, "bk-november", "2026-11-01", 4_300);
    for (ingredient, on) in [(GI, true), (VT, true)] {
        meeting_change(
            &mut ws,
            "bk-november",
            BijeenkomstChange::SetAgenda {
                ingredient: ingredient.into(),
                on,
            },
            4_400,
        );
    }
    meeting_change(
        &mut ws,
        "bk-november",
        BijeenkomstChange::SetNote {
            ingredient: VT.into(),
            phase: Fase::Beeldvorming,
            text: "Iedereen heeft het druk.".into(),
        },
        4_500,
    );
    assert_eq!(
        sw(&ws).next_planned().map(|b| b.id.as_str()),
        Some("bk-november")
    );
    let others: Vec<_> = sw(&ws)
        .bijeenkomsten
        .iter()
        .filter(|b| b.id != "bk-november")
        .cloned()
        .collect();

    agenda_from_scan(&mut ws, 3, 10_000).unwrap();
    let s = sw(&ws);
    // No new meeting; the others are untouched.
    assert_eq!(s.bijeenkomsten.len(), 4);
    assert!(s.bijeenkomst("bk-uit-scan").is_none());
    for b in &others {
        assert_eq!(s.bijeenkomst(&b.id), Some(b));
    }
    let b = s.bijeenkomst("bk-november").unwrap();
    // OV and DS are added; VT was there already (with its note) and is not added twice.
    assert_eq!(agenda(b), [OV, GI, DS, VT]);
    assert_eq!(
        b.item(VT).unwrap().note(Fase::Beeldvorming),
        "Iedereen heeft het druk."
    );
    assert_eq!(b.scan.as_deref(), Some("sc-1"));
    assert_eq!(b.vorm, Vorm::Barb);
    assert_eq!((b.updated_ms, s.updated_ms), (10_000, 10_000));

    // The same hand-off again changes nothing.
    let before = ws.clone();
    agenda_from_scan(&mut ws, 3, 11_000).unwrap();
    assert_eq!(ws, before);
    // A larger count adds the next one.
    agenda_from_scan(&mut ws, 4, 12_000).unwrap();
    assert_eq!(
        agenda(sw(&ws).bijeenkomst("bk-november").unwrap()),
        [OV, GI, MM, DS, VT]
    );
}

#[test]
fn a_started_meeting_is_not_planned_so_a_new_one_is_made() {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    plan(&mut ws, "bk-bezig", "2026-11-01", 4_000);
    meeting_change(&mut ws, "bk-bezig", BijeenkomstChange::Start, 4_001);
    assert!(sw(&ws).next_planned().is_none());
    agenda_from_scan(&mut ws, 2, 10_000).unwrap();
    let s = sw(&ws);
    assert_eq!(s.bijeenkomsten.len(), 2);
    assert!(s.bijeenkomst("bk-bezig").unwrap().agenda.is_empty());
    assert_eq!(agenda(s.bijeenkomst("bk-uit-scan").unwrap()), [OV, DS]);
}

#[test]
fn the_agenda_hand_off_refuses_what_it_cannot_do() {
    let mut ws = with_scan("sc-1");
    let from = |scan: &str, bijeenkomst: &str, count: usize| Command::AgendaFromScan {
        samenwerking: SW.into(),
        scan: scan.into(),
        bijeenkomst: bijeenkomst.into(),
        count,
    };
    // No scores yet: only "weet ik niet".
    refused(
        &mut ws,
        from("sc-1", "bk-1", 3),
        DomainError::NothingToSuggest,
    );
    add(
        &mut ws,
        "sc-1",
        resp("r-0", &[(OV, None), (VT, None)]),
        3_000,
    );
    refused(
        &mut ws,
        from("sc-1", "bk-1", 3),
        DomainError::NothingToSuggest,
    );
    scored(&mut ws);
    refused(
        &mut ws,
        from("sc-1", "bk-1", 0),
        DomainError::NothingToSuggest,
    );
    refused(&mut ws, from("sc-weg", "bk-1", 3), DomainError::NotFound);
    refused(&mut ws, from("sc-1", "Bk 1", 3), DomainError::BadId);
    refused(
        &mut ws,
        Command::AgendaFromScan {
            samenwerking: "sw-weg".into(),
            scan: "sc-1".into(),
            bijeenkomst: "bk-1".into(),
            count: 3,
        },
        DomainError::NotFound,
    );
    // The new meeting's id is taken (by a finished meeting).
    plan(&mut ws, "bk-1", "2026-09-01", 4_000);
    meeting_change(&mut ws, "bk-1", BijeenkomstChange::Start, 4_001);
    meeting_change(&mut ws, "bk-1", BijeenkomstChange::Finish, 4_002);
    refused(&mut ws, from("sc-1", "bk-1", 3), DomainError::DuplicateId);
    // Full: no room for a new meeting.
    let mut s = sw(&ws).clone();
    let template = s.bijeenkomsten[0].clone();
    for i in s.bijeenkomsten.len()..validate::MAX_BIJEENKOMSTEN {
        let mut b = template.clone();
        b.id = format!("bk-oud-{i}");
        s.bijeenkomsten.push(b);
    }
    ws.apply(
        Command::Import {
            samenwerking: s,
            mode: ImportMode::Replace,
        },
        5_000,
    )
    .unwrap();
    refused(
        &mut ws,
        from("sc-1", "bk-nieuw", 3),
        DomainError::TooManyBijeenkomsten {
            max: validate::MAX_BIJEENKOMSTEN,
        },
    );
}
