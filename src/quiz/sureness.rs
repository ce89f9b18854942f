//! How sure a person is that using kratom counts as a relapse, asked before the quiz and again
//! after it, so they can see their own change: five answers in words, either of which may be
//! skipped. Kept in the widget's state (and in storage only for a person who chose to be
//! remembered), never in a link, never sent.

use yew::prelude::*;

use crate::content::{fill, UiText};
use crate::widget::Action;

/// When the question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    Before,
    After,
}

/// The answers given: each a level from 1 (not sure at all) to [`LEVELS`] (completely sure), or
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sureness {
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// How many answers the question has.
pub const LEVELS: u8 = 5;

impl Sureness {
    /// These answers with `level` given at `moment` (a level out of range changes nothing).
    pub fn with(self, moment: Moment, level: u8) -> Self {
        let level = (1..=LEVELS).contains(&level).then_some(level);
        match (moment, level) {
            (_, None) => self,
            (Moment::Before, level) => Sureness {
                before: level,
                ..self
            },
            (Moment::After, level) => Sureness {
                after: level,
                ..self
            },
        }
    }

    /// The answers as two characters, the level's digit or `-` for none (saved progress).
    pub fn encode(self) -> String {
        [self.before, self.after]
            .map(|level| level.map_or('-', |level| char::from(b'0' + level)))
            .iter()
            .collect()
    }

    /// Reads two characters written by [`Sureness::encode`]; `None` for anything else.
    pub fn decode(text: &str) -> Option<Sureness> {
        let level = |c: char| match c {
            '-' => Some(None),
            c => c
                .to_digit(10)
                .and_then(|digit| u8::try_from(digit).ok())
                .filter(|level| (1..=LEVELS).contains(level))
                .map(Some),
        };
        let mut chars = text.chars();
        let (Some(before), Some(after), None) = (chars.next(), chars.next(), chars.next()) else {
            return None;
        };
        Some(Sureness {
            before: level(before)?,
            after: level(after)?,
        })
    }
}

/// The words for `level`, 1 to [`LEVELS`].
pub fn level_words(ui: &UiText, level: u8) -> &'static str {
    match level {
        1 => ui.sure_1(),
        2 => ui.sure_2(),
        3 => ui.sure_3(),
        4 => ui.sure_4(),
        _ => ui.sure_5(),
    }
}

/// The question asked at `moment` as a radio group with a legend, under a line that says why it
/// is asked now, with the answer `chosen` then, if any; choosing an answer gives it (there is
/// nothing to submit, and nothing else to do to skip it).
pub fn sureness_question(
    moment: Moment,
    chosen: Option<u8>,
    act: &Callback<Action>,
    ui: &UiText,
    ids: &str,
) -> Html {
    let (lead, name, when) = match moment {
        Moment::Before => (
            ui.sure_before_lead(),
            format!("{ids}-sure-before"),
            "before",
        ),
        Moment::After => (ui.sure_after_lead(), format!("{ids}-sure-after"), "after"),
    };
    html! {
        <fieldset class="jap-sure" data-moment={when}>
            <legend>
                <span class="jap-sure-lead">{ lead }</span>
                <span class="jap-sure-question">{ ui.sure_question() }</span>
            </legend>
            <div class="jap-sure-levels">
                { for (1..=LEVELS).map(|level| {
                    let onchange = act.reform(move |_: Event| Action::SurenessChosen { moment, level });
                    html! {
                        <label class="jap-option">
                            <input type="radio" name={name.clone()} value={level.to_string()}
                                checked={chosen == Some(level)} {onchange} />
                            <span>{ level_words(ui, level) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// The two answers side by side, before and now, once the second is given; words, not numbers.
/// Its region is always there, so that the pair is read out when it appears.
pub fn sureness_pair(sureness: Sureness, ui: &UiText) -> Html {
    let pair = sureness.after.map(|now| {
        let then = sureness
            .before
            .map_or(ui.sure_skipped(), |level| level_words(ui, level));
        html! {
            <>
                <h3>{ ui.sure_pair_title() }</h3>
                <div class="jap-sure-sides">
                    <p class="jap-sure-then">{ fill(ui.sure_then(), &[("answer", then)]) }</p>
                    <p class="jap-sure-now">{ fill(ui.sure_now(), &[("answer", level_words(ui, now))]) }</p>
                </div>
            </>
        }
    });
    html! {
        <section class="jap-sure-pair" aria-live="polite">{ pair }</section>
    }
}
