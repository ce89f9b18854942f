//! The explainer's pictures in the locale's words: each scene's description, and its markup
//! (see `content_model::pictures`) with its `{name}` labels filled in.

use crate::content::{fill_by, Scene, UiText};

/// What a scene shows, in words: the description a screen reader reads and the caption under it.
pub fn description(scene: Scene, ui: &UiText) -> &'static str {
    match scene {
        Scene::Lock => ui.scene_lock(),
        Scene::Mitragynine => ui.scene_mitragynine(),
        Scene::SevenOh => ui.scene_seven_oh(),
        Scene::Signal => ui.scene_signal(),
        Scene::Cycle => ui.scene_cycle(),
        Scene::Substitution => ui.scene_substitution(),
        Scene::Safeguards => ui.scene_safeguards(),
    }
}

/// `template` with every `{name}` replaced by the locale's `label_name`. Labels hold no markup
/// characters (the content check refuses them), so they go in as they are; a name the locale
/// has no label for is left out (the content check makes every one exist).
pub fn with_labels(template: &str, ui: &UiText) -> String {
    fill_by(template, |name| Some(ui.label(name).unwrap_or_default()))
}
