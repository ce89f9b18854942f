//! Just a Plant?: a private, accessible widget about kratom and opioid recovery.
//! This is the widget's root: the app component and the function that mounts it.

pub mod components;
pub mod config;
pub mod content;
pub mod explainer;
pub mod progress;
pub mod quiz;
pub mod route;
pub mod storage;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::components::help_card::{help_card, help_jump};
use crate::components::instance::use_id_prefix;
use crate::components::language::language_switch;
use crate::components::location::{place_link, use_place, Address, PlaceAction};
use crate::components::notice::{link_notice, NoticeProps};
use crate::components::privacy::{privacy_controls, PrivacyProps};
use crate::components::share::use_share;
use crate::components::shared::Shared;
use crate::config::{Config, Sections};
use crate::content::{places, Locale, ENGLISH, LOCALES};
use crate::explainer::{explainer_view, first_choice, ExplainerProps};
use crate::progress::SavedProgress;
use crate::quiz::state::Quiz;
use crate::quiz::{QuizStart, QuizView};
use crate::route::Route;

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

/// The first of the browser's preferred languages that the widget speaks, else English.
fn browser_locale() -> &'static Locale {
    let languages = web_sys::window().map(|window| window.navigator().languages());
    let tags: Vec<String> = languages
        .iter()
        .flat_map(|languages| languages.iter())
        .filter_map(|tag| tag.as_string())
        .collect();
    Locale::preferred(&tags).unwrap_or(ENGLISH)
}

/// The events that count as someone using a kiosk.
const ACTIVITY: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

/// The whole widget: two sections, the explainer and the quiz, the privacy controls, and the
/// helpline below them. Both sections stay mounted, so switching keeps each one's place.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = std::rc::Rc::new(props.config.clone());
    let kiosk = config.kiosk;
    let saved = use_memo((), move |_| {
        let text = (!kiosk).then(storage::load).flatten()?;
        SavedProgress::decode(&text, places())
    });
    let fallback = saved
        .as_ref()
        .as_ref()
        .map(|saved| saved.place)
        .or(config.start)
        .unwrap_or(Route::START);
    // Without the host's choice or a link's, the language remembered, else the browser's.
    let remembered = saved.as_ref().as_ref().and_then(|saved| saved.locale);
    let unnamed = *use_state(|| {
        remembered
            .and_then(|index| LOCALES.get(index))
            .unwrap_or_else(browser_locale)
    });
    let place = use_place(
        config.place_for(fallback),
        props.address,
        config.locale,
        unnamed,
    );
    let first_locale = *use_state(|| place.locale);
    let locale = place.locale;
    let navigate = place.dispatcher().to_callback().reform(PlaceAction::Go);
    let switch = place.dispatcher().to_callback().reform(PlaceAction::Speak);
    let dismiss = place
        .dispatcher()
        .to_callback()
        .reform(|()| PlaceAction::Dismiss);
    let route = config.place_for(place.route);
    let explainer_step = use_mut_ref(|| 0);
    let quiz_start = use_mut_ref(|| match saved.as_ref() {
        Some(saved) => QuizStart::Restored(saved.quiz.clone()),
        None => QuizStart::Round(props.seed),
    });
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
    let remembering = use_state(|| !kiosk && storage::remembering());
    let available = use_state(storage::available);
    let latest_quiz = use_mut_ref(|| None::<Quiz>);
    let resets = use_state(|| 0_u32);
    let chosen = use_state(first_choice);
    let explainer_share = use_share();

    let progress_now = {
        let latest_quiz = latest_quiz.clone();
        move |route: Route| {
            let quiz = latest_quiz
                .borrow()
                .clone()
                .filter(|quiz| !quiz.is_single())?;
            let place = match route {
                Route::Explainer(_) => route,
                _ => Route::Quiz { seed: None },
            };
            let locale = Some(locale.index());
            Some(
                SavedProgress {
                    place,
                    locale,
                    quiz,
                }
                .encode(places()),
            )
        }
    };
    let on_quiz_change = {
        let (progress_now, remembering) = (progress_now.clone(), remembering.clone());
        Callback::from(move |quiz: Quiz| {
            *latest_quiz.borrow_mut() = Some(quiz);
            if *remembering {
                progress_now(route)
                    .iter()
                    .for_each(|text| storage::save(text));
            }
        })
    };
    {
        let (progress_now, remembering) = (progress_now.clone(), *remembering);
        use_effect_with(
            (route, remembering, locale),
            move |&(route, remembering, _)| {
                if remembering {
                    progress_now(route)
                        .iter()
                        .for_each(|text| storage::save(text));
                }
            },
        );
    }
    let on_remember = {
        let (remembering, available) = (remembering.clone(), available.clone());
        Callback::from(move |on: bool| {
            let kept = on && storage::remember(&progress_now(route).unwrap_or_default());
            if !kept {
                storage::forget();
            }
            if on && !kept {
                // Storage refused the first write: say quietly that remembering is unavailable.
                available.set(false);
            }
            remembering.set(kept);
        })
    };
    let reset = {
        let (remembering, resets, quiz_start) =
            (remembering.clone(), resets.clone(), quiz_start.clone());
        let chosen = chosen.setter();
        let (navigate, switch) = (navigate.clone(), switch.clone());
        Callback::from(move |()| {
            storage::forget();
            remembering.set(false);
            *quiz_start.borrow_mut() = QuizStart::Round(fresh_seed());
            resets.set(*resets + 1);
            chosen.set(first_choice());
            navigate.emit(Route::START);
            switch.emit(first_locale);
        })
    };
    use_kiosk_reset(kiosk, config.idle_ms, reset.clone());
    let root = use_node_ref();
    let help_heading = use_node_ref();
    let ids = use_id_prefix();
    use_theme(root.clone(), config.theme.clone());

    let step = *explainer_step.borrow();
    let start = quiz_start.borrow().clone();
    let quiz_key = format!("{}-{}", *resets, start.key());
    let shared_score = match route {
        Route::Score { score, total } => Some((score, total)),
        _ => None,
    };
    let in_quiz = route.in_quiz();
    let ui = &locale.ui;
    let shared = Shared {
        config: config.clone(),
        locale,
        navigate: navigate.clone(),
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
    html! {
            <section class="jap" lang={locale.code} dir={ui.text_direction}
                aria-label={ui.widget_label} ref={root}
                data-theme={config.theme.accent.is_some().then_some("custom")}
                data-scheme={config.theme.kept_scheme()}>
                { link_notice(&NoticeProps { problem: place.problem, on_dismiss: dismiss, ui }) }
                <div class="jap-top">
                    <div class="jap-bar">
                        { help_jump(&help_heading, ui) }
                        { language_switch(locale, &switch) }
                    </div>
                    if config.sections == Sections::Both {
                        <nav class="jap-sections" aria-label={ui.sections_label}>
                            { section_link(Route::Explainer(step), ui.section_explainer, !in_quiz) }
                            { section_link(Route::Quiz { seed: None }, ui.section_quiz, in_quiz) }
                        </nav>
                    }
                </div>
                if config.has_explainer() {
                    <div class="jap-section" hidden={in_quiz}>
                        { explainer_view(&ExplainerProps {
                            step,
                            shared: &shared,
                            quiz_link: config.has_quiz(),
                            chosen: &chosen,
                            ids: &ids,
                            share: &explainer_share,
                        }) }
                    </div>
                }
                if config.has_quiz() {
                    <div class="jap-section" hidden={!in_quiz}>
                        <QuizView key={quiz_key} {start} {shared_score} shared={shared.clone()} ids={ids.clone()}
                            on_change={on_quiz_change} />
                    </div>
                }
                if !kiosk {
                    { privacy_controls(&PrivacyProps {
                        available: *available,
                        remembering: *remembering,
                        on_remember,
                        on_forget: reset,
                        ids: &ids,
                        ui,
                    }) }
                }
                { help_card(config.help.as_ref(), ui, help_heading) }
            </section>
    }
}

/// Applies the host's theme to the widget's root as CSS custom properties, through the CSSOM
/// (a strict Content Security Policy forbids style attributes, not this).
#[hook]
fn use_theme(root: NodeRef, theme: config::Theme) {
    use_effect_with(theme, move |theme| {
        if let Some(style) = root
            .cast::<web_sys::HtmlElement>()
            .map(|element| element.style())
        {
            let properties = [
                ("--jap-custom-accent", theme.accent.as_deref()),
                ("--jap-custom-on-accent", theme.on_accent),
                ("--jap-font", theme.font.as_deref()),
                ("--jap-radius-custom", theme.radius.as_deref()),
            ];
            for (name, value) in properties {
                if let Some(value) = value {
                    // A value the browser rejects leaves the default in place.
                    let _ = style.set_property(name, value);
                }
            }
        }
    });
}

/// In kiosk mode, calls `reset` after `idle_ms` without any activity.
#[hook]
fn use_kiosk_reset(kiosk: bool, idle_ms: u32, reset: Callback<()>) {
    use_effect_with((kiosk, idle_ms), move |&(kiosk, idle_ms)| {
        let timer = std::rc::Rc::new(std::cell::RefCell::new(None::<Timeout>));
        let restart = {
            let timer = timer.clone();
            move || {
                let reset = reset.clone();
                *timer.borrow_mut() = Some(Timeout::new(idle_ms, move || reset.emit(())));
            }
        };
        let listeners: Vec<_> = match web_sys::window().and_then(|window| window.document()) {
            Some(document) if kiosk => {
                restart();
                ACTIVITY
                    .iter()
                    .map(|&event| {
                        let restart = restart.clone();
                        gloo_events::EventListener::new(&document, event, move |_| restart())
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        move || {
            drop(listeners);
            timer.borrow_mut().take();
        }
    });
}

thread_local! {
    /// Each mounted root with the static summary it held before the widget started.
    static FALLBACKS: std::cell::RefCell<Vec<(web_sys::Element, String)>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// Puts the static summary back in place of the widget: what a person sees if the widget
/// fails, never an empty box.
pub fn show_fallback(root: &web_sys::Element, summary: &str) {
    root.set_inner_html(summary);
    // The summary's status line now says the interactive version could not run.
    let _ = root.set_attribute("data-failed", "");
}

/// Takes the static summary out of `root` so the widget can start there, and keeps it to put
/// back should the widget fail.
fn clear_fallback(root: &web_sys::Element) {
    let summary = root.inner_html();
    root.set_inner_html("");
    FALLBACKS.with(|fallbacks| fallbacks.borrow_mut().push((root.clone(), summary)));
}

/// On a panic: the error goes to the console, and every widget shows its static summary.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("Just a Plant? stopped: {info}").into());
    FALLBACKS.with(|fallbacks| {
        for (root, summary) in fallbacks.borrow().iter() {
            show_fallback(root, summary);
        }
    });
}

/// Mounts one embedded widget into `container` (inside the shadow root of `host`, the host
/// page's `<div data-just-a-plant>`), configured by `host`'s `data-` attributes. The embed
/// script calls this for each such element; `follow_address` is true when it is the page's
/// only widget, so it alone reads and writes the URL fragment (its own fragments only); `files`
/// is the address of the folder the embed script came from. Each value it does not understand
/// gets one console warning, which names the attribute first (the embed builder shows them).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embedded(
    container: web_sys::Element,
    host: web_sys::Element,
    follow_address: bool,
    files: String,
) {
    let (mut config, warnings) = Config::from_attributes(&|name| host.get_attribute(name));
    config.files = files;
    // On a host page, light unless the host says otherwise: a dark box on a light site
    // surprises, and hosts choose dark or the reader's own with data-theme.
    config.theme.scheme.get_or_insert("light");
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    let props = AppProps {
        seed: fresh_seed(),
        config,
        address: if follow_address {
            Address::Host
        } else {
            Address::Untouched
        },
    };
    // Should the widget fail, the host's own summary shows inside its shadow root.
    FALLBACKS.with(|fallbacks| {
        fallbacks
            .borrow_mut()
            .push((container.clone(), host.inner_html()))
    });
    yew::Renderer::<App>::with_root_and_props(container, props).render();
}

/// Mounts the standalone page's widget into the element with id `just-a-plant`, with the
/// configuration its `data-` attributes give, or its address's query (for a frame). Each page
/// load gets a fresh order. A page without that element (a host page using the embed script)
/// gets nothing here.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let window = web_sys::window();
    let root = window
        .as_ref()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("just-a-plant"));
    // A frame's host cannot set attributes inside it, so each option can also come from the
    // page's query, named without `data-` (`?sections=quiz&locale=es`): the widget's own
    // configuration, never a person's data. An attribute wins over the query.
    let query = window
        .as_ref()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
    let (config, warnings) = Config::from_attributes(&|name| {
        root.as_ref()
            .and_then(|root| root.get_attribute(name))
            .or_else(|| query.as_ref()?.get(name.strip_prefix("data-")?))
    });
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    let props = AppProps {
        seed: fresh_seed(),
        config,
        address: Address::Page,
    };
    if let Some(root) = root {
        clear_fallback(&root);
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
