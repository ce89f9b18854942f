//! The explainer's pure model: moving through the steps, where a step's prediction stands, which
//! steps invite trying the compare control, and how each choice at the receptor is named, as an
//! ordering, never a number.

use crate::content::{Activation, Scene};

/// The step before `step`, staying at the first.
pub fn previous_step(step: usize) -> usize {
    step.saturating_sub(1)
}

/// The step after `step` in a story of `count` steps, staying at the last.
pub fn next_step(step: usize, count: usize) -> usize {
    (step + 1).min(count.saturating_sub(1))
}

/// Whether a step's scene is about the receptor and its signal (it shows the mechanism), so the
/// compare control (put something in the lock and watch) belongs beside it. The later steps are
/// about the cycle and treatment, where an activation picture would say more than their words.
pub fn invites_trying(scene: Scene) -> bool {
    scene.shows_mechanism()
}

/// Where a step's prediction stands: asked (its picture waits for a guess), checked with no
/// answer chosen (asked again), guessed (the answer chosen, by its index; the picture shows), or
/// shown without a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guessing {
    Asked,
    Unchosen,
    Guessed(usize),
    Shown,
}

impl Guessing {
    /// Whether the step's picture and words show.
    pub fn is_revealed(self) -> bool {
        matches!(self, Guessing::Guessed(_) | Guessing::Shown)
    }
}

/// A word for the activation, for styling and tests (`none`, `low`, `partial`, `full`).
pub fn activation_name(activation: Activation) -> &'static str {
    match activation {
        Activation::None => "none",
        Activation::LowEfficacy => "low",
        Activation::Partial => "partial",
        Activation::Full => "full",
    }
}
