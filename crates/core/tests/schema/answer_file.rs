use super::*;
use serde_json::json;
use vitaal_core::domain::file::FORMAT;
use vitaal_core::domain::scan::{ANSWER_VERSION, MAX_REMARK_CHARS};

// ---- the answer file ----

fn check_answer_file(value: &Value, strict: bool) -> Vec<String> {
    let schema = answer_schema();
    check(&schema, &schema, value, strict, "")
}

fn reads(value: &Value) -> bool {
    scan::read_answer_file(&value.to_string()).is_ok()
}

#[test]
fn a_fresh_answer_file_matches_its_schema_exactly() {
    let errors = check_answer_file(&answer_file(), true);
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(reads(&answer_file()));
    // And the checker notices changes on either side.
    type Mutation = fn(&mut Value);
    let mutations: [(&str, bool, Mutation); 6] = [
        ("renamed scan_title", false, |f| {
            let file = f.as_object_mut().unwrap();
            let title = file.remove("scan_title").unwrap();
            file.insert("titel".into(), title);
        }),
        ("missing response", true, |f| {
            f.as_object_mut().unwrap().remove("response");
        }),
        ("other format", true, |f| f["format"] = json!(FORMAT)),
        ("newer version", true, |f| {
            f["version"] = json!(ANSWER_VERSION + 1)
        }),
        ("no answers", true, |f| f["response"]["answers"] = json!({})),
        ("score as text", true, |f| {
            f["response"]["answers"]["openheid-en-vertrouwen"]["score"] = json!("4")
        }),
    ];
    for (what, refused, mutate) in mutations {
        let mut value = answer_file();
        mutate(&mut value);
        assert!(
            !check_answer_file(&value, true).is_empty(),
            "{what} went unnoticed"
        );
        assert_eq!(reads(&value), !refused, "{what}: the reader");
    }
}

#[test]
fn answer_file_fields_and_types_agree_with_the_reader() {
    let schema = answer_schema();
    let levels = [
        ("", &schema),
        ("/response", &schema["$defs"]["response"]),
        (
            "/response/answers/gezamenlijke-identiteit-en-taal",
            &schema["$defs"]["answer"],
        ),
    ];
    for (pointer, object_schema) in levels {
        let required = object_schema["required"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for key in object_schema["properties"].as_object().unwrap().keys() {
            let mut value = answer_file();
            object_at(&mut value, pointer).remove(key);
            let optional = !required.contains(&json!(key));
            assert_eq!(reads(&value), optional, "{pointer}/{key} left out");
            assert_eq!(
                check_answer_file(&value, false).is_empty(),
                optional,
                "{pointer}/{key} left out"
            );
            for probe in [
                json!(null),
                json!(true),
                json!("x"),
                json!(-1),
                json!(0),
                json!(1.5),
                json!([]),
                json!({}),
            ] {
                let mut value = answer_file();
                at(&mut value, pointer)[key.as_str()] = probe.clone();
                let errors = check_answer_file(&value, false);
                let read = scan::read_answer_file(&value.to_string());
                assert_eq!(
                    errors.is_empty(),
                    read.is_ok(),
                    "{pointer}/{key} = {probe}: schema {errors:?}, reader {read:?}"
                );
            }
        }
        let mut value = answer_file();
        at(&mut value, pointer)["onbekend_veld"] = json!(1);
        assert!(reads(&value), "{pointer}");
        assert!(check_answer_file(&value, false).is_empty(), "{pointer}");
    }
    // Remarks at their limit, counted in characters.
    for (len, ok) in [(MAX_REMARK_CHARS, true), (MAX_REMARK_CHARS + 1, false)] {
        let mut value = answer_file();
        value["response"]["answers"]["openheid-en-vertrouwen"]["remark"] = json!("ë".repeat(len));
        assert_eq!(reads(&value), ok, "{len}");
        assert_eq!(check_answer_file(&value, true).is_empty(), ok, "{len}");
    }
}
