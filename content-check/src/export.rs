//! The content export: every locale's checked content as JSON, for the build's static pages
//! (each language's page, its words and summary; the source pages; the example host pages'
//! summaries), the embed builder and the end-to-end tests, so none of them copies or re-parses
//! the words (`cargo run -p content-check -- --json PATH`).

use serde_json::{json, Map, Value};

use crate::{markup, round_minutes, Content, Locale, Words, UI_KEYS};

/// The content as JSON: the round's settings by id, and for each locale (English first) its
/// interface words by key (the reading time filled in), the fixed runs of markup the widget
/// shows, and its statements, steps and choices with the facts they share.
pub fn to_json(content: &Content) -> String {
    let quiz = &content.quiz;
    let id = |index: usize| quiz.statements.get(index).map_or("", |s| s.id.as_str());
    let locales: Vec<Value> = content
        .locales
        .iter()
        .map(|locale| locale_json(content, locale))
        .collect();
    let export = json!({
        "round": {
            "length": quiz.round_length,
            "opening": id(quiz.opening),
            "always": quiz.always.iter().map(|&index| id(index)).collect::<Vec<_>>(),
        },
        "locales": locales,
    });
    // Writing a `Value` to a string cannot fail.
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

fn locale_json(content: &Content, locale: &Locale) -> Value {
    let minutes = round_minutes(content.quiz.round_length, locale).to_string();
    let ui: Map<String, Value> = UI_KEYS
        .iter()
        .zip(&locale.ui.values)
        .map(|(key, value)| {
            (
                key.name.to_owned(),
                value.replace("{minutes}", &minutes).into(),
            )
        })
        .collect();
    let statements = rows(
        &content.quiz.statements,
        &locale.statements,
        |s, [text, explanation]| {
            let verdict = format!("{:?}", s.verdict).to_lowercase();
            json!({ "id": s.id, "statement": text, "verdict": verdict, "explanation": explanation, "source": s.source })
        },
    );
    let steps = rows(
        &content.explainer.steps,
        &locale.steps,
        |step, [title, body]| json!({ "id": step.id, "title": title, "body": body, "source": step.source }),
    );
    let choices = rows(
        &content.explainer.choices,
        &locale.choices,
        |choice, [label, caption]| json!({ "id": choice.id, "label": label, "caption": caption }),
    );
    json!({
        "code": locale.code,
        "ui": ui,
        "markup": {
            "help_national": markup::national_helpline(&locale.ui),
            "crisis_line": markup::crisis_line(&locale.ui),
            "note": markup::note(&locale.ui),
        },
        "statements": statements,
        "steps": steps,
        "choices": choices,
    })
}

/// One JSON row for each item: its facts (from the English content) with its words in a locale.
fn rows<T>(facts: &[T], words: &[Words], row: impl Fn(&T, &[String; 2]) -> Value) -> Vec<Value> {
    facts
        .iter()
        .zip(words)
        .map(|(facts, words)| row(facts, &words.texts))
        .collect()
}
