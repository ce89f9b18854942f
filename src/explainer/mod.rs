//! The reward-pathway explainer: a step-through story beside a scene that draws what each step
//! says, and, beside the steps about the receptor, a compare control to try things in the lock.

mod compare;
pub mod model;
pub mod scene;

use yew::prelude::*;

use crate::components::location::place_link;
use crate::components::progress::progress;
use crate::components::share::{share_button, ShareLink};
use crate::components::shared::Shared;
use crate::components::source_quote::quoted;
use crate::content::{fill, ENGLISH};
use crate::hooks::share::use_share;
use crate::route::Route;
use crate::widget::Action;
use compare::compare_control;
use model::{invites_trying, next_step, previous_step};

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
    /// The language, the host's settings, the way to move and the ids' prefix.
    pub shared: Shared,
    /// The step on screen, counted from 0.
    pub step: usize,
    /// The compare choice made, by its index.
    pub choice: usize,
    /// Changes the widget (a choice in the compare control).
    pub act: Callback<Action>,
}

/// The story, the diagram and the compare control; arrow keys move between steps.
#[component]
pub fn ExplainerView(props: &ExplainerProps) -> Html {
    let share = use_share();
    let shared = &props.shared;
    let ids = shared.ids.clone();
    let locale = shared.locale;
    let ui = &locale.ui;
    let steps = locale.steps;
    let index = props.step.min(steps.len() - 1);
    let step = &steps[index];
    let go = |to: usize| {
        let on_navigate = props.shared.navigate.clone();
        Callback::from(move |_: MouseEvent| on_navigate.emit(Route::Explainer(to)))
    };
    let onkeydown = {
        let on_navigate = props.shared.navigate.clone();
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
    html! {
        <div class="jap-explainer" {onkeydown}>
            { Html::from_html_unchecked(ui.explainer_heading().into()) }
            { progress(progress_text.clone(), index + 1, steps.len()) }
            <div class="jap-explainer-layout">
                <div class="jap-step" data-step={step.id}>
                    { quoted(
                        format!(r#"<h3 class="jap-step-title">{}</h3><p>{}</p>"#, step.title, step.body),
                        step.source,
                        ui,
                        shared.config.article(),
                    ) }
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
                            <div class="jap-scene" key={step.id} data-scene={step.id}>
                                { Html::from_html_unchecked(scene::with_labels(scene::template(step.scene), ui).into()) }
                            </div>
                        </div>
                        <figcaption class="jap-caption jap-step-caption" role="status" aria-live="polite">
                            <span class="jap-sr-only">{ format!("{progress_text}: {}. ", step.title) }</span>
                            { scene::description(step.scene, ui) }
                        </figcaption>
                    </figure>
                    if invites_trying(step.scene) {
                        { compare_control(props.choice, &props.act, shared) }
                    }
                </div>
            </div>
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
