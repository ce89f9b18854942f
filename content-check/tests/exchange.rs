//! Translation files: a locale's texts go out as flat key–value JSON and come back into its
//! TOML files in place, only when the result passes every check.

use std::fs;

use content_check::{exchange, load};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

/// Locale `es` of a fresh copy of the content, as a translation file's keys and values.
fn spanish(
    name: &str,
) -> (
    std::path::PathBuf,
    serde_json::Map<String, serde_json::Value>,
) {
    let dir = content_copy(name);
    let content = load(&dir).unwrap();
    let json = exchange::to_flat_json(&content, &content.locales[1]);
    (dir, serde_json::from_str(&json).unwrap())
}

fn import(
    dir: &std::path::Path,
    texts: &serde_json::Map<String, serde_json::Value>,
) -> Result<Vec<std::path::PathBuf>, Vec<content_check::ContentError>> {
    exchange::import(dir, "es", "es.json", &serde_json::to_string(texts).unwrap())
}

#[test]
fn a_locale_goes_out_as_one_key_per_text_and_comes_back_unchanged() {
    let (dir, texts) = spanish("exchange-round-trip");
    let content = load(&dir).unwrap();
    assert_eq!(
        texts["statement.just-a-plant.statement"],
        content.locales[1].statements[0].texts[0].as_str()
    );
    assert_eq!(texts["ui.language_name"], "Español");
    assert!(texts.contains_key("step.receptors.body"));
    assert!(texts.contains_key("choice.none.caption"));
    // A text for each field an item has, and none for one it lacks.
    for field in ["statement", "fact", "myth", "why", "closing"] {
        assert!(texts.contains_key(&format!("statement.just-a-plant.{field}")));
    }
    assert!(!texts.contains_key("statement.same-receptor.myth"));
    assert!(!texts.contains_key("statement.same-receptor.closing"));
    assert!(texts.contains_key("step.receptors.predict_question"));
    assert!(texts.contains_key("step.receptors.predict_answer_3"));
    assert!(!texts.contains_key("step.seven-oh.predict_answer_3"));
    assert!(!texts.contains_key("step.repeated-use.predict_question"));
    assert!(!texts.keys().any(|key| key.ends_with(".explanation")));
    let before: Vec<String> = ["ui", "quiz", "explainer"]
        .map(|file| fs::read_to_string(dir.join(format!("es/{file}.toml"))).unwrap())
        .to_vec();
    assert_eq!(
        import(&dir, &texts).unwrap(),
        Vec::<std::path::PathBuf>::new()
    );
    for (file, text) in ["ui", "quiz", "explainer"].iter().zip(before) {
        assert_eq!(
            fs::read_to_string(dir.join(format!("es/{file}.toml"))).unwrap(),
            text
        );
    }
}

#[test]
fn a_changed_text_is_written_in_place_keeping_the_rest_of_the_file() {
    let (dir, mut texts) = spanish("exchange-change");
    let file = dir.join("es/quiz.toml");
    let before = fs::read_to_string(&file).unwrap();
    let new = "El kratom es \"solo\" una planta, así que no es una recaída.";
    texts.insert("statement.just-a-plant.statement".into(), new.into());
    assert_eq!(import(&dir, &texts).unwrap(), std::slice::from_ref(&file));
    let after = fs::read_to_string(&file).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(old, new)| old != new)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(
        changed[0].1,
        r#"statement = "El kratom es \"solo\" una planta, así que no es una recaída.""#
    );
    assert!(after.starts_with('#'), "the file's comment stays");
    assert_eq!(load(&dir).unwrap().locales[1].statements[0].texts[0], new);
}

#[test]
fn a_text_that_breaks_a_rule_is_named_by_its_key_and_nothing_is_written() {
    let (dir, mut texts) = spanish("exchange-broken");
    let before = fs::read_to_string(dir.join("es/quiz.toml")).unwrap();
    texts.insert(
        "statement.just-a-plant.why".into(),
        "Una frase. Otra frase. Una tercera. Y una cuarta.".into(),
    );
    texts.insert("ui.progress".into(), "Afirmación {actual}".into());
    let errors = import(&dir, &texts).unwrap_err();
    let named: Vec<(String, String)> = errors
        .iter()
        .map(|error| (error.item.clone(), error.problem.clone()))
        .collect();
    assert!(
        named.contains(&(
            "key `statement.just-a-plant.why`".into(),
            "has 4 sentences, expected 1 to 3".into()
        )),
        "{named:#?}"
    );
    assert!(named
        .iter()
        .any(|(item, problem)| item == "key `ui.progress`"
            && problem == "unknown placeholder {actual}"));
    assert!(errors.iter().all(|error| error.file == "es.json"));
    assert_eq!(
        fs::read_to_string(dir.join("es/quiz.toml")).unwrap(),
        before
    );
}

#[test]
fn unknown_keys_values_that_are_not_text_and_the_first_locale_are_refused() {
    let (dir, mut texts) = spanish("exchange-refused");
    texts.insert("statement.made-up.statement".into(), "¿?".into());
    // A field its English item lacks is no key of the locale.
    texts.insert(
        "statement.same-receptor.myth".into(),
        "Una creencia común es que no.".into(),
    );
    texts.insert("ui.start_button".into(), 3.into());
    let problems: Vec<String> = import(&dir, &texts)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "es.json: key `statement.made-up.statement`, field `-`: unknown key",
            "es.json: key `statement.same-receptor.myth`, field `-`: unknown key",
            "es.json: key `ui.start_button`, field `-`: must be text in quotes",
        ]
    );
    let english = exchange::import(&dir, "en", "en.json", "{}").unwrap_err();
    assert!(
        english[0].problem.contains("not a translated locale"),
        "{english:#?}"
    );
    let broken = exchange::import(&dir, "es", "es.json", "[1, 2]").unwrap_err();
    assert!(
        broken[0].problem.starts_with("not flat key–value JSON"),
        "{broken:#?}"
    );
}

#[test]
fn a_text_missing_from_the_locale_is_added_to_its_item() {
    let (dir, mut texts) = spanish("exchange-missing");
    let file = dir.join("es/quiz.toml");
    let text = fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .find(|line| line.starts_with("statement = \"El kratom es solo una planta"))
        .unwrap()
        .to_owned();
    fs::write(&file, text.replace(&format!("{line}\n"), "")).unwrap();
    assert!(load(&dir).is_err(), "the locale misses a text");
    texts.insert(
        "statement.just-a-plant.statement".into(),
        "El kratom es solo una planta, así que no es una recaída.".into(),
    );
    assert_eq!(import(&dir, &texts).unwrap(), [file]);
    assert!(load(&dir).is_ok());
}

#[test]
fn an_item_missing_from_the_locale_comes_in_whole_from_its_keys() {
    let (dir, texts) = spanish("exchange-missing-item");
    let file = dir.join("es/quiz.toml");
    let text = fs::read_to_string(&file).unwrap();
    let start = text.find("[[statement]]\nid = \"same-receptor\"").unwrap();
    let end = start + 1 + text[start + 1..].find("[[statement]]").unwrap();
    fs::write(&file, format!("{}{}", &text[..start], &text[end..])).unwrap();
    assert!(load(&dir).is_err(), "the locale misses a statement");
    assert_eq!(import(&dir, &texts).unwrap(), std::slice::from_ref(&file));
    let content = load(&dir).unwrap();
    let english = &content.locales[0];
    let spanish = &content.locales[1];
    let index = content
        .quiz
        .statements
        .iter()
        .position(|s| s.id == "same-receptor")
        .unwrap();
    // A fact: no myth and no closing, in English or here.
    let text = |field: &str| texts[&format!("statement.same-receptor.{field}")].as_str();
    assert_eq!(
        spanish.statements[index].texts,
        [
            text("statement").unwrap(),
            text("fact").unwrap(),
            "",
            text("why").unwrap(),
            "",
        ]
    );
    assert_ne!(
        spanish.statements[index].texts,
        english.statements[index].texts
    );
}
