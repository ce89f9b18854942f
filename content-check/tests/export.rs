//! The content export is every locale's checked content, by id and key, as the build's static
//! pages, the embed builder and the end-to-end tests read it.

use content_check::{export::to_json, load, Verdict, STATEMENT, STEP};
use serde_json::Value;

/// The keys of a JSON object, sorted.
fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

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
    assert_eq!(
        export["locales"][1]["steps"][0]["prediction"]["answers"][0],
        "Encajan en la misma cerradura"
    );
    assert!(export["locales"][1]["markup"]["help_national"]
        .as_str()
        .unwrap()
        .contains("Línea Nacional de Ayuda de SAMHSA"));
}

#[test]
fn statements_carry_their_feedback_and_steps_their_prediction() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap();
    let export: Value = serde_json::from_str(&to_json(&content)).unwrap();
    for (locale, checked) in export["locales"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&content.locales)
    {
        let statements = locale["statements"].as_array().unwrap();
        for ((row, statement), words) in statements
            .iter()
            .zip(&content.quiz.statements)
            .zip(&checked.statements)
        {
            assert_eq!(
                keys(row),
                [
                    "basis",
                    "closing",
                    "fact",
                    "id",
                    "myth",
                    "source",
                    "statement",
                    "terms",
                    "verdict",
                    "why"
                ],
                "no `explanation` any more"
            );
            assert_eq!(row["id"], statement.id.as_str());
            // Its "how sure" line's key, and the meanings of the hard words it uses.
            let basis = row["basis"].as_str().unwrap();
            assert!(!checked.ui.value(basis).is_empty(), "{basis}");
            for term in row["terms"].as_array().unwrap() {
                let word = term["word"].as_str().unwrap().to_lowercase();
                let said = ["statement", "fact", "myth", "why", "closing"]
                    .map(|field| words.text(&STATEMENT, field).to_lowercase())
                    .join(" ");
                assert!(said.contains(&word), "{word} in {}", statement.id);
                assert!(!term["meaning"].as_str().unwrap().is_empty());
            }
            for field in ["statement", "fact", "why"] {
                assert_eq!(row[field], words.text(&STATEMENT, field), "{field}");
            }
            // A myth names its myth and closes on the fact; a fact has neither, as null.
            for field in ["myth", "closing"] {
                match statement.verdict {
                    Verdict::Myth => {
                        assert_eq!(row[field], words.text(&STATEMENT, field));
                        assert!(!row[field].as_str().unwrap().is_empty());
                    }
                    Verdict::Fact => assert!(row[field].is_null(), "{field}: {row}"),
                }
            }
        }
        assert_eq!(statements[0]["verdict"], "myth");
        assert!(statements[0]["myth"]
            .as_str()
            .unwrap()
            .starts_with(checked.ui.value("rule_myth_lead")));
        assert_eq!(statements[1]["verdict"], "fact");
        assert!(statements[1]["myth"].is_null());

        let steps = locale["steps"].as_array().unwrap();
        for ((row, step), words) in steps
            .iter()
            .zip(&content.explainer.steps)
            .zip(&checked.steps)
        {
            assert_eq!(
                keys(row),
                [
                    "basis",
                    "body",
                    "id",
                    "prediction",
                    "source",
                    "terms",
                    "title"
                ],
                "the prediction's words only inside `prediction`"
            );
            assert_eq!(row["id"], step.id.as_str());
            assert_eq!(row["title"], words.text(&STEP, "title"));
            let prediction = &row["prediction"];
            let Some(facts) = &step.prediction else {
                assert!(prediction.is_null(), "step `{}`: {prediction}", step.id);
                continue;
            };
            assert_eq!(keys(prediction), ["answers", "question", "right", "source"]);
            assert_eq!(
                prediction["question"],
                words.text(&STEP, "predict_question")
            );
            let answers: Vec<&str> = ["predict_answer_1", "predict_answer_2", "predict_answer_3"]
                .iter()
                .map(|field| words.text(&STEP, field))
                .filter(|answer| !answer.is_empty())
                .collect();
            assert_eq!(prediction["answers"], serde_json::json!(answers));
            // The right answer counted from 0, as an index into `answers`.
            assert_eq!(prediction["right"], facts.right);
            assert!(facts.right < answers.len());
            assert_eq!(prediction["source"], facts.source.as_str());
        }
        // The first step's three answers, the first right; seven-oh's two, the second right;
        // repeated-use shows no mechanism and asks nothing.
        assert_eq!(
            steps[0]["prediction"]["answers"].as_array().unwrap().len(),
            3
        );
        assert_eq!(steps[0]["prediction"]["right"], 0);
        assert_eq!(steps[2]["id"], "seven-oh");
        assert_eq!(
            steps[2]["prediction"]["answers"].as_array().unwrap().len(),
            2
        );
        assert_eq!(steps[2]["prediction"]["right"], 1);
        assert_eq!(steps[4]["id"], "repeated-use");
        assert!(steps[4]["prediction"].is_null());
    }
}
