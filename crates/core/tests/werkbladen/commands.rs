use super::*;
use std::collections::BTreeMap;
use vitaal_core::domain::validate::MAX_TEXT_CHARS;
use vitaal_core::domain::werkblad::{Key, MAX_WERKBLADEN};

// ---- commands ----

#[test]
fn create_makes_an_empty_werkblad() {
    let mut ws = workspace();
    wb(
        &mut ws,
        create("wb-2", "paradoxen", "  Paradoxen voorjaar "),
        10,
    )
    .unwrap();
    let new = w(&ws, "wb-2");
    assert_eq!(
        *new,
        Werkblad {
            id: "wb-2".into(),
            template: "paradoxen".into(),
            title: "Paradoxen voorjaar".into(),
            bijeenkomst: None,
            answers: BTreeMap::new(),
            rows: Vec::new(),
            created_ms: 10,
            updated_ms: 10,
        }
    );
    assert_eq!(s(&ws).updated_ms, 10);
    assert_eq!(s(&ws).werkbladen.len(), 4);
    assert_eq!(s(&ws).werkbladen[3].id, "wb-2", "new ones go last");
}

#[test]
fn create_refuses_unknown_templates_taken_ids_and_bad_input() {
    let mut ws = workspace();
    refused(
        &mut ws,
        create("wb-2", "bestaat-niet", "X"),
        DomainError::UnknownTemplate,
    );
    refused(
        &mut ws,
        create("wb-w", "paradoxen", "X"),
        DomainError::DuplicateId,
    );
    refused(
        &mut ws,
        create("WB 2", "paradoxen", "X"),
        DomainError::BadId,
    );
    refused(
        &mut ws,
        create("wb-2", "paradoxen", "  "),
        DomainError::Empty(Field::Name),
    );
    refused(
        &mut ws,
        create("wb-2", "paradoxen", "<b>Vet</b>"),
        DomainError::Markup(Field::Name),
    );
    assert_eq!(
        ws.apply(
            Command::Werkblad {
                samenwerking: "sw-weg".into(),
                change: create("wb-2", "paradoxen", "X"),
            },
            5
        ),
        Err(DomainError::NotFound)
    );
}

#[test]
fn at_most_max_werkbladen() {
    let mut ws = workspace();
    for i in s(&ws).werkbladen.len()..MAX_WERKBLADEN {
        wb(&mut ws, create(&format!("wb-x{i}"), "waarom", "Waarom"), 5).unwrap();
    }
    assert_eq!(s(&ws).werkbladen.len(), MAX_WERKBLADEN);
    refused(
        &mut ws,
        create("wb-teveel", "waarom", "Waarom"),
        DomainError::TooManyWerkbladen {
            max: MAX_WERKBLADEN,
        },
    );
}

#[test]
fn rename_trims_and_an_unchanged_title_changes_nothing() {
    let mut ws = workspace();
    let rename = |title: &str| WerkbladChange::Rename {
        werkblad: "wb-v".into(),
        title: title.into(),
    };
    wb(&mut ws, rename(" Onze visie "), 10).unwrap();
    assert_eq!(w(&ws, "wb-v").title, "Onze visie");
    assert_eq!((w(&ws, "wb-v").updated_ms, s(&ws).updated_ms), (10, 10));
    wb(&mut ws, rename("Onze visie"), 20).unwrap();
    assert_eq!((w(&ws, "wb-v").updated_ms, s(&ws).updated_ms), (10, 10));
    refused(&mut ws, rename(""), DomainError::Empty(Field::Name));
    refused(
        &mut ws,
        WerkbladChange::Rename {
            werkblad: "wb-weg".into(),
            title: "X".into(),
        },
        DomainError::NotFound,
    );
}

#[test]
fn link_needs_an_existing_bijeenkomst() {
    let mut ws = workspace();
    let link = |b: Option<&str>| WerkbladChange::Link {
        werkblad: "wb-w".into(),
        bijeenkomst: b.map(str::to_string),
    };
    wb(&mut ws, link(Some("bk-1")), 10).unwrap();
    assert_eq!(w(&ws, "wb-w").bijeenkomst.as_deref(), Some("bk-1"));
    assert_eq!((w(&ws, "wb-w").updated_ms, s(&ws).updated_ms), (10, 10));
    wb(&mut ws, link(Some("bk-1")), 20).unwrap();
    assert_eq!(s(&ws).updated_ms, 10, "linking again changes nothing");
    refused(&mut ws, link(Some("bk-weg")), DomainError::NotFound);
    wb(&mut ws, link(None), 30).unwrap();
    assert_eq!(w(&ws, "wb-w").bijeenkomst, None);
    assert_eq!(s(&ws).updated_ms, 30);
}

#[test]
fn delete_removes_the_werkblad_with_its_answers() {
    let mut ws = workspace();
    wb(&mut ws, set("wb-v", "vierluik.kracht", "Korte lijnen"), 5).unwrap();
    let delete = WerkbladChange::Delete {
        werkblad: "wb-v".into(),
    };
    wb(&mut ws, delete.clone(), 10).unwrap();
    assert!(s(&ws).werkblad("wb-v").is_none());
    assert_eq!(s(&ws).werkbladen.len(), 2);
    assert_eq!(s(&ws).updated_ms, 10);
    refused(&mut ws, delete, DomainError::NotFound);
}

#[test]
fn set_trims_text_and_stores_it_under_the_key() {
    let mut ws = workspace();
    wb(
        &mut ws,
        set(
            "wb-v",
            "vierluik.waartoe",
            "  Zodat ouderen thuis kunnen wonen.\n ",
        ),
        10,
    )
    .unwrap();
    assert_eq!(
        w(&ws, "wb-v").answers["vierluik.waartoe"],
        "Zodat ouderen thuis kunnen wonen."
    );
    assert_eq!((w(&ws, "wb-v").updated_ms, s(&ws).updated_ms), (10, 10));
    // Other werkbladen keep their time.
    assert_eq!(w(&ws, "wb-w").updated_ms, 4);
    // Choices are trimmed too; multi-line text keeps its inner line breaks.
    wb(
        &mut ws,
        set("wb-w", "checklist.noodzaak@p-kbo", " nee "),
        11,
    )
    .unwrap();
    assert_eq!(w(&ws, "wb-w").answers["checklist.noodzaak@p-kbo"], "nee");
    wb(
        &mut ws,
        set(
            "wb-v",
            "vierluik.kracht",
            "Korte lijnen.\nIedereen kent elkaar.",
        ),
        12,
    )
    .unwrap();
    assert_eq!(
        w(&ws, "wb-v").answers["vierluik.kracht"],
        "Korte lijnen.\nIedereen kent elkaar."
    );
    wb(&mut ws, set("wb-v", "ambitie.belofte", "4"), 13).unwrap();
    wb(
        &mut ws,
        set("wb-v", "ambitie.doen.toelichting", " Weinig tijd "),
        14,
    )
    .unwrap();
    assert_eq!(
        w(&ws, "wb-v")
            .answers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
        [
            ("ambitie.belofte", "4"),
            ("ambitie.doen.toelichting", "Weinig tijd"),
            ("vierluik.kracht", "Korte lijnen.\nIedereen kent elkaar."),
            ("vierluik.waartoe", "Zodat ouderen thuis kunnen wonen."),
        ]
    );
    assert_eq!(
        w(&ws, "wb-v").answer(&Key::new("ambitie", "belofte", None)),
        "4"
    );
    assert_eq!(
        w(&ws, "wb-v").answer(&Key::new("ambitie", "doen", None)),
        ""
    );
}

#[test]
fn set_refuses_markup_bad_values_and_unknown_partners() {
    let mut ws = workspace();
    let cases = [
        (
            set("wb-v", "vierluik.waartoe", "<script>alert(1)</script>"),
            DomainError::Markup(Field::Antwoord),
        ),
        (
            set(
                "wb-w",
                "checklist.noodzaak.toelichting@p-anna",
                "<img src=x>",
            ),
            DomainError::Markup(Field::Antwoord),
        ),
        (
            set("wb-v", "vierluik.waartoe", &"x".repeat(MAX_TEXT_CHARS + 1)),
            DomainError::TooLong {
                field: Field::Antwoord,
                max: MAX_TEXT_CHARS,
            },
        ),
        (
            set("wb-v", "vierluik.waartoe", "Een\u{7}bel"),
            DomainError::ControlCharacters(Field::Antwoord),
        ),
        (
            set("wb-w", "checklist.noodzaak@p-anna", "misschien"),
            DomainError::BadAnswer,
        ),
        (
            set("wb-w", "checklist.noodzaak@p-anna", "<b>"),
            DomainError::BadAnswer,
        ),
        (set("wb-v", "ambitie.belofte", "6"), DomainError::BadAnswer),
        (set("wb-v", "ambitie.belofte", "0"), DomainError::BadAnswer),
        (
            set("wb-w", "checklist.noodzaak", "ja"),
            DomainError::BadAnswer,
        ),
        (
            set("wb-v", "ambitie.belofte@p-anna", "3"),
            DomainError::BadAnswer,
        ),
        (
            set("wb-v", "vierluik.bestaat-niet", "x"),
            DomainError::BadAnswer,
        ),
        (set("wb-v", "bestaat.niet", "x"), DomainError::BadAnswer),
        (set("wb-v", "vierluik", "x"), DomainError::BadAnswer),
        (set("wb-v", "Vierluik.waartoe", "x"), DomainError::BadAnswer),
        (
            set("wb-w", "checklist.noodzaak@p-weg", "ja"),
            DomainError::NotFound,
        ),
        (
            set("wb-weg", "vierluik.waartoe", "x"),
            DomainError::NotFound,
        ),
        // A key of another worksheet.
        (
            set("wb-v", "checklist.noodzaak@p-anna", "ja"),
            DomainError::BadAnswer,
        ),
    ];
    for (change, error) in cases {
        refused(&mut ws, change, error);
    }
    // A lone "<" is fine.
    wb(
        &mut ws,
        set("wb-v", "vierluik.waartoe", "Voor wie < 65 is ook."),
        5,
    )
    .unwrap();
    // At the limit.
    wb(
        &mut ws,
        set("wb-v", "vierluik.kracht", &"ë".repeat(MAX_TEXT_CHARS)),
        6,
    )
    .unwrap();
}

#[test]
fn an_empty_value_clears_and_an_unchanged_value_changes_nothing() {
    let mut ws = workspace();
    wb(&mut ws, set("wb-w", "checklist.noodzaak@p-anna", "ja"), 10).unwrap();
    wb(&mut ws, set("wb-w", "checklist.noodzaak@p-anna", "ja"), 20).unwrap();
    assert_eq!((w(&ws, "wb-w").updated_ms, s(&ws).updated_ms), (10, 10));
    wb(&mut ws, set("wb-w", "checklist.noodzaak@p-anna", "nee"), 30).unwrap();
    assert_eq!(w(&ws, "wb-w").answers["checklist.noodzaak@p-anna"], "nee");
    assert_eq!((w(&ws, "wb-w").updated_ms, s(&ws).updated_ms), (30, 30));
    // Clearing removes the key; white space only is empty too.
    wb(&mut ws, set("wb-w", "checklist.noodzaak@p-anna", "  "), 40).unwrap();
    assert!(w(&ws, "wb-w").answers.is_empty());
    assert_eq!((w(&ws, "wb-w").updated_ms, s(&ws).updated_ms), (40, 40));
    // Clearing what is not there changes nothing.
    wb(&mut ws, set("wb-w", "checklist.noodzaak@p-anna", ""), 50).unwrap();
    wb(&mut ws, set("wb-v", "vierluik.waartoe", " \n "), 50).unwrap();
    assert_eq!((w(&ws, "wb-w").updated_ms, s(&ws).updated_ms), (40, 40));
    // Clearing needs a valid key all the same.
    refused(
        &mut ws,
        set("wb-w", "checklist.noodzaak", ""),
        DomainError::BadAnswer,
    );
}

#[test]
fn the_partnerkaart_level_is_set_per_partner() {
    let mut ws = workspace();
    wb(&mut ws, create("wb-k", "partnerkaart", "Partnerkaart"), 5).unwrap();
    wb(
        &mut ws,
        set("wb-k", "kaart.niveau@p-anna", "strategisch"),
        6,
    )
    .unwrap();
    wb(
        &mut ws,
        set("wb-k", "kaart.niveau@p-kbo", " operationeel "),
        7,
    )
    .unwrap();
    assert_eq!(
        w(&ws, "wb-k").answer(&Key::niveau("kaart", "p-kbo")),
        "operationeel"
    );
    refused(
        &mut ws,
        set("wb-k", "kaart.niveau@p-anna", "kerngroep"),
        DomainError::BadAnswer,
    );
    refused(
        &mut ws,
        set("wb-k", "kaart.niveau", "tactisch"),
        DomainError::BadAnswer,
    );
    refused(
        &mut ws,
        set("wb-k", "kaart.niveau@p-weg", "tactisch"),
        DomainError::NotFound,
    );
}
