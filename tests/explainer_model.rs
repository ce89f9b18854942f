//! Native tests of the explainer's pure model: steps, highlights and the activation ordering.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::content::{Activation, DiagramPart, ENGLISH};
use just_a_plant::explainer::model::{
    activation_name, dopamine_pulses, highlights, next_step, previous_step, wrap_label,
};

#[test]
fn the_story_has_six_to_eight_steps_each_about_some_part_of_the_diagram() {
    assert!(
        (6..=8).contains(&ENGLISH.steps.len()),
        "{} steps",
        ENGLISH.steps.len()
    );
    for step in ENGLISH.steps {
        assert!(
            !step.highlight.is_empty(),
            "step {} highlights nothing",
            step.id
        );
    }
}

#[test]
fn the_story_runs_from_the_receptors_to_supervised_treatment() {
    let ids: Vec<&str> = ENGLISH.steps.iter().map(|step| step.id).collect();
    assert_eq!(ids.first(), Some(&"receptors"));
    assert_eq!(ids.last(), Some(&"supervised-treatment"));
    let signal = ENGLISH
        .steps
        .iter()
        .find(|step| step.id == "signal")
        .unwrap();
    for part in [
        DiagramPart::Vta,
        DiagramPart::Pathway,
        DiagramPart::NucleusAccumbens,
    ] {
        assert!(
            highlights(signal, part),
            "the signal step highlights {part:?}"
        );
    }
    assert!(highlights(&ENGLISH.steps[0], DiagramPart::Receptors));
    assert!(!highlights(&ENGLISH.steps[0], DiagramPart::Vta));
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
fn more_activation_draws_more_dopamine_signal_and_none_draws_none() {
    let levels = [
        Activation::None,
        Activation::LowEfficacy,
        Activation::Partial,
        Activation::Full,
    ];
    assert_eq!(dopamine_pulses(Activation::None), 0);
    for pair in levels.windows(2) {
        assert!(
            dopamine_pulses(pair[0]) < dopamine_pulses(pair[1]),
            "{pair:?}"
        );
    }
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
    assert!(ENGLISH
        .choices
        .iter()
        .any(|choice| choice.id == "buprenorphine"));
}

#[test]
fn labels_wrap_at_spaces_to_fit_the_diagram() {
    assert_eq!(
        wrap_label("Ventral tegmental area (VTA)", 18),
        ["Ventral tegmental", "area (VTA)"]
    );
    assert_eq!(wrap_label("Dopamine", 18), ["Dopamine"]);
    assert_eq!(
        wrap_label("Supercalifragilisticexpialidocious x", 5),
        ["Supercalifragilisticexpialidocious", "x"]
    );
    assert!(wrap_label("   ", 18).is_empty());
}
