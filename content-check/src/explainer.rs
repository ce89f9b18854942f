//! Checks the explainer's words: the steps of the reward-pathway story and the compare
//! choices of what reaches the receptor.

use super::{ContentError, Record, Report};

/// The parts of the diagram a step can highlight: the name in the file, the Rust variant.
pub const DIAGRAM_PARTS: &[(&str, &str)] = &[
    ("vta", "Vta"),
    ("pathway", "Pathway"),
    ("nucleus-accumbens", "NucleusAccumbens"),
    ("dopamine", "Dopamine"),
    ("synapse", "Synapse"),
    ("receptors", "Receptors"),
];

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

const STEP_FIELDS: [&str; 5] = ["id", "title", "body", "source", "highlight"];
const CHOICE_FIELDS: [&str; 5] = ["id", "label", "level", "caption", "source"];

/// One checked step of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub body: String,
    pub source: String,
    /// The Rust variants of the diagram parts it highlights.
    pub highlight: Vec<&'static str>,
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
    let steps = records
        .iter()
        .filter_map(|record| check_step(&mut report, record, source_article))
        .collect();

    let records = report.records(&table, "choice", &CHOICE_FIELDS);
    let choices: Vec<Choice> = records
        .iter()
        .filter_map(|record| check_choice(&mut report, record, source_article))
        .collect();
    let levels: Vec<&str> = records
        .iter()
        .filter_map(|record| record.table.get("level").and_then(toml::Value::as_str))
        .collect();
    for (name, _) in ACTIVATION_LEVELS {
        if !levels.contains(name) {
            let problem = format!("no choice shows the level `{name}`; the compare needs all four");
            report.add("the file", "choice", problem);
        }
    }
    report.finish(Explainer { steps, choices })
}

fn check_step(report: &mut Report<'_>, record: &Record<'_>, source_article: &str) -> Option<Step> {
    let title = report.text(record.table, &record.name, "title");
    let body = report.sentences(record, "body", BODY_SENTENCES);
    let source = report.quote(record, source_article);
    let highlight = check_highlight(report, record);
    Some(Step {
        id: record.id.clone()?,
        title: title?,
        body: body?,
        source: source?,
        highlight: highlight?,
    })
}

fn check_highlight(report: &mut Report<'_>, record: &Record<'_>) -> Option<Vec<&'static str>> {
    let names: Vec<&str> = match report.field(record.table, &record.name, "highlight")? {
        toml::Value::Array(values) => values.iter().filter_map(toml::Value::as_str).collect(),
        _ => Vec::new(),
    };
    let known: Vec<&str> = DIAGRAM_PARTS.iter().map(|(name, _)| *name).collect();
    if names.is_empty() {
        let problem = format!("must list one or more diagram parts: {}", known.join(", "));
        report.add(&record.name, "highlight", problem);
        return None;
    }
    let mut parts = Vec::new();
    for name in names {
        match DIAGRAM_PARTS.iter().find(|(known, _)| *known == name) {
            Some((_, variant)) if !parts.contains(variant) => parts.push(*variant),
            Some(_) => report.add(
                &record.name,
                "highlight",
                format!("`{name}` is listed twice"),
            ),
            None => {
                let problem = format!(
                    "unknown diagram part `{name}` (expected one of: {})",
                    known.join(", ")
                );
                report.add(&record.name, "highlight", problem);
            }
        }
    }
    Some(parts)
}

fn check_choice(
    report: &mut Report<'_>,
    record: &Record<'_>,
    source_article: &str,
) -> Option<Choice> {
    let label = report.text(record.table, &record.name, "label");
    let level = report.one_of(record, "level", "level", ACTIVATION_LEVELS);
    let caption = report.sentences(record, "caption", 1..=1);
    let source = report.quote(record, source_article);
    Some(Choice {
        id: record.id.clone()?,
        label: label?,
        level: level?,
        caption: caption?,
        source: source?,
    })
}
