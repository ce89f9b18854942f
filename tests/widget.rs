//! Native tests of the widget's one state: every action, what it changes and what it keeps.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use just_a_plant::components::location::Place;
use just_a_plant::config::{Config, Sections};
use just_a_plant::content::{
    places, set_words_on_their_way, Locale, Verdict, ENGLISH, LOCALE_CODES,
};
use just_a_plant::explainer::model::Guessing;
use just_a_plant::progress::SavedProgress;
use just_a_plant::quiz::state::{Quiz, QuizAction, Screen};
use just_a_plant::quiz::sureness::{Moment, Sureness};
use just_a_plant::route::{LinkError, Route};
use just_a_plant::widget::{Action, Origin, QuizStart, Widget, Words};

fn spanish() -> &'static Locale {
    Locale::from_code("es").unwrap()
}

/// What the widgets here begin with.
fn origin() -> Origin {
    Origin {
        seed: 7,
        locale: *ENGLISH,
        choice: 0,
    }
}

/// The host's settings, showing `sections`.
fn showing(sections: Sections) -> Rc<Config> {
    Rc::new(Config {
        sections,
        ..Config::default()
    })
}

/// A widget opened at `fragment`, showing both sections, with nothing remembered.
fn opened(fragment: &str) -> Widget {
    let place = Place::from_fragment(fragment, Route::START, *ENGLISH);
    Widget::open(place, None, false, true, origin(), showing(Sections::Both))
}

/// `widget` choosing Spanish, whose words the tests hold.
fn in_spanish(widget: Widget) -> Widget {
    widget.apply(Action::LanguageChosen(spanish().index()))
}

#[test]
fn a_fresh_widget_opens_a_round_from_its_seed_at_the_start() {
    let widget = opened("");
    assert_eq!(widget.route(), Route::START);
    assert_eq!(widget.quiz, Quiz::from_content(7));
    assert_eq!(widget.start, QuizStart::Round(7));
    assert_eq!((widget.step, widget.choice, widget.quizzes), (0, 0, 0));
}

#[test]
fn going_to_a_step_shows_it_keeps_the_language_and_clears_a_notice() {
    let widget = in_spanish(opened("#tampered"));
    assert_eq!(widget.place.problem, Some(LinkError::Malformed));
    let moved = widget.apply(Action::PlaceChosen(Route::Explainer(5)));
    assert_eq!(moved.step, 5);
    assert_eq!(moved.place.locale.code, "es");
    assert_eq!(moved.place.problem, None);
    let to_quiz = moved.apply(Action::PlaceChosen(Route::Quiz { seed: None }));
    assert_eq!(
        to_quiz.step, 5,
        "the explainer keeps its step while the quiz shows"
    );
    assert_eq!(to_quiz.quizzes, 0, "moving to the quiz keeps the quiz");
}

#[test]
fn a_statement_link_opens_a_single_round_and_a_round_link_that_round() {
    let widget = opened("").apply(Action::PlaceChosen(Route::Statement(3)));
    assert!(widget.quiz.is_single());
    assert_eq!(widget.quiz, Quiz::single_from_content(3, 7));
    assert_eq!(widget.quizzes, 1);
    let round = widget.apply(Action::PlaceChosen(Route::Quiz { seed: Some(99) }));
    assert_eq!(round.quiz, Quiz::from_content(99));
    assert_eq!(round.quizzes, 2);
    let again = round
        .apply(Action::Quiz(QuizAction::Start))
        .apply(Action::PlaceChosen(Route::Quiz { seed: Some(99) }));
    assert_eq!(
        (again.quizzes, again.quiz.screen()),
        (2, Screen::Question),
        "the same round's link again keeps the round going"
    );
}

#[test]
fn following_the_address_takes_its_place_notice_and_all() {
    let tampered = Place::from_fragment("#tampered", Route::START, spanish());
    let widget = opened("#explainer/3").apply(Action::AddressChanged {
        place: tampered,
        language: None,
    });
    assert_eq!(widget.place, tampered);
    assert_eq!(widget.step, 0, "the start a broken link leads to");
    let statement = Route::Statement(2).fragment(places());
    let fragment = format!("#es/{}", &statement[1..]);
    let followed = widget.apply(Action::AddressChanged {
        place: Place::from_fragment(&fragment, Route::START, *ENGLISH),
        language: Some(spanish().index()),
    });
    assert!(followed.quiz.is_single());
    assert_eq!(followed.place.locale.code, "es");
}

#[test]
fn switching_language_keeps_the_place_the_step_the_choice_and_the_quiz() {
    let widget = opened("#explainer/4")
        .apply(Action::CompareChosen(2))
        .apply(Action::Quiz(QuizAction::Start));
    let spoken = in_spanish(widget.clone());
    assert_eq!(spoken.place.locale.code, "es");
    assert_eq!(
        Widget {
            place: widget.place,
            ..spoken
        },
        widget
    );
}

#[test]
fn dismissing_a_notice_keeps_the_place() {
    let widget = opened("#tampered").apply(Action::NoticeDismissed);
    assert_eq!(widget.place.problem, None);
    assert_eq!(widget.route(), Route::START);
}

#[test]
fn a_choice_and_a_quiz_action_change_only_their_part() {
    let widget = opened("");
    let chosen = widget.clone().apply(Action::CompareChosen(3));
    assert_eq!(chosen.choice, 3);
    assert_eq!(
        Widget {
            choice: 0,
            ..chosen
        },
        widget
    );
    let answered = widget
        .clone()
        .apply(Action::Quiz(QuizAction::Start))
        .apply(Action::Quiz(QuizAction::Answer(Verdict::Myth)));
    assert_eq!(answered.quiz.screen(), Screen::Feedback);
    assert_eq!(
        answered.quiz.last_answer().map(|answer| answer.given),
        Some(Verdict::Myth)
    );
    assert_eq!((answered.place, answered.quizzes), (widget.place, 0));
}

#[test]
fn remembering_turns_on_and_off_and_refused_storage_turns_it_off_for_good() {
    let widget = opened("").apply(Action::RememberingChosen(true));
    assert!(widget.remembering && widget.storage);
    assert!(
        !widget
            .clone()
            .apply(Action::RememberingChosen(false))
            .remembering
    );
    let refused = widget.apply(Action::StorageRefused);
    assert!(!refused.remembering && !refused.storage);
}

#[test]
fn a_reset_clears_everything_but_whether_storage_works() {
    let used = in_spanish(opened("#explainer/6"))
        .apply(Action::CompareChosen(3))
        .apply(Action::RememberingChosen(true))
        .apply(Action::PlaceChosen(Route::Statement(2)));
    let reset = used.clone().apply(Action::StartedOver { seed: 11 });
    assert_eq!(reset.route(), Route::START);
    assert_eq!(
        reset.place.locale, *ENGLISH,
        "the language the widget first spoke"
    );
    assert_eq!((reset.step, reset.choice), (0, 0));
    assert_eq!(reset.quiz, Quiz::from_content(11));
    assert!(!reset.remembering);
    assert!(reset.storage);
    assert_eq!(reset.resets, used.resets + 1);
    assert!(
        reset.quizzes > used.quizzes,
        "the quiz's view starts afresh"
    );
}

#[test]
fn a_place_in_a_hidden_section_shows_the_start_of_the_shown_one() {
    let place = Place::from_fragment("#quiz/s/2", Route::START, *ENGLISH);
    let explainer_only = Widget::open(
        place,
        None,
        false,
        true,
        origin(),
        showing(Sections::Explainer),
    );
    assert_eq!(explainer_only.route(), Route::START);
    assert!(
        !explainer_only.quiz.is_single(),
        "the hidden quiz is not opened"
    );
    let place = Place::from_fragment("#explainer/3", Route::START, *ENGLISH);
    let quiz_only = Widget::open(place, None, false, true, origin(), showing(Sections::Quiz));
    assert_eq!(quiz_only.route(), Route::Quiz { seed: None });
    assert_eq!(quiz_only.step, 0);
}

#[test]
fn progress_remembers_the_place_language_and_round_but_not_a_single_statement() {
    let widget = in_spanish(opened("#explainer/3"))
        .apply(Action::Quiz(QuizAction::Start))
        .apply(Action::Quiz(QuizAction::Answer(Verdict::Fact)));
    let saved = SavedProgress::decode(&widget.progress().unwrap(), places()).unwrap();
    assert_eq!(saved.place, Route::Explainer(2));
    assert_eq!(saved.locale, Some(spanish().index()));
    assert_eq!(saved.quiz, widget.quiz);
    let reopened = Widget::open(
        Place::from_fragment("", saved.place, *ENGLISH),
        Some(saved),
        true,
        true,
        origin(),
        showing(Sections::Both),
    );
    assert_eq!(reopened.quiz, widget.quiz);
    assert_eq!(reopened.start, QuizStart::Restored);
    assert_eq!(reopened.step, 2);
    assert_eq!(
        widget
            .apply(Action::PlaceChosen(Route::Statement(1)))
            .progress(),
        None
    );
}

#[test]
fn choosing_a_language_already_spoken_speaks_it_at_once_in_the_same_place() {
    let widget = in_spanish(opened("#explainer/3"));
    assert_eq!(widget.place.locale, spanish());
    assert_eq!(widget.route(), Route::Explainer(2));
    assert_eq!(widget.words, Words::Here);
}

#[test]
fn a_language_awaited_waits_while_its_words_are_on_their_way_and_is_unavailable_once_they_fail() {
    // A language the widget cannot speak (no words will ever come for this index).
    let unspoken = LOCALE_CODES.len();
    let waiting = opened("#explainer/2").apply(Action::LanguageChosen(unspoken));
    assert_eq!(waiting.words, Words::Awaited(unspoken));
    assert_eq!(waiting.place.locale, *ENGLISH, "English meanwhile");
    set_words_on_their_way(unspoken, true);
    let still = waiting.clone().apply(Action::WordsFetched);
    assert_eq!(still.words, Words::Awaited(unspoken));
    set_words_on_their_way(unspoken, false);
    let failed = still.apply(Action::WordsFetched);
    assert_eq!(failed.words, Words::Unavailable(unspoken));
    assert_eq!(failed.route(), Route::Explainer(1), "the place is kept");
    // Chosen again, it waits again, and the failure is no longer said.
    let again = failed.apply(Action::LanguageChosen(unspoken));
    assert_eq!(again.words, Words::Awaited(unspoken));
    // Another language chosen meanwhile ends the wait.
    let spoken = in_spanish(again);
    assert_eq!(
        (spoken.words, spoken.place.locale),
        (Words::Here, spanish())
    );
}

#[test]
fn a_language_awaited_is_spoken_when_a_fetch_ends_with_its_words_here() {
    let mut widget = opened("#explainer/4");
    widget.words = Words::Awaited(spanish().index());
    let fetched = widget.apply(Action::WordsFetched);
    assert_eq!(fetched.place.locale, spanish());
    assert_eq!(fetched.route(), Route::Explainer(3));
    assert_eq!(fetched.words, Words::Here);
}

#[test]
fn an_address_naming_a_language_whose_words_are_not_here_awaits_them_in_its_place() {
    let unspoken = LOCALE_CODES.len();
    let place = Place::from_fragment("#explainer/5", Route::START, *ENGLISH);
    let widget = opened("").apply(Action::AddressChanged {
        place,
        language: Some(unspoken),
    });
    assert_eq!(widget.route(), Route::Explainer(4));
    assert_eq!(widget.words, Words::Awaited(unspoken));
    assert_eq!(widget.place.locale, *ENGLISH);
}

#[test]
fn the_step_a_widget_opens_at_shows_its_picture_and_every_other_step_asks_first() {
    let widget = opened("#explainer/3");
    assert_eq!(
        widget.guess(2),
        Guessing::Shown,
        "a link to a step opens it revealed"
    );
    for step in [0, 1, 3] {
        assert_eq!(widget.guess(step), Guessing::Asked, "step {}", step + 1);
    }
    assert_eq!(
        opened("").guess(0),
        Guessing::Shown,
        "the first screen shows its picture"
    );
    let from_the_quiz = opened("#quiz");
    assert_eq!(from_the_quiz.guess(0), Guessing::Asked);
}

#[test]
fn a_guess_or_a_skip_reveals_only_its_step_and_moving_on_keeps_each_one() {
    let widget = opened("")
        .apply(Action::PlaceChosen(Route::Explainer(1)))
        .apply(Action::GuessChecked {
            step: 1,
            answer: Some(2),
        });
    assert_eq!(widget.guess(1), Guessing::Guessed(2));
    assert_eq!(widget.guess(2), Guessing::Asked, "the next step still asks");
    let skipped = widget
        .apply(Action::PlaceChosen(Route::Explainer(2)))
        .apply(Action::ShowAsked(2))
        .apply(Action::PlaceChosen(Route::Explainer(1)));
    assert_eq!(
        (skipped.guess(1), skipped.guess(2)),
        (Guessing::Guessed(2), Guessing::Shown)
    );
    let spoken = in_spanish(skipped.clone());
    assert_eq!(
        spoken.guesses, skipped.guesses,
        "a language switch keeps them"
    );
    let reset = skipped.apply(Action::StartedOver { seed: 3 });
    assert_eq!(reset.guess(1), Guessing::Asked, "a reset asks again");
    let unchosen = opened("#quiz").apply(Action::GuessChecked {
        step: 1,
        answer: None,
    });
    assert_eq!(
        unchosen.guess(1),
        Guessing::Unchosen,
        "checked with none chosen: asked again"
    );
    assert!(!unchosen.guess(1).is_revealed());
    let out_of_range = opened("").apply(Action::GuessChecked {
        step: 99,
        answer: Some(0),
    });
    assert_eq!(out_of_range.guesses, opened("").guesses);
}

#[test]
fn how_sure_before_and_after_is_kept_in_the_widget_and_forgotten_on_a_reset() {
    let widget = opened("#quiz")
        .apply(Action::SurenessChosen {
            moment: Moment::Before,
            level: 2,
        })
        .apply(Action::SurenessChosen {
            moment: Moment::After,
            level: 5,
        });
    assert_eq!(
        widget.sureness,
        Sureness {
            before: Some(2),
            after: Some(5)
        }
    );
    let unchanged = widget.clone().apply(Action::SurenessChosen {
        moment: Moment::After,
        level: 9,
    });
    assert_eq!(
        unchanged.sureness, widget.sureness,
        "a level out of range is no answer"
    );
    assert_eq!(
        widget.apply(Action::StartedOver { seed: 1 }).sureness,
        Sureness::default()
    );
}

#[test]
fn progress_keeps_how_sure_only_as_part_of_what_is_remembered() {
    let widget = opened("#quiz").apply(Action::SurenessChosen {
        moment: Moment::Before,
        level: 3,
    });
    let line = widget.progress().unwrap();
    assert!(line.starts_with("3|") && line.ends_with("|3-"), "{line}");
    let saved = SavedProgress::decode(&line, places()).unwrap();
    let reopened = Widget::open(
        Place::from_fragment("", saved.place, *ENGLISH),
        Some(saved),
        true,
        true,
        origin(),
        showing(Sections::Both),
    );
    assert_eq!(reopened.sureness.before, Some(3));
}

#[test]
fn an_address_leading_to_a_step_shows_it_revealed_and_keeps_a_guess_made() {
    let address = |fragment: &str| Action::AddressChanged {
        place: Place::from_fragment(fragment, Route::START, *ENGLISH),
        language: None,
    };
    let widget = opened("#quiz").apply(address("#explainer/2"));
    assert_eq!(
        widget.guess(1),
        Guessing::Shown,
        "a link followed shows its step"
    );
    assert_eq!(widget.guess(2), Guessing::Asked, "the next one still asks");
    let guessed = widget
        .apply(Action::PlaceChosen(Route::Explainer(2)))
        .apply(Action::GuessChecked {
            step: 2,
            answer: Some(0),
        })
        .apply(address("#quiz"))
        .apply(address("#explainer/3"));
    assert_eq!(
        guessed.guess(2),
        Guessing::Guessed(0),
        "back to it, the guess stays"
    );
}

#[test]
fn the_widgets_own_address_coming_back_leaves_the_step_asking() {
    let stepped = opened("").apply(Action::PlaceChosen(Route::Explainer(1)));
    let written = stepped.clone().apply(Action::AddressChanged {
        place: stepped.place,
        language: Some(ENGLISH.index()),
    });
    assert_eq!(written.guess(1), Guessing::Asked);
}

#[test]
fn an_address_in_a_language_already_here_leaves_an_awaited_one_awaited() {
    let unspoken = LOCALE_CODES.len();
    let awaiting = opened("").apply(Action::AddressChanged {
        place: Place::from_fragment("#es/explainer/3", Route::START, *ENGLISH),
        language: Some(unspoken),
    });
    // The widget writes its place into the address meanwhile, in the language it speaks.
    let written = awaiting.clone().apply(Action::AddressChanged {
        place: Place::from_fragment("#en/explainer/3", Route::START, *ENGLISH),
        language: Some(ENGLISH.index()),
    });
    assert_eq!(written.words, Words::Awaited(unspoken));
    assert_eq!(written.route(), Route::Explainer(2));
}
