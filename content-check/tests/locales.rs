//! Every locale has exactly the English ids: a missing, extra or empty entry stops the build
//! with the locale, the file and the id; facts belong to the English files alone.

use std::fs;
use std::path::Path;

use content_check::{check_explainer_words, check_quiz_words, load, ContentError};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

const IDS: [&str; 2] = ["just-a-plant", "same-receptor"];

fn statement(id: &str) -> String {
    format!(
        "[[statement]]\nid = \"{id}\"\nstatement = \"El kratom es solo una planta.\"\n\
         explanation = \"Viene de una hoja. Eso no cambia lo que hace.\"\n"
    )
}

fn quiz_errors(text: &str) -> Vec<ContentError> {
    check_quiz_words("es", "es/quiz.toml", text, &IDS).expect_err("should be rejected")
}

#[test]
fn a_complete_translation_passes_in_english_order() {
    let text = [statement("same-receptor"), statement("just-a-plant")].join("\n");
    let words = check_quiz_words("es", "es/quiz.toml", &text, &IDS).unwrap();
    assert_eq!(words.len(), 2);
    assert_eq!(words[0].texts[0], "El kratom es solo una planta.");
}

#[test]
fn a_missing_statement_names_the_locale_the_file_and_the_id() {
    let errors = quiz_errors(&statement("just-a-plant"));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml: statement `same-receptor`, field `-`: missing from the `es` locale: \
         en/quiz.toml has it, so its words are needed here"
    );
}

#[test]
fn an_extra_statement_names_its_id() {
    let text = [
        statement("just-a-plant"),
        statement("same-receptor"),
        statement("made-up"),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:12:6: statement `made-up`, field `id`: `made-up` is not in en/quiz.toml: \
         the `es` locale must have exactly the English ids"
    );
}

#[test]
fn an_empty_entry_is_named() {
    let text = [
        statement("just-a-plant"),
        statement("same-receptor").replace("El kratom es solo una planta.", " "),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:8:13: statement `same-receptor`, field `statement`: is empty"
    );
}

#[test]
fn a_fact_in_a_translation_is_sent_back_to_the_english_file() {
    let text = [
        statement("just-a-plant") + "verdict = \"fact\"\n",
        statement("same-receptor"),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:5:1: statement `just-a-plant`, field `verdict`: is set in en/quiz.toml only, \
         for every language; remove it here"
    );
}

#[test]
fn a_translated_explanation_follows_the_sentence_rule() {
    let text = [
        statement("just-a-plant"),
        statement("same-receptor").replace(" Eso no cambia lo que hace.", ""),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field, "explanation");
    assert_eq!(errors[0].problem, "has 1 sentences, expected 2 to 4");
}

#[test]
fn a_translated_explainer_needs_every_step_and_choice() {
    let text = "[[step]]\nid = \"receptors\"\ntitle = \"Un candado\"\n\
        body = \"Una frase. Otra frase.\"\n\n\
        [[choice]]\nid = \"none\"\nlabel = \"Nada\"\ncaption = \"Sin señal.\"\n";
    let errors = check_explainer_words(
        "es",
        "es/explainer.toml",
        text,
        &["receptors", "signal"],
        &["none", "full-agonist"],
    )
    .unwrap_err();
    let named: Vec<String> = errors.iter().map(|e| e.item.clone()).collect();
    assert_eq!(named, ["step `signal`", "choice `full-agonist`"]);
    assert!(errors
        .iter()
        .all(|e| e.problem.starts_with("missing from the `es` locale")));
}

#[test]
fn the_projects_locales_have_the_same_items_as_english() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let codes: Vec<&str> = content.locales.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "es"]);
    for locale in &content.locales {
        assert_eq!(locale.statements.len(), content.quiz.statements.len());
        assert_eq!(locale.steps.len(), content.explainer.steps.len());
        assert_eq!(locale.choices.len(), content.explainer.choices.len());
        assert_eq!(locale.ui.values.len(), content.locales[0].ui.values.len());
    }
}

#[test]
fn a_statement_left_out_of_a_locale_stops_the_build() {
    let dir = content_copy("missing");
    let quiz = dir.join("es/quiz.toml");
    let text = fs::read_to_string(&quiz).unwrap();
    let start = text.find("[[statement]]\nid = \"fda-approved\"").unwrap();
    let end = start + 1 + text[start + 1..].find("[[statement]]").unwrap();
    fs::write(&quiz, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let errors = load(&dir).unwrap_err();
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "es/quiz.toml");
    assert_eq!(errors[0].item, "statement `fda-approved`");
}

#[test]
fn a_locale_missing_a_file_or_a_ui_string_is_named() {
    let dir = content_copy("file");
    fs::remove_file(dir.join("es/explainer.toml")).unwrap();
    let ui = fs::read_to_string(dir.join("es/ui.toml")).unwrap();
    let ui: String = ui
        .lines()
        .filter(|line| !line.starts_with("start_button"))
        .map(|line| format!("{line}\n"))
        .collect();
    fs::write(dir.join("es/ui.toml"), ui).unwrap();
    let errors = load(&dir).unwrap_err();
    fs::remove_dir_all(&dir).unwrap();
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0],
        "es/ui.toml:1:1: key `start_button`, field `start_button`: missing field"
    );
    assert!(found[1].starts_with("es/explainer.toml: the file, field `-`: cannot be read"));
}

#[test]
fn a_locale_folder_must_be_named_by_a_language_code() {
    let dir = content_copy("folder");
    fs::create_dir_all(dir.join("Spanish")).unwrap();
    let errors = load(&dir).unwrap_err();
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "Spanish/");
    assert!(errors[0].problem.contains("two or three lowercase letters"));
}
