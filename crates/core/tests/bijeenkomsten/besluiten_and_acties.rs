use super::*;

// ---------------------------------------------------------------- 6. besluiten and acties

fn actie(id: &str, wat: &str, status: ActieStatus, bijeenkomst: &str) -> Actie {
    Actie {
        id: id.into(),
        wat: wat.into(),
        wie: "Anna".into(),
        wanneer: "2026-10-01".into(),
        status,
        ingredient: None,
        bijeenkomst: bijeenkomst.into(),
    }
}

fn actie_cmd(change: ActieChange) -> Command {
    Command::Actie {
        samenwerking: SW.into(),
        change,
    }
}

fn ids(list: &[&Actie]) -> Vec<String> {
    list.iter().map(|a| a.id.clone()).collect()
}

#[test]
fn besluiten_are_added_updated_and_removed() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "  Elke maand overleg ", Some(OPENHEID))),
        3_000,
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-2", "Anna trekt", None)),
        3_000,
    );
    let list = &bk(&w, "b-1").besluiten;
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0],
        besluit("bs-1", "Elke maand overleg", Some(OPENHEID))
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::UpdateBesluit(besluit("bs-2", "Bert trekt", Some(TIJD))),
        4_000,
    );
    assert_eq!(
        bk(&w, "b-1").besluiten[1],
        besluit("bs-2", "Bert trekt", Some(TIJD))
    );
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::RemoveBesluit("bs-1".into()),
        5_000,
    );
    let list = &bk(&w, "b-1").besluiten;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, "bs-2");
    assert_eq!(bk(&w, "b-1").updated_ms, 5_000);
}

#[test]
fn bad_besluiten_are_refused() {
    let mut w = planned(Vorm::Bob);
    ok(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "Eerste", None)),
        3_000,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-1", "Ander", None)),
        4_000,
        DomainError::DuplicateId,
    );
    for empty in ["", "   \n "] {
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::AddBesluit(besluit("bs-2", empty, None)),
            4_000,
            DomainError::Empty(Field::Besluit),
        );
        refuse(
            &mut w,
            "b-1",
            BijeenkomstChange::UpdateBesluit(besluit("bs-1", empty, None)),
            4_000,
            DomainError::Empty(Field::Besluit),
        );
    }
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("bs-2", "x", Some("bestaat-niet"))),
        4_000,
        DomainError::UnknownIngredient,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::AddBesluit(besluit("BS 2", "x", None)),
        4_000,
        DomainError::BadId,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::UpdateBesluit(besluit("bs-9", "x", None)),
        4_000,
        DomainError::NotFound,
    );
    refuse(
        &mut w,
        "b-1",
        BijeenkomstChange::RemoveBesluit("bs-9".into()),
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn acties_are_added_updated_and_removed() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(Actie {
            wat: "  Zaal regelen ".into(),
            wie: " Bert ".into(),
            ingredient: Some(TIJD.into()),
            ..actie("a-1", "", ActieStatus::Open, "b-1")
        })),
        3_000,
    )
    .unwrap();
    let a = &sw(&w).acties[0];
    assert_eq!((a.wat.as_str(), a.wie.as_str()), ("Zaal regelen", "Bert"));
    assert_eq!(a.ingredient.as_deref(), Some(TIJD));
    assert_eq!(sw(&w).updated_ms, 3_000);

    let updated = Actie {
        status: ActieStatus::Bezig,
        ..sw(&w).acties[0].clone()
    };
    w.apply(actie_cmd(ActieChange::Update(updated.clone())), 4_000)
        .unwrap();
    assert_eq!(sw(&w).acties[0], updated);
    assert_eq!(sw(&w).updated_ms, 4_000);
    // The same actie again is not a change.
    w.apply(actie_cmd(ActieChange::Update(updated)), 5_000)
        .unwrap();
    assert_eq!(sw(&w).updated_ms, 4_000);

    w.apply(actie_cmd(ActieChange::Remove("a-1".into())), 6_000)
        .unwrap();
    assert!(sw(&w).acties.is_empty());
    assert_eq!(sw(&w).updated_ms, 6_000);
}

#[test]
fn bad_acties_are_refused() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-1",
        ))),
        3_000,
    )
    .unwrap();
    let cases = [
        (
            ActieChange::Add(actie("a-1", "Nog een", ActieStatus::Open, "b-1")),
            DomainError::DuplicateId,
        ),
        (
            ActieChange::Add(actie("a-2", "  ", ActieStatus::Open, "b-1")),
            DomainError::ActieWithoutWat,
        ),
        (
            ActieChange::Update(actie("a-1", "", ActieStatus::Klaar, "b-1")),
            DomainError::ActieWithoutWat,
        ),
        (
            ActieChange::Add(actie("a-2", "Flyer", ActieStatus::Open, "b-9")),
            DomainError::NotFound,
        ),
        (
            ActieChange::Add(Actie {
                ingredient: Some("bestaat-niet".into()),
                ..actie("a-2", "Flyer", ActieStatus::Open, "b-1")
            }),
            DomainError::UnknownIngredient,
        ),
        (
            ActieChange::Add(Actie {
                wie: "<b>Anna</b>".into(),
                ..actie("a-2", "Flyer", ActieStatus::Open, "b-1")
            }),
            DomainError::Markup(Field::ActieWie),
        ),
        (
            ActieChange::Update(actie("a-9", "Flyer", ActieStatus::Open, "b-1")),
            DomainError::NotFound,
        ),
        (ActieChange::Remove("a-9".into()), DomainError::NotFound),
    ];
    for (change, expected) in cases {
        refused(&mut w, actie_cmd(change), 4_000, expected);
    }
    refused(
        &mut w,
        Command::Actie {
            samenwerking: "sw-x".into(),
            change: ActieChange::Add(actie("a-2", "Flyer", ActieStatus::Open, "b-1")),
        },
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn an_actie_cannot_be_moved_to_an_unknown_bijeenkomst() {
    let mut w = planned(Vorm::Bob);
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-1",
        ))),
        3_000,
    )
    .unwrap();
    refused(
        &mut w,
        actie_cmd(ActieChange::Update(actie(
            "a-1",
            "Zaal",
            ActieStatus::Open,
            "b-9",
        ))),
        4_000,
        DomainError::NotFound,
    );
}

#[test]
fn open_acties_list_open_and_bezig_in_agreed_order_and_carry_over() {
    let mut w = planned(Vorm::Bob);
    ok(&mut w, "b-1", BijeenkomstChange::Start, 10_000);
    for (id, status) in [
        ("a-3", ActieStatus::Bezig),
        ("a-1", ActieStatus::Klaar),
        ("a-2", ActieStatus::Open),
        ("a-4", ActieStatus::Open),
    ] {
        w.apply(
            actie_cmd(ActieChange::Add(actie(id, "Iets", status, "b-1"))),
            11_000,
        )
        .unwrap();
    }
    ok(&mut w, "b-1", BijeenkomstChange::Finish, 12_000);
    plan(&mut w, "b-2", Vorm::Barb, "2026-10-15", 13_000);
    assert_eq!(ids(&sw(&w).open_acties()), strings(&["a-3", "a-2", "a-4"]));

    // Done in meeting 2: it drops off; a new one from meeting 2 comes after the old ones.
    w.apply(
        actie_cmd(ActieChange::Update(actie(
            "a-2",
            "Iets",
            ActieStatus::Klaar,
            "b-1",
        ))),
        14_000,
    )
    .unwrap();
    w.apply(
        actie_cmd(ActieChange::Add(actie(
            "a-5",
            "Nieuw",
            ActieStatus::Open,
            "b-2",
        ))),
        14_000,
    )
    .unwrap();
    assert_eq!(ids(&sw(&w).open_acties()), strings(&["a-3", "a-4", "a-5"]));
}

#[test]
fn acties_stop_at_the_maximum() {
    let mut w = planned(Vorm::Bob);
    let max = validate::MAX_ACTIES;
    for n in 0..max {
        w.apply(
            actie_cmd(ActieChange::Add(actie(
                &format!("a-{n}"),
                "x",
                ActieStatus::Klaar,
                "b-1",
            ))),
            3_000,
        )
        .unwrap();
    }
    refused(
        &mut w,
        actie_cmd(ActieChange::Add(actie(
            "a-extra",
            "x",
            ActieStatus::Open,
            "b-1",
        ))),
        4_000,
        DomainError::TooManyActies { max },
    );
    assert_eq!(sw(&w).acties.len(), 2_000);
    assert!(sw(&w).open_acties().is_empty());
}
