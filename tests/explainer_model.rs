//! Native tests of the explainer's pure model and its pictures: steps, scenes, the activation
//! ordering, and labels for every scene in every locale.
#![cfg(not(target_arch = "wasm32"))]

use content_model::pictures::{label_names, template, COMPARE};
use just_a_plant::content::{Activation, Locale, Scene, ENGLISH};
use just_a_plant::explainer::model::{activation_name, invites_trying, next_step, previous_step};
use just_a_plant::explainer::scene::{description, with_labels};

#[test]
fn the_story_has_six_to_eight_steps_each_with_a_scene_of_its_own() {
    assert!(
        (6..=8).contains(&ENGLISH.steps.len()),
        "{} steps",
        ENGLISH.steps.len()
    );
    let mut scenes: Vec<&str> = ENGLISH.steps.iter().map(|step| step.picture).collect();
    scenes.sort_unstable();
    scenes.dedup();
    assert_eq!(
        scenes.len(),
        ENGLISH.steps.len(),
        "a picture is shown twice"
    );
}

#[test]
fn the_story_runs_from_the_lock_to_the_safeguards_of_treatment() {
    let scenes: Vec<Scene> = ENGLISH.steps.iter().map(|step| step.scene).collect();
    assert_eq!(
        scenes,
        [
            Scene::Lock,
            Scene::Mitragynine,
            Scene::SevenOh,
            Scene::Signal,
            Scene::Cycle,
            Scene::Substitution,
            Scene::Safeguards,
        ]
    );
    let trying: Vec<bool> = scenes.iter().map(|&scene| invites_trying(scene)).collect();
    assert_eq!(trying, [true, true, true, true, false, false, false]);
}

#[test]
fn every_scene_has_every_label_and_a_description_in_every_locale() {
    for locale in Locale::spoken() {
        for template in locale.steps.iter().map(|step| step.picture).chain(COMPARE) {
            for name in label_names(template) {
                let label = locale.ui.label(name);
                assert!(
                    label.is_some_and(|label| !label.is_empty()),
                    "{}: label_{name}",
                    locale.code
                );
            }
            let drawn = with_labels(template, &locale.ui);
            assert!(
                !drawn.contains('{'),
                "{}: a placeholder is left",
                locale.code
            );
        }
        for step in locale.steps {
            assert!(description(step.scene, &locale.ui).ends_with('.'));
        }
    }
}

#[test]
fn every_step_in_every_locale_draws_its_own_scene() {
    for locale in Locale::spoken() {
        for step in locale.steps {
            assert_eq!(
                step.picture,
                template(step.scene),
                "{}: {}",
                locale.code,
                step.id
            );
        }
    }
}

#[test]
fn labels_fill_their_places_and_unknown_names_stay_empty() {
    let drawn = with_labels("<p>{kratom}</p><p>{nothing}</p>", &ENGLISH.ui);
    assert_eq!(
        drawn,
        format!("<p>{}</p><p></p>", ENGLISH.ui.label("kratom").unwrap())
    );
}

#[test]
fn no_scene_draws_a_treatment_medication() {
    for locale in Locale::spoken() {
        for step in locale.steps {
            let drawn = with_labels(step.picture, &locale.ui).to_lowercase();
            for name in ["buprenorph", "methadon", "metadona"] {
                assert!(!drawn.contains(name), "{}: {name}", step.id);
            }
        }
    }
}

#[test]
fn stepping_stays_within_the_story() {
    assert_eq!(previous_step(0), 0);
    assert_eq!(previous_step(3), 2);
    assert_eq!(next_step(0, 7), 1);
    assert_eq!(next_step(6, 7), 6);
    assert_eq!(next_step(0, 0), 0);
}

#[test]
fn activation_is_ordered_full_partial_low_efficacy_none() {
    assert!(Activation::Full > Activation::Partial);
    assert!(Activation::Partial > Activation::LowEfficacy);
    assert!(Activation::LowEfficacy > Activation::None);
}

#[test]
fn activation_names_follow_the_ordering() {
    let levels = [
        Activation::None,
        Activation::LowEfficacy,
        Activation::Partial,
        Activation::Full,
    ];
    let names: Vec<_> = levels.iter().map(|&level| activation_name(level)).collect();
    assert_eq!(names, ["none", "low", "partial", "full"]);
}

#[test]
fn the_compare_choices_put_the_alkaloids_in_the_sources_order() {
    let level = |id: &str| {
        ENGLISH
            .choices
            .iter()
            .find(|choice| choice.id == id)
            .unwrap()
            .activation
    };
    assert_eq!(level("none"), Activation::None);
    assert_eq!(level("full-agonist"), Activation::Full);
    assert_eq!(level("seven-oh"), Activation::Partial);
    assert_eq!(level("mitragynine"), Activation::LowEfficacy);
    assert!(level("full-agonist") > level("seven-oh"));
    assert!(level("seven-oh") > level("mitragynine"));
    let scale: Vec<Activation> = ENGLISH.choices.iter().map(|c| c.activation).collect();
    assert_eq!(
        scale,
        [
            Activation::None,
            Activation::LowEfficacy,
            Activation::Partial,
            Activation::Full
        ],
        "four choices, weakest first, and nothing else on the scale"
    );
}
