//! A meeting's programme in its verslag: one line per step, with its minutes and the werkblad
//! it worked with.

use crate::domain::bijeenkomst::Bijeenkomst;
use crate::domain::Samenwerking;
use crate::i18n::{fill, Texts};

use super::md;

/// One step of a meeting's programme as the verslag and the plan screen show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgrammaRegel {
    pub title: String,
    pub minutes: u32,
    /// The werkblad of this step (id, title), when it is (still) there.
    pub werkblad: Option<(String, String)>,
    /// The step had a werkblad that was deleted since.
    pub werkblad_gone: bool,
}

/// The programme of `b`, step by step (empty when the meeting has none).
pub fn programma_regels(s: &Samenwerking, b: &Bijeenkomst) -> Vec<ProgrammaRegel> {
    b.programma
        .iter()
        .map(|step| {
            let werkblad = step
                .werkblad
                .as_deref()
                .and_then(|id| s.werkblad(id))
                .map(|w| (w.id.clone(), w.shown_title()));
            ProgrammaRegel {
                title: step.title.clone(),
                minutes: step.minutes,
                werkblad_gone: step.werkblad.is_some() && werkblad.is_none(),
                werkblad,
            }
        })
        .collect()
}

/// The programme as a Markdown section (`## Programma` and a numbered list), or "" when the
/// meeting has none.
pub fn programma_markdown(t: &Texts, s: &Samenwerking, b: &Bijeenkomst) -> String {
    let pt = t.programma;
    let regels = programma_regels(s, b);
    if regels.is_empty() {
        return String::new();
    }
    let mut out = format!("## {}\n\n", pt.verslag_heading);
    for (n, r) in regels.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} ({})",
            n + 1,
            md(&r.title),
            pt.minutes.of(r.minutes as usize)
        ));
        if let Some((_, title)) = &r.werkblad {
            out.push_str(&format!(
                ", {}",
                md(&fill(pt.verslag_werkblad, &[("title", title)]))
            ));
        }
        out.push('\n');
    }
    let total: u32 = regels.iter().map(|r| r.minutes).sum();
    out.push_str(&format!("\n{}\n\n", pt.total.of(total as usize)));
    out
}
