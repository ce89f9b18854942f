//! The compare control: pick what reaches the receptor, and read what the diagram shows.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::content::Locale;

/// The choice made, and how to make another.
pub struct CompareProps {
    /// The index of the chosen entry of the locale's choices.
    pub chosen: usize,
    pub on_choose: Callback<usize>,
    /// A prefix for this instance's element ids and radio group name.
    pub ids: AttrValue,
    /// The language spoken now.
    pub locale: &'static Locale,
}

/// A radio group (arrow keys move between choices) and a live caption of the choice.
pub fn compare_control(props: &CompareProps) -> Html {
    let group = format!("{}-compare", props.ids);
    let choices = props.locale.choices;
    let choice = &choices[props.chosen.min(choices.len() - 1)];
    html! {
        <div class="jap-compare">
            <fieldset>
                <legend>{ props.locale.ui.compare_legend }</legend>
                { for choices.iter().enumerate().map(|(index, choice)| {
                    let on_choose = props.on_choose.clone();
                    let onchange = Callback::from(move |event: Event| {
                        if event.target_unchecked_into::<HtmlInputElement>().checked() {
                            on_choose.emit(index);
                        }
                    });
                    html! {
                        <label class="jap-choice">
                            <input type="radio" name={group.clone()} value={choice.id}
                                checked={index == props.chosen} {onchange} />
                            <span>{ choice.label }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <p class="jap-caption jap-compare-caption" role="status" aria-live="polite">
                { choice.caption }
            </p>
        </div>
    }
}
