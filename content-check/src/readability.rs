//! How hard the widget's longer texts are to read (content brief, rule 6): English by the
//! Flesch–Kincaid grade, Spanish by Szigriszt–Pazos perspicuity on the INFLESZ scale, with
//! syllables counted by small rules documented and tested here. Each locale lists its
//! unavoidable technical names in `terms.toml`; each counts as one short word (one syllable),
//! so explaining "mitragynine" is never a reason to fail.

use std::collections::HashMap;

use super::{sentence_count, ContentError};

/// English: Flesch–Kincaid grade at most this for every text…
pub const MAX_GRADE: f64 = 7.0;
/// …and at most this for the median of each kind of text.
pub const MAX_MEDIAN_GRADE: f64 = 6.0;
/// Spanish: INFLESZ at least this for every text…
pub const MIN_INFLESZ: f64 = 65.0;
/// …and at least this for the median of each kind of text.
pub const MIN_MEDIAN_INFLESZ: f64 = 70.0;

/// A language whose readability the checker can measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Spanish,
}

impl Language {
    /// The language of a locale code, if its formula is known.
    pub fn of(code: &str) -> Option<Language> {
        match code {
            "en" => Some(Language::English),
            "es" => Some(Language::Spanish),
            _ => None,
        }
    }

    fn syllables(self, word: &str) -> usize {
        match self {
            Language::English => english_syllables(word),
            Language::Spanish => spanish_syllables(word),
        }
    }

    /// The score of a text in this language: the grade (English) or INFLESZ (Spanish).
    pub fn score(self, counts: &Counts) -> f64 {
        let words = counts.words.max(1) as f64;
        let sentences = counts.sentences.max(1) as f64;
        let syllables = counts.syllables as f64;
        match self {
            Language::English => 0.39 * words / sentences + 11.8 * syllables / words - 15.59,
            Language::Spanish => 206.835 - 62.3 * syllables / words - words / sentences,
        }
    }

    /// Whether a score passes for one text, and for a median.
    fn passes(self, score: f64, median: bool) -> bool {
        match (self, median) {
            (Language::English, false) => score <= MAX_GRADE,
            (Language::English, true) => score <= MAX_MEDIAN_GRADE,
            (Language::Spanish, false) => score >= MIN_INFLESZ,
            (Language::Spanish, true) => score >= MIN_MEDIAN_INFLESZ,
        }
    }

    /// "grade 9.1 (Flesch–Kincaid); the most is 8" and the like.
    fn describe(self, score: f64, median: bool) -> String {
        match (self, median) {
            (Language::English, false) => {
                format!("reads at grade {score:.1} (Flesch–Kincaid); the most is {MAX_GRADE}")
            }
            (Language::English, true) => format!(
                "the median reads at grade {score:.1} (Flesch–Kincaid); the most is {MAX_MEDIAN_GRADE}"
            ),
            (Language::Spanish, false) => {
                format!("scores {score:.1} on INFLESZ; the least is {MIN_INFLESZ}")
            }
            (Language::Spanish, true) => format!(
                "the median scores {score:.1} on INFLESZ; the least is {MIN_MEDIAN_INFLESZ}"
            ),
        }
    }
}

/// What the formulas are built on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

/// Counts a text's words, sentences and syllables. Each technical name in `terms` (matched
/// whole, ignoring case, longest first) counts as one word of one syllable. Words are runs of
/// letters, digits, apostrophes and inner hyphens; a number counts a syllable per digit.
pub fn counts(text: &str, language: Language, terms: &[String]) -> Counts {
    let mut lowered = text.to_lowercase();
    let mut longest_first: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    longest_first.sort_by_key(|term| std::cmp::Reverse(term.chars().count()));
    for term in &longest_first {
        lowered = replace_whole(&lowered, term, "term");
    }
    let words: Vec<&str> = lowered
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map(|word| word.trim_matches(|c: char| matches!(c, '\'' | '’' | '-')))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect();
    let syllables = words
        .iter()
        .map(|&word| match word {
            "term" => 1,
            _ if word.chars().all(|c| c.is_ascii_digit()) => word.len(),
            _ => word
                .split(['-', '\'', '’'])
                .filter(|part| !part.is_empty())
                .map(|part| language.syllables(part))
                .sum::<usize>()
                .max(1),
        })
        .sum();
    Counts {
        words: words.len(),
        sentences: sentence_count(text),
        syllables,
    }
}

/// Replaces `term` where it stands as a whole word (or words) in `text`.
pub(crate) fn replace_whole(text: &str, term: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(term) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + term.len()..].chars().next();
        let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
        out.push_str(&rest[..at]);
        out.push_str(if apart(before) && apart(after) {
            with
        } else {
            term
        });
        rest = &rest[at + term.len()..];
    }
    out.push_str(rest);
    out
}

/// English syllables by rule, as readability tools count them: each group of vowels (a, e, i,
/// o, u, y) is one, less a silent final `e` (but not `-le` after a consonant: "peo-ple"), a
/// silent `-ed` (not after `t` or `d`: "used", "want-ed") and a silent `-es` (not after `s`, `x`,
/// `z`, `ch`, `sh`, `c`, `g`: "makes", "us-es"); at least one.
pub fn english_syllables(word: &str) -> usize {
    let word: String = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    let letters = word.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let groups = (0..letters.len())
        .filter(|&i| vowel(letters[i]) && (i == 0 || !vowel(letters[i - 1])))
        .count();
    let n = letters.len();
    // The letter `back` places before the last one.
    let before = |back: usize| n.checked_sub(back + 1).map(|i| letters[i]);
    let consonant = |back: usize| before(back).is_some_and(|c| !vowel(c));
    let silent = if n > 2 && word.ends_with('e') && !word.ends_with("ee") && !word.ends_with("ye") {
        let le_syllable = word.ends_with("le") && consonant(2);
        usize::from(!le_syllable && consonant(1))
    } else if n > 3 && word.ends_with("ed") {
        usize::from(!matches!(before(2), Some(b't' | b'd')) && consonant(2))
    } else if n > 3 && word.ends_with("es") {
        let sibilant = matches!(before(2), Some(b's' | b'x' | b'z' | b'c' | b'g'))
            || (before(2) == Some(b'h') && matches!(before(3), Some(b'c' | b's')));
        usize::from(!sibilant && consonant(2))
    } else {
        0
    };
    groups.saturating_sub(silent).max(1)
}

/// Spanish syllables by rule: one per vowel nucleus. A run of vowels is one nucleus (a
/// diphthong or triphthong) unless two "strong" vowels meet (a, e, o, or an accented í or ú),
/// which is a hiatus: "po-e-ta", "dí-a", but "ciu-dad", "cue-va". The `u` of `que`, `qui`,
/// `gue`, `gui` is silent; `ü` is sounded; `y` is a vowel only at the end of a word or before a
/// consonant ("muy", "y", but "ayuda"); `h` between vowels does not join them.
pub fn spanish_syllables(word: &str) -> usize {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú');
    let weak = |c: char| matches!(c, 'i' | 'u' | 'ü');
    let is_vowel = |i: usize| {
        let c = word[i];
        let next = word.get(i + 1).copied();
        let silent_u = c == 'u'
            && i > 0
            && matches!(word[i - 1], 'q' | 'g')
            && matches!(next, Some('e' | 'i' | 'é' | 'í'));
        if silent_u {
            return false;
        }
        if c == 'y' {
            return next.is_none_or(|n| !(strong(n) || weak(n)));
        }
        strong(c) || weak(c)
    };
    let mut nuclei = 0;
    let mut previous: Option<char> = None;
    for (i, &c) in word.iter().enumerate() {
        if !is_vowel(i) {
            previous = None;
            continue;
        }
        let joins = previous.is_some_and(|p| !(strong(p) && strong(c)));
        if !joins {
            nuclei += 1;
        }
        previous = Some(c);
    }
    nuclei.max(1)
}

/// One measured text: where it is and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub file: String,
    pub at: Option<crate::Position>,
    pub item: String,
    pub field: String,
    /// The kind of text whose median is held to its limit: the field, or for the interface's
    /// scene descriptions, all of them together.
    pub kind: String,
    pub language: Language,
    pub score: f64,
}

/// The median of some scores.
pub fn median(scores: &[f64]) -> f64 {
    let mut sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// The problems of a set of measured texts: each that fails its limit, and each kind (file and
/// kind of text) whose median fails.
pub fn problems(measured: &[Measured]) -> Vec<ContentError> {
    let mut errors: Vec<ContentError> = measured
        .iter()
        .filter(|m| !m.language.passes(m.score, false))
        .map(|m| ContentError {
            file: m.file.clone(),
            at: m.at,
            item: m.item.clone(),
            field: m.field.clone(),
            problem: m.language.describe(m.score, false),
        })
        .collect();
    let mut kinds: HashMap<(&str, &str), (Language, Vec<f64>)> = HashMap::new();
    let mut order: Vec<(&str, &str)> = Vec::new();
    for m in measured {
        let key = (m.file.as_str(), m.kind.as_str());
        if !kinds.contains_key(&key) {
            order.push(key);
        }
        kinds
            .entry(key)
            .or_insert((m.language, Vec::new()))
            .1
            .push(m.score);
    }
    for key in order {
        let (language, scores) = &kinds[&key];
        let middle = median(scores);
        if !language.passes(middle, true) {
            errors.push(ContentError {
                file: key.0.to_owned(),
                at: None,
                item: "the file".to_owned(),
                field: key.1.to_owned(),
                problem: language.describe(middle, true),
            });
        }
    }
    errors
}
