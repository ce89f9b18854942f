//! Native tests of the words files: what the content checker writes for a language, the widget
//! reads back word for word; a file for another language or of another length is refused.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use just_a_plant::content::{
    add_words, Locale, WordsProblem, ENGLISH, LOCALE_CODES, WORD_SEPARATOR,
};

fn content() -> content_check::Content {
    content_check::load(Path::new("content")).expect("the content passes its checks")
}

#[test]
fn a_words_file_reads_back_as_the_language_the_content_holds() {
    let content = content();
    for (index, checked) in content.locales.iter().enumerate() {
        let file = content_check::words_file(&content, checked);
        let locale = add_words(&file).expect("the checker's own file is taken");
        assert_eq!(locale.code, LOCALE_CODES[index]);
        assert_eq!(locale.ui.language_name(), checked.ui.value("language_name"));
        assert_eq!(
            locale.ui.language_waiting(),
            checked.ui.value("language_waiting")
        );
        let labels: Vec<&str> = locale.ui.labels.to_vec();
        assert_eq!(labels.len(), just_a_plant::content::LABEL_NAMES.len());
        assert_eq!(locale.ui.label("vta"), Some(checked.ui.value("label_vta")));
        for (statement, words) in locale.statements.iter().zip(&checked.statements) {
            let read = [
                statement.text,
                statement.fact,
                statement.myth.unwrap_or_default(),
                statement.why,
                statement.closing.unwrap_or_default(),
            ];
            assert_eq!(read.to_vec(), words.texts);
        }
        for (step, words) in locale.steps.iter().zip(&checked.steps) {
            assert_eq!([step.title, step.body].to_vec(), words.texts[..2]);
            let prediction = step.prediction.as_ref();
            let asked = prediction.map(|prediction| {
                let mut texts = vec![prediction.question];
                texts.extend(prediction.answers);
                texts
            });
            let written: Vec<&str> = words.texts[2..]
                .iter()
                .map(String::as_str)
                .filter(|text| !text.is_empty())
                .collect();
            assert_eq!(asked.unwrap_or_default(), written, "{}", step.id);
        }
        for (choice, words) in locale.choices.iter().zip(&checked.choices) {
            assert_eq!(
                [choice.label, choice.caption],
                [&words.texts[0], &words.texts[1]].map(String::as_str)
            );
        }
        // The facts are the English content's in every language.
        for (statement, english) in locale.statements.iter().zip(ENGLISH.statements) {
            assert_eq!(
                (statement.id, statement.verdict, statement.source),
                (english.id, english.verdict, english.source)
            );
        }
        for (step, english) in locale.steps.iter().zip(ENGLISH.steps) {
            assert_eq!(
                (step.id, step.scene, step.source),
                (english.id, english.scene, english.source)
            );
            let facts = |step: &just_a_plant::content::PathwayStep| {
                step.prediction.as_ref().map(|p| (p.right, p.answers.len()))
            };
            assert_eq!(facts(step), facts(english), "{}", step.id);
        }
    }
}

#[test]
fn a_words_file_for_an_unknown_language_or_of_another_length_is_refused() {
    let content = content();
    let spanish = content_check::words_file(&content, &content.locales[1]);
    let french = spanish.replacen("es", "fr", 1);
    assert_eq!(add_words(&french), Err(WordsProblem::UnknownLanguage));
    assert_eq!(add_words(""), Err(WordsProblem::UnknownLanguage));
    let shorter = &spanish[..spanish.rfind(WORD_SEPARATOR).unwrap()];
    assert_eq!(add_words(shorter), Err(WordsProblem::WrongCount));
    let longer = format!("{spanish}{WORD_SEPARATOR}one word too many");
    assert_eq!(add_words(&longer), Err(WordsProblem::WrongCount));
    assert_eq!(Locale::from_code("fr"), None);
}
