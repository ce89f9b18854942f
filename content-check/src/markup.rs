//! Fixed runs of the interface (the help card's lines, the quiz's first screen) written as markup
//! at build time: the widget inserts each one whole, which costs fewer bytes than building the
//! same elements one by one at run time.

use crate::{Content, ContentError, UiText};

/// The interface keys whose words appear only inside this markup, so the widget gets the markup
/// instead of the separate words.
pub const MARKUP_KEYS: [&str; 29] = [
    "remember_1",
    "remember_2",
    "remember_3",
    "main_label",
    "main_picture",
    "main_picture_opioid",
    "main_picture_kratom",
    "main_message",
    "action_talk",
    "action_why",
    "action_worry",
    "remember_title",
    "remember_basis",
    "intro_title",
    "intro_body",
    "intro_time",
    "intro_privacy",
    "help_lead",
    "helpline_name",
    "helpline_phone",
    "helpline_tel",
    "helpline_about",
    "helpline_tty_label",
    "helpline_tty",
    "helpline_tty_tel",
    "crisis_lead",
    "crisis_number",
    "crisis_about",
    "not_medical_advice",
];

/// Single elements of fixed words, each written whole: the field the widget reads, the key
/// whose words it holds, and its tag and class.
pub const ELEMENTS: [(&str, &str, &str, &str); 4] = [
    ("explainer_heading", "explainer_title", "h2", "jap-title"),
    ("arrow_hint_note", "arrow_hint", "p", "jap-note"),
    (
        "results_intro_line",
        "results_intro",
        "p",
        "jap-screen-only",
    ),
    (
        "remember_unavailable_note",
        "remember_unavailable",
        "p",
        "jap-note jap-privacy",
    ),
];

/// Whether the words of the key `name` reach the widget only inside markup written here.
pub fn is_written_here(name: &str) -> bool {
    MARKUP_KEYS.contains(&name) || ELEMENTS.iter().any(|&(_, key, _, _)| key == name)
}

/// One of the [`ELEMENTS`], with its words from `ui`.
pub fn element(ui: &UiText, (_, key, tag, class): (&str, &str, &str, &str)) -> String {
    format!(
        r#"<{tag} class="{class}">{}</{tag}>"#,
        escape(ui.value(key))
    )
}

/// `text` with the characters that mean something in HTML escaped.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A link that dials `tel` and reads `shown`.
fn call(class: &str, tel: &str, shown: &str) -> String {
    format!(
        r#"<a{class} href="tel:{}">{}</a>"#,
        escape(tel),
        escape(shown)
    )
}

/// The national helpline: who it is and its number, then what it offers and its TTY number,
/// all visible without opening anything.
pub fn national_helpline(ui: &UiText) -> String {
    format!(
        r#"<p class="jap-help-lead">{} {}: {}</p><p>{} {}: {}</p>"#,
        escape(ui.value("help_lead")),
        escape(ui.value("helpline_name")),
        call(
            r#" class="jap-help-call""#,
            ui.value("helpline_tel"),
            ui.value("helpline_phone")
        ),
        escape(ui.value("helpline_about")),
        escape(ui.value("helpline_tty_label")),
        call("", ui.value("helpline_tty_tel"), ui.value("helpline_tty")),
    )
}

/// The crisis line, shown always.
pub fn crisis_line(ui: &UiText) -> String {
    let number = ui.value("crisis_number");
    format!(
        r#"<p class="jap-help-crisis">{} {} {}</p>"#,
        escape(ui.value("crisis_lead")),
        call(r#" class="jap-help-call""#, number, number),
        escape(ui.value("crisis_about")),
    )
}

/// The note that this is education, not medical advice.
pub fn note(ui: &UiText) -> String {
    format!(
        r#"<p class="jap-note">{}</p>"#,
        escape(ui.value("not_medical_advice"))
    )
}

/// The crisis line, shown always, and the note that this is education, not medical advice.
pub fn crisis_line_and_note(ui: &UiText) -> String {
    crisis_line(ui) + &note(ui)
}

/// The meanings of the words of `terms` that `text` uses, as a `<details>` whose summary is the
/// `terms_title` words (a press or Enter opens it; a screen reader reads each word's meaning
/// with it); empty where `text` uses none.
pub fn glossary(ui: &UiText, terms: &crate::Terms, text: &str) -> String {
    meanings(ui, &crate::terms::glossary(terms, text))
}

/// `used` (words and their meanings) as the `<details>` of [`glossary`]; empty where it is.
fn meanings(ui: &UiText, used: &[&(String, String)]) -> String {
    if used.is_empty() {
        return String::new();
    }
    let entries: String = used
        .iter()
        .map(|(word, meaning)| {
            format!(
                "<div><dt><dfn>{}</dfn></dt><dd>{}</dd></div>",
                escape(word),
                escape(meaning)
            )
        })
        .collect();
    format!(
        r#"<details class="jap-terms"><summary>{}</summary><dl>{entries}</dl></details>"#,
        escape(ui.value("terms_title"))
    )
}

/// The interface keys of the main message's box: the message and its call to action.
const MAIN_BOX: [&str; 4] = ["main_message", "action_talk", "action_why", "action_worry"];

/// The interface keys of the points to remember, with what they rest on.
const POINTS: [&str; 4] = ["remember_1", "remember_2", "remember_3", "remember_basis"];

/// The hard words the main message's box uses, and those it and the points to remember under
/// it use (the results and the printout show both, with one list of meanings), each with its
/// meaning.
pub fn summary_terms<'t>(ui: &UiText, terms: &'t crate::Terms) -> [Vec<&'t (String, String)>; 2] {
    let text = |keys: &[&str]| {
        let texts: Vec<&str> = keys.iter().map(|key| ui.value(key)).collect();
        texts.join(" ")
    };
    [
        crate::terms::glossary(terms, &text(&MAIN_BOX)),
        crate::terms::glossary(terms, &text(&[MAIN_BOX, POINTS].concat())),
    ]
}

/// The main message's box (the CDC Clear Communication Index's main message): a region named
/// for screen readers; a picture of what the message says, an opioid's gray key and kratom's
/// green key at the same lock, each key labelled; the message in bold; and the call to action
/// as a list (what to do, why, and the worry that may hold a person back, answered).
pub fn main_box(ui: &UiText) -> String {
    let items: String = MAIN_BOX[1..]
        .iter()
        .map(|key| format!(r#"<li class="jap-read">{}</li>"#, escape(ui.value(key))))
        .collect();
    format!(
        concat!(
            r#"<section class="jap-main" aria-label="{}">"#,
            r#"<svg class="jap-main-picture" viewBox="0 0 120 56" role="img" aria-label="{}">"#,
            r#"<path class="jap-main-lock" d="M53 20v-6a7 7 0 0 1 14 0v6M48 20h24v24H48z"/>"#,
            r#"<path class="jap-main-keyhole" d="M60 28v8"/>"#,
            r#"<g class="jap-main-opioid"><circle cx="10" cy="30" r="7"/><path d="M16 28h30v4H16zM36 32h4v5h-4zM42 32h4v4h-4z"/></g>"#,
            r#"<g class="jap-main-kratom"><circle cx="110" cy="30" r="7"/><path d="M74 28h30v4H74zM80 32h4v5h-4zM74 32h4v4h-4z"/></g>"#,
            r#"<circle class="jap-main-hole" cx="10" cy="30" r="2.5"/><circle class="jap-main-hole" cx="110" cy="30" r="2.5"/>"#,
            r#"<text class="jap-main-label" x="0" y="54">{}</text>"#,
            r#"<text class="jap-main-label" x="120" y="54" text-anchor="end">{}</text></svg>"#,
            r#"<p class="jap-main-message jap-read">{}</p>"#,
            r#"<ul class="jap-main-action">{}</ul></section>"#,
        ),
        escape(ui.value("main_label")),
        escape(ui.value("main_picture")),
        escape(ui.value("main_picture_opioid")),
        escape(ui.value("main_picture_kratom")),
        escape(ui.value("main_message")),
        items,
    )
}

/// The meanings of the hard words of the main message's box, for a screen that shows it
/// without the points to remember (the quiz's first screen, a statement opened from a link).
pub fn main_terms(ui: &UiText, terms: &crate::Terms) -> String {
    let [main, _] = summary_terms(ui, terms);
    meanings(ui, &main)
}

/// The three points to remember, as a list under its heading; under "How sure is this?", what
/// they rest on; then the meanings of the hard words they and the main message's box use.
pub fn points_to_remember(ui: &UiText, terms: &crate::Terms) -> String {
    let [_, both] = summary_terms(ui, terms);
    let items: String = POINTS[..3]
        .iter()
        .map(|key| format!(r#"<li class="jap-read">{}</li>"#, escape(ui.value(key))))
        .collect();
    format!(
        r#"<section class="jap-points"><h3 class="jap-read">{}</h3><ul>{items}</ul><p class="jap-basis jap-read"><strong>{}</strong> {}</p>{}</section>"#,
        escape(ui.value("remember_title")),
        escape(ui.value("basis_title")),
        escape(ui.value("remember_basis")),
        meanings(ui, &both),
    )
}

/// The quiz's first screen above its Start button: what the quiz is, how long it takes to read,
/// and that nothing leaves the device. `minutes` fills `intro_time`.
pub fn quiz_intro(ui: &UiText, minutes: &str) -> String {
    format!(
        r#"<h2 class="jap-title">{}</h2><p>{}</p><ul class="jap-promises"><li>{}</li><li>{}</li></ul>"#,
        escape(ui.value("intro_title")),
        escape(ui.value("intro_body")),
        escape(&ui.value("intro_time").replace("{minutes}", minutes)),
        escape(ui.value("intro_privacy")),
    )
}

/// Every text of every statement, step and choice (its feedback, a prediction's question and
/// answers among them), in every language, holding a character that means something in markup (`<`, `>` or `&`): the widget
/// writes these words into markup as they are. (Source quotes are held to it as they are read.)
pub fn problems(content: &Content) -> Vec<ContentError> {
    crate::item_text_problems(content, markup_character)
}

/// What is wrong with `text` if it holds a character that means something in markup.
pub fn markup_character(text: &str) -> Option<String> {
    let c = text.chars().find(|c| matches!(c, '<' | '>' | '&'))?;
    Some(format!(
        "`{c}` cannot be written here (it is markup); write it in words"
    ))
}
