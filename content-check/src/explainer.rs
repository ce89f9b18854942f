//! Checks the explainer's words: the steps of the reward-pathway story and the compare
//! choices of what reaches the receptor.

use serde::de::IgnoredAny;
use serde::Deserialize;

use crate::read::{Field, Record, Report, Text};
use crate::{Activation, ContentError, Scene, Words};

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

/// How many sentences a compare caption has, at the fewest and the most.
pub const CAPTION_SENTENCES: std::ops::RangeInclusive<usize> = 1..=2;

/// How many sentences a step's body has, at the fewest and the most.
pub const BODY_SENTENCES: std::ops::RangeInclusive<usize> = 2..=4;

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
    /// The title and the body.
    pub words: Words,
    pub source: String,
    pub scene: Scene,
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
fn kebab(kind: &impl std::fmt::Debug) -> String {
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
    let title = report.text(record, "title", entry.title);
    let body = report.sentences(record, "body", entry.body, BODY_SENTENCES);
    let source = report.quote(record, entry.source, source_article);
    let scene = report.required(record, "scene", entry.scene);
    let (title, body) = (title?, body?);
    Some(Step {
        id: id?.into_inner(),
        words: report.words([title, body]),
        source: source?,
        scene: scene?.into_inner(),
    })
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
    let label = report.text(record, "label", entry.label);
    let level = report.required(record, "level", entry.level);
    let caption = report.sentences(record, "caption", entry.caption, CAPTION_SENTENCES);
    let source = report.quote(record, entry.source, source_article);
    let (label, caption) = (label?, caption?);
    Some(Choice {
        id: id?.into_inner(),
        words: report.words([label, caption]),
        level: level?.into_inner(),
        source: source?,
    })
}
