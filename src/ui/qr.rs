//! QR codes as SVG images (the `qrcode` crate, no image crate), for the invitations on the
//! beamer and on paper and for the answer codes on a phone: dark modules on white, with the
//! quiet zone, crisp edges, scaled by CSS. Shown as an `<img>` with a `data:` URL (the CSP's
//! img-src allows `data:`, also in the one-file edition), so it has an alt text.

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `text` as an SVG document, one unit per module: level M, or L when the text
/// is too long for M. `None` when it does not fit at all. Alphanumeric mode is chosen by the
/// crate where the text allows it (the answer codes).
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        .ok()?;
    Some(
        code.render::<svg::Color>()
            .module_dimensions(1, 1)
            .quiet_zone(true)
            .dark_color(svg::Color("#000"))
            .light_color(svg::Color("#fff"))
            .build(),
    )
}

/// `svg(text)` as a `data:` URL for an `<img>`.
pub fn data_url(text: &str) -> Option<String> {
    let svg = svg(text)?;
    Some(format!(
        "data:image/svg+xml,{}",
        String::from(js_sys::encode_uri_component(&svg))
    ))
}

/// The QR code of `text`, or nothing when it does not fit in one.
#[component]
pub fn QrImage(
    text: String,
    alt: String,
    class: &'static str,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    data_url(&text).map(|src| {
        view! { <img class=class id=id src=src alt=alt /> }
    })
}

/// Where this app runs, as a phone in the room would see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// A hosted address (`base`, without the fragment); `local` when it names this computer
    /// itself (`localhost`, `127.x` …), which phones cannot open.
    Web { base: String, local: bool },
    /// `file://`: no address a phone can open.
    File,
}

/// The app's own address.
pub fn app_address() -> Address {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Address::File;
    };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default().to_string();
    if location.protocol().unwrap_or_default() == "file:" || base.is_empty() {
        return Address::File;
    }
    let host = location.hostname().unwrap_or_default().to_lowercase();
    let local = host == "localhost"
        || host.ends_with(".localhost")
        || host.starts_with("127.")
        || host == "[::1]"
        || host == "::1"
        || host == "0.0.0.0";
    Address::Web { base, local }
}
