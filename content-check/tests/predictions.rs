//! A step whose picture shows a mechanism asks a prediction before the picture shows: a
//! question ending with `?`, two or three answers, which one is right (counted from 1), and the
//! quote of the source article the right answer rests on. Any other step may ask one.

use content_check::{check_explainer, ContentError, Explainer, Prediction, STEP};

const FILE: &str = "en/explainer.toml";

#[path = "support/project.rs"]
mod project;
use project::{article, project};

fn check(text: &str) -> Result<Explainer, Vec<ContentError>> {
    check_explainer(FILE, text, &article())
}

/// The project's explainer with `from` replaced by `to` (which must be in it).
fn changed(from: &str, to: &str) -> String {
    let text = project(FILE);
    assert!(text.contains(from), "{from:?} is in {FILE}");
    text.replacen(from, to, 1)
}

/// The project's explainer without the lines of step `id` whose key begins with `prefix`.
fn without(id: &str, prefix: &str) -> String {
    let text = project(FILE);
    let start = text.find(&format!("[[step]]\nid = \"{id}\"")).unwrap();
    let end = text[start + 1..]
        .find("\n[[")
        .map_or(text.len(), |end| start + 1 + end);
    let step: String = text[start..end]
        .lines()
        .filter(|line| !line.starts_with(prefix))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_ne!(step, &text[start..end], "step `{id}` has {prefix}");
    format!("{}{step}{}", &text[..start], &text[end..])
}

/// The item, field and problem of each error.
fn found(errors: &[ContentError]) -> Vec<(&str, &str, &str)> {
    errors
        .iter()
        .map(|e| (e.item.as_str(), e.field.as_str(), e.problem.as_str()))
        .collect()
}

#[test]
fn the_projects_mechanism_steps_each_ask_a_prediction_counted_from_one() {
    let explainer = check(&project(FILE)).unwrap();
    for step in &explainer.steps {
        assert_eq!(
            step.prediction.is_some(),
            step.scene.shows_mechanism(),
            "step `{}`",
            step.id
        );
        let question = step.words.text(&STEP, "predict_question");
        assert_eq!(
            step.prediction.is_some(),
            question.ends_with('?'),
            "{question}"
        );
    }
    // `predict_right = 1` is the first answer, kept counted from 0.
    let receptors = &explainer.steps[0];
    assert_eq!(
        receptors.prediction,
        Some(Prediction {
            right: 0,
            source: "Kratom’s active compounds bind to mu-opioid receptors".to_owned()
        })
    );
    assert_eq!(
        receptors.words.text(&STEP, "predict_answer_1"),
        "They fit the same lock"
    );
    assert_eq!(explainer.steps[1].prediction.as_ref().unwrap().right, 1);
    // Two answers: the third is empty.
    let seven_oh = explainer.steps.iter().find(|s| s.id == "seven-oh").unwrap();
    assert_eq!(seven_oh.words.text(&STEP, "predict_answer_3"), "");
    assert_eq!(seven_oh.words.texts.len(), STEP.fields.len());
}

#[test]
fn a_mechanism_step_without_a_prediction_is_refused() {
    let errors = check(&without("receptors", "predict_")).unwrap_err();
    assert_eq!(
        found(&errors),
        [
            ("step `receptors`", "predict_question", "missing field"),
            ("step `receptors`", "predict_answer_1", "missing field"),
            ("step `receptors`", "predict_answer_2", "missing field"),
            ("step `receptors`", "predict_right", "missing field"),
            ("step `receptors`", "predict_source", "missing field"),
        ]
    );
    assert!(errors.iter().all(|e| e.file == FILE));
}

#[test]
fn a_step_that_shows_no_mechanism_may_ask_a_prediction() {
    let prediction = "scene = \"cycle\"\npredict_question = \"What can repeated use bring?\"\n\
        predict_answer_1 = \"Nothing at all\"\npredict_answer_2 = \"Tolerance and withdrawal\"\n\
        predict_right = 2\npredict_source = \"kratom-dependent individuals\"";
    let explainer = check(&changed("scene = \"cycle\"", prediction)).unwrap();
    let step = explainer
        .steps
        .iter()
        .find(|s| s.id == "repeated-use")
        .unwrap();
    assert_eq!(step.prediction.as_ref().map(|p| p.right), Some(1));
    assert_eq!(
        step.words.text(&STEP, "predict_question"),
        "What can repeated use bring?"
    );
    // And once it asks one, all of it is checked.
    let half = changed(
        "scene = \"cycle\"",
        "scene = \"cycle\"\npredict_question = \"What can repeated use bring?\"",
    );
    let errors = check(&half).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "predict_answer_1",
            "predict_answer_2",
            "predict_right",
            "predict_source"
        ]
    );
    assert!(errors.iter().all(|e| e.item == "step `repeated-use`"));
}

#[test]
fn a_prediction_without_its_source_is_refused() {
    let errors = check(&without("receptors", "predict_source")).unwrap_err();
    assert_eq!(
        found(&errors),
        [("step `receptors`", "predict_source", "missing field")]
    );
}

#[test]
fn a_prediction_source_not_in_the_article_is_refused() {
    let text = changed(
        "predict_source = \"Kratom’s active compounds bind to mu-opioid receptors\"",
        "predict_source = \"Kratom’s active compounds bind to every receptor\"",
    );
    let errors = check(&text).unwrap_err();
    assert_eq!(
        found(&errors),
        [(
            "step `receptors`",
            "predict_source",
            "quote is not found word for word in source/kratom-and-opioid-recovery.txt"
        )]
    );
    assert_eq!(errors[0].at.map(|at| at.column), Some(18), "{}", errors[0]);
}

#[test]
fn a_prediction_question_must_end_with_a_question_mark() {
    let text = changed(
        "What about kratom's compounds?",
        "Say what kratom's compounds do.",
    );
    let errors = check(&text).unwrap_err();
    assert_eq!(
        found(&errors),
        [(
            "step `receptors`",
            "predict_question",
            "a prediction asks a question: end it with `?`"
        )]
    );
    // One or two sentences.
    let text = changed(
        "What about kratom's compounds?",
        "Kratom is a plant. What about kratom's compounds?",
    );
    assert_eq!(
        found(&check(&text).unwrap_err()),
        [(
            "step `receptors`",
            "predict_question",
            "has 3 sentences, expected 1 to 2"
        )]
    );
}

#[test]
fn predict_right_beyond_the_answers_is_refused() {
    // seven-oh has two answers.
    let text = without("seven-oh", "predict_right").replacen(
        "predict_answer_2 = \"7-hydroxymitragynine (7)\"",
        "predict_answer_2 = \"7-hydroxymitragynine (7)\"\npredict_right = 3",
        1,
    );
    assert_eq!(
        found(&check(&text).unwrap_err()),
        [(
            "step `seven-oh`",
            "predict_right",
            "there is no answer 3: the prediction has 2"
        )]
    );
    // receptors has three: the third may be right, a fourth there is not.
    let third = changed("predict_right = 1", "predict_right = 3");
    let explainer = check(&third).unwrap();
    assert_eq!(explainer.steps[0].prediction.as_ref().unwrap().right, 2);
    let fourth = changed("predict_right = 1", "predict_right = 4");
    assert_eq!(
        found(&check(&fourth).unwrap_err()),
        [(
            "step `receptors`",
            "predict_right",
            "there is no answer 4: the prediction has 3"
        )]
    );
    // Answers count from 1.
    let zero = changed("predict_right = 1", "predict_right = 0");
    let errors = check(&zero).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field, "predict_right");
    assert!(
        errors[0]
            .problem
            .ends_with("expected a whole number above 0, like 12, without quotes"),
        "{}",
        errors[0].problem
    );
}

#[test]
fn a_prediction_needs_two_answers() {
    let errors = check(&without("seven-oh", "predict_answer_2")).unwrap_err();
    assert_eq!(
        found(&errors),
        [("step `seven-oh`", "predict_answer_2", "missing field")]
    );
}
