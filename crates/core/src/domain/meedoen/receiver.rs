//! The laptop's side: a [`Receiver`] collects the codes the camera reads, in any order.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::scan::Antwoordbestand;

use super::*;

/// What a code read by the camera did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Received {
    /// A part of a series: `have` of `of` parts are in.
    Part { series: u32, have: usize, of: usize },
    /// The last missing part (or the only one): the whole answer, read as an answer file.
    Complete {
        series: u32,
        file: Box<Antwoordbestand>,
    },
    /// A code of a series that was complete already (the camera sees a code many times).
    Repeat,
}

/// Collects the codes of numbered series (of one kind, by prefix) in any order.
///
/// A series is kept by its checksum and its number of parts, so a damaged or forged part
/// with another count cannot block the good series. Each part keeps up to [`MAX_READINGS`]
/// different readings; when every part is in, the combination whose checksum is the series'
/// is read. A code that is refused changes nothing already collected.
#[derive(Clone, Debug, Default)]
pub(super) struct Collector {
    open: BTreeMap<(u32, usize), OpenSeries>,
    pub(super) done: BTreeSet<u32>,
    opened: u64,
}

#[derive(Clone, Debug, Default)]
struct OpenSeries {
    /// When it was opened (a counter), to forget the oldest of too many.
    since: u64,
    /// The readings of each part, by its number.
    parts: BTreeMap<usize, Vec<Vec<u8>>>,
}

impl OpenSeries {
    /// The packed bytes of the first combination of readings, with `fixed` as part `index`,
    /// whose checksum is `series`.
    fn find(&self, index: usize, fixed: &[u8], series: u32) -> Option<Vec<u8>> {
        let slots: Vec<Vec<&[u8]>> = self
            .parts
            .iter()
            .map(|(i, readings)| {
                if *i == index {
                    vec![fixed]
                } else {
                    readings.iter().map(Vec::as_slice).collect()
                }
            })
            .collect();
        let mut choice = vec![0usize; slots.len()];
        for _ in 0..MAX_TRIES {
            let packed: Vec<u8> = slots
                .iter()
                .zip(&choice)
                .flat_map(|(readings, c)| readings[*c].iter().copied())
                .collect();
            if checksum(&packed) == series {
                return Some(packed);
            }
            // The next combination (an odometer over the slots).
            let mut k = 0;
            loop {
                let slot = slots.get(k)?;
                choice[k] += 1;
                if choice[k] < slot.len() {
                    break;
                }
                choice[k] = 0;
                k += 1;
            }
        }
        None
    }
}

/// What [`Collector::push`] did with one code.
pub(super) enum Collected<T> {
    Part { series: u32, have: usize, of: usize },
    Whole { series: u32, value: T },
    Repeat,
}

impl Collector {
    /// Takes one code; when its series is whole, `unpack` reads the packed bytes. A code that
    /// is refused changes nothing already collected.
    pub(super) fn push<T>(
        &mut self,
        prefix: &str,
        code: &str,
        unpack: impl Fn(&[u8]) -> Result<T, CodeError>,
    ) -> Result<Collected<T>, CodeError> {
        let part = read_part(prefix, code)?;
        if self.done.contains(&part.series) {
            return Ok(Collected::Repeat);
        }
        let key = (part.series, part.of);
        if !self.open.contains_key(&key) && self.open.len() >= MAX_OPEN_SERIES {
            let oldest = self
                .open
                .iter()
                .min_by_key(|(_, o)| o.since)
                .map(|(k, _)| *k);
            if let Some(oldest) = oldest {
                self.open.remove(&oldest);
            }
        }
        self.opened += 1;
        let since = self.opened;
        let open = self.open.entry(key).or_insert_with(|| OpenSeries {
            since,
            parts: BTreeMap::new(),
        });
        let readings = open.parts.entry(part.index).or_default();
        let added = !readings.contains(&part.bytes) && readings.len() < MAX_READINGS;
        if added {
            readings.push(part.bytes.clone());
        }
        let (have, of) = (open.parts.len(), part.of);
        if have < of {
            return Ok(Collected::Part {
                series: part.series,
                have,
                of,
            });
        }
        match open.find(part.index, &part.bytes, part.series) {
            Some(packed) => match unpack(&packed) {
                Ok(value) => {
                    self.open.retain(|(series, _), _| *series != part.series);
                    self.done.insert(part.series);
                    Ok(Collected::Whole {
                        series: part.series,
                        value,
                    })
                }
                Err(e) => {
                    // Parts that fit together but say something invalid: a forged series.
                    self.open.remove(&key);
                    Err(e)
                }
            },
            None => {
                // This reading does not fit the others: take it back out.
                if added {
                    if let Some(readings) = open.parts.get_mut(&part.index) {
                        readings.retain(|r| *r != part.bytes);
                        if readings.is_empty() {
                            open.parts.remove(&part.index);
                        }
                    }
                    if open.parts.is_empty() {
                        self.open.remove(&key);
                    }
                }
                Err(CodeError::Corrupt)
            }
        }
    }
}

/// Collects answer codes in any order, across participants (see [`Collector`]).
#[derive(Clone, Debug, Default)]
pub struct Receiver {
    codes: Collector,
}

impl Receiver {
    pub fn new() -> Receiver {
        Receiver::default()
    }

    /// Takes one code as the camera read it. A damaged code, or a part that does not fit its
    /// series, is refused and changes nothing already collected.
    pub fn push(&mut self, code: &str) -> Result<Received, CodeError> {
        Ok(match self.codes.push(CODE_PREFIX, code, unpack)? {
            Collected::Part { series, have, of } => Received::Part { series, have, of },
            Collected::Whole { series, value } => Received::Complete {
                series,
                file: Box::new(value),
            },
            Collected::Repeat => Received::Repeat,
        })
    }

    /// Forgets that a series was complete (e.g. the merge was refused and the participant
    /// corrected something).
    pub fn forget(&mut self, series: u32) {
        self.codes.done.remove(&series);
    }
}
