use super::*;
use vitaal_core::domain::validate::DomainError;
use vitaal_core::domain::Field;

// ---- validation and pass-the-laptop ----

#[test]
fn scores_outside_one_to_five_are_refused() {
    for score in [0u8, 6, 255] {
        let r = resp("r-1", "", &[(OV, Some(score))]);
        assert_eq!(
            validate_response(&r),
            Err(ScanError::BadScore {
                ingredient: OV.into(),
                score
            })
        );
        assert!(scan().add_response(r).is_err());
    }
    for score in [None, Some(1), Some(5)] {
        assert!(validate_response(&resp("r-1", "", &[(OV, score)])).is_ok());
    }
}

#[test]
fn unknown_ingredients_bad_ids_and_empty_responses_are_refused() {
    assert_eq!(
        validate_response(&resp("r-1", "", &[("bestaat-niet", Some(3))])),
        Err(ScanError::Content(DomainError::UnknownIngredient))
    );
    for id in ["", "R-1", "r 1", "\"><svg onload=alert(1)>"] {
        assert_eq!(
            validate_response(&resp(id, "", &[(OV, Some(3))])),
            Err(ScanError::Content(DomainError::BadId)),
            "{id}"
        );
    }
    assert_eq!(
        validate_response(&resp("r-1", "", &[])),
        Err(ScanError::NoAnswers)
    );
    // "Weet ik niet" alone is an answer.
    assert!(validate_response(&resp("r-1", "", &[(OV, None)])).is_ok());
}

#[test]
fn remarks_may_have_up_to_1000_characters() {
    let mut r = resp("r-1", "", &[]);
    r.set(OV, Some(3), &"ë".repeat(MAX_REMARK_CHARS));
    r.set(VS, None, "regel 1\nregel 2");
    assert!(validate_response(&r).is_ok());
    r.set(OV, Some(3), &"x".repeat(MAX_REMARK_CHARS + 1));
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::TooLong {
            field: Field::Note,
            max: MAX_REMARK_CHARS
        }))
    );
}

#[test]
fn markup_and_control_characters_are_refused() {
    let mut r = resp("r-1", "", &[(OV, Some(3))]);
    r.name = "<img src=x onerror=alert(1)>".into();
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(Field::PartnerName)))
    );
    let mut r = resp("r-1", "<b>GGD</b>", &[(OV, Some(3))]);
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(
            Field::PartnerOrganisation
        )))
    );
    r.organisation = "GGD".into();
    r.set(OV, Some(3), "<script>alert(1)</script>");
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::Markup(Field::Note)))
    );
    r.set(OV, Some(3), "a\u{7}b");
    assert_eq!(
        validate_response(&r),
        Err(ScanError::Content(DomainError::ControlCharacters(
            Field::Note
        )))
    );
    // A comparison is not markup.
    r.set(OV, Some(3), "minder dan < 3 keer per jaar");
    assert!(validate_response(&r).is_ok());
}

#[test]
fn add_response_trims_refuses_duplicates_and_keeps_ids_sorted() {
    let mut s = scan();
    let mut first = resp("r-c", "  GGD  ", &[(OV, Some(3))]);
    first.name = " Anna ".into();
    first.set(VS, Some(4), "  goed  ");
    s.add_response(first).unwrap();
    s.add_response(resp("r-a", "", &[(OV, Some(2))])).unwrap();
    s.add_response(resp("r-b", "", &[(OV, Some(4))])).unwrap();
    let order: Vec<&str> = s.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b", "r-c"]);
    let c = s.response("r-c").unwrap();
    assert_eq!((c.name.as_str(), c.organisation.as_str()), ("Anna", "GGD"));
    assert_eq!(c.answers[VS].remark, "goed");

    let before = s.clone();
    assert_eq!(
        s.add_response(resp("r-b", "", &[(OV, Some(1))])),
        Err(ScanError::DuplicateResponse)
    );
    assert_eq!(
        s.add_response(resp("r-d", "", &[(OV, Some(9))])),
        Err(ScanError::BadScore {
            ingredient: OV.into(),
            score: 9
        })
    );
    assert_eq!(s, before);
}

#[test]
fn a_response_can_be_replaced_or_removed() {
    let mut s = with(vec![
        resp("r-a", "", &[(OV, Some(2))]),
        resp("r-b", "", &[(OV, Some(4))]),
    ]);
    s.replace_response(resp("r-a", "", &[(OV, Some(5))]))
        .unwrap();
    assert_eq!(s.response("r-a").unwrap().answers[OV].score, Some(5));
    assert_eq!(
        s.replace_response(resp("r-x", "", &[(OV, Some(5))])),
        Err(ScanError::NotFound)
    );
    assert_eq!(s.remove_response("r-b").unwrap().id, "r-b");
    assert_eq!(s.remove_response("r-b"), Err(ScanError::NotFound));
    assert_eq!(s.responses.len(), 1);
}

#[test]
fn a_full_scan_refuses_more_responses() {
    let mut s = scan();
    for n in 0..MAX_RESPONSES {
        s.add_response(resp(&format!("r-{n:04}"), "", &[(OV, Some(3))]))
            .unwrap();
    }
    let extra = resp("r-extra", "", &[(OV, Some(3))]);
    assert_eq!(
        s.add_response(extra.clone()),
        Err(ScanError::TooManyResponses { max: MAX_RESPONSES })
    );
    let file = read_answer_file(&answer_file(&s, &extra, 1)).unwrap();
    assert_eq!(
        s.merge(file),
        Err(MergeError::Content(ScanError::TooManyResponses {
            max: MAX_RESPONSES
        }))
    );
    // A duplicate is still recognised as such.
    let mut own = resp("r-0007", "", &[(OV, Some(3))]);
    own.source = Source::File;
    s.replace_response(own.clone()).unwrap();
    let again = read_answer_file(&answer_file(&s, &own, 2)).unwrap();
    assert_eq!(s.merge(again), Ok(MergeOutcome::AlreadyThere));
}

#[test]
fn validate_scan_sorts_and_refuses_duplicate_ids_and_bad_titles() {
    let mut s = scan();
    s.responses = vec![
        resp("r-b", "", &[(OV, Some(4))]),
        resp("r-a", "", &[(OV, Some(2))]),
    ];
    let valid = validate_scan(&s).unwrap();
    let order: Vec<&str> = valid.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(order, ["r-a", "r-b"]);
    s.responses.push(resp("r-a", "", &[(OV, Some(5))]));
    assert_eq!(validate_scan(&s), Err(ScanError::DuplicateResponse));
    let mut untitled = scan();
    untitled.title = "  ".into();
    assert_eq!(
        validate_scan(&untitled),
        Err(ScanError::Content(DomainError::Empty(Field::Name)))
    );
    let mut foreign = scan();
    foreign.samenwerking = "../x".into();
    assert_eq!(
        validate_scan(&foreign),
        Err(ScanError::Content(DomainError::BadId))
    );
}

#[test]
fn a_scan_survives_json_unchanged() {
    let mut s = disagreeing();
    s.set_paper(OV, [1, 2, 3, 4, 5, 6]).unwrap();
    s.revealed = true;
    let text = serde_json::to_string(&s).unwrap();
    let back: Scan = serde_json::from_str(&text).unwrap();
    assert_eq!(back, s);
    assert_eq!(validate_scan(&back), Ok(s));
    // Optional fields may be missing.
    let minimal: Scan =
        serde_json::from_str(r#"{"id":"s-1","samenwerking":"sw-1","title":"Scan","created_ms":5}"#)
            .unwrap();
    assert!(!minimal.revealed && minimal.responses.is_empty() && minimal.paper.is_empty());
}
