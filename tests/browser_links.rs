//! Browser tests (headless Chromium via wasm-bindgen-test): each kind of link opens what it
//! names, and a link that cannot be opened starts at the beginning with a calm notice.
#![cfg(target_arch = "wasm32")]

#[path = "support/widget.rs"]
mod widget;

use just_a_plant::content::ENGLISH;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use widget::Widget;

wasm_bindgen_test_configure!(run_in_browser);

fn quiz_screen(widget: &Widget) -> String {
    widget.attribute(".jap-quiz", "data-screen")
}

#[wasm_bindgen_test]
async fn a_statement_link_asks_that_statement_then_offers_the_whole_quiz() {
    let statement = &ENGLISH.statements[3];
    let widget = Widget::mount(1, &format!("#s/1/{}", statement.id)).await;
    assert_eq!(quiz_screen(&widget), "question");
    assert_eq!(widget.text(".jap-quiz .jap-statement"), statement.text);
    assert_eq!(
        widget.text(".jap-quiz .jap-progress-text"),
        "Statement 1 of 1"
    );
    widget.click(".jap-quiz [data-answer='fact']").await;
    assert_eq!(quiz_screen(&widget), "feedback");
    assert_eq!(
        widget.text(".jap-quiz .jap-primary"),
        ENGLISH.ui.whole_quiz_button()
    );
    widget.click(".jap-quiz .jap-primary").await;
    assert_eq!(quiz_screen(&widget), "intro");
}

#[wasm_bindgen_test]
async fn a_tampered_link_starts_fresh_with_a_notice_that_can_be_dismissed() {
    let widget = Widget::mount(1, "#r/1/13-12").await;
    assert_eq!(
        widget.attribute(".jap-step", "data-step"),
        ENGLISH.steps[0].id
    );
    assert_eq!(widget.text(".jap-notice p"), ENGLISH.ui.notice_link());
    widget.click(".jap-notice button").await;
    assert!(widget.all(".jap-notice").is_empty());
}

#[wasm_bindgen_test]
async fn a_link_from_a_newer_version_says_so() {
    let widget = Widget::mount(1, "#s/2/just-a-plant").await;
    assert_eq!(widget.text(".jap-notice p"), ENGLISH.ui.notice_newer());
    assert_eq!(
        widget.attribute(".jap-step", "data-step"),
        ENGLISH.steps[0].id
    );
}

#[wasm_bindgen_test]
async fn a_good_link_shows_no_notice() {
    let widget = Widget::mount(1, "#explainer/2").await;
    assert!(widget.all(".jap-notice").is_empty());
    assert_eq!(
        widget.attribute(".jap-step", "data-step"),
        ENGLISH.steps[1].id
    );
}
