//! Numbers in words (content brief, rule 13; CDC Clear Communication Index, items 15 to 17): a
//! share written as a percentage comes with the same share in words that need no arithmetic,
//! the number in brackets after them ("about a third (36%)") or they in brackets after it
//! ("36% (about a third)"), in every language, so that no reader has to work out what a number
//! means.

use crate::{item_text_problems, Content, ContentError, ENGLISH, UI_FILE, UI_KEYS};

/// Every text of every language holding a percentage not beside its words.
pub fn problems(content: &Content) -> Vec<ContentError> {
    let mut found = item_text_problems(content, |text| bare_percentage(text).map(fix));
    for locale in &content.locales {
        let ui_file = UI_FILE.replacen(ENGLISH, &locale.code, 1);
        let ui = UI_KEYS
            .iter()
            .zip(locale.ui.values.iter().zip(&locale.ui.at));
        for (key, (value, at)) in ui {
            if let Some(share) = bare_percentage(value) {
                found.push(ContentError {
                    file: ui_file.clone(),
                    at: Some(*at),
                    item: format!("key `{}`", key.name),
                    field: key.name.to_owned(),
                    problem: fix(share),
                });
            }
        }
    }
    found
}

/// What to do about the percentage `share` that stands alone.
fn fix(share: String) -> String {
    format!(
        "`{share}` stands alone: say the share in words that need no arithmetic, with the \
         number in brackets after them, like `about a third (36%)`, and say what it means for \
         a person in the text around it"
    )
}

/// The first percentage of `text` (its digits and `%`) that is neither followed, after any
/// spaces, by words in brackets with no digit in them, nor alone in brackets after words.
pub fn bare_percentage(text: &str) -> Option<String> {
    for (absolute, _) in text.match_indices('%') {
        let before = text[..absolute].trim_end();
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .collect();
        let after = text[absolute + 1..].trim_start();
        // The share in words may also come first, the number in brackets after it: "about a
        // third (36%)".
        let words_before = before[..before.len() - digits.len()]
            .trim_end()
            .strip_suffix('(')
            .is_some_and(|ahead| ahead.trim_end().ends_with(char::is_alphabetic))
            && after.starts_with(')');
        let in_words = words_before
            || after
                .strip_prefix('(')
                .and_then(|inside| inside.split_once(')'))
                .is_some_and(|(words, _)| {
                    words.chars().any(char::is_alphabetic)
                        && !words.chars().any(|c| c.is_ascii_digit())
                });
        if !in_words {
            let number: String = digits.chars().rev().collect();
            return Some(format!("{number}%"));
        }
    }
    None
}
