//! Checks a translation: one locale's words for the quiz and the explainer. The facts (verdicts,
//! source quotes, scenes, levels) live in the English files only; a locale gives words for
//! exactly the English ids, so every language shows the same statements and steps.

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;

use crate::explainer::{refuse_treatment, ExplainerFile};
use crate::read::{Field, Report, Text};
use crate::{ContentError, ItemKind, Words, CHOICE, EXPLAINER_FILE, QUIZ_FILE, STATEMENT, STEP};

/// One kind of item in a translated file: its fields, the English file it follows, the fields
/// only the English file may set, and whether its words may never name a treatment medication
/// (the compare's choices).
struct Kind {
    item: &'static ItemKind,
    english_file: &'static str,
    english_only: &'static [&'static str],
    refuses_treatment: bool,
}

/// An item of a translated file as written: its id and its texts, in its kind's order.
trait Translated: DeserializeOwned {
    const KIND: Kind;
    fn parts(self) -> (Field<Text>, Vec<Field<Text>>);
}

/// A `Translated` item as written: its type, its kind, the English file it follows, its text
/// fields (in its kind's order), the facts only English sets, and whether its words are refused
/// when they name a treatment medication.
macro_rules! translated {
    ($(#[$doc:meta])* $type:ident, $item:expr, $file:expr, [$($field:ident),+],
     $english_only:expr, $refuses_treatment:expr) => {
        $(#[$doc])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $type {
            id: Field<Text>,
            $($field: Field<Text>,)+
        }

        impl Translated for $type {
            const KIND: Kind = Kind {
                item: &$item,
                english_file: $file,
                english_only: $english_only,
                refuses_treatment: $refuses_treatment,
            };
            fn parts(self) -> (Field<Text>, Vec<Field<Text>>) {
                (self.id, vec![$(self.$field),+])
            }
        }
    };
}

translated!(
    /// A statement's words.
    StatementWords, STATEMENT, QUIZ_FILE, [statement, fact, myth, why, closing],
    &["verdict", "source"], false
);
translated!(
    /// A step's words.
    StepWords, STEP, EXPLAINER_FILE,
    [title, body, predict_question, predict_answer_1, predict_answer_2, predict_answer_3],
    &["source", "scene", "predict_right", "predict_source"], false
);
translated!(
    /// A compare choice's words.
    ChoiceWords, CHOICE, EXPLAINER_FILE, [label, caption],
    &["level", "source"], true
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

/// The English items a translation follows: each one's id and words.
pub type EnglishItems<'a> = [(&'a str, &'a Words)];

/// Checks a locale's quiz file: the words of every statement, for exactly the English ones,
/// each with the fields its English has. Gives them in English order.
pub fn check_quiz_words(
    locale: &str,
    file: &str,
    text: &str,
    english: &EnglishItems<'_>,
) -> Result<Vec<Words>, Vec<ContentError>> {
    let (mut report, table) = Report::open::<QuizWordsFile>(file, text);
    let Some(table) = table else {
        return report.finish(Vec::new());
    };
    let words = check_kind::<StatementWords>(&mut report, &table, locale, english);
    report.finish(words)
}

/// Checks a locale's explainer file: the words of every step and compare choice, for exactly
/// the English ones, each with the fields its English has. Gives them in English order.
pub fn check_explainer_words(
    locale: &str,
    file: &str,
    text: &str,
    english_steps: &EnglishItems<'_>,
    english_choices: &EnglishItems<'_>,
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
    english: &EnglishItems<'_>,
) -> Vec<Words> {
    let kind = T::KIND;
    let name = kind.item.name;
    let mut found: Vec<(String, Words)> = Vec::new();
    let mut given: Vec<String> = Vec::new();
    for (entry, record) in report.records::<T>(table, name) {
        for fact in kind.english_only {
            if record.rejected.iter().any(|field| field == fact) {
                let problem = format!(
                    "is set in {} only, for every language; remove it here",
                    kind.english_file
                );
                report.reword(&record.name, fact, problem);
            }
        }
        let (id, values) = entry.parts();
        if kind.refuses_treatment {
            let named: Vec<(&str, &Field<Text>)> =
                kind.item.names().into_iter().zip(&values).collect();
            refuse_treatment(report, &record, &named);
        }
        let Some(id) = report.text(&record, "id", id) else {
            continue;
        };
        let (id_span, id) = (id.span(), id.into_inner());
        given.push(id.clone());
        let Some((_, own)) = english.iter().find(|(english_id, _)| *english_id == id) else {
            let problem = format!(
                "`{id}` is not in {}: the `{locale}` locale must have exactly the English ids",
                kind.english_file
            );
            report.add(Some(id_span), &record.name, "id", problem);
            continue;
        };
        // Exactly the fields the English item has, each held to its field's rule.
        let mut complete = true;
        let mut texts = Vec::new();
        for ((field, value), english_text) in kind.item.fields.iter().zip(values).zip(&own.texts) {
            if english_text.is_empty() {
                let why = format!(
                    "{} has no `{}` for this {name}, so no language has one: remove it",
                    kind.english_file, field.name
                );
                report.refused(&record, field.name, &value, &why);
                texts.push(None);
                continue;
            }
            let text = report.checked(&record, field, value);
            complete &= text.is_some();
            texts.push(text);
        }
        if complete {
            found.push((id, report.words(&record, texts)));
        }
    }
    for (id, _) in english
        .iter()
        .filter(|(id, _)| !given.iter().any(|given| given == id))
    {
        let problem = format!(
            "missing from the `{locale}` locale: {} has it, so its words are needed here",
            kind.english_file
        );
        report.add(None, &format!("{name} `{id}`"), "-", problem);
    }
    english
        .iter()
        .filter_map(|(id, _)| {
            found
                .iter()
                .find(|(found, _)| found == id)
                .map(|(_, words)| words.clone())
        })
        .collect()
}
