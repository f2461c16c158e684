//! Strings of the language switch and of a document's own language.

#[cfg_attr(test, derive(serde::Serialize))]
pub struct TaalTexts {
    /// The switch's group name: in both languages, so anyone finds it.
    pub switch_label: &'static str,
    /// A document (verslag, achterban-blad, report) can be made in the other language.
    pub document_label: &'static str,
    pub document_hint: &'static str,
    /// Said when the switch could not load the other language's content.
    pub switched: &'static str,
}

pub static NL: TaalTexts = TaalTexts {
    switch_label: "Taal – Language",
    document_label: "Taal van dit document",
    document_hint: "Alleen voor dit document: de app zelf blijft in het Nederlands. Wat jullie zelf schreven, blijft zoals het is geschreven.",
    switched: "De app is nu in het Nederlands. Je werk is niet veranderd.",
};

pub static EN: TaalTexts = TaalTexts {
    switch_label: "Language – Taal",
    document_label: "Language of this document",
    document_hint: "For this document only: the app itself stays in English. What you wrote yourselves stays as it was written.",
    switched: "The app is now in English. Your work has not changed.",
};
