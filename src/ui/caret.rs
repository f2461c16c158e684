//! Keeps the user's place when a screen has to be built again (another tab's newer work, undo,
//! a backup put back): the focused field, its exact text, caret and selection, the scroll
//! positions, and text typed in "new …" fields that is not stored yet ([`DRAFT`]).
//!
//! The screen is built again in one go (a microtask after the change) and its fields get their
//! values in the microtask after that; the place is put back right after, so no keystroke can
//! arrive in between (keystrokes are tasks, and microtasks all run first).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// Marks a field whose text is not stored until a button is pressed (a new partner's name):
/// its text is kept over a rebuild as well, focused or not.
pub const DRAFT: &str = "data-concept";

/// The fields and controls that can hold the focus on a screen, in document order.
const CONTROLS: &str = "#inhoud input, #inhoud textarea, #inhoud select, #inhoud button, \
                        #inhoud a[href], #inhoud summary, #inhoud [tabindex]";

/// How to find an element again in the rebuilt screen: by id, else by its tag and accessible
/// name and its position among the controls with that tag and name (a partner's row, a rule).
struct Key {
    id: String,
    tag: String,
    label: String,
    nth: usize,
}

struct Text {
    value: String,
    start: Option<u32>,
    end: Option<u32>,
    direction: Option<String>,
    scroll_top: i32,
}

/// Where the user was, taken before a rebuild and put back after it.
pub struct Place {
    focus: Option<(Key, Option<Text>)>,
    drafts: Vec<(Key, String)>,
    scroll: (f64, f64),
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn label_of(el: &Element) -> String {
    el.get_attribute("aria-label")
        .or_else(|| el.get_attribute("name"))
        .unwrap_or_default()
}

fn controls(document: &Document) -> Vec<Element> {
    // (Called through JS: the web-sys NodeList binding is not among this crate's features.)
    let query = get(document, "querySelectorAll");
    let Some(list) = query
        .dyn_ref::<js_sys::Function>()
        .and_then(|f| f.call1(document, &JsValue::from_str(CONTROLS)).ok())
    else {
        return Vec::new();
    };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn key_of(el: &Element, all: &[Element]) -> Key {
    let tag = el.tag_name();
    let label = label_of(el);
    let nth = all
        .iter()
        .filter(|e| e.tag_name() == tag && label_of(e) == label)
        .position(|e| e == el)
        .unwrap_or(0);
    Key {
        id: el.id(),
        tag,
        label,
        nth,
    }
}

fn find(document: &Document, key: &Key, all: &[Element]) -> Option<Element> {
    if !key.id.is_empty() {
        return document.get_element_by_id(&key.id);
    }
    all.iter()
        .filter(|e| e.tag_name() == key.tag && label_of(e) == key.label)
        .nth(key.nth)
        .cloned()
}

/// The text of a text field (input or textarea), `None` for other elements.
fn text_value(el: &Element) -> Option<String> {
    let tag = el.tag_name();
    let texty = tag == "TEXTAREA"
        || (tag == "INPUT"
            && matches!(
                el.get_attribute("type").as_deref().unwrap_or("text"),
                "text" | "search" | "url" | "tel" | "email" | "password"
            ));
    if texty {
        get(el, "value").as_string()
    } else {
        None
    }
}

fn selection(el: &Element, name: &str) -> Option<u32> {
    get(el, name).as_f64().map(|n| n as u32)
}

/// Notes where the user is, if the focus or a draft is on the screen.
pub fn capture() -> Option<Place> {
    let document = document()?;
    let window = web_sys::window()?;
    let all = controls(&document);
    let focus = document
        .active_element()
        .filter(|el| all.contains(el))
        .map(|el| {
            let text = text_value(&el).map(|value| Text {
                value,
                start: selection(&el, "selectionStart"),
                end: selection(&el, "selectionEnd"),
                direction: get(&el, "selectionDirection").as_string(),
                scroll_top: el.scroll_top(),
            });
            (key_of(&el, &all), text)
        });
    let drafts: Vec<(Key, String)> = all
        .iter()
        .filter(|el| el.has_attribute(DRAFT))
        .filter_map(|el| {
            let value = text_value(el)?;
            (!value.is_empty()).then(|| (key_of(el, &all), value))
        })
        .collect();
    if focus.is_none() && drafts.is_empty() {
        return None;
    }
    let scroll = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    Some(Place {
        focus,
        drafts,
        scroll,
    })
}

/// Sets a field's text as if typed, so a draft's own signal (`bind:value`) has it too.
fn put_draft(el: &Element, value: &str) {
    let _ = Reflect::set(el, &JsValue::from_str("value"), &JsValue::from_str(value));
    if let Ok(event) = web_sys::Event::new("input") {
        let _ = el.dispatch_event(&event);
    }
}

/// Puts the user back where [`capture`] found them. The focused field keeps the exact text the
/// user had when what is stored is that text as saved (trimmed: "A. " is stored as "A."); when
/// the other tab changed this very field, its text shows, with the caret kept where it fits.
pub fn restore(place: Place) {
    let (Some(document), Some(window)) = (document(), web_sys::window()) else {
        return;
    };
    let all = controls(&document);
    for (key, value) in &place.drafts {
        if let Some(el) = find(&document, key, &all) {
            if text_value(&el).is_some_and(|now| now.is_empty()) {
                put_draft(&el, value);
            }
        }
    }
    let Some((key, text)) = place.focus else {
        return;
    };
    let Some(el) = find(&document, &key, &all) else {
        return;
    };
    if let Some(text) = &text {
        if let Some(now) = text_value(&el) {
            if now != text.value && now.trim() == text.value.trim() {
                let _ = Reflect::set(
                    &el,
                    &JsValue::from_str("value"),
                    &JsValue::from_str(&text.value),
                );
            }
        }
    }
    if document.active_element().as_ref() != Some(&el) {
        if let Ok(html) = el.clone().dyn_into::<HtmlElement>() {
            let options = js_sys::Object::new();
            let _ = Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE);
            let focus = get(&html, "focus");
            if let Some(focus) = focus.dyn_ref::<js_sys::Function>() {
                let _ = focus.call1(&html, &options);
            }
        }
    }
    if let Some(text) = text {
        let length = get(&el, "value")
            .dyn_ref::<js_sys::JsString>()
            .map_or(0, |s| s.length());
        if let (Some(start), Some(end)) = (text.start, text.end) {
            let set = get(&el, "setSelectionRange");
            if let Some(set) = set.dyn_ref::<js_sys::Function>() {
                let args = js_sys::Array::of3(
                    &start.min(length).into(),
                    &end.min(length).into(),
                    &JsValue::from_str(text.direction.as_deref().unwrap_or("none")),
                );
                let _ = set.apply(&el, &args);
            }
        }
        el.set_scroll_top(text.scroll_top);
    }
    let (x, y) = place.scroll;
    if window.scroll_x().unwrap_or(0.0) != x || window.scroll_y().unwrap_or(0.0) != y {
        window.scroll_to_with_x_and_y(x, y);
    }
}
