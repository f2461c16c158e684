use super::*;
use vitaal_core::domain::scan::{MAX_PAPER_COUNT, MAX_REMARK_CHARS, MAX_RESPONSES};

// ---- responses and paper ----

#[test]
fn add_response_validates_normalises_and_keeps_responses_sorted() {
    let mut ws = with_scan("sc-1");
    let mut r = resp("r-b", &[(OV, Some(4)), (VT, None)]);
    r.name = "  Anna  ".into();
    r.set(VT, None, "  Weet ik echt niet.\n");
    add(&mut ws, "sc-1", r, 3_000);
    add(&mut ws, "sc-1", resp("r-a", &[(OV, Some(2))]), 3_100);
    let scan = the_scan(&ws, "sc-1");
    let ids: Vec<&str> = scan.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r-a", "r-b"]);
    let b = scan.response("r-b").unwrap();
    assert_eq!(b.name, "Anna");
    assert_eq!(b.answers[VT].remark, "Weet ik echt niet.");
    assert_eq!(b.answers[VT].score, None);
    assert_eq!(scan.counts(OV), [0, 0, 1, 0, 1, 0]);
    assert_eq!(sw(&ws).updated_ms, 3_100);
}

#[test]
fn add_response_refuses_bad_content_duplicates_and_a_full_scan() {
    let mut ws = with_scan("sc-1");
    add(&mut ws, "sc-1", resp("r-1", &[(OV, Some(3))]), 3_000);
    let add_cmd = |response: Response| {
        scan_command(ScanChange::AddResponse {
            scan: "sc-1".into(),
            response,
        })
    };
    refused(
        &mut ws,
        add_cmd(resp("r-1", &[(OV, Some(4))])),
        DomainError::DuplicateId,
    );
    refused(&mut ws, add_cmd(resp("r-2", &[])), DomainError::NoAnswers);
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[(OV, Some(3)), (MM, Some(9))])),
        DomainError::BadScore {
            ingredient: MM.into(),
            score: 9,
        },
    );
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[(OV, Some(0))])),
        DomainError::BadScore {
            ingredient: OV.into(),
            score: 0,
        },
    );
    refused(
        &mut ws,
        add_cmd(resp("r-2", &[("gezellig-samenzijn", Some(3))])),
        DomainError::UnknownIngredient,
    );
    let mut hostile = resp("r-2", &[]);
    hostile.set(OV, Some(3), "<img src=x onerror=alert(1)>");
    refused(&mut ws, add_cmd(hostile), DomainError::Markup(Field::Note));
    let mut long = resp("r-2", &[]);
    long.set(OV, Some(3), &"x".repeat(MAX_REMARK_CHARS + 1));
    refused(
        &mut ws,
        add_cmd(long),
        DomainError::TooLong {
            field: Field::Note,
            max: MAX_REMARK_CHARS,
        },
    );
    let mut named = resp("r-2", &[(OV, Some(3))]);
    named.organisation = "<b>Welzijn</b>".into();
    refused(
        &mut ws,
        add_cmd(named),
        DomainError::Markup(Field::PartnerOrganisation),
    );
    refused(
        &mut ws,
        add_cmd(resp("R 2", &[(OV, Some(3))])),
        DomainError::BadId,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::AddResponse {
            scan: "sc-weg".into(),
            response: resp("r-2", &[(OV, Some(3))]),
        }),
        DomainError::NotFound,
    );

    for i in 2..=MAX_RESPONSES {
        add(
            &mut ws,
            "sc-1",
            resp(&format!("r-{i:03}"), &[(OV, Some(3))]),
            3_000,
        );
    }
    refused(
        &mut ws,
        add_cmd(resp("r-vol", &[(OV, Some(3))])),
        DomainError::TooManyResponses { max: MAX_RESPONSES },
    );
}

#[test]
fn remove_response_takes_it_out_of_the_results() {
    let mut ws = with_scan("sc-1");
    add(&mut ws, "sc-1", resp("r-1", &[(OV, Some(3))]), 3_000);
    add(&mut ws, "sc-1", resp("r-2", &[(OV, Some(5))]), 3_100);
    change(
        &mut ws,
        ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        },
        4_000,
    )
    .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").counts(OV), [0, 0, 0, 0, 0, 1]);
    assert_eq!(sw(&ws).updated_ms, 4_000);
    refused(
        &mut ws,
        scan_command(ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        }),
        DomainError::NotFound,
    );
}

#[test]
fn paper_counts_are_set_replaced_and_cleared() {
    let mut ws = with_scan("sc-1");
    let set = |counts: [u32; 6]| {
        scan_command(ScanChange::SetPaper {
            scan: "sc-1".into(),
            ingredient: VT.into(),
            counts,
        })
    };
    ws.apply(set([1, 0, 2, 3, 0, 0]), 3_000).unwrap();
    assert_eq!(the_scan(&ws, "sc-1").paper.get(VT), [1, 0, 2, 3, 0, 0]);
    assert_eq!(the_scan(&ws, "sc-1").counts(VT), [1, 0, 2, 3, 0, 0]);
    assert_eq!(sw(&ws).updated_ms, 3_000);
    // The same counts again change nothing.
    ws.apply(set([1, 0, 2, 3, 0, 0]), 4_000).unwrap();
    assert_eq!(sw(&ws).updated_ms, 3_000);
    ws.apply(set([0, 0, 0, 0, 0, MAX_PAPER_COUNT]), 5_000)
        .unwrap();
    assert_eq!(the_scan(&ws, "sc-1").paper.get(VT)[5], MAX_PAPER_COUNT);
    // All zeros removes the row.
    ws.apply(set([0; 6]), 6_000).unwrap();
    assert!(the_scan(&ws, "sc-1").paper.counts.is_empty());
    assert_eq!(sw(&ws).updated_ms, 6_000);
    ws.apply(set([0; 6]), 7_000).unwrap();
    assert_eq!(sw(&ws).updated_ms, 6_000);

    refused(
        &mut ws,
        set([0, MAX_PAPER_COUNT + 1, 0, 0, 0, 0]),
        DomainError::PaperCount {
            max: MAX_PAPER_COUNT,
        },
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetPaper {
            scan: "sc-1".into(),
            ingredient: "bestaat-niet".into(),
            counts: [0, 1, 0, 0, 0, 0],
        }),
        DomainError::UnknownIngredient,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::SetPaper {
            scan: "sc-weg".into(),
            ingredient: VT.into(),
            counts: [0, 1, 0, 0, 0, 0],
        }),
        DomainError::NotFound,
    );
}

// ---- answer files ----

#[test]
fn merging_an_answer_file_adds_it_once() {
    let mut ws = with_scan("sc-1");
    let scan = the_scan(&ws, "sc-1").clone();
    let mut own = resp("r-eigen", &[(OV, Some(4)), (GI, None)]);
    own.organisation = "KBO-PCOB".into();
    merge(&mut ws, "sc-1", answer_file_for(&scan, &own), 3_000).unwrap();
    let merged = the_scan(&ws, "sc-1").response("r-eigen").unwrap();
    assert_eq!(merged.source, Source::File);
    assert_eq!(merged.organisation, "KBO-PCOB");
    assert_eq!(sw(&ws).updated_ms, 3_000);

    // The same file again (or a copy of it): no error and no change, not even the time.
    let before = ws.clone();
    merge(&mut ws, "sc-1", answer_file_for(&scan, &own), 4_000).unwrap();
    assert_eq!(ws, before);
}

#[test]
fn merging_answer_files_in_any_order_gives_the_same_scan() {
    let base = with_scan("sc-1");
    let scan = the_scan(&base, "sc-1").clone();
    let files: Vec<Antwoordbestand> = [
        resp("r-c", &[(OV, Some(1))]),
        resp("r-a", &[(OV, Some(5)), (DS, Some(2))]),
        resp("r-b", &[(VT, None)]),
    ]
    .iter()
    .map(|r| answer_file_for(&scan, r))
    .collect();
    let mut forward = base.clone();
    for f in files.iter().cloned() {
        merge(&mut forward, "sc-1", f, 3_000).unwrap();
    }
    let mut backward = base.clone();
    // Backwards, and with every file merged twice.
    for f in files.iter().rev().chain(files.iter()).cloned() {
        merge(&mut backward, "sc-1", f, 3_000).unwrap();
    }
    assert_eq!(forward, backward);
    assert_eq!(the_scan(&forward, "sc-1").responses.len(), 3);
}

#[test]
fn answer_files_of_another_scan_or_samenwerking_are_refused() {
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
    let own = resp("r-1", &[(OV, Some(4))]);
    // Another scan of this samenwerking.
    let other_scan = the_scan(&ws, "sc-2").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&other_scan, &own),
        }),
        DomainError::ForeignScan,
    );
    // A scan with the same id in another samenwerking.
    let elsewhere = Scan::new("sc-1".into(), "sw-elders".into(), "Startscan".into(), 1);
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&elsewhere, &own),
        }),
        DomainError::ForeignScan,
    );
    let scan = the_scan(&ws, "sc-1").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-weg".into(),
            file: answer_file_for(&scan, &own),
        }),
        DomainError::NotFound,
    );
}

#[test]
fn a_changed_answer_file_with_a_known_id_is_a_conflict() {
    let mut ws = with_scan("sc-1");
    let scan = the_scan(&ws, "sc-1").clone();
    merge(
        &mut ws,
        "sc-1",
        answer_file_for(&scan, &resp("r-1", &[(OV, Some(4))])),
        3_000,
    )
    .unwrap();
    let changed = answer_file_for(&scan, &resp("r-1", &[(OV, Some(2))]));
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: changed.clone(),
        }),
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
    );
    // A response typed in on the laptop with the same id is a conflict as well.
    let mut ws2 = with_scan("sc-1");
    add(&mut ws2, "sc-1", resp("r-1", &[(OV, Some(4))]), 3_000);
    refused(
        &mut ws2,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&scan, &resp("r-1", &[(OV, Some(4))])),
        }),
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
    );
    // The way out the message suggests: remove the old answer, then add the file again.
    let mut ws_remove = ws.clone();
    change(
        &mut ws_remove,
        ScanChange::RemoveResponse {
            scan: "sc-1".into(),
            response: "r-1".into(),
        },
        4_000,
    )
    .unwrap();
    merge(&mut ws_remove, "sc-1", changed.clone(), 4_100).unwrap();
    assert_eq!(the_scan(&ws_remove, "sc-1").counts(OV), [0, 0, 1, 0, 0, 0]);
    // The facilitator's yes to a newer file: one change, the same result, kept like a merge.
    let replace = scan_command(ScanChange::Replace {
        scan: "sc-1".into(),
        file: changed.clone(),
    });
    assert!(vitaal_core::domain::history::kept(&replace));
    ws.apply(replace, 4_000).unwrap();
    assert_eq!(the_scan(&ws, "sc-1").counts(OV), [0, 0, 1, 0, 0, 0]);
    assert_eq!(the_scan(&ws, "sc-1").responses.len(), 1);
    assert_eq!(
        the_scan(&ws, "sc-1").response("r-1"),
        the_scan(&ws_remove, "sc-1").response("r-1")
    );
    // The same file again changes nothing (and is no error).
    let before = ws.clone();
    ws.apply(
        scan_command(ScanChange::Replace {
            scan: "sc-1".into(),
            file: changed.clone(),
        }),
        4_200,
    )
    .unwrap();
    assert_eq!(ws, before);
}

#[test]
fn a_replacement_must_be_of_this_scan_and_of_a_known_response() {
    let mut ws = with_scan("sc-1");
    let scan = the_scan(&ws, "sc-1").clone();
    merge(
        &mut ws,
        "sc-1",
        answer_file_for(&scan, &resp("r-1", &[(OV, Some(4))])),
        3_000,
    )
    .unwrap();
    refused(
        &mut ws,
        scan_command(ScanChange::Replace {
            scan: "sc-1".into(),
            file: answer_file_for(&scan, &resp("r-2", &[(OV, Some(2))])),
        }),
        DomainError::NotFound,
    );
    let elsewhere = Scan::new("sc-1".into(), "sw-elders".into(), "Startscan".into(), 1);
    refused(
        &mut ws,
        scan_command(ScanChange::Replace {
            scan: "sc-1".into(),
            file: answer_file_for(&elsewhere, &resp("r-1", &[(OV, Some(2))])),
        }),
        DomainError::ForeignScan,
    );
    refused(
        &mut ws,
        scan_command(ScanChange::Replace {
            scan: "sc-weg".into(),
            file: answer_file_for(&scan, &resp("r-1", &[(OV, Some(2))])),
        }),
        DomainError::NotFound,
    );
    assert_eq!(the_scan(&ws, "sc-1").counts(OV), [0, 0, 0, 0, 1, 0]);
}

#[test]
fn a_full_scan_takes_no_more_answer_files() {
    let mut ws = with_scan("sc-1");
    for i in 0..MAX_RESPONSES {
        add(
            &mut ws,
            "sc-1",
            resp(&format!("r-{i:03}"), &[(OV, Some(3))]),
            3_000,
        );
    }
    let scan = the_scan(&ws, "sc-1").clone();
    refused(
        &mut ws,
        scan_command(ScanChange::Merge {
            scan: "sc-1".into(),
            file: answer_file_for(&scan, &resp("r-nieuw", &[(OV, Some(3))])),
        }),
        DomainError::TooManyResponses { max: MAX_RESPONSES },
    );
}
