//! Just a Plant?: a private, accessible widget about kratom and opioid recovery.
//! This is the widget's root: the app component and the function that mounts it.

pub mod components;
pub mod content;
pub mod explainer;
pub mod quiz;
pub mod route;

use yew::prelude::*;

use crate::components::help_card::HelpCard;
use crate::components::location::use_route;
use crate::content::UI;
use crate::explainer::ExplainerView;
use crate::quiz::QuizView;
use crate::route::Route;

/// What the host gives the widget.
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct AppProps {
    /// Seeds the order of the quiz; the same seed always gives the same order.
    pub seed: u64,
}

/// The whole widget: two sections, the explainer and the quiz, and the helpline below both.
/// Both sections stay mounted, so switching keeps each one's place.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (route, navigate) = use_route();
    let explainer_step = use_mut_ref(|| 0);
    if let Route::Explainer(step) = route {
        *explainer_step.borrow_mut() = step;
    }
    let step = *explainer_step.borrow();
    let in_quiz = route == Route::Quiz;
    let section_link = |to: Route, name: &'static str, current: bool| {
        html! {
            <a class="jap-section-link" href={to.fragment()}
                aria-current={current.then_some("page")}>{ name }</a>
        }
    };
    html! {
        <section class="jap" lang="en" aria-label={UI.widget_label}>
            <nav class="jap-sections" aria-label={UI.sections_label}>
                { section_link(Route::Explainer(step), UI.section_explainer, !in_quiz) }
                { section_link(Route::Quiz, UI.section_quiz, in_quiz) }
            </nav>
            <div class="jap-section" hidden={in_quiz}>
                <ExplainerView {step} on_navigate={navigate} />
            </div>
            <div class="jap-section" hidden={!in_quiz}>
                <QuizView seed={props.seed} />
            </div>
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
