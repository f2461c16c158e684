//! The verslag of one bijeenkomst as Markdown: the meeting (who, when, where) with a summary of
//! its besluiten and acties up front, then its agenda, the scan and the werkbladen behind it,
//! notes per phase, checkvragen and besluiten per ingrediënt, and the acties still open.

use crate::domain::bijeenkomst::{Actie, ActieStatus, Bijeenkomst, Checkvraag, Fase};
use crate::domain::content;
use crate::domain::{PartnerKind, Samenwerking};
use crate::i18n::{fill, Texts};

use super::dates::meeting_date;
use super::scan::scan_in_verslag;
use super::werkblad::werkblad_markdown;
use super::{cell, md};

fn partner_label(s: &Samenwerking, id: &str) -> Option<String> {
    s.partner(id).map(|p| p.label())
}

/// One actie as a verslag lists it: its status when the meeting was closed (`status`), and
/// today's status when that has changed since (`nu`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActieRegel<'a> {
    pub actie: &'a Actie,
    pub status: ActieStatus,
    pub nu: Option<ActieStatus>,
}

impl<'a> ActieRegel<'a> {
    /// `then`: the status recorded at the close, if any; otherwise today's status.
    fn new(actie: &'a Actie, then: Option<ActieStatus>) -> Self {
        let status = then.unwrap_or(actie.status);
        ActieRegel {
            actie,
            status,
            nu: (status != actie.status).then_some(actie.status),
        }
    }

    /// The status as a verslag shows it: "Open", or "Open (nu: klaar)" when it changed since.
    pub fn status_text(&self, t: &Texts) -> String {
        let then = t.actie_status(self.status);
        match self.nu {
            None => then.to_string(),
            Some(nu) => fill(
                t.verslag_ui.status_since,
                &[("status", then), ("now", t.verslag_ui.status_now(nu))],
            ),
        }
    }
}

fn actie_table(t: &Texts, acties: &[ActieRegel], out: &mut String) {
    if acties.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
        return;
    }
    let [wat, wie, wanneer, status, ingredient, _] = t.csv_columns;
    out.push_str(&format!(
        "| {wat} | {wie} | {wanneer} | {status} | {ingredient} |\n| --- | --- | --- | --- | --- |\n"
    ));
    let content = content::current();
    for r in acties {
        let a = r.actie;
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&a.wat),
            cell(&a.wie),
            cell(&t.date(&a.wanneer)),
            r.status_text(t),
            a.ingredient
                .as_deref()
                .map(|i| cell(content.ingredient_name(i)))
                .unwrap_or_default(),
        ));
    }
    out.push('\n');
}

/// The partners who attend (`true`) or not (`false`), as labels, in the samenwerking's order.
pub fn partners_present(s: &Samenwerking, b: &Bijeenkomst, present: bool) -> Vec<String> {
    s.partners
        .iter()
        .filter(|p| b.attendees.contains(&p.id) == present)
        .map(|p| p.label())
        .collect()
}

/// One organisation of the achterban-bladen (as [`Samenwerking::achterban_groups`] names
/// them), with what decides whether its blad is printed by default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AchterbanGroep {
    pub label: String,
    /// Some partner of it attends the meeting.
    pub present: bool,
    /// All its partners are inwoners/ouderen: they speak for themselves, without an achterban.
    pub inwoner: bool,
}

impl AchterbanGroep {
    /// Printed unless the facilitator chooses otherwise: attending, and not inwoners.
    pub fn print_by_default(&self) -> bool {
        self.present && !self.inwoner
    }
}

/// The organisations of the achterban-bladen of meeting `b`, in the samenwerking's order.
pub fn achterban_groepen(s: &Samenwerking, b: &Bijeenkomst) -> Vec<AchterbanGroep> {
    s.achterban_groups()
        .into_iter()
        .map(|label| {
            let members: Vec<_> = s
                .partners
                .iter()
                .filter(|p| {
                    let own = if p.organisation.is_empty() {
                        &p.name
                    } else {
                        &p.organisation
                    };
                    *own == label
                })
                .collect();
            AchterbanGroep {
                present: members.iter().any(|p| b.attendees.contains(&p.id)),
                inwoner: members.iter().all(|p| p.kind == PartnerKind::InwonerOudere),
                label,
            }
        })
        .collect()
}

/// The verslag of one bijeenkomst as Markdown.
pub fn verslag_markdown(t: &Texts, s: &Samenwerking, b: &Bijeenkomst) -> String {
    let content = content::current();
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
    for (label, present) in [(t.verslag_present, true), (t.verslag_ui.absent, false)] {
        let names: Vec<String> = partners_present(s, b, present)
            .iter()
            .map(|l| md(l))
            .collect();
        if !names.is_empty() {
            out.push_str(&format!("- **{label}:** {}\n", names.join(", ")));
        }
    }
    if !s.opgave.is_empty() {
        out.push_str(&format!(
            "- **{}:** {}\n",
            t.verslag_opgave,
            cell(&s.opgave)
        ));
    }
    out.push('\n');

    // The summary up front: every besluit, and the acties agreed here.
    let (ours, earlier) = meeting_acties(s, b);
    out.push_str(&format!("## {}\n\n", t.verslag_ui.summary_besluiten));
    if b.besluiten.is_empty() {
        out.push_str(t.verslag_nothing);
        out.push_str("\n\n");
    } else {
        for x in &b.besluiten {
            out.push_str(&format!("- {}", cell(&x.text)));
            if let Some(i) = x.ingredient.as_deref().filter(|i| b.item(i).is_some()) {
                out.push_str(&format!(" ({})", cell(content.ingredient_name(i))));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", t.verslag_acties));
    actie_table(t, &ours, &mut out);

    out.push_str(&super::programma_markdown(t, s, b));

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

    out.push_str(&format!("## {}\n\n", t.verslag_open_acties));
    actie_table(t, &earlier, &mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The actions agreed in this meeting, and the ones from earlier meetings still open, each with
/// the status the verslag shows. A closed meeting shows them as they stood when it was closed
/// ([`Bijeenkomst::acties_bij_afronding`]): an actie set to klaar later stays "Open (nu: klaar)"
/// in it, and one from an earlier meeting that was open then stays listed. An actie added to
/// the meeting after its close is shown as it is now.
pub fn meeting_acties<'a>(
    s: &'a Samenwerking,
    b: &Bijeenkomst,
) -> (Vec<ActieRegel<'a>>, Vec<ActieRegel<'a>>) {
    let Some(stand) = &b.acties_bij_afronding else {
        let ours = s
            .acties
            .iter()
            .filter(|a| a.bijeenkomst == b.id)
            .map(|a| ActieRegel::new(a, None))
            .collect();
        let earlier = s
            .open_acties()
            .into_iter()
            .filter(|a| a.bijeenkomst != b.id)
            .map(|a| ActieRegel::new(a, None))
            .collect();
        return (ours, earlier);
    };
    let then = |id: &str| stand.iter().find(|x| x.actie == id).map(|x| x.status);
    let ours = s
        .acties
        .iter()
        .filter(|a| a.bijeenkomst == b.id)
        .map(|a| ActieRegel::new(a, then(&a.id)))
        .collect();
    let earlier = stand
        .iter()
        .filter_map(|x| {
            let a = s.acties.iter().find(|a| a.id == x.actie)?;
            (a.bijeenkomst != b.id).then(|| ActieRegel::new(a, Some(x.status)))
        })
        .collect();
    (ours, earlier)
}
