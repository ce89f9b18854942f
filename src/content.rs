//! The widget's words as typed Rust data: checked and generated from `content/` by `build.rs`,
//! so nothing is fetched or parsed in the browser.

pub use content_model::{Activation, Scene, Verdict};

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
    pub source: Quote,
}

/// A verbatim quote from the source article, and where it stands there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub text: &'static str,
    /// The passage (the article's line, from 1) that holds it: the source page's `p<passage>`.
    pub passage: usize,
}

/// One step of the reward-pathway story.
#[derive(Debug, PartialEq, Eq)]
pub struct PathwayStep {
    pub id: &'static str,
    pub title: &'static str,
    /// Two to four sentences.
    pub body: &'static str,
    pub source: Quote,
    /// The picture it shows.
    pub scene: Scene,
}

/// One choice of the compare control: what reaches the receptor.
#[derive(Debug, PartialEq, Eq)]
pub struct ReceptorChoice {
    pub id: &'static str,
    pub label: &'static str,
    pub activation: Activation,
    /// What reached the receptor, how far it is switched on and what the pathway does (the
    /// content checker holds it to its own source quote, which the widget does not show).
    pub caption: &'static str,
}

/// One language's words: the interface, and every statement, step and choice, in the same
/// order in every language (only the words differ; the facts are the English file's).
#[derive(Debug)]
pub struct Locale {
    /// The language's code, as in `lang` attributes, links and `content/`: `en`, `es`.
    pub code: &'static str,
    pub ui: UiText,
    pub statements: &'static [Statement],
    pub steps: &'static [PathwayStep],
    pub choices: &'static [ReceptorChoice],
}

/// Two locales are the same when their codes are: no need to compare every word.
impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Locale {}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// English: the language every other one follows, and the one spoken when nothing says
/// otherwise.
pub static ENGLISH: &Locale = &LOCALES[0];

impl Locale {
    /// The locale whose code is `code`, exactly.
    pub fn from_code(code: &str) -> Option<&'static Locale> {
        LOCALES.iter().find(|locale| locale.code == code)
    }

    /// The locale for a language tag such as `es-MX` or `ES`: by its language, whatever the
    /// region or script.
    pub fn for_tag(tag: &str) -> Option<&'static Locale> {
        let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Self::from_code(&language)
    }

    /// The first of `tags` (a browser's languages, most preferred first) the widget speaks.
    pub fn preferred<T: AsRef<str>>(tags: &[T]) -> Option<&'static Locale> {
        tags.iter().find_map(|tag| Self::for_tag(tag.as_ref()))
    }

    /// The link to `route` in this language.
    pub fn link(&self, route: crate::route::Route) -> crate::route::Link {
        crate::route::Link {
            route,
            locale: Some(self.index()),
        }
    }

    /// Where this locale is in [`LOCALES`], for links.
    pub fn index(&self) -> usize {
        LOCALES
            .iter()
            .position(|locale| locale == self)
            .unwrap_or(0)
    }

    /// This language's words for a statement, found by its id, so a quiz in progress reads
    /// on in another language. Every locale has every statement (the build checks it).
    pub fn statement(&self, statement: &'static Statement) -> &'static Statement {
        self.statements
            .iter()
            .find(|own| own.id == statement.id)
            .unwrap_or(statement)
    }
}

impl UiText {
    /// The words of the picture label `name` (the `label_name` key of `ui.toml`).
    pub fn label(&self, name: &str) -> Option<&'static str> {
        let index = LABEL_NAMES.iter().position(|&own| own == name)?;
        self.labels.get(index).copied()
    }

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

/// What links can point at in the widget's own content.
pub fn places() -> crate::route::Places<'static> {
    crate::route::Places {
        steps: ENGLISH.steps.len(),
        statement_ids: &STATEMENT_IDS,
        locales: &LOCALE_CODES,
    }
}

/// Fills `{name}` placeholders in an interface string.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    fill_by(template, |name| {
        values
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, value)| value)
    })
}

/// `template` with each `{name}` replaced by what `value` gives for `name`, or kept as it is
/// when it gives nothing. (Split at the braces, not searched for each name: no text search
/// code in the widget.)
pub fn fill_by<'v>(template: &str, value: impl Fn(&str) -> Option<&'v str>) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    for (index, piece) in template.split(['{', '}']).enumerate() {
        match (index % 2 == 1).then(|| value(piece)) {
            None => out.push_str(piece),
            Some(Some(filled)) => out.push_str(filled),
            Some(None) => {
                out.push('{');
                out.push_str(piece);
                out.push('}');
            }
        }
    }
    out
}
