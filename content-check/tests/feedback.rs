//! Every statement's feedback leads with the fact, in every language: a myth's fact may not open
//! with the myth's own words or repeat them, nor open by naming a myth; the myth is named once,
//! after the fact, beginning with the language's warning (its `rule_myth_lead`).

use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

use content_check::{load, ContentError};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

/// The problems of a copy of the project's content whose `file` has the line starting with
/// `field = ` in the statement `id` replaced by `field = "text"`.
fn problems_with(file: &str, id: &str, field: &str, text: &str) -> Vec<ContentError> {
    // Each copy its own folder, for tests run side by side.
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let dir = content_copy(&format!(
        "feedback-{}",
        COPIES.fetch_add(1, Ordering::Relaxed)
    ));
    let path = dir.join(file);
    let original = fs::read_to_string(&path).unwrap();
    let item = original
        .find(&format!("id = \"{id}\""))
        .unwrap_or_else(|| panic!("no statement `{id}` in {file}"));
    let start = item + original[item..].find(&format!("\n{field} = ")).unwrap() + 1;
    let end = start + original[start..].find('\n').unwrap();
    let broken = format!(
        "{}{field} = \"{text}\"{}",
        &original[..start],
        &original[end..]
    );
    assert_ne!(original, broken);
    fs::write(&path, broken).unwrap();
    let errors = load(&dir).expect_err("the content should be refused");
    fs::remove_dir_all(dir).unwrap();
    errors
}

/// The one problem of such a copy.
fn only_problem(file: &str, id: &str, field: &str, text: &str) -> ContentError {
    let errors = problems_with(file, id, field, text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

const OWN_WORDS: &str =
    "opens with the myth's own words: lead with the fact, in words of its own, \
    and name the myth after it, in `myth`";

#[test]
fn a_fact_that_opens_with_the_statements_first_words_is_refused() {
    // The statement: "Kratom is just a plant, so using it isn't a relapse."
    let error = only_problem(
        "en/quiz.toml",
        "just-a-plant",
        "fact",
        "Kratom is just a leaf, but using it counts as a relapse in recovery.",
    );
    assert_eq!(error.file, "en/quiz.toml");
    assert_eq!(error.item, "statement `just-a-plant`");
    assert_eq!(error.field, "fact");
    assert_eq!(error.problem, OWN_WORDS);
    // Where the fact is written: line 10 of the file, after `fact = `.
    assert_eq!(
        error.at,
        Some(content_check::Position {
            line: 10,
            column: 8
        })
    );
}

#[test]
fn a_fact_that_repeats_the_whole_myth_is_refused() {
    // Not at its start, in other case and punctuation, but every word of the statement in a row.
    let error = only_problem(
        "en/quiz.toml",
        "withdrawal-is-real",
        "fact",
        "Some say kratom withdrawal isn't real; in fact it is, and real enough to keep people using.",
    );
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("statement `withdrawal-is-real`", "fact")
    );
    assert_eq!(error.problem, OWN_WORDS);
}

#[test]
fn a_fact_that_opens_by_naming_the_myth_is_refused() {
    let error = only_problem(
        "en/quiz.toml",
        "just-a-plant",
        "fact",
        "A common belief is wrong here, because using kratom counts as a relapse in recovery.",
    );
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("statement `just-a-plant`", "fact")
    );
    assert_eq!(
        error.problem,
        "opens by naming a myth (`A common belief is`): the fact comes first, the myth after \
         it, in `myth`"
    );
}

#[test]
fn a_translated_fact_is_held_to_its_own_statement_and_warning() {
    // "El kratom es solo una planta, así que consumirlo no es una recaída."
    let error = only_problem(
        "es/quiz.toml",
        "just-a-plant",
        "fact",
        "El kratom es solo una hoja, pero consumirlo cuenta como una recaída.",
    );
    assert_eq!(
        (
            error.file.as_str(),
            error.item.as_str(),
            error.field.as_str()
        ),
        ("es/quiz.toml", "statement `just-a-plant`", "fact")
    );
    assert_eq!(error.problem, OWN_WORDS);
    let error = only_problem(
        "es/quiz.toml",
        "just-a-plant",
        "fact",
        "Una creencia común es falsa, porque consumir kratom cuenta como una recaída.",
    );
    assert_eq!(error.file, "es/quiz.toml");
    assert_eq!(error.field, "fact");
    assert_eq!(
        error.problem,
        "opens by naming a myth (`Una creencia común es`): the fact comes first, the myth after \
         it, in `myth`"
    );
}

#[test]
fn a_myth_named_without_the_warning_is_refused() {
    let error = only_problem(
        "en/quiz.toml",
        "fda-approved",
        "myth",
        "Some people think that some kratom products have FDA approval.",
    );
    assert_eq!(error.file, "en/quiz.toml");
    assert_eq!(error.item, "statement `fda-approved`");
    assert_eq!(error.field, "myth");
    assert_eq!(
        error.problem,
        "names the myth without the warning: begin it with `A common belief is`"
    );
    // The warning must lead, not merely appear.
    let error = only_problem(
        "es/quiz.toml",
        "fda-approved",
        "myth",
        "Mucha gente cree que, como una creencia común es, hay productos aprobados.",
    );
    assert_eq!(
        (error.file.as_str(), error.field.as_str()),
        ("es/quiz.toml", "myth")
    );
    assert_eq!(
        error.problem,
        "names the myth without the warning: begin it with `Una creencia común es`"
    );
}

#[test]
fn the_projects_feedback_leads_with_its_facts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap_or_else(|errors| panic!("{errors:#?}"));
    for locale in &content.locales {
        let lead = locale.ui.value("rule_myth_lead");
        assert!(!lead.is_empty());
        for (statement, words) in content.quiz.statements.iter().zip(&locale.statements) {
            let myth = words.text(&content_check::STATEMENT, "myth");
            let is_myth = statement.verdict == content_check::Verdict::Myth;
            assert_eq!(
                !myth.is_empty(),
                is_myth,
                "{}: {}",
                locale.code,
                statement.id
            );
            assert!(myth.is_empty() || myth.starts_with(lead), "{myth}");
        }
    }
}
