//! The Gespreksmodel Vitaal Samenwerken: five factors, sixteen ingrediënten, their explanation,
//! inhoudelijke vragen and the three checkvragen. Everything shown comes from `content/nl.json`.

use leptos::prelude::*;

use crate::domain::content::{self, Factor, Ingredient};
use crate::i18n::{fill, t};

#[component]
pub fn ModelPage() -> impl IntoView {
    let texts = t();
    let content = content::current();
    let toc = content
        .factors
        .iter()
        .map(|f| {
            let target = format!("factor-{}", f.id);
            let count = texts.model_ingredients_count.of(f.ingredients.len());
            view! {
                <li>
                    <button type="button" class="link" on:click=move |_| jump(&target)>
                        {f.name.clone()}
                    </button>
                    <span class="meta">{format!(" ({count})")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 id="paginatitel" tabindex="-1">
            {content.title.clone()}
        </h1>
        {content
            .intro
            .split("\n\n")
            .map(|p| view! { <p class="lead">{p.to_string()}</p> })
            .collect_view()}
        <nav aria-labelledby="factoren-kop" class="toc">
            <h2 id="factoren-kop">{texts.model_factors_nav}</h2>
            <ul>{toc}</ul>
        </nav>
        {content.factors.iter().map(|f| view! { <FactorSection factor=f /> }).collect_view()}
    }
}

/// Scrolls to a factor heading and moves focus there (the hash is used for screens).
fn jump(id: &str) {
    super::state::focus_id(id);
}

#[component]
fn FactorSection(factor: &'static Factor) -> impl IntoView {
    let heading = format!("factor-{}", factor.id);
    let heading_ref = heading.clone();
    view! {
        <section class="factor" aria-labelledby=heading_ref>
            <h2 id=heading tabindex="-1">
                {content::heading_name(&factor.id)}
            </h2>
            {(!factor.intro.is_empty()).then(|| view! { <p>{factor.intro.clone()}</p> })}
            {factor
                .ingredients
                .iter()
                .map(|i| view! { <IngredientCard ingredient=i /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn IngredientCard(ingredient: &'static Ingredient) -> impl IntoView {
    let texts = t();
    let content = content::current();
    let heading = format!("ingredient-{}", ingredient.id);
    let heading_ref = heading.clone();
    view! {
        <article class="card ingredient" aria-labelledby=heading_ref>
            <h3 id=heading>{content::heading_name(&ingredient.id)}</h3>
            <p class="summary">{ingredient.summary.clone()}</p>
            <details>
                <summary>
                    {texts.model_explanation}
                    <span class="meta">
                        {format!(
                            " — {}",
                            fill(texts.model_section, &[("section", &ingredient.section)]),
                        )}
                    </span>
                </summary>
                {ingredient.explanation.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            </details>
            <div class="question-columns">
                <div>
                    <h4>{texts.model_questions}</h4>
                    <ul class="questions">
                        {ingredient
                            .questions
                            .iter()
                            .map(|q| view! { <li>{q.clone()}</li> })
                            .collect_view()}
                    </ul>
                </div>
                <div>
                    <h4>{texts.model_checkvragen}</h4>
                    <ul class="checkvragen">
                        {content
                            .checkvragen
                            .iter()
                            .map(|c| view! { <li>{c.text.clone()}</li> })
                            .collect_view()}
                    </ul>
                </div>
            </div>
        </article>
    }
}
