use super::*;
use vitaal_core::domain::file::{self, ImportError};
use vitaal_core::domain::scan::MAX_PAPER_COUNT;
use vitaal_core::domain::validate;
use vitaal_core::i18n::t;

// ---- imports ----

fn exported_with_scan() -> (Workspace, String) {
    let mut ws = with_scan("sc-1");
    scored(&mut ws);
    agenda_from_scan(&mut ws, 3, 10_000).unwrap();
    let text = file::export(sw(&ws), 11_000);
    (ws, text)
}

#[test]
fn keep_both_gives_the_copy_its_own_scans() {
    let (mut ws, text) = exported_with_scan();
    let incoming = file::import(&text).unwrap();
    assert_eq!(
        ws.import_plan(&incoming),
        ImportPlan::Clash {
            existing_name: "Samen ouder worden in Dorpsstad".into()
        }
    );
    ws.apply(
        Command::Import {
            samenwerking: incoming,
            mode: ImportMode::KeepBoth {
                new_id: "sw-kopie".into(),
                new_name: "Samen ouder worden in Dorpsstad (kopie)".into(),
            },
        },
        12_000,
    )
    .unwrap();
    let copy = ws.get("sw-kopie").unwrap();
    assert_eq!(copy.scans.len(), 1);
    assert!(copy.scans.iter().all(|s| s.samenwerking == "sw-kopie"));
    // Ids within the samenwerking stay, so the meeting still names its scan.
    assert_eq!(copy.bijeenkomsten[0].scan.as_deref(), Some("sc-1"));
    assert_eq!(validate::samenwerking(copy).as_ref(), Ok(copy));
    // The original is untouched.
    assert!(sw(&ws).scans.iter().all(|s| s.samenwerking == SW));
    // The copy exports and imports as a samenwerking of its own.
    let again = file::import(&file::export(copy, 13_000)).unwrap();
    assert_eq!(&again, copy);

    // An answer file made for the original belongs to the original only.
    let original = the_scan(&ws, "sc-1").clone();
    let answer = answer_file_for(&original, &resp("r-nieuw", &[(OV, Some(2))]));
    refused(
        &mut ws,
        Command::Scan {
            samenwerking: "sw-kopie".into(),
            change: ScanChange::Merge {
                scan: "sc-1".into(),
                file: answer.clone(),
            },
        },
        DomainError::ForeignScan,
    );
    merge(&mut ws, "sc-1", answer, 14_000).unwrap();
}

#[test]
fn replace_and_new_imports_bring_the_scans_along() {
    let (ws, text) = exported_with_scan();
    let incoming = file::import(&text).unwrap();
    assert_eq!(incoming.scans, sw(&ws).scans);
    let mut other = Workspace::default();
    other
        .apply(
            Command::Import {
                samenwerking: incoming.clone(),
                mode: ImportMode::New,
            },
            12_000,
        )
        .unwrap();
    assert_eq!(other.get(SW), Some(&incoming));
    let mut replaced = ws.clone();
    change(
        &mut replaced,
        ScanChange::Delete {
            scan: "sc-1".into(),
        },
        12_000,
    )
    .unwrap();
    replaced
        .apply(
            Command::Import {
                samenwerking: incoming.clone(),
                mode: ImportMode::Replace,
            },
            13_000,
        )
        .unwrap();
    assert_eq!(replaced.get(SW), Some(&incoming));
}

#[test]
fn hostile_content_in_an_imported_scan_is_refused_with_the_right_error() {
    let (_, text) = exported_with_scan();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let answers = "/samenwerking/scans/0/responses/0/answers";
    // Markup in a remark.
    let mut markup = value.clone();
    markup.pointer_mut(answers).unwrap()[OV]["remark"] = "<script>alert('hoi')</script>".into();
    // A score of 9.
    let mut nine = value.clone();
    nine.pointer_mut(answers).unwrap()[OV]["score"] = 9.into();
    // An ingrediënt the Gespreksmodel does not have.
    let mut unknown = value.clone();
    unknown.pointer_mut(answers).unwrap()["gezellig-samenzijn"] =
        serde_json::json!({ "score": 3, "remark": "" });
    // A scan that claims another samenwerking.
    let mut foreign = value.clone();
    foreign["samenwerking"]["scans"][0]["samenwerking"] = "sw-elders".into();
    // A meeting that names a scan that is not there.
    let mut dangling = value.clone();
    dangling["samenwerking"]["bijeenkomsten"][0]["scan"] = "sc-weg".into();
    value["samenwerking"]["scans"][0]["paper"]["counts"][DS] =
        serde_json::json!([0, 0, 0, 0, 0, MAX_PAPER_COUNT + 1]);
    let cases = [
        (markup, DomainError::Markup(Field::Note)),
        (
            nine,
            DomainError::BadScore {
                ingredient: OV.into(),
                score: 9,
            },
        ),
        (unknown, DomainError::UnknownIngredient),
        (foreign, DomainError::ForeignScan),
        (dangling, DomainError::NotFound),
        (
            value,
            DomainError::PaperCount {
                max: MAX_PAPER_COUNT,
            },
        ),
    ];
    for (hostile, expected) in cases {
        assert_eq!(
            file::import(&hostile.to_string()),
            Err(ImportError::Content(expected.clone()))
        );
        let message = t().import_error(&ImportError::Content(expected.clone()));
        assert!(
            message.ends_with("Er is niets geïmporteerd of veranderd."),
            "{message}"
        );
        // The same content handed to the command directly is refused the same way.
        let samenwerking: Samenwerking =
            serde_json::from_value(hostile["samenwerking"].clone()).expect("still the right shape");
        let mut target = Workspace::default();
        refused(
            &mut target,
            Command::Import {
                samenwerking,
                mode: ImportMode::New,
            },
            expected,
        );
    }
}
