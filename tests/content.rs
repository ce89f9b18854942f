//! Native tests of the compiled-in content and the interface strings' placeholders.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::content::{fill, Verdict, ENGLISH, OPENING, ROUND_LENGTH};

#[test]
fn the_quiz_asks_at_least_twelve_statements_and_opens_with_just_a_plant() {
    assert!(ENGLISH.statements.len() >= 12);
    assert!(ROUND_LENGTH >= 12 && ROUND_LENGTH <= ENGLISH.statements.len());
    assert_eq!(ENGLISH.statements[OPENING].id, "just-a-plant");
    assert_eq!(ENGLISH.statements[OPENING].verdict, Verdict::Myth);
}

#[test]
fn both_verdicts_are_represented() {
    let myths = ENGLISH.statements
        .iter()
        .filter(|s| s.verdict == Verdict::Myth)
        .count();
    assert!(myths > 0 && myths < ENGLISH.statements.len());
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill(ENGLISH.ui.progress, &[("current", "3"), ("total", "12")]),
        "Statement 3 of 12"
    );
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
}

#[test]
fn feedback_is_kind_when_the_answer_is_not_right() {
    let wrong = ENGLISH.ui.feedback(Verdict::Fact, Verdict::Myth);
    assert_eq!(wrong, ENGLISH.ui.feedback_wrong_myth);
    assert_ne!(wrong, ENGLISH.ui.feedback(Verdict::Myth, Verdict::Myth));
    assert_eq!(
        ENGLISH.ui.feedback(Verdict::Myth, Verdict::Fact),
        ENGLISH.ui.feedback_wrong_fact
    );
    assert_eq!(
        ENGLISH.ui.feedback(Verdict::Fact, Verdict::Fact),
        ENGLISH.ui.feedback_right_fact
    );
}
