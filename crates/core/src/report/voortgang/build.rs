//! Building the report from a samenwerking and a period: the meetings, acties, scans,
//! werkbladen, partners, indicatoren and leerlog entries that fall in it.

use crate::domain::bijeenkomst::{self, ActieStatus, Bijeenkomst, Status};
use crate::domain::content;
use crate::domain::scan::Scan;
use crate::domain::stand::{self, Toestand};
use crate::domain::{Ring, Samenwerking};
use crate::report::dates::dutch_iso_date;
use crate::report::scan::mean_tenths;

use super::*;

/// The meetings held in the period, by date (then creation).
pub fn held_in<'a>(s: &'a Samenwerking, periode: &Periode) -> Vec<&'a Bijeenkomst> {
    bijeenkomst::chronological(&s.bijeenkomsten)
        .into_iter()
        .filter(|b| b.status != Status::Gepland && periode.contains(&b.date))
        .collect()
}

/// Whether an actie is late: not klaar, and its "wanneer" is a date before the period's end
/// (or before `today`, when the period ends later).
pub fn is_late(status: ActieStatus, wanneer: &str, periode: &Periode, today: &str) -> bool {
    let until = late_until(periode, today);
    status != ActieStatus::Klaar && is_date(wanneer) && wanneer < until
}

/// The day lateness is measured against: the period's end, or `today` when that is earlier.
pub fn late_until<'a>(periode: &'a Periode, today: &'a str) -> &'a str {
    periode.to().min(today)
}

/// The status an actie had when the period began, as far as recorded: the status noted when the
/// last meeting before `from` that lists it was closed; otherwise today's.
fn status_at_start(s: &Samenwerking, actie: &str, from: &str, now: ActieStatus) -> ActieStatus {
    bijeenkomst::chronological(&s.bijeenkomsten)
        .into_iter()
        .rev()
        .filter(|b| is_date(&b.date) && b.date.as_str() < from)
        .find_map(|b| {
            b.acties_bij_afronding
                .as_ref()?
                .iter()
                .find(|x| x.actie == actie)
                .map(|x| x.status)
        })
        .unwrap_or(now)
}

fn acties(s: &Samenwerking, periode: &Periode, today: &str) -> Acties {
    let content = content::current();
    let mut out = Acties {
        tot: late_until(periode, today).to_string(),
        ..Acties::default()
    };
    for a in &s.acties {
        let Some(b) = s.bijeenkomst(&a.bijeenkomst) else {
            continue;
        };
        if b.status == Status::Gepland || !is_date(&b.date) {
            continue;
        }
        let eerder = b.date.as_str() < periode.from();
        let include = if eerder {
            status_at_start(s, &a.id, periode.from(), a.status) != ActieStatus::Klaar
        } else {
            b.date.as_str() <= periode.to()
        };
        if !include {
            continue;
        }
        let regel = RapportActie {
            wat: a.wat.clone(),
            wie: a.wie.clone(),
            wanneer: a.wanneer.clone(),
            status: a.status,
            ingredient: a
                .ingredient
                .as_deref()
                .map(|i| content.ingredient_name(i).to_string()),
            bijeenkomst_date: b.date.clone(),
            eerder,
        };
        if a.status == ActieStatus::Klaar {
            out.klaar.push(regel);
        } else if is_late(a.status, &a.wanneer, periode, today) {
            out.te_laat.push(regel);
        } else {
            out.open.push(regel);
        }
    }
    out
}

fn scan_punt(scan: &Scan, beginpunt: bool) -> ScanPunt {
    ScanPunt {
        id: scan.id.clone(),
        title: scan.title.clone(),
        date: dutch_iso_date(scan.created_ms),
        beginpunt,
    }
}

/// The trend per factor over the revealed scans of the period, from the last one before it.
pub fn scan_trend(s: &Samenwerking, periode: &Periode) -> Option<ScanTrend> {
    let mut revealed: Vec<&Scan> = s.scans.iter().filter(|x| x.revealed).collect();
    revealed.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
    let in_period: Vec<&Scan> = revealed
        .iter()
        .copied()
        .filter(|x| periode.contains(&dutch_iso_date(x.created_ms)))
        .collect();
    if in_period.is_empty() {
        return None;
    }
    let before = revealed
        .iter()
        .copied()
        .rfind(|x| dutch_iso_date(x.created_ms).as_str() < periode.from());
    let scans: Vec<(&Scan, bool)> = before
        .map(|x| (x, true))
        .into_iter()
        .chain(in_period.into_iter().map(|x| (x, false)))
        .collect();
    let per_scan: Vec<Vec<Option<u32>>> = scans
        .iter()
        .map(|(x, _)| {
            x.factor_stats()
                .iter()
                .map(|(_, st)| mean_tenths(&st.counts))
                .collect()
        })
        .collect();
    let factors = content::current()
        .factors
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let means: Vec<Option<u32>> = per_scan.iter().map(|m| m[k]).collect();
            let present: Vec<u32> = means.iter().flatten().copied().collect();
            let verschil = match present.as_slice() {
                [first, .., last] => Some(*last as i32 - *first as i32),
                _ => None,
            };
            FactorTrend {
                id: f.id.clone(),
                name: f.name.clone(),
                means,
                verschil,
            }
        })
        .collect();
    Some(ScanTrend {
        scans: scans.iter().map(|(x, b)| scan_punt(x, *b)).collect(),
        factors,
    })
}

fn trend_kop(trend: &ScanTrend) -> Option<TrendKop> {
    if trend.scans.len() < 2 {
        return None;
    }
    let changes: Vec<i32> = trend.factors.iter().filter_map(|f| f.verschil).collect();
    if changes.is_empty() {
        return None;
    }
    Some(TrendKop {
        omhoog: changes.iter().filter(|c| **c > 0).count(),
        omlaag: changes.iter().filter(|c| **c < 0).count(),
        gelijk: changes.iter().filter(|c| **c == 0).count(),
        van: trend.scans[0].clone(),
        naar: trend.scans[trend.scans.len() - 1].clone(),
    })
}

fn werkbladen(s: &Samenwerking, periode: &Periode) -> Vec<WerkbladRegel> {
    let mut list: Vec<_> = s
        .werkbladen
        .iter()
        .filter(|w| periode.contains(&dutch_iso_date(w.created_ms)))
        .collect();
    list.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
    list.into_iter()
        .map(|w| WerkbladRegel {
            id: w.id.clone(),
            title: w.shown_title(),
            date: dutch_iso_date(w.created_ms),
            bijeenkomst_date: w
                .bijeenkomst
                .as_deref()
                .and_then(|id| s.bijeenkomst(id))
                .map(|b| b.date.clone())
                .filter(|d| !d.is_empty()),
        })
        .collect()
}

fn partners(s: &Samenwerking, periode: &Periode) -> Vec<PartnerRegel> {
    let known = |d: &str| is_date(d).then(|| d.to_string());
    Ring::ALL
        .iter()
        .flat_map(|ring| s.partners.iter().filter(move |p| p.ring == *ring))
        // Not yet a partner at the end, or gone before the start: not a partner of the period.
        .filter(|p| !(is_date(&p.joined) && p.joined.as_str() > periode.to()))
        .filter(|p| !(is_date(&p.left) && p.left.as_str() < periode.from()))
        .map(|p| PartnerRegel {
            label: p.label(),
            kind: p.kind,
            ring: p.ring,
            joined_in: known(&p.joined).filter(|d| periode.contains(d)),
            left_in: known(&p.left).filter(|d| periode.contains(d)),
        })
        .collect()
}

fn indicatoren(s: &Samenwerking, periode: &Periode) -> Vec<DoelRegel> {
    s.doelen
        .iter()
        .map(|d| DoelRegel {
            text: d.text.clone(),
            indicatoren: d
                .indicatoren
                .iter()
                .map(|i| IndicatorRegel {
                    indicator: i.until(periode.to()),
                    in_periode: i
                        .metingen
                        .iter()
                        .filter(|m| periode.contains(&m.date))
                        .count(),
                })
                .collect(),
        })
        .collect()
}

fn leerlog(s: &Samenwerking, periode: &Periode) -> Vec<LeerlogRegel> {
    let indicator_name = |id: &str| {
        s.doelen
            .iter()
            .flat_map(|d| d.indicatoren.iter())
            .find(|i| i.id == id)
            .map(|i| i.name.clone())
    };
    let mut list: Vec<LeerlogRegel> = s
        .leerlog
        .iter()
        .map(|e| {
            let date = if is_date(&e.date) {
                e.date.clone()
            } else {
                dutch_iso_date(e.created_ms)
            };
            LeerlogRegel {
                date,
                werkblad: e
                    .werkblad
                    .as_deref()
                    .and_then(|id| s.werkblad(id))
                    .map(|w| (w.id.clone(), w.shown_title())),
                bijeenkomst: e
                    .bijeenkomst
                    .as_deref()
                    .and_then(|id| s.bijeenkomst(id))
                    .map(|b| (b.id.clone(), b.date.clone())),
                indicator: e.indicator.as_deref().and_then(indicator_name),
                entry: e.clone(),
            }
        })
        .filter(|r| periode.contains(&r.date))
        .collect();
    list.sort_by(|a, b| {
        (&a.date, a.entry.created_ms, &a.entry.id).cmp(&(&b.date, b.entry.created_ms, &b.entry.id))
    });
    list
}

/// The samenwerking as it was known on `day`: meetings dated up to it (undated and later ones
/// left out) with their acties, scans and werkbladen made up to it. Today's status of an actie
/// stands in for its status then.
pub fn as_of(s: &Samenwerking, day: &str) -> Samenwerking {
    let mut then = s.clone();
    then.bijeenkomsten
        .retain(|b| is_date(&b.date) && b.date.as_str() <= day);
    let kept: Vec<String> = then.bijeenkomsten.iter().map(|b| b.id.clone()).collect();
    then.acties.retain(|a| kept.contains(&a.bijeenkomst));
    then.scans
        .retain(|x| dutch_iso_date(x.created_ms).as_str() <= day);
    then.werkbladen
        .retain(|w| dutch_iso_date(w.created_ms).as_str() <= day);
    then
}

fn stand_einde(s: &Samenwerking, periode: &Periode, today: &str) -> StandEinde {
    let op = late_until(periode, today).to_string();
    let content = content::current();
    let rows = stand::stand(&as_of(s, &op), &op)
        .into_iter()
        .flat_map(|f| {
            let factor = content
                .factors
                .iter()
                .find(|x| x.id == f.factor)
                .map_or_else(String::new, |x| x.name.clone());
            f.tegels.into_iter().map(move |tegel| {
                (
                    factor.clone(),
                    content.ingredient_name(&tegel.ingredient).to_string(),
                    tegel.oordeel,
                )
            })
        })
        .collect();
    StandEinde { op, rows }
}

fn bijeenkomsten(s: &Samenwerking, periode: &Periode) -> Vec<BijeenkomstRegel> {
    let content = content::current();
    held_in(s, periode)
        .into_iter()
        .map(|b| BijeenkomstRegel {
            id: b.id.clone(),
            date: b.date.clone(),
            place: b.place.clone(),
            vorm: b.vorm,
            status: b.status,
            agenda: b
                .agenda
                .iter()
                .map(|i| content.ingredient_name(&i.ingredient).to_string())
                .collect(),
            besluiten: b
                .besluiten
                .iter()
                .map(|x| {
                    let about = x
                        .ingredient
                        .as_deref()
                        .filter(|i| b.item(i).is_some())
                        .map(|i| content.ingredient_name(i).to_string());
                    (x.text.clone(), about)
                })
                .collect(),
        })
        .collect()
}

/// One section's content.
fn build_section(kind: SectionKind, s: &Samenwerking, periode: &Periode, today: &str) -> Section {
    match kind {
        SectionKind::Samenvatting => {
            let stand = stand_einde(s, periode, today);
            let held = bijeenkomsten(s, periode);
            let acties = acties(s, periode, today);
            let trend = scan_trend(s, periode);
            Section::Samenvatting(Samenvatting {
                bijeenkomsten: held.len(),
                besluiten: held.iter().map(|b| b.besluiten.len()).sum(),
                klaar: acties.klaar.len(),
                open: acties.open.len(),
                te_laat: acties.te_laat.len(),
                scans: trend
                    .as_ref()
                    .map_or(0, |t| t.scans.iter().filter(|x| !x.beginpunt).count()),
                trend: trend.as_ref().and_then(trend_kop),
                werkbladen: werkbladen(s, periode).len(),
                metingen: indicatoren(s, periode)
                    .iter()
                    .flat_map(|d| d.indicatoren.iter())
                    .map(|i| i.in_periode)
                    .sum(),
                leerlog: leerlog(s, periode).len(),
                aandacht_nodig: stand.aandacht(),
                stand_op: stand.op,
            })
        }
        SectionKind::Opgave => Section::Opgave(Opgave {
            text: s.opgave.clone(),
            route: s.route,
        }),
        SectionKind::Partners => Section::Partners(partners(s, periode)),
        SectionKind::Bijeenkomsten => Section::Bijeenkomsten(bijeenkomsten(s, periode)),
        SectionKind::Acties => Section::Acties(acties(s, periode, today)),
        SectionKind::ScanTrend => Section::ScanTrend(scan_trend(s, periode)),
        SectionKind::Indicatoren => Section::Indicatoren(indicatoren(s, periode)),
        SectionKind::Leerlog => Section::Leerlog(leerlog(s, periode)),
        SectionKind::Werkbladen => Section::Werkbladen(werkbladen(s, periode)),
        SectionKind::Stand => Section::Stand(stand_einde(s, periode, today)),
    }
}

impl StandEinde {
    /// How many ingrediënten are in `toestand`.
    pub fn count(&self, toestand: Toestand) -> usize {
        self.rows
            .iter()
            .filter(|(_, _, o)| o.toestand == toestand)
            .count()
    }

    pub fn aandacht(&self) -> usize {
        self.count(Toestand::AandachtNodig)
    }
}

/// The report of `s` over `periode`, made on `today` ("YYYY-MM-DD").
pub fn rapport(s: &Samenwerking, periode: &Periode, today: &str) -> Rapport {
    Rapport {
        samenwerking: s.name.clone(),
        periode: periode.clone(),
        today: today.to_string(),
        sections: ORDER
            .iter()
            .map(|kind| build_section(*kind, s, periode, today))
            .collect(),
    }
}
