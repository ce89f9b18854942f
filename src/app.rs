//! The whole widget as one view over its state ([`Widget`]): the explainer and the quiz (both
//! stay mounted, so switching keeps each one's place), the privacy controls and the helpline;
//! what they all share comes to them through a context ([`Shared`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::help_card::{help_card, help_jump};
use crate::components::language::language_switch;
use crate::components::listen::use_listen;
use crate::components::location::{named_language, place_link, Address, Place};
use crate::components::notice::link_notice;
use crate::components::privacy::privacy_controls;
use crate::components::shared::Shared;
use crate::config::{Config, Sections};
use crate::content::{places, Locale, ENGLISH};
use crate::explainer::{first_choice, ExplainerView};
use crate::hooks::languages::use_languages;
use crate::hooks::{address::use_address, instance::use_id_prefix, kiosk::use_kiosk_reset};
use crate::hooks::{remembered::use_remembered, theme::use_theme};
use crate::progress::SavedProgress;
use crate::quiz::QuizView;
use crate::route::Route;
use crate::storage;
use crate::widget::{Action, Origin, Widget, Words};

/// What the host gives the widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Seeds the order of the quiz when no link gives one; the same seed always gives the
    /// same order.
    pub seed: u32,
    #[prop_or_default]
    pub config: Config,
    /// How this widget uses the page's address.
    #[prop_or(Address::Page)]
    pub address: Address,
}

/// A seed nobody can predict, for a fresh quiz.
pub fn fresh_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// The first of the browser's preferred languages that the widget knows.
fn browser_language() -> Option<usize> {
    let languages = crate::browser::window().map(|window| window.navigator().languages());
    let tags: Vec<String> = languages
        .iter()
        .flat_map(|languages| languages.iter())
        .filter_map(|tag| tag.as_string())
        .collect();
    Locale::preferred(&tags)
}

/// The widget as it opens: where the address points, else where the person left off on this
/// device, else where the host starts it; in the host's language, else the link's, else the
/// one remembered, else the browser's. A language whose words have not arrived is awaited,
/// and the first of the others spoken meanwhile.
fn opening(props: &AppProps) -> Widget {
    let config = &props.config;
    let remembering = !config.kiosk && storage::remembering();
    let saved = storage::load()
        .filter(|_| remembering)
        .and_then(|text| SavedProgress::decode(&text, places()));
    let fallback = saved.as_ref().map(|saved| saved.place).or(config.start);
    let fragment = props.address.fragment().unwrap_or_default();
    let languages = [
        config.locale,
        named_language(&fragment),
        saved.as_ref().and_then(|saved| saved.locale),
        browser_language(),
    ];
    let mut languages = languages.into_iter().flatten();
    let wanted = languages.clone().next();
    let locale = languages.find_map(Locale::at).unwrap_or(*ENGLISH);
    let place = Place::from_fragment(&fragment, fallback.unwrap_or(Route::START), locale);
    let place = Place { locale, ..place };
    let origin = Origin {
        seed: props.seed,
        locale,
        choice: first_choice(),
    };
    let config = Rc::new(config.clone());
    let widget = Widget::open(
        place,
        saved,
        remembering,
        storage::available(),
        origin,
        config,
    );
    match wanted.filter(|&language| Locale::at(language).is_none()) {
        Some(language) => Widget {
            words: Words::Awaited(language),
            ..widget
        },
        None => widget,
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let widget = use_reducer_eq(|| opening(props));
    // Made once, so the context and the sections' properties stay equal and a change elsewhere
    // skips them.
    let act = (*use_memo((), |_| widget.dispatcher().to_callback())).clone();
    let navigate = (*use_memo((), |_| act.reform(Action::PlaceChosen))).clone();
    let (root, help_heading, ids) = (use_node_ref(), use_node_ref(), use_id_prefix());
    let config = widget.config.clone();
    use_address(&widget, props.address);
    use_languages(&widget, config.words_folder());
    use_remembered(&widget);
    use_kiosk_reset(
        config.kiosk,
        config.idle_ms,
        act.reform(|()| Action::StartedOver { seed: fresh_seed() }),
    );
    use_theme(root.clone(), config.theme.clone());
    let (locale, route) = (widget.place.locale, widget.route());
    let speaks = use_listen(
        config.words_folder(),
        &root,
        locale.code,
        (route, widget.resets),
    );
    let ui = &locale.ui;
    let shared = Shared {
        config: config.clone(),
        locale,
        words_missing: widget.words_missing,
        act: act.clone(),
        navigate,
        ids,
        speaks,
    };
    let section_link = |to: Route, name: &'static str, current: bool| {
        place_link(
            &shared,
            to,
            "jap-section-link",
            current.then_some("page"),
            name,
        )
    };
    let in_quiz = route.in_quiz();
    html! {
        <section class="jap" lang={locale.code} dir={ui.text_direction()} aria-label={ui.widget_label()}
            ref={root} data-theme={config.theme.accent.is_some().then_some("custom")}
            data-scheme={config.theme.kept_scheme()}>
            { link_notice(widget.place.problem, &act, ui) }
            <div class="jap-top">
                <div class="jap-bar">
                    { help_jump(&help_heading, ui) }
                    { language_switch(locale, widget.words, &act) }
                </div>
                if config.sections == Sections::Both {
                    <nav class="jap-sections" aria-label={ui.sections_label()}>
                        { section_link(Route::Explainer(widget.step), ui.section_explainer(), !in_quiz) }
                        { section_link(Route::Quiz { seed: None }, ui.section_quiz(), in_quiz) }
                    </nav>
                }
            </div>
            if config.has_explainer() {
                <div class="jap-section" hidden={in_quiz}>
                    <ExplainerView shared={shared.clone()} step={widget.step} choice={widget.choice}
                        guess={widget.guess(widget.step)} />
                </div>
            }
            if config.has_quiz() {
                <div class="jap-section" hidden={!in_quiz}>
                    <QuizView key={widget.quizzes} shared={shared.clone()} quiz={widget.quiz.clone()}
                        shared_score={route.score()} sureness={widget.sureness} />
                </div>
            }
            if !config.kiosk {
                { privacy_controls(widget.storage, widget.remembering, &act, &shared.ids, ui) }
            }
            { help_card(config.help.as_ref(), ui, help_heading) }
        </section>
    }
}
