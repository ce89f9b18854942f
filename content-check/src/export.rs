//! The content export: every locale's checked content as JSON, for the build's static pages
//! (each language's page, its words and summary; the source pages; the example host pages'
//! summaries), the embed builder and the end-to-end tests, so none of them copies or re-parses
//! the words (`cargo run -p content-check -- --json PATH`).

use serde_json::{json, Map, Value};

use crate::{
    basis, markup, round_minutes, terms, Basis, Content, ItemKind, Locale, Words, CHOICE,
    STATEMENT, STEP, UI_KEYS,
};

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
        &STATEMENT,
        |s, texts| {
            let verdict = format!("{:?}", s.verdict).to_lowercase();
            let words = glossary(locale, texts);
            texts.insert("id".into(), s.id.clone().into());
            texts.insert("verdict".into(), verdict.into());
            texts.insert("source".into(), s.source.clone().into());
            texts.insert("basis".into(), basis_key(s.basis));
            texts.insert("terms".into(), words);
        },
    );
    let steps = rows(
        &content.explainer.steps,
        &locale.steps,
        &STEP,
        |step, texts| {
            let glossary = glossary(locale, texts);
            let words: Vec<Value> = STEP
                .names()
                .iter()
                .map(|name| texts.remove(*name).unwrap_or(Value::Null))
                .collect();
            let prediction = step.prediction.as_ref().map_or(Value::Null, |prediction| {
            let answers: Vec<&Value> = words[3..].iter().filter(|answer| !answer.is_null()).collect();
            json!({ "question": words[2], "answers": answers, "right": prediction.right, "source": prediction.source })
        });
            texts.insert("id".into(), step.id.clone().into());
            texts.insert("basis".into(), basis_key(step.basis));
            texts.insert("terms".into(), glossary);
            texts.insert("title".into(), words[0].clone());
            texts.insert("body".into(), words[1].clone());
            texts.insert("source".into(), step.source.clone().into());
            texts.insert("prediction".into(), prediction);
        },
    );
    let choices = rows(
        &content.explainer.choices,
        &locale.choices,
        &CHOICE,
        |choice, texts| {
            texts.insert("id".into(), choice.id.clone().into());
        },
    );
    let [main_terms, points_terms] = markup::summary_terms(&locale.ui, &locale.terms);
    json!({
        "code": locale.code,
        "ui": ui,
        "markup": {
            "help_national": markup::national_helpline(&locale.ui),
            "crisis_line": markup::crisis_line(&locale.ui),
            "note": markup::note(&locale.ui),
        },
        "summary_terms": { "main": meanings(&main_terms), "points": meanings(&points_terms) },
        "statements": statements,
        "steps": steps,
        "choices": choices,
    })
}

/// The `ui` key of the line that says how sure a finding resting on `basis` is.
fn basis_key(basis: Basis) -> Value {
    basis::names(basis).1.into()
}

/// The hard words an item's words (its row's texts so far) use, each with its meaning, as the
/// widget lists them under "What these words mean".
fn glossary(locale: &Locale, texts: &Map<String, Value>) -> Value {
    let words: Vec<&str> = texts.values().filter_map(Value::as_str).collect();
    meanings(&terms::glossary(&locale.terms, &words.join(" ")))
}

/// `used` (words and their meanings) as JSON rows.
fn meanings(used: &[&(String, String)]) -> Value {
    used.iter()
        .map(|(word, meaning)| json!({ "word": word, "meaning": meaning }))
        .collect()
}

/// One JSON row for each item: its words in a locale, by field (`null` for a field it does not
/// have), with what `facts` adds from its English item.
fn rows<T>(
    items: &[T],
    words: &[Words],
    kind: &ItemKind,
    facts: impl Fn(&T, &mut Map<String, Value>),
) -> Vec<Value> {
    items
        .iter()
        .zip(words)
        .map(|(item, words)| {
            let mut row: Map<String, Value> = kind
                .names()
                .into_iter()
                .zip(&words.texts)
                .map(|(name, text)| {
                    let text = (!text.is_empty()).then(|| Value::from(text.as_str()));
                    (name.to_owned(), text.unwrap_or(Value::Null))
                })
                .collect();
            facts(item, &mut row);
            Value::Object(row)
        })
        .collect()
}
