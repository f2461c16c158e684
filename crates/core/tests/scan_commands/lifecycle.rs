use super::*;
use vitaal_core::domain::bijeenkomst::Vorm;
use vitaal_core::domain::validate::{self, MAX_SCANS};

// ---- create, rename, reveal, delete ----

#[test]
fn create_makes_an_empty_hidden_scan_of_this_samenwerking() {
    let mut ws = ws();
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-1".into(),
            title: "  Startscan  ".into(),
        },
        2_000,
    )
    .unwrap();
    let scan = the_scan(&ws, "sc-1");
    assert_eq!(
        *scan,
        Scan::new("sc-1".into(), SW.into(), "Startscan".into(), 2_000)
    );
    assert!(!scan.revealed && scan.responses.is_empty() && scan.paper.is_empty());
    assert_eq!(sw(&ws).updated_ms, 2_000);
}

#[test]
fn create_refuses_bad_ids_and_titles_duplicates_and_too_many_scans() {
    let mut ws = with_scan("sc-1");
    let create = |id: &str, title: &str| {
        scan_command(ScanChange::Create {
            id: id.into(),
            title: title.into(),
        })
    };
    refused(&mut ws, create("Sc 2", "Twee"), DomainError::BadId);
    refused(
        &mut ws,
        create("sc-2", "   "),
        DomainError::Empty(Field::Name),
    );
    refused(
        &mut ws,
        create("sc-2", "<script>alert(1)</script>"),
        DomainError::Markup(Field::Name),
    );
    refused(
        &mut ws,
        create("sc-2", &"x".repeat(validate::MAX_NAME_CHARS + 1)),
        DomainError::TooLong {
            field: Field::Name,
            max: validate::MAX_NAME_CHARS,
        },
    );
    refused(&mut ws, create("sc-1", "Nog een"), DomainError::DuplicateId);
    refused(
        &mut ws,
        Command::Scan {
            samenwerking: "sw-weg".into(),
            change: ScanChange::Create {
                id: "sc-2".into(),
                title: "Twee".into(),
            },
        },
        DomainError::NotFound,
    );
    for i in 2..=MAX_SCANS {
        ws.apply(create(&format!("sc-{i}"), "Scan"), 3_000).unwrap();
    }
    assert_eq!(sw(&ws).scans.len(), MAX_SCANS);
    refused(
        &mut ws,
        create("sc-te-veel", "Eén te veel"),
        DomainError::TooManyScans { max: MAX_SCANS },
    );
}

#[test]
fn rename_and_reveal_change_only_when_something_changes() {
    let mut ws = with_scan("sc-1");
    change(
        &mut ws,
        ScanChange::Rename {
            scan: "sc-1".into(),
            title: " Nulmeting ".into(),
        },
        3_000,
    )
    .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").title, "Nulmeting");
    assert_eq!(sw(&ws).updated_ms, 3_000);
    // The same title again: nothing changes, not even the time.
    change(
        &mut ws,
        ScanChange::Rename {
            scan: "sc-1".into(),
            title: "Nulmeting".into(),
        },
        4_000,
    )
    .unwrap();
    assert_eq!(sw(&ws).updated_ms, 3_000);

    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-1".into(),
            revealed: true,
        },
        5_000,
    )
    .unwrap();
    assert!(the_scan(&ws, "sc-1").revealed);
    assert_eq!(sw(&ws).updated_ms, 5_000);
    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-1".into(),
            revealed: true,
        },
        6_000,
    )
    .unwrap();
    assert_eq!(sw(&ws).updated_ms, 5_000);

    refused(
        &mut ws,
        scan_command(ScanChange::Rename {
            scan: "sc-1".into(),
            title: "".into(),
        }),
        DomainError::Empty(Field::Name),
    );
    refused(
        &mut ws,
        scan_command(ScanChange::Rename {
            scan: "sc-weg".into(),
            title: "Weg".into(),
        }),
        DomainError::NotFound,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetRevealed {
            scan: "sc-weg".into(),
            revealed: false,
        }),
        DomainError::NotFound,
    );
}

#[test]
fn delete_removes_the_scan_and_the_links_to_it() {
    let mut ws = with_scan("sc-1");
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-2".into(),
            title: "Tweede".into(),
        },
        2_100,
    )
    .unwrap();
    for (id, scan) in [("bk-1", "sc-1"), ("bk-2", "sc-2")] {
        ws.apply(
            Command::PlanBijeenkomst {
                samenwerking: SW.into(),
                id: id.into(),
                vorm: Vorm::Bob,
                date: String::new(),
            },
            2_200,
        )
        .unwrap();
        add(&mut ws, scan, resp("r-1", &[(OV, Some(2))]), 2_300);
        ws.apply(
            Command::AgendaFromScan {
                samenwerking: SW.into(),
                scan: scan.into(),
                bijeenkomst: "bk-ongebruikt".into(),
                count: 1,
            },
            2_400,
        )
        .unwrap();
    }
    // Both went to the first planned meeting: the second link replaced the first.
    assert_eq!(
        sw(&ws).bijeenkomst("bk-1").unwrap().scan.as_deref(),
        Some("sc-2")
    );
    // Point the other meeting at sc-1 by hand-made file content, as an import would.
    let mut s = sw(&ws).clone();
    s.bijeenkomsten[1].scan = Some("sc-1".into());
    ws.apply(
        Command::Import {
            samenwerking: s,
            mode: ImportMode::Replace,
        },
        2_500,
    )
    .unwrap();

    change(
        &mut ws,
        ScanChange::Delete {
            scan: "sc-1".into(),
        },
        3_000,
    )
    .unwrap();
    let s = sw(&ws);
    assert_eq!(s.scans.len(), 1);
    assert!(s.scan("sc-1").is_none());
    // The meeting keeps its agenda but no longer points at the deleted scan; the other link
    // stays.
    let bk2 = s.bijeenkomst("bk-2").unwrap();
    assert_eq!(bk2.scan, None);
    assert_eq!(bk2.updated_ms, 3_000);
    assert_eq!(s.bijeenkomst("bk-1").unwrap().scan.as_deref(), Some("sc-2"));
    assert_eq!(s.updated_ms, 3_000);
    assert_eq!(validate::samenwerking(s).as_ref(), Ok(s));

    refused(
        &mut ws,
        scan_command(ScanChange::Delete {
            scan: "sc-1".into(),
        }),
        DomainError::NotFound,
    );
}
