//! Native tests of the widget's one state: every action, what it changes and what it keeps.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::components::location::Place;
use just_a_plant::config::Sections;
use just_a_plant::content::{
    places, set_words_on_their_way, Locale, Verdict, ENGLISH, LOCALE_CODES,
};
use just_a_plant::progress::SavedProgress;
use just_a_plant::quiz::state::{Quiz, QuizAction, Screen};
use just_a_plant::route::{LinkError, Route};
use just_a_plant::widget::{Action, Origin, QuizStart, Widget};

fn spanish() -> &'static Locale {
    Locale::from_code("es").unwrap()
}

fn origin(sections: Sections) -> Origin {
    Origin {
        seed: 7,
        locale: *ENGLISH,
        choice: 0,
        sections,
    }
}

/// A widget opened at `fragment`, showing both sections, with nothing remembered.
fn opened(fragment: &str) -> Widget {
    let place = Place::from_fragment(fragment, Route::START, *ENGLISH);
    Widget::open(place, None, false, true, origin(Sections::Both))
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
    let widget = opened("#tampered").apply(Action::Speak(spanish()));
    assert_eq!(widget.place.problem, Some(LinkError::Malformed));
    let moved = widget.apply(Action::Go(Route::Explainer(5)));
    assert_eq!(moved.step, 5);
    assert_eq!(moved.place.locale.code, "es");
    assert_eq!(moved.place.problem, None);
    let to_quiz = moved.apply(Action::Go(Route::Quiz { seed: None }));
    assert_eq!(
        to_quiz.step, 5,
        "the explainer keeps its step while the quiz shows"
    );
    assert_eq!(to_quiz.quizzes, 0, "moving to the quiz keeps the quiz");
}

#[test]
fn a_statement_link_opens_a_single_round_and_a_round_link_that_round() {
    let widget = opened("").apply(Action::Go(Route::Statement(3)));
    assert!(widget.quiz.is_single());
    assert_eq!(widget.quiz, Quiz::single_from_content(3, 7));
    assert_eq!(widget.quizzes, 1);
    let round = widget.apply(Action::Go(Route::Quiz { seed: Some(99) }));
    assert_eq!(round.quiz, Quiz::from_content(99));
    assert_eq!(round.quizzes, 2);
    let again = round
        .apply(Action::Quiz(QuizAction::Start))
        .apply(Action::Go(Route::Quiz { seed: Some(99) }));
    assert_eq!(
        (again.quizzes, again.quiz.screen()),
        (2, Screen::Question),
        "the same round's link again keeps the round going"
    );
}

#[test]
fn following_the_address_takes_its_place_notice_and_all() {
    let tampered = Place::from_fragment("#tampered", Route::START, spanish());
    let widget = opened("#explainer/3").apply(Action::Follow(tampered));
    assert_eq!(widget.place, tampered);
    assert_eq!(widget.step, 0, "the start a broken link leads to");
    let statement = Route::Statement(2).fragment(places());
    let fragment = format!("#es/{}", &statement[1..]);
    let followed = widget.apply(Action::Follow(Place::from_fragment(
        &fragment,
        Route::START,
        *ENGLISH,
    )));
    assert!(followed.quiz.is_single());
    assert_eq!(followed.place.locale.code, "es");
}

#[test]
fn switching_language_keeps_the_place_the_step_the_choice_and_the_quiz() {
    let widget = opened("#explainer/4")
        .apply(Action::Choose(2))
        .apply(Action::Quiz(QuizAction::Start));
    let spoken = widget.clone().apply(Action::Speak(spanish()));
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
    let widget = opened("#tampered").apply(Action::Dismiss);
    assert_eq!(widget.place.problem, None);
    assert_eq!(widget.route(), Route::START);
}

#[test]
fn a_choice_and_a_quiz_action_change_only_their_part() {
    let widget = opened("");
    let chosen = widget.clone().apply(Action::Choose(3));
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
    let widget = opened("").apply(Action::Remember(true));
    assert!(widget.remembering && widget.storage);
    assert!(!widget.clone().apply(Action::Remember(false)).remembering);
    let refused = widget.apply(Action::StorageRefused);
    assert!(!refused.remembering && !refused.storage);
}

#[test]
fn a_reset_clears_everything_but_whether_storage_works() {
    let used = opened("#explainer/6")
        .apply(Action::Speak(spanish()))
        .apply(Action::Choose(3))
        .apply(Action::Remember(true))
        .apply(Action::Go(Route::Statement(2)));
    let reset = used.clone().apply(Action::Reset { seed: 11 });
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
    let explainer_only = Widget::open(place, None, false, true, origin(Sections::Explainer));
    assert_eq!(explainer_only.route(), Route::START);
    assert!(
        !explainer_only.quiz.is_single(),
        "the hidden quiz is not opened"
    );
    let place = Place::from_fragment("#explainer/3", Route::START, *ENGLISH);
    let quiz_only = Widget::open(place, None, false, true, origin(Sections::Quiz));
    assert_eq!(quiz_only.route(), Route::Quiz { seed: None });
    assert_eq!(quiz_only.step, 0);
}

#[test]
fn progress_remembers_the_place_language_and_round_but_not_a_single_statement() {
    let widget = opened("#explainer/3")
        .apply(Action::Speak(spanish()))
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
        origin(Sections::Both),
    );
    assert_eq!(reopened.quiz, widget.quiz);
    assert_eq!(reopened.start, QuizStart::Restored);
    assert_eq!(reopened.step, 2);
    assert_eq!(
        widget.apply(Action::Go(Route::Statement(1))).progress(),
        None
    );
}

#[test]
fn asking_for_a_language_already_spoken_speaks_it_at_once_in_the_same_place() {
    let widget = opened("#explainer/3").apply(Action::Await(spanish().index()));
    assert_eq!(widget.place.locale, spanish());
    assert_eq!(widget.route(), Route::Explainer(2));
    assert_eq!((widget.awaiting, widget.unavailable), (None, None));
}

#[test]
fn a_language_awaited_waits_while_its_words_are_on_their_way_and_is_unavailable_once_they_fail() {
    // A language the widget cannot speak (no words will ever come for this index).
    let unspoken = LOCALE_CODES.len();
    let waiting = opened("#explainer/2").apply(Action::Await(unspoken));
    assert_eq!(waiting.awaiting, Some(unspoken));
    assert_eq!(waiting.place.locale, *ENGLISH, "English meanwhile");
    set_words_on_their_way(unspoken, true);
    let still = waiting.clone().apply(Action::Heard);
    assert_eq!((still.awaiting, still.unavailable), (Some(unspoken), None));
    set_words_on_their_way(unspoken, false);
    let failed = still.apply(Action::Heard);
    assert_eq!(
        (failed.awaiting, failed.unavailable),
        (None, Some(unspoken))
    );
    assert_eq!(failed.route(), Route::Explainer(1), "the place is kept");
    // Asked again, it waits again, and the failure is no longer said.
    let again = failed.apply(Action::Await(unspoken));
    assert_eq!((again.awaiting, again.unavailable), (Some(unspoken), None));
    // Another language spoken meanwhile ends the wait.
    let spoken = again.apply(Action::Speak(spanish()));
    assert_eq!((spoken.awaiting, spoken.place.locale), (None, spanish()));
}

#[test]
fn a_language_awaited_is_spoken_when_a_fetch_ends_with_its_words_here() {
    let mut widget = opened("#explainer/4");
    widget.awaiting = Some(spanish().index());
    let heard = widget.apply(Action::Heard);
    assert_eq!(heard.place.locale, spanish());
    assert_eq!(heard.route(), Route::Explainer(3));
    assert_eq!(heard.awaiting, None);
}
