//! The example samenwerking ("Bekijk een voorbeeld"): its data file (`content/voorbeeld.nl.json`)
//! is what the builder makes from commands, reads as a samenwerking file, is valid for the
//! current model, is moved to the moment it is added, round-trips through a file, has what the
//! screens show, is made once, is recognised only by its reserved id, and a file can never pass
//! itself off as it.

#![cfg(not(target_arch = "wasm32"))]

mod builder;

use vitaal_core::domain::bijeenkomst::{ActieStatus, Fase, Status, Vorm};
use vitaal_core::domain::history::History;
use vitaal_core::domain::scan::trend;
use vitaal_core::domain::session;
use vitaal_core::domain::snapshots;
use vitaal_core::domain::storage::MemoryStore;
use vitaal_core::domain::voorbeeld::{self, ID, NAME};
use vitaal_core::domain::*;
use vitaal_core::domain::{file, validate};
use vitaal_core::i18n::t;
use vitaal_core::report::{verslag_markdown, werkblad_sections};

/// 27 november 2026, 08:00 UTC.
const NOW: Millis = 1_795_766_400_000;
/// A moment in summer time (1 July 2026, 10:00 UTC) and one just after the clocks changed.
const OTHER_NOWS: [Millis; 3] = [1_782_900_000_000, 1_774_850_000_000, 1_800_000_000_000];

/// The data file the app loads on demand.
const DATA: &str = include_str!("../../../../content/voorbeeld.nl.json");

/// The example's data, read as the app reads it.
fn data() -> Box<Samenwerking> {
    Box::new(voorbeeld::parse(DATA).expect("the data file reads as the example"))
}

/// The example as added at `now`.
fn example_at(now: Millis) -> Samenwerking {
    voorbeeld::place(&data(), now).expect("the example is valid")
}

fn example() -> Samenwerking {
    example_at(NOW)
}

fn create() -> Command {
    Command::CreateVoorbeeld { data: data() }
}

#[test]
fn the_data_file_is_what_the_builder_makes() {
    let built = builder::build(voorbeeld::REFERENCE).expect("the example builds from its commands");
    let text = file::export(&built, voorbeeld::REFERENCE);
    if std::env::var_os("VITAAL_WRITE_VOORBEELD").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../content/voorbeeld.nl.json"
        );
        std::fs::write(path, &text).expect("writes content/voorbeeld.nl.json");
        return;
    }
    assert_eq!(
        DATA, text,
        "content/voorbeeld.nl.json is not what tests/voorbeeld/builder.rs makes: run \
         VITAAL_WRITE_VOORBEELD=1 cargo test -p vitaal-core --test voorbeeld"
    );
    // Read by the same reader as an imported file, checked like one.
    assert_eq!(file::import(DATA), Ok(built.clone()));
    assert_eq!(
        example_at(voorbeeld::REFERENCE),
        built,
        "at its own moment, unchanged"
    );
}

#[test]
fn only_the_example_is_read_as_the_example() {
    let other = Samenwerking::new("sw-a".into(), "Ander werk".into(), 1);
    assert!(voorbeeld::parse(&file::export(&other, 2)).is_err());
    assert!(voorbeeld::place(&other, NOW).is_err());
    assert!(voorbeeld::parse("{\"format\": \"vitaal").is_err());
}

#[test]
fn it_is_valid_for_the_current_model_and_deterministic() {
    let s = example();
    assert_eq!(s.id, ID);
    assert_eq!(s.name, NAME);
    // Validation gives it back unchanged: nothing in it needed trimming or was refused.
    assert_eq!(validate::samenwerking(&s), Ok(s.clone()));
    assert_eq!(example(), s, "same moment, same example");
    assert_eq!(s.updated_ms, NOW);
    assert!(s.created_ms < NOW);
    for now in OTHER_NOWS {
        let other = example_at(now);
        assert_eq!(validate::samenwerking(&other), Ok(other.clone()));
        assert_eq!(other.updated_ms, now, "moved to the moment it is added");
        let today = vitaal_core::report::dates::dutch_iso_date(now);
        assert!(other
            .bijeenkomsten
            .iter()
            .filter(|b| b.status == Status::Afgerond)
            .all(|b| b.date < today));
    }
}

#[test]
fn it_round_trips_through_export_and_import() {
    let s = example();
    let text = file::export(&s, NOW);
    let back = file::import(&text).expect("the exported example reads back");
    assert_eq!(back, s);
}

#[test]
fn it_has_partners_of_every_kind_and_ring() {
    let s = example();
    assert!((6..=7).contains(&s.partners.len()));
    for kind in [
        PartnerKind::Formeel,
        PartnerKind::Informeel,
        PartnerKind::InwonerOudere,
    ] {
        assert!(s.partners.iter().any(|p| p.kind == kind), "{kind:?}");
    }
    for ring in [Ring::Kerngroep, Ring::ComplementaireRing, Ring::VrijeRuimte] {
        assert!(s.partners.iter().any(|p| p.ring == ring), "{ring:?}");
    }
    assert!(!s.opgave.is_empty());
    assert!(s.route.is_some());
}

#[test]
fn it_has_a_bob_and_a_barb_meeting_held_with_notes_checks_besluiten_and_acties() {
    let s = example();
    let held: Vec<_> = s
        .bijeenkomsten
        .iter()
        .filter(|b| b.status == Status::Afgerond)
        .collect();
    assert_eq!(held.len(), 2);
    let bob = held.iter().find(|b| b.vorm == Vorm::Bob).expect("a BOB");
    let barb = held.iter().find(|b| b.vorm == Vorm::Barb).expect("a BARB");
    assert!(
        bob.date < barb.date,
        "BOB first: {} {}",
        bob.date,
        barb.date
    );
    let today = vitaal_core::report::dates::dutch_iso_date(NOW);
    assert!(barb.date < today);
    for b in [bob, barb] {
        assert!(!b.place.is_empty());
        assert!(!b.agenda.is_empty());
        assert!(!b.besluiten.is_empty());
        assert!(
            !b.timer.running(),
            "a finished meeting has no running timer"
        );
        for item in &b.agenda {
            for phase in b.vorm.fasen() {
                assert!(
                    !item.note(*phase).is_empty(),
                    "{} {:?}",
                    item.ingredient,
                    phase
                );
            }
            assert!(item.checks.besproken.is_some());
            assert!(item.checks.gehoord.is_some());
            assert!(item.checks.besloten.is_some());
        }
        assert!(s.acties.iter().any(|a| a.bijeenkomst == b.id));
        // The verslag has its notes, besluiten and acties.
        let md = verslag_markdown(t(), &s, b);
        assert!(md.contains(&b.besluiten[0].text), "{md}");
        assert!(md.contains(b.agenda[0].note(Fase::Beeldvorming)));
    }
    // BARB: questions for the achterban and its answers.
    assert!(barb.agenda.iter().all(|i| !i.achterban_vragen.is_empty()));
    assert!(barb.agenda.iter().any(|i| !i.achterban.is_empty()));
    // Open checkvragen ("nee", someone not yet on board): the next meeting has something to suggest.
    assert!(!bob.open_before_besluit().is_empty());
    assert!(barb
        .agenda
        .iter()
        .any(|i| !i.checks.niet_aan_boord.is_empty()));
    // Actions in every state, and open ones carry over.
    for status in [ActieStatus::Open, ActieStatus::Bezig, ActieStatus::Klaar] {
        assert!(s.acties.iter().any(|a| a.status == status), "{status:?}");
    }
    assert!(!s.open_acties().is_empty());
}

#[test]
fn it_has_two_revealed_scans_so_the_trend_shows_and_a_meeting_planned_from_the_last() {
    let s = example();
    assert_eq!(s.scans.len(), 2);
    assert!(s
        .scans
        .iter()
        .all(|sc| sc.revealed && sc.samenwerking == ID));
    let latest = s
        .scans
        .iter()
        .max_by_key(|sc| sc.created_ms)
        .expect("scans");
    assert_eq!(latest.responses.len(), 8);
    assert!(latest
        .responses
        .iter()
        .any(|r| r.answers.values().any(|a| !a.remark.is_empty())));
    let tr = trend(&s.scans);
    assert_eq!(tr.scans.len(), 2);
    // The group's picture of "Openheid en vertrouwen" improved.
    let line = tr
        .ingredients
        .iter()
        .find(|l| l.id == "openheid-en-vertrouwen")
        .expect("line");
    assert!(line.means[1] > line.means[0], "{:?}", line.means);
    // Spread: people differ about some ingrediënten.
    assert!(latest.divergence_ranking()[0].1.range() >= 2);
    // The next meeting is planned with the scan's suggestion.
    let next = s.next_planned().expect("a planned meeting");
    assert_eq!(next.scan.as_deref(), Some(latest.id.as_str()));
    assert_eq!(next.agenda.len(), 3);
}

#[test]
fn it_has_three_filled_in_werkbladen_two_in_a_verslag() {
    let s = example();
    assert_eq!(s.werkbladen.len(), 3);
    for w in &s.werkbladen {
        assert!(
            !w.answers.is_empty() || !w.rows.is_empty(),
            "{} is filled in",
            w.id
        );
        assert!(!werkblad_sections(t(), &s, w).is_empty());
    }
    assert_eq!(
        s.werkbladen
            .iter()
            .filter(|w| w.bijeenkomst.is_some())
            .count(),
        2
    );
}

#[test]
fn creating_it_twice_makes_one() {
    let mut ws = Workspace::default();
    ws.apply(create(), NOW).unwrap();
    assert_eq!(ws.apply(create(), NOW + 1), Err(DomainError::DuplicateId));
    assert_eq!(ws.samenwerkingen.len(), 1);
    assert_eq!(ws.get(ID), Some(&example()));
}

#[test]
fn no_file_can_become_the_example() {
    let mut ws = Workspace::default();
    let mut spoof = Samenwerking::new(ID.into(), "Mijn echte werk".into(), 1);
    spoof.opgave = "Echt werk dat eruit zou vallen bij 'Exporteer al mijn werk'".into();
    assert_eq!(
        ws.apply(
            Command::Import {
                samenwerking: spoof.clone(),
                mode: ImportMode::New
            },
            2
        ),
        Err(DomainError::BadId)
    );
    // Nor over the example that is there, nor as the copy beside another one.
    ws.apply(create(), NOW).unwrap();
    assert_eq!(
        ws.apply(
            Command::Import {
                samenwerking: spoof.clone(),
                mode: ImportMode::Replace
            },
            NOW + 1
        ),
        Err(DomainError::BadId)
    );
    let other = Samenwerking::new("sw-a".into(), "Ander werk".into(), 1);
    ws.apply(
        Command::Import {
            samenwerking: other.clone(),
            mode: ImportMode::New,
        },
        NOW + 2,
    )
    .unwrap();
    assert_eq!(
        ws.apply(
            Command::Import {
                samenwerking: other,
                mode: ImportMode::KeepBoth {
                    new_id: ID.into(),
                    new_name: "Kopie".into()
                }
            },
            NOW + 3
        ),
        Err(DomainError::BadId)
    );
    assert_eq!(ws.get(ID), Some(&example()), "the example is untouched");

    // What the import path does first: a file with the reserved id (an exported example, or a
    // spoof) becomes an ordinary samenwerking under a new id, its scans along with it.
    let file = file::import(&file::export(&example(), NOW)).unwrap();
    let own = voorbeeld::imported(file, "sw-eigen-1");
    assert_eq!(own.id, "sw-eigen-1");
    assert!(own.scans.iter().all(|s| s.samenwerking == "sw-eigen-1"));
    assert!(!voorbeeld::is_voorbeeld(&own.id));
    ws.apply(
        Command::Import {
            samenwerking: own.clone(),
            mode: ImportMode::New,
        },
        NOW + 4,
    )
    .unwrap();
    assert_eq!(ws.get("sw-eigen-1"), Some(&own));
    // Anything else passes unchanged.
    let plain = Samenwerking::new("sw-b".into(), "Gewoon".into(), 1);
    assert_eq!(voorbeeld::imported(plain.clone(), "sw-x"), plain);
}

#[test]
fn its_file_name_says_it_is_an_example_even_after_a_rename() {
    let mut s = example();
    let name = file::file_name(&s);
    assert_eq!(name, "voorbeeld-samen-ouder-worden-in-ommen.vitaal.json");
    s.name = "Ommen".into();
    assert_eq!(file::file_name(&s), "voorbeeld-ommen.vitaal.json");
    // An ordinary samenwerking with the same name is not called an example.
    let plain = Samenwerking::new("sw-1".into(), "Ommen".into(), 1);
    assert_eq!(file::file_name(&plain), "ommen.vitaal.json");
}

#[test]
fn creating_and_removing_it_takes_no_backup_and_can_be_undone() {
    let store = MemoryStore::default();
    let (mut ws, mut h) = (Workspace::default(), History::default());
    ws.apply(
        Command::Create {
            id: "sw-a".into(),
            name: "Eigen werk".into(),
        },
        1,
    )
    .unwrap();
    let made = session::apply(&mut ws, &mut h, create(), NOW, Some(&store)).unwrap();
    assert_eq!(made.backup, None);
    assert_eq!(made.samenwerking.as_deref(), Some(ID));
    let removed = session::apply(
        &mut ws,
        &mut h,
        Command::Delete { id: ID.into() },
        NOW + 10,
        Some(&store),
    )
    .unwrap();
    assert_eq!(removed.backup, None, "no backup pushed out for the example");
    assert!(snapshots::list(&store).is_empty());
    assert!(ws.get(ID).is_none());
    // Undo brings it back, a second undo takes the creation back.
    assert!(h.undo(&mut ws).is_some());
    assert_eq!(ws.get(ID), Some(&example()));
    assert!(h.undo(&mut ws).is_some());
    assert!(ws.get(ID).is_none());
    assert!(ws.get("sw-a").is_some());
    // Deleting real work still takes its backup.
    let real = session::apply(
        &mut ws,
        &mut h,
        Command::Delete { id: "sw-a".into() },
        NOW + 20,
        Some(&store),
    )
    .unwrap();
    assert!(real.backup.is_some());
}
