use super::*;
use vitaal_core::domain::validate;
use vitaal_core::domain::werkblad::{BlockKind, Key};

// ---- the content file ----

const CONTENT: &str = include_str!("../../../../content/werkbladen.nl.json");

#[test]
fn the_content_file_has_the_eleven_werkbladen_in_order() {
    let parsed = werkblad::parse_templates(CONTENT).expect("the content file parses");
    assert_eq!(parsed.language, "nl");
    let ids: Vec<&str> = parsed.werkbladen.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "waarom",
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
    only(&value, &["language", "werkbladen"], "top");
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
            ];
            only(b, &fields, "block");
            for i in b["items"].as_array().into_iter().flatten() {
                let fields = ["id", "text", "hint", "left", "right", "pros", "cons"];
                only(i, &fields, "item");
            }
        }
    }
}
