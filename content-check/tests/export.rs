//! The content export is every locale's checked content, by id and key, as the build's static
//! pages, the embed builder and the end-to-end tests read it.

use content_check::{export::to_json, load};

#[test]
fn the_export_holds_every_locale_with_its_words_markup_and_items() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap();
    let export: serde_json::Value = serde_json::from_str(&to_json(&content)).unwrap();
    assert_eq!(export["round"]["opening"], "just-a-plant");
    assert_eq!(export["round"]["always"][0], "not-the-same-as-treatment");
    assert_eq!(export["round"]["length"], content.quiz.round_length);
    let codes: Vec<&str> = export["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|locale| locale["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["en", "es"], "English first");
    for (locale, checked) in export["locales"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&content.locales)
    {
        assert_eq!(
            locale["ui"]["page_summary_question"],
            checked.ui.value("page_summary_question")
        );
        assert!(!locale["ui"]["intro_time"]
            .as_str()
            .unwrap()
            .contains("{minutes}"));
        assert_eq!(
            locale["statements"].as_array().unwrap().len(),
            content.quiz.statements.len()
        );
        assert_eq!(locale["statements"][0]["id"], "just-a-plant");
        assert_eq!(locale["statements"][0]["verdict"], "myth");
        assert_eq!(
            locale["steps"].as_array().unwrap().len(),
            content.explainer.steps.len()
        );
        for part in ["help_national", "crisis_line", "note"] {
            assert!(
                locale["markup"][part].as_str().unwrap().starts_with("<p"),
                "{part}"
            );
        }
    }
    assert!(export["locales"][1]["markup"]["help_national"]
        .as_str()
        .unwrap()
        .contains("Línea Nacional de Ayuda de SAMHSA"));
}
