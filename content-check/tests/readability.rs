//! The readability check: syllables counted by rule against words whose counts are known, the
//! two formulas on texts worked by hand, technical names counted as one short word, and a text
//! too hard to read stopping the build with its file, item, field, score and limit.

use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

use content_check::readability::{
    counts, english_syllables, median, spanish_syllables, Counts, Language,
};
use content_check::{load, ContentError};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

#[test]
fn english_syllables_follow_the_usual_rules() {
    for (word, syllables) in [
        ("the", 1),
        ("cat", 1),
        ("people", 2),
        ("table", 2),
        ("agree", 2),
        ("recovery", 4),
        ("withdrawal", 3),
        ("receptor", 3),
        ("used", 1),
        ("wanted", 2),
        ("makes", 1),
        ("uses", 2),
        ("cravings", 2),
        ("tolerance", 3),
        ("dependency", 4),
        ("dopamine", 3),
        ("Kratom", 2),
    ] {
        assert_eq!(english_syllables(word), syllables, "{word}");
    }
}

#[test]
fn spanish_syllables_follow_diphthongs_hiatus_and_silent_letters() {
    for (word, syllables) in [
        ("cerebro", 3),
        ("receptores", 4),
        ("dopamina", 4),
        ("día", 2),
        ("ciudad", 2),
        ("poeta", 3),
        ("que", 1),
        ("guerra", 2),
        ("pingüino", 3),
        ("muy", 1),
        ("y", 1),
        ("hoy", 1),
        ("heroína", 4),
        ("aunque", 2),
        ("abstinencia", 4),
        ("ayuda", 3),
        ("prohibido", 4),
        ("oxicodona", 5),
    ] {
        assert_eq!(spanish_syllables(word), syllables, "{word}");
    }
}

#[test]
fn the_formulas_give_the_known_scores() {
    let cat = counts("The cat sat on the mat.", Language::English, &[]);
    assert_eq!(
        cat,
        Counts {
            words: 6,
            sentences: 1,
            syllables: 6
        }
    );
    // 0.39 × 6 + 11.8 × 1 − 15.59
    assert!((Language::English.score(&cat) - -1.45).abs() < 1e-9);

    let gato = counts("El gato come.", Language::Spanish, &[]);
    assert_eq!(gato.syllables, 5);
    // 206.835 − 62.3 × 5 / 3 − 3
    assert!((Language::Spanish.score(&gato) - 100.0).abs() < 0.01);

    assert_eq!(median(&[9.0, 1.0, 5.0]), 5.0);
    assert_eq!(median(&[4.0, 1.0, 6.0, 9.0]), 5.0);
}

#[test]
fn a_technical_name_counts_as_one_short_word_even_of_several_words() {
    let terms = [
        "7-hydroxymitragynine".to_owned(),
        "ventral tegmental area".to_owned(),
    ];
    let text = "7-hydroxymitragynine binds tightly. The ventral tegmental area sends a signal.";
    let counted = counts(text, Language::English, &terms);
    assert_eq!(counted.words, 8);
    // 1 + binds 1 + tightly 2; the 1 + 1 + sends 1 + a 1 + signal 2
    assert_eq!(counted.syllables, 10);
    let spanish = counts(
        "La mitraginina actúa.",
        Language::Spanish,
        &["mitraginina".to_owned()],
    );
    assert_eq!((spanish.words, spanish.syllables), (3, 5));
    // A name inside a longer word is not the name.
    let inside = counts("Kratoms.", Language::English, &["kratom".to_owned()]);
    assert_eq!(inside.syllables, 2);
}

/// Hard on purpose: long words, long sentences.
const HARD: &str = "Pharmacological considerations notwithstanding, individuals experiencing \
    discontinuation phenomena frequently characterize symptomatology inconsistently. \
    Consequently, epidemiological generalizations necessitate considerable methodological caution.";

/// Spanish, hard on purpose.
const HARD_SPANISH: &str = "Independientemente de consideraciones farmacológicas, determinadas \
    manifestaciones sintomatológicas experimentadas simultáneamente permanecen \
    insuficientemente caracterizadas. Consecuentemente, corresponde interpretarlas cuidadosamente.";

/// Loads a copy of the project's content whose first line in `file` starting with `key = ` (in
/// the item's table, when the item is a statement, step or choice) now holds `text`, and gives
/// the problem reported for `item`.
fn problem_with(file: &str, key: &str, text: &str, item: &str) -> ContentError {
    // Each copy its own folder, for tests run side by side.
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let dir = content_copy(&format!("hard-{}", COPIES.fetch_add(1, Ordering::Relaxed)));
    let path = dir.join(file);
    let original = fs::read_to_string(&path).unwrap();
    let table = item
        .split('`')
        .nth(1)
        .and_then(|id| original.find(&format!("\nid = \"{id}\"")))
        .unwrap_or(0);
    let start = table + original[table..].find(&format!("\n{key} = ")).unwrap() + 1;
    let end = start + original[start..].find('\n').unwrap();
    let broken = format!(
        "{}{key} = \"{text}\"{}",
        &original[..start],
        &original[end..]
    );
    fs::write(&path, broken).unwrap();
    let errors = load(&dir).unwrap_err();
    fs::remove_dir_all(dir).unwrap();
    errors
        .into_iter()
        .find(|error| error.item == item)
        .unwrap_or_else(|| panic!("no problem for {item}"))
}

#[test]
fn a_text_too_hard_to_read_stops_the_build_with_its_score_and_limit() {
    // The first `why` in the file belongs to the first statement; its feedback is measured
    // whole, reported where it starts, at its fact.
    let error = problem_with("en/quiz.toml", "why", HARD, "statement `just-a-plant`");
    assert_eq!(error.file, "en/quiz.toml");
    assert_eq!(error.field, "feedback");
    assert_eq!(error.at.map(|at| at.line), Some(10), "the fact's line");
    assert!(
        error.problem.starts_with("reads at grade "),
        "{}",
        error.problem
    );
    assert!(
        error.problem.ends_with("(Flesch–Kincaid); the most is 7"),
        "{}",
        error.problem
    );
}

/// One sentence, hard on purpose.
const HARD_SENTENCE: &str = "Pharmacological considerations notwithstanding, epidemiological \
    generalizations necessitate considerable methodological caution regarding discontinuation \
    phenomena.";

#[test]
fn every_part_of_a_statements_feedback_is_measured_with_the_rest() {
    // The closing line alone is hard; it is read after the fact, the myth and why, and it is
    // the whole feedback that fails, reported at its fact.
    let error = problem_with(
        "en/quiz.toml",
        "closing",
        HARD_SENTENCE,
        "statement `just-a-plant`",
    );
    assert_eq!(error.field, "feedback");
    assert_eq!(error.at.map(|at| at.line), Some(10), "the fact's line");
    assert!(
        error.problem.starts_with("reads at grade "),
        "{}",
        error.problem
    );
    // A fact has no myth or closing: its fact and why are measured together.
    let error = problem_with(
        "en/quiz.toml",
        "fact",
        HARD_SENTENCE,
        "statement `same-receptor`",
    );
    assert_eq!(error.field, "feedback");
    assert_eq!(error.at.map(|at| at.line), Some(21), "the fact's line");
}

#[test]
fn a_hard_spanish_text_is_named_with_its_inflesz_score() {
    let error = problem_with(
        "es/quiz.toml",
        "why",
        HARD_SPANISH,
        "statement `just-a-plant`",
    );
    assert_eq!(error.file, "es/quiz.toml");
    assert_eq!(error.field, "feedback");
    assert!(error.problem.starts_with("scores "), "{}", error.problem);
    assert!(
        error.problem.ends_with("on INFLESZ; the least is 65"),
        "{}",
        error.problem
    );
}

#[test]
fn a_locale_without_its_technical_names_is_a_clear_error() {
    let dir = content_copy("no-terms");
    fs::remove_file(dir.join("es/terms.toml")).unwrap();
    let errors = load(&dir).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, "es/terms.toml");
    assert!(errors[0].problem.starts_with("cannot be read"));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_rounds_reading_time_comes_from_the_words_it_shows() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap();
    let mut english = content.locales[0].clone();
    // Each statement: a 10-word claim and a 40-word feedback (fact 10, myth 10, why 15,
    // closing 5); the longest English feedback line has 11 words. A round of 12:
    // (10 + 40 + 11) × 12 = 732 words, at 150 a minute, rounded up: 5 minutes.
    let words = content_check::Words {
        texts: vec![
            "claim ".repeat(10),
            "fact ".repeat(10),
            "myth ".repeat(10),
            "why ".repeat(15),
            "closing ".repeat(5),
        ],
        at: english.statements[0].at.clone(),
    };
    english.statements = vec![words; 16];
    assert_eq!(content_check::round_minutes(12, &english), 5);
    assert_eq!(content_check::round_minutes(0, &english), 0);

    let generated = content_check::to_rust(&content);
    for locale in &content.locales {
        let minutes = content_check::round_minutes(content.quiz.round_length, locale);
        assert!((4..=15).contains(&minutes), "{}: {minutes}", locale.code);
    }
    let minutes = content_check::round_minutes(content.quiz.round_length, &content.locales[0]);
    assert!(
        generated.contains(&format!(
            "<li>It takes about {minutes} minutes to read.</li>"
        )),
        "the build fills in the minutes"
    );
    assert!(!generated.contains("{minutes}"));
}

#[test]
fn a_hard_scene_description_is_named_by_its_key() {
    let error = problem_with("en/ui.toml", "scene_lock", HARD, "key `scene_lock`");
    assert_eq!(error.file, "en/ui.toml");
    assert_eq!(error.field, "scene_lock");
    assert!(
        error.problem.starts_with("reads at grade "),
        "{}",
        error.problem
    );
}
