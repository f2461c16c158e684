use super::*;
use serde_json::Value;
use vitaal_core::domain::file::{self, MAX_DEPTH};
use vitaal_core::domain::validate::DomainError;
use vitaal_core::domain::{Field, Samenwerking};

// ---- answer files ----

#[test]
fn an_answer_file_carries_format_version_the_scan_and_one_response() {
    let mut s = scan();
    s.add_response(resp("r-ander", "", &[(OV, Some(1))]))
        .unwrap();
    let text = answer_file(&s, &own_response(), 4_000);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], ANSWER_FORMAT);
    assert_eq!(value["format"], "vitaal-samenwerken-scanantwoord");
    assert_eq!(value["version"], 1);
    assert_eq!(value["exported_ms"], 4_000);
    assert_eq!(value["scan"], "scan-voorjaar");
    assert_eq!(value["samenwerking"], "sw-dorpsstad");
    assert_eq!(value["scan_title"], "Voorjaarsscan 2026");
    assert_eq!(value["response"]["id"], "r-eigen");
    assert_eq!(value["response"]["source"], "file");
    assert_eq!(value["response"]["answers"][OV]["score"], 4);
    assert_eq!(value["response"]["answers"][VS]["score"], Value::Null);
    // Other participants' answers never travel along.
    assert!(!text.contains("r-ander"));
}

#[test]
fn an_answer_file_reads_back_exactly() {
    let file = read_answer_file(&own_file()).unwrap();
    assert_eq!(
        file,
        Antwoordbestand {
            scan: "scan-voorjaar".into(),
            samenwerking: "sw-dorpsstad".into(),
            scan_title: "Voorjaarsscan 2026".into(),
            exported_ms: 4_000,
            response: Response {
                source: Source::File,
                ..own_response()
            },
        }
    );
    // Through bytes, and with a byte order mark.
    assert_eq!(
        read_answer_file_bytes(own_file().as_bytes()),
        Ok(file.clone())
    );
    assert_eq!(
        read_answer_file(&format!("\u{feff}{}", own_file())),
        Ok(file)
    );
}

#[test]
fn answer_file_names_are_safe() {
    assert_eq!(
        answer_file_name(&own_response()),
        "antwoord-r-eigen.scanantwoord.json"
    );
    let mut odd = own_response();
    odd.id = "../../etc/passwd".into();
    assert_eq!(
        answer_file_name(&odd),
        "antwoord-etcpasswd.scanantwoord.json"
    );
    odd.id = "///".into();
    assert_eq!(answer_file_name(&odd), "antwoord-scan.scanantwoord.json");
}

/// The own answer file with one change made to its JSON.
fn tweaked(change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&own_file()).unwrap();
    change(&mut value);
    value.to_string()
}

#[test]
fn not_text_and_not_json_are_refused() {
    assert_eq!(
        read_answer_file("dit is geen json {"),
        Err(AntwoordbestandError::NotJson)
    );
    assert_eq!(
        read_answer_file_bytes(&[0xff, 0xfe, 0x00]),
        Err(AntwoordbestandError::NotText)
    );
    assert_eq!(read_answer_file(""), Err(AntwoordbestandError::NotJson));
}

#[test]
fn other_json_and_samenwerking_files_are_the_wrong_format() {
    let samenwerking = file::export(&Samenwerking::new("sw-1".into(), "Buurt".into(), 1), 2);
    for text in [
        "[]".to_string(),
        "42".to_string(),
        r#"{"scan":"scan-voorjaar"}"#.to_string(),
        samenwerking,
        tweaked(|v| v["format"] = "vitaal-samenwerken".into()),
    ] {
        assert_eq!(
            read_answer_file(&text),
            Err(AntwoordbestandError::WrongFormat),
            "{text}"
        );
    }
}

#[test]
fn missing_bad_and_newer_versions_are_refused() {
    for version in [Value::Null, 0.into(), (-1).into(), 1.5.into(), "1".into()] {
        let text = tweaked(|v| v["version"] = version.clone());
        assert_eq!(
            read_answer_file(&text),
            Err(AntwoordbestandError::BadVersion),
            "{version}"
        );
    }
    assert_eq!(
        read_answer_file(&tweaked(|v| v["version"] = 2.into())),
        Err(AntwoordbestandError::NewerVersion {
            found: 2,
            supported: ANSWER_VERSION
        })
    );
}

#[test]
fn too_large_and_too_deep_are_refused_before_parsing() {
    let big = format!(
        "{{\"format\":\"{ANSWER_FORMAT}\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_ANSWER_FILE_BYTES)
    );
    assert!(matches!(
        read_answer_file(&big),
        Err(AntwoordbestandError::TooLarge {
            max: MAX_ANSWER_FILE_BYTES,
            ..
        })
    ));
    assert!(matches!(
        read_answer_file_bytes(big.as_bytes()),
        Err(AntwoordbestandError::TooLarge { .. })
    ));
    let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
    assert_eq!(read_answer_file(&deep), Err(AntwoordbestandError::TooDeep));
    let hostile = format!("{}{}", "{\"a\":".repeat(50_000), "1");
    assert_eq!(
        read_answer_file(&hostile),
        Err(AntwoordbestandError::TooDeep)
    );
}

#[test]
fn missing_fields_and_wrong_types_are_structure_errors() {
    let score = format!("response.answers.{OV}.score");
    let cases = [
        (
            format!(r#"{{"format":"{ANSWER_FORMAT}","version":1,"scan":"scan-voorjaar"}}"#),
            "samenwerking",
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = 300.into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = (-1).into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["answers"][OV]["score"] = 3.0.into()),
            &score,
        ),
        (
            tweaked(|v| v["response"]["source"] = "bluetooth".into()),
            "response.source",
        ),
        (
            tweaked(|v| v["response"]["answers"] = "alles goed".into()),
            "response.answers",
        ),
        (tweaked(|v| v["scan"] = 7.into()), "scan"),
        (tweaked(|v| v["scan_title"] = Value::Null), "scan_title"),
        // Objects only: never serde's array form of a struct.
        (
            tweaked(|v| v["response"] = serde_json::json!([])),
            "response",
        ),
        (
            tweaked(|v| v["response"]["answers"][OV] = serde_json::json!([4, ""])),
            &format!("response.answers.{OV}"),
        ),
    ];
    for (text, place) in &cases {
        let e = read_answer_file(text).unwrap_err();
        assert_eq!(
            e,
            AntwoordbestandError::Structure(place.to_string()),
            "{text}"
        );
    }
}

#[test]
fn content_that_breaks_the_rules_is_refused() {
    let content = |e: ScanError| Err(AntwoordbestandError::Content(e));
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"][OV]["score"] = 7.into()
        )),
        content(ScanError::BadScore {
            ingredient: OV.into(),
            score: 7
        })
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"][OV]["remark"] = "<iframe src=javascript:alert(1)>".into()
        )),
        content(ScanError::Content(DomainError::Markup(Field::Note)))
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"]["bestaat-niet"] = serde_json::json!({"score": 3})
        )),
        content(ScanError::Content(DomainError::UnknownIngredient))
    );
    assert_eq!(
        read_answer_file(&tweaked(|v| v["scan"] = "\"><svg onload=alert(1)>".into())),
        content(ScanError::Content(DomainError::BadId))
    );
    assert_eq!(
        read_answer_file(&tweaked(|v| v["scan_title"] = "<b>scan</b>".into())),
        content(ScanError::Content(DomainError::Markup(Field::Name)))
    );
    assert_eq!(
        read_answer_file(&tweaked(
            |v| v["response"]["answers"] = serde_json::json!({})
        )),
        content(ScanError::NoAnswers)
    );
}
