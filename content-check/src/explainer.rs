//! Checks the explainer's words: the steps of the reward-pathway story, with the prediction a
//! step asks before its picture shows, and the compare choices of what reaches the receptor.

use serde::de::IgnoredAny;
use serde::Deserialize;

use crate::fields::{OPTIONAL_ANSWER, PREDICTION_FIELDS};
use crate::read::{Count, Field, Record, Report, Text};
use crate::{basis, Activation, Basis, ContentError, Scene, Words, CHOICE, STEP};

/// Treatment medications: never a compare choice, in any language, because the compare is an
/// activation scale and the source gives no activation for them (content brief, rule 8).
pub const TREATMENT_MEDICATIONS: &[&str] = &[
    "buprenorphine",
    "buprenorfina",
    "methadone",
    "metadona",
    "suboxone",
    "naltrexone",
    "naltrexona",
];

/// How many steps the story has, at the fewest and the most.
pub const STEP_COUNT: std::ops::RangeInclusive<usize> = 6..=8;

/// The explainer file's tables, in English and in every translation.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExplainerFile {
    #[serde(rename = "step")]
    _step: Option<IgnoredAny>,
    #[serde(rename = "choice")]
    _choice: Option<IgnoredAny>,
}

/// One `[[step]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepEntry {
    id: Field<Text>,
    title: Field<Text>,
    body: Field<Text>,
    source: Field<Text>,
    scene: Field<Scene>,
    predict_question: Field<Text>,
    predict_answer_1: Field<Text>,
    predict_answer_2: Field<Text>,
    predict_answer_3: Field<Text>,
    /// Which answer is right: its number, from 1.
    predict_right: Field<Count>,
    predict_source: Field<Text>,
    basis: Field<Basis>,
}

/// One `[[choice]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceEntry {
    id: Field<Text>,
    label: Field<Text>,
    level: Field<Activation>,
    caption: Field<Text>,
    source: Field<Text>,
}

/// One checked step of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    /// The title, the body and the prediction's question and answers, in the fields of [`STEP`].
    pub words: Words,
    pub source: String,
    pub scene: Scene,
    /// The prediction it asks before its picture shows, if it asks one.
    pub prediction: Option<Prediction>,
    /// What its finding rests on.
    pub basis: Basis,
}

/// The facts of a step's prediction (its words are in the step's [`Words`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prediction {
    /// The right answer, counted from 0.
    pub right: usize,
    /// The quote of the source article the right answer rests on.
    pub source: String,
}

/// One checked compare choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    /// The label and the caption.
    pub words: Words,
    pub level: Activation,
    pub source: String,
}

/// The checked explainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explainer {
    pub steps: Vec<Step>,
    pub choices: Vec<Choice>,
}

/// Checks the explainer file's text against the source article's text.
pub fn check_explainer(
    file: &str,
    text: &str,
    source_article: &str,
) -> Result<Explainer, Vec<ContentError>> {
    let (mut report, table) = Report::open::<ExplainerFile>(file, text);
    let mut explainer = Explainer {
        steps: Vec::new(),
        choices: Vec::new(),
    };
    let Some(table) = table else {
        return report.finish(explainer);
    };

    let records = report.records::<StepEntry>(&table, "step");
    if !STEP_COUNT.contains(&records.len()) {
        let problem = format!(
            "the story needs {} to {} steps, found {}",
            STEP_COUNT.start(),
            STEP_COUNT.end(),
            records.len()
        );
        report.add(Some(table.span()), "the file", "step", problem);
    }
    for (entry, record) in records {
        let Some(step) = check_step(&mut report, entry, &record, source_article) else {
            continue;
        };
        if let Some(first) = explainer.steps.iter().find(|s| s.scene == step.scene) {
            let problem = format!(
                "shows the same scene as step `{}`: every step needs its own picture",
                first.id
            );
            report.add(Some(record.span), &record.name, "scene", problem);
        }
        explainer.steps.push(step);
    }

    let records = report.records::<ChoiceEntry>(&table, "choice");
    let levels: Vec<Activation> = records
        .iter()
        .filter_map(|(entry, _)| entry.level.as_ref().map(|level| *level.get_ref()))
        .collect();
    let unknown_level = records
        .iter()
        .any(|(_, record)| record.rejected.iter().any(|field| field == "level"));
    if !unknown_level && levels != Activation::SCALE {
        let names = |levels: &[Activation]| {
            let names: Vec<String> = levels.iter().map(kebab).collect();
            names.join(", ")
        };
        let problem = format!(
            "the choices must show each level once, weakest first: {} (found {})",
            names(&Activation::SCALE),
            names(&levels)
        );
        report.add(Some(table.span()), "the file", "choice", problem);
    }
    explainer.choices = records
        .into_iter()
        .filter_map(|(entry, record)| check_choice(&mut report, entry, &record, source_article))
        .collect();
    report.finish(explainer)
}

/// How a kind is written in the content files: its variant's name in kebab-case, as serde
/// reads it (`LowEfficacy` is `low-efficacy`).
pub(crate) fn kebab(kind: &impl std::fmt::Debug) -> String {
    let mut name = String::new();
    for c in format!("{kind:?}").chars() {
        if c.is_ascii_uppercase() && !name.is_empty() {
            name.push('-');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

fn check_step(
    report: &mut Report<'_>,
    entry: StepEntry,
    record: &Record,
    source_article: &str,
) -> Option<Step> {
    let id = report.text(record, "id", entry.id);
    let title = report.checked(record, &STEP.fields[0], entry.title);
    let body = report.checked(record, &STEP.fields[1], entry.body);
    let source = report.quote(record, entry.source, source_article);
    let scene = report.required(record, "scene", entry.scene);
    let asked = PredictionEntry {
        question: entry.predict_question,
        answers: [
            entry.predict_answer_1,
            entry.predict_answer_2,
            entry.predict_answer_3,
        ],
        right: entry.predict_right,
        source: entry.predict_source,
    };
    // A step whose picture shows a mechanism asks first; any other may.
    let mechanism = scene
        .as_ref()
        .is_some_and(|scene| scene.get_ref().shows_mechanism());
    let (words, prediction) = if mechanism || asked.is_written() {
        let (words, prediction) = check_prediction(report, record, asked, source_article);
        (words, prediction.map(Some))
    } else {
        (vec![None; PREDICTION_FIELDS.len()], Some(None))
    };
    let complete = title.is_some() && body.is_some();
    let words = report.words(record, [vec![title, body], words].concat());
    let said = words.texts.iter().chain(&source).map(String::as_str);
    let basis = basis::check(report, record, entry.basis, said);
    complete.then_some(())?;
    Some(Step {
        id: id?.into_inner(),
        words,
        source: source?,
        scene: scene?.into_inner(),
        prediction: prediction?,
        basis: basis?,
    })
}

/// A step's prediction fields, as written.
struct PredictionEntry {
    question: Field<Text>,
    answers: [Field<Text>; 3],
    right: Field<Count>,
    source: Field<Text>,
}

impl PredictionEntry {
    /// Whether any of its fields is written.
    fn is_written(&self) -> bool {
        self.question.is_some()
            || self.answers.iter().any(Option::is_some)
            || self.right.is_some()
            || self.source.is_some()
    }
}

/// Checks a prediction: a question (ending with `?`), two or three answers, which is right, and
/// the quote the right answer rests on. Gives its texts in the order of [`PREDICTION_FIELDS`],
/// and its facts unless something is wrong.
fn check_prediction(
    report: &mut Report<'_>,
    record: &Record,
    entry: PredictionEntry,
    source_article: &str,
) -> (Vec<Field<String>>, Option<Prediction>) {
    let mut complete = true;
    let values = std::iter::once(entry.question).chain(entry.answers);
    let mut texts = Vec::new();
    for (name, value) in PREDICTION_FIELDS.iter().zip(values) {
        let field = STEP.index(name).map(|index| &STEP.fields[index]);
        let text = match (value, field) {
            (None, _) if *name == OPTIONAL_ANSWER => None,
            (value, Some(field)) => {
                let text = report.checked(record, field, value);
                complete &= text.is_some();
                text
            }
            (_, None) => None,
        };
        texts.push(text);
    }
    let count = texts.len() - 1 - usize::from(texts[3].is_none());
    let right = report.required(record, "predict_right", entry.right);
    let right = right.and_then(|right| match right.get_ref().0 {
        number if number <= count => Some(number - 1),
        number => {
            let problem = format!("there is no answer {number}: the prediction has {count}");
            report.add(Some(right.span()), &record.name, "predict_right", problem);
            None
        }
    });
    let source = report.quote_in(record, "predict_source", entry.source, source_article);
    let prediction = match (right, source) {
        (Some(right), Some(source)) if complete => Some(Prediction { right, source }),
        _ => None,
    };
    (texts, prediction)
}

/// Refuses a compare choice whose words name a treatment medication.
pub(crate) fn refuse_treatment(
    report: &mut Report<'_>,
    record: &Record,
    words: &[(&str, &Field<Text>)],
) {
    for (field, text) in words {
        let Some(text) = text else {
            continue;
        };
        let lower = text.get_ref().0.to_lowercase();
        if let Some(name) = TREATMENT_MEDICATIONS
            .iter()
            .find(|name| lower.contains(*name))
        {
            let problem = format!(
                "names `{name}`, a treatment medication: the compare is an activation scale, and \
                 treatment is never drawn or ranked beside kratom (its place is the treatment step)"
            );
            report.add(Some(text.span()), &record.name, field, problem);
        }
    }
}

fn check_choice(
    report: &mut Report<'_>,
    entry: ChoiceEntry,
    record: &Record,
    source_article: &str,
) -> Option<Choice> {
    refuse_treatment(
        report,
        record,
        &[
            ("id", &entry.id),
            ("label", &entry.label),
            ("caption", &entry.caption),
        ],
    );
    let id = report.text(record, "id", entry.id);
    let label = report.checked(record, &CHOICE.fields[0], entry.label);
    let level = report.required(record, "level", entry.level);
    let caption = report.checked(record, &CHOICE.fields[1], entry.caption);
    let source = report.quote(record, entry.source, source_article);
    let (label, caption) = (label?, caption?);
    Some(Choice {
        id: id?.into_inner(),
        words: report.words(record, vec![Some(label), Some(caption)]),
        level: level?.into_inner(),
        source: source?,
    })
}
