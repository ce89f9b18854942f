//! Native tests of the compiled-in content and the interface strings' placeholders.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::content::{fill, Verdict, OPENING, ROUND_LENGTH, STATEMENTS, UI};

#[test]
fn the_quiz_asks_at_least_twelve_statements_and_opens_with_just_a_plant() {
    assert!(STATEMENTS.len() >= 12);
    assert!(ROUND_LENGTH >= 12 && ROUND_LENGTH <= STATEMENTS.len());
    assert_eq!(STATEMENTS[OPENING].id, "just-a-plant");
    assert_eq!(STATEMENTS[OPENING].verdict, Verdict::Myth);
}

#[test]
fn both_verdicts_are_represented() {
    let myths = STATEMENTS
        .iter()
        .filter(|s| s.verdict == Verdict::Myth)
        .count();
    assert!(myths > 0 && myths < STATEMENTS.len());
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill(UI.progress, &[("current", "3"), ("total", "12")]),
        "Statement 3 of 12"
    );
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
}

#[test]
fn feedback_is_kind_when_the_answer_is_not_right() {
    let wrong = UI.feedback(Verdict::Fact, Verdict::Myth);
    assert_eq!(wrong, UI.feedback_wrong_myth);
    assert_ne!(wrong, UI.feedback(Verdict::Myth, Verdict::Myth));
    assert_eq!(
        UI.feedback(Verdict::Myth, Verdict::Fact),
        UI.feedback_wrong_fact
    );
    assert_eq!(
        UI.feedback(Verdict::Fact, Verdict::Fact),
        UI.feedback_right_fact
    );
}
