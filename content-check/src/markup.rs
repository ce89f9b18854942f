//! Fixed runs of the interface (the help card's lines, the quiz's first screen) written as markup
//! at build time: the widget inserts each one whole, which costs fewer bytes than building the
//! same elements one by one at run time.

use crate::{Content, ContentError, UiText};

/// The interface keys whose words appear only inside this markup, so the widget gets the markup
/// instead of the separate words.
pub const MARKUP_KEYS: [&str; 16] = [
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
    let used = crate::terms::glossary(terms, text);
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
