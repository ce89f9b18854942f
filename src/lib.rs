//! Just a Plant?: a private, accessible widget about kratom and opioid recovery.
//! This is the widget's root: the app component and the function that mounts it.

pub mod components;
pub mod content;
pub mod quiz;

use yew::prelude::*;

use crate::components::help_card::HelpCard;
use crate::content::UI;
use crate::quiz::QuizView;

/// What the host gives the widget.
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct AppProps {
    /// Seeds the order of the quiz; the same seed always gives the same order.
    pub seed: u64,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <section class="jap" lang="en" aria-label={UI.widget_label}>
            <QuizView seed={props.seed} />
            <HelpCard />
        </section>
    }
}

/// Mounts the widget into the element with id `just-a-plant`, or into `<body>` without one.
/// Each page load gets a fresh random order.
pub fn start() {
    let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let props = AppProps { seed };
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("just-a-plant"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
