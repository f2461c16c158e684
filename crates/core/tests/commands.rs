//! Workspace commands: create, rename, opgave, route, partners, delete, import with clashes.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::command::{copy_name, partner};
use vitaal_core::domain::validate::MAX_NAME_CHARS;
use vitaal_core::domain::*;

fn ws_with(id: &str, name: &str) -> Workspace {
    let mut ws = Workspace::default();
    ws.apply(
        Command::Create {
            id: id.into(),
            name: name.into(),
        },
        1_000,
    )
    .unwrap();
    ws
}

#[test]
fn create_trims_the_name_and_sets_times() {
    let ws = ws_with("sw-1", "  Samen ouder worden in Dorpsstad ");
    let s = ws.get("sw-1").unwrap();
    assert_eq!(s.name, "Samen ouder worden in Dorpsstad");
    assert_eq!((s.created_ms, s.updated_ms), (1_000, 1_000));
    assert_eq!(s.route, None);
    assert!(s.partners.is_empty());
}

#[test]
fn create_refuses_empty_names_duplicate_ids_and_bad_ids() {
    let mut ws = ws_with("sw-1", "Eerste");
    let before = ws.clone();
    assert_eq!(
        ws.apply(
            Command::Create {
                id: "sw-2".into(),
                name: "  ".into()
            },
            2
        ),
        Err(DomainError::Empty(Field::Name))
    );
    assert_eq!(
        ws.apply(
            Command::Create {
                id: "sw-1".into(),
                name: "Twee".into()
            },
            2
        ),
        Err(DomainError::DuplicateId)
    );
    assert_eq!(
        ws.apply(
            Command::Create {
                id: "Sw 3".into(),
                name: "Drie".into()
            },
            2
        ),
        Err(DomainError::BadId)
    );
    assert_eq!(ws, before, "a refused command changes nothing");
}

#[test]
fn several_samenwerkingen_live_side_by_side_most_recent_first() {
    let mut ws = ws_with("sw-a", "Aa");
    ws.apply(
        Command::Create {
            id: "sw-b".into(),
            name: "Bb".into(),
        },
        2_000,
    )
    .unwrap();
    ws.apply(
        Command::Create {
            id: "sw-c".into(),
            name: "Cc".into(),
        },
        3_000,
    )
    .unwrap();
    ws.apply(
        Command::Rename {
            id: "sw-a".into(),
            name: "Aa nieuw".into(),
        },
        4_000,
    )
    .unwrap();
    let order: Vec<&str> = ws.recent_first().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["sw-a", "sw-c", "sw-b"]);
}

#[test]
fn rename_and_opgave_update_the_time_only_when_something_changes() {
    let mut ws = ws_with("sw-1", "Naam");
    ws.apply(
        Command::Rename {
            id: "sw-1".into(),
            name: "Naam ".into(),
        },
        5_000,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().updated_ms, 1_000);
    ws.apply(
        Command::SetOpgave {
            id: "sw-1".into(),
            opgave: "Hoe zorgen we voor goed ouder worden in onze gemeente?\nSamen.".into(),
        },
        6_000,
    )
    .unwrap();
    let s = ws.get("sw-1").unwrap();
    assert_eq!(
        s.opgave,
        "Hoe zorgen we voor goed ouder worden in onze gemeente?\nSamen."
    );
    assert_eq!(s.updated_ms, 6_000);
}

#[test]
fn hostile_text_is_refused_with_the_field_named() {
    let mut ws = ws_with("sw-1", "Naam");
    assert_eq!(
        ws.apply(
            Command::Rename {
                id: "sw-1".into(),
                name: "<script>alert(1)</script>".into()
            },
            2
        ),
        Err(DomainError::Markup(Field::Name))
    );
    assert_eq!(
        ws.apply(
            Command::SetOpgave {
                id: "sw-1".into(),
                opgave: "<img src=x onerror=alert(1)>".into()
            },
            2
        ),
        Err(DomainError::Markup(Field::Opgave))
    );
    assert_eq!(ws.get("sw-1").unwrap().name, "Naam");
}

#[test]
fn route_can_be_chosen_and_cleared() {
    let mut ws = ws_with("sw-1", "Naam");
    ws.apply(
        Command::SetRoute {
            id: "sw-1".into(),
            route: Some(Route::SamenOptrekken),
        },
        2,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().route, Some(Route::SamenOptrekken));
    ws.apply(
        Command::SetRoute {
            id: "sw-1".into(),
            route: None,
        },
        3,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().route, None);
    assert_eq!(
        ws.apply(
            Command::SetRoute {
                id: "nope".into(),
                route: None
            },
            3
        ),
        Err(DomainError::NotFound)
    );
}

#[test]
fn partners_are_added_updated_and_removed() {
    let mut ws = ws_with("sw-1", "Naam");
    let p = partner(
        "p-1",
        " Anna ",
        "Welzijn Dorpsstad",
        PartnerKind::Formeel,
        Ring::Kerngroep,
    );
    ws.apply(
        Command::AddPartner {
            samenwerking: "sw-1".into(),
            partner: p.clone(),
        },
        2,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().partner("p-1").unwrap().name, "Anna");
    assert_eq!(
        ws.apply(
            Command::AddPartner {
                samenwerking: "sw-1".into(),
                partner: p.clone()
            },
            3
        ),
        Err(DomainError::DuplicatePartner)
    );
    let moved = partner(
        "p-1",
        "Anna",
        "Welzijn Dorpsstad",
        PartnerKind::Formeel,
        Ring::VrijeRuimte,
    );
    ws.apply(
        Command::UpdatePartner {
            samenwerking: "sw-1".into(),
            partner: moved,
        },
        4,
    )
    .unwrap();
    assert_eq!(
        ws.get("sw-1").unwrap().partner("p-1").unwrap().ring,
        Ring::VrijeRuimte
    );
    assert_eq!(ws.get("sw-1").unwrap().updated_ms, 4);
    ws.apply(
        Command::RemovePartner {
            samenwerking: "sw-1".into(),
            partner: "p-1".into(),
        },
        5,
    )
    .unwrap();
    assert!(ws.get("sw-1").unwrap().partners.is_empty());
    assert_eq!(
        ws.apply(
            Command::RemovePartner {
                samenwerking: "sw-1".into(),
                partner: "p-1".into()
            },
            6
        ),
        Err(DomainError::NotFound)
    );
}

#[test]
fn a_partner_needs_a_name_or_an_organisation() {
    let mut ws = ws_with("sw-1", "Naam");
    let nameless = partner("p-1", " ", "", PartnerKind::InwonerOudere, Ring::Kerngroep);
    assert_eq!(
        ws.apply(
            Command::AddPartner {
                samenwerking: "sw-1".into(),
                partner: nameless
            },
            2
        ),
        Err(DomainError::PartnerWithoutName)
    );
    let only_org = partner(
        "p-2",
        "",
        "KBO-PCOB",
        PartnerKind::Informeel,
        Ring::ComplementaireRing,
    );
    ws.apply(
        Command::AddPartner {
            samenwerking: "sw-1".into(),
            partner: only_org,
        },
        2,
    )
    .unwrap();
}

#[test]
fn delete_removes_only_that_samenwerking() {
    let mut ws = ws_with("sw-1", "Een");
    ws.apply(
        Command::Create {
            id: "sw-2".into(),
            name: "Twee".into(),
        },
        2,
    )
    .unwrap();
    ws.apply(Command::Delete { id: "sw-1".into() }, 3).unwrap();
    assert!(ws.get("sw-1").is_none());
    assert!(ws.get("sw-2").is_some());
    assert_eq!(
        ws.apply(Command::Delete { id: "sw-1".into() }, 4),
        Err(DomainError::NotFound)
    );
}

#[test]
fn import_never_overwrites_silently() {
    let mut ws = ws_with("sw-1", "Hier");
    let mut incoming = Samenwerking::new("sw-1".into(), "Uit bestand".into(), 50);
    incoming.opgave = "Andere opgave".into();
    assert_eq!(
        ws.import_plan(&incoming),
        ImportPlan::Clash {
            existing_name: "Hier".into()
        }
    );
    assert_eq!(
        ws.apply(
            Command::Import {
                samenwerking: incoming.clone(),
                mode: ImportMode::New
            },
            9
        ),
        Err(DomainError::DuplicateId)
    );
    assert_eq!(ws.get("sw-1").unwrap().name, "Hier");

    // Keep both: the existing one is untouched, the imported one gets a new id and name.
    ws.apply(
        Command::Import {
            samenwerking: incoming.clone(),
            mode: ImportMode::KeepBoth {
                new_id: "sw-9".into(),
                new_name: copy_name("Uit bestand", "kopie"),
            },
        },
        10,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().name, "Hier");
    assert_eq!(ws.get("sw-9").unwrap().name, "Uit bestand (kopie)");
    assert_eq!(ws.get("sw-9").unwrap().opgave, "Andere opgave");

    // Replace: the existing one becomes the file's version.
    ws.apply(
        Command::Import {
            samenwerking: incoming,
            mode: ImportMode::Replace,
        },
        11,
    )
    .unwrap();
    assert_eq!(ws.get("sw-1").unwrap().name, "Uit bestand");
    assert_eq!(ws.samenwerkingen.len(), 2);
}

#[test]
fn import_of_a_new_id_adds_it() {
    let mut ws = ws_with("sw-1", "Hier");
    let incoming = Samenwerking::new("sw-2".into(), "Nieuw".into(), 50);
    assert_eq!(ws.import_plan(&incoming), ImportPlan::New);
    ws.apply(
        Command::Import {
            samenwerking: incoming.clone(),
            mode: ImportMode::New,
        },
        9,
    )
    .unwrap();
    assert_eq!(ws.get("sw-2"), Some(&incoming));
}

#[test]
fn copy_names_stay_within_the_limit() {
    let long = "n".repeat(MAX_NAME_CHARS);
    let copy = copy_name(&long, "kopie");
    assert_eq!(copy.chars().count(), MAX_NAME_CHARS);
    assert!(copy.ends_with(" (kopie)"));
}
