//! Browser tests (headless Chromium via wasm-bindgen-test): the quiz's screens respond to
//! clicks with the right feedback, focus and announcements, and the results match the answers.
#![cfg(target_arch = "wasm32")]

use just_a_plant::content::{fill, Statement, Verdict, ROUND_LENGTH, STATEMENTS, UI};
use just_a_plant::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A widget mounted in an element of its own, with helpers to read and click it.
struct Widget {
    root: Element,
}

impl Widget {
    async fn mount(seed: u64) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { seed }).render();
        yew::scheduler::flush().await;
        Self { root }
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    fn screen(&self) -> String {
        self.find(".jap-quiz").get_attribute("data-screen").unwrap()
    }

    async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    async fn start(&self) {
        self.click(".jap-primary").await;
        assert_eq!(self.screen(), "question");
    }

    /// The statement on screen, looked up in the content by its text.
    fn statement(&self) -> &'static Statement {
        let text = self.text(".jap-statement");
        STATEMENTS
            .iter()
            .find(|s| s.text == text)
            .expect("the statement is from the content")
    }

    async fn answer(&self, verdict: Verdict) {
        let name = match verdict {
            Verdict::Myth => "myth",
            Verdict::Fact => "fact",
        };
        self.click(&format!("[data-answer='{name}']")).await;
    }

    /// Answers a whole round, each statement as `pick` says, and returns what was answered.
    async fn answer_round(
        &self,
        pick: impl Fn(usize, &Statement) -> Verdict,
    ) -> Vec<(&'static Statement, Verdict)> {
        let mut given = Vec::new();
        for position in 0..ROUND_LENGTH {
            let statement = self.statement();
            let answer = pick(position, statement);
            given.push((statement, answer));
            self.answer(answer).await;
            self.click(".jap-primary").await;
        }
        given
    }

    fn focused_class(&self) -> String {
        let document = web_sys::window().unwrap().document().unwrap();
        document
            .active_element()
            .map(|e| e.class_name())
            .unwrap_or_default()
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn other(verdict: Verdict) -> Verdict {
    match verdict {
        Verdict::Myth => Verdict::Fact,
        Verdict::Fact => Verdict::Myth,
    }
}

#[wasm_bindgen_test]
async fn a_wrong_answer_gets_kind_feedback_the_explanation_and_its_source() {
    let widget = Widget::mount(1).await;
    widget.start().await;
    let statement = widget.statement();
    widget.answer(other(statement.verdict)).await;

    assert_eq!(widget.screen(), "feedback");
    let kind_words = UI.feedback(other(statement.verdict), statement.verdict);
    assert_eq!(widget.text(".jap-verdict"), kind_words);
    assert_eq!(
        widget
            .find(".jap-feedback")
            .get_attribute("data-outcome")
            .unwrap(),
        "wrong"
    );
    assert!(widget
        .text(".jap-explanation")
        .contains(statement.explanation));
    assert_eq!(widget.text(".jap-explanation blockquote"), statement.source);
    assert_eq!(
        widget.text("[role=status]"),
        kind_words,
        "screen readers hear the verdict"
    );
    assert_eq!(
        widget.focused_class(),
        "jap-explanation",
        "focus moves to the explanation"
    );
}

#[wasm_bindgen_test]
async fn a_right_answer_says_so() {
    let widget = Widget::mount(2).await;
    widget.start().await;
    let statement = widget.statement();
    widget.answer(statement.verdict).await;
    assert_eq!(
        widget.text(".jap-verdict"),
        UI.feedback(statement.verdict, statement.verdict)
    );
    assert_eq!(
        widget
            .find(".jap-feedback")
            .get_attribute("data-outcome")
            .unwrap(),
        "right"
    );
}

#[wasm_bindgen_test]
async fn each_statement_shows_its_progress_and_takes_focus() {
    let widget = Widget::mount(3).await;
    widget.start().await;
    assert_eq!(widget.text(".jap-progress-text"), "Statement 1 of 12");
    assert_eq!(widget.text("[role=status]"), "Statement 1 of 12");
    assert_eq!(widget.focused_class(), "jap-statement");
    let first = widget.statement();
    widget.answer(Verdict::Myth).await;
    widget.click(".jap-primary").await;
    assert_eq!(widget.text(".jap-progress-text"), "Statement 2 of 12");
    assert_eq!(widget.focused_class(), "jap-statement");
    assert_ne!(widget.statement().id, first.id);
}

#[wasm_bindgen_test]
async fn the_results_list_every_statement_with_the_answer_given_and_the_right_one() {
    let widget = Widget::mount(4).await;
    widget.start().await;
    let given = widget
        .answer_round(|position, statement| match position % 3 {
            0 => other(statement.verdict),
            _ => statement.verdict,
        })
        .await;
    assert_eq!(widget.screen(), "results");
    let score = given.iter().filter(|(s, a)| s.verdict == *a).count();
    let score_text = fill(UI.score, &[("score", &score.to_string()), ("total", "12")]);
    assert_eq!(widget.text(".jap-score"), score_text);
    assert_eq!(widget.text("[role=status]"), score_text);

    let items = widget.all(".jap-result");
    assert_eq!(items.len(), 12);
    for (item, (statement, answer)) in items.iter().zip(&given) {
        let read = |selector: &str| {
            item.query_selector(selector)
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        };
        assert_eq!(item.get_attribute("data-id").unwrap(), statement.id);
        assert_eq!(
            read(".jap-given"),
            fill(UI.your_answer, &[("answer", UI.answer(*answer))])
        );
        assert_eq!(
            read(".jap-correct"),
            fill(UI.right_answer, &[("answer", UI.answer(statement.verdict))])
        );
        let mark = if statement.verdict == *answer {
            UI.mark_right
        } else {
            UI.mark_wrong
        };
        assert_eq!(read(".jap-mark"), mark);
        assert!(read("details").contains(statement.explanation));
    }
}

#[wasm_bindgen_test]
async fn try_again_starts_a_new_round_in_a_new_order() {
    let widget = Widget::mount(5).await;
    widget.start().await;
    let ids = |round: Vec<(&'static Statement, Verdict)>| -> Vec<_> {
        round
            .into_iter()
            .map(|(statement, _)| statement.id)
            .collect()
    };
    let first_round = ids(widget.answer_round(|_, _| Verdict::Fact).await);
    widget.click(".jap-primary").await;
    assert_eq!(widget.screen(), "question");
    assert_eq!(widget.text(".jap-progress-text"), "Statement 1 of 12");
    let second_round = ids(widget.answer_round(|_, _| Verdict::Fact).await);
    assert_ne!(first_round, second_round);
}

#[wasm_bindgen_test]
async fn the_helpline_is_on_every_screen_as_a_phone_link() {
    let widget = Widget::mount(6).await;
    let check = |widget: &Widget| {
        let call = widget.find(".jap-help a.jap-help-call");
        assert_eq!(
            call.get_attribute("href").unwrap(),
            format!("tel:{}", UI.helpline_tel)
        );
    };
    check(&widget);
    widget.start().await;
    check(&widget);
    widget.answer(Verdict::Myth).await;
    check(&widget);
}

include!("support/round_order_golden.rs");

#[wasm_bindgen_test]
fn a_seed_gives_the_same_order_in_the_browser_as_natively() {
    assert_round_orders_match_the_golden_record();
}
