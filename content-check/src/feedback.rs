//! The shape of every statement's feedback, in every language: it leads with the fact, never
//! with the myth; a myth is named once, after the fact, with the language's warning (its
//! `rule_myth_lead`), so the fact is what a reader takes away (the "truth sandwich").

use crate::{locale_items, Content, ContentError, STATEMENT};

/// How many of a statement's first words a myth's fact may not repeat: it would open with the
/// myth's own wording.
const OPENING_WORDS: usize = 4;

/// Every statement's feedback, in every language, that opens with its myth (in the statement's
/// own words, or by naming a myth before the fact), or names its myth without the warning.
pub fn problems(content: &Content) -> Vec<ContentError> {
    let mut found = Vec::new();
    for locale in &content.locales {
        let lead = locale.ui.value("rule_myth_lead");
        for item in locale_items(content, locale) {
            if item.kind.name != STATEMENT.name {
                continue;
            }
            let text = |field: &str| item.words.text(&STATEMENT, field);
            let (statement, fact, myth) = (text("statement"), text("fact"), text("myth"));
            let mut problem = |field: &str, problem: String| {
                found.push(ContentError {
                    file: item.file.clone(),
                    at: item.words.position(&STATEMENT, field),
                    item: item.name.clone(),
                    field: field.to_owned(),
                    problem,
                })
            };
            if myth.is_empty() {
                continue;
            }
            if opens_like(fact, statement) {
                problem(
                    "fact",
                    "opens with the myth's own words: lead with the fact, in words of its own, \
                     and name the myth after it, in `myth`"
                        .to_owned(),
                );
            }
            if fact.starts_with(lead) {
                problem(
                    "fact",
                    format!("opens by naming a myth (`{lead}`): the fact comes first, the myth after it, in `myth`"),
                );
            }
            if !myth.starts_with(lead) {
                problem(
                    "myth",
                    format!("names the myth without the warning: begin it with `{lead}`"),
                );
            }
        }
    }
    found
}

/// The words of `text`, lowercase, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '’')
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

/// Whether `fact` repeats `statement`: it holds all of its words in a row, or opens with its
/// first words.
fn opens_like(fact: &str, statement: &str) -> bool {
    let (fact, statement) = (words(fact), words(statement));
    let opening = OPENING_WORDS.min(statement.len());
    let holds_whole =
        !statement.is_empty() && fact.windows(statement.len()).any(|run| run == statement);
    holds_whole || (opening > 0 && fact.len() >= opening && fact[..opening] == statement[..opening])
}
