//! Browser tests: the real components mounted in headless Chromium, and the local-storage
//! adapter against the browser's real `localStorage`.
//!
//! Run with:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//!  CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`

#![cfg(target_arch = "wasm32")]

use std::any::Any;

use vitaal_samenwerken::domain::storage::{self, KeyValueStore, LoadOutcome, CORRUPT_KEY, KEY};
use vitaal_samenwerken::domain::{
    command, content, Command, DomainError, Field, PartnerKind, Ring, Route, Samenwerking,
    Workspace,
};
use vitaal_samenwerken::i18n::{fill, t};
use vitaal_samenwerken::ui::storage::LocalStore;
use vitaal_samenwerken::ui::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const ROOT_CLASS: &str = "vs-test-root";

fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

fn document() -> web_sys::Document {
    window().document().expect("document")
}

fn local_storage() -> web_sys::Storage {
    window()
        .local_storage()
        .expect("localStorage access")
        .expect("localStorage present")
}

/// The app writes behind (within 250 ms) and at once when the page is hidden or left:
/// fire `pagehide`, as the browser does, so what was typed is written before we look.
fn flush_app() {
    let event = web_sys::Event::new("pagehide").expect("event");
    window().dispatch_event(&event).expect("dispatch pagehide");
}

fn raw_get(key: &str) -> Option<String> {
    flush_app();
    local_storage().get_item(key).expect("getItem")
}

fn hash() -> String {
    window().location().hash().expect("location.hash")
}

/// Waits for `ms` milliseconds through a JS timer, so the reactive system, effects,
/// `requestAnimationFrame` and browser events get their turn.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer promise");
}

/// Lets pending reactive work and browser tasks run.
async fn settle() {
    sleep(0).await;
    sleep(30).await;
}

/// Polls until `check` holds (at most ~3 s), then settles once more.
async fn wait_until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..150 {
        if check() {
            settle().await;
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for: {what}");
}

/// `querySelectorAll` as a Vec, through `Array.from` (no extra web-sys features needed).
fn query_all_in(scope: &JsValue, selector: &str) -> Vec<Element> {
    let function: js_sys::Function = js_sys::Reflect::get(scope, &"querySelectorAll".into())
        .expect("querySelectorAll")
        .unchecked_into();
    let list = function
        .call1(scope, &selector.into())
        .unwrap_or_else(|e| panic!("querySelectorAll({selector}) threw: {e:?}"));
    js_sys::Array::from(&list)
        .iter()
        .map(|node| node.unchecked_into::<Element>())
        .collect()
}

fn query_all(selector: &str) -> Vec<Element> {
    query_all_in(document().as_ref(), selector)
}

fn find(selector: &str) -> Option<Element> {
    document()
        .query_selector(selector)
        .unwrap_or_else(|e| panic!("bad selector {selector}: {e:?}"))
}

fn get(selector: &str) -> Element {
    find(selector).unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(selector: &str) -> String {
    get(selector).text_content().unwrap_or_default()
}

fn notice_text() -> String {
    text("main [role=status]")
}

fn value_of(el: &Element) -> String {
    js_sys::Reflect::get(el, &"value".into())
        .expect("value")
        .as_string()
        .unwrap_or_default()
}

fn set_value(el: &Element, value: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).expect("set value");
}

/// Dispatches a bubbling, cancelable event, as the browser does for user input.
fn fire(el: &Element, kind: &str) {
    let event = document().create_event("Event").expect("createEvent");
    event.init_event_with_bubbles_and_cancelable(kind, true, true);
    el.dispatch_event(&event).expect("dispatchEvent");
}

/// Types into a text field: sets the value and fires `input`.
fn type_into(selector: &str, value: &str) {
    let el = get(selector);
    set_value(&el, value);
    fire(&el, "input");
}

/// Chooses an option in a select: sets the value and fires `change`.
fn choose(selector: &str, value: &str) {
    let el = get(selector);
    set_value(&el, value);
    assert_eq!(value_of(&el), value, "{selector} has no option {value}");
    fire(&el, "change");
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>()
        .expect("clickable element")
        .click();
}

/// Clicks the submit button of the form that holds `inside`.
fn submit_form_of(inside: &str) {
    let form = get(inside)
        .closest("form")
        .expect("closest")
        .unwrap_or_else(|| panic!("{inside} is not in a form"));
    let button = form
        .query_selector("button[type=submit]")
        .expect("selector")
        .expect("a submit button");
    click(&button);
}

fn stored_workspace() -> Workspace {
    flush_app();
    match storage::load(&LocalStore) {
        LoadOutcome::Loaded(ws) => ws,
        other => panic!("expected a stored workspace, got {other:?}"),
    }
}

fn only_samenwerking() -> Samenwerking {
    let ws = stored_workspace();
    assert_eq!(ws.samenwerkingen.len(), 1, "{ws:?}");
    ws.samenwerkingen[0].clone()
}

/// Clears storage and the URL hash and removes what an earlier (failed) test left behind.
async fn reset() {
    for old in query_all(&format!(".{ROOT_CLASS}")) {
        old.remove();
    }
    local_storage().clear().expect("localStorage.clear");
    // The journal (IndexedDB) would otherwise bring an earlier test's work back.
    let emptied = js_sys::Promise::new(&mut |resolve, _reject| {
        vitaal_samenwerken::ui::journal::clear(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let timeout = js_sys::Promise::new(&mut |resolve, _reject| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 2000)
            .expect("setTimeout");
    });
    JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(
        &emptied, &timeout,
    )))
    .await
    .expect("journal emptied");
    if !hash().is_empty() {
        window().location().set_hash("").expect("reset hash");
    }
    // Let the `hashchange` of the reset fire before a new app is mounted.
    settle().await;
    assert_eq!(hash(), "");
    assert_eq!(local_storage().length().expect("length"), 0);
}

/// The app mounted in a fresh container; dropping it unmounts the app and removes the container.
struct Mounted {
    root: HtmlElement,
    handle: Option<Box<dyn Any>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.root.remove();
    }
}

async fn mount_app() -> Mounted {
    let root: HtmlElement = document()
        .create_element("div")
        .expect("createElement")
        .unchecked_into();
    root.set_class_name(ROOT_CLASS);
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append container");
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    Mounted {
        root,
        handle: Some(Box::new(handle)),
    }
}

/// Resets, then mounts the app.
async fn start() -> Mounted {
    reset().await;
    mount_app().await
}

/// Creates a samenwerking through the overview form and waits for its page.
async fn create_via_form(name: &str) -> String {
    type_into("#nieuw-naam", name);
    submit_form_of("#nieuw-naam");
    wait_until("the samenwerking page after creating", || {
        hash().starts_with("#/samenwerking/") && find("#sw-opgave").is_some()
    })
    .await;
    hash().trim_start_matches("#/samenwerking/").to_string()
}

fn seeded(names: &[(&str, &str)]) -> Workspace {
    let mut ws = Workspace::default();
    for (i, (id, name)) in names.iter().enumerate() {
        ws.apply(
            Command::Create {
                id: id.to_string(),
                name: name.to_string(),
            },
            1_700_000_000_000 + i as u64,
        )
        .expect("seed");
    }
    ws
}

// ---------------------------------------------------------------------------------------------
// 1. The local-storage adapter
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn local_store_set_get_remove_round_trip_in_real_local_storage() {
    reset().await;
    let store = LocalStore;
    let key = "vitaal-samenwerken:test";
    let value = "Zorg & Welzijn — „ë” < 65 {\"json\": true}";

    assert_eq!(store.get(key), Ok(None));
    assert_eq!(store.set(key, value), Ok(()));
    assert_eq!(store.get(key), Ok(Some(value.to_string())));
    // It really is the browser's localStorage.
    assert_eq!(raw_get(key).as_deref(), Some(value));

    local_storage()
        .set_item(key, "van buiten")
        .expect("setItem");
    assert_eq!(store.get(key), Ok(Some("van buiten".to_string())));

    assert_eq!(store.remove(key), Ok(()));
    assert_eq!(store.get(key), Ok(None));
    assert_eq!(raw_get(key), None);
    // Removing what is not there is not an error.
    assert_eq!(store.remove(key), Ok(()));
    local_storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn save_then_load_through_local_storage_gives_the_same_workspace() {
    reset().await;
    let mut ws = seeded(&[("sw-een", "Dorpsstad"), ("sw-twee", "Buurt & Co")]);
    ws.apply(
        Command::SetOpgave {
            id: "sw-een".into(),
            opgave: "Goed ouder worden\nin Dorpsstad".into(),
        },
        1_700_000_000_100,
    )
    .expect("opgave");
    ws.apply(
        Command::SetRoute {
            id: "sw-een".into(),
            route: Some(Route::FlexibelMeebewegen),
        },
        1_700_000_000_200,
    )
    .expect("route");
    ws.apply(
        Command::AddPartner {
            samenwerking: "sw-een".into(),
            partner: command::partner(
                "p-1",
                "Anna",
                "Welzijn Dorpsstad",
                PartnerKind::InwonerOudere,
                Ring::VrijeRuimte,
            ),
        },
        1_700_000_000_300,
    )
    .expect("partner");

    assert_eq!(storage::save(&LocalStore, &ws), Ok(()));
    assert_eq!(raw_get(KEY), Some(storage::encode(&ws)));
    assert_eq!(storage::load(&LocalStore), LoadOutcome::Loaded(ws));
    local_storage().clear().expect("clear");
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_put_aside_and_the_app_starts_anyway() {
    reset().await;
    let raw = "dit is geen JSON {\"samenwerkingen\": [";
    local_storage().set_item(KEY, raw).expect("setItem");

    let app = mount_app().await;

    // The app runs: the overview is shown with an empty list.
    assert_eq!(text("main h1"), t().overview_title);
    assert_eq!(text("p.empty"), t().list_empty);
    // The notice area tells what happened, in Dutch, and offers the raw data.
    let notice = notice_text();
    assert!(
        notice.contains(t().storage_unreadable_kept),
        "notice was: {notice:?}"
    );
    assert!(notice.contains(t().export_raw), "notice was: {notice:?}");
    assert!(
        get("main [role=status] .notice")
            .class_list()
            .contains("notice-error"),
        "the notice is not marked as an error"
    );
    // The raw text is kept aside and the original is not overwritten by the start-up.
    assert_eq!(raw_get(CORRUPT_KEY).as_deref(), Some(raw));
    assert_eq!(raw_get(KEY).as_deref(), Some(raw));

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 2. The overview
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn the_overview_is_rendered_with_a_labelled_create_form_and_an_empty_list() {
    let app = start().await;

    let h1s = query_all("main h1");
    assert_eq!(h1s.len(), 1, "exactly one page heading");
    assert_eq!(h1s[0].text_content().unwrap_or_default(), "Samenwerkingen");

    let label = get("label[for=nieuw-naam]");
    assert_eq!(
        label.text_content().unwrap_or_default(),
        t().create_name_label
    );
    let input = get("input#nieuw-naam");
    assert_eq!(input.get_attribute("type").as_deref(), Some("text"));
    assert_eq!(value_of(&input), "");
    assert!(
        input.closest("form").expect("closest").is_some(),
        "the name field is inside a form"
    );
    assert_eq!(text("#nieuw-naam ~ button[type=submit]"), t().create_button);

    assert_eq!(text("p.empty"), t().list_empty);
    assert!(query_all("li.samenwerking-item").is_empty());
    // No message at start, and the menu marks the current section.
    assert_eq!(notice_text(), "");
    assert_eq!(text("nav a[aria-current=page]"), t().nav_samenwerkingen);
    // Nothing is written merely by looking.
    assert_eq!(raw_get(KEY), None);

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 3. Creating
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn creating_saves_and_opens_the_new_samenwerking() {
    let app = start().await;
    let name = "Samen ouder worden in Dorpsstad";

    let id = create_via_form(name).await;

    assert!(hash().starts_with("#/samenwerking/"), "hash: {}", hash());
    assert!(!id.is_empty());
    let raw = raw_get(KEY).expect("the workspace is stored");
    assert!(raw.contains(name), "stored: {raw}");
    let stored = only_samenwerking();
    assert_eq!(stored.id, id);
    assert_eq!(stored.name, name);

    wait_until("the heading shows the name", || text("main h1") == name).await;
    assert_eq!(value_of(&get("#sw-naam")), name);
    assert!(
        notice_text().contains(&fill(t().created, &[("name", name)])),
        "notice: {}",
        notice_text()
    );
    // Focus moves to the new page's heading.
    wait_until("focus on the page heading", || {
        document()
            .active_element()
            .map(|e| e.id() == "paginatitel")
            .unwrap_or(false)
    })
    .await;

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 4. Editing a samenwerking
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn editing_opgave_route_and_partners_is_saved_at_once() {
    let app = start().await;
    create_via_form("Buurtnetwerk").await;

    // Opgave: saved synchronously, in the input handler itself.
    let opgave = "Hoe zorgen we voor goed ouder worden\nin onze gemeente?";
    type_into("#sw-opgave", opgave);
    assert_eq!(only_samenwerking().opgave, opgave);

    // Route.
    assert_eq!(only_samenwerking().route, None);
    let radio = get("#route-samen-optrekken");
    click(&radio);
    assert_eq!(only_samenwerking().route, Some(Route::SamenOptrekken));
    let raw = raw_get(KEY).expect("stored");
    assert!(
        raw.contains("\"route\":\"samen-optrekken\""),
        "stored: {raw}"
    );
    settle().await;
    assert_eq!(
        js_sys::Reflect::get(&radio, &"checked".into()).ok(),
        Some(JsValue::TRUE),
        "the chosen route stays checked"
    );

    // Partner.
    assert_eq!(text("#partners-kop ~ p.empty"), t().partners_empty);
    type_into("#partner-naam", "Anna de Vries");
    type_into("#partner-organisatie", "Vrijwilligerspunt");
    choose("#partner-soort", "informeel");
    choose("#partner-plaats", "complementaire-ring");
    submit_form_of("#partner-naam");
    wait_until("a partner row", || {
        query_all("table.partners tbody tr").len() == 1
    })
    .await;

    let partners = only_samenwerking().partners;
    assert_eq!(partners.len(), 1);
    assert_eq!(partners[0].name, "Anna de Vries");
    assert_eq!(partners[0].organisation, "Vrijwilligerspunt");
    assert_eq!(partners[0].kind, PartnerKind::Informeel);
    assert_eq!(partners[0].ring, Ring::ComplementaireRing);
    let raw = raw_get(KEY).expect("stored");
    assert!(raw.contains("\"kind\":\"informeel\""), "stored: {raw}");
    assert!(
        raw.contains("\"ring\":\"complementaire-ring\""),
        "stored: {raw}"
    );

    let row = get("table.partners tbody tr");
    let inputs = query_all_in(row.as_ref(), "textarea");
    assert_eq!(value_of(&inputs[0]), "Anna de Vries");
    assert_eq!(value_of(&inputs[1]), "Vrijwilligerspunt");
    let selects = query_all_in(row.as_ref(), "select");
    assert_eq!(value_of(&selects[0]), "informeel");
    assert_eq!(value_of(&selects[1]), "complementaire-ring");
    // The add form is emptied for the next partner.
    assert_eq!(value_of(&get("#partner-naam")), "");
    assert_eq!(value_of(&get("#partner-organisatie")), "");
    assert!(
        notice_text().contains(&fill(
            t().partner_added,
            &[("name", "Anna de Vries (Vrijwilligerspunt)")]
        )),
        "notice: {}",
        notice_text()
    );
    // Earlier edits are still there.
    let stored = only_samenwerking();
    assert_eq!(stored.opgave, opgave);
    assert_eq!(stored.route, Some(Route::SamenOptrekken));

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 5. Hostile text
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn markup_typed_as_a_name_is_refused_and_never_becomes_an_element() {
    let app = start().await;
    create_via_form("Oude naam").await;
    assert!(query_all("img").is_empty(), "no images before the test");

    let hostile = "<img src=x onerror=alert(1)>";
    type_into("#sw-naam", hostile);
    settle().await;

    let notice = notice_text();
    assert!(notice.contains("HTML-code"), "notice: {notice:?}");
    assert!(
        notice.contains(&t().domain_error(&DomainError::Markup(Field::Name))),
        "notice: {notice:?}"
    );
    assert_eq!(only_samenwerking().name, "Oude naam");
    assert!(!raw_get(KEY).expect("stored").contains("<img"));
    assert_eq!(text("main h1"), "Oude naam");
    assert!(
        query_all("img").is_empty(),
        "an <img> element was created from typed text"
    );

    drop(app);
}

#[wasm_bindgen_test]
async fn markup_in_the_create_form_creates_nothing() {
    let app = start().await;

    type_into("#nieuw-naam", "<script>alert(1)</script>");
    submit_form_of("#nieuw-naam");
    settle().await;

    let notice = notice_text();
    assert!(notice.contains("HTML-code"), "notice: {notice:?}");
    assert_eq!(hash(), "", "no navigation after a refused name");
    assert_eq!(raw_get(KEY), None, "nothing stored");
    assert_eq!(text("p.empty"), t().list_empty);
    assert!(query_all("main script").is_empty());
    // The typed text is kept so it can be corrected.
    assert_eq!(value_of(&get("#nieuw-naam")), "<script>alert(1)</script>");

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 6. The Gespreksmodel
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn the_gespreksmodel_screen_shows_all_factors_ingredients_and_checkvragen() {
    let app = start().await;
    let model = content::nl();

    window()
        .location()
        .set_hash("#/gespreksmodel")
        .expect("set hash");
    wait_until("the gespreksmodel page", || {
        find("main h1").and_then(|h| h.text_content()) == Some(model.title.clone())
    })
    .await;

    assert_eq!(text("nav a[aria-current=page]"), t().nav_model);
    let factors = query_all("main section.factor");
    assert_eq!(factors.len(), 5);
    for (section, factor) in factors.iter().zip(&model.factors) {
        let h2 = section.query_selector("h2").expect("sel").expect("h2");
        assert_eq!(h2.text_content().unwrap_or_default(), factor.name);
    }

    let ingredients = query_all("main article.ingredient");
    assert_eq!(ingredients.len(), 16);
    let checkvragen: Vec<String> = model.checkvragen.iter().map(|c| c.text.clone()).collect();
    assert_eq!(checkvragen.len(), 3);
    for article in &ingredients {
        let items: Vec<String> = query_all_in(article.as_ref(), "ul.checkvragen li")
            .iter()
            .map(|li| li.text_content().unwrap_or_default())
            .collect();
        assert_eq!(items, checkvragen);
    }

    let first = &model.factors[0].ingredients[0];
    let first_article = &ingredients[0];
    assert_eq!(
        first_article
            .query_selector("h3")
            .expect("sel")
            .expect("h3")
            .text_content()
            .unwrap_or_default(),
        first.name
    );
    let questions: Vec<String> = query_all_in(first_article.as_ref(), "ul.questions li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    assert!(!questions.is_empty());
    assert_eq!(questions, first.questions);

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// 7. Deleting with confirmation
// ---------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn deleting_asks_for_confirmation_with_focus_on_cancel() {
    reset().await;
    let ws = seeded(&[("sw-alfa", "Alfa"), ("sw-beta", "Beta")]);
    storage::save(&LocalStore, &ws).expect("seed storage");
    let app = mount_app().await;

    assert_eq!(query_all("li.samenwerking-item").len(), 2);
    let delete_selector = "li.samenwerking-item button[aria-label='Verwijderen Alfa']";
    let item = get("li.samenwerking-item:has(#sw-sw-alfa-kop)");
    assert!(item.query_selector(".confirm").expect("sel").is_none());

    // First time: cancel.
    click(&get(delete_selector));
    wait_until("the confirmation", || {
        find(".confirm[role=group]").is_some()
    })
    .await;
    let confirm = get("li.samenwerking-item .confirm[role=group]");
    assert!(
        confirm
            .text_content()
            .unwrap_or_default()
            .contains(&fill(t().delete_confirm, &[("name", "Alfa")])),
        "the question names the samenwerking"
    );
    assert_eq!(
        get(delete_selector)
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    wait_until("focus on Annuleren", || {
        document()
            .active_element()
            .and_then(|e| e.text_content())
            .as_deref()
            == Some(t().cancel)
    })
    .await;
    let cancel = document().active_element().expect("focused element");
    assert_eq!(cancel.tag_name(), "BUTTON");
    assert!(
        confirm.contains(Some(cancel.as_ref())),
        "focus is inside the confirmation"
    );
    click(&cancel);
    wait_until("the confirmation closes", || find(".confirm").is_none()).await;
    assert_eq!(stored_workspace(), ws, "cancelling changes nothing");
    assert_eq!(query_all("li.samenwerking-item").len(), 2);

    // Second time: confirm.
    click(&get(delete_selector));
    wait_until("the confirmation", || {
        find(".confirm[role=group]").is_some()
    })
    .await;
    let yes = query_all(".confirm[role=group] button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(t().delete_yes))
        .expect("a 'Ja, verwijderen' button");
    click(&yes);
    wait_until("Alfa is gone from the list", || {
        query_all("li.samenwerking-item").len() == 1
    })
    .await;

    assert!(find("#sw-sw-alfa-kop").is_none());
    assert_eq!(text("li.samenwerking-item h3"), "Beta");
    let stored = stored_workspace();
    assert!(stored.get("sw-alfa").is_none(), "Alfa is still stored");
    assert!(stored.get("sw-beta").is_some(), "Beta was deleted too");
    assert!(!raw_get(KEY).expect("stored").contains("Alfa"));
    assert!(
        notice_text().contains(&fill(t().deleted, &[("name", "Alfa")])),
        "notice: {}",
        notice_text()
    );

    drop(app);
}

// ---------------------------------------------------------------------------------------------
// The Ingrediëntenscan
// ---------------------------------------------------------------------------------------------

const SCAN_SW: &str = "sw-scan";
const SCAN: &str = "sc-test";
const OV: &str = "openheid-en-vertrouwen";

/// A samenwerking with one scan and `scores` for "Openheid en vertrouwen", one response each.
fn scan_workspace(scores: &[u8], revealed: bool) -> Workspace {
    use vitaal_samenwerken::domain::scan::{Response, Source};
    use vitaal_samenwerken::domain::ScanChange;
    let mut ws = seeded(&[(SCAN_SW, "Dorpsstad")]);
    let scan = |change| Command::Scan {
        samenwerking: SCAN_SW.into(),
        change,
    };
    ws.apply(
        scan(ScanChange::Create {
            id: SCAN.into(),
            title: "Startscan".into(),
        }),
        1_700_000_001_000,
    )
    .expect("scan");
    for (i, score) in scores.iter().enumerate() {
        let mut r = Response::new(format!("an-{i}"), Source::Laptop, 1_700_000_002_000);
        r.set(OV, Some(*score), "");
        ws.apply(
            scan(ScanChange::AddResponse {
                scan: SCAN.into(),
                response: r,
            }),
            1_700_000_002_000,
        )
        .expect("response");
    }
    ws.apply(
        scan(ScanChange::SetRevealed {
            scan: SCAN.into(),
            revealed,
        }),
        1_700_000_003_000,
    )
    .expect("reveal");
    ws
}

async fn open_scan(ws: &Workspace, view: &str) -> Mounted {
    reset().await;
    storage::save(&LocalStore, ws).expect("seed storage");
    window()
        .location()
        .set_hash(&format!("#/samenwerking/{SCAN_SW}/scan/{SCAN}/{view}"))
        .expect("hash");
    settle().await;
    mount_app().await
}

#[wasm_bindgen_test]
async fn scan_results_stay_hidden_until_revealed() {
    let _app = open_scan(&scan_workspace(&[1, 5, 5], false), "resultaten").await;
    assert!(text("main").contains("nog verborgen"));
    assert!(find("svg.chart").is_none());
    assert!(find("table.scan-table").is_none());
}

#[wasm_bindgen_test]
async fn the_chart_and_the_table_show_the_same_counts() {
    let _app = open_scan(&scan_workspace(&[1, 5, 5, 4], true), "resultaten").await;
    wait_until("chart", || find("svg.chart").is_some()).await;
    let row = get(&format!("table.scan-table tr[data-key=\"{OV}\"]"));
    let cells: Vec<String> = query_all_in(&row, "td")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    // n, weet niet, mean (15/4 = 3,75 → 3,8), median (1 4 5 5 → 4,5), range, counts 1..5.
    assert_eq!(
        cells[..6],
        ["4", "0", "3,8", "4,5", "1–5", "1 / 0 / 0 / 1 / 2"]
    );
    for (score, expected) in [
        (1, Some("1")),
        (2, None),
        (3, None),
        (4, Some("1")),
        (5, Some("2")),
    ] {
        let rect = find(&format!(
            "svg.chart rect[data-ingredient=\"{OV}\"][data-score=\"{score}\"]"
        ));
        assert_eq!(
            rect.and_then(|r| r.get_attribute("data-count")).as_deref(),
            expected,
            "score {score}"
        );
    }
}

#[wasm_bindgen_test]
async fn filling_in_saves_the_answers_and_empties_the_form_for_the_next_person() {
    let _app = open_scan(&scan_workspace(&[], false), "invullen").await;
    wait_until("form", || find("form.scan-form").is_some()).await;
    type_into("#scan-naam", "Anna");
    click(&get(&format!("input[name=\"s-{OV}\"][value=\"4\"]")));
    type_into(&format!("#t-{OV}"), "Vertrouwen groeit.");
    click(&get("input[name=\"s-voldoende-tijd\"][value=\"0\"]"));
    submit_form_of("#scan-naam");
    settle().await;
    let ws = stored_workspace();
    let scan = ws.get(SCAN_SW).and_then(|s| s.scan(SCAN)).expect("scan");
    assert_eq!(scan.responses.len(), 1);
    let r = &scan.responses[0];
    assert_eq!(r.name, "Anna");
    assert_eq!(r.answers[OV].score, Some(4));
    assert_eq!(r.answers[OV].remark, "Vertrouwen groeit.");
    assert_eq!(r.answers["voldoende-tijd"].score, None, "weet ik niet");
    assert_eq!(r.answers.len(), 2, "skipped ingrediënten are not answered");
    assert_eq!(query_all("form.scan-form input:checked").len(), 0);
    assert_eq!(value_of(&get("#scan-naam")), "");
    assert_eq!(value_of(&get(&format!("#t-{OV}"))), "");
    assert!(notice_text().contains("Geef de laptop door"));
}

// ---------------------------------------------------------------------------------------------
// Werkbladen
// ---------------------------------------------------------------------------------------------

const WB_SW: &str = "sw-wb";

/// A samenwerking with two partners and one werkblad of `template` (id `wb-1`).
fn werkblad_workspace(template: &str) -> Workspace {
    use vitaal_samenwerken::domain::{Partner, WerkbladChange};
    let mut ws = seeded(&[(WB_SW, "Werkbladen")]);
    for (id, organisation) in [("p-a", "Welzijn"), ("p-b", "KBO")] {
        ws.apply(
            Command::AddPartner {
                samenwerking: WB_SW.into(),
                partner: Partner {
                    id: id.into(),
                    name: String::new(),
                    organisation: organisation.into(),
                    kind: PartnerKind::Formeel,
                    ring: Ring::Kerngroep,
                    joined: String::new(),
                    left: String::new(),
                },
            },
            1_700_000_000_100,
        )
        .expect("partner");
    }
    ws.apply(
        Command::Werkblad {
            samenwerking: WB_SW.into(),
            change: WerkbladChange::Create {
                id: "wb-1".into(),
                template: template.into(),
                title: "Werkblad".into(),
            },
        },
        1_700_000_000_200,
    )
    .expect("werkblad");
    ws
}

async fn open_werkblad(ws: &Workspace) -> Mounted {
    reset().await;
    storage::save(&LocalStore, ws).expect("seed storage");
    window()
        .location()
        .set_hash(&format!("#/samenwerking/{WB_SW}/werkblad/wb-1"))
        .expect("hash");
    let app = mount_app().await;
    wait_until("the werkblad", || find(".werkblad").is_some()).await;
    app
}

fn stored_werkblad() -> vitaal_samenwerken::domain::werkblad::Werkblad {
    stored_workspace()
        .get(WB_SW)
        .and_then(|s| s.werkblad("wb-1"))
        .cloned()
        .expect("werkblad stored")
}

#[wasm_bindgen_test]
async fn a_checklist_flags_every_question_not_answered_ja_per_partner() {
    let _app = open_werkblad(&werkblad_workspace("willen-kunnen")).await;
    // Two partners × (3 + 9) questions, none answered: all need action.
    assert_eq!(query_all(".wb-check .flag:not([hidden])").len(), 24);
    click(&get("#wb-checklist-ambitie-doelen--p-a-ja"));
    settle().await;
    assert_eq!(
        stored_werkblad()
            .answers
            .get("checklist.ambitie-doelen@p-a")
            .map(String::as_str),
        Some("ja")
    );
    assert_eq!(query_all(".wb-check .flag:not([hidden])").len(), 23);
    click(&get("#wb-checklist-ambitie-doelen--p-b-nee"));
    settle().await;
    // "Nee" still needs action; each block's summary counts its own questions.
    assert_eq!(query_all(".wb-check .flag:not([hidden])").len(), 23);
    let summaries: Vec<String> = query_all("details.wb-flags summary")
        .iter()
        .map(|s| s.text_content().unwrap_or_default())
        .collect();
    assert_eq!(summaries, ["Actie nodig (6)", "Actie nodig (17)"]);
}

#[wasm_bindgen_test]
async fn the_ambitie_is_the_product_of_the_three_scores() {
    let _app = open_werkblad(&werkblad_workspace("visievierluik")).await;
    assert!(text(".wb-product").contains("Geef elk onderdeel een score"));
    // Each score is a radio button 1–5 of its scale.
    for (item, score) in [("belofte", "4"), ("commitment", "3"), ("doen", "2")] {
        click(&get(&format!("#wb-ambitie-{item}-{score}")));
    }
    settle().await;
    assert!(
        text(".wb-product").contains("= 24 (hoogst mogelijk: 125)"),
        "{}",
        text(".wb-product")
    );
    let w = stored_werkblad();
    assert_eq!(w.answers.get("ambitie.doen").map(String::as_str), Some("2"));
}

#[wasm_bindgen_test]
async fn eisenhower_topics_are_ordered_by_quadrant_on_screen() {
    let _app = open_werkblad(&werkblad_workspace("eisenhower")).await;
    for topic in ["Laten liggen", "Plannen", "Nu doen"] {
        type_into("#wb-onderwerpen-nieuw", topic);
        submit_form_of("#wb-onderwerpen-nieuw");
        settle().await;
    }
    let rows = query_all(".wb-rows tbody tr");
    assert_eq!(rows.len(), 3);
    // "Plannen": belangrijk; "Nu doen": urgent and belangrijk.
    let boxes = |row: &Element| query_all_in(row, "input[type=checkbox]");
    click(&boxes(&rows[1])[1]);
    settle().await;
    click(&boxes(&rows[2])[0]);
    settle().await;
    click(&boxes(&rows[2])[1]);
    settle().await;
    let agenda: Vec<String> = query_all(".quadrant li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    assert_eq!(agenda, ["Nu doen", "Plannen", "Laten liggen"]);
    let w = stored_werkblad();
    assert!(w
        .rows
        .iter()
        .any(|r| r.text == "Nu doen" && r.urgent && r.belangrijk));
}
