//! The basics: the invitation round trip, one code, a series in any order, the phone's copy.

use super::*;

#[test]
fn the_invitation_holds_ids_names_organisations_and_ingredients_but_no_person() {
    let inv = invitation();
    assert_eq!(inv.organisations, vec!["Welzijn Ommen", "Zorggroep"]);
    assert_eq!(inv.ingredients.len(), 16);
    let url = invitation_url(
        "https://example.org/vitaal/index.html#/samenwerking/sw-ommen",
        &inv,
    );
    let prefix = format!("https://example.org/vitaal/index.html#/{INVITE_ROUTE}/");
    assert!(url.starts_with(&prefix), "{url}");
    let payload = &url[prefix.len()..];
    assert!(payload
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    assert_eq!(read_invitation(payload).unwrap(), inv);
    assert!(!payload.contains("Anna"));
}

#[test]
fn a_damaged_invitation_is_refused() {
    let url = invitation_url("https://x.nl/", &invitation());
    let payload = url.rsplit('/').next().unwrap();
    assert_eq!(
        read_invitation(&payload[..payload.len() / 2]),
        Err(CodeError::Corrupt)
    );
    assert_eq!(read_invitation("xyz"), Err(CodeError::NotOurs));
    assert_eq!(
        read_invitation(&format!("9{}", &payload[1..])),
        Err(CodeError::NewerVersion)
    );
}

#[test]
fn one_code_comes_back_as_the_answer_file() {
    let inv = invitation();
    let codes = answer_codes(&inv, &response("Goed gesprek."));
    assert_eq!(codes.len(), 1);
    let alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    assert!(codes[0].chars().all(|c| alnum.contains(c)), "{}", codes[0]);
    let mut rx = Receiver::new();
    let Received::Complete { file, .. } = rx.push(&codes[0]).unwrap() else {
        panic!("not complete")
    };
    assert_eq!(file.scan, "scan-1");
    assert_eq!(file.samenwerking, "sw-ommen");
    assert_eq!(file.response.answers[OV].remark, "Goed gesprek.");
    assert_eq!(rx.push(&codes[0]).unwrap(), Received::Repeat);
}

#[test]
fn a_long_answer_is_a_series_read_in_any_order() {
    let inv = invitation();
    // Text that deflate cannot shrink much: a pseudo-random walk over letters.
    let mut x: u32 = 7;
    let long: String = (0..900)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((x >> 16) % 26) as u8)
        })
        .collect();
    let codes = answer_codes(&inv, &response(&long));
    assert!(codes.len() >= 3, "{}", codes.len());
    let mut rx = Receiver::new();
    let mut order: Vec<_> = codes.iter().rev().collect();
    let last = order.pop().unwrap();
    for (n, c) in order.iter().enumerate() {
        assert!(
            matches!(rx.push(c).unwrap(), Received::Part { have, of, .. } if have == n + 1 && of == codes.len())
        );
    }
    let Received::Complete { file, .. } = rx.push(last).unwrap() else {
        panic!()
    };
    assert_eq!(file.response.answers[OV].remark, long);
}

#[test]
fn a_forged_part_is_refused_and_changes_nothing() {
    let codes = answer_codes(&invitation(), &response("Prima."));
    let mut forged = codes[0].clone();
    forged.pop();
    forged.push(if codes[0].ends_with('0') { '1' } else { '0' });
    let mut rx = Receiver::new();
    assert!(rx.push(&forged).is_err());
    assert!(matches!(rx.push(&codes[0]), Ok(Received::Complete { .. })));
}

#[test]
fn the_phone_keeps_its_participation_and_writes_the_answer_file() {
    let mut p = Participation::new(invitation(), "r-telefoon-1".into(), 1);
    p.response = response("");
    let text = serde_json::to_string(&p).unwrap();
    assert_eq!(
        vitaal_core::domain::meedoen::read_participation(&text),
        Some(p.clone())
    );
    let file = vitaal_core::domain::scan::read_answer_file(&p.answer_file(9)).unwrap();
    assert_eq!(file.response.id, "r-telefoon-1");
}
