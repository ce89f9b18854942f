//! Native tests of the quiz's pure state machine: every transition, scoring and the seeded order.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use just_a_plant::content::{Basis, Quote, Statement, Verdict};
use just_a_plant::quiz::state::{next_seed, round_order, Quiz, QuizAction, RoundRules, Screen};

const fn statement(id: &'static str, verdict: Verdict) -> Statement {
    Statement {
        id,
        text: id,
        verdict,
        fact: "It is so.",
        myth: None,
        why: "Because.",
        closing: None,
        source: Quote {
            text: "a quote",
            passage: 1,
        },
        basis: Basis::Research,
        terms: "",
    }
}

static FIVE: [Statement; 5] = [
    statement("a", Verdict::Myth),
    statement("b", Verdict::Fact),
    statement("c", Verdict::Myth),
    statement("d", Verdict::Fact),
    statement("e", Verdict::Myth),
];

const ALL_FIVE: RoundRules = RoundRules {
    length: 5,
    opening: 2,
    always: &[],
};

fn quiz(seed: u32) -> Quiz {
    Quiz::new(&FIVE, ALL_FIVE, seed)
}

fn run(quiz: Quiz, actions: &[QuizAction]) -> Quiz {
    actions
        .iter()
        .fold(quiz, |state, &action| state.apply(action))
}

/// Answers every statement of the round right, or every one wrong.
fn answer_all(mut quiz: Quiz, right: bool) -> Quiz {
    while quiz.screen() == Screen::Question {
        let (_, statement) = quiz.current().expect("a question shows a statement");
        let answer = match (right, statement.verdict) {
            (true, verdict) => verdict,
            (false, Verdict::Myth) => Verdict::Fact,
            (false, Verdict::Fact) => Verdict::Myth,
        };
        quiz = run(quiz, &[QuizAction::Answer(answer), QuizAction::Next]);
    }
    quiz
}

#[test]
fn a_new_quiz_opens_on_the_intro_with_nothing_answered() {
    let quiz = quiz(1);
    assert_eq!(quiz.screen(), Screen::Intro);
    assert_eq!(quiz.current(), None);
    assert_eq!(quiz.score(), 0);
    assert_eq!(quiz.answered().count(), 0);
}

#[test]
fn start_shows_the_opening_statement_first() {
    let quiz = quiz(7).apply(QuizAction::Start);
    assert_eq!(quiz.screen(), Screen::Question);
    let (position, statement) = quiz.current().unwrap();
    assert_eq!(position, 1);
    assert_eq!(statement.id, "c");
}

#[test]
fn answering_shows_feedback_on_that_statement() {
    let quiz = run(
        quiz(3),
        &[QuizAction::Start, QuizAction::Answer(Verdict::Fact)],
    );
    assert_eq!(quiz.screen(), Screen::Feedback);
    let answer = quiz.last_answer().unwrap();
    assert_eq!(answer.statement.id, "c");
    assert_eq!(answer.given, Verdict::Fact);
    assert!(!answer.is_right(), "c is a myth, so Fact is not right");
    assert_eq!(
        quiz.current().unwrap().0,
        1,
        "feedback stays on statement 1"
    );
}

#[test]
fn next_moves_to_the_following_statement_in_round_order() {
    let quiz = run(
        quiz(3),
        &[
            QuizAction::Start,
            QuizAction::Answer(Verdict::Myth),
            QuizAction::Next,
        ],
    );
    assert_eq!(quiz.screen(), Screen::Question);
    let (position, statement) = quiz.current().unwrap();
    assert_eq!(position, 2);
    let second = quiz.round().nth(1).unwrap();
    assert_eq!(statement.id, second.id);
}

#[test]
fn next_after_the_last_feedback_shows_the_results() {
    let quiz = answer_all(quiz(5).apply(QuizAction::Start), true);
    assert_eq!(quiz.screen(), Screen::Results);
    assert_eq!(quiz.current(), None);
    assert_eq!(quiz.answered().count(), 5);
}

#[test]
fn actions_that_do_not_fit_the_screen_change_nothing() {
    let intro = quiz(9);
    for action in [
        QuizAction::Answer(Verdict::Myth),
        QuizAction::Next,
        QuizAction::TryAgain,
    ] {
        assert_eq!(intro.apply(action), intro, "{action:?} on the intro");
    }
    let question = intro.apply(QuizAction::Start);
    for action in [QuizAction::Start, QuizAction::Next, QuizAction::TryAgain] {
        assert_eq!(question.apply(action), question, "{action:?} on a question");
    }
    let feedback = question.apply(QuizAction::Answer(Verdict::Myth));
    for action in [
        QuizAction::Start,
        QuizAction::Answer(Verdict::Fact),
        QuizAction::TryAgain,
    ] {
        assert_eq!(feedback.apply(action), feedback, "{action:?} on feedback");
    }
    let results = answer_all(question, true);
    for action in [
        QuizAction::Start,
        QuizAction::Answer(Verdict::Fact),
        QuizAction::Next,
    ] {
        assert_eq!(results.apply(action), results, "{action:?} on the results");
    }
}

#[test]
fn the_score_counts_right_answers_only() {
    let all_right = answer_all(quiz(11).apply(QuizAction::Start), true);
    assert_eq!(all_right.score(), 5);
    let all_wrong = answer_all(quiz(11).apply(QuizAction::Start), false);
    assert_eq!(all_wrong.score(), 0);

    let mixed = run(
        quiz(11),
        &[
            QuizAction::Start,
            QuizAction::Answer(Verdict::Myth), // c is a myth: right
            QuizAction::Next,
        ],
    );
    let (_, second) = mixed.current().unwrap();
    let wrong = match second.verdict {
        Verdict::Myth => Verdict::Fact,
        Verdict::Fact => Verdict::Myth,
    };
    let mixed = mixed.apply(QuizAction::Answer(wrong));
    assert_eq!(mixed.score(), 1);
}

#[test]
fn the_results_list_every_statement_in_order_with_the_answer_given() {
    let mut quiz = quiz(21).apply(QuizAction::Start);
    let mut given = Vec::new();
    for i in 0..5 {
        let answer = if i % 2 == 0 {
            Verdict::Myth
        } else {
            Verdict::Fact
        };
        given.push((quiz.current().unwrap().1.id, answer));
        quiz = run(quiz, &[QuizAction::Answer(answer), QuizAction::Next]);
    }
    let listed: Vec<_> = quiz
        .answered()
        .map(|answer| (answer.statement.id, answer.given))
        .collect();
    assert_eq!(listed, given);
}

#[test]
fn the_same_seed_always_gives_the_same_order() {
    for seed in [0, 1, 42, u32::MAX] {
        let first: Vec<_> = quiz(seed).round().map(|s| s.id).collect();
        let again: Vec<_> = quiz(seed).round().map(|s| s.id).collect();
        assert_eq!(first, again, "seed {seed}");
    }
}

#[test]
fn different_seeds_give_different_orders() {
    let orders: HashSet<Vec<usize>> = (0..50)
        .map(|seed| round_order(16, rules(12, 0), seed))
        .collect();
    assert!(
        orders.len() > 45,
        "only {} distinct orders from 50 seeds",
        orders.len()
    );
}

#[test]
fn a_round_is_the_opening_then_distinct_statements_cut_to_length() {
    for seed in 0..200 {
        let order = round_order(16, rules(12, 3), seed);
        assert_eq!(order.len(), 12);
        assert_eq!(order[0], 3);
        let distinct: HashSet<_> = order.iter().collect();
        assert_eq!(distinct.len(), 12, "seed {seed}: {order:?}");
        assert!(order.iter().all(|&index| index < 16));
    }
}

#[test]
fn every_statement_gets_asked_across_seeds() {
    let asked: HashSet<usize> = (0..100)
        .flat_map(|seed| round_order(16, rules(12, 0), seed))
        .collect();
    assert_eq!(asked.len(), 16);
}

#[test]
fn every_round_asks_the_always_asked_statements_at_varied_places() {
    let always = RoundRules {
        always: &[5, 9],
        ..rules(4, 0)
    };
    let mut places = HashSet::new();
    for seed in 0..500 {
        let order = round_order(16, always, seed);
        assert_eq!(order.len(), 4, "seed {seed}: {order:?}");
        assert_eq!(order[0], 0, "seed {seed}: {order:?}");
        assert_eq!(
            order.iter().collect::<HashSet<_>>().len(),
            4,
            "seed {seed}: {order:?}"
        );
        for statement in [5, 9] {
            let place = order.iter().position(|&index| index == statement);
            places.insert(
                place.unwrap_or_else(|| panic!("seed {seed} skips {statement}: {order:?}")),
            );
        }
    }
    assert_eq!(
        places,
        HashSet::from([1, 2, 3]),
        "each place after the opening is used"
    );
}

#[test]
fn always_asked_statements_leave_a_round_that_asks_them_anyway_unchanged() {
    for seed in 0..500 {
        let plain = round_order(16, rules(12, 0), seed);
        let always = RoundRules {
            always: &[7],
            ..rules(12, 0)
        };
        if plain.contains(&7) {
            assert_eq!(round_order(16, always, seed), plain, "seed {seed}");
        }
    }
}

#[test]
fn more_always_asked_statements_than_a_round_holds_are_not_a_hang() {
    let crowded = RoundRules {
        always: &[1, 2, 3],
        ..rules(2, 0)
    };
    for seed in 0..50 {
        assert_eq!(round_order(5, crowded, seed).len(), 2);
    }
}

#[test]
fn round_rules_out_of_range_are_clamped_not_a_panic() {
    assert_eq!(round_order(0, rules(12, 0), 1), Vec::<usize>::new());
    assert_eq!(round_order(3, rules(99, 99), 1).len(), 3);
    assert_eq!(round_order(3, rules(99, 99), 1)[0], 2);
    assert_eq!(round_order(3, rules(0, 0), 1).len(), 1);
}

#[test]
fn try_again_starts_a_reshuffled_round_at_its_first_statement() {
    let finished = answer_all(quiz(13).apply(QuizAction::Start), false);
    let again = finished.apply(QuizAction::TryAgain);
    assert_eq!(again.screen(), Screen::Question);
    assert_eq!(again.seed(), next_seed(13));
    assert_eq!(again.answered().count(), 0);
    assert_eq!(again.score(), 0);
    assert_eq!(again.current().unwrap().0, 1);
    let before: Vec<_> = finished.round().map(|s| s.id).collect();
    let after: Vec<_> = again.round().map(|s| s.id).collect();
    assert_ne!(before, after, "the new round is in a new order");
    assert_eq!(after[0], "c", "and still opens with the opening statement");
}

#[test]
fn the_seed_for_the_next_round_is_reproducible_and_new() {
    assert_eq!(next_seed(5), next_seed(5));
    assert_ne!(next_seed(5), 5);
    assert_ne!(next_seed(5), next_seed(6));
}

fn rules(length: usize, opening: usize) -> RoundRules {
    RoundRules {
        length,
        opening,
        always: &[],
    }
}

include!("support/round_order_golden.rs");

#[test]
fn a_seed_gives_the_recorded_order_natively() {
    assert_round_orders_match_the_golden_record();
}

#[test]
fn a_single_statement_round_asks_that_statement_then_opens_a_whole_round() {
    let single = Quiz::single(&FIVE, ALL_FIVE, 3, 9);
    assert!(single.is_single());
    assert_eq!(single.screen(), Screen::Question);
    assert_eq!(single.total(), 1);
    let (position, statement) = single.current().unwrap();
    assert_eq!((position, statement.id), (1, "d"));

    let feedback = single.apply(QuizAction::Answer(Verdict::Fact));
    assert_eq!(feedback.screen(), Screen::Feedback);
    assert_eq!(feedback.score(), 1);

    let whole = feedback.apply(QuizAction::Next);
    assert!(!whole.is_single());
    assert_eq!(
        whole,
        quiz(9),
        "a whole round in the order of the same seed, at its intro"
    );
}

#[test]
fn a_single_statement_out_of_range_opens_the_whole_quiz_instead() {
    assert_eq!(Quiz::single(&FIVE, ALL_FIVE, 5, 9), quiz(9));
}
