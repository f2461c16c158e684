use super::*;
use vitaal_core::domain::file;

// ---- the participant file ----

#[test]
fn the_participant_copy_carries_the_scan_without_anybodys_answers() {
    let mut ws = with_scan("sc-voorjaar");
    change(
        &mut ws,
        ScanChange::Create {
            id: "sc-najaar".into(),
            title: "Najaarsscan".into(),
        },
        2_100,
    )
    .unwrap();
    let mut anna = resp("an-anna", &[(OV, Some(1)), ("voldoende-tijd", Some(2))]);
    anna.name = "Anna".into();
    anna.answers.get_mut(OV).unwrap().remark = "Er wordt weinig gedeeld.".into();
    add(&mut ws, "sc-voorjaar", anna, 3_000);
    change(
        &mut ws,
        ScanChange::SetPaper {
            scan: "sc-voorjaar".into(),
            ingredient: OV.into(),
            counts: [0, 0, 0, 0, 0, 2],
        },
        3_100,
    )
    .unwrap();
    change(
        &mut ws,
        ScanChange::SetRevealed {
            scan: "sc-voorjaar".into(),
            revealed: true,
        },
        3_200,
    )
    .unwrap();

    assert_eq!(sw(&ws).participant_copy("sc-bestaat-niet"), None);
    let copy = sw(&ws).participant_copy("sc-voorjaar").expect("copy");
    assert_eq!(copy.scans.len(), 1, "only the scan to fill in");
    let scan = &copy.scans[0];
    assert_eq!(scan.id, "sc-voorjaar");
    assert!(scan.responses.is_empty());
    assert!(scan.paper.is_empty());
    assert!(!scan.revealed);
    assert_eq!(copy.partners, sw(&ws).partners);
    // The copy is a valid file that a participant's app imports, and their answer file fits
    // the facilitator's scan.
    let text = file::export(&copy, 4_000);
    assert!(!text.contains("weinig gedeeld") && !text.contains("\"Anna\""));
    let imported = file::import(&text).expect("participant file imports");
    let mut own = Workspace::default();
    own.apply(
        Command::Import {
            samenwerking: imported,
            mode: ImportMode::New,
        },
        4_100,
    )
    .unwrap();
    let answer = scan::answer_file(
        own.get(SW).unwrap().scan("sc-voorjaar").unwrap(),
        &resp("an-eigen", &[(OV, Some(5))]),
        4_200,
    );
    let answer = scan::read_answer_file(&answer).unwrap();
    assert_eq!(merge(&mut ws, "sc-voorjaar", answer, 4_300), Ok(()));
    assert_eq!(the_scan(&ws, "sc-voorjaar").responses.len(), 2);
}
