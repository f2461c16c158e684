//! Prints the app shell: the static HTML of the first screen (the overview), so the browser can
//! paint it before the wasm has loaded. `scripts/app-shell.mjs` (run by the Trunk post_build hook)
//! puts it into the built `index.html`; `ui::start()` removes it right before the app mounts.
//!
//! The words come from the one translation table (`i18n::t()`), never a second copy. The markup
//! mirrors what the Leptos components render on a first visit (`ui::App`, `ui::Header`,
//! `ui::overview::Overview` and its cards), element for element and class for class, so the
//! layout is the same and nothing moves when the app takes over (`e2e/shell.test.mjs` compares
//! the positions). Differences on purpose: no `id` (tests and scripts wait for the app's ids,
//! e.g. `h1#paginatitel`), no `for`/`aria-labelledby` (they would need ids), and the whole shell
//! is `inert`: it only shows, it cannot be typed into (typing would be lost at mount).
//! No white space between elements, as Leptos inserts none.
//!
//!   cargo run -q -p vitaal-core --bin app_shell

use vitaal_core::i18n::{Lang, Texts, EN, NL};

/// The id of the shell's wrapper, which `ui::start()` removes. Keep in step with `src/ui/mod.rs`
/// and `scripts/app-shell.mjs`.
pub const SHELL_ID: &str = "app-shell";

/// Text for an HTML text node, escaped as the browser serialises it (`outerHTML`), so the
/// one-file edition's copy of its own source stays byte for byte the same.
fn text(text: &str) -> String {
    escape(text, false)
}

/// A double-quoted attribute value, escaped as the browser serialises it.
fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '"' if attribute => out.push_str("&quot;"),
            '<' if !attribute => out.push_str("&lt;"),
            '>' if !attribute => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The id of the `<template>` that holds the English shell's content; the shell's script puts it
/// in place before the first paint when the page will start in English (`scripts/app-shell.mjs`).
pub const SHELL_EN_ID: &str = "app-shell-en";

/// The Dutch shell, and the English one's content in a template.
pub fn both() -> String {
    format!(
        r#"{}<template id="{SHELL_EN_ID}">{}</template>"#,
        shell(&NL),
        inner(&EN)
    )
}

/// The shell for a set of texts. One line, no white space between elements.
pub fn shell(texts: &Texts) -> String {
    format!(r#"<div id="{SHELL_ID}" inert="">{}</div>"#, inner(texts))
}

/// The shell's content (without its wrapper).
fn inner(texts: &Texts) -> String {
    let e = text;
    let mut html = String::new();
    // ui::App: skip link, Header.
    html.push_str(&format!(
        r##"<a class="skip-link" href="#inhoud">{}</a>"##,
        e(texts.skip_link)
    ));
    html.push_str(&format!(
        concat!(
            r#"<header class="site-header"><div class="brand">"#,
            r#"<span class="brand-name">{}</span><span class="brand-tagline">{}</span></div>"#,
            // ui::taal::LanguageSwitch
            r#"<div class="language-switch" role="group" aria-label="{}">{}</div>"#,
            r#"<nav aria-label="{}"><ul>"#,
            r##"<li><a href="#/" aria-current="page">{}</a></li>"##,
            r##"<li><a href="#/gespreksmodel">{}</a></li>"##,
            r##"<li><a href="#/zo-werkt-het">{}</a></li>"##,
            r#"</ul></nav></header>"#,
        ),
        e(texts.app_title),
        e(texts.app_tagline),
        attr(texts.taal.switch_label),
        Lang::ALL
            .iter()
            .map(|l| format!(
                r#"<button type="button" lang="{}" aria-pressed="{}">{}</button>"#,
                l.code(),
                l.code() == texts.lang,
                e(l.own_name())
            ))
            .collect::<String>(),
        attr(texts.nav_label),
        e(texts.nav_samenwerkingen),
        e(texts.nav_model),
        e(texts.intro.howto_link),
    ));
    // ui::App's main: NoticeArea, UpdateNotice and HistoryTools (nothing to undo yet).
    html.push_str(&format!(
        concat!(
            r#"<main tabindex="-1">"#,
            r#"<div class="notices" role="status" aria-live="polite" aria-label="{}"></div>"#,
            r#"<div class="update-notices" role="status"></div>"#,
            r#"<div class="history-tools" role="group" aria-label="{}">"#,
            r#"<button type="button" class="small" aria-keyshortcuts="Control+Z" disabled="">{}</button>"#,
            r#"<button type="button" class="small" aria-keyshortcuts="Control+Y" disabled="">{}</button>"#,
            r#"</div>"#,
        ),
        attr(texts.notices_label),
        attr(texts.history_label),
        e(texts.undo),
        e(texts.redo),
    ));
    // overview::Overview: title, intro, "Nieuw hier?", the two cards, the (empty) list, the backups.
    html.push_str(&format!(
        concat!(
            r#"<h1 tabindex="-1">{}</h1>"#,
            r#"<p class="lead">{}</p>"#,
            // ui::intro::FirstMinute
            r#"<div class="first-minute" role="group" aria-label="{}">"#,
            r#"<span class="first-minute-label">{}</span>"#,
            r#"<button type="button">{}</button>"#,
            r##"<a class="button" href="#/zo-werkt-het">{}</a>"##,
            r#"<span class="content-status" role="status"></span></div>"#,
            r#"<div class="columns">"#,
            r#"<section class="card"><h2>{}</h2><form>"#,
            r#"<label>{}</label><p class="hint">{}</p>"#,
            r#"<input type="text" autocomplete="off" maxlength="120">"#,
            r#"<button type="submit" class="primary">{}</button>"#,
            r#"</form></section>"#,
            r#"<section class="card"><h2>{}</h2>"#,
            r#"<label>{}</label><p class="hint">{}</p>"#,
            r#"<input type="file" accept=".json,application/json">"#,
            r#"</section>"#,
            r#"</div>"#,
            r#"<section><h2>{}</h2><p class="empty">{}</p></section>"#,
            r#"<section class="card backups"><h2>{}</h2><p class="hint">{}</p>"#,
            r#"<p class="empty">{}</p><ul class="backup-list"></ul>"#,
            // The room left in storage, which the app fills in once the browser tells.
            r#"<p class="hint opslag-ruimte">&nbsp;</p></section>"#,
            r#"</main>"#,
        ),
        e(texts.overview_title),
        e(texts.overview_intro),
        attr(texts.intro.first_minute_label),
        e(texts.intro.first_minute_label),
        e(texts.intro.example_button),
        e(texts.intro.howto_link),
        e(texts.create_heading),
        e(texts.create_name_label),
        e(texts.create_name_hint),
        e(texts.create_button),
        e(texts.import_heading),
        e(texts.import_label),
        e(texts.import_hint),
        e(texts.list_heading),
        e(texts.list_empty),
        e(texts.backups_heading),
        e(texts.backups_intro),
        e(texts.backups_empty),
    ));
    // ui::meedoen's first step, as far as it is the same for every invitation: the page's name
    // where the scan's title will be, the samenwerking's line kept free, the intro and where the
    // answers stay. Shown instead of the overview on a participant's page (the shell's script;
    // style/layout.css), so a phone reads what this is while the app loads.
    html.push_str(&format!(
        concat!(
            r#"<main tabindex="-1" class="participant shell-participant">"#,
            r#"<div class="notices" role="status" aria-live="polite" aria-label="{}"></div>"#,
            r#"<h1 tabindex="-1">{}</h1>"#,
            r#"<p class="participant-samenwerking">&nbsp;</p>"#,
            r#"<p>{}</p><p class="hint">{}</p>"#,
            r#"</main>"#,
        ),
        attr(texts.notices_label),
        e(texts.deelnemer.page_label),
        e(texts.deelnemer.intro),
        e(texts.deelnemer.kept_here),
    ));
    html.push_str(&format!(
        r#"<footer class="site-footer"><p>{}</p></footer>"#,
        e(texts.footer)
    ));
    html
}

fn main() {
    println!("{}", both());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_holds_the_first_screens_words_from_the_table() {
        let texts = &NL;
        let html = shell(texts);
        for words in [
            texts.app_title,
            texts.overview_title,
            texts.create_heading,
            texts.import_heading,
        ] {
            assert!(html.contains(&text(words)), "{words}");
        }
        assert!(html.starts_with(r#"<div id="app-shell" inert="">"#));
        assert!(html.ends_with("</div>"));
        // The overview's title, and the participant page's (shown instead on that page).
        assert_eq!(html.matches("<h1").count(), 2);
        assert!(html.contains(&text(texts.deelnemer.intro)));
        // The app's ids stay the app's: scripts and tests wait for them.
        assert_eq!(
            html.matches(" id=").count(),
            1,
            "only the wrapper has an id"
        );
        assert!(!html.contains("\n") && !html.contains("> <"));
    }

    #[test]
    fn the_english_shell_waits_in_a_template_with_the_same_markup() {
        let all = both();
        let (dutch, english) = all.split_once("<template").expect("a template");
        assert_eq!(dutch, shell(&NL));
        assert!(english.contains(&text(EN.overview_title)));
        assert!(english.contains(r#"lang="en" aria-pressed="true""#));
        assert!(dutch.contains(r#"lang="nl" aria-pressed="true""#));
        // The same elements in the same order: only the words differ.
        let tags = |html: &str| -> Vec<String> {
            html.split('<')
                .skip(1)
                .map(|t| t.split([' ', '>']).next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(tags(&inner(&NL)), tags(&inner(&EN)));
    }

    #[test]
    fn text_is_escaped_as_the_browser_serialises_it() {
        assert_eq!(
            text("a < b & \"c\" > d\u{a0}e"),
            "a &lt; b &amp; \"c\" &gt; d&nbsp;e"
        );
        assert_eq!(attr("a < b & \"c\""), "a < b &amp; &quot;c&quot;");
    }
}
