//! Checks a translation: one locale's words for the quiz and the explainer. The facts (verdicts,
//! source quotes, scenes, levels) live in the English files only; a locale gives words for
//! exactly the English ids, so every language shows the same statements and steps.

use std::ops::RangeInclusive;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;

use crate::explainer::{refuse_treatment, ExplainerFile, BODY_SENTENCES, CAPTION_SENTENCES};
use crate::read::{Field, Report, Text};
use crate::{ContentError, Words, EXPLAINER_FILE, EXPLANATION_SENTENCES, QUIZ_FILE};

/// One kind of item in a translated file: its table name, the English file it follows, its two
/// fields with how many sentences the second has, and the fields only the English file may set.
struct Kind {
    name: &'static str,
    english_file: &'static str,
    fields: [&'static str; 2],
    sentences: RangeInclusive<usize>,
    english_only: &'static [&'static str],
    /// Whether its words may never name a treatment medication (the compare's choices).
    refuses_treatment: bool,
}

/// An item of a translated file as written: its id and its two texts.
trait Translated: DeserializeOwned {
    const KIND: Kind;
    fn parts(self) -> (Field<Text>, [Field<Text>; 2]);
}

/// A `Translated` item as written: its type, its table's name, the English file it follows, its
/// two fields, how many sentences the second has, the facts only English sets, and whether its
/// words are refused when they name a treatment medication.
macro_rules! translated {
    ($(#[$doc:meta])* $type:ident, $name:literal, $file:expr, [$first:ident, $second:ident],
     $sentences:expr, $english_only:expr, $refuses_treatment:expr) => {
        $(#[$doc])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $type {
            id: Field<Text>,
            $first: Field<Text>,
            $second: Field<Text>,
        }

        impl Translated for $type {
            const KIND: Kind = Kind {
                name: $name,
                english_file: $file,
                fields: [stringify!($first), stringify!($second)],
                sentences: $sentences,
                english_only: $english_only,
                refuses_treatment: $refuses_treatment,
            };
            fn parts(self) -> (Field<Text>, [Field<Text>; 2]) {
                (self.id, [self.$first, self.$second])
            }
        }
    };
}

translated!(
    /// A statement's words.
    StatementWords, "statement", QUIZ_FILE, [statement, explanation],
    EXPLANATION_SENTENCES, &["verdict", "source"], false
);
translated!(
    /// A step's words.
    StepWords, "step", EXPLAINER_FILE, [title, body],
    BODY_SENTENCES, &["source", "scene"], false
);
translated!(
    /// A compare choice's words.
    ChoiceWords, "choice", EXPLAINER_FILE, [label, caption],
    CAPTION_SENTENCES, &["level", "source"], true
);

/// A translated quiz file's tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizWordsFile {
    #[serde(rename = "statement")]
    _statement: Option<IgnoredAny>,
}

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
    let (mut report, table) = Report::open::<QuizWordsFile>(file, text);
    let Some(table) = table else {
        return report.finish(Vec::new());
    };
    let words = check_kind::<StatementWords>(&mut report, &table, locale, english_ids);
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
    let (mut report, table) = Report::open::<ExplainerFile>(file, text);
    let Some(table) = table else {
        return report.finish(ExplainerWords {
            steps: Vec::new(),
            choices: Vec::new(),
        });
    };
    let steps = check_kind::<StepWords>(&mut report, &table, locale, english_steps);
    let choices = check_kind::<ChoiceWords>(&mut report, &table, locale, english_choices);
    report.finish(ExplainerWords { steps, choices })
}

fn check_kind<'a, T: Translated>(
    report: &mut Report<'a>,
    table: &toml::Spanned<toml::de::DeValue<'a>>,
    locale: &str,
    english_ids: &[&str],
) -> Vec<Words> {
    let kind = T::KIND;
    let mut found: Vec<(String, Words)> = Vec::new();
    let mut given: Vec<String> = Vec::new();
    for (entry, record) in report.records::<T>(table, kind.name) {
        for fact in kind.english_only {
            if record.rejected.iter().any(|field| field == fact) {
                let problem = format!(
                    "is set in {} only, for every language; remove it here",
                    kind.english_file
                );
                report.reword(&record.name, fact, problem);
            }
        }
        let (id, [first, second]) = entry.parts();
        if kind.refuses_treatment {
            let [one, two] = kind.fields;
            refuse_treatment(report, &record, &[(one, &first), (two, &second)]);
        }
        let first = report.text(&record, kind.fields[0], first);
        let second = report.sentences(&record, kind.fields[1], second, kind.sentences.clone());
        let Some(id) = report.text(&record, "id", id) else {
            continue;
        };
        let (id_span, id) = (id.span(), id.into_inner());
        given.push(id.clone());
        if !english_ids.contains(&id.as_str()) {
            let problem = format!(
                "`{id}` is not in {}: the `{locale}` locale must have exactly the English ids",
                kind.english_file
            );
            report.add(Some(id_span), &record.name, "id", problem);
        }
        if let (Some(first), Some(second)) = (first, second) {
            found.push((id, report.words([first, second])));
        }
    }
    for id in english_ids
        .iter()
        .filter(|id| !given.iter().any(|given| given == *id))
    {
        let problem = format!(
            "missing from the `{locale}` locale: {} has it, so its words are needed here",
            kind.english_file
        );
        report.add(None, &format!("{} `{id}`", kind.name), "-", problem);
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
