//! A locale's `terms.toml`: its unavoidable technical names (content brief, rule 6), each
//! counted as one short word when readability is measured, and what each name, and any other
//! word a reader may not know, means in plain words (rule 13). Every technical name must have
//! its meaning; every statement and step lists the meanings of the words it uses (see
//! [`glossary`]), since a person can arrive at any of them from a link.

use std::collections::BTreeMap;

use toml::Spanned;

use crate::read::{Field, List, Report, Text};
use crate::ContentError;

/// The file beside a locale's others that lists its technical names and their meanings.
pub const TERMS_FILE: &str = "terms.toml";

/// The longest meaning, in words: a short phrase read beside the word, not a paragraph.
pub const MAX_MEANING_WORDS: usize = 16;

/// `terms.toml` as written.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    technical_names: Field<List<Text>>,
    explain: Field<BTreeMap<Spanned<String>, Spanned<Text>>>,
}

/// A locale's terms, checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    /// The technical names, each counted as one short word.
    pub names: Vec<String>,
    /// Each explained word and its meaning, in alphabetical order of the words.
    pub meanings: Vec<(String, String)>,
}

/// Checks the text of a locale's `terms.toml` (`file` names it in messages).
pub fn check_terms(file: &str, text: &str) -> Result<Terms, Vec<ContentError>> {
    let mut report = Report::new(file, text);
    let mut terms = Terms::default();
    let Some((entry, record)) = report
        .parse()
        .and_then(|table| report.typed::<TermsFile>("the file", &table))
    else {
        return report.finish(terms);
    };
    if let Some(names) = report.required(&record, "technical_names", entry.technical_names) {
        terms.names = names
            .into_inner()
            .0
            .into_iter()
            .map(|Text(name)| name)
            .filter(|name| !name.is_empty())
            .collect();
    }
    let explained = report
        .required(&record, "explain", entry.explain)
        .map(Spanned::into_inner);
    for (word, meaning) in explained.iter().flatten() {
        let (span, Text(meaning)) = (meaning.span(), meaning.get_ref().clone());
        let item = format!("word `{}`", word.get_ref());
        let words = meaning.split_whitespace().count();
        if meaning.is_empty() {
            report.add(
                Some(span),
                &item,
                "explain",
                "is empty: say what the word means, in plain words",
            );
        } else if words > MAX_MEANING_WORDS {
            let problem =
                format!("has {words} words, at most {MAX_MEANING_WORDS}: say it as a short phrase");
            report.add(Some(span), &item, "explain", problem);
        }
        terms.meanings.push((word.get_ref().clone(), meaning));
    }
    if explained.is_some() {
        for name in &terms.names {
            if !terms.meanings.iter().any(|(word, _)| word == name) {
                let problem = format!(
                    "has no meaning: add `\"{name}\" = \"…\"` under [explain], in plain words, \
                     so that every screen using it can say what it means"
                );
                report.add(
                    Some(record.span.clone()),
                    &format!("word `{name}`"),
                    "explain",
                    problem,
                );
            }
        }
    }
    report.finish(terms)
}

/// The words of `terms` that `text` uses, each with its meaning, in alphabetical order; where
/// one holds another, the longer is matched first ("dopamine transporter" before "dopamine",
/// which it then does not count).
pub fn glossary<'t>(terms: &'t Terms, text: &str) -> Vec<&'t (String, String)> {
    let mut rest = text.to_lowercase();
    let mut longest_first: Vec<&(String, String)> = terms.meanings.iter().collect();
    longest_first.sort_by_key(|(word, _)| std::cmp::Reverse(word.chars().count()));
    let mut used: Vec<&(String, String)> = Vec::new();
    for term in longest_first {
        let lowered = term.0.to_lowercase();
        let replaced = crate::readability::replace_whole(&rest, &lowered, "\u{1f}");
        if replaced != rest {
            rest = replaced;
            used.push(term);
        }
    }
    used.sort();
    used
}
