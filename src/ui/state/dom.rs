//! Small browser helpers: the time, fresh ids, the URL hash and keyboard focus.

use leptos::prelude::*;

use crate::domain::Millis;

pub fn now_ms() -> Millis {
    js_sys::Date::now() as Millis
}

/// A fresh id such as `sw-lz4k1q-8f3a2c`: time plus randomness, lowercase and dashes only.
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    format!("{prefix}-{}-{}", base36(now_ms()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The page's hash (`#/…`), or empty.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Moves keyboard focus to the element with this id (the page heading after navigation).
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves keyboard focus to a button as soon as it is in the page (for confirmation questions,
/// so the keyboard user lands on the choice and a screen reader reads the question).
pub fn focus_when_mounted(button: leptos::prelude::NodeRef<leptos::html::Button>) {
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
}
