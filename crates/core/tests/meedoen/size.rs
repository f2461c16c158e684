//! How large the codes are: a typical answer is one code; the largest valid answer (sixteen
//! remarks of 1000 characters that deflate cannot shrink) still fits in `MAX_SERIES` codes.

use super::properties::QR_ALPHANUMERIC;
use super::*;
use vitaal_core::domain::meedoen::{MAX_CODE_CHARS, MAX_PACKED_BYTES, MAX_SERIES, PART_BYTES};
use vitaal_core::domain::scan::{read_answer_file, MAX_REMARK_CHARS};
use vitaal_core::domain::validate::{MAX_ID_CHARS, MAX_NAME_CHARS};

/// As the app makes them: `sw-<time>-<random>` (see `ui::state::new_id`).
fn app_invitation() -> Invitation {
    let sw = Samenwerking::new("sw-mhx2a9q0-1z9y8x".into(), "Ommen".into(), 1);
    let scan = Scan::new(
        "scan-mhx3k2p1-8f3a2c".into(),
        sw.id.clone(),
        "Voorjaarsscan 2026".into(),
        2,
    );
    Invitation::for_scan(&sw, &scan)
}

fn typical(remarks: [&str; 3]) -> Response {
    let inv = app_invitation();
    let mut r = Response::new("r-mhx3m0a2-k3j2h1".into(), Source::File, 1_764_240_000_000);
    r.name = "Marieke van den Berg".into();
    r.organisation = "Stichting Welzijn Ommen".into();
    for (k, id) in inv.ingredients.iter().enumerate() {
        let remark = if k % 5 == 0 {
            remarks.get(k / 5).copied().unwrap_or("")
        } else {
            ""
        };
        let score = if k == 7 {
            None
        } else {
            Some((k % 5 + 1) as u8)
        };
        r.set(id, score, remark);
    }
    r
}

fn one_code(r: &Response) -> String {
    let codes = answer_codes(&app_invitation(), r);
    assert_eq!(codes.len(), 1, "{codes:?}");
    codes.into_iter().next().expect("one")
}

#[test]
fn a_typical_answer_is_one_code() {
    // Sixteen ratings (one "weet ik niet"), name, organisation, three short remarks.
    let code = one_code(&typical([
        "Goed gesprek.",
        "Te weinig tijd.",
        "Wie trekt dit eigenlijk?",
    ]));
    assert!((230..=270).contains(&code.len()), "{}", code.len());
    // Three remarks of a line each still fit (about 300 characters).
    let code = one_code(&typical([
        "We zien elkaar te weinig.",
        "Goed dat de gemeente aanschuift.",
        "Wie trekt dit eigenlijk?",
    ]));
    assert!(code.len() <= MAX_CODE_CHARS, "{}", code.len());
    // Without remarks it is well inside.
    assert!(one_code(&typical(["", "", ""])).len() < 200);
}

#[test]
fn the_code_limits_fit_a_version_10_qr_code_at_level_m() {
    // Alphanumeric capacity of QR version 10 at error correction level M.
    const { assert!(MAX_CODE_CHARS <= 311) };
    // The longest header (VS1:XXXXXXXX:nnn/nnn:) plus a full part stays within the limit.
    let header = format!("VS1:FFFFFFFF:{MAX_SERIES}/{MAX_SERIES}:").len();
    const { assert!(MAX_SERIES < 1000) };
    // The numbers docs/file-format.md gives.
    assert_eq!(
        (PART_BYTES, MAX_PACKED_BYTES, MAX_SERIES),
        (192, 65_210, 340)
    );
    assert!(header + PART_BYTES / 2 * 3 <= MAX_CODE_CHARS);
}

/// The largest valid answer: every text at its limit in 4-byte characters that do not repeat.
fn largest() -> (Invitation, Response) {
    let mut inv = app_invitation();
    inv.samenwerking = "s".repeat(MAX_ID_CHARS);
    inv.scan = "c".repeat(MAX_ID_CHARS);
    let mut x: u32 = 11;
    let mut wide = |n: usize| -> String {
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                // Supplementary planes: CJK extension B, four bytes in UTF-8.
                char::from_u32(0x2_0000 + (x >> 8) % 0xA6D0).expect("a character")
            })
            .collect()
    };
    let mut r = Response::new("r".repeat(MAX_ID_CHARS), Source::File, u64::MAX);
    r.name = wide(MAX_NAME_CHARS);
    r.organisation = wide(MAX_NAME_CHARS);
    for id in inv.ingredients.clone() {
        r.set(&id, None, &wide(MAX_REMARK_CHARS));
    }
    (inv, r)
}

fn round_trip(inv: &Invitation, r: &Response) -> usize {
    let codes = answer_codes(inv, r);
    assert!(codes.len() <= MAX_SERIES, "{} codes", codes.len());
    let mut rx = Receiver::new();
    let mut file = None;
    // Backwards, for a change.
    for c in codes.iter().rev() {
        assert!(c.len() <= MAX_CODE_CHARS);
        assert!(c.chars().all(|ch| QR_ALPHANUMERIC.contains(ch)));
        if let Received::Complete { file: f, .. } = rx.push(c).expect("accepted") {
            file = Some(f);
        }
    }
    let expected = read_answer_file(&vitaal_core::domain::scan::answer_file(
        &inv.scan_shell(),
        r,
        0,
    ))
    .expect("valid")
    .response;
    assert_eq!(file.expect("complete").response, expected);
    codes.len()
}

#[test]
fn the_largest_valid_answer_fits_in_the_largest_series() {
    let (inv, r) = largest();
    let n = round_trip(&inv, &r);
    // The bound is not far from the worst answer we can write (four-byte characters that
    // deflate can shrink only a little).
    assert!(n * PART_BYTES * 2 >= MAX_PACKED_BYTES, "{n} codes");
    assert_eq!(MAX_SERIES, MAX_PACKED_BYTES.div_ceil(PART_BYTES));
    // Sixteen remarks of 1000 random letters (incompressible for deflate beyond ~5 bits a
    // letter): far fewer codes.
    let mut letters = typical(["", "", ""]);
    for (k, id) in app_invitation().ingredients.iter().enumerate() {
        letters.set(
            id,
            Some(3),
            &super::hostile::noise(MAX_REMARK_CHARS, k as u32),
        );
    }
    let m = round_trip(&app_invitation(), &letters);
    assert!(m < n / 3, "{m} against {n}");
    // (The first limit of 40 codes was too small for this one.)
    assert!(m > 40, "{m}");
}
