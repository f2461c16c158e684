//! The one-file edition (`vitaal-samenwerken.html`, made by `scripts/one-file.mjs`): the whole
//! app in one HTML file that runs from `file://`. It may carry one samenwerking, as the normal
//! export text in `<script type="application/json" id="vitaal-ingesloten">…</script>`.
//! This module puts that block into the edition's text; see `docs/design.md`, "Eén bestand".

use super::file;
use super::model::Samenwerking;

/// The edition's file name, next to `index.html`.
pub const EDITION_FILE: &str = "vitaal-samenwerken.html";
/// The id of the element that holds the embedded samenwerking.
pub const EMBED_ID: &str = "vitaal-ingesloten";
/// The start tag of the embedded block, exactly as it is written (and as Chromium serialises it).
pub const EMBED_START: &str = r#"<script type="application/json" id="vitaal-ingesloten">"#;
const SCRIPT_END: &str = "</script>";
/// Every edition has this element in its head; other HTML (a 404 page, `index.html`) is refused.
pub const EDITION_MARKER: &str = r#"<meta name="vitaal-editie" content="een-bestand">"#;

/// Why a samenwerking could not be put into the edition's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedError {
    /// The text is not the one-file edition (no marker, or no `</body>`).
    NotEdition,
    /// An embedded block starts but does not end.
    Broken,
}

/// Export text as the content of a `<script>` element: every `<` becomes `\u003c`, so neither
/// `</script>` nor `<!--` can occur in it. JSON has `<` only inside strings, where `\u003c`
/// means the same, so the text still parses to the same value.
pub fn escape_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The edition's text with `json` (a `.vitaal.json` export) embedded. An embedded block that is
/// already there is replaced; otherwise the block goes just before the last `</body>`. Every
/// other byte stays as it was.
pub fn embed(html: &str, json: &str) -> Result<String, EmbedError> {
    if !html.contains(EDITION_MARKER) {
        return Err(EmbedError::NotEdition);
    }
    let block = format!("{EMBED_START}{}{SCRIPT_END}", escape_json(json));
    let (start, end) = match html.find(EMBED_START) {
        Some(start) => {
            let content = start + EMBED_START.len();
            let end = html[content..].find(SCRIPT_END).ok_or(EmbedError::Broken)?;
            (start, content + end + SCRIPT_END.len())
        }
        None => {
            let at = html.rfind("</body>").ok_or(EmbedError::NotEdition)?;
            (at, at)
        }
    };
    let mut out = String::with_capacity(html.len() + block.len());
    out.push_str(&html[..start]);
    out.push_str(&block);
    out.push_str(&html[end..]);
    Ok(out)
}

/// The embedded export text in an edition's HTML, if any (still escaped: it parses as JSON).
pub fn embedded(html: &str) -> Option<&str> {
    let content = html.find(EMBED_START)? + EMBED_START.len();
    let end = html[content..].find(SCRIPT_END)?;
    Some(&html[content..content + end])
}

/// The download name of the edition with this samenwerking: `<naam>.html`, the same name as the
/// export but ending in `.html`.
pub fn file_name(samenwerking: &Samenwerking) -> String {
    let name = file::file_name(samenwerking);
    let base = name.strip_suffix(file::EXTENSION).unwrap_or(&name);
    format!("{base}.html")
}

/// Why "Bewaar als één bestand" has no edition to start from, over http(s). Each reason has its
/// own message, so the user is never told something untrue (such as "not next to this app" when
/// the network is only off).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// The server answered that there is no edition beside `index.html` (404 or 410): it was
    /// not built or not put there.
    NotBuilt,
    /// The server answered with another error status.
    ServerError(u16),
    /// No answer, and the browser is offline: the edition is not on this device (not in the
    /// service worker's cache) and cannot be fetched now.
    Offline,
    /// No answer although the browser thinks it is online: the server is not reachable.
    Unreachable,
    /// The server sent something, but not the edition (no marker; a fallback page, say).
    NotEdition,
}

/// The reason a fetch of the edition failed: `status` is the HTTP status of the answer, or
/// `None` when there was no answer at all (a network error, also while reading the body);
/// `online` is `navigator.onLine` at that moment. `None` for a successful status.
pub fn fetch_failure(status: Option<u16>, online: bool) -> Option<Unavailable> {
    match status {
        Some(200..=299) => None,
        Some(404 | 410) => Some(Unavailable::NotBuilt),
        Some(status) => Some(Unavailable::ServerError(status)),
        None if online => Some(Unavailable::Unreachable),
        None => Some(Unavailable::Offline),
    }
}
