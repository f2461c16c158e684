//! Files in and out: downloads via a Blob URL, uploads via `File.text()`. Nothing leaves the device.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `contents` as a download called `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("geen document"))?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("geen body"))?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    // Revoke later: Chromium may still be starting the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Why a chosen file could not be read.
pub enum ReadError {
    TooLarge(usize),
    Failed,
}

/// Reads a chosen file as text, refusing files over `max` bytes before reading them.
pub async fn read_text(file: web_sys::File, max: usize) -> Result<String, ReadError> {
    let size = file.size();
    if size > max as f64 {
        return Err(ReadError::TooLarge(size as usize));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Failed)?;
    text.as_string().ok_or(ReadError::Failed)
}

/// The data for `navigator.share` with `text` as a file called `name` (an answer file), where the browser can share files
/// (Web Share API Level 2: `navigator.canShare({ files })`); `None` elsewhere.
pub fn share_data(name: &str, text: &str, title: &str) -> Option<js_sys::Object> {
    let navigator = web_sys::window()?.navigator();
    let can_share: js_sys::Function = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &title.into()).ok()?;
    let yes = can_share
        .call1(&navigator, &data)
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    yes.then_some(data)
}

pub async fn share(data: js_sys::Object) -> Result<(), JsValue> {
    let navigator = web_sys::window()
        .ok_or_else(|| JsValue::from_str("geen venster"))?
        .navigator();
    let share: js_sys::Function = js_sys::Reflect::get(&navigator, &"share".into())?.dyn_into()?;
    let promise: js_sys::Promise = share.call1(&navigator, &data)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}
