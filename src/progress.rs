//! What "remember my progress" keeps on the device: where the person was and how far the quiz
//! got, written as one short line of text and read back totally (anything unexpected reads as
//! nothing remembered).
//!
//! Format, version 3: `3|<place>|<seed>|<screen>|<answers>|<sureness>`, for example
//! `3|es/explainer/3|k3x9|f|mfm|2-`: the place and its language as a link fragment (without `#`;
//! lines kept before languages have no language), the quiz's seed in base 36, its screen
//! (`i`ntro, `q`uestion, `f`eedback, `r`esults), the answers given, `m` for myth and `f` for
//! fact, and how sure the person said they were before the quiz and after it (a level from 1 to
//! 5, `-` for none). Version 2, the same line without the sureness, was written before that was
//! asked: it reads back with none. Version 1, the same as 2, was written before rounds always
//! asked some statements: it reads back whole where its seed still draws the same round, and
//! otherwise as its place and language with that round's intro (its answers were to other
//! statements).

use crate::content::{Verdict, STATEMENT_IDS};
use crate::quiz::state::{Quiz, QuizAction, Screen};
use crate::quiz::sureness::Sureness;
use crate::route::{parse_seed, seed_text, Link, Places, Route};

/// The progress kept on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedProgress {
    /// The explainer step or the quiz section the person was on.
    pub place: Route,
    /// The language spoken, by its index in [`Places::locales`].
    pub locale: Option<usize>,
    pub quiz: Quiz,
    /// How sure the person said they were, before the quiz and after it.
    pub sureness: Sureness,
}

impl SavedProgress {
    /// One line of text for storage.
    pub fn encode(&self, places: Places<'_>) -> String {
        let place = Link {
            route: self.place,
            locale: self.locale,
        }
        .fragment(places);
        let screen = match self.quiz.screen() {
            Screen::Intro => 'i',
            Screen::Question => 'q',
            Screen::Feedback => 'f',
            Screen::Results => 'r',
        };
        let answers: String = self
            .quiz
            .answered()
            .map(|answer| match answer.given {
                Verdict::Myth => 'm',
                Verdict::Fact => 'f',
            })
            .collect();
        format!(
            "3|{}|{}|{screen}|{answers}|{}",
            place.trim_start_matches('#'),
            seed_text(self.quiz.seed()),
            self.sureness.encode()
        )
    }

    /// Reads a line written by [`SavedProgress::encode`]; `None` for anything else.
    pub fn decode(text: &str, places: Places<'_>) -> Option<SavedProgress> {
        let (version, place, seed, screen, answers, sureness) =
            match text.split('|').collect::<Vec<_>>()[..] {
                ["3", place, seed, screen, answers, sureness] => (
                    "3",
                    place,
                    seed,
                    screen,
                    answers,
                    Sureness::decode(sureness)?,
                ),
                [version @ ("1" | "2"), place, seed, screen, answers] => {
                    (version, place, seed, screen, answers, Sureness::default())
                }
                _ => return None,
            };
        let link = Link::parse(place, places).ok()??;
        let place = match link.route {
            place @ (Route::Explainer(_) | Route::Quiz { seed: None }) => place,
            _ => return None,
        };
        let answers: Vec<Verdict> = answers
            .chars()
            .map(|c| match c {
                'm' => Some(Verdict::Myth),
                'f' => Some(Verdict::Fact),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let screen = match screen {
            "i" => Screen::Intro,
            "q" => Screen::Question,
            "f" => Screen::Feedback,
            "r" => Screen::Results,
            _ => return None,
        };
        let fresh = Quiz::from_content(parse_seed(seed).ok()?);
        let mut quiz = replay(fresh.clone(), &answers, screen)?;
        if version == "1" && !fresh.drawn_as_in_format_1() {
            quiz = fresh;
        }
        Some(SavedProgress {
            place,
            locale: link.locale,
            quiz,
            sureness,
        })
    }
}

/// Replays the answers on a new quiz until it reaches `screen`; `None` when they cannot lead
/// there (too many answers, or a screen that does not fit them).
fn replay(mut quiz: Quiz, answers: &[Verdict], screen: Screen) -> Option<Quiz> {
    if screen != Screen::Intro {
        quiz = quiz.apply(QuizAction::Start);
    }
    for (index, &answer) in answers.iter().enumerate() {
        quiz = quiz.apply(QuizAction::Answer(answer));
        let last = index + 1 == answers.len();
        if !(last && screen == Screen::Feedback) {
            quiz = quiz.apply(QuizAction::Next);
        }
    }
    let answered_all = quiz.answered().count() == answers.len();
    (answered_all && quiz.screen() == screen && answers.len() <= STATEMENT_IDS.len())
        .then_some(quiz)
}
