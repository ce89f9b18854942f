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
    /// The indices of the statements every round asks too, each at a seeded place.
    pub always: &'static [usize],
}

/// A quiz in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    statements: &'static [Statement],
    rules: RoundRules,
    seed: u32,
    order: Vec<usize>,
    answers: Vec<Verdict>,
    screen: Screen,
    /// A round of one statement, opened from a link to it.
    single: bool,
}

impl Quiz {
    /// A quiz on its intro screen whose round order follows from `seed`.
    pub fn new(statements: &'static [Statement], rules: RoundRules, seed: u32) -> Self {
        Self {
            statements,
            rules,
            seed,
            order: round_order(statements.len(), rules, seed),
            answers: Vec::new(),
            screen: Screen::Intro,
            single: false,
        }
    }

    /// A round of just one statement (by index), waiting for its answer; after it comes the
    /// intro of a whole round in the order of `seed`. An index out of range gives that intro.
    pub fn single(
        statements: &'static [Statement],
        rules: RoundRules,
        index: usize,
        seed: u32,
    ) -> Self {
        let whole = Self::new(statements, rules, seed);
        if index >= statements.len() {
            return whole;
        }
        Self {
            order: vec![index],
            screen: Screen::Question,
            single: true,
            ..whole
        }
    }

    /// The quiz over the widget's own content.
    pub fn from_content(seed: u32) -> Self {
        Self::new(crate::content::ENGLISH.statements, content_rules(), seed)
    }

    /// One statement of the widget's own content, by index.
    pub fn single_from_content(index: usize, seed: u32) -> Self {
        Self::single(
            crate::content::ENGLISH.statements,
            content_rules(),
            index,
            seed,
        )
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
            (Screen::Feedback, QuizAction::Next) if self.single => {
                next = Self::new(self.statements, self.rules, self.seed);
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
    pub fn seed(&self) -> u32 {
        self.seed
    }

    /// Whether this round asks what the same seed drew before any statement was always asked,
    /// the order that progress saved in format 1 was answered in.
    pub fn drawn_as_in_format_1(&self) -> bool {
        let rules = RoundRules {
            always: &[],
            ..self.rules
        };
        self.order == round_order(self.statements.len(), rules, self.seed)
    }

    /// Whether this is a round of one statement, opened from a link to it.
    pub fn is_single(&self) -> bool {
        self.single
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
/// An always-asked statement the cut would leave out takes the place of one that is not always
/// asked, drawn from the same seed. Uses only 32-bit draws, so a seed gives the same order on
/// every platform.
pub fn round_order(count: usize, rules: RoundRules, seed: u32) -> Vec<usize> {
    if count == 0 {
        return Vec::new();
    }
    let opening = rules.opening.min(count - 1);
    let mut others: Vec<usize> = (0..count).filter(|&index| index != opening).collect();
    let mut rng = fastrand::Rng::with_seed(u64::from(seed));
    for i in (1..others.len()).rev() {
        let j = rng.u32(..=i as u32) as usize;
        others.swap(i, j);
    }
    let kept = rules.length.clamp(1, count) - 1;
    for at in kept..others.len() {
        // Swapped with seeded places until a statement that is not always asked gives its place
        // (one is there when fewer are always asked than the places kept).
        while kept > rules.always.len() && rules.always.contains(&others[at]) {
            others.swap(at, rng.u32(..=kept as u32 - 1) as usize);
        }
    }
    others.truncate(kept);
    others.insert(0, opening);
    others
}

/// The seed of the next round, derived from this one so "try again" is reshuffled yet
/// reproducible.
pub fn next_seed(seed: u32) -> u32 {
    fastrand::Rng::with_seed(u64::from(seed)).u32(..)
}

/// How the widget's own content draws a round.
fn content_rules() -> RoundRules {
    RoundRules {
        length: crate::content::ROUND_LENGTH,
        opening: crate::content::OPENING,
        always: crate::content::ALWAYS,
    }
}
