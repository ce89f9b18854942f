//! The page's static first screen: the widget as it opens on its own page (the explainer's
//! first step, its picture, the compare control and the help card), rendered natively by Yew's
//! server renderer from the widget's own components, in each language: `prerender es` prints
//! the Spanish one, which the build (scripts/post-build.mjs) writes into that language's page,
//! so the page is readable before the WebAssembly arrives, and the widget starts in exactly the
//! same place and shape. One language a run: each page's widget is the first on its page, and
//! its element ids (`jap1-…`) must be those the widget gives its first instance.

use just_a_plant::components::location::Address;
use just_a_plant::config::Config;
use just_a_plant::content::Locale;
use just_a_plant::{App, AppProps};

/// The widget's first screen in `locale`, as its own page opens it (the page sets the
/// language), waiting for the widget: see [`waiting_for_the_widget`].
async fn first_screen(locale: &'static Locale) -> String {
    let props = AppProps {
        // The order of a round shows only once the quiz starts, never on the first screen.
        seed: 0,
        config: Config {
            locale: Some(locale.index()),
            ..Config::default()
        },
        address: Address::Untouched,
    };
    let markup = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    waiting_for_the_widget(&markup)
}

/// `markup` as it can be before the widget starts: each button and form field disabled, as
/// nothing can act on them yet (its links work: to a place in the widget, which the widget then
/// opens, and to the source article); and what the widget hides (the quiz, until it is opened)
/// left empty, as it shows nothing and takes no room. Yew escapes every text it writes and the
/// content checker keeps markup characters out of the words, so a tag's start is always a tag.
fn waiting_for_the_widget(markup: &str) -> String {
    without_hidden_content(markup)
        .replace("<button ", "<button disabled ")
        .replace("<input ", "<input disabled ")
}

/// `markup` with every element marked `hidden` (as Yew writes it) left empty.
fn without_hidden_content(markup: &str) -> String {
    const HIDDEN: &str = " hidden=\"hidden\"";
    let mut kept = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(at) = rest.find(HIDDEN) {
        let tag = rest[..at].rfind('<').expect("an attribute is inside a tag");
        let name = &rest[tag + 1..at];
        let content = at + rest[at..].find('>').expect("a tag ends") + 1;
        kept.push_str(&rest[..content]);
        rest = &rest[content + content_length(&rest[content..], name)..];
    }
    kept.push_str(rest);
    kept
}

/// How long the content of an element named `name` is, in `markup` that starts just after its
/// opening tag: up to its closing tag, past any element of the same name inside it.
fn content_length(markup: &str, name: &str) -> usize {
    let mut depth = 0;
    let mut at = 0;
    while let Some(found) = markup[at..].find('<') {
        let tag = at + found;
        let after = &markup[tag + 1..];
        match after.strip_prefix('/') {
            Some(closing) if named(closing, name) && depth == 0 => return tag,
            Some(closing) if named(closing, name) => depth -= 1,
            None if named(after, name) => depth += 1,
            _ => {}
        }
        at = tag + 1;
    }
    panic!("a <{name}> the widget hides is never closed");
}

/// Whether a tag whose text (after its `<` or `</`) is `tag` is named `name`.
fn named(tag: &str, name: &str) -> bool {
    tag.strip_prefix(name)
        .is_some_and(|after| after.starts_with([' ', '>']))
}

/// The first screen in `locale`, rendered on a single-threaded runtime.
fn render(locale: &'static Locale) -> String {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime to render on")
        .block_on(first_screen(locale))
}

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    let Some(locale) = Locale::from_code(&code) else {
        let codes: Vec<_> = Locale::spoken().iter().map(|locale| locale.code).collect();
        eprintln!("usage: prerender LANGUAGE, one of {}", codes.join(", "));
        std::process::exit(2);
    };
    print!("{}", render(locale));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each language's first screen, by its code.
    fn first_screens() -> Vec<(&'static str, String)> {
        Locale::spoken()
            .into_iter()
            .map(|locale| (locale.code, render(locale)))
            .collect()
    }

    #[test]
    fn each_language_gets_the_explainers_first_step_and_the_help_card_in_its_own_words() {
        let screens = first_screens();
        let locales = Locale::spoken();
        assert_eq!(screens.len(), locales.len());
        assert!(
            locales.len() > 1,
            "every language is compiled into the renderer"
        );
        for ((code, markup), locale) in screens.iter().zip(locales.iter()) {
            assert_eq!(*code, locale.code);
            let step = &locale.steps[0];
            assert!(
                markup.starts_with(&format!(r#"<section lang="{code}""#)),
                "{code}"
            );
            for words in [step.title, step.source.text, locale.ui.help_title()] {
                assert!(markup.contains(words), "{code}: {words}");
            }
            assert!(
                markup.contains(&format!(r#"data-scene="{}""#, step.id)),
                "{code}"
            );
            for other in locales.iter().filter(|other| other.code != *code) {
                assert!(
                    !markup.contains(other.steps[0].title),
                    "{code}: {}",
                    other.code
                );
            }
        }
    }

    #[test]
    fn every_control_is_disabled_until_the_widget_starts_and_links_stay_links() {
        for (code, markup) in first_screens() {
            let controls = markup.matches("<button ").count() + markup.matches("<input ").count();
            assert!(controls > 0, "{code}");
            let disabled = markup.matches("<button disabled ").count()
                + markup.matches("<input disabled ").count();
            assert_eq!(disabled, controls, "{code}");
            assert!(
                markup.contains("<a href=\"#"),
                "{code}: links to places in the widget"
            );
        }
    }

    #[test]
    fn what_the_widget_hides_is_left_empty_and_the_rest_kept() {
        let markup = r#"<div><div hidden="hidden" class="q"><div><p>x</p></div><div></div></div><p aria-hidden="true">kept</p><p hidden="hidden"><path d="M0"/></p><b>end</b></div>"#;
        assert_eq!(
            without_hidden_content(markup),
            r#"<div><div hidden="hidden" class="q"></div><p aria-hidden="true">kept</p><p hidden="hidden"></p><b>end</b></div>"#
        );
        for (code, markup) in first_screens() {
            assert!(
                markup.contains(r#"<div hidden="hidden" class="jap-section"></div>"#),
                "{code}"
            );
            assert!(
                !markup.contains("jap-quiz"),
                "{code}: the quiz is hidden on the first screen"
            );
        }
    }
}
