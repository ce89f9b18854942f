//! The myth-vs-fact quiz: its pure state machine and the screens that show it.

mod feedback;
mod intro;
mod question;
mod results;
pub mod state;

use yew::prelude::*;

use crate::components::language::use_locale;
use crate::content::{fill, Statement, UiText, STATEMENT_IDS};
use crate::route::Route;
use feedback::FeedbackScreen;
use intro::intro_screen;
use question::QuestionScreen;
use results::ResultsScreen;
use state::{Quiz, QuizAction, Screen};

/// The quiz's state and a way to change it, shared with every screen.
pub type QuizHandle = UseReducerHandle<Quiz>;

/// What every screen of the quiz is given: the quiz, to read and to change.
#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub quiz: QuizHandle,
}

/// The link to one statement.
pub fn statement_route(statement: &Statement) -> Route {
    let index = STATEMENT_IDS.iter().position(|&id| id == statement.id);
    index.map_or(Route::Quiz { seed: None }, Route::Statement)
}

/// A callback that dispatches `action` on the quiz.
pub fn dispatch(quiz: &QuizHandle, action: QuizAction) -> Callback<MouseEvent> {
    let quiz = quiz.clone();
    Callback::from(move |_| quiz.dispatch(action))
}

/// "Statement 3 of 12".
pub fn progress_text(ui: &UiText, position: usize, total: usize) -> String {
    fill(
        ui.progress,
        &[
            ("current", &position.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

/// How the quiz begins: a whole round in the order of a seed, one statement from a link, or
/// where the person left off on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuizStart {
    Round(u32),
    Single { index: usize, seed: u32 },
    Restored(Quiz),
}

impl QuizStart {
    /// Tells starts apart, so a new start gives a new quiz.
    pub fn key(&self) -> String {
        match self {
            QuizStart::Round(seed) => format!("round-{seed}"),
            QuizStart::Single { index, seed } => format!("single-{index}-{seed}"),
            QuizStart::Restored(_) => "restored".to_owned(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct QuizViewProps {
    pub start: QuizStart,
    /// A score someone shared by link, shown on the intro.
    #[prop_or_default]
    pub shared_score: Option<(usize, usize)>,
    /// Told the quiz after every change, for remembering progress.
    #[prop_or_default]
    pub on_change: Callback<Quiz>,
}

/// The quiz: one screen at a time, and a live region that tells screen readers what changed.
#[component]
pub fn QuizView(props: &QuizViewProps) -> Html {
    let start = props.start.clone();
    let quiz = use_reducer_eq(move || match start {
        QuizStart::Round(seed) => Quiz::from_content(seed),
        QuizStart::Single { index, seed } => Quiz::single_from_content(index, seed),
        QuizStart::Restored(quiz) => quiz,
    });
    {
        let on_change = props.on_change.clone();
        use_effect_with((*quiz).clone(), move |quiz| on_change.emit(quiz.clone()));
    }
    let ui = &use_locale().ui;
    let announcement = announcement(&quiz, ui);
    let screen = match quiz.screen() {
        Screen::Intro => intro_screen(&quiz, props.shared_score, ui),
        Screen::Question => html! { <QuestionScreen quiz={quiz.clone()} /> },
        Screen::Feedback => html! { <FeedbackScreen quiz={quiz.clone()} /> },
        Screen::Results => html! { <ResultsScreen quiz={quiz.clone()} /> },
    };
    html! {
        <div class="jap-quiz" data-screen={screen_name(quiz.screen())}>
            { screen }
            <p class="jap-sr-only jap-announcer" role="status" aria-live="polite">{ announcement }</p>
        </div>
    }
}

fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Intro => "intro",
        Screen::Question => "question",
        Screen::Feedback => "feedback",
        Screen::Results => "results",
    }
}

/// What the live region says on each screen.
fn announcement(quiz: &Quiz, ui: &UiText) -> String {
    match quiz.screen() {
        Screen::Intro => String::new(),
        Screen::Question => quiz
            .current()
            .map(|(position, _)| progress_text(ui, position, quiz.total()))
            .unwrap_or_default(),
        Screen::Feedback => quiz
            .last_answer()
            .map(|answer| {
                ui.feedback(answer.given, answer.statement.verdict)
                    .to_owned()
            })
            .unwrap_or_default(),
        Screen::Results => score_text(quiz, ui),
    }
}

/// "You answered 9 of 12 correctly."
pub fn score_text(quiz: &Quiz, ui: &UiText) -> String {
    fill(
        ui.score,
        &[
            ("score", &quiz.score().to_string()),
            ("total", &quiz.total().to_string()),
        ],
    )
}
