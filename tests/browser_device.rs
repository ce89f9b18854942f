//! Browser tests (headless Chromium via wasm-bindgen-test): remembering progress only when
//! chosen, forgetting at once, and a kiosk that resets itself after its idle time.
#![cfg(target_arch = "wasm32")]

#[path = "support/widget.rs"]
mod widget;

use just_a_plant::components::location::Address;
use just_a_plant::config::Config;
use just_a_plant::AppProps;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Storage;
use widget::Widget;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn kept() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .collect()
}

/// Waits `ms` milliseconds, then for the widget to render what they brought.
async fn sleep(ms: i32) {
    widget::timeout(ms).await;
    yew::scheduler::flush().await;
}

async fn answer_two(widget: &Widget) {
    widget.click(".jap-quiz .jap-primary").await;
    widget.click(".jap-quiz [data-answer='myth']").await;
    widget.click(".jap-quiz .jap-primary").await;
    widget.click(".jap-quiz [data-answer='fact']").await;
}

#[wasm_bindgen_test]
async fn opting_in_remembers_the_quiz_and_the_next_visit_restores_it() {
    storage().clear().unwrap();
    let widget = Widget::mount(1, "#quiz").await;
    answer_two(&widget).await;
    widget.click(".jap-remember input").await;
    let progress = storage()
        .get_item("just-a-plant:progress")
        .unwrap()
        .unwrap();
    assert!(progress.ends_with("|f|mf|--"), "{progress}");
    let statement = widget.text(".jap-quiz .jap-statement");
    drop(widget);

    let again = Widget::mount(2, "").await;
    assert_eq!(again.attribute(".jap-quiz", "data-screen"), "feedback");
    assert_eq!(again.text(".jap-quiz .jap-statement"), statement);
    assert_eq!(
        again.text(".jap-quiz .jap-progress-text"),
        "Statement 2 of 12"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn forget_everything_clears_the_device_at_once_and_starts_over() {
    storage().clear().unwrap();
    let widget = Widget::mount(1, "#quiz").await;
    widget.click(".jap-remember input").await;
    answer_two(&widget).await;
    assert!(!kept().is_empty());
    widget.click(".jap-forget").await;
    assert!(kept().is_empty(), "still kept: {:?}", kept());
    assert_eq!(widget.attribute(".jap-step", "data-step"), "receptors");
    assert_eq!(widget.attribute(".jap-quiz", "data-screen"), "intro");
}

/// A widget in kiosk mode on the quiz, resetting after `idle_ms`.
async fn kiosk(idle_ms: u32) -> Widget {
    let config = Config {
        kiosk: true,
        idle_ms,
        ..Config::default()
    };
    let props = AppProps {
        seed: 1,
        config,
        address: Address::Page,
    };
    Widget::mount_with(props, "#quiz").await
}

#[wasm_bindgen_test]
async fn a_kiosk_in_use_does_not_reset() {
    let widget = kiosk(1500).await;
    widget.click(".jap-quiz .jap-primary").await;
    for _ in 0..4 {
        sleep(500).await;
        widget.press(".jap-quiz .jap-statement", "Shift").await;
    }
    assert_eq!(widget.attribute(".jap-quiz", "data-screen"), "question");
}
