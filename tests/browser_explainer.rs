//! Browser tests (headless Chromium via wasm-bindgen-test): the explainer's step and compare
//! controls change the scene, the compare picture and their live captions, and the fragment
//! follows.
#![cfg(target_arch = "wasm32")]

#[path = "support/widget.rs"]
mod widget;

use just_a_plant::content::ENGLISH;
use just_a_plant::explainer::model::{activation_name, invites_trying};
use just_a_plant::explainer::scene::description;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use widget::Widget;

wasm_bindgen_test_configure!(run_in_browser);

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn scene(widget: &Widget) -> String {
    widget.attribute(".jap-step-figure .jap-scene", "data-scene")
}

fn on_step(widget: &Widget) -> String {
    widget.attribute(".jap-step", "data-step")
}

async fn next_step(widget: &Widget) {
    widget.click(".jap-step-nav .jap-primary").await;
}

#[wasm_bindgen_test]
async fn next_moves_the_story_the_scene_the_caption_and_the_fragment() {
    let widget = Widget::mount(1, "#explainer/1").await;
    assert_eq!(on_step(&widget), ENGLISH.steps[0].id);
    assert_eq!(scene(&widget), ENGLISH.steps[0].id);

    for (index, step) in ENGLISH.steps.iter().enumerate().skip(1) {
        next_step(&widget).await;
        if step.prediction.is_some() {
            // "Just show me": the picture, with no guess.
            widget
                .click(".jap-predict-actions .jap-button:not(.jap-primary)")
                .await;
        }
        assert_eq!(on_step(&widget), step.id);
        assert_eq!(scene(&widget), step.id, "the picture follows the step");
        assert_eq!(hash(), format!("#en/explainer/{}", index + 1));
        assert_eq!(widget.text(".jap-step-title"), step.title);
        assert_eq!(
            widget.text(".jap-step-caption"),
            format!(
                "Step {} of {}: {}. {}",
                index + 1,
                ENGLISH.steps.len(),
                step.title,
                description(step.scene, &ENGLISH.ui)
            )
        );
        assert_eq!(
            widget.all(".jap-try").len(),
            usize::from(invites_trying(step.scene)),
            "the compare control sits beside step {}",
            step.id
        );
    }
    next_step(&widget).await;
    assert_eq!(
        on_step(&widget),
        ENGLISH.steps[ENGLISH.steps.len() - 1].id,
        "next stops at the last step"
    );
}

#[wasm_bindgen_test]
async fn the_signal_scene_runs_from_the_vta_to_dopamine_in_the_nucleus_accumbens() {
    let signal = ENGLISH
        .steps
        .iter()
        .position(|step| step.id == "signal")
        .unwrap();
    let widget = Widget::mount(1, &format!("#explainer/{}", signal + 1)).await;
    let picture = ".jap-step-figure .jap-scene";
    assert_eq!(widget.all(&format!("{picture} .jap-vta")).len(), 1);
    assert_eq!(widget.all(&format!("{picture} .jap-nac")).len(), 1);
    assert_eq!(widget.all(&format!("{picture} .jap-signal")).len(), 1);
    assert_eq!(
        widget.all(&format!("{picture} .jap-released circle")).len(),
        5
    );
    let labels = widget.text(picture);
    for label in [
        ENGLISH.ui.label("vta").unwrap(),
        ENGLISH.ui.label("nucleus_accumbens").unwrap(),
        ENGLISH.ui.label("dopamine").unwrap(),
        ENGLISH.ui.label("pathway").unwrap(),
    ] {
        assert!(labels.contains(label), "the picture names {label}");
    }
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
async fn each_compare_choice_redraws_the_lock_and_says_what_it_does() {
    let widget = Widget::mount(1, "#explainer/4").await;
    let picture = ".jap-compare-scene";
    assert_eq!(widget.attribute(picture, "data-level"), "none");
    for choice in ENGLISH.choices {
        let before = widget.find(picture);
        widget
            .click(&format!(".jap-choice input[value='{}']", choice.id))
            .await;
        assert_eq!(
            widget.attribute(picture, "data-level"),
            activation_name(choice.activation),
            "{}",
            choice.id
        );
        assert!(
            !before.is_same_node(Some(&widget.find(picture))) || choice.id == "none",
            "{}: the picture is drawn anew, so it plays from the start",
            choice.id
        );
        assert_eq!(widget.text(".jap-compare-caption"), choice.caption);
        assert_eq!(
            widget.attribute(".jap-compare-caption", "aria-live"),
            "polite"
        );
    }
}

#[wasm_bindgen_test]
async fn pictures_are_hidden_from_screen_readers_and_told_in_words_instead() {
    let widget = Widget::mount(1, "#explainer/1").await;
    for svg in widget.all(".jap-scene svg") {
        assert_eq!(svg.get_attribute("aria-hidden").as_deref(), Some("true"));
    }
    assert_eq!(
        widget.all(".jap-scene svg").len(),
        2,
        "the step and the compare"
    );
    let caption = widget.text(".jap-step-caption");
    assert!(caption.ends_with(ENGLISH.ui.scene_lock()), "{caption}");
    let labels = widget.text(".jap-step-figure .jap-scene");
    for label in [
        ENGLISH.ui.label("receptors").unwrap(),
        ENGLISH.ui.label("opioid_key").unwrap(),
        ENGLISH.ui.label("kratom_keys").unwrap(),
    ] {
        assert!(labels.contains(label), "the picture shows {label}");
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
