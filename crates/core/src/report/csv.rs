//! Acties as CSV for a spreadsheet: UTF-8 with BOM and CRLF. In Dutch for Excel with Dutch
//! settings: semicolons, and every date as dd-mm-jjjj (which it reads as a date). In English
//! commas, and dates as yyyy-mm-dd, which Excel reads as a date in every English setting (a
//! British dd/mm and an American mm/dd would each be misread by the other).

use crate::domain::content;
use crate::domain::Samenwerking;
use crate::i18n::{Lang, Texts};

use super::dates::excel_date;
use super::verslag::ActieRegel;

/// One CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn csv_field(text: &str, separator: char) -> String {
    let mut text = text.replace("\r\n", "\n");
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        text.insert(0, '\'');
    }
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Actions as CSV that opens correctly in Excel with Dutch settings. The status is the one the
/// verslag shows (at the close of a closed meeting, see [`super::meeting_acties`]). Both date
/// columns (wanneer, bijeenkomst) are dd-mm-jjjj; a wanneer that is not a date stays as typed.
pub fn acties_csv(t: &Texts, s: &Samenwerking, acties: &[ActieRegel]) -> String {
    let lang = Lang::from_code(t.lang).unwrap_or_default();
    let content = content::for_lang(lang);
    let (separator, date): (char, fn(&str) -> String) = match lang {
        Lang::Nl => (';', excel_date),
        Lang::En => (',', |d| d.to_string()),
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&t.csv_columns.join(&separator.to_string()));
    out.push_str("\r\n");
    for r in acties {
        let a = r.actie;
        let meeting = s
            .bijeenkomst(&a.bijeenkomst)
            .map(|b| date(&b.date))
            .unwrap_or_default();
        let fields = [
            a.wat.clone(),
            a.wie.clone(),
            date(&a.wanneer),
            t.actie_status(r.status).to_string(),
            a.ingredient
                .as_deref()
                .map(|i| content.ingredient_name(i).to_string())
                .unwrap_or_default(),
            meeting,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f, separator)).collect();
        out.push_str(&line.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("gewoon", ';'), "gewoon");
        assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_field("zeg \"ja\"", ';'), "\"zeg \"\"ja\"\"\"");
        assert_eq!(csv_field("regel 1\nregel 2", ';'), "\"regel 1\nregel 2\"");
        assert_eq!(csv_field("=SOM(A1)", ';'), "'=SOM(A1)");
        assert_eq!(csv_field("-5", ';'), "'-5");
        // English CSV separates with commas, so a comma is what needs quoting there.
        assert_eq!(csv_field("a,b", ','), "\"a,b\"");
        assert_eq!(csv_field("a;b", ','), "a;b");
    }
}
