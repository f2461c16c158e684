//! The verslag of a bijeenkomst as Markdown, and its actions as CSV for Excel with Dutch
//! settings (UTF-8 with BOM, semicolons, CRLF). Pure functions, checked against golden files.

use crate::domain::content;
use crate::domain::meeting::{Actie, Bijeenkomst, Checkvraag, Phase};
use crate::domain::Samenwerking;
use crate::i18n::Texts;

fn partner_label(s: &Samenwerking, id: &str) -> Option<String> {
    s.partner(id).map(|p| p.label())
}

/// Markdown text with characters that would change the layout escaped.
pub(crate) fn md(text: &str) -> String {
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
pub(crate) fn cell(text: &str) -> String {
    md(&text.replace(['\n', '\r'], " "))
}

fn meeting_title(t: &Texts, b: &Bijeenkomst) -> String {
    if b.date.is_empty() {
        t.verslag_no_date.to_string()
    } else {
        t.date(&b.date)
    }
}

fn actie_table(t: &Texts, acties: &[&Actie], out: &mut String) {
    if acties.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
        return;
    }
    let [wat, wie, wanneer, status, ingredient, _] = t.csv_columns;
    out.push_str(&format!(
        "| {wat} | {wie} | {wanneer} | {status} | {ingredient} |\n| --- | --- | --- | --- | --- |\n"
    ));
    let content = content::nl();
    for a in acties {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&a.wat),
            cell(&a.wie),
            cell(&t.date(&a.wanneer)),
            t.actie_status(a.status),
            a.ingredient
                .as_deref()
                .map(|i| cell(content.ingredient_name(i)))
                .unwrap_or_default(),
        ));
    }
    out.push('\n');
}

/// The verslag of one bijeenkomst as Markdown.
pub fn verslag_markdown(t: &Texts, s: &Samenwerking, b: &Bijeenkomst) -> String {
    let content = content::nl();
    let mut out = String::new();
    out.push_str(&format!("# {}: {}\n\n", t.verslag_title, md(&s.name)));
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_meeting,
        meeting_title(t, b)
    ));
    if !b.place.is_empty() {
        out.push_str(&format!("- **{}:** {}\n", t.verslag_place, md(&b.place)));
    }
    out.push_str(&format!(
        "- **{}:** {}\n",
        t.verslag_vorm,
        t.vorm_description(b.vorm)
    ));
    let present: Vec<String> = b
        .attendees
        .iter()
        .filter_map(|id| partner_label(s, id))
        .map(|l| md(&l))
        .collect();
    if !present.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_present,
            present.join(", ")
        ));
    }
    if !s.opgave.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_opgave,
            cell(&s.opgave)
        ));
    }
    out.push('\n');

    out.push_str(&format!("## {}\n\n", t.verslag_agenda));
    if b.agenda.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
    }
    for (n, item) in b.agenda.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} ({})\n",
            n + 1,
            content.ingredient_name(&item.ingredient),
            content.factor_name(&item.ingredient)
        ));
    }
    if !b.agenda.is_empty() {
        out.push('\n');
    }

    for item in &b.agenda {
        out.push_str(&format!(
            "## {}\n\n",
            content.ingredient_name(&item.ingredient)
        ));
        for phase in b.vorm.phases() {
            let note = item.note(*phase);
            if note.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "### {}: {}\n\n{}\n\n",
                t.phase_name(*phase),
                t.phase_question(*phase),
                md(note)
            ));
        }
        if b.vorm.phases().contains(&Phase::Achterbanraadpleging)
            && (!item.achterban_vragen.is_empty() || !item.achterban.is_empty())
        {
            if !item.achterban_vragen.is_empty() {
                out.push_str(&format!(
                    "### {}\n\n{}\n\n",
                    t.verslag_achterban_vragen,
                    md(&item.achterban_vragen)
                ));
            }
            if !item.achterban.is_empty() {
                out.push_str(&format!("### {}\n\n", t.verslag_achterban));
                for (group, answer) in &item.achterban {
                    out.push_str(&format!("- **{}:** {}\n", md(group), cell(answer)));
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("### {}\n\n", t.verslag_checkvragen));
        for (vraag, text) in Checkvraag::ALL.iter().zip(&content.checkvragen) {
            out.push_str(&format!(
                "- {} **{}**",
                text.text,
                t.antwoord(item.checks.get(*vraag))
            ));
            if *vraag == Checkvraag::Gehoord && !item.checks.niet_aan_boord.is_empty() {
                let names: Vec<String> = item
                    .checks
                    .niet_aan_boord
                    .iter()
                    .filter_map(|id| partner_label(s, id))
                    .map(|l| md(&l))
                    .collect();
                out.push_str(&format!(
                    " ({}: {})",
                    t.verslag_not_on_board,
                    names.join(", ")
                ));
            }
            out.push('\n');
        }
        out.push('\n');
        let besluiten: Vec<_> = b
            .besluiten
            .iter()
            .filter(|x| x.ingredient.as_deref() == Some(item.ingredient.as_str()))
            .collect();
        if !besluiten.is_empty() {
            out.push_str(&format!("### {}\n\n", t.verslag_besluiten));
            for x in besluiten {
                out.push_str(&format!("- {}\n", cell(&x.text)));
            }
            out.push('\n');
        }
    }

    let general: Vec<_> = b
        .besluiten
        .iter()
        .filter(|x| x.ingredient.as_deref().is_none_or(|i| b.item(i).is_none()))
        .collect();
    if !general.is_empty() {
        out.push_str(&format!("## {}\n\n", t.verslag_general_besluiten));
        for x in general {
            out.push_str(&format!("- {}\n", cell(&x.text)));
        }
        out.push('\n');
    }

    let (ours, earlier) = meeting_acties(s, b);
    out.push_str(&format!("## {}\n\n", t.verslag_acties));
    actie_table(t, &ours, &mut out);
    out.push_str(&format!("## {}\n\n", t.verslag_open_acties));
    actie_table(t, &earlier, &mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The actions agreed in this meeting, and the ones from earlier meetings still open.
pub fn meeting_acties<'a>(
    s: &'a Samenwerking,
    b: &Bijeenkomst,
) -> (Vec<&'a Actie>, Vec<&'a Actie>) {
    let ours = s.acties.iter().filter(|a| a.bijeenkomst == b.id).collect();
    let earlier = s
        .open_acties()
        .into_iter()
        .filter(|a| a.bijeenkomst != b.id)
        .collect();
    (ours, earlier)
}

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
            .map(|b| meeting_title(t, b))
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

    #[test]
    fn markdown_escapes_what_would_change_the_layout() {
        assert_eq!(md("# kop *vet* [link]"), "\\# kop \\*vet\\* \\[link\\]");
        assert_eq!(md("a\nb"), "a  \nb");
        assert_eq!(md("<b>"), "\\<b\\>");
    }
}
