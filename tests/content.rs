//! Native tests of the compiled-in content and the interface strings' placeholders.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::content::{
    fill, Locale, Verdict, ALWAYS, ENGLISH, LOCALE_CODES, OPENING, ROUND_LENGTH,
};
use just_a_plant::quiz::state::Quiz;

#[test]
fn the_quiz_asks_at_least_twelve_statements_and_opens_with_just_a_plant() {
    assert!(ENGLISH.statements.len() >= 12);
    assert!(ROUND_LENGTH >= 12 && ROUND_LENGTH <= ENGLISH.statements.len());
    assert_eq!(ENGLISH.statements[OPENING].id, "just-a-plant");
    assert_eq!(ENGLISH.statements[OPENING].verdict, Verdict::Myth);
}

#[test]
fn every_round_opens_with_just_a_plant_and_asks_the_item_that_protects_treatment() {
    let always: Vec<&str> = ALWAYS.iter().map(|&i| ENGLISH.statements[i].id).collect();
    assert_eq!(always, ["not-the-same-as-treatment"]);
    for seed in (0..2_000).chain([u32::MAX]) {
        let round: Vec<&str> = Quiz::from_content(seed).round().map(|s| s.id).collect();
        assert_eq!(round.len(), ROUND_LENGTH);
        assert_eq!(round[0], "just-a-plant", "seed {seed}");
        assert!(
            round.contains(&"not-the-same-as-treatment"),
            "seed {seed}: {round:?}"
        );
    }
}

#[test]
fn both_verdicts_are_represented() {
    let myths = ENGLISH
        .statements
        .iter()
        .filter(|s| s.verdict == Verdict::Myth)
        .count();
    assert!(myths > 0 && myths < ENGLISH.statements.len());
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill(ENGLISH.ui.progress(), &[("current", "3"), ("total", "12")]),
        "Statement 3 of 12"
    );
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
    assert_eq!(
        fill("{a}{b}, {unknown} stays", &[("a", "1"), ("b", "2")]),
        "12, {unknown} stays"
    );
    assert_eq!(fill("no places", &[("a", "x")]), "no places");
}

#[test]
fn feedback_is_kind_when_the_answer_is_not_right() {
    let wrong = ENGLISH.ui.feedback(Verdict::Fact, Verdict::Myth);
    assert_eq!(wrong, ENGLISH.ui.feedback_wrong_myth());
    assert_ne!(wrong, ENGLISH.ui.feedback(Verdict::Myth, Verdict::Myth));
    assert_eq!(
        ENGLISH.ui.feedback(Verdict::Myth, Verdict::Fact),
        ENGLISH.ui.feedback_wrong_fact()
    );
    assert_eq!(
        ENGLISH.ui.feedback(Verdict::Fact, Verdict::Fact),
        ENGLISH.ui.feedback_right_fact()
    );
}

#[test]
fn spanish_has_its_own_words_for_every_statement() {
    let spanish = Locale::from_code("es").expect("a Spanish locale");
    assert_eq!(spanish.ui.language_name(), "Español");
    for (own, english) in spanish.statements.iter().zip(ENGLISH.statements) {
        assert_ne!(own.text, english.text, "{}", own.id);
        assert_ne!(own.fact, english.fact, "{}", own.id);
        assert_ne!(own.why, english.why, "{}", own.id);
        assert_eq!(own.myth.is_some(), english.myth.is_some(), "{}", own.id);
    }
    let opening = spanish.statement(&ENGLISH.statements[OPENING]);
    assert_eq!(opening.id, "just-a-plant");
    assert!(opening.text.contains("planta"), "{}", opening.text);
}

#[test]
fn a_browser_preferring_mexican_spanish_gets_spanish() {
    let code = |language: Option<usize>| language.map(|index| LOCALE_CODES[index]);
    assert_eq!(code(Locale::for_tag("es-MX")), Some("es"));
    assert_eq!(code(Locale::for_tag("ES")), Some("es"));
    assert_eq!(code(Locale::for_tag("en_GB")), Some("en"));
    assert_eq!(Locale::for_tag("fr-CA"), None);
    assert_eq!(Locale::for_tag(""), None);
    let first_known = Locale::preferred(&["fr-FR", "es-MX", "en-US"]);
    assert_eq!(code(first_known), Some("es"));
    assert_eq!(Locale::preferred(&["de", "fr"]), None);
}
