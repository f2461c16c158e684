//! Acties as CSV for Excel with Dutch settings: UTF-8 with BOM, semicolons, CRLF, and every
//! date as dd-mm-jjjj (which Excel with Dutch settings reads as a date).

use crate::domain::content;
use crate::domain::Samenwerking;
use crate::i18n::Texts;

use super::dates::excel_date;
use super::verslag::ActieRegel;

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

/// Actions as CSV that opens correctly in Excel with Dutch settings. The status is the one the
/// verslag shows (at the close of a closed meeting, see [`super::meeting_acties`]). Both date
/// columns (wanneer, bijeenkomst) are dd-mm-jjjj; a wanneer that is not a date stays as typed.
pub fn acties_csv(t: &Texts, s: &Samenwerking, acties: &[ActieRegel]) -> String {
    let content = content::current();
    let mut out = String::from("\u{feff}");
    out.push_str(&t.csv_columns.join(";"));
    out.push_str("\r\n");
    for r in acties {
        let a = r.actie;
        let meeting = s
            .bijeenkomst(&a.bijeenkomst)
            .map(|b| excel_date(&b.date))
            .unwrap_or_default();
        let fields = [
            a.wat.clone(),
            a.wie.clone(),
            excel_date(&a.wanneer),
            t.actie_status(r.status).to_string(),
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
