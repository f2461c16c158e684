//! One view per block kind. Fields show the stored answer when they appear and send every
//! change as a command; what follows from the answers (actie nodig, the product, the
//! actie-agenda, the partnerkaart) is derived from the worksheet as it changes.

mod questions;
mod rows;
mod samenwerking;

use leptos::prelude::*;

use crate::domain::werkblad::{self, Block, BlockKind};
use crate::i18n::{fill, t};

use super::Sheet;
use questions::Questions;
use rows::Rows;
use samenwerking::{Partnerkaart, RouteChoice};

#[component]
pub fn BlockView(sheet: Sheet, block: &'static Block) -> impl IntoView {
    let heading = format!("wb-{}-kop", block.id);
    let labelled = heading.clone();
    let intro =
        (!block.intro.is_empty()).then(|| view! { <p class="hint">{block.intro.clone()}</p> });
    let moved = block
        .moved_to
        .as_deref()
        .and_then(werkblad::template)
        .map(|to| {
            let text = fill(t().werkblad.moved_to, &[("title", &to.title)]);
            view! { <p class="hint no-print">{text}</p> }
        });
    let body = match block.kind {
        BlockKind::Onderwerpen => view! { <Rows sheet=sheet block=block topics=true /> }.into_any(),
        BlockKind::Partnerkaart => view! { <Partnerkaart sheet=sheet block=block /> }.into_any(),
        BlockKind::Route => view! { <RouteChoice sheet=sheet block=block /> }.into_any(),
        _ => view! { <Questions sheet=sheet block=block /> }.into_any(),
    };
    view! {
        <section class="card werkblad-block" aria-labelledby=labelled>
            <h2 id=heading>{block.title.clone()}</h2>
            {intro}
            {moved}
            {body}
        </section>
    }
}
