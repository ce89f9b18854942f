//! Reads the widget's content files under `content/`, checks every rule an editor can break,
//! and writes the checked words out as Rust data, so the browser never parses a content file.
//!
//! Every problem is reported with the file, the item, the field and what is wrong, and all
//! problems are reported at once, so an editor can fix a file in one pass.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::Path;

use toml::Spanned;

use read::{Record, Report, Text};

pub(crate) mod basis;
mod claims;
pub mod exchange;
mod explainer;
pub mod export;
mod feedback;
pub mod fields;
pub mod markup;
pub mod numbers;
mod quiz;
mod read;
pub mod readability;
pub mod terms;
mod translation;
mod ui_keys;

pub use claims::{check_claims, CLAIMS_FILE};
pub use content_model::{pictures, Activation, Basis, Scene, Verdict, WORD_SEPARATOR};
pub use explainer::{
    check_explainer, Choice, Explainer, Prediction, Step, STEP_COUNT, TREATMENT_MEDICATIONS,
};
pub use fields::{ItemKind, TextField, CHOICE, STATEMENT, STEP};
pub use quiz::check_quiz;
pub use read::Position;
pub use terms::{check_terms, Terms, TERMS_FILE};
pub use translation::{check_explainer_words, check_quiz_words, ExplainerWords};
pub use ui_keys::{UiKey, UI_KEYS};

/// The longest `source` quote allowed, in words.
pub const MAX_QUOTE_WORDS: usize = 30;

/// Where the English content lives, relative to the content folder; another locale's files
/// have the same names in the folder named by its code.
pub const QUIZ_FILE: &str = "en/quiz.toml";
pub const UI_FILE: &str = "en/ui.toml";
pub const EXPLAINER_FILE: &str = "en/explainer.toml";
pub const SOURCE_FILE: &str = "source/kratom-and-opioid-recovery.txt";

/// One thing wrong in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the content folder.
    pub file: String,
    /// Where in the file, when the problem is in one place of it.
    pub at: Option<Position>,
    /// The item: a statement's id (or its position when it has none), a UI key, or a table.
    pub item: String,
    /// The field of that item.
    pub field: String,
    /// What is wrong, in words an editor understands.
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(f, "{}:{at}: ", self.file)?,
            None => write!(f, "{}: ", self.file)?,
        }
        write!(f, "{}, field `{}`: {}", self.item, self.field, self.problem)
    }
}

/// One checked myth-or-fact statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    /// The claim to judge and its feedback, in the fields of [`STATEMENT`].
    pub words: Words,
    pub verdict: Verdict,
    pub source: String,
    /// What its finding rests on.
    pub basis: Basis,
}

/// The checked quiz: how a round is drawn and every statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    /// How many statements one round asks.
    pub round_length: usize,
    /// The index of the statement every round opens with.
    pub opening: usize,
    /// The indices of the statements every round asks besides the opening one.
    pub always: Vec<usize>,
    pub statements: Vec<Statement>,
}

/// The texts of a statement, step or choice in one language, in the order of its kind's fields
/// ([`STATEMENT`], [`STEP`], [`CHOICE`]), each it does not have empty; and where each is
/// written (one it does not have: where the item starts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub texts: Vec<String>,
    pub at: Vec<Position>,
}

impl Words {
    /// The text of the field `name` of `kind` (empty where the item has none).
    pub fn text(&self, kind: &ItemKind, name: &str) -> &str {
        kind.index(name)
            .and_then(|index| self.texts.get(index))
            .map_or("", String::as_str)
    }

    /// Where the field `name` of `kind` is written.
    pub fn position(&self, kind: &ItemKind, name: &str) -> Option<Position> {
        self.at.get(kind.index(name)?).copied()
    }
}

/// The checked UI strings, in the order of [`UI_KEYS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiText {
    pub values: Vec<String>,
    /// Where each value is written.
    pub at: Vec<Position>,
}

impl UiText {
    /// The value of the key `name` (empty for a name that is not a key).
    pub fn value(&self, name: &str) -> &str {
        UI_KEYS
            .iter()
            .zip(&self.values)
            .find(|(key, _)| key.name == name)
            .map_or("", |(_, value)| value.as_str())
    }
}

/// Everything the widget shows, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// The English quiz, with the facts every locale shares.
    pub quiz: Quiz,
    /// The English explainer, with the facts every locale shares.
    pub explainer: Explainer,
    /// Every locale's words, English first.
    pub locales: Vec<Locale>,
    /// The source article, whose lines are the passages source quotes link to.
    pub article: String,
}

/// The passage of the source article a quote comes from: the number of its line, counting from
/// 1, as the source page (scripts/post-build.mjs) numbers the article's lines (`id="p3"`);
/// 0 for a quote found on no line (the checker accepts no such quote).
pub fn passage(article: &str, quote: &str) -> usize {
    article
        .lines()
        .position(|line| line.contains(quote))
        .map_or(0, |index| index + 1)
}

/// Counts sentences: runs of `.`, `!` or `?` that end the text or are followed by a space.
pub fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && chars
                    .get(i + 1)
                    .is_none_or(|next| next.is_whitespace() || matches!(next, '"' | '”' | '’'))
        })
        .count()
}

/// Checks the UI strings file: every key present, none unknown, none empty, placeholders right.
pub fn check_ui(file: &str, text: &str) -> Result<UiText, Vec<ContentError>> {
    let mut report = Report::new(file, text);
    let mut ui = UiText {
        values: Vec::new(),
        at: Vec::new(),
    };
    let Some((mut keys, record)) = report.parse().and_then(|file| {
        report.typed::<BTreeMap<Spanned<String>, Spanned<Text>>>("the file", &file)
    }) else {
        return report.finish(ui);
    };
    // A value serde rejected is named by its key, like every other problem of this file.
    for error in &mut report.errors {
        if record.rejected.contains(&error.field) {
            error.item = format!("key `{}`", error.field);
        }
    }
    for (name, _) in keys
        .iter()
        .filter(|(name, _)| !UI_KEYS.iter().any(|key| key.name == name.get_ref()))
    {
        let item = format!("key `{}`", name.get_ref());
        report.add(Some(name.span()), &item, name.get_ref(), "unknown key");
    }
    for key in UI_KEYS {
        let named = Record {
            name: format!("key `{}`", key.name),
            ..record.clone()
        };
        let value = keys.remove(key.name);
        if value.is_none() && !record.rejected.iter().any(|field| field == key.name) {
            let problem = format!("missing: add `{} = \"…\"` ({})", key.name, key.purpose);
            report.add(Some(record.span.clone()), &named.name, key.name, problem);
            continue;
        }
        let Some(value) = report.text(&named, key.name, value) else {
            continue;
        };
        for problem in key.problems(value.get_ref()) {
            report.add(Some(value.span()), &named.name, key.name, problem);
        }
        ui.at.push(report.position(value.span().start));
        ui.values.push(value.into_inner());
    }
    report.finish(ui)
}

/// One language's words, checked: its code (its folder's name), its interface strings, and
/// the words of every statement, step and choice, in English order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub code: String,
    pub ui: UiText,
    /// Each statement's claim and explanation.
    pub statements: Vec<Words>,
    /// Each step's title and body.
    pub steps: Vec<Words>,
    /// Each compare choice's label and caption.
    pub choices: Vec<Words>,
    /// Its technical names and the meanings of its hard words.
    pub terms: Terms,
}

/// The language every other one follows: its files hold the facts as well as the words.
pub const ENGLISH: &str = "en";
/// The folder of `content/` that holds the source article, not a language.
const SOURCE_FOLDER: &str = "source";

fn read(content_dir: &Path, file: &str) -> Result<String, Vec<ContentError>> {
    fs::read_to_string(content_dir.join(file)).map_err(|error| {
        vec![ContentError {
            file: file.to_owned(),
            at: None,
            item: "the file".to_owned(),
            field: "-".to_owned(),
            problem: format!("cannot be read: {error}"),
        }]
    })
}

/// Every problem of a set of checks, or none.
fn problems<const N: usize>(errors: [Option<Vec<ContentError>>; N]) -> Vec<ContentError> {
    errors.into_iter().flatten().flatten().collect()
}

/// Reads and checks every content file under `content_dir`, English, then every other locale
/// folder against it, then that no words hold markup's characters, that every feedback leads
/// with its fact, and how hard the longer texts are to read.
pub fn load(content_dir: &Path) -> Result<Content, Vec<ContentError>> {
    let content = load_words(content_dir)?;
    let mut errors = markup::problems(&content);
    errors.extend(feedback::problems(&content));
    errors.extend(numbers::problems(&content));
    errors.extend(readability::problems(&measure(&content)));
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

/// Reads and checks every content file under `content_dir`, all but readability.
pub fn load_words(content_dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut content = load_english(content_dir)?;
    let mut errors = Vec::new();
    for code in translation_codes(content_dir).unwrap_or_else(|problem| {
        errors.extend(problem);
        Vec::new()
    }) {
        match load_translation(content_dir, &code, &content.quiz, &content.explainer) {
            Ok(locale) => content.locales.push(locale),
            Err(problem) => errors.extend(problem),
        }
    }
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

/// Reads and checks the English content under `content_dir`: the facts and the first locale,
/// the only one it holds.
pub fn load_english(content_dir: &Path) -> Result<Content, Vec<ContentError>> {
    let source_article = read(content_dir, SOURCE_FILE)?;
    let quiz =
        read(content_dir, QUIZ_FILE).and_then(|text| check_quiz(QUIZ_FILE, &text, &source_article));
    let explainer = read(content_dir, EXPLAINER_FILE)
        .and_then(|text| check_explainer(EXPLAINER_FILE, &text, &source_article));
    let ui = read(content_dir, UI_FILE).and_then(|text| check_ui(UI_FILE, &text));
    let claims =
        read(content_dir, CLAIMS_FILE).and_then(|text| check_claims(&text, &source_article));
    let terms = load_terms(content_dir, ENGLISH);
    let (quiz, explainer, ui, terms) = match (quiz, explainer, ui, claims, terms) {
        (Ok(quiz), Ok(explainer), Ok(ui), Ok(()), Ok(terms)) => (quiz, explainer, ui, terms),
        (quiz, explainer, ui, claims, terms) => {
            return Err(problems([
                quiz.err(),
                explainer.err(),
                ui.err(),
                claims.err(),
                terms.err(),
            ]))
        }
    };
    let english = Locale {
        code: ENGLISH.to_owned(),
        ui,
        statements: quiz.statements.iter().map(|s| s.words.clone()).collect(),
        steps: explainer.steps.iter().map(|s| s.words.clone()).collect(),
        choices: explainer.choices.iter().map(|c| c.words.clone()).collect(),
        terms,
    };
    Ok(Content {
        quiz,
        explainer,
        locales: vec![english],
        article: source_article,
    })
}

/// One statement, step or choice in a locale: the file it is edited in, its name in messages
/// (``statement `id` ``), its kind (with its fields' names) and its words.
pub struct LocaleItem<'a> {
    pub file: String,
    pub name: String,
    pub kind: &'static ItemKind,
    pub id: &'a str,
    pub words: &'a Words,
}

impl LocaleItem<'_> {
    /// Its key in a translation file (`statement.just-a-plant`), before its field's name.
    pub fn key(&self) -> String {
        format!("{}.{}", self.kind.name, self.id)
    }

    /// Its fields that it has, by name, with their words and where each is written.
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &str, Position)> + '_ {
        self.kind
            .fields
            .iter()
            .zip(&self.words.texts)
            .zip(&self.words.at)
            .filter(|((_, text), _)| !text.is_empty())
            .map(|((field, text), at)| (field.name, text.as_str(), *at))
    }
}

/// Every statement, step and choice of `locale`, in that order, with the ids of the English.
pub fn locale_items<'a>(content: &'a Content, locale: &'a Locale) -> Vec<LocaleItem<'a>> {
    let quiz = content.quiz.statements.iter().map(|s| s.id.as_str());
    let steps = content.explainer.steps.iter().map(|s| s.id.as_str());
    let choices = content.explainer.choices.iter().map(|c| c.id.as_str());
    let kinds = [
        (
            QUIZ_FILE,
            &STATEMENT,
            quiz.collect::<Vec<_>>(),
            &locale.statements,
        ),
        (EXPLAINER_FILE, &STEP, steps.collect(), &locale.steps),
        (EXPLAINER_FILE, &CHOICE, choices.collect(), &locale.choices),
    ];
    let mut items = Vec::new();
    for (file, kind, ids, words) in kinds {
        let file = file.replacen(ENGLISH, &locale.code, 1);
        items.extend(ids.iter().zip(words).map(|(id, words)| LocaleItem {
            file: file.clone(),
            name: format!("{} `{id}`", kind.name),
            kind,
            id,
            words,
        }));
    }
    items
}

/// Each text of every statement, step and choice, in every language, that `problem` finds
/// wrong (saying what is wrong), reported where it is written.
pub fn item_text_problems(
    content: &Content,
    problem: impl Fn(&str) -> Option<String>,
) -> Vec<ContentError> {
    let mut found = Vec::new();
    for locale in &content.locales {
        for item in locale_items(content, locale) {
            for (field, text, at) in item.texts() {
                if let Some(problem) = problem(text) {
                    found.push(ContentError {
                        file: item.file.clone(),
                        at: Some(at),
                        item: item.name.clone(),
                        field: field.to_owned(),
                        problem,
                    });
                }
            }
        }
    }
    found
}

/// The text of an item whose readability is measured, and the field it is reported against:
/// a statement's feedback whole (its fact, myth, why and closing, as they are read one after
/// another), a step's body, a choice's caption; none for anything else.
fn measured_text(item: &LocaleItem<'_>) -> Option<(&'static str, String, Position)> {
    let texts: Vec<(&'static str, &str, Position)> = item.texts().collect();
    let field = match item.kind.name {
        "statement" => {
            let (_, _, at) = *texts.get(1)?;
            let feedback: Vec<&str> = texts[1..].iter().map(|(_, text, _)| *text).collect();
            return Some(("feedback", feedback.join(" "), at));
        }
        "step" => "body",
        _ => "caption",
    };
    texts
        .into_iter()
        .find(|(name, _, _)| *name == field)
        .map(|(name, text, at)| (name, text.to_owned(), at))
}

/// Measures every explanation, step body, compare caption and scene description of every locale
/// whose readability formula is known, with the file, item and field each is edited in.
pub fn measure(content: &Content) -> Vec<readability::Measured> {
    let mut measured = Vec::new();
    for locale in &content.locales {
        let Some(language) = readability::Language::of(&locale.code) else {
            continue;
        };
        let terms = &locale.terms.names;
        let ui_file = UI_FILE.replacen(ENGLISH, &locale.code, 1);
        // Of each statement, step and choice, its longer text: feedback, body, caption.
        let items = locale_items(content, locale);
        let texts = items
            .iter()
            .filter_map(|item| {
                let (field, text, at) = measured_text(item)?;
                Some((
                    item.file.clone(),
                    item.name.clone(),
                    field,
                    field,
                    text,
                    Some(at),
                ))
            })
            // The scene descriptions are held to one median together; the main message, alone
            // in its kind, to the median's limit (grade 6, INFLESZ 70).
            .chain(
                UI_KEYS
                    .iter()
                    .zip(locale.ui.values.iter().zip(&locale.ui.at))
                    .filter_map(|(key, (value, at))| {
                        let kind = match key.name {
                            "main_message" => "main message",
                            name if name.starts_with("scene_") => "scene descriptions",
                            _ => return None,
                        };
                        Some((
                            ui_file.clone(),
                            format!("key `{}`", key.name),
                            key.name,
                            kind,
                            value.clone(),
                            Some(*at),
                        ))
                    }),
            );
        for (file, item, field, kind, text, at) in texts {
            measured.push(readability::Measured {
                file,
                at,
                item,
                field: field.to_owned(),
                kind: kind.to_owned(),
                language,
                score: language.score(&readability::counts(&text, language, terms)),
            });
        }
    }
    measured
}

/// The codes of the locale folders besides English, in alphabetical order.
pub fn translation_codes(content_dir: &Path) -> Result<Vec<String>, Vec<ContentError>> {
    let folder_error = |name: &str, problem: String| ContentError {
        file: format!("{name}/"),
        at: None,
        item: "the folder".to_owned(),
        field: "-".to_owned(),
        problem,
    };
    let entries = fs::read_dir(content_dir)
        .map_err(|error| vec![folder_error(".", format!("cannot be read: {error}"))])?;
    let mut codes = Vec::new();
    let mut errors = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().is_dir() || name == ENGLISH || name == SOURCE_FOLDER {
            continue;
        }
        let is_code = (2..=3).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase());
        if is_code {
            codes.push(name);
        } else {
            let problem = "a locale folder is named by its language code: two or three \
                lowercase letters, like `es`";
            errors.push(folder_error(&name, problem.to_owned()));
        }
    }
    codes.sort();
    if errors.is_empty() {
        Ok(codes)
    } else {
        Err(errors)
    }
}

/// Reads and checks the `terms.toml` of the locale coded `code`.
fn load_terms(content_dir: &Path, code: &str) -> Result<Terms, Vec<ContentError>> {
    let file = format!("{code}/{TERMS_FILE}");
    read(content_dir, &file).and_then(|text| check_terms(&file, &text))
}

/// Reads and checks one locale's files against the checked English content.
fn load_translation(
    content_dir: &Path,
    code: &str,
    quiz: &Quiz,
    explainer: &Explainer,
) -> Result<Locale, Vec<ContentError>> {
    let [ui_file, quiz_file, explainer_file] =
        [UI_FILE, QUIZ_FILE, EXPLAINER_FILE].map(|file| file.replacen(ENGLISH, code, 1));
    let english_statements: Vec<(&str, &Words)> = quiz
        .statements
        .iter()
        .map(|s| (s.id.as_str(), &s.words))
        .collect();
    let english_steps: Vec<(&str, &Words)> = explainer
        .steps
        .iter()
        .map(|s| (s.id.as_str(), &s.words))
        .collect();
    let english_choices: Vec<(&str, &Words)> = explainer
        .choices
        .iter()
        .map(|c| (c.id.as_str(), &c.words))
        .collect();
    let ui = read(content_dir, &ui_file).and_then(|text| check_ui(&ui_file, &text));
    let statements = read(content_dir, &quiz_file)
        .and_then(|text| check_quiz_words(code, &quiz_file, &text, &english_statements));
    let words = read(content_dir, &explainer_file).and_then(|text| {
        check_explainer_words(
            code,
            &explainer_file,
            &text,
            &english_steps,
            &english_choices,
        )
    });
    let terms = load_terms(content_dir, code);
    match (ui, statements, words, terms) {
        (Ok(ui), Ok(statements), Ok(words), Ok(terms)) => Ok(Locale {
            code: code.to_owned(),
            ui,
            statements,
            steps: words.steps,
            choices: words.choices,
            terms,
        }),
        (ui, statements, words, terms) => Err(problems([
            ui.err(),
            statements.err(),
            words.err(),
            terms.err(),
        ])),
    }
}

/// Writes checked content as Rust items for `include!` inside the widget's `content` module,
/// which defines `Locale`, `Statement`, `Verdict`, `Quote`, `PathwayStep`, `Scene`,
/// `ReceptorChoice` and `Activation`.
pub fn to_rust(content: &Content) -> String {
    let mut out = String::from("// Generated by build.rs from content/. Edit the files there.\n\n");
    let quiz = &content.quiz;
    out += &format!(
        "/// How many statements one round asks.\npub const ROUND_LENGTH: usize = {};\n",
        quiz.round_length
    );
    out += &format!(
        "/// The index of the statement every round opens with.\npub const OPENING: usize = {};\n",
        quiz.opening
    );
    out += &format!(
        "/// The indices of the statements every round asks besides the opening one.\npub const ALWAYS: &[usize] = &{:?};\n\n",
        quiz.always
    );
    out += &text_array(
        "Every statement's id, in file order, for links.",
        "STATEMENT_IDS",
        quiz.statements.iter().map(|s| s.id.as_str()),
    );
    out += &text_array(
        "The names of the pictures' labels (each `label_name` key's `name`), for `{name}` in a scene.",
        "LABEL_NAMES",
        UI_KEYS.iter().filter_map(|key| key.name.strip_prefix("label_")),
    );
    out += &text_array(
        "Every language's code, English first: links and saved progress name a language by its place here.",
        "LOCALE_CODES",
        content.locales.iter().map(|locale| locale.code.as_str()),
    );
    out += &text_array(
        "Every language's own name, in the order of `LOCALE_CODES`, for its button before its words arrive.",
        "LANGUAGE_NAMES",
        content.locales.iter().map(|locale| locale.ui.value("language_name")),
    );
    let codes: Vec<&str> = content.locales.iter().map(|l| l.code.as_str()).collect();
    out += &format!(
        "/// What a host may choose as `data-locale`, for the warning about any other value.\npub const LOCALE_CHOICES: &str = \"the locales are: {}\";\n\n",
        codes.join(", ")
    );
    out += &ui_text(content);
    out += &skeleton_to_rust(content);
    let words: Vec<Vec<String>> = content
        .locales
        .iter()
        .map(|locale| locale_words(content, locale))
        .collect();
    out += &format!(
        "/// How many words each language has: a words file with any other count is refused.\npub const WORD_COUNT: usize = {};\n\n",
        words[0].len()
    );
    out += "/// The words compiled into the widget, by locale code: English's first screen's always (the\n/// rest, empty here, comes with its words file after the first screen); every\n/// language's whole with the `embedded-words` feature (the page's build fetches them, see\n/// `content::add_words`).\npub static COMPILED_WORDS: &[(&str, &[&str])] = &[\n";
    let english = &content.locales[0];
    let first_screen: Vec<String> = named_words(content, english)
        .into_iter()
        .map(|word| if word.later { String::new() } else { word.text })
        .collect();
    out += &format!(
        "    #[cfg(not(feature = \"embedded-words\"))]\n    ({:?}, &[{}]),\n",
        english.code,
        rust_strings(&first_screen)
    );
    for (locale, words) in content.locales.iter().zip(&words) {
        out += &format!(
            "    #[cfg(feature = \"embedded-words\")]\n    ({:?}, &[{}]),\n",
            locale.code,
            rust_strings(words)
        );
    }
    out += "];\n";
    out
}

/// `words` as Rust string literals, comma-separated.
fn rust_strings(words: &[String]) -> String {
    let words: Vec<String> = words.iter().map(|word| format!("{word:?}")).collect();
    words.join(", ")
}

/// One of a language's words, as the words file and the widget's reading of it list them.
struct Word {
    /// The `UiText` field it fills: `labels` for a picture's label, `""` for a statement's,
    /// step's or choice's word.
    field: &'static str,
    text: String,
    /// Whether only what comes after the first screen shows it (the quiz, the steps after the
    /// first): compiled into the widget for no language, it comes with the words file.
    later: bool,
}

/// Every word of `locale` the widget shows, in the one order the words file and the widget's
/// reading of it share: the interface (the pictures' labels last), then each statement's words
/// (its source quote, then the meanings of its hard words, last), each step's (its source quote,
/// picture and meanings last) and each choice's.
/// A statement's and a step's source quote and a step's picture are the same, English's, in
/// every language's file.
fn named_words(content: &Content, locale: &Locale) -> Vec<Word> {
    let minutes = round_minutes(content.quiz.round_length, locale).to_string();
    let first_scene = content.explainer.steps.first().map(|step| step.scene);
    let first_basis = content
        .explainer
        .steps
        .first()
        .map(|step| basis::names(step.basis).1);
    let first_screen_labels: Vec<&str> = first_scene
        .map(pictures::template)
        .into_iter()
        .chain(pictures::COMPARE)
        .flat_map(pictures::label_names)
        .collect();
    let word = |field, text, later| Word { field, text, later };
    let ui_keys = UI_KEYS.iter().zip(&locale.ui.values);
    let mut words: Vec<Word> = ui_keys
        .clone()
        .filter(|(key, _)| key.in_widget())
        .map(|(key, value)| {
            // A scene's description and a basis's line come first only for the first step's.
            let later = key.later
                || key
                    .name
                    .strip_prefix("scene_")
                    .is_some_and(|scene| Some(scene) != first_scene.map(scene_name).as_deref())
                || (key.name.starts_with("basis_")
                    && key.name != "basis_title"
                    && Some(key.name) != first_basis.as_deref());
            word(key.name, value.clone(), later)
        })
        .collect();
    words.push(word(
        "help_national",
        markup::national_helpline(&locale.ui),
        false,
    ));
    words.push(word(
        "help_crisis",
        markup::crisis_line_and_note(&locale.ui),
        false,
    ));
    // The quiz's first screen, from its `intro_…` keys.
    words.push(word(
        "quiz_intro",
        markup::quiz_intro(&locale.ui, &minutes),
        true,
    ));
    // The main message's box, on the first screen; the meanings of its hard words, for the
    // screens after the first that show it (the first step's own list has them); and the
    // results' points to remember.
    words.push(word("main_box", markup::main_box(&locale.ui), false));
    words.push(word(
        "main_terms",
        markup::main_terms(&locale.ui, &locale.terms),
        true,
    ));
    words.push(word(
        "points_to_remember",
        markup::points_to_remember(&locale.ui, &locale.terms),
        true,
    ));
    for element in markup::ELEMENTS {
        let later = UI_KEYS.iter().any(|key| key.name == element.1 && key.later);
        words.push(word(element.0, markup::element(&locale.ui, element), later));
    }
    words.extend(
        ui_keys
            .filter(|(key, _)| key.is_label())
            .map(|(key, value)| {
                let name = &key.name["label_".len()..];
                word(
                    "labels",
                    value.clone(),
                    !first_screen_labels.contains(&name),
                )
            }),
    );
    let glossary =
        |words_of: &Words| markup::glossary(&locale.ui, &locale.terms, &words_of.texts.join(" "));
    for (words_of, statement) in locale.statements.iter().zip(&content.quiz.statements) {
        words.extend(
            words_of
                .texts
                .iter()
                .map(|text| word("", text.clone(), true)),
        );
        words.push(word("", statement.source.clone(), true));
        words.push(word("", glossary(words_of), true));
    }
    for (number, (words_of, step)) in locale
        .steps
        .iter()
        .zip(&content.explainer.steps)
        .enumerate()
    {
        // The "All steps" list of the first screen names every step.
        let (title, rest) = words_of.texts.split_first().expect("a step has a title");
        words.push(word("", title.clone(), false));
        words.extend(rest.iter().map(|text| word("", text.clone(), number > 0)));
        words.push(word("", step.source.clone(), number > 0));
        words.push(word(
            "",
            pictures::template(step.scene).to_owned(),
            number > 0,
        ));
        words.push(word("", glossary(words_of), number > 0));
    }
    for words_of in &locale.choices {
        words.extend(
            words_of
                .texts
                .iter()
                .map(|text| word("", text.clone(), false)),
        );
    }
    words
}

/// A scene's name as the `scene_…` key of its description has it: `SevenOh`, `seven_oh`.
fn scene_name(scene: Scene) -> String {
    let mut name = String::new();
    for letter in format!("{scene:?}").chars() {
        if letter.is_uppercase() && !name.is_empty() {
            name.push('_');
        }
        name.push(letter.to_ascii_lowercase());
    }
    name
}

/// Every word of `locale` the widget shows, in the order of [`named_words`].
pub fn locale_words(content: &Content, locale: &Locale) -> Vec<String> {
    named_words(content, locale)
        .into_iter()
        .map(|word| word.text)
        .collect()
}

/// The words file of `locale`: its code, then its words, each after a [`WORD_SEPARATOR`].
pub fn words_file(content: &Content, locale: &Locale) -> String {
    let mut file = locale.code.clone();
    for word in locale_words(content, locale) {
        file.push(WORD_SEPARATOR);
        file += &word;
    }
    file
}

/// What every language shares, from the English content: each statement's verdict and source,
/// each step's id, source, scene and prediction (its right answer and its source), and each
/// choice's id and activation; and how many words each statement, step and choice has.
fn skeleton_to_rust(content: &Content) -> String {
    let article = &content.article;
    let statements: Vec<String> = content
        .quiz
        .statements
        .iter()
        .map(|s| {
            format!(
                "(Verdict::{:?}, {}, Basis::{:?})",
                s.verdict,
                passage(article, &s.source),
                s.basis
            )
        })
        .collect();
    let steps: Vec<String> = content
        .explainer
        .steps
        .iter()
        .map(|s| {
            // Its source the checker holds it to; the widget does not show it.
            let prediction = s
                .prediction
                .as_ref()
                .map_or("None".to_owned(), |p| format!("Some({})", p.right));
            format!(
                "({:?}, {}, Scene::{:?}, {prediction}, Basis::{:?})",
                s.id,
                passage(article, &s.source),
                s.scene,
                s.basis
            )
        })
        .collect();
    let choices: Vec<String> = content
        .explainer
        .choices
        .iter()
        .map(|c| format!("({:?}, Activation::{:?})", c.id, c.level))
        .collect();
    format!(
        "/// Each statement's verdict, the passage of the article its source quote is in (the quote\n/// itself comes with the statement's words) and what its finding rests on, in the order of\n/// [`STATEMENT_IDS`].\nstatic STATEMENT_FACTS: [(Verdict, usize, Basis); {}] = [{}];\n\n\
         /// A step's id, the passage of the article its source quote is in (the quote itself, and its\n/// picture, come with its words), its scene, the right answer (from 0) of its prediction, and\n/// what its finding rests on.\ntype StepFacts = (&'static str, usize, Scene, Option<usize>, Basis);\n\n/// Each step's facts, in the explainer's order.\nstatic STEP_FACTS: [StepFacts; {}] = [{}];\n\n\
         /// Each compare choice's id and activation.\nstatic CHOICE_FACTS: [(&str, Activation); {}] = [{}];\n\n\
         /// How many words a statement (its source quote and glossary last), a step (its source\n/// quote, picture and glossary last) and a choice each have in a words file (one a language's\n/// item lacks is empty).\nconst ITEM_WORDS: [usize; 3] = [{}, {}, {}];\n\n",
        statements.len(),
        statements.join(", "),
        steps.len(),
        steps.join(", "),
        choices.len(),
        choices.join(", "),
        STATEMENT.fields.len() + 2,
        STEP.fields.len() + 3,
        CHOICE.fields.len(),
    )
}

/// What each of the interface's words is for, by its `UiText` field's name.
fn ui_purposes() -> Vec<(&'static str, String)> {
    let keys = UI_KEYS.iter().filter(|key| key.in_widget());
    let mut purposes: Vec<(&'static str, String)> =
        keys.map(|key| (key.name, key.purpose.to_owned())).collect();
    purposes.extend([
        ("help_national", "The help card's national helpline lines, as markup (from the `help_lead` and `helpline_…` keys).".to_owned()),
        ("help_crisis", "The help card's crisis line and not-medical-advice note, as markup.".to_owned()),
        ("quiz_intro", "The quiz's first screen above its Start button, as markup (from the `intro_…` keys).".to_owned()),
        ("main_box", "The main message's box, as markup (from the `main_…` and `action_…` keys).".to_owned()),
        ("main_terms", "The meanings of the hard words of the main message's box, as markup.".to_owned()),
        ("points_to_remember", "The results' points to remember, what they rest on and the meanings of the hard words of both them and the main message's box, as markup (from the `remember_…` keys).".to_owned()),
    ]);
    for (field, key, tag, _) in markup::ELEMENTS {
        purposes.push((field, format!("The `{key}` words as a `<{tag}>`, markup.")));
    }
    purposes
}

/// `UiText`: the interface's words as one array, in the order of [`named_words`], read from
/// the front of a language's words in one copy (`from_words`), each word by a method named
/// for it; so the reading cannot drift from the writing.
fn ui_text(content: &Content) -> String {
    let named = named_words(content, &content.locales[0]);
    let fields: Vec<&str> = named
        .iter()
        .map(|word| word.field)
        .filter(|field| !field.is_empty() && *field != "labels")
        .collect();
    let labels = named.iter().filter(|word| word.field == "labels").count();
    let purposes = ui_purposes();
    let mut out = format!(
        "/// The words of the interface.\n#[derive(Debug, PartialEq)]\npub struct UiText {{\n    \
         /// Each word, in the order of the words file.\n    words: [&'static str; {count}],\n    \
         /// The words inside the explainer's pictures, in the order of [`LABEL_NAMES`].\n    \
         pub labels: &'static [&'static str],\n}}\n\n\
         /// How many of a language's words are the interface's.\nconst UI_WORD_COUNT: usize = {all};\n\n\
         impl UiText {{\n    /// The interface's words, from the front of `words`.\n    \
         fn from_words(words: &'static [&'static str]) -> Option<UiText> {{\n        \
         let (fields, rest) = words.split_first_chunk::<{count}>()?;\n        \
         Some(UiText {{\n            words: *fields,\n            labels: rest.get(..{labels})?,\n        }})\n    }}\n",
        count = fields.len(),
        all = fields.len() + labels,
    );
    for (index, field) in fields.iter().enumerate() {
        let purpose = purposes
            .iter()
            .find(|(name, _)| name == field)
            .map_or("", |(_, purpose)| purpose.as_str());
        out += &format!(
            "\n    /// {purpose}\n    pub fn {field}(&self) -> &'static str {{\n        self.words[{index}]\n    }}\n"
        );
    }
    out += "}\n\n";
    out
}

/// How fast a round is read, in words a minute: slower than the 200 to 250 of an adult reading
/// at ease, for a phone, a hard moment, and the thinking an answer takes.
pub const READING_WORDS_PER_MINUTE: usize = 150;

/// How many minutes a round takes in a locale, from the words it shows: for each statement of a
/// round (the average statement), its claim, its explanation and the longest feedback line,
/// read at [`READING_WORDS_PER_MINUTE`], rounded up.
pub fn round_minutes(round_length: usize, locale: &Locale) -> usize {
    let words = |text: &str| text.split_whitespace().count();
    let statements = locale.statements.len().max(1);
    let per_statement: usize = locale
        .statements
        .iter()
        .map(|item| item.texts.iter().map(|text| words(text)).sum::<usize>())
        .sum::<usize>()
        / statements;
    let feedback = UI_KEYS
        .iter()
        .zip(&locale.ui.values)
        .filter(|(key, _)| key.name.starts_with("feedback_"))
        .map(|(_, value)| words(value))
        .max()
        .unwrap_or(0);
    ((per_statement + feedback) * round_length).div_ceil(READING_WORDS_PER_MINUTE)
}

/// A documented `pub static NAME: [&str; N]` of `items`.
fn text_array<'a>(doc: &str, name: &str, items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(|item| format!("{item:?}")).collect();
    format!(
        "/// {doc}\npub static {name}: [&str; {}] = [{}];\n\n",
        items.len(),
        items.join(", ")
    )
}
