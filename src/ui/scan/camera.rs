//! "Antwoorden scannen": the laptop's camera reads the QR codes that participants' phones show.
//!
//! [`CameraReader`] is the seam: it hands every newly read text to `on_code` and shows what that
//! callback answers in its status line; it knows nothing of what the codes mean. Decoding runs
//! in a Web Worker of its own (crates/qr-reader, built by Trunk next to the app as
//! `qr-reader_loader.js`, `qr-reader.js` and `qr-reader_bg.wasm`), so the main wasm does not carry
//! the decoder and typing stays quick while the camera runs. The worker is created only when the
//! camera is turned on, and ended with it. The one-file edition has no files next to it: it
//! offers `window.vitaalQrWorker()`, which makes the same worker from a Blob URL
//! (scripts/one-file.mjs).
//!
//! Frames: every 100 ms (10 per second) the video is drawn on a canvas and its pixels are
//! transferred to the worker, but never while the worker still works on the previous frame
//! (that frame is skipped). The video element counts the frames the worker answered in
//! `data-frames`, which the e2e test reads.
//!
//! Kept lean for the main wasm's budget: one closure type for all browser callbacks, no new
//! signal types, elements found by id.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::t;

use super::super::state::{focus_id, use_app_state};

/// Time between two frames offered to the worker.
const FRAME_MS: i32 = 100;
/// Wider frames are scaled down before decoding.
const MAX_WIDTH: u32 = 1280;
/// The worker's loader, written by Trunk (index.html, `data-loader-shim`).
const WORKER_URL: &str = "./qr-reader_loader.js";
/// How long the worker may take to load before the reader counts as failed.
const READY_MS: i32 = 20_000;
const START_ID: &str = "scan-camera-start";
const STOP_ID: &str = "scan-camera-stop";
const VIDEO_ID: &str = "scan-camera-video";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    NoCamera,
    Refused,
    InUse,
    Camera,
    Reader,
}

impl Failure {
    fn text(self) -> String {
        let st = t().scan;
        let what = match self {
            Failure::NoCamera => st.camera_none,
            Failure::Refused => st.camera_refused,
            Failure::InUse => st.camera_in_use,
            Failure::Camera => st.camera_failed,
            Failure::Reader => st.camera_reader_failed,
        };
        format!("{what} {}", st.camera_other_ways)
    }

    /// The failure a rejected `getUserMedia` stands for, by the DOMException's name.
    fn of_camera_error(error: &JsValue) -> Self {
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => Failure::Refused,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => Failure::NoCamera,
            "NotReadableError" | "TrackStartError" | "AbortError" => Failure::InUse,
            _ => Failure::Camera,
        }
    }
}

/// One closure type for every browser callback here (fewer shims in the wasm).
type Callback0 = Closure<dyn FnMut(JsValue)>;

/// What a running camera holds; [`Session::end`] lets go of all of it.
struct Session {
    worker: web_sys::Worker,
    stream: Option<web_sys::MediaStream>,
    interval: Option<i32>,
    timeout: Option<i32>,
    closures: Vec<Callback0>,
}

impl Session {
    fn end(self) {
        if let Some(window) = web_sys::window() {
            if let Some(id) = self.interval {
                window.clear_interval_with_handle(id);
            }
            if let Some(id) = self.timeout {
                window.clear_timeout_with_handle(id);
            }
        }
        if let Some(stream) = &self.stream {
            stop_tracks(stream);
        }
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The camera of this component: the running session, and a count bumped by every stop, so a
/// camera that answers after the user stopped is let go at once.
#[derive(Default)]
struct Camera {
    generation: u32,
    session: Option<Session>,
}

impl Camera {
    fn stop(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        if let Some(s) = self.session.take() {
            s.end();
        }
    }
}

fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
    }
}

fn video_element() -> Option<web_sys::HtmlVideoElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(VIDEO_ID)?
        .dyn_into()
        .ok()
}

/// The decoder worker: the one-file edition's own maker, else the loader next to the app.
fn new_worker() -> Result<web_sys::Worker, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let maker = js_sys::Reflect::get(&window, &JsValue::from_str("vitaalQrWorker"))?;
    if let Some(maker) = maker.dyn_ref::<js_sys::Function>() {
        return maker.call0(&window)?.dyn_into::<web_sys::Worker>();
    }
    web_sys::Worker::new(WORKER_URL)
}

fn set(object: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// `{video: {facingMode: {ideal: "environment"}, width: {ideal: 1280}, height: {ideal: 720}}}`.
fn constraints() -> web_sys::MediaStreamConstraints {
    let ideal = |value: JsValue| {
        let o = js_sys::Object::new();
        set(&o, "ideal", &value);
        JsValue::from(o)
    };
    let video = js_sys::Object::new();
    set(&video, "facingMode", &ideal("environment".into()));
    set(&video, "width", &ideal(1280.into()));
    set(&video, "height", &ideal(720.into()));
    let c = web_sys::MediaStreamConstraints::new();
    c.set_audio(&JsValue::FALSE);
    c.set_video(&video);
    c
}

/// Grabs frames from the video and hands them to the worker, one at a time.
struct Grabber {
    video: web_sys::HtmlVideoElement,
    canvas: web_sys::HtmlCanvasElement,
    context: web_sys::CanvasRenderingContext2d,
    worker: web_sys::Worker,
    ready: Cell<bool>,
    busy: Cell<bool>,
    frames: Cell<u32>,
}

impl Grabber {
    fn new(video: web_sys::HtmlVideoElement, worker: web_sys::Worker) -> Option<Self> {
        let canvas = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .unchecked_into::<web_sys::HtmlCanvasElement>();
        let options = js_sys::Object::new();
        set(&options, "willReadFrequently", &JsValue::TRUE);
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??
            .unchecked_into::<web_sys::CanvasRenderingContext2d>();
        Some(Grabber {
            video,
            canvas,
            context,
            worker,
            ready: Cell::new(false),
            busy: Cell::new(false),
            frames: Cell::new(0),
        })
    }

    /// Sends the current frame, unless the worker is not ready or still busy.
    fn grab(&self) {
        if !self.ready.get() || self.busy.get() || self.video.ready_state() < 2 {
            return;
        }
        let (vw, vh) = (self.video.video_width(), self.video.video_height());
        if vw == 0 || vh == 0 {
            return;
        }
        let (w, h) = if vw > MAX_WIDTH {
            (MAX_WIDTH, vh * MAX_WIDTH / vw)
        } else {
            (vw, vh)
        };
        if self.canvas.width() != w || self.canvas.height() != h {
            self.canvas.set_width(w);
            self.canvas.set_height(h);
        }
        let (wf, hf) = (f64::from(w), f64::from(h));
        if self
            .context
            .draw_image_with_html_video_element_and_dw_and_dh(&self.video, 0.0, 0.0, wf, hf)
            .is_err()
        {
            return;
        }
        let Ok(image) = self.context.get_image_data(0.0, 0.0, wf, hf) else {
            return;
        };
        // The pixels stay in JavaScript: their buffer is transferred, not copied into the wasm.
        let Ok(buffer) = js_sys::Reflect::get(&image, &JsValue::from_str("data"))
            .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("buffer")))
        else {
            return;
        };
        let frame = js_sys::Array::of3(&w.into(), &h.into(), &buffer);
        if self
            .worker
            .post_message_with_transfer(&frame, &js_sys::Array::of1(&buffer))
            .is_ok()
        {
            self.busy.set(true);
        }
    }

    /// A message of the worker: "ready", or the texts found in the last frame.
    fn answer(&self, data: JsValue) -> Vec<String> {
        if data.is_string() {
            self.ready.set(true);
            return Vec::new();
        }
        self.busy.set(false);
        let n = self.frames.get().wrapping_add(1);
        self.frames.set(n);
        let _ = self.video.set_attribute("data-frames", &n.to_string());
        js_sys::Array::from(&data)
            .iter()
            .filter_map(|t| t.as_string())
            .collect()
    }
}

/// The camera button, the preview and the status line. `on_code` gets each text read for the
/// first time since the camera was turned on and answers what the status line says about it.
#[component]
pub fn CameraReader(on_code: Callback<String, String>) -> impl IntoView {
    let state = use_app_state();
    let st = t().scan;
    let running = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let camera = StoredValue::new_local(Camera::default());

    let stop = move || {
        camera.update_value(Camera::stop);
        if let Some(v) = video_element() {
            v.set_src_object(None);
        }
    };
    // Later, not inside the worker's or the timer's own callback, which `stop` drops.
    let fail = move |failure: Failure| {
        leptos::task::spawn_local(async move {
            stop();
            running.set(false);
            status.set(String::new());
            state.error(failure.text());
            request_animation_frame(|| focus_id(START_ID));
        });
    };
    on_cleanup(move || {
        let _ = camera.try_update_value(Camera::stop);
    });

    let start = move || {
        if running.get_untracked() {
            return;
        }
        running.set(true);
        status.set(st.camera_starting.to_string());
        let current = camera.with_value(|c| c.generation);
        leptos::task::spawn_local(async move {
            let Some(video) = video_element() else {
                return;
            };
            let Ok(worker) = new_worker() else {
                fail(Failure::Reader);
                return;
            };
            let Some(grabber) = Grabber::new(video.clone(), worker.clone()) else {
                worker.terminate();
                fail(Failure::Camera);
                return;
            };
            let grabber = Rc::new(grabber);
            let seen = RefCell::new(BTreeSet::<String>::new());
            let on_message = {
                let grabber = grabber.clone();
                Callback0::new(move |event: JsValue| {
                    let data = event.unchecked_into::<web_sys::MessageEvent>().data();
                    for text in grabber.answer(data) {
                        if seen.borrow_mut().insert(text.clone()) {
                            status.set(format!("{} {}", st.camera_on, on_code.run(text)));
                        }
                    }
                })
            };
            let on_error = Callback0::new(move |_| fail(Failure::Reader));
            let on_timeout = {
                let grabber = grabber.clone();
                Callback0::new(move |_| {
                    if !grabber.ready.get() {
                        fail(Failure::Reader);
                    }
                })
            };
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            let window = web_sys::window();
            let timeout = window.as_ref().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    on_timeout.as_ref().unchecked_ref(),
                    READY_MS,
                )
                .ok()
            });
            camera.update_value(|c| {
                c.session = Some(Session {
                    worker,
                    stream: None,
                    interval: None,
                    timeout,
                    closures: vec![on_message, on_error, on_timeout],
                });
            });

            let devices = window
                .as_ref()
                .and_then(|w| w.navigator().media_devices().ok());
            let Some(devices) = devices else {
                fail(Failure::NoCamera);
                return;
            };
            let asked = match devices.get_user_media_with_constraints(&constraints()) {
                Ok(promise) => JsFuture::from(promise).await,
                Err(e) => Err(e),
            };
            let still = camera.with_value(|c| c.generation) == current;
            let stream = match asked {
                Ok(s) => s.unchecked_into::<web_sys::MediaStream>(),
                Err(e) => {
                    if still {
                        fail(Failure::of_camera_error(&e));
                    }
                    return;
                }
            };
            if !still {
                // Stopped (or gone) while the browser was asking: let the camera go at once.
                stop_tracks(&stream);
                return;
            }
            video.set_src_object(Some(&stream));
            let _ = video.play();
            let tick = Callback0::new(move |_| grabber.grab());
            let interval = window.as_ref().and_then(|w| {
                w.set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    FRAME_MS,
                )
                .ok()
            });
            camera.update_value(|c| {
                if let Some(s) = &mut c.session {
                    s.stream = Some(stream);
                    s.interval = interval;
                    s.closures.push(tick);
                }
            });
            status.set(st.camera_on.to_string());
            request_animation_frame(|| focus_id(STOP_ID));
        });
    };
    let on_stop = move |_| {
        stop();
        running.set(false);
        status.set(st.camera_off.to_string());
        request_animation_frame(|| focus_id(START_ID));
    };

    view! {
        <button
            type="button"
            class="primary"
            id=START_ID
            hidden=move || running.get()
            on:click=move |_| start()
        >
            {st.camera_start}
        </button>
        <div class="scan-camera" hidden=move || !running.get()>
            <video
                id=VIDEO_ID
                muted
                prop:muted=true
                playsinline
                autoplay
                aria-label=st.camera_video_label
            ></video>
            <button type="button" id=STOP_ID on:click=on_stop>
                {st.camera_stop}
            </button>
        </div>
        <p id="scan-camera-status" class="scan-camera-status" role="status" aria-live="polite">
            {move || status.get()}
        </p>
    }
}
