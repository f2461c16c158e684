use super::*;

#[test]
fn a_goal_with_indicators_and_metingen_is_built_up_and_changed() {
    let mut ws = with_goal();
    let d = &sw(&ws).doelen[0];
    assert_eq!(d.text, "De stem van ouderen is leidend");
    assert_eq!((d.created_ms, d.updated_ms), (2, 4));
    let i = &d.indicatoren[0];
    assert_eq!(i.metingen.len(), 2);
    // "3,5" typed with a comma is 3.5 exactly.
    assert_eq!(i.metingen[1].value, Getal(350));
    assert_eq!(sw(&ws).updated_ms, 4);

    // Changing an indicator keeps its metingen.
    let mut changed = indicator("i1", Schaal::Schaal15, Some("2"), Some("5"));
    changed.name = "Ouderen voelen zich gehoord".into();
    change(
        &mut ws,
        MonitoringChange::UpdateIndicator { indicator: changed },
        6,
    )
    .unwrap();
    let i = &sw(&ws).doelen[0].indicatoren[0];
    assert_eq!(
        (i.name.as_str(), i.target),
        ("Ouderen voelen zich gehoord", Some(Getal(500)))
    );
    assert_eq!(i.metingen.len(), 2);

    change(
        &mut ws,
        MonitoringChange::UpdateMeting {
            indicator: "i1".into(),
            meting: meting("m2", "2026-09-02", "4"),
        },
        7,
    )
    .unwrap();
    assert_eq!(
        sw(&ws).doelen[0].indicatoren[0].metingen[1].value,
        Getal(400)
    );
    change(
        &mut ws,
        MonitoringChange::DeleteMeting {
            indicator: "i1".into(),
            meting: "m1".into(),
        },
        8,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].indicatoren[0].metingen.len(), 1);
    change(
        &mut ws,
        MonitoringChange::UpdateDoel {
            doel: "d1".into(),
            text: "  Ouderen praten mee  ".into(),
        },
        9,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].text, "Ouderen praten mee");
    // Nothing changed: no new time.
    change(
        &mut ws,
        MonitoringChange::UpdateDoel {
            doel: "d1".into(),
            text: "Ouderen praten mee".into(),
        },
        10,
    )
    .unwrap();
    assert_eq!(sw(&ws).updated_ms, 9);
}

#[test]
fn values_must_fit_the_scale_and_nothing_changes_on_error() {
    let base = with_goal();
    // A 1–5 scale at its edges.
    for (value, ok) in [("0,99", false), ("1", true), ("5", true), ("5,01", false)] {
        let mut ws = base.clone();
        let r = change(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: meting("m9", "2026-10-01", value),
            },
            11,
        );
        assert_eq!(r.is_ok(), ok, "{value}");
        if !ok {
            assert_eq!(r, Err(DomainError::BadValue));
            assert_eq!(ws, base, "nothing changed");
        }
    }
    // Baseline and target fit the scale too.
    for (scale, baseline, target) in [
        (Schaal::Percentage, Some("101"), None),
        (Schaal::Percentage, None, Some("-1")),
        (Schaal::Aantal, Some("-1"), None),
        (Schaal::Schaal15, None, Some("0")),
    ] {
        let mut ws = base.clone();
        let new = indicator("i2", scale, baseline, target);
        assert_eq!(
            change(
                &mut ws,
                MonitoringChange::AddIndicator {
                    doel: "d1".into(),
                    indicator: new
                },
                12
            ),
            Err(DomainError::BadValue),
            "{scale:?}"
        );
    }
    let mut ws = base.clone();
    let vrij = indicator("i2", Schaal::Vrij, Some("-7,25"), Some("1000000"));
    change(
        &mut ws,
        MonitoringChange::AddIndicator {
            doel: "d1".into(),
            indicator: vrij,
        },
        12,
    )
    .unwrap();
    // A new scale must fit the metingen there: 2 and 3.5 are a percentage, not below 0.
    let mut ws = base.clone();
    let pct = indicator("i1", Schaal::Percentage, None, None);
    change(
        &mut ws,
        MonitoringChange::UpdateIndicator { indicator: pct },
        13,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].indicatoren[0].metingen.len(), 2);
    change(
        &mut ws,
        MonitoringChange::UpdateIndicator {
            indicator: indicator("i1", Schaal::Vrij, None, None),
        },
        14,
    )
    .unwrap();
    change(
        &mut ws,
        MonitoringChange::AddMeting {
            indicator: "i1".into(),
            meting: meting("m3", "2026-10-01", "-1"),
        },
        15,
    )
    .unwrap();
    let before = ws.clone();
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::UpdateIndicator {
                indicator: indicator("i1", Schaal::Aantal, None, None)
            },
            16
        ),
        Err(DomainError::BadValue)
    );
    assert_eq!(ws, before, "nothing changed");
}

#[test]
fn texts_ids_dates_and_counts_are_checked() {
    let mut ws = with_goal();
    let before = ws.clone();
    let refused = |ws: &mut Workspace, c: MonitoringChange| change(ws, c, 20).unwrap_err();
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "d2".into(),
                text: "  ".into(),
                bron: None
            }
        ),
        DomainError::Empty(Field::Doel)
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "d2".into(),
                text: "<b>x</b>".into(),
                bron: None
            }
        ),
        DomainError::Markup(Field::Doel)
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "D 2".into(),
                text: "x".into(),
                bron: None
            }
        ),
        DomainError::BadId
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "d1".into(),
                text: "x".into(),
                bron: None
            }
        ),
        DomainError::DuplicateId
    );
    // Indicator ids are unique across doelen.
    change(
        &mut ws,
        MonitoringChange::CreateDoel {
            id: "d2".into(),
            text: "Tweede".into(),
            bron: None,
        },
        20,
    )
    .unwrap();
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddIndicator {
                doel: "d2".into(),
                indicator: indicator("i1", Schaal::Aantal, None, None)
            }
        ),
        DomainError::DuplicateId
    );
    let mut nameless = indicator("i9", Schaal::Aantal, None, None);
    nameless.name = " ".into();
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddIndicator {
                doel: "d2".into(),
                indicator: nameless
            }
        ),
        DomainError::Empty(Field::IndicatorNaam)
    );
    let mut with_metingen = indicator("i9", Schaal::Aantal, None, None);
    with_metingen.metingen.push(meting("m", "2026-01-01", "1"));
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddIndicator {
                doel: "d2".into(),
                indicator: with_metingen
            }
        ),
        DomainError::BadValue
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: meting("m3", "", "3")
            }
        ),
        DomainError::BadDate
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: meting("m3", "2026-02-30", "3")
            }
        ),
        DomainError::BadDate
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: meting("m1", "2026-02-03", "3")
            }
        ),
        DomainError::DuplicateId
    );
    assert_eq!(
        refused(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "weg".into(),
                meting: meting("m3", "2026-02-03", "3")
            }
        ),
        DomainError::NotFound
    );
    let long = "x".repeat(validate::MAX_NAME_CHARS + 1);
    let mut m = meting("m3", "2026-02-03", "3");
    m.source = long;
    assert!(matches!(
        refused(
            &mut ws,
            MonitoringChange::AddMeting {
                indicator: "i1".into(),
                meting: m
            }
        ),
        DomainError::TooLong {
            field: Field::Meting,
            ..
        }
    ));
    let mut empty = entry("l1");
    empty.tried.clear();
    empty.learned = " ".into();
    assert_eq!(
        refused(&mut ws, MonitoringChange::AddLeerlog { entry: empty }),
        DomainError::EmptyEntry
    );
    let _ = before;

    // At most MAX_DOELEN doelen.
    let mut ws = super::ws();
    for n in 0..MAX_DOELEN {
        change(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: format!("d{n}"),
                text: "Doel".into(),
                bron: None,
            },
            2,
        )
        .unwrap();
    }
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "dx".into(),
                text: "Doel".into(),
                bron: None
            },
            2
        ),
        Err(DomainError::TooManyDoelen { max: MAX_DOELEN })
    );
    for n in 0..MAX_INDICATOREN {
        change(
            &mut ws,
            MonitoringChange::AddIndicator {
                doel: "d0".into(),
                indicator: indicator(&format!("i{n}"), Schaal::Aantal, None, None),
            },
            2,
        )
        .unwrap();
    }
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::AddIndicator {
                doel: "d0".into(),
                indicator: indicator("ix", Schaal::Aantal, None, None)
            },
            2
        ),
        Err(DomainError::TooManyIndicatoren {
            max: MAX_INDICATOREN
        })
    );
}

#[test]
fn partners_joined_and_left_are_dates_in_order() {
    let mut ws = ws();
    let mut p = command::partner("p1", "Anna", "", PartnerKind::Formeel, Ring::Kerngroep);
    p.joined = "2026-01-15".into();
    ws.apply(
        Command::AddPartner {
            samenwerking: SW.into(),
            partner: p.clone(),
        },
        2,
    )
    .unwrap();
    p.left = "2026-10-31".into();
    ws.apply(
        Command::UpdatePartner {
            samenwerking: SW.into(),
            partner: p.clone(),
        },
        3,
    )
    .unwrap();
    assert_eq!(sw(&ws).partners[0].left, "2026-10-31");
    p.left = "2025-12-31".into();
    assert_eq!(
        ws.apply(
            Command::UpdatePartner {
                samenwerking: SW.into(),
                partner: p.clone()
            },
            4
        ),
        Err(DomainError::BadDate)
    );
    p.left = "31-10-2026".into();
    assert_eq!(
        ws.apply(
            Command::UpdatePartner {
                samenwerking: SW.into(),
                partner: p
            },
            4
        ),
        Err(DomainError::BadDate)
    );
    // New partners start without dates.
    let q = command::partner("p2", "Bert", "", PartnerKind::Formeel, Ring::Kerngroep);
    assert!(q.joined.is_empty() && q.left.is_empty());
}

#[test]
fn leerlog_links_must_exist_and_are_cleared_when_their_target_goes() {
    let mut ws = with_goal();
    plan(&mut ws, "bk-1");
    werkblad(&mut ws, "wb-exp", "experiment");
    let mut e = entry("l1");
    e.werkblad = Some("wb-weg".into());
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::AddLeerlog { entry: e.clone() },
            6
        ),
        Err(DomainError::NotFound)
    );
    e.werkblad = Some("wb-exp".into());
    e.bijeenkomst = Some("bk-1".into());
    e.indicator = Some("i1".into());
    change(
        &mut ws,
        MonitoringChange::AddLeerlog { entry: e.clone() },
        6,
    )
    .unwrap();
    let stored = &sw(&ws).leerlog[0];
    assert_eq!((stored.created_ms, stored.updated_ms), (6, 6));
    assert_eq!(stored.werkblad.as_deref(), Some("wb-exp"));

    // Updating keeps the creation time.
    let mut e2 = e.clone();
    e2.changes = "Vervoer regelen".into();
    change(&mut ws, MonitoringChange::UpdateLeerlog { entry: e2 }, 7).unwrap();
    let stored = &sw(&ws).leerlog[0];
    assert_eq!((stored.created_ms, stored.updated_ms), (6, 7));
    assert_eq!(stored.changes, "Vervoer regelen");

    // Deleting what an entry links to clears the link; the entry stays.
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Delete {
                werkblad: "wb-exp".into(),
            },
        },
        8,
    )
    .unwrap();
    ws.apply(
        Command::DeleteBijeenkomst {
            samenwerking: SW.into(),
            bijeenkomst: "bk-1".into(),
        },
        9,
    )
    .unwrap();
    change(
        &mut ws,
        MonitoringChange::DeleteIndicator {
            indicator: "i1".into(),
        },
        10,
    )
    .unwrap();
    let stored = &sw(&ws).leerlog[0];
    assert_eq!(
        (
            stored.werkblad.as_ref(),
            stored.bijeenkomst.as_ref(),
            stored.indicator.as_ref()
        ),
        (None, None, None)
    );
    assert!(sw(&ws).doelen[0].indicatoren.is_empty());
    // What is left is a valid samenwerking (as a file would be).
    assert_eq!(validate::samenwerking(sw(&ws)).as_ref(), Ok(sw(&ws)));

    // Deleting a doel clears links to its indicatoren.
    let mut ws = with_goal();
    let mut e = entry("l1");
    e.indicator = Some("i1".into());
    change(&mut ws, MonitoringChange::AddLeerlog { entry: e }, 6).unwrap();
    change(
        &mut ws,
        MonitoringChange::DeleteDoel { doel: "d1".into() },
        7,
    )
    .unwrap();
    assert!(sw(&ws).doelen.is_empty());
    assert_eq!(sw(&ws).leerlog[0].indicator, None);
    change(
        &mut ws,
        MonitoringChange::DeleteLeerlog { entry: "l1".into() },
        8,
    )
    .unwrap();
    assert!(sw(&ws).leerlog.is_empty());
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::DeleteLeerlog { entry: "l1".into() },
            8
        ),
        Err(DomainError::NotFound)
    );
}

#[test]
fn a_doel_taken_from_the_visievierluik_keeps_its_source_until_the_werkblad_goes() {
    let mut ws = ws();
    werkblad(&mut ws, "wb-vier", "visievierluik");
    let bron = Bron {
        werkblad: "wb-vier".into(),
        key: "vierluik.waarvoor-gaan".into(),
    };
    change(
        &mut ws,
        MonitoringChange::CreateDoel {
            id: "d1".into(),
            text: "Elke oudere kent een aanspreekpunt".into(),
            bron: Some(bron.clone()),
        },
        6,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].bron.as_ref(), Some(&bron));
    let bad = Bron {
        werkblad: "wb-weg".into(),
        ..bron.clone()
    };
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "d2".into(),
                text: "x".into(),
                bron: Some(bad)
            },
            6
        ),
        Err(DomainError::NotFound)
    );
    let bad = Bron {
        key: "geen sleutel".into(),
        ..bron
    };
    assert_eq!(
        change(
            &mut ws,
            MonitoringChange::CreateDoel {
                id: "d2".into(),
                text: "x".into(),
                bron: Some(bad)
            },
            6
        ),
        Err(DomainError::BadAnswer)
    );
    ws.apply(
        Command::Werkblad {
            samenwerking: SW.into(),
            change: WerkbladChange::Delete {
                werkblad: "wb-vier".into(),
            },
        },
        7,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].bron, None);
    assert_eq!(sw(&ws).doelen[0].text, "Elke oudere kent een aanspreekpunt");
}

#[test]
fn undo_and_redo_take_back_monitoring_changes() {
    let mut ws = ws();
    let mut history = History::default();
    apply_with_history(
        &mut ws,
        &mut history,
        MonitoringChange::CreateDoel {
            id: "d1".into(),
            text: "Doel".into(),
            bron: None,
        },
        10,
    )
    .unwrap();
    apply_with_history(
        &mut ws,
        &mut history,
        MonitoringChange::AddIndicator {
            doel: "d1".into(),
            indicator: indicator("i1", Schaal::Aantal, None, None),
        },
        5_000,
    )
    .unwrap();
    apply_with_history(
        &mut ws,
        &mut history,
        MonitoringChange::AddMeting {
            indicator: "i1".into(),
            meting: meting("m1", "2026-01-01", "3"),
        },
        10_000,
    )
    .unwrap();
    assert_eq!(sw(&ws).doelen[0].indicatoren[0].metingen.len(), 1);
    history.undo(&mut ws);
    assert!(sw(&ws).doelen[0].indicatoren[0].metingen.is_empty());
    history.undo(&mut ws);
    assert!(sw(&ws).doelen[0].indicatoren.is_empty());
    history.redo(&mut ws);
    assert_eq!(sw(&ws).doelen[0].indicatoren.len(), 1);
    // Typing in a doel's text is one undo step.
    for (n, text) in ["D", "Do", "Doe", "Doel!"].iter().enumerate() {
        apply_with_history(
            &mut ws,
            &mut history,
            MonitoringChange::UpdateDoel {
                doel: "d1".into(),
                text: (*text).into(),
            },
            20_000 + n as u64 * 100,
        )
        .unwrap();
    }
    assert_eq!(sw(&ws).doelen[0].text, "Doel!");
    history.undo(&mut ws);
    assert_eq!(sw(&ws).doelen[0].text, "Doel");
}

#[test]
fn a_participants_copy_carries_no_monitoring() {
    let mut ws = with_goal();
    ws.apply(
        Command::Scan {
            samenwerking: SW.into(),
            change: ScanChange::Create {
                id: "sc-1".into(),
                title: "Scan".into(),
            },
        },
        5,
    )
    .unwrap();
    change(
        &mut ws,
        MonitoringChange::AddLeerlog { entry: entry("l1") },
        6,
    )
    .unwrap();
    let copy = sw(&ws).participant_copy("sc-1").unwrap();
    assert!(copy.doelen.is_empty() && copy.leerlog.is_empty());
    assert_eq!(validate::samenwerking(&copy).as_ref(), Ok(&copy));
}
