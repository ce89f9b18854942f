//! Browser tests (headless Chromium via wasm-bindgen-test): the quiz's screens respond to
//! clicks with the right feedback, focus and announcements, and the results match the answers.
#![cfg(target_arch = "wasm32")]

use just_a_plant::content::{fill, Statement, Verdict, ENGLISH, ROUND_LENGTH};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/widget.rs"]
mod widget;

use widget::Widget;

/// What the quiz's tests do with a widget.
trait QuizActions {
    async fn start(&self);
    async fn next(&self);
    fn statement(&self) -> &'static Statement;
    async fn answer(&self, verdict: Verdict);
    async fn answer_round(
        &self,
        pick: impl Fn(usize, &Statement) -> Verdict,
    ) -> Vec<(&'static Statement, Verdict)>;
}

/// A widget opened on the quiz.
async fn quiz(seed: u32) -> Widget {
    Widget::mount(seed, "#quiz").await
}

impl QuizActions for Widget {
    async fn start(&self) {
        self.next().await;
        assert_eq!(screen(self), "question");
    }

    /// The quiz's main button: Start, Next statement, See your results or Try again.
    async fn next(&self) {
        self.click(".jap-quiz .jap-primary").await;
    }

    /// The statement on screen, looked up in the content by its text.
    fn statement(&self) -> &'static Statement {
        let text = self.text(".jap-quiz .jap-statement");
        ENGLISH
            .statements
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
            self.next().await;
        }
        given
    }
}

fn screen(widget: &Widget) -> String {
    widget.attribute(".jap-quiz", "data-screen")
}

fn other(verdict: Verdict) -> Verdict {
    match verdict {
        Verdict::Myth => Verdict::Fact,
        Verdict::Fact => Verdict::Myth,
    }
}

#[wasm_bindgen_test]
async fn a_wrong_answer_gets_the_fact_first_then_kind_feedback_the_reasons_its_source_and_the_focus(
) {
    let widget = quiz(1).await;
    widget.start().await;
    let statement = widget.statement();
    widget.answer(other(statement.verdict)).await;

    assert_eq!(screen(&widget), "feedback");
    let kind_words = ENGLISH
        .ui
        .feedback(other(statement.verdict), statement.verdict);
    assert_eq!(widget.text(".jap-verdict"), kind_words);
    assert_eq!(
        widget
            .find(".jap-feedback")
            .get_attribute("data-outcome")
            .unwrap(),
        "wrong"
    );
    assert_eq!(
        widget
            .find(".jap-explanation")
            .first_element_child()
            .unwrap()
            .text_content()
            .unwrap(),
        statement.fact,
        "the feedback opens with the fact"
    );
    let explanation = widget.text(".jap-explanation");
    assert!(explanation.contains(statement.why));
    if let Some(myth) = statement.myth {
        assert!(
            explanation.find(myth) > explanation.find(statement.fact),
            "a myth is named only after the fact"
        );
    }
    assert_eq!(
        widget.text(".jap-explanation blockquote"),
        statement.source.text
    );
    assert_eq!(
        widget.text(".jap-quiz .jap-announcer"),
        kind_words,
        "screen readers hear the verdict"
    );
    assert_ne!(
        widget.focused_class_now(),
        "jap-explanation",
        "focus waits until the feedback is painted, so the render forces no layout"
    );
    assert_eq!(
        widget.focused_class().await,
        "jap-explanation",
        "focus moves to the explanation"
    );
}

#[wasm_bindgen_test]
async fn an_answer_keeps_the_statement_and_hides_the_buttons_so_the_pressed_one_keeps_the_focus() {
    let widget = quiz(4).await;
    widget.start().await;
    let kept = [
        ".jap-quiz .jap-progress",
        ".jap-quiz .jap-statement",
        ".jap-quiz [data-answer='myth']",
        ".jap-quiz [data-answer='fact']",
    ];
    let before: Vec<_> = kept.iter().map(|selector| widget.find(selector)).collect();
    let pressed = before[2].clone().dyn_into::<HtmlElement>().unwrap();
    pressed.focus().unwrap();
    widget.answer(Verdict::Myth).await;

    assert_eq!(screen(&widget), "feedback");
    for (selector, element) in kept.iter().zip(&before) {
        assert!(
            element.is_same_node(Some(&widget.find(selector))),
            "{selector} is the same element, not rebuilt"
        );
    }
    assert!(
        widget
            .find(".jap-quiz .jap-answers")
            .has_attribute("hidden")
            && widget.find(".jap-quiz .jap-prompt").has_attribute("hidden"),
        "once answered, Myth and Fact are hidden"
    );
    assert!(
        pressed.is_same_node(widget.focused_now().as_deref()),
        "the button pressed keeps the focus while the feedback is drawn"
    );
    assert_eq!(widget.focused_class().await, "jap-explanation");

    widget.next().await;
    assert_eq!(screen(&widget), "question");
    assert!(
        !widget
            .find(".jap-quiz .jap-answers")
            .has_attribute("hidden")
            && before[2].is_same_node(Some(&widget.find(".jap-quiz [data-answer='myth']"))),
        "the next statement shows the same buttons again"
    );
}

#[wasm_bindgen_test]
async fn a_right_answer_says_so() {
    let widget = quiz(2).await;
    widget.start().await;
    let statement = widget.statement();
    widget.answer(statement.verdict).await;
    assert_eq!(
        widget.text(".jap-verdict"),
        ENGLISH.ui.feedback(statement.verdict, statement.verdict)
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
    let widget = quiz(3).await;
    widget.start().await;
    assert_eq!(
        widget.text(".jap-quiz .jap-progress-text"),
        "Statement 1 of 12"
    );
    assert_eq!(widget.text(".jap-quiz .jap-announcer"), "Statement 1 of 12");
    assert_eq!(widget.focused_class().await, "jap-statement jap-read");
    let first = widget.statement();
    widget.answer(Verdict::Myth).await;
    widget.next().await;
    assert_eq!(
        widget.text(".jap-quiz .jap-progress-text"),
        "Statement 2 of 12"
    );
    assert_eq!(widget.focused_class().await, "jap-statement jap-read");
    assert_ne!(widget.statement().id, first.id);
}

#[wasm_bindgen_test]
async fn the_results_list_every_statement_with_the_answer_given_and_the_right_one() {
    let widget = quiz(4).await;
    widget.start().await;
    let given = widget
        .answer_round(|position, statement| match position % 3 {
            0 => other(statement.verdict),
            _ => statement.verdict,
        })
        .await;
    assert_eq!(screen(&widget), "results");
    let score = given.iter().filter(|(s, a)| s.verdict == *a).count();
    let score_text = fill(
        ENGLISH.ui.score(),
        &[("score", &score.to_string()), ("total", "12")],
    );
    assert_eq!(widget.text(".jap-score"), score_text);
    assert_eq!(widget.text(".jap-quiz .jap-announcer"), score_text);

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
            fill(
                ENGLISH.ui.your_answer(),
                &[("answer", ENGLISH.ui.answer(*answer))]
            )
        );
        assert_eq!(
            read(".jap-correct"),
            fill(
                ENGLISH.ui.right_answer(),
                &[("answer", ENGLISH.ui.answer(statement.verdict))]
            )
        );
        let mark = if statement.verdict == *answer {
            ENGLISH.ui.mark_right()
        } else {
            ENGLISH.ui.mark_wrong()
        };
        assert_eq!(read(".jap-result-mark"), mark);
        assert_eq!(read(".jap-result-fact"), statement.fact);
        assert!(read("details").contains(statement.why));
    }
}

#[wasm_bindgen_test]
async fn try_again_starts_a_new_round_in_a_new_order() {
    let widget = quiz(5).await;
    widget.start().await;
    let ids = |round: Vec<(&'static Statement, Verdict)>| -> Vec<_> {
        round
            .into_iter()
            .map(|(statement, _)| statement.id)
            .collect()
    };
    let first_round = ids(widget.answer_round(|_, _| Verdict::Fact).await);
    widget.next().await;
    assert_eq!(screen(&widget), "question");
    assert_eq!(
        widget.text(".jap-quiz .jap-progress-text"),
        "Statement 1 of 12"
    );
    let second_round = ids(widget.answer_round(|_, _| Verdict::Fact).await);
    assert_ne!(first_round, second_round);
}

#[wasm_bindgen_test]
async fn the_helpline_is_on_every_screen_as_a_phone_link() {
    let widget = quiz(6).await;
    let check = |widget: &Widget| {
        let call = widget.find(".jap-help a.jap-help-call");
        // SAMHSA's National Helpline, 1-800-662-HELP (4357).
        assert_eq!(call.get_attribute("href").unwrap(), "tel:+18006624357");
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
