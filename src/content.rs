//! The widget's words as typed Rust data: checked and generated from `content/` by `build.rs`,
//! so nothing is fetched or parsed in the browser.

/// Whether a statement is a myth or a fact; also the answer a person gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Myth,
    Fact,
}

/// One myth-or-fact statement, with the explanation and the source quote behind its verdict.
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable identifier, used in links and tests.
    pub id: &'static str,
    /// The claim to judge.
    pub text: &'static str,
    pub verdict: Verdict,
    /// Two to four sentences on what the research shows.
    pub explanation: &'static str,
    /// A verbatim quote from the source article.
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl UiText {
    /// The word for an answer, as on its button.
    pub fn answer(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Myth => self.answer_myth,
            Verdict::Fact => self.answer_fact,
        }
    }

    /// The kind feedback line for an answer to a statement with the given verdict.
    pub fn feedback(&self, given: Verdict, verdict: Verdict) -> &'static str {
        match (given == verdict, verdict) {
            (true, Verdict::Myth) => self.feedback_right_myth,
            (true, Verdict::Fact) => self.feedback_right_fact,
            (false, Verdict::Myth) => self.feedback_wrong_myth,
            (false, Verdict::Fact) => self.feedback_wrong_fact,
        }
    }
}

/// Fills `{name}` placeholders in an interface string.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
