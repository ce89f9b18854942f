//! Checks the explainer's words: the steps of the reward-pathway story and the compare
//! choices of what reaches the receptor.

use super::{ContentError, Record, Report};

/// The scenes a step can show, one per step: the name in the file, the Rust variant.
pub const SCENES: &[(&str, &str)] = &[
    ("lock", "Lock"),
    ("mitragynine", "Mitragynine"),
    ("seven-oh", "SevenOh"),
    ("signal", "Signal"),
    ("cycle", "Cycle"),
    ("substitution", "Substitution"),
    ("safeguards", "Safeguards"),
];

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

/// How strongly a choice activates the receptor, weakest first: the name in the file, the
/// Rust variant.
pub const ACTIVATION_LEVELS: &[(&str, &str)] = &[
    ("none", "None"),
    ("low-efficacy", "LowEfficacy"),
    ("partial", "Partial"),
    ("full", "Full"),
];

/// How many sentences a step's body has, at the fewest and the most.
pub const BODY_SENTENCES: std::ops::RangeInclusive<usize> = 2..=4;

/// How many steps the story has, at the fewest and the most.
pub const STEP_COUNT: std::ops::RangeInclusive<usize> = 6..=8;

const STEP_FIELDS: [&str; 5] = ["id", "title", "body", "source", "scene"];
const CHOICE_FIELDS: [&str; 5] = ["id", "label", "level", "caption", "source"];

/// One checked step of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub body: String,
    pub source: String,
    /// The Rust variant of the scene it shows.
    pub scene: &'static str,
}

/// One checked compare choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// The Rust variant of its activation level.
    pub level: &'static str,
    pub caption: String,
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
    let mut report = Report::new(file);
    let Some(table) = report.parse(text) else {
        return report.finish(Explainer {
            steps: Vec::new(),
            choices: Vec::new(),
        });
    };
    report.unknown_fields(&table, "the file", &["step", "choice"]);

    let records = report.records(&table, "step", &STEP_FIELDS);
    if !STEP_COUNT.contains(&records.len()) {
        let problem = format!(
            "the story needs {} to {} steps, found {}",
            STEP_COUNT.start(),
            STEP_COUNT.end(),
            records.len()
        );
        report.add("the file", "step", problem);
    }
    let steps: Vec<Step> = records
        .iter()
        .filter_map(|record| check_step(&mut report, record, source_article))
        .collect();
    for (index, step) in steps.iter().enumerate() {
        if let Some(first) = steps[..index].iter().find(|s| s.scene == step.scene) {
            let problem = format!(
                "shows the same scene as step `{}`: every step needs its own picture",
                first.id
            );
            report.add(&format!("step `{}`", step.id), "scene", problem);
        }
    }

    let records = report.records(&table, "choice", &CHOICE_FIELDS);
    let choices: Vec<Choice> = records
        .iter()
        .filter_map(|record| check_choice(&mut report, record, source_article))
        .collect();
    check_scale(&mut report, &records);
    report.finish(Explainer { steps, choices })
}

fn check_step(report: &mut Report<'_>, record: &Record<'_>, source_article: &str) -> Option<Step> {
    let title = report.text(record.table, &record.name, "title");
    let body = report.sentences(record, "body", BODY_SENTENCES);
    let source = report.quote(record, source_article);
    let scene = report.one_of(record, "scene", "scene", SCENES);
    Some(Step {
        id: record.id.clone()?,
        title: title?,
        body: body?,
        source: source?,
        scene: scene?,
    })
}

/// The compare is an activation scale: one choice for each level, weakest first, and no
/// treatment medication on it.
fn check_scale(report: &mut Report<'_>, records: &[Record<'_>]) {
    let levels: Vec<&str> = records
        .iter()
        .filter_map(|record| record.table.get("level").and_then(toml::Value::as_str))
        .collect();
    let expected: Vec<&str> = ACTIVATION_LEVELS.iter().map(|(name, _)| *name).collect();
    if levels != expected {
        let problem = format!(
            "the choices must show each level once, weakest first: {} (found {})",
            expected.join(", "),
            levels.join(", ")
        );
        report.add("the file", "choice", problem);
    }
    for record in records {
        refuse_treatment(report, record, &["id", "label", "caption"]);
    }
}

/// Refuses a compare choice that names a treatment medication in any of `fields`.
pub(crate) fn refuse_treatment(report: &mut Report<'_>, record: &Record<'_>, fields: &[&str]) {
    for field in fields {
        let Some(text) = record.table.get(*field).and_then(toml::Value::as_str) else {
            continue;
        };
        let lower = text.to_lowercase();
        if let Some(name) = TREATMENT_MEDICATIONS
            .iter()
            .find(|name| lower.contains(*name))
        {
            let problem = format!(
                "names `{name}`, a treatment medication: the compare is an activation scale, and \
                 treatment is never drawn or ranked beside kratom (its place is the treatment step)"
            );
            report.add(&record.name, field, problem);
        }
    }
}

fn check_choice(
    report: &mut Report<'_>,
    record: &Record<'_>,
    source_article: &str,
) -> Option<Choice> {
    let label = report.text(record.table, &record.name, "label");
    let level = report.one_of(record, "level", "level", ACTIVATION_LEVELS);
    let caption = report.sentences(record, "caption", CAPTION_SENTENCES);
    let source = report.quote(record, source_article);
    Some(Choice {
        id: record.id.clone()?,
        label: label?,
        level: level?,
        caption: caption?,
        source: source?,
    })
}
