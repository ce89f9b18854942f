//! One statement waiting for an answer: the progress, the statement, and Myth or Fact.

use yew::prelude::*;

use super::state::QuizAction;
use super::{dispatch, progress_text, ScreenProps};
use crate::components::focus::use_focus_on_mount;
use crate::components::instance::use_id_prefix;
use crate::components::progress::Progress;
use crate::content::{Statement, Verdict, UI};

/// The statement on screen with two large answer buttons.
#[component]
pub fn QuestionScreen(props: &ScreenProps) -> Html {
    let statement_ref = use_node_ref();
    let ids = use_id_prefix();
    let prompt_id = format!("{ids}-prompt");
    use_focus_on_mount(statement_ref.clone());
    let Some((position, statement)) = props.quiz.current() else {
        return Html::default();
    };
    let answer = |verdict: Verdict| {
        html! {
            <button type="button" class="jap-button jap-answer"
                data-answer={answer_name(verdict)}
                onclick={dispatch(&props.quiz, QuizAction::Answer(verdict))}>
                { UI.answer(verdict) }
            </button>
        }
    };
    html! {
        <div class="jap-screen">
            <StatementHeader {position} total={props.quiz.total()} {statement} node={statement_ref} />
            <p class="jap-prompt" id={prompt_id.clone()}>{ UI.question_prompt }</p>
            <div class="jap-answers" role="group" aria-labelledby={prompt_id}>
                { answer(Verdict::Myth) }
                { answer(Verdict::Fact) }
            </div>
        </div>
    }
}

/// `myth` or `fact`, for styling and tests.
pub fn answer_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Myth => "myth",
        Verdict::Fact => "fact",
    }
}

#[derive(Properties, PartialEq)]
pub struct StatementHeaderProps {
    pub position: usize,
    pub total: usize,
    pub statement: &'static Statement,
    /// Where focus lands when the screen appears, if anywhere.
    #[prop_or_default]
    pub node: NodeRef,
}

/// The progress bar and the statement, shared by the question and the feedback screens.
#[component]
pub fn StatementHeader(props: &StatementHeaderProps) -> Html {
    let progress = progress_text(props.position, props.total);
    html! {
        <>
            <Progress label={progress} position={props.position} total={props.total} />
            <p class="jap-statement" tabindex="-1" ref={props.node.clone()}>
                { props.statement.text }
            </p>
        </>
    }
}
