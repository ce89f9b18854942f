//! The reward-pathway explainer: a step-through story beside a scene that draws what each step
//! says, where a step that shows a mechanism first asks for a guess, and, beside the steps about
//! the receptor, a compare control to try things in the lock.

mod compare;
pub mod model;
mod prediction;
pub mod scene;

use yew::prelude::*;

use crate::components::awaited::awaited;
use crate::components::listen::listen_button;
use crate::components::location::place_link;
use crate::components::main_message::main_message;
use crate::components::progress::progress;
use crate::components::share::{share_button, ShareLink};
use crate::components::shared::Shared;
use crate::components::source_quote::{basis_line, quoted};
use crate::content::{fill, ENGLISH};
use crate::hooks::share::use_share;
use crate::route::Route;
use compare::compare_control;
use model::{invites_trying, next_step, previous_step, Guessing};
use prediction::{guess_result, prediction_form};

/// The choice the compare control starts on: an empty lock, waiting for something to try.
const FIRST_CHOICE: &str = "none";

/// The compare choice a fresh explainer shows, by its index.
pub fn first_choice() -> usize {
    ENGLISH
        .choices
        .iter()
        .position(|choice| choice.id == FIRST_CHOICE)
        .unwrap_or(0)
}

/// What the explainer shows.
#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub shared: Shared,
    /// The step on screen, counted from 0.
    pub step: usize,
    /// The compare choice made, by its index.
    pub choice: usize,
    /// Where the step's prediction stands.
    pub guess: Guessing,
}

/// The story, the diagram and the compare control; arrow keys move between steps. A step with a
/// prediction asks it first, in place of its words, picture and compare control; once guessed
/// (or shown) they appear, and the focus moves to them.
#[component]
pub fn ExplainerView(props: &ExplainerProps) -> Html {
    let share = use_share();
    let (revealed, readable) = (use_node_ref(), use_node_ref());
    {
        // A guess checked (or the picture asked for) moves the focus to what it revealed, once
        // painted; moving to another step does not.
        let (revealed, last) = (revealed.clone(), use_mut_ref(|| (props.step, props.guess)));
        use_effect_with((props.step, props.guess), move |&(step, guess)| {
            let (last_step, last_guess) = std::mem::replace(&mut *last.borrow_mut(), (step, guess));
            if step == last_step && !last_guess.is_revealed() && guess.is_revealed() {
                if let Some(element) = revealed.cast::<web_sys::HtmlElement>() {
                    crate::browser::focus_after_paint(element);
                }
            }
        });
    }
    let shared = &props.shared;
    let ids = shared.ids.clone();
    let locale = shared.locale;
    let ui = &locale.ui;
    let steps = locale.steps;
    let index = props.step.min(steps.len() - 1);
    let step = &steps[index];
    let asking = step
        .prediction
        .as_ref()
        .filter(|_| !props.guess.is_revealed());
    let go = |to: usize| {
        let on_navigate = shared.navigate.clone();
        Callback::from(move |_: MouseEvent| on_navigate.emit(Route::Explainer(to)))
    };
    let onkeydown = {
        let on_navigate = shared.navigate.clone();
        Callback::from(move |event: KeyboardEvent| {
            let in_a_control = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some();
            let to = match event.key().as_str() {
                "ArrowLeft" if !in_a_control => previous_step(index),
                "ArrowRight" if !in_a_control => next_step(index, steps.len()),
                _ => return,
            };
            event.prevent_default();
            on_navigate.emit(Route::Explainer(to));
        })
    };
    let progress_text = fill(
        ui.step_progress(),
        &[
            ("current", &(index + 1).to_string()),
            ("total", &steps.len().to_string()),
        ],
    );
    let at_start = index == 0;
    let at_end = index + 1 == steps.len();
    let guess_line = match (props.guess, &step.prediction) {
        (Guessing::Guessed(answer), Some(prediction)) => guess_result(prediction, answer, ui),
        _ => Html::default(),
    };
    let (guess_state, caption) = match (asking, props.guess) {
        (Some(_), _) => ("asked", ui.predict_waiting()),
        (None, Guessing::Guessed(_)) => ("guessed", scene::description(step.scene, ui)),
        (None, _) => ("shown", scene::description(step.scene, ui)),
    };
    html! {
        <div class="jap-explainer" {onkeydown}>
            // The first screen opens with the one thing to remember.
            if at_start {
                { main_message(ui) }
            }
            { Html::from_html_unchecked(ui.explainer_heading().into()) }
            { progress(progress_text.clone(), index + 1, steps.len()) }
            // A step after the first waits for its words, and its picture, to come.
            if index > 0 && !locale.all_here() {
                { awaited(shared) }
            } else {
                <div class="jap-explainer-layout">
                    <div class="jap-step" data-step={step.id} data-guess={guess_state} ref={readable.clone()}>
                        <h3 class="jap-step-title jap-read">{ step.title }</h3>
                        if shared.speaks {
                            { listen_button(format!("{}-{guess_state}", step.id), &readable, locale.code, ui) }
                        }
                        if let Some(prediction) = asking {
                            { prediction_form(index, prediction, props.guess, shared) }
                        } else {
                            <div class="jap-reveal" tabindex="-1" ref={revealed}>
                                { guess_line }
                                { quoted(format!(r#"<p class="jap-read">{}</p>{}"#, step.body, basis_line(step.basis, ui)), step.source, ui, shared.config.article()) }
                            </div>
                        }
                        { Html::from_html_unchecked(step.terms.into()) }
                        if shared.config.has_quiz() {
                            <p>
                                { place_link(shared, Route::Quiz { seed: None }, "jap-to-quiz", None, ui.to_quiz()) }
                            </p>
                        }
                        <div class="jap-step-nav">
                            <button type="button" class="jap-button" aria-disabled={at_start.to_string()}
                                onclick={go(previous_step(index))}>{ ui.back_button() }</button>
                            <button type="button" class="jap-button jap-primary" aria-disabled={at_end.to_string()}
                                onclick={go(next_step(index, steps.len()))}>{ ui.next_step_button() }</button>
                        </div>
                        { Html::from_html_unchecked(ui.arrow_hint_note().into()) }
                        if !shared.config.kiosk {
                            { share_button(&ShareLink {
                                route: Route::Explainer(index),
                                label: ui.share_step(),
                                text: fill(ui.share_text_step(), &[("title", step.title)]),
                                locale,
                                state: &share,
                                ids: &ids,
                            }) }
                        }
                    </div>
                    <div class="jap-figure">
                        <figure class="jap-step-figure">
                            <div class="jap-scene-frame">
                                if asking.is_some() {
                                    <div class="jap-scene jap-scene-waiting" key="waiting" aria-hidden="true">
                                        <span class="jap-waiting-mark">{ "?" }</span>
                                    </div>
                                } else {
                                    <div class="jap-scene" key={step.id} data-scene={step.id}>
                                        { Html::from_html_unchecked(scene::with_labels(step.picture, ui).into()) }
                                    </div>
                                }
                            </div>
                            <figcaption class="jap-caption jap-step-caption" role="status" aria-live="polite">
                                <span class="jap-sr-only">{ format!("{progress_text}: {}. ", step.title) }</span>
                                { caption }
                            </figcaption>
                        </figure>
                        if invites_trying(step.scene) && asking.is_none() {
                            { compare_control(props.choice, &shared.act, shared) }
                        }
                    </div>
                </div>
            }
            <details class="jap-steps">
                <summary>{ ui.steps_label() }</summary>
                <ol>
                    { for steps.iter().enumerate().map(|(number, listed)| html! {
                        <li>
                            { place_link(shared, Route::Explainer(number), "",
                                (number == index).then_some("step"), listed.title) }
                        </li>
                    }) }
                </ol>
            </details>
        </div>
    }
}
