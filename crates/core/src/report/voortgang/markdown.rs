//! The report as Markdown, from the same blocks the screen shows.

use crate::i18n::Texts;
use crate::report::{cell, md};

use super::*;

fn block_markdown(block: &Block, out: &mut String) {
    match block {
        Block::Heading(text, _) => out.push_str(&format!("### {}\n\n", cell(text))),
        Block::Subheading(text) => out.push_str(&format!("**{}**\n\n", cell(text))),
        Block::Paragraph(text) => out.push_str(&format!("{}\n\n", md(text))),
        Block::Empty(text) => out.push_str(&format!("{}\n\n", md(text))),
        Block::Facts { rows, .. } => {
            for (label, value) in rows {
                out.push_str(&format!("- **{}:** {}\n", cell(label), cell(value)));
            }
            out.push('\n');
        }
        Block::List { items, .. } => {
            for (text, _) in items {
                out.push_str(&format!("- {}\n", cell(text)));
            }
            out.push('\n');
        }
        Block::Table { head, rows, .. } => {
            let head: Vec<String> = head.iter().map(|h| cell(h)).collect();
            out.push_str(&format!("| {} |\n", head.join(" | ")));
            out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out.push('\n');
        }
        // The table beside it has the same numbers.
        Block::TrendChart { .. } => {}
    }
}

/// The report as Markdown.
pub fn voortgang_markdown(t: &Texts, rapport: &Rapport) -> String {
    let mut out = format!("# {}\n\n", md(&title(t, rapport)));
    block_markdown(
        &Block::Facts {
            class: "",
            rows: head_facts(t, rapport),
        },
        &mut out,
    );
    for section in document(t, rapport) {
        out.push_str(&format!("## {}\n\n", section.heading));
        for block in &section.blocks {
            block_markdown(block, &mut out);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
