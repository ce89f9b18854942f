//! The widget's whole state in one value, changed only by actions: where it is and in which
//! language, the explainer's step and compare choice, the quiz, and whether this device
//! remembers. Pure (no DOM), so every action is tested natively; the hooks in `hooks/` carry
//! its changes to the address and to storage.

use std::rc::Rc;

use yew::Reducible;

use crate::components::location::Place;
use crate::config::Sections;
use crate::content::{places, words_on_their_way, Locale};
use crate::progress::SavedProgress;
use crate::quiz::state::{Quiz, QuizAction};
use crate::route::Route;

/// How the quiz on show began: a whole round from a seed, one statement from a link, or where
/// the person left off on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizStart {
    Round(u32),
    Single { index: usize, seed: u32 },
    Restored,
}

/// Everything the widget shows depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    /// Where it is, in which language, and why a link could not be opened.
    pub place: Place,
    /// The explainer's step, counted from 0, kept while the quiz shows.
    pub step: usize,
    /// The compare choice made, by its index.
    pub choice: usize,
    pub quiz: Quiz,
    /// How the quiz began; a different start is a new quiz.
    pub start: QuizStart,
    /// Counts the quizzes begun, so each new one starts its view afresh (focus, share notes).
    pub quizzes: u32,
    /// Counts the resets: each forgets everything kept on this device.
    pub resets: u32,
    /// Whether the person chose to be remembered on this device.
    pub remembering: bool,
    /// Whether this browser's storage can remember at all.
    pub storage: bool,
    /// What a reset returns to, and the host's settings a place is fitted to.
    pub origin: Origin,
    /// A language asked for (its index in `LOCALE_CODES`) whose words have not arrived: the
    /// widget speaks it, in the same place, when they do.
    pub awaiting: Option<usize>,
    /// The language asked for last whose words could not be had, by its index.
    pub unavailable: Option<usize>,
    /// The quiz's words of the language spoken (English's come after the first screen) could
    /// not be had, the last time they were asked for.
    pub quiz_words_missing: bool,
}

/// What the widget began with, and what a reset returns to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Origin {
    /// The seed of this page load: the order of a fresh round, and of a statement's round.
    pub seed: u32,
    /// The language the widget first spoke.
    pub locale: &'static Locale,
    /// The compare choice a fresh explainer shows.
    pub choice: usize,
    /// The sections the host shows: a place in a hidden one opens the shown one's start.
    pub sections: Sections,
}

/// What changes the widget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Move to another place, in the same language.
    Go(Route),
    /// Follow the address, changed by back, forward or a typed link.
    Follow(Place),
    /// Speak another language, in the same place.
    Speak(&'static Locale),
    /// Speak the language at this index of `LOCALE_CODES` once its words arrive (all of them:
    /// also English's, for its quiz, asked again).
    Await(usize),
    /// A fetch of words ended: the widget takes its language's newest words (English's quiz),
    /// and the language awaited is spoken now if they arrived, else said to be unavailable once
    /// nothing more is on its way.
    Heard,
    /// Put away the notice about a link that could not be opened.
    Dismiss,
    /// Try another choice in the explainer's compare control.
    Choose(usize),
    /// Something done in the quiz.
    Quiz(QuizAction),
    /// The person turned remembering on or off.
    Remember(bool),
    /// Storage refused to remember: remembering is unavailable here.
    StorageRefused,
    /// Start over, as if new (a kiosk's idle time, or the person's "forget"), with a new seed.
    Reset { seed: u32 },
}

impl Widget {
    /// The widget at `place` (already resolved from the address, the host and the person's
    /// languages), with the progress remembered on this device if there is any.
    pub fn open(
        place: Place,
        saved: Option<SavedProgress>,
        remembering: bool,
        storage: bool,
        origin: Origin,
    ) -> Self {
        let (quiz, start) = match saved {
            Some(saved) => (saved.quiz, QuizStart::Restored),
            None => (
                Quiz::from_content(origin.seed),
                QuizStart::Round(origin.seed),
            ),
        };
        let widget = Widget {
            place,
            step: 0,
            choice: origin.choice,
            quiz,
            start,
            quizzes: 0,
            resets: 0,
            remembering,
            storage,
            origin,
            awaiting: None,
            unavailable: None,
            quiz_words_missing: false,
        };
        widget.enter(place)
    }

    /// The place shown: a place in a section the host hides becomes the shown one's start.
    pub fn route(&self) -> Route {
        match (self.place.route.in_quiz(), self.origin.sections) {
            (true, Sections::Explainer) => Route::START,
            (false, Sections::Quiz) => Route::Quiz { seed: None },
            _ => self.place.route,
        }
    }

    /// This widget at `place`: a step's link shows that step, a round's link that round, a
    /// statement's link that statement alone.
    fn enter(mut self, place: Place) -> Self {
        self.place = place;
        let start = match self.route() {
            Route::Explainer(step) => {
                self.step = step;
                return self;
            }
            Route::Quiz { seed: Some(seed) } => QuizStart::Round(seed),
            Route::Statement(index) => QuizStart::Single {
                index,
                seed: self.origin.seed,
            },
            Route::Quiz { seed: None } | Route::Score { .. } => return self,
        };
        if start != self.start {
            self.quiz = match start {
                QuizStart::Single { index, seed } => Quiz::single_from_content(index, seed),
                QuizStart::Round(seed) => Quiz::from_content(seed),
                // A link starts a round or a statement, never a remembered quiz.
                QuizStart::Restored => return self,
            };
            self.start = start;
            self.quizzes += 1;
        }
        self
    }

    /// The progress to remember: the place (a step, else the quiz), the language and the
    /// round. None while a single statement from a link shows: that is not a round to keep.
    pub fn progress(&self) -> Option<String> {
        if self.quiz.is_single() {
            return None;
        }
        let place = match self.route() {
            route @ Route::Explainer(_) => route,
            _ => Route::Quiz { seed: None },
        };
        let saved = SavedProgress {
            place,
            locale: Some(self.place.locale.index()),
            quiz: self.quiz.clone(),
        };
        Some(saved.encode(places()))
    }

    /// This widget with the newest words of the language it speaks and of the one it began in
    /// (English's quiz comes after the first screen).
    fn with_newest_words(self) -> Self {
        let newest = |locale: &'static Locale| Locale::at(locale.index()).unwrap_or(locale);
        Widget {
            place: Place {
                locale: newest(self.place.locale),
                ..self.place
            },
            origin: Origin {
                locale: newest(self.origin.locale),
                ..self.origin
            },
            ..self
        }
    }

    /// This widget speaking `locale`, in the same place, awaiting no other language.
    fn speaking(self, locale: &'static Locale) -> Self {
        Widget {
            place: Place {
                locale,
                ..self.place
            },
            awaiting: None,
            unavailable: None,
            ..self
        }
    }

    /// The widget after `action`.
    pub fn apply(self, action: Action) -> Self {
        let place = self.place;
        match action {
            Action::Go(route) => self.enter(Place {
                route,
                problem: None,
                ..place
            }),
            Action::Follow(place) => self.enter(place),
            // A language is spoken at once when its words are here, else when they arrive.
            Action::Speak(locale) => self.speaking(locale),
            Action::Await(language) => match whole(language) {
                Some(locale) => self.speaking(locale),
                None => Widget {
                    awaiting: Some(language),
                    unavailable: None,
                    quiz_words_missing: false,
                    ..self
                },
            },
            Action::Heard => {
                let widget = self.with_newest_words();
                let widget = match widget.awaiting.map(|language| (language, whole(language))) {
                    Some((_, Some(locale))) => widget.speaking(locale),
                    Some((language, None)) if !words_on_their_way(language) => Widget {
                        awaiting: None,
                        unavailable: Some(language),
                        ..widget
                    },
                    _ => widget,
                };
                let spoken = widget.place.locale;
                Widget {
                    quiz_words_missing: !spoken.quiz_here() && !words_on_their_way(spoken.index()),
                    ..widget
                }
            }
            Action::Dismiss => Widget {
                place: Place {
                    problem: None,
                    ..place
                },
                ..self
            },
            Action::Choose(choice) => Widget { choice, ..self },
            Action::Quiz(action) => Widget {
                quiz: self.quiz.apply(action),
                ..self
            },
            Action::Remember(remembering) => Widget {
                remembering,
                ..self
            },
            Action::StorageRefused => Widget {
                remembering: false,
                storage: false,
                ..self
            },
            Action::Reset { seed } => {
                let origin = Origin {
                    seed,
                    ..self.origin
                };
                let start = Place {
                    route: Route::START,
                    locale: origin.locale,
                    problem: None,
                };
                Widget {
                    quizzes: self.quizzes + 1,
                    resets: self.resets + 1,
                    // Words that could not be had are still not here.
                    quiz_words_missing: self.quiz_words_missing,
                    ..Widget::open(start, None, false, self.storage, origin)
                }
            }
        }
    }
}

impl Reducible for Widget {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// The language at `index` of the locale codes, if its words are all here, the quiz's too.
fn whole(language: usize) -> Option<&'static Locale> {
    Locale::at(language).filter(|locale| locale.quiz_here())
}
