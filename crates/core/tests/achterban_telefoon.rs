//! The achterban on a phone (`domain::meedoen::achterban`): the invitation on the blad, the
//! answers back by code or file, and what they change in the meeting.

use vitaal_core::domain::bijeenkomst::{AgendaItem, Bijeenkomst, Vorm};
use vitaal_core::domain::meedoen::achterban::*;
use vitaal_core::domain::meedoen::CodeError;
use vitaal_core::domain::{Partner, PartnerKind, Ring, Samenwerking};

const OV: &str = "openheid-en-vertrouwen";
const GB: &str = "gezamenlijk-belang";

fn samenwerking() -> Samenwerking {
    let mut s = Samenwerking::new("sw-ommen".into(), "Ommen".into(), 1);
    s.partners.push(Partner {
        id: "p1".into(),
        name: "Anna de Vries".into(),
        organisation: "Welzijn Ommen".into(),
        kind: PartnerKind::Formeel,
        ring: Ring::Kerngroep,
        joined: String::new(),
        left: String::new(),
    });
    let mut b = Bijeenkomst::new("bk-1".into(), Vorm::Barb, "2026-12-08".into(), 1);
    b.date = "2026-12-08".into();
    let mut item = AgendaItem::new(OV);
    item.achterban_vragen = "Herkent u dit beeld?".into();
    item.notes.insert(
        vitaal_core::domain::bijeenkomst::Fase::Beeldvorming,
        "Anna zei iets".into(),
    );
    b.agenda.push(item);
    b.agenda.push(AgendaItem::new(GB));
    s.bijeenkomsten.push(b);
    s
}

fn invitation() -> AchterbanUitnodiging {
    let s = samenwerking();
    AchterbanUitnodiging::for_group(&s, &s.bijeenkomsten[0], "Welzijn Ommen")
}

#[test]
fn the_invitation_holds_the_questions_but_no_person_or_note() {
    let inv = invitation();
    assert_eq!(inv.vragen.len(), 2);
    assert_eq!(inv.vragen[0].vragen, "Herkent u dit beeld?");
    let url = achterban_url("https://example.org/app/#/samenwerking/sw-ommen", &inv);
    let payload = url
        .strip_prefix("https://example.org/app/#/achterban/")
        .unwrap();
    assert_eq!(read_achterban_uitnodiging(payload).unwrap(), inv);
    let json = serde_json::to_string(&inv).unwrap();
    assert!(!json.contains("Anna"), "{json}");
}

#[test]
fn answers_come_back_by_codes_in_any_order_and_by_file() {
    let inv = invitation();
    let mut a = AchterbanAntwoorden::new(&inv, 5);
    // Text deflate cannot shrink much, so the answer needs a series.
    let mut x: u32 = 3;
    let long: String = (0..700)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((x >> 16) % 26) as u8)
        })
        .collect();
    a.answers.insert(OV.into(), long.clone());
    a.answers
        .insert(GB.into(), "Ja, met één kanttekening.".into());
    let codes = achterban_codes(&a);
    assert!(codes.len() >= 2);
    assert!(codes.iter().all(|c| c.starts_with("VA1:")));
    let mut rx = AchterbanReceiver::new();
    for c in codes.iter().skip(1) {
        assert!(matches!(rx.push(c), Ok(AchterbanReceived::Part { .. })));
    }
    let Ok(AchterbanReceived::Complete { antwoorden, .. }) = rx.push(&codes[0]) else {
        panic!("not complete")
    };
    assert_eq!(*antwoorden, a);
    assert_eq!(rx.push(&codes[0]), Ok(AchterbanReceived::Repeat));
    // A scan's answer code is not an achterban code.
    assert_eq!(rx.push("VS1:00000000:1/1:00"), Err(CodeError::NotOurs));
    let file = achterban_file(&a, 9);
    assert_eq!(read_achterban_file(&file).unwrap(), a);
    assert_eq!(
        achterban_file_name(&a),
        "achterban-welzijn-ommen.achterbanantwoord.json"
    );
}

#[test]
fn taking_answers_in_says_what_is_new_same_or_replaced() {
    let mut s = samenwerking();
    s.bijeenkomsten[0].agenda[1]
        .achterban
        .insert("Welzijn Ommen".into(), "Oud antwoord".into());
    let mut a = AchterbanAntwoorden::new(&invitation(), 5);
    a.answers.insert(OV.into(), "Nieuw".into());
    a.answers.insert(GB.into(), "Beter antwoord".into());
    let steps = plan_achterban(&s, &a).unwrap();
    assert_eq!(
        steps,
        vec![
            AchterbanStap::Vervangt {
                ingredient: GB.into(),
                old: "Oud antwoord".into(),
                text: "Beter antwoord".into()
            },
            AchterbanStap::Nieuw {
                ingredient: OV.into(),
                text: "Nieuw".into()
            },
        ]
    );
    a.answers.insert("voldoende-tijd".into(), "x".into());
    assert_eq!(
        plan_achterban(&s, &a),
        Err(AchterbanMisfit::NotOnAgenda {
            ingredient: "voldoende-tijd".into()
        })
    );
    a.bijeenkomst = "bk-weg".into();
    assert_eq!(plan_achterban(&s, &a), Err(AchterbanMisfit::OtherMeeting));
}

#[test]
fn hostile_achterban_input_is_refused() {
    let mut a = AchterbanAntwoorden::new(&invitation(), 5);
    a.answers
        .insert(OV.into(), "<script>alert(1)</script>".into());
    let codes = achterban_codes(&a);
    let mut rx = AchterbanReceiver::new();
    assert!(matches!(rx.push(&codes[0]), Err(CodeError::Content(_))));
    assert!(read_achterban_file(&achterban_file(&a, 1)).is_err());
    assert!(read_achterban_file("{}").is_err());
    assert!(read_achterban_uitnodiging("1AAAA").is_err());
    let mut inv = invitation();
    inv.vragen.push(inv.vragen[0].clone());
    let payload = achterban_payload(&inv);
    assert_eq!(
        read_achterban_uitnodiging(&payload),
        Err(CodeError::Corrupt)
    );
}
