//! The QR decoder of Vitaal Samenwerken, as a Web Worker of its own, so that the main wasm does
//! not carry it and decoding never blocks the page (see `src/ui/scan/camera.rs`).
//!
//! Trunk builds it with `data-type="worker"` (index.html) into `qr-reader.js`,
//! `qr-reader_bg.wasm` and `qr-reader_loader.js` (names without hash). The page creates the worker
//! only when the camera is opened. Protocol:
//! - the worker posts `"klaar"` once it listens;
//! - the page posts `[width, height, pixels]`, `pixels` an `ArrayBuffer` of RGBA bytes
//!   (`ImageData`'s buffer, transferred);
//! - the worker answers every frame with an `Array` of the decoded texts (empty: no code found);
//!   rqrr finds several codes in one frame.
//!
//! The decoding itself ([`decode_rgba`], [`decode_luma`]) is plain Rust and runs on the host too.

/// Every QR code found in a greyscale image (`luma.len() == width * height`), as text, in the
/// order rqrr finds them. Codes that are seen but cannot be read are left out.
pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() < width * height {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// [`decode_luma`] for RGBA bytes (a canvas's `ImageData`).
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    decode_luma(width, height, &luma(rgba))
}

/// Greyscale from RGBA (BT.601 weights, in integers).
pub fn luma(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect()
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn dimension(value: JsValue) -> usize {
        value
            .as_f64()
            .filter(|v| v.is_finite() && *v >= 0.0 && *v <= 16384.0)
            .map_or(0, |v| v as usize)
    }

    #[wasm_bindgen(start)]
    pub fn start() {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            return;
        };
        let reply = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let frame = js_sys::Array::from(&event.data());
            let (width, height) = (dimension(frame.get(0)), dimension(frame.get(1)));
            let pixels = js_sys::Uint8Array::new(&frame.get(2)).to_vec();
            let found = js_sys::Array::new();
            for text in super::decode_rgba(width, height, &pixels) {
                found.push(&JsValue::from_str(&text));
            }
            let _ = reply.post_message(&found);
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // Messages posted before the wasm listened are lost: the page waits for this one.
        let _ = scope.post_message(&JsValue::from_str("klaar"));
    }
}
