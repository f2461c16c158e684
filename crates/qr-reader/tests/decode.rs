//! The decoder on the host: codes drawn with the `qrcode` crate (as the app draws them) are read
//! back, one or several per frame, from greyscale and from RGBA pixels.

use qr_reader::{decode_luma, decode_rgba, luma};

/// A white `width`×`height` image with each `(text, left, top)` drawn at 4 pixels per module.
fn image(width: usize, height: usize, codes: &[(&str, usize, usize)]) -> Vec<u8> {
    let mut pixels = vec![255u8; width * height];
    for (text, left, top) in codes {
        let code = qrcode::QrCode::new(text.as_bytes()).expect("a QR code");
        let size = code.width();
        let colors = code.to_colors();
        for y in 0..size {
            for x in 0..size {
                if colors[y * size + x] == qrcode::Color::Dark {
                    for dy in 0..4 {
                        for dx in 0..4 {
                            pixels[(top + y * 4 + dy) * width + left + x * 4 + dx] = 0;
                        }
                    }
                }
            }
        }
    }
    pixels
}

#[test]
fn reads_one_code() {
    let text = "VS1:191D2C64:1/1:+70C95$9R%TCL+9A+PAZ92F56VC88G$507/08/T0MK00";
    let pixels = image(320, 240, &[(text, 60, 20)]);
    assert_eq!(decode_luma(320, 240, &pixels), vec![text.to_string()]);
}

#[test]
fn reads_several_codes_in_one_frame() {
    let pixels = image(
        640,
        240,
        &[("VS1:1:1/2:AAA", 20, 40), ("VS1:1:2/2:BBB", 360, 40)],
    );
    let mut found = decode_luma(640, 240, &pixels);
    found.sort();
    assert_eq!(
        found,
        vec!["VS1:1:1/2:AAA".to_string(), "VS1:1:2/2:BBB".to_string()]
    );
}

#[test]
fn reads_rgba_as_a_canvas_gives_it() {
    let grey = image(320, 240, &[("Vitaal Samenwerken", 60, 20)]);
    let rgba: Vec<u8> = grey.iter().flat_map(|&g| [g, g, g, 255]).collect();
    assert_eq!(luma(&rgba), grey);
    assert_eq!(
        decode_rgba(320, 240, &rgba),
        vec!["Vitaal Samenwerken".to_string()]
    );
}

#[test]
fn nothing_in_an_empty_or_short_frame() {
    assert!(decode_luma(320, 240, &vec![255u8; 320 * 240]).is_empty());
    assert!(decode_luma(320, 240, &[0u8; 10]).is_empty());
    assert!(decode_luma(0, 0, &[]).is_empty());
}
