use super::*;
use vitaal_core::domain::file;
use vitaal_core::domain::scan::{
    AntwoordbestandError, MergeError, ScanError, MAX_PAPER_COUNT, MAX_RESPONSES,
};
use vitaal_core::domain::validate::MAX_SCANS;
use vitaal_core::i18n::t;

// ---- errors in Dutch ----

#[test]
fn every_scan_error_has_its_own_dutch_sentence() {
    let errors = [
        DomainError::BadScore {
            ingredient: MM.into(),
            score: 9,
        },
        DomainError::NoAnswers,
        DomainError::TooManyResponses { max: MAX_RESPONSES },
        DomainError::PaperCount {
            max: MAX_PAPER_COUNT,
        },
        DomainError::TooManyScans { max: MAX_SCANS },
        DomainError::ForeignScan,
        DomainError::ResponseConflict {
            response: "r-1".into(),
        },
        DomainError::NothingToSuggest,
        DomainError::NotFound,
        DomainError::DuplicateId,
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &errors {
        let msg = t().domain_error(e);
        assert!(msg.ends_with('.'), "{e:?}: {msg}");
        assert!(!msg.contains('{'), "unfilled placeholder in {e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?} repeats another message: {msg}");
        seen.push(msg);
    }
    let bad = t().domain_error(&errors[0]);
    assert!(
        bad.contains("„Minimale massa”") && bad.contains('9'),
        "{bad}"
    );
    assert!(t().domain_error(&errors[2]).contains("500"));
    assert!(t().domain_error(&errors[3]).contains("10000"));
    assert!(t().domain_error(&errors[4]).contains("50"));
    // Errors that only a command can give say that nothing changed.
    for e in [&errors[6], &errors[7]] {
        assert!(
            t().domain_error(e).ends_with("Er is niets veranderd."),
            "{e:?}"
        );
    }
}

#[test]
fn scan_errors_map_to_domain_errors() {
    assert_eq!(
        DomainError::from(ScanError::Content(DomainError::BadId)),
        DomainError::BadId
    );
    assert_eq!(
        DomainError::from(ScanError::DuplicateResponse),
        DomainError::DuplicateId
    );
    assert_eq!(
        DomainError::from(ScanError::NotFound),
        DomainError::NotFound
    );
    assert_eq!(
        DomainError::from(MergeError::ForeignSamenwerking),
        DomainError::ForeignScan
    );
    assert_eq!(
        DomainError::from(MergeError::ForeignScan),
        DomainError::ForeignScan
    );
    assert_eq!(
        DomainError::from(MergeError::Content(ScanError::TooManyResponses { max: 5 })),
        DomainError::TooManyResponses { max: 5 }
    );
}

#[test]
fn a_damaged_answer_file_says_where() {
    let m = t().answer_file_error(&AntwoordbestandError::Structure("response.source".into()));
    assert!(
        m.contains("(plaats in het bestand: response.source)."),
        "{m}"
    );
    assert!(m.ends_with("Er is niets toegevoegd of veranderd."), "{m}");
}

#[test]
fn every_answer_file_and_merge_problem_has_a_dutch_sentence() {
    let file_errors = [
        AntwoordbestandError::TooLarge {
            bytes: 300 * 1024,
            max: scan::MAX_ANSWER_FILE_BYTES,
        },
        AntwoordbestandError::NotText,
        AntwoordbestandError::NotJson,
        AntwoordbestandError::TooDeep,
        AntwoordbestandError::WrongFormat,
        AntwoordbestandError::BadVersion,
        AntwoordbestandError::NewerVersion {
            found: 2,
            supported: 1,
        },
        AntwoordbestandError::Structure(String::new()),
        AntwoordbestandError::Content(ScanError::NoAnswers),
        AntwoordbestandError::Content(ScanError::Content(DomainError::Markup(Field::Note))),
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &file_errors {
        let msg = t().answer_file_error(e);
        assert!(
            msg.ends_with("Er is niets toegevoegd of veranderd."),
            "{e:?}: {msg}"
        );
        assert!(!msg.contains('{'), "{e:?}: {msg}");
        assert!(!seen.contains(&msg), "{e:?}: {msg}");
        seen.push(msg);
    }
    let large = t().answer_file_error(&file_errors[0]);
    assert!(
        large.contains("300 kB") && large.contains("256 kB"),
        "{large}"
    );
    assert!(t()
        .answer_file_error(&file_errors[4])
        .contains("antwoordbestand"));
    let newer = t().answer_file_error(&file_errors[6]);
    assert!(
        newer.contains("nieuwere versie") && newer.contains('2'),
        "{newer}"
    );
    assert!(t().answer_file_error(&file_errors[9]).contains("HTML-code"));
    // A samenwerking file offered as an answer file is told apart.
    let samenwerking = file::export(&Samenwerking::new("sw-1".into(), "Een".into(), 1), 2);
    assert_eq!(
        scan::read_answer_file(&samenwerking),
        Err(AntwoordbestandError::WrongFormat)
    );

    let merge_errors = [
        MergeError::ForeignSamenwerking,
        MergeError::ForeignScan,
        MergeError::Conflict {
            response: "r-1".into(),
        },
        MergeError::Content(ScanError::TooManyResponses { max: 500 }),
    ];
    let mut seen: Vec<String> = Vec::new();
    for e in &merge_errors {
        let msg = t().merge_error(e);
        assert!(
            msg.ends_with("Er is niets toegevoegd of veranderd."),
            "{e:?}: {msg}"
        );
        assert!(
            !msg.contains('{') && !msg.contains("veranderd. Er"),
            "{e:?}: {msg}"
        );
        assert!(!seen.contains(&msg), "{e:?}: {msg}");
        seen.push(msg);
    }
    assert!(t()
        .merge_error(&MergeError::ForeignSamenwerking)
        .contains("andere samenwerking"));
}
