//! The widget's words as typed Rust data: checked and generated from `content/` by `build.rs`.
//! English's first screen is compiled in (the first step, the chrome around it); the rest of its
//! words (the quiz, the later steps and their pictures), and another language's words, come
//! from the language's words file (written at build time by the content checker, fetched
//! once the widget is on screen, see [`add_words`]) unless the `embedded-words` feature compiles
//! them in too (as the tests do).

pub use content_model::{Activation, Basis, Scene, Verdict, WORD_SEPARATOR};

/// One myth-or-fact statement, with its feedback and the source quote behind its verdict.
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable identifier, used in links and tests.
    pub id: &'static str,
    /// The claim to judge.
    pub text: &'static str,
    pub verdict: Verdict,
    /// What the feedback leads with, in one sentence: the fact.
    pub fact: &'static str,
    /// A myth's feedback names the myth once, with a warning, after the fact; a fact has none.
    pub myth: Option<&'static str>,
    /// Why the myth misleads, or why the fact holds: one to three sentences.
    pub why: &'static str,
    /// What a myth's feedback ends on: the fact again, in one sentence.
    pub closing: Option<&'static str>,
    pub source: Quote,
    /// What its finding rests on: its "How sure is this?" line.
    pub basis: Basis,
    /// The meanings of the hard words it uses, as markup (empty where it uses none).
    pub terms: &'static str,
}

impl Statement {
    /// Whether its fact holds a share (a percentage): then the results and their printout show
    /// its why beside it, outside the closed "Why?", since the why is where the number's plain
    /// meaning is.
    pub fn gives_a_share(&self) -> bool {
        self.fact.contains('%')
    }
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
    /// The picture's markup, its labels `{name}` placeholders (see `content_model::pictures`).
    pub picture: &'static str,
    /// The guess it asks for before its picture shows, where the picture shows a mechanism.
    pub prediction: Option<Prediction>,
    /// What its finding rests on: its "How sure is this?" line.
    pub basis: Basis,
    /// The meanings of the hard words it uses, as markup (empty where it uses none).
    pub terms: &'static str,
}

/// A question asked before a step's picture shows: what will happen?
#[derive(Debug, PartialEq, Eq)]
pub struct Prediction {
    /// One or two sentences, ending with a question.
    pub question: &'static str,
    /// Two or three answers to choose from.
    pub answers: &'static [&'static str],
    /// The right answer, by its index in `answers` (the content checker holds it to its own
    /// source quote, which the widget does not show).
    pub right: usize,
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

/// Two locales are the same when their codes are, and both hold all their words or neither:
/// no need to compare every word.
impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.all_here() == other.all_here()
    }
}

impl Eq for Locale {}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

thread_local! {
    /// The languages the widget can speak now: those compiled in, then each whose words have
    /// arrived. Each is built once and kept for the page's life.
    static SPOKEN: std::cell::RefCell<Vec<&'static Locale>> = std::cell::RefCell::new(
        COMPILED_WORDS
            .iter()
            .filter_map(|&(code, words)| Locale::from_words(code, words))
            .map(|locale| &*Box::leak(Box::new(locale)))
            .collect(),
    );

    /// The languages (by index in [`LOCALE_CODES`]) whose words are being fetched now.
    static ON_THEIR_WAY: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the words of `language` (its index in [`LOCALE_CODES`]) are being fetched now.
pub fn words_on_their_way(language: usize) -> bool {
    ON_THEIR_WAY.with(|fetching| fetching.borrow().contains(&language))
}

/// Marks the words of `language` as being fetched now, or no longer.
pub fn set_words_on_their_way(language: usize, on_their_way: bool) {
    ON_THEIR_WAY.with(|fetching| {
        let mut fetching = fetching.borrow_mut();
        fetching.retain(|&other| other != language);
        if on_their_way {
            fetching.push(language);
        }
    });
}

/// English: the language every other one follows, and the one spoken when nothing says
/// otherwise.
pub static ENGLISH: std::sync::LazyLock<&'static Locale> =
    std::sync::LazyLock::new(|| SPOKEN.with(|spoken| spoken.borrow()[0]));

/// Why a words file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum WordsProblem {
    /// Its first field is not the code of a language the widget knows.
    UnknownLanguage,
    /// It holds another number of words than every language has.
    WrongCount,
}

/// Takes a language's words file (its code, then each word after the separator the content
/// checker writes), so the widget can speak it; a language already spoken stays as it was,
/// unless it lacked the words after its first screen, which it now has.
pub fn add_words(file: &str) -> Result<&'static Locale, WordsProblem> {
    let file: &'static str = file.to_owned().leak();
    let mut fields = file.split(WORD_SEPARATOR);
    let code = fields.next().unwrap_or_default();
    let code: &'static str =
        LOCALE_CODES[language_index(code).ok_or(WordsProblem::UnknownLanguage)?];
    let words = fields.collect::<Vec<_>>().leak();
    let locale = Locale::from_words(code, words).ok_or(WordsProblem::WrongCount)?;
    if let Some(spoken) = Locale::from_code(code).filter(|spoken| spoken.all_here()) {
        return Ok(spoken);
    }
    let locale: &'static Locale = Box::leak(Box::new(locale));
    SPOKEN.with(|spoken| {
        let mut spoken = spoken.borrow_mut();
        // In its place, if it was spoken with its first screen's words only: English stays first.
        match spoken.iter().position(|other| other.code == code) {
            Some(place) => spoken[place] = locale,
            None => spoken.push(locale),
        }
    });
    Ok(locale)
}

/// Where the language coded `code` is in [`LOCALE_CODES`], if the widget knows it (spoken now
/// or not).
pub fn language_index(code: &str) -> Option<usize> {
    LOCALE_CODES.iter().position(|&known| known == code)
}

impl Locale {
    /// The locale coded `code` from its words, in the order of its words file; none unless
    /// there are exactly [`WORD_COUNT`].
    fn from_words(code: &'static str, words: &'static [&'static str]) -> Option<Locale> {
        if words.len() != WORD_COUNT {
            return None;
        }
        let ui = UiText::from_words(words)?;
        // Then each statement's (its source quote and meanings last), step's and choice's
        // words, in that order (see `ITEM_WORDS`).
        let [statement_words, step_words, choice_words] = ITEM_WORDS;
        let (statement_part, rest) =
            words[UI_WORD_COUNT..].split_at(STATEMENT_IDS.len() * statement_words);
        let (step_part, choice_part) = rest.split_at(STEP_FACTS.len() * step_words);
        let given = |word: &'static str| (!word.is_empty()).then_some(word);
        let statements = STATEMENT_IDS
            .iter()
            .zip(&STATEMENT_FACTS)
            .zip(statement_part.chunks_exact(statement_words))
            .map(|((id, &(verdict, passage, basis)), words)| Statement {
                id,
                text: words[0],
                verdict,
                fact: words[1],
                myth: given(words[2]),
                why: words[3],
                closing: given(words[4]),
                source: Quote {
                    text: words[5],
                    passage,
                },
                basis,
                terms: words[6],
            });
        let statements = statements.collect::<Vec<_>>().leak();
        let steps = STEP_FACTS.iter().zip(step_part.chunks_exact(step_words));
        let steps = steps.map(
            |(&(id, passage, scene, prediction, basis), words)| PathwayStep {
                id,
                title: words[0],
                body: words[1],
                source: Quote {
                    text: words[6],
                    passage,
                },
                scene,
                picture: words[7],
                basis,
                terms: words[8],
                prediction: prediction.map(|right| Prediction {
                    question: words[2],
                    answers: words[3..6]
                        .iter()
                        .copied()
                        .filter(|answer| !answer.is_empty())
                        .collect::<Vec<_>>()
                        .leak(),
                    right,
                }),
            },
        );
        let steps = steps.collect::<Vec<_>>().leak();
        let choices = CHOICE_FACTS
            .iter()
            .zip(choice_part.chunks_exact(choice_words));
        let choices = choices.map(|(&(id, activation), words)| ReceptorChoice {
            id,
            label: words[0],
            activation,
            caption: words[1],
        });
        Some(Locale {
            code,
            ui,
            statements,
            steps,
            choices: choices.collect::<Vec<_>>().leak(),
        })
    }

    /// Whether it holds all its words: English, until its words file has come, holds only
    /// those of its first screen (the first step, and no statement).
    pub fn all_here(&self) -> bool {
        self.statements
            .iter()
            .all(|statement| !statement.text.is_empty())
    }

    /// Every language the widget can speak now, English first.
    pub fn spoken() -> Vec<&'static Locale> {
        SPOKEN.with(|spoken| spoken.borrow().clone())
    }

    /// The locale whose code is `code`, exactly, if the widget can speak it now.
    pub fn from_code(code: &str) -> Option<&'static Locale> {
        SPOKEN.with(|spoken| {
            spoken
                .borrow()
                .iter()
                .copied()
                .find(|locale| locale.code == code)
        })
    }

    /// The locale at `index` of [`LOCALE_CODES`] (as links name it), if the widget can speak
    /// it now.
    pub fn at(index: usize) -> Option<&'static Locale> {
        Self::from_code(LOCALE_CODES.get(index)?)
    }

    /// The language (its index in [`LOCALE_CODES`]) of a tag such as `es-MX` or `ES`,
    /// whatever the region or script, if the widget knows it.
    pub fn for_tag(tag: &str) -> Option<usize> {
        let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        language_index(&language)
    }

    /// The first of `tags` (a browser's languages, most preferred first) the widget knows.
    pub fn preferred<T: AsRef<str>>(tags: &[T]) -> Option<usize> {
        tags.iter().find_map(|tag| Self::for_tag(tag.as_ref()))
    }

    /// The link to `route` in this language.
    pub fn link(&self, route: crate::route::Route) -> crate::route::Link {
        crate::route::Link {
            route,
            locale: Some(self.index()),
        }
    }

    /// Where this locale is in [`LOCALE_CODES`], for links.
    pub fn index(&self) -> usize {
        language_index(self.code).unwrap_or(0)
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
            Verdict::Myth => self.answer_myth(),
            Verdict::Fact => self.answer_fact(),
        }
    }

    /// The kind feedback line for an answer to a statement with the given verdict.
    pub fn feedback(&self, given: Verdict, verdict: Verdict) -> &'static str {
        match (given == verdict, verdict) {
            (true, Verdict::Myth) => self.feedback_right_myth(),
            (true, Verdict::Fact) => self.feedback_right_fact(),
            (false, Verdict::Myth) => self.feedback_wrong_myth(),
            (false, Verdict::Fact) => self.feedback_wrong_fact(),
        }
    }

    /// The line that says how sure a finding resting on `basis` is.
    pub fn basis(&self, basis: Basis) -> &'static str {
        match basis {
            Basis::Research => self.basis_research(),
            Basis::Lab => self.basis_lab(),
            Basis::Pilot => self.basis_pilot(),
            Basis::Cases => self.basis_cases(),
            Basis::SomeResearchers => self.basis_some_researchers(),
            Basis::SeveralDrugs => self.basis_several_drugs(),
            Basis::Fda => self.basis_fda(),
            Basis::Standards => self.basis_standards(),
            Basis::Treatment => self.basis_treatment(),
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
