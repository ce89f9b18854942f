//! A short, calm notice at the top of the widget, such as for a link that could not be opened.

use yew::prelude::*;

use crate::content::UiText;
use crate::route::LinkError;

/// What the notice shows, and how it is put away.
pub struct NoticeProps {
    pub problem: Option<LinkError>,
    pub on_dismiss: Callback<()>,
    /// The words, in the language spoken now.
    pub ui: &'static UiText,
}

/// Says why the widget started at the beginning instead of where a link pointed.
pub fn link_notice(props: &NoticeProps) -> Html {
    let text = match props.problem {
        None => return html! { <div class="jap-notice-slot" role="status"></div> },
        Some(LinkError::NewerVersion) => props.ui.notice_newer,
        Some(LinkError::TooLong | LinkError::Malformed) => props.ui.notice_link,
    };
    let on_dismiss = props.on_dismiss.clone();
    html! {
        <div class="jap-notice-slot" role="status">
            <div class="jap-notice">
                <p>{ text }</p>
                <button type="button" class="jap-button" onclick={move |_| on_dismiss.emit(())}>
                    { props.ui.notice_dismiss }
                </button>
            </div>
        </div>
    }
}
