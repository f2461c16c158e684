//! Invitations: any valid one comes back exactly from its payload; garbage, truncations,
//! bombs and invalid content are refused with the right `CodeError`, never a panic.

use super::properties::text;
use super::*;
use base64::Engine;
use proptest::prelude::*;
use vitaal_core::domain::meedoen::{invitation_payload, MAX_INVITATION_CHARS, MAX_ORGANISATIONS};
use vitaal_core::domain::scan::{AntwoordbestandError, ScanError};
use vitaal_core::domain::validate::{DomainError, Field};

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A payload of any JSON text, deflated as the app does.
fn payload_of_json(json: &str) -> String {
    format!(
        "1{}",
        b64(&miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9))
    )
}

fn payload_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value = serde_json::to_value(invitation()).expect("json");
    edit(&mut value);
    payload_of_json(&value.to_string())
}

/// A single line as a valid name: trimmed, not empty.
fn name() -> impl Strategy<Value = String> {
    text(120, false).prop_map(|t| {
        let t = t.trim().to_string();
        if t.is_empty() {
            "x".into()
        } else {
            t
        }
    })
}

prop_compose! {
    fn invitation_strategy()(
        samenwerking in "[a-z0-9-]{1,64}",
        scan in "[a-z0-9-]{1,64}",
        samenwerking_name in name(),
        scan_title in text(120, false).prop_map(|t| t.trim().to_string()),
        organisations in prop::collection::vec(name(), 0..12),
        ingredients in prop::sample::subsequence(super::forge::ingredient_ids(), 1..=16),
    ) -> Invitation {
        Invitation { samenwerking, samenwerking_name, scan, scan_title, organisations, ingredients }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_valid_invitation_comes_back_exactly(inv in invitation_strategy()) {
        let url = invitation_url("https://example.org/app/", &inv);
        let payload = url.rsplit('/').next().expect("payload");
        prop_assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        if payload.len() <= MAX_INVITATION_CHARS {
            prop_assert_eq!(read_invitation(payload), Ok(inv));
        } else {
            prop_assert_eq!(read_invitation(payload), Err(CodeError::TooLarge));
        }
    }

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(junk in "\\PC{0,300}") {
        let _ = read_invitation(&junk);
        let _ = read_invitation(&format!("1{junk}"));
    }

    #[test]
    fn any_bytes_behind_the_version_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_invitation(&format!("1{}", b64(&bytes)));
        let _ = read_invitation(&format!("1{}", b64(&miniz_oxide::deflate::compress_to_vec(&bytes, 6))));
    }
}

#[test]
fn every_truncation_is_refused() {
    let payload = invitation_payload(&invitation());
    for len in 0..payload.len() {
        let cut = &payload[..len];
        let expected = if len == 0 {
            CodeError::NotOurs
        } else {
            CodeError::Corrupt
        };
        assert_eq!(read_invitation(cut), Err(expected), "{cut}");
    }
    assert_eq!(read_invitation(&payload), Ok(invitation()));
}

#[test]
fn every_single_character_change_is_refused_or_reads_a_valid_invitation() {
    let payload = invitation_payload(&invitation());
    // A few misreadings per position (a letter, a digit, the two extra characters, and a
    // character that is not base64url at all).
    let alphabet = "Qq7-_!";
    for at in 0..payload.len() {
        for to in alphabet.chars() {
            let mut bad: Vec<char> = payload.chars().collect();
            if bad[at] == to {
                continue;
            }
            bad[at] = to;
            let bad: String = bad.into_iter().collect();
            // Deflate has no checksum: a change may still decode, but then only to an
            // invitation that passes every check.
            if let Ok(inv) = read_invitation(&bad) {
                assert_eq!(read_invitation(&invitation_payload(&inv)), Ok(inv.clone()));
            }
        }
    }
}

#[test]
fn versions_and_foreign_text() {
    let payload = invitation_payload(&invitation());
    assert_eq!(
        read_invitation(&format!("3{}", &payload[1..])),
        Err(CodeError::NewerVersion)
    );
    assert_eq!(
        read_invitation(&format!("0{}", &payload[1..])),
        Err(CodeError::NotOurs)
    );
    for foreign in ["", "x1abc", "#/doe-mee/1", "é"] {
        assert_eq!(
            read_invitation(foreign),
            Err(CodeError::NotOurs),
            "{foreign}"
        );
    }
    // Not base64url, not deflate, not JSON, not an invitation.
    for bad in [
        "1!!!!".to_string(),
        "1AAA=".to_string(),
        format!("1{}", b64(b"not deflate at all")),
        payload_of_json("not json"),
        payload_of_json("[]"),
        payload_of_json("{}"),
        payload_of_json(
            r#"{"samenwerking":"a","samenwerking_name":"b","scan":"c","scan_title":"","ingredients":[]}"#,
        ),
    ] {
        assert_eq!(read_invitation(&bad), Err(CodeError::Corrupt), "{bad}");
    }
}

#[test]
fn bombs_and_oversized_invitations_are_too_large() {
    // A megabyte of spaces deflates to about a kilobyte of payload.
    let bomb = format!(
        "1{}",
        b64(&miniz_oxide::deflate::compress_to_vec(
            &vec![b' '; 1 << 20],
            9
        ))
    );
    assert!(bomb.len() < MAX_INVITATION_CHARS);
    assert_eq!(read_invitation(&bomb), Err(CodeError::TooLarge));
    assert_eq!(
        read_invitation(&format!("1{}", "A".repeat(MAX_INVITATION_CHARS))),
        Err(CodeError::TooLarge)
    );
    let too_many = payload_with(|v| {
        v["organisations"] = (0..=MAX_ORGANISATIONS)
            .map(|k| serde_json::Value::String(format!("o{k}")))
            .collect();
    });
    assert!(too_many.len() < MAX_INVITATION_CHARS);
    assert_eq!(read_invitation(&too_many), Err(CodeError::TooLarge));
    let just_enough = payload_with(|v| {
        v["organisations"] = (0..MAX_ORGANISATIONS)
            .map(|k| serde_json::Value::String(format!("o{k}")))
            .collect();
    });
    assert_eq!(
        read_invitation(&just_enough).map(|i| i.organisations.len()),
        Ok(MAX_ORGANISATIONS)
    );
}

fn content(payload: &str) -> DomainError {
    match read_invitation(payload) {
        Err(CodeError::Content(AntwoordbestandError::Content(ScanError::Content(e)))) => e,
        other => panic!("not refused for its content: {other:?}"),
    }
}

#[test]
fn invalid_content_is_refused() {
    assert_eq!(
        read_invitation(&payload_with(|v| {
            v["ingredients"] = serde_json::json!([OV, OV]);
        })),
        Err(CodeError::Corrupt)
    );
    assert_eq!(
        content(&payload_with(
            |v| v["ingredients"] = serde_json::json!(["geen-ingredient"])
        )),
        DomainError::UnknownIngredient
    );
    assert_eq!(
        content(&payload_with(
            |v| v["samenwerking_name"] = "<b>Ommen</b>".into()
        )),
        DomainError::Markup(Field::Name)
    );
    assert_eq!(
        content(&payload_with(
            |v| v["scan_title"] = "<script>x</script>".into()
        )),
        DomainError::Markup(Field::Name)
    );
    assert_eq!(
        content(&payload_with(
            |v| v["organisations"] = serde_json::json!(["GGD", "<img src=x>"])
        )),
        DomainError::Markup(Field::PartnerOrganisation)
    );
    assert_eq!(
        content(&payload_with(|v| v["samenwerking_name"] = "   ".into())),
        DomainError::Empty(Field::Name)
    );
    assert_eq!(
        content(&payload_with(|v| v["scan"] = "Scan 1".into())),
        DomainError::BadId
    );
    assert_eq!(
        content(&payload_with(
            |v| v["samenwerking_name"] = "x".repeat(121).into()
        )),
        DomainError::TooLong {
            field: Field::Name,
            max: 120
        }
    );
}

#[test]
fn the_invitation_for_a_large_samenwerking_still_fits() {
    let mut sw = samenwerking();
    sw.partners.clear();
    for k in 0..MAX_ORGANISATIONS + 20 {
        sw.partners.push(Partner {
            id: format!("p{k}"),
            name: format!("Persoon {k}"),
            organisation: format!("{k} {}", super::hostile::noise(110, k as u32)),
            kind: PartnerKind::Formeel,
            ring: Ring::Kerngroep,
            joined: String::new(),
            left: String::new(),
        });
    }
    let scan = Scan::new("scan-1".into(), sw.id.clone(), "Voorjaarsscan".into(), 2);
    let inv = Invitation::for_scan(&sw, &scan);
    let payload = invitation_payload(&inv);
    assert!(payload.len() <= MAX_INVITATION_CHARS, "{}", payload.len());
    assert_eq!(read_invitation(&payload), Ok(inv.clone()));
    // Too many long names to fit: the participant types the organisation.
    assert!(inv.organisations.is_empty());
    // A usual one keeps them.
    assert_eq!(invitation().organisations.len(), 2);
}

#[test]
fn the_invitation_of_twenty_organisations_stays_a_few_hundred_characters() {
    let mut sw = samenwerking();
    sw.partners.clear();
    for k in 0..20 {
        sw.partners.push(Partner {
            id: format!("p{k}"),
            name: format!("Persoon {k}"),
            organisation: format!("Stichting Welzijn en Zorg afdeling {k}"),
            kind: PartnerKind::Formeel,
            ring: Ring::Kerngroep,
            joined: String::new(),
            left: String::new(),
        });
    }
    sw.id = "sw-mhx2a9q0-1z9y8x".into();
    let scan = Scan::new(
        "scan-mhx3k2p1-8f3a2c".into(),
        sw.id.clone(),
        "Voorjaarsscan 2026".into(),
        2,
    );
    let url = invitation_url(
        "https://example.org/vitaal/",
        &Invitation::for_scan(&sw, &scan),
    );
    // (About 330: the ingrediënten as a bit set, similar names deflate well.)
    assert!((150..=600).contains(&url.len()), "{}", url.len());
}

#[test]
fn the_ingredients_travel_as_a_bit_set_and_lists_of_encoding_1_still_read() {
    let inv = invitation();
    assert_eq!(inv.ingredients.len(), 16);
    let payload = invitation_payload(&inv);
    assert!(payload.starts_with('2'), "{payload}");
    let json = serde_json::to_value(&inv).expect("json");
    assert_eq!(json["ingredients"], serde_json::json!(65535));
    // An invitation of encoding 1 (a list of ids; handouts printed before) reads the same.
    let mut old = json.clone();
    old["ingredients"] = serde_json::json!(inv.ingredients);
    let old_payload = payload_of_json(&old.to_string());
    assert_eq!(read_invitation(&old_payload), Ok(inv.clone()));
    // The bit set makes the invitation (and so its QR code) much smaller.
    assert!(
        payload.len() * 10 < old_payload.len() * 7,
        "{} vs {}",
        payload.len(),
        old_payload.len()
    );
    // Some ingrediënten, in the model's order: bits 1 and 11.
    let ids = super::forge::ingredient_ids();
    let some = Invitation {
        ingredients: vec![ids[1].clone(), ids[11].clone()],
        ..inv.clone()
    };
    assert_eq!(
        serde_json::to_value(&some).expect("json")["ingredients"],
        serde_json::json!(2 + 2048)
    );
    assert_eq!(
        read_invitation(&invitation_payload(&some)),
        Ok(some.clone())
    );
    // Out of the model's order: written as the list, which keeps the order.
    let reversed = Invitation {
        ingredients: vec![ids[11].clone(), ids[1].clone()],
        ..inv.clone()
    };
    assert!(serde_json::to_value(&reversed).expect("json")["ingredients"].is_array());
    assert_eq!(
        read_invitation(&invitation_payload(&reversed)),
        Ok(reversed.clone())
    );
    // A bit beyond the sixteenth, or no bit at all, is refused.
    for bad in [65536u64, 1 << 20, 0] {
        let mut v = json.clone();
        v["ingredients"] = serde_json::json!(bad);
        assert_eq!(
            read_invitation(&payload_of_json(&v.to_string())),
            Err(CodeError::Corrupt),
            "{bad}"
        );
    }
}
