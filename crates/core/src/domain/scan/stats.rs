//! What a scan says: per ingrediënt and per factor the scores and their spread, rankings for
//! the agenda, results per organisation (with a privacy threshold) and the trend over scans.
//!
//! The maths, exact and checkable by hand. For one ingrediënt with scores x₁ … xₙ (each 1..=5;
//! "weet ik niet" is counted apart and never in n):
//!
//! * mean = Σx / n
//! * population variance = D / n², with D = n·Σx² − (Σx)² (an integer), stdev = √D / n
//! * spread: fewer than 2 scores → [`Spread::TooFew`]; stdev ≤ ½ (4·D ≤ n²) →
//!   [`Spread::Agreement`]; stdev ≥ 1 (D ≥ n²) → [`Spread::Divided`]; in between
//!   [`Spread::Mixed`].
//!
//! Labels and rankings compare the integers (Σx, D, n), so ties are exact ties and never
//! floating-point noise; `mean` and `stdev` are the same numbers as `f64` for display.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::{Response, Scan, ScanAntwoord, MAX_SCORE, MIN_SCORE};
use crate::domain::content;
use crate::domain::model::Millis;

/// Per-organisation results need at least this many responses (and scores) behind them.
pub const MIN_GROUP_SIZE: usize = 3;

/// The rule behind [`Spread`], in one place (the labels and the explanation beside the results
/// both come from here): fewer than this many scores say nothing about agreement…
pub const SPREAD_MIN_SCORES: u32 = 2;
/// …a standard deviation of at most this many tenths is [`Spread::Agreement`]…
pub const AGREEMENT_MAX_STDEV_TENTHS: u32 = 5;
/// …and one of at least this many tenths is [`Spread::Divided`]; in between [`Spread::Mixed`].
pub const DIVIDED_MIN_STDEV_TENTHS: u32 = 10;

/// How much the scores differ (see the module documentation for the exact bounds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Spread {
    /// Fewer than two scores.
    TooFew,
    /// stdev ≤ 0.5.
    Agreement,
    /// 0.5 < stdev < 1.
    Mixed,
    /// stdev ≥ 1: people see it differently — where the conversation starts.
    Divided,
}

/// The scores about one ingrediënt (or pooled over a factor).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    /// Number of scores 1..=5.
    pub n: u32,
    /// Number of "weet ik niet".
    pub unknown: u32,
    /// Indexed like a paper tally: `counts[0] == unknown`, `counts[s]` = number of score `s`.
    pub counts: [u32; 6],
    /// Σx / n (None without scores).
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// Population standard deviation √(n·Σx² − (Σx)²) / n (None without scores).
    pub stdev: Option<f64>,
    pub spread: Spread,
}

impl Stats {
    pub fn from_counts(counts: [u32; 6]) -> Stats {
        let n = counts[1..].iter().fold(0u32, |a, c| a.saturating_add(*c));
        let (sum, _, d) = moments(&counts);
        let min = (1..=5u8).find(|s| counts[*s as usize] > 0);
        let max = (1..=5u8).rev().find(|s| counts[*s as usize] > 0);
        let spread = if n < SPREAD_MIN_SCORES {
            Spread::TooFew
        } else {
            // stdev ≤ a/10 ⇔ D/n² ≤ a²/100 ⇔ 100·D ≤ a²·n², exactly in integers.
            let n2 = u128::from(n) * u128::from(n);
            let bound = |tenths: u32| u128::from(tenths * tenths) * n2;
            let d100 = d.saturating_mul(100);
            if d100 <= bound(AGREEMENT_MAX_STDEV_TENTHS) {
                Spread::Agreement
            } else if d100 < bound(DIVIDED_MIN_STDEV_TENTHS) {
                Spread::Mixed
            } else {
                Spread::Divided
            }
        };
        Stats {
            n,
            unknown: counts[0],
            counts,
            mean: (n > 0).then(|| sum as f64 / f64::from(n)),
            min,
            max,
            stdev: (n > 0).then(|| (d as f64).sqrt() / f64::from(n)),
            spread,
        }
    }

    /// max − min (0 without scores).
    pub fn range(&self) -> u8 {
        match (self.min, self.max) {
            (Some(lo), Some(hi)) => hi - lo,
            _ => 0,
        }
    }

    fn sum(&self) -> u128 {
        moments(&self.counts).0
    }

    fn deviation(&self) -> u128 {
        moments(&self.counts).2
    }
}

/// (Σx, Σx², D = n·Σx² − (Σx)²) of the scores in `counts`, exact.
fn moments(counts: &[u32; 6]) -> (u128, u128, u128) {
    let (mut n, mut sum, mut squares) = (0u128, 0u128, 0u128);
    for s in 1..=5u128 {
        let c = u128::from(counts[s as usize]);
        n += c;
        sum += s * c;
        squares += s * s * c;
    }
    (sum, squares, (n * squares).saturating_sub(sum * sum))
}

/// Compares variances D_a/n_a² and D_b/n_b² exactly: D_a·n_b² against D_b·n_a².
fn cmp_variance(a: &Stats, b: &Stats) -> Ordering {
    let (na, nb) = (u128::from(a.n), u128::from(b.n));
    let left = a.deviation().saturating_mul(nb * nb);
    let right = b.deviation().saturating_mul(na * na);
    left.cmp(&right)
}

/// Compares means Σ_a/n_a and Σ_b/n_b exactly: Σ_a·n_b against Σ_b·n_a.
fn cmp_mean(a: &Stats, b: &Stats) -> Ordering {
    let (na, nb) = (u128::from(a.n), u128::from(b.n));
    (a.sum() * nb).cmp(&(b.sum() * na))
}

fn add_counts(mut total: [u32; 6], more: [u32; 6]) -> [u32; 6] {
    for (t, m) in total.iter_mut().zip(more) {
        *t = t.saturating_add(m);
    }
    total
}

fn add_answer(counts: &mut [u32; 6], answer: Option<&ScanAntwoord>) {
    let index = match answer.map(|a| a.score) {
        None => return,
        Some(None) => 0,
        Some(Some(s)) if (MIN_SCORE..=MAX_SCORE).contains(&s) => usize::from(s),
        // Out of range: refused by validation; never counted.
        Some(Some(_)) => return,
    };
    counts[index] = counts[index].saturating_add(1);
}

/// One group's counts for one ingrediënt and whether that figure is shown.
type Cell = ([u32; 6], bool);

fn counts_of<'a>(responses: impl Iterator<Item = &'a Response>, ingredient: &str) -> [u32; 6] {
    let mut counts = [0u32; 6];
    for r in responses {
        add_answer(&mut counts, r.answers.get(ingredient));
    }
    counts
}

/// Per-organisation results of the organisations with enough responses.
#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationBreakdown {
    /// Sorted by organisation (case-insensitively).
    pub groups: Vec<OrganisationStats>,
    /// Organisations left out because fewer than the threshold answered.
    pub hidden_groups: usize,
    /// Responses that named no organisation (never grouped).
    pub without_organisation: usize,
    /// Ingrediënt figures of shown groups left out by the difference rule: without them the
    /// whole scan's figure minus the shown groups' figures would be the answers of only one or
    /// two people (see [`Scan::per_organisation`]).
    pub hidden_by_difference: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationStats {
    /// As the first response (by id) spelled it; grouping ignores case and outer spaces.
    pub organisation: String,
    pub responses: usize,
    /// In content order; only ingrediënten with at least the threshold of scores.
    pub ingredients: Vec<(String, Stats)>,
    /// In content order; only factors scored by at least the threshold of respondents.
    pub factors: Vec<(String, Stats)>,
}

/// The mean per scan of one ingrediënt or factor, in the order of [`Trend::scans`].
#[derive(Clone, Debug, PartialEq)]
pub struct TrendLine {
    pub id: String,
    pub means: Vec<Option<f64>>,
    /// The number of scores behind each mean.
    pub n: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendScan {
    pub id: String,
    pub title: String,
    pub created_ms: Millis,
}

/// Scans compared over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// Chronological (created_ms, then id).
    pub scans: Vec<TrendScan>,
    /// The sixteen ingrediënten in content order.
    pub ingredients: Vec<TrendLine>,
    /// The five factors in content order.
    pub factors: Vec<TrendLine>,
}

/// Per ingrediënt and per factor the mean in each scan, oldest scan first. The caller passes
/// the scans of one samenwerking (and decides whether unrevealed scans count).
pub fn trend(scans: &[Scan]) -> Trend {
    let mut order: Vec<&Scan> = scans.iter().collect();
    order.sort_by(|a, b| {
        a.created_ms
            .cmp(&b.created_ms)
            .then_with(|| a.id.cmp(&b.id))
    });
    let model = content::nl();
    let ingredients: Vec<Vec<(String, Stats)>> =
        order.iter().map(|s| s.ingredient_stats()).collect();
    let factors: Vec<Vec<(String, Stats)>> = order.iter().map(|s| s.factor_stats()).collect();
    Trend {
        scans: order
            .iter()
            .map(|s| TrendScan {
                id: s.id.clone(),
                title: s.title.clone(),
                created_ms: s.created_ms,
            })
            .collect(),
        ingredients: trend_lines(model.ingredients().map(|(_, i)| &i.id), &ingredients),
        factors: trend_lines(model.factors.iter().map(|f| &f.id), &factors),
    }
}

/// One line per id; `tables` holds per scan the stats in the same (content) order as `ids`.
fn trend_lines<'a>(
    ids: impl Iterator<Item = &'a String>,
    tables: &[Vec<(String, Stats)>],
) -> Vec<TrendLine> {
    ids.enumerate()
        .map(|(k, id)| TrendLine {
            id: id.clone(),
            means: tables.iter().map(|t| t[k].1.mean).collect(),
            n: tables.iter().map(|t| t[k].1.n).collect(),
        })
        .collect()
}

impl Scan {
    /// All cards and scores about one ingrediënt: the paper tally plus every response.
    pub fn counts(&self, ingredient: &str) -> [u32; 6] {
        add_counts(
            self.paper.get(ingredient),
            counts_of(self.responses.iter(), ingredient),
        )
    }

    pub fn stats(&self, ingredient: &str) -> Stats {
        Stats::from_counts(self.counts(ingredient))
    }

    /// The sixteen ingrediënten in content order.
    pub fn ingredient_stats(&self) -> Vec<(String, Stats)> {
        content::nl()
            .ingredients()
            .map(|(_, i)| (i.id.clone(), self.stats(&i.id)))
            .collect()
    }

    /// The five factors in content order, each over all scores of its ingrediënten.
    pub fn factor_stats(&self) -> Vec<(String, Stats)> {
        content::nl()
            .factors
            .iter()
            .map(|f| {
                let counts = f
                    .ingredients
                    .iter()
                    .fold([0; 6], |total, i| add_counts(total, self.counts(&i.id)));
                (f.id.clone(), Stats::from_counts(counts))
            })
            .collect()
    }

    /// Ingrediënten with at least two scores, the most disagreement first: stdev descending,
    /// then range descending, then id.
    pub fn divergence_ranking(&self) -> Vec<(String, Stats)> {
        let mut list: Vec<(String, Stats)> = self
            .ingredient_stats()
            .into_iter()
            .filter(|(_, s)| s.n >= 2)
            .collect();
        list.sort_by(|(ia, a), (ib, b)| {
            cmp_variance(b, a)
                .then_with(|| b.range().cmp(&a.range()))
                .then_with(|| ia.cmp(ib))
        });
        list
    }

    /// Ingrediënten with at least one score, the lowest mean first; equal means: more scores
    /// first, then id.
    pub fn weakest(&self) -> Vec<(String, Stats)> {
        let mut list: Vec<(String, Stats)> = self
            .ingredient_stats()
            .into_iter()
            .filter(|(_, s)| s.n >= 1)
            .collect();
        list.sort_by(|(ia, a), (ib, b)| {
            cmp_mean(a, b)
                .then_with(|| b.n.cmp(&a.n))
                .then_with(|| ia.cmp(ib))
        });
        list
    }

    /// Up to `k` ingrediënt ids for the next bijeenkomst's agenda: the divided ones
    /// ([`Spread::Divided`], in divergence order) first, then the weakest; each once.
    pub fn agenda_suggestion(&self, k: usize) -> Vec<String> {
        let disputed = self
            .divergence_ranking()
            .into_iter()
            .filter(|(_, s)| s.spread == Spread::Divided);
        let mut ids: Vec<String> = Vec::new();
        for (id, _) in disputed.chain(self.weakest()) {
            if ids.len() >= k {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// Results per organisation, only where at least `min` responses stand behind them (and
    /// within a group, only ingrediënten with at least `min` scores). `min` is never below
    /// [`MIN_GROUP_SIZE`]: a caller can be stricter, not laxer. The paper tally has no
    /// organisations and is not included.
    ///
    /// **Privacy also by difference.** The whole scan's figures are shown too, so what the
    /// shown group figures leave over of an ingrediënt (paper cards, responses without an
    /// organisation, hidden groups, hidden figures of shown groups) can be computed by
    /// subtraction. That remainder must be 0 or at least `min` answers (each answer to one
    /// ingrediënt is one person):
    ///
    /// 1. per ingrediënt, when the remainder is 1 to `min − 1` answers, the shown group figure
    ///    with the fewest answers (then the last organisation by name) is hidden as well, until
    ///    the remainder is 0 or at least `min` (one is always enough: a shown figure has at
    ///    least `min` answers); counted in [`OrganisationBreakdown::hidden_by_difference`];
    /// 2. a group's factor figure is shown only when it is exactly the sum of that group's
    ///    shown ingrediënt figures (every ingrediënt of the factor the group answered is shown)
    ///    and at least `min` of its respondents scored the factor, so it reveals nothing the
    ///    ingrediënt figures do not.
    pub fn per_organisation(&self, min: usize) -> OrganisationBreakdown {
        let min = min.max(MIN_GROUP_SIZE);
        let mut groups: BTreeMap<String, (String, Vec<&Response>)> = BTreeMap::new();
        let mut without_organisation = 0;
        for r in &self.responses {
            let organisation = r.organisation.trim();
            if organisation.is_empty() {
                without_organisation += 1;
                continue;
            }
            groups
                .entry(organisation.to_ascii_lowercase())
                .or_insert_with(|| (organisation.to_string(), Vec::new()))
                .1
                .push(r);
        }
        let model = content::nl();
        let ingredient_ids: Vec<&str> = model.ingredients().map(|(_, i)| i.id.as_str()).collect();
        let mut hidden_groups = 0;
        // The groups large enough to show, each with its counts per ingrediënt and whether
        // that figure is shown.
        let mut candidates: Vec<(String, Vec<&Response>, Vec<Cell>)> = Vec::new();
        for (_, (organisation, members)) in groups {
            if members.len() < min {
                hidden_groups += 1;
                continue;
            }
            let cells = ingredient_ids
                .iter()
                .map(|id| {
                    let counts = counts_of(members.iter().copied(), id);
                    let n = counts[1..].iter().map(|c| *c as usize).sum::<usize>();
                    (counts, n >= min)
                })
                .collect();
            candidates.push((organisation, members, cells));
        }
        let answers = |counts: &[u32; 6]| counts.iter().map(|c| *c as usize).sum::<usize>();
        let mut hidden_by_difference = 0;
        for (k, id) in ingredient_ids.iter().enumerate() {
            let total = answers(&self.counts(id));
            let shown: usize = candidates
                .iter()
                .filter(|g| g.2[k].1)
                .map(|g| answers(&g.2[k].0))
                .sum();
            let mut remainder = total.saturating_sub(shown);
            while remainder > 0 && remainder < min {
                // The smallest shown figure; on a tie the last group by name.
                let Some(smallest) = candidates
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.2[k].1)
                    .min_by(|(a, ga), (b, gb)| {
                        answers(&ga.2[k].0)
                            .cmp(&answers(&gb.2[k].0))
                            .then_with(|| b.cmp(a))
                    })
                    .map(|(g, _)| g)
                else {
                    break;
                };
                candidates[smallest].2[k].1 = false;
                remainder += answers(&candidates[smallest].2[k].0);
                hidden_by_difference += 1;
            }
        }
        let shown = candidates
            .into_iter()
            .map(|(organisation, members, cells)| {
                let cell = |id: &str| {
                    ingredient_ids
                        .iter()
                        .position(|i| *i == id)
                        .map(|k| cells[k])
                };
                let ingredients = ingredient_ids
                    .iter()
                    .zip(&cells)
                    .filter(|(_, (_, show))| *show)
                    .map(|(id, (counts, _))| (id.to_string(), Stats::from_counts(*counts)))
                    .collect();
                let factors = model
                    .factors
                    .iter()
                    .filter(|f| {
                        let only_shown = f.ingredients.iter().all(|i| {
                            cell(&i.id).is_none_or(|(counts, show)| show || answers(&counts) == 0)
                        });
                        let respondents = members
                            .iter()
                            .filter(|r| {
                                f.ingredients.iter().any(|i| {
                                    r.answers.get(&i.id).is_some_and(ScanAntwoord::is_score)
                                })
                            })
                            .count();
                        only_shown && respondents >= min
                    })
                    .map(|f| {
                        let counts = f.ingredients.iter().fold([0; 6], |total, i| {
                            add_counts(total, counts_of(members.iter().copied(), &i.id))
                        });
                        (f.id.clone(), Stats::from_counts(counts))
                    })
                    .collect();
                OrganisationStats {
                    organisation,
                    responses: members.len(),
                    ingredients,
                    factors,
                }
            })
            .collect();
        OrganisationBreakdown {
            groups: shown,
            hidden_groups,
            without_organisation,
            hidden_by_difference,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_moments_are_exact_integers() {
        // Scores 2, 4, 4, 5: Σx = 15, Σx² = 4 + 16 + 16 + 25 = 61, D = 4·61 − 15² = 19.
        assert_eq!(moments(&[7, 0, 1, 0, 2, 1]), (15, 61, 19));
        assert_eq!(moments(&[0; 6]), (0, 0, 0));
    }

    #[test]
    fn scan_variances_compare_without_rounding() {
        // 1, 5 (D = 2·26 − 36 = 16, n = 2: variance 4) against 3 × 1 and 3 × 5
        // (D = 6·78 − 324 = 144, n = 6: variance 4): an exact tie.
        let a = Stats::from_counts([0, 1, 0, 0, 0, 1]);
        let b = Stats::from_counts([0, 3, 0, 0, 0, 3]);
        assert_eq!(cmp_variance(&a, &b), Ordering::Equal);
        // Means 3 and 3 too: 6/2 against 18/6.
        assert_eq!(cmp_mean(&a, &b), Ordering::Equal);
        let c = Stats::from_counts([0, 0, 0, 1, 1, 0]);
        assert_eq!(cmp_variance(&c, &a), Ordering::Less);
        assert_eq!(cmp_mean(&c, &a), Ordering::Greater);
    }

    #[test]
    fn scan_counts_ignore_skipped_and_out_of_range_answers() {
        let mut counts = [0; 6];
        add_answer(&mut counts, None);
        add_answer(&mut counts, Some(&ScanAntwoord::new(None)));
        add_answer(&mut counts, Some(&ScanAntwoord::new(Some(3))));
        add_answer(&mut counts, Some(&ScanAntwoord::new(Some(9))));
        add_answer(&mut counts, Some(&ScanAntwoord::new(Some(0))));
        assert_eq!(counts, [1, 0, 0, 1, 0, 0]);
    }
}
