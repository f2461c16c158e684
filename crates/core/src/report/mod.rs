//! The reports of Vitaal Samenwerken, pure functions checked against golden files: the
//! verslag of a bijeenkomst as Markdown ([`verslag`]), its actions as CSV for Excel with Dutch
//! settings ([`csv`]), the summary of an Ingrediëntenscan ([`scan`]), filled-in werkbladen
//! ([`werkblad`]), the Voortgangsrapportage over a period ([`voortgang`]) and every date and time shown to users ([`dates`]). This module holds what
//! they share: escaping text for Markdown.

mod csv;
pub mod dates;
mod programma;
mod scan;
mod verslag;
pub mod voortgang;
mod werkblad;

pub use csv::acties_csv;
pub use programma::{programma_markdown, programma_regels, ProgrammaRegel};
pub use scan::{
    answer_file_hint, mean_tenths, median_tenths, scan_markdown, spread_rule, tenths_text,
    ScanDeelname,
};
pub use verslag::{
    achterban_groepen, meeting_acties, partners_present, verslag_markdown, AchterbanGroep,
    ActieRegel,
};
pub use werkblad::{kwadrant_name, werkblad_markdown, werkblad_sections, SheetSection};

/// Markdown text with characters that would change the layout escaped.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            // A hard line break inside a paragraph.
            out.push_str("  \n");
        }
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '<' | '>'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A table cell or list item: one line, escaped.
pub fn cell(text: &str) -> String {
    md(&text.replace(['\n', '\r'], " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_what_would_change_the_layout() {
        assert_eq!(md("# kop *vet* [link]"), "\\# kop \\*vet\\* \\[link\\]");
        assert_eq!(md("a\nb"), "a  \nb");
        assert_eq!(md("<b>"), "\\<b\\>");
    }

    #[test]
    fn a_cell_is_one_line() {
        assert_eq!(cell("regel 1\nregel 2\r\n*3*"), "regel 1 regel 2  \\*3\\*");
    }
}
