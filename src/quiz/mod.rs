//! The myth-vs-fact quiz: its pure state machine and the screens that show it.

mod feedback;
mod intro;
mod question;
mod results;
pub mod state;
pub mod sureness;

use yew::prelude::*;

use crate::components::awaited::awaited;
use crate::components::shared::Shared;
use crate::content::{fill, Locale, Statement, UiText, STATEMENT_IDS};
use crate::hooks::share::{use_share, ShareState};
use crate::route::Route;
use crate::widget::Action;
use feedback::feedback_screen;
use intro::intro_screen;
use question::question_screen;
use results::results_screen;
use state::{Quiz, QuizAction, Screen};
use sureness::Sureness;

/// What every screen of the quiz is drawn from.
pub struct ScreenParts<'a> {
    /// The quiz to show.
    pub quiz: &'a Quiz,
    /// Changes the widget, and with it the quiz.
    pub act: &'a Callback<Action>,
    /// How sure the person said they were, before the quiz and after it.
    pub sureness: Sureness,
    pub locale: &'static Locale,
    /// On a kiosk nothing is shared.
    pub kiosk: bool,
    /// Where source quotes open the article (see [`crate::config::Config::article`]).
    pub article: Option<&'a str>,
    /// What the share buttons did last.
    pub share: &'a ShareState,
    /// Where focus lands when the screen appears: the element a person reads next.
    pub focus: NodeRef,
    /// The screen whose sentences its Listen button reads.
    pub readable: NodeRef,
    /// Whether its Listen buttons show.
    pub speaks: bool,
    /// A prefix for this instance's element ids.
    pub ids: &'a str,
}

/// The link to one statement.
pub fn statement_route(statement: &Statement) -> Route {
    let index = STATEMENT_IDS.iter().position(|&id| id == statement.id);
    index.map_or(Route::Quiz { seed: None }, Route::Statement)
}

/// A click that does `action` in the quiz.
pub fn dispatch(act: &Callback<Action>, action: QuizAction) -> Callback<MouseEvent> {
    act.reform(move |_| Action::Quiz(action))
}

/// "Statement 3 of 12".
pub fn progress_text(ui: &UiText, position: usize, total: usize) -> String {
    fill(
        ui.progress(),
        &[
            ("current", &position.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

#[derive(Properties, PartialEq)]
pub struct QuizViewProps {
    pub shared: Shared,
    /// The quiz to show.
    pub quiz: Quiz,
    /// A score someone shared by link, shown on the intro.
    #[prop_or_default]
    pub shared_score: Option<(usize, usize)>,
    /// How sure the person said they were, before the quiz and after it.
    #[prop_or_default]
    pub sureness: Sureness,
}

/// The quiz: one screen at a time, and a live region that tells screen readers what changed.
#[component]
pub fn QuizView(props: &QuizViewProps) -> Html {
    let quiz = &props.quiz;
    let (focus, readable) = (use_node_ref(), use_node_ref());
    let print_answers = use_state(|| false);
    let share = use_share();
    {
        // Each new screen (and each statement, and a screen whose words have just come) moves
        // focus to what a person reads next, once it is on screen, and starts with no share
        // confirmation showing.
        let (focus, last_share) = (focus.clone(), share.last.clone());
        let shown = (
            quiz.screen(),
            quiz.current().map(|(position, _)| position),
            props.shared.locale.all_here(),
        );
        use_effect_with(shown, move |_| {
            last_share.set(None);
            if let Some(element) = focus.cast::<web_sys::HtmlElement>() {
                crate::browser::focus_after_paint(element);
            }
        });
    }
    let shared = &props.shared;
    let locale = shared.locale;
    let ui = &locale.ui;
    let announcement = announcement(quiz, ui);
    let parts = ScreenParts {
        quiz,
        act: &shared.act,
        sureness: props.sureness,
        locale,
        kiosk: shared.config.kiosk,
        article: shared.config.article(),
        share: &share,
        focus,
        readable,
        speaks: shared.speaks,
        ids: &shared.ids,
    };
    let screen = match quiz.screen() {
        _ if !locale.all_here() => awaited(shared),
        Screen::Intro => intro_screen(
            &shared.act,
            props.shared_score,
            props.sureness,
            ui,
            &shared.ids,
        ),
        Screen::Question => question_screen(&parts),
        Screen::Feedback => feedback_screen(&parts),
        Screen::Results => results_screen(&parts, &print_answers),
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
        ui.score(),
        &[
            ("score", &quiz.score().to_string()),
            ("total", &quiz.total().to_string()),
        ],
    )
}
