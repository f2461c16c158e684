//! The document: the sections as [`Block`]s, which the screen and the Markdown both lay out.

use crate::domain::stand::Toestand;
use crate::domain::Ring;
use crate::i18n::{fill, Texts};
use crate::report::scan::tenths_text;

use super::*;

/// What a block links to on screen (the Markdown shows only the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// The verslag of a bijeenkomst (its id).
    Verslag(String),
    /// A werkblad (its id).
    Werkblad(String),
}

/// One block of a section: the few kinds a report needs, so the screen has one small renderer
/// and the Markdown one writer, and a new section only adds blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading inside a section (h3, "###"), optionally a link.
    Heading(String, Option<Link>),
    /// A smaller heading (h4, bold in Markdown).
    Subheading(String),
    /// Text; the user's line breaks are kept.
    Paragraph(String),
    /// "Nothing here" in place of a list or table.
    Empty(String),
    /// Label and value pairs; `class` names them for styling and tests.
    Facts {
        class: &'static str,
        rows: Vec<(String, String)>,
    },
    /// A list of items, each optionally a link.
    List {
        class: &'static str,
        items: Vec<(String, Option<Link>)>,
    },
    /// A table; the first cell of a row is its header. The caption is for screen readers.
    Table {
        class: &'static str,
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// The trend chart (scan labels; per factor its name and means in tenths), on screen and
    /// on paper; the table beside it carries the same numbers (the Markdown has only the table).
    TrendChart {
        labels: Vec<String>,
        lines: Vec<(String, Vec<Option<u32>>)>,
    },
}

/// A section as laid out: its heading, an id for it (unique in the page) and its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocSection {
    pub kind: SectionKind,
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: Vec<Block>,
}

/// The id of a section's heading on screen; its element's class is the id without "-kop".
pub fn section_id(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Samenvatting => "rapport-samenvatting-kop",
        SectionKind::Opgave => "rapport-opgave-kop",
        SectionKind::Partners => "rapport-partners-kop",
        SectionKind::Bijeenkomsten => "rapport-bijeenkomsten-kop",
        SectionKind::Acties => "rapport-acties-kop",
        // The trend chart names itself by this heading (`ui::scan::chart::trend`).
        SectionKind::ScanTrend => "scan-trend-kop",
        SectionKind::Indicatoren => "rapport-indicatoren-kop",
        SectionKind::Leerlog => "rapport-leerlog-kop",
        SectionKind::Werkbladen => "rapport-werkbladen-kop",
        SectionKind::Stand => "rapport-stand-kop",
    }
}

fn empty(text: &str) -> Block {
    Block::Empty(text.to_string())
}

/// The blocks of one section.
fn section_blocks(t: &Texts, section: &Section) -> Vec<Block> {
    let r = t.rapport;
    let none = t.verslag_ui.scan.none;
    let mut out = Vec::new();
    match section {
        Section::Samenvatting(s) => {
            out.extend(samenvatting_zinnen(t, s).into_iter().map(Block::Paragraph));
            out.push(Block::Heading(r.figures_label.to_string(), None));
            out.push(Block::Facts {
                class: "rapport-cijfers",
                rows: samenvatting_feiten(t, s),
            });
        }
        Section::Opgave(o) => {
            out.push(if o.text.is_empty() {
                empty(r.opgave_empty)
            } else {
                Block::Paragraph(o.text.clone())
            });
            if let Some(route) = o.route {
                out.push(Block::Facts {
                    class: "rapport-route",
                    rows: vec![(r.route.to_string(), route_name(route))],
                });
            }
        }
        Section::Partners(list) if list.is_empty() => out.push(empty(r.partners_empty)),
        Section::Partners(list) => {
            let count = |ring| list.iter().filter(|p| p.ring == ring).count().to_string();
            let named = |pick: fn(&PartnerRegel) -> &Option<String>| -> Vec<String> {
                list.iter()
                    .filter_map(|p| {
                        pick(p).as_ref().map(|d| {
                            fill(r.partner_date, &[("name", &p.label), ("date", &t.date(d))])
                        })
                    })
                    .collect()
            };
            out.push(Block::Paragraph(fill(
                r.partners_count,
                &[
                    ("n", &r.count_partners.of(list.len())),
                    ("kern", &count(Ring::Kerngroep)),
                    ("ring", &count(Ring::ComplementaireRing)),
                    ("vrij", &count(Ring::VrijeRuimte)),
                ],
            )));
            for (template, names) in [
                (r.partners_joined, named(|p| &p.joined_in)),
                (r.partners_left, named(|p| &p.left_in)),
            ] {
                if !names.is_empty() {
                    out.push(Block::Paragraph(fill(
                        template,
                        &[("list", &names.join(", "))],
                    )));
                }
            }
            out.push(Block::Table {
                class: "rapport-partners",
                caption: r.h_partners.to_string(),
                head: r.partner_columns.iter().map(|c| c.to_string()).collect(),
                rows: list
                    .iter()
                    .map(|p| {
                        vec![
                            p.label.clone(),
                            t.kind(p.kind).to_string(),
                            t.ring(p.ring).to_string(),
                        ]
                    })
                    .collect(),
            });
        }
        Section::Bijeenkomsten(list) if list.is_empty() => out.push(empty(r.meetings_empty)),
        Section::Bijeenkomsten(list) => {
            for b in list {
                out.push(Block::Heading(
                    bijeenkomst_heading(t, b),
                    Some(Link::Verslag(b.id.clone())),
                ));
                let mut rows = Vec::new();
                if !b.place.is_empty() {
                    rows.push((t.verslag_place.to_string(), b.place.clone()));
                }
                let agenda = if b.agenda.is_empty() {
                    t.verslag_nothing.to_string()
                } else {
                    b.agenda.join(", ")
                };
                rows.push((t.verslag_agenda.to_string(), agenda));
                out.push(Block::Facts {
                    class: "rapport-bijeenkomst",
                    rows,
                });
                out.push(Block::Subheading(t.verslag_besluiten.to_string()));
                out.push(if b.besluiten.is_empty() {
                    empty(t.verslag_nothing)
                } else {
                    Block::List {
                        class: "verslag-besluiten",
                        items: b
                            .besluiten
                            .iter()
                            .map(|(text, about)| match about {
                                Some(i) => (format!("{text} ({i})"), None),
                                None => (text.clone(), None),
                            })
                            .collect(),
                    }
                });
            }
        }
        Section::Acties(a) => {
            out.push(Block::Paragraph(fill(
                r.acties_intro,
                &[("until", &t.date(&a.tot))],
            )));
            let [wat, wie, wanneer, status, ingredient, _] = t.csv_columns;
            let head: Vec<String> = [wat, wie, wanneer, status, ingredient]
                .iter()
                .map(|c| c.to_string())
                .collect();
            for (heading, class, list) in [
                (r.acties_te_laat, "rapport-te-laat", &a.te_laat),
                (r.acties_open, "rapport-open", &a.open),
                (r.acties_klaar, "rapport-klaar", &a.klaar),
            ] {
                out.push(Block::Heading(heading.to_string(), None));
                out.push(if list.is_empty() {
                    empty(t.verslag_nothing)
                } else {
                    Block::Table {
                        class,
                        caption: heading.to_string(),
                        head: head.clone(),
                        rows: list.iter().map(|x| actie_row(t, x)).collect(),
                    }
                });
            }
        }
        Section::ScanTrend(None) => out.push(empty(r.scan_none)),
        Section::ScanTrend(Some(trend)) => {
            out.push(Block::Paragraph(r.scan_intro.to_string()));
            if trend.scans.len() >= 2 {
                out.push(Block::TrendChart {
                    labels: trend.scans.iter().map(|x| scan_label(t, x)).collect(),
                    lines: trend
                        .factors
                        .iter()
                        .map(|f| (f.name.clone(), f.means.clone()))
                        .collect(),
                });
            }
            let mut head = vec![r.col_factor.to_string()];
            head.extend(trend.scans.iter().map(|x| trend_column(t, x)));
            head.push(r.col_verschil.to_string());
            out.push(Block::Table {
                class: "rapport-trend",
                caption: r.trend_table_caption.to_string(),
                head,
                rows: trend
                    .factors
                    .iter()
                    .map(|f| {
                        let mut row = vec![f.name.clone()];
                        row.extend(
                            f.means
                                .iter()
                                .map(|m| m.map_or_else(|| none.to_string(), tenths_text)),
                        );
                        row.push(f.verschil.map_or_else(|| none.to_string(), verschil_text));
                        row
                    })
                    .collect(),
            });
        }
        Section::Indicatoren(list) if list.is_empty() => out.push(empty(r.indicatoren_empty)),
        Section::Indicatoren(list) => {
            out.push(Block::Paragraph(r.indicatoren_intro.to_string()));
            for d in list {
                out.push(Block::Heading(d.text.clone(), None));
                if d.indicatoren.is_empty() {
                    out.push(empty(r.doel_no_indicator));
                    continue;
                }
                out.push(Block::Table {
                    class: "rapport-indicatoren",
                    caption: d.text.clone(),
                    head: r.indicator_columns.iter().map(|c| c.to_string()).collect(),
                    rows: d.indicatoren.iter().map(|i| indicator_row(t, i)).collect(),
                });
            }
        }
        Section::Leerlog(list) if list.is_empty() => out.push(empty(r.leerlog_empty)),
        Section::Leerlog(list) => {
            for e in list {
                out.push(Block::Heading(
                    fill(
                        r.leerlog_heading,
                        &[
                            ("date", &t.date(&e.date)),
                            ("step", t.monitoring.step(e.entry.step)),
                        ],
                    ),
                    None,
                ));
                let mut rows = Vec::new();
                for (label, text) in [
                    (r.leerlog_tried, &e.entry.tried),
                    (r.leerlog_learned, &e.entry.learned),
                ] {
                    if !text.is_empty() {
                        rows.push((label.to_string(), text.clone()));
                    }
                }
                if let Some(lus) = e.entry.lus {
                    rows.push((
                        r.leerlog_loop.to_string(),
                        format!(
                            "{}: {}",
                            t.monitoring.lus(lus),
                            t.monitoring.lus_uitleg(lus)
                        ),
                    ));
                }
                if !e.entry.changes.is_empty() {
                    rows.push((r.leerlog_changes.to_string(), e.entry.changes.clone()));
                }
                let mut about = Vec::new();
                if let Some((_, title)) = &e.werkblad {
                    about.push(fill(r.leerlog_werkblad, &[("title", title)]));
                }
                if let Some((_, date)) = &e.bijeenkomst {
                    about.push(fill(r.leerlog_bijeenkomst, &[("date", &t.date(date))]));
                }
                if let Some(name) = &e.indicator {
                    about.push(fill(r.leerlog_indicator, &[("name", name)]));
                }
                if !about.is_empty() {
                    rows.push((r.leerlog_about.to_string(), about.join("; ")));
                }
                out.push(Block::Facts {
                    class: "rapport-leerlog",
                    rows,
                });
            }
        }
        Section::Stand(stand) => {
            out.push(Block::Paragraph(fill(
                r.stand_intro,
                &[
                    ("date", &t.date(&stand.op)),
                    ("aandacht", &stand.aandacht().to_string()),
                    ("goed", &stand.count(Toestand::GoedOpWeg).to_string()),
                    ("nog", &stand.count(Toestand::NogNietBesproken).to_string()),
                ],
            )));
            out.push(Block::Table {
                class: "rapport-stand",
                caption: r.stand_caption.to_string(),
                head: r.stand_columns.iter().map(|c| c.to_string()).collect(),
                rows: stand
                    .rows
                    .iter()
                    .map(|(factor, name, oordeel)| {
                        let why: Vec<&str> =
                            oordeel.redenen.iter().map(|x| t.stand.reden(*x)).collect();
                        vec![
                            factor.clone(),
                            name.clone(),
                            t.stand.toestand(oordeel.toestand).to_string(),
                            why.join("; "),
                        ]
                    })
                    .collect(),
            });
        }
        Section::Werkbladen(list) if list.is_empty() => out.push(empty(r.werkbladen_empty)),
        Section::Werkbladen(list) => out.push(Block::List {
            class: "rapport-werkbladen",
            items: list
                .iter()
                .map(|w| (werkblad_line(t, w), Some(Link::Werkblad(w.id.clone()))))
                .collect(),
        }),
    }
    out
}

/// The report's sections laid out as blocks, in order.
pub fn document(t: &Texts, rapport: &Rapport) -> Vec<DocSection> {
    rapport
        .sections
        .iter()
        .map(|section| {
            let kind = section.kind();
            DocSection {
                kind,
                id: section_id(kind),
                heading: section_heading(t, kind),
                blocks: section_blocks(t, section),
            }
        })
        .collect()
}
