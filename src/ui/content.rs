//! Content loaded on demand: data that few screens need (the worksheets, the example
//! samenwerking) is a file beside the app instead of part of the wasm, fetched when a screen
//! first needs it and kept in memory after (see docs/design.md, "Budget").
//!
//! A content file is named by a [`ContentId`], a name and a language (`werkbladen` + `nl`, so a
//! second language is a second file). Where its text comes from, in this order:
//! 1. the one-file edition embeds it: `<script type="application/json"
//!    id="content-werkbladen-nl">` (scripts/one-file.mjs), so it works from `file://`;
//! 2. the build copies it into `dist/content/` under a name with its content hash, which
//!    `index.html` names in `<meta name="content:werkbladen-nl" content="./content/….json">`
//!    (scripts/post-build.mjs); the service worker precaches it with the app, so it works
//!    offline after one visit, and a new build's file has a new name, so no cache serves an old
//!    one.
//!
//! The core parses and checks the text (only where it comes from is the app's business); the
//! worksheets are then installed in the core ([`werkblad::install`]). Each content is loaded
//! once per page, on first use, and kept. While it loads, a screen shows a
//! short status line ([`NeedsContent`]); when it fails, the one notice area says why and offers
//! "Opnieuw proberen", and the rest of the app keeps working.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::werkblad;
use crate::i18n::{lang, t, Lang};

use super::state::{use_app_state, AppState, Notice, NoticeKind};

/// A content file: its name and language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContentId {
    pub name: &'static str,
    pub lang: Lang,
}

impl ContentId {
    /// `werkbladen-nl`: in the embedded block's id (`content-…`) and the meta's name
    /// (`content:…`).
    pub fn key(self) -> String {
        format!("{}-{}", self.name, self.lang.code())
    }
}

/// The worksheets in the current language (`content/werkbladen.<lang>.json`).
pub fn werkbladen() -> ContentId {
    ContentId {
        name: WERKBLADEN,
        lang: lang(),
    }
}

/// The example samenwerking in the current language (`content/voorbeeld.<lang>.json`, in the
/// samenwerking file format).
pub fn voorbeeld() -> ContentId {
    ContentId {
        name: VOORBEELD,
        lang: lang(),
    }
}

/// The model's content (factors, ingrediënten, questions) in a language that is not compiled in
/// (`content/en.json`; Dutch is part of the wasm).
pub fn model(lang: Lang) -> ContentId {
    ContentId { name: MODEL, lang }
}

const WERKBLADEN: &str = "werkbladen";
const VOORBEELD: &str = "voorbeeld";
const MODEL: &str = "model";

/// Why a content file is not at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer, or not the file (offline and not yet kept on this device, a server error).
    Unreachable,
    /// The file arrived but the core cannot read it.
    Corrupt,
}

/// The text of a content file, checked by the core.
pub type Loaded = Result<Rc<str>, LoadError>;

type Waiter = Box<dyn FnOnce(&Loaded)>;

/// One content file: its result once loaded (`None` while loading), and who waits for it.
/// Reference counted, not owned by a screen: once loaded it stays in memory for the page's
/// lifetime. (A plain signal and a task rather than a `LocalResource`: the resource's async
/// machinery would cost more wasm than the content it takes out.)
struct Entry {
    id: ContentId,
    result: ArcRwSignal<Option<Loaded>>,
    waiting: Rc<RefCell<Vec<Waiter>>>,
}

thread_local! {
    static ENTRIES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// The signal of `id`; the first call starts loading it.
fn entry(id: ContentId) -> (ArcRwSignal<Option<Loaded>>, Rc<RefCell<Vec<Waiter>>>) {
    let found = ENTRIES.with_borrow(|entries| {
        entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| (e.result.clone(), e.waiting.clone()))
    });
    if let Some(found) = found {
        return found;
    }
    let (result, waiting) = (ArcRwSignal::new(None), Rc::new(RefCell::new(Vec::new())));
    ENTRIES.with_borrow_mut(|entries| {
        entries.push(Entry {
            id,
            result: result.clone(),
            waiting: waiting.clone(),
        })
    });
    start(id, result.clone(), waiting.clone());
    (result, waiting)
}

fn start(id: ContentId, result: ArcRwSignal<Option<Loaded>>, waiting: Rc<RefCell<Vec<Waiter>>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(id).await;
        let waiters: Vec<Waiter> = waiting.borrow_mut().drain(..).collect();
        for waiter in waiters {
            waiter(&loaded);
        }
        result.set(Some(loaded));
    });
}

/// Where `id` stands, reactively; starts loading it when nothing did yet.
pub fn status(id: ContentId) -> Status {
    if ready(id) {
        return Status::Ready;
    }
    let (result, _) = entry(id);
    result.with(|r| match r {
        None => Status::Loading,
        Some(Ok(_)) => Status::Ready,
        Some(Err(error)) => Status::Failed(*error),
    })
}

/// Whether the core has `id` at hand already (compiled in or installed), so nothing to load.
fn ready(id: ContentId) -> bool {
    match id.name {
        WERKBLADEN => werkblad::installed(id.lang),
        MODEL => crate::domain::content::is_installed(id.lang),
        _ => false,
    }
}

/// Loads `id` again (after a failure).
pub fn retry(id: ContentId) {
    let (result, waiting) = entry(id);
    if result.with_untracked(|r| matches!(r, Some(Err(_)))) {
        result.set(None);
        start(id, result, waiting);
    }
}

/// Calls `then` with `id` once it is loaded (at once when it is).
pub fn when_loaded(id: ContentId, then: impl FnOnce(&Loaded) + 'static) {
    let (result, waiting) = entry(id);
    let done = result.with_untracked(Clone::clone);
    match done {
        Some(loaded) => then(&loaded),
        None => waiting.borrow_mut().push(Box::new(then)),
    }
}

/// Where a content file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Loading,
    Ready,
    Failed(LoadError),
}

/// The Dutch message for the notice area.
pub fn message(id: ContentId, error: LoadError) -> &'static str {
    let texts = t().content;
    match (id.name == VOORBEELD, error) {
        (false, LoadError::Unreachable) => texts.unreachable_werkbladen,
        (false, LoadError::Corrupt) => texts.corrupt_werkbladen,
        (true, LoadError::Unreachable) => texts.unreachable_voorbeeld,
        (true, LoadError::Corrupt) => texts.corrupt_voorbeeld,
    }
}

/// Says in the one notice area that `id` could not be loaded, with "Opnieuw proberen".
pub fn report_failure(state: AppState, id: ContentId, error: LoadError) {
    state.notice.set(Some(Notice {
        kind: NoticeKind::Error,
        text: message(id, error).to_string(),
        raw: None,
        retry: Some(id),
    }));
}

/// Fetches (or finds) the text of `id` and has the core check it.
async fn load(id: ContentId) -> Loaded {
    let text = fetch_text(id).await?;
    check(id, &text)?;
    Ok(Rc::from(text))
}

/// The core reads the text: the worksheets are installed; the example is read like an
/// imported file.
fn check(id: ContentId, text: &str) -> Result<(), LoadError> {
    if id.name == WERKBLADEN {
        let templates = werkblad::parse_templates(text).map_err(|_| LoadError::Corrupt)?;
        werkblad::install(id.lang, templates);
        return Ok(());
    }
    if id.name == MODEL {
        let model = crate::domain::content::parse(text).map_err(|_| LoadError::Corrupt)?;
        crate::domain::content::install(id.lang, model);
        return Ok(());
    }
    if id.name == VOORBEELD {
        crate::domain::voorbeeld::parse(text).map_err(|_| LoadError::Corrupt)?;
    }
    Ok(())
}

async fn fetch_text(id: ContentId) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Unreachable)?;
    let document = window.document().ok_or(LoadError::Unreachable)?;
    let key = id.key();
    // The one-file edition carries it.
    if let Some(block) = document.get_element_by_id(&format!("content-{key}")) {
        return block.text_content().ok_or(LoadError::Corrupt);
    }
    // The build names its file (with the content hash) in index.html.
    let href = document
        .query_selector(&format!("meta[name=\"content:{key}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(LoadError::Unreachable)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&href))
        .await
        .map_err(|_| LoadError::Unreachable)?
        .dyn_into()
        .map_err(|_| LoadError::Unreachable)?;
    if !response.ok() {
        return Err(LoadError::Unreachable);
    }
    JsFuture::from(response.text().map_err(|_| LoadError::Unreachable)?)
        .await
        .map_err(|_| LoadError::Unreachable)?
        .as_string()
        .ok_or(LoadError::Corrupt)
}

/// Shows `children` once `id` is loaded; until then a short status line ("Werkbladen laden…")
/// in the same place, and when loading fails a line there and the message with "Opnieuw
/// proberen" in the notice area. With `when` false, the children show at once.
#[component]
pub fn NeedsContent(
    id: ContentId,
    #[prop(into, optional)] when: Option<Signal<bool>>,
    /// On a page of its own: the page's heading while it waits (`#paginatitel`, where focus
    /// goes after navigating).
    #[prop(optional)]
    heading: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_app_state();
    let needed = move || when.is_none_or(|w| w.get());
    let status = Memo::new(move |_| if needed() { status(id) } else { Status::Ready });
    Effect::new(move |_| {
        if let Status::Failed(error) = status.get() {
            report_failure(state, id, error);
        }
    });
    let texts = t().content;
    let loading = if id.name == VOORBEELD {
        texts.loading_voorbeeld
    } else {
        texts.loading_werkbladen
    };
    let heading = move || {
        heading.map(|h| {
            view! {
                <h1 id="paginatitel" tabindex="-1">
                    {h}
                </h1>
            }
        })
    };
    move || match status.get() {
        Status::Ready => children().into_any(),
        Status::Loading => view! {
            {heading()}
            <p class="content-status" role="status">
                {loading}
            </p>
        }
        .into_any(),
        Status::Failed(_) => view! {
            {heading()}
            <p class="content-status">{texts.failed_werkbladen}</p>
        }
        .into_any(),
    }
}
