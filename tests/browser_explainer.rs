//! Browser tests (headless Chromium via wasm-bindgen-test): the explainer's step and compare
//! controls change the diagram and its live captions, and the fragment follows.
#![cfg(target_arch = "wasm32")]

#[path = "support/widget.rs"]
mod widget;

use just_a_plant::content::{Activation, ENGLISH};
use just_a_plant::explainer::model::dopamine_pulses;
use just_a_plant::explainer::part_label;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use widget::Widget;

wasm_bindgen_test_configure!(run_in_browser);

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn highlighted(widget: &Widget) -> Vec<String> {
    widget
        .all(".jap-diagram .jap-part.is-on")
        .iter()
        .map(|part| part.get_attribute("data-part").unwrap())
        .collect()
}

fn on_step(widget: &Widget) -> String {
    widget.attribute(".jap-step", "data-step")
}

async fn next_step(widget: &Widget) {
    widget.click(".jap-step-nav .jap-primary").await;
}

#[wasm_bindgen_test]
async fn next_moves_the_story_the_highlight_the_caption_and_the_fragment() {
    let widget = Widget::mount(1, "#explainer/1").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[0].id);
    assert_eq!(highlighted(&widget), ["synapse", "receptors"]);

    for (index, step) in ENGLISH.steps.iter().enumerate().skip(1) {
        next_step(&widget).await;
        assert_eq!(on_step(&widget), step.id);
        assert_eq!(hash(), format!("#en/explainer/{}", index + 1));
        assert_eq!(widget.text(".jap-step-title"), step.title);
        let caption = widget.text(".jap-step-caption");
        assert!(
            caption.starts_with(&format!(
                "Step {} of {}: {}.",
                index + 1,
                ENGLISH.steps.len(),
                step.title
            )),
            "{caption}"
        );
        for &part in step.highlight {
            assert!(
                caption.contains(part_label(part, &ENGLISH.ui)),
                "{caption} names {part:?}"
            );
        }
        assert_eq!(highlighted(&widget).len(), step.highlight.len());
    }
    next_step(&widget).await;
    assert_eq!(
        on_step(&widget),
        ENGLISH.steps[ENGLISH.steps.len() - 1].id,
        "next stops at the last step"
    );
}

#[wasm_bindgen_test]
async fn the_signal_step_lights_up_the_whole_pathway() {
    let signal = ENGLISH
        .steps
        .iter()
        .position(|step| step.id == "signal")
        .unwrap();
    let widget = Widget::mount(1, &format!("#explainer/{}", signal + 1)).await;
    assert_eq!(on_step(&widget), "signal");
    assert_eq!(
        highlighted(&widget),
        ["pathway", "vta", "nucleus-accumbens", "dopamine"]
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_steps_and_stop_at_the_ends() {
    let widget = Widget::mount(1, "#explainer/1").await;
    widget.press(".jap-step-title", "ArrowLeft").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[0].id);
    widget.press(".jap-step-title", "ArrowRight").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[1].id);
    widget
        .press(".jap-step-nav .jap-primary", "ArrowRight")
        .await;
    assert_eq!(on_step(&widget), ENGLISH.steps[2].id);
    widget.press(".jap-step-title", "ArrowLeft").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[1].id);
}

#[wasm_bindgen_test]
async fn arrow_keys_in_the_compare_choices_change_the_choice_not_the_step() {
    let widget = Widget::mount(1, "#explainer/2").await;
    widget.press(".jap-choice input", "ArrowRight").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[1].id);
}

#[wasm_bindgen_test]
async fn back_on_the_first_step_stays_and_says_it_is_unavailable() {
    let widget = Widget::mount(1, "#explainer/1").await;
    let back = ".jap-step-nav .jap-button:not(.jap-primary)";
    assert_eq!(widget.attribute(back, "aria-disabled"), "true");
    widget.click(back).await;
    assert_eq!(on_step(&widget), ENGLISH.steps[0].id);
}

#[wasm_bindgen_test]
async fn each_compare_choice_sets_the_receptors_the_dopamine_and_the_caption() {
    let widget = Widget::mount(1, "#explainer/4").await;
    for choice in ENGLISH.choices {
        widget
            .click(&format!(".jap-choice input[value='{}']", choice.id))
            .await;
        let expected = match choice.activation {
            Activation::None => "none",
            Activation::LowEfficacy => "low",
            Activation::Partial => "partial",
            Activation::Full => "full",
        };
        assert_eq!(
            widget.attribute(".jap-diagram", "data-activation"),
            expected,
            "{}",
            choice.id
        );
        assert_eq!(
            widget.all(".jap-pulse").len(),
            dopamine_pulses(choice.activation),
            "{}",
            choice.id
        );
        let molecules = widget.all(".jap-molecule").len();
        assert_eq!(
            molecules > 0,
            choice.activation != Activation::None,
            "{}",
            choice.id
        );
        assert_eq!(widget.text(".jap-compare-caption"), choice.caption);
    }
}

#[wasm_bindgen_test]
async fn the_diagram_has_a_title_a_description_and_text_labels() {
    let widget = Widget::mount(1, "#explainer/1").await;
    assert_eq!(widget.text(".jap-diagram title"), ENGLISH.ui.diagram_title);
    assert_eq!(
        widget.text(".jap-diagram desc"),
        ENGLISH.ui.diagram_description
    );
    let labelled_by = widget.attribute(".jap-diagram", "aria-labelledby");
    let ids: Vec<String> = ["title", "desc"]
        .iter()
        .map(|tag| widget.attribute(&format!(".jap-diagram {tag}"), "id"))
        .collect();
    assert_eq!(labelled_by, ids.join(" "));
    let labels = widget.text(".jap-diagram");
    for label in [
        "Ventral tegmental",
        "Nucleus accumbens",
        "Dopamine",
        "Mu-opioid receptors",
    ] {
        assert!(labels.contains(label), "the diagram shows {label}");
    }
}

#[wasm_bindgen_test]
async fn an_unknown_fragment_opens_the_first_step() {
    let widget = Widget::mount(1, "#explainer/99").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[0].id);
    assert!(widget
        .find(".jap-section:has(.jap-quiz)")
        .has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn the_quiz_link_switches_sections_and_keeps_the_explainer_step() {
    let widget = Widget::mount(1, "#explainer/3").await;
    widget.click(".jap-sections a[href='#en/quiz']").await;
    assert_eq!(hash(), "#en/quiz");
    let explainer_link = widget.attribute(".jap-sections a:first-child", "href");
    assert_eq!(explainer_link, "#en/explainer/3");
}
