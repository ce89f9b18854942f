//! Checks a translation: one locale's words for the quiz and the explainer. The facts (verdicts,
//! source quotes, scenes, levels) live in the English files only; a locale gives words for
//! exactly the English ids, so every language shows the same statements and steps.

use std::ops::RangeInclusive;

use super::explainer::refuse_treatment;
use super::{ContentError, Report, EXPLANATION_SENTENCES};

/// One translatable field of an item, and how many sentences it must have, if that is checked.
struct Field {
    name: &'static str,
    sentences: Option<RangeInclusive<usize>>,
}

/// One kind of item in a translated file: its table name, the English file it follows, its
/// words, and the fields only the English file may set.
struct Kind {
    name: &'static str,
    english_file: &'static str,
    fields: [Field; 2],
    english_only: &'static [&'static str],
    /// Whether its words may never name a treatment medication (the compare's choices).
    refuses_treatment: bool,
}

const STATEMENT: Kind = Kind {
    name: "statement",
    english_file: super::QUIZ_FILE,
    fields: [
        Field {
            name: "statement",
            sentences: None,
        },
        Field {
            name: "explanation",
            sentences: Some(EXPLANATION_SENTENCES),
        },
    ],
    english_only: &["verdict", "source"],
    refuses_treatment: false,
};

const STEP: Kind = Kind {
    name: "step",
    english_file: super::EXPLAINER_FILE,
    fields: [
        Field {
            name: "title",
            sentences: None,
        },
        Field {
            name: "body",
            sentences: Some(super::explainer::BODY_SENTENCES),
        },
    ],
    english_only: &["source", "scene"],
    refuses_treatment: false,
};

const CHOICE: Kind = Kind {
    name: "choice",
    english_file: super::EXPLAINER_FILE,
    fields: [
        Field {
            name: "label",
            sentences: None,
        },
        Field {
            name: "caption",
            sentences: Some(super::explainer::CAPTION_SENTENCES),
        },
    ],
    english_only: &["level", "source"],
    refuses_treatment: true,
};

/// The two translated texts of an item, in the order its kind lists them.
pub type Words = [String; 2];

/// The translated explainer: the words of every step and every choice, in English order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainerWords {
    pub steps: Vec<Words>,
    pub choices: Vec<Words>,
}

/// Checks a locale's quiz file: the words of every statement, for exactly `english_ids`.
/// Gives them in English order.
pub fn check_quiz_words(
    locale: &str,
    file: &str,
    text: &str,
    english_ids: &[&str],
) -> Result<Vec<Words>, Vec<ContentError>> {
    let mut report = Report::new(file);
    let Some(table) = report.parse(text) else {
        return report.finish(Vec::new());
    };
    report.unknown_fields(&table, "the file", &["statement"]);
    let words = check_kind(&mut report, &table, &STATEMENT, locale, english_ids);
    report.finish(words)
}

/// Checks a locale's explainer file: the words of every step and compare choice, for exactly
/// the English ids. Gives them in English order.
pub fn check_explainer_words(
    locale: &str,
    file: &str,
    text: &str,
    english_steps: &[&str],
    english_choices: &[&str],
) -> Result<ExplainerWords, Vec<ContentError>> {
    let mut report = Report::new(file);
    let Some(table) = report.parse(text) else {
        return report.finish(ExplainerWords {
            steps: Vec::new(),
            choices: Vec::new(),
        });
    };
    report.unknown_fields(&table, "the file", &["step", "choice"]);
    let steps = check_kind(&mut report, &table, &STEP, locale, english_steps);
    let choices = check_kind(&mut report, &table, &CHOICE, locale, english_choices);
    report.finish(ExplainerWords { steps, choices })
}

fn check_kind(
    report: &mut Report<'_>,
    table: &toml::Table,
    kind: &Kind,
    locale: &str,
    english_ids: &[&str],
) -> Vec<Words> {
    let [first, second] = &kind.fields;
    let records = report.records(table, kind.name, &["id", first.name, second.name]);
    let mut found: Vec<(String, Words)> = Vec::new();
    for record in &records {
        for fact in kind.english_only {
            if record.table.contains_key(*fact) {
                let problem = format!(
                    "is set in {} only, for every language; remove it here",
                    kind.english_file
                );
                report.reword(&record.name, fact, problem);
            }
        }
        if kind.refuses_treatment {
            refuse_treatment(report, record, &[first.name, second.name]);
        }
        let [one, two] = [first, second].map(|field| match &field.sentences {
            Some(range) => report.sentences(record, field.name, range.clone()),
            None => report.text(record.table, &record.name, field.name),
        });
        let Some(id) = record.id.clone() else {
            continue;
        };
        if !english_ids.contains(&id.as_str()) {
            let problem = format!(
                "`{id}` is not in {}: the `{locale}` locale must have exactly the English ids",
                kind.english_file
            );
            report.add(&record.name, "id", problem);
        }
        if let (Some(one), Some(two)) = (one, two) {
            found.push((id, [one, two]));
        }
    }
    let given: Vec<Option<&str>> = records.iter().map(|r| r.id.as_deref()).collect();
    for id in english_ids.iter().filter(|id| !given.contains(&Some(**id))) {
        let problem = format!(
            "missing from the `{locale}` locale: {} has it, so its words are needed here",
            kind.english_file
        );
        report.add(&format!("{} `{id}`", kind.name), "-", problem);
    }
    english_ids
        .iter()
        .filter_map(|id| {
            found
                .iter()
                .find(|(found, _)| found == id)
                .map(|(_, words)| words.clone())
        })
        .collect()
}
