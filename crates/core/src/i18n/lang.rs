//! The language of the user interface and of the documents the app makes.
//!
//! Dutch first, English second. The current language is per thread (the app has one; each host
//! test has its own, so tests never see each other's choice) and starts Dutch. The UI sets it
//! when the user switches ([`set_lang`]); a document made in the other language is made inside
//! [`with_lang`], so everything it calls ([`super::t`], the content, dates and numbers) speaks
//! that language and the rest of the app does not notice.

use std::cell::Cell;

use super::Texts;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Every language, Dutch first: the order of the switch.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code: `<html lang>`, content file names, storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language of a code such as "nl", "nl-BE" or "en-GB" (case-insensitive); `None` for
    /// a language the app does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").trim();
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The language's own name, as the switch shows it in every language.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// The other language (the one a document can be made in instead).
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The translation table of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &super::NL,
            Lang::En => &super::EN,
        }
    }

    /// The language of a first visit, from the browser's preferred languages: Dutch when any
    /// of them is Dutch (many Dutch users run an English browser), English otherwise.
    pub fn first_visit<S: AsRef<str>>(preferred: &[S]) -> Lang {
        if preferred
            .iter()
            .any(|p| Lang::from_code(p.as_ref()) == Some(Lang::Nl))
        {
            Lang::Nl
        } else {
            Lang::En
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// The current language.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the current language.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// Runs `f` with `lang` as the current language and puts the previous one back afterwards
/// (also when `f` panics): one document in the other language.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_lang(self.0);
        }
    }
    let _restore = Restore(self::lang());
    set_lang(lang);
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de-DE"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn first_visit_is_dutch_when_any_preferred_language_is_dutch() {
        assert_eq!(Lang::first_visit(&["en-US", "nl"]), Lang::Nl);
        assert_eq!(Lang::first_visit(&["nl-NL"]), Lang::Nl);
        assert_eq!(Lang::first_visit(&["en-GB", "de"]), Lang::En);
        assert_eq!(Lang::first_visit::<&str>(&[]), Lang::En);
    }

    #[test]
    fn with_lang_restores_the_language_after_the_document() {
        assert_eq!(lang(), Lang::Nl);
        let inside = with_lang(Lang::En, || (lang(), super::super::t().lang));
        assert_eq!(inside, (Lang::En, "en"));
        assert_eq!(lang(), Lang::Nl);
        let caught = std::panic::catch_unwind(|| with_lang(Lang::En, || panic!("boom")));
        assert!(caught.is_err());
        assert_eq!(lang(), Lang::Nl);
    }
}
