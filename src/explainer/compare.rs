//! The compare control: put something in the lock and watch what it does. A radio group picks
//! what reaches the receptor; the picture beside it shows the key arrive, how far the lock is
//! switched on, and the dopamine the pathway releases; a live caption says the same in words.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::model::activation_name;
use super::scene::with_labels;
use crate::components::shared::Shared;
use crate::content::ENGLISH;
use crate::widget::Action;
use content_model::pictures::COMPARE;

/// A titled panel: the picture of the choice `chosen` (drawn anew on every choice, so it plays
/// from the start), a radio group (arrow keys move between choices) and a live caption of the
/// result, in the language `shared` speaks.
pub fn compare_control(chosen: usize, act: &Callback<Action>, shared: &Shared) -> Html {
    let group = format!("{}-compare", shared.ids);
    let ui = &shared.locale.ui;
    let choices = shared.locale.choices;
    let index = chosen.min(choices.len() - 1);
    let choice = &choices[index];
    let activation = ENGLISH.choices[index].activation;
    html! {
        <section class="jap-try">
            <h3 class="jap-try-title">{ ui.try_title() }</h3>
            <div class="jap-try-layout">
                <div class="jap-scene-frame">
                    <div class="jap-scene jap-compare-scene" key={choice.id}
                        data-level={activation_name(activation)}>
                        { Html::from_html_unchecked(with_labels(COMPARE[activation as usize], ui).into()) }
                    </div>
                </div>
                <div class="jap-compare">
                    <fieldset>
                        <legend>{ ui.compare_legend() }</legend>
                        { for choices.iter().enumerate().map(|(number, listed)| {
                            let act = act.clone();
                            let onchange = Callback::from(move |event: Event| {
                                if event.target_unchecked_into::<HtmlInputElement>().checked() {
                                    act.emit(Action::CompareChosen(number));
                                }
                            });
                            html! {
                                <label class="jap-option jap-choice">
                                    <input type="radio" name={group.clone()} value={listed.id}
                                        checked={number == index} {onchange} />
                                    <span>{ listed.label }</span>
                                </label>
                            }
                        }) }
                    </fieldset>
                    <p class="jap-caption jap-compare-caption" role="status" aria-live="polite">
                        { choice.caption }
                    </p>
                </div>
            </div>
        </section>
    }
}
