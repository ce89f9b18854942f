//! The quiz as a pure state machine: which screen shows, the round's seeded order, the
//! answers given and the score. No DOM here, so every transition is tested natively.

use std::rc::Rc;

use yew::Reducible;

use crate::content::{Statement, Verdict};

/// The screen the quiz is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// What this is, before the first statement.
    Intro,
    /// A statement waits for an answer.
    Question,
    /// The answer just given, whether it was right, and why.
    Feedback,
    /// The score and every statement with its answers.
    Results,
}

/// What a person can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    Start,
    Answer(Verdict),
    Next,
    /// A new round in a new order.
    TryAgain,
}

/// One statement of a finished round with the answer given to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnsweredStatement {
    pub statement: &'static Statement,
    pub given: Verdict,
}

impl AnsweredStatement {
    pub fn is_right(&self) -> bool {
        self.given == self.statement.verdict
    }
}

/// How a round is drawn from the statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundRules {
    /// How many statements a round asks.
    pub length: usize,
    /// The index of the statement every round opens with.
    pub opening: usize,
}

/// A quiz in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    statements: &'static [Statement],
    rules: RoundRules,
    seed: u64,
    order: Vec<usize>,
    answers: Vec<Verdict>,
    screen: Screen,
}

impl Quiz {
    /// A quiz on its intro screen whose round order follows from `seed`.
    pub fn new(statements: &'static [Statement], rules: RoundRules, seed: u64) -> Self {
        Self {
            statements,
            rules,
            seed,
            order: round_order(statements.len(), rules, seed),
            answers: Vec::new(),
            screen: Screen::Intro,
        }
    }

    /// The quiz over the widget's own content.
    pub fn from_content(seed: u64) -> Self {
        use crate::content::{OPENING, ROUND_LENGTH, STATEMENTS};
        let rules = RoundRules {
            length: ROUND_LENGTH,
            opening: OPENING,
        };
        Self::new(&STATEMENTS, rules, seed)
    }

    /// The state after `action`; an action that makes no sense on this screen changes nothing.
    pub fn apply(&self, action: QuizAction) -> Self {
        let mut next = self.clone();
        match (self.screen, action) {
            (Screen::Intro, QuizAction::Start) => next.screen = next.after_answered(),
            (Screen::Question, QuizAction::Answer(verdict)) => {
                next.answers.push(verdict);
                next.screen = Screen::Feedback;
            }
            (Screen::Feedback, QuizAction::Next) => next.screen = next.after_answered(),
            (Screen::Results, QuizAction::TryAgain) => {
                next = Self::new(self.statements, self.rules, next_seed(self.seed));
                next.screen = next.after_answered();
            }
            _ => {}
        }
        next
    }

    fn after_answered(&self) -> Screen {
        if self.answers.len() < self.order.len() {
            Screen::Question
        } else {
            Screen::Results
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The seed this round's order came from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The statements of this round, in the order they are asked.
    pub fn round(&self) -> impl Iterator<Item = &'static Statement> + '_ {
        self.order.iter().map(|&index| &self.statements[index])
    }

    /// How many statements this round asks.
    pub fn total(&self) -> usize {
        self.order.len()
    }

    /// The statement on screen (1-based position and the statement), while one is.
    pub fn current(&self) -> Option<(usize, &'static Statement)> {
        let index = match self.screen {
            Screen::Question => self.answers.len(),
            Screen::Feedback => self.answers.len().checked_sub(1)?,
            Screen::Intro | Screen::Results => return None,
        };
        let statement = &self.statements[*self.order.get(index)?];
        Some((index + 1, statement))
    }

    /// The answer shown on the feedback screen.
    pub fn last_answer(&self) -> Option<AnsweredStatement> {
        self.answered().last()
    }

    /// Every statement answered so far, with its answer.
    pub fn answered(&self) -> impl DoubleEndedIterator<Item = AnsweredStatement> + '_ {
        self.order
            .iter()
            .zip(&self.answers)
            .map(|(&index, &given)| AnsweredStatement {
                statement: &self.statements[index],
                given,
            })
    }

    /// How many answers were right.
    pub fn score(&self) -> usize {
        self.answered().filter(AnsweredStatement::is_right).count()
    }
}

impl Reducible for Quiz {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The round's order: the opening statement, then a seeded shuffle of the others, cut to length.
/// Uses only 32-bit draws, so a seed gives the same order on every platform.
pub fn round_order(count: usize, rules: RoundRules, seed: u64) -> Vec<usize> {
    if count == 0 {
        return Vec::new();
    }
    let opening = rules.opening.min(count - 1);
    let mut others: Vec<usize> = (0..count).filter(|&index| index != opening).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    for i in (1..others.len()).rev() {
        let j = rng.u32(..=i as u32) as usize;
        others.swap(i, j);
    }
    let length = rules.length.clamp(1, count);
    std::iter::once(opening)
        .chain(others)
        .take(length)
        .collect()
}

/// The seed of the next round, derived from this one so "try again" is reshuffled yet
/// reproducible.
pub fn next_seed(seed: u64) -> u64 {
    fastrand::Rng::with_seed(seed).u64(..)
}
