//! Acties as CSV for Excel with Dutch settings: UTF-8 with BOM, semicolons, CRLF.

use crate::domain::bijeenkomst::Actie;
use crate::domain::content;
use crate::domain::Samenwerking;
use crate::i18n::Texts;

use super::dates::meeting_date;

/// One CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(text: &str) -> String {
    let mut text = text.replace("\r\n", "\n");
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        text.insert(0, '\'');
    }
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Actions as CSV that opens correctly in Excel with Dutch settings.
pub fn acties_csv(t: &Texts, s: &Samenwerking, acties: &[&Actie]) -> String {
    let content = content::nl();
    let mut out = String::from("\u{feff}");
    out.push_str(&t.csv_columns.join(";"));
    out.push_str("\r\n");
    for a in acties {
        let meeting = s
            .bijeenkomst(&a.bijeenkomst)
            .map(|b| meeting_date(t, &b.date))
            .unwrap_or_default();
        let fields = [
            a.wat.clone(),
            a.wie.clone(),
            a.wanneer.clone(),
            t.actie_status(a.status).to_string(),
            a.ingredient
                .as_deref()
                .map(|i| content.ingredient_name(i).to_string())
                .unwrap_or_default(),
            meeting,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("gewoon"), "gewoon");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("zeg \"ja\""), "\"zeg \"\"ja\"\"\"");
        assert_eq!(csv_field("regel 1\nregel 2"), "\"regel 1\nregel 2\"");
        assert_eq!(csv_field("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(csv_field("-5"), "'-5");
    }
}
