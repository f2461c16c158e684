//! What the answers say: checklist flags, Eisenhower's quadrants, products and progress.

use super::*;

/// A checklist question that needs action: answered "nee" or not answered at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub block: String,
    pub item: String,
    pub partner: Option<String>,
    /// `true` for "nee", `false` for no answer.
    pub nee: bool,
}

/// Every checklist question in the worksheet that is not answered "ja" (for every partner in a
/// per-partner block), in the worksheet's order: "actie nodig".
pub fn actie_nodig(
    template: &Template,
    werkblad: &Werkblad,
    partners: &[crate::domain::Partner],
) -> Vec<Flag> {
    actie_nodig_by(template, partners, &|key| {
        werkblad.answers.get(key).map(String::as_str)
    })
}

/// [`actie_nodig`] with the answers looked up by key text, so a view can pass only the
/// answers it keeps (the choices, not the free text).
pub fn actie_nodig_by<'a>(
    template: &Template,
    partners: &[crate::domain::Partner],
    answer: &dyn Fn(&str) -> Option<&'a str>,
) -> Vec<Flag> {
    let mut flags = Vec::new();
    for block in template
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Checklist)
    {
        for partner in partners_of(block, partners) {
            for item in &block.items {
                let found = answer(&Key::new(&block.id, &item.id, partner).text()).unwrap_or("");
                if found != "ja" {
                    flags.push(Flag {
                        block: block.id.clone(),
                        item: item.id.clone(),
                        partner: partner.map(str::to_string),
                        nee: found == "nee",
                    });
                }
            }
        }
    }
    flags
}

/// The four quadrants of the Eisenhower-matrix, in the order the actie-agenda takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kwadrant {
    /// Urgent and important: now.
    Doen,
    /// Important, not urgent: plan it.
    Plannen,
    /// Urgent, not important: hand it over or keep it small.
    Delegeren,
    /// Neither: let it go.
    Laten,
}

impl Kwadrant {
    pub const ALL: [Kwadrant; 4] = [
        Kwadrant::Doen,
        Kwadrant::Plannen,
        Kwadrant::Delegeren,
        Kwadrant::Laten,
    ];

    pub fn of(row: &Rij) -> Kwadrant {
        match (row.urgent, row.belangrijk) {
            (true, true) => Kwadrant::Doen,
            (false, true) => Kwadrant::Plannen,
            (true, false) => Kwadrant::Delegeren,
            (false, false) => Kwadrant::Laten,
        }
    }

    /// Whether topics in this quadrant go on the actie-agenda.
    pub fn on_agenda(self) -> bool {
        matches!(self, Kwadrant::Doen | Kwadrant::Plannen)
    }
}

/// The topics of an Eisenhower block as an ordered actie-agenda: by quadrant
/// ([`Kwadrant::ALL`]'s order), and within a quadrant in the order they were added.
/// Topics without text are left out.
pub fn eisenhower<'a>(werkblad: &'a Werkblad, block: &'a str) -> Vec<(Kwadrant, &'a Rij)> {
    eisenhower_rows(&werkblad.rows, block)
}

/// [`eisenhower`] over a worksheet's rows.
pub fn eisenhower_rows<'a>(rows: &'a [Rij], block: &'a str) -> Vec<(Kwadrant, &'a Rij)> {
    let mut list: Vec<(Kwadrant, &Rij)> = rows
        .iter()
        .filter(|r| r.block == block && !r.text.trim().is_empty())
        .map(|r| (Kwadrant::of(r), r))
        .collect();
    list.sort_by_key(|(k, _)| *k);
    list
}

/// The product of a schaal block's scores for `partner` (Ambitie = Belofte × Commitment ×
/// Doen), or `None` while any score is missing.
pub fn product(block: &Block, werkblad: &Werkblad, partner: Option<&str>) -> Option<u32> {
    product_by(block, partner, &|key| {
        werkblad.answers.get(key).map(String::as_str)
    })
}

/// [`product`] with the answers looked up by key text.
pub fn product_by<'a>(
    block: &Block,
    partner: Option<&str>,
    answer: &dyn Fn(&str) -> Option<&'a str>,
) -> Option<u32> {
    if block.items.is_empty() {
        return None;
    }
    block.items.iter().try_fold(1u32, |acc, item| {
        let s = score(answer(&Key::new(&block.id, &item.id, partner).text())?)?;
        Some(acc * u32::from(s))
    })
}

/// The largest possible [`product`] of a block: [`SCALE_MAX`] to the number of items.
pub fn product_max(block: &Block) -> u32 {
    u32::from(SCALE_MAX).saturating_pow(block.items.len() as u32)
}

/// How many of a worksheet's questions have an answer, of how many (notes not counted; a
/// per-partner question counts once per partner; rows count when there is at least one).
pub fn progress(
    template: &Template,
    werkblad: &Werkblad,
    samenwerking: &crate::domain::Samenwerking,
) -> (usize, usize) {
    let (mut done, mut total) = (0, 0);
    for block in template.blocks.iter().filter(|b| b.shown(Some(werkblad))) {
        match block.kind {
            BlockKind::Onderwerpen => {
                total += 1;
                done += usize::from(werkblad.rows_of(&block.id).next().is_some());
            }
            BlockKind::Route => {
                total += 1;
                done += usize::from(samenwerking.route.is_some());
            }
            BlockKind::Keuzes | BlockKind::Regels => {
                // Ticking nothing is an answer too, so a list of options is one question,
                // answered once anything is ticked (or an own rule added).
                for partner in partners_of(block, &samenwerking.partners) {
                    total += 1;
                    let ticked = block.items.iter().any(|item| {
                        werkblad.answer(&Key::new(&block.id, &item.id, partner)) == "ja"
                    });
                    done += usize::from(ticked || werkblad.rows_of(&block.id).next().is_some());
                }
            }
            BlockKind::Partnerkaart => {
                for p in &samenwerking.partners {
                    total += 1;
                    done +=
                        usize::from(!werkblad.answer(&Key::niveau(&block.id, &p.id)).is_empty());
                }
            }
            _ => {
                for partner in partners_of(block, &samenwerking.partners) {
                    for item in &block.items {
                        total += 1;
                        let answered = !werkblad
                            .answer(&Key::new(&block.id, &item.id, partner))
                            .is_empty();
                        done += usize::from(answered);
                    }
                }
            }
        }
    }
    (done, total)
}
