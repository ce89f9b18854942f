//! The explainer's pure model: moving through the steps, what each step highlights, and how
//! each choice at the receptor drives the picture, as an ordering, never a number.

use crate::content::{Activation, DiagramPart, PathwayStep};

/// The step before `step`, staying at the first.
pub fn previous_step(step: usize) -> usize {
    step.saturating_sub(1)
}

/// The step after `step` in a story of `count` steps, staying at the last.
pub fn next_step(step: usize, count: usize) -> usize {
    (step + 1).min(count.saturating_sub(1))
}

/// Whether a step is about a part of the diagram.
pub fn highlights(step: &PathwayStep, part: DiagramPart) -> bool {
    step.highlight.contains(&part)
}

/// How many dopamine pulses the diagram draws in the nucleus accumbens: more activation at the
/// receptor, more dopamine signal; nothing at the receptor, no extra signal.
pub fn dopamine_pulses(activation: Activation) -> usize {
    match activation {
        Activation::None => 0,
        Activation::LowEfficacy => 1,
        Activation::Partial => 3,
        Activation::Full => 5,
    }
}

/// Splits a diagram label into lines of at most `width` characters, at spaces, so long
/// labels (and longer translations) stay inside a narrow diagram. A longer word keeps its line.
pub fn wrap_label(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
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
