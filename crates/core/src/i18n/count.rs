//! Counts in words ([`Count`]) and filling `{name}` placeholders ([`fill`]).

/// A count in words: the sentence for exactly one and the sentence for any other number (0 too,
/// as Dutch and English both say "0 antwoorden" / "0 answers"). `{n}` is the number; other
/// placeholders are filled with [`Count::with`]. Every count the user sees goes through this, so
/// no string in the table needs "(en)" or "(s)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Count {
    pub one: &'static str,
    pub other: &'static str,
}

impl Count {
    /// The form for `n`, with `{n}` filled in: "1 antwoord", "3 antwoorden".
    pub fn of(&self, n: usize) -> String {
        self.with(n, &[])
    }

    /// The form for `n`, with `{n}` and the other placeholders filled in.
    pub fn with(&self, n: usize, values: &[(&str, &str)]) -> String {
        let template = if n == 1 { self.one } else { self.other };
        let number = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        fill(template, &all)
    }
}

/// Fills `{name}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}
