use super::*;

// ---- merging ----

#[test]
fn merging_adds_a_response_and_recognises_the_same_file_twice() {
    let mut s = scan();
    s.add_response(resp("r-a", "", &[(OV, Some(2))])).unwrap();
    let file = read_answer_file(&own_file()).unwrap();
    assert_eq!(s.merge(file.clone()), Ok(MergeOutcome::Added));
    let merged = s.response("r-eigen").unwrap();
    assert_eq!(merged.source, Source::File);
    assert_eq!(merged.answers[OV].score, Some(4));
    // OV now 2 and 4.
    close(s.stats(OV).mean, 3.0);

    let before = s.clone();
    assert_eq!(s.merge(file), Ok(MergeOutcome::AlreadyThere));
    // The same answers exported again later: still the same response.
    let later = read_answer_file(&answer_file(&scan(), &own_response(), 99_000)).unwrap();
    assert_eq!(s.merge(later), Ok(MergeOutcome::AlreadyThere));
    assert_eq!(s, before);
}

#[test]
fn a_changed_response_with_the_same_id_is_a_conflict() {
    let mut s = scan();
    s.merge(read_answer_file(&own_file()).unwrap()).unwrap();
    let before = s.clone();
    let mut changed = own_response();
    changed.set(OV, Some(1), "toch niet");
    let file = read_answer_file(&answer_file(&scan(), &changed, 5_000)).unwrap();
    assert_eq!(
        s.merge(file.clone()),
        Err(MergeError::Conflict {
            response: "r-eigen".into()
        })
    );
    assert_eq!(s, before);
    // The facilitator may take the newer one deliberately.
    s.replace_response(file.response).unwrap();
    assert_eq!(s.response("r-eigen").unwrap().answers[OV].score, Some(1));
}

#[test]
fn files_of_another_scan_or_samenwerking_are_refused() {
    let mut s = scan();
    let before = s.clone();
    let mut other_scan = scan();
    other_scan.id = "scan-najaar".into();
    let file = read_answer_file(&answer_file(&other_scan, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignScan));

    let mut other_sw = scan();
    other_sw.samenwerking = "sw-elders".into();
    let file = read_answer_file(&answer_file(&other_sw, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignSamenwerking));

    other_sw.id = "scan-najaar".into();
    let file = read_answer_file(&answer_file(&other_sw, &own_response(), 1)).unwrap();
    assert_eq!(s.merge(file), Err(MergeError::ForeignSamenwerking));
    assert_eq!(s, before);
}

#[test]
fn merging_checks_content_even_of_a_file_built_in_code() {
    let mut s = scan();
    let file = Antwoordbestand {
        scan: s.id.clone(),
        samenwerking: s.samenwerking.clone(),
        scan_title: String::new(),
        exported_ms: 0,
        response: resp("r-1", "", &[(OV, Some(0))]),
    };
    assert_eq!(
        s.merge(file),
        Err(MergeError::Content(ScanError::BadScore {
            ingredient: OV.into(),
            score: 0
        }))
    );
    assert!(s.responses.is_empty());
}

#[test]
fn merged_responses_are_sorted_by_id() {
    let mut s = scan();
    for id in ["r-c", "r-a", "r-b"] {
        let file = read_answer_file(&answer_file(&s, &resp(id, "", &[(OV, Some(3))]), 1)).unwrap();
        assert_eq!(s.merge(file), Ok(MergeOutcome::Added));
    }
    let order: Vec<&str> = s.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b", "r-c"]);
}

// ---- trend ----

#[test]
fn trend_lists_the_mean_per_scan_oldest_first() {
    let mut najaar = with(vec![
        resp("r-1", "", &[(OV, Some(2)), (VS, Some(5))]),
        resp("r-2", "", &[(OV, Some(4))]),
    ]);
    najaar.id = "scan-najaar".into();
    najaar.created_ms = 2_000;
    let mut voorjaar = with(vec![resp("r-1", "", &[(OV, Some(1))])]);
    voorjaar.created_ms = 1_000;
    let mut leeg = scan();
    leeg.id = "scan-leeg".into();
    leeg.created_ms = 3_000;

    let t = trend(&[najaar, leeg, voorjaar]);
    let order: Vec<&str> = t.scans.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["scan-voorjaar", "scan-najaar", "scan-leeg"]);
    assert_eq!((t.ingredients.len(), t.factors.len()), (16, 5));
    let ov = t.ingredients.iter().find(|l| l.id == OV).unwrap();
    // Voorjaar 1/1 = 1; najaar (2 + 4)/2 = 3; leeg none.
    assert_eq!(ov.means, [Some(1.0), Some(3.0), None]);
    assert_eq!(ov.n, [1, 2, 0]);
    let relatie = t.factors.iter().find(|l| l.id == "relatie").unwrap();
    // Najaar relatie: 2, 5, 4 → 11/3.
    assert_eq!(relatie.means, [Some(1.0), Some(11.0 / 3.0), None]);
    let none = trend(&[]);
    assert!(none.scans.is_empty());
    assert_eq!((none.ingredients.len(), none.factors.len()), (16, 5));
    assert!(none.ingredients[0].means.is_empty());
}
