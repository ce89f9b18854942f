//! Just a Plant?: a private, accessible widget about kratom and opioid recovery.
//! This is the widget's root: the app component and the function that mounts it.

pub mod components;
pub mod content;
pub mod explainer;
pub mod quiz;
pub mod route;

use yew::prelude::*;

use crate::components::help_card::HelpCard;
use crate::components::location::use_place;
use crate::components::notice::LinkNotice;
use crate::content::UI;
use crate::explainer::ExplainerView;
use crate::quiz::{QuizStart, QuizView};
use crate::route::Route;

/// What the host gives the widget.
#[derive(Properties, PartialEq, Clone, Copy)]
pub struct AppProps {
    /// Seeds the order of the quiz when no link gives one; the same seed always gives the
    /// same order.
    pub seed: u32,
}

/// The whole widget: two sections, the explainer and the quiz, and the helpline below both.
/// Both sections stay mounted, so switching keeps each one's place.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (place, navigate, dismiss) = use_place();
    let route = place.route;
    let explainer_step = use_mut_ref(|| 0);
    let quiz_start = use_mut_ref(|| QuizStart::Round(props.seed));
    match route {
        Route::Explainer(step) => *explainer_step.borrow_mut() = step,
        Route::Quiz { seed: Some(seed) } => *quiz_start.borrow_mut() = QuizStart::Round(seed),
        Route::Statement(index) => {
            *quiz_start.borrow_mut() = QuizStart::Single {
                index,
                seed: props.seed,
            }
        }
        Route::Quiz { seed: None } | Route::Score { .. } => {}
    }
    let step = *explainer_step.borrow();
    let start = *quiz_start.borrow();
    let shared_score = match route {
        Route::Score { score, total } => Some((score, total)),
        _ => None,
    };
    let in_quiz = route.in_quiz();
    let section_link = |to: Route, name: &'static str, current: bool| {
        html! {
            <a class="jap-section-link" href={to.fragment(content::places())}
                aria-current={current.then_some("page")}>{ name }</a>
        }
    };
    html! {
        <section class="jap" lang="en" aria-label={UI.widget_label}>
            <LinkNotice problem={place.problem} on_dismiss={dismiss} />
            <nav class="jap-sections" aria-label={UI.sections_label}>
                { section_link(Route::Explainer(step), UI.section_explainer, !in_quiz) }
                { section_link(Route::Quiz { seed: None }, UI.section_quiz, in_quiz) }
            </nav>
            <div class="jap-section" hidden={in_quiz}>
                <ExplainerView {step} on_navigate={navigate} />
            </div>
            <div class="jap-section" hidden={!in_quiz}>
                <QuizView key={format!("{start:?}")} {start} {shared_score} />
            </div>
            <HelpCard />
        </section>
    }
}

/// Mounts the widget into the element with id `just-a-plant`, or into `<body>` without one.
/// Each page load gets a fresh random order.
pub fn start() {
    let seed = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
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
