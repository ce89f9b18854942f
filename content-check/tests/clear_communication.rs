//! The CDC Clear Communication Index's rules the checker holds the content to: a main message
//! there and plain, every interface finding resting on quotes, a percentage followed by its
//! share in words, a finding the source qualifies ("pilot", "case report") carrying its "how
//! sure" line, and every technical name with its plain meaning; each broken on purpose in a copy
//! of the project's content, and named with its file, item and fix; and the main message's box
//! and the points to remember, written with their words and the meanings of their hard words.

use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

use content_check::numbers::bare_percentage;
use content_check::terms::glossary;
use content_check::{load, markup, ContentError, Terms};

#[path = "support/copy.rs"]
mod copy;
use copy::content_copy;

/// The problems of a copy of the project's content whose `file` has `from` replaced by `to`
/// (which must be there, once).
fn problems_with(file: &str, from: &str, to: &str) -> Vec<ContentError> {
    // Each copy its own folder, for tests run side by side.
    static COPIES: AtomicUsize = AtomicUsize::new(0);
    let dir = content_copy(&format!("clear-{}", COPIES.fetch_add(1, Ordering::Relaxed)));
    let path = dir.join(file);
    let original = fs::read_to_string(&path).unwrap();
    assert_eq!(original.matches(from).count(), 1, "`{from}` once in {file}");
    fs::write(&path, original.replacen(from, to, 1)).unwrap();
    let errors = load(&dir).expect_err("the content should be refused");
    fs::remove_dir_all(dir).unwrap();
    errors
}

/// The one problem of such a copy.
fn only_problem(file: &str, from: &str, to: &str) -> ContentError {
    let errors = problems_with(file, from, to);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

/// The line of `file` (in the project's content) that starts with `start`, with its newline.
fn line_of(file: &str, start: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content")
        .join(file);
    let text = fs::read_to_string(path).unwrap();
    let line = text.lines().find(|line| line.starts_with(start)).unwrap();
    format!("{line}\n")
}

#[test]
fn a_missing_main_message_is_named_with_its_file_and_what_to_add() {
    let error = only_problem("en/ui.toml", &line_of("en/ui.toml", "main_message = "), "");
    assert_eq!(
        (error.file.as_str(), error.item.as_str()),
        ("en/ui.toml", "key `main_message`")
    );
    assert!(
        error
            .problem
            .starts_with("missing: add `main_message = \"…\"` (The one thing to remember"),
        "{}",
        error.problem
    );
}

#[test]
fn a_main_message_harder_than_grade_6_is_refused() {
    let hard = "main_message = \"Kratom's pharmacologically active alkaloids stimulate mu-opioid \
                receptors, constituting relapse according to conventional recovery definitions.\"\n";
    let errors = problems_with(
        "en/ui.toml",
        &line_of("en/ui.toml", "main_message = "),
        hard,
    );
    let message = errors
        .iter()
        .find(|error| error.field == "main message")
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!(message.file, "en/ui.toml");
    assert!(
        message.problem.ends_with("(Flesch–Kincaid); the most is 6"),
        "{}",
        message.problem
    );
}

#[test]
fn an_interface_finding_without_a_quote_or_with_a_quote_not_in_the_article_is_refused() {
    let claims = "source/claims.toml";
    let listed = "main_message = [\n  \"kratom use activates the same brain receptors and reward \
                  pathways that opioids do, making it a relapse by most clinical and recovery \
                  program standards.\",\n]\n";
    let error = only_problem(claims, listed, "");
    assert_eq!(
        (error.file.as_str(), error.item.as_str()),
        (claims, "key `main_message`")
    );
    assert!(
        error
            .problem
            .starts_with("states a finding but rests on no quote: list"),
        "{}",
        error.problem
    );
    let error = only_problem(
        claims,
        "basis_fda = [\"The FDA has warned consumers against using kratom\"]",
        "basis_fda = [\"The FDA has approved kratom\"]",
    );
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("key `basis_fda`", "basis_fda")
    );
    assert!(
        error
            .problem
            .starts_with("quote is not found word for word"),
        "{}",
        error.problem
    );
}

#[test]
fn a_percentage_without_its_share_in_words_is_refused_with_the_fix() {
    let error = only_problem(
        "en/quiz.toml",
        "explained about a third (36%) of the link between heroin and kratom use.\"",
        "explained about 36% of the link between heroin and kratom use.\"",
    );
    assert_eq!(error.file, "en/quiz.toml");
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("statement `buprenorphine-link`", "fact")
    );
    assert!(
        error
            .problem
            .starts_with("`36%` stands alone: say the share in words that need no arithmetic"),
        "{}",
        error.problem
    );
    assert!(
        error.problem.contains("like `about a third (36%)`"),
        "{}",
        error.problem
    );
}

#[test]
fn a_percentage_passes_only_beside_its_words_one_of_them_in_brackets() {
    assert_eq!(bare_percentage("about 36% (about a third) of it"), None);
    assert_eq!(bare_percentage("about a third (36%) of it"), None);
    assert_eq!(
        bare_percentage("alrededor de un tercio (36 %) del total"),
        None
    );
    assert_eq!(bare_percentage("(36%) of it").as_deref(), Some("36%"));
    assert_eq!(
        bare_percentage("alrededor del 36 % (alrededor de un tercio)"),
        None
    );
    assert_eq!(bare_percentage("no share at all"), None);
    assert_eq!(bare_percentage("about 36% of it").as_deref(), Some("36%"));
    assert_eq!(bare_percentage("36% (36 of 100)").as_deref(), Some("36%"));
    assert_eq!(
        bare_percentage("10% (a tenth), then 20%").as_deref(),
        Some("20%")
    );
}

#[test]
fn a_pilot_study_without_its_how_sure_label_is_refused_with_the_fix() {
    let brain_imaging = "verdict = \"fact\"\nfact = \"A small pilot study";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/en/quiz.toml");
    let quiz = fs::read_to_string(path).unwrap();
    let at = quiz
        .find(brain_imaging)
        .expect("the brain-imaging statement");
    let basis =
        &quiz[at..][..quiz[at..].find("basis = \"pilot\"").unwrap() + "basis = \"pilot\"".len()];
    let error = only_problem(
        "en/quiz.toml",
        basis,
        &basis.replace("basis = \"pilot\"", "basis = \"research\""),
    );
    assert_eq!(
        (error.item.as_str(), error.field.as_str()),
        ("statement `brain-imaging`", "basis")
    );
    assert_eq!(
        error.problem,
        "its source quote or words say “pilot”, so `basis` must be `pilot`, not `research`: its \
         line (`basis_pilot` in ui.toml) tells a reader how sure the finding is"
    );
}

#[test]
fn a_technical_name_without_a_meaning_is_refused_with_the_fix() {
    let error = only_problem(
        "en/terms.toml",
        &line_of("en/terms.toml", "\"dopamine\" = "),
        "",
    );
    assert_eq!(
        (error.file.as_str(), error.item.as_str()),
        ("en/terms.toml", "word `dopamine`")
    );
    assert_eq!(
        error.problem,
        "has no meaning: add `\"dopamine\" = \"…\"` under [explain], in plain words, so that every \
         screen using it can say what it means"
    );
}

#[test]
fn a_screens_glossary_lists_each_word_it_uses_the_longer_matched_first() {
    let terms = Terms {
        names: vec![],
        meanings: [
            ("dopamine", "a brain chemical"),
            ("dopamine transporter", "takes dopamine back in"),
            ("opioid", "a drug"),
            ("opioids", "a drug"),
        ]
        .map(|(word, meaning)| (word.to_owned(), meaning.to_owned()))
        .to_vec(),
    };
    let words = |text: &str| -> Vec<&str> {
        glossary(&terms, text)
            .iter()
            .map(|(word, _)| word.as_str())
            .collect()
    };
    assert_eq!(
        words("Dopamine transporter changes."),
        ["dopamine transporter"]
    );
    assert_eq!(
        words("Dopamine, then the dopamine transporter."),
        ["dopamine", "dopamine transporter"]
    );
    assert_eq!(
        words("One opioid, two opioids, on mu-opioid receptors."),
        ["opioid", "opioids"]
    );
    assert!(words("Nothing hard here.").is_empty());
}

#[test]
fn the_main_box_and_the_points_to_remember_are_written_with_their_words_and_meanings() {
    let content = load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"))
        .expect("the project's content is fine");
    for locale in &content.locales {
        let ui = &locale.ui;
        let main_box = markup::main_box(ui);
        // The call to action is a list, in order: what to do, why, the worry answered.
        let items: Vec<&str> = main_box
            .split(r#"<li class="jap-read">"#)
            .skip(1)
            .map(|item| item.split("</li>").next().unwrap())
            .collect();
        let escaped = |key: &str| markup::escape(ui.value(key));
        assert_eq!(
            items,
            ["action_talk", "action_why", "action_worry"].map(escaped),
            "{}",
            locale.code
        );
        for key in [
            "main_label",
            "main_picture",
            "main_picture_opioid",
            "main_picture_kratom",
            "main_message",
        ] {
            assert!(main_box.contains(&escaped(key)), "{} `{key}`", locale.code);
        }
        // The main box's meanings are its own words'; the points' list adds theirs, each once.
        let [main, both] = markup::summary_terms(ui, &locale.terms);
        let box_words = glossary(&locale.terms, ui.value("main_message"));
        assert!(
            box_words.iter().all(|term| main.contains(term)),
            "{}",
            locale.code
        );
        assert!(
            main.iter().all(|term| both.contains(term)),
            "{}",
            locale.code
        );
        let points_only: Vec<_> = both.iter().filter(|term| !main.contains(term)).collect();
        assert!(
            !points_only.is_empty(),
            "{}: the points use words the box does not",
            locale.code
        );
        let points = markup::points_to_remember(ui, &locale.terms);
        for (word, meaning) in both.iter().copied() {
            let entry = format!(
                "<dt><dfn>{}</dfn></dt><dd>{}</dd>",
                markup::escape(word),
                markup::escape(meaning)
            );
            assert_eq!(
                points.matches(&entry).count(),
                1,
                "{} `{word}`",
                locale.code
            );
        }
        let main_terms = markup::main_terms(ui, &locale.terms);
        for (word, _) in points_only {
            assert!(
                !main_terms.contains(&format!("<dfn>{}</dfn>", markup::escape(word))),
                "{} `{word}` is not in the box",
                locale.code
            );
        }
        assert!(
            points.contains(&escaped("remember_basis")),
            "{}",
            locale.code
        );
    }
}
