//! Damaged and forged answer codes: refused with the right `CodeError`, never a panic, and a
//! good series being collected is not disturbed (its good parts pushed afterwards complete it).

use super::forge::{self, Body};
use super::properties::QR_ALPHANUMERIC;
use super::*;
use vitaal_core::domain::meedoen::{MAX_PACKED_BYTES, MAX_SERIES, PART_BYTES};
use vitaal_core::domain::scan::{AntwoordbestandError, ScanError, MAX_REMARK_CHARS};
use vitaal_core::domain::validate::{DomainError, Field};

/// Text that deflate cannot shrink much.
pub fn noise(chars: usize, mut x: u32) -> String {
    (0..chars)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + ((x >> 16) % 26) as u8)
        })
        .collect()
}

/// A good answer of two or more codes, and the receiver holding all but its last part.
fn good_series() -> (Vec<String>, Receiver) {
    let codes = answer_codes(&invitation(), &response(&noise(400, 3)));
    assert!(codes.len() >= 2, "{}", codes.len());
    let mut rx = Receiver::new();
    for c in &codes[..codes.len() - 1] {
        assert!(matches!(rx.push(c), Ok(Received::Part { .. })));
    }
    (codes, rx)
}

/// The good series completes with its last part, with the right answer.
fn completes(rx: &mut Receiver, codes: &[String]) {
    let last = codes.last().expect("a code");
    match rx.push(last) {
        Ok(Received::Complete { file, .. }) => {
            assert_eq!(file.response.answers[OV].remark, noise(400, 3));
            assert_eq!(file.response.id, "r-telefoon-1");
        }
        other => panic!("the good series did not complete: {other:?}"),
    }
}

/// Every character a camera could misread a code's character as.
fn replacements(original: char) -> impl Iterator<Item = char> {
    QR_ALPHANUMERIC
        .chars()
        .chain("az#é\u{0}".chars())
        .filter(move |c| *c != original)
}

fn changed(code: &str, at: usize, to: char) -> String {
    code.chars()
        .enumerate()
        .map(|(i, c)| if i == at { to } else { c })
        .collect()
}

#[test]
fn every_single_character_change_of_a_one_code_answer_is_refused() {
    let codes = answer_codes(&invitation(), &response("Goed gesprek."));
    assert_eq!(codes.len(), 1);
    let good = &codes[0];
    let mut rx = Receiver::new();
    let mut tried = 0;
    for (at, original) in good.chars().enumerate() {
        for to in replacements(original) {
            let bad = changed(good, at, to);
            let result = rx.push(&bad);
            let expected_kind = match at {
                // "VS": not one of ours; the version digit: newer, older or no number.
                0 | 1 => matches!(result, Err(CodeError::NotOurs)),
                2 if to.is_ascii_digit() && to > '1' => {
                    matches!(result, Err(CodeError::NewerVersion))
                }
                2 => matches!(result, Err(CodeError::NotOurs)),
                _ => matches!(result, Err(CodeError::Corrupt | CodeError::NotOurs)),
            };
            assert!(expected_kind, "{bad}: {result:?}");
            tried += 1;
        }
    }
    assert!(tried > 5_000, "{tried}");
    // Nothing of all that stayed behind: the good code completes at once.
    assert!(matches!(rx.push(good), Ok(Received::Complete { .. })));
}

#[test]
fn a_single_character_change_in_a_series_never_completes_it_wrongly() {
    let (codes, rx) = good_series();
    for (k, code) in codes.iter().enumerate() {
        for (at, original) in code.chars().enumerate() {
            // Misreadings of this one character, one after another (every misreading of every
            // character is tried on a one-code answer above; here a sample per character:
            // a digit, a letter, an alphanumeric symbol, ':' and a character outside it).
            let mut rx = rx.clone();
            for to in ['7', 'K', '%', ':', 'a']
                .into_iter()
                .filter(|c| *c != original)
            {
                let bad = changed(code, at, to);
                match rx.push(&bad) {
                    Err(_) | Ok(Received::Part { .. }) => {}
                    other => panic!("part {k}, {bad}: {other:?}"),
                }
            }
            // The good series is as it was: its last part completes it (when the bad ones
            // were of the last part, the good last part is pushed again).
            completes(&mut rx, &codes);
        }
    }
}

#[test]
fn truncated_codes_are_refused() {
    let codes = answer_codes(&invitation(), &response("Goed gesprek."));
    let good = &codes[0];
    let mut rx = Receiver::new();
    for len in 0..good.len() {
        let cut = &good[..len];
        let result = rx.push(cut);
        if len < 4 {
            assert_eq!(result, Err(CodeError::NotOurs), "{cut:?}");
        } else {
            assert_eq!(result, Err(CodeError::Corrupt), "{cut:?}");
        }
    }
    let (series, mut rx) = good_series();
    for code in &series {
        for len in 0..code.len() {
            assert!(rx.push(&code[..len]).is_err(), "{}", &code[..len]);
        }
    }
    completes(&mut rx, &series);
}

#[test]
fn parts_of_two_series_do_not_mix() {
    let inv = invitation();
    let a = answer_codes(&inv, &response(&noise(400, 3)));
    let mut other = response(&noise(400, 4));
    other.id = "r-telefoon-2".into();
    let b = answer_codes(&inv, &other);
    assert_eq!(a.len(), b.len());
    let mut rx = Receiver::new();
    assert!(matches!(rx.push(&a[0]), Ok(Received::Part { .. })));
    // B's last part with A's header: the checksum does not fit.
    let (a_series, _, of, _) = forge::split(&a[0]);
    let (_, b_index, _, b_data) = forge::split(&b[b.len() - 1]);
    for code in &a[1..a.len() - 1] {
        assert!(matches!(rx.push(code), Ok(Received::Part { .. })));
    }
    let swapped = forge::code(a_series, b_index, of, &b_data);
    assert_eq!(rx.push(&swapped), Err(CodeError::Corrupt));
    // B's own parts go to B's series.
    assert!(matches!(rx.push(&b[0]), Ok(Received::Part { have: 1, .. })));
    completes(&mut rx, &a);
    // A's first part in B's place is only another reading; B still completes with its own.
    let (b_series, ..) = forge::split(&b[0]);
    let (_, _, _, a_data) = forge::split(&a[0]);
    assert!(rx.push(&forge::code(b_series, 1, of, &a_data)).is_ok());
    for code in &b[1..] {
        let _ = rx.push(code);
    }
    // If B's last part came before a good reading of every part, B is complete now or with
    // its last part again.
    let last = rx.push(&b[b.len() - 1]);
    assert!(
        matches!(last, Ok(Received::Complete { .. } | Received::Repeat)),
        "{last:?}"
    );
}

#[test]
fn a_part_with_another_count_does_not_block_the_series() {
    let (codes, rx) = good_series();
    let (series, index, of, data) = forge::split(&codes[0]);
    // The first part claiming a longer series: another series, which never completes.
    let mut r = rx.clone();
    assert!(matches!(
        r.push(&forge::code(series, index, of + 1, &data)),
        Ok(Received::Part { of: o, .. }) if o == of + 1
    ));
    completes(&mut r, &codes);
    // Claimed first, before any good part: still no block.
    let mut r = Receiver::new();
    assert!(r.push(&forge::code(series, index, of + 1, &data)).is_ok());
    for c in &codes[..codes.len() - 1] {
        assert!(matches!(r.push(c), Ok(Received::Part { .. })));
    }
    completes(&mut r, &codes);
    // The last (short) part claiming a longer series: only full parts come before the last.
    let (_, last_index, _, last_data) = forge::split(&codes[codes.len() - 1]);
    let mut r = rx.clone();
    assert_eq!(
        r.push(&forge::code(series, last_index, of + 1, &last_data)),
        Err(CodeError::Corrupt)
    );
    // Part 1 of 1 with the data of a full part: the checksum does not fit.
    assert_eq!(
        r.push(&forge::code(series, 1, 1, &data)),
        Err(CodeError::Corrupt)
    );
    completes(&mut r, &codes);
}

#[test]
fn a_huge_count_is_too_large_and_odd_numbers_are_damaged() {
    let (codes, mut rx) = good_series();
    let (series, _, _, data) = forge::split(&codes[0]);
    let huge = format!("VS1:{series:08X}:1/{}:{data}", MAX_SERIES + 1);
    assert_eq!(rx.push(&huge), Err(CodeError::TooLarge));
    for place in [
        "1/99999999999999999999999",
        "0/2",
        "3/2",
        "1/0",
        "+1/2",
        "01/2",
        "1/02",
        "1/-2",
        "1/ 2",
        "1",
        "/",
        "",
    ] {
        let code = format!("VS1:{series:08X}:{place}:{data}");
        assert!(
            matches!(
                rx.push(&code),
                Err(CodeError::Corrupt | CodeError::TooLarge)
            ),
            "{code}"
        );
    }
    for series_text in ["abcdef12", "+BCDEF12", "ABCDEF1", "ABCDEF123", "GGGGGGGG"] {
        let code = format!("VS1:{series_text}:1/2:{data}");
        assert_eq!(rx.push(&code), Err(CodeError::Corrupt), "{code}");
    }
    completes(&mut rx, &codes);
}

/// Pushes every code of a forged answer and returns the last result.
fn push_all(rx: &mut Receiver, codes: &[String]) -> Result<Received, CodeError> {
    let mut last = Err(CodeError::Corrupt);
    for c in codes {
        last = rx.push(c);
    }
    last
}

#[test]
fn a_deflate_bomb_is_too_large() {
    let (codes, mut rx) = good_series();
    // A megabyte of zeros deflates to about a kilobyte: a few codes, with a fitting checksum.
    let bomb = forge::packed(&vec![0u8; 1 << 20], true);
    let bomb_codes = forge::codes(&bomb);
    assert!(bomb_codes.len() < 10, "{}", bomb_codes.len());
    assert_eq!(push_all(&mut rx, &bomb_codes), Err(CodeError::TooLarge));
    // Just over the largest valid answer: too large as well.
    let over = forge::packed(&vec![b'x'; MAX_PACKED_BYTES + 1], true);
    assert_eq!(
        push_all(&mut rx, &forge::codes(&over)),
        Err(CodeError::TooLarge)
    );
    completes(&mut rx, &codes);
}

/// A forged answer with a fitting checksum, pushed whole: the result and then the good series.
fn forged(edit: impl FnOnce(&mut Body)) -> Result<Received, CodeError> {
    let mut body = Body::of(&invitation(), &response("Goed gesprek."));
    edit(&mut body);
    let (codes, mut rx) = good_series();
    let result = push_all(
        &mut rx,
        &forge::codes(&forge::packed_smallest(&body.bytes())),
    );
    completes(&mut rx, &codes);
    result
}

fn content(result: Result<Received, CodeError>) -> ScanError {
    match result {
        Err(CodeError::Content(AntwoordbestandError::Content(e))) => e,
        other => panic!("not refused for its content: {other:?}"),
    }
}

#[test]
fn forged_codes_with_invalid_content_are_refused_like_an_answer_file() {
    let ov = forge::ingredient_ids()
        .iter()
        .position(|i| i == OV)
        .expect("OV");
    // Score 7 (no such score).
    assert!(matches!(
        content(forged(|b| b.ratings[ov] = 7)),
        ScanError::BadScore { score: 7, .. }
    ));
    // Markup in a remark, in the name, in the organisation.
    assert_eq!(
        content(forged(
            |b| b.remarks[ov] = Some(b"<script>alert(1)</script>".to_vec())
        )),
        ScanError::Content(DomainError::Markup(Field::Note))
    );
    assert_eq!(
        content(forged(|b| b.name = "<img src=x>".into())),
        ScanError::Content(DomainError::Markup(Field::PartnerName))
    );
    assert_eq!(
        content(forged(|b| b.organisation = "<b>GGD</b>".into())),
        ScanError::Content(DomainError::Markup(Field::PartnerOrganisation))
    );
    // A remark one character too long.
    assert_eq!(
        content(forged(
            |b| b.remarks[ov] = Some("é".repeat(MAX_REMARK_CHARS + 1).into_bytes())
        )),
        ScanError::Content(DomainError::TooLong {
            field: Field::Note,
            max: MAX_REMARK_CHARS
        })
    );
    // Ids that are not ids.
    assert_eq!(
        content(forged(|b| b.scan = "Scan <1>".into())),
        ScanError::Content(DomainError::BadId)
    );
    assert_eq!(
        content(forged(|b| b.id = String::new())),
        ScanError::Content(DomainError::BadId)
    );
    // No answers at all.
    assert_eq!(
        content(forged(|b| {
            b.ratings = [0; 16];
            b.remarks = vec![None; 16];
        })),
        ScanError::NoAnswers
    );
    // Control characters in a remark.
    assert_eq!(
        content(forged(|b| b.remarks[ov] = Some(b"a\x07b".to_vec()))),
        ScanError::Content(DomainError::ControlCharacters(Field::Note))
    );
}

#[test]
fn forged_codes_that_do_not_decode_are_damaged() {
    let ov = forge::ingredient_ids()
        .iter()
        .position(|i| i == OV)
        .expect("OV");
    // A remark for an ingrediënt that was not answered (the only way to name an ingrediënt
    // the model does not have: positions beyond the answered ones).
    assert_eq!(
        forged(|b| {
            let unanswered = b.ratings.iter().position(|r| *r == 0).expect("one");
            b.remarks[unanswered] = Some(b"x".to_vec());
        }),
        Err(CodeError::Corrupt)
    );
    // Not UTF-8.
    assert_eq!(
        forged(|b| b.remarks[ov] = Some(vec![0xff, 0xfe])),
        Err(CodeError::Corrupt)
    );
    // Bytes after the remarks.
    assert_eq!(forged(|b| b.trailer = vec![0]), Err(CodeError::Corrupt));
    // A length past the end.
    let mut body = Body::of(&invitation(), &response("x")).bytes();
    body.truncate(body.len() - 1);
    let (codes, mut rx) = good_series();
    assert_eq!(
        push_all(&mut rx, &forge::codes(&forge::packed(&body, false))),
        Err(CodeError::Corrupt)
    );
    completes(&mut rx, &codes);
    // An unknown flag byte, an empty packing, a varint that never ends.
    let (codes, mut rx) = good_series();
    let mut flag2 = forge::packed(&Body::of(&invitation(), &response("x")).bytes(), false);
    flag2[0] = 2;
    assert_eq!(
        push_all(&mut rx, &forge::codes(&flag2)),
        Err(CodeError::Corrupt)
    );
    let endless = [vec![0u8], vec![0xff; 20]].concat();
    assert_eq!(
        push_all(&mut rx, &forge::codes(&endless)),
        Err(CodeError::Corrupt)
    );
    let cut_deflate = {
        let mut p = forge::packed(&vec![b'a'; 500], true);
        p.truncate(p.len() - 2);
        p
    };
    assert_eq!(
        push_all(&mut rx, &forge::codes(&cut_deflate)),
        Err(CodeError::Corrupt)
    );
    completes(&mut rx, &codes);
}

#[test]
fn another_scans_code_reads_but_the_scan_refuses_to_merge_it() {
    use vitaal_core::domain::scan::MergeError;
    let Ok(Received::Complete { file, .. }) = forged(|b| b.scan = "scan-elders".into()) else {
        panic!("a valid answer to another scan reads as one");
    };
    let inv = invitation();
    let mut scan = inv.scan_shell();
    assert_eq!(scan.merge(*file), Err(MergeError::ForeignScan));
    let Ok(Received::Complete { file, .. }) = forged(|b| b.samenwerking = "sw-elders".into())
    else {
        panic!("a valid answer of another samenwerking reads as one");
    };
    assert_eq!(scan.merge(*file), Err(MergeError::ForeignSamenwerking));
}

#[test]
fn garbage_never_panics() {
    let mut rx = Receiver::new();
    let long = "VS1:".to_string() + &"9".repeat(100_000);
    for junk in [
        "",
        " ",
        "VS",
        "VS1",
        "VS1:",
        "VS1::",
        "VS1:::",
        "VS1:00000000:1/1:",
        "VS1:00000000:1/1:A",
        "VS1:00000000:1/1:ZZZ",
        "VS1:00000000:1/1:::::",
        "VS99999999999999999999:x",
        "VS-1:x",
        "https://example.org/#/doe-mee/1abc",
        "é",
        long.as_str(),
    ] {
        assert!(rx.push(junk).is_err(), "{junk:.40}");
    }
    // A code whose data is exactly PART_BYTES but claims to be the only part of its series
    // (that can only be a fitting series of one full part).
    let full = forge::packed(&[b'x'; PART_BYTES - 1], false);
    assert_eq!(forge::codes(&full).len(), 1);
    assert!(rx.push(&forge::codes(&full)[0]).is_err());
}
