//! The explainer's pictures follow the content brief: every step has a scene of its own, the
//! compare choices form an activation scale weakest first, and no treatment medication is ever
//! put on that scale, in English or in a translation.

use content_check::{check_explainer, check_explainer_words, ContentError, Words};

const FILE: &str = "en/explainer.toml";

#[path = "support/project.rs"]
mod project;
use project::{article, project};

fn explainer_errors(text: &str) -> Vec<ContentError> {
    check_explainer(FILE, text, &article()).expect_err("the file should be rejected")
}

#[test]
fn the_projects_steps_each_show_a_different_scene() {
    let explainer = check_explainer(FILE, &project(FILE), &article()).unwrap();
    let scenes: std::collections::HashSet<_> =
        explainer.steps.iter().map(|step| step.scene).collect();
    assert_eq!(scenes.len(), explainer.steps.len());
}

#[test]
fn two_steps_with_the_same_scene_are_refused() {
    let text = project(FILE).replacen("scene = \"mitragynine\"", "scene = \"lock\"", 1);
    let errors = explainer_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].item, "step `mitragynine`");
    assert_eq!(errors[0].field, "scene");
    assert!(errors[0].problem.contains("same scene as step `receptors`"));
}

#[test]
fn an_unknown_scene_names_the_scenes_there_are() {
    let text = project(FILE).replacen("scene = \"signal\"", "scene = \"brain\"", 1);
    let errors = explainer_errors(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].problem.starts_with("unknown scene `brain`"));
    assert!(errors[0].problem.contains("`safeguards`"));
}

#[test]
fn a_treatment_medication_on_the_activation_scale_is_refused() {
    let choice =
        "\n[[choice]]\nid = \"buprenorphine\"\nlabel = \"Buprenorphine, under medical care\"\n\
        level = \"partial\"\ncaption = \"It is given under medical supervision.\"\n\
        source = \"administered under medical supervision with known dosing\"\n";
    let errors = explainer_errors(&(project(FILE) + choice));
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.item.as_str(), e.field.as_str()))
        .collect();
    assert!(
        fields.contains(&("choice `buprenorphine`", "id")),
        "{errors:#?}"
    );
    assert!(
        fields.contains(&("choice `buprenorphine`", "label")),
        "{errors:#?}"
    );
    assert!(errors
        .iter()
        .any(|e| e.problem.contains("never drawn or ranked beside kratom")));
    assert!(
        errors.iter().any(|e| e.field == "choice"),
        "a fifth choice also breaks the scale: {errors:#?}"
    );
}

#[test]
fn a_translation_may_not_name_a_treatment_medication_in_a_choice() {
    let english = check_explainer(FILE, &project(FILE), &article()).unwrap();
    let steps: Vec<(&str, &Words)> = english
        .steps
        .iter()
        .map(|s| (s.id.as_str(), &s.words))
        .collect();
    let choices: Vec<(&str, &Words)> = english
        .choices
        .iter()
        .map(|c| (c.id.as_str(), &c.words))
        .collect();
    let text = project("es/explainer.toml").replacen(
        "label = \"Heroína u oxicodona\"",
        "label = \"Metadona\"",
        1,
    );
    let errors =
        check_explainer_words("es", "es/explainer.toml", &text, &steps, &choices).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].item, "choice `full-agonist`");
    assert_eq!(errors[0].field, "label");
    assert!(errors[0].problem.starts_with("names `metadona`"));
}

#[test]
fn the_choices_must_run_from_none_to_full_once_each() {
    let text = project(FILE);
    let none = text.find("[[choice]]\nid = \"none\"").unwrap();
    let mitragynine = text.find("[[choice]]\nid = \"mitragynine\"").unwrap();
    let swapped = format!(
        "{}{}{}",
        &text[..none],
        &text[mitragynine..],
        &text[none..mitragynine]
    );
    let errors = explainer_errors(&swapped);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field, "choice");
    assert!(errors[0]
        .problem
        .contains("weakest first: none, low-efficacy, partial, full"));
    assert!(errors[0]
        .problem
        .contains("found low-efficacy, partial, full, none"));
}
