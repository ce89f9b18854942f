//! Checks the English quiz file: how a round is drawn, and every myth-or-fact statement with the
//! verdict, the feedback (the fact first) and the source quote behind it.

use serde::de::IgnoredAny;
use serde::Deserialize;
use toml::Spanned;

use crate::fields::MYTH_ONLY;
use crate::read::{Count, Field, List, Record, Report, Text};
use crate::{basis, Basis, ContentError, Quiz, Statement, Verdict, STATEMENT};

/// The quiz file's tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    #[serde(rename = "round")]
    _round: Option<IgnoredAny>,
    #[serde(rename = "statement")]
    _statement: Option<IgnoredAny>,
}

/// `[round]`: how many statements a round asks, which opens it, and which it always asks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundEntry {
    length: Field<Count>,
    opening: Field<Text>,
    always: Field<List<Spanned<Text>>>,
}

/// One `[[statement]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StatementEntry {
    id: Field<Text>,
    statement: Field<Text>,
    verdict: Field<Verdict>,
    fact: Field<Text>,
    myth: Field<Text>,
    why: Field<Text>,
    closing: Field<Text>,
    source: Field<Text>,
    basis: Field<Basis>,
}

/// Checks the quiz file's text against the source article's text.
pub fn check_quiz(file: &str, text: &str, source_article: &str) -> Result<Quiz, Vec<ContentError>> {
    let (mut report, table) = Report::open::<QuizFile>(file, text);
    let mut quiz = Quiz {
        round_length: 0,
        opening: 0,
        always: Vec::new(),
        statements: Vec::new(),
    };
    let Some(table) = table else {
        return report.finish(quiz);
    };
    let records = report.records::<StatementEntry>(&table, "statement");
    let ids: Vec<Option<String>> = records
        .iter()
        .map(|(entry, _)| entry.id.as_ref().map(|id| id.get_ref().0.clone()))
        .collect();
    quiz.statements = records
        .into_iter()
        .filter_map(|(entry, record)| check_statement(&mut report, entry, &record, source_article))
        .collect();
    let round = table.get_ref().get("round");
    match round.and_then(|round| report.typed::<RoundEntry>("[round]", round)) {
        Some((round, record)) => check_round(&mut report, round, &record, &ids, &mut quiz),
        None if round.is_none() => report.add(
            Some(table.span()),
            "[round]",
            "-",
            "missing table [round] with `length`, `opening` and `always`",
        ),
        None => {}
    }
    report.finish(quiz)
}

fn check_round(
    report: &mut Report<'_>,
    round: RoundEntry,
    record: &Record,
    ids: &[Option<String>],
    quiz: &mut Quiz,
) {
    let position = |id: &str| ids.iter().position(|other| other.as_deref() == Some(id));
    let name = record.name.as_str();
    if let Some(length) = report.required(record, "length", round.length) {
        let Count(round_length) = *length.get_ref();
        quiz.round_length = round_length;
        if round_length > ids.len() {
            let problem = format!(
                "a round of {0} needs at least {0} statements, found {1}",
                quiz.round_length,
                ids.len()
            );
            report.add(Some(length.span()), name, "length", problem);
        }
    }
    if let Some(opening) = report.text(record, "opening", round.opening) {
        match position(opening.get_ref()) {
            Some(index) => quiz.opening = index,
            None => {
                let problem = format!("no statement has the id `{}`", opening.get_ref());
                report.add(Some(opening.span()), name, "opening", problem);
            }
        }
    }
    let Some(always) = report.required(record, "always", round.always) else {
        return;
    };
    let list = always.span();
    for id in always.into_inner().0 {
        let (span, Text(id)) = (id.span(), id.into_inner());
        let problem = match position(&id) {
            None => format!("no statement has the id `{id}`"),
            Some(index) if index == quiz.opening => {
                format!("`{id}` is the opening statement, which every round asks already")
            }
            Some(index) if quiz.always.contains(&index) => format!("`{id}` is listed twice"),
            Some(index) => {
                quiz.always.push(index);
                continue;
            }
        };
        report.add(Some(span), name, "always", problem);
    }
    // A round of unknown length (its problem reported already) is not measured against.
    if quiz.round_length > 0 && quiz.always.len() + 1 > quiz.round_length {
        let problem = format!(
            "a round of {} cannot ask the opening statement and {} always-asked ones",
            quiz.round_length,
            quiz.always.len()
        );
        report.add(Some(list), name, "always", problem);
    }
}

fn check_statement(
    report: &mut Report<'_>,
    entry: StatementEntry,
    record: &Record,
    source_article: &str,
) -> Option<Statement> {
    let id = report.text(record, "id", entry.id);
    let verdict = report.required(record, "verdict", entry.verdict);
    // Whether the statement names a myth to correct: unknown while its verdict is.
    let myth = verdict
        .as_ref()
        .map(|verdict| *verdict.get_ref() == Verdict::Myth);
    let values = [
        entry.statement,
        entry.fact,
        entry.myth,
        entry.why,
        entry.closing,
    ];
    let mut complete = true;
    let mut texts = Vec::new();
    for (field, value) in STATEMENT.fields.iter().zip(values) {
        let myth_only = MYTH_ONLY.contains(&field.name);
        let text = match (myth_only, myth) {
            (true, Some(false)) => {
                let why = format!(
                    "a fact has no myth to correct, so its feedback has no `{}`: remove it",
                    field.name
                );
                report.refused(record, field.name, &value, &why);
                None
            }
            (true, None) if value.is_none() => None,
            _ => {
                let text = report.checked(record, field, value);
                complete &= text.is_some();
                text
            }
        };
        texts.push(text);
    }
    let source = report.quote(record, entry.source, source_article);
    let words = report.words(record, texts);
    let said = words.texts.iter().chain(&source).map(String::as_str);
    let basis = basis::check(report, record, entry.basis, said);
    complete.then_some(Statement {
        id: id?.into_inner(),
        words,
        verdict: verdict?.into_inner(),
        source: source?,
        basis: basis?,
    })
}
