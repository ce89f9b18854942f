//! Each kind of content mistake stops the build with the file, the item, the field and the
//! problem; a good file passes.

use content_check::{check_quiz, check_ui, load, ContentError, Verdict, STATEMENT, UI_KEYS};

const FILE: &str = "en/quiz.toml";
const ARTICLE: &str = "Kratom contains dozens of alkaloids, but two do the heavy lifting. \
    The fact that kratom is derived from a leaf has no bearing on whether it constitutes a relapse.";

/// A statement with the feedback its verdict asks for: the fact and why it holds, and for a
/// myth, the myth named with its warning and a closing line (a statement of any other verdict
/// has no myth fields).
fn statement(id: &str, verdict: &str) -> String {
    let mut text = format!(
        "[[statement]]\nid = \"{id}\"\nstatement = \"Kratom is just a plant.\"\nverdict = \"{verdict}\"\n\
         fact = \"Where a drug comes from does not decide what it does.\"\n"
    );
    if verdict == "myth" {
        text += "myth = \"A common belief is that a plant is always safe.\"\n";
    }
    text += "why = \"It comes from a leaf. That does not change what it does.\"\n";
    if verdict == "myth" {
        text += "closing = \"So a leaf can still be a relapse.\"\n";
    }
    text + "source = \"two do the heavy lifting\"\nbasis = \"research\"\n"
}

fn quiz_file(statements: &[String]) -> String {
    format!(
        "[round]\nlength = 1\nopening = \"a\"\nalways = []\n\n{}",
        statements.join("\n")
    )
}

fn errors(text: &str) -> Vec<ContentError> {
    check_quiz(FILE, text, ARTICLE).expect_err("the file should be rejected")
}

fn only_error(text: &str) -> ContentError {
    let errors = errors(text);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn a_good_file_passes_and_keeps_every_field() {
    let text = quiz_file(&[statement("a", "myth"), statement("b", "fact")]);
    let quiz = check_quiz(FILE, &text, ARTICLE).unwrap();
    assert_eq!(quiz.round_length, 1);
    assert_eq!(quiz.opening, 0);
    let first = &quiz.statements[0];
    assert_eq!(first.id, "a");
    assert_eq!(first.verdict, Verdict::Myth);
    assert_eq!(first.source, "two do the heavy lifting");
    let text = |index: usize, field: &str| quiz.statements[index].words.text(&STATEMENT, field);
    assert_eq!(text(0, "statement"), "Kratom is just a plant.");
    assert_eq!(
        text(0, "fact"),
        "Where a drug comes from does not decide what it does."
    );
    assert_eq!(
        text(0, "myth"),
        "A common belief is that a plant is always safe."
    );
    assert_eq!(
        text(0, "why"),
        "It comes from a leaf. That does not change what it does."
    );
    assert_eq!(text(0, "closing"), "So a leaf can still be a relapse.");
    assert_eq!(quiz.statements[0].words.texts.len(), STATEMENT.fields.len());
    // A fact has no myth to name: its myth fields are empty, where the statement starts.
    let second = &quiz.statements[1];
    assert_eq!(second.verdict, Verdict::Fact);
    assert_eq!((text(1, "myth"), text(1, "closing")), ("", ""));
    assert_eq!(
        second.words.position(&STATEMENT, "myth"),
        Some(content_check::Position {
            line: 17,
            column: 1
        })
    );
    assert_eq!(
        text(1, "why"),
        "It comes from a leaf. That does not change what it does."
    );
}

#[test]
fn a_missing_field_names_the_file_item_and_field() {
    let text = quiz_file(&[statement("a", "fact").replace("verdict = \"fact\"\n", "")]);
    let error = only_error(&text);
    assert_eq!(error.file, FILE);
    assert_eq!(error.item, "statement `a`");
    assert_eq!(error.field, "verdict");
    assert_eq!(error.problem, "missing field");
    assert_eq!(
        error.to_string(),
        "en/quiz.toml:6:1: statement `a`, field `verdict`: missing field"
    );
}

#[test]
fn a_statement_without_an_id_is_named_by_its_position() {
    let text = quiz_file(&[
        statement("a", "fact"),
        statement("b", "myth").replace("id = \"b\"\n", ""),
    ]);
    let error = only_error(&text);
    assert_eq!(error.item, "statement #2 (no id)");
    assert_eq!(error.field, "id");
    assert_eq!(error.problem, "missing field");
}

#[test]
fn an_unknown_verdict_is_rejected() {
    let error = only_error(&quiz_file(&[statement("a", "maybe")]));
    assert_eq!(error.item, "statement `a`");
    assert_eq!(error.field, "verdict");
    assert_eq!(
        error.problem,
        "unknown verdict `maybe`, expected `myth` or `fact`"
    );
}

#[test]
fn a_duplicate_id_names_the_first_use() {
    let error = only_error(&quiz_file(&[
        statement("a", "myth"),
        statement("b", "fact"),
        statement("a", "fact"),
    ]));
    assert_eq!(error.item, "statement `a`");
    assert_eq!(error.field, "id");
    assert_eq!(error.problem, "duplicate id (already used by statement #1)");
}

#[test]
fn empty_text_is_rejected() {
    let text = quiz_file(&[statement("a", "myth").replace("Kratom is just a plant.", "   ")]);
    let error = only_error(&text);
    assert_eq!(error.field, "statement");
    assert_eq!(error.problem, "is empty");
}

#[test]
fn an_over_long_quote_is_rejected_with_its_length() {
    let long = "word ".repeat(31);
    let article = format!("{ARTICLE} {long}");
    let text =
        quiz_file(&[statement("a", "myth").replace("two do the heavy lifting", long.trim())]);
    let errors = check_quiz(FILE, &text, &article).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].field, "source");
    assert_eq!(errors[0].problem, "quote has 31 words, at most 30 allowed");
}

#[test]
fn a_quote_not_in_the_article_word_for_word_is_rejected() {
    let text = quiz_file(&[statement("a", "myth").replace("heavy lifting", "hard work")]);
    let error = only_error(&text);
    assert_eq!(error.field, "source");
    assert!(
        error
            .problem
            .starts_with("quote is not found word for word in"),
        "{error}"
    );
}

#[test]
fn a_quote_across_two_passages_is_rejected_and_a_quote_knows_its_passage() {
    let article = "First passage ends here.\nSecond passage starts here.";
    let text =
        quiz_file(&[statement("a", "myth")
            .replace("two do the heavy lifting", "ends here.\\nSecond passage")]);
    let errors = check_quiz(FILE, &text, article).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].problem,
        "quote runs across two passages of the article; quote from one"
    );
    assert_eq!(content_check::passage(article, "Second passage"), 2);
    assert_eq!(content_check::passage(article, "First"), 1);
}

#[test]
fn why_must_have_one_to_three_sentences() {
    let why = "It comes from a leaf. That does not change what it does.";
    let four = quiz_file(&[statement("a", "myth").replace(
        why,
        "It comes from a leaf. A leaf is a plant. Plants hold drugs. That does not change what it does.",
    )]);
    let error = only_error(&four);
    assert_eq!(error.item, "statement `a`");
    assert_eq!(error.field, "why");
    assert_eq!(error.problem, "has 4 sentences, expected 1 to 3");
    let three = quiz_file(&[statement("a", "fact").replace(
        why,
        "It comes from a leaf. A leaf is a plant. That does not change what it does.",
    )]);
    assert!(check_quiz(FILE, &three, ARTICLE).is_ok());
}

#[test]
fn the_fact_myth_and_closing_are_one_sentence_each() {
    for (field, from, to) in [
        (
            "fact",
            "Where a drug comes from does not decide what it does.",
            "A leaf is a plant. Where a drug comes from does not decide what it does.",
        ),
        (
            "myth",
            "A common belief is that a plant is always safe.",
            "A common belief is that a plant is always safe. It is not.",
        ),
        (
            "closing",
            "So a leaf can still be a relapse.",
            "So a leaf can still be a relapse. Remember it.",
        ),
    ] {
        let error = only_error(&quiz_file(&[statement("a", "myth").replace(from, to)]));
        assert_eq!(
            (error.item.as_str(), error.field.as_str()),
            ("statement `a`", field)
        );
        assert_eq!(error.problem, "has 2 sentences, expected 1");
    }
}

#[test]
fn a_myth_must_name_its_myth_and_close_on_the_fact() {
    for field in ["myth", "closing"] {
        let text = statement("a", "myth");
        let line = text
            .lines()
            .find(|line| line.starts_with(&format!("{field} = ")))
            .unwrap();
        let error = only_error(&quiz_file(&[text.replace(&format!("{line}\n"), "")]));
        assert_eq!(
            error.to_string(),
            format!("en/quiz.toml:6:1: statement `a`, field `{field}`: missing field")
        );
    }
}

#[test]
fn a_fact_statement_with_a_myth_or_a_closing_is_refused() {
    let fact = statement("a", "fact");
    let with = |line: &str| quiz_file(&[fact.replace("source = ", &format!("{line}\nsource = "))]);
    let error = only_error(&with("myth = \"A common belief is that a plant is safe.\""));
    assert_eq!(
        error.to_string(),
        "en/quiz.toml:12:8: statement `a`, field `myth`: a fact has no myth to correct, so its \
         feedback has no `myth`: remove it"
    );
    let error = only_error(&with("closing = \"So a leaf can be a relapse.\""));
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("statement `a`", "closing")
    );
    assert_eq!(
        error.problem,
        "a fact has no myth to correct, so its feedback has no `closing`: remove it"
    );
}

#[test]
fn unknown_fields_and_bad_ids_are_named() {
    let text = quiz_file(&[statement("a", "myth")
        .replace("id = \"a\"", "id = \"Bad Id\"")
        .replace("[[statement]]\n", "[[statement]]\ncolour = \"red\"\n")])
    .replace("opening = \"a\"", "opening = \"Bad Id\"");
    let found = errors(&text);
    assert!(
        found
            .iter()
            .any(|e| e.field == "id" && e.problem.contains("lowercase")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.field == "colour" && e.problem.starts_with("unknown field")),
        "{found:#?}"
    );
}

#[test]
fn the_round_must_fit_the_statements_and_open_with_one_of_them() {
    let text = quiz_file(&[statement("a", "myth")])
        .replace("length = 1", "length = 3")
        .replace("opening = \"a\"", "opening = \"zzz\"");
    let found = errors(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|e| e.item == "[round]"));
    assert!(found[0]
        .problem
        .contains("needs at least 3 statements, found 1"));
    assert_eq!(found[1].problem, "no statement has the id `zzz`");
}

#[test]
fn always_asked_items_must_be_known_distinct_not_the_opening_and_fit_in_a_round() {
    let three = [
        statement("a", "myth"),
        statement("b", "fact"),
        statement("c", "myth"),
    ];
    let with_always = |length: usize, always: &str| {
        quiz_file(&three)
            .replace("length = 1", &format!("length = {length}"))
            .replace("always = []", &format!("always = {always}"))
    };
    let quiz = check_quiz(FILE, &with_always(2, r#"["c"]"#), ARTICLE).unwrap();
    assert_eq!(quiz.always, [2]);
    let problems = |text: String| -> Vec<String> {
        let found = errors(&text);
        assert!(
            found
                .iter()
                .all(|e| e.item == "[round]" && e.field == "always"),
            "{found:#?}"
        );
        found.into_iter().map(|e| e.problem).collect()
    };
    assert_eq!(
        problems(with_always(3, r#"["zzz"]"#)),
        ["no statement has the id `zzz`"]
    );
    assert_eq!(
        problems(with_always(3, r#"["a"]"#)),
        ["`a` is the opening statement, which every round asks already"]
    );
    assert_eq!(
        problems(with_always(3, r#"["b", "b"]"#)),
        ["`b` is listed twice"]
    );
    assert_eq!(
        problems(with_always(2, r#"["b", "c"]"#)),
        ["a round of 2 cannot ask the opening statement and 2 always-asked ones"]
    );
    assert_eq!(
        problems(with_always(3, r#""b""#)),
        [r#"invalid type: string "b", expected a list in square brackets, like ["one", "two"]"#]
    );
    assert_eq!(
        problems(quiz_file(&three).replace("always = []\n", "")),
        ["missing field"]
    );
}

#[test]
fn broken_toml_gives_the_line() {
    let error = only_error("[round]\nlength = 1\nopening = \"a\n");
    assert_eq!(error.item, "the file");
    assert_eq!(
        error.at,
        Some(content_check::Position {
            line: 3,
            column: 13
        })
    );
    assert!(error.problem.starts_with("not valid TOML: "), "{error}");
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = quiz_file(&[
        statement("a", "maybe"),
        statement("b", "myth").replace("Kratom is just a plant.", ""),
    ]);
    assert_eq!(errors(&text).len(), 2);
}

fn ui_file(skip: &str, replace: Option<(&str, &str)>) -> String {
    UI_KEYS
        .iter()
        .filter(|key| key.name != skip)
        .map(|key| {
            let mut value: String = key
                .placeholders
                .iter()
                .map(|p| format!("{{{p}}} "))
                .collect();
            value += match key.name {
                name if name.ends_with("_tel") => "+18000000000",
                "text_direction" => "rtl",
                "page_locale" => "en_US",
                _ => "text",
            };
            if let Some((name, new)) = replace.filter(|(name, _)| *name == key.name) {
                value = new.to_owned();
                return format!("{name} = \"{value}\"\n");
            }
            format!("{} = \"{}\"\n", key.name, value.trim())
        })
        .collect()
}

#[test]
fn ui_strings_pass_when_complete() {
    let ui = check_ui("en/ui.toml", &ui_file("", None)).unwrap();
    assert_eq!(ui.values.len(), UI_KEYS.len());
}

#[test]
fn a_missing_ui_key_is_named_with_what_to_add() {
    let errors = check_ui("en/ui.toml", &ui_file("start_button", None)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "en/ui.toml:1:1: key `start_button`, field `start_button`: missing: add \
         `start_button = \"…\"` (The button that starts the quiz.)"
    );
}

#[test]
fn a_ui_string_must_keep_its_placeholders() {
    let errors = check_ui(
        "en/ui.toml",
        &ui_file("", Some(("progress", "{current} of {all}"))),
    )
    .unwrap_err();
    let problems: Vec<_> = errors.iter().map(|e| e.problem.as_str()).collect();
    assert_eq!(
        problems,
        ["missing placeholder {total}", "unknown placeholder {all}"]
    );
}

#[test]
fn a_phone_number_to_dial_must_be_plus_and_digits() {
    let errors = check_ui(
        "en/ui.toml",
        &ui_file("", Some(("helpline_tel", "1-800-HELP"))),
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "helpline_tel");
}

#[test]
fn labels_written_as_markup_may_not_hold_markup_characters() {
    for key in ["label_kratom", "source_label", "source_open"] {
        let text = ui_file("", Some((key, "Kratom & <b>co</b>")));
        let errors = check_ui("en/ui.toml", &text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].item, format!("key `{key}`"));
        assert_eq!(
            errors[0].problem,
            "`&` cannot be written in this label (it is markup); write it in words"
        );
    }
}

#[test]
fn the_help_cards_markup_escapes_its_words() {
    let text = ui_file(
        "",
        Some(("crisis_about", "for the 988 Suicide & Crisis <Lifeline>")),
    );
    let ui = check_ui("en/ui.toml", &text).unwrap();
    let markup = content_check::markup::crisis_line_and_note(&ui);
    assert!(
        markup.contains("for the 988 Suicide &amp; Crisis &lt;Lifeline&gt;</p>"),
        "{markup}"
    );
    assert!(
        markup.contains(r#"<a class="jap-help-call" href="tel:text">text</a>"#),
        "{markup}"
    );
}

#[test]
fn the_text_direction_must_be_ltr_or_rtl() {
    let errors =
        check_ui("en/ui.toml", &ui_file("", Some(("text_direction", "left")))).unwrap_err();
    // The test file writes one key a line, in the order of `UI_KEYS`.
    let line = 1 + UI_KEYS
        .iter()
        .position(|key| key.name == "text_direction")
        .unwrap();
    assert_eq!(
        errors[0].to_string(),
        format!(
            "en/ui.toml:{line}:18: key `text_direction`, field `text_direction`: `left` must be \
             `ltr` or `rtl`"
        )
    );
}

#[test]
fn a_link_previews_locale_must_be_a_language_and_a_country() {
    for wrong in ["en", "en-US", "EN_us", "english_US"] {
        let errors =
            check_ui("en/ui.toml", &ui_file("", Some(("page_locale", wrong)))).unwrap_err();
        assert_eq!(errors.len(), 1, "{wrong}: {errors:#?}");
        assert_eq!(
            errors[0].problem,
            format!("`{wrong}` must be a language and a country, like `en_US` or `es_ES`")
        );
    }
}

#[test]
fn an_unknown_ui_key_is_named() {
    let text = ui_file("", None) + "start_buton = \"Go\"\n";
    let errors = check_ui("en/ui.toml", &text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, "unknown key");
}

#[test]
fn the_projects_own_content_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = load(&dir).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert!(content.quiz.statements.len() >= 12);
}

#[test]
fn a_missing_content_folder_is_a_clear_error() {
    let errors = load(std::path::Path::new("/nonexistent")).unwrap_err();
    assert!(
        errors[0].problem.starts_with("cannot be read"),
        "{errors:#?}"
    );
}

#[test]
fn every_problem_in_one_statement_is_reported_with_where_it_is() {
    let text = quiz_file(&[statement("a", "myth")
        .replace("[[statement]]\n", "[[statement]]\ncolour = \"red\"\n")
        .replace("statement = \"Kratom is just a plant.\"", "statement = 3")
        .replace("verdict = \"myth\"\n", "")]);
    let found: Vec<String> = errors(&text).iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "en/quiz.toml:7:1: statement `a`, field `colour`: unknown field `colour`, expected \
             one of `id`, `statement`, `verdict`, `fact`, `myth`, `why`, `closing`, `source`, `basis`",
            "en/quiz.toml:9:13: statement `a`, field `statement`: invalid type: integer `3`, \
             expected text in quotes",
            "en/quiz.toml:6:1: statement `a`, field `verdict`: missing field",
        ]
    );
}
