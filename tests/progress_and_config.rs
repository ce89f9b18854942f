//! Native tests of what "remember my progress" keeps (read back totally) and of the host's
//! configuration attributes (every bad value falls back with one warning).
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::config::{
    contrast, Config, HelpContact, Sections, DEFAULT_IDLE_SECONDS, IDLE_SECONDS, LINEAR_CHANNEL,
};
use just_a_plant::content::{places, Verdict, LOCALE_CODES};
use just_a_plant::progress::SavedProgress;
use just_a_plant::quiz::state::{Quiz, QuizAction, Screen};
use just_a_plant::quiz::sureness::Sureness;
use just_a_plant::route::{seed_text, Route};

fn played(seed: u32, answers: &[Verdict], then_next: bool) -> Quiz {
    let mut quiz = Quiz::from_content(seed).apply(QuizAction::Start);
    for (index, &answer) in answers.iter().enumerate() {
        quiz = quiz.apply(QuizAction::Answer(answer));
        if index + 1 < answers.len() || then_next {
            quiz = quiz.apply(QuizAction::Next);
        }
    }
    quiz
}

#[test]
fn progress_round_trips_on_every_screen() {
    use Verdict::{Fact, Myth};
    let quizzes = [
        Quiz::from_content(7),
        played(7, &[], false),
        played(7, &[Myth, Fact], false),
        played(7, &[Myth, Fact], true),
        played(99, &[Fact; 12], true),
    ];
    assert_eq!(quizzes[0].screen(), Screen::Intro);
    assert_eq!(quizzes[2].screen(), Screen::Feedback);
    assert_eq!(quizzes[3].screen(), Screen::Question);
    assert_eq!(quizzes[4].screen(), Screen::Results);
    for quiz in quizzes {
        let places_and_languages = [
            (Route::Explainer(4), None),
            (Route::Quiz { seed: None }, Some(1)),
            (Route::Explainer(0), Some(0)),
        ];
        let surenesses = [
            Sureness::default(),
            Sureness {
                before: Some(1),
                after: None,
            },
            Sureness {
                before: None,
                after: Some(5),
            },
        ];
        for ((place, locale), sureness) in places_and_languages.into_iter().zip(surenesses) {
            let saved = SavedProgress {
                place,
                locale,
                quiz: quiz.clone(),
                sureness,
            };
            let text = saved.encode(places());
            assert_eq!(
                SavedProgress::decode(&text, places()),
                Some(saved),
                "{text}"
            );
        }
    }
}

#[test]
fn progress_is_one_short_line() {
    let saved = SavedProgress {
        place: Route::Explainer(2),
        locale: Some(1),
        quiz: played(36, &[Verdict::Myth, Verdict::Fact], false),
        sureness: Sureness {
            before: Some(2),
            after: Some(4),
        },
    };
    assert_eq!(saved.encode(places()), "3|es/explainer/3|10|f|mf|24");
    // A line kept before languages reads back, with no language.
    let older = SavedProgress::decode("2|explainer/3|10|f|mf", places());
    assert_eq!(older.as_ref().map(|saved| saved.locale), Some(None));
    // A line kept before the sureness was asked reads back with none.
    assert_eq!(older.map(|saved| saved.sureness), Some(Sureness::default()));
}

#[test]
fn progress_kept_before_rounds_always_asked_an_item_keeps_only_answers_that_still_fit() {
    use Verdict::{Fact, Myth};
    let seeds = (0..200).map(|seed| (seed, Quiz::from_content(seed).drawn_as_in_format_1()));
    let (same, redrawn): (Vec<_>, Vec<_>) = seeds.partition(|&(_, same)| same);
    let (same, redrawn) = (same[0].0, redrawn[0].0);
    // A seed whose round is unchanged reads back whole, answers included.
    let line = format!("1|es/explainer/3|{}|f|mf", seed_text(same));
    let kept = SavedProgress::decode(&line, places()).expect(&line);
    assert_eq!(kept.quiz, played(same, &[Myth, Fact], false));
    // A seed whose round changed keeps its place and language, and starts that round afresh.
    let line = format!("1|es/explainer/3|{}|f|mf", seed_text(redrawn));
    let kept = SavedProgress::decode(&line, places()).expect(&line);
    assert_eq!((kept.place, kept.locale), (Route::Explainer(2), Some(1)));
    assert_eq!(kept.quiz, Quiz::from_content(redrawn));
    // Today's lines for the same seed keep their answers.
    let line = format!("2|es/explainer/3|{}|f|mf", seed_text(redrawn));
    let kept = SavedProgress::decode(&line, places()).expect(&line);
    assert_eq!(kept.quiz, played(redrawn, &[Myth, Fact], false));
}

#[test]
fn anything_unexpected_in_storage_reads_as_nothing_remembered() {
    for text in [
        "",
        "garbage",
        "3|explainer/3|10|f|mf",
        "4|explainer/3|10|f|mf|--",
        "3|explainer/3|10|f|mf|",
        "3|explainer/3|10|f|mf|6-",
        "3|explainer/3|10|f|mf|0-",
        "3|explainer/3|10|f|mf|---",
        "3|explainer/3|10|f|mf|2",
        "2|explainer/3|10|f|mf|22",
        "1|explainer/99|10|f|mf",
        "1|s/1/just-a-plant|10|f|mf",
        "1|explainer/3|10|x|mf",
        "1|explainer/3|10|f|mxf",
        "1|explainer/3||f|mf",
        "1|explainer/3|10|i|mf",
        "1|explainer/3|10|r|mf",
        "1|explainer/3|10|f|",
        "1|explainer/3|10|q|mmmmmmmmmmmmmmmmmmmm",
        "1|explainer/3|10|f|mf|extra",
    ] {
        assert_eq!(SavedProgress::decode(text, places()), None, "{text:?}");
    }
    let mut rng = fastrand::Rng::with_seed(3);
    for _ in 0..50_000 {
        let text: String = (0..rng.usize(0..30))
            .map(|_| {
                [
                    '1', '|', 'm', 'f', 'q', 'r', 'i', 'x', 'e', '/', '3', 'z', '-',
                ][rng.usize(..13)]
            })
            .collect();
        if let Some(saved) = SavedProgress::decode(&text, places()) {
            assert_eq!(
                SavedProgress::decode(&saved.encode(places()), places()),
                Some(saved)
            );
        }
    }
}

fn config(attributes: &[(&str, &str)]) -> (Config, Vec<String>) {
    Config::from_attributes(&|name| {
        attributes
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    })
}

#[test]
fn with_no_attributes_the_widget_is_not_a_kiosk() {
    assert_eq!(config(&[]), (Config::default(), vec![]));
    assert!(!Config::default().kiosk);
    assert_eq!(Config::default().idle_ms, DEFAULT_IDLE_SECONDS * 1000);
}

#[test]
fn kiosk_mode_and_its_idle_time_come_from_attributes() {
    let (read, warnings) = config(&[("data-kiosk", "true"), ("data-idle-seconds", "45")]);
    assert!(warnings.is_empty());
    assert_eq!(
        read,
        Config {
            kiosk: true,
            idle_ms: 45_000,
            ..Config::default()
        }
    );
    assert!(
        config(&[("data-kiosk", "")]).0.kiosk,
        "a bare attribute turns it on"
    );
    assert!(!config(&[("data-kiosk", "false")]).0.kiosk);
}

#[test]
fn the_host_can_choose_any_locale_the_widget_speaks() {
    let (read, warnings) = config(&[("data-locale", "es")]);
    assert_eq!(
        read.locale.map(|language| LOCALE_CODES[language]),
        Some("es")
    );
    assert!(warnings.is_empty());
    assert_eq!(
        Config::default().locale,
        None,
        "no choice: the link or the browser decides"
    );
    let (_, warnings) = config(&[("data-locale", "fr")]);
    assert_eq!(
        warnings,
        ["Just a Plant?: data-locale=\"fr\" is not understood; the locales are: en, es. Using the default."]
    );
}

#[test]
fn a_bad_value_falls_back_to_its_default_with_one_warning_naming_the_attribute() {
    for (name, value) in [
        ("data-kiosk", "yes please"),
        ("data-idle-seconds", "soon"),
        ("data-idle-seconds", "5"),
        ("data-idle-seconds", "-30"),
        ("data-idle-seconds", "99999999999"),
        ("data-locale", "xx"),
        ("data-sections", "everything"),
        ("data-start", "s/1/just-a-plant"),
        ("data-start", "explainer/99"),
        ("data-accent", "red"),
        ("data-accent", "#ffcc00"),
        ("data-accent", "#12345"),
        ("data-font", "Comic Sans; } body { display: none"),
        ("data-radius", "url(x)"),
        ("data-radius", "12"),
        ("data-help-tel", "call us"),
        ("data-help-url", "javascript:alert(1)"),
        ("data-help-url", "http://example.org"),
        ("data-help-mode", "instead"),
        ("data-theme", "blue"),
    ] {
        let (read, warnings) = config(&[(name, value)]);
        assert_eq!(read, Config::default(), "{name}={value}");
        assert_eq!(warnings.len(), 1, "{name}={value}");
        assert!(
            warnings[0].contains(name) && warnings[0].contains(value),
            "{}",
            warnings[0]
        );
    }
}

#[test]
fn the_idle_time_warning_gives_the_range_allowed() {
    let (_, warnings) = config(&[("data-idle-seconds", "5")]);
    let range = format!(
        "use a whole number from {} to {}",
        IDLE_SECONDS.start(),
        IDLE_SECONDS.end()
    );
    assert!(warnings[0].contains(&range), "{}", warnings[0]);
}

#[test]
fn the_host_chooses_light_dark_or_the_readers_own_colours() {
    for (value, kept) in [
        ("light", Some("light")),
        ("dark", Some("dark")),
        ("auto", None),
    ] {
        let (read, warnings) = config(&[("data-theme", value)]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(read.theme.scheme, Some(value));
        assert_eq!(read.theme.kept_scheme(), kept);
    }
    assert_eq!(
        config(&[]).0.theme.scheme,
        None,
        "the way it is shown decides"
    );
}

#[test]
fn sections_and_the_start_place_come_from_attributes() {
    let (read, warnings) = config(&[("data-sections", "quiz"), ("data-start", "explainer/3")]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(read.sections, Sections::Quiz);
    assert!(!read.has_explainer() && read.has_quiz());
    assert_eq!(read.start, Some(Route::Explainer(2)));
    assert_eq!(
        read.place_for(Route::Explainer(2)),
        Route::Quiz { seed: None }
    );
    let explainer_only = config(&[("data-sections", "explainer")]).0;
    assert_eq!(explainer_only.place_for(Route::Statement(3)), Route::START);
    assert_eq!(
        config(&[]).0.place_for(Route::Statement(3)),
        Route::Statement(3)
    );
}

#[test]
fn a_theme_accent_must_read_well_on_white_and_gets_readable_text_on_it() {
    let (read, warnings) = config(&[
        ("data-accent", "#6a1b9a"),
        ("data-font", "Atkinson Hyperlegible, sans-serif"),
        ("data-radius", "4px"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(read.theme.accent.as_deref(), Some("#6a1b9a"));
    assert_eq!(read.theme.on_accent, Some("#ffffff"));
    assert_eq!(
        read.theme.font.as_deref(),
        Some("Atkinson Hyperlegible, sans-serif")
    );
    assert_eq!(read.theme.radius.as_deref(), Some("4px"));
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    assert!(contrast([0x0b, 0x5c, 0x8a], [255, 255, 255]) > 4.5);
}

#[test]
fn an_organisations_own_help_contact_is_added_or_replaces_the_default() {
    let (read, warnings) = config(&[
        ("data-help-name", "Riverside Recovery"),
        ("data-help-phone", "(555) 555-0100"),
        ("data-help-tel", "+15555550100"),
        ("data-help-url", "https://example.org/help"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        read.help,
        Some(HelpContact {
            name: "Riverside Recovery".into(),
            phone: Some("(555) 555-0100".into()),
            tel: Some("+15555550100".into()),
            url: Some("https://example.org/help".into()),
            replaces_default: false,
        })
    );
    let replaced = config(&[
        ("data-help-name", "Riverside"),
        ("data-help-tel", "+15555550100"),
        ("data-help-mode", "replace"),
    ]);
    assert!(replaced.0.help.unwrap().replaces_default);
    let (unreachable, warnings) = config(&[("data-help-name", "Riverside")]);
    assert_eq!(
        unreachable.help, None,
        "a name alone is no way to reach anyone"
    );
    assert_eq!(warnings.len(), 1);
}

#[test]
fn contrast_matches_published_wcag_figures() {
    // Black on white is 21:1; #767676 is the lightest grey that passes AA on white (4.54:1),
    // #777777 just fails it (4.48:1); each figure rounded as the WCAG tools print it.
    let white = [255, 255, 255];
    let rounded = |ratio: f64| (ratio * 100.0).round() / 100.0;
    assert_eq!(rounded(contrast([0, 0, 0], white)), 21.0);
    assert_eq!(rounded(contrast([0x76, 0x76, 0x76], white)), 4.54);
    assert_eq!(rounded(contrast([0x77, 0x77, 0x77], white)), 4.48);
    assert_eq!(LINEAR_CHANNEL[0], 0);
    assert_eq!(LINEAR_CHANNEL[255], 65535);
}
