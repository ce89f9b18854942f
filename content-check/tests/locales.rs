//! Every locale has exactly the English ids, each item with exactly the fields its English item
//! has (a myth's `myth` and `closing`, a step's prediction and its third answer): a missing,
//! extra or empty entry or field stops the build with the locale's file, the item and the
//! field; facts belong to the English files alone.

use std::fs;
use std::path::Path;

use content_check::{
    check_explainer_words, check_quiz_words, load, ContentError, ItemKind, Position, Words,
    STATEMENT, STEP,
};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

/// The errors of the content copy in `dir` once its `file` (now `text`) reads `broken`
/// instead; the copy is removed.
fn load_broken(dir: &Path, file: &Path, text: &str, broken: String) -> Vec<ContentError> {
    assert_ne!(text, broken, "the change breaks nothing");
    fs::write(file, broken).unwrap();
    let errors = load(dir).unwrap_err();
    fs::remove_dir_all(dir).unwrap();
    errors
}

/// Each error's file, item, field and problem, for comparing in one assertion.
fn where_and_what(errors: &[ContentError]) -> Vec<(&str, &str, &str, &str)> {
    errors
        .iter()
        .map(|e| {
            (
                e.file.as_str(),
                e.item.as_str(),
                e.field.as_str(),
                e.problem.as_str(),
            )
        })
        .collect()
}

/// A statement of the English file that is a myth, and one that is a fact.
const MYTH: &str = "just-a-plant";
const FACT: &str = "same-receptor";

/// An English item of `kind` that has the fields `has` and no others.
fn english(kind: &ItemKind, has: &[&str]) -> Words {
    Words {
        texts: kind
            .names()
            .iter()
            .map(|name| {
                if has.contains(name) {
                    format!("English {name}.")
                } else {
                    String::new()
                }
            })
            .collect(),
        at: vec![Position { line: 1, column: 1 }; kind.fields.len()],
    }
}

fn english_myth() -> Words {
    english(&STATEMENT, &["statement", "fact", "myth", "why", "closing"])
}

fn english_fact() -> Words {
    english(&STATEMENT, &["statement", "fact", "why"])
}

/// A translated statement with the fields its English has: a myth's `myth` and `closing` too.
fn statement(id: &str) -> String {
    let mut text = format!(
        "[[statement]]\nid = \"{id}\"\nstatement = \"El kratom es solo una planta.\"\n\
         fact = \"Consumirlo cuenta como una recaída.\"\n"
    );
    if id == MYTH {
        text += "myth = \"Una creencia común es que una planta es segura.\"\n";
    }
    text += "why = \"Viene de una hoja. Eso no cambia lo que hace.\"\n";
    if id == MYTH {
        text += "closing = \"Así que sigue siendo una recaída.\"\n";
    }
    text
}

fn quiz_words(text: &str) -> Result<Vec<Words>, Vec<ContentError>> {
    let (myth, fact) = (english_myth(), english_fact());
    check_quiz_words("es", "es/quiz.toml", text, &[(MYTH, &myth), (FACT, &fact)])
}

fn quiz_errors(text: &str) -> Vec<ContentError> {
    quiz_words(text).expect_err("should be rejected")
}

#[test]
fn a_complete_translation_passes_in_english_order() {
    let text = [statement(FACT), statement(MYTH)].join("\n");
    let words = quiz_words(&text).unwrap();
    assert_eq!(words.len(), 2);
    assert_eq!(words[0].texts[0], "El kratom es solo una planta.");
    assert_eq!(
        words[0].text(&STATEMENT, "myth"),
        "Una creencia común es que una planta es segura."
    );
    assert_eq!(
        words[0].text(&STATEMENT, "closing"),
        "Así que sigue siendo una recaída."
    );
    // The fact has no myth fields, in any language.
    assert_eq!(words[1].texts.len(), STATEMENT.fields.len());
    assert_eq!(words[1].text(&STATEMENT, "myth"), "");
    assert_eq!(words[1].text(&STATEMENT, "closing"), "");
    assert_eq!(
        words[1].text(&STATEMENT, "why"),
        "Viene de una hoja. Eso no cambia lo que hace."
    );
}

#[test]
fn a_missing_statement_names_the_locale_the_file_and_the_id() {
    let errors = quiz_errors(&statement(MYTH));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml: statement `same-receptor`, field `-`: missing from the `es` locale: \
         en/quiz.toml has it, so its words are needed here"
    );
}

#[test]
fn an_extra_statement_names_its_id() {
    let text = [statement(MYTH), statement(FACT), statement("made-up")].join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:16:6: statement `made-up`, field `id`: `made-up` is not in en/quiz.toml: \
         the `es` locale must have exactly the English ids"
    );
}

#[test]
fn an_empty_entry_is_named() {
    let text = [
        statement(MYTH),
        statement(FACT).replace("El kratom es solo una planta.", " "),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:11:13: statement `same-receptor`, field `statement`: is empty"
    );
}

#[test]
fn a_fact_in_a_translation_is_sent_back_to_the_english_file() {
    let text = [statement(MYTH) + "verdict = \"fact\"\n", statement(FACT)].join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        "es/quiz.toml:8:1: statement `just-a-plant`, field `verdict`: is set in en/quiz.toml only, \
         for every language; remove it here"
    );
}

#[test]
fn a_translated_why_follows_the_sentence_rule() {
    let text = [
        statement(MYTH),
        statement(FACT).replace(
            "Viene de una hoja. Eso no cambia lo que hace.",
            "Viene de una hoja. Es una planta. Tiene alcaloides. Eso no cambia lo que hace.",
        ),
    ]
    .join("\n");
    let errors = quiz_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].item, "statement `same-receptor`");
    assert_eq!(errors[0].field, "why");
    assert_eq!(errors[0].problem, "has 4 sentences, expected 1 to 3");
}

#[test]
fn a_translation_lacking_a_field_its_english_has_is_refused() {
    for field in ["myth", "closing", "fact"] {
        let myth = statement(MYTH);
        let line = myth
            .lines()
            .find(|line| line.starts_with(&format!("{field} = ")))
            .unwrap();
        let text = [myth.replace(&format!("{line}\n"), ""), statement(FACT)].join("\n");
        let errors = quiz_errors(&text);
        assert_eq!(errors.len(), 1, "{field}: {errors:#?}");
        assert_eq!(
            errors[0].to_string(),
            format!("es/quiz.toml:1:1: statement `just-a-plant`, field `{field}`: missing field")
        );
    }
}

#[test]
fn a_translation_with_a_field_its_english_lacks_is_refused() {
    for (field, line) in [
        ("myth", "myth = \"Una creencia común es que no lo hace.\""),
        ("closing", "closing = \"Así que es el mismo receptor.\""),
    ] {
        let fact = statement(FACT) + line + "\n";
        let text = [statement(MYTH), fact].join("\n");
        let errors = quiz_errors(&text);
        assert_eq!(errors.len(), 1, "{field}: {errors:#?}");
        let error = &errors[0];
        assert_eq!(
            (
                error.file.as_str(),
                error.item.as_str(),
                error.field.as_str()
            ),
            ("es/quiz.toml", "statement `same-receptor`", field)
        );
        assert_eq!(
            error.problem,
            format!(
                "en/quiz.toml has no `{field}` for this statement, so no language has one: \
                 remove it"
            )
        );
        // Where the field is written: the last line of the file, after `field = `.
        let column = field.len() + 4;
        assert_eq!(error.at, Some(Position { line: 14, column }), "{error}");
    }
}

#[test]
fn a_translated_step_has_exactly_the_prediction_fields_of_its_english() {
    let english_steps = [
        (
            "receptors",
            english(
                &STEP,
                &[
                    "title",
                    "body",
                    "predict_question",
                    "predict_answer_1",
                    "predict_answer_2",
                    "predict_answer_3",
                ],
            ),
        ),
        (
            "seven-oh",
            english(
                &STEP,
                &[
                    "title",
                    "body",
                    "predict_question",
                    "predict_answer_1",
                    "predict_answer_2",
                ],
            ),
        ),
        ("cycle", english(&STEP, &["title", "body"])),
    ];
    let steps: Vec<(&str, &Words)> = english_steps.iter().map(|(id, w)| (*id, w)).collect();
    let choices = [(
        "none",
        english(&content_check::CHOICE, &["label", "caption"]),
    )];
    let choices: Vec<(&str, &Words)> = choices.iter().map(|(id, w)| (*id, w)).collect();
    let step = |id: &str, answers: usize| {
        let mut text = format!(
            "[[step]]\nid = \"{id}\"\ntitle = \"Un paso\"\nbody = \"Una frase. Otra frase.\"\n"
        );
        if answers > 0 {
            text += "predict_question = \"¿Qué pasa?\"\n";
        }
        for answer in 1..=answers {
            text += &format!("predict_answer_{answer} = \"Respuesta {answer}\"\n");
        }
        text
    };
    let choice = "[[choice]]\nid = \"none\"\nlabel = \"Nada\"\ncaption = \"Sin señal.\"\n";
    let check = |steps_text: [String; 3]| {
        let text = format!("{}\n{choice}", steps_text.join("\n"));
        check_explainer_words("es", "es/explainer.toml", &text, &steps, &choices)
    };
    let words = check([step("receptors", 3), step("seven-oh", 2), step("cycle", 0)]).unwrap();
    assert_eq!(
        words.steps[0].text(&STEP, "predict_answer_3"),
        "Respuesta 3"
    );
    assert_eq!(words.steps[1].text(&STEP, "predict_answer_3"), "");
    assert_eq!(words.steps[2].text(&STEP, "predict_question"), "");

    let errors = check([step("receptors", 2), step("seven-oh", 2), step("cycle", 0)]).unwrap_err();
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        ["es/explainer.toml:1:1: step `receptors`, field `predict_answer_3`: missing field"]
    );

    let errors = check([step("receptors", 3), step("seven-oh", 3), step("cycle", 0)]).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        (
            errors[0].file.as_str(),
            errors[0].item.as_str(),
            errors[0].field.as_str()
        ),
        ("es/explainer.toml", "step `seven-oh`", "predict_answer_3")
    );
    assert_eq!(
        errors[0].problem,
        "en/explainer.toml has no `predict_answer_3` for this step, so no language has one: \
         remove it"
    );

    // A step whose English asks no prediction asks none in a translation.
    let errors = check([step("receptors", 3), step("seven-oh", 2), step("cycle", 2)]).unwrap_err();
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.item.as_str(), e.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("step `cycle`", "predict_question"),
            ("step `cycle`", "predict_answer_1"),
            ("step `cycle`", "predict_answer_2"),
        ]
    );
    assert!(errors
        .iter()
        .all(|e| e.problem.ends_with("so no language has one: remove it")));
}

#[test]
fn a_prediction_fact_in_a_translation_is_sent_back_to_the_english_file() {
    let steps = [("receptors", english(&STEP, &["title", "body"]))];
    let steps: Vec<(&str, &Words)> = steps.iter().map(|(id, w)| (*id, w)).collect();
    for fact in ["predict_right = 1", "predict_source = \"a quote\""] {
        let text = format!(
            "[[step]]\nid = \"receptors\"\ntitle = \"Un paso\"\n\
             body = \"Una frase. Otra frase.\"\n{fact}\n"
        );
        let errors =
            check_explainer_words("es", "es/explainer.toml", &text, &steps, &[]).unwrap_err();
        let field = fact.split(' ').next().unwrap();
        let error = errors
            .iter()
            .find(|e| e.field == field)
            .unwrap_or_else(|| panic!("{errors:#?}"));
        assert_eq!(error.item, "step `receptors`");
        assert_eq!(
            error.problem,
            "is set in en/explainer.toml only, for every language; remove it here"
        );
    }
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
fn a_field_left_out_of_a_locale_or_added_to_it_stops_the_build() {
    let dir = content_copy("field");
    let quiz = dir.join("es/quiz.toml");
    let text = fs::read_to_string(&quiz).unwrap();
    let myth = text
        .lines()
        .find(|line| line.starts_with("myth = \"Una creencia común es que el kratom está bien"))
        .unwrap();
    fs::write(&quiz, text.replace(&format!("{myth}\n"), "")).unwrap();
    let explainer = dir.join("es/explainer.toml");
    let text = fs::read_to_string(&explainer).unwrap();
    let broken = text
        .replace("predict_answer_3 = \"Nunca llegan al cerebro\"\n", "")
        .replace(
            "predict_answer_2 = \"7-hidroximitraginina (7)\"\n",
            "predict_answer_2 = \"7-hidroximitraginina (7)\"\npredict_answer_3 = \"Las dos igual\"\n",
        );
    let errors = load_broken(&dir, &explainer, &text, broken);
    let found = where_and_what(&errors);
    assert_eq!(
        found,
        [
            (
                "es/quiz.toml",
                "statement `just-a-plant`",
                "myth",
                "missing field"
            ),
            (
                "es/explainer.toml",
                "step `receptors`",
                "predict_answer_3",
                "missing field"
            ),
            (
                "es/explainer.toml",
                "step `seven-oh`",
                "predict_answer_3",
                "en/explainer.toml has no `predict_answer_3` for this step, so no language has \
                 one: remove it"
            ),
        ]
    );
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
        "es/ui.toml:1:1: key `start_button`, field `start_button`: missing: add \
         `start_button = \"…\"` (The button that starts the quiz.)"
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

#[test]
fn a_translated_prediction_question_must_end_with_a_question_mark() {
    let dir = content_copy("question");
    let explainer = dir.join("es/explainer.toml");
    let text = fs::read_to_string(&explainer).unwrap();
    let broken = text.replacen(
        "¿Y los compuestos del kratom?",
        "Y los compuestos del kratom.",
        1,
    );
    let errors = load_broken(&dir, &explainer, &text, broken);
    let found = where_and_what(&errors);
    assert_eq!(
        found,
        [(
            "es/explainer.toml",
            "step `receptors`",
            "predict_question",
            "a prediction asks a question: end it with `?`"
        )]
    );
}
