use super::*;
use vitaal_core::domain::validate;
use vitaal_core::domain::werkblad::{progress, BlockKind, Key};
use vitaal_core::i18n::t;

// ---- the content file ----

const CONTENT: &str = include_str!("../../../../content/werkbladen.nl.json");

#[test]
fn the_content_file_has_the_fourteen_werkbladen_in_order() {
    let parsed = werkblad::parse_templates(CONTENT).expect("the content file parses");
    assert_eq!(parsed.language, "nl");
    let ids: Vec<&str> = parsed.werkbladen.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "waarom",
            "waar-over-hebben",
            "wat-helpt",
            "in-de-praktijk",
            "startvragen",
            "willen-kunnen",
            "partnerkaart",
            "visievierluik",
            "eisenhower",
            "brengen-halen",
            "spelregels",
            "paradoxen",
            "routes",
            "experiment"
        ]
    );
    // The compiled-in copy is the same file.
    assert_eq!(werkblad::templates(), parsed.werkbladen.as_slice());
    assert!(werkblad::template("bestaat-niet").is_none());
}

#[test]
fn content_ids_are_valid_and_unique_and_texts_are_filled_in() {
    let mut template_ids = Vec::new();
    for t in werkblad::templates() {
        assert_eq!(validate::id(&t.id), Ok(()), "{}", t.id);
        assert!(!template_ids.contains(&t.id), "template {} twice", t.id);
        template_ids.push(t.id.clone());
        assert!(
            !t.title.trim().is_empty() && !t.section.trim().is_empty(),
            "{}",
            t.id
        );
        assert!(!t.blocks.is_empty(), "{}", t.id);
        assert!(!t.ingredienten.is_empty(), "{} names no ingrediënt", t.id);
        for i in &t.ingredienten {
            assert!(
                vitaal_core::domain::content::nl().ingredient(i).is_some(),
                "{}: unknown ingrediënt {i}",
                t.id
            );
        }
        let mut block_ids = Vec::new();
        for b in &t.blocks {
            let at = format!("{}/{}", t.id, b.id);
            assert_eq!(validate::id(&b.id), Ok(()), "{at}");
            assert!(!block_ids.contains(&b.id), "block {at} twice");
            block_ids.push(b.id.clone());
            assert!(!b.title.trim().is_empty(), "{at}");
            let mut item_ids = Vec::new();
            for i in &b.items {
                assert_eq!(validate::id(&i.id), Ok(()), "{at}/{}", i.id);
                assert!(!item_ids.contains(&i.id), "item {at}/{} twice", i.id);
                item_ids.push(i.id.clone());
                assert!(!i.text.trim().is_empty(), "{at}/{}", i.id);
                // Every answer key the screen makes reads back as itself.
                for key in [
                    Key::new(&b.id, &i.id, None),
                    Key::note(&b.id, &i.id, Some("p-1")),
                ] {
                    assert_eq!(Key::parse(&key.text()), Some(key.clone()), "{at}");
                }
            }
        }
    }
}

#[test]
fn each_kind_of_block_has_its_shape() {
    let mut kinds = Vec::new();
    for t in werkblad::templates() {
        for b in &t.blocks {
            let at = format!("{}/{}", t.id, b.id);
            kinds.push(b.kind);
            match b.kind {
                BlockKind::Onderwerpen | BlockKind::Partnerkaart => {
                    assert!(b.items.is_empty(), "{at} has items");
                }
                _ => assert!(!b.items.is_empty(), "{at} has no items"),
            }
            if b.kind == BlockKind::Schaal {
                for i in &b.items {
                    assert!(
                        !i.left.trim().is_empty() && !i.right.trim().is_empty(),
                        "{at}/{} needs both sides",
                        i.id
                    );
                }
            } else {
                assert!(
                    b.items
                        .iter()
                        .all(|i| i.left.is_empty() && i.right.is_empty()),
                    "{at}"
                );
            }
            if b.kind == BlockKind::Route {
                let ids: Vec<&str> = b.items.iter().map(|i| i.id.as_str()).collect();
                assert_eq!(
                    ids,
                    ["al-doende-leren", "flexibel-meebewegen", "samen-optrekken"]
                );
                assert_eq!(ids, Route::ALL.map(Route::id));
                for i in &b.items {
                    assert!(Route::from_id(&i.id).is_some());
                    assert!(!i.pros.is_empty() && !i.cons.is_empty(), "{at}/{}", i.id);
                }
            } else {
                assert!(
                    b.items
                        .iter()
                        .all(|i| i.pros.is_empty() && i.cons.is_empty()),
                    "{at}"
                );
            }
            // Only a scale multiplies, and rows, the route and the partnerkaart are one list
            // for the whole group.
            assert!(!b.product || b.kind == BlockKind::Schaal, "{at}");
            if b.per_partner {
                assert!(
                    matches!(
                        b.kind,
                        BlockKind::Vragen
                            | BlockKind::Keuzes
                            | BlockKind::Checklist
                            | BlockKind::Schaal
                    ),
                    "{at} is per partner"
                );
            }
        }
    }
    // Every kind is used somewhere.
    for kind in [
        BlockKind::Vragen,
        BlockKind::Keuzes,
        BlockKind::Checklist,
        BlockKind::Schaal,
        BlockKind::Onderwerpen,
        BlockKind::Regels,
        BlockKind::Partnerkaart,
        BlockKind::Route,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} unused");
    }
    let ambitie = template("visievierluik").block("ambitie").unwrap();
    assert!(ambitie.product && ambitie.kind == BlockKind::Schaal);
    assert_eq!(
        template("eisenhower").blocks[0].kind,
        BlockKind::Onderwerpen
    );
    assert_eq!(
        template("partnerkaart").blocks[0].kind,
        BlockKind::Partnerkaart
    );
}

/// Every string in a JSON value, with where it is.
fn strings(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((at.to_string(), s.clone())),
        serde_json::Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                strings(v, &format!("{at}/{i}"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.push((format!("{at} key"), k.clone()));
                strings(v, &format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_content_text_looks_like_markup_or_has_control_characters() {
    let value: serde_json::Value = serde_json::from_str(CONTENT).unwrap();
    let mut all = Vec::new();
    strings(&value, "", &mut all);
    assert!(all.len() > 300, "only {} strings", all.len());
    for (at, text) in all {
        assert!(!validate::looks_like_markup(&text), "{at}: {text}");
        assert!(!text.chars().any(char::is_control), "{at}: {text:?}");
        assert_eq!(text.trim(), text, "{at}: white space around {text:?}");
    }
}

#[test]
fn the_content_file_uses_only_known_field_names() {
    // serde ignores unknown fields, so a misspelt "per-partner" would silently do nothing.
    let value: serde_json::Value = serde_json::from_str(CONTENT).unwrap();
    let only = |object: &serde_json::Value, allowed: &[&str], at: &str| {
        for key in object.as_object().expect("an object").keys() {
            assert!(
                allowed.contains(&key.as_str()),
                "{at}: unknown field {key:?}"
            );
        }
    };
    only(&value, &["language", "werkbladen", "programmas"], "top");
    for p in value["programmas"].as_array().unwrap() {
        only(p, &["id", "title", "stappen"], "programma");
        for step in p["stappen"].as_array().unwrap() {
            only(step, &["id", "title", "minutes", "werkblad"], "stap");
        }
    }
    for t in value["werkbladen"].as_array().unwrap() {
        only(
            t,
            &["id", "title", "section", "intro", "ingredienten", "blocks"],
            "template",
        );
        for b in t["blocks"].as_array().unwrap() {
            let fields = [
                "id",
                "kind",
                "title",
                "intro",
                "per_partner",
                "product",
                "items",
                "moved_to",
            ];
            only(b, &fields, "block");
            for i in b["items"].as_array().into_iter().flatten() {
                let fields = ["id", "text", "hint", "left", "right", "pros", "cons"];
                only(i, &fields, "item");
            }
        }
    }
}

// ---- the workshop's own exercises (issue 15) ----

/// The three exercises of the workshop slides, each a worksheet of open questions whose
/// wording is the slides' own.
#[test]
fn the_workshop_exercises_ask_what_the_slides_ask() {
    let questions = |t: &str| -> Vec<(String, String, String)> {
        template(t)
            .blocks
            .iter()
            .flat_map(|b| {
                assert_eq!(b.kind, BlockKind::Vragen, "{t}/{}", b.id);
                assert!(!b.per_partner, "{t}/{}: the whole group answers", b.id);
                b.items
                    .iter()
                    .map(|i| (b.id.clone(), i.id.clone(), i.text.clone()))
            })
            .collect()
    };
    let waar = questions("waar-over-hebben");
    assert_eq!(waar[0].2, "Waar moeten we het in ieder geval over hebben?");
    assert_eq!(
        waar[1].2,
        "Waar moeten we het eigenlijk ook over hebben, maar is een beetje ongemakkelijk of eng?"
    );
    // The same keys as the block that held these questions in the startvragen.
    assert_eq!(
        (waar[0].0.as_str(), waar[0].1.as_str(), waar[1].1.as_str()),
        ("eerste-bijeenkomst", "in-ieder-geval", "ongemakkelijk")
    );

    let helpt: Vec<String> = questions("wat-helpt").into_iter().map(|q| q.2).collect();
    for asked in [
        "Welke randvoorwaarden zijn belangrijk?",
        "Welke manieren van werken dragen bij?",
        "Wat zijn ‘killers’?",
    ] {
        assert!(helpt.iter().any(|q| q == asked), "{asked}");
    }

    // Samenwerken in de praktijk: the five aspects, each asked for vertrouwen, relatie and
    // afspraken.
    let praktijk = template("in-de-praktijk");
    let aspects: Vec<&str> = praktijk.blocks.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(
        aspects,
        [
            "Persoon",
            "Taal",
            "Verwachtingen",
            "Tijd",
            "Positie en verhouding"
        ]
    );
    for b in &praktijk.blocks {
        let items: Vec<&str> = b.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(items, ["vertrouwen", "relatie", "afspraken"], "{}", b.id);
        assert!(!b.intro.is_empty(), "{}", b.id);
    }
    assert!(praktijk.blocks[0].intro.contains("pet"));
    assert!(praktijk.blocks[0].intro.contains("Kennen, mogen en gunnen"));
    for t in ["waar-over-hebben", "wat-helpt", "in-de-praktijk"] {
        assert_eq!(template(t).section, "dia's", "{t}");
        assert!(!template(t).intro.is_empty(), "{t}");
    }
}

/// The startvragen's "Waar moeten we het over hebben?" moved to a worksheet of its own. The
/// block stays, so answers given before still read, show and go into the verslag; a
/// startvragen without them no longer shows, prints or counts it.
#[test]
fn the_moved_block_stays_readable_and_shows_only_with_answers() {
    let startvragen = template("startvragen");
    let moved = startvragen.block("eerste-bijeenkomst").unwrap();
    assert_eq!(moved.moved_to.as_deref(), Some("waar-over-hebben"));
    assert!(template("startvragen")
        .blocks
        .iter()
        .filter(|b| b.id != "eerste-bijeenkomst")
        .all(|b| b.moved_to.is_none()));
    for t in werkblad::templates() {
        for b in &t.blocks {
            if let Some(to) = &b.moved_to {
                assert!(werkblad::template(to).is_some(), "{}/{}: {to}", t.id, b.id);
            }
        }
    }

    let mut w = Werkblad::new("wb-1".into(), "startvragen".into(), "Startvragen".into(), 1);
    assert!(!moved.shown(None), "not on the empty form");
    assert!(!moved.shown(Some(&w)));
    let s = Samenwerking::new("sw-1".into(), "Ommen".into(), 1);
    // One per-partner block (no partners: nothing to ask) and nothing else.
    assert_eq!(progress(startvragen, &w, &s), (0, 0));

    w.answers.insert(
        "eerste-bijeenkomst.ongemakkelijk".into(),
        "Geld, en wie de eer krijgt.".into(),
    );
    assert!(moved.shown(Some(&w)));
    assert_eq!(progress(startvragen, &w, &s), (1, 2));
    // A stored answer in it passes validation (the file stays readable) and is in the verslag.
    assert_eq!(validate::werkblad(&w, &[]), Ok(w.clone()));
    let sections = vitaal_core::report::werkblad_sections(t(), &s, &w);
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].heading, "Waar moeten we het over hebben?");
    assert_eq!(sections[0].rows[0].1, "Geld, en wie de eer krijgt.");
}

#[test]
fn the_startbijeenkomst_follows_the_workshop_agenda() {
    let p = werkblad::programma("startbijeenkomst").expect("the Startbijeenkomst");
    assert_eq!(werkblad::programmas().len(), 1);
    let steps: Vec<(&str, Option<&str>)> = p
        .stappen
        .iter()
        .map(|s| (s.id.as_str(), s.werkblad.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            ("welkom", None),
            ("waarom", Some("waarom")),
            ("waar-over-hebben", Some("waar-over-hebben")),
            ("ingredienten", None),
            ("wat-helpt", Some("wat-helpt")),
            ("in-de-praktijk", Some("in-de-praktijk")),
            ("bob-barb", None),
            ("startvragen", Some("startvragen")),
        ]
    );
    // Every step is a valid programme step: a known worksheet, a title, minutes in range.
    let as_stored = p.stappen.clone();
    assert_eq!(validate::programma_of(&as_stored), Ok(as_stored.clone()));
    for s in &p.stappen {
        assert!(s.minutes > 0, "{}", s.id);
        if let Some(w) = &s.werkblad {
            assert!(werkblad::template(w).is_some(), "{}: {w}", s.id);
        }
    }
    assert!(p.stappen[1].title.contains("5S"));
    assert!(p.stappen[6].title.contains("BOB en BARB"));
}
