//! The verslag of one bijeenkomst as Markdown: the meeting, its agenda, the scan and the
//! werkbladen behind it, notes per phase, checkvragen, besluiten and acties.

use crate::domain::bijeenkomst::{Actie, Bijeenkomst, Checkvraag, Fase};
use crate::domain::content;
use crate::domain::Samenwerking;
use crate::i18n::Texts;

use super::dates::meeting_date;
use super::scan::scan_in_verslag;
use super::werkblad::werkblad_markdown;
use super::{cell, md};

fn partner_label(s: &Samenwerking, id: &str) -> Option<String> {
    s.partner(id).map(|p| p.label())
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
        meeting_date(t, &b.date)
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

    if let Some(scan) = b
        .scan
        .as_deref()
        .and_then(|id| s.scans.iter().find(|x| x.id == id))
    {
        scan_in_verslag(t, scan, &mut out);
    }

    for w in s
        .werkbladen
        .iter()
        .filter(|w| w.bijeenkomst.as_deref() == Some(b.id.as_str()))
    {
        out.push_str(&werkblad_markdown(t, s, w, 2));
    }

    for item in &b.agenda {
        out.push_str(&format!(
            "## {}\n\n",
            content.ingredient_name(&item.ingredient)
        ));
        for phase in b.vorm.fasen() {
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
        if b.vorm.fasen().contains(&Fase::Achterbanraadpleging)
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
