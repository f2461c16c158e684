//! Planning a meeting from a programme (the workshop's Startbijeenkomst, issue 15): the
//! meeting keeps the steps, the steps' werkbladen are made and linked, undo takes it all back,
//! a refused command changes nothing, and the programme is validated and in the verslag.

use super::*;
use vitaal_core::domain::history::History;
use vitaal_core::domain::werkblad::{self, Werkblad};
use vitaal_core::i18n::t;

const IDS: [&str; 5] = ["wb-a", "wb-b", "wb-c", "wb-d", "wb-e"];

fn start_cmd(id: &str, ids: &[&str]) -> Command {
    Command::PlanFromProgramma {
        samenwerking: SW.into(),
        id: id.into(),
        vorm: Vorm::Bob,
        date: "2026-12-01".into(),
        programma: "startbijeenkomst".into(),
        werkbladen: strings(ids),
    }
}

fn werkbladen_of<'a>(ws: &'a Workspace, b: &str) -> Vec<&'a Werkblad> {
    sw(ws)
        .werkbladen
        .iter()
        .filter(|w| w.bijeenkomst.as_deref() == Some(b))
        .collect()
}

#[test]
fn the_startbijeenkomst_plans_the_meeting_with_its_programme_and_werkbladen() {
    let mut ws = ws();
    ws.apply(start_cmd("bk-start", &IDS), T0 + 5).unwrap();
    let b = bk(&ws, "bk-start");
    assert_eq!(b.status, Status::Gepland);
    assert_eq!(b.date, "2026-12-01");
    assert_eq!(b.attendees, strings(&["p-1", "p-2", "p-3"]));
    let steps: Vec<(&str, u32, Option<&str>)> = b
        .programma
        .iter()
        .map(|s| (s.id.as_str(), s.minutes, s.werkblad.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            ("welkom", 10, None),
            ("waarom", 20, Some("wb-a")),
            ("waar-over-hebben", 20, Some("wb-b")),
            ("ingredienten", 15, None),
            ("wat-helpt", 20, Some("wb-c")),
            ("in-de-praktijk", 20, Some("wb-d")),
            ("bob-barb", 10, None),
            ("startvragen", 20, Some("wb-e")),
        ]
    );
    assert_eq!(b.programma[0].title, "Welkom en introductie");
    // One werkblad of each template, linked to the meeting, titled as the template, empty.
    let made: Vec<(&str, &str, &str)> = werkbladen_of(&ws, "bk-start")
        .into_iter()
        .map(|w| (w.id.as_str(), w.template.as_str(), w.title.as_str()))
        .collect();
    assert_eq!(
        made,
        [
            ("wb-a", "waarom", "Waarom samenwerken?"),
            (
                "wb-b",
                "waar-over-hebben",
                "Waar moeten we het over hebben?"
            ),
            (
                "wb-c",
                "wat-helpt",
                "Wat helpt om tot duurzame samenwerking te komen?"
            ),
            ("wb-d", "in-de-praktijk", "Samenwerken in de praktijk"),
            (
                "wb-e",
                "startvragen",
                "Startvragen voor duurzame samenwerking"
            ),
        ]
    );
    for w in werkbladen_of(&ws, "bk-start") {
        assert!(w.answers.is_empty() && w.rows.is_empty());
        assert_eq!((w.created_ms, w.updated_ms), (T0 + 5, T0 + 5));
    }
    assert_eq!(sw(&ws).updated_ms, T0 + 5);
    // What was made is a valid samenwerking (as a file would be read).
    assert_eq!(validate::samenwerking(sw(&ws)).as_ref(), Ok(sw(&ws)));
    // A second startbijeenkomst with other ids is another set.
    let more = ["wb-f", "wb-g", "wb-h", "wb-i", "wb-j"];
    ws.apply(start_cmd("bk-start-2", &more), T0 + 6).unwrap();
    assert_eq!(werkbladen_of(&ws, "bk-start-2").len(), 5);
    assert_eq!(sw(&ws).werkbladen.len(), 10);
}

#[test]
fn undo_takes_back_the_meeting_and_its_werkbladen_in_one_step() {
    let mut ws = ws();
    let before = ws.clone();
    let mut h = History::default();
    session::apply(&mut ws, &mut h, start_cmd("bk-start", &IDS), T0 + 5, None).unwrap();
    assert_eq!(sw(&ws).werkbladen.len(), 5);
    h.undo(&mut ws);
    assert_eq!(ws, before);
    h.redo(&mut ws);
    assert_eq!(bk(&ws, "bk-start").programma.len(), 8);
    assert_eq!(werkbladen_of(&ws, "bk-start").len(), 5);
}

#[test]
fn a_refused_startbijeenkomst_changes_nothing() {
    let mut ws = ws();
    let mut unknown = start_cmd("bk-x", &IDS);
    if let Command::PlanFromProgramma { programma, .. } = &mut unknown {
        *programma = "bestaat-niet".into();
    }
    refused(&mut ws, unknown, T0, DomainError::NotFound);
    // One id per werkblad of the programme, each a valid id, none twice.
    refused(
        &mut ws,
        start_cmd("bk-x", &IDS[..4]),
        T0,
        DomainError::BadId,
    );
    refused(
        &mut ws,
        start_cmd("bk-x", &["wb-a", "wb-b", "wb-c", "wb-d", "wb-e", "wb-f"]),
        T0,
        DomainError::BadId,
    );
    refused(
        &mut ws,
        start_cmd("bk-x", &["wb-a", "wb-b", "WB", "wb-d", "wb-e"]),
        T0,
        DomainError::BadId,
    );
    refused(
        &mut ws,
        start_cmd("bk-x", &["wb-a", "wb-b", "wb-a", "wb-d", "wb-e"]),
        T0,
        DomainError::DuplicateId,
    );
    refused(&mut ws, start_cmd("Bk", &IDS), T0, DomainError::BadId);
    let mut bad_date = start_cmd("bk-x", &IDS);
    if let Command::PlanFromProgramma { date, .. } = &mut bad_date {
        *date = "2026-02-30".into();
    }
    refused(&mut ws, bad_date, T0, DomainError::BadDate);
    let mut elsewhere = start_cmd("bk-x", &IDS);
    if let Command::PlanFromProgramma { samenwerking, .. } = &mut elsewhere {
        *samenwerking = "sw-niet".into();
    }
    refused(&mut ws, elsewhere, T0, DomainError::NotFound);

    // A werkblad id or meeting id that is taken.
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Create {
                id: "wb-c".into(),
                template: "eisenhower".into(),
                title: "Eisenhower".into(),
            },
        },
        T0,
    )
    .unwrap();
    refused(
        &mut ws,
        start_cmd("bk-x", &IDS),
        T0,
        DomainError::DuplicateId,
    );
    plan(&mut ws, "bk-x", Vorm::Bob, "", T0);
    let free = ["wb-1", "wb-2", "wb-3", "wb-4", "wb-5"];
    refused(
        &mut ws,
        start_cmd("bk-x", &free),
        T0,
        DomainError::DuplicateId,
    );

    // Room for fewer than five more werkbladen.
    for n in 1..=(werkblad::MAX_WERKBLADEN - 4) {
        ws.apply(
            Command::Werkblad {
                samenwerking: SW.into(),
                change: WerkbladChange::Create {
                    id: format!("wb-vol-{n}"),
                    template: "eisenhower".into(),
                    title: "Eisenhower".into(),
                },
            },
            T0,
        )
        .unwrap();
    }
    refused(
        &mut ws,
        start_cmd("bk-y", &free),
        T0,
        DomainError::TooManyWerkbladen {
            max: werkblad::MAX_WERKBLADEN,
        },
    );
}

#[test]
fn deleting_a_werkblad_of_the_programme_keeps_the_step_without_its_link() {
    let mut ws = ws();
    ws.apply(start_cmd("bk-start", &IDS), T0).unwrap();
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Delete {
                werkblad: "wb-c".into(),
            },
        },
        T0 + 1,
    )
    .unwrap();
    let b = bk(&ws, "bk-start");
    assert_eq!(b.programma.len(), 8);
    assert_eq!(b.programma[4].id, "wat-helpt");
    assert_eq!(b.programma[4].werkblad, None);
    assert_eq!(b.programma[5].werkblad.as_deref(), Some("wb-d"));
    // Deleting the meeting unlinks its werkbladen; they stay.
    ws.apply(
        Command::DeleteBijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: "bk-start".into(),
        },
        T0 + 2,
    )
    .unwrap();
    assert_eq!(sw(&ws).werkbladen.len(), 4);
    assert!(sw(&ws).werkbladen.iter().all(|w| w.bijeenkomst.is_none()));
}

#[test]
fn the_programme_is_validated_like_every_field() {
    let mut ws = ws();
    ws.apply(start_cmd("bk-start", &IDS), T0).unwrap();
    let good = bk(&ws, "bk-start").clone();
    let with = |f: &dyn Fn(&mut Bijeenkomst)| {
        let mut b = good.clone();
        f(&mut b);
        validate::bijeenkomst(&b)
    };
    assert_eq!(with(&|_| {}), Ok(good.clone()));
    // Titles are trimmed; a step without werkblad or minutes is fine.
    let trimmed = with(&|b| b.programma[0].title = "  Welkom  ".into()).unwrap();
    assert_eq!(trimmed.programma[0].title, "Welkom");
    assert!(with(&|b| {
        b.programma[0].minutes = 0;
        b.programma[1].werkblad = None;
    })
    .is_ok());
    // A werkblad link is only checked to be an id (a deleted one shows without a link).
    assert!(with(&|b| b.programma[1].werkblad = Some("wb-weg".into())).is_ok());
    assert_eq!(
        with(&|b| b.programma[1].werkblad = Some("WB A".into())),
        Err(DomainError::BadId)
    );
    assert_eq!(
        with(&|b| b.programma[1].id = "welkom".into()),
        Err(DomainError::DuplicateId)
    );
    assert_eq!(
        with(&|b| b.programma[1].id = "".into()),
        Err(DomainError::BadId)
    );
    assert_eq!(
        with(&|b| b.programma[1].title = " ".into()),
        Err(DomainError::Empty(Field::Programma))
    );
    assert!(matches!(
        with(&|b| b.programma[1].title = "x".repeat(121)),
        Err(DomainError::TooLong {
            field: Field::Programma,
            ..
        })
    ));
    assert!(with(&|b| b.programma[1].title = "<b>vet</b>".into()).is_err());
    assert!(with(&|b| b.programma[1].title = "twee\nregels".into()).is_err());
    assert_eq!(
        with(&|b| b.programma[1].minutes = 481),
        Err(DomainError::Minutes { max: 480 })
    );
    assert_eq!(
        with(&|b| {
            b.programma = (0..=50)
                .map(|n| ProgrammaOnderdeel {
                    id: format!("s-{n}"),
                    title: "Stap".into(),
                    minutes: 1,
                    werkblad: None,
                })
                .collect()
        }),
        Err(DomainError::TooManyOnderdelen { max: 50 })
    );
    // The Dutch messages.
    let texts = t();
    assert_eq!(
        texts.domain_error(&DomainError::TooManyOnderdelen { max: 50 }),
        "Een programma kan maximaal 50 onderdelen hebben."
    );
    assert!(texts
        .domain_error(&DomainError::Empty(Field::Programma))
        .contains("het programmaonderdeel"));
}

#[test]
fn the_programme_survives_a_file_and_older_files_have_none() {
    let mut ws = ws();
    ws.apply(start_cmd("bk-start", &IDS), T0).unwrap();
    let s = sw(&ws).clone();
    let text = file::export(&s, T0);
    assert_eq!(file::import(&text), Ok(s.clone()));
    // Without the field (a file from before), a meeting has no programme.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    for b in value["samenwerking"]["bijeenkomsten"]
        .as_array_mut()
        .unwrap()
    {
        b.as_object_mut().unwrap().remove("programma");
    }
    let read = file::import(&value.to_string()).unwrap();
    assert!(read.bijeenkomsten[0].programma.is_empty());
}

#[test]
fn the_verslag_lists_the_programme_with_its_werkbladen() {
    let mut ws = ws();
    ws.apply(start_cmd("bk-start", &IDS), T0).unwrap();
    let s = sw(&ws).clone();
    let md = vitaal_core::report::verslag_markdown(t(), &s, bk(&ws, "bk-start"));
    let expected = "## Programma\n\n\
        1. Welkom en introductie (10 minuten)\n\
        2. Waarom zou je eigenlijk willen samenwerken? Het 5S-model en de motieven (20 minuten), werkblad “Waarom samenwerken?”\n\
        3. Waar moeten we het over hebben? (20 minuten), werkblad “Waar moeten we het over hebben?”\n\
        4. De ingrediënten voor duurzame samenwerking: het Gespreksmodel (15 minuten)\n\
        5. Wat helpt om tot duurzame samenwerking te komen? (20 minuten), werkblad “Wat helpt om tot duurzame samenwerking te komen?”\n\
        6. Samenwerken in de praktijk (20 minuten), werkblad “Samenwerken in de praktijk”\n\
        7. Drie soorten gesprekken: BOB en BARB (10 minuten)\n\
        8. Startvragen voor duurzame samenwerking (20 minuten), werkblad “Startvragen voor duurzame samenwerking”\n\
        \n\
        In totaal 135 minuten.\n\n\
        ## Agenda\n";
    assert!(md.contains(expected), "{md}");
    // An answer in a new werkblad is in the verslag.
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Set {
                werkblad: "wb-c".into(),
                key: "wat-helpt.killers".into(),
                value: "Verborgen agenda's".into(),
            },
        },
        T0 + 1,
    )
    .unwrap();
    let md = vitaal_core::report::verslag_markdown(t(), sw(&ws), bk(&ws, "bk-start"));
    assert!(
        md.contains("### Wat helpt, wat niet?\n\n- **Wat zijn ‘killers’?** Verborgen agenda's\n"),
        "{md}"
    );
    // A deleted werkblad: the step stays, without it.
    let regels = vitaal_core::report::programma_regels(sw(&ws), bk(&ws, "bk-start"));
    assert_eq!(
        regels[4].werkblad,
        Some((
            "wb-c".to_string(),
            "Wat helpt om tot duurzame samenwerking te komen?".to_string()
        ))
    );
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Delete {
                werkblad: "wb-d".into(),
            },
        },
        T0 + 2,
    )
    .unwrap();
    let md = vitaal_core::report::verslag_markdown(t(), sw(&ws), bk(&ws, "bk-start"));
    assert!(
        md.contains("6. Samenwerken in de praktijk (20 minuten)\n"),
        "{md}"
    );
    // A meeting without a programme has no such section.
    plan(&mut ws, "bk-leeg", Vorm::Bob, "", T0);
    let md = vitaal_core::report::verslag_markdown(t(), sw(&ws), bk(&ws, "bk-leeg"));
    assert!(!md.contains("## Programma"), "{md}");
}
