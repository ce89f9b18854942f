//! Predict, then see: before a step's picture shows, one short question with two or three
//! answers. Checking a guess (or "Just show me") shows the picture and the step's words, with a
//! kind line on whether the guess matched.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::model::Guessing;
use crate::components::shared::Shared;
use crate::content::{fill, Prediction, UiText};
use crate::widget::Action;

/// The question of step `step` (counted from 0) as a radio group with a legend (arrow keys move
/// between the answers, Enter checks the one chosen), Check my guess and Just show me; checking
/// with no answer chosen (`guess` is then [`Guessing::Unchosen`]) says to choose one first. The
/// answer is read from the form when it is checked: nothing is kept while a person chooses.
pub fn prediction_form(
    step: usize,
    prediction: &'static Prediction,
    guess: Guessing,
    shared: &Shared,
) -> Html {
    let ui = &shared.locale.ui;
    let onsubmit = shared.act.reform(move |event: SubmitEvent| {
        event.prevent_default();
        let chosen = event
            .target()
            .and_then(|form| form.dyn_into::<Element>().ok())
            .and_then(|form| form.query_selector("input:checked").ok().flatten())
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .and_then(|input| input.value().parse().ok());
        Action::GuessChecked {
            step,
            answer: chosen,
        }
    });
    let show = shared
        .act
        .reform(move |_: MouseEvent| Action::ShowAsked(step));
    let name = format!("{}-guess", shared.ids);
    html! {
        // Keyed by its step, so no answer chosen on one step stays chosen on the next.
        <form class="jap-predict" key={step.to_string()} {onsubmit}>
            <p class="jap-predict-hint">{ ui.predict_hint() }</p>
            <fieldset>
                <legend class="jap-read">{ prediction.question }</legend>
                { for prediction.answers.iter().enumerate().map(|(answer, words)| html! {
                    <label class="jap-option jap-read">
                        <input type="radio" name={name.clone()} value={answer.to_string()} />
                        { *words }
                    </label>
                }) }
            </fieldset>
            <p class="jap-predict-status" role="status">
                { (guess == Guessing::Unchosen).then(|| ui.predict_choose()) }
            </p>
            <div class="jap-predict-actions">
                <button type="submit" class="jap-button jap-primary">{ ui.predict_check() }</button>
                <button type="button" class="jap-button" onclick={show}>{ ui.predict_skip() }</button>
            </div>
        </form>
    }
}

/// The kind line after a guess: whether it matched, with the right answer either way.
pub fn guess_result(prediction: &Prediction, answer: usize, ui: &UiText) -> Html {
    let right = prediction
        .answers
        .get(prediction.right)
        .copied()
        .unwrap_or_default();
    let (matched, line) = if answer == prediction.right {
        ("true", ui.predict_matched())
    } else {
        ("false", ui.predict_missed())
    };
    html! {
        <p class="jap-guess-result jap-read" data-matched={matched}>
            { fill(line, &[("answer", right)]) }
        </p>
    }
}
