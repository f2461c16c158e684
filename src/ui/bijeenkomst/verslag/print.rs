//! Printing: the print dialog and the running page footer the print style sheet reads.

use leptos::prelude::*;

use crate::i18n::t;

use crate::ui::state::AppState;

/// Opens the browser's print dialog; the print style sheet keeps only the verslag or bladen.
pub(crate) fn print_page(state: &AppState) {
    let printed = web_sys::window().map(|w| w.print());
    if !matches!(printed, Some(Ok(()))) {
        state.error(t().verslag_ui.print_failed.to_string());
    }
}

/// The custom properties the print style sheet's running footer reads (`@page` margin boxes in
/// `style/report.css`): the footer text, and the words around the page number.
const PRINT_FOOTER: &str = "--print-footer";
const PRINT_PAGE: &str = "--print-page";
const PRINT_OF: &str = "--print-of";

/// Puts `text` in the printed page footer (with "Pagina n van m") while the calling view is on
/// screen, and takes it away again when the view goes. The texts go to the root element as CSS
/// strings through the CSSOM (allowed by the Content-Security-Policy, unlike a style element).
pub(crate) fn print_footer(text: impl Fn() -> Option<String> + 'static) {
    Effect::new(move |_| set_print_footer(text()));
    on_cleanup(|| set_print_footer(None));
}

fn set_print_footer(value: Option<String>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let style = el.style();
    let v = t().verslag_ui;
    for (name, text) in [
        (PRINT_FOOTER, value.as_deref()),
        (PRINT_PAGE, value.as_ref().map(|_| v.page_before)),
        (PRINT_OF, value.as_ref().map(|_| v.page_of)),
    ] {
        let _ = match text {
            Some(text) => style.set_property(name, &css_string(text)),
            None => style.remove_property(name).map(|_| ()),
        };
    }
}

/// A CSS string literal of plain text: quotes and backslashes escaped, one line.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
