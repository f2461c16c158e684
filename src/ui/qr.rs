//! A QR code as inline SVG, made by the `qrcode` crate: for the invitations on the beamer and on
//! paper, and for the answer codes on a phone. Black on white with the quiet zone, one SVG unit
//! per module, so CSS scales it to any size with crisp edges.

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The SVG markup of `text` as a QR code (error correction level M), or `None` when the text is
/// too long for any QR code.
pub fn svg_markup(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let markup = code
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .build();
    // The XML declaration is not allowed inside HTML.
    let start = markup.find("<svg").unwrap_or(0);
    Some(markup[start..].replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1))
}

/// A QR code of `text`, labelled for screen readers by `label` (what it is for, never the
/// code's content). `class` sizes it (see style/qr.css).
#[component]
pub fn QrImage(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    let markup = Memo::new(move |_| text.with(|t| svg_markup(t)).unwrap_or_default());
    view! {
        <div
            class=format!("qr {class}")
            role="img"
            aria-label=move || label.get()
            inner_html=markup
        />
    }
}

/// Where this app runs, as a phone in the room would see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// A web address a phone can open (the page's address without its fragment).
    Web(String),
    /// `localhost` or a loopback address: only this computer can open it.
    Local(String),
    /// Opened from a file (`file://`): there is no address a phone can open.
    File,
}

impl Address {
    /// The address as a phone would open it, if there is one.
    pub fn url(&self) -> Option<&str> {
        match self {
            Address::Web(url) | Address::Local(url) => Some(url),
            Address::File => None,
        }
    }
}

/// The app's own address (without the fragment).
pub fn app_address() -> Address {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Address::File;
    };
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default().to_string();
    let protocol = location.protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return Address::File;
    }
    let host = location.hostname().unwrap_or_default();
    if host == "localhost" || host.starts_with("127.") || host == "[::1]" || host == "::1" {
        Address::Local(base)
    } else {
        Address::Web(base)
    }
}
