//! The widget's whole state in one value, changed only by actions, each named for what happened:
//! where it is and in which language, the explainer's step, its guesses and its compare choice,
//! the quiz, how sure the person said they were, and whether this device remembers. Pure (no
//! DOM), so every action is tested natively; the hooks in `hooks/` carry its changes to the
//! address and to storage.

use std::rc::Rc;

use yew::Reducible;

use crate::components::location::Place;
use crate::config::Config;
use crate::content::{places, words_on_their_way, Locale};
use crate::explainer::model::Guessing;
use crate::progress::SavedProgress;
use crate::quiz::state::{Quiz, QuizAction};
use crate::quiz::sureness::{Moment, Sureness};
use crate::route::Route;

/// How the quiz on show began: a whole round from a seed, one statement from a link, or where
/// the person left off on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizStart {
    Round(u32),
    Single { index: usize, seed: u32 },
    Restored,
}

/// The words of a language asked for, by its index in `LOCALE_CODES`: here (nothing is awaited),
/// on their way (the widget speaks it, in the same place, when they arrive), or not to be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Here,
    Awaited(usize),
    Unavailable(usize),
}

/// Everything the widget shows depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    /// Where it is, in which language, and why a link could not be opened.
    pub place: Place,
    /// The explainer's step, counted from 0, kept while the quiz shows.
    pub step: usize,
    /// Each step's prediction: asked, guessed or shown.
    pub guesses: Vec<Guessing>,
    /// The compare choice made, by its index.
    pub choice: usize,
    pub quiz: Quiz,
    /// How the quiz began; a different start is a new quiz.
    pub start: QuizStart,
    /// Counts the quizzes begun, so each new one starts its view afresh (focus, share notes).
    pub quizzes: u32,
    /// How sure the person said they were, before the quiz and after it.
    pub sureness: Sureness,
    /// Counts the resets: each forgets everything kept on this device.
    pub resets: u32,
    /// Whether the person chose to be remembered on this device.
    pub remembering: bool,
    /// Whether this browser's storage can remember at all.
    pub storage: bool,
    /// The words of the language asked for last.
    pub words: Words,
    /// The words of the language spoken that come after the first screen (English's quiz and
    /// later steps) could not be had, the last time they were asked for.
    pub words_missing: bool,
    /// What a reset returns to.
    pub origin: Origin,
    /// The host's settings, which every place is fitted to (one copy, shared with the views).
    pub config: Rc<Config>,
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
}

/// What happened, to change the widget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// The person moved to another place in the widget, in the same language.
    PlaceChosen(Route),
    /// The address changed (back, forward, a typed or changed link): its place, and the language
    /// it names, if any (spoken once its words are here). A step it leads to shows revealed.
    AddressChanged {
        place: Place,
        language: Option<usize>,
    },
    /// The person chose the language at this index of `LOCALE_CODES`: spoken at once, in the
    /// same place, if its words are all here, else once they arrive (the language spoken
    /// again: the rest of its words asked for again).
    LanguageChosen(usize),
    /// A fetch of words ended: the widget takes its language's newest words (English's rest),
    /// and the language awaited is spoken now if they arrived, else said to be unavailable once
    /// nothing more is on its way.
    WordsFetched,
    /// The person put away the notice about a link that could not be opened.
    NoticeDismissed,
    /// The person tried another choice in the explainer's compare control.
    CompareChosen(usize),
    /// Something the person did in the quiz.
    Quiz(QuizAction),
    /// The person checked a guess at the prediction of step `step`: the answer's index, or none
    /// if they chose none.
    GuessChecked { step: usize, answer: Option<usize> },
    /// The person asked to see step `step`'s picture without a guess.
    ShowAsked(usize),
    /// The person said how sure they are (1 to 5), before the quiz or after it.
    SurenessChosen { moment: Moment, level: u8 },
    /// The person turned remembering on or off.
    RememberingChosen(bool),
    /// Storage refused to remember: remembering is unavailable here.
    StorageRefused,
    /// Everything was forgotten, to start over as new (the person's "forget", or a kiosk's idle
    /// time), with a new seed.
    StartedOver { seed: u32 },
}

impl Widget {
    /// The widget at `place` (already resolved from the address, the host and the person's
    /// languages), with the progress remembered on this device if there is any; a step it opens
    /// at shows its picture at once, as a link to it and the page's first screen show it.
    pub fn open(
        place: Place,
        saved: Option<SavedProgress>,
        remembering: bool,
        storage: bool,
        origin: Origin,
        config: Rc<Config>,
    ) -> Self {
        let (quiz, start, sureness) = match saved {
            Some(saved) => (saved.quiz, QuizStart::Restored, saved.sureness),
            None => (
                Quiz::from_content(origin.seed),
                QuizStart::Round(origin.seed),
                Sureness::default(),
            ),
        };
        let widget = Widget {
            place,
            step: 0,
            guesses: vec![Guessing::Asked; places().steps],
            choice: origin.choice,
            quiz,
            start,
            quizzes: 0,
            sureness,
            resets: 0,
            remembering,
            storage,
            words: Words::Here,
            words_missing: false,
            origin,
            config,
        }
        .enter(place);
        widget.revealing_linked_step()
    }

    /// This widget with the step a link opened revealed, as the link's page and its first
    /// screen show it (a guess already made stays).
    fn revealing_linked_step(self) -> Self {
        match self.route() {
            Route::Explainer(step) if !self.guess(step).is_revealed() => {
                self.guessing(step, Guessing::Shown)
            }
            _ => self,
        }
    }

    /// The place shown: a place in a section the host hides becomes the shown one's start.
    pub fn route(&self) -> Route {
        self.config.place_for(self.place.route)
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

    /// The progress to remember: the place (a step, else the quiz), the language, the round and
    /// how sure the person said they were. None while a single statement from a link shows:
    /// that is not a round to keep.
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
            sureness: self.sureness,
        };
        Some(saved.encode(places()))
    }

    /// Where step `step`'s prediction stands (asked, for a step out of range).
    pub fn guess(&self, step: usize) -> Guessing {
        self.guesses.get(step).copied().unwrap_or(Guessing::Asked)
    }

    /// This widget with step `step`'s prediction at `guessing`.
    fn guessing(mut self, step: usize, guessing: Guessing) -> Self {
        if let Some(guess) = self.guesses.get_mut(step) {
            *guess = guessing;
        }
        self
    }

    /// This widget with the newest words of the language it speaks and of the one it began in
    /// (the rest of English's comes after the first screen).
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
            words: Words::Here,
            ..self
        }
    }

    /// This widget asking for the language at `language`: spoken at once if its words are all
    /// here, else awaited (English's, for the rest of its words, asked again).
    fn asking_for(self, language: usize) -> Self {
        match whole(language) {
            Some(locale) => self.speaking(locale),
            None => Widget {
                words: Words::Awaited(language),
                words_missing: false,
                ..self
            },
        }
    }

    /// The widget after `action`.
    pub fn apply(self, action: Action) -> Self {
        let place = self.place;
        match action {
            Action::PlaceChosen(route) => self.enter(Place {
                route,
                problem: None,
                ..place
            }),
            Action::AddressChanged { place, language } => {
                // A step the address leads to shows revealed; the widget's own writing of its
                // place comes back as the same place, and leaves a step asking. A language whose
                // words are here is already the place's; one whose words are not is awaited.
                let moved = place.route != self.place.route;
                let followed = self.enter(place);
                let followed = if moved {
                    followed.revealing_linked_step()
                } else {
                    followed
                };
                match language.filter(|&language| Locale::at(language).is_none()) {
                    Some(language) => followed.asking_for(language),
                    None => followed,
                }
            }
            Action::LanguageChosen(language) => self.asking_for(language),
            Action::WordsFetched => {
                let widget = self.with_newest_words();
                let widget = match widget.words {
                    Words::Awaited(language) => match whole(language) {
                        Some(locale) => widget.speaking(locale),
                        None if !words_on_their_way(language) => Widget {
                            words: Words::Unavailable(language),
                            ..widget
                        },
                        None => widget,
                    },
                    Words::Here | Words::Unavailable(_) => widget,
                };
                let spoken = widget.place.locale;
                Widget {
                    words_missing: !spoken.all_here() && !words_on_their_way(spoken.index()),
                    ..widget
                }
            }
            Action::NoticeDismissed => Widget {
                place: Place {
                    problem: None,
                    ..place
                },
                ..self
            },
            Action::CompareChosen(choice) => Widget { choice, ..self },
            Action::Quiz(action) => Widget {
                quiz: self.quiz.apply(action),
                ..self
            },
            Action::GuessChecked { step, answer } => {
                self.guessing(step, answer.map_or(Guessing::Unchosen, Guessing::Guessed))
            }
            Action::ShowAsked(step) => self.guessing(step, Guessing::Shown),
            Action::SurenessChosen { moment, level } => Widget {
                sureness: self.sureness.with(moment, level),
                ..self
            },
            Action::RememberingChosen(remembering) => Widget {
                remembering,
                ..self
            },
            Action::StorageRefused => Widget {
                remembering: false,
                storage: false,
                ..self
            },
            Action::StartedOver { seed } => {
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
                    words_missing: self.words_missing,
                    ..Widget::open(start, None, false, self.storage, origin, self.config)
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
    Locale::at(language).filter(|locale| locale.all_here())
}
