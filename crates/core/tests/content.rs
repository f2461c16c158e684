//! The Gespreksmodel content is complete, well-formed and free of the OCR errors of its source.

#![cfg(not(target_arch = "wasm32"))]

use vitaal_core::domain::content;

#[test]
fn five_factors_with_sixteen_ingredients_in_the_publications_order() {
    let c = content::nl();
    assert_eq!(c.language, "nl");
    let factors: Vec<&str> = c.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        factors,
        [
            "Relatie",
            "Samenstelling",
            "Ambitie",
            "Belangen",
            "Organisatie & Proces"
        ]
    );
    let counts: Vec<usize> = c.factors.iter().map(|f| f.ingredients.len()).collect();
    assert_eq!(counts, [4, 4, 2, 2, 4]);
    assert_eq!(c.ingredients().count(), 16);
    let names: Vec<&str> = c.ingredients().map(|(_, i)| i.name.as_str()).collect();
    assert!(names.contains(&"Vermogen tot samenwerking"));
    assert!(names.contains(&"Georganiseerd toeval"));
    assert!(names.contains(&"Aandacht voor ontwikkeling"));
}

#[test]
fn every_ingredient_has_explanation_questions_and_a_section_number() {
    let c = content::nl();
    let mut ids = std::collections::BTreeSet::new();
    for (factor, ingredient) in c.ingredients() {
        assert!(
            ids.insert(ingredient.id.clone()),
            "duplicate id {}",
            ingredient.id
        );
        assert!(
            ingredient
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            ingredient.id
        );
        assert!(!ingredient.summary.trim().is_empty(), "{}", ingredient.id);
        assert!(ingredient.explanation.len() >= 2, "{}", ingredient.id);
        assert!(
            (1..=2).contains(&ingredient.questions.len()),
            "{}",
            ingredient.id
        );
        for q in &ingredient.questions {
            assert!(q.ends_with('?'), "question without ?: {q}");
        }
        assert!(
            ingredient.section.starts_with("4."),
            "{}",
            ingredient.section
        );
        assert!(!factor.id.is_empty());
    }
}

#[test]
fn the_three_checkvragen() {
    let texts: Vec<&str> = content::nl()
        .checkvragen
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Hebben we het hier over gehad?",
            "Is iedereen gehoord en aan boord?",
            "Zijn er besluiten genomen en afspraken vastgelegd?"
        ]
    );
}

#[test]
fn three_routes_matching_the_domain_routes() {
    let c = content::nl();
    for route in vitaal_core::domain::Route::ALL {
        let info = c.route(route.id()).expect("route in content");
        assert!(!info.description.is_empty());
        assert!(info.section.starts_with("3.1."));
    }
}

#[test]
fn no_ocr_artefacts_and_no_markup() {
    let raw = include_str!("../../../content/nl.json");
    for bad in [
        "ingrediént",
        "Ingrediént",
        "vitgave",
        "ledereen",
        "potentiéle",
        "creéren",
        "ideeén",
        "Jonathankelijk",
        "«",
    ] {
        assert!(!raw.contains(bad), "content contains OCR artefact {bad:?}");
    }
    let c = content::nl();
    for (_, i) in c.ingredients() {
        for text in i.explanation.iter().chain(&i.questions).chain([&i.summary]) {
            assert!(
                !vitaal_core::domain::validate::looks_like_markup(text),
                "{text}"
            );
            assert!(!text.contains("  "), "double space in {text:?}");
            assert_eq!(text.trim(), text, "untrimmed text {text:?}");
        }
    }
}

#[test]
fn a_damaged_content_file_names_the_place() {
    let raw = include_str!("../../../content/nl.json");
    assert!(content::parse(raw).is_ok());
    let damaged = |pointer: &str, new: serde_json::Value| {
        let mut value: serde_json::Value = serde_json::from_str(raw).unwrap();
        *value.pointer_mut(pointer).expect(pointer) = new;
        content::parse(&value.to_string()).expect_err(pointer)
    };
    // Never serde's array form of a struct; an optional field (a factor's intro) may be left
    // out, but is not `null`; a required one must be there.
    let factor = serde_json::json!(["relatie", "Relatie", "", []]);
    assert!(damaged("/factors/0", factor).contains("`factors[0]`"));
    assert!(damaged("/factors/1/intro", serde_json::json!(null)).contains("`factors[1].intro`"));
    let mut value: serde_json::Value = serde_json::from_str(raw).unwrap();
    value["factors"][1].as_object_mut().unwrap().remove("intro");
    assert!(content::parse(&value.to_string()).is_ok());
    value["routes"][2].as_object_mut().unwrap().remove("name");
    let e = content::parse(&value.to_string()).unwrap_err();
    assert!(e.contains("`routes[2].name`"), "{e}");
}
