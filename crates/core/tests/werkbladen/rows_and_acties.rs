use super::*;
use vitaal_core::domain::validate::{self, MAX_ACTIE_CHARS};
use vitaal_core::domain::werkblad::MAX_ROWS;

#[test]
fn rows_are_added_updated_and_removed() {
    let mut ws = workspace();
    wb(
        &mut ws,
        add_row("wb-e", "onderwerpen", "r-1", "  Vervoer regelen "),
        10,
    )
    .unwrap();
    assert_eq!(
        w(&ws, "wb-e").rows,
        [rij("r-1", "Vervoer regelen", false, false)]
    );
    assert_eq!((w(&ws, "wb-e").updated_ms, s(&ws).updated_ms), (10, 10));
    // An empty topic is fine while it is typed.
    wb(&mut ws, add_row("wb-e", "onderwerpen", "r-2", ""), 11).unwrap();

    wb(
        &mut ws,
        update_row("wb-e", rij("r-2", " Logo ", true, false)),
        20,
    )
    .unwrap();
    assert_eq!(w(&ws, "wb-e").rows[1], rij("r-2", "Logo", true, false));
    assert_eq!(s(&ws).updated_ms, 20);
    wb(
        &mut ws,
        update_row("wb-e", rij("r-2", "Logo", true, false)),
        30,
    )
    .unwrap();
    assert_eq!((w(&ws, "wb-e").updated_ms, s(&ws).updated_ms), (20, 20));

    wb(
        &mut ws,
        WerkbladChange::RemoveRow {
            werkblad: "wb-e".into(),
            row: "r-1".into(),
        },
        40,
    )
    .unwrap();
    assert_eq!(w(&ws, "wb-e").rows, [rij("r-2", "Logo", true, false)]);
    assert_eq!(s(&ws).updated_ms, 40);

    // Own spelregels are rows too.
    wb(&mut ws, create("wb-s", "spelregels", "Spelregels"), 50).unwrap();
    wb(
        &mut ws,
        add_row("wb-s", "spelregels", "r-1", "We bellen eerst."),
        51,
    )
    .unwrap();
    assert_eq!(w(&ws, "wb-s").rows[0].block, "spelregels");
}

#[test]
fn rows_are_refused_where_a_block_takes_none_and_when_they_break_a_rule() {
    let mut ws = workspace();
    wb(&mut ws, add_row("wb-e", "onderwerpen", "r-1", "Vervoer"), 5).unwrap();
    let cases = [
        (
            add_row("wb-w", "checklist", "r-2", "x"),
            DomainError::BadAnswer,
        ),
        (
            add_row("wb-v", "vierluik", "r-2", "x"),
            DomainError::BadAnswer,
        ),
        (
            add_row("wb-v", "ambitie", "r-2", "x"),
            DomainError::BadAnswer,
        ),
        (
            add_row("wb-e", "bestaat-niet", "r-2", "x"),
            DomainError::BadAnswer,
        ),
        (
            add_row("wb-e", "onderwerpen", "r-1", "x"),
            DomainError::DuplicateId,
        ),
        (
            add_row("wb-e", "onderwerpen", "R 2", "x"),
            DomainError::BadId,
        ),
        (
            add_row("wb-e", "onderwerpen", "r-2", "<b>x</b>"),
            DomainError::Markup(Field::Onderwerp),
        ),
        (
            add_row(
                "wb-e",
                "onderwerpen",
                "r-2",
                &"x".repeat(MAX_ACTIE_CHARS + 1),
            ),
            DomainError::TooLong {
                field: Field::Onderwerp,
                max: MAX_ACTIE_CHARS,
            },
        ),
        (
            add_row("wb-weg", "onderwerpen", "r-2", "x"),
            DomainError::NotFound,
        ),
        (
            update_row("wb-e", rij("r-9", "x", true, true)),
            DomainError::NotFound,
        ),
        (
            update_row(
                "wb-e",
                Rij {
                    block: "vierluik".into(),
                    ..rij("r-1", "x", true, true)
                },
            ),
            DomainError::BadAnswer,
        ),
        (
            update_row("wb-e", rij("r-1", "<script>", true, true)),
            DomainError::Markup(Field::Onderwerp),
        ),
        (
            WerkbladChange::RemoveRow {
                werkblad: "wb-e".into(),
                row: "r-9".into(),
            },
            DomainError::NotFound,
        ),
    ];
    for (change, error) in cases {
        refused(&mut ws, change, error);
    }
}

#[test]
fn at_most_max_rows() {
    let mut ws = workspace();
    for i in 0..MAX_ROWS {
        wb(
            &mut ws,
            add_row("wb-e", "onderwerpen", &format!("r-{i}"), "x"),
            5,
        )
        .unwrap();
    }
    refused(
        &mut ws,
        add_row("wb-e", "onderwerpen", "r-teveel", "x"),
        DomainError::TooManyRows { max: MAX_ROWS },
    );
}

#[test]
fn to_acties_puts_doen_then_plannen_on_the_actielijst_once() {
    let mut ws = workspace();
    refused(
        &mut ws,
        to_acties("wb-e", "bk-1"),
        DomainError::NothingForActies,
    );
    let topics = [
        ("r-1", "Logo", false, false),
        ("r-2", "Spelregels op papier", false, true),
        ("r-3", "Vrijwilligers werven", true, true),
        ("r-4", "Nieuwsbrief", true, false),
        ("r-5", "Huisartsen bellen", true, true),
    ];
    for (i, (id, text, urgent, belangrijk)) in topics.into_iter().enumerate() {
        wb(
            &mut ws,
            add_row("wb-e", "onderwerpen", id, text),
            10 + i as u64,
        )
        .unwrap();
        wb(
            &mut ws,
            update_row("wb-e", rij(id, text, urgent, belangrijk)),
            10 + i as u64,
        )
        .unwrap();
    }
    let rows_before = w(&ws, "wb-e").clone();
    wb(&mut ws, to_acties("wb-e", "bk-1"), 20).unwrap();
    assert_eq!(
        s(&ws).acties,
        [
            actie("wb-e-r-3", "Vrijwilligers werven", "bk-1"),
            actie("wb-e-r-5", "Huisartsen bellen", "bk-1"),
            actie("wb-e-r-2", "Spelregels op papier", "bk-1"),
        ]
    );
    assert_eq!(s(&ws).updated_ms, 20);
    assert_eq!(
        *w(&ws, "wb-e"),
        rows_before,
        "the werkblad itself is unchanged"
    );

    // Again: nothing new, nothing changes (also not an actie the group has edited since).
    ws.apply(
        Command::Actie {
            samenwerking: SW.into(),
            change: ActieChange::Update(Actie {
                wie: "Anna".into(),
                ..actie("wb-e-r-3", "Vrijwilligers werven", "bk-1")
            }),
        },
        21,
    )
    .unwrap();
    let before = ws.clone();
    wb(&mut ws, to_acties("wb-e", "bk-1"), 30).unwrap();
    assert_eq!(ws, before);

    // A new topic and one moved up to Doen: only those are added, Doen before Plannen.
    wb(
        &mut ws,
        add_row("wb-e", "onderwerpen", "r-6", "Vervoer"),
        40,
    )
    .unwrap();
    wb(
        &mut ws,
        update_row("wb-e", rij("r-6", "Vervoer", false, true)),
        41,
    )
    .unwrap();
    wb(
        &mut ws,
        update_row("wb-e", rij("r-1", "Logo", true, true)),
        42,
    )
    .unwrap();
    wb(&mut ws, to_acties("wb-e", "bk-1"), 50).unwrap();
    let ids: Vec<&str> = s(&ws).acties.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["wb-e-r-3", "wb-e-r-5", "wb-e-r-2", "wb-e-r-1", "wb-e-r-6"]
    );
    assert_eq!(s(&ws).acties[0].wie, "Anna");
    assert_eq!(s(&ws).updated_ms, 50);

    refused(&mut ws, to_acties("wb-e", "bk-weg"), DomainError::NotFound);
    refused(&mut ws, to_acties("wb-weg", "bk-1"), DomainError::NotFound);
}

#[test]
fn to_acties_needs_a_topic_on_the_agenda() {
    let mut ws = workspace();
    // Urgent but not important, or neither, or important without text: not for the actielijst.
    wb(
        &mut ws,
        add_row("wb-e", "onderwerpen", "r-1", "Nieuwsbrief"),
        5,
    )
    .unwrap();
    wb(
        &mut ws,
        update_row("wb-e", rij("r-1", "Nieuwsbrief", true, false)),
        6,
    )
    .unwrap();
    wb(&mut ws, add_row("wb-e", "onderwerpen", "r-2", "Logo"), 7).unwrap();
    wb(&mut ws, add_row("wb-e", "onderwerpen", "r-3", ""), 8).unwrap();
    wb(&mut ws, update_row("wb-e", rij("r-3", "", true, true)), 9).unwrap();
    refused(
        &mut ws,
        to_acties("wb-e", "bk-1"),
        DomainError::NothingForActies,
    );
    // A werkblad without an Eisenhower block has no actie-agenda at all.
    refused(&mut ws, to_acties("wb-v", "bk-1"), DomainError::BadAnswer);
}

#[test]
fn own_spelregels_are_no_topics_and_never_become_acties() {
    let mut ws = workspace();
    wb(&mut ws, create("wb-s", "spelregels", "Spelregels"), 5).unwrap();
    wb(
        &mut ws,
        add_row("wb-s", "spelregels", "r-1", "We beginnen op tijd"),
        6,
    )
    .unwrap();
    // Marks on a rule are dropped: a rule is neither urgent nor important.
    wb(
        &mut ws,
        update_row(
            "wb-s",
            Rij {
                block: "spelregels".into(),
                ..rij("r-1", "We beginnen op tijd", true, true)
            },
        ),
        7,
    )
    .unwrap();
    let row = w(&ws, "wb-s").row("r-1").unwrap().clone();
    assert!(!row.urgent && !row.belangrijk, "{row:?}");
    refused(
        &mut ws,
        WerkbladChange::ToActies {
            werkblad: "wb-s".into(),
            block: "spelregels".into(),
            bijeenkomst: "bk-1".into(),
        },
        DomainError::BadAnswer,
    );
}

#[test]
fn removing_a_partner_drops_their_answers_only() {
    let mut ws = workspace();
    // A partner whose id ends like Anna's must keep theirs.
    ws.apply(
        Command::AddPartner {
            samenwerking: SW.into(),
            partner: partner("xp-anna", "Xander"),
        },
        5,
    )
    .unwrap();
    wb(&mut ws, create("wb-k", "partnerkaart", "Kaart"), 5).unwrap();
    let answers = [
        ("wb-w", "checklist.noodzaak@p-anna", "nee"),
        (
            "wb-w",
            "checklist.noodzaak.toelichting@p-anna",
            "Geen tijd.",
        ),
        ("wb-w", "checklist.noodzaak@p-kbo", "ja"),
        ("wb-w", "checklist.noodzaak@xp-anna", "ja"),
        ("wb-k", "kaart.niveau@p-anna", "tactisch"),
        ("wb-k", "aanvullen.wie-ontbreekt", "De huisarts van p-anna"),
        ("wb-v", "vierluik.waartoe", "Ook voor @p-anna"),
    ];
    for (werkblad, key, value) in answers {
        wb(&mut ws, set(werkblad, key, value), 6).unwrap();
    }
    ws.apply(
        Command::RemovePartner {
            samenwerking: SW.into(),
            partner: "p-anna".into(),
        },
        10,
    )
    .unwrap();
    let keys = |id: &str| -> Vec<String> { w(&ws, id).answers.keys().cloned().collect() };
    assert_eq!(
        keys("wb-w"),
        ["checklist.noodzaak@p-kbo", "checklist.noodzaak@xp-anna"]
    );
    assert_eq!(keys("wb-k"), ["aanvullen.wie-ontbreekt"]);
    assert_eq!(keys("wb-v"), ["vierluik.waartoe"]);
    assert_eq!(s(&ws).updated_ms, 10);
    // What is left is still a valid samenwerking.
    assert_eq!(validate::samenwerking(s(&ws)).as_ref(), Ok(s(&ws)));
}

#[test]
fn deleting_a_bijeenkomst_unlinks_its_werkbladen() {
    let mut ws = workspace();
    ws.apply(
        Command::PlanBijeenkomst {
            samenwerking: SW.into(),
            id: "bk-2".into(),
            vorm: Vorm::Barb,
            date: String::new(),
        },
        5,
    )
    .unwrap();
    for (werkblad, bijeenkomst) in [("wb-w", "bk-1"), ("wb-v", "bk-1"), ("wb-e", "bk-2")] {
        wb(
            &mut ws,
            WerkbladChange::Link {
                werkblad: werkblad.into(),
                bijeenkomst: Some(bijeenkomst.into()),
            },
            6,
        )
        .unwrap();
    }
    ws.apply(
        Command::DeleteBijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: "bk-1".into(),
        },
        10,
    )
    .unwrap();
    let links: Vec<Option<&str>> = s(&ws)
        .werkbladen
        .iter()
        .map(|w| w.bijeenkomst.as_deref())
        .collect();
    assert_eq!(links, [None, None, Some("bk-2")]);
    assert_eq!(s(&ws).werkbladen.len(), 3, "the werkbladen stay");
    assert_eq!(validate::samenwerking(s(&ws)).as_ref(), Ok(s(&ws)));
}
