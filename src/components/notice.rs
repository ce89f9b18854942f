//! A short, calm notice at the top of the widget, such as for a link that could not be opened.

use yew::prelude::*;

use crate::content::UiText;
use crate::route::LinkError;
use crate::widget::Action;

/// Says why the widget started at the beginning instead of where a link pointed (`problem`),
/// with a button that puts the notice away; in the words of `ui`.
pub fn link_notice(
    problem: Option<LinkError>,
    act: &Callback<Action>,
    ui: &'static UiText,
) -> Html {
    let text = match problem {
        None => return html! { <div class="jap-notice-slot" role="status"></div> },
        Some(LinkError::NewerVersion) => ui.notice_newer(),
        Some(LinkError::TooLong | LinkError::Malformed) => ui.notice_link(),
    };
    let act = act.clone();
    html! {
        <div class="jap-notice-slot" role="status">
            <div class="jap-notice">
                <p>{ text }</p>
                <button type="button" class="jap-button" onclick={move |_| act.emit(Action::NoticeDismissed)}>
                    { ui.notice_dismiss() }
                </button>
            </div>
        </div>
    }
}
