//! Filled-in werkbladen for the verslag: sections of label–answer rows, on screen and in
//! Markdown.

use crate::domain::content;
use crate::domain::werkblad::{self, BlockKind, Key, Kwadrant, Werkblad};
use crate::domain::{Partner, Samenwerking};
use crate::i18n::{fill, Texts};

use super::{cell, md};

/// One part of a filled-in werkblad as the verslag shows it: a heading and label–answer rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetSection {
    pub heading: String,
    pub rows: Vec<(String, String)>,
}

/// What a werkblad says, block by block (per partner where the block is per partner), for the
/// verslag on screen and in Markdown. Only what was filled in, except checklists (where an
/// empty answer is itself the finding) and scales (where the product needs every score).
pub fn werkblad_sections(t: &Texts, s: &Samenwerking, w: &Werkblad) -> Vec<SheetSection> {
    let wt = t.werkblad;
    let Some(template) = werkblad::template(&w.template) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for block in &template.blocks {
        let groups: Vec<Option<&Partner>> = if block.per_partner {
            s.partners.iter().map(Some).collect()
        } else {
            vec![None]
        };
        let heading = |p: Option<&Partner>| match p {
            Some(p) => format!("{} – {}", block.title, p.label()),
            None => block.title.clone(),
        };
        match block.kind {
            BlockKind::Onderwerpen => {
                let rows = werkblad::eisenhower(w, &block.id)
                    .into_iter()
                    .map(|(k, r)| (kwadrant_name(t, k).to_string(), r.text.clone()))
                    .collect();
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows,
                });
            }
            BlockKind::Partnerkaart => {
                let rows = s
                    .partners
                    .iter()
                    .map(|p| {
                        let niveau = w.answer(&Key::niveau(&block.id, &p.id));
                        let level = werkblad::NIVEAUS
                            .iter()
                            .position(|n| *n == niveau)
                            .map(|i| format!(", {}", wt.niveaus[i].to_lowercase()))
                            .unwrap_or_default();
                        (p.label(), format!("{}{level}", t.ring(p.ring)))
                    })
                    .collect();
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows,
                });
            }
            BlockKind::Route => {
                let route = s
                    .route
                    .and_then(|r| content::current().route(r.id()))
                    .map_or_else(|| wt.answer_none.to_string(), |r| r.name.clone());
                out.push(SheetSection {
                    heading: block.title.clone(),
                    rows: vec![(wt.route_label.to_string(), route)],
                });
            }
            _ => {
                for p in groups {
                    let partner = p.map(|p| p.id.as_str());
                    let mut rows = Vec::new();
                    for item in &block.items {
                        let answer = w.answer(&Key::new(&block.id, &item.id, partner));
                        let note = w.answer(&Key::note(&block.id, &item.id, partner));
                        let value = match block.kind {
                            BlockKind::Vragen if answer.is_empty() => continue,
                            BlockKind::Vragen => answer.to_string(),
                            BlockKind::Keuzes | BlockKind::Regels if answer != "ja" => continue,
                            BlockKind::Keuzes | BlockKind::Regels => wt.chosen.to_string(),
                            BlockKind::Checklist => match answer {
                                "ja" => wt.ja.to_string(),
                                "nee" => format!("{} ({})", wt.nee, wt.actie_nodig),
                                _ => format!("{} ({})", wt.not_answered, wt.actie_nodig),
                            },
                            _ if answer.is_empty() => wt.not_chosen.to_string(),
                            _ => format!(
                                "{} ({} ← → {})",
                                fill(wt.scale_value, &[("n", answer)]),
                                item.left,
                                item.right
                            ),
                        };
                        let value = if note.is_empty() {
                            value
                        } else {
                            format!("{value}. {}: {note}", wt.note_label)
                        };
                        rows.push((item.text.clone(), value));
                    }
                    if block.kind == BlockKind::Regels {
                        rows.extend(
                            w.rows_of(&block.id)
                                .map(|r| (wt.rule_label.to_string(), r.text.clone())),
                        );
                    }
                    if block.kind == BlockKind::Schaal && block.product {
                        if let Some(v) = werkblad::product(block, w, partner) {
                            rows.push((
                                wt.product_label.to_string(),
                                format!("{v} / {}", werkblad::product_max(block)),
                            ));
                        }
                    }
                    if rows.is_empty() {
                        if matches!(block.kind, BlockKind::Keuzes | BlockKind::Regels) {
                            rows.push((String::new(), wt.nothing_chosen.to_string()));
                        } else {
                            continue;
                        }
                    }
                    out.push(SheetSection {
                        heading: heading(p),
                        rows,
                    });
                }
            }
        }
    }
    out
}

pub fn kwadrant_name(t: &Texts, k: Kwadrant) -> &'static str {
    let wt = t.werkblad;
    match k {
        Kwadrant::Doen => wt.kwadrant_doen,
        Kwadrant::Plannen => wt.kwadrant_plannen,
        Kwadrant::Delegeren => wt.kwadrant_delegeren,
        Kwadrant::Laten => wt.kwadrant_laten,
    }
}

/// A werkblad as Markdown: its title at `level` (2 = `##`), each section one level below.
pub fn werkblad_markdown(t: &Texts, s: &Samenwerking, w: &Werkblad, level: usize) -> String {
    let mut out = format!(
        "{} {}\n\n",
        "#".repeat(level),
        md(&fill(
            t.werkblad.verslag_heading,
            &[("title", &w.shown_title())]
        ))
    );
    let sections = werkblad_sections(t, s, w);
    if sections.is_empty() {
        out.push_str(t.werkblad.answer_none);
        out.push_str("\n\n");
    }
    for section in sections {
        out.push_str(&format!(
            "{} {}\n\n",
            "#".repeat(level + 1),
            md(&section.heading)
        ));
        for (label, value) in section.rows {
            if label.is_empty() {
                out.push_str(&format!("- {}\n", cell(&value)));
            } else {
                // "Waartoe bestaan we?" needs no colon after its question mark.
                let colon = if label.ends_with(['?', '.', '!', ':']) {
                    ""
                } else {
                    ":"
                };
                out.push_str(&format!("- **{}{colon}** {}\n", cell(&label), cell(&value)));
            }
        }
        out.push('\n');
    }
    out
}
